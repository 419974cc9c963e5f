"""Tariffs (the price per kWh of a zone in a region over a date range) and consumption norms."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    CheckConstraint,
    ForeignKey,
    Numeric,
    SmallInteger,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.domain.enums import Zone
from models.entities._columns import BigId, OperatorName, Rate
from models.entities.checks import sql_in


class Tariff(Base):
    """Rate of one zone for meters with ``zones`` zones, valid from ``valid_from`` (inclusive)
    to ``valid_to`` (exclusive, open-ended when NULL)."""

    __tablename__ = "tariff"
    __table_args__ = (
        UniqueConstraint("region_id", "zones", "zone", "valid_from"),
        CheckConstraint(sql_in(Zone, "zone"), name="zone"),
        CheckConstraint("zones BETWEEN 1 AND 3", name="zones"),
        CheckConstraint("substr(zone, 2)::int <= zones", name="zone_within_zones"),
        CheckConstraint("rate > 0", name="rate_positive"),
        CheckConstraint("valid_to IS NULL OR valid_to > valid_from", name="valid_range"),
    )

    id: Mapped[BigId]
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))
    zones: Mapped[int] = mapped_column(SmallInteger)
    zone: Mapped[str] = mapped_column(Text)
    rate: Mapped[Rate]
    valid_from: Mapped[date]
    valid_to: Mapped[date | None]


HOUSEHOLD_TYPES = ("gas_stove", "electric_stove")
"""A household's kind for the norm: a gas or an electric stove."""


class ConsumptionNorm(Base):
    """A region's consumption norm (ПП 354 п. 60): kWh a month per resident of a household
    of ``household_type`` with ``rooms`` rooms and ``residents`` residents (the largest
    rooms / residents of a region stand for «and more»)."""

    __tablename__ = "consumption_norm"
    __table_args__ = (
        UniqueConstraint("region_id", "household_type", "rooms", "residents"),
        CheckConstraint("household_type IN ('gas_stove', 'electric_stove')", name="household_type"),
        CheckConstraint("rooms BETWEEN 1 AND 20", name="rooms"),
        CheckConstraint("residents BETWEEN 1 AND 50", name="residents"),
        CheckConstraint("kwh_per_resident > 0 AND kwh_per_resident < 10000", name="kwh"),
    )

    id: Mapped[BigId]
    region_id: Mapped[int] = mapped_column(SmallInteger, ForeignKey("region.id"))
    household_type: Mapped[str] = mapped_column(Text)
    rooms: Mapped[int] = mapped_column(SmallInteger)
    residents: Mapped[int] = mapped_column(SmallInteger)
    kwh_per_resident: Mapped[Decimal] = mapped_column(Numeric(10, 3))
    version: Mapped[int] = mapped_column(server_default="1")
    updated_by: Mapped[OperatorName]
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
