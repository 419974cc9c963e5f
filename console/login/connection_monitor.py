"""Notice a lost database connection, tell the operator, and notice when it is back.

A cheap ``SELECT 1`` runs every few seconds in a worker. When it fails with a
connection error the banner appears and pings come faster; the engine's pre-ping makes
the next sessions reconnect by themselves, so when a ping succeeds again the banner
says so and disappears. Forms are never touched: what was typed stays.

When an administrator disables the operator, the database ends the operator's sessions
at once (``billing.disable_operator``) and the reconnect is refused with "not permitted
to log in": the banner then says that the operator is disabled, not that the network is
down.
"""

from __future__ import annotations

import enum
from typing import Any

from sqlalchemy.orm import Session

from console.tasks import CancelToken, ErrorKind, TaskError, TaskRunner
from models.server import ping
from widgets.qt import QtCore, QtWidgets, Signal


class ConnectionLoss(enum.Enum):
    """Why the connection is lost, as far as the operator needs to know."""

    NETWORK = "network"
    """The server or the network does not answer; the console keeps reconnecting."""
    OPERATOR_DISABLED = "operator_disabled"
    """An administrator disabled this operator: the server refuses the reconnect."""


_DISABLED_LOGIN = "not permitted to log in"
"""PostgreSQL's refusal (SQLSTATE 28000) of a NOLOGIN role with the right password."""


def loss_reason(error: TaskError) -> ConnectionLoss:
    """Why a ping failed with a connection error."""
    if _DISABLED_LOGIN in error.detail.lower():
        return ConnectionLoss.OPERATOR_DISABLED
    return ConnectionLoss.NETWORK


class ConnectionMonitor(QtCore.QObject):
    """Pings the database periodically; ``lost`` (with its reason) and ``restored``.

    ``lost`` comes again when the reason changes while the connection is still lost
    (the session was ended, then the reconnect is refused because the operator is
    disabled).
    """

    lost = Signal(object)
    """A :class:`ConnectionLoss`."""
    restored = Signal()

    def __init__(
        self,
        runner: TaskRunner,
        *,
        interval_ms: int = 15_000,
        retry_ms: int = 3_000,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._interval = interval_ms
        self._retry = retry_ms
        self._pending = False
        self.is_lost = False
        self.reason: ConnectionLoss | None = None
        self._timer = QtCore.QTimer(self)
        self._timer.timeout.connect(self.ping)
        self._timer.start(interval_ms)

    def ping(self) -> None:
        """Check the connection now."""
        if self._pending:
            return
        self._pending = True

        def work(session: Session, _t: CancelToken, _p: Any) -> bool:
            ping(session)
            return True

        self._runner.submit(work, self._ok, self._failed)

    def _ok(self, _result: bool) -> None:
        self._pending = False
        if self.is_lost:
            self.is_lost = False
            self.reason = None
            self._timer.start(self._interval)
            self.restored.emit()

    def _failed(self, error: TaskError) -> None:
        self._pending = False
        if error.kind is not ErrorKind.CONNECTION:
            return
        reason = loss_reason(error)
        if self.is_lost and reason is self.reason:
            return
        self.is_lost = True
        self.reason = reason
        # A disabled operator stays disabled until an administrator acts: ask less often.
        disabled = reason is ConnectionLoss.OPERATOR_DISABLED
        self._timer.start(self._interval if disabled else self._retry)
        self.lost.emit(reason)

    def stop(self) -> None:
        """Stop pinging (log out)."""
        self._timer.stop()


class ConnectionBanner(QtWidgets.QToolBar):
    """A strip across the top of the window saying the connection is lost or back."""

    retry_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("connectionBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.toggleViewAction().setVisible(False)
        self.label = QtWidgets.QLabel()
        self.label.setObjectName("connectionBannerText")
        self.label.setAccessibleName(self.tr("Connection state"))
        self.label.setWordWrap(True)
        self.label.setSizePolicy(
            QtWidgets.QSizePolicy.Policy.Expanding, QtWidgets.QSizePolicy.Policy.Preferred
        )
        self.retry = QtWidgets.QPushButton(self.tr("Try &now"))
        self.retry.setObjectName("connectionRetry")
        self.retry.setAccessibleName(self.tr("Check the connection now"))
        self.retry.clicked.connect(self.retry_requested.emit)
        self.addWidget(self.label)
        self.addWidget(self.retry)
        self._hide_timer = QtCore.QTimer(self)
        self._hide_timer.setSingleShot(True)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def show_lost(self, reason: ConnectionLoss = ConnectionLoss.NETWORK) -> None:
        """The connection is lost: say why and that input is kept."""
        self._hide_timer.stop()
        self.setStyleSheet("QToolBar { background: #fdecea; border-bottom: 1px solid #b00020; }")
        if reason is ConnectionLoss.OPERATOR_DISABLED:
            text = self.tr(
                "An administrator has disabled your operator account: the connection to the "
                "database is closed and nothing more can be saved. Ask an administrator to "
                "enable it, or log out (Ctrl+Shift+L)."
            )
        else:
            text = self.tr(
                "The connection to the database is lost. Reconnecting… What you typed is "
                "kept; save it again when the connection is back."
            )
        self.label.setText(text)
        self.retry.show()
        self.show()

    def show_restored(self) -> None:
        """The connection is back; the banner disappears after a few seconds."""
        self.setStyleSheet("QToolBar { background: #e8f5e9; border-bottom: 1px solid #2e7d32; }")
        self.label.setText(self.tr("The connection to the database is back."))
        self.retry.hide()
        self.show()
        self._hide_timer.start(4_000)
