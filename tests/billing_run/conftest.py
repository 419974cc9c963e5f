"""Fixtures of the billing-run tests: a region of their own with round tariffs and norms.

Every test works in region TST with round tariffs (single-rate 4.87 ₽/kWh; two-zone
6.00 / 3.00) and a few norms, so the expected money is computed by hand. The period is
the last whole month before the database's business date (``today``)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from console.services.billing_run import RunSummary, default_period, run_billing
from tests.readings.conftest import (  # noqa: F401  (the readings' fixtures)
    OperatorFactory,
    make_meter,
    new_account,
    operator,
)

REGION = "TST"


def month(period: date, months: int) -> date:
    """The first day of the month ``months`` after (negative: before) ``period``'s."""
    index = period.year * 12 + period.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


@pytest.fixture
def period(today: date) -> date:
    """The period the run forms by default: the last whole month before the business date."""
    return default_period(today)


@pytest.fixture
def region(engine: Engine) -> int:
    """A region of its own: round tariffs since 2000 and a few norms."""
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO region (id, code, name, settlement)"
                " VALUES (90, :code, 'Тестовый РЭС', 'г. Тест')"
            ),
            {"code": REGION},
        )
        connection.execute(
            text(
                "INSERT INTO tariff (region_id, zones, zone, rate, valid_from) VALUES"
                " (90, 1, 'T1', 4.87, '2000-01-01'), (90, 2, 'T1', 6.00, '2000-01-01'),"
                " (90, 2, 'T2', 3.00, '2000-01-01')"
            )
        )
        connection.execute(
            text(
                "INSERT INTO consumption_norm (region_id, household_type, rooms, residents,"
                " kwh_per_resident) VALUES (90, 'gas_stove', 1, 1, 130),"
                " (90, 'gas_stove', 1, 2, 80), (90, 'electric_stove', 3, 4, 70),"
                " (90, 'electric_stove', 3, 5, 60)"
            )
        )
    return 90


def account_in_region(
    engine: Engine, household: str = "gas_stove", rooms: int = 1, residents: int = 2
) -> int:
    account = new_account(engine, 90)
    with engine.begin() as connection:
        connection.execute(
            text(
                "UPDATE account SET household_type = :h, rooms = :r, residents = :n WHERE id = :a"
            ),
            {"h": household, "r": rooms, "n": residents, "a": account},
        )
    return account


def monthly(period: date, values: dict[int, dict[str, str]]) -> dict[date, dict[str, Decimal]]:
    """Readings on the 20th of the months ``period`` + key."""
    return {
        month(period, k) + timedelta(days=19): {z: Decimal(v) for z, v in zone.items()}
        for k, zone in values.items()
    }


def bill_of(
    session: Session, account: int, period: date
) -> tuple[Decimal, list[tuple[object, ...]]]:
    row = session.execute(
        text(
            "SELECT id, amount FROM bill WHERE account_id = :a AND billing_period = :p"
            " AND corrects_bill_id IS NULL"
        ),
        {"a": account, "p": period},
    ).one()
    lines = session.execute(
        text(
            "SELECT l.zone, l.quantity, l.rate, l.amount, l.description, r.value, r.source"
            " FROM bill_line l LEFT JOIN reading r ON r.id = l.current_reading_id"
            " WHERE l.bill_id = :b ORDER BY l.zone, l.id"
        ),
        {"b": row.id},
    ).all()
    return row.amount, [tuple(line) for line in lines]


def run(sessions: sessionmaker[Session], period: date, **options: Any) -> RunSummary:
    """Run the billing of the TST region as the operator of ``sessions``."""
    with sessions() as own:
        return run_billing(own, REGION, period, **options)
