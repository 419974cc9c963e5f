"""Settings of the moderation tab turned into values: the working calendar, the sender."""

from __future__ import annotations

from datetime import date

from console.services.notification_sender import SenderConfig
from console.settings import (
    MODERATION_EXTRA_HOLIDAYS,
    MODERATION_EXTRA_WORKING_DAYS,
    NOTIFICATION_BACKOFF_SECONDS,
    NOTIFICATION_GATEWAY,
    NOTIFICATION_MAX_ATTEMPTS,
    Settings,
)
from models.clock import now
from models.domain.working_days import WorkingCalendar, russian_calendar


def _dates(text: str) -> list[date]:
    days = []
    for part in text.replace(";", ",").split(","):
        part = part.strip()
        if part:
            try:
                days.append(date.fromisoformat(part))
            except ValueError:
                continue
    return days


def working_calendar(settings: Settings) -> WorkingCalendar:
    """Statutory holidays of last, this and next year plus the configured transfers."""
    year = now().year
    return russian_calendar(
        (year - 1, year, year + 1),
        extra_holidays=_dates(settings.get(MODERATION_EXTRA_HOLIDAYS)),
        extra_working_days=_dates(settings.get(MODERATION_EXTRA_WORKING_DAYS)),
    )


def sender_config(settings: Settings) -> SenderConfig | None:
    """The sender's configuration, or None when no gateway is configured."""
    url = settings.get(NOTIFICATION_GATEWAY).strip()
    if not url:
        return None
    return SenderConfig(
        gateway_url=url,
        max_attempts=max(1, settings.get(NOTIFICATION_MAX_ATTEMPTS)),
        backoff_seconds=max(0, settings.get(NOTIFICATION_BACKOFF_SECONDS)),
    )
