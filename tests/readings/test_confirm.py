"""Confirming readings forms the bill: amounts, receipt numbers, who, idempotency."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

from console.services.readings import calculate, confirm_readings
from console.tasks import ErrorKind, classify_error
from models import clock
from models.domain.problems import ValidationFailed
from models.domain.reading_checks import ReadingCheckSettings, ReadingEntry
from tests.readings.conftest import MeterFactory, OperatorFactory, new_account
from tests.readings.helpers import SETTINGS, confirm, count, meter_of


def test_confirm_saves_operator_readings_and_forms_the_bill(operator: OperatorFactory) -> None:
    name, sessions = operator("billing_agent")
    with sessions() as session:
        # Account 1: three-zone meter, previous readings 13 352 / 13 926 / 15 097 on 25.10.2026.
        done = confirm(session, 1, {"T1": "13400", "T2": "13990", "T3": "15200"})
    # Rates of region 2 since 01.07.2026: T1 10,7578; T2 4,5514; T3 8,2752.
    # 48 x 10,7578 = 516,3744 -> 516,37; 64 x 4,5514 = 291,2896 -> 291,29;
    # 103 x 8,2752 = 852,3456 -> 852,35; total 1 660,01.
    assert done.amount == Decimal("1660.01")
    assert done.billing_period == clock.today().replace(day=1)
    assert done.receipt_number is not None
    assert done.receipt_number.startswith(f"R{clock.today():%Y%m}")
    assert int(done.receipt_number[7:]) >= 500_000_000
    assert not done.supplementary
    assert not done.replayed
    with sessions() as session:
        lines = session.execute(
            text(
                "SELECT zone, quantity, rate, amount, description, previous_reading_id,"
                " current_reading_id FROM bill_line WHERE bill_id = :b ORDER BY zone"
            ),
            {"b": done.bill_id},
        ).all()
        assert [(z, q, a) for z, q, _r, a, *_ in lines] == [
            ("T1", Decimal("48.000"), Decimal("516.37")),
            ("T2", Decimal("64.000"), Decimal("291.29")),
            ("T3", Decimal("103.000"), Decimal("852.35")),
        ]
        assert lines[0].description == "Электроэнергия, пик"
        previous = (
            session.execute(
                text(
                    "SELECT DISTINCT ON (zone) id FROM reading WHERE meter_id = 1"
                    " AND taken_on < :d ORDER BY zone, taken_on DESC"
                ),
                {"d": clock.today()},
            )
            .scalars()
            .all()
        )
        assert [line.previous_reading_id for line in lines] == list(previous)
        assert [line.current_reading_id for line in lines] == [
            done.reading_ids[z] for z in ("T1", "T2", "T3")
        ]
        readings = session.execute(
            text("SELECT source, entered_by FROM reading WHERE id = ANY(:ids)"),
            {"ids": list(done.reading_ids.values())},
        ).all()
        assert set(readings) == {("operator", name)}
        bill = session.execute(
            text("SELECT formed_by, amount, corrects_bill_id FROM bill WHERE id = :b"),
            {"b": done.bill_id},
        ).one()
        assert bill == (name, Decimal("1660.01"), None)


def test_consumption_is_split_at_the_tariff_change(
    engine: Engine, make_meter: MeterFactory, operator: OperatorFactory
) -> None:
    account = new_account(engine, region_id=1)
    make_meter(
        account,
        history={date(2026, 5, 20): {"T1": Decimal(100)}, date(2026, 6, 20): {"T1": Decimal(250)}},
    )
    _, sessions = operator("billing_agent")
    with sessions() as session:
        # 20.06 -> 11.07: 63 kWh over 21 days, 11 days (33 kWh) at the old rate and
        # 10 days (30 kWh) at the new one.
        done = confirm(session, account, {"T1": "313"}, taken_on=date(2026, 7, 11))
        old, new = (
            session.execute(
                text(
                    "SELECT rate FROM tariff WHERE region_id = 1 AND zones = 1 AND zone = 'T1'"
                    " AND valid_from = :d"
                ),
                {"d": day},
            ).scalar_one()
            for day in (date(2025, 7, 1), date(2026, 7, 1))
        )
        lines = session.execute(
            text(
                "SELECT quantity, rate, amount, description FROM bill_line WHERE bill_id = :b"
                " ORDER BY id"
            ),
            {"b": done.bill_id},
        ).all()
    assert [(q, r) for q, r, _a, _d in lines] == [
        (Decimal("33.000"), old),
        (Decimal("30.000"), new),
    ]
    assert [a for _q, _r, a, _d in lines] == [
        (Decimal(33) * old).quantize(Decimal("0.01")),
        (Decimal(30) * new).quantize(Decimal("0.01")),
    ]
    assert lines[1].description == "Электроэнергия (с 01.07.2026)"
    assert done.amount == sum(a for _q, _r, a, _d in lines)


def test_a_retry_with_the_same_key_forms_one_bill(operator: OperatorFactory) -> None:
    _, sessions = operator("billing_agent")
    key = uuid.uuid4()
    with sessions() as session:
        meter = meter_of(session, 1)
        entry = ReadingEntry(
            clock.today(), {"T1": Decimal(13400), "T2": Decimal(13990), "T3": Decimal(15200)}
        )
        first = confirm_readings(session, meter, entry, clock.today(), SETTINGS, key)
        # A double click sends the same request with the form's stale state again.
        second = confirm_readings(session, meter, entry, clock.today(), SETTINGS, key)
        assert second.replayed
        assert not first.replayed
        assert (second.bill_id, second.receipt_number, second.reading_ids) == (
            first.bill_id,
            first.receipt_number,
            first.reading_ids,
        )
        assert (
            count(
                session,
                "SELECT count(*) FROM bill WHERE account_id = 1 AND billing_period = '2026-11-01'",
            )
            == 1
        )
        assert (
            count(
                session,
                "SELECT count(*) FROM reading WHERE meter_id = 1 AND taken_on = :d",
                d=clock.today(),
            )
            == 3
        )


def test_a_second_reading_in_the_period_forms_a_supplementary_bill(
    operator: OperatorFactory,
) -> None:
    _, sessions = operator("billing_agent")
    with sessions() as session:
        first = confirm(
            session, 1, {"T1": "13400", "T2": "13990", "T3": "15200"}, taken_on=date(2026, 11, 20)
        )
        second = confirm(session, 1, {"T1": "13410", "T2": "14000", "T3": "15210"})
    assert second.supplementary
    assert second.bill_id != first.bill_id
    # 10 kWh per zone over 3 days since the first reading.
    assert second.amount == Decimal("107.58") + Decimal("45.51") + Decimal("82.75")


def test_the_first_reading_of_a_new_meter_forms_no_bill(
    engine: Engine, make_meter: MeterFactory, operator: OperatorFactory
) -> None:
    account = new_account(engine)
    make_meter(account, installed_on=date(2026, 11, 1))
    _, sessions = operator("billing_agent")
    with sessions() as session:
        done = confirm(session, account, {"T1": "12.5"})
    assert done.bill_id is None
    assert set(done.reading_ids) == {"T1"}


def test_a_cashier_may_not_confirm_readings(operator: OperatorFactory) -> None:
    _, sessions = operator("billing_cashier")
    with sessions() as session, pytest.raises(DBAPIError) as raised:
        confirm(session, 1, {"T1": "13400", "T2": "13990", "T3": "15200"})
    assert classify_error(raised.value).kind is ErrorKind.PERMISSION


def test_the_acceptance_window_moves_a_late_reading_to_the_next_period(
    operator: OperatorFactory, engine: Engine
) -> None:
    settings = ReadingCheckSettings(window_first_day=15, window_last_day=20)
    with engine.begin() as connection:  # the database's window, which confirm_readings checks
        connection.execute(
            text("UPDATE billing_settings SET window_first_day = 15, window_last_day = 20")
        )
    _, sessions = operator("billing_agent")
    with sessions() as session:
        meter = meter_of(session, 1)
        entry = ReadingEntry(
            clock.today(), {"T1": Decimal(13400), "T2": Decimal(13990), "T3": Decimal(15200)}
        )
        calculation = calculate(session, meter, entry, clock.today(), settings)
        assert [p.code for p in calculation.result.notices] == ["reading.outside_window"]
        next_period = (clock.today().replace(day=28) + timedelta(days=4)).replace(day=1)
        assert calculation.result.notices[0].params["period"] == f"{next_period:%Y-%m}"
        assert calculation.result.can_confirm  # a notice needs no confirmation
        done = confirm_readings(session, meter, entry, clock.today(), settings, uuid.uuid4())
    assert done.billing_period == next_period


def test_a_warning_needs_confirmation_and_its_reason_is_stored(operator: OperatorFactory) -> None:
    _, sessions = operator("billing_agent")
    values = {"T1": "15000", "T2": "13990", "T3": "15200"}  # T1: 1 648 kWh in 29 days
    with sessions() as session:
        with pytest.raises(ValidationFailed) as refused:
            confirm(session, 1, values)
        assert "reading.implausible_consumption" in [p.code for p in refused.value.problems]
        warning = next(
            p for p in refused.value.problems if p.code == "reading.implausible_consumption"
        )
        with pytest.raises(ValidationFailed) as no_reason:
            confirm(
                session, 1, values, accepted_warnings=frozenset({(warning.code, warning.field)})
            )
        assert [p.code for p in no_reason.value.problems] == ["reading.reason_required"]
        done = confirm(
            session,
            1,
            values,
            accepted_warnings=frozenset({(warning.code, warning.field)}),
            reason="Абонент включал обогреватель, подтвердил по телефону",
        )
        reasons = (
            session.execute(
                text("SELECT DISTINCT reason FROM reading WHERE id = ANY(:ids)"),
                {"ids": list(done.reading_ids.values())},
            )
            .scalars()
            .all()
        )
    assert reasons == ["Абонент включал обогреватель, подтвердил по телефону"]


def test_a_plausible_rollover_is_offered_and_billed_once_confirmed(
    engine: Engine, make_meter: MeterFactory, operator: OperatorFactory
) -> None:
    account = new_account(engine)
    make_meter(
        account,
        history={
            date(2026, 8, 20): {"T1": Decimal(99_700)},
            date(2026, 9, 20): {"T1": Decimal(99_800)},
            date(2026, 10, 20): {"T1": Decimal(99_900)},
        },
    )
    _, sessions = operator("billing_agent")
    with sessions() as session:
        with pytest.raises(ValidationFailed) as refused:
            confirm(session, account, {"T1": "50"}, taken_on=date(2026, 11, 20))
        rollover = refused.value.problems[0]
        assert rollover.code == "reading.rollover"
        assert rollover.params["consumption"] == "150"
        done = confirm(
            session,
            account,
            {"T1": "50"},
            taken_on=date(2026, 11, 20),
            rollover_accepted=frozenset({"T1"}),
        )
        quantity, flag = session.execute(
            text(
                "SELECT bl.quantity, r.rollover FROM bill_line bl"
                " JOIN reading r ON r.id = bl.current_reading_id WHERE bl.bill_id = :b"
            ),
            {"b": done.bill_id},
        ).one()
    assert quantity == Decimal("150.000")
    assert flag is True
    with sessions() as session, pytest.raises(ValidationFailed) as implausible:
        # 100 000 - 99 900 + 5 000: far too much for a rollover: refused outright.
        confirm(session, account, {"T1": "40"}, taken_on=date(2026, 11, 21))
    assert implausible.value.problems[0].code == "reading.below_previous"
