"""Locks an operator could hold against everyone: none of the functions uses advisory locks.

The hostile operator of issue 11 took the advisory locks ``record_print`` and
``portal_change_phone`` used (any role may call ``pg_advisory_lock``) and made a cashier
wait out its timeout. Now a unique index decides: taking those locks blocks nothing, and
concurrent prints and phone changes still never collide.
"""

from __future__ import annotations

import threading
import time
import uuid
from collections.abc import Iterator

import psycopg
import pytest

from tests.conftest import PgServer
from tests.pause import pause
from tests.security.conftest import OperatorLogin, psycopg_connect


@pytest.fixture
def superuser(pg_server: PgServer, db_name: str) -> Iterator[psycopg.Connection]:
    with psycopg_connect(pg_server.url(db_name), autocommit=True) as connection:
        yield connection


@pytest.fixture
def connect(pg_server: PgServer, db_name: str) -> Iterator[object]:
    opened: list[psycopg.Connection] = []

    def open_as(operator: OperatorLogin, **kwargs: object) -> psycopg.Connection:
        connection = psycopg_connect(
            pg_server.url(db_name, user=operator.login, password=operator.password), **kwargs
        )
        opened.append(connection)
        return connection

    yield open_as
    for connection in opened:
        connection.close()


def test_no_function_takes_an_advisory_lock(superuser) -> None:
    users = superuser.execute(
        "SELECT p.proname FROM pg_proc p WHERE p.pronamespace = 'billing'::regnamespace"
        r" AND p.prokind = 'f' AND pg_get_functiondef(p.oid) ILIKE '%pg\_advisory%'"
    ).fetchall()
    assert users == []


def test_an_operators_advisory_lock_holds_up_no_print(make_operator, connect, superuser) -> None:
    agent, cashier = make_operator("agent"), make_operator("cashier")
    bill_id = superuser.execute("SELECT max(id) FROM billing.bill").fetchone()[0]
    hostile = connect(agent, autocommit=True)
    hostile.execute("SELECT pg_advisory_lock(hashtext(%s))", (f"bill:{bill_id}",))
    victim = connect(cashier, autocommit=True)
    victim.execute("SET lock_timeout = '1s'")
    started = time.monotonic()
    copy = victim.execute(
        "SELECT billing.record_print('bill', %s, NULL)", (str(bill_id),)
    ).fetchone()[0]
    assert copy >= 1
    assert time.monotonic() - started < 1.0


def test_concurrent_prints_get_distinct_copy_numbers(make_operator, connect) -> None:
    agents = [make_operator("agent") for _ in range(2)]
    key = f"locks-{uuid.uuid4().hex[:8]}"
    copies: list[int] = []
    failures: list[BaseException] = []
    barrier = threading.Barrier(8)

    def prints(operator: OperatorLogin) -> None:
        try:
            connection = connect(operator, autocommit=True)
            barrier.wait()
            for _ in range(5):
                copies.append(
                    connection.execute(
                        "SELECT billing.record_print('statement', %s, NULL)", (key,)
                    ).fetchone()[0]
                )
        except BaseException as error:  # reported below
            failures.append(error)

    threads = [threading.Thread(target=prints, args=(agents[i % 2],)) for i in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    assert sorted(copies) == list(range(1, 41))


def test_an_operators_advisory_lock_holds_up_no_phone_change(
    make_operator, connect, superuser
) -> None:
    agent, hostile_agent = make_operator("agent"), make_operator("agent")
    user_id, version = superuser.execute(
        "SELECT id, version FROM billing.portal_user WHERE status = 'active' ORDER BY id LIMIT 1"
    ).fetchone()
    number = "+79990001357"
    hostile = connect(hostile_agent, autocommit=True)
    hostile.execute(
        "SELECT pg_advisory_lock(hashtext(%s))", (f"billing.portal_user.phone:{number}",)
    )
    victim = connect(agent, autocommit=True)
    victim.execute("SET lock_timeout = '1s'")
    new_version = victim.execute(
        "SELECT billing.portal_change_phone(%s, %s, %s)", (user_id, version, number)
    ).fetchone()[0]
    assert new_version == version + 1


def test_two_logins_never_get_one_phone(make_operator, connect, superuser) -> None:
    """Two operators change two logins to the same number at once: one wins."""
    users = superuser.execute(
        "SELECT id, version FROM billing.portal_user WHERE status = 'active' ORDER BY id LIMIT 2"
    ).fetchall()
    number = "+79990002468"
    first = connect(make_operator("agent"))
    second = connect(make_operator("agent"), autocommit=True)
    first.execute("SELECT billing.portal_change_phone(%s, %s, %s)", (*users[0], number))
    outcome: list[object] = []

    def change() -> None:
        try:
            second.execute("SELECT billing.portal_change_phone(%s, %s, %s)", (*users[1], number))
            outcome.append("changed")
        except psycopg.Error as error:
            outcome.append(error.diag.message_primary)

    thread = threading.Thread(target=change)
    thread.start()
    pause(0.3)  # the second waits for the first's uncommitted phone
    first.commit()
    thread.join()
    assert outcome == ["portal_user.phone_taken"]
    assert superuser.execute(
        "SELECT count(*) FROM billing.portal_user WHERE phone = %s", (number,)
    ).fetchone() == (1,)


@pytest.mark.parametrize("group", ["agent", "cashier", "supervisor"])
def test_an_operator_can_take_only_access_share_which_blocks_no_operator(
    group: str, make_operator, connect, superuser
) -> None:
    """ACCESS SHARE (allowed with SELECT) conflicts only with DDL; nothing stronger is allowed."""
    hostile = connect(make_operator(group))
    hostile.execute(
        "LOCK TABLE billing.payment, billing.bill, billing.document_print IN ACCESS SHARE MODE"
    )
    for mode in ("ROW SHARE", "ROW EXCLUSIVE", "SHARE", "EXCLUSIVE", "ACCESS EXCLUSIVE"):
        with pytest.raises(psycopg.errors.InsufficientPrivilege), hostile.transaction():
            hostile.execute(f"LOCK TABLE billing.payment IN {mode} MODE")
    cashier = connect(make_operator("cashier"), autocommit=True)
    cashier.execute("SET lock_timeout = '1s'")
    account = superuser.execute(
        "SELECT min(id) FROM billing.account WHERE status = 'open'"
    ).fetchone()[0]
    cashier.execute("SELECT billing.open_shift(0)")
    cashier.execute(
        "SELECT billing.take_payment(%s, 10, 'cash', NULL, gen_random_uuid())", (account,)
    )
    cashier.execute("SELECT billing.record_print('payment_receipt', %s, NULL)", (str(account),))
    hostile.rollback()


@pytest.mark.server_timers
def test_a_migration_gives_up_on_an_operators_access_share(
    make_operator, connect, superuser
) -> None:
    """DDL waits for ACCESS SHARE: a migration with a lock_timeout gives up rather than
    queueing every operator behind it (docs/privileges.md, "Locks, timeouts")."""
    hostile = connect(make_operator("agent"))
    hostile.execute("LOCK TABLE billing.document_print IN ACCESS SHARE MODE")
    superuser.execute("SET lock_timeout = '300ms'")
    with pytest.raises(psycopg.errors.LockNotAvailable):
        superuser.execute("ALTER TABLE billing.document_print ADD COLUMN probe integer")
    superuser.execute("RESET lock_timeout")
    hostile.rollback()
