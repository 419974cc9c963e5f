"""The card's portal section: the customer's portal logins and the actions on them."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from console.formatting import format_date, format_moment
from console.lookup.action_dialog import ActionDialog, ActionWork
from console.lookup.card_tables import read_only
from console.lookup.link_dialog import LinkAccountDialog
from console.lookup.register_dialog import RegisterLoginDialog
from console.lookup.texts import (
    channel_name,
    delivery_status,
    link_request_status,
    portal_status,
)
from console.services import link_requests
from console.services import portal_actions as actions
from console.session import reads_contacts
from console.tasks import TaskRunner
from models.queries.card import (
    AccountInfo,
    CardData,
    CodeInfo,
    LinkRequestInfo,
    MessageInfo,
    PortalUserInfo,
)
from widgets.qt import Qt, QtGui, QtWidgets, Signal

LINK_SHORTCUT = "Ctrl+L"
"""Link an account for the caller, from anywhere on the card."""

SUPERVISOR_ROLES = frozenset({"supervisor", "superuser"})


class PortalPanel(QtWidgets.QWidget):
    """Portal logins in a table; buttons act on the selected one, after a confirmation."""

    changed = Signal()
    """An action succeeded: the card reloads."""

    def __init__(
        self, runner: TaskRunner, role: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("lookupPortalPanel")
        self._runner = runner
        self._supervisor = role in SUPERVISOR_ROLES or role == ""
        self._users: tuple[PortalUserInfo, ...] = ()
        self._numbers: dict[int, str] = {}
        self._messages: tuple[MessageInfo, ...] = ()
        self._codes: tuple[CodeInfo, ...] = ()
        self._accounts: tuple[AccountInfo, ...] = ()
        self._contacts = reads_contacts(role)
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
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        bar = QtWidgets.QHBoxLayout()
        specs: Sequence[tuple[str, str, Callable[[], None]]] = (
            ("link", self.tr("Link account… (Ctrl+L)"), self._link),
            ("edit_request", self.tr("Edit request…"), self._edit_request),
            ("cancel_request", self.tr("Cancel request…"), self._cancel_request),
            ("code", self.tr("Send code"), self._send_code),
            ("register", self.tr("Register login…"), self._register),
            ("resend", self.tr("Resend confirmation"), self._resend),
            ("reset", self.tr("Password reset"), self._reset),
            ("email", self.tr("Change e-mail…"), self._change_email),
            ("phone", self.tr("Change phone…"), self._change_phone),
            ("unlink", self.tr("Unlink account…"), self._unlink),
            ("block", self.tr("Block…"), self._block),
            ("unblock", self.tr("Unblock…"), self._unblock),
            ("merge", self.tr("Merge…"), self._merge),
            ("merge_request", self.tr("Ask to merge…"), self._request_merge),
        )
        for key, title, slot in specs:
            button = QtWidgets.QPushButton(title)
            button.setObjectName(f"lookupPortal_{key}")
            button.setAccessibleName(title.split("…")[0])
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.buttons["link"].setShortcut(QtGui.QKeySequence(LINK_SHORTCUT))
        # Two rows: the caller's requests and codes, then the login's own actions.
        calls = QtWidgets.QHBoxLayout()
        for key in ("link", "edit_request", "cancel_request", "code", "register", "merge_request"):
            calls.addWidget(self.buttons[key])
        calls.addStretch(1)
        for key, _title, _slot in specs[5:-1]:
            bar.addWidget(self.buttons[key])
        bar.addStretch(1)
        self.state = QtWidgets.QLabel()
        self.state.setObjectName("lookupPortalLoginState")
        self.state.setAccessibleName(self.tr("Portal login state"))
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state.setMinimumHeight(self.state.fontMetrics().lineSpacing() * 2 + 4)
        self.messages = QtWidgets.QTableWidget(0, 6)
        self.messages.setObjectName("lookupPortalMessages")
        self.messages.setAccessibleName(self.tr("Messages to the customer"))
        self.messages.setHorizontalHeaderLabels(
            [
                self.tr("Queued"),
                self.tr("Login"),
                self.tr("Channel"),
                self.tr("Recipient"),
                self.tr("Message"),
                self.tr("Delivery"),
            ]
        )
        read_only(self.messages)
        self.messages.horizontalHeader().setStretchLastSection(True)
        self.messages_title = QtWidgets.QLabel(self.tr("Messages to the customer:"))
        for key in ("block", "unblock", "merge"):
            if not self._supervisor:
                self.buttons[key].setToolTip(self.tr("Only a supervisor can do this."))
        if not reads_contacts(role):
            # A cashier reads no contacts (the database refuses them): no columns, no changes.
            self.table.setColumnHidden(1, True)
            self.table.setColumnHidden(2, True)
            self.messages.setColumnHidden(3, True)
            for key in (
                "email",
                "phone",
                "link",
                "edit_request",
                "cancel_request",
                "code",
                "register",
                "merge_request",
            ):
                self.buttons[key].hide()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 2)
        layout.addLayout(calls)
        layout.addLayout(bar)
        layout.addWidget(self.state)
        layout.addWidget(self.messages_title)
        layout.addWidget(self.messages, 2)
        self._update_buttons()

    # -- data ------------------------------------------------------------------

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
        self._messages, self._codes = tuple(messages), tuple(codes)
        self._show_messages()
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
                item = QtWidgets.QTableWidgetItem(text)
                item.setToolTip(text)
                item.setData(Qt.ItemDataRole.UserRole, user.id)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        for column in range(table.columnCount() - 1):
            table.setColumnWidth(column, min(table.columnWidth(column), 260))
        ids = [u.id for u in self._users]
        if ids:
            table.selectRow(ids.index(selected.id) if selected and selected.id in ids else 0)
        self._update_buttons()

    def selected(self) -> PortalUserInfo | None:
        """The portal login the buttons act on."""
        row = self.table.currentRow()
        users = self._users
        return users[row] if 0 <= row < len(users) else None

    def _show_messages(self) -> None:
        table = self.messages
        table.setRowCount(len(self._messages))
        for row, message in enumerate(self._messages):
            delivery = delivery_status(message.status)
            if message.status == "delivered" and message.delivered_at:
                delivery += " " + format_moment(message.delivered_at)
            elif message.status in ("failed", "dead") and message.last_error:
                delivery += f" ({message.last_error})"
            texts = (
                format_moment(message.created_at),
                message.login,
                channel_name(message.channel),
                message.recipient_masked or "—",
                message.subject or message.template,
                delivery,
            )
            for column, text in enumerate(texts):
                item = QtWidgets.QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.resizeColumnsToContents()
        visible = bool(self._messages)
        table.setVisible(visible)
        self.messages_title.setVisible(visible)

    def _show_state(self, user: PortalUserInfo | None) -> None:
        """The selected login as the portal sees it: last login, failures, lock, codes."""
        if user is None:
            self.state.setText("")
            return
        never = self.tr("never")
        parts = [
            self.tr("Status: {status}").format(status=portal_status(user.status)),
            self.tr("last login: {moment}").format(
                moment=format_moment(user.last_login_at) if user.last_login_at else never
            ),
            self.tr("failed attempts since: {count}").format(count=user.failed_login_count),
        ]
        if user.last_failed_login_at:
            parts.append(
                self.tr("last failed {moment}").format(
                    moment=format_moment(user.last_failed_login_at)
                )
            )
        if user.locked_until:
            parts.append(
                self.tr("LOCKED by the portal until {moment}").format(
                    moment=format_moment(user.locked_until)
                )
            )
        else:
            parts.append(self.tr("not locked"))
        lines = [" · ".join(parts)]
        codes = [c for c in self._codes if c.portal_user_id == user.id][:3]
        if codes:
            lines.append(
                self.tr("Codes sent: {codes}").format(
                    codes="; ".join(
                        self.tr("{moment} ({purpose}): {delivery}").format(
                            moment=format_moment(c.created_at),
                            purpose=self.tr("login code")
                            if c.purpose == "login"
                            else self.tr("registration code"),
                            delivery=delivery_status(c.message_status),
                        )
                        for c in codes
                    )
                )
            )
        else:
            lines.append(self.tr("No codes sent recently."))
        self.state.setText("\n".join(lines))

    def _waiting_requests(self, user: PortalUserInfo | None) -> list[LinkRequestInfo]:
        return [r for r in user.link_requests if r.waiting] if user else []

    def _update_buttons(self) -> None:
        user = self.selected()
        self._show_state(user)
        blocked = user is not None and user.status == "blocked"
        others = self._merge_candidates(user) if user else []
        waiting = bool(self._waiting_requests(user))
        enabled = {
            "link": user is not None and user.status == "active",
            "edit_request": waiting,
            "cancel_request": waiting,
            "code": user is not None and not blocked,
            "register": bool(self._accounts),
            "resend": user is not None and user.email_confirmed_at is None and not blocked,
            "reset": user is not None and not blocked,
            "email": user is not None,
            "phone": user is not None,
            "unlink": user is not None and bool(user.linked_account_ids),
            "block": user is not None and not blocked and self._supervisor,
            "unblock": blocked and self._supervisor,
            "merge": bool(others) and self._supervisor,
            "merge_request": user is not None,
        }
        for key, button in self.buttons.items():
            button.setEnabled(enabled[key])

    def _merge_candidates(self, user: PortalUserInfo | None) -> list[PortalUserInfo]:
        if user is None or user.customer_id is None:
            return []
        return [u for u in self._users if u.id != user.id and u.customer_id == user.customer_id]

    # -- actions -----------------------------------------------------------------

    def _open(
        self,
        title: str,
        question: str,
        work: ActionWork,
        **options: Any,
    ) -> None:
        dialog = ActionDialog(self._runner, title, question, work, parent=self, **options)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()

    def _register(self) -> None:
        if not self._accounts:
            return
        dialog = RegisterLoginDialog(self._runner, self._accounts, parent=self)
        dialog.registered.connect(lambda _id: self.changed.emit())
        dialog.open()

    def _link(self) -> None:
        user = self.selected()
        if user is None or not self.buttons["link"].isEnabled():
            return
        dialog = LinkAccountDialog(self._runner, user, parent=self)
        dialog.finished_with.connect(lambda _outcome: self.changed.emit())
        dialog.open()

    def _choose_request(self, user: PortalUserInfo) -> LinkRequestInfo | None:
        waiting = self._waiting_requests(user)
        if len(waiting) <= 1:
            return waiting[0] if waiting else None
        labels = [
            self.tr("№ {number}, account {account}").format(
                number=r.number, account=r.account_number
            )
            for r in waiting
        ]
        label, ok = QtWidgets.QInputDialog.getItem(
            self, self.tr("Link request"), self.tr("Which request?"), labels, 0, False
        )
        return waiting[labels.index(label)] if ok else None

    def _edit_request(self) -> None:
        user = self.selected()
        if user is None:
            return
        request = self._choose_request(user)
        if request is None:
            return
        dialog = LinkAccountDialog(self._runner, user, request, parent=self)
        dialog.finished_with.connect(lambda _outcome: self.changed.emit())
        dialog.open()

    def _cancel_request(self) -> None:
        user = self.selected()
        if user is None:
            return
        waiting = self._waiting_requests(user)
        if not waiting:
            return
        versions = {r.id: r.version for r in waiting}

        def work(session: Any, reason: str, request_id: Any) -> int:
            rid = int(request_id)
            return link_requests.cancel_request(session, rid, versions[rid], reason).version

        self._open(
            self.tr("Cancel link request"),
            self.tr(
                "Withdraw the request at the caller's word? The customer is told by SMS and "
                "e-mail, with the reason."
            ),
            work,
            choices=[
                (
                    self.tr("№ {number}, account {account}").format(
                        number=r.number, account=r.account_number
                    ),
                    r.id,
                )
                for r in waiting
            ],
            choice_label=self.tr("Request"),
            input_label=self.tr("Reason"),
        )

    def _send_code(self) -> None:
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Send code"),
            self.tr(
                "Send {login} a new one-time code by SMS? Earlier codes stop working. Nobody "
                "at the console can read the code: the caller reads it from the SMS."
            ).format(login=user.login),
            lambda s, _v, _c: link_requests.send_code(s, uid, version),
        )

    def _resend(self) -> None:
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Resend confirmation"),
            self.tr("Send the e-mail confirmation link to {login} again?").format(login=user.login),
            lambda s, _v, _c: actions.resend_confirmation(s, uid, version),
        )

    def _reset(self) -> None:
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Password reset"),
            self.tr(
                "Send {login} a link to set a new password? Do it only after the caller has "
                "proved who they are."
            ).format(login=user.login),
            lambda s, _v, _c: actions.send_password_reset(s, uid, version),
        )

    def _change_email(self) -> None:
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Change e-mail"),
            self.tr(
                "New e-mail address of {login}. The old address is told about the change "
                "and the new one must be confirmed."
            ).format(login=user.login),
            lambda s, value, _c: actions.change_email(s, uid, version, value),
            input_label=self.tr("New e-mail"),
        )

    def _change_phone(self) -> None:
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Change phone"),
            self.tr("New phone number of {login} (+7 and ten digits).").format(login=user.login),
            lambda s, value, _c: actions.change_phone(s, uid, version, value),
            input_label=self.tr("New phone"),
        )

    def _unlink(self) -> None:
        user = self.selected()
        if user is None:
            return
        numbers = self._numbers
        uid, version = user.id, user.version
        self._open(
            self.tr("Unlink account"),
            self.tr("The login {login} will no longer see the account.").format(login=user.login),
            lambda s, _v, account: actions.unlink_account(s, uid, version, int(account)),
            choices=[(numbers.get(a, str(a)), a) for a in user.linked_account_ids],
            choice_label=self.tr("Account"),
        )

    def _block(self) -> None:
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Block portal login"),
            self.tr("Block {login}? The customer is told the reason.").format(login=user.login),
            lambda s, reason, _c: actions.block(s, uid, version, reason),
            input_label=self.tr("Reason"),
        )

    def _unblock(self) -> None:
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Unblock portal login"),
            self.tr("Unblock {login}? Blocked because: {reason}").format(
                login=user.login, reason=user.block_reason or "—"
            ),
            lambda s, reason, _c: actions.unblock(s, uid, version, reason),
            input_label=self.tr("Reason"),
        )

    def _merge(self) -> None:
        user = self.selected()
        if user is None:
            return
        candidates = self._merge_candidates(user)
        uid, version = user.id, user.version
        versions = {u.id: u.version for u in candidates}
        self._open(
            self.tr("Merge portal logins"),
            self.tr(
                "Join another login of the same customer into {login}: the joined login is "
                "removed and its accounts move to {login}."
            ).format(login=user.login),
            lambda s, _v, joined: actions.merge(s, uid, version, int(joined), versions[joined]),
            choices=[(u.login, u.id) for u in candidates],
            choice_label=self.tr("Login to join"),
        )

    def _request_merge(self) -> None:
        """Ask a supervisor to join another login (any customer's) into the selected one."""
        user = self.selected()
        if user is None:
            return
        uid, version = user.id, user.version
        self._open(
            self.tr("Ask to merge portal logins"),
            self.tr(
                "The caller says another login is theirs too. A supervisor reviews the request "
                "in the moderation tab; only on approval is that login joined into {login} "
                "and removed."
            ).format(login=user.login),
            lambda s, joined, _c: actions.request_merge_with_login(s, uid, version, joined),
            input_label=self.tr("Login to join"),
        )
