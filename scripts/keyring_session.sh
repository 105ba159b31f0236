#!/usr/bin/env bash
# Run a command in a private D-Bus session whose Secret Service is a test gnome-keyring:
# its own keyring folder (a temporary one, never your keyring), its login keyring unlocked
# with a known password, and started again, unlocked, by D-Bus whenever it is not running.
# When the command ends, every daemon of the session is stopped and the folder removed;
# the command's exit status is this script's. scripts/test.sh runs pytest in it.
#
#   scripts/keyring_session.sh COMMAND [ARG...]
#
# Why this way (each of these broke test runs with "Prompt dismissed"):
#   - `gnome-keyring-daemon --unlock` returns before the daemon owns its D-Bus name, and a
#     daemon that stops for any reason is replaced by D-Bus activation. The system's
#     service file starts `gnome-keyring-daemon --start` with the D-Bus daemon's
#     environment: the default keyring folder (~/.local/share/keyrings), locked, whose
#     unlock prompt nobody answers. Here the session's own service files come first
#     ($XDG_DATA_HOME/dbus-1/services of the D-Bus daemon), so D-Bus starts the test daemon,
#     which unlocks the test keyring before it takes the name.
#   - Its control socket is in the session's folder (--control-directory), not in
#     $XDG_RUNTIME_DIR/keyring, where a desktop's own daemon lives.
#   - It does not follow the login session (no XDG_SESSION_ID): logind closing or
#     deactivating the caller's session does not end it.
#   - A daemon left running would keep the caller's output open (a hung test run): the
#     daemons write to the session's log only, and all of them are stopped at the end.
# Each start and end of a daemon (with its exit status) goes to daemon.log in the folder;
# restarts are reported on stderr when the command ends.
set -euo pipefail
[ $# -gt 0 ] || { echo "usage: $0 COMMAND [ARG...]" >&2; exit 2; }
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/setup.sh --tests" >&2; exit 1; }
done

KEYRING_HOME=$(mktemp -d -t billing-manager-keyring.XXXXXX)
export BILLING_MANAGER_TEST_KEYRING_HOME="$KEYRING_HOME"
PASSWORD=${BILLING_MANAGER_TEST_KEYRING_PASSWORD:-billing-manager-tests}
mkdir -p "$KEYRING_HOME/data/dbus-1/services" "$KEYRING_HOME/control"
chmod 700 "$KEYRING_HOME/control"
(umask 077 && printf %s "$PASSWORD" >"$KEYRING_HOME/password")
: >"$KEYRING_HOME/daemon.pids"

# What D-Bus runs to start the Secret Service: the daemon in the foreground, its login
# keyring unlocked (or created) with the password on stdin before it takes its names.
cat >"$KEYRING_HOME/start-daemon" <<EOF
#!/bin/sh
exec >>"$KEYRING_HOME/daemon.log" 2>&1 </dev/null
# The daemon's pid is on record before it starts (the shell writes it, then becomes it).
sh -c 'echo "\$\$" >>"\$1"; shift; exec "\$@"' record "$KEYRING_HOME/daemon.pids" \\
  env -u XDG_SESSION_ID gnome-keyring-daemon --foreground --unlock --components=secrets \\
  --control-directory="$KEYRING_HOME/control" <"$KEYRING_HOME/password" &
pid=\$!
echo "gnome-keyring-daemon \$pid started"
wait "\$pid" && status=0 || status=\$?
echo "gnome-keyring-daemon \$pid ended with exit status \$status"
EOF
chmod 755 "$KEYRING_HOME/start-daemon"
for name in org.freedesktop.secrets org.gnome.keyring; do
  printf '[D-BUS Service]\nName=%s\nExec=%s\n' "$name" "$KEYRING_HOME/start-daemon" \
    >"$KEYRING_HOME/data/dbus-1/services/$name.service"
done

# Stop the daemons this session started (only those: their pids are in daemon.pids and
# their command line is the daemon's), and wait until they are gone.
stop_daemons() {
  local pid left
  for signal in TERM KILL; do
    left=0
    while read -r pid; do
      if [ -n "$pid" ] && grep -qs gnome-keyring-daemon "/proc/$pid/cmdline"; then
        kill "-$signal" "$pid" 2>/dev/null || true
        left=1
      fi
    done <"$KEYRING_HOME/daemon.pids"
    [ "$left" = 0 ] && return 0
    for _ in $(seq 50); do
      left=0
      while read -r pid; do
        [ -n "$pid" ] && grep -qs gnome-keyring-daemon "/proc/$pid/cmdline" && left=1
      done <"$KEYRING_HOME/daemon.pids"
      [ "$left" = 0 ] && return 0
      sleep 0.1
    done
  done
}
finish() {
  stop_daemons
  local starts
  starts=$(grep -c ' started$' "$KEYRING_HOME/daemon.log" 2>/dev/null || true)
  if [ "${starts:-0}" -gt 1 ]; then
    echo "==> gnome-keyring-daemon was started $starts times in this session:" >&2
    cat "$KEYRING_HOME/daemon.log" >&2
  fi
  rm -rf "$KEYRING_HOME"
}
trap finish EXIT

export BILLING_MANAGER_CALLER_XDG_DATA_HOME=${XDG_DATA_HOME-__unset__}
# The D-Bus daemon (and so whatever it starts) sees the session's folder as XDG_DATA_HOME;
# the command gets the caller's XDG_DATA_HOME back.
# shellcheck disable=SC2016
XDG_DATA_HOME="$KEYRING_HOME/data" dbus-run-session -- bash -c '
  set -uo pipefail
  if [ "$BILLING_MANAGER_CALLER_XDG_DATA_HOME" = __unset__ ]; then
    unset XDG_DATA_HOME
  else
    export XDG_DATA_HOME=$BILLING_MANAGER_CALLER_XDG_DATA_HOME
  fi
  unset BILLING_MANAGER_CALLER_XDG_DATA_HOME
  # Start the Secret Service now: this returns once the daemon owns its name, and so once
  # the test keyring is unlocked.
  dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.StartServiceByName string:org.freedesktop.secrets uint32:0 >/dev/null \
    || { echo "could not start gnome-keyring-daemon: see above" >&2; exit 1; }
  "$@"
' keyring-session "$@"
