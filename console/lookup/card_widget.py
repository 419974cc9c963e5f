"""A customer's card: header, alerts, accounts, meters, portal logins, bills and payments.

The card loads in one worker call (:func:`console.services.lookup.open_card`) and
only displays the frozen :class:`CardData` it gets back; F5 loads it again.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import shiboken6

from console.appeals.card_hooks import add_timeline, contact_button, open_contact_dialog
from console.errors import describe_error
from console.formatting import format_amount, format_date, format_moment, format_period
from console.lookup.alerts import alert_text
from console.lookup.alive import while_alive
from console.lookup.consumption_chart import ConsumptionChart, zone_name
from console.lookup.portal_panel import PortalPanel, _read_only
from console.lookup.scroll import kept_scroll
from console.lookup.texts import account_status, debt_kind_name, portal_action
from console.navigation import Navigator, Tool
from console.services.contacts import ContactRef, display_contact, reveal_contact
from console.services.lookup import open_card
from console.session import AGENT, CASHIER, SUPERVISOR, reads_contacts, role_allows
from console.tasks import TaskError, TaskRunner
from console.vocabulary import payment_channel_label, reading_source_label
from models.queries.card import AccountInfo, Alert, AlertKind, CardData, PortalActionInfo
from widgets.qt import Qt, QtCore, QtGui, QtWidgets, Signal

_RED = "background: #fde7e4; color: #8c1d18; border: 1px solid #f2b8b5;"
_AMBER = "background: #fff1d6; color: #7a4b00; border: 1px solid #f5cf8a;"
_BLUE = "background: #e3ecfa; color: #1b3d6e; border: 1px solid #b4c8ea;"
ALERT_STYLES = {
    AlertKind.DEBT: _RED,
    AlertKind.CALIBRATION_EXPIRED: _AMBER,
    AlertKind.ESTIMATED_READINGS: _AMBER,
    AlertKind.REVIEW_PENDING: _BLUE,
    AlertKind.LINK_REQUEST_PENDING: _BLUE,
}
EXPIRED_BACKGROUND = QtGui.QColor("#fde7e4")
TOOLS = ((Tool.READINGS, "Ctrl+1"), (Tool.PAYMENTS, "Ctrl+2"), (Tool.CASHDESK, "Ctrl+3"))
TOOL_ROLES: dict[Tool, frozenset[str]] = {
    Tool.READINGS: frozenset({AGENT, SUPERVISOR}),
    Tool.PAYMENTS: frozenset({AGENT, CASHIER, SUPERVISOR}),
    Tool.CASHDESK: frozenset({CASHIER}),
}
"""Who gets each tool button: the groups whose main window has that tool's tab."""
FILL_STEP_MS = 4
"""The pause between two steps of filling a card, so that the layout and repaint one step
causes get a turn of the event loop of their own instead of sharing it with the next."""


def _item(text: str, *, right: bool = False) -> QtWidgets.QTableWidgetItem:
    item = QtWidgets.QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def _table(name: str, accessible: str, headers: list[str]) -> QtWidgets.QTableWidget:
    table = QtWidgets.QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    _read_only(table)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    return table


def fill_portal_actions(
    table: QtWidgets.QTableWidget, actions: tuple[PortalActionInfo, ...]
) -> None:
    """The journal of operators' actions on portal logins: when, login, action, who, why."""
    table.setRowCount(len(actions))
    for row, action in enumerate(actions):
        cells = (
            format_moment(action.performed_at),
            action.login,
            portal_action(action.action),
            action.performed_by,
            action.reason or "",
        )
        for column, text in enumerate(cells):
            table.setItem(row, column, _item(text))
    table.resizeColumnsToContents()


def _money(value: Decimal) -> str:
    return format_amount(value) if value else "—"


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
        self.name = QtWidgets.QLabel("…")
        self.name.setObjectName("cardName")
        self.name.setAccessibleName(self.tr("Customer"))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.identity = QtWidgets.QLabel()
        self.identity.setObjectName("cardIdentity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone = QtWidgets.QLabel()
        self.phone.setObjectName("cardPhone")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QtWidgets.QLabel()
        self.email.setObjectName("cardEmail")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.reveal_phone = QtWidgets.QToolButton()
        self.reveal_phone.setObjectName("cardRevealPhone")
        self.reveal_phone.setText(self.tr("Show"))
        self.reveal_phone.setAccessibleName(self.tr("Show the phone (recorded in the audit log)"))
        self.reveal_phone.setToolTip(self.reveal_phone.accessibleName())
        self.reveal_phone.clicked.connect(lambda: self._reveal("phone"))
        self.reveal_email = QtWidgets.QToolButton()
        self.reveal_email.setObjectName("cardRevealEmail")
        self.reveal_email.setText(self.tr("Show"))
        self.reveal_email.setAccessibleName(
            self.tr("Show the e-mail address (recorded in the audit log)")
        )
        self.reveal_email.setToolTip(self.reveal_email.accessibleName())
        self.reveal_email.clicked.connect(lambda: self._reveal("email"))
        contacts = QtWidgets.QHBoxLayout()
        phone_label = QtWidgets.QLabel(self.tr("Phone:"))
        email_label = QtWidgets.QLabel(self.tr("E-mail:"))
        contacts.addWidget(phone_label)
        contacts.addWidget(self.phone)
        contacts.addWidget(self.reveal_phone)
        contacts.addSpacing(24)
        contacts.addWidget(email_label)
        contacts.addWidget(self.email)
        contacts.addWidget(self.reveal_email)
        contacts.addStretch(1)
        if not self._contacts:
            # A cashier reads no contacts: the database would refuse them anyway.
            for widget in (phone_label, self.phone, self.reveal_phone):
                widget.hide()
            for widget in (email_label, self.email, self.reveal_email):
                widget.hide()
        self.status = QtWidgets.QLabel(self.tr("Loading…"))
        self.status.setObjectName("cardStatus")
        self.status.setWordWrap(True)

        self.alerts = QtWidgets.QWidget()
        self.alerts.setObjectName("cardAlerts")
        self.alerts.setAccessibleName(self.tr("Alerts"))
        self._alerts_layout = QtWidgets.QHBoxLayout(self.alerts)
        self._alerts_layout.setContentsMargins(0, 4, 0, 4)
        yield

        self.accounts = _table(
            "cardAccounts",
            self.tr("Accounts"),
            [
                self.tr("Account"),
                self.tr("Region"),
                self.tr("Address"),
                self.tr("Status"),
                self.tr("Debt, ₽"),
                self.tr("Penalty, ₽"),
                self.tr("Overpayment, ₽"),
                self.tr("Contract"),
            ],
        )
        self.accounts.itemSelectionChanged.connect(self._account_selected)
        self.money_state = QtWidgets.QLabel()
        self.money_state.setObjectName("cardDebtSplit")
        self.money_state.setAccessibleName(self.tr("Debt by kind and pending internet payments"))
        self.money_state.setWordWrap(True)
        self.money_state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tools = QtWidgets.QHBoxLayout()
        titles = {
            Tool.READINGS: self.tr("Readings (Ctrl+1)"),
            Tool.PAYMENTS: self.tr("Payments (Ctrl+2)"),
            Tool.CASHDESK: self.tr("Cash desk (Ctrl+3)"),
        }
        self.tool_buttons: dict[str, QtWidgets.QPushButton] = {}
        for tool, shortcut in TOOLS:
            if not role_allows(role, TOOL_ROLES[tool]):
                continue  # the operator has no such tab: the card does not offer it
            button = QtWidgets.QPushButton(titles[tool])
            button.setObjectName(f"cardOpen_{tool}")
            button.setAccessibleName(titles[tool].replace("&", ""))
            button.setShortcut(QtGui.QKeySequence(shortcut))
            button.clicked.connect(lambda _c=False, t=tool: self._open_tool(t))
            tools.addWidget(button)
            self.tool_buttons[tool] = button
        self.contact_button = contact_button(self, self._record_contact)
        tools.addWidget(self.contact_button)
        tools.addStretch(1)
        yield

        self.meters = _table(
            "cardMeters",
            self.tr("Meters"),
            [
                self.tr("Serial number"),
                self.tr("Model"),
                self.tr("Zones"),
                self.tr("Last readings"),
                self.tr("Calibration due"),
            ],
        )
        self.chart = ConsumptionChart()
        meters_page = QtWidgets.QSplitter(Qt.Orientation.Vertical)
        meters_page.setObjectName("cardMetersPage")
        meters_page.addWidget(self.meters)
        meters_page.addWidget(self.chart)
        meters_page.setSizes([120, 280])
        yield

        self.portal = PortalPanel(self._runner, role)
        self.portal.changed.connect(self._portal_changed)
        yield

        self.action_log = _table(
            "cardPortalActions",
            self.tr("Recent actions on portal logins"),
            [
                self.tr("When"),
                self.tr("Login"),
                self.tr("Action"),
                self.tr("Operator"),
                self.tr("Reason"),
            ],
        )
        self.action_log.setMaximumHeight(120)
        portal_page = QtWidgets.QWidget()
        portal_page.setObjectName("cardPortalPage")
        portal_layout = QtWidgets.QVBoxLayout(portal_page)
        portal_layout.addWidget(self.portal, 3)
        self.action_log_title = QtWidgets.QLabel(self.tr("Recent actions on portal logins:"))
        portal_layout.addWidget(self.action_log_title)
        portal_layout.addWidget(self.action_log, 1)
        yield

        self.bills = _table(
            "cardBills",
            self.tr("Recent bills"),
            [
                self.tr("Period"),
                self.tr("Account"),
                self.tr("Receipt number"),
                self.tr("Amount, ₽"),
                self.tr("Due"),
                self.tr("Paid"),
            ],
        )
        self.payments = _table(
            "cardPayments",
            self.tr("Recent payments"),
            [self.tr("Date"), self.tr("Account"), self.tr("Amount, ₽"), self.tr("Channel")],
        )
        money_page = QtWidgets.QSplitter(Qt.Orientation.Horizontal)
        money_page.setObjectName("cardMoneyPage")
        money_page.addWidget(self.bills)
        money_page.addWidget(self.payments)
        money_page.setSizes([600, 400])
        yield

        self.sections = QtWidgets.QTabWidget()
        self.sections.setObjectName("cardSections")
        self.sections.addTab(meters_page, self.tr("Meters and consumption"))
        self.sections.addTab(portal_page, self.tr("Portal logins"))
        self.sections.addTab(money_page, self.tr("Bills and payments"))
        self.timeline = add_timeline(self.sections, self._runner, None)
        yield

        # The card scrolls inside its pane rather than pushing the window to grow.
        content = QtWidgets.QWidget()
        content.setObjectName("cardContent")
        content.setAccessibleName(self.tr("Customer card"))
        layout = QtWidgets.QVBoxLayout(content)
        layout.addWidget(self.name)
        layout.addWidget(self.identity)
        layout.addLayout(contacts)
        layout.addWidget(self.alerts)
        layout.addWidget(self.status)
        layout.addWidget(self.accounts)
        layout.addWidget(self.money_state)
        layout.addLayout(tools)
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
        customer = card.customer
        self.name.setText(customer.name)
        if customer.is_organisation:
            parts = [self.tr("Organisation"), self.tr("INN {inn}").format(inn=customer.inn)]
            if customer.kpp:
                parts.append(self.tr("KPP {kpp}").format(kpp=customer.kpp))
            if customer.ogrn:
                parts.append(self.tr("OGRN {ogrn}").format(ogrn=customer.ogrn))
        else:
            parts = [self.tr("Person")]
            if customer.inn:
                parts.append(self.tr("INN {inn}").format(inn=customer.inn))
        parts.append(
            self.tr("customer since {day}").format(day=format_date(customer.created_at.date()))
        )
        self.identity.setText(" · ".join(parts))
        # Masked by the database; "Show" asks it for the whole value (audited).
        self.phone.setText(customer.phone_masked or "—")
        self.email.setText(customer.email_masked or "—")
        self.reveal_phone.setVisible(self._contacts and bool(customer.phone_masked))
        self.reveal_email.setVisible(self._contacts and bool(customer.email_masked))
        self._show_alerts(card.alerts)
        with QtCore.QSignalBlocker(self.accounts):
            self._show_accounts(card.accounts)

    def _fill_meters(self, card: CardData) -> None:
        """The selected account's debt by kind, tool buttons, meters and consumption."""
        self._account_selected()

    def _fill_portal(self, card: CardData) -> None:
        """The portal logins and the log of actions done on them for callers."""
        self.portal.show_card(card)
        self._show_actions(card)

    def _fill_money(self, card: CardData) -> None:
        """Bills and payments."""
        self._show_money(card)

    def _show_alerts(self, alerts: tuple[Alert, ...]) -> None:
        while self._alerts_layout.count():
            item = self._alerts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not alerts:
            calm = QtWidgets.QLabel(self.tr("No alerts: no debt, meters in order."))
            calm.setObjectName("cardAlert_none")
            calm.setStyleSheet("color: #1b6e3a;")
            self._alerts_layout.addWidget(calm)
        for position, alert in enumerate(alerts[:6]):
            chip = QtWidgets.QLabel(alert_text(alert))
            chip.setObjectName(f"cardAlert_{alert.kind.value}_{position}")
            chip.setAccessibleName(chip.text())
            chip.setStyleSheet(ALERT_STYLES[alert.kind] + " border-radius: 4px; padding: 3px 8px;")
            self._alerts_layout.addWidget(chip)
        if len(alerts) > 6:
            more = QtWidgets.QLabel(self.tr("and {count} more").format(count=len(alerts) - 6))
            more.setToolTip("\n".join(alert_text(a) for a in alerts[6:]))
            self._alerts_layout.addWidget(more)
        self._alerts_layout.addStretch(1)

    def _show_accounts(self, accounts: tuple[AccountInfo, ...]) -> None:
        table = self.accounts
        selected = self.selected_account()
        table.setRowCount(len(accounts))
        for row, account in enumerate(accounts):
            contract = (
                self.tr("{number} of {day}").format(
                    number=account.contract_number, day=format_date(account.contract_signed_on)
                )
                if account.contract_number
                else "—"
            )
            balance = account.balance
            cells = (
                _item(account.number),
                _item(account.region_name),
                _item(account.address),
                _item(account_status(account.status)),
                _item(_money(balance.debt), right=True),
                _item(_money(balance.penalty), right=True),
                _item(_money(balance.overpayment), right=True),
                _item(contract),
            )
            if balance.debt > 0:
                cells[4].setForeground(QtGui.QColor("#b3261e"))
            if balance.overpayment > 0:
                cells[6].setForeground(QtGui.QColor("#1b6e3a"))
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        rows = max(len(accounts), 1)
        frame = table.frameWidth() * 2 + table.horizontalHeader().height()
        table.setFixedHeight(frame + table.verticalHeader().defaultSectionSize() * min(rows, 4) + 2)
        ids = [a.id for a in accounts]
        if ids:
            table.selectRow(ids.index(selected) if selected in ids else 0)

    def selected_account(self) -> int | None:
        """The account the tool buttons and the meters section are about."""
        if self._data is None:
            return None
        row = self.accounts.currentRow()
        accounts = self._data.accounts
        return accounts[row].id if 0 <= row < len(accounts) else None

    def _show_money_state(self, account_id: int) -> None:
        """The selected account's debt by kind and its internet payments not posted yet."""
        assert self._data is not None
        account = next((a for a in self._data.accounts if a.id == account_id), None)
        if account is None:
            self.money_state.hide()
            return
        lines = []
        if account.debt_by_kind:
            lines.append(
                self.tr("Debt of {account}: {parts}").format(
                    account=account.number,
                    parts=" · ".join(
                        f"{debt_kind_name(kind)} {format_amount(amount)}"
                        for kind, amount in account.debt_by_kind
                    ),
                )
            )
        for payment in account.pending_payments:
            lines.append(
                self.tr(
                    "Internet payment of {amount} ₽ made {moment} is not posted yet: "
                    "billing posts it with the next bank register."
                ).format(
                    amount=format_amount(payment.amount), moment=format_moment(payment.paid_at)
                )
            )
        self.money_state.setText("\n".join(lines))
        self.money_state.setVisible(bool(lines))

    def _account_selected(self) -> None:
        account_id = self.selected_account()
        for button in self.tool_buttons.values():
            button.setEnabled(account_id is not None)
        card = self._data
        if card is None or account_id is None:
            self.money_state.hide()
            return
        self._show_money_state(account_id)
        meters = card.meters_of(account_id)
        table = self.meters
        table.setRowCount(len(meters))
        for row, meter in enumerate(meters):
            readings = "; ".join(
                self.tr("{zone}: {value} on {day} ({source})").format(
                    zone=zone_name(r.zone, meter.zones),
                    value=f"{r.value:.0f}",
                    day=format_date(r.taken_on),
                    source=reading_source_label(r.source),
                )
                for r in meter.last_readings
            )
            due = format_date(meter.calibration_due)
            if meter.calibration_expired:
                due = self.tr("{day} — expired").format(day=due)
            cells = (
                _item(meter.serial_number),
                _item(meter.model),
                _item(str(meter.zones)),
                _item(readings or "—"),
                _item(due),
            )
            if meter.calibration_expired:
                cells[4].setBackground(EXPIRED_BACKGROUND)
                cells[4].setForeground(QtGui.QColor("#8c1d18"))
            if meter.removed_on is not None:
                cells[0].setText(
                    self.tr("{serial} (removed {day})").format(
                        serial=meter.serial_number, day=format_date(meter.removed_on)
                    )
                )
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        zones = max((m.zones for m in meters), default=1)
        self.chart.show_points(card.consumption_of(account_id), zones)

    def _show_actions(self, card: CardData) -> None:
        self.action_log.setVisible(bool(card.portal_actions))
        self.action_log_title.setVisible(bool(card.portal_actions))
        fill_portal_actions(self.action_log, card.portal_actions)

    def _show_money(self, card: CardData) -> None:
        self.bills.setRowCount(len(card.bills))
        for row, bill in enumerate(card.bills):
            paid = format_date(bill.paid_on) if bill.paid_on else self.tr("not paid")
            cells = (
                _item(format_period(bill.billing_period)),
                _item(bill.account_number),
                _item(bill.receipt_number),
                _item(format_amount(bill.amount), right=True),
                _item(format_date(bill.due_on)),
                _item(paid),
            )
            if bill.paid_on is None and bill.amount > 0 and bill.due_on < card.as_of:
                cells[5].setForeground(QtGui.QColor("#b3261e"))
            for column, cell in enumerate(cells):
                self.bills.setItem(row, column, cell)
        self.bills.resizeColumnsToContents()
        self.payments.setRowCount(len(card.payments))
        for row, payment in enumerate(card.payments):
            money = (
                _item(format_date(payment.paid_on)),
                _item(payment.account_number),
                _item(format_amount(payment.amount), right=True),
                _item(payment_channel_label(payment.channel)),
            )
            for column, cell in enumerate(money):
                self.payments.setItem(row, column, cell)
        self.payments.resizeColumnsToContents()

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
        label = self.phone if field == "phone" else self.email
        button = self.reveal_phone if field == "phone" else self.reveal_email

        def shown(value: str | None) -> None:
            if not shiboken6.isValid(label):
                return
            label.setText(display_contact(ref.field, value) or "—")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            button.hide()

        self._runner.submit(
            lambda session, token, progress: reveal_contact(session, ref), shown, self._failed
        )
