"""Disable is final: a session opened in the instant before the admin's commit does nothing.

``billing.disable_operator`` ends the operator's sessions while the admin's transaction is
still open; ``NOLOGIN`` only takes effect when it commits. A cashier who connects in that
window (issue 11, point 5, committed a payment that way) must be refused once the commit
lands: every console function waits on the registry row and then refuses with
``operator.disabled``, and without a group the session cannot even read.
"""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from tests.conftest import PgServer
from tests.security.conftest import OperatorLogin, psycopg_connect


@pytest.fixture
def superuser(db_url) -> Iterator[psycopg.Connection]:
    with psycopg_connect(db_url, autocommit=True) as connection:
        yield connection


@pytest.fixture
def cashier(make_operator, pg_server: PgServer, db_name: str) -> OperatorLogin:
    """A cashier with an open shift."""
    operator: OperatorLogin = make_operator("cashier")
    with psycopg_connect(
        pg_server.url(db_name, user=operator.login, password=operator.password), autocommit=True
    ) as connection:
        connection.execute("SELECT billing.open_shift(1000)")
    return operator


def _connect(pg_server: PgServer, db_name: str, operator: OperatorLogin) -> psycopg.Connection:
    return psycopg_connect(pg_server.url(db_name, user=operator.login, password=operator.password))


def _payments_by(superuser: psycopg.Connection, login: str) -> int:
    row = superuser.execute(
        "SELECT count(*) FROM billing.payment WHERE entered_by = %s", (login,)
    ).fetchone()
    assert row is not None
    return int(row[0])


def _take_payment(connection: psycopg.Connection, account_id: int) -> None:
    connection.execute(
        "SELECT billing.take_payment(%s, 100, 'cash', NULL, %s)", (account_id, uuid.uuid4())
    )
    connection.commit()


def test_a_session_opened_during_the_disable_can_do_nothing_after_the_commit(
    pg_server: PgServer, db_name: str, make_operator, superuser, cashier
) -> None:
    admin = make_operator("admin")
    account_id = superuser.execute(
        "SELECT min(id) FROM billing.account WHERE status = 'open'"
    ).fetchone()[0]
    before = _payments_by(superuser, cashier.login)
    with (
        _connect(pg_server, db_name, cashier) as logged_in,
        _connect(pg_server, db_name, admin) as admin_session,
    ):
        logged_in.execute("SELECT 1")
        logged_in.commit()
        # The admin disables the cashier; the transaction stays open: the window.
        admin_session.execute("SELECT billing.disable_operator(%s)", (cashier.login,))
        with pytest.raises(psycopg.OperationalError):
            logged_in.execute("SELECT 1")

        late = _connect(pg_server, db_name, cashier)  # NOLOGIN is not committed yet
        try:
            outcome: list[BaseException | None] = []

            def pay() -> None:
                try:
                    _take_payment(late, account_id)
                    outcome.append(None)
                except BaseException as error:  # the refusal, reported to the test thread
                    outcome.append(error)

            paying = threading.Thread(target=pay)
            paying.start()
            paying.join(2)
            assert paying.is_alive(), "the late session's payment waits for the admin's commit"
            admin_session.commit()
            paying.join(30)
            assert len(outcome) == 1
            refused = outcome[0]
            assert isinstance(refused, psycopg.errors.InsufficientPrivilege)
            assert refused.diag.message_primary == "operator.disabled"
            late.rollback()

            # After the commit the late session has no group: it can neither pay nor read.
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                _take_payment(late, account_id)
            late.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                late.execute("SELECT count(*) FROM billing.account")
            late.rollback()
        finally:
            late.close()

    assert _payments_by(superuser, cashier.login) == before
    row = superuser.execute(
        "SELECT o.disabled, r.rolcanlogin,"
        " pg_has_role(r.oid, 'billing_cashier', 'MEMBER') FROM billing.operator o"
        " JOIN pg_roles r ON r.rolname = o.login WHERE o.login = %s",
        (cashier.login,),
    ).fetchone()
    assert row == (True, False, False)


def test_a_snapshot_taken_before_the_disable_is_refused_too(
    pg_server: PgServer, db_name: str, make_operator, superuser, cashier
) -> None:
    """REPEATABLE READ: the session's snapshot predates the commit; the row lock notices."""
    admin = make_operator("admin")
    account_id = superuser.execute(
        "SELECT min(id) FROM billing.account WHERE status = 'open'"
    ).fetchone()[0]
    with _connect(pg_server, db_name, admin) as admin_session:
        admin_session.execute("SELECT billing.disable_operator(%s)", (cashier.login,))
        late = _connect(pg_server, db_name, cashier)
        try:
            late.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            late.execute("SELECT count(*) FROM billing.account").fetchone()
            admin_session.commit()
            with pytest.raises(
                (psycopg.errors.InsufficientPrivilege, psycopg.errors.SerializationFailure)
            ):
                _take_payment(late, account_id)
        finally:
            late.close()
    assert _payments_by(superuser, cashier.login) == 0


def test_the_guard_refuses_a_disabled_operator_whatever_their_group(
    pg_server: PgServer, db_name: str, superuser, cashier
) -> None:
    """The registry's flag alone stops every console function (here the group is kept)."""
    superuser.execute(
        "UPDATE billing.operator SET disabled = true WHERE login = %s", (cashier.login,)
    )
    with _connect(pg_server, db_name, cashier) as connection:
        for call in (
            "SELECT billing.take_payment(1, 100, 'cash', NULL, gen_random_uuid())",
            "SELECT billing.close_shift(1000)",
            "SELECT * FROM billing.whoami()",
            "SELECT billing.record_print('bill', 'x', NULL)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege) as refused:
                connection.execute(call)
            assert refused.value.diag.message_primary == "operator.disabled"
            connection.rollback()


def test_disable_ends_a_session_that_holds_its_registry_row(
    pg_server: PgServer, db_name: str, make_operator, superuser, cashier
) -> None:
    """A console call left in an open transaction holds the row; the disable goes through."""
    admin = make_operator("admin")
    with _connect(pg_server, db_name, cashier) as idle, _connect(pg_server, db_name, admin) as a:
        idle.execute("SELECT * FROM billing.whoami()").fetchall()  # row share-locked, no commit
        a.execute("SET lock_timeout = '20s'")
        a.execute("SELECT billing.disable_operator(%s)", (cashier.login,))
        a.commit()
        with pytest.raises(psycopg.OperationalError):
            idle.execute("SELECT 1")


def test_enable_gives_the_group_back(
    pg_server: PgServer, db_name: str, make_operator, superuser, cashier
) -> None:
    admin = make_operator("admin")
    with _connect(pg_server, db_name, admin) as a:
        a.execute("SELECT billing.disable_operator(%s)", (cashier.login,))
        a.execute("SELECT billing.set_operator_group(%s, 'agent')", (cashier.login,))
        a.commit()
        assert not superuser.execute(
            "SELECT pg_has_role(%s, 'billing_agent', 'MEMBER')", (cashier.login,)
        ).fetchone()[0]
        a.execute("SELECT billing.enable_operator(%s)", (cashier.login,))
        a.commit()
    with _connect(pg_server, db_name, cashier) as connection:
        me = connection.execute("SELECT group_name FROM billing.whoami()").fetchone()
    assert me == ("agent",)
