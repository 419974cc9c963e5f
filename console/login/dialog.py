"""The login dialog: server, login, password, "remember password" in the OS keyring."""

from __future__ import annotations

import logging
from typing import Any

from console.database.connection import Database, DatabaseUnavailable
from console.database.demo_operators import DEMO_OPERATORS
from console.errors import describe_error
from console.login import credentials as saved
from console.login.authenticate import Connector, Credentials
from console.login.messages import describe_login_failure
from console.session import role_title
from console.settings import LAST_LOGIN, SERVER_URL, Settings
from console.tasks import CancelToken, TaskError, TaskRunner
from widgets.qt import QtCore, QtGui, QtWidgets, Signal

_log = logging.getLogger(__name__)

EMBEDDED_INDEX = 0
SERVER_INDEX = 1


class LoginDialog(QtWidgets.QDialog):
    """Asks who is working; connects as that operator in the background.

    ``logged_in`` carries the open database and the credentials (without the password).
    """

    logged_in = Signal(object, object)

    def __init__(
        self,
        runner: TaskRunner,
        settings: Settings,
        connect: Connector,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Log in — Billing operator console"))
        self.setMinimumWidth(520)
        self._runner = runner
        self._settings = settings
        self._connect = connect
        self._busy = False
        self._keyring_ok = False
        self._build()
        self._load_settings()
        self._check_keyring()

    # -- construction ----------------------------------------------------------

    def _build(self) -> None:
        heading = QtWidgets.QLabel(self.tr("Billing operator console"))
        heading.setObjectName("loginHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        subtitle = QtWidgets.QLabel(self.tr("Log in with your operator login and password."))
        subtitle.setObjectName("loginSubtitle")

        self.server_choice = QtWidgets.QComboBox()
        self.server_choice.setObjectName("loginServerChoice")
        self.server_choice.setAccessibleName(self.tr("Database"))
        self.server_choice.addItem(self.tr("Embedded training database"))
        self.server_choice.addItem(self.tr("Database server"))
        self.server_url = QtWidgets.QLineEdit()
        self.server_url.setObjectName("loginServerUrl")
        self.server_url.setAccessibleName(self.tr("Server address"))
        self.server_url.setPlaceholderText("postgresql://db.example.ru:5432/billing")
        self.login = QtWidgets.QLineEdit()
        self.login.setObjectName("loginLogin")
        self.login.setAccessibleName(self.tr("Login"))
        self.password = QtWidgets.QLineEdit()
        self.password.setObjectName("loginPassword")
        self.password.setAccessibleName(self.tr("Password"))
        self.password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
        self.remember = QtWidgets.QCheckBox(self.tr("&Remember the password on this computer"))
        self.remember.setObjectName("loginRemember")
        self.remember.setAccessibleName(self.tr("Remember the password"))
        self.remember.setEnabled(False)
        self.keyring_note = QtWidgets.QLabel()
        self.keyring_note.setObjectName("loginKeyringNote")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setStyleSheet("color: palette(mid);")
        self.keyring_note.hide()

        form = QtWidgets.QFormLayout()
        form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        form.addRow(self.tr("&Database:"), self.server_choice)
        form.addRow(self.tr("Server &address:"), self.server_url)
        form.addRow(self.tr("&Login:"), self.login)
        form.addRow(self.tr("&Password:"), self.password)
        form.addRow("", self.remember)
        for widget in (self.server_choice, self.server_url, self.login, self.password):
            label = form.labelForField(widget)
            if isinstance(label, QtWidgets.QLabel):
                label.setBuddy(widget)

        self.message = QtWidgets.QLabel()
        self.message.setObjectName("loginMessage")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Login result"))
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.hide()

        self.training = QtWidgets.QGroupBox(self.tr("Training logins (embedded database only)"))
        self.training.setObjectName("loginTraining")
        grid = QtWidgets.QGridLayout(self.training)
        for row, demo in enumerate(DEMO_OPERATORS):
            button = QtWidgets.QPushButton(demo.login)
            button.setObjectName(f"loginDemo_{demo.group}")
            button.setAccessibleName(
                self.tr("Use the training login {login}").format(login=demo.login)
            )
            button.setToolTip(self.tr("Fill in this training login and its password"))
            button.clicked.connect(lambda _=False, d=demo: self._use_demo(d.login, d.password))
            role = QtWidgets.QLabel(role_title(demo.group))
            password = QtWidgets.QLabel(demo.password)
            password.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(button, row, 0)
            grid.addWidget(role, row, 1)
            grid.addWidget(password, row, 2)
        grid.setColumnStretch(2, 1)

        self.buttons = QtWidgets.QDialogButtonBox()
        self.login_button = self.buttons.addButton(
            self.tr("Log &in (Enter)"), QtWidgets.QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.login_button.setObjectName("loginSubmit")
        self.login_button.setAccessibleName(self.tr("Log in"))
        self.login_button.setDefault(True)
        self.quit_button = self.buttons.addButton(
            self.tr("&Quit"), QtWidgets.QDialogButtonBox.ButtonRole.RejectRole
        )
        self.quit_button.setObjectName("loginQuit")
        self.quit_button.setAccessibleName(self.tr("Quit the console"))
        self.login_button.clicked.connect(self.submit)
        self.quit_button.clicked.connect(self.reject)
        self.progress = QtWidgets.QProgressBar()
        self.progress.setObjectName("loginProgress")
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setMaximumHeight(6)
        self.progress.hide()

        layout = QtWidgets.QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(heading)
        layout.addWidget(subtitle)
        layout.addSpacing(6)
        layout.addLayout(form)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.message)
        layout.addWidget(self.training)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.server_choice.currentIndexChanged.connect(self._server_changed)
        self.login.textEdited.connect(self._clear_message)
        self.password.textEdited.connect(self._clear_message)
        self.setTabOrder(self.server_choice, self.server_url)
        self.setTabOrder(self.server_url, self.login)
        self.setTabOrder(self.login, self.password)
        self.setTabOrder(self.password, self.remember)
        self.setTabOrder(self.remember, self.login_button)

    def _load_settings(self) -> None:
        server = self._settings.database_url() or ""
        self.server_url.setText(server)
        self.server_choice.setCurrentIndex(SERVER_INDEX if server else EMBEDDED_INDEX)
        self._server_changed()
        self.login.setText(self._settings.get(LAST_LOGIN))
        (self.password if self.login.text() else self.login).setFocus()

    # -- keyring ---------------------------------------------------------------

    def _check_keyring(self) -> None:
        server, login = self._server_key(), self.login.text()

        def work(_s: Any, _t: CancelToken, _p: Any) -> tuple[saved.KeyringStatus, str | None]:
            status = saved.keyring_status()
            password = saved.load_password(server, login) if status.available else None
            return status, password

        def done(result: tuple[saved.KeyringStatus, str | None]) -> None:
            status, password = result
            self._keyring_ok = status.available
            self.remember.setEnabled(status.available)
            if not status.available:
                reason = self.tr(status.reason)
                self.remember.setToolTip(reason)
                self.keyring_note.setText(reason)
                self.keyring_note.show()
                self.adjustSize()
            elif password and (server, login) == (self._server_key(), self.login.text()):
                if not self.password.text():
                    self.password.setText(password)
                self.remember.setChecked(True)

        self._runner.submit(work, done, None, needs_database=False)

    def _server_key(self) -> str:
        if self.server_choice.currentIndex() == EMBEDDED_INDEX:
            return ""
        return self.server_url.text().strip()

    # -- behaviour -------------------------------------------------------------

    def _server_changed(self) -> None:
        embedded = self.server_choice.currentIndex() == EMBEDDED_INDEX
        self.server_url.setEnabled(not embedded)
        self.training.setVisible(embedded)
        self.adjustSize()

    def _use_demo(self, login: str, password: str) -> None:
        self.login.setText(login)
        self.password.setText(password)
        self.login_button.setFocus()

    def _clear_message(self) -> None:
        self.message.hide()

    def credentials(self) -> Credentials:
        """What is typed in the dialog now."""
        return Credentials(self._server_key(), self.login.text().strip(), self.password.text())

    def submit(self) -> None:
        """Try to log in with what is typed (Enter)."""
        if self._busy:
            return
        credentials = self.credentials()
        if not credentials.login or not credentials.password:
            self.show_failure(self.tr("Enter your login and password."))
            (self.login if not credentials.login else self.password).setFocus()
            return
        if self.server_choice.currentIndex() == SERVER_INDEX and not credentials.server:
            self.show_failure(self.tr("Enter the server address or choose the training database."))
            self.server_url.setFocus()
            return
        remember = self.remember.isChecked() and self._keyring_ok
        self._set_busy(True)

        def work(_s: Any, _t: CancelToken, _p: Any) -> Database | DatabaseUnavailable:
            try:
                database = self._connect(credentials)
            except DatabaseUnavailable as unavailable:
                _log.info("login of %s failed: %s", credentials.login, unavailable)
                return unavailable
            if remember:
                saved.save_password(credentials.server, credentials.login, credentials.password)
            else:
                saved.forget_password(credentials.server, credentials.login)
            return database

        def done(result: Database | DatabaseUnavailable) -> None:
            self._set_busy(False)
            if isinstance(result, DatabaseUnavailable):
                self.show_failure(describe_login_failure(result.reason, result.server_version))
                self.password.selectAll()
                self.password.setFocus()
                return
            self._settings.set(LAST_LOGIN, credentials.login)
            if not credentials.embedded:
                self._settings.set(SERVER_URL, credentials.server)
            elif not self._settings.database_url():
                self._settings.set(SERVER_URL, "")
            self.password.clear()
            self.logged_in.emit(result, credentials.without_password())

        def failed(error: TaskError) -> None:
            self._set_busy(False)
            self.show_failure(describe_error(error))

        self._runner.submit(work, done, failed, needs_database=False)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for widget in (self.server_choice, self.login, self.password, self.login_button):
            widget.setEnabled(not busy)
        self.server_url.setEnabled(not busy and self.server_choice.currentIndex() == SERVER_INDEX)
        if busy:
            self.message.setStyleSheet("color: palette(text);")
            self.message.setText(self.tr("Connecting…"))
            self.message.show()

    def show_failure(self, text: str) -> None:
        """Show why the login failed; the typed login stays."""
        self.message.setStyleSheet("color: #b00020; font-weight: bold;")
        self.message.setText(text)
        self.message.show()

    def show_progress(self, stage: str, fraction: float) -> None:
        """Progress of preparing the embedded database (first start seeds demo data)."""
        self.progress.setRange(0, 100)
        self.progress.setValue(int(fraction * 100))
        self.message.setStyleSheet("color: palette(text);")
        self.message.setText(stage)
        self.message.show()

    def reset_for_login(self, message: str = "") -> None:
        """Show the dialog again (log out, lost session): empty password, login kept."""
        self._set_busy(False)
        self.progress.setRange(0, 0)
        self.password.clear()
        if message:
            self.show_failure(message)
        else:
            self.message.hide()
        self._check_keyring()
        # The cursor goes where the next thing to type is: the login until there is one.
        (self.password if self.login.text() else self.login).setFocus()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter logs in from any field; Escape quits."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter):
            self.submit()
            return
        super().keyPressEvent(event)
