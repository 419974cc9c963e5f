"""A customer's or an account's change history: a widget any card or tab can embed.

    view = HistoryView(context.runner)
    view.show_customer(customer_id)      # or view.show_account(account_id)

Every group may read it (through ``billing.customer_history`` / ``account_history``);
older entries load a page at a time.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from console.errors import describe_error
from console.services.audit import PAGE_SIZE, AuditPage, history_for_account, history_for_customer
from console.tabs.audit_model import AuditTableModel
from console.tasks import CancelToken, TaskError, TaskRunner
from widgets.qt import QtWidgets

Loader = Callable[[Session, int | None], AuditPage]


class HistoryView(QtWidgets.QWidget):
    """Who changed what and when, newest first, with "show older"."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._runner = runner
        self._loader: Loader | None = None
        self._next: int | None = None
        self.model = AuditTableModel(self)
        self.table = QtWidgets.QTableView()
        self.table.setObjectName("historyTable")
        self.table.setAccessibleName(self.tr("Change history"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("historyStatus")
        self.more = QtWidgets.QPushButton(self.tr("Show &older"))
        self.more.setObjectName("historyMore")
        self.more.setAccessibleName(self.tr("Show older changes"))
        self.more.clicked.connect(self.load_more)
        self.more.hide()
        footer = QtWidgets.QHBoxLayout()
        footer.addWidget(self.status, 1)
        footer.addWidget(self.more)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(footer)

    def show_customer(self, customer_id: int) -> None:
        """Load the history of a customer and everything of theirs."""
        self._start(lambda s, before: history_for_customer(s, customer_id, PAGE_SIZE, before))

    def show_account(self, account_id: int) -> None:
        """Load the history of one account."""
        self._start(lambda s, before: history_for_account(s, account_id, PAGE_SIZE, before))

    def _start(self, loader: Loader) -> None:
        self._loader = loader
        self.model.set_records([])
        self._fetch(None)

    def load_more(self) -> None:
        """The next page of older entries."""
        if self._next is not None:
            self._fetch(self._next)

    def refresh(self) -> None:
        """Reload from the newest entry."""
        if self._loader is not None:
            self._start(self._loader)

    def _fetch(self, before: int | None) -> None:
        loader = self._loader
        if loader is None:
            return
        self.more.setEnabled(False)
        self.status.setText(self.tr("Loading…"))

        def work(session: Session, _t: CancelToken, _p: Any) -> AuditPage:
            return loader(session, before)

        def done(page: AuditPage) -> None:
            if loader is not self._loader:
                return
            self.model.append(page.records)
            self._next = page.next_before_id
            self.more.setVisible(page.has_more)
            self.more.setEnabled(True)
            count = self.model.rowCount()
            self.status.setText(
                self.tr("No changes recorded.")
                if count == 0
                else self.tr("Changes shown: {count}").format(count=count)
            )
            self.table.resizeColumnsToContents()

        def failed(error: TaskError) -> None:
            self.more.setEnabled(True)
            self.status.setText(describe_error(error))

        self._runner.submit(work, done, failed)
