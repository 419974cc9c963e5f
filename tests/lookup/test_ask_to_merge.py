"""An agent asks a supervisor to merge a caller's login with another customer's login."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.orm import Session, sessionmaker

from console.lookup.action_dialog import ActionDialog
from console.lookup.lookup_tab import LookupTab
from console.navigation import Navigator
from console.tasks import TaskRunner
from tests.lookup.conftest import one
from widgets.qt import QtWidgets

Factory = Callable[[str], sessionmaker[Session]]


@pytest.fixture
def runner(qtbot, operator_sessions: Factory) -> Iterator[TaskRunner]:
    runner = TaskRunner(operator_sessions("billing_agent"))
    yield runner
    runner.wait_for_done()
    qtbot.wait(100)  # deliver the last results while the widgets still exist


def test_an_agent_asks_to_merge_a_login_of_another_customer(
    qtbot, runner: TaskRunner, session: Session
) -> None:
    keep_id, customer_id, other_login = one(
        session,
        "SELECT k.id, k.customer_id, j.login FROM portal_user k JOIN portal_user j"
        " ON j.customer_id <> k.customer_id AND j.status = 'active'"
        " WHERE k.status = 'active' AND k.kind = 'person' AND j.kind = 'person'"
        " AND (SELECT count(*) FROM portal_user o WHERE o.customer_id = k.customer_id) = 1"
        " ORDER BY k.id, j.id",
    )
    tab = LookupTab(runner, Navigator(), "agent")
    qtbot.addWidget(tab)
    tab.resize(1300, 850)
    tab.show()
    tab.open_customer(customer_id)
    card = tab.current_card()
    assert card is not None
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    panel = card.portal
    panel.table.selectRow(0)
    ask = panel.buttons["merge_request"]
    assert ask.objectName() == "lookupPortal_merge_request"
    assert ask.accessibleName() == "Ask to merge"
    assert ask.isEnabled()
    assert not panel.buttons["merge"].isEnabled()  # an agent merges nothing at once
    ask.click()
    dialog = panel.findChild(ActionDialog)
    assert dialog is not None
    assert dialog.input is not None
    problem = dialog.findChild(QtWidgets.QLabel, "lookupActionProblem")
    assert problem is not None
    dialog.input.setText("no_such_login_anywhere")
    dialog.run()
    qtbot.waitUntil(problem.isVisible, timeout=10_000)
    assert "No portal login" in problem.text()
    dialog.input.setText(other_login.upper())  # logins are matched whatever the case
    with qtbot.waitSignal(dialog.accepted, timeout=10_000):
        dialog.run()
    request = one(
        session,
        "SELECT keep_id, joined_login, status, requested_by <> current_user"
        " FROM merge_request ORDER BY id DESC",
    )
    assert request == (keep_id, other_login, "pending", True)
