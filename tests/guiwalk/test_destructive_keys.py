"""Destructive actions: each has its own visible keys, a deliberate choice and a confirmation."""

from __future__ import annotations

import shiboken6
from sqlalchemy import create_engine, text

from tests.guiwalk.keys import ALT, CTRL, SHIFT, Keyboard
from widgets.qt import Qt, QtGui, QtWidgets

DESTRUCTIVE = ("moderationReject", "paymentsReverse", "readingsCorrect")


def _go(window, keys: Keyboard, name: str):
    tab = window.findChild(QtWidgets.QWidget, name)
    keys.press(Qt.Key(Qt.Key.Key_1.value + window.tabs.indexOf(tab)), ALT)
    assert window.tabs.currentWidget() is tab
    return tab


def _link_request(db_url, request_id: int):
    engine = create_engine(db_url)
    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT status, reason FROM billing.link_request WHERE id = :id"),
            {"id": request_id},
        ).one()
    engine.dispose()
    return row


def test_each_destructive_action_has_its_own_keys_shown_on_its_button(qtbot, console, russian):
    window = console("supervisor").window
    sequences = {}
    for name in DESTRUCTIVE:
        button = window.findChild(QtWidgets.QPushButton, name)
        assert button is not None, name
        sequence = button.shortcut()
        assert not sequence.isEmpty(), name
        shown = sequence.toString(QtGui.QKeySequence.SequenceFormat.PortableText)
        assert shown in button.text(), (name, shown, button.text())
        sequences[name] = shown
    assert len(set(sequences.values())) == len(DESTRUCTIVE), sequences
    assert "Ctrl+R" not in sequences.values()


def test_rejecting_needs_a_chosen_reason_and_a_confirmation(qtbot, console, russian, db_url):
    window = console("supervisor").window
    keys = Keyboard(qtbot)
    tab = _go(window, keys, "moderationTab")
    qtbot.waitUntil(lambda: tab._model.rowCount() > 0, timeout=10_000)
    keys.press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: tab._detail is not None and tab._approve.isEnabled(), timeout=10_000)
    request = tab._detail.id
    keys.press(Qt.Key.Key_R, CTRL)  # the old key rejects nothing any more
    qtbot.wait(300)
    assert QtWidgets.QApplication.activeModalWidget() is None
    assert _link_request(db_url, request).status in ("new", "pending")

    with qtbot.waitSignal(tab.reject_opened, timeout=5_000) as opened:
        keys.press(Qt.Key.Key_R, CTRL | SHIFT)
    dialog = opened.args[0]
    keys.wait_focus(lambda widget: widget is dialog.reason)
    assert dialog.reason.currentIndex() == -1
    assert dialog.reason.currentText() == ""
    assert not dialog.confirm_button.isEnabled()
    keys.press(Qt.Key.Key_Return)
    keys.press(Qt.Key.Key_Return, CTRL)  # no reason chosen: nothing happens
    qtbot.wait(300)
    assert dialog.isVisible()
    assert _link_request(db_url, request).status in ("new", "pending")

    keys.press(Qt.Key.Key_Down)  # the supervisor picks a reason
    chosen = dialog.reason.currentText()
    assert chosen
    keys.press(Qt.Key.Key_Return)  # Enter still decides nothing
    qtbot.wait(300)
    assert dialog.isVisible()
    keys.press(Qt.Key.Key_Return, CTRL)  # the confirmation
    qtbot.waitUntil(lambda: _link_request(db_url, request).status == "rejected", timeout=10_000)
    assert _link_request(db_url, request).reason == chosen
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()


def test_cancelling_a_rejection_keeps_the_item_waiting(qtbot, console, russian, db_url):
    window = console("supervisor").window
    keys = Keyboard(qtbot)
    tab = _go(window, keys, "moderationTab")
    qtbot.waitUntil(lambda: tab._model.rowCount() > 0, timeout=10_000)
    keys.press(Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: tab._detail is not None and tab._approve.isEnabled(), timeout=10_000)
    request = tab._detail.id
    with qtbot.waitSignal(tab.reject_opened, timeout=5_000) as opened:
        keys.press(Qt.Key.Key_R, CTRL | SHIFT)
    dialog = opened.args[0]
    keys.wait_focus(lambda widget: widget is dialog.reason)
    keys.press(Qt.Key.Key_Down)
    keys.press(Qt.Key.Key_Escape)
    qtbot.wait(300)
    assert _link_request(db_url, request).status in ("new", "pending")
    assert tab._reject.isEnabled()


def test_the_new_dialogs_name_every_widget(qtbot, console, russian):
    """Screen readers and tests find each part of the rejection and close-shift dialogs."""
    from decimal import Decimal

    from console.moderation.reject_dialog import RejectDialog
    from console.payments.close_shift_dialog import CloseShiftDialog
    from console.services import payments as service

    cashier = console("cashier")
    with cashier.sessions() as session:
        shift = service.open_shift(session, Decimal("100"))
    supervisor = console("supervisor")
    tab = supervisor.window.findChild(QtWidgets.QWidget, "moderationTab")
    qtbot.waitUntil(lambda: tab._model.rowCount() > 0, timeout=10_000)
    tab.take_next()
    qtbot.waitUntil(lambda: tab._detail is not None, timeout=10_000)
    dialogs = [
        RejectDialog(tab._detail, tab._reasons.get(tab._queue(), ()), tab),
        CloseShiftDialog(shift, Decimal("90"), supervisor.window),
    ]
    for dialog in dialogs:
        kinds = (
            QtWidgets.QLabel,
            QtWidgets.QAbstractButton,
            QtWidgets.QComboBox,
            QtWidgets.QLineEdit,
        )
        for widget in dialog.findChildren(QtWidgets.QWidget):
            if isinstance(widget, kinds) and widget.parent() is not None:
                if isinstance(widget.parent(), QtWidgets.QComboBox):
                    continue  # the combo's own line edit
                assert widget.objectName(), (dialog.objectName(), type(widget).__name__)
                assert widget.accessibleName(), (dialog.objectName(), widget.objectName())
        dialog.deleteLater()
