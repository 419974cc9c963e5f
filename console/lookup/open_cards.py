"""The lookup tab's open customer cards: the card bar, the cards and their history.

The lookup tab does two jobs: the search and the cards it opens. This panel is the
second: Back/Forward through the cards opened, the open-card limit, the card built ahead
of time, the reload when another console writes to an open customer and the contact
record of an incoming call started on the card opened next. The tab composes it below
the search results.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from console.change_subscriptions import refresh_on
from console.lookup.card_widget import CustomerCard
from console.lookup.history import CardHistory
from console.lookup.portal_login_view import PortalLoginView
from console.navigation import Navigator
from console.tasks import TaskRunner
from models.changes import Change
from widgets.qt import Qt, QtCore, QtGui, QtWidgets, Signal

MAX_OPEN_CARDS = 8
"""Cards (and portal-login views) kept open at once. Opening another closes the one shown
longest ago, unless a dialog of it is open; Alt+Left loads it again. An agent opens a
hundred customers a day: each open card's 200-odd widgets would slow every tab switch and
focus move, and hold their memory, until the console is closed."""
SPARE_CARD_DELAY_MS = 50
"""How long after a card opens (or the tab is built) the next card is built ahead, and
how often the tab looks again while it is busy."""


class OpenCardsPanel(QtWidgets.QWidget):
    """The open customer cards (and portal-login views) with Back, Forward, Refresh and
    Close, kept apart from the search so each half of the lookup tab stays readable."""

    all_closed = Signal()
    """The last card was closed: the operator goes back to the search field."""

    def __init__(
        self,
        runner: TaskRunner,
        navigator: Navigator,
        role: str,
        search_busy: Callable[[], bool],
        shortcut_scope: QtWidgets.QWidget,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """``search_busy`` says whether the operator is typing or a search is running (no
        spare card is built meanwhile); the card bar's shortcuts work while the focus is
        anywhere in ``shortcut_scope`` (the whole tab: Alt+Left from the search field)."""
        super().__init__(parent)
        self.setObjectName("lookupOpenCards")
        self._runner = runner
        self._navigator = navigator
        self._role = role
        self._search_busy = search_busy
        self._shortcut_scope = shortcut_scope
        self._history = CardHistory()
        self._last_shown: dict[QtWidgets.QWidget, int] = {}
        """Each open card's turn when it was last in front (the largest: most recent)."""
        self._turns = itertools.count()
        self._caller: str | None = None
        """The key of an incoming call whose contact record the next card opened starts."""
        self._spare_card: CustomerCard | None = None
        self._was_busy = False
        self._spare_timer = QtCore.QTimer(self)
        self._spare_timer.setObjectName("lookupSpareCardTimer")
        self._spare_timer.setSingleShot(True)
        self._spare_timer.timeout.connect(self._prepare_spare_card)
        self._build()
        self._spare_timer.start(SPARE_CARD_DELAY_MS)
        refresh_on(self, navigator, self._touches_open_cards, self.refresh_open_cards)

    # -- construction ----------------------------------------------------------------

    def _build(self) -> None:
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
        # Its click is the tab's F5 (the card in front, else the search again).
        self.refresh_button = self._tool_button(
            "lookupRefreshCard", self.tr("Refresh card (F5)"), None
        )
        self.refresh_button.setIcon(
            self.style().standardIcon(QtWidgets.QStyle.StandardPixmap.SP_BrowserReload)
        )
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

        card_bar = QtWidgets.QHBoxLayout()
        for button in (self.back, self.forward, self.refresh_button, self.close_card):
            card_bar.addWidget(button)
        card_bar.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(card_bar)
        self.card_stack = QtWidgets.QStackedWidget()
        self.card_stack.addWidget(self.empty)
        self.card_stack.addWidget(self.cards)
        layout.addWidget(self.card_stack, 1)
        self._update_navigation()

    def _tool_button(self, name: str, text: str, shortcut: str | None) -> QtWidgets.QToolButton:
        button = QtWidgets.QToolButton()
        button.setObjectName(name)
        button.setText(text)
        button.setToolTip(text)
        button.setAccessibleName(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setAutoRaise(True)
        if shortcut:
            action = QtGui.QShortcut(QtGui.QKeySequence(shortcut), self._shortcut_scope)
            action.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.activated.connect(button.click)
        return button

    # -- opening -----------------------------------------------------------------------

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

    def start_call_on_next_card(self, key: str) -> None:
        """An incoming call from ``key``: the card opened (or brought to front) next starts
        the call's contact record."""
        self._caller = key

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

    # -- the spare card ----------------------------------------------------------------

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
        if self._search_busy():
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

    # -- showing, closing, navigating --------------------------------------------------

    def hide_cards(self) -> None:
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
            self.all_closed.emit()

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

    # -- refreshing --------------------------------------------------------------------

    def refresh_current(self) -> bool:
        """Reload the card in front, if a card is on screen; return whether one was."""
        current = self.cards.currentWidget() if self.cards_shown() else None
        if isinstance(current, CustomerCard | PortalLoginView):
            current.refresh()
            return True
        return False

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
