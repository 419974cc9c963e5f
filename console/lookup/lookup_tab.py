"""The lookup tab: the search field, the results table and the open customer cards."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from console.errors import describe_error
from console.lookup.alive import while_alive
from console.lookup.card_widget import CustomerCard
from console.lookup.open_cards import OpenCardsPanel
from console.lookup.portal_login_view import PortalLoginView
from console.lookup.results_model import LookupResultsModel
from console.lookup.texts import kind_name
from console.navigation import Navigator
from console.problem_texts import describe, known_codes
from console.services.lookup import LookupQuery, interpret, load_regions
from console.session import reads_contacts
from console.tasks import TaskError, TaskRunner
from models.domain.groups import Group
from models.domain.problems import Problem
from models.domain.search_keys import KeyKind
from models.queries.lookup import CONTACT_KINDS, RegionOption
from widgets.qt import Qt, QtCore, QtGui, QtWidgets

if TYPE_CHECKING:
    from console.tabs.context import TabContext

DEBOUNCE_MS = 250
RESULT_ROWS = 6
"""Result rows the pane shows above an open card."""
MIN_RESULT_ROWS = 5
"""The pane never gets smaller than this many rows."""
RESULT_COLUMN_WIDTHS = (190, 240, 100, 300, 190, 130)
ADDRESS_COLUMN = 3


class LookupTab(QtWidgets.QWidget):
    """Find a customer by any key and open their card (several cards at once, kept by
    :class:`OpenCardsPanel` below the results)."""

    required_roles: ClassVar[frozenset[Group]] = frozenset(
        {Group.AGENT, Group.CASHIER, Group.SUPERVISOR}
    )
    """Admins manage operators and read the audit log; they cannot read business data."""

    def __init__(
        self,
        runner: TaskRunner,
        navigator: Navigator,
        role: str = "",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupTab")
        self._runner = runner
        self._navigator = navigator
        self._role = role
        self._open_single = False
        self._focus_results = False
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search)
        # The problem texts' areas are imported now, not at the keystroke that first makes
        # the search key a problem (16 ms of the operator's typing).
        known_codes()
        self._build()
        navigator.open_customer.connect(self.open_customer)
        navigator.lookup.connect(self.incoming_call)
        self._runner.submit(
            lambda session, token, progress: load_regions(session), self._regions_loaded
        )

    @classmethod
    def for_context(cls, context: TabContext) -> LookupTab:
        """The tab for the main window."""
        return cls(context.runner, context.navigator, getattr(context.info, "role", ""))

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Lookup")

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
        self.search_field = QtWidgets.QLineEdit()
        self.search_field.setObjectName("lookupSearch")
        self.search_field.setAccessibleName(self.tr("Search key"))
        self.search_field.setPlaceholderText(
            self.tr(
                "Phone, surname, account, address, e-mail, login, meter, receipt or INN (Ctrl+F)"
            )
            if reads_contacts(self._role)
            else self.tr("Surname, account, address, login, meter, receipt or INN (Ctrl+F)")
        )
        self.search_field.setClearButtonEnabled(True)
        self.search_field.textEdited.connect(self._typed)
        self.search_field.returnPressed.connect(self._enter)
        self.search_field.installEventFilter(self)
        font = self.search_field.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.search_field.setFont(font)

        self.kind = QtWidgets.QComboBox()
        self.kind.setObjectName("lookupKind")
        self.kind.setAccessibleName(self.tr("Search as"))
        # Item data stays unset: PySide6 mishandles None stored in a QVariant.
        # A cashier reads no contacts: no searching by phone or e-mail (the database refuses).
        kinds = [k for k in KeyKind if reads_contacts(self._role) or k not in CONTACT_KINDS]
        self._kinds: list[KeyKind | None] = [None, *kinds]
        self.kind.addItem(self.tr("Any key (recognised)"))
        for kind in kinds:
            self.kind.addItem(kind_name(kind))
        self.kind.currentIndexChanged.connect(self._options_changed)
        self.region = QtWidgets.QComboBox()
        self.region.setObjectName("lookupRegion")
        self.region.setAccessibleName(self.tr("Region"))
        self._regions: list[int | None] = [None]
        self.region.addItem(self.tr("All regions"))
        self.region.currentIndexChanged.connect(self._options_changed)
        kind_label = QtWidgets.QLabel(self.tr("&As:"))
        kind_label.setBuddy(self.kind)
        region_label = QtWidgets.QLabel(self.tr("Re&gion:"))
        region_label.setBuddy(self.region)

        self.recognised = QtWidgets.QLabel()
        self.recognised.setObjectName("lookupRecognised")
        self.recognised.setAccessibleName(self.tr("Recognised kind of key"))
        self.recognised.setWordWrap(True)
        self.status = QtWidgets.QLabel()
        self.status.setObjectName("lookupStatus")
        self.status.setAccessibleName(self.tr("Search status"))
        self.status.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.model = LookupResultsModel(self._runner, self)
        self.model.first_page_shown.connect(self._first_page)
        self.model.failed.connect(self._search_failed)
        self.model.loading_changed.connect(self._loading)
        self.results = QtWidgets.QTableView()
        self.results.setObjectName("lookupResults")
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setModel(self.model)
        self.results.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setAlternatingRowColors(True)
        self.results.verticalHeader().setVisible(False)
        self.results.setWordWrap(False)
        rows = self.results.verticalHeader()
        rows.setDefaultSectionSize(self.results.fontMetrics().height() + 8)
        rows.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Fixed)
        header = self.results.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.Interactive)
        # The address takes what is left, so every column fits the pane's width.
        for column, width in enumerate(RESULT_COLUMN_WIDTHS):
            header.resizeSection(column, width)
        header.setSectionResizeMode(ADDRESS_COLUMN, QtWidgets.QHeaderView.ResizeMode.Stretch)
        self.results.setMinimumHeight(self._results_height(MIN_RESULT_ROWS))
        self.results.activated.connect(self._open_row)
        self.results.doubleClicked.connect(self._open_row)

        self.open_cards = OpenCardsPanel(
            self._runner, self._navigator, self._role, self._search_busy, shortcut_scope=self
        )
        self.open_cards.all_closed.connect(self.focus_search)
        # The panel's widgets, under the names tests, benches and other tabs know them by.
        self.cards = self.open_cards.cards
        self.card_stack = self.open_cards.card_stack
        self.empty = self.open_cards.empty
        self.back = self.open_cards.back
        self.forward = self.open_cards.forward
        self.refresh_button = self.open_cards.refresh_button
        self.refresh_button.clicked.connect(self.refresh)
        self.close_card = self.open_cards.close_card

        search_row = QtWidgets.QHBoxLayout()
        search_row.addWidget(self.search_field, 3)
        search_row.addWidget(kind_label)
        search_row.addWidget(self.kind, 1)
        search_row.addWidget(region_label)
        search_row.addWidget(self.region, 1)
        info_row = QtWidgets.QHBoxLayout()
        info_row.addWidget(self.recognised, 1)
        info_row.addWidget(self.status)
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("lookupSplitter")
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(self.open_cards)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([self._results_height(RESULT_ROWS), 620])
        layout = QtWidgets.QVBoxLayout(self)
        layout.addLayout(search_row)
        layout.addLayout(info_row)
        layout.addWidget(self.splitter, 1)

        # Ctrl+F / F3 is the main window's, from every tab (MainWindow.find_customer).
        escape = QtGui.QShortcut(QtGui.QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        escape.activated.connect(self.focus_search)
        QtCore.QTimer.singleShot(0, self.focus_search)

    def _results_height(self, rows: int) -> int:
        """Height of the results pane showing ``rows`` rows below its header."""
        view = self.results
        header = view.horizontalHeader().sizeHint().height()
        scroll = view.horizontalScrollBar().sizeHint().height()
        frame = 2 * view.frameWidth()
        return header + rows * view.verticalHeader().defaultSectionSize() + frame + scroll

    # -- searching ---------------------------------------------------------------------

    def focus_search(self) -> None:
        """Ctrl+F and Esc: back to the search field with its text selected."""
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def activated(self) -> None:
        """The operator came back to the tab: typing replaces the old search."""
        self.focus_search()

    def lookup(self, key: str) -> None:
        """Search for ``key`` now (the telephony hook); one match opens its card."""
        self.kind.setCurrentIndex(0)
        self.search_field.setText(key)
        self._open_single = True
        self.search()

    def incoming_call(self, key: str) -> None:
        """The telephony hook: search for the caller and start the call's contact record
        on the card opened next (at once when the key finds one customer; otherwise the
        one the agent picks)."""
        self.open_cards.start_call_on_next_card(key)
        self.lookup(key)

    def _typed(self, text: str) -> None:
        self._show_recognised(text)
        self._debounce.start()

    def _enter(self) -> None:
        self._focus_results = True
        self._open_single = True
        self.search()

    def _options_changed(self) -> None:
        self._show_recognised(self.search_field.text())
        if self.search_field.text().strip():
            self.search()

    def _query(self, text: str) -> LookupQuery | Problem | None:
        if not text.strip():
            return None
        kind = self._kinds[max(self.kind.currentIndex(), 0)]
        region = self._regions[max(self.region.currentIndex(), 0)]
        return interpret(text, kind, region, contacts=reads_contacts(self._role))

    def _show_recognised(self, text: str) -> None:
        query = self._query(text)
        if query is None:
            self.recognised.clear()
        elif isinstance(query, Problem):
            self.recognised.setText(describe(query))
        else:
            kinds: list[str] = []
            for guess in query.guesses:
                name = kind_name(guess.kind)
                if name not in kinds:
                    kinds.append(name)
            self.recognised.setText(self.tr("Searching as: {kinds}").format(kinds=", ".join(kinds)))

    def search(self) -> None:
        """Run the search for the field's text (debounced while typing)."""
        self._debounce.stop()
        text = self.search_field.text()
        query = self._query(text)
        self._show_recognised(text)
        if not isinstance(query, LookupQuery):
            self.model.clear()
            self.status.clear()
            self.open_cards.hide_cards()
            self._open_single = self._focus_results = False
            return
        if self.model.query == query and not self.model.loading and self.model.rowCount():
            self._after_first_page()
            return
        self.open_cards.hide_cards()  # a new caller: the previous customer's card leaves the screen
        self.model.start(query)

    def _loading(self, busy: bool) -> None:
        if busy and self.model.rowCount() == 0:
            self.status.setText(self.tr("Searching…"))

    @while_alive
    def _first_page(self, rows: int, milliseconds: float) -> None:
        if rows == 0:
            self.status.setText(self.tr("Nothing found"))
        elif self.model.canFetchMore():
            self.status.setText(self.tr("Found {count}+ (scroll for more)").format(count=rows))
        else:
            self.status.setText(self.tr("Found {count}").format(count=rows))
        self.status.setToolTip(self.tr("First page in {ms:.0f} ms").format(ms=milliseconds))
        self._after_first_page()

    def _after_first_page(self) -> None:
        rows = self.model.rowCount()
        if rows and self._focus_results:
            self.results.setFocus()
            self.results.selectRow(0)
        found = [row for r in range(rows) if (row := self.model.row_at(r)) is not None]
        targets = {(r.customer_id, r.portal_user_id if r.is_portal_login else None) for r in found}
        if self._open_single and len(targets) == 1 and not self.model.canFetchMore():
            self._open_row(self.model.index(0, 0))
        self._open_single = self._focus_results = False

    @while_alive
    def _search_failed(self, error: TaskError) -> None:
        self.status.setText(describe_error(error))

    @while_alive
    def _regions_loaded(self, regions: list[RegionOption]) -> None:
        for option in regions:
            self._regions.append(option.id)
            self.region.addItem(option.name)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:
        """Down in the search field moves to the results."""
        if (
            watched is self.search_field
            and event.type() == QtCore.QEvent.Type.KeyPress
            and isinstance(event, QtGui.QKeyEvent)
            and event.key() == Qt.Key.Key_Down
            and self.model.rowCount()
        ):
            self.results.setFocus()
            self.results.selectRow(0)
            return True
        return super().eventFilter(watched, event)

    # -- cards -------------------------------------------------------------------------

    def _open_row(self, index: QtCore.QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row is None:
            return
        if row.is_portal_login and row.portal_user_id is not None:
            self.open_portal_login(row.portal_user_id)
        elif row.customer_id is not None:
            self.open_customer(row.customer_id)

    def _search_busy(self) -> bool:
        """Whether the operator is typing or a search is running (no spare card is built
        meanwhile)."""
        return self._debounce.isActive() or self.model.loading

    def card(self, customer_id: int) -> CustomerCard | None:
        """The open card of ``customer_id``."""
        return self.open_cards.card(customer_id)

    def portal_login_view(self, portal_user_id: int) -> PortalLoginView | None:
        """The open view of the portal login ``portal_user_id``."""
        return self.open_cards.portal_login_view(portal_user_id)

    def open_portal_login(self, portal_user_id: int) -> None:
        """Show the portal login ``portal_user_id`` on its own (one without an account)."""
        self.open_cards.open_portal_login(portal_user_id)

    def current_card(self) -> CustomerCard | None:
        """The card in front."""
        return self.open_cards.current_card()

    def open_customer(self, customer_id: int) -> None:
        """Show the card of ``customer_id`` (opened if needed) and remember it."""
        self.open_cards.open_customer(customer_id)

    def cards_shown(self) -> bool:
        """Whether a card (not the hint) is on screen."""
        return self.open_cards.cards_shown()

    def go_back(self) -> None:
        """Alt+Left: the previously opened card (the one in front if the cards are hidden)."""
        self.open_cards.go_back()

    def go_forward(self) -> None:
        """Alt+Right: the card opened after this one."""
        self.open_cards.go_forward()

    def refresh(self) -> None:
        """F5: reload the card in front, or search again."""
        if not self.open_cards.refresh_current() and self.model.query is not None:
            self.model.start(self.model.query)

    def refresh_open_cards(self) -> None:
        """Reload every open card in the background, keeping what the operator looks at."""
        self.open_cards.refresh_open_cards()
