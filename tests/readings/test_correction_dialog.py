"""A supervisor corrects a wrong reading from the readings tab, keyboard first."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.navigation import Navigator
from console.readings.correction_dialog import CorrectionDialog
from console.readings.tab import ReadingsTab
from console.services.readings import ConfirmedReadings, correct_reading, load_correction_target
from console.tasks import TaskRunner
from models import clock
from tests.readings.conftest import OperatorFactory
from tests.readings.helpers import confirm, count
from widgets.qt import QtCore, QtGui, QtWidgets

Key = QtCore.Qt.Key
CTRL = QtCore.Qt.KeyboardModifier.ControlModifier
VALUES = {"T1": "13400", "T2": "13990", "T3": "15200"}  # account 1: a three-zone meter
REASON = "Абонент продиктовал ошибочно"

TabFactory = Callable[[sessionmaker[Session], bool], ReadingsTab]


@pytest.fixture
def make_tab(qtbot: QtBot) -> Iterator[TabFactory]:
    """A shown readings tab working with the given operator's sessions."""
    runners: list[TaskRunner] = []

    def make(sessions: sessionmaker[Session], can_correct: bool) -> ReadingsTab:
        runner = TaskRunner(sessions)
        runners.append(runner)
        tab = ReadingsTab(runner, today=clock.today, navigator=Navigator(), can_correct=can_correct)
        qtbot.addWidget(tab)
        tab.show()
        qtbot.waitExposed(tab)
        tab.activateWindow()
        return tab

    yield make
    for runner in runners:
        runner.wait_for_done()


def _confirmed_reading(operator: OperatorFactory) -> ConfirmedReadings:
    """Account 1's readings of today, confirmed by an agent: they formed a bill."""
    _, agent = operator("billing_agent")
    with agent() as session:
        done = confirm(session, 1, VALUES)
    assert done.bill_id is not None
    return done


def _select_reading(qtbot: QtBot, tab: ReadingsTab, reading_id: int) -> int:
    """Open account 1 and select the reading ``reading_id`` in the history."""
    tab.open_account(1)
    model = tab.history.model

    def row_of_reading() -> int | None:
        for index in range(model.rowCount()):
            row = model.row_at(index)
            if row is not None and row.id == reading_id:
                return index
        return None

    qtbot.waitUntil(lambda: row_of_reading() is not None, timeout=10_000)
    index = row_of_reading()
    assert index is not None
    tab.history.table.setFocus()
    tab.history.table.selectRow(index)
    qtbot.waitUntil(lambda: tab.history.table.hasFocus())
    return index


def _open_dialog(qtbot: QtBot, tab: ReadingsTab) -> CorrectionDialog:
    """Ctrl+Shift+E, the shortcut the button shows, opens the dialog with the value focused."""
    assert "Ctrl+Shift+E" in tab.history.correct_button.text()
    qtbot.keyClick(tab.history.table, Key.Key_E, CTRL | QtCore.Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: tab.findChild(CorrectionDialog) is not None)
    dialog = tab.findChild(CorrectionDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(lambda: dialog.value.hasFocus())
    return dialog


def _type_text(widget: QtWidgets.QWidget, typed: str) -> None:
    """Type ``typed`` key by key, Cyrillic included (``keyClicks`` only types Latin-1)."""
    for char in typed:
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            event = QtGui.QKeyEvent(kind, 0, QtCore.Qt.KeyboardModifier.NoModifier, char)
            QtWidgets.QApplication.sendEvent(widget, event)


def _correcting_readings(session: Session, reading_id: int) -> list[tuple[Decimal, str]]:
    rows = session.execute(
        text("SELECT value, reason FROM reading WHERE corrects_id = :r"), {"r": reading_id}
    ).all()
    return [(row.value, row.reason) for row in rows]


def _supervisor_at_the_reading(
    qtbot: QtBot, operator: OperatorFactory, make_tab: TabFactory
) -> tuple[ConfirmedReadings, sessionmaker[Session], ReadingsTab]:
    """A supervisor's tab with account 1's newly billed T1 reading selected."""
    done = _confirmed_reading(operator)
    _, supervisor = operator("billing_supervisor")
    tab = make_tab(supervisor, True)
    _select_reading(qtbot, tab, done.reading_ids["T1"])
    return done, supervisor, tab


def test_a_supervisor_corrects_a_reading_from_the_keyboard(
    qtbot: QtBot, operator: OperatorFactory, make_tab: TabFactory
) -> None:
    done, supervisor, tab = _supervisor_at_the_reading(qtbot, operator, make_tab)
    wrong = done.reading_ids["T1"]
    assert tab.history.correct_button.isEnabled()

    dialog = _open_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.value, "13380")
    qtbot.keyClick(dialog.value, Key.Key_Tab)
    assert dialog.reason.hasFocus()
    _type_text(dialog.reason, REASON)
    qtbot.keyClick(dialog.reason, Key.Key_Return)  # Enter alone does not correct
    qtbot.wait(200)
    assert dialog.isVisible()
    with supervisor() as session:
        assert _correcting_readings(session, wrong) == []
    qtbot.keyClick(dialog.reason, Key.Key_Return, CTRL)

    qtbot.waitUntil(lambda: "correction bill" in tab.status.text().lower(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.findChild(CorrectionDialog) is None)  # closed and deleted
    with supervisor() as session:
        assert _correcting_readings(session, wrong) == [(Decimal(13380), REASON)]
        bills = session.execute(
            text("SELECT receipt_number, amount FROM bill WHERE corrects_bill_id = :b"),
            {"b": done.bill_id},
        ).all()
    # T1 was 48 kWh (516,37); 13 380 makes it 28 kWh (301,22): −215,15.
    assert len(bills) == 1
    assert bills[0].amount == Decimal("-215.15")
    assert bills[0].receipt_number in tab.status.text()

    # The history shows the old reading as corrected and the new one with its reason.
    model = tab.history.model

    def notes() -> dict[int, str]:
        found: dict[int, str] = {}
        for index in range(model.rowCount()):
            row = model.row_at(index)
            if row is not None:
                found[row.id] = str(model.data(model.index(index, 9)))
        return found

    qtbot.waitUntil(lambda: any(REASON in note for note in notes().values()), timeout=10_000)
    shown = notes()
    assert "corrected later" in shown[wrong]
    assert model.data(model.index(_row_index(tab, wrong), 0), QtCore.Qt.ItemDataRole.FontRole)
    new = [note for rid, note in shown.items() if rid != wrong and REASON in note]
    assert new == [f"Correction: {REASON}"]


def _row_index(tab: ReadingsTab, reading_id: int) -> int:
    model = tab.history.model
    return next(
        i
        for i in range(model.rowCount())
        if (row := model.row_at(i)) is not None and row.id == reading_id
    )


def test_a_missing_reason_keeps_the_dialog_open_and_writes_nothing(
    qtbot: QtBot, operator: OperatorFactory, make_tab: TabFactory
) -> None:
    done, supervisor, tab = _supervisor_at_the_reading(qtbot, operator, make_tab)
    wrong = done.reading_ids["T1"]
    with supervisor() as session:
        bills_before = count(session, "SELECT count(*) FROM bill")

    dialog = _open_dialog(qtbot, tab)
    qtbot.keyClicks(dialog.value, "13380")
    qtbot.keyClick(dialog.value, Key.Key_Tab)
    qtbot.keyClicks(dialog.reason, "   ")
    qtbot.keyClick(dialog.reason, Key.Key_Return, CTRL)

    assert dialog.isVisible()
    assert dialog.reason_message.isVisible()
    assert "reason" in dialog.reason_message.text()
    assert dialog.reason.hasFocus()  # the message sits right under the reason field
    assert dialog.reason_message.geometry().top() >= dialog.reason.geometry().bottom()
    assert dialog.value.text() == "13380"
    tab._runner.wait_for_done()
    with supervisor() as session:
        assert _correcting_readings(session, wrong) == []
        assert count(session, "SELECT count(*) FROM bill") == bills_before

    qtbot.keyClick(dialog.reason, Key.Key_Escape)  # cancelling writes nothing either
    qtbot.waitUntil(lambda: tab.findChild(CorrectionDialog) is None)
    with supervisor() as session:
        assert _correcting_readings(session, wrong) == []


def test_an_agent_cannot_correct(
    qtbot: QtBot, operator: OperatorFactory, make_tab: TabFactory
) -> None:
    done = _confirmed_reading(operator)
    wrong = done.reading_ids["T1"]
    _, agent = operator("billing_agent")
    tab = make_tab(agent, False)
    _select_reading(qtbot, tab, wrong)
    assert not tab.history.correct_button.isEnabled()
    assert "supervisor" in tab.history.correct_button.toolTip()
    qtbot.keyClick(tab.history.table, Key.Key_E, CTRL | QtCore.Qt.KeyboardModifier.ShiftModifier)
    index = tab.history.model.index(_row_index(tab, wrong), 0)
    tab.history.table.doubleClicked.emit(index)
    assert tab.findChild(CorrectionDialog) is None

    # The database refuses the service call itself: the button is only a convenience.
    with agent() as session:
        target = load_correction_target(session, wrong)
        assert target is not None
        with pytest.raises(DBAPIError) as raised:
            correct_reading(session, target, Decimal(13380), REASON, uuid.uuid4())
        assert getattr(raised.value.orig, "sqlstate", None) == "42501"
        assert _correcting_readings(session, wrong) == []
