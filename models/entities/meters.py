"""Metering points and the meters installed at them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Computed, ForeignKey, SmallInteger, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from models.base import Base
from models.entities._columns import BigId

if TYPE_CHECKING:
    from models.entities.accounts import Account


class MeteringPoint(Base):
    """Where consumption is measured for an account (a flat, a workshop...)."""

    __tablename__ = "metering_point"

    id: Mapped[BigId]
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), index=True)
    name: Mapped[str] = mapped_column(Text)

    account: Mapped[Account] = relationship(back_populates="metering_points")
    meters: Mapped[list[Meter]] = relationship(back_populates="metering_point")


class Meter(Base):
    """A meter; ``digits`` is the count of integer digits on its register (for rollover)."""

    __tablename__ = "meter"
    __table_args__ = (
        CheckConstraint("digits BETWEEN 4 AND 9", name="digits"),
        CheckConstraint("zones BETWEEN 1 AND 3", name="zones"),
        CheckConstraint(
            "removed_on IS NULL OR removed_on >= installed_on", name="removed_after_installed"
        ),
        CheckConstraint("length(serial_number) BETWEEN 4 AND 32", name="serial_length"),
    )

    id: Mapped[BigId]
    metering_point_id: Mapped[int] = mapped_column(ForeignKey("metering_point.id"), index=True)
    serial_number: Mapped[str] = mapped_column(Text)
    serial_key: Mapped[str] = mapped_column(
        Text, Computed("upper(serial_number)", persisted=True), unique=True
    )
    model: Mapped[str] = mapped_column(Text)
    digits: Mapped[int] = mapped_column(SmallInteger)
    zones: Mapped[int] = mapped_column(SmallInteger)
    installed_on: Mapped[date]
    removed_on: Mapped[date | None]
    calibration_due: Mapped[date]

    metering_point: Mapped[MeteringPoint] = relationship(back_populates="meters")
