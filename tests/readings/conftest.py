"""Fixtures of the reading tests: operators of each group and meters made to measure."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Mapping
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from models.database import make_engine, make_session_factory
from tests.conftest import PgServer

PASSWORD = "Secret-pass-1"

OperatorFactory = Callable[[str], tuple[str, sessionmaker[Session]]]


@pytest.fixture
def operator(pg_server: PgServer, db_name: str) -> Iterator[OperatorFactory]:
    """Make a login role in a group (``"billing_agent"``...); returns its name and sessions."""
    made: list[tuple[str, Engine]] = []

    def make(group: str) -> tuple[str, sessionmaker[Session]]:
        name = f"t_{uuid.uuid4().hex[:8]}"
        pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE {group}")
        engine = make_engine(pg_server.url(db_name, user=name, password=PASSWORD))
        made.append((name, engine))
        return name, make_session_factory(engine)

    yield make
    for name, engine in made:
        engine.dispose()
        pg_server.execute(f"DROP ROLE IF EXISTS {name}")


MeterFactory = Callable[..., int]


@pytest.fixture
def make_meter(engine: Engine) -> MeterFactory:
    """Install a new meter on an account with the given history (as the superuser).

    ``history`` maps a date to the zone values read that day; returns the meter id.
    """

    def make(
        account_id: int,
        *,
        digits: int = 5,
        zones: int = 1,
        installed_on: date = date(2025, 1, 10),
        removed_on: date | None = None,
        calibration_due: date = date(2035, 1, 1),
        history: Mapping[date, Mapping[str, Decimal]] | None = None,
        source: str = "customer",
    ) -> int:
        with engine.begin() as connection:
            point = connection.execute(
                text(
                    "INSERT INTO metering_point (account_id, name) VALUES (:a, 'Гараж')"
                    " RETURNING id"
                ),
                {"a": account_id},
            ).scalar_one()
            meter = connection.execute(
                text(
                    "INSERT INTO meter (metering_point_id, serial_number, model, digits, zones,"
                    " installed_on, removed_on, calibration_due)"
                    " VALUES (:p, :s, 'Нева 101', :d, :z, :i, :r, :c) RETURNING id"
                ),
                {
                    "p": point,
                    "s": f"TS{uuid.uuid4().hex[:10].upper()}",
                    "d": digits,
                    "z": zones,
                    "i": installed_on,
                    "r": removed_on,
                    "c": calibration_due,
                },
            ).scalar_one()
            for taken_on, values in (history or {}).items():
                for zone, value in values.items():
                    connection.execute(
                        text(
                            "INSERT INTO reading (meter_id, zone, value, taken_on, source,"
                            " entered_by) VALUES (:m, :z, :v, :t, :s, 'portal')"
                        ),
                        {"m": meter, "z": zone, "v": value, "t": taken_on, "s": source},
                    )
        return int(meter)

    return make


def new_account(engine: Engine, region_id: int = 1) -> int:
    """A fresh open account without meters (as the superuser)."""
    with engine.begin() as connection:
        customer = connection.execute(
            text(
                "INSERT INTO customer (kind, last_name, first_name) VALUES"
                " ('person', 'Тестов', 'Пётр') RETURNING id"
            )
        ).scalar_one()
        number = f"{uuid.uuid4().int % 10**9:09d}"
        account = connection.execute(
            text(
                "INSERT INTO account (region_id, number, customer_id, settlement, street, house,"
                " opened_on) VALUES (:r, :n, :c, 'г. Тест', 'ул. Тестовая', '1', '2025-01-01')"
                " RETURNING id"
            ),
            {"r": region_id, "n": number, "c": customer},
        ).scalar_one()
    return int(account)
