"""Disabling an operator cuts off their open sessions at once, and the console says why."""

from __future__ import annotations

import psycopg
import pytest
from sqlalchemy import text

from console.database.connection import DatabaseUnavailable, Unavailable, open_operator
from console.i18n import install_translation
from console.login.connection_monitor import ConnectionBanner, ConnectionLoss, ConnectionMonitor
from console.login.messages import describe_login_failure
from console.services import operators as service
from models.database import make_engine, make_session_factory
from tests.security.conftest import psycopg_connect


@pytest.fixture
def admin_sessions(pg_server, db_name, make_operator):
    admin = make_operator("admin")
    engine = make_engine(pg_server.url(db_name, user=admin.login, password=admin.password))
    yield make_session_factory(engine)
    engine.dispose()


def test_a_logged_in_operator_is_cut_off_when_disabled(
    pg_server, db_name, make_operator, admin_sessions
) -> None:
    agent = make_operator("agent")
    other = make_operator("agent")
    url = pg_server.url(db_name, user=agent.login, password=agent.password)
    other_url = pg_server.url(db_name, user=other.login, password=other.password)
    with (
        psycopg_connect(url, autocommit=True) as logged_in,
        psycopg_connect(other_url, autocommit=True) as bystander,
    ):
        assert logged_in.execute("SELECT count(*) FROM billing.account").fetchone()
        with admin_sessions() as session:
            assert service.disable_operator(session, agent.login).disabled

        with pytest.raises(psycopg.OperationalError):
            logged_in.execute("SELECT count(*) FROM billing.account").fetchone()
        # Only the disabled operator's sessions end.
        assert bystander.execute("SELECT 1").fetchone() == (1,)

    with pytest.raises(DatabaseUnavailable) as refused:
        open_operator(url)
    assert refused.value.reason is Unavailable.DISABLED


def test_disable_operator_stays_a_guarded_admin_function(db_url) -> None:
    engine = make_engine(db_url)
    with engine.connect() as connection:
        row = connection.execute(
            text(
                "SELECT p.prosecdef, p.proconfig, pg_get_userbyid(p.proowner) AS owner,"
                " has_function_privilege('billing_agent', p.oid, 'EXECUTE') AS agent,"
                " has_function_privilege('billing_admin', p.oid, 'EXECUTE') AS admin"
                " FROM pg_proc p WHERE p.oid = 'billing.disable_operator(text)'::regprocedure"
            )
        ).one()
        signals = connection.execute(
            text("SELECT pg_has_role('billing_owner', 'pg_signal_backend', 'USAGE')")
        ).scalar_one()
    engine.dispose()
    assert row.prosecdef
    assert row.proconfig == ["search_path=pg_catalog, billing, pg_temp"]
    assert (row.owner, row.agent, row.admin) == ("billing_owner", False, True)
    assert signals


def test_the_console_says_the_operator_was_disabled(
    qtbot, qapp, pg_server, db_name, make_operator, admin_sessions, make_runner
) -> None:
    agent = make_operator("agent")
    database = open_operator(pg_server.url(db_name, user=agent.login, password=agent.password))
    banner = ConnectionBanner()
    qtbot.addWidget(banner)
    runner = make_runner(database.sessions)
    monitor = ConnectionMonitor(runner, interval_ms=60_000, retry_ms=60_000, parent=banner)
    monitor.lost.connect(banner.show_lost)
    try:
        install_translation(qapp, "ru")
        monitor.ping()
        qtbot.waitUntil(lambda: not monitor._pending, timeout=10_000)
        assert not monitor.is_lost

        with admin_sessions() as session:
            service.disable_operator(session, agent.login)
        with qtbot.waitSignal(monitor.lost, timeout=15_000) as lost:
            monitor.ping()
        assert lost.args == [ConnectionLoss.OPERATOR_DISABLED]
        assert not banner.isHidden()
        assert "Администратор отключил" in banner.label.text()

        # A new login is refused with the disabled message too.
        with pytest.raises(DatabaseUnavailable) as refused:
            open_operator(pg_server.url(db_name, user=agent.login, password=agent.password))
        assert "отключ" in describe_login_failure(refused.value.reason)
    finally:
        install_translation(qapp, "en")
        monitor.stop()
        runner.wait_for_done()
        database.close()
