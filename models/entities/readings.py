"""Meter readings."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, ForeignKey, Index, Text, false, func, text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.domain.enums import ReadingSource, Zone
from models.entities._columns import BigId, OperatorName, RegisterValue
from models.entities.checks import sql_in

if TYPE_CHECKING:
    from models.entities.meters import Meter


class Reading(Base):
    """A meter register value for one zone on a date.

    Readings are never edited or deleted: a wrong one is corrected by a new reading
    that names it in ``corrects_id`` and gives a ``reason``.
    """

    __tablename__ = "reading"
    __table_args__ = (
        CheckConstraint(sql_in(Zone, "zone"), name="zone"),
        CheckConstraint(sql_in(ReadingSource, "source"), name="source"),
        CheckConstraint("value >= 0", name="value_non_negative"),
        CheckConstraint(
            "corrects_id IS NULL OR (reason IS NOT NULL AND length(btrim(reason)) > 0)",
            name="correction_has_reason",
        ),
        Index(
            "uq_reading_meter_id_zone_taken_on",
            "meter_id",
            "zone",
            "taken_on",
            unique=True,
            postgresql_where=text("corrects_id IS NULL"),
        ),
        Index("ix_reading_meter_id_taken_on", "meter_id", "taken_on"),
        Index(
            "uq_reading_idempotency_key_zone",
            "idempotency_key",
            "zone",
            unique=True,
            postgresql_where=text("idempotency_key IS NOT NULL"),
        ),
    )

    id: Mapped[BigId]
    meter_id: Mapped[int] = mapped_column(ForeignKey("meter.id"))
    zone: Mapped[str] = mapped_column(Text)
    value: Mapped[RegisterValue]
    taken_on: Mapped[date]
    source: Mapped[str] = mapped_column(Text)
    entered_by: Mapped[OperatorName]
    entered_at: Mapped[datetime] = mapped_column(server_default=func.now())
    corrects_id: Mapped[int | None] = mapped_column(ForeignKey("reading.id"), index=True)
    reason: Mapped[str | None]
    """Why a correction was made, or why an implausible value was confirmed."""
    rollover: Mapped[bool] = mapped_column(server_default=false())
    """The operator confirmed the register went past its largest value through zero."""
    idempotency_key: Mapped[uuid.UUID | None]
    """The key of the confirmation that saved the reading (a retry saves nothing more)."""

    meter: Mapped[Meter] = relationship()
