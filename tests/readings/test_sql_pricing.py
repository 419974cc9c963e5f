"""SQL is the one pricing authority (issue 12): the database prices every reading, splits
it at tariff changes, recalculates estimates an actual reading replaces, and ignores
whatever prices a client would send. Expected money is computed by hand."""

from __future__ import annotations

import json
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError, ProgrammingError
from sqlalchemy.orm import Session

from console.services.readings import calculate
from models import clock
from models.domain.reading_checks import ReadingEntry
from tests.readings.conftest import MeterFactory, OperatorFactory, new_account
from tests.readings.helpers import SETTINGS, confirm, meter_of

CALL = text(
    "SELECT billing.confirm_readings(:meter, :taken_on, CAST(:values AS jsonb), ARRAY[]::text[],"
    " NULL, :expected, :period, CAST(:total AS numeric), gen_random_uuid())"
)


def _lines(session: Session, bill_id: int) -> list[tuple[str, Decimal, Decimal, Decimal, str]]:
    rows = session.execute(
        text(
            "SELECT kind, quantity, rate, amount, description FROM bill_line"
            " WHERE bill_id = :b ORDER BY id"
        ),
        {"b": bill_id},
    )
    return [(r.kind, r.quantity, r.rate, r.amount, r.description) for r in rows]


def test_estimated_then_actual_bills_a_net_100_kwh(
    engine: Engine, operator: OperatorFactory
) -> None:
    # Demo meter 10 (account 10, region 1, 5.8924 ₽/kWh since 01.07.2026): last actual
    # reading 17 514 on 24.09.2026, estimated 17 725 on 22.10.2026 billed 211 kWh
    # (1 243.30 ₽). A real 17 825 now: 311 kWh since the actual reading, less the 211
    # estimated: 100 kWh net.
    _, sessions = operator("billing_agent")
    with sessions() as session:
        meter = meter_of(session, 10)
        entry = ReadingEntry(clock.today(), {"T1": Decimal("17825")})
        shown = calculate(session, meter, entry, clock.today(), SETTINGS)
        assert shown.total == Decimal("589.24")
        (charge,) = shown.charges
        assert charge.consumption == Decimal("311")
        assert [c.kwh for c in charge.credits] == [Decimal("-211")]
        done = confirm(session, 10, {"T1": "17825"})
        assert done.bill_id is not None
        lines = _lines(session, done.bill_id)
        # 311 x 5.8924 = 1 832.5364 -> 1 832.54; the credit repeats the estimated line.
        assert [(k, q, r, a) for k, q, r, a, _ in lines] == [
            ("electricity", Decimal("311"), Decimal("5.8924"), Decimal("1832.54")),
            ("recalculation", Decimal("-211"), Decimal("5.8924"), Decimal("-1243.30")),
        ]
        assert "Перерасчёт" in lines[1][4]
        assert "17725" in lines[1][4]
        assert "22.10.2026" in lines[1][4]
        assert "п. 61" in lines[1][4]
        assert done.amount == Decimal("589.24")
        assert sum(q for _, q, *_ in lines) == Decimal("100")
    # The estimate is credited once: a later actual reading credits nothing more.
    with engine.connect() as connection:
        credits = connection.execute(
            text("SELECT billing.zone_charge(10, 'T1', billing.today() + 30, 17900, false)")
        ).scalar_one()["credits"]
    assert credits == []


def _region2_meter(engine: Engine, make_meter: MeterFactory) -> int:
    # Region 2, one zone: 7.5920 ₽/kWh until 30.06.2026, 8.2752 from 01.07.2026.
    account = new_account(engine, region_id=2)
    return make_meter(account, history={date(2026, 6, 20): {"T1": Decimal("1000")}})


def test_a_crafted_price_is_refused_and_the_database_prices_the_split(
    engine: Engine, make_meter: MeterFactory, operator: OperatorFactory
) -> None:
    meter = _region2_meter(engine, make_meter)
    _, sessions = operator("billing_agent")
    with sessions() as session:
        last = session.execute(
            text("SELECT max(id) FROM reading WHERE meter_id = :m"), {"m": meter}
        ).scalar_one()
        # The attack: every kWh on the cheaper tariff, as priced parts. The
        # function no longer takes prices at all.
        crafted = json.dumps(
            {
                "T1": [
                    {
                        "start": "2026-06-20",
                        "end": "2026-07-10",
                        "kwh": "63",
                        "rate": "7.5920",
                        "amount": "478.30",
                    }
                ]
            }
        )
        with pytest.raises(ProgrammingError) as refused:
            session.execute(
                text(
                    "SELECT billing.confirm_readings(:m, DATE '2026-07-10',"
                    ' \'{"T1": "1063"}\'::jsonb, ARRAY[]::text[], NULL, :last,'
                    " DATE '2026-11-01', CAST(:parts AS jsonb), gen_random_uuid())"
                ),
                {"m": meter, "last": last, "parts": crafted},
            )
        assert isinstance(refused.value.orig, psycopg.errors.UndefinedFunction)
        session.rollback()
        params = {
            "meter": meter,
            "taken_on": date(2026, 7, 10),
            "values": '{"T1": "1063"}',
            "expected": last,
            "period": date(2026, 11, 1),
        }
        # Claiming the cheaper total as "the total shown" is a refusal, not a price.
        with pytest.raises(DBAPIError) as changed:
            session.execute(CALL, {**params, "total": Decimal("478.30")})
        assert isinstance(changed.value.orig, psycopg.Error)
        assert changed.value.orig.diag.message_primary == "reading.price_changed"
        session.rollback()
        # 20 days, 11 before the change and 9 after: 63 000 Wh x 11/20 = 34.650 kWh,
        # x 9/20 = 28.350 kWh; 34.65 x 7.5920 = 263.0628 -> 263.06,
        # 28.35 x 8.2752 = 234.60192 -> 234.60; 497.66 in all.
        payload = session.execute(CALL, {**params, "total": None}).scalar_one()
        session.commit()
        assert Decimal(payload["amount"]) == Decimal("497.66")
        assert [(k, q, r, a) for k, q, r, a, _ in _lines(session, payload["bill_id"])] == [
            ("electricity", Decimal("34.650"), Decimal("7.5920"), Decimal("263.06")),
            ("electricity", Decimal("28.350"), Decimal("8.2752"), Decimal("234.60")),
        ]


@settings(
    max_examples=12,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    start=st.dates(date(2025, 9, 1), date(2026, 3, 1)),
    steps=st.lists(st.decimals("0", "900", places=3), min_size=1, max_size=4),
    last=st.tuples(st.integers(5, 70), st.decimals("0", "900", places=3)),
)
def test_kwh_billed_between_two_actual_readings_equal_their_difference(
    engine: Engine,
    make_meter: MeterFactory,
    start: date,
    steps: list[Decimal],
    last: tuple[int, Decimal],
) -> None:
    """Whatever estimates were billed in between (each priced by the database across the
    tariff change of 01.07.2026), the kWh of every line the readings formed add up to
    the difference of the two actual readings."""
    account = new_account(engine, region_id=2)
    meter = make_meter(
        account, installed_on=date(2025, 1, 1), history={start: {"T1": Decimal("100")}}
    )
    day, value = start, Decimal("100")
    with engine.begin() as connection:
        for month, used in enumerate(steps, 1):  # monthly estimates, billed as a run would
            index = start.year * 12 + start.month - 1 + month
            day, value = date(index // 12, index % 12 + 1, 20), value + used
            reading = connection.execute(
                text(
                    "INSERT INTO reading (meter_id, zone, value, taken_on, source, entered_by)"
                    " VALUES (:m, 'T1', :v, :d, 'estimated', 'billing') RETURNING id"
                ),
                {"m": meter, "v": value, "d": day},
            ).scalar_one()
            connection.execute(
                text(
                    "SELECT billing.add_electricity_lines(b.id, 1, 'T1',"
                    " billing.zone_charge(:m, 'T1', :d, :v, false) -> 'parts',"
                    " (SELECT max(id) FROM reading WHERE meter_id = :m AND id < :r), :r)"
                    " FROM billing.new_bill(:a, date_trunc('month', CAST(:d AS date))::date,"
                    " NULL) b"
                ),
                {"m": meter, "d": day, "v": value, "r": reading, "a": account},
            )
    final = value + last[1]
    taken_on = min(day + timedelta(days=last[0]), clock.today())
    if taken_on <= day:
        return
    with engine.begin() as connection:
        expected = connection.execute(
            text("SELECT max(id) FROM reading WHERE meter_id = :m"), {"m": meter}
        ).scalar_one()
        connection.execute(
            CALL,
            {
                "meter": meter,
                "taken_on": taken_on,
                "values": json.dumps({"T1": str(final)}),
                "expected": expected,
                "period": max(taken_on.replace(day=1), clock.today().replace(day=1)),
                "total": None,
            },
        )
        billed = connection.execute(
            text(
                "SELECT sum(bl.quantity) FROM bill_line bl JOIN reading r"
                " ON r.id = bl.current_reading_id WHERE r.meter_id = :m"
            ),
            {"m": meter},
        ).scalar_one()
    assert billed == final - Decimal("100")
