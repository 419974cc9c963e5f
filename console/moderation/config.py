"""The notification settings turned into the sender's configuration (:mod:`console.outbox`).

The working calendar (holidays and their transfers) is the database's, read in the
workers with each queue: :func:`models.queries.settings.working_calendar`.
"""

from __future__ import annotations

from console.services.notification_sender import SenderConfig
from console.settings import (
    NOTIFICATION_BACKOFF_SECONDS,
    NOTIFICATION_GATEWAY,
    NOTIFICATION_MAX_ATTEMPTS,
    NOTIFICATION_SMS_GATEWAY,
    Settings,
)


def sender_config(settings: Settings) -> SenderConfig | None:
    """The sender's configuration, or None when no gateway is configured."""
    url = settings.get(NOTIFICATION_GATEWAY).strip()
    if not url:
        return None
    return SenderConfig(
        gateway_url=url,
        sms_gateway_url=settings.get(NOTIFICATION_SMS_GATEWAY).strip(),
        max_attempts=max(1, settings.get(NOTIFICATION_MAX_ATTEMPTS)),
        backoff_seconds=max(0, settings.get(NOTIFICATION_BACKOFF_SECONDS)),
    )
