"""A supervisor clears a queue with the keyboard alone: Ctrl+N, read, approve or reject, next."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import shiboken6
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine, text

from console.moderation.tab import ModerationTab
from console.settings import Settings
from console.tasks import TaskRunner
from tests.moderation.conftest import Operator
from tests.moderation.helpers import fill_link_queue
from widgets.qt import Qt, QtCore, QtWidgets

ITEMS = 4


@pytest.fixture
def tab(
    qtbot: QtBot, tmp_path: Path, engine: Engine, supervisor: Operator
) -> Iterator[ModerationTab]:
    with engine.begin() as connection:
        fill_link_queue(connection, ITEMS)
    settings = Settings(
        QtCore.QSettings(str(tmp_path / "s.ini"), QtCore.QSettings.Format.IniFormat)
    )
    runner = TaskRunner(supervisor.sessions)
    widget = ModerationTab(runner, settings)
    qtbot.addWidget(widget)
    widget.show()
    widget.refresh()
    qtbot.waitUntil(lambda: widget._model.rowCount() == ITEMS, timeout=10_000)
    yield widget
    runner.wait_for_done()


def _reject_with_first_reason(qtbot: QtBot, tab: ModerationTab) -> None:
    """Ctrl+Shift+R asks for the reason; Down picks the first one, Ctrl+Enter rejects."""
    with qtbot.waitSignal(tab.reject_opened, timeout=5_000) as opened:
        qtbot.keyClick(
            tab.window(),
            Qt.Key.Key_R,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
    dialog = opened.args[0]
    qtbot.waitUntil(dialog.reason.hasFocus)
    assert dialog.reason.currentIndex() == -1  # no reason is chosen for the supervisor
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Down)
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible())
    tab.window().activateWindow()  # what a window manager does when a dialog closes


def test_a_queue_cleared_from_the_keyboard(
    qtbot: QtBot, tab: ModerationTab, engine: Engine
) -> None:
    page = tab.findChild(QtWidgets.QTextBrowser, "moderationDecisionPage")
    message = tab.findChild(QtWidgets.QLabel, "moderationMessage")
    approve = tab.findChild(QtWidgets.QPushButton, "moderationApprove")
    assert page is not None
    assert message is not None
    assert approve is not None
    for n in range(ITEMS):
        qtbot.keyClick(tab.window(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: approve.isEnabled(), timeout=10_000)
        assert "Щщщ" in page.toPlainText()  # the customer's letters beside the owner's name
        if n % 2 == 0:
            qtbot.keyClick(tab.window(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        else:
            _reject_with_first_reason(qtbot, tab)
        qtbot.waitUntil(
            lambda: "notified" in message.text() or "уведомл" in message.text(), timeout=10_000
        )
        message.setText("")
    qtbot.keyClick(tab.window(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: message.text() != "" and not message.text().startswith("Taking"), timeout=10_000
    )
    assert not approve.isEnabled()
    with engine.connect() as connection:
        counts = dict(
            connection.execute(
                text(
                    "SELECT status, count(*) FROM billing.link_request"
                    " WHERE status IN ('new', 'pending', 'approved', 'rejected')"
                    " AND proof_value = 'Щщщ' GROUP BY status"
                )
            ).all()
        )
    assert counts == {"approved": ITEMS // 2, "rejected": ITEMS // 2}
    qtbot.waitUntil(lambda: tab._model.rowCount() == 0, timeout=10_000)
