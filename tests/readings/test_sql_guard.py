"""The database re-checks every hard rule: a client that skips the console's checks
(or sends a tampered charge) is refused and nothing is written."""

from __future__ import annotations

import json
import uuid
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.services.readings import confirm_readings
from console.tasks import Conflict, ErrorKind, classify_error
from models import clock
from models.domain.reading_checks import ReadingEntry
from tests.readings.conftest import MeterFactory, OperatorFactory, new_account
from tests.readings.helpers import SETTINGS, confirm, count, meter_of

CALL = text(
    "SELECT billing.confirm_readings(:meter, :taken_on, CAST(:values AS jsonb),"
    " CAST(:rollover AS text[]), NULL, :expected, :period, CAST(:total AS numeric), :key)"
)
# Meter 1 (account 1): 3 zones, 5 digits, installed 16.06.2021, latest readings
# 13 352 / 13 926 / 15 097 on 25.10.2026 (the meter's latest readings).
GOOD_VALUES = {"T1": "13400", "T2": "13990", "T3": "15200"}


# Priced by hand: 48 kWh x 10.7578 = 516.37, 64 x 4.5514 = 291.29, 103 x 8.2752 = 852.35.
GOOD_TOTAL = Decimal("1660.01")


def _latest_reading_id(session: Session, meter_id: int) -> int:
    """The id the form saw as the meter's latest reading (what the function expects)."""
    return int(
        session.execute(
            text("SELECT max(id) FROM reading WHERE meter_id = :m"), {"m": meter_id}
        ).scalar_one()
    )


def _month_start(day: date, months_ahead: int) -> date:
    index = day.year * 12 + day.month - 1 + months_ahead
    return date(index // 12, index % 12 + 1, 1)


def _call(session: Session, **changes: object) -> str:
    params: dict[str, object] = {
        "meter": 1,
        "taken_on": clock.today(),
        "values": GOOD_VALUES,
        "rollover": [],
        "expected": _latest_reading_id(session, 1),
        "period": clock.today().replace(day=1),
        "total": GOOD_TOTAL,
        "key": uuid.uuid4(),
    }
    params.update({k: v(clock.today()) if callable(v) else v for k, v in changes.items()})
    params["values"] = json.dumps(params["values"])
    try:
        session.execute(CALL, params)
        session.commit()
    except DBAPIError as error:
        session.rollback()
        if not isinstance(error.orig, psycopg.Error):
            raise
        return str(error.orig.diag.message_primary)
    return "saved"


@pytest.mark.parametrize(
    ("changes", "code"),
    [
        (
            {"taken_on": lambda today: today + timedelta(days=2)},
            "reading.future_date",
        ),
        ({"taken_on": date(2026, 10, 24)}, "reading.before_previous"),
        ({"taken_on": date(2026, 10, 25)}, "reading.duplicate_date"),
        ({"values": {**GOOD_VALUES, "T1": "100000"}}, "reading.too_many_digits"),
        ({"values": {**GOOD_VALUES, "T1": "13400.0001"}}, "reading.too_many_decimals"),
        ({"values": {"T1": "13400", "T2": "13990"}}, "reading.zone_missing"),
        ({"values": {**GOOD_VALUES, "T1": "13000"}}, "reading.below_previous"),
        ({"values": {**GOOD_VALUES, "T4": "1"}}, "reading.zone_unknown"),
        ({"total": Decimal("1560.01")}, "reading.price_changed"),
        ({"period": lambda today: _month_start(today, 4)}, "reading.billing_period"),
        ({"key": None}, "reading.key_required"),
    ],
)
def test_the_database_refuses_what_the_rules_forbid(
    operator: OperatorFactory, changes: dict[str, object], code: str
) -> None:
    _, sessions = operator("billing_agent")
    with sessions() as session:
        before = count(session, "SELECT count(*) FROM reading")
        bills = count(session, "SELECT count(*) FROM bill")
        assert _call(session, **changes) == code
        assert count(session, "SELECT count(*) FROM reading") == before
        assert count(session, "SELECT count(*) FROM bill") == bills
        assert _call(session) == "saved"  # the same call without the fault goes through


def test_a_stale_form_is_a_conflict(operator: OperatorFactory) -> None:
    _, sessions = operator("billing_agent")
    with sessions() as session:
        assert _call(session, expected=_latest_reading_id(session, 1) - 1) == "reading.stale"


def test_dates_before_installation_and_after_removal_are_refused(
    engine: Engine, make_meter: MeterFactory, operator: OperatorFactory
) -> None:
    account = new_account(engine)
    installed = make_meter(account, installed_on=date(2026, 11, 1))
    removed = make_meter(account, installed_on=date(2025, 1, 1), removed_on=date(2026, 6, 1))
    _, sessions = operator("billing_agent")
    with sessions() as session:
        for meter, taken_on, code in (
            (installed, date(2026, 10, 31), "reading.before_installation"),
            (removed, date(2026, 11, 2), "reading.meter_removed"),
        ):
            assert (
                _call(
                    session,
                    meter=meter,
                    taken_on=taken_on,
                    values={"T1": "5"},
                    expected=None,
                    total=None,
                    period=date(2026, 11, 1),
                )
                == code
            )


def test_the_service_maps_a_stale_form_to_a_conflict(operator: OperatorFactory) -> None:
    _, first = operator("billing_agent")
    _, second = operator("billing_agent")
    with second() as session:
        stale = meter_of(session, 1)  # the second operator opens the form...
    with first() as session:
        confirm(session, 1, GOOD_VALUES, taken_on=date(2026, 11, 20))  # ...the first saves
    entry = ReadingEntry(clock.today(), {z: Decimal(v) + 20 for z, v in GOOD_VALUES.items()})
    with second() as session:
        with pytest.raises(Conflict) as raised:
            confirm_readings(session, stale, entry, clock.today(), SETTINGS, uuid.uuid4())
        assert classify_error(raised.value).kind is ErrorKind.CONFLICT
        assert (
            count(session, "SELECT count(*) FROM reading WHERE taken_on = :d", d=clock.today()) == 0
        )
