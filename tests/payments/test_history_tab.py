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
