"""The operator's keyboard: keys go to the widget with the focus, and presses are counted.

Typed data (a phone number, an amount) is not counted; every other key press is, so a
test can say how many presses a task takes beyond what the operator has to type anyway.
"""

from __future__ import annotations

from collections.abc import Callable

from pytestqt.qtbot import QtBot

from widgets.qt import Qt, QtCore, QtGui, QtWidgets

NO = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


class Keyboard:
    """Sends keys to whatever has the focus, like a real keyboard, counting the presses."""

    def __init__(self, qtbot: QtBot) -> None:
        self.qtbot = qtbot
        self.presses: list[str] = []

    @staticmethod
    def focused() -> QtWidgets.QWidget | None:
        """The widget with the focus, after the window manager's part is done.

        The offscreen platform has no window manager: when a dialog closes nothing
        activates the window below it, as every desktop does. Here that is done.
        """
        widget = QtWidgets.QApplication.focusWidget()
        if widget is None and QtWidgets.QApplication.activeWindow() is None:
            window = QtWidgets.QApplication.activeModalWidget() or next(
                (
                    top
                    for top in reversed(QtWidgets.QApplication.topLevelWidgets())
                    if isinstance(top, QtWidgets.QMainWindow | QtWidgets.QDialog)
                    and top.isVisible()
                ),
                None,
            )
            if window is not None:
                window.activateWindow()
                QtWidgets.QApplication.processEvents()
                widget = QtWidgets.QApplication.focusWidget()
        return widget

    def focus(self) -> QtWidgets.QWidget:
        """The widget the next key goes to."""
        widget = self.focused()
        assert widget is not None, "no widget has the keyboard focus"
        return widget

    def type(self, text: str) -> None:
        """Typed data: not counted (Cyrillic too, which QTest.keyClicks cannot send)."""
        for char in text:
            if char.isascii():
                self.qtbot.keyClicks(self.focus(), char)
                continue
            key = Qt.Key(ord(char.upper()))
            for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
                event = QtGui.QKeyEvent(kind, key, NO, char)
                QtWidgets.QApplication.sendEvent(self.focus(), event)

    def press(self, key: Qt.Key, modifiers: Qt.KeyboardModifier = NO, *, times: int = 1) -> None:
        """One key (with its modifiers) pressed ``times`` times; each press counts."""
        for _ in range(times):
            name = Qt.Key(key).name.removeprefix("Key_")
            if 0x400 <= key <= 0x4FF:  # a Cyrillic letter: its own character
                name = chr(key)
            for flag, prefix in ((SHIFT, "Shift+"), (ALT, "Alt+"), (CTRL, "Ctrl+")):
                if modifiers & flag:
                    name = prefix + name
            self.presses.append(name)
            self.qtbot.keyClick(self.focus(), key, modifiers)

    def wait_focus(
        self, condition: Callable[[QtWidgets.QWidget | None], bool], timeout: int = 15_000
    ) -> None:
        """Wait until the focus is where the operator expects it."""
        self.qtbot.waitUntil(lambda: condition(self.focused()), timeout=timeout)

    @property
    def count(self) -> int:
        """Key presses so far, typed data excluded."""
        return len(self.presses)
