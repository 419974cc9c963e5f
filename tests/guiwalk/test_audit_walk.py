"""The audit log as an administrator reads it: words, local times, «—», filters that work."""

from __future__ import annotations

import re
from decimal import Decimal

from console.admin.labels import _TABLES, action_title, table_title
from console.services import payments as service
from console.services.audit import ACTIONS, AUDITED_TABLES
from tests.guiwalk.conftest import FULL_NAMES
from tests.guiwalk.keys import ALT, Keyboard
from widgets.qt import Qt, QtWidgets

ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")


def _cells(tab) -> list[list[str]]:
    model = tab.model
    return [
        [str(model.data(model.index(row, column)) or "") for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def _column(tab, title: str) -> int:
    model = tab.model
    return next(
        c
        for c in range(model.columnCount())
        if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def _cashier_day(console):
    """A cashier opens a shift and prints a receipt: rows in cash_shift and document_print."""
    cashier = console("cashier")
    with cashier.sessions() as session:
        shift = service.open_shift(session, Decimal("500"))
        service.record_print(session, "shift_report", str(shift.id), None)
    cashier.window.close()  # the administrator works at another computer
    return cashier, shift.id


def _audit(window, keys: Keyboard):
    tab = window.findChild(QtWidgets.QWidget, "auditTab")
    keys.press(Qt.Key(Qt.Key.Key_1.value + window.tabs.indexOf(tab)), ALT)
    assert window.tabs.currentWidget() is tab
    return tab


def test_the_audit_log_reads_as_words_with_local_times(qtbot, console, russian):
    cashier, shift_id = _cashier_day(console)
    window = console("admin").window
    keys = Keyboard(qtbot)
    tab = _audit(window, keys)
    keys.press(Qt.Key.Key_F5)
    qtbot.waitUntil(
        lambda: tab.model.rowCount() > 0 and tab.find_button.isEnabled(), timeout=10_000
    )
    cells = _cells(tab)
    when, operator, record, key, action, changes = (
        _column(tab, title)
        for title in ("Когда", "Оператор", "Запись", "Ключ", "Действие", "Изменения")
    )
    for row in cells:
        for text in row:
            assert "None" not in text, row
            assert not ISO_MOMENT.search(text), row
        assert row[record] not in ("cash_shift", "document_print", "portal_action"), row
        assert row[action] in {action_title(name) for name in ACTIONS}, row
    shift_rows = [
        row for row in cells if row[record] == "Кассовая смена" and row[key] == str(shift_id)
    ]
    assert len(shift_rows) == 1
    shift_row = shift_rows[0]
    assert shift_row[operator] == f"{FULL_NAMES['cashier']} ({cashier.login})"
    # The moment the shift was opened, inside the changes, agrees with «Когда».
    assert (
        f"открыта: {shift_row[when]}" in shift_row[changes] or shift_row[when] in shift_row[changes]
    )
    assert "—" in shift_row[changes]  # closed_at and the counts are still empty
    assert any(row[record] == "Печать документа" for row in cells)
    # The details pane says the same, field by field.
    tab.table.setFocus()
    tab.table.selectRow(cells.index(shift_row))
    details = tab.details.toPlainText()
    assert "None" not in details
    assert not ISO_MOMENT.search(details)
    assert FULL_NAMES["cashier"] in details


def test_filters_by_operator_object_and_period(qtbot, console, russian):
    cashier, shift_id = _cashier_day(console)
    window = console("admin").window
    keys = Keyboard(qtbot)
    tab = _audit(window, keys)
    qtbot.waitUntil(lambda: tab.operator.count() > 2, timeout=10_000)
    operator = _column(tab, "Оператор")

    # The operator: their name is in the list; typing the login and Enter filters.
    assert tab.operator.findText(f"{FULL_NAMES['cashier']} ({cashier.login})") >= 0
    keys.press(Qt.Key(ord("Р")), ALT)  # «Опе&ратор»
    assert tab.operator.lineEdit().hasFocus()
    keys.type(cashier.login)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: tab.model.rowCount() > 0 and tab.find_button.isEnabled(), timeout=10_000
    )
    assert {row[operator] for row in _cells(tab)} == {f"{FULL_NAMES['cashier']} ({cashier.login})"}

    # The object: the record type and its key.
    tab.table_name.setCurrentIndex(tab.table_name.findData("cash_shift"))
    keys.press(Qt.Key(ord("К")), ALT)
    keys.type(str(shift_id))
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.find_button.isEnabled(), timeout=10_000)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 1, timeout=10_000)

    # The period: nothing of today before today.
    yesterday = tab.date_to.date().addDays(-1)
    tab.date_from.setDate(yesterday.addDays(-7))
    tab.date_to.setDate(yesterday)
    keys.press(Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: "ничего не подходит" in tab.status.text(), timeout=10_000)
    assert tab.model.rowCount() == 0


def test_every_audited_table_and_action_has_a_name_and_a_filter(russian, db_url):
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as connection:
        tables = set(
            connection.execute(
                text(
                    "SELECT DISTINCT event_object_table FROM information_schema.triggers"
                    " WHERE trigger_name = 'audit' AND event_object_schema = 'billing'"
                )
            ).scalars()
        )
        checks = (
            connection.execute(
                text(
                    "SELECT pg_get_constraintdef(oid) FROM pg_constraint"
                    " WHERE conrelid = 'billing.audit_log'::regclass AND contype = 'c'"
                )
            )
            .scalars()
            .all()
        )
    engine.dispose()
    assert tables <= set(AUDITED_TABLES), tables - set(AUDITED_TABLES)
    assert tables <= set(_TABLES), tables - set(_TABLES)
    for table in tables:
        assert re.search("[а-яА-Я]", table_title(table)), table
    allowed = set(re.findall(r"'([A-Z]+)'", " ".join(c for c in checks if "action" in c)))
    assert allowed == set(ACTIONS)
    for name in allowed:
        assert re.search("[а-яА-Я]", action_title(name)), name
