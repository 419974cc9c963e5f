"""Texts of customer notifications, filled in by ``billing.enqueue_notification``."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class NotificationTemplate(Base):
    """A Russian e-mail or SMS text with ``{placeholders}``: one per event and channel."""

    __tablename__ = "notification_template"
    __table_args__ = (CheckConstraint("channel IN ('email', 'sms')", name="channel"),)

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    channel: Mapped[str] = mapped_column(Text, primary_key=True)
    subject: Mapped[str]
    body: Mapped[str]
