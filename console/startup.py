"""Open the database without blocking the GUI: a progress window while it starts."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import ClassVar

from console.database import connection
from console.database.connection import DatabaseUnavailable
from console.database.embedded import EmbeddedServer
from console.errors import describe_error, describe_unavailable
from console.services.training_gateway import TrainingPostOffice
from console.tasks import CancelToken, TaskError, TaskRunner
from widgets.qt import QtCore, QtWidgets, Signal

_log = logging.getLogger(__name__)


class StartupDialog(QtWidgets.QDialog):
    """Shows what the console is doing while it connects (first start seeds demo data)."""

    retry_requested = Signal()

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("startupDialog")
        self.setWindowTitle(self.tr("Billing operator console"))
        self.setMinimumWidth(460)
        self.stage = QtWidgets.QLabel(self.tr("Connecting to the database…"))
        self.stage.setObjectName("startupStage")
        self.stage.setWordWrap(True)
        self.bar = QtWidgets.QProgressBar()
        self.bar.setObjectName("startupProgress")
        self.bar.setAccessibleName(self.tr("Progress"))
        self.bar.setRange(0, 100)
        self.buttons = QtWidgets.QDialogButtonBox()
        self.retry_button = self.buttons.addButton(
            self.tr("&Retry"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.retry_button.setObjectName("startupRetry")
        self.retry_button.hide()
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("startupQuit")
        self.retry_button.clicked.connect(self.retry_requested.emit)
        self.quit_button.clicked.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.stage)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)

    _STAGES: ClassVar[dict[str, str]] = {
        "Starting the embedded database": str(
            QtCore.QT_TRANSLATE_NOOP("StartupDialog", "Starting the embedded database")
        ),
        "Applying migrations": str(
            QtCore.QT_TRANSLATE_NOOP("StartupDialog", "Applying migrations")
        ),
    }

    def show_progress(self, stage: str, fraction: float) -> None:
        """Update the stage text and the bar."""
        if stage in self._STAGES:
            stage = self.tr(stage)
        elif fraction > 0.15:
            stage = self.tr("Filling the training database with demo data (first start only)…")
        self.stage.setText(stage)
        self.bar.setValue(int(fraction * 100))
        self.retry_button.hide()

    def show_failure(self, message: str) -> None:
        """Say what went wrong and offer a retry."""
        self.stage.setText(message)
        self.bar.setValue(0)
        self.retry_button.show()
        self.retry_button.setFocus()


class EmbeddedDatabase:
    """The embedded training server: prepared once (started, migrated, seeded), then shared.

    ``get()`` may be called from worker threads; the first call prepares the server and
    starts the training post office (e-mail and SMS gateway on 127.0.0.1 plus its sender),
    so messages the agents cause are delivered and shown as such, to nobody real.
    """

    def __init__(self, demo_accounts: int) -> None:
        self._demo_accounts = demo_accounts
        self._server: EmbeddedServer | None = None
        self._post: TrainingPostOffice | None = None
        self._lock = threading.Lock()

    @property
    def prepared(self) -> bool:
        """Whether the server is up and ready for logins."""
        return self._server is not None

    def get(self, progress: connection.Progress | None = None) -> EmbeddedServer:
        """The running server, preparing it first if needed (blocks: call from a worker)."""
        with self._lock:
            if self._server is None:
                self._server = connection.prepare_embedded(
                    progress, demo_accounts=self._demo_accounts
                )
                self._post = TrainingPostOffice(
                    self._server.url(connection.EMBEDDED_DATABASE)
                ).start()
            return self._server

    @property
    def post_office(self) -> TrainingPostOffice | None:
        """The training gateway and its sender while the server runs."""
        return self._post

    def stop(self) -> None:
        """Stop the server if we started it."""
        with self._lock:
            if self._post is not None:
                self._post.stop()
                self._post = None
            if self._server is not None:
                self._server.stop()
                self._server = None


def prepare_embedded_database(
    runner: TaskRunner,
    embedded: EmbeddedDatabase,
    on_ready: Callable[[], None],
    on_failure: Callable[[str], None],
    on_progress: Callable[[str, float], None],
) -> None:
    """Start, migrate and (first time) fill the training database in the background."""

    def work(
        _session: object, _token: CancelToken, progress: Callable[[str, float], None]
    ) -> DatabaseUnavailable | None:
        try:
            embedded.get(progress)
        except DatabaseUnavailable as unavailable:
            _log.warning("embedded database unavailable: %s", unavailable)
            return unavailable
        return None

    def done(result: DatabaseUnavailable | None) -> None:
        if result is not None:
            on_failure(describe_unavailable(result.reason, result.server_version))
        else:
            on_ready()

    def failed(error: TaskError) -> None:
        on_failure(describe_error(error))

    runner.submit(work, done, failed, on_progress, needs_database=False)


__all__ = ["EmbeddedDatabase", "StartupDialog", "prepare_embedded_database"]
