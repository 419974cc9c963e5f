"""The notification outbox, delivered by the application, not by a tab.

A supervisor's console with a gateway configured (``notifications/gateway_url``) sends
the queued e-mails and SMS every ``notifications/interval_seconds`` on the task runner,
whichever tab is open; a server runs ``billing-console send-notifications`` instead
(a login in ``billing_sender``, from cron or a systemd timer). The embedded training
database delivers its own outbox to its training gateway
(:mod:`console.services.training_gateway`).
"""

from __future__ import annotations

from console.moderation.config import sender_config
from console.services.notification_sender import NotificationSender
from console.settings import NOTIFICATION_INTERVAL_SECONDS, Settings
from console.tasks import TaskError, TaskRunner
from widgets.qt import QtCore

SENDER_ROLES = frozenset({"supervisor"})
"""The groups whose console may deliver the outbox (the database allows them)."""


class OutboxService(QtCore.QObject):
    """Sends the outbox on a timer while the operator is logged in."""

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        role: str,
        parent: QtCore.QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._sender: NotificationSender | None = None
        self._busy = False
        self.timer = QtCore.QTimer(self)
        self.timer.setObjectName("notificationSenderTimer")
        self.timer.timeout.connect(self.send_now)
        config = sender_config(settings) if role in SENDER_ROLES else None
        if config is not None:
            self._sender = NotificationSender(config)
            self.timer.start(max(5, settings.get(NOTIFICATION_INTERVAL_SECONDS)) * 1000)

    @property
    def active(self) -> bool:
        """Whether a gateway is configured, so the outbox is being delivered."""
        return self._sender is not None

    def send_now(self) -> None:
        """One delivery pass in a worker (skipped while the previous one runs)."""
        sender = self._sender
        if sender is None or self._busy:
            return
        self._busy = True

        def finished(_result: object) -> None:
            self._busy = False

        def failed(_error: TaskError) -> None:
            self._busy = False

        self._runner.submit(
            lambda session, token, progress: sender.send_due(session, lambda: token.cancelled),
            finished,
            failed,
        )

    def stop(self) -> None:
        """Stop sending and close the gateway connections."""
        self.timer.stop()
        if self._sender is not None:
            self._sender.close()
            self._sender = None
