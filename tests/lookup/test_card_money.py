"""The card splits the debt by kind and shows internet payments not posted yet."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy.orm import Session, sessionmaker

from console.lookup.card_widget import CustomerCard
from console.navigation import Navigator
from console.tasks import TaskRunner
from models.queries.balance import DEBT_KINDS, split_debt
from models.queries.card import load_card
from tests.lookup.conftest import one

D = Decimal


def test_payments_settle_the_oldest_bills_so_the_newest_lines_are_owed() -> None:
    newest = [("electricity", D("1000.00")), ("service", D("200.00")), ("penalty", D("5.00"))]
    older = [("electricity", D("600.00")), ("debt_schedule", D("300.00")), ("act", D("0.00"))]
    oldest = [("electricity", D("900.00"))]
    owed = split_debt(D("1500.00"), [newest, older, oldest])
    # The newest bill whole, then a third of the older one, in proportion.
    assert owed == {
        "electricity": D("1200.00"),
        "debt_schedule": D("100.00"),
        "act": D("0.00"),
        "service": D("200.00"),
    }
    assert sum(owed.values()) == D("1500.00")


def test_odd_kopecks_and_debt_older_than_the_bills() -> None:
    owed = split_debt(D("0.01"), [[("electricity", D("1.00")), ("act", D("1.00"))]])
    assert sum(owed.values()) == D("0.01")
    owed = split_debt(D("500.00"), [[("service", D("100.00")), ("correction", D("-20.00"))]])
    assert owed["service"] == D("100.00")
    assert owed["electricity"] == D("400.00")  # -20 correction, then the older debt
    assert set(owed) == set(DEBT_KINDS)
    assert split_debt(D("0"), []) == dict.fromkeys(DEBT_KINDS, D("0.00"))


def test_card_splits_each_debt_exactly(session: Session, today: date) -> None:
    customer_id = one(
        session,
        "SELECT a.customer_id FROM account a WHERE EXISTS (SELECT FROM bill_line l JOIN bill b"
        " ON b.id = l.bill_id WHERE b.account_id = a.id AND l.kind IN ('service', 'act',"
        " 'debt_schedule')) ORDER BY a.id",
    )[0]
    card = load_card(session, customer_id, today)
    for account in card.accounts:
        if account.balance.debt > 0:
            assert sum(amount for _kind, amount in account.debt_by_kind) == account.balance.debt
        else:
            assert account.debt_by_kind == ()


@pytest.fixture
def runner(qtbot, sessions: sessionmaker[Session]) -> Iterator[TaskRunner]:
    runner = TaskRunner(sessions)
    yield runner
    runner.wait_for_done()
    qtbot.wait(100)


def test_card_shows_a_pending_internet_payment(qtbot, runner: TaskRunner, session: Session) -> None:
    customer_id, number, amount = one(
        session,
        "SELECT a.customer_id, a.number, p.amount FROM internet_payment p"
        " JOIN account a ON a.id = p.account_id WHERE p.status = 'pending' ORDER BY p.id",
    )
    card = CustomerCard(runner, Navigator(), customer_id, "agent")
    qtbot.addWidget(card)
    card.resize(1300, 900)
    card.show()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    row = next(
        r for r in range(card.accounts.rowCount()) if card.accounts.item(r, 0).text() == number
    )
    card.accounts.selectRow(row)
    qtbot.waitUntil(card.money_state.isVisible, timeout=5_000)
    whole = f"{amount:.2f}".split(".")[0]
    assert "Internet payment" in card.money_state.text()
    assert whole[-3:] in card.money_state.text()
