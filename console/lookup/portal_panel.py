"""The card's portal section: the customer's portal logins and the actions on them.

The logins table is here; below it the action buttons (:class:`PortalActionBar`), the
selected login's state (:class:`PortalLoginState`) and the messages sent to the customer
(:class:`PortalMessages`).
"""

from __future__ import annotations

from collections.abc import Sequence

from console.formatting import format_date, format_moment
from console.lookup.card_tables import read_only, table_item
from console.lookup.portal_action_bar import LINK_SHORTCUT, SUPERVISOR_ROLES, PortalActionBar
from console.lookup.portal_login_state import PortalLoginState
from console.lookup.portal_messages import PortalMessages
from console.lookup.texts import link_request_status, portal_status
from console.session import reads_contacts
from console.tasks import TaskRunner
from models.queries.card import AccountInfo, CardData, CodeInfo, MessageInfo, PortalUserInfo
from widgets.qt import Qt, QtWidgets, Signal

__all__ = ["LINK_SHORTCUT", "SUPERVISOR_ROLES", "PortalPanel"]


class PortalPanel(QtWidgets.QWidget):
    """Portal logins in a table; buttons act on the selected one, after a confirmation."""

    changed = Signal()
    """An action succeeded: the card reloads."""

    def __init__(
        self, runner: TaskRunner, role: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        """An empty section for an operator of ``role``."""
        super().__init__(parent)
        self.setObjectName("lookupPortalPanel")
        self._users: tuple[PortalUserInfo, ...] = ()
        self._numbers: dict[int, str] = {}
        self._codes: tuple[CodeInfo, ...] = ()
        self._accounts: tuple[AccountInfo, ...] = ()
        contacts = reads_contacts(role)
        self.table = QtWidgets.QTableWidget(0, 7)
        self.table.setObjectName("lookupPortalUsers")
        self.table.setAccessibleName(self.tr("Portal logins"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Login"),
                self.tr("E-mail"),
                self.tr("Phone"),
                self.tr("Status"),
                self.tr("Registered"),
                self.tr("Linked accounts"),
                self.tr("Last link requests"),
            ]
        )
        read_only(self.table)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_selected)
        if not contacts:
            self.table.setColumnHidden(1, True)
            self.table.setColumnHidden(2, True)
        self.action_bar = PortalActionBar(runner, role)
        self.action_bar.changed.connect(self.changed)
        self.buttons = self.action_bar.buttons
        self.state = PortalLoginState()
        self.messages = PortalMessages(contacts)
        self.messages_title = self.messages.title
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 2)
        layout.addWidget(self.action_bar)
        layout.addWidget(self.state)
        layout.addWidget(self.messages_title)
        layout.addWidget(self.messages, 2)

    def show_card(self, card: CardData) -> None:
        """Fill the table with the card's portal logins (the selection is kept by id)."""
        self._accounts = card.accounts
        self.show_users(
            card.portal_users,
            {a.id: a.number for a in card.accounts},
            card.messages,
            card.codes,
        )

    def show_users(
        self,
        users: Sequence[PortalUserInfo],
        numbers: dict[int, str],
        messages: Sequence[MessageInfo] = (),
        codes: Sequence[CodeInfo] = (),
    ) -> None:
        """Fill the table with ``users``; ``numbers`` names their linked accounts by id.

        ``messages``: the recent notifications to them with their delivery; ``codes``:
        the one-time codes sent to them (shown for the selected login).
        """
        selected = self.selected()
        self._users, self._numbers = tuple(users), dict(numbers)
        self._codes = tuple(codes)
        self.messages.show_messages(messages)
        table = self.table
        table.setRowCount(len(self._users))
        for row, user in enumerate(self._users):
            requests = "; ".join(
                self.tr("№ {number} ({account}) of {day}: {status}").format(
                    number=r.number,
                    account=r.account_number,
                    day=format_date(r.created_at.date()),
                    status=link_request_status(r.status),
                )
                for r in user.link_requests[:3]
            )
            linked = ", ".join(numbers.get(a, "…") for a in user.linked_account_ids)
            status = portal_status(user.status)
            if user.block_reason:
                status += f" ({user.block_reason})"
            texts = (
                user.login,
                user.email_masked or "—",
                user.phone_masked or "—",
                status,
                format_moment(user.created_at),
                linked or "—",
                requests or "—",
            )
            for column, text in enumerate(texts):
                item = table_item(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 260))
        ids = [u.id for u in self._users]
        if ids:
            table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self._show_selected()

    def selected(self) -> PortalUserInfo | None:
        """The portal login the buttons act on."""
        row = self.table.currentRow()
        users = self._users
        return users[row] if 0 <= row < len(users) else None

    def _show_selected(self) -> None:
        user = self.selected()
        self.state.show_login(user, self._codes)
        self.action_bar.show_login(user, self._users, self._numbers, self._accounts)
