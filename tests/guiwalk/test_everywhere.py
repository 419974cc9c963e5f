"""Everywhere in the main window: tab keys on both layouts, one «find», start tabs, size."""

from __future__ import annotations

import pytest

from tests.guiwalk.keys import ALT, CTRL, Keyboard
from widgets.keyboard import layout_twin, mnemonic_letter
from widgets.qt import Qt, QtWidgets


def _tab_names(window) -> list[str]:
    return [window.tabs.widget(i).objectName() for i in range(window.tabs.count())]


@pytest.mark.parametrize("role", ["agent", "supervisor"])
def test_alt_digits_and_both_layouts_switch_tabs(qtbot, console, russian, role) -> None:
    """Alt+1…9 and Alt+the tab's key work whether the Latin or the Russian layout is on."""
    window = console(role).window
    keys = Keyboard(qtbot)
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex((index + 1) % window.tabs.count())
        keys.press(Qt.Key(Qt.Key.Key_1.value + index), ALT)
        assert window.tabs.currentIndex() == index
    for index in range(window.tabs.count()):
        letter = mnemonic_letter(window.tabs.tabText(index))
        assert letter, window.tabs.tabText(index)
        for key in (letter, layout_twin(letter)):  # «и» on the Russian layout, «b» on the Latin
            window.tabs.setCurrentIndex((index + 1) % window.tabs.count())
            keys.press(Qt.Key(ord(key.upper())), ALT)
            assert window.tabs.currentIndex() == index, (window.tabs.tabText(index), key)


@pytest.mark.parametrize(
    "key", [(Qt.Key.Key_F, CTRL), (Qt.Key.Key_F3, Qt.KeyboardModifier.NoModifier)]
)
def test_find_reaches_the_search_from_every_tab_and_selects_the_old_text(
    qtbot, console, russian, key
) -> None:
    window = console("supervisor").window
    lookup = window.findChild(QtWidgets.QWidget, "lookupTab")
    keys = Keyboard(qtbot)
    lookup.search_field.setText("Иванов")
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        window.tabs.currentWidget().setFocus()
        keys.press(*key)
        assert window.tabs.currentWidget() is lookup
        assert lookup.search_field.hasFocus()
        assert lookup.search_field.selectedText() == "Иванов"
    keys.type("Петров")
    assert lookup.search_field.text() == "Петров"


def test_coming_back_to_lookup_replaces_the_old_search(qtbot, console, russian) -> None:
    window = console("agent").window
    lookup = window.findChild(QtWidgets.QWidget, "lookupTab")
    keys = Keyboard(qtbot)
    keys.wait_focus(lambda widget: widget is lookup.search_field)
    keys.type("Иванов")
    keys.press(Qt.Key.Key_3, ALT)  # readings
    assert window.tabs.currentWidget().objectName() == "readingsTab"
    keys.press(Qt.Key.Key_2, ALT)  # back to lookup
    assert lookup.search_field.hasFocus()
    keys.type("Петров")
    assert lookup.search_field.text() == "Петров"


@pytest.mark.parametrize(
    ("role", "start"),
    [
        ("agent", "lookupTab"),
        ("cashier", "cashdeskTab"),
        ("supervisor", "overviewTab"),
        ("admin", "operatorsTab"),
    ],
)
def test_each_group_starts_where_it_works(qtbot, console, russian, role, start) -> None:
    window = console(role).window
    assert window.tabs.currentWidget().objectName() == start
    if role == "agent":
        lookup = window.tabs.currentWidget()
        qtbot.waitUntil(lookup.search_field.hasFocus)


def test_the_hidden_tabs_are_readied_while_the_operator_types_without_disturbing_it(
    qtbot, console, russian
) -> None:
    """The tabs not yet shown are laid out at the window's size once, after the start, so
    their first switch is as quick as later ones; meanwhile the operator's tab, focus and
    typing are left alone and no other tab is activated (none reloads its data)."""
    window = console("supervisor").window
    lookup = window.findChild(QtWidgets.QWidget, "lookupTab")
    window.tabs.setCurrentWidget(lookup)
    keys = Keyboard(qtbot)
    keys.wait_focus(lambda widget: widget is lookup.search_field)
    switches: list[int] = []
    window.tabs.currentChanged.connect(switches.append)
    typed = "Ивановаааааааааааааааааааааа"
    for char in typed:  # spread over the warming: a key per 50 ms
        keys.type(char)
        qtbot.wait(50)
    qtbot.waitUntil(lambda: window.page_warmer.pending() == 0, timeout=5000)
    assert switches == []
    assert window.tabs.currentWidget() is lookup
    assert lookup.search_field.hasFocus()
    assert lookup.search_field.text() == typed
    for index in range(window.tabs.count()):
        page = window.tabs.widget(index)
        if page is lookup:
            continue
        assert not page.isVisible(), page.objectName()
        assert page.size() == lookup.size(), page.objectName()
        # Laid out: its parts already stand where the first switch will show them (a
        # part never laid out keeps Qt's default 100 by 30 pixels).
        parts = page.findChildren(
            QtWidgets.QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        )
        assert max(part.width() for part in parts) > page.width() // 2, page.objectName()
    window.tabs.setCurrentIndex((window.tabs.currentIndex() + 1) % window.tabs.count())
    assert window.tabs.currentWidget().isVisible()
    assert not lookup.isVisible()
