"""The readings tab driven from the keyboard, as an agent on the phone would."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy.orm import Session, sessionmaker

from console.navigation import Navigator
from console.readings.tab import ReadingsTab
from console.tasks import TaskRunner
from models import clock
from models.changes import Change
from tests.readings.conftest import OperatorFactory
from tests.readings.helpers import confirm, count
from widgets.qt import QtCore, QtWidgets

Key = QtCore.Qt.Key
CTRL = QtCore.Qt.KeyboardModifier.ControlModifier


class Keyboard:
    """Types into whatever has the focus and counts the keys that are not digits."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.other_keys = 0

    def _focus(self) -> QtWidgets.QWidget:
        widget = QtWidgets.QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        return widget

    def digits(self, value: str) -> None:
        assert value.isdigit()
        self.qtbot.keyClicks(self._focus(), value)

    def press(
        self, key: Key, modifier: QtCore.Qt.KeyboardModifier = QtCore.Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.other_keys += 1
        self.qtbot.keyClick(self._focus(), key, modifier)


@pytest.fixture
def agent(operator: OperatorFactory) -> sessionmaker[Session]:
    return operator("billing_agent")[1]


@pytest.fixture
def tab(qtbot: QtBot, agent: sessionmaker[Session]) -> Iterator[ReadingsTab]:
    runner = TaskRunner(agent)
    widget = ReadingsTab(runner, today=clock.today, navigator=Navigator())
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    widget.number.setFocus()
    qtbot.waitUntil(lambda: widget.number.hasFocus())
    yield widget
    runner.wait_for_done()


def _field(tab: ReadingsTab, name: str) -> QtWidgets.QLineEdit:
    found = tab.findChild(QtWidgets.QLineEdit, name)
    assert found is not None
    return found


def test_a_two_zone_reading_takes_few_keys_beyond_the_digits(
    qtbot: QtBot, tab: ReadingsTab, agent: sessionmaker[Session]
) -> None:
    keys = Keyboard(qtbot)
    keys.digits("310600001")  # account 4: a two-zone meter, readings of 20.10.2026
    keys.press(Key.Key_Return)
    qtbot.waitUntil(lambda: tab.findChild(QtWidgets.QLineEdit, "readingsValue_T2") is not None)
    qtbot.waitUntil(lambda: _field(tab, "readingsValue_T1").hasFocus())
    keys.digits("11554775")
    keys.press(Key.Key_Return)  # Enter: on to the night zone
    assert _field(tab, "readingsValue_T2").hasFocus()
    keys.digits("11525757")
    keys.press(Key.Key_Return, CTRL)  # Ctrl+Enter: calculate
    cost = tab.findChild(QtWidgets.QLabel, "readingsCost_T1")
    assert cost is not None
    # The database prices the entry (billing.price_reading) in the background.
    qtbot.waitUntil(lambda: "3\u202f000" in cost.text())  # 11 554 775 - 11 551 775 by day
    keys.press(Key.Key_S, CTRL)  # Ctrl+S: confirm
    qtbot.waitUntil(lambda: "R202611" in tab.status.text(), timeout=10_000)
    assert keys.other_keys < 15
    with agent() as session:
        assert (
            count(
                session,
                "SELECT count(*) FROM reading WHERE meter_id = 4 AND taken_on = :d AND source = 'operator'",
                d=clock.today(),
            )
            == 2
        )
        assert (
            count(
                session,
                "SELECT count(*) FROM bill WHERE account_id = 4 AND billing_period = '2026-11-01'",
            )
            == 1
        )
    # The history shows the new readings with the bill they formed.
    qtbot.waitUntil(
        lambda: (
            tab.history.model.rowCount() > 0
            and tab.history.model.row_at(0) is not None
            and tab.history.model.row_at(0).receipt_number is not None
        )
    )
    # The reload that shows them keeps the confirmation on screen.
    assert "R202611" in tab.status.text()


def test_a_conflict_keeps_the_typed_values(
    qtbot: QtBot, tab: ReadingsTab, operator: OperatorFactory
) -> None:
    tab.open_account(1)
    qtbot.waitUntil(lambda: tab.findChild(QtWidgets.QLineEdit, "readingsValue_T3") is not None)
    for zone, value in (("T1", "13400"), ("T2", "13990"), ("T3", "15200")):
        _field(tab, f"readingsValue_{zone}").setText(value)
    _, other = operator("billing_agent")
    with other() as session:  # meanwhile a colleague saves a reading for the same meter
        confirm(
            session,
            1,
            {"T1": "13390", "T2": "13980", "T3": "15190"},
            taken_on=clock.today().replace(day=22),
        )
    tab.entry_form.confirm()
    qtbot.waitUntil(
        lambda: "Another operator" in tab.status.text() or "Другой оператор" in tab.status.text(),
        timeout=10_000,
    )
    assert _field(tab, "readingsValue_T1").text() == "13400"
    assert tab.entry_form.confirm_button.isEnabled()


def test_the_customer_card_opens_the_account(qtbot: QtBot, tab: ReadingsTab) -> None:
    navigator = tab._navigator
    assert navigator is not None
    navigator.open_account_tool.emit("readings", 15)
    qtbot.waitUntil(lambda: "310800003" in tab.header.text())
    # Meter 15: calibration expired on 31.10.2025 and estimated readings in a row.
    warnings = tab.findChild(QtWidgets.QLabel, "readingsPreEntryWarnings")
    assert warnings is not None
    assert warnings.isVisible()
    assert "31.10.2025" in warnings.text()


# -- another console's readings: the tab hears the change, nothing typed is lost ---------


def _colleague_saves(operator: OperatorFactory, tab: ReadingsTab, account_id: int) -> None:
    """A colleague saves readings of the account's meter; the tab hears of it."""
    _, other = operator("billing_agent")
    with other() as session:
        confirm(session, account_id, {"T1": "11554775", "T2": "11525757"})
    navigator = tab._navigator
    assert navigator is not None
    navigator.changed.emit(Change.of("reading", accounts=[account_id]))


def test_another_consoles_reading_reloads_an_empty_form_in_place(
    qtbot: QtBot, tab: ReadingsTab, operator: OperatorFactory
) -> None:
    assert tab._navigator is not None
    tab.follow_changes(tab._navigator)
    tab.open_account(4)  # a two-zone meter, readings of 20.10.2026
    qtbot.waitUntil(lambda: _field(tab, "readingsValue_T1").hasFocus())
    qtbot.waitUntil(lambda: tab.history.model.rowCount() > 0)
    before = tab.history.model.rowCount()
    _colleague_saves(operator, tab, 4)
    # No F5: the history and the previous readings show the colleague's values.
    qtbot.waitUntil(lambda: tab.history.model.rowCount() > before, timeout=10_000)
    qtbot.waitUntil(
        lambda: "554" in tab.findChildren(QtWidgets.QLabel, "readingsPrevious_T1")[-1].text()
    )
    # The cursor stays in the (rebuilt) first zone's field.
    qtbot.waitUntil(
        lambda: tab.findChildren(QtWidgets.QLineEdit, "readingsValue_T1")[-1].hasFocus()
    )


def test_another_consoles_reading_keeps_what_the_operator_typed(
    qtbot: QtBot, tab: ReadingsTab, operator: OperatorFactory
) -> None:
    assert tab._navigator is not None
    tab.follow_changes(tab._navigator)
    keys = Keyboard(qtbot)
    tab.open_account(4)
    qtbot.waitUntil(lambda: _field(tab, "readingsValue_T1").hasFocus())
    qtbot.waitUntil(lambda: tab.history.model.rowCount() > 0)
    before = tab.history.model.rowCount()
    keys.digits("11554775")
    keys.press(Key.Key_Return)
    keys.digits("11525757")
    keys.press(Key.Key_Return, CTRL)  # the calculation is shown
    cost = tab.findChild(QtWidgets.QLabel, "readingsCost_T1")
    assert cost is not None
    qtbot.waitUntil(lambda: "3\u202f000" in cost.text())
    night = _field(tab, "readingsValue_T2")
    night.setFocus()
    qtbot.waitUntil(night.hasFocus)
    _colleague_saves(operator, tab, 4)
    qtbot.waitUntil(lambda: tab.history.model.rowCount() > before, timeout=10_000)
    # The form was not rebuilt: the values, the calculation and the cursor stay.
    assert _field(tab, "readingsValue_T2") is night
    assert night.hasFocus()
    assert _field(tab, "readingsValue_T1").text() == "11554775"
    assert night.text() == "11525757"
    assert "3\u202f000" in cost.text()
    assert "F5" in tab.status.text()
