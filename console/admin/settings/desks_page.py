"""The «Cash desks» page: each cash desk and the address and serial of its register."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from console.admin.settings.page import (
    OK_STYLE,
    Form,
    button,
    button_row,
    selected_key,
    table_defaults,
)
from console.services import fiscal
from console.tasks import CancelToken, TaskRunner
from widgets.qt import QtCore, QtWidgets


class DesksPage(QtWidgets.QWidget):
    """The cash desks in a table; the form adds one or changes the selected one. The
    list is loaded and saved on its own, apart from the settings overview."""

    saved = QtCore.Signal(str)
    """A cash desk was saved (``desk``)."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("desksPage")
        self._runner = runner
        self.table = QtWidgets.QTableWidget(0, 3)
        self.table.setObjectName("desksTable")
        self.table.setAccessibleName(self.tr("Cash desks"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Cash desk"), self.tr("Register address"), self.tr("Register serial")]
        )
        table_defaults(self.table)
        self.table.itemSelectionChanged.connect(self._desk_selected)
        self.form = Form("deskForm")
        self.name = QtWidgets.QLineEdit()
        self.url = QtWidgets.QLineEdit()
        self.url.setPlaceholderText("http://192.168.0.20:16732")
        self.serial = QtWidgets.QLineEdit()
        self.form.add("name", self.tr("Cash desk:"), self.name, self.tr("Cash desk"))
        self.form.add(
            "register_url",
            self.tr("Register address:"),
            self.url,
            self.tr("Address of the register's web server (ATOL driver v10)"),
        )
        self.form.add(
            "register_serial",
            self.tr("Register serial:"),
            self.serial,
            self.tr("Serial number of the register"),
        )
        self.new_button = button(
            "deskNew", self.tr("New cash desk"), self.tr("Start a new cash desk"), self.new_desk
        )
        self.save_button = button(
            "deskSave", self.tr("Save cash desk"), self.tr("Save the cash desk"), self.save_desk
        )
        buttons = button_row(self.new_button, self.save_button)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.form)
        layout.addLayout(buttons)
        layout.addWidget(self.form.status)
        self.desks: tuple[fiscal.CashDeskRow, ...] = ()
        self._editing: fiscal.CashDeskRow | None = None

    def fill(self, desks: tuple[fiscal.CashDeskRow, ...]) -> None:
        """Show ``desks`` in the table."""
        self.desks = desks
        self.table.setRowCount(len(desks))
        for row, desk in enumerate(desks):
            for column, value in enumerate((desk.name, desk.register_url, desk.register_serial)):
                item = QtWidgets.QTableWidgetItem(value)
                item.setData(QtCore.Qt.ItemDataRole.UserRole, desk.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()

    def _desk_selected(self) -> None:
        desk_id = selected_key(self.table)
        desk = next((d for d in self.desks if d.id == desk_id), None)
        if desk is None:
            return
        self._editing = desk
        self.name.setText(desk.name)
        self.url.setText(desk.register_url)
        self.serial.setText(desk.register_serial)
        self.form.show_problems(())
        self.form.say(self.tr("Editing the selected cash desk."))

    def new_desk(self) -> None:
        """Clear the cash desk form for a new desk."""
        self._editing = None
        self.table.clearSelection()
        for edit in (self.name, self.url, self.serial):
            edit.clear()
        self.form.show_problems(())
        self.form.say(self.tr("A new cash desk."))

    def save_desk(self) -> None:
        """Add or change the cash desk in the form (its register's address and serial)."""
        editing = self._editing
        desk_id = editing.id if editing else None
        version = editing.version if editing else None
        name, url, serial = self.name.text(), self.url.text(), self.serial.text()
        form = self.form
        form.show_problems(())
        form.say(self.tr("Saving…"))

        def work(session: Session, _t: CancelToken, _p: Any) -> tuple[fiscal.CashDeskRow, ...]:
            fiscal.set_cash_desk(session, desk_id, name, url, serial, version)
            return fiscal.cash_desks(session)

        def done(desks: tuple[fiscal.CashDeskRow, ...]) -> None:
            self.fill(desks)
            self._editing = next((d for d in desks if d.name == name.strip()), None)
            form.say(self.tr("Saved."), OK_STYLE)
            self.saved.emit("desk")

        self._runner.submit(work, done, form.failed)
