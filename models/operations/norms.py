"""The regions' consumption norms (ПП 354 п. 60) that the billing run bills by.

Everybody reads them; admins change them only through ``billing.set_consumption_norm``
and ``billing.delete_consumption_norm`` (migration 0180), which re-check every rule and
the row's version (another admin's change meanwhile is a conflict, never overwritten);
the audit trigger records each change.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy.orm import Session

from models.changes import Change
from models.operations.call import Refusals, call, call_value

__all__ = ["delete_norm", "save_norm"]

_FIELDS: dict[str, str | None] = {
    "settings.region_unknown": None,
    "norm.household_type": "household_type",
    "norm.rooms": "rooms",
    "norm.residents": "residents",
    "norm.kwh": "kwh_per_resident",
    "norm.duplicate": "residents",
}
REFUSALS = Refusals(_FIELDS)
_NORM = (Change.of("consumption_norm"),)


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
    value = call_value(
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
        refusals=REFUSALS,
        changes=_NORM,
    )
    return int(str(value))


def delete_norm(session: Session, norm_id: int, expected_version: int) -> None:
    """Remove a norm (the households it served fall back to a smaller one, or none)."""
    call(
        session,
        "SELECT billing.delete_consumption_norm(:id, :version)",
        {"id": norm_id, "version": expected_version},
        refusals=REFUSALS,
        changes=_NORM,
    )
