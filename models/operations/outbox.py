"""The notification outbox's side of the database: lease due messages, record outcomes.

``billing.notification_claim`` leases a batch (``FOR UPDATE SKIP LOCKED``: two senders
never take one message), and each outcome is its own transaction, so a crash between
two messages loses nothing: an unrecorded message's lease runs out and it is sent
again with the same idempotency key, which the gateway answers without sending twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.changes import Change
from models.operations.call import call_value, writing
from models.queries.rows import row_as

__all__ = ["LeasedMessage", "database_now", "lease_due", "mark_failed", "mark_sent"]


@dataclass(frozen=True, slots=True)
class LeasedMessage:
    """A message this sender holds for the lease's length, its code put into its text."""

    id: int
    attempts: int
    channel: str
    recipient: str
    subject: str | None
    body: str
    secret: str | None
    idempotency_key: object

    @property
    def text(self) -> str:
        """The body as sent: an SMS code's ``{code}`` replaced by the code itself."""
        return self.body if self.secret is None else self.body.replace("{code}", self.secret)


_NOTIFICATION = (Change.of("notification"),)
"""A message's delivery state changed (the moderation tab's notifications show it)."""


def database_now(session: Session) -> datetime:
    """The database's clock: a pass sends what was due when it started, never later ones."""
    with writing(session):
        value = session.execute(text("SELECT clock_timestamp()")).scalar_one()
    assert isinstance(value, datetime)
    return value


def lease_due(
    session: Session, limit: int, lease_seconds: int, due_before: datetime | None
) -> list[LeasedMessage]:
    """Lease up to ``limit`` messages due before ``due_before`` for ``lease_seconds``."""
    with writing(session):
        rows = session.execute(
            text(
                "SELECT id, attempts, channel, recipient, subject, body, secret,"
                " idempotency_key FROM billing.notification_claim(:limit, :lease, :due_before)"
            ),
            {"limit": limit, "lease": lease_seconds, "due_before": due_before},
        ).all()
    return [row_as(LeasedMessage, row) for row in rows]


def mark_sent(session: Session, message_id: int, attempt: int, *, delivered: bool) -> None:
    """The gateway took the message (and, if it says so, delivered it)."""
    params = {"id": message_id, "attempt": attempt}
    with writing(session, changes=_NOTIFICATION):
        session.execute(text("SELECT billing.notification_mark_sent(:id, :attempt)"), params)
        if delivered:
            session.execute(
                text("SELECT billing.notification_mark_delivered(:id, :attempt)"), params
            )


def mark_failed(
    session: Session,
    message_id: int,
    attempt: int,
    error: str,
    *,
    max_attempts: int,
    backoff_seconds: int,
    permanent: bool,
) -> str:
    """Record a failed try; the message's new status (``failed`` to retry, or ``dead``)."""
    status = call_value(
        session,
        "SELECT billing.notification_mark_failed(:id, :attempt, :error, :max, :backoff,"
        " :permanent)",
        {
            "id": message_id,
            "attempt": attempt,
            "error": error,
            "max": max_attempts,
            "backoff": backoff_seconds,
            "permanent": permanent,
        },
        changes=_NOTIFICATION,
    )
    return str(status or "failed")
