"""Saved passwords live in the OS keyring (the ``keyring`` package), never in settings.

A password is stored under the service ``billing-console:<server>`` and the operator's
login. Where the only keyring available is no secure one (the fail or null backend,
or a plaintext/encrypted-file backend of ``keyrings.alt``), saving is unavailable and
:func:`keyring_status` says why.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

import keyring
import keyring.errors
from keyring.backend import KeyringBackend

from PySide6.QtCore import QT_TRANSLATE_NOOP

_log = logging.getLogger(__name__)

SERVICE_PREFIX = "billing-console"
EMBEDDED_SERVER = "embedded"
"""The server key of the embedded training database."""

_INSECURE_MODULES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True, slots=True)
class KeyringStatus:
    """Whether passwords can be saved, and if not, why (an English source text)."""

    available: bool
    reason: str = ""
    backend: str = ""


def _backends(backend: KeyringBackend) -> list[KeyringBackend]:
    inner = getattr(backend, "backends", None)
    return list(inner) if isinstance(inner, list | tuple) else [backend]


def _is_secure(backend: KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_INSECURE_MODULES):
        return False
    name = type(backend).__name__.lower()
    return "plaintext" not in name and "uncrypted" not in name


def keyring_status() -> KeyringStatus:
    """Whether a secure keyring is available on this machine."""
    try:
        backend = keyring.get_keyring()
    except Exception as error:  # a broken keyring configuration must not stop the login
        _log.warning("keyring unavailable: %s", error)
        return KeyringStatus(
            False, str(QT_TRANSLATE_NOOP("LoginDialog", "The system keyring could not be opened."))
        )
    usable = [inner for inner in _backends(backend) if _is_secure(inner)]
    name = type(backend).__module__ + "." + type(backend).__name__
    if not usable:
        return KeyringStatus(
            False,
            str(
                QT_TRANSLATE_NOOP(
                    "LoginDialog",
                    "No secure password store (system keyring) is available on this computer, "
                    "so the password cannot be remembered.",
                )
            ),
            name,
        )
    return KeyringStatus(True, "", name)


def service_name(server: str) -> str:
    """The keyring service a server's passwords are kept under."""
    return f"{SERVICE_PREFIX}:{server or EMBEDDED_SERVER}"


def load_password(server: str, login: str) -> str | None:
    """The remembered password of ``login`` on ``server``, if any."""
    if not login or not keyring_status().available:
        return None
    try:
        password: str | None = keyring.get_password(service_name(server), login)
    except keyring.errors.KeyringError as error:
        _log.warning("could not read the keyring: %s", error)
        return None
    return password


def save_password(server: str, login: str, password: str) -> bool:
    """Remember the password in the keyring; False if that was not possible."""
    if not keyring_status().available:
        return False
    try:
        keyring.set_password(service_name(server), login, password)
    except keyring.errors.KeyringError as error:
        _log.warning("could not save to the keyring: %s", error)
        return False
    return True


def forget_password(server: str, login: str) -> None:
    """Remove a remembered password (unticked "remember", or it stopped working)."""
    if not login or not keyring_status().available:
        return
    try:
        keyring.delete_password(service_name(server), login)
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as error:
        _log.warning("could not delete from the keyring: %s", error)
