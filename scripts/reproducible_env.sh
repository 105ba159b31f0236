# Sourced by the installer build (scripts/build_installer.sh): the settings that make two
# builds of the same commit equal, byte for byte (https://reproducible-builds.org/docs/).
#   SOURCE_DATE_EPOCH  the last commit's date: PyInstaller stamps it into its archives,
#                      dpkg-deb into the .deb's ar header and as the newest tar mtime
#   PYTHONHASHSEED     a fixed hash seed: set iteration order, and so PyInstaller's
#                      module lists, is the same in every build
#   TZ, LC_ALL, umask  no local time, no locale-dependent sorting, the same file modes
if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || true)
  # Outside a git checkout (a source tarball): the newest file of the sources.
  [ -n "$SOURCE_DATE_EPOCH" ] || SOURCE_DATE_EPOCH=$(find "$ROOT/desktop_app" "$ROOT/ui" \
    "$ROOT/resources" "$ROOT/pyproject.toml" -type f -printf '%T@\n' | sort -n | tail -1 | cut -d. -f1)
fi
export SOURCE_DATE_EPOCH
export PYTHONHASHSEED=0 TZ=UTC LC_ALL=C.UTF-8
umask 022
