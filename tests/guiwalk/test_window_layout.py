"""The window keeps the size it is given, and what the tabs show can be read in full."""

from __future__ import annotations

import pytest

from tests.guiwalk.conftest import WINDOW_SIZE
from tests.guiwalk.layout_checks import cut_off
from tests.guiwalk.test_mnemonics import _open_what_tabs_show
from widgets.qt import QtWidgets

ROLES = ("agent", "cashier", "supervisor", "admin")


def _walk(qtbot, window):
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        qtbot.wait(150)
        yield window.tabs.widget(index)


@pytest.mark.parametrize("role", ROLES)
def test_the_window_does_not_resize_itself(qtbot, console, russian, db_url, role) -> None:
    window = console(role).window
    assert window.size() == WINDOW_SIZE
    _open_what_tabs_show(qtbot, window, db_url)
    moderation = window.findChild(QtWidgets.QWidget, "moderationTab")
    if moderation is not None:
        window.tabs.setCurrentWidget(moderation)
        qtbot.waitUntil(lambda: moderation._model.rowCount() > 0, timeout=10_000)
        moderation.take_next()
        qtbot.waitUntil(lambda: moderation._detail is not None, timeout=10_000)
    for tab in _walk(qtbot, window):
        assert window.size() == WINDOW_SIZE, (tab.objectName(), window.size())
    hint = window.minimumSizeHint()
    assert hint.width() <= WINDOW_SIZE.width(), hint
    assert hint.height() <= WINDOW_SIZE.height(), hint


def _cut_off_on(qtbot, window, names, found, when) -> None:
    for tab in _walk(qtbot, window):
        if tab.objectName() in names:
            problems = cut_off(tab)
            if problems:
                found[f"{tab.objectName()} ({when})"] = problems


@pytest.mark.parametrize("role", ["cashier", "supervisor"])
def test_nothing_is_cut_off_on_the_payments_and_moderation_tabs(
    qtbot, console, russian, db_url, role
) -> None:
    window = console(role).window
    names = ("paymentsTab", "moderationTab")
    found: dict[str, list[str]] = {}
    _cut_off_on(qtbot, window, names, found, "empty")
    payments = window.findChild(QtWidgets.QWidget, "paymentsTab")
    payments.load_account(4)
    qtbot.waitUntil(lambda: payments.payments_model.rowCount() > 0, timeout=10_000)
    moderation = window.findChild(QtWidgets.QWidget, "moderationTab")
    if moderation is not None:
        window.tabs.setCurrentWidget(moderation)
        qtbot.waitUntil(lambda: moderation._model.rowCount() > 0, timeout=10_000)
        moderation.take_next()
        qtbot.waitUntil(lambda: moderation._detail is not None, timeout=10_000)
    _cut_off_on(qtbot, window, names, found, "filled")
    assert window.size() == WINDOW_SIZE
    assert found == {}


def test_the_cash_desks_account_field_stands_beside_its_label(qtbot, console, russian) -> None:
    """The account field starts where the amount and the other fields below it start,
    next to «Лицевой счёт:», not half a window away from it."""
    window = console("cashier").window
    desk = window.findChild(QtWidgets.QWidget, "cashdeskTab")
    window.tabs.setCurrentWidget(desk)
    qtbot.wait(150)
    account = desk.findChild(QtWidgets.QLineEdit, "cashdeskAccount")
    amount = desk.findChild(QtWidgets.QLineEdit, "cashdeskAmount")
    left = account.mapTo(desk, account.rect().topLeft()).x()
    assert left == amount.mapTo(desk, amount.rect().topLeft()).x()
