"""A payment's idempotency key: one press, one payment, and nothing else under that key.

The hostile cashier of issue 11 reused a key with another method, another bill or a NULL
amount and got the old payment back as success. Now the same key with the same
parameters returns the old payment; any differing parameter is refused with
``payment.key_reused`` and nothing is written.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from decimal import Decimal

import psycopg
import pytest

from console.problem_texts import describe
from console.services import payments as service
from models.database import make_engine, make_session_factory
from models.domain.problems import ValidationFailed
from tests.conftest import PgServer
from tests.security.conftest import OperatorLogin, psycopg_connect

TAKE = "SELECT (billing.take_payment(%s, %s, %s, %s, %s)).id"


@pytest.fixture
def cashiers(
    pg_server: PgServer, db_name: str, make_operator
) -> Iterator[list[psycopg.Connection]]:
    opened = []
    for _ in range(2):
        operator: OperatorLogin = make_operator("cashier")
        connection = psycopg_connect(
            pg_server.url(db_name, user=operator.login, password=operator.password),
            autocommit=True,
        )
        connection.execute("SELECT billing.open_shift(0)")
        opened.append(connection)
    yield opened
    for connection in opened:
        connection.close()


@pytest.fixture
def accounts(pg_server: PgServer, db_name: str) -> tuple[int, int, int]:
    """Two open accounts and a bill of the first."""
    with psycopg_connect(pg_server.url(db_name), autocommit=True) as superuser:
        first, second = (
            row[0]
            for row in superuser.execute(
                "SELECT a.id FROM billing.account a WHERE a.status = 'open'"
                " AND EXISTS (SELECT FROM billing.bill b WHERE b.account_id = a.id)"
                " ORDER BY a.id LIMIT 2"
            )
        )
        row = superuser.execute(
            "SELECT max(id) FROM billing.bill WHERE account_id = %s", (first,)
        ).fetchone()
        assert row is not None
        bill = int(row[0])
    return first, second, bill


def test_the_same_press_again_returns_the_same_payment(cashiers, accounts) -> None:
    cashier = cashiers[0]
    account, _other, bill = accounts
    key = uuid.uuid4()
    first = cashier.execute(TAKE, (account, Decimal("100.00"), "cash", bill, key)).fetchone()
    again = cashier.execute(TAKE, (account, Decimal("100.00"), "cash", bill, key)).fetchone()
    assert first == again
    key = uuid.uuid4()
    card = cashier.execute(TAKE, (account, Decimal("5"), "card", None, key)).fetchone()
    assert cashier.execute(TAKE, (account, Decimal("5.00"), "card", None, key)).fetchone() == card


@pytest.mark.parametrize(
    "changed",
    ["account", "amount", "NULL amount", "method", "NULL method", "bill", "no bill"],
)
def test_a_reused_key_with_any_other_parameter_is_refused(
    changed: str, cashiers, accounts, pg_server, db_name
) -> None:
    cashier = cashiers[0]
    account, other, bill = accounts
    key = uuid.uuid4()
    original = (account, Decimal("100.00"), "cash", bill, key)
    cashier.execute(TAKE, original)
    replay = {
        "account": (other, Decimal("100.00"), "cash", None, key),
        "amount": (account, Decimal("100.01"), "cash", bill, key),
        "NULL amount": (account, None, "cash", bill, key),
        "method": (account, Decimal("100.00"), "card", bill, key),
        "NULL method": (account, Decimal("100.00"), None, bill, key),
        "bill": (account, Decimal("100.00"), "cash", bill - 1, key),
        "no bill": (account, Decimal("100.00"), "cash", None, key),
    }[changed]
    with psycopg_connect(pg_server.url(db_name), autocommit=True) as superuser:
        before = superuser.execute("SELECT count(*) FROM billing.payment").fetchone()
        with pytest.raises(psycopg.errors.RaiseException) as raised:
            cashier.execute(TAKE, replay)
        assert raised.value.diag.message_primary == "payment.key_reused"
        assert superuser.execute("SELECT count(*) FROM billing.payment").fetchone() == before


def test_another_cashier_cannot_replay_a_key(cashiers, accounts) -> None:
    account, _other, _bill = accounts
    key = uuid.uuid4()
    cashiers[0].execute(TAKE, (account, Decimal("10.00"), "cash", None, key))
    with pytest.raises(psycopg.errors.RaiseException) as raised:
        cashiers[1].execute(TAKE, (account, Decimal("10.00"), "cash", None, key))
    assert raised.value.diag.message_primary == "payment.key_reused"


def test_the_console_says_so_in_russian(
    pg_server, db_name, make_operator, accounts, russian
) -> None:
    operator = make_operator("cashier")
    engine = make_engine(pg_server.url(db_name, user=operator.login, password=operator.password))
    sessions = make_session_factory(engine)
    account, _other, _bill = accounts
    key = uuid.uuid4()
    try:
        with sessions() as session:
            service.open_shift(session, Decimal("0"))
            service.take_payment(
                session, service.PaymentRequest(account, Decimal("50.00"), "cash", None, key)
            )
            with pytest.raises(ValidationFailed) as raised:
                service.take_payment(
                    session, service.PaymentRequest(account, Decimal("50.00"), "card", None, key)
                )
    finally:
        engine.dispose()
    [problem] = raised.value.problems
    assert problem.code == "payment.key_reused"
    assert "другими данными" in describe(problem)
