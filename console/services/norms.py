"""The regions' consumption norms (ПП 354 п. 60) that the billing run bills by.

Everybody reads them; admins change them only through ``billing.set_consumption_norm``
and ``billing.delete_consumption_norm`` (migration 0180), which re-check every rule and
the row's version (another admin's change meanwhile is a conflict, never overwritten);
the audit trigger records each change.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.services.db_problems import raise_as_problem

__all__ = ["ConsumptionNormRow", "delete_norm", "norms_of_region", "save_norm"]

_FIELDS: dict[str, str | None] = {
    "settings.region_unknown": None,
    "norm.household_type": "household_type",
    "norm.rooms": "rooms",
    "norm.residents": "residents",
    "norm.kwh": "kwh_per_resident",
    "norm.duplicate": "residents",
}


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
    rows = session.execute(
        text(
            "SELECT id, region_id, household_type, rooms, residents, kwh_per_resident, version"
            " FROM billing.consumption_norm WHERE region_id = :r"
            " ORDER BY household_type, rooms, residents"
        ),
        {"r": region_id},
    )
    return [ConsumptionNormRow(*row) for row in rows]


def _call(session: Session, sql: str, params: dict[str, object]) -> object:
    try:
        value = session.execute(text(sql), params).scalar()
    except DBAPIError as error:
        session.rollback()
        raise_as_problem(error, _FIELDS)
        raise
    session.commit()
    return value


def save_norm(
    session: Session,
    norm_id: int | None,
    region_id: int,
    household_type: str,
    rooms: int,
    residents: int,
    kwh_per_resident: Decimal,
    expected_version: int | None,
) -> int:
    """Create (``norm_id`` None) or change a norm; its id."""
    value = _call(
        session,
        "SELECT billing.set_consumption_norm(:id, :region, :kind, :rooms, :residents,"
        " CAST(:kwh AS numeric), :version)",
        {
            "id": norm_id,
            "region": region_id,
            "kind": household_type,
            "rooms": rooms,
            "residents": residents,
            "kwh": str(kwh_per_resident),
            "version": expected_version,
        },
    )
    return int(str(value))


def delete_norm(session: Session, norm_id: int, expected_version: int) -> None:
    """Remove a norm (the households it served fall back to a smaller one, or none)."""
    _call(
        session,
        "SELECT billing.delete_consumption_norm(:id, :version)",
        {"id": norm_id, "version": expected_version},
    )
