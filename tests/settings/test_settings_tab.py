"""The admins' settings tab: loads in a worker, shows each problem next to its field,
saves through the database functions; every field is named and reachable by keyboard."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text
from sqlalchemy.orm import Session, sessionmaker

from console.admin.settings_tab import SettingsTab
from console.tasks import TaskRunner
from models.queries.settings import acceptance_window, supplier_details
from tests.readings.conftest import OperatorFactory
from tests.settings.test_settings_in_the_database import VALID
from widgets.qt import QtCore, QtWidgets

INPUTS = (
    QtWidgets.QLineEdit,
    QtWidgets.QComboBox,
    QtWidgets.QSpinBox,
    QtWidgets.QDateEdit,
    QtWidgets.QPushButton,
    QtWidgets.QTableWidget,
)


@pytest.fixture
def admin(operator: OperatorFactory) -> tuple[str, sessionmaker[Session]]:
    return operator("billing_admin")


@pytest.fixture
def tab(qtbot: QtBot, admin: tuple[str, sessionmaker[Session]]) -> Iterator[SettingsTab]:
    runner = TaskRunner(admin[1])
    widget = SettingsTab(runner)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.refresh()
    yield widget
    runner.wait_for_done()


def _choose(combo: QtWidgets.QComboBox, code: str) -> None:
    index = next(i for i in range(combo.count()) if f"({code})" in combo.itemText(i))
    combo.setCurrentIndex(index)


def _region(session: Session, code: str) -> int:
    return int(
        session.execute(text("SELECT id FROM region WHERE code = :c"), {"c": code}).scalar_one()
    )


def test_every_field_and_button_is_named(tab: SettingsTab) -> None:
    unnamed = [
        (type(widget).__name__, widget.objectName(), widget.accessibleName())
        for kind in INPUTS
        for widget in tab.findChildren(kind)
        if not widget.objectName() or not widget.accessibleName()
    ]
    # The spin boxes' and date edits' inner line edits belong to them (Qt internals).
    unnamed = [u for u in unnamed if u[1] != "qt_spinbox_lineedit"]
    assert unnamed == []


def test_a_region_shows_the_default_until_it_gets_its_own(
    tab: SettingsTab, session: Session, russian: object
) -> None:
    _choose(tab.supplier_region, "KER")
    default = supplier_details(session, _region(session, "SIM"))
    assert default is not None
    assert tab.supplier_edits["name"].text() == default.name
    assert not tab.supplier_delete.isEnabled()
    _choose(tab.supplier_region, "PKM")
    assert tab.supplier_edits["name"].text() != default.name
    assert tab.supplier_delete.isEnabled()


def test_bad_details_are_refused_next_to_the_field_and_good_ones_saved(
    qtbot: QtBot, tab: SettingsTab, session: Session, russian: object
) -> None:
    tab.show()
    qtbot.waitExposed(tab)
    tab.activateWindow()
    _choose(tab.supplier_region, "KER")
    for field in tab.SUPPLIER_FIELDS:
        tab.supplier_edits[field].setText(getattr(VALID, field))
    tab.supplier_edits["inn"].setText("9111000011")
    tab.supplier_edits["settlement_account"].setText("40702810000000000000")
    tab.supplier_save.click()
    inn_error = tab.supplier_form.errors["inn"]
    account_error = tab.supplier_form.errors["settlement_account"]
    assert inn_error.isVisibleTo(tab)
    assert inn_error.text() == "Неверная контрольная цифра ИНН: проверьте номер."
    assert "не соответствует БИК" in account_error.text()
    kerch = _region(session, "KER")
    assert supplier_details(session, kerch).region_id is None  # nothing saved

    tab.supplier_edits["inn"].setText(VALID.inn)
    tab.supplier_edits["settlement_account"].setText(VALID.settlement_account)
    tab.supplier_edits["inn"].setFocus()
    qtbot.waitUntil(lambda: tab.supplier_edits["inn"].hasFocus())
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        qtbot.keyClick(
            tab.supplier_edits["inn"],
            QtCore.Qt.Key.Key_S,
            QtCore.Qt.KeyboardModifier.ControlModifier,
        )
    qtbot.waitUntil(lambda: tab.supplier_delete.isEnabled(), timeout=10_000)
    assert not inn_error.isVisibleTo(tab)
    session.rollback()
    saved = supplier_details(session, kerch)
    assert saved is not None
    assert (saved.region_id, saved.inn, saved.name) == (kerch, VALID.inn, VALID.name)
    assert tab.supplier_form.status.text() == "Сохранено."


def test_window_and_calendar_problems_show_next_to_their_fields(
    qtbot: QtBot, tab: SettingsTab, session: Session, russian: object
) -> None:
    tab.pages.setCurrentIndex(1)
    _choose(tab.window_region, "KER")
    tab.window_first.setValue(20)
    tab.window_last.setValue(10)
    tab.window_save.click()
    assert tab.window_form.errors["window_last_day"].text() == (
        "Окно приёма не может заканчиваться раньше, чем начинается."
    )
    tab.window_last.setValue(28)
    with qtbot.waitSignal(tab.loaded, timeout=10_000):  # saved, then reloaded
        tab.window_save.click()
    session.rollback()
    window = acceptance_window(session, _region(session, "KER"))
    assert (window.region_id, window.first_day, window.last_day) == (
        _region(session, "KER"),
        20,
        28,
    )

    tab.pages.setCurrentIndex(3)
    tab.new_day()
    tab.day_date.setDate(QtCore.QDate(2031, 1, 11))  # a Saturday
    tab.day_kind.setCurrentIndex(tab.day_kind.findData("holiday"))
    tab.day_save.click()
    qtbot.waitUntil(lambda: tab.day_form.errors["day"].isVisibleTo(tab), timeout=10_000)
    assert "суббота или воскресенье" in tab.day_form.errors["day"].text()
    tab.day_kind.setCurrentIndex(tab.day_kind.findData("working_day"))
    with qtbot.waitSignal(tab.loaded, timeout=10_000):
        tab.day_save.click()
    texts = [tab.calendar_table.item(r, 0).text() for r in range(tab.calendar_table.rowCount())]
    assert "11.01.2031" in texts
