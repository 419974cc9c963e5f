"""Every operator's login role carries statement, lock and idle-in-transaction timeouts.

Role settings apply to the role that logs in, never to the members of a group, so they
are set on each operator's login role: by migration 0090 for the operators that existed,
by ``billing.create_operator`` for new ones (and on ``billing_login_check``).
"""

from __future__ import annotations

import uuid

import psycopg
import pytest
from sqlalchemy import URL, create_engine, text

from console.database import migrations
from tests.conftest import PgServer
from tests.pause import pause
from tests.security.conftest import PASSWORD, psycopg_connect

TIMEOUTS = {
    "statement_timeout": "60000",
    "lock_timeout": "5000",
    "idle_in_transaction_session_timeout": "60000",
}


def session_timeouts(connection: psycopg.Connection) -> dict[str, str]:
    return dict(
        connection.execute(
            "SELECT name, setting FROM pg_settings WHERE name = ANY(%s)", (list(TIMEOUTS),)
        ).fetchall()
    )


def test_the_migration_gives_existing_operators_their_timeouts(
    pg_server: PgServer, empty_db_url: URL
) -> None:
    migrations.upgrade(empty_db_url, "0070")
    login = f"old_op_{uuid.uuid4().hex[:8]}"
    engine = create_engine(empty_db_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text("SELECT billing.create_operator(:login, 'Старый Оператор', 'agent', :p)"),
                {"login": login, "p": PASSWORD},
            )
        migrations.upgrade(empty_db_url)
        url = empty_db_url.set(username=login, password=PASSWORD)
        with psycopg_connect(url) as connection:
            assert session_timeouts(connection) == TIMEOUTS
        with psycopg_connect(
            empty_db_url.set(username="billing_login_check", password="billing-login-check")
        ) as check:
            assert session_timeouts(check) == TIMEOUTS
    finally:
        engine.dispose()
        pg_server.execute(f'DROP ROLE IF EXISTS "{login}"')


@pytest.mark.parametrize("group", ["agent", "cashier", "supervisor", "admin"])
def test_new_operators_get_their_timeouts(
    group: str, pg_server: PgServer, db_name, make_operator
) -> None:
    operator = make_operator(group)
    url = pg_server.url(db_name, user=operator.login, password=operator.password)
    with psycopg_connect(url) as connection:
        assert session_timeouts(connection) == TIMEOUTS


@pytest.mark.server_timers
def test_the_server_ends_an_operators_idle_transaction(
    pg_server: PgServer, db_name, make_operator
) -> None:
    """An idle transaction is ended by the server, not left holding its locks."""
    operator = make_operator("agent")
    url = pg_server.url(db_name, user=operator.login, password=operator.password)
    with psycopg_connect(url) as connection:
        connection.execute("SET idle_in_transaction_session_timeout = '200ms'")
        connection.execute("SELECT billing.whoami()")
        pause(0.6)
        with pytest.raises(psycopg.errors.IdleInTransactionSessionTimeout):
            connection.execute("SELECT 1")
