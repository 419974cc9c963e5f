"""A customer card's accounts: the table, the selected one's debt line and its tools.

Split off :class:`~console.lookup.card_widget.CustomerCard`: the panel shows the accounts
it is given and says which one is selected; the card decides what the selection shows
elsewhere (the meters) and what the tool buttons open (:attr:`CardAccounts.tool_requested`).
"""

from __future__ import annotations

from collections.abc import Callable

from console.appeals.card_hooks import contact_button
from console.formatting import format_amount, format_date, format_moment
from console.lookup.card_tables import card_table, money_text, table_item
from console.lookup.texts import account_status, debt_kind_name
from console.navigation import Tool
from console.session import AGENT, CASHIER, SUPERVISOR, role_allows
from models.queries.card import AccountInfo
from widgets.qt import Qt, QtGui, QtWidgets, Signal

TOOLS = ((Tool.READINGS, "Ctrl+1"), (Tool.PAYMENTS, "Ctrl+2"), (Tool.CASHDESK, "Ctrl+3"))
TOOL_ROLES: dict[Tool, frozenset[str]] = {
    Tool.READINGS: frozenset({AGENT, SUPERVISOR}),
    Tool.PAYMENTS: frozenset({AGENT, CASHIER, SUPERVISOR}),
    Tool.CASHDESK: frozenset({CASHIER}),
}
"""Who gets each tool button: the groups whose main window has that tool's tab."""
VISIBLE_ACCOUNT_ROWS = 4
"""The accounts table grows with its rows up to this many, then scrolls."""


class CardAccounts(QtWidgets.QWidget):
    """The accounts table, the selected account's debt by kind and the tool buttons."""

    selection_changed = Signal()
    """The operator selected another account (not emitted while :meth:`show_accounts`)."""
    tool_requested = Signal(str)
    """A tool button was pressed: the tool to open on the selected account."""

    def __init__(
        self,
        role: str,
        record_contact: Callable[[], None],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        """Tool buttons only for the tools ``role`` has; «Contact…» calls ``record_contact``."""
        super().__init__(parent)
        self.setObjectName("cardAccountsPanel")
        self._accounts: tuple[AccountInfo, ...] = ()
        self.accounts = card_table(
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
        self.accounts.itemSelectionChanged.connect(self.selection_changed)
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
            button.clicked.connect(lambda _c=False, t=tool: self.tool_requested.emit(t))
            tools.addWidget(button)
            self.tool_buttons[tool] = button
        self.contact_button = contact_button(self, record_contact)
        tools.addWidget(self.contact_button)
        tools.addStretch(1)
        # No margins of its own: the panel lines up with the rest of the card's column.
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.accounts)
        layout.addWidget(self.money_state)
        layout.addLayout(tools)

    def show_accounts(self, accounts: tuple[AccountInfo, ...]) -> None:
        """Fill the table, keeping the selected row (the first one for a new customer)."""
        table = self.accounts
        row = table.currentRow()
        selected = accounts[row].id if 0 <= row < len(accounts) else None
        self._accounts = accounts
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
                table_item(account.number),
                table_item(account.region_name),
                table_item(account.address),
                table_item(account_status(account.status)),
                table_item(money_text(balance.debt), right=True),
                table_item(money_text(balance.penalty), right=True),
                table_item(money_text(balance.overpayment), right=True),
                table_item(contract),
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
        table.setFixedHeight(
            frame
            + table.verticalHeader().defaultSectionSize() * min(rows, VISIBLE_ACCOUNT_ROWS)
            + 2
        )
        ids = [a.id for a in accounts]
        if ids:
            table.selectRow(ids.index(selected) if selected in ids else 0)

    def current_account(self) -> AccountInfo | None:
        """The selected account of those last shown (``None`` before any is)."""
        row = self.accounts.currentRow()
        return self._accounts[row] if 0 <= row < len(self._accounts) else None

    def show_selection(self, account: AccountInfo | None) -> None:
        """Tool buttons on with an account selected, and its debt by kind and pending
        internet payments (the line hides when there is nothing to say)."""
        for button in self.tool_buttons.values():
            button.setEnabled(account is not None)
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
