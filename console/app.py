"""The GUI application: translation, startup, login, main window, clean shutdown.

Start: prepare the embedded training database if it is the configured one (progress
window) → login dialog → main window, connected as the operator (never as a
superuser). File → Connect and Log out return to the login dialog.
"""

from __future__ import annotations

import logging
import signal
import sys

from console import single_instance
from console.database.change_listener import ChangeListener
from console.database.connection import Database, Unavailable, verify_password
from console.garbage import collect_on_gui_thread
from console.i18n import install_translation
from console.logging_setup import configure_logging
from console.login.authenticate import Credentials, connector, url_builder
from console.login.connection_monitor import ConnectionBanner, ConnectionMonitor
from console.login.dialog import LoginDialog
from console.login.idle_lock import IdleLock, lock_shortcut
from console.main_window import MainWindow, center_on_screen
from console.outbox import OutboxService
from console.settings import DEMO_ACCOUNTS, IDLE_LOCK_MINUTES, Settings
from console.startup import EmbeddedDatabase, StartupDialog, prepare_embedded_database
from console.tasks import TaskRunner
from models import clock
from widgets.qt import QtCore, QtGui, QtWidgets

_log = logging.getLogger(__name__)

ORGANISATION = "billing"
APPLICATION = "billing-console"


class OperatorSession(QtCore.QObject):
    """The main window of one logged-in operator, with its idle lock and connection watch."""

    def __init__(
        self,
        console: ConsoleApplication,
        database: Database,
        credentials: Credentials,
    ) -> None:
        super().__init__(console)
        self.database = database
        self.credentials = credentials
        self.window = MainWindow(database.info, console.runner, console.settings)
        single_instance.attach(self.window)  # telephony hook (issue 4)
        self.banner = ConnectionBanner(self.window)
        self.window.addToolBar(QtCore.Qt.ToolBarArea.TopToolBarArea, self.banner)
        self.monitor = ConnectionMonitor(console.runner, parent=self)
        self.monitor.lost.connect(self.banner.show_lost)
        self.monitor.restored.connect(self.banner.show_restored)
        self.monitor.restored.connect(self.window.refresh_current)
        self.banner.retry_requested.connect(self.monitor.ping)
        # Every console's writes reach this one's views (issue 13).
        self.changes = ChangeListener(database.engine, parent=self)
        self.changes.changed.connect(self.window.navigator.changed)
        self.changes.start()
        # The outbox is the application's, not a tab's (issue 13).
        self.outbox = OutboxService(console.runner, console.settings, database.info.role, self)
        urls = console.urls

        def verify(password: str) -> Unavailable | None:
            return verify_password(
                urls(Credentials(credentials.server, credentials.login, password))
            )

        self.lock = IdleLock(
            self.window,
            console.runner,
            credentials.login,
            verify,
            console.settings.get(IDLE_LOCK_MINUTES),
        )
        self.lock.logout_requested.connect(console.log_out)
        self._add_session_actions(console)

    def _add_session_actions(self, console: ConsoleApplication) -> None:
        file_menu = self.window.findChild(QtWidgets.QMenu, "menuFile")
        lock_action = QtGui.QAction(self.tr("&Lock the screen"), self.window)
        lock_action.setObjectName("actionLock")
        lock_action.setShortcut(lock_shortcut())
        lock_action.triggered.connect(self.lock.lock)
        logout_action = QtGui.QAction(self.tr("Log &out"), self.window)
        logout_action.setObjectName("actionLogout")
        logout_action.setShortcut(QtGui.QKeySequence("Ctrl+Shift+L"))
        logout_action.triggered.connect(console.log_out)
        self.window.addAction(lock_action)
        self.window.addAction(logout_action)
        if file_menu is not None and file_menu.actions():
            first = file_menu.actions()[0]
            file_menu.insertAction(first, lock_action)
            file_menu.insertAction(first, logout_action)
        self.window.connect_requested.connect(console.log_out)
        self.window.language_requested.connect(console.change_language)

    def close(self) -> None:
        """Stop watching, close the window and the operator's connections."""
        self.monitor.stop()
        self.changes.stop()
        self.outbox.stop()
        self.lock.stop()
        self.window.hide()
        self.window.deleteLater()
        self.database.close()


class ConsoleApplication(QtCore.QObject):
    """Owns the embedded server, the task runner, the login dialog and the session."""

    def __init__(self, app: QtWidgets.QApplication, settings: Settings) -> None:
        super().__init__(app)
        self.app = app
        self.settings = settings
        self.runner = TaskRunner(None, parent=self)
        self.embedded = EmbeddedDatabase(settings.get(DEMO_ACCOUNTS))
        self.urls = url_builder(self.embedded.get)
        self.session: OperatorSession | None = None
        self.startup = StartupDialog()
        self.startup.retry_requested.connect(self.start)
        self.startup.rejected.connect(self.quit)
        self.login = LoginDialog(self.runner, settings, connector(self.urls))
        self.login.logged_in.connect(self._logged_in)
        self.login.rejected.connect(self.quit)
        app.aboutToQuit.connect(self.shutdown)
        single_instance.claim()  # one console per operator session (issue 4)

    @property
    def database(self) -> Database | None:
        """The operator's open database, if logged in."""
        return self.session.database if self.session is not None else None

    def start(self) -> None:
        """Prepare the training database if it is the configured one, then ask to log in."""
        if self.settings.database_url() or self.embedded.prepared:
            self._show_login()
            return
        self.startup.show()
        center_on_screen(self.startup)
        self.startup.show_progress(
            QtCore.QCoreApplication.translate("StartupDialog", "Starting the embedded database"),
            0.0,
        )
        prepare_embedded_database(
            self.runner,
            self.embedded,
            self._show_login,
            self.startup.show_failure,
            self.startup.show_progress,
        )

    def _show_login(self, message: str = "") -> None:
        self.startup.hide()
        self.login.reset_for_login(message)
        self.login.show()
        center_on_screen(self.login)
        self.login.activateWindow()

    def _logged_in(self, database: Database, credentials: Credentials) -> None:
        clock.use(database.clock)
        self.runner.set_sessions(database.sessions)
        self.session = OperatorSession(self, database, credentials)
        self.session.window.show()
        self.login.hide()
        _log.info("logged in: %s", database.info)

    def log_out(self) -> None:
        """Close the operator's window and connections; back to the login dialog."""
        if self.session is None:
            return
        self.runner.cancel_all()
        self.runner.set_sessions(None)
        session, self.session = self.session, None
        session.close()
        session.deleteLater()
        _log.info("logged out")
        self._show_login()

    def change_language(self, language: str) -> None:
        """Switch the UI language; the operator logs in again in the new language."""
        from console.settings import LANGUAGE

        self.settings.set(LANGUAGE, language)
        install_translation(self.app, language)
        old_login = self.login
        self.login = LoginDialog(self.runner, self.settings, connector(self.urls))
        self.login.logged_in.connect(self._logged_in)
        self.login.rejected.connect(self.quit)
        old_login.deleteLater()
        if self.session is not None:
            session = self.session
            geometry = session.window.geometry()
            self.session = OperatorSession(self, session.database, session.credentials)
            self.session.window.setGeometry(geometry)
            self.session.window.show()
            session.monitor.stop()
            session.lock.stop()
            session.window.hide()
            session.window.deleteLater()
            session.deleteLater()

    def quit(self) -> None:
        """Leave the application."""
        self.app.quit()

    def shutdown(self) -> None:
        """Let running tasks finish, close the database, stop the embedded server."""
        self.runner.cancel_all()
        self.runner.wait_for_done(10_000)
        if self.session is not None:
            self.session.close()
            self.session = None
        self.embedded.stop()


def run_gui(argv: list[str]) -> int:
    """Start the console; returns the process exit code."""
    log_file = configure_logging()
    QtCore.QCoreApplication.setOrganizationName(ORGANISATION)
    QtCore.QCoreApplication.setApplicationName(APPLICATION)
    app = QtWidgets.QApplication(argv)
    collect_on_gui_thread()
    settings = Settings()
    install_translation(app, settings.get_language())
    _log.info("starting; settings %s, log %s", settings.path, log_file)
    console = ConsoleApplication(app, settings)
    _quit_on_signals(app)
    console.start()
    return int(app.exec())


def _quit_on_signals(app: QtWidgets.QApplication) -> None:
    """Ctrl+C or a service manager's SIGTERM quits cleanly (the embedded server stops).

    Python only runs signal handlers between bytecodes, so a timer wakes the
    interpreter up regularly while Qt's event loop is waiting.
    """
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda *_: app.quit())
    waker = QtCore.QTimer(app)
    waker.timeout.connect(lambda: None)
    waker.start(250)


if __name__ == "__main__":
    sys.exit(run_gui(sys.argv))
