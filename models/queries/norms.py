"""The regions' consumption norms (ПП 354 п. 60) that the billing run bills by."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy.orm import Session

from models.queries.rows import rows_as

__all__ = ["ConsumptionNormRow", "norms_of_region"]


@dataclass(frozen=True, slots=True)
class ConsumptionNormRow:
    """One norm: kWh a month per resident of a household of its kind, rooms, residents."""

    id: int
    region_id: int
    household_type: str
    rooms: int
    residents: int
    kwh_per_resident: Decimal
    version: int


def norms_of_region(session: Session, region_id: int) -> list[ConsumptionNormRow]:
    """The region's norms, by household type, rooms and residents."""
    return list(
        rows_as(
            session,
            ConsumptionNormRow,
            "SELECT id, region_id, household_type, rooms, residents, kwh_per_resident, version"
            " FROM billing.consumption_norm WHERE region_id = :r"
            " ORDER BY household_type, rooms, residents",
            {"r": region_id},
        )
    )
