"""The operators tab (administrators): list with group and state; create, disable,
enable, change group, reset password. Every action is a database function, audited."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy.orm import Session

from console.admin.operator_dialogs import (
    GroupDialog,
    InnDialog,
    NewOperatorDialog,
    ResetPasswordDialog,
    _FormDialog,
)
from console.errors import describe_error
from console.formatting import format_date, format_moment
from console.problem_texts import describe
from console.services import operators as service
from console.session import role_title
from console.tasks import CancelToken, ErrorKind, TaskError, TaskRunner
from models.domain.groups import Group
from widgets.named import named_button
from widgets.qt import QtCore, QtGui, QtWidgets
from widgets.titled_table_model import TitledTableModel

if TYPE_CHECKING:
    from console.tabs.context import TabContext

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class OperatorTableModel(TitledTableModel):
    """Operators: login, name, group, state, password dates, who created them."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[service.OperatorRow] = []
        self.set_titles(
            (
                self.tr("Login"),
                self.tr("Full name"),
                self.tr("Group"),
                self.tr("State"),
                self.tr("Password valid until"),
                self.tr("Password changed"),
                self.tr("Created by"),
                self.tr("INN"),
            )
        )

    def row_total(self) -> int:
        """Operators listed."""
        return len(self.rows)

    def state(self, row: service.OperatorRow) -> str:
        """Active, disabled, password set outside the console, or password expired."""
        if row.disabled or not row.can_login:
            return self.tr("Disabled")
        if row.password_bypassed_at is not None:
            return self.tr("Password changed outside the console: reset it")
        if row.password_expired:
            return self.tr("Password expired")
        return self.tr("Active")

    def data(self, index: _Index, role: int = QtCore.Qt.ItemDataRole.DisplayRole) -> Any:
        """Cell texts; disabled operators greyed."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == QtCore.Qt.ItemDataRole.DisplayRole:
            expires = row.password_expires_at
            values = (
                row.login,
                row.full_name,
                role_title(row.group),
                self.state(row),
                format_date(expires.date()) if expires else self.tr("no limit"),
                format_moment(row.password_changed_at),
                row.created_by,
                row.inn or "",
            )
            return values[index.column()]
        refused = row.password_expired or row.password_bypassed_at is not None
        if role == QtCore.Qt.ItemDataRole.ForegroundRole and (row.disabled or refused):
            return QtGui.QBrush(
                QtGui.QColor("#8a8a8a") if row.disabled else QtGui.QColor("#b00020")
            )
        return None

    def set_rows(self, rows: list[service.OperatorRow]) -> None:
        """Replace the list."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()


class OperatorsTab(QtWidgets.QWidget):
    """Manage the console's operators (billing_admin only; the database checks too)."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.ADMIN})

    def __init__(
        self, runner: TaskRunner, login: str = "", parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("operatorsTab")
        self._runner = runner
        self._me = login
        heading = QtWidgets.QLabel(self.tr("Operators"))
        heading.setObjectName("operatorsHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        hint = QtWidgets.QLabel(
            self.tr(
                "Each operator is a database login in exactly one group. Every change here "
                "is recorded in the audit log."
            )
        )
        hint.setObjectName("operatorsHint")
        hint.setWordWrap(True)
        self.model = OperatorTableModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setObjectName("operatorsTable")
        self.table.setAccessibleName(self.tr("Operators"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("operatorsStatus")
        self.status.setWordWrap(True)

        self.create_button = self._button(
            "operatorsCreate",
            self.tr("New &operator… (Ctrl+N)"),
            self.tr("Create an operator"),
            self.create_operator,
            "Ctrl+N",
        )
        self.disable_button = self._button(
            "operatorsDisable",
            self.tr("&Disable"),
            self.tr("Disable the operator"),
            self.disable_selected,
        )
        self.enable_button = self._button(
            "operatorsEnable",
            self.tr("E&nable"),
            self.tr("Enable the operator"),
            self.enable_selected,
        )
        self.group_button = self._button(
            "operatorsGroup",
            self.tr("Change &group…"),
            self.tr("Change the operator's group"),
            self.change_group,
        )
        self.reset_button = self._button(
            "operatorsReset",
            self.tr("Reset &password…"),
            self.tr("Set a new password"),
            self.reset_password,
        )
        self.inn_button = self._button(
            "operatorsInn",
            self.tr("&INN…"),
            self.tr("Set or clear the operator's INN for cheques"),
            self.change_inn,
        )
        self.refresh_button = self._button(
            "operatorsRefresh", self.tr("Refresh (F5)"), self.tr("Refresh the list"), self.refresh
        )
        buttons = QtWidgets.QHBoxLayout()
        for button in (
            self.create_button,
            self.disable_button,
            self.enable_button,
            self.group_button,
            self.reset_button,
            self.inn_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _index: self.reset_password())
        self._update_buttons()

    def _button(
        self, name: str, text: str, accessible: str, slot: Any, shortcut: str | None = None
    ) -> QtWidgets.QPushButton:
        button = named_button(text, name, accessible, slot=slot)
        if shortcut:
            action = QtGui.QShortcut(QtGui.QKeySequence(shortcut), self)
            action.activated.connect(slot)
        return button

    @classmethod
    def for_context(cls, context: TabContext) -> OperatorsTab:
        """The tab for the main window."""
        tab = cls(context.runner, context.info.user)
        tab.refresh()
        return tab

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("Op&erators")

    # -- behaviour -------------------------------------------------------------

    def selected(self) -> service.OperatorRow | None:
        """The operator selected in the list."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        row = self.selected()
        other = row is not None and row.login != self._me
        disabled = row is not None and (row.disabled or not row.can_login)
        self.disable_button.setEnabled(other and not disabled)
        self.enable_button.setEnabled(other and disabled)
        self.group_button.setEnabled(other)
        self.reset_button.setEnabled(other)
        self.inn_button.setEnabled(row is not None)
        if row is not None and row.login == self._me:
            self.status.setText(
                self.tr("This is you: ask another administrator to change your account.")
            )

    def refresh(self, select: str | None = None) -> None:
        """Reload the list (F5)."""
        current = self.selected()
        keep = select or (current.login if current is not None else None)
        self.status.setText(self.tr("Loading…"))

        def work(session: Session, _t: CancelToken, _p: Any) -> list[service.OperatorRow]:
            return service.list_operators(session)

        def done(rows: list[service.OperatorRow]) -> None:
            self.model.set_rows(rows)
            self.table.resizeColumnsToContents()
            self.status.setText(self.tr("Operators: {count}").format(count=len(rows)))
            for index, row in enumerate(rows):
                if row.login == keep:
                    self.table.selectRow(index)
            self._update_buttons()

        self._runner.submit(work, done, self._failed)

    def _failed(self, error: TaskError) -> None:
        if error.kind is ErrorKind.INVALID and error.problems:
            self.status.setText("\n".join(describe(p) for p in error.problems))
        else:
            self.status.setText(describe_error(error))

    def _open(self, dialog: _FormDialog) -> None:
        dialog.run_with(self._runner)
        if dialog.exec() == QtWidgets.QDialog.DialogCode.Accepted and dialog.result_row is not None:
            self.refresh(select=dialog.result_row.login)

    def create_operator(self) -> None:
        """Ctrl+N: the new operator dialog."""
        self._open(NewOperatorDialog(self))

    def reset_password(self) -> None:
        """A new password for the selected operator."""
        row = self.selected()
        if row is not None and row.login != self._me:
            self._open(ResetPasswordDialog(row.login, self))

    def change_group(self) -> None:
        """Move the selected operator to another group."""
        row = self.selected()
        if row is not None and row.login != self._me:
            self._open(GroupDialog(row.login, row.group, self))

    def change_inn(self) -> None:
        """Set or clear the selected operator's INN (cheques carry it)."""
        row = self.selected()
        if row is not None:
            self._open(InnDialog(row.login, row.inn, self))

    def disable_selected(self) -> None:
        """Disable the selected operator after a confirmation."""
        row = self.selected()
        if row is None:
            return
        answer = QtWidgets.QMessageBox.question(
            self,
            self.tr("Disable operator"),
            self.tr("Disable {login} ({name})? They will not be able to log in.").format(
                login=row.login, name=row.full_name
            ),
        )
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            self._change(lambda session: service.disable_operator(session, row.login))

    def enable_selected(self) -> None:
        """Let the selected operator log in again."""
        row = self.selected()
        if row is not None:
            self._change(lambda session: service.enable_operator(session, row.login))

    def _change(self, operation: Any) -> None:
        def work(session: Session, _t: CancelToken, _p: Any) -> service.OperatorRow:
            result: service.OperatorRow = operation(session)
            return result

        self._runner.submit(work, lambda row: self.refresh(select=row.login), self._failed)
