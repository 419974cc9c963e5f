"""The payment history an agent looks at: payments, bills with lines, balance on a date, CSV."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.navigation import Navigator
from console.payments.history_tab import PaymentsTab
from console.services.payments import AccountHistory
from console.tasks import TaskRunner
from models import clock
from tests.payments.conftest import OperatorSessions
from tests.payments.held_runner import HeldRunner
from widgets.qt import QtCore


@pytest.fixture
def agent(operator: OperatorSessions) -> sessionmaker[Session]:
    return operator("billing_agent")


@pytest.fixture
def runner(agent: sessionmaker[Session]) -> Iterator[TaskRunner]:
    runner = TaskRunner(agent)
    yield runner
    runner.wait_for_done()


def test_history_of_an_account_opened_from_the_customer_card(
    qtbot: QtBot, runner: TaskRunner, session: Session, tmp_path: Path
) -> None:
    account_id = int(
        session.execute(
            text("SELECT account_id FROM bill WHERE paid_on IS NULL ORDER BY account_id LIMIT 1")
        ).scalar_one()
    )
    navigator = Navigator()
    tab = PaymentsTab(runner, navigator=navigator)
    qtbot.addWidget(tab)
    with qtbot.waitSignal(tab.history_shown, timeout=10_000) as shown:
        navigator.open_account_tool.emit("payments", account_id)
    history: AccountHistory = shown.args[0]
    assert history.payments
    assert history.bills
    assert tab.payments_model.rowCount() == len(history.payments)
    assert tab.bills_model.rowCount() == len(history.bills)
    first = tab.bills_model.item(0, 0)
    assert first.rowCount() == len(history.bills[0].lines) > 0  # lines on expand
    paid_column = [tab.bills_model.item(r, 4).text() for r in range(tab.bills_model.rowCount())]
    assert any("не оплачен" in cell or "not paid" in cell for cell in paid_column)

    # The balance as of an old date: before the first bill nothing was owed.
    tab.balance_date.setDate(QtCore.QDate(2000, 1, 1))
    qtbot.waitUntil(lambda: tab.balance_label.text() in ("Nothing owed", "Задолженности нет"))

    out = tmp_path / "payments.csv"
    tab.export_to(out)
    qtbot.waitUntil(lambda: "payments.csv" in tab.status.text(), timeout=10_000)
    with out.open(encoding="utf-8-sig") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert len(rows) == 1 + len(history.payments)
    assert rows[1][0] == f"{history.payments[0].paid_on:%d.%m.%Y}"
    assert history.date_to <= clock.today()


def test_an_older_balance_arriving_last_is_dropped(
    qtbot: QtBot, agent: sessionmaker[Session], session: Session
) -> None:
    """The first balance load (today: something owed) answers after the one asked for
    the new date (2000: nothing owed): the label keeps the newer answer."""
    account_id = int(
        session.execute(
            text("SELECT account_id FROM bill WHERE paid_on IS NULL ORDER BY account_id LIMIT 1")
        ).scalar_one()
    )
    runner = HeldRunner(agent)
    tab = PaymentsTab(runner)
    qtbot.addWidget(tab)
    tab.load_account(account_id)  # 0: the history, 1: the balance today
    tab.balance_date.setDate(QtCore.QDate(2000, 1, 1))  # 2: the balance then
    runner.wait_answers(qtbot, 3)
    with qtbot.waitSignal(tab.history_shown, timeout=5_000):
        runner.release(0)
    runner.release(2)
    nothing_owed = ("Nothing owed", "Задолженности нет")
    assert tab.balance_label.text() in nothing_owed
    runner.release(1)  # the stale answer, last
    assert tab.balance_label.text() in nothing_owed
    # An older history answer is dropped the same way.
    tab.refresh()  # 3: history, 4: balance
    tab.refresh()  # 5: history, 6: balance
    runner.wait_answers(qtbot, 4)
    with qtbot.assertNotEmitted(tab.history_shown):
        runner.release(3)
    with qtbot.waitSignal(tab.history_shown, timeout=5_000):
        runner.release(5)
    runner.release(6)
    runner.release(4)
    assert tab.balance_label.text() in nothing_owed
    runner.wait_for_done()
