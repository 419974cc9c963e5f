"""The stored account totals behind the debt badges: always the history's sums, after
the demo load and after every kind of write, and written by nobody but their triggers."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.services.lookup import LookupQuery, fetch_page, interpret
from models import clock
from models.domain.search_keys import KeyKind
from models.operations import payments
from models.queries.balance import balances, nets
from tests.lookup.conftest import PASSWORD, one
from tests.readings.helpers import confirm

_HISTORY = """
    SELECT a.id,
           coalesce((SELECT sum(b.amount) FROM bill b WHERE b.account_id = a.id), 0)
           - coalesce((SELECT sum(p.amount) FROM payment p WHERE p.account_id = a.id), 0)
      FROM account a
"""
_STORED = """
    SELECT a.id, coalesce(t.charged - t.paid, 0)
      FROM account a LEFT JOIN account_total t ON t.account_id = a.id
"""


def _nets(session: Session, sql: str) -> dict[int, Decimal]:
    return {int(i): Decimal(n) for i, n in session.execute(text(sql))}


def _assert_totals_are_the_history(session: Session) -> None:
    session.rollback()  # a fresh snapshot: see what the other sessions committed
    assert _nets(session, _STORED) == _nets(session, _HISTORY)


def _badge(session: Session, number: str) -> tuple[Decimal, Decimal]:
    """The debt and overpayment badges of the account's row in a search for its number."""
    query = interpret(number, KeyKind.ACCOUNT_NUMBER)
    assert isinstance(query, LookupQuery)
    rows = [r for r in fetch_page(session, query, as_of=clock.today()).rows if r.account_number]
    assert len(rows) == 1
    return rows[0].debt, rows[0].overpayment


def test_the_demo_load_sums_every_account(session: Session, today) -> None:
    _assert_totals_are_the_history(session)
    latest = session.execute(text("SELECT max(dated_until) FROM account_total")).scalar_one()
    assert latest <= today


@pytest.mark.parametrize("days_back", [0, 45, 400])
def test_badge_nets_are_the_balances_on_any_day(session: Session, today, days_back: int) -> None:
    """Looking at an earlier day, accounts with later bills or payments are summed from
    their history; the badges are :attr:`Balance.net` to the kopeck either way."""
    as_of = today - timedelta(days=days_back)
    ids = [int(i) for i in session.execute(text("SELECT id FROM account ORDER BY id")).scalars()]
    expected: dict[int, Decimal] = {}
    got: dict[int, Decimal] = {}
    for start in range(0, len(ids), 50):
        page = ids[start : start + 50]
        expected |= {i: b.net for i, b in balances(session, page, as_of).items()}
        got |= nets(session, page, as_of)
    assert got == expected
    assert any(n > 0 for n in got.values())
    assert any(n < 0 for n in got.values())


def test_badges_follow_payments_reversals_and_bills_at_once(
    session: Session,
    operator_sessions: Callable[[str], sessionmaker[Session]],
) -> None:
    """What a caller hears after paying, after a reversal and after a new bill is the new
    balance: the search's badge moves by exactly that amount."""
    account_id, number = one(
        session,
        "SELECT a.id, a.number FROM account a JOIN metering_point p ON p.account_id = a.id"
        " JOIN meter m ON m.metering_point_id = p.id AND m.removed_on IS NULL AND m.zones = 1"
        " WHERE a.status = 'open' AND (SELECT count(*) FROM account b WHERE b.number = a.number) = 1"
        " AND (SELECT count(*) FROM metering_point q JOIN meter n ON n.metering_point_id = q.id"
        "      WHERE q.account_id = a.id AND n.removed_on IS NULL) = 1"
        " ORDER BY a.id LIMIT 1",
    )
    before = _badge(session, number)
    cashier = operator_sessions("billing_cashier")
    with cashier() as desk:
        payments.open_shift(desk, Decimal("0.00"))
        taken = payments.take_payment(
            desk,
            payments.PaymentRequest(account_id, Decimal("1000.00"), "cash", None, uuid.uuid4()),
        )
    session.rollback()
    debt, over = _badge(session, number)
    assert (debt - over) == (before[0] - before[1]) - Decimal("1000.00")

    supervisor = operator_sessions("billing_supervisor")
    with supervisor() as own:
        payments.reverse_payment(own, taken.payment.id, "Ошибочный лицевой счёт")
    session.rollback()
    assert _badge(session, number) == before

    last = session.execute(
        text(
            "SELECT r.zone, r.value FROM reading r JOIN meter m ON m.id = r.meter_id"
            " JOIN metering_point p ON p.id = m.metering_point_id"
            " WHERE p.account_id = :a AND m.removed_on IS NULL ORDER BY r.taken_on DESC, r.id DESC"
        ),
        {"a": account_id},
    ).first()
    assert last is not None
    with supervisor() as own:
        done = confirm(own, account_id, {last.zone: str(last.value + 150)})
    session.rollback()
    billed = session.execute(
        text("SELECT amount FROM bill WHERE id = :id"), {"id": done.bill_id}
    ).scalar_one()
    assert billed > 0
    debt, over = _badge(session, number)
    assert (debt - over) == (before[0] - before[1]) + billed
    _assert_totals_are_the_history(session)


def test_repairs_by_a_superuser_keep_the_totals(session: Session) -> None:
    """Maintenance edits (a bill's amount, a deleted bill, a moved payment) are summed too."""
    bill_id, other = one(
        session,
        "SELECT b.id, (SELECT min(id) FROM account WHERE id <> b.account_id) FROM bill b"
        " WHERE NOT EXISTS (SELECT FROM payment p WHERE p.bill_id = b.id)"
        " AND NOT EXISTS (SELECT FROM bill c WHERE c.corrects_bill_id = b.id) ORDER BY b.id LIMIT 1",
    )
    session.execute(text("UPDATE bill SET amount = amount + 12.34 WHERE id = :id"), {"id": bill_id})
    session.execute(text("UPDATE bill SET paid_on = formed_on WHERE id = :id"), {"id": bill_id})
    session.execute(
        text("UPDATE payment SET account_id = :other WHERE id = (SELECT min(id) FROM payment)"),
        {"other": other},
    )
    session.execute(text("DELETE FROM bill WHERE id = :id"), {"id": bill_id})
    session.execute(text("DELETE FROM payment WHERE id = (SELECT max(id) FROM payment)"))
    assert _nets(session, _STORED) == _nets(session, _HISTORY)


def test_nobody_but_the_triggers_writes_the_totals(pg_server, db_name: str) -> None:
    """An operator with psql can neither write the totals nor borrow their trigger."""
    name = f"t_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f"CREATE ROLE {name} LOGIN PASSWORD '{PASSWORD}' IN ROLE billing_supervisor")
    url = pg_server.url(db_name, user=name, password=PASSWORD)
    try:
        with psycopg.connect(url.set(drivername="postgresql").render_as_string(False)) as conn:
            attempts = (
                "UPDATE billing.account_total SET paid = paid + 1000",
                "INSERT INTO billing.account_total VALUES (1, 0, 1000000, CURRENT_DATE)",
                "SELECT billing.rebuild_account_totals()",
                "CREATE TEMP TABLE bill (account_id bigint, amount numeric, formed_on date);"
                " CREATE TRIGGER t AFTER INSERT ON pg_temp.bill REFERENCING NEW TABLE AS new_rows"
                " FOR EACH STATEMENT EXECUTE FUNCTION billing.account_total_change()",
            )
            for statement in attempts:
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    conn.execute(statement)
                conn.rollback()
            kept = conn.execute("SELECT count(*) FROM billing.account_total").fetchone()
            assert kept is not None
            assert kept[0] > 0
    finally:
        pg_server.execute(f"DROP OWNED BY {name} CASCADE; DROP ROLE {name}")
