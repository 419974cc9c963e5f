"""``billing-console bill-period``: the billing run from the command line (issue 12)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session

from models.domain.money_format import format_money
from tests.billing_run.conftest import account_in_region, month, monthly
from tests.cli.conftest import assert_one_line, private_folders, run_cli  # noqa: F401
from tests.conftest import PgServer
from tests.readings.conftest import PASSWORD, MeterFactory, OperatorFactory

pytestmark = pytest.mark.usefixtures("private_folders")


def _url(pg_server: PgServer, db_name: str, login: str) -> str:
    return pg_server.url(db_name, user=login, password=PASSWORD).render_as_string(
        hide_password=False
    )


def test_bill_period_prints_the_summary_and_a_rerun_forms_nothing(
    capsys: pytest.CaptureFixture[str],
    engine: Engine,
    region: int,
    period: date,
    make_meter: MeterFactory,
    operator: OperatorFactory,
    pg_server: PgServer,
    db_name: str,
    session: Session,
) -> None:
    """One account by the 6-month average (100 kWh × 4.87 = 487.00), one by the norm
    (no meter: 2 × 80 kWh × 4.87 = 779.20), one without household data (skipped)."""
    history = monthly(period, {k: {"T1": str(100 * (k + 8))} for k in range(-7, 0)})
    make_meter(account_in_region(engine), installed_on=month(period, -8), history=history)
    account_in_region(engine)
    from tests.readings.conftest import new_account

    new_account(engine, region)
    login = operator("billing_supervisor")[0]
    argv = [
        "bill-period",
        "--region",
        "TST",
        "--period",
        f"{period:%Y-%m}",
        "--url",
        _url(pg_server, db_name, login),
        "--batch-size",
        "2",
        "--lang",
        "en",
    ]
    outcome = run_cli(capsys, *argv)
    assert outcome.code == 0, outcome
    assert outcome.out.strip() == (
        f"Formed 2 bills for {format_money(Decimal('1266.20'))} (by the average 1, by the norm"
        " 1); skipped 1 accounts (already billed 0, reading given 0, not open 0, no norm for"
        " the household 1)."
    )
    assert "[2/3] accounts, 2 bills formed" in outcome.err
    again = run_cli(capsys, *argv[:-2])  # Russian by default
    assert again.code == 0, again
    assert again.out.startswith("Сформировано счетов: 0"), again.out
    total = session.execute(
        text(
            "SELECT sum(b.amount) FROM bill b JOIN account a ON a.id = b.account_id"
            " WHERE a.region_id = :r AND b.billing_period = :p"
        ),
        {"r": region, "p": period},
    ).scalar_one()
    assert total == Decimal("1266.20")


def test_bill_period_refusals_are_one_line(
    capsys: pytest.CaptureFixture[str],
    region: int,
    today: date,
    operator: OperatorFactory,
    pg_server: PgServer,
    db_name: str,
) -> None:
    """A future period, an unknown region, a wrong period and an agent: one line each."""
    supervisor = _url(pg_server, db_name, operator("billing_supervisor")[0])
    future = f"{month(today.replace(day=1), 1):%Y-%m}"
    line = assert_one_line(
        run_cli(capsys, "bill-period", "--region", "TST", "--period", future, "--url", supervisor),
        1,
        command="bill-period",
    )
    assert "будущий" in line
    line = assert_one_line(
        run_cli(
            capsys, "bill-period", "--region", "NOPE", "--period", "2026-01", "--url", supervisor
        ),
        1,
        command="bill-period",
    )
    assert "Района с таким кодом нет" in line
    assert_one_line(
        run_cli(capsys, "bill-period", "--region", "TST", "--period", "2026-13"),
        2,
        command="bill-period",
    )
    agent = _url(pg_server, db_name, operator("billing_agent")[0])
    line = assert_one_line(
        run_cli(capsys, "bill-period", "--region", "TST", "--period", "2026-01", "--url", agent),
        1,
        command="bill-period",
    )
    assert "не разрешено" in line or "не может" in line or "запрещ" in line, line


def test_the_demo_region_bills_by_the_average_and_by_the_norm(
    capsys: pytest.CaptureFixture[str],
    today: date,
    operator: OperatorFactory,
    pg_server: PgServer,
    db_name: str,
    session: Session,
) -> None:
    """The demo's households have norms; the current month has no readings yet, so the
    run bills every open account of SIM: most by the average, those with three estimated
    months or an expired calibration by the norm."""
    login = operator("billing_supervisor")[0]
    outcome = run_cli(
        capsys,
        "bill-period",
        "--region",
        "SIM",
        "--period",
        f"{today:%Y-%m}",
        "--url",
        _url(pg_server, db_name, login),
        "--lang",
        "en",
    )
    assert outcome.code == 0, outcome
    counts = session.execute(
        text(
            "SELECT count(*) FILTER (WHERE l.description LIKE '%по среднемесячному за 6 мес.'),"
            " count(*) FILTER (WHERE l.description LIKE '%по нормативу: %')"
            " FROM bill_line l JOIN bill b ON b.id = l.bill_id"
            " JOIN account a ON a.id = b.account_id JOIN region r ON r.id = a.region_id"
            " WHERE r.code = 'SIM' AND b.billing_period = :p"
        ),
        {"p": today.replace(day=1)},
    ).one()
    assert counts[0] > 10, (counts, outcome.out)
    assert counts[1] > 0, (counts, outcome.out)
