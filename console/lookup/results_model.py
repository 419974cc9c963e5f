"""The lookup results as a Qt table model that loads page by page as the view scrolls.

``canFetchMore``/``fetchMore`` ask the TaskRunner for the next page; the GUI thread
never waits. Every search gets a generation number, so a page of an older search that
arrives late (the operator kept typing) is dropped.
"""

from __future__ import annotations

import time
from typing import Any

from console.formatting import format_amount
from console.lookup.alive import while_alive
from console.lookup.texts import field_name, portal_status
from console.services.lookup import LookupQuery, fetch_page
from console.tasks import TaskError, TaskHandle, TaskRunner
from models.database import read_only
from models.domain.phones import format_phone
from models.queries.lookup import PAGE_SIZE, Cursor, LookupPage, LookupRow, MatchedField
from widgets.qt import Qt, QtCore, QtGui, Signal

DEBT_COLOUR = QtGui.QColor("#b3261e")
CREDIT_COLOUR = QtGui.QColor("#1b6e3a")
PORTAL_LOGIN_COLOUR = QtGui.QColor("#1b3d6e")

_Index = QtCore.QModelIndex | QtCore.QPersistentModelIndex


class LookupResultsModel(QtCore.QAbstractTableModel):
    """Rows of :class:`LookupRow`; the debt column is the badge."""

    COLUMNS = ("field", "customer", "account", "address", "region", "debt")

    first_page_shown = Signal(int, float)
    """Rows on the first page and milliseconds from :meth:`start` to the model reset."""
    failed = Signal(object)
    """A :class:`TaskError` of a page load."""
    loading_changed = Signal(bool)

    def __init__(
        self,
        runner: TaskRunner,
        parent: QtCore.QObject | None = None,
        *,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self.page_size = page_size
        self._rows: list[LookupRow] = []
        self._query: LookupQuery | None = None
        self._next: Cursor | None = None
        self._generation = 0
        self._loading: TaskHandle[LookupPage] | None = None
        self._started = 0.0

    # -- searching -------------------------------------------------------------

    def start(self, query: LookupQuery) -> None:
        """Forget the current results and load the first page of ``query``."""
        self._generation += 1
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
        self.beginResetModel()
        self._rows = []
        self._query = query
        self._next = None
        self.endResetModel()
        self._started = time.perf_counter()
        self._load(None)

    def clear(self) -> None:
        """No search: an empty table."""
        self._generation += 1
        if self._loading is not None:
            self._loading.cancel()
            self._loading = None
            self.loading_changed.emit(False)
        self.beginResetModel()
        self._rows, self._query, self._next = [], None, None
        self.endResetModel()

    @property
    def query(self) -> LookupQuery | None:
        """The search shown."""
        return self._query

    @property
    def loading(self) -> bool:
        """Whether a page is being fetched."""
        return self._loading is not None

    def row_at(self, row: int) -> LookupRow | None:
        """The result in ``row``."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _load(self, cursor: Cursor | None) -> None:
        query = self._query
        if query is None:
            return
        generation = self._generation
        limit = self.page_size

        def work(session: Any, token: Any, progress: Any) -> LookupPage:
            # Autocommit, no pre-ping: a lookup costs its own statements and no more.
            return read_only(session, lambda reader: fetch_page(reader, query, cursor, limit=limit))

        self.loading_changed.emit(True)
        self._loading = self._runner.submit(
            work,
            lambda page: self._arrived(generation, page),
            lambda error: self._failed(generation, error),
        )

    @while_alive
    def _arrived(self, generation: int, page: LookupPage) -> None:
        if generation != self._generation:
            return
        self._loading = None
        first = not self._rows
        if first:
            self.beginResetModel()
            self._rows = list(page.rows)
            self._next = page.next
            self.endResetModel()
            elapsed = (time.perf_counter() - self._started) * 1000
            self.first_page_shown.emit(len(self._rows), elapsed)
        elif page.rows:
            start = len(self._rows)
            self.beginInsertRows(QtCore.QModelIndex(), start, start + len(page.rows) - 1)
            self._rows += page.rows
            self._next = page.next
            self.endInsertRows()
        else:
            self._next = page.next
        self.loading_changed.emit(False)

    @while_alive
    def _failed(self, generation: int, error: TaskError) -> None:
        if generation != self._generation:
            return
        self._loading = None
        self._next = None
        self.loading_changed.emit(False)
        self.failed.emit(error)

    # -- incremental fetching ----------------------------------------------------

    def canFetchMore(self, parent: _Index = QtCore.QModelIndex()) -> bool:  # noqa: B008
        """More pages exist and none is loading."""
        if parent.isValid():
            return False
        return self._next is not None and self._loading is None

    def fetchMore(self, parent: _Index = QtCore.QModelIndex()) -> None:  # noqa: B008
        """Load the next page in the background."""
        if self.canFetchMore(parent):
            self._load(self._next)

    # -- table -------------------------------------------------------------------

    def rowCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QtCore.QModelIndex()) -> int:  # noqa: B008
        """Matched field, customer, account, address, region, debt."""
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        titles = (
            self.tr("Matched"),
            self.tr("Customer"),
            self.tr("Account"),
            self.tr("Address"),
            self.tr("Region"),
            self.tr("Debt, ₽"),
        )
        return titles[section]

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the debt badge's colour and alignment."""
        row = self.row_at(index.row())
        if row is None or not index.isValid():
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._text(row, column)
        if role == Qt.ItemDataRole.ForegroundRole and row.is_portal_login and column != "field":
            return PORTAL_LOGIN_COLOUR
        if role == Qt.ItemDataRole.ForegroundRole and column == "debt":
            if row.debt > 0:
                return DEBT_COLOUR
            if row.overpayment > 0:
                return CREDIT_COLOUR
        if role == Qt.ItemDataRole.FontRole and column == "debt" and row.debt > 0:
            font = QtGui.QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "debt":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _text(self, row: LookupRow, column: str) -> str:
        if row.is_portal_login:
            return self._login_text(row, column)
        if column == "field":
            name = field_name(row.field)
            shown = row.matched if row.matched not in (row.address, row.customer_name) else ""
            if row.field is MatchedField.CUSTOMER_PHONE:
                shown = format_phone(shown)
            return f"{name}: {shown}" if shown and shown != row.account_number else name
        if column == "customer":
            return row.customer_name
        if column == "account":
            closed = self.tr(" (closed)") if row.account_status == "closed" else ""
            return row.account_number + closed
        if column == "address":
            return row.address
        if column == "region":
            return row.region_name
        if row.debt > 0:
            return format_amount(row.debt)
        if row.overpayment > 0:
            return self.tr("overpaid {amount}").format(amount=format_amount(row.overpayment))
        return "—"

    def _login_text(self, row: LookupRow, column: str) -> str:
        """A portal login without an account: login, masked e-mail, status, region."""
        if column == "field":
            return f"{field_name(row.field)}: {row.matched}"
        if column == "customer":
            return self.tr("No customer yet: {status}").format(
                status=portal_status(row.portal_status or "")
            )
        if column == "account":
            return "—"
        if column == "address":
            if not row.portal_email_masked:
                return "—"
            return self.tr("e-mail {email}").format(email=row.portal_email_masked)
        if column == "region":
            return row.region_name or "—"
        return "—"
