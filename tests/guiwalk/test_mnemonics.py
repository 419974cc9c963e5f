"""Every Alt+key of a window does one thing: menus, tabs and the visible tab's own labels."""

from __future__ import annotations

import pytest

from widgets.keyboard import mnemonic_letter, physical_key
from widgets.qt import QtWidgets

ROLES = ("agent", "cashier", "supervisor", "admin")


@pytest.fixture(params=["ru", "en"])
def language(request, qapp):
    from console.i18n import install_translation

    install_translation(qapp, request.param)
    yield request.param
    install_translation(qapp, "en")


def _visible(widget: QtWidgets.QWidget, window: QtWidgets.QWidget) -> bool:
    return widget.isVisibleTo(window)


def window_mnemonics(window) -> dict[str, list[str]]:
    """Physical key → what Alt+that key reaches, for the tab in front."""
    owners: dict[str, list[str]] = {}

    def add(text: str, owner: str) -> None:
        if "<" in text:  # rich text: Qt shows «&» as it is
            return
        letter = mnemonic_letter(text)
        if letter:
            owners.setdefault(physical_key(letter), []).append(f"{owner} «{text}»")

    for action in window.menuBar().actions():
        add(action.text(), "menu")
    for index in range(window.tabs.count()):
        add(window.tabs.tabText(index), "tab")
    page = window.tabs.currentWidget()
    for widget in page.findChildren(QtWidgets.QWidget):
        if not _visible(widget, window):
            continue
        if isinstance(widget, QtWidgets.QLabel) and widget.buddy() is not None:
            add(widget.text(), f"label {widget.objectName()}")
        elif isinstance(widget, QtWidgets.QAbstractButton):
            add(widget.text(), f"button {widget.objectName()}")
        elif isinstance(widget, QtWidgets.QGroupBox):
            add(widget.title(), f"group {widget.objectName()}")
        elif isinstance(widget, QtWidgets.QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), f"inner tab {widget.parent().objectName()}")
    return owners


def _collisions(window) -> dict[str, list[str]]:
    return {key: names for key, names in window_mnemonics(window).items() if len(names) > 1}


def _open_what_tabs_show(qtbot, window, db_url) -> None:
    """Open what makes more widgets appear: a customer card, an account's readings."""
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url)
    with engine.connect() as connection:
        number = connection.execute(
            text("SELECT a.number FROM billing.account a WHERE a.id = 4")
        ).scalar_one()
    engine.dispose()
    lookup = window.findChild(QtWidgets.QWidget, "lookupTab")
    if lookup is not None:
        lookup.lookup(number)
        qtbot.waitUntil(lambda: lookup.current_card() is not None, timeout=10_000)
        card = lookup.current_card()
        qtbot.waitUntil(lambda: card.card is not None, timeout=10_000)
    readings = window.findChild(QtWidgets.QWidget, "readingsTab")
    if readings is not None:
        readings.number.setText(number)
        readings.find_account()
        qtbot.waitUntil(lambda: readings.meter.count() > 0, timeout=10_000)


@pytest.mark.parametrize("role", ROLES)
def test_no_two_alt_keys_collide_on_any_tab(qtbot, console, db_url, language, role) -> None:
    window = console(role).window
    _open_what_tabs_show(qtbot, window, db_url)
    found = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(50)
        collisions = _collisions(window)
        if collisions:
            found[window.tabs.tabText(index)] = collisions
    assert found == {}, __import__("pprint").pformat(found, width=200)
