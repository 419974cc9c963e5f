"""Lookup as an agent walks it: new searches clear the old card, the pane is readable."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text

from tests.guiwalk.keys import CTRL, Keyboard
from widgets.focus_ring import RING_COLOUR
from widgets.qt import Qt, QtWidgets


def _rows(db_url, sql: str):
    engine = create_engine(db_url)
    with engine.connect() as connection:
        rows = connection.execute(text(sql)).all()
    engine.dispose()
    assert rows, sql
    return rows


def _unique_account(db_url):
    return _rows(
        db_url,
        "SELECT a.number FROM billing.account a WHERE (SELECT count(*) FROM billing.account b"
        " WHERE b.number = a.number) = 1 ORDER BY a.id LIMIT 1",
    )[0][0]


def _lookup(window):
    lookup = window.findChild(QtWidgets.QWidget, "lookupTab")
    window.tabs.setCurrentWidget(lookup)
    lookup.search_field.setFocus()
    return lookup


def _open_card_by_enter(qtbot, keys: Keyboard, lookup, number: str):
    keys.wait_focus(lambda widget: widget is lookup.search_field)
    keys.type(number)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.current_card() is not None and lookup.current_card().isVisible())
    card = lookup.current_card()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    return card


def test_a_new_search_takes_the_previous_card_off_the_screen(qtbot, console, russian, db_url):
    window = console("agent").window
    lookup = _lookup(window)
    keys = Keyboard(qtbot)
    card = _open_card_by_enter(qtbot, keys, lookup, _unique_account(db_url))
    assert card.isVisible()
    keys.press(Qt.Key.Key_F, CTRL)
    keys.type("Кузнец")
    keys.press(Qt.Key.Key_Return)
    assert not card.isVisible(), "the previous customer's card stays under the new results"
    assert lookup.empty.isVisible()
    qtbot.waitUntil(lambda: lookup.model.rowCount() > 0, timeout=10_000)
    assert not card.isVisible()


def test_enter_on_an_empty_search_clears_results_and_card(qtbot, console, russian, db_url):
    window = console("agent").window
    lookup = _lookup(window)
    keys = Keyboard(qtbot)
    card = _open_card_by_enter(qtbot, keys, lookup, _unique_account(db_url))
    keys.press(Qt.Key.Key_F, CTRL)
    keys.press(Qt.Key.Key_Delete)
    keys.press(Qt.Key.Key_Return)
    assert lookup.model.rowCount() == 0
    assert not card.isVisible()
    # The card is not lost: Alt+Left brings it back.
    keys.press(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert card.isVisible()


def test_the_results_pane_shows_rows_and_every_column_beside_a_card(
    qtbot, console, russian, db_url
):
    prefix = _rows(
        db_url,
        "SELECT substr(last_name, 1, 2) FROM billing.customer WHERE kind = 'person'"
        " GROUP BY 1 HAVING count(*) > 12 ORDER BY count(*) DESC LIMIT 1",
    )[0][0]
    window = console("agent").window
    lookup = _lookup(window)
    keys = Keyboard(qtbot)
    keys.wait_focus(lambda widget: widget is lookup.search_field)
    keys.type(prefix)
    keys.press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: lookup.model.rowCount() > 10, timeout=10_000)
    keys.press(Qt.Key.Key_Return)  # the first row's card
    qtbot.waitUntil(lambda: lookup.current_card() is not None and lookup.current_card().isVisible())
    card = lookup.current_card()
    qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    qtbot.wait(100)
    view = lookup.results
    row_height = view.verticalHeader().defaultSectionSize()
    assert view.viewport().height() // row_height >= 5, "the pane shows too few rows"
    header = view.horizontalHeader()
    last = lookup.model.columnCount() - 1
    right_edge = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right_edge <= view.viewport().width(), "the last column is cut off"
    assert not view.horizontalScrollBar().isVisible()
    for column in range(lookup.model.columnCount()):
        title = lookup.model.headerData(column, Qt.Orientation.Horizontal)
        assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance(title), title


def test_keyboard_focus_inside_the_card_is_clearly_visible(qtbot, console, russian, db_url):
    window = console("agent").window
    lookup = _lookup(window)
    keys = Keyboard(qtbot)
    card = _open_card_by_enter(qtbot, keys, lookup, _unique_account(db_url))
    for _ in range(30):
        if keys.focus() is card.accounts:
            break
        keys.press(Qt.Key.Key_Tab)
    assert keys.focus() is card.accounts
    ring = window.focus_ring
    qtbot.waitUntil(ring.isVisible)
    image = window.grab().toImage()
    target = card.accounts.rect().translated(
        card.accounts.mapTo(window, card.accounts.rect().topLeft())
    )
    assert ring.geometry().contains(target)
    # The ring's colour is on screen on every side of the focused table.
    top = ring.geometry().top() + 1
    middle = ring.geometry().center()
    for x, y in (
        (middle.x(), top),
        (middle.x(), ring.geometry().bottom() - 1),
        (ring.geometry().left() + 1, middle.y()),
        (ring.geometry().right() - 1, middle.y()),
    ):
        colour = image.pixelColor(x, y)
        assert abs(colour.blue() - RING_COLOUR.blue()) < 40, (x, y, colour.name())
        assert colour.red() < 120, (x, y, colour.name())


@pytest.mark.parametrize(
    ("role", "offered", "absent"),
    [
        ("agent", ["readings", "payments"], ["cashdesk"]),
        ("cashier", ["payments", "cashdesk"], ["readings"]),
        ("supervisor", ["readings", "payments"], ["cashdesk"]),
    ],
)
def test_the_card_offers_only_the_tools_of_the_operators_group(
    qtbot, console, russian, db_url, role, offered, absent
):
    window = console(role).window
    lookup = _lookup(window)
    keys = Keyboard(qtbot)
    card = _open_card_by_enter(qtbot, keys, lookup, _unique_account(db_url))
    for tool in offered:
        button = card.findChild(QtWidgets.QPushButton, f"cardOpen_{tool}")
        assert button is not None, tool
        assert button.isVisible(), tool
    for tool in absent:
        assert card.findChild(QtWidgets.QPushButton, f"cardOpen_{tool}") is None, tool
    if role == "agent":
        keys.press(Qt.Key.Key_3, CTRL)  # «Касса (Ctrl+3)» is not there: nothing happens
        assert window.tabs.currentWidget() is lookup
