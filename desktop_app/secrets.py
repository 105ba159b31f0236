"""API keys: their format, and their one home, the OS keyring.

A key lives in the OS keyring (``keyring``: Secret Service on Linux, the macOS
Keychain, the Windows Credential Manager) under the service ``billing-manager``,
one entry per profile (username = profile name), and nowhere else: not in the
profiles file, not in the cache, not in logs or exception text.

When no keyring can be used, ``KeyringUnavailable`` says so and names what to
install or unlock on this platform. There is deliberately no fallback: the
``keyrings.alt`` file backends are refused too (its "plaintext" backend is only
base64, and its "encrypted" one keeps the key in a file next to the data it
protects, behind a password prompt on every start), as are the ``null`` and
``fail`` backends that silently store nothing.

Keyring calls can block (an unlock prompt waits for the user): callers in the
window run them on a worker thread.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, TypeVar

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from desktop_app.cli.exit_codes import ExitCode
from desktop_app.errors import BillingManagerError, InvalidApiKey, KeyringUnavailable
from desktop_app.key_shape import KEY, MIN_BODY
from desktop_app.text import mark, translate

SERVICE = "billing-manager"

Mode = Literal["live", "test"]


# Backends that would keep a key in a file, or silently not at all.
_REFUSED_MODULE_PREFIXES = ("keyrings.alt", "keyrings.cryptfile")
_REFUSED_BACKENDS = {"keyring.backends.null.Keyring", "keyring.backends.fail.Keyring"}

T = TypeVar("T")


class KeyMissing(BillingManagerError):
    """The profile has no key in the keyring (it was removed there, or never stored)."""

    exit_code = ExitCode.AUTH


@dataclass(frozen=True)
class KeyKind:
    """What a key's prefix says: its mode and whether it is a restricted key."""

    mode: Mode
    restricted: bool

    @property
    def livemode(self) -> bool:
        return self.mode == "live"

    @property
    def prefix(self) -> str:
        return f"{'rk' if self.restricted else 'sk'}_{self.mode}_"

    @property
    def description(self) -> str:
        kind = "restricted key" if self.restricted else "secret key"
        return f"{self.mode}-mode {kind}"


def normalize_key(text: str) -> str:
    """The key as pasted, without the spaces or line break a copy often brings along."""
    return text.strip()


def check_key_format(key: str) -> KeyKind:
    """Tell a Stripe secret or restricted key's kind from its shape, or raise InvalidApiKey.

    Accepts ``sk_live_``, ``sk_test_``, ``rk_live_`` and ``rk_test_`` keys. The
    messages never repeat the key.
    """
    key = normalize_key(key)
    if not key:
        raise InvalidApiKey(
            translate("KeyFormat", "No API key was given. Paste a key from the Stripe Dashboard.")
        )
    if key.startswith(("pk_live_", "pk_test_")):
        raise InvalidApiKey(
            translate(
                "KeyFormat",
                "That is a publishable key (pk_...), which cannot read subscriptions. "
                "Use a restricted key (rk_...) or a secret key (sk_...) from the Stripe "
                "Dashboard, Developers > API keys.",
            )
        )
    if any(ch.isspace() for ch in key):
        raise InvalidApiKey(
            translate(
                "KeyFormat",
                "The key contains spaces or line breaks. Copy it again from the Stripe "
                "Dashboard (Developers > API keys) and paste it whole.",
            )
        )
    match = KEY.fullmatch(key)
    if match is None:
        raise InvalidApiKey(
            translate(
                "KeyFormat",
                "This is not a Stripe API key: it must start with rk_live_, rk_test_, "
                "sk_live_ or sk_test_ followed by letters and digits. Copy it from the "
                "Stripe Dashboard, Developers > API keys.",
            )
        )
    if len(match.group(3)) < MIN_BODY:
        raise InvalidApiKey(
            translate(
                "KeyFormat",
                "The key is too short: it looks cut off. Copy it again from the Stripe "
                "Dashboard and paste it whole.",
            )
        )
    mode: Mode = "live" if match.group(2) == "live" else "test"
    return KeyKind(mode=mode, restricted=match.group(1) == "rk")


# -- platform guidance ----------------------------------------------------------------


def install_guidance(platform: str | None = None) -> str:
    """What to install or start so a keyring exists, on this platform."""
    platform = platform or sys.platform
    if platform == "darwin":
        return translate(
            "Keyring",
            "Billing Manager keeps keys in the macOS Keychain. Make sure you are logged "
            "in to a normal user session with a login keychain (Keychain Access), "
            "then try again.",
        )
    if platform.startswith("win"):
        return translate(
            "Keyring",
            "Billing Manager keeps keys in the Windows Credential Manager. Sign in to a "
            "normal Windows user account (Credential Manager is not available to "
            "service or guest accounts), then try again.",
        )
    return translate(
        "Keyring",
        "Install and unlock a Secret Service provider such as GNOME Keyring or KWallet "
        "(for example: apt-get install gnome-keyring), make sure it runs in your "
        "desktop session, then try again.",
    )


def unlock_guidance(platform: str | None = None) -> str:
    """How to unlock the keyring, on this platform."""
    platform = platform or sys.platform
    if platform == "darwin":
        return translate(
            "Keyring",
            "Unlock the login keychain in Keychain Access (or allow Billing Manager when "
            "macOS asks), then try again.",
        )
    if platform.startswith("win"):
        return translate(
            "Keyring",
            "Unlock your Windows session and allow access to the Credential Manager, "
            "then try again.",
        )
    return translate(
        "Keyring",
        "Unlock your login keyring (GNOME: Passwords and Keys; KDE: KWallet Manager) "
        "and accept the unlock prompt, then try again.",
    )


_NO_FALLBACK = mark(
    "Keyring", "The key was not stored anywhere else: Billing Manager never keeps keys in a file."
)
_NO_KEYRING = mark("Keyring", "No OS keyring is available on this computer.")


def _unavailable(reason: str, platform: str | None = None) -> KeyringUnavailable:
    """``reason`` is marked (or already translated): it is looked up here."""
    no_fallback = translate("Keyring", _NO_FALLBACK)
    text = f"{translate('Keyring', reason)} {install_guidance(platform)} {no_fallback}"
    return KeyringUnavailable(text)


def _locked(platform: str | None = None) -> KeyringUnavailable:
    locked = translate("Keyring", "The keyring is locked.")
    no_fallback = translate("Keyring", _NO_FALLBACK)
    return KeyringUnavailable(f"{locked} {unlock_guidance(platform)} {no_fallback}")


# -- backend choice -------------------------------------------------------------------


def _backend_name(backend: KeyringBackend) -> str:
    return f"{type(backend).__module__}.{type(backend).__qualname__}"


def refusal_reason(backend: KeyringBackend) -> str | None:
    """Why ``backend`` cannot hold a key, or None when it is an OS keyring."""
    name = _backend_name(backend)
    if name == "keyring.backends.fail.Keyring":
        return _NO_KEYRING
    if name == "keyring.backends.null.Keyring":
        return mark("Keyring", "The keyring is switched off (the 'null' backend stores nothing).")
    if name.startswith(_REFUSED_MODULE_PREFIXES) or "plaintext" in name.lower():
        return translate(
            "Keyring",
            "The configured keyring ({name}) keeps secrets in a file on disk "
            "(base64, or encrypted next to the data it protects), which is not safe for "
            "a Stripe key.",
        ).format(name=name)
    return None


def _chained(backend: KeyringBackend) -> list[KeyringBackend] | None:
    if _backend_name(backend) != "keyring.backends.chainer.ChainerBackend":
        return None
    members: list[KeyringBackend] = list(getattr(backend, "backends", []))
    return members


def resolve_backend(backend: KeyringBackend | None = None) -> KeyringBackend:
    """The OS keyring to use, or KeyringUnavailable.

    A chain of backends is reduced to its best OS keyring, so a locked keyring
    never lets a file backend further down the chain answer instead.
    """
    chosen = backend if backend is not None else keyring.get_keyring()
    members = _chained(chosen)
    if members is None:
        reason = refusal_reason(chosen)
        if reason is not None:
            raise _unavailable(reason)
        return chosen
    usable = [member for member in members if refusal_reason(member) is None]
    if not usable:
        raise _unavailable(_NO_KEYRING)
    return usable[0]  # the chain is sorted by priority, best first


def backend_description(backend: KeyringBackend | None = None) -> str:
    """A short name of the keyring in use, for the UI ("SecretService Keyring")."""
    chosen = resolve_backend(backend)
    name = getattr(chosen, "name", None)
    return str(name) if name else _backend_name(chosen)


# -- the store ------------------------------------------------------------------------


class KeyStore:
    """One keyring entry per profile: service ``billing-manager``, username = profile name.

    Every method may block on an unlock prompt: call them off the GUI thread.
    Every keyring failure becomes ``KeyringUnavailable`` with guidance.
    """

    def __init__(self, service: str = SERVICE, backend: KeyringBackend | None = None) -> None:
        self.service = service
        self._backend = backend

    def _call(self, action: Callable[[KeyringBackend], T]) -> T:
        backend = resolve_backend(self._backend)
        try:
            return action(backend)
        except keyring.errors.KeyringLocked:
            raise _locked() from None
        except keyring.errors.NoKeyringError:
            raise _unavailable(_NO_KEYRING) from None
        except keyring.errors.KeyringError as exc:
            raise _unavailable(
                translate("Keyring", "The keyring refused access ({error}).").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            ) from None
        except (OSError, RuntimeError, ValueError) as exc:
            # D-Bus gone, access denied by the service, a prompt dismissed, ...
            raise _unavailable(
                translate("Keyring", "The keyring could not be used ({error}).").format(
                    error=f"{type(exc).__name__}: {exc}"
                )
            ) from None
        except Exception as exc:
            # Backend libraries raise their own types (secretstorage, jeepney, pywin32).
            module = type(exc).__module__.split(".")[0]
            if module in {"secretstorage", "jeepney", "dbus", "pywintypes", "win32ctypes"}:
                raise _unavailable(
                    translate("Keyring", "The keyring could not be used ({error}).").format(
                        error=f"{type(exc).__name__}: {exc}"
                    )
                ) from None
            raise

    def ensure_backend(self) -> str:
        """Fail early (KeyringUnavailable) when no OS keyring is configured; its name
        otherwise. Cheap: asks the backend nothing, so it cannot prompt."""
        return backend_description(self._backend)

    def set_key(self, profile_name: str, key: str) -> KeyKind:
        """Store (or replace) the profile's key; checks its format first.

        Reads it back: a keyring that does not keep it is reported, not trusted.
        """
        key = normalize_key(key)
        kind = check_key_format(key)
        self._call(lambda b: b.set_password(self.service, profile_name, key))
        stored = self._call(lambda b: b.get_password(self.service, profile_name))
        if stored != key:
            self.delete_key(profile_name)
            raise _unavailable(mark("Keyring", "The keyring did not keep the key."))
        return kind

    def get_key(self, profile_name: str) -> str | None:
        """The profile's key, or None when the keyring has none for it."""
        return self._call(lambda b: b.get_password(self.service, profile_name))

    def require_key(self, profile_name: str) -> str:
        """The profile's key, or KeyMissing saying how to add it again."""
        key = self.get_key(profile_name)
        if not key:
            raise KeyMissing(
                f"No API key for the account '{profile_name}' is in the keyring (it may "
                "have been removed there). Add it again: billing-manager profiles add "
                f"'{profile_name}' --replace, or Connect account in the window."
            )
        return key

    def delete_key(self, profile_name: str) -> bool:
        """Remove the profile's key; False when there was none."""

        def delete(backend: KeyringBackend) -> bool:
            try:
                backend.delete_password(self.service, profile_name)
            except keyring.errors.PasswordDeleteError:
                return False
            return True

        return self._call(delete)

    def has_key(self, profile_name: str) -> bool:
        return self.get_key(profile_name) is not None
