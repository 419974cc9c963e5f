"""The monthly billing run (issue 12, ПП 354 пп. 59–60): accounts that gave no reading
are billed the average or the norm, once per period, batch by batch, by supervisors only.
Expected money is computed by hand (tariffs and norms of the TST region: conftest)."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.printing.bill import render_bill
from console.services.billing_run import RunCancelled, default_period, run_billing
from console.services.documents import bill_document
from models.domain.problems import ValidationFailed
from tests.billing_run.conftest import (
    account_in_region,
    bill_of,
    month,
    monthly,
    run,
)
from tests.pause import pause
from tests.printing.pdf_reading import page_texts
from tests.readings.conftest import MeterFactory, OperatorFactory, new_account


@pytest.fixture
def supervisor(operator: OperatorFactory) -> sessionmaker[Session]:
    return operator("billing_supervisor")[1]


def test_six_month_average(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """Readings over 8 months: the average of the last 6 (from P-7 to P-1): 631 kWh / 6
    = 105.167 kWh (rounded to 0.001), × 4.87 = 512.16329 → 512.16 ₽."""
    account = account_in_region(engine)
    history = {
        -8: "900",
        -7: "1000",
        -6: "1100",
        -5: "1200",
        -4: "1300",
        -3: "1400",
        -2: "1500",
        -1: "1631",
    }
    make_meter(
        account,
        installed_on=month(period, -9),
        history=monthly(period, {k: {"T1": v} for k, v in history.items()}),
    )
    summary = run(supervisor, period)
    assert (summary.formed, summary.by_average, summary.by_norm) == (1, 1, 0)
    amount, lines = bill_of(session, account, period)
    assert amount == Decimal("512.16")
    assert lines == [
        (
            "T1",
            Decimal("105.167"),
            Decimal("4.8700"),
            Decimal("512.16"),
            "Электроэнергия — по среднемесячному за 6 мес.",
            Decimal("1736.167"),
            "estimated",
        )
    ]


def test_three_month_average_per_zone(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """Readings over 3 months only (P-4 … P-1), two zones: day 360 / 3 = 120 kWh × 6.00 =
    720.00, night 90 / 3 = 30 kWh × 3.00 = 90.00; the bill 810.00 ₽."""
    account = account_in_region(engine)
    make_meter(
        account,
        zones=2,
        installed_on=month(period, -4),
        history=monthly(
            period,
            {
                -4: {"T1": "500", "T2": "200"},
                -3: {"T1": "600", "T2": "230"},
                -2: {"T1": "700", "T2": "260"},
                -1: {"T1": "860", "T2": "290"},
            },
        ),
    )
    summary = run(supervisor, period)
    assert (summary.formed, summary.by_average) == (1, 1)
    amount, lines = bill_of(session, account, period)
    assert amount == Decimal("810.00")
    assert [(z, q, a, d) for z, q, _, a, d, *_ in lines] == [
        (
            "T1",
            Decimal("120.000"),
            Decimal("720.00"),
            "Электроэнергия, день — по среднемесячному за 3 мес.",
        ),
        (
            "T2",
            Decimal("30.000"),
            Decimal("90.00"),
            "Электроэнергия, ночь — по среднемесячному за 3 мес.",
        ),
    ]


def test_fewer_than_three_months_bills_the_norm(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """Readings over 2 months: the norm, 2 residents × 80 kWh = 160 kWh × 4.87 = 779.20 ₽."""
    account = account_in_region(engine)
    make_meter(
        account,
        installed_on=month(period, -3),
        history=monthly(period, {-3: {"T1": "100"}, -1: {"T1": "300"}}),
    )
    summary = run(supervisor, period)
    assert (summary.formed, summary.by_norm) == (1, 1)
    amount, lines = bill_of(session, account, period)
    assert amount == Decimal("779.20")
    assert lines[0][:5] == (
        "T1",
        Decimal("160.000"),
        Decimal("4.8700"),
        Decimal("779.20"),
        "Электроэнергия — по нормативу: 2 чел., 1 комн. (показания менее чем за 3 мес.)",
    )


def test_three_periods_by_the_average_then_the_norm(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """Estimated already for P-2 and P-1: P is the third period by the average (600 / 6 =
    100 kWh × 4.87 = 487.00); the next month (P+1) follows the norm: 160 kWh × 4.87 =
    779.20. A later actual reading then credits both estimated lines (п. 61)."""
    account = account_in_region(engine)
    history = {k: {"T1": str(1000 + 100 * (k + 9))} for k in range(-9, -2)}  # P-9 … P-3
    meter = make_meter(account, installed_on=month(period, -10), history=monthly(period, history))
    with engine.begin() as connection:
        for k, value in ((-2, "1800"), (-1, "1900")):
            connection.execute(
                text(
                    "INSERT INTO reading (meter_id, zone, value, taken_on, source)"
                    " VALUES (:m, 'T1', :v, :t, 'estimated')"
                ),
                {"m": meter, "v": value, "t": month(period, k) + timedelta(days=19)},
            )
    assert run(supervisor, period).by_average == 1
    amount, lines = bill_of(session, account, period)
    assert amount == Decimal("487.00")
    assert lines[0][4] == "Электроэнергия — по среднемесячному за 6 мес."
    assert lines[0][5] == Decimal("2000.000")  # 1900 estimated + 100

    following = month(period, 1)
    assert run(supervisor, following).by_norm == 1
    amount, lines = bill_of(session, account, following)
    assert amount == Decimal("779.20")
    assert lines[0][4] == (
        "Электроэнергия — по нормативу: 2 чел., 1 комн. "
        "(показания не передавались более 3 периодов)"
    )
    assert lines[0][5:] == (Decimal("2160.000"), "estimated")


def test_overdue_meter_bills_the_norm(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """Calibration expired in the period: the norm despite a year of readings, no
    estimated reading; 4 residents × 70 kWh = 280 kWh × 4.87 = 1363.60 ₽."""
    account = account_in_region(engine, "electric_stove", 3, 4)
    history = {k: {"T1": str(5000 + 150 * (k + 12))} for k in range(-12, 0)}
    meter = make_meter(
        account,
        installed_on=month(period, -13),
        calibration_due=period + timedelta(days=9),
        history=monthly(period, history),
    )
    summary = run(supervisor, period)
    assert (summary.formed, summary.by_norm, summary.by_average) == (1, 1, 0)
    amount, lines = bill_of(session, account, period)
    assert amount == Decimal("1363.60")
    assert lines == [
        (
            "T1",
            Decimal("280.000"),
            Decimal("4.8700"),
            Decimal("1363.60"),
            "Электроэнергия — по нормативу: 4 чел., 3 комн. (истёк срок поверки прибора учёта)",
            None,
            None,
        )
    ]
    estimated = session.execute(
        text("SELECT count(*) FROM reading WHERE meter_id = :m AND source = 'estimated'"),
        {"m": meter},
    ).scalar_one()
    assert estimated == 0


def test_a_removed_meter_and_six_residents_bill_the_largest_norm(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """A meter removed before the period; 6 residents in 3 rooms use the «5 and more»
    norm, 60 kWh each: 360 kWh × 4.87 = 1753.20 ₽."""
    account = account_in_region(engine, "electric_stove", 3, 6)
    make_meter(
        account,
        installed_on=month(period, -13),
        removed_on=month(period, -1),
        history=monthly(period, {-12: {"T1": "10"}, -2: {"T1": "900"}}),
    )
    run(supervisor, period)
    amount, lines = bill_of(session, account, period)
    assert amount == Decimal("1753.20")
    assert str(lines[0][4]).endswith("по нормативу: 6 чел., 3 комн. (прибор учёта снят)")


def test_rerun_is_idempotent_and_skips_what_it_cannot_bill(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """A re-run forms nothing more; an account without household data is reported, not
    billed; one that already has its bill is skipped."""
    history = monthly(period, {k: {"T1": str(100 * (k + 8))} for k in range(-7, 0)})
    accounts = [account_in_region(engine) for _ in range(3)]
    for account in accounts:
        make_meter(account, installed_on=month(period, -8), history=history)
    unknown = new_account(engine, 90)  # no residents: no norm
    first = run(supervisor, period)
    assert (first.formed, first.no_norm, first.complete) == (3, 1, True)
    assert first.amount == Decimal("1461.00")  # 3 × 100 kWh × 4.87
    again = run(supervisor, period)
    assert (again.formed, again.already_billed, again.no_norm) == (0, 3, 1)
    count = session.execute(
        text(
            "SELECT count(*), sum(amount) FROM bill b JOIN account a ON a.id = b.account_id"
            " WHERE a.region_id = 90 AND b.billing_period = :p"
        ),
        {"p": period},
    ).one()
    assert tuple(count) == (3, Decimal("1461.00"))
    assert unknown not in accounts


def test_cancel_between_batches_then_rerun_completes(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """Cancelled after the first batch of 2 accounts: those 2 stay billed; the re-run
    bills the other 3 and no account twice."""
    history = monthly(period, {k: {"T1": str(100 * (k + 8))} for k in range(-7, 0)})
    for _ in range(5):
        make_meter(account_in_region(engine), installed_on=month(period, -8), history=history)
    seen: list[int] = []
    with pytest.raises(RunCancelled) as stopped:
        run(
            supervisor,
            period,
            batch_size=2,
            cancelled=lambda: True,
            progress=lambda p: seen.append(p.done),
        )
    assert stopped.value.summary.formed == 2
    assert seen == [2]
    done = run(supervisor, period, batch_size=2, progress=lambda p: seen.append(p.done))
    assert (done.formed, done.already_billed) == (3, 2)
    assert seen == [2, 2, 4, 5]
    per_account = (
        session.execute(
            text(
                "SELECT count(*) FROM bill b JOIN account a ON a.id = b.account_id"
                " WHERE a.region_id = 90 AND b.billing_period = :p GROUP BY a.id"
            ),
            {"p": period},
        )
        .scalars()
        .all()
    )
    assert per_account == [1] * 5


def test_an_actual_reading_after_the_run_recalculates(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
    today: date,
) -> None:
    """The run billed 100 kWh by the average (487.00); an actual reading of 1780 on the
    business date (80 kWh since the last actual 1700) bills 80 kWh and credits 100."""
    account = account_in_region(engine)
    history = monthly(period, {k: {"T1": str(1000 + 100 * (k + 8))} for k in range(-7, 0)})
    meter = make_meter(account, installed_on=month(period, -8), history=history)
    run(supervisor, period)
    from tests.readings.helpers import confirm

    with supervisor() as own:
        confirm(own, account, {"T1": "1780"}, taken_on=today, meter_id=meter)
    lines = session.execute(
        text(
            "SELECT l.kind, l.quantity, l.amount FROM bill_line l JOIN bill b ON b.id = l.bill_id"
            " WHERE b.account_id = :a AND b.billing_period > :p ORDER BY l.id"
        ),
        {"a": account, "p": period},
    ).all()
    assert [tuple(line) for line in lines] == [
        ("electricity", Decimal("80.000"), Decimal("389.60")),
        ("recalculation", Decimal("-100.000"), Decimal("-487.00")),
    ]


def test_a_future_period_and_an_unknown_region_are_refused(
    region: int, today: date, supervisor: sessionmaker[Session]
) -> None:
    with pytest.raises(ValidationFailed) as refused:
        run(supervisor, month(today, 1))
    assert refused.value.problems[0].code == "billing_run.period"
    with pytest.raises(ValidationFailed) as refused, supervisor() as own:
        run_billing(own, "NOPE", default_period(today))
    assert refused.value.problems[0].code == "billing_run.region_unknown"


@pytest.mark.parametrize("group", ["billing_agent", "billing_cashier", "billing_admin"])
def test_only_supervisors_may_run_it(
    group: str, region: int, period: date, operator: OperatorFactory
) -> None:
    """PostgreSQL itself refuses the others (insufficient privilege, 42501)."""
    sessions = operator(group)[1]
    with pytest.raises(DBAPIError) as refused:
        run(sessions, period)
    assert isinstance(refused.value.orig, psycopg.Error)
    assert refused.value.orig.sqlstate == "42501"


def test_default_period_follows_the_business_date(today: date, session: Session) -> None:
    """The run's period comes from billing.today(), not from the PC's calendar."""
    business = session.execute(text("SELECT billing.today()")).scalar_one()
    assert business == today
    expected = month(today.replace(day=1), -1)
    assert default_period(today) == expected
    assert default_period(date(2027, 1, 5)) == date(2026, 12, 1)


PRINTED = Path("/tmp/estimation/estimated_bill.pdf")


def test_the_printed_bill_says_how_each_line_was_estimated(
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    supervisor: sessionmaker[Session],
    session: Session,
) -> None:
    """An account by the 6-month average (the meter table marks the calculated reading)
    and one by the norm for an overdue meter: each charge names its method."""
    average = account_in_region(engine)
    history = monthly(period, {k: {"T1": str(900 + 100 * (k + 8))} for k in range(-8, 0)})
    history[month(period, -1) + timedelta(days=19)] = {"T1": Decimal("1631")}
    make_meter(average, installed_on=month(period, -9), history=history)
    norm = account_in_region(engine, "electric_stove", 3, 4)
    make_meter(
        norm,
        installed_on=month(period, -13),
        calibration_due=period + timedelta(days=9),
        history=monthly(period, {-12: {"T1": "10"}, -1: {"T1": "900"}}),
    )
    run(supervisor, period)
    texts = {}
    for account in (average, norm):
        bill_id = session.execute(
            text("SELECT id FROM bill WHERE account_id = :a AND billing_period = :p"),
            {"a": account, "p": period},
        ).scalar_one()
        pdf = render_bill(bill_document(session, bill_id))
        texts[account] = " ".join(" ".join(page_texts(pdf)).split())
        if account == average:
            PRINTED.parent.mkdir(parents=True, exist_ok=True)
            PRINTED.write_bytes(pdf)
    assert "Электроэнергия по среднемесячному за 6 мес., 105,167 кВт·ч" in texts[average]
    assert "1 736,167*" in texts[average]  # the calculated reading, marked
    assert "Расчётные показания" in texts[average]
    assert "по показаниям" not in texts[average]
    assert (
        "Электроэнергия по нормативу: 4 чел., 3 комн. (истёк срок поверки прибора учёта),"
        " 280 кВт·ч" in texts[norm]
    )
    assert "по показаниям" not in texts[norm]


def test_two_runs_at_once_bill_an_account_once(
    engine: Engine, region: int, period: date, operator: OperatorFactory, session: Session
) -> None:
    """Two supervisors run the same period at once; an account without a meter (the
    norm: 2 × 80 kWh × 4.87 = 779.20) has nothing to lock, so the second run waits on the
    bill's unique index, then counts the account as billed instead of failing."""
    account = account_in_region(engine)
    first, second = operator("billing_supervisor")[1](), operator("billing_supervisor")[1]()
    call = text("SELECT billing.bill_period('TST', :p, 10, 0)")
    assert first.execute(call, {"p": period}).scalar_one()["formed"] == 1  # not committed
    results: list[dict[str, object]] = []
    waiting = threading.Thread(
        target=lambda: results.append(second.execute(call, {"p": period}).scalar_one())
    )
    waiting.start()
    pause(0.5)
    assert results == []  # held up by the first run's uncommitted bill
    first.commit()
    waiting.join(30)
    second.commit()
    assert (results[0]["formed"], results[0]["billed"]) == (0, 1)
    rows = (
        session.execute(
            text("SELECT amount FROM bill WHERE account_id = :a AND billing_period = :p"),
            {"a": account, "p": period},
        )
        .scalars()
        .all()
    )
    assert rows == [Decimal("779.20")]
    first.close()
    second.close()
