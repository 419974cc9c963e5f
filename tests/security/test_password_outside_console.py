"""A password set outside the console stops the operator until an administrator resets it.

PostgreSQL always lets a role run ``ALTER ROLE CURRENT_USER PASSWORD …``: no policy, no
expiry, no audit. The database notices (``billing_guard.password_fingerprint``) and
every console function refuses with ``operator.password_bypassed``; the console's login
says «пароль изменён в обход консоли; обратитесь к администратору»; the event is audited
once and the operators tab shows it; an administrator's reset clears it. A changed
``billing_login_check`` password gets its published one back.
"""

from __future__ import annotations

from collections.abc import Iterator

import psycopg
import pytest

from console.database.connection import DatabaseUnavailable, Unavailable, open_operator
from console.login.messages import describe_login_failure
from console.services import operators as service
from models.database import make_engine, make_session_factory
from tests.conftest import PgServer
from tests.security.conftest import OperatorLogin, psycopg_connect

SELF_SET = "Self-Chosen-Passw0rd-9"
LOGIN_CHECK_PASSWORD = "billing-login-check"


@pytest.fixture
def superuser(db_url) -> Iterator[psycopg.Connection]:
    with psycopg_connect(db_url, autocommit=True) as connection:
        yield connection


def _set_own_password(pg_server: PgServer, db_name: str, operator: OperatorLogin) -> None:
    with psycopg_connect(
        pg_server.url(db_name, user=operator.login, password=operator.password), autocommit=True
    ) as connection:
        connection.execute(f"ALTER ROLE CURRENT_USER PASSWORD '{SELF_SET}'")


def _bypass_audits(superuser: psycopg.Connection, login: str) -> int:
    row = superuser.execute(
        "SELECT count(*) FROM billing.audit_log WHERE table_name = 'operator' AND row_key = %s"
        " AND action = 'UPDATE' AND new_values ->> 'password_bypassed_at' IS NOT NULL"
        " AND old_values ->> 'password_bypassed_at' IS NULL",
        (login,),
    ).fetchone()
    assert row is not None
    return int(row[0])


def test_every_function_refuses_an_operator_who_set_their_own_password(
    pg_server: PgServer, db_name: str, make_operator, superuser
) -> None:
    agent = make_operator("agent")
    _set_own_password(pg_server, db_name, agent)
    url = pg_server.url(db_name, user=agent.login, password=SELF_SET)
    with psycopg_connect(url) as connection:
        for call in (
            "SELECT * FROM billing.whoami()",
            "SELECT * FROM billing.customer_history(1, 10)",
            "SELECT billing.reveal_contact('customer', 1, 'phone')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                connection.execute(call)
            assert refused.value.diag.message_primary == "operator.password_bypassed"
            assert refused.value.diag.message_detail == (
                "пароль изменён в обход консоли; обратитесь к администратору"
            )
            connection.rollback()
        # Asking is allowed: it records the event (once) and says so.
        assert connection.execute("SELECT billing.check_own_password()").fetchone() == (True,)
        connection.commit()
        assert connection.execute("SELECT billing.check_own_password()").fetchone() == (True,)
        connection.commit()
    assert _bypass_audits(superuser, agent.login) == 1


def test_the_login_says_the_password_was_changed_outside_the_console(
    qapp, russian, pg_server: PgServer, db_name: str, make_operator, superuser
) -> None:
    cashier = make_operator("cashier")
    _set_own_password(pg_server, db_name, cashier)
    with pytest.raises(DatabaseUnavailable) as refused:
        open_operator(pg_server.url(db_name, user=cashier.login, password=SELF_SET))
    assert refused.value.reason is Unavailable.PASSWORD_BYPASSED
    assert describe_login_failure(refused.value.reason) == (
        "Пароль изменён в обход консоли; обратитесь к администратору."
    )
    assert _bypass_audits(superuser, cashier.login) == 1


def test_admins_see_it_and_a_reset_clears_it(
    pg_server: PgServer, db_name: str, make_operator, superuser
) -> None:
    agent = make_operator("agent")
    admin = make_operator("admin")
    engine = make_engine(pg_server.url(db_name, user=admin.login, password=admin.password))
    sessions = make_session_factory(engine)
    try:
        with sessions() as session:
            listed = {row.login: row for row in service.list_operators(session)}
        assert listed[agent.login].password_bypassed_at is None

        _set_own_password(pg_server, db_name, agent)
        with sessions() as session:
            listed = {row.login: row for row in service.list_operators(session)}
        assert listed[agent.login].password_bypassed_at is not None
        with sessions() as session:
            service.list_operators(session)
        assert _bypass_audits(superuser, agent.login) == 1, "audited once"

        with sessions() as session:
            reset = service.reset_operator_password(session, agent.login, "Admin-Given-Passw0rd-7")
        assert reset.password_bypassed_at is None
    finally:
        engine.dispose()
    with psycopg_connect(
        pg_server.url(db_name, user=agent.login, password="Admin-Given-Passw0rd-7")
    ) as connection:
        assert connection.execute("SELECT login FROM billing.whoami()").fetchone() == (agent.login,)


def test_the_operators_tab_shows_the_state(qapp, russian, pg_server, db_name, make_operator):
    from console.admin.operators_tab import OperatorTableModel

    agent = make_operator("agent")
    admin = make_operator("admin")
    _set_own_password(pg_server, db_name, agent)
    engine = make_engine(pg_server.url(db_name, user=admin.login, password=admin.password))
    try:
        with make_session_factory(engine)() as session:
            rows = service.list_operators(session)
    finally:
        engine.dispose()
    model = OperatorTableModel()
    model.set_rows(rows)
    row = next(i for i, r in enumerate(rows) if r.login == agent.login)
    assert model.data(model.index(row, 3)) == "Пароль изменён в обход консоли: сбросьте его"


@pytest.mark.usefixtures("password_authentication")
def test_a_changed_login_check_password_gets_the_published_one_back(
    pg_server: PgServer, db_name: str, make_operator, superuser
) -> None:
    admin = make_operator("admin")
    try:
        with psycopg_connect(
            pg_server.url(db_name, user="billing_login_check", password=LOGIN_CHECK_PASSWORD),
            autocommit=True,
        ) as connection:
            connection.execute("ALTER ROLE CURRENT_USER PASSWORD 'broken-for-everyone'")
        with pytest.raises(psycopg.OperationalError):
            psycopg_connect(
                pg_server.url(db_name, user="billing_login_check", password=LOGIN_CHECK_PASSWORD)
            ).close()
        with psycopg_connect(
            pg_server.url(db_name, user=admin.login, password=admin.password), autocommit=True
        ) as connection:
            assert connection.execute("SELECT billing.detect_password_bypasses()").fetchone() == (
                0,
            )
        with psycopg_connect(
            pg_server.url(db_name, user="billing_login_check", password=LOGIN_CHECK_PASSWORD)
        ) as connection:
            assert connection.execute("SELECT billing.password_expired('nobody')").fetchone() == (
                False,
            )
        audited = superuser.execute(
            "SELECT count(*) FROM billing.audit_log WHERE table_name = 'login_fingerprint'"
            " AND row_key = 'billing_login_check' AND action = 'UPDATE'"
            " AND new_values ->> 'fingerprint' = '*** (changed)'"
        ).fetchone()
        assert audited == (1,)
    finally:
        # Roles are cluster-wide: never leave the shared login-check role broken.
        pg_server.execute(f"ALTER ROLE billing_login_check PASSWORD '{LOGIN_CHECK_PASSWORD}'")


def test_no_operator_reads_a_password_fingerprint(
    pg_server: PgServer, db_name: str, make_operator
) -> None:
    for group in ("agent", "cashier", "supervisor", "admin"):
        operator = make_operator(group)
        with psycopg_connect(
            pg_server.url(db_name, user=operator.login, password=operator.password)
        ) as connection:
            for query in (
                "SELECT * FROM billing.login_fingerprint",
                "SELECT billing_guard.password_fingerprint(current_user)",
            ):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    connection.execute(query)
                connection.rollback()
