"""The GUI application: translation, startup, main window, clean shutdown."""

from __future__ import annotations

import logging
import sys

from console.database.connection import Database
from console.i18n import install_translation
from console.logging_setup import configure_logging
from console.main_window import MainWindow, center_on_screen
from console.settings import DEMO_ACCOUNTS, Settings
from console.startup import StartupDialog, open_database
from console.tasks import TaskRunner
from widgets.qt import QtCore, QtWidgets

_log = logging.getLogger(__name__)

ORGANISATION = "billing"
APPLICATION = "billing-console"


class ConsoleApplication(QtCore.QObject):
    """Owns the database, the task runner and the main window for one operator session."""

    def __init__(self, app: QtWidgets.QApplication, settings: Settings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.runner = TaskRunner(None, parent=self)
        self.database: Database | None = None
        self.window: MainWindow | None = None
        self.startup = StartupDialog()
        self.startup.retry_requested.connect(self.connect_database)
        self.startup.rejected.connect(self.quit)
        app.aboutToQuit.connect(self.shutdown)

    def start(self) -> None:
        """Show the startup dialog and open the database in the background."""
        self.startup.show()
        center_on_screen(self.startup)
        self.connect_database()

    def connect_database(self) -> None:
        """(Re)open the configured database."""
        self.startup.show_progress(self.startup.tr("Connecting to the database…"), 0.0)
        open_database(
            self.runner,
            self.settings.database_url(),
            self.settings.get(DEMO_ACCOUNTS),
            self._opened,
            self.startup.show_failure,
            self.startup.show_progress,
        )

    def _opened(self, database: Database) -> None:
        self.database = database
        self.runner.set_sessions(database.sessions)
        self.window = MainWindow(database.info, self.runner, self.settings)
        self.window.language_requested.connect(self.change_language)
        self.window.show()
        self.startup.hide()
        _log.info("connected: %s", database.info)

    def change_language(self, language: str) -> None:
        """Switch the UI language; the main window is rebuilt in the new language."""
        from console.settings import LANGUAGE

        self.settings.set(LANGUAGE, language)
        install_translation(self.app, language)
        if self.window is not None and self.database is not None:
            old = self.window
            self.window = MainWindow(self.database.info, self.runner, self.settings)
            self.window.language_requested.connect(self.change_language)
            self.window.setGeometry(old.geometry())
            self.window.show()
            old.hide()
            old.deleteLater()

    def quit(self) -> None:
        """Leave the application."""
        self.app.quit()

    def shutdown(self) -> None:
        """Let running tasks finish, then close the database (stops the embedded server)."""
        self.runner.cancel_all()
        self.runner.wait_for_done(10_000)
        if self.database is not None:
            self.database.close()
            self.database = None


def run_gui(argv: list[str]) -> int:
    """Start the console; returns the process exit code."""
    log_file = configure_logging()
    QtCore.QCoreApplication.setOrganizationName(ORGANISATION)
    QtCore.QCoreApplication.setApplicationName(APPLICATION)
    app = QtWidgets.QApplication(argv)
    settings = Settings()
    install_translation(app, settings.get_language())
    _log.info("starting; settings %s, log %s", settings.path, log_file)
    console = ConsoleApplication(app, settings)
    console.start()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
