"""The lookup tab: the search field, the results table and the open customer cards."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING, ClassVar

from console.change_subscriptions import refresh_on
from console.errors import describe_error
from console.lookup.alive import while_alive
from console.lookup.card_widget import CustomerCard
from console.lookup.history import CardHistory
from console.lookup.portal_login_view import PortalLoginView
from console.lookup.results_model import LookupResultsModel
from console.lookup.texts import kind_name
from console.navigation import Navigator
from console.problem_texts import describe, known_codes
from console.services.lookup import LookupQuery, interpret, load_regions
from console.session import reads_contacts
from console.tasks import TaskError, TaskRunner
from models.changes import Change
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
"""Writes reported by other tabs within this time reload the open cards once."""
MAX_OPEN_CARDS = 8
"""Cards (and portal-login views) kept open at once. Opening another closes the one shown
longest ago, unless a dialog of it is open; Alt+Left loads it again. An agent opens a
hundred customers a day: each open card's 200-odd widgets would slow every tab switch and
focus move, and hold their memory, until the console is closed."""
SPARE_CARD_DELAY_MS = 50
"""How long after a card opens (or the tab is built) the next card is built ahead, and
how often the tab looks again while it is busy."""


class LookupTab(QtWidgets.QWidget):
    """Find a customer by any key and open their card (several cards at once)."""

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
        self._history = CardHistory()
        self._last_shown: dict[QtWidgets.QWidget, int] = {}
        """Each open card's turn when it was last in front (the largest: most recent)."""
        self._turns = itertools.count()
        self._open_single = False
        self._focus_results = False
        self._caller: str | None = None
        """The key of an incoming call whose contact record the next card opened starts."""
        self._debounce = QtCore.QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.search)
        self._spare_card: CustomerCard | None = None
        self._was_busy = False
        self._spare_timer = QtCore.QTimer(self)
        self._spare_timer.setObjectName("lookupSpareCardTimer")
        self._spare_timer.setSingleShot(True)
        self._spare_timer.timeout.connect(self._prepare_spare_card)
        self._build()
        # The problem texts' areas are imported now, not at the keystroke that first makes
        # the search key a problem (16 ms of the operator's typing).
        known_codes()
        self._spare_timer.start(SPARE_CARD_DELAY_MS)
        navigator.open_customer.connect(self.open_customer)
        navigator.lookup.connect(self.incoming_call)
        refresh_on(self, navigator, self._touches_open_cards, self.refresh_open_cards)
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

        self.back = self._tool_button("lookupBack", self.tr("Back (Alt+Left)"), "Alt+Left")
        self.back.setIcon(self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_ArrowBack))
        self.back.clicked.connect(self.go_back)
        self.forward = self._tool_button(
            "lookupForward", self.tr("Forward (Alt+Right)"), "Alt+Right"
        )
        self.forward.setIcon(
            self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_ArrowForward)
        )
        self.forward.clicked.connect(self.go_forward)
        self.refresh_button = self._tool_button(
            "lookupRefreshCard", self.tr("Refresh card (F5)"), None
        )
        self.refresh_button.setIcon(
            self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_BrowserReload)
        )
        self.refresh_button.clicked.connect(self.refresh)
        self.close_card = self._tool_button(
            "lookupCloseCard", self.tr("Close card (Ctrl+W)"), "Ctrl+W"
        )
        self.close_card.setIcon(
            self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_DialogCloseButton)
        )
        self.close_card.clicked.connect(self._close_current)

        self.cards = QtWidgets.QTabWidget()
        self.cards.setObjectName("lookupCards")
        self.cards.setAccessibleName(self.tr("Open customer cards"))
        self.cards.setTabsClosable(True)
        self.cards.setMovable(True)
        self.cards.setDocumentMode(True)
        self.cards.tabCloseRequested.connect(self._close_card)
        self.cards.currentChanged.connect(self._card_switched)
        self.empty = QtWidgets.QLabel(
            self.tr(
                "Type what the caller says: a phone, surname, account number, address, "
                "e-mail, login, meter serial, receipt number or INN.\n"
                "Enter or a double click opens the customer's card; Esc returns here."
            )
        )
        self.empty.setObjectName("lookupHint")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(mid);")

        search_row = QtWidgets.QHBoxLayout()
        search_row.addWidget(self.search_field, 3)
        search_row.addWidget(kind_label)
        search_row.addWidget(self.kind, 1)
        search_row.addWidget(region_label)
        search_row.addWidget(self.region, 1)
        info_row = QtWidgets.QHBoxLayout()
        info_row.addWidget(self.recognised, 1)
        info_row.addWidget(self.status)
        card_bar = QtWidgets.QHBoxLayout()
        for button in (self.back, self.forward, self.refresh_button, self.close_card):
            card_bar.addWidget(button)
        card_bar.addStretch(1)
        cards_area = QtWidgets.QWidget()
        cards_layout = QtWidgets.QVBoxLayout(cards_area)
        cards_layout.setContentsMargins(0, 0, 0, 0)
        cards_layout.addLayout(card_bar)
        self.card_stack = QtWidgets.QStackedWidget()
        self.card_stack.addWidget(self.empty)
        self.card_stack.addWidget(self.cards)
        cards_layout.addWidget(self.card_stack, 1)
        self.splitter = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        self.splitter.setObjectName("lookupSplitter")
        self.splitter.addWidget(self.results)
        self.splitter.addWidget(cards_area)
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
        self._update_navigation()
        QtCore.QTimer.singleShot(0, self.focus_search)

    def _results_height(self, rows: int) -> int:
        """Height of the results pane showing ``rows`` rows below its header."""
        view = self.results
        header = view.horizontalHeader().sizeHint().height()
        scroll = view.horizontalScrollBar().sizeHint().height()
        frame = 2 * view.frameWidth()
        return header + rows * view.verticalHeader().defaultSectionSize() + frame + scroll

    def _tool_button(self, name: str, text: str, shortcut: str | None) -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        if shortcut:
            action = QtGui.QShortcut(QtGui.QKeySequence(shortcut), self)
            action.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.activated.connect(button.click)
        return button

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
        self._caller = key
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
            self._hide_cards()
            self._open_single = self._focus_results = False
            return
        if self.model.query == query and not self.model.loading and self.model.rowCount():
            self._after_first_page()
            return
        self._hide_cards()  # a new caller: the previous customer's card leaves the screen
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

    def card(self, customer_id: int) -> CustomerCard | None:
        """The open card of ``customer_id``."""
        for position in range(self.cards.count()):
            widget = self.cards.widget(position)
            if isinstance(widget, CustomerCard) and widget.customer_id == customer_id:
                return widget
        return None

    def portal_login_view(self, portal_user_id: int) -> PortalLoginView | None:
        """The open view of the portal login ``portal_user_id``."""
        for position in range(self.cards.count()):
            widget = self.cards.widget(position)
            if isinstance(widget, PortalLoginView) and widget.portal_user_id == portal_user_id:
                return widget
        return None

    def open_portal_login(self, portal_user_id: int) -> None:
        """Show the portal login ``portal_user_id`` on its own (one without an account)."""
        view = self.portal_login_view(portal_user_id)
        if view is None:
            view = PortalLoginView(self._runner, self._navigator, portal_user_id, self._role)
            index = self.cards.addTab(view, self.tr("Login {id}").format(id=portal_user_id))
            view.loaded.connect(lambda title, v=view: self._retitle(v, title))
            self.cards.setCurrentIndex(index)
            self._close_beyond_limit()
        else:
            self.cards.setCurrentWidget(view)
        self.card_stack.setCurrentWidget(self.cards)
        self._update_navigation()
        view.setFocus()

    def current_card(self) -> CustomerCard | None:
        """The card in front."""
        widget = self.cards.currentWidget()
        return widget if isinstance(widget, CustomerCard) else None

    def open_customer(self, customer_id: int) -> None:
        """Show the card of ``customer_id`` (opened if needed) and remember it."""
        self._show_card(customer_id)
        self._history.visit(customer_id)
        self._update_navigation()

    def _show_card(self, customer_id: int) -> None:
        card = self.card(customer_id)
        if card is None:
            card = self._spare_card or self._new_card()
            self._spare_card = None
            card.open(customer_id)
            index = self.cards.addTab(card, self.tr("Customer {id}").format(id=customer_id))
            card.loaded.connect(lambda title, c=card: self._retitle(c, title))
            self.cards.setCurrentIndex(index)
            self._close_beyond_limit()
            # Building a card's widgets is the biggest piece of GUI-thread work in a
            # card's opening; the next one is built once the operator is idle.
            self._spare_timer.start(SPARE_CARD_DELAY_MS)
        else:
            self.cards.setCurrentWidget(card)
        self.card_stack.setCurrentWidget(self.cards)
        card.setFocus()
        if self._caller is not None:
            card.start_incoming_call(self._caller)
            self._caller = None

    def _new_card(self) -> CustomerCard:
        # Hidden before it has a parent: a child created (or hidden) in the shown tab asked
        # the whole window for a new layout and a repaint (5 ms, beside the card's steps).
        card = CustomerCard(self._runner, self._navigator, None, self._role)
        card.hide()
        card.setParent(self)
        card.hide()
        return card

    def _busy(self) -> bool:
        """Whether the operator is typing, a search is running or a card is loading or
        filling: work whose turns of the event loop a spare card's parts must not share."""
        if self._debounce.isActive() or self.model.loading:
            return True
        return any(
            isinstance(card := self.cards.widget(position), CustomerCard) and card.busy()
            for position in range(self.cards.count())
        )

    def _prepare_spare_card(self) -> None:
        """Build the next card ahead of time, a part per turn of the event loop, off the
        path of its opening (building one whole card held the GUI thread for 20 ms), and
        only once the tab has been idle for a while (the last step's repaint comes after
        the step)."""
        if self._busy() or self._was_busy:
            self._was_busy = self._busy()
            self._spare_timer.start(SPARE_CARD_DELAY_MS)
            return
        if self._spare_card is None:
            self._spare_card = self._new_card()
        if self._spare_card.build_step():
            self._spare_timer.start(0)
        else:
            self._spare_card.ensurePolished()

    def _hide_cards(self) -> None:
        """Show the hint instead of the open cards (they stay open: Alt+Left brings one back)."""
        if self.card_stack.currentWidget() is not self.empty:
            self.card_stack.setCurrentWidget(self.empty)
            self._update_navigation()

    def cards_shown(self) -> bool:
        """Whether a card (not the hint) is on screen."""
        return self.card_stack.currentWidget() is self.cards and self.cards.count() > 0

    def _retitle(self, card: QtWidgets.QWidget, title: str) -> None:
        index = self.cards.indexOf(card)
        if index >= 0:
            short = title if len(title) <= 32 else title[:30] + "…"
            self.cards.setTabText(index, short)
            self.cards.setTabToolTip(index, title)

    def _close_card(self, index: int) -> None:
        widget = self.cards.widget(index)
        if widget is None:
            return
        self.cards.removeTab(index)
        self._last_shown.pop(widget, None)
        widget.deleteLater()
        if self.cards.count() == 0:
            self.card_stack.setCurrentWidget(self.empty)
            self.focus_search()

    def _close_current(self) -> None:
        if self.cards_shown():
            self._close_card(self.cards.currentIndex())

    def _close_beyond_limit(self) -> None:
        """Close the cards shown longest ago while more than ``MAX_OPEN_CARDS`` are open;
        the one in front and any with an open dialog (a contact being recorded) stay."""
        excess = self.cards.count() - MAX_OPEN_CARDS
        if excess <= 0:
            return
        front = self.cards.currentWidget()
        closable = sorted(
            (
                widget
                for position in range(self.cards.count())
                if (widget := self.cards.widget(position)) is not None
                and widget is not front
                and not any(d.isVisible() for d in widget.findChildren(QtWidgets.QDialog))
            ),
            key=lambda widget: self._last_shown.get(widget, -1),
        )
        for widget in closable[:excess]:
            self._close_card(self.cards.indexOf(widget))

    def _card_switched(self, index: int) -> None:
        front = self.cards.widget(index)
        if front is not None:
            self._last_shown[front] = next(self._turns)
        card = self.current_card()
        if card is not None and card.customer_id != self._history.current:
            self._history.visit(card.customer_id)
        self._update_navigation()

    def go_back(self) -> None:
        """Alt+Left: the previously opened card (the one in front if the cards are hidden)."""
        current = self.current_card()
        if not self.cards_shown() and current is not None:
            self._show_card(current.customer_id)
            self._update_navigation()
            return
        customer_id = self._history.back()
        if customer_id is not None:
            self._show_card(customer_id)
        self._update_navigation()

    def go_forward(self) -> None:
        """Alt+Right: the card opened after this one."""
        customer_id = self._history.forward()
        if customer_id is not None:
            self._show_card(customer_id)
        self._update_navigation()

    def _update_navigation(self) -> None:
        has_card = self.cards_shown()
        self.back.setEnabled(
            self._history.can_go_back() or (not has_card and self.current_card() is not None)
        )
        self.forward.setEnabled(self._history.can_go_forward())
        self.refresh_button.setEnabled(has_card)
        self.close_card.setEnabled(has_card)

    def refresh(self) -> None:
        """F5: reload the card in front, or search again."""
        current = self.cards.currentWidget() if self.cards_shown() else None
        if isinstance(current, CustomerCard | PortalLoginView):
            current.refresh()
        elif self.model.query is not None:
            self.model.start(self.model.query)

    def _touches_open_cards(self, change: Change) -> bool:
        """Whether a write (of any console) concerns a customer whose card is open."""
        for position in range(self.cards.count()):
            widget = self.cards.widget(position)
            if isinstance(widget, CustomerCard) and (
                change.touches_customer(widget.customer_id)
                or change.touches_any_account(widget.account_ids())
            ):
                return True
            if isinstance(widget, PortalLoginView) and change.table in {
                "portal_user",
                "account_link",
                "link_request",
                "*",
            }:
                return True
        return False

    def refresh_open_cards(self) -> None:
        """Reload every open card in the background, keeping what the operator looks at."""
        for position in range(self.cards.count()):
            widget = self.cards.widget(position)
            if isinstance(widget, CustomerCard | PortalLoginView):
                widget.refresh(quiet=True)
