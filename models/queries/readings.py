"""What the readings form and history show: accounts, meters with their readings, tariffs.

Every function takes a :class:`~sqlalchemy.orm.Session` and returns frozen dataclasses.
A reading superseded by a correction is left out of the check context: its correcting
reading (same date) stands in for it.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row, text
from sqlalchemy.orm import Session

from models.domain.consumption import ChargePart, TariffPeriod
from models.domain.reading_checks import (
    MeterContext,
    MeterInfo,
    PastReading,
    ReadingCheckSettings,
    history_average,
)
from models.queries.rows import one_as
from models.queries.settings import AcceptanceWindow, acceptance_window
from models.queries.sql_parts import ADDRESS_SQL, CUSTOMER_NAME_SQL

RECENT_READINGS = 3
"""How many previous readings per zone the form shows."""


@dataclass(frozen=True, slots=True)
class RegionChoice:
    """A region for the «readings without registration» combo."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class AccountHeader:
    """Who and where: shown above the form."""

    id: int
    number: str
    region_id: int
    region_name: str
    customer_name: str
    address: str
    status: str


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """A stored reading of one zone as the form lists it."""

    id: int
    zone: str
    value: Decimal
    taken_on: date
    source: str


@dataclass(frozen=True, slots=True)
class MeterForm:
    """A meter with what the entry form needs: its readings, averages and tariffs."""

    id: int
    serial_number: str
    model: str
    region_id: int
    account_id: int
    last_reading_id: int | None
    context: MeterContext
    recent: Mapping[str, tuple[ZoneReading, ...]] = field(default_factory=dict)
    """The latest readings of each zone, newest first."""
    baseline_ids: Mapping[str, int] = field(default_factory=dict)
    tariffs: Mapping[str, tuple[TariffPeriod, ...]] = field(default_factory=dict)

    @property
    def zones(self) -> tuple[str, ...]:
        """The meter's zone codes."""
        return self.context.meter.zones

    @property
    def removed(self) -> bool:
        """True when the meter has been taken out of service."""
        return self.context.meter.removed_on is not None

    def average_daily(self, zone: str, settings: ReadingCheckSettings) -> Decimal | None:
        """The zone's average daily consumption, or ``None`` without enough history."""
        return history_average(self.context, zone, settings)


@dataclass(frozen=True, slots=True)
class ReadingForm:
    """An account and its meters, in service first, with the region's acceptance window
    (the database's, so every PC bills a reading to the same month)."""

    account: AccountHeader
    meters: tuple[MeterForm, ...]
    window: AcceptanceWindow = field(default_factory=AcceptanceWindow)


def list_regions(session: Session) -> tuple[RegionChoice, ...]:
    """Every region, by name."""
    rows = session.execute(text("SELECT id, name FROM region ORDER BY name"))
    return tuple(RegionChoice(int(row.id), str(row.name)) for row in rows)


def find_accounts(session: Session, number: str, region_id: int | None = None) -> tuple[int, ...]:
    """Ids of the accounts numbered ``number`` (in the region, if one is given).

    Account numbers are unique only within a region: without a region there may be
    several.
    """
    found = session.execute(
        text(
            "SELECT id FROM account WHERE number = :number"
            " AND (CAST(:region AS integer) IS NULL OR region_id = :region) ORDER BY region_id"
        ),
        {"region": region_id, "number": number.strip()},
    ).scalars()
    return tuple(int(value) for value in found)


_HEADER = text(f"""
    SELECT a.id, a.number, a.region_id, r.name AS region_name, a.status,
           {CUSTOMER_NAME_SQL} AS customer,
           {ADDRESS_SQL} AS address
    FROM account a JOIN region r ON r.id = a.region_id JOIN customer c ON c.id = a.customer_id
    WHERE a.id = :account
""")

_METERS = text("""
    SELECT m.id, m.serial_number, m.model, m.digits, m.zones, m.installed_on, m.removed_on,
           m.calibration_due,
           (SELECT max(id) FROM reading WHERE meter_id = m.id) AS last_reading_id
    FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id
    WHERE mp.account_id = :account
    ORDER BY m.removed_on IS NOT NULL, m.installed_on DESC, m.id
""")

_READINGS = text("""
    SELECT r.id, r.meter_id, r.zone, r.value, r.taken_on, r.source
    FROM reading r
    WHERE r.meter_id = ANY(:meters)
      AND NOT EXISTS (SELECT FROM reading c WHERE c.corrects_id = r.id)
    ORDER BY r.taken_on, r.id
""")

_TARIFFS = text("""
    SELECT zones, zone, rate, valid_from, valid_to FROM tariff
    WHERE region_id = :region ORDER BY valid_from
""")


def load_header(session: Session, account_id: int) -> AccountHeader | None:
    """The account's heading, or ``None`` if there is no such account."""
    row = session.execute(_HEADER, {"account": account_id}).one_or_none()
    if row is None:
        return None
    return AccountHeader(
        int(row.id),
        str(row.number),
        int(row.region_id),
        str(row.region_name),
        str(row.customer),
        str(row.address),
        str(row.status),
    )


def load_reading_form(session: Session, account_id: int) -> ReadingForm | None:
    """The account with its meters, their effective readings and the region's tariffs."""
    header = load_header(session, account_id)
    if header is None:
        return None
    meter_rows = session.execute(_METERS, {"account": account_id}).all()
    by_meter: dict[int, list[ZoneReading]] = defaultdict(list)
    for row in session.execute(_READINGS, {"meters": [int(m.id) for m in meter_rows]}):
        by_meter[int(row.meter_id)].append(
            ZoneReading(int(row.id), str(row.zone), row.value, row.taken_on, str(row.source))
        )
    tariffs: dict[tuple[int, str], list[TariffPeriod]] = defaultdict(list)
    for row in session.execute(_TARIFFS, {"region": header.region_id}):
        tariffs[(int(row.zones), str(row.zone))].append(
            TariffPeriod(row.rate, row.valid_from, row.valid_to)
        )
    meters = tuple(
        _meter_form(row, header.region_id, account_id, by_meter[int(row.id)], tariffs)
        for row in meter_rows
    )
    return ReadingForm(header, meters, acceptance_window(session, header.region_id))


def _meter_form(
    row: Row[Any],
    region_id: int,
    account_id: int,
    readings: list[ZoneReading],
    tariffs: Mapping[tuple[int, str], list[TariffPeriod]],
) -> MeterForm:
    info = MeterInfo(
        digits=int(row.digits),
        zone_count=int(row.zones),
        installed_on=row.installed_on,
        removed_on=row.removed_on,
        calibration_due=row.calibration_due,
    )
    history: dict[str, list[PastReading]] = defaultdict(list)
    for reading in readings:
        history[reading.zone].append(PastReading(reading.value, reading.taken_on, reading.source))
    context = MeterContext(info, {zone: tuple(items) for zone, items in history.items()})
    recent = {
        zone: tuple(r for r in reversed(readings) if r.zone == zone)[:RECENT_READINGS]
        for zone in info.zones
    }
    baseline_ids: dict[str, int] = {}
    for zone in info.zones:
        baseline = context.baseline(zone)
        if baseline is not None:
            baseline_ids[zone] = next(
                r.id
                for r in reversed(readings)
                if r.zone == zone and r.taken_on == baseline.taken_on
            )
    last_id = row.last_reading_id
    return MeterForm(
        id=int(row.id),
        serial_number=str(row.serial_number),
        model=str(row.model),
        region_id=region_id,
        account_id=account_id,
        last_reading_id=int(last_id) if last_id is not None else None,
        context=context,
        recent=recent,
        baseline_ids=baseline_ids,
        tariffs={zone: tuple(tariffs.get((info.zone_count, zone), ())) for zone in info.zones},
    )


@dataclass(frozen=True, slots=True)
class HistoryRow:
    """One stored reading as the history lists it."""

    id: int
    meter_serial: str
    zone: str
    value: Decimal
    taken_on: date
    source: str
    entered_by: str
    entered_at: datetime
    reason: str | None
    corrects_id: int | None
    superseded: bool
    rollover: bool
    receipt_number: str | None
    """The bill this reading formed, if it formed one."""

    @property
    def estimated(self) -> bool:
        """True for the supplier's calculated readings."""
        return self.source == "estimated"


_HISTORY = text("""
    SELECT r.id, m.serial_number, r.zone, r.value, r.taken_on, r.source, r.entered_by,
           r.entered_at, r.reason, r.corrects_id, r.rollover,
           EXISTS (SELECT FROM reading c WHERE c.corrects_id = r.id) AS superseded,
           (SELECT b.receipt_number FROM bill_line bl JOIN bill b ON b.id = bl.bill_id
             WHERE bl.current_reading_id = r.id AND bl.kind = 'electricity'
             ORDER BY bl.id LIMIT 1) AS receipt_number
    FROM reading r
    JOIN meter m ON m.id = r.meter_id
    JOIN metering_point mp ON mp.id = m.metering_point_id
    WHERE mp.account_id = :account
      AND (CAST(:since AS date) IS NULL OR r.taken_on >= :since)
      AND (CAST(:until AS date) IS NULL OR r.taken_on <= :until)
    ORDER BY r.taken_on DESC, m.serial_number, r.zone, r.id DESC
""")


def load_history(
    session: Session, account_id: int, since: date | None = None, until: date | None = None
) -> tuple[HistoryRow, ...]:
    """Every reading of the account's meters between ``since`` and ``until``, newest first."""
    rows = session.execute(_HISTORY, {"account": account_id, "since": since, "until": until})
    return tuple(
        HistoryRow(
            id=int(row.id),
            meter_serial=str(row.serial_number),
            zone=str(row.zone),
            value=row.value,
            taken_on=row.taken_on,
            source=str(row.source),
            entered_by=str(row.entered_by),
            entered_at=row.entered_at,
            reason=row.reason,
            corrects_id=row.corrects_id,
            superseded=bool(row.superseded),
            rollover=bool(row.rollover),
            receipt_number=row.receipt_number,
        )
        for row in rows
    )


@dataclass(frozen=True, slots=True)
class ReadingToCorrect:
    """A stored reading a supervisor is about to correct, and where its meter is."""

    zone: str
    value: Decimal
    taken_on: date
    meter_id: int
    account_id: int


def reading_to_correct(session: Session, reading_id: int) -> ReadingToCorrect | None:
    """The reading ``reading_id`` with its meter and account, or ``None``."""
    return one_as(
        session,
        ReadingToCorrect,
        "SELECT r.zone, r.value, r.taken_on, r.meter_id, mp.account_id FROM billing.reading r"
        " JOIN billing.meter m ON m.id = r.meter_id"
        " JOIN billing.metering_point mp ON mp.id = m.metering_point_id WHERE r.id = :id",
        {"id": reading_id},
    )


@dataclass(frozen=True, slots=True)
class CorrectionTarget:
    """A stored reading a supervisor is about to correct, with its meter's context."""

    reading_id: int
    zone: str
    value: Decimal
    taken_on: date
    meter: MeterForm


def load_correction_target(session: Session, reading_id: int) -> CorrectionTarget | None:
    """The reading with its meter's current context, or ``None`` if there is none."""
    row = reading_to_correct(session, reading_id)
    if row is None:
        return None
    form = load_reading_form(session, row.account_id)
    assert form is not None
    meter = next(m for m in form.meters if m.id == row.meter_id)
    return CorrectionTarget(reading_id, row.zone, row.value, row.taken_on, meter)


@dataclass(frozen=True, slots=True)
class RecalculationCredit:
    """An estimated line a new actual reading credits (ПП 354 п. 61): negative kWh and
    money, with the estimated reading it replaces."""

    estimated_value: Decimal
    estimated_on: date
    kwh: Decimal
    rate: Decimal
    amount: Decimal


@dataclass(frozen=True, slots=True)
class ZonePrice:
    """One zone of a reading as the database prices it (``billing.price_reading``)."""

    zone: str
    base_value: Decimal | None
    base_on: date | None
    consumption: Decimal | None
    """``None`` for a zone's first reading (nothing to bill)."""
    rollover: bool
    parts: tuple[ChargePart, ...]
    credits: tuple[RecalculationCredit, ...]
    amount: Decimal


@dataclass(frozen=True, slots=True)
class PricedReading:
    """Every priced zone of a reading and the bill's total."""

    zones: Mapping[str, ZonePrice]
    total: Decimal


_PRICE = text(
    "SELECT billing.price_reading(:meter, :taken_on, CAST(:values AS jsonb),"
    " CAST(:rollover AS text[]))"
)


def price_reading(
    session: Session,
    meter_id: int,
    taken_on: date,
    values: Mapping[str, Decimal],
    rollover: frozenset[str] = frozenset(),
) -> PricedReading:
    """What the database would bill for these values (the one pricing authority)."""
    payload = session.execute(
        _PRICE,
        {
            "meter": meter_id,
            "taken_on": taken_on,
            "values": json.dumps({zone: str(value) for zone, value in values.items()}),
            "rollover": sorted(rollover),
        },
    ).scalar_one()
    zones = {str(zone): _zone_price(item) for zone, item in payload["zones"].items()}
    return PricedReading(zones, Decimal(payload["total"]))


def _zone_price(item: Mapping[str, Any]) -> ZonePrice:
    def number(key: str) -> Decimal | None:
        value = item.get(key)
        return Decimal(str(value)) if value is not None else None

    parts = tuple(
        ChargePart(
            date.fromisoformat(p["start"]),
            date.fromisoformat(p["end"]),
            Decimal(p["kwh"]),
            Decimal(p["rate"]),
            Decimal(p["amount"]),
        )
        for p in item["parts"]
    )
    credits = tuple(
        RecalculationCredit(
            Decimal(c["value"]),
            date.fromisoformat(c["taken_on"]),
            Decimal(c["kwh"]),
            Decimal(c["rate"]),
            Decimal(c["amount"]),
        )
        for c in item["credits"]
    )
    base_on = item.get("base_on")
    return ZonePrice(
        zone=str(item["zone"]),
        base_value=number("base_value"),
        base_on=date.fromisoformat(base_on) if base_on else None,
        consumption=number("consumption"),
        rollover=bool(item.get("rollover")),
        parts=parts,
        credits=credits,
        amount=Decimal(str(item["amount"])),
    )
