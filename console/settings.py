"""Typed settings, each declared once with its type and default, stored in an INI file.

No password is ever stored here: saved passwords go to the OS keyring.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from console import paths

T = TypeVar("T", str, int, bool)


@dataclass(frozen=True, slots=True)
class Option(Generic[T]):
    """One setting: its key in the file, its type and its default."""

    key: str
    default: T

    def read(self, store: QSettings) -> T:
        """The stored value converted to the option's type, or the default."""
        raw = store.value(self.key, self.default)
        value: object
        if isinstance(self.default, bool):
            value = raw if isinstance(raw, bool) else str(raw).lower() in ("1", "true", "yes")
        elif isinstance(self.default, int):
            try:
                value = int(str(raw))
            except ValueError:
                value = self.default
        else:
            value = str(raw)
        return value  # type: ignore[return-value,unused-ignore]


SERVER_URL = Option("database/server_url", "")
"""A configured server, e.g. ``postgresql://db.example:5432/billing``; empty = embedded."""
LAST_LOGIN = Option("database/last_login", "")
LANGUAGE = Option("ui/language", "ru")
IDLE_LOCK_MINUTES = Option("security/idle_lock_minutes", 10)
DEMO_ACCOUNTS = Option("embedded/demo_accounts", 2000)
NOTIFICATION_GATEWAY = Option("notifications/gateway_url", "")
NOTIFICATION_SMS_GATEWAY = Option("notifications/sms_gateway_url", "")


class Settings:
    """The console's settings file (``console.ini`` in the per-user config folder)."""

    def __init__(self, store: QSettings | None = None) -> None:
        if store is None:
            path = paths.settings_file()
            path.parent.mkdir(parents=True, exist_ok=True)
            store = QSettings(str(path), QSettings.Format.IniFormat)
        self._store = store

    def get(self, option: Option[T]) -> T:
        """The value of ``option``."""
        return option.read(self._store)

    def set(self, option: Option[T], value: T) -> None:
        """Store ``value`` for ``option``."""
        self._store.setValue(option.key, value)
        self._store.sync()

    def database_url(self) -> str | None:
        """The configured server: ``CONSOLE_DATABASE_URL`` wins over the settings file."""
        return os.environ.get("CONSOLE_DATABASE_URL") or self.get(SERVER_URL) or None

    def geometry(self, name: str) -> QByteArray | None:
        """Saved geometry of a window or splitter."""
        value = self._store.value(f"geometry/{name}")
        return value if isinstance(value, QByteArray) else None

    def save_geometry(self, name: str, data: QByteArray) -> None:
        """Keep a window's geometry for the next run."""
        self._store.setValue(f"geometry/{name}", data)
        self._store.sync()

    def get_language(self) -> str:
        """The UI language: ``CONSOLE_LANG`` wins over the settings file; Russian by default."""
        language = os.environ.get("CONSOLE_LANG") or self.get(LANGUAGE)
        return language if language in ("ru", "en") else "ru"

    @property
    def path(self) -> str:
        """Location of the settings file, for the About box and the README."""
        return self._store.fileName()


# The supplier's details, the reading acceptance window and the holiday transfers are the
# database's (``billing.supplier_details``, ``billing_settings``, ``calendar_day``), the
# same for every PC: see ``models.queries.settings``.

PAYMENT_CONFIRM_ABOVE = Option("cash_desk/confirm_above", 50000)
"""Payments above this many roubles ask the cashier to confirm the amount."""
CASH_DESK_ID = Option("cash_desk/desk_id", 0)
"""Which cash desk (``billing.cash_desk.id``) this PC is, and so which register it prints
on; 0: the first desk (the training database has one)."""

# -- moderation queues and the notification sender (issue 5) ---------------------------------
MODERATION_CLAIM_MINUTES = Option("moderation/claim_minutes", 15)
NOTIFICATION_INTERVAL_SECONDS = Option("notifications/interval_seconds", 30)
NOTIFICATION_MAX_ATTEMPTS = Option("notifications/max_attempts", 6)
NOTIFICATION_BACKOFF_SECONDS = Option("notifications/backoff_seconds", 30)
