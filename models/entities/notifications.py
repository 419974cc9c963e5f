"""The notification outbox: customer e-mails and SMS written with the change they report."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, Computed, ForeignKey, Index, Integer, Text, func, text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.domain.enums import NotificationChannel, NotificationStatus
from models.entities._columns import BigId, OperatorName
from models.entities.checks import sql_in


class Notification(Base):
    """One message to a customer, queued in the same transaction as the change it reports.

    A sender delivers queued messages to the notification gateway; the
    ``idempotency_key`` lets the gateway drop a repeated delivery.
    """

    __tablename__ = "notification"
    __table_args__ = (
        CheckConstraint(sql_in(NotificationChannel, "channel"), name="channel"),
        CheckConstraint(sql_in(NotificationStatus, "status"), name="status"),
        CheckConstraint("attempts >= 0", name="attempts_non_negative"),
        Index(
            "ix_notification_due",
            "next_attempt_at",
            postgresql_where=text("status IN ('queued', 'failed')"),
        ),
    )

    id: Mapped[BigId]
    portal_user_id: Mapped[int | None] = mapped_column(ForeignKey("portal_user.id"), index=True)
    channel: Mapped[str]
    recipient: Mapped[str]
    recipient_masked: Mapped[str | None] = mapped_column(
        Text,
        Computed(
            "CASE channel WHEN 'sms' THEN billing.mask_phone(recipient)"
            " ELSE billing.mask_email(recipient) END",
            persisted=True,
        ),
    )
    """The recipient as supervisors see it in the outbox; only senders read the whole one."""
    template: Mapped[str]
    subject: Mapped[str | None]
    body: Mapped[str]
    status: Mapped[str] = mapped_column(Text, server_default=NotificationStatus.QUEUED.value)
    attempts: Mapped[int] = mapped_column(Integer, server_default="0")
    next_attempt_at: Mapped[datetime] = mapped_column(server_default=func.now())
    last_error: Mapped[str | None]
    idempotency_key: Mapped[uuid.UUID] = mapped_column(
        server_default=func.gen_random_uuid(), unique=True
    )
    created_by: Mapped[OperatorName]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    sent_at: Mapped[datetime | None]
    delivered_at: Mapped[datetime | None]
    """When the gateway reported the message delivered to the phone or mailbox."""
    secret: Mapped[str | None]
    """A one-time code the sender puts into ``{code}`` of the body; no operator reads it."""
