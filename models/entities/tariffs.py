"""Tariffs: the price per kWh of a zone in a region over a date range."""

from __future__ import annotations

from datetime import date

from sqlalchemy import CheckConstraint, ForeignKey, SmallInteger, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.entities._columns import BigId, Rate
from models.entities.enums import Zone, sql_in


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
