"""Lock the window after a configurable idle time; the password unlocks it again.

While locked, the window's content is hidden (not just covered) and its menu is
disabled, so no personal data is visible or reachable; what was typed in forms stays
in the hidden widgets. The password is checked by a real connection attempt.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from console.database.connection import Unavailable
from console.login.messages import describe_login_failure
from console.tasks import CancelToken, TaskError, TaskRunner
from widgets.qt import QtCore, QtGui, QtWidgets, Signal

Verifier = Callable[[str], Unavailable | None]
"""Checks a password by connecting (runs in a worker); None when it is right."""

_ACTIVITY = frozenset(
    {
        QtCore.QEvent.Type.KeyPress,
        QtCore.QEvent.Type.MouseButtonPress,
        QtCore.QEvent.Type.MouseMove,
        QtCore.QEvent.Type.Wheel,
        QtCore.QEvent.Type.TouchBegin,
    }
)


class LockOverlay(QtWidgets.QFrame):
    """The lock screen: who is logged in, a password field, unlock or log out."""

    unlock_requested = Signal(str)
    logout_requested = Signal()

    def __init__(self, login: str, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("lockOverlay")
        self.setAutoFillBackground(True)
        self.setStyleSheet("#lockOverlay { background: palette(window); }")
        title = QtWidgets.QLabel(self.tr("The screen is locked"))
        title.setObjectName("lockTitle")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        who = QtWidgets.QLabel(
            self.tr("Operator {login}: enter your password to continue.").format(login=login)
        )
        who.setObjectName("lockWho")
        self.password = QtWidgets.QLineEdit()
        self.password.setObjectName("lockPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.password.setMinimumWidth(280)
        self.password.returnPressed.connect(self._submit)
        self.unlock_button = QtWidgets.QPushButton(self.tr("&Unlock (Enter)"))
        self.unlock_button.setObjectName("lockUnlock")
        self.unlock_button.setAccessibleName(self.tr("Unlock"))
        self.unlock_button.clicked.connect(self._submit)
        self.logout_button = QtWidgets.QPushButton(self.tr("Log &out"))
        self.logout_button.setObjectName("lockLogout")
        self.logout_button.setAccessibleName(self.tr("Log out"))
        self.logout_button.clicked.connect(self.logout_requested.emit)
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("lockMessage")
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        box = QtWidgets.QVBoxLayout()
        box.addWidget(title, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        box.addWidget(who, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        box.addSpacing(12)
        box.addWidget(self.password, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.logout_button)
        buttons.addStretch(1)
        box.addLayout(buttons)
        box.addWidget(self.message, 0, QtCore.Qt.AlignmentFlag.AlignHCenter)
        outer = QtWidgets.QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box)
        outer.addStretch(2)

    def _submit(self) -> None:
        if self.password.text():
            self.unlock_requested.emit(self.password.text())

    def set_checking(self, checking: bool) -> None:
        """Disable the form while the password is checked."""
        self.password.setEnabled(not checking)
        self.unlock_button.setEnabled(not checking)
        if checking:
            self.message.setText(self.tr("Checking the password…"))


class IdleLock(QtCore.QObject):
    """Watches the operator's input; after ``minutes`` without any, locks ``window``."""

    locked = Signal()
    unlocked = Signal()
    logout_requested = Signal()

    def __init__(
        self,
        window: QtWidgets.QMainWindow,
        runner: TaskRunner,
        login: str,
        verify: Verifier,
        minutes: int,
        *,
        interval_ms: int | None = None,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._runner = runner
        self._login = login
        self._verify = verify
        self._overlay: LockOverlay | None = None
        self._hidden: list[QtWidgets.QWidget] = []
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.lock)
        interval = interval_ms if interval_ms is not None else minutes * 60_000
        self._timer.setInterval(max(interval, 0))
        self._enabled = interval > 0
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        window.installEventFilter(self)
        self._restart()

    @property
    def is_locked(self) -> bool:
        """Whether the lock screen is shown."""
        return self._overlay is not None

    def _restart(self) -> None:
        if self._enabled and not self.is_locked:
            self._timer.start()

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Any input restarts the idle timer; resizing the window resizes the lock screen."""
        kind = event.type()
        if kind in _ACTIVITY and not self.is_locked and self._enabled:
            self._timer.start()
        elif watched is self._window and kind == QtCore.QEvent.Type.Resize and self._overlay:
            self._overlay.setGeometry(self._window.rect())
        return False

    def lock(self) -> None:
        """Hide the window's content and ask for the password."""
        if self.is_locked:
            return
        self._timer.stop()
        self._hidden = [
            widget
            for widget in (
                self._window.centralWidget(),
                *self._window.findChildren(QtWidgets.QToolBar),
            )
            if widget is not None and widget.isVisible()
        ]
        for widget in self._hidden:
            widget.hide()
        self._window.menuBar().setEnabled(False)
        overlay = LockOverlay(self._login, self._window)
        overlay.unlock_requested.connect(self._check)
        overlay.logout_requested.connect(self.logout_requested.emit)
        overlay.setGeometry(self._window.rect())
        overlay.show()
        overlay.raise_()
        overlay.password.setFocus()
        self._overlay = overlay
        self.locked.emit()

    def _check(self, password: str) -> None:
        overlay = self._overlay
        if overlay is None:
            return
        overlay.set_checking(True)
        verify = self._verify

        def work(_s: Any, _t: CancelToken, _p: Any) -> Unavailable | None:
            return verify(password)

        def done(result: Unavailable | None) -> None:
            if self._overlay is not overlay:
                return
            overlay.set_checking(False)
            if result is None:
                self.unlock()
                return
            overlay.message.setText(describe_login_failure(result))
            overlay.password.selectAll()
            overlay.password.setFocus()

        def failed(error: TaskError) -> None:
            from console.errors import describe_error

            overlay.set_checking(False)
            overlay.message.setText(describe_error(error))

        self._runner.submit(work, done, failed, needs_database=False)

    def unlock(self) -> None:
        """Show the window's content again, as it was."""
        if self._overlay is None:
            return
        self._overlay.hide()
        self._overlay.deleteLater()
        self._overlay = None
        for widget in self._hidden:
            widget.show()
        self._hidden = []
        self._window.menuBar().setEnabled(True)
        self._restart()
        self.unlocked.emit()

    def stop(self) -> None:
        """Stop watching (log out)."""
        self._timer.stop()
        self._enabled = False
        app = QtWidgets.QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)


def lock_shortcut() -> QtGui.QKeySequence:
    """The shortcut that locks the screen at once."""
    return QtGui.QKeySequence("Ctrl+L")
