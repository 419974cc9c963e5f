"""Reading entry as named operations: calculate, confirm (forms the bill), correct.

The database is the one pricing authority: «Calculate» shows what
``billing.price_reading`` says (consumption per zone split at tariff changes, and the
recalculation of estimates an actual reading replaces); ``billing.confirm_readings``
re-checks the hard rules with the meter row locked, prices the reading itself and takes
from the console only the total it showed, to refuse if the price changed in between.
The checks of :mod:`models.domain.reading_checks` run here first, without the database.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from models.changes import Change
from models.domain.consumption import ChargePart, rollover_candidate
from models.domain.date_format import format_date
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.domain.reading_checks import (
    DATE_FIELD,
    PastReading,
    ReadingCheckResult,
    ReadingCheckSettings,
    ReadingEntry,
    billing_period_for,
    check_reading_entry,
    value_field,
)
from models.domain.text import validate_text
from models.operations.call import Refusals, call_value, refusal_of
from models.queries.readings import (
    CorrectionTarget,
    MeterForm,
    RecalculationCredit,
    price_reading,
)

CONFLICT_CODES = frozenset({"reading.stale", "reading.already_corrected", "reading.price_changed"})
"""Codes the database raises when another operator got there first."""


@dataclass(frozen=True, slots=True)
class ZoneCharge:
    """One zone of a calculation: the previous reading, the kWh and their price."""

    zone: str
    previous: PastReading | None
    value: Decimal | None
    consumption: Decimal | None
    rollover: bool
    parts: tuple[ChargePart, ...]
    credits: tuple[RecalculationCredit, ...] = ()
    """Estimated lines this actual reading credits («Перерасчёт»)."""

    @property
    def amount(self) -> Decimal:
        """What the zone costs, in roubles (net of the recalculation credits)."""
        return sum((p.amount for p in self.parts), Decimal(0)) + sum(
            (c.amount for c in self.credits), Decimal(0)
        )


@dataclass(frozen=True, slots=True)
class Calculation:
    """The checks and the price of an entry, as «Calculate» shows them."""

    result: ReadingCheckResult
    billing_period: date
    charges: tuple[ZoneCharge, ...]

    @property
    def total(self) -> Decimal:
        """The amount of the bill the entry would form."""
        return sum((charge.amount for charge in self.charges), Decimal(0))

    @property
    def blocking(self) -> tuple[Problem, ...]:
        """What still stops «Confirm»: errors, warnings not accepted, a missing reason."""
        problems = [*self.result.errors, *self.result.unconfirmed_warnings]
        if self.result.reason_missing:
            problems.append(Problem.error("reading.reason_required", "reason"))
        return tuple(problems)


def check_entry(
    meter: MeterForm, entry: ReadingEntry, today: date, settings: ReadingCheckSettings
) -> Calculation:
    """Check ``entry`` without the database; the charges are left for :func:`calculate`."""
    problems = check_reading_entry(entry, meter.context, today, settings)
    return Calculation(
        ReadingCheckResult.of(entry, problems), billing_period_for(today, settings), ()
    )


def rollover_zones(meter: MeterForm, entry: ReadingEntry) -> frozenset[str]:
    """Zones whose value is below the previous one by a rollover the register allows."""
    digits = meter.context.meter.digits
    zones = set()
    for zone in meter.zones:
        value, previous = entry.values.get(zone), meter.context.baseline(zone)
        if (
            value is not None
            and previous is not None
            and value < previous.value
            and rollover_candidate(previous.value, value, digits) is not None
        ):
            zones.add(zone)
    return frozenset(zones)


def calculate(
    session: Session,
    meter: MeterForm,
    entry: ReadingEntry,
    today: date,
    settings: ReadingCheckSettings,
) -> Calculation:
    """Check ``entry`` and let the database price each zone (``billing.price_reading``).

    A value below the previous one that a rollover explains is priced as the rollover
    (so the operator sees what confirming it would cost).
    """
    checked = check_entry(meter, entry, today, settings)
    if checked.result.errors:
        return checked
    values = {zone: value for zone, value in entry.values.items() if value is not None}
    try:
        priced = price_reading(
            session, meter.id, entry.taken_on, values, rollover_zones(meter, entry)
        )
    except DBAPIError as error:
        session.rollback()
        problem = refusal_of(error, REFUSALS, _hints(meter, entry))
        if not isinstance(problem, ValidationFailed):
            raise problem or error from error
        problems = [*checked.result.problems, *_with_zone(problem).problems]
        return Calculation(ReadingCheckResult.of(entry, problems), checked.billing_period, ())
    session.rollback()  # read only: end the transaction
    charges = tuple(
        ZoneCharge(
            zone,
            meter.context.baseline(zone),
            entry.values.get(zone),
            price.consumption,
            price.rollover,
            price.parts,
            price.credits,
        )
        for zone, price in sorted(priced.zones.items())
    )
    return Calculation(checked.result, checked.billing_period, charges)


@dataclass(frozen=True, slots=True)
class ConfirmedReadings:
    """What «Confirm» wrote: the readings and the bill they formed (if any)."""

    reading_ids: dict[str, int]
    bill_id: int | None
    receipt_number: str | None
    amount: Decimal | None
    billing_period: date | None
    supplementary: bool
    """The period already had a bill: this one adds to it."""
    replayed: bool
    """A retry: the first attempt had already saved everything."""


def _result(payload: dict[str, object]) -> ConfirmedReadings:
    readings = payload.get("readings") or {}
    assert isinstance(readings, dict)
    amount = payload.get("amount")
    period = payload.get("billing_period")
    bill_id = payload.get("bill_id")
    return ConfirmedReadings(
        reading_ids={str(k): int(v) for k, v in readings.items()},
        bill_id=int(str(bill_id)) if bill_id is not None else None,
        receipt_number=str(payload["receipt_number"]) if payload.get("receipt_number") else None,
        amount=Decimal(str(amount)) if amount is not None else None,
        billing_period=date.fromisoformat(str(period)) if period else None,
        supplementary=payload.get("corrects_bill_id") is not None,
        replayed=bool(payload.get("replayed")),
    )


REFUSALS = Refusals(
    {"reading.*": None},
    conflicts=CONFLICT_CODES,
    hint_names={
        "reading.no_tariff": ("day",),
        "reading.period_closed": ("period", "open_period"),
        "reading.period_not_open": ("period", "open_period"),
    },
)
"""Refusals of the reading functions: the field comes in the error's DETAIL."""


def _with_zone(refusal: ValidationFailed) -> ValidationFailed:
    """A zone's value field (``value_T1``) names its zone in the message too."""
    problems = []
    for problem in refusal.problems:
        field = problem.field or ""
        if field.startswith(value_field("")):
            params = {**problem.params, "zone": field.removeprefix(value_field(""))}
            problem = Problem.error(problem.code, problem.field, **params)
        problems.append(problem)
    return ValidationFailed(problems)


def _call(
    session: Session,
    sql: str,
    params: dict[str, object],
    hints: dict[str, object],
    account_id: int,
) -> dict[str, object]:
    """Call a reading function; the change names the account (its readings and bill)."""

    def changes(payload: object) -> tuple[Change, ...]:
        formed = isinstance(payload, dict) and payload.get("bill_id") is not None
        tables = ("reading", "bill") if formed else ("reading",)
        return tuple(Change.of(table, accounts=[account_id]) for table in tables)

    try:
        payload = call_value(
            session, sql, params, refusals=REFUSALS, context=hints, changes=changes
        )
    except ValidationFailed as refusal:
        raise _with_zone(refusal) from refusal.__cause__
    assert isinstance(payload, dict)
    return payload


def confirm_readings(
    session: Session,
    meter: MeterForm,
    entry: ReadingEntry,
    today: date,
    settings: ReadingCheckSettings,
    idempotency_key: uuid.UUID,
    expected_total: Decimal | None = None,
) -> ConfirmedReadings:
    """Save the entry's readings (source operator) and form the bill, in one transaction;
    the database prices it.

    ``expected_total`` is the total «Calculate» showed: if the database now prices the
    entry differently (a tariff or an estimate changed in between) nothing is written and
    :class:`~models.operations.call.Conflict` ``reading.price_changed`` is raised. Raises
    :class:`ValidationFailed` while the checks still block (nothing written),
    :class:`~models.operations.call.Conflict` when another operator saved a reading for the
    meter since ``meter`` was loaded. A retry with the same key returns the first result.
    """
    calculation = check_entry(meter, entry, today, settings)
    if calculation.blocking:
        raise ValidationFailed(calculation.blocking)
    raise_if_errors(validate_text(entry.reason, "reason", "reason"))
    rollover = sorted(rollover_zones(meter, entry))
    params: dict[str, object] = {
        "meter": meter.id,
        "taken_on": entry.taken_on,
        "values": json.dumps({z: str(v) for z, v in entry.values.items() if v is not None}),
        "rollover": rollover,
        "reason": entry.reason.strip() or None,
        "expected": meter.last_reading_id,
        "period": calculation.billing_period,
        "expected_total": expected_total,
        "key": idempotency_key,
    }
    payload = _call(
        session,
        "SELECT billing.confirm_readings(:meter, :taken_on, CAST(:values AS jsonb),"
        " CAST(:rollover AS text[]), :reason, :expected, :period,"
        " CAST(:expected_total AS numeric), :key)",
        params,
        _hints(meter, entry),
        meter.account_id,
    )
    return _result(payload)


def _hints(meter: MeterForm, entry: ReadingEntry) -> dict[str, object]:
    """Values the texts of database refusals quote."""
    info = meter.context.meter
    return {
        "taken_on": format_date(entry.taken_on),
        "installed_on": format_date(info.installed_on),
        "removed_on": format_date(info.removed_on) if info.removed_on else "",
        "digits": info.digits,
        "max": 3,
        "previous_on": "",
        "previous": "",
    }


def correct_reading(
    session: Session,
    target: CorrectionTarget,
    new_value: Decimal,
    reason: str,
    idempotency_key: uuid.UUID,
) -> ConfirmedReadings:
    """Correct a wrong reading by a new one with a reason (supervisors only); the bill it
    formed is re-formed as a correction bill carrying the difference."""
    if not reason.strip():
        raise ValidationFailed([Problem.error("reading.reason_required", "reason")])
    raise_if_errors(validate_text(reason, "reason", "reason"))
    meter = target.meter
    digits = meter.context.meter.digits
    earlier = [r for r in meter.context.readings(target.zone) if r.taken_on < target.taken_on]
    actual = [r for r in earlier if not r.is_estimated]
    candidates = actual or earlier
    base = candidates[-1] if candidates else None
    rollover = False
    if base is not None:
        rollover = new_value < base.value and (
            rollover_candidate(base.value, new_value, digits) is not None
        )
        if new_value < base.value and not rollover:
            raise ValidationFailed(
                [Problem.error("reading.below_previous", "value", previous=str(base.value))]
            )
    payload = _call(
        session,
        "SELECT billing.correct_reading(:reading, :value, :rollover, :reason,"
        " CAST(:expected_total AS numeric), :key)",
        {
            "reading": target.reading_id,
            "value": new_value,
            "rollover": rollover,
            "reason": reason.strip(),
            "expected_total": None,
            "key": idempotency_key,
        },
        {"digits": digits, "max": 3, "previous": ""},
        meter.account_id,
    )
    return _result(payload)


__all__ = [
    "DATE_FIELD",
    "Calculation",
    "ConfirmedReadings",
    "ZoneCharge",
    "calculate",
    "check_entry",
    "confirm_readings",
    "correct_reading",
    "rollover_zones",
]
