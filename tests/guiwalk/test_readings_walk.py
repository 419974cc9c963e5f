"""Readings as an agent walks them: a new number clears the form, the date never moves unseen."""

from __future__ import annotations

from sqlalchemy import create_engine, text

from tests.guiwalk.keys import ALT, CTRL, Keyboard
from tests.guiwalk.readings_helpers import plausible_values
from widgets.qt import Qt, QtWidgets

TWO_ZONES = 4
"""Account 4 of the demo set: one two-zone meter."""
THREE_ZONES_SQL = (
    "SELECT a.id FROM billing.account a JOIN billing.metering_point p ON p.account_id = a.id"
    " JOIN billing.meter m ON m.metering_point_id = p.id AND m.removed_on IS NULL"
    " WHERE m.zones = 3 AND (SELECT count(*) FROM billing.account b"
    " WHERE b.number = a.number) = 1 ORDER BY a.id LIMIT 1"
)


def _number(db_url, account_id: int | str) -> str:
    engine = create_engine(db_url)
    with engine.connect() as connection:
        if isinstance(account_id, str):
            account_id = connection.execute(text(account_id)).scalar_one()
        number = connection.execute(
            text("SELECT number FROM billing.account WHERE id = :id"), {"id": account_id}
        ).scalar_one()
    engine.dispose()
    return str(number)


def _readings(window, keys: Keyboard):
    tab = window.findChild(QtWidgets.QWidget, "readingsTab")
    index = window.tabs.indexOf(tab)
    keys.press(Qt.Key(Qt.Key.Key_1.value + index), ALT)
    keys.wait_focus(lambda widget: widget is tab.number)
    return tab


def _value_fields(tab) -> list[QtWidgets.QLineEdit]:
    return [
        field
        for field in tab.findChildren(QtWidgets.QLineEdit)
        if field.objectName().startswith("readingsValue_") and field.isVisible()
    ]


def _open(qtbot, keys: Keyboard, tab, number: str, zones: int) -> None:
    keys.type(number)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_value_fields(tab)) == zones, timeout=10_000)
    keys.wait_focus(lambda widget: widget in _value_fields(tab)[:1])


def test_a_number_not_found_leaves_nothing_of_the_previous_customer(
    qtbot, console, russian, db_url
):
    window = console("agent").window
    keys = Keyboard(qtbot)
    tab = _readings(window, keys)
    _open(qtbot, keys, tab, _number(db_url, TWO_ZONES), 2)
    qtbot.waitUntil(lambda: tab.history.model.rowCount() > 0, timeout=10_000)
    keys.type("123")
    keys.press(Qt.Key.Key_Return, CTRL)  # a check: messages appear under the values
    keys.press(Qt.Key(ord("Ц")), ALT)  # «Ли&цевой счёт»
    assert tab.number.hasFocus()
    keys.type("999999999")
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "нет" in tab.header.text(), timeout=10_000)
    assert tab.meter.count() == 0
    assert _value_fields(tab) == []
    assert not tab.entry_box.isEnabled()
    assert tab.history.model.rowCount() == 0
    assert tab.status.text() == ""
    messages = [
        label.text()
        for label in tab.findChildren(QtWidgets.QLabel)
        if label.objectName().startswith("readingsMessage_") and label.isVisible()
    ]
    assert messages == []


def test_another_account_replaces_the_typed_values(qtbot, console, russian, db_url):
    """Another number is found in any region: the previous account's region is not kept."""
    window = console("agent").window
    keys = Keyboard(qtbot)
    tab = _readings(window, keys)
    _open(qtbot, keys, tab, _number(db_url, TWO_ZONES), 2)
    keys.type("11554775")
    keys.press(Qt.Key(ord("Ц")), ALT)
    keys.type(_number(db_url, THREE_ZONES_SQL))
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_value_fields(tab)) == 3, timeout=10_000)
    assert [field.text() for field in _value_fields(tab)] == ["", "", ""]


def test_the_reading_date_moves_only_deliberately_and_always_visibly(
    qtbot, console, russian, db_url
):
    window = console("agent").window
    keys = Keyboard(qtbot)
    tab = _readings(window, keys)
    _open(qtbot, keys, tab, _number(db_url, TWO_ZONES), 2)
    form = tab.entry_form
    today = form.date_edit.date()
    notice = form.findChild(QtWidgets.QLabel, "readingsDateNotice")
    assert not notice.isVisible()
    # Tab from the last value passes the date by; stray keys do not reach it.
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is not form.date_edit
    for key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Up):
        keys.press(key)
    assert form.date_edit.date() == today
    # Nor does the wheel over it.
    wheel_at = form.date_edit.rect().center()
    qtbot.wait(10)
    from widgets.qt import QtCore, QtGui

    event = QtGui.QWheelEvent(
        QtCore.QPointF(wheel_at),
        QtCore.QPointF(form.date_edit.mapToGlobal(wheel_at)),
        QtCore.QPoint(0, 0),
        QtCore.QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QtWidgets.QApplication.sendEvent(form.date_edit, event)
    assert form.date_edit.date() == today
    # Alt+А (the label «Д&ата снятия») goes to the date; a change shows at once, in words.
    keys.press(Qt.Key(ord("А")), ALT)
    assert form.date_edit.hasFocus()
    keys.press(Qt.Key.Key_Down)
    moved = form.date_edit.date()
    assert moved != today
    assert notice.isVisible()
    assert moved.toString("dd.MM.yyyy") in notice.text()
    assert today.toString("dd.MM.yyyy") in notice.text()


def test_the_reading_placeholder_is_in_russian(qtbot, console, russian, db_url):
    window = console("agent").window
    keys = Keyboard(qtbot)
    tab = _readings(window, keys)
    _open(qtbot, keys, tab, _number(db_url, TWO_ZONES), 2)
    for field in _value_fields(tab):
        assert field.placeholderText() == "новое показание"
        assert field.accessibleName().startswith("Новое показание")


def test_a_refused_second_reading_does_not_sit_beside_the_first_ones_success(
    qtbot, console, russian, db_url
):
    window = console("agent").window
    keys = Keyboard(qtbot)
    tab = _readings(window, keys)
    _open(qtbot, keys, tab, _number(db_url, TWO_ZONES), 2)
    meter = tab.entry_panel.current_meter()
    today = tab.entry_form.date_edit.date().toPython()
    values = plausible_values(meter, today)
    for zone in meter.zones:
        keys.type(values[zone])
        keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: "сохранены" in tab.status.text(), timeout=15_000)
    keys.wait_focus(lambda widget: widget in _value_fields(tab)[:1])
    for zone in meter.zones:
        keys.type(values[zone])
        keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_S, CTRL)
    date_message = tab.entry_form.findChild(QtWidgets.QLabel, "readingsDateMessage")
    qtbot.waitUntil(date_message.isVisible)
    assert "уже внесено" in date_message.text()
    assert "сохранены" not in tab.status.text()
