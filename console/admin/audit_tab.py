"""The audit browser (administrators): every change and reveal, filtered and paged."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, ClassVar

from sqlalchemy.orm import Session

from console.admin.audit_text import change_text, operator_text
from console.admin.labels import action_title, table_title
from console.errors import describe_error
from console.formatting import format_moment
from console.services.audit import (
    AUDITED_TABLES,
    AuditFilter,
    AuditPage,
    AuditRecord,
    audit_operators,
    browse_audit,
    operator_names,
)
from console.tabs.audit_model import AuditTableModel
from console.tasks import CancelToken, TaskError, TaskRunner
from models import clock
from models.domain.groups import Group
from widgets.qt import QtCore, QtWidgets, qdate

if TYPE_CHECKING:
    from console.tabs.context import TabContext


def _pydate(value: QtCore.QDate) -> date:
    return date(value.year(), value.month(), value.day())


class AuditTab(QtWidgets.QWidget):
    """Filters by operator, record type, key and dates; newest first; details below."""

    required_roles: ClassVar[frozenset[Group]] = frozenset({Group.ADMIN})

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditTab")
        self._runner = runner
        self._filter = AuditFilter()
        self._next: int | None = None
        self._generation = 0
        self._build()

    def _build(self) -> None:
        self.operator = QtWidgets.QComboBox()
        self.operator.setObjectName("auditOperator")
        self.operator.setAccessibleName(self.tr("Operator"))
        self.operator.setEditable(True)
        self.operator.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
        self.operator.addItem(self.tr("Any"), "")
        self.operator.setMinimumContentsLength(14)
        self.table_name = QtWidgets.QComboBox()
        self.table_name.setObjectName("auditTable")
        self.table_name.setAccessibleName(self.tr("Record type"))
        self.table_name.addItem(self.tr("Any"), "")
        for table in AUDITED_TABLES:
            self.table_name.addItem(table_title(table), table)
        self.row_key = QtWidgets.QLineEdit()
        self.row_key.setObjectName("auditRowKey")
        self.row_key.setAccessibleName(self.tr("Record key"))
        self.row_key.setPlaceholderText(self.tr("e.g. 1042"))
        self.row_key.setMaximumWidth(120)
        today = clock.wall_today()
        self.date_from = QtWidgets.QDateEdit(qdate(today - timedelta(days=30)))
        self.date_from.setObjectName("auditDateFrom")
        self.date_from.setAccessibleName(self.tr("From date"))
        self.date_to = QtWidgets.QDateEdit(qdate(today))
        self.date_to.setObjectName("auditDateTo")
        self.date_to.setAccessibleName(self.tr("To date"))
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
        self.find_button = QtWidgets.QPushButton(self.tr("F&ind (Enter)"))
        self.find_button.setObjectName("auditFind")
        self.find_button.setAccessibleName(self.tr("Find changes"))
        self.find_button.setDefault(True)
        self.find_button.clicked.connect(self.search)
        self.row_key.returnPressed.connect(self.search)
        line = self.operator.lineEdit()
        if line is not None:  # a login typed in the operator filter: Enter finds
            line.returnPressed.connect(self.search)

        filters = QtWidgets.QHBoxLayout()
        for text, widget in (
            (self.tr("&Operator:"), self.operator),
            (self.tr("Re&cord:"), self.table_name),
            (self.tr("&Key:"), self.row_key),
            (self.tr("F&rom:"), self.date_from),
            (self.tr("&To:"), self.date_to),
        ):
            label = QtWidgets.QLabel(text)
            label.setBuddy(widget)
            filters.addWidget(label)
            filters.addWidget(widget)
        filters.addWidget(self.find_button)
        filters.addStretch(1)

        self.model = AuditTableModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setObjectName("auditTableView")
        self.table.setAccessibleName(self.tr("Audit log"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QtWidgets.QPlainTextEdit()
        self.details.setObjectName("auditDetails")
        self.details.setAccessibleName(self.tr("Change details"))
        self.details.setReadOnly(True)
        self.details.setPlaceholderText(self.tr("Select a row to see every changed field."))
        splitter = QtWidgets.QSplitter(QtCore.Qt.Orientation.Vertical)
        splitter.setObjectName("auditSplitter")
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("auditStatus")
        self.more = QtWidgets.QPushButton(self.tr("Show &older"))
        self.more.setObjectName("auditMore")
        self.more.setAccessibleName(self.tr("Show older changes"))
        self.more.clicked.connect(self.load_more)
        self.more.hide()
        footer = QtWidgets.QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.more)
        heading = QtWidgets.QLabel(self.tr("Audit log"))
        heading.setObjectName("auditHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(footer)

    @classmethod
    def for_context(cls, context: TabContext) -> AuditTab:
        """The tab for the main window."""
        tab = cls(context.runner)
        tab.load_operators()
        tab.search()
        return tab

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Audit log")

    def refresh(self) -> None:
        """F5: search again."""
        self.search()

    def load_operators(self) -> None:
        """Fill the operator filter with everyone who appears in the log."""

        def work(session: Session, _t: CancelToken, _p: Any) -> tuple[list[str], dict[str, str]]:
            return audit_operators(session), operator_names(session)

        def done(found: tuple[list[str], dict[str, str]]) -> None:
            logins, names = found
            current = self.operator.currentText()
            for login in logins:
                if self.operator.findData(login) < 0:
                    name = names.get(login)
                    self.operator.addItem(f"{name} ({login})" if name else login, login)
            self.operator.setCurrentText(current)

        self._runner.submit(work, done, None)

    def current_filter(self) -> AuditFilter:
        """The filter as typed."""
        typed = self.operator.currentText().strip()
        operator = typed
        index = self.operator.findText(typed, QtCore.Qt.MatchFlag.MatchFixedString)
        if index >= 0:  # a name from the list («Any» has no login: every operator)
            operator = str(self.operator.itemData(index) or "")
        return AuditFilter(
            operator=operator or None,
            table_name=str(self.table_name.currentData() or "") or None,
            row_key=self.row_key.text().strip() or None,
            date_from=_pydate(self.date_from.date()),
            date_to=_pydate(self.date_to.date()),
        )

    def search(self) -> None:
        """Load the newest page matching the filter."""
        self._filter = self.current_filter()
        self._generation += 1
        self.model.set_records([])
        self.details.clear()
        self._fetch(None)

    def load_more(self) -> None:
        """The next page of older entries."""
        if self._next is not None:
            self._fetch(self._next)

    def _fetch(self, before: int | None) -> None:
        criteria, generation = self._filter, self._generation
        self.find_button.setEnabled(False)
        self.more.setEnabled(False)
        self.status.setText(self.tr("Loading…"))

        def work(session: Session, _t: CancelToken, _p: Any) -> AuditPage:
            return browse_audit(session, criteria, before_id=before)

        def done(page: AuditPage) -> None:
            if generation != self._generation:
                return
            first = self.model.rowCount() == 0
            self.model.append(page.records)
            self._next = page.next_before_id
            self.more.setVisible(page.has_more)
            self.find_button.setEnabled(True)
            self.more.setEnabled(True)
            count = self.model.rowCount()
            self.status.setText(
                self.tr("Nothing matches the filter.")
                if count == 0
                else self.tr("Changes shown: {count}").format(count=count)
            )
            if first:
                self.table.resizeColumnsToContents()
                self.table.setColumnWidth(5, max(self.table.columnWidth(5), 300))

        def failed(error: TaskError) -> None:
            self.find_button.setEnabled(True)
            self.more.setEnabled(True)
            self.status.setText(describe_error(error))

        self._runner.submit(work, done, failed)

    def _show_details(self, current: QtCore.QModelIndex, _previous: QtCore.QModelIndex) -> None:
        record = self.model.record(current.row())
        self.details.setPlainText(describe_record(record) if record else "")


def describe_record(record: AuditRecord) -> str:
    """Every field of one audit row, for the details pane."""
    lines = [
        f"{format_moment(record.at)} · {operator_text(record)} · {action_title(record.action)} · "
        f"{table_title(record.table_name)} {record.row_key}",
        "",
    ]
    lines += [change_text(record.action, change) for change in record.changes]
    return "\n".join(lines)
