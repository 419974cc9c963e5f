"""Reasons a supervisor can give when rejecting a link request or a registration."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, SmallInteger, Text
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base


class RejectionReason(Base):
    """One reason of a queue's list; ``title`` is the Russian text the customer reads."""

    __tablename__ = "rejection_reason"
    __table_args__ = (
        CheckConstraint(
            "queue IN ('link_request', 'registration_review', 'merge_request')", name="queue"
        ),
        CheckConstraint("length(title) > 0", name="title_present"),
    )

    queue: Mapped[str] = mapped_column(Text, primary_key=True)
    code: Mapped[str] = mapped_column(Text, primary_key=True)
    position: Mapped[int] = mapped_column(SmallInteger)
    title: Mapped[str]
