"""A customer's card: header, alerts, accounts, meters, portal logins, bills and payments.

The card loads in one worker call (:func:`console.services.lookup.open_card`) and
only displays the frozen :class:`CardData` it gets back; F5 loads it again. The card is
a column of panels (:class:`CardHeader`, :class:`CardAccounts` and the section pages of
:mod:`console.lookup.card_sections`), each filling itself from its part of the data; the
card keeps the loading, the order of the fill and the actions that need a worker call.
"""

from __future__ import annotations

from collections.abc import Iterator

import shiboken6

from console.appeals.card_hooks import add_timeline, open_contact_dialog
from console.errors import describe_error
from console.lookup.alive import while_alive
from console.lookup.card_accounts import CardAccounts
from console.lookup.card_header import CardHeader
from console.lookup.card_sections import CardMetersPage, CardMoneyPage, CardPortalPage
from console.lookup.portal_panel import PortalPanel
from console.lookup.scroll import kept_scroll
from console.navigation import Navigator
from console.services.contacts import ContactRef, reveal_contact
from console.services.lookup import open_card
from console.session import reads_contacts
from console.tasks import TaskError, TaskRunner
from models.queries.card import CardData
from widgets.qt import Qt, QtCore, QtWidgets, Signal

FILL_STEP_MS = 4
"""The pause between two steps of filling a card, so that the layout and repaint one step
causes get a turn of the event loop of their own instead of sharing it with the next."""


class CustomerCard(QtWidgets.QWidget):
    """The card of one customer; several may be open at once."""

    loaded = Signal(str)
    """The card's data arrived; the argument is the tab title (the customer's name)."""

    def __init__(
        self,
        runner: TaskRunner,
        navigator: Navigator,
        customer_id: int | None,
        role: str = "",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """Build the card; with a ``customer_id`` load it at once, without one it waits
        for :meth:`open` (a card built ahead of time while the operator is idle)."""
        super().__init__(parent)
        self._customer_id: int | None = None
        self.setObjectName("customerCard")
        self._data: CardData | None = None
        self._shown: CardData | None = None
        self._fill_generation = 0
        self._busy = False
        self._call_note: str | None = None
        self._runner = runner
        self._navigator = navigator
        self._contacts = reads_contacts(role)
        self._construction: Iterator[None] | None = self._build(role)
        if customer_id is not None:
            self.open(customer_id)

    def build_step(self) -> bool:
        """Build the next part of the card's widgets; False once all of it is built.

        A card built ahead of time is built a part per turn of the event loop, so the
        GUI thread is never busy with all of it at once.
        """
        if self._construction is None:
            return False
        if next(self._construction, StopIteration) is StopIteration:
            self._construction = None
            return False
        return True

    def _finish_building(self) -> None:
        while self.build_step():
            pass

    @property
    def customer_id(self) -> int:
        """The customer this card shows."""
        if self._customer_id is None:
            raise RuntimeError("the card has no customer yet")
        return self._customer_id

    def account_ids(self) -> frozenset[int]:
        """The accounts the card shows (none until it has loaded)."""
        return frozenset(a.id for a in self._shown.accounts) if self._shown else frozenset()

    def open(self, customer_id: int) -> None:
        """Give a card built ahead of time its customer and load it."""
        if self._customer_id is not None:
            raise RuntimeError("the card shows another customer already")
        self._finish_building()
        self._customer_id = customer_id
        self.setObjectName(f"customerCard_{customer_id}")
        self.timeline.set_customer(customer_id)
        self.refresh()

    # -- construction --------------------------------------------------------------

    def _build(self, role: str) -> Iterator[None]:
        """The card's widgets, in parts (each ``yield`` ends one): see :meth:`build_step`."""
        self.header_panel = CardHeader(self._contacts)
        self.header_panel.reveal_requested.connect(self._reveal)
        self.name = self.header_panel.name
        self.identity = self.header_panel.identity
        self.phone = self.header_panel.phone
        self.email = self.header_panel.email
        self.reveal_phone = self.header_panel.reveal_phone
        self.reveal_email = self.header_panel.reveal_email
        self.alerts = self.header_panel.alerts
        self.status = QtWidgets.QLabel(self.tr("Loading…"))
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)
        yield

        self.accounts_panel = CardAccounts(role, self._record_contact)
        self.accounts_panel.selection_changed.connect(self._account_selected)
        self.accounts_panel.tool_requested.connect(self._open_tool)
        self.accounts = self.accounts_panel.accounts
        self.money_state = self.accounts_panel.money_state
        self.tool_buttons = self.accounts_panel.tool_buttons
        self.contact_button = self.accounts_panel.contact_button
        yield

        self.meters_page = CardMetersPage()
        self.meters = self.meters_page.meters
        self.chart = self.meters_page.chart
        yield

        self.portal = PortalPanel(self._runner, role)
        self.portal.changed.connect(self._portal_changed)
        yield

        self.portal_page = CardPortalPage(self.portal)
        self.action_log = self.portal_page.action_log
        self.action_log_title = self.portal_page.action_log_title
        yield

        self.money_page = CardMoneyPage()
        self.bills = self.money_page.bills
        self.payments = self.money_page.payments
        yield

        self.sections = QtWidgets.QTabWidget()
        self.sections.setObjectName("cardSections")
        self.sections.addTab(self.meters_page, self.tr("Meters and consumption"))
        self.sections.addTab(self.portal_page, self.tr("Portal logins"))
        self.sections.addTab(self.money_page, self.tr("Bills and payments"))
        self.timeline = add_timeline(self.sections, self._runner, None)
        yield

        # The card scrolls inside its pane rather than pushing the window to grow.
        content = QtWidgets.QWidget()
        content.setObjectName("cardContent")
        content.setAccessibleName(self.tr("Customer card"))
        layout = QtWidgets.QVBoxLayout(content)
        layout.addWidget(self.header_panel)
        layout.addWidget(self.status)
        layout.addWidget(self.accounts_panel)
        layout.addWidget(self.sections, 1)
        self.card_scroll = QtWidgets.QScrollArea()
        self.card_scroll.setObjectName("cardScroll")
        self.card_scroll.setAccessibleName(self.tr("Customer card"))
        self.card_scroll.setWidgetResizable(True)
        self.card_scroll.setFrameShape(QtWidgets.QFrame.Shape.NoFrame)
        self.card_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.card_scroll.setWidget(content)
        outer = QtWidgets.QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.card_scroll)

    # -- loading -------------------------------------------------------------------

    def refresh(self, *, quiet: bool = False) -> None:
        """Load the card again (F5): another operator's change shows.

        ``quiet`` (another tab wrote something) reloads in the background without the
        «Loading…» line; the operator's selections and scroll positions stay.
        """
        customer_id = self.customer_id
        self._busy = True
        if not quiet:
            self.status.setText(self.tr("Loading…"))
            self.status.show()
        contacts = self._contacts
        self._runner.submit(
            lambda session, token, progress: open_card(session, customer_id, contacts=contacts),
            self._show,
            self._failed,
        )

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self._busy = False
        self.status.setText(describe_error(error))
        self.status.show()

    def busy(self) -> bool:
        """Whether the card is loading or still filling its sections."""
        return self._busy

    @property
    def card(self) -> CardData | None:
        """The data the card shows, once every section shows it (``None`` until then)."""
        return self._shown

    @while_alive
    def _show(self, card: CardData) -> None:
        """Fill the card in four steps, each its own turn of the event loop.

        Filling every table, the chart and the layout in one go held the GUI thread for
        40 ms and more; in steps, the header, alerts and accounts come first (what the
        operator reads at once), then the selected account's meters and consumption, then
        the portal logins, then bills and payments. A newer load started meanwhile
        supersedes the steps still to come.
        """
        self._fill_generation += 1
        generation = self._fill_generation
        self._data = card
        self.status.hide()
        steps = (
            (self._fill_header, (self.accounts,)),
            (self._fill_meters, (self.meters,)),
            (self._fill_portal, (self.portal.table, self.action_log)),
            (self._fill_money, (self.bills, self.payments)),
        )

        def run(step: int) -> None:
            if generation != self._fill_generation or not shiboken6.isValid(self):
                return
            fill, views = steps[step]
            with kept_scroll(views):
                fill(card)
            if step + 1 < len(steps):
                QtCore.QTimer.singleShot(FILL_STEP_MS, self, lambda: run(step + 1))
                return
            self._shown = card
            self._busy = False
            self.loaded.emit(card.customer.name)
            self._open_incoming_call()

        run(0)

    def _fill_header(self, card: CardData) -> None:
        """Name, identity, contacts, alerts and accounts (the selection's meters come next)."""
        self.header_panel.show_customer(card.customer)
        self.header_panel.show_alerts(card.alerts)
        with QtCore.QSignalBlocker(self.accounts):
            self.accounts_panel.show_accounts(card.accounts)

    def _fill_meters(self, card: CardData) -> None:
        """The selected account's debt by kind, tool buttons, meters and consumption."""
        self._account_selected()

    def _fill_portal(self, card: CardData) -> None:
        """The portal logins and the log of actions done on them for callers."""
        self.portal.show_card(card)
        self.portal_page.show_actions(card.portal_actions)

    def _fill_money(self, card: CardData) -> None:
        """Bills and payments."""
        self.money_page.show_money(card.bills, card.payments, card.as_of)

    def selected_account(self) -> int | None:
        """The account the tool buttons and the meters section are about."""
        if self._data is None:
            return None
        account = self.accounts_panel.current_account()
        return account.id if account is not None else None

    def _account_selected(self) -> None:
        """Show what the selected account brings: its debt line, tools and meters."""
        card = self._data
        account = self.accounts_panel.current_account() if card is not None else None
        self.accounts_panel.show_selection(account)
        if card is None or account is None:
            return
        self.meters_page.show_meters(card.meters_of(account.id), card.consumption_of(account.id))

    # -- actions -------------------------------------------------------------------

    def _open_tool(self, tool: str) -> None:
        account_id = self.selected_account()
        if account_id is not None:
            self._navigator.open_account_tool.emit(tool, account_id)

    def _record_contact(self) -> None:
        """Ctrl+K: record the contact (and the appeal it brings) in a small dialog."""
        open_contact_dialog(self, self._runner, self.customer_id, self.selected_account())

    def start_incoming_call(self, caller: str) -> None:
        """The telephony hook brought this customer's call: open its contact record (by
        phone, noting the number the call came from) as soon as the card has loaded."""
        self._call_note = self.tr("Incoming call: {caller}").format(caller=caller)
        if self.card is not None:
            self._open_incoming_call()

    def _open_incoming_call(self) -> None:
        note, self._call_note = self._call_note, None
        if note is not None:
            open_contact_dialog(
                self, self._runner, self.customer_id, self.selected_account(), note=note
            )

    def _portal_changed(self) -> None:
        self.refresh()

    def _reveal(self, field: str) -> None:
        if self.card is None:
            return
        ref = ContactRef(
            "customer", self.card.customer.id, "phone" if field == "phone" else "email"
        )
        header = self.header_panel

        def shown(value: str | None) -> None:
            if not shiboken6.isValid(header):
                return
            header.show_contact(ref.field, value)

        self._runner.submit(
            lambda session, token, progress: reveal_contact(session, ref), shown, self._failed
        )
