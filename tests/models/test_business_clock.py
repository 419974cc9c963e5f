"""One clock: ``billing.today()`` is the business date, and the console reads the same one."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import Engine, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.services import payments as service
from models.clock import read_business_clock
from models.database import make_engine, make_session_factory
from tests.conftest import PgServer

PASSWORD = "Clock-pass-1"


def _today(engine: Engine, time_zone: str | None = None) -> object:
    with engine.connect() as connection:
        if time_zone:
            connection.execute(text(f"SET TIME ZONE '{time_zone}'"))
        return connection.execute(text("SELECT billing.today()")).scalar_one()


def _set_clock(engine: Engine, **values: object) -> None:
    assignments = ", ".join(f"{name} = :{name}" for name in values)
    with engine.begin() as connection:
        connection.execute(text(f"UPDATE billing.business_clock SET {assignments}"), values)


@pytest.fixture
def cashier_url(pg_server: PgServer, db_name: str) -> Iterator[str]:
    name = f"t_clock_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE billing_cashier")
    yield pg_server.url(db_name, user=name, password=PASSWORD).render_as_string(False)
    pg_server.execute(f"DROP ROLE IF EXISTS {name}")


def test_a_demo_database_is_pinned_to_the_day_its_history_ends(engine: Engine) -> None:
    with engine.connect() as connection:
        pinned, last_bill = connection.execute(
            text("SELECT pinned_on, (SELECT max(formed_on) FROM billing.bill) FROM business_clock")
        ).one()
    assert pinned is not None
    assert _today(engine) == pinned
    assert last_bill <= pinned


def test_unpinned_today_is_the_suppliers_date_whatever_the_session_zone(engine: Engine) -> None:
    _set_clock(engine, pinned_on=None, time_zone="Asia/Kamchatka")
    with engine.connect() as connection:
        expected = connection.execute(
            text("SELECT (now() AT TIME ZONE 'Asia/Kamchatka')::date")
        ).scalar_one()
    for session_zone in ("UTC", "Pacific/Pago_Pago", "Pacific/Kiritimati"):
        assert _today(engine, session_zone) == expected


def test_the_console_computes_the_same_date_as_the_database(engine: Engine) -> None:
    for pinned in (True, False):
        if not pinned:
            _set_clock(engine, pinned_on=None, time_zone="Europe/Moscow")
        with engine.connect() as connection:
            clock = read_business_clock(connection)
            server_today = connection.execute(text("SELECT billing.today()")).scalar_one()
        assert clock.today() == server_today
        assert (clock.pinned_on is not None) is pinned


def test_the_clock_tolerates_a_zone_python_does_not_know(engine: Engine) -> None:
    _set_clock(engine, pinned_on=None, time_zone="<+0530>-05:30")
    with engine.connect() as connection:
        clock = read_business_clock(connection)
        server_today = connection.execute(text("SELECT billing.today()")).scalar_one()
    assert clock.today() == server_today
    assert clock.now().utcoffset() == timedelta(hours=5, minutes=30)


def test_an_unknown_time_zone_is_refused(engine: Engine) -> None:
    with pytest.raises(DBAPIError):
        _set_clock(engine, time_zone="Mars/Olympus_Mons")


def test_a_payment_is_dated_by_the_business_clock(engine: Engine, cashier_url: str, today) -> None:
    """The cash desk's payment date and the receipt's balance date are the database's."""
    with engine.connect() as connection:
        account_id = connection.execute(
            text("SELECT id FROM account WHERE status = 'open' ORDER BY id LIMIT 1")
        ).scalar_one()
    cashier = make_engine(make_url(cashier_url))
    try:
        with make_session_factory(cashier)() as session:
            service.open_shift(session, Decimal("0.00"))
            taken = service.take_payment(
                session,
                service.PaymentRequest(account_id, Decimal("10.00"), "cash", None, uuid.uuid4()),
            )
    finally:
        cashier.dispose()
    assert taken.payment.paid_on == today
    assert taken.account.balance == service.balance_on(Session(engine), account_id, today)


@pytest.mark.parametrize("group", ["billing_agent", "billing_cashier", "billing_supervisor"])
def test_operators_cannot_move_the_clock(pg_server: PgServer, db_name: str, group: str) -> None:
    name = f"t_clock_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE {group}")
    try:
        url = pg_server.url(db_name, user=name, password=PASSWORD)
        with psycopg.connect(url.set(drivername="postgresql").render_as_string(False)) as conn:
            for statement in (
                "UPDATE billing.business_clock SET pinned_on = DATE '2000-01-01'",
                "UPDATE billing.business_clock SET time_zone = 'Pacific/Kiritimati'",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
                conn.rollback()
    finally:
        pg_server.execute(f"DROP ROLE IF EXISTS {name}")
