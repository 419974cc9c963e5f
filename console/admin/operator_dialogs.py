"""Dialogs of the operators tab: a new operator, a new password, another group.

Each dialog checks the input with the same rules the database re-checks, shows every
problem next to its field, and only then sends the operation; a refusal from the
database is shown the same way and the input is kept.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.problem_texts import describe
from console.services import operators as service
from console.session import GROUPS, role_title
from console.tasks import CancelToken, ErrorKind, TaskError, TaskRunner
from models import clock
from models.domain.portal_rules import validate_operator_password
from models.domain.problems import Problem
from widgets.qt import QtCore, QtWidgets, qdate

Operation = Callable[[Session], service.OperatorRow]


class _FormDialog(QtWidgets.QDialog):
    """A form with an error line under each field and OK/Cancel."""

    def __init__(self, title: str, object_name: str, parent: QtWidgets.QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.result_row: service.OperatorRow | None = None
        self._runner: TaskRunner | None = None
        self._form = QtWidgets.QFormLayout()
        self._form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        self._errors: dict[str, QtWidgets.QLabel] = {}
        self.general = QtWidgets.QLabel()
        self.general.setObjectName(f"{object_name}Error")
        self.general.setWordWrap(True)
        self.general.setStyleSheet("color: #b00020;")
        self.general.hide()
        self.buttons = QtWidgets.QDialogButtonBox(
            QtWidgets.QDialogButtonBox.StandardButton.Ok
            | QtWidgets.QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName(f"{object_name}Ok")
        self.ok.setAccessibleName(self.tr("Save"))
        cancel = self.buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        cancel.setObjectName(f"{object_name}Cancel")
        cancel.setAccessibleName(self.tr("Cancel"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.general)
        layout.addWidget(self.buttons)

    def add_field(self, field: str, label: str, widget: QtWidgets.QWidget, name: str) -> None:
        """A labelled field with its error line."""
        widget.setObjectName(f"{self.objectName()}_{field}")
        widget.setAccessibleName(name)
        error = QtWidgets.QLabel()
        error.setObjectName(f"{self.objectName()}_{field}Error")
        error.setWordWrap(True)
        error.setStyleSheet("color: #b00020;")
        error.hide()
        box = QtWidgets.QVBoxLayout()
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        caption = QtWidgets.QLabel(label)
        caption.setBuddy(widget)
        self._form.addRow(caption, box)
        self._errors[field] = error

    def show_problems(self, problems: Iterable[Problem]) -> None:
        """Each problem under its field; the rest below the form."""
        for error in self._errors.values():
            error.hide()
        general: list[str] = []
        texts: dict[str, list[str]] = {}
        for problem in problems:
            if problem.field in self._errors:
                texts.setdefault(problem.field, []).append(describe(problem))
            else:
                general.append(describe(problem))
        for field, lines in texts.items():
            self._errors[field].setText("\n".join(lines))
            self._errors[field].show()
        self.general.setText("\n".join(general))
        self.general.setVisible(bool(general))

    def problems(self) -> list[Problem]:
        """What is wrong with the input (checked before anything is sent)."""
        return []

    def operation(self) -> Operation:
        """The service call to run."""
        raise NotImplementedError

    def run_with(self, runner: TaskRunner) -> None:
        """Use ``runner`` for the operation (set by the tab)."""
        self._runner = runner

    def submit(self) -> None:
        """Check the input, then run the operation in the background."""
        problems = self.problems()
        self.show_problems(problems)
        if any(problem.is_error for problem in problems) or self._runner is None:
            return
        operation = self.operation()
        self.ok.setEnabled(False)

        def work(session: Session, _t: CancelToken, _p: Any) -> service.OperatorRow:
            return operation(session)

        def done(row: service.OperatorRow) -> None:
            self.ok.setEnabled(True)
            self.result_row = row
            self.accept()

        def failed(error: TaskError) -> None:
            self.ok.setEnabled(True)
            if error.kind is ErrorKind.INVALID and error.problems:
                self.show_problems(error.problems)
            else:
                self.general.setText(describe_error(error))
                self.general.show()

        self._runner.submit(work, done, failed)


def _password_fields(dialog: _FormDialog) -> tuple[QtWidgets.QLineEdit, QtWidgets.QLineEdit]:
    password = QtWidgets.QLineEdit()
    password.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    translate = QtCore.QCoreApplication.translate  # ``dialog.tr`` would file them under "dialog"
    dialog.add_field(
        "password",
        translate("_FormDialog", "&Password:"),
        password,
        translate("_FormDialog", "Password"),
    )
    repeat = QtWidgets.QLineEdit()
    repeat.setEchoMode(QtWidgets.QLineEdit.EchoMode.Password)
    dialog.add_field(
        "repeat",
        translate("_FormDialog", "&Repeat:"),
        repeat,
        translate("_FormDialog", "Repeat the password"),
    )
    return password, repeat


class _Expiry(QtWidgets.QWidget):
    """ "Password valid until" with a checkbox: no date means no expiry."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QtWidgets.QCheckBox(self.tr("until"))
        self.check.setObjectName("expiryEnabled")
        self.check.setAccessibleName(self.tr("The password expires"))
        self.date = QtWidgets.QDateEdit()
        self.date.setObjectName("expiryDate")
        self.date.setAccessibleName(self.tr("Password expiry date"))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd.MM.yyyy")
        today = clock.wall_today()
        self.date.setDate(qdate(today).addDays(90))
        self.date.setEnabled(False)
        self.check.toggled.connect(self.date.setEnabled)
        layout = QtWidgets.QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date)
        layout.addStretch(1)

    def value(self) -> date | None:
        """The expiry date, or None for "never"."""
        if not self.check.isChecked():
            return None
        chosen = self.date.date()
        return date(chosen.year(), chosen.month(), chosen.day())


def _repeat_problems(password: str, repeat: str) -> list[Problem]:
    if password and password != repeat:
        return [Problem.error("password.repeat_mismatch", "repeat")]
    return []


class NewOperatorDialog(_FormDialog):
    """Create an operator: login, full name, group, password, optional expiry."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("New operator"), "newOperatorDialog", parent)
        self.login = QtWidgets.QLineEdit()
        self.login.setPlaceholderText("ivanova_a")
        self.add_field("login", self.tr("&Login:"), self.login, self.tr("Login"))
        self.full_name = QtWidgets.QLineEdit()
        self.add_field("full_name", self.tr("&Full name:"), self.full_name, self.tr("Full name"))
        self.group = QtWidgets.QComboBox()
        for group in GROUPS:
            self.group.addItem(role_title(group), group)
        self.add_field("group", self.tr("&Group:"), self.group, self.tr("Group"))
        self.password, self.repeat = _password_fields(self)
        self.expiry = _Expiry()
        self.add_field(
            "password_expires_on",
            self.tr("Password &valid:"),
            self.expiry,
            self.tr("Password expiry"),
        )
        self.login.setFocus()

    def new_operator(self) -> service.NewOperator:
        """The typed operator."""
        return service.NewOperator(
            login=self.login.text(),
            full_name=self.full_name.text(),
            group=str(self.group.currentData()),
            password=self.password.text(),
            password_expires_on=self.expiry.value(),
        )

    def problems(self) -> list[Problem]:
        """Login rules, full name, group, password policy, repeat, expiry."""
        new = self.new_operator()
        return service.validate_new_operator(new) + _repeat_problems(
            new.password, self.repeat.text()
        )

    def operation(self) -> Operation:
        """Create the operator."""
        new = self.new_operator()
        return lambda session: service.create_operator(session, new)


class ResetPasswordDialog(_FormDialog):
    """A new password for an operator (policy applies), optionally with an expiry."""

    def __init__(self, login: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(
            self.tr("New password for {login}").format(login=login), "resetPasswordDialog", parent
        )
        self._login = login
        self.password, self.repeat = _password_fields(self)
        self.expiry = _Expiry()
        self.add_field(
            "password_expires_on",
            self.tr("Password &valid:"),
            self.expiry,
            self.tr("Password expiry"),
        )
        self.password.setFocus()

    def problems(self) -> list[Problem]:
        """Password policy and repeat."""
        password = self.password.text()
        return validate_operator_password(password, self._login) + _repeat_problems(
            password, self.repeat.text()
        )

    def operation(self) -> Operation:
        """Reset the password."""
        login, password, expires = self._login, self.password.text(), self.expiry.value()
        return lambda session: service.reset_operator_password(session, login, password, expires)


class GroupDialog(_FormDialog):
    """Move an operator to another group."""

    def __init__(self, login: str, current: str, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(self.tr("Group of {login}").format(login=login), "groupDialog", parent)
        self._login = login
        self.group = QtWidgets.QComboBox()
        for group in GROUPS:
            self.group.addItem(role_title(group), group)
        self.group.setCurrentIndex(max(self.group.findData(current), 0))
        self.add_field("group", self.tr("&Group:"), self.group, self.tr("Group"))

    def operation(self) -> Operation:
        """Change the group."""
        login, group = self._login, str(self.group.currentData())
        return lambda session: service.set_operator_group(session, login, group)


class InnDialog(_FormDialog):
    """The INN an operator's cheques carry (a person's: 12 digits); empty clears it."""

    def __init__(
        self, login: str, current: str | None, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(self.tr("INN of {login}").format(login=login), "innDialog", parent)
        self._login = login
        self.inn = QtWidgets.QLineEdit(current or "")
        self.inn.setMaxLength(14)
        self.inn.setPlaceholderText("500100732259")
        self.add_field("inn", self.tr("&INN:"), self.inn, self.tr("Operator's INN"))
        hint = QtWidgets.QLabel(
            self.tr(
                "Printed on the operator's cheques as the cashier's INN. Leave empty to clear it."
            )
        )
        hint.setObjectName("innDialogHint")
        hint.setWordWrap(True)
        self._form.addRow(hint)
        self.inn.setFocus()

    def problems(self) -> list[Problem]:
        """A person's INN with valid check digits, or nothing."""
        return service.validate_operator_inn(self.inn.text())

    def operation(self) -> Operation:
        """Record or clear the INN."""
        login, inn = self._login, self.inn.text()
        return lambda session: service.set_operator_inn(session, login, inn)
