"""Supplier details and billing settings as the database holds them (migration 0160).

Every PC reads the same rows: the supplier printed on a region's documents, the
reading acceptance window that decides a reading's billing month, the tariff acts
printed on bills and the year's holiday transfers behind the working calendar. A row
for a region wins over the default row (the one without a region).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, fields
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from models.domain.working_days import WorkingCalendar, russian_calendar
from models.queries.rows import row_as

__all__ = [
    "AcceptanceWindow",
    "CalendarEntry",
    "RegionName",
    "SettingsOverview",
    "SupplierDetails",
    "TariffActEntry",
    "acceptance_window",
    "acts_in_force",
    "calendar_entries",
    "default_supplier",
    "settings_overview",
    "supplier_details",
    "suppliers_for_regions",
    "tariff_acts_of_regions",
    "working_calendar",
]


@dataclass(frozen=True, slots=True)
class SupplierDetails:
    """Who issues a region's bills (``region_id`` None: the default row)."""

    region_id: int | None
    name: str
    inn: str
    kpp: str
    address: str
    phone: str
    email: str
    website: str
    bank_name: str
    bic: str
    settlement_account: str
    correspondent_account: str
    vat_rate: Decimal
    version: int
    updated_by: str
    updated_at: datetime
    fiscal_taxation: str = "osn"
    """The taxation system on cheques (tag 1055, ATOL's name)."""
    fiscal_subject: str = "commodity"
    """The settlement subject on cheques (tag 1212, ATOL's name)."""


@dataclass(frozen=True, slots=True)
class AcceptanceWindow:
    """Days of the month readings count for that month (None: no limit on that side).

    ``region_id`` is the row's region (None: the default row or, with ``version`` 0,
    no row at all).
    """

    region_id: int | None = None
    first_day: int | None = None
    last_day: int | None = None
    version: int = 0


@dataclass(frozen=True, slots=True)
class TariffActEntry:
    """The act that set a region's tariffs from ``valid_from``."""

    id: int
    region_id: int
    valid_from: date
    title: str
    version: int


@dataclass(frozen=True, slots=True)
class CalendarEntry:
    """A transfer of the year: a weekday off (``holiday``) or a weekend ``working_day``."""

    day: date
    kind: str
    note: str
    version: int


@dataclass(frozen=True, slots=True)
class RegionName:
    """A region as the settings screen names it."""

    id: int
    code: str
    name: str


@dataclass(frozen=True, slots=True)
class SettingsOverview:
    """Everything the admin's settings screen shows."""

    regions: tuple[RegionName, ...]
    suppliers: tuple[SupplierDetails, ...]
    windows: tuple[AcceptanceWindow, ...]
    tariff_acts: tuple[TariffActEntry, ...]
    calendar: tuple[CalendarEntry, ...]


_SUPPLIER_COLUMNS = (
    "s.region_id, s.name, s.inn, s.kpp, s.address, s.phone, s.email, s.website, s.bank_name,"
    " s.bic, s.settlement_account, s.correspondent_account, s.vat_rate, s.version,"
    " s.updated_by, s.updated_at, s.fiscal_taxation, s.fiscal_subject"
)


_WINDOW_COLUMNS = (
    "s.region_id, s.window_first_day AS first_day, s.window_last_day AS last_day, s.version"
)


def _supplier(row: Row[Any]) -> SupplierDetails:
    """The supplier columns of ``row`` by name (it may carry others, such as ``for_region``)."""
    return SupplierDetails(**{f.name: row._mapping[f.name] for f in fields(SupplierDetails)})


def suppliers_for_regions(
    session: Session, region_ids: Iterable[int]
) -> dict[int, SupplierDetails]:
    """The supplier of each region that has one (its own row, else the default row)."""
    ids = sorted(set(region_ids))
    if not ids:
        return {}
    rows = session.execute(
        text(
            "SELECT r.id AS for_region, " + _SUPPLIER_COLUMNS + " FROM billing.region r"
            " JOIN LATERAL (SELECT * FROM billing.supplier_details d"
            "   WHERE d.region_id = r.id OR d.region_id IS NULL"
            "   ORDER BY d.region_id NULLS LAST LIMIT 1) s ON true"
            " WHERE r.id = ANY(:ids)"
        ),
        {"ids": ids},
    )
    return {int(row.for_region): _supplier(row) for row in rows}


def supplier_details(session: Session, region_id: int) -> SupplierDetails | None:
    """The supplier printed on ``region_id``'s documents, or None when nobody entered one."""
    return suppliers_for_regions(session, [region_id]).get(region_id)


def default_supplier(session: Session) -> SupplierDetails | None:
    """The default row (for documents of no particular region, such as a shift report)."""
    row = session.execute(
        text(
            "SELECT " + _SUPPLIER_COLUMNS + " FROM billing.supplier_details s"
            " WHERE s.region_id IS NULL"
        )
    ).first()
    return _supplier(row) if row is not None else None


def acceptance_window(session: Session, region_id: int) -> AcceptanceWindow:
    """The reading acceptance window of ``region_id`` (its own row, else the default)."""
    row = session.execute(
        text(
            "SELECT " + _WINDOW_COLUMNS + " FROM billing.billing_settings s"
            " WHERE s.region_id = :region OR s.region_id IS NULL"
            " ORDER BY s.region_id NULLS LAST LIMIT 1"
        ),
        {"region": region_id},
    ).first()
    if row is None:
        return AcceptanceWindow()
    return row_as(AcceptanceWindow, row)


def tariff_acts_of_regions(
    session: Session, region_ids: Iterable[int]
) -> dict[int, tuple[TariffActEntry, ...]]:
    """Every tariff act of each of ``region_ids``, oldest first."""
    found: dict[int, list[TariffActEntry]] = {}
    rows = session.execute(
        text(
            "SELECT id, region_id, valid_from, title, version FROM billing.tariff_act"
            " WHERE region_id = ANY(:regions) ORDER BY region_id, valid_from"
        ),
        {"regions": sorted(set(region_ids))},
    )
    for row in rows:
        found.setdefault(int(row.region_id), []).append(row_as(TariffActEntry, row))
    return {region: tuple(acts) for region, acts in found.items()}


def acts_in_force(
    acts: Sequence[TariffActEntry], days: Iterable[date]
) -> tuple[TariffActEntry, ...]:
    """Of one region's ``acts`` (oldest first), those in force on ``days``: for each day
    the latest act from on or before it; oldest first, without repeats."""
    chosen: dict[int, TariffActEntry] = {}
    for day in days:
        in_force = [act for act in acts if act.valid_from <= day]
        if in_force:
            chosen[in_force[-1].id] = in_force[-1]
    return tuple(sorted(chosen.values(), key=lambda act: act.valid_from))


def calendar_entries(session: Session) -> tuple[CalendarEntry, ...]:
    """Every transfer in the database, by day."""
    rows = session.execute(
        text("SELECT day, kind, note, version FROM billing.calendar_day ORDER BY day")
    )
    return tuple(row_as(CalendarEntry, row) for row in rows)


def working_calendar(session: Session, today: date, *days: date) -> WorkingCalendar:
    """Statutory holidays of last, this and next year (and of ``days``' years) with the
    database's transfers: the calendar ``billing.add_working_days`` counts with."""
    entries = calendar_entries(session)
    years = [today.year, *(day.year for day in days)]
    return russian_calendar(
        range(min(years) - 1, max(years) + 2),
        extra_holidays=[e.day for e in entries if e.kind == "holiday"],
        extra_working_days=[e.day for e in entries if e.kind == "working_day"],
    )


def settings_overview(session: Session) -> SettingsOverview:
    """The regions, every supplier row, window, tariff act and transfer (admins' screen)."""
    regions = tuple(
        row_as(RegionName, row)
        for row in session.execute(text("SELECT id, code, name FROM billing.region ORDER BY name"))
    )
    suppliers = tuple(
        _supplier(row)
        for row in session.execute(
            text(
                "SELECT " + _SUPPLIER_COLUMNS + " FROM billing.supplier_details s"
                " ORDER BY s.region_id NULLS FIRST"
            )
        )
    )
    windows = tuple(
        row_as(AcceptanceWindow, row)
        for row in session.execute(
            text(
                "SELECT " + _WINDOW_COLUMNS + " FROM billing.billing_settings s"
                " ORDER BY s.region_id NULLS FIRST"
            )
        )
    )
    acts = tuple(
        row_as(TariffActEntry, row)
        for row in session.execute(
            text(
                "SELECT id, region_id, valid_from, title, version FROM billing.tariff_act"
                " ORDER BY region_id, valid_from DESC"
            )
        )
    )
    return SettingsOverview(regions, suppliers, windows, acts, calendar_entries(session))
