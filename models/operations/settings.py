"""Admins change the supplier details and billing settings through database functions.

Each change is one call of a SECURITY DEFINER function of migration 0110, which
re-checks every rule and the row's version (another admin's change meanwhile is a
conflict, never overwritten) and is recorded by the audit trigger. The rules are
checked here first so that bad input never reaches the database.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from models.changes import Change
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.domain.supplier_rules import SupplierInput, validate_supplier
from models.operations.call import Refusals, call_value

__all__ = [
    "delete_calendar_day",
    "delete_supplier",
    "delete_tariff_act",
    "delete_window",
    "save_calendar_day",
    "save_supplier",
    "save_tariff_act",
    "save_window",
    "validate_window",
]

_FIELDS: dict[str, str | None] = {
    "supplier.name_required": "name",
    "supplier.name_too_long": "name",
    "supplier.separator": "name",
    "supplier.qr_block_too_long": "name",
    "supplier.inn_format": "inn",
    "supplier.inn_checksum": "inn",
    "supplier.kpp_format": "kpp",
    "supplier.address_required": "address",
    "supplier.phone_required": "phone",
    "supplier.email_format": "email",
    "supplier.website_format": "website",
    "supplier.bank_name_required": "bank_name",
    "supplier.bank_name_too_long": "bank_name",
    "supplier.bic_format": "bic",
    "supplier.settlement_account_format": "settlement_account",
    "supplier.settlement_account_key": "settlement_account",
    "supplier.correspondent_account_format": "correspondent_account",
    "supplier.correspondent_account_key": "correspondent_account",
    "supplier.vat_rate_range": "vat_rate",
    "settings.region_unknown": None,
    "settings.window_day_range": "window_first_day",
    "settings.window_order": "window_last_day",
    "tariff_act.valid_from_required": "valid_from",
    "tariff_act.title_required": "title",
    "tariff_act.title_too_long": "title",
    "tariff_act.duplicate": "valid_from",
    "calendar.day_required": "day",
    "calendar.kind": "kind",
    "calendar.holiday_on_weekend": "day",
    "calendar.working_day_on_weekday": "day",
    "calendar.note_too_long": "note",
    "calendar.duplicate": "day",
}
MAX_ACT_TITLE = 300
MAX_NOTE = 200


REFUSALS = Refusals(_FIELDS)


def _call(session: Session, table: str, sql: str, params: dict[str, object]) -> object:
    """Call one of the settings functions; the change it announces names ``table``
    (``supplier_details``, ``billing_settings``, ``tariff_act``, ``calendar_day``)."""
    return call_value(session, sql, params, refusals=REFUSALS, changes=(Change.of(table),))


def save_supplier(
    session: Session, region_id: int | None, typed: SupplierInput, expected_version: int | None
) -> int:
    """Create (``expected_version`` None) or change a region's supplier; the new version."""
    raise_if_errors(validate_supplier(typed))
    value = typed.cleaned()
    result = _call(
        session,
        "supplier_details",
        "SELECT billing.set_supplier_details(:region, :name, :inn, :kpp, :address, :phone,"
        " :email, :website, :bank_name, :bic, :settlement, :corr, CAST(:vat AS numeric),"
        " :version)",
        {
            "region": region_id,
            "name": value.name,
            "inn": value.inn,
            "kpp": value.kpp,
            "address": value.address,
            "phone": value.phone,
            "email": value.email,
            "website": value.website,
            "bank_name": value.bank_name,
            "bic": value.bic,
            "settlement": value.settlement_account,
            "corr": value.correspondent_account,
            "vat": value.vat_rate,
            "version": expected_version,
        },
    )
    return int(str(result))


def delete_supplier(session: Session, region_id: int | None, expected_version: int) -> None:
    """Remove a region's own supplier row (the region falls back to the default row)."""
    _call(
        session,
        "supplier_details",
        "SELECT billing.delete_supplier_details(:region, :version)",
        {"region": region_id, "version": expected_version},
    )


def validate_window(first_day: int | None, last_day: int | None) -> list[Problem]:
    """Problems with an acceptance window typed as two days of the month."""
    problems = []
    for day, field in ((first_day, "window_first_day"), (last_day, "window_last_day")):
        if day is not None and not 1 <= day <= 31:
            problems.append(Problem.error("settings.window_day_range", field))
    if not problems and first_day is not None and last_day is not None and first_day > last_day:
        problems.append(Problem.error("settings.window_order", "window_last_day"))
    return problems


def save_window(
    session: Session,
    region_id: int | None,
    first_day: int | None,
    last_day: int | None,
    expected_version: int | None,
) -> int:
    """Create or change a region's reading acceptance window; the new version."""
    raise_if_errors(validate_window(first_day, last_day))
    result = _call(
        session,
        "billing_settings",
        "SELECT billing.set_billing_settings(:region, :first, :last, :version)",
        {"region": region_id, "first": first_day, "last": last_day, "version": expected_version},
    )
    return int(str(result))


def delete_window(session: Session, region_id: int | None, expected_version: int) -> None:
    """Remove a region's own window (the region falls back to the default row)."""
    _call(
        session,
        "billing_settings",
        "SELECT billing.delete_billing_settings(:region, :version)",
        {"region": region_id, "version": expected_version},
    )


def save_tariff_act(
    session: Session,
    act_id: int | None,
    region_id: int | None,
    valid_from: date | None,
    title: str,
    expected_version: int | None,
) -> int:
    """Add (``act_id`` None) or change a tariff act; returns its id."""
    cleaned = " ".join(title.split())
    problems = []
    if region_id is None:
        problems.append(Problem.error("settings.region_unknown", "region"))
    if valid_from is None:
        problems.append(Problem.error("tariff_act.valid_from_required", "valid_from"))
    if not cleaned:
        problems.append(Problem.error("tariff_act.title_required", "title"))
    elif len(cleaned) > MAX_ACT_TITLE:
        problems.append(Problem.error("tariff_act.title_too_long", "title"))
    if problems:
        raise ValidationFailed(problems)
    result = _call(
        session,
        "tariff_act",
        "SELECT billing.set_tariff_act(:id, :region, :valid_from, :title, :version)",
        {
            "id": act_id,
            "region": region_id,
            "valid_from": valid_from,
            "title": cleaned,
            "version": expected_version,
        },
    )
    return int(str(result))


def delete_tariff_act(session: Session, act_id: int, expected_version: int) -> None:
    """Remove a tariff act."""
    _call(
        session,
        "tariff_act",
        "SELECT billing.delete_tariff_act(:id, :version)",
        {"id": act_id, "version": expected_version},
    )


def save_calendar_day(
    session: Session, day: date, kind: str, note: str, expected_version: int | None
) -> int:
    """Add (``expected_version`` None) or change a transfer of the year; the new version."""
    problems = []
    if kind not in ("holiday", "working_day"):
        problems.append(Problem.error("calendar.kind", "kind"))
    elif kind == "holiday" and day.weekday() >= 5:
        problems.append(Problem.error("calendar.holiday_on_weekend", "day"))
    elif kind == "working_day" and day.weekday() < 5:
        problems.append(Problem.error("calendar.working_day_on_weekday", "day"))
    if len(note.strip()) > MAX_NOTE:
        problems.append(Problem.error("calendar.note_too_long", "note"))
    if problems:
        raise ValidationFailed(problems)
    result = _call(
        session,
        "calendar_day",
        "SELECT billing.set_calendar_day(:day, :kind, :note, :version)",
        {"day": day, "kind": kind, "note": note.strip(), "version": expected_version},
    )
    return int(str(result))


def delete_calendar_day(session: Session, day: date, expected_version: int) -> None:
    """Remove a transfer."""
    _call(
        session,
        "calendar_day",
        "SELECT billing.delete_calendar_day(:day, :version)",
        {"day": day, "version": expected_version},
    )
