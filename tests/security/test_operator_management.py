"""Admins manage operators through the database functions; each login failure is told apart."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import text

from console.database import migrations
from console.database.connection import (
    DatabaseUnavailable,
    Unavailable,
    open_operator,
    operator_url,
)
from console.services import operators as service
from models.database import make_engine, make_session_factory
from models.domain.problems import ValidationFailed
from tests.security.conftest import PASSWORD, drop_role


@pytest.fixture
def admin_sessions(pg_server, db_name, make_operator):
    admin = make_operator("admin")
    engine = make_engine(pg_server.url(db_name, user=admin.login, password=admin.password))
    yield admin, make_session_factory(engine)
    engine.dispose()


def login_result(pg_server, db_name, login: str, password: str) -> Unavailable | None:
    try:
        database = open_operator(pg_server.url(db_name, user=login, password=password))
    except DatabaseUnavailable as unavailable:
        return unavailable.reason
    database.close()
    return None


def test_admin_creates_an_operator_who_can_log_in(pg_server, db_name, admin_sessions) -> None:
    admin, sessions = admin_sessions
    login = f"new_op_{uuid.uuid4().hex[:8]}"  # roles are cluster-wide: unique per run
    try:
        with sessions() as session:
            row = service.create_operator(
                session, service.NewOperator(login, "Сидорова Мария", "agent", "Welcome-2026-pass")
            )
        assert (row.login, row.group, row.disabled, row.can_login) == (login, "agent", False, True)
        assert row.created_by == admin.login
        database = open_operator(pg_server.url(db_name, user=login, password="Welcome-2026-pass"))
        assert (database.info.user, database.info.role) == (login, "agent")
        assert database.info.operator_name == "Сидорова Мария"
        database.close()
        with sessions() as session:
            audit = session.execute(
                text(
                    "SELECT operator, action FROM billing.audit_log WHERE table_name = 'operator' AND row_key = :l"
                ),
                {"l": login},
            ).all()
        assert audit == [(admin.login, "INSERT")]
    finally:
        drop_role(pg_server, login)


def test_bad_input_is_refused_before_the_database_is_touched(
    pg_server, db_name, admin_sessions
) -> None:
    _admin, sessions = admin_sessions
    with sessions() as session:
        before = session.execute(text("SELECT count(*) FROM billing.audit_log")).scalar_one()
        with pytest.raises(ValidationFailed) as refused:
            service.create_operator(session, service.NewOperator("Bad Login", "", "boss", "short"))
        after = session.execute(text("SELECT count(*) FROM billing.audit_log")).scalar_one()
    codes = {problem.code for problem in refused.value.problems}
    assert {
        "operator_login.characters",
        "operator.full_name_required",
        "operator.group",
        "password.too_short",
    } <= codes
    assert after == before


def test_the_database_rechecks_the_password_policy(pg_server, db_name, admin_sessions) -> None:
    import psycopg

    admin, _sessions = admin_sessions
    with psycopg.connect(
        host="127.0.0.1",
        port=pg_server.admin_url.port,
        dbname=db_name,
        user=admin.login,
        password=admin.password,
    ) as connection:
        with pytest.raises(psycopg.errors.CheckViolation, match=r"password\.no_uppercase"):
            connection.execute(
                "SELECT billing.create_operator('weak_one', 'Слабый', 'agent', 'all-lower-case-1')"
            )
        connection.rollback()
        with pytest.raises(psycopg.errors.CheckViolation, match=r"password\.contains_login"):
            connection.execute(
                "SELECT billing.create_operator('weak_one', 'Слабый', 'agent', 'Weak_One-2026-x')"
            )


@pytest.mark.usefixtures("password_authentication")
def test_disable_enable_regroup_reset_and_the_login_messages(
    pg_server, db_name, admin_sessions, make_operator
) -> None:
    _admin, sessions = admin_sessions
    agent = make_operator("agent")
    assert (
        login_result(pg_server, db_name, agent.login, "Wrong-Password-1") is Unavailable.AUTH_FAILED
    )
    assert (
        login_result(pg_server, db_name, "nobody_here", "Wrong-Password-1")
        is Unavailable.AUTH_FAILED
    )

    with sessions() as session:
        row = service.disable_operator(session, agent.login)
    assert row.disabled
    assert not row.can_login
    assert login_result(pg_server, db_name, agent.login, PASSWORD) is Unavailable.DISABLED
    # A wrong password of a disabled operator says nothing about the account.
    assert (
        login_result(pg_server, db_name, agent.login, "Wrong-Password-1") is Unavailable.AUTH_FAILED
    )

    with sessions() as session:
        service.enable_operator(session, agent.login)
        row = service.set_operator_group(session, agent.login, "supervisor")
    assert row.group == "supervisor"
    database = open_operator(pg_server.url(db_name, user=agent.login, password=PASSWORD))
    assert database.info.role == "supervisor"
    database.close()

    with sessions() as session:
        service.reset_operator_password(
            session, agent.login, "Fresh-Password-2026", date(2099, 1, 31)
        )
        assert login_result(pg_server, db_name, agent.login, PASSWORD) is Unavailable.AUTH_FAILED
        assert login_result(pg_server, db_name, agent.login, "Fresh-Password-2026") is None
        # The admin sets an expiry in the past directly: the login then says "expired".
        session.execute(
            text(
                "SELECT billing.reset_operator_password(:l, 'Fresh-Password-2026', now() - interval '1 day')"
            ),
            {"l": agent.login},
        )
        session.commit()
    assert (
        login_result(pg_server, db_name, agent.login, "Fresh-Password-2026")
        is Unavailable.PASSWORD_EXPIRED
    )


def test_an_admin_cannot_lock_themselves_out(admin_sessions) -> None:
    admin, sessions = admin_sessions
    with sessions() as session, pytest.raises(ValidationFailed) as refused:
        service.disable_operator(session, admin.login)
    assert refused.value.problems[0].code == "operator.self"


def test_an_unreachable_server_is_told_apart(pg_server) -> None:
    url = operator_url("postgresql://127.0.0.1:9/billing", "demo_agent", "x")
    with pytest.raises(DatabaseUnavailable) as failed:
        open_operator(url)
    assert failed.value.reason is Unavailable.UNREACHABLE


DEMO_OPERATORS_TEST_LOCK = 0x64656D6F5F6F70
"""Test runs sharing a server take turns at the fixed-name demo roles ("demo_op")."""


@pytest.fixture
def demo_roles_to_ourselves(pg_server) -> Iterator[None]:
    """The demo roles have fixed names: one test run at a time on a shared server."""
    with migrations.cluster_lock(pg_server.admin_url, key=DEMO_OPERATORS_TEST_LOCK):
        yield


@pytest.mark.usefixtures("demo_roles_to_ourselves")
def test_demo_operators_of_every_group(pg_server, db_name) -> None:
    from console.database.demo_operators import DEMO_OPERATORS, ensure_demo_operators

    existed = {
        demo.login
        for demo in DEMO_OPERATORS
        if login_result(pg_server, db_name, demo.login, demo.password)
        is not Unavailable.AUTH_FAILED
    }
    engine = make_engine(pg_server.url(db_name))
    try:
        with engine.begin() as connection:
            ensure_demo_operators(connection)
        with engine.begin() as connection:
            ensure_demo_operators(connection)  # idempotent
        for demo in DEMO_OPERATORS:
            database = open_operator(
                pg_server.url(db_name, user=demo.login, password=demo.password)
            )
            assert database.info.role == demo.group
            database.close()
    finally:
        engine.dispose()
        for demo in DEMO_OPERATORS:
            if demo.login not in existed:
                drop_role(pg_server, demo.login)
