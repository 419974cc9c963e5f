"""The buttons of the card's portal section: what may be done to the selected login.

Two rows: the caller's requests and codes, then the login's own actions. The link and
registration forms open from here; the actions that want a confirmation open through
:class:`~console.lookup.portal_confirmations.PortalConfirmations`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from console.lookup.link_dialog import LinkAccountDialog
from console.lookup.portal_confirmations import PortalConfirmations, waiting_requests
from console.lookup.register_dialog import RegisterLoginDialog
from console.session import reads_contacts
from console.tasks import TaskRunner
from models.queries.card import AccountInfo, LinkRequestInfo, PortalUserInfo
from widgets.qt import QtGui, QtWidgets, Signal

LINK_SHORTCUT = "Ctrl+L"
"""Link an account for the caller, from anywhere on the card."""

SUPERVISOR_ROLES = frozenset({"supervisor", "superuser"})
"""Who blocks, unblocks and merges logins at once (a widget made without a role too)."""

CALLER_ACTIONS = ("link", "edit_request", "cancel_request", "code", "register", "merge_request")
"""The first row: the caller's requests and codes."""
LOGIN_ACTIONS = ("resend", "reset", "email", "phone", "unlink", "block", "unblock", "merge")
"""The second row: the login's own actions."""
SUPERVISOR_ACTIONS = ("block", "unblock", "merge")
"""Shown to everyone, enabled only for :data:`SUPERVISOR_ROLES`."""
CONTACT_ACTIONS = ("email", "phone", *CALLER_ACTIONS)
"""Hidden from those who read no contacts (the database refuses them these)."""


class PortalActionBar(QtWidgets.QWidget):
    """The action buttons, enabled by what the selected login's state and the role allow."""

    changed = Signal()
    """An action succeeded: the card reloads."""

    def __init__(
        self, runner: TaskRunner, role: str, parent: QtWidgets.QWidget | None = None
    ) -> None:
        """Buttons for an operator of ``role``; all disabled until :meth:`show_login`."""
        super().__init__(parent)
        self.setObjectName("lookupPortalActions")
        self._runner = runner
        self._supervisor = role in SUPERVISOR_ROLES or role == ""
        self._user: PortalUserInfo | None = None
        self._logins: tuple[PortalUserInfo, ...] = ()
        self._numbers: Mapping[int, str] = {}
        self._accounts: tuple[AccountInfo, ...] = ()
        confirm = PortalConfirmations(runner, self)
        confirm.changed.connect(self.changed)
        specs: Sequence[tuple[str, str, Callable[[], None]]] = (
            ("link", self.tr("Link account… (Ctrl+L)"), self._link),
            ("edit_request", self.tr("Edit request…"), self._edit_request),
            ("cancel_request", self.tr("Cancel request…"), self._on_login(confirm.cancel_request)),
            ("code", self.tr("Send code"), self._on_login(confirm.send_code)),
            ("register", self.tr("Register login…"), self._register),
            ("resend", self.tr("Resend confirmation"), self._on_login(confirm.resend)),
            ("reset", self.tr("Password reset"), self._on_login(confirm.reset)),
            ("email", self.tr("Change e-mail…"), self._on_login(confirm.change_email)),
            ("phone", self.tr("Change phone…"), self._on_login(confirm.change_phone)),
            (
                "unlink",
                self.tr("Unlink account…"),
                self._on_login(lambda user: confirm.unlink(user, self._numbers)),
            ),
            ("block", self.tr("Block…"), self._on_login(confirm.block)),
            ("unblock", self.tr("Unblock…"), self._on_login(confirm.unblock)),
            (
                "merge",
                self.tr("Merge…"),
                self._on_login(lambda user: confirm.merge(user, self._merge_candidates(user))),
            ),
            ("merge_request", self.tr("Ask to merge…"), self._on_login(confirm.request_merge)),
        )
        self.buttons: dict[str, QtWidgets.QPushButton] = {}
        for key, title, slot in specs:
            button = QtWidgets.QPushButton(title)
            button.setObjectName(f"lookupPortal_{key}")
            button.setAccessibleName(title.split("…")[0])
            button.clicked.connect(slot)
            self.buttons[key] = button
        self.buttons["link"].setShortcut(QtGui.QKeySequence(LINK_SHORTCUT))
        if not self._supervisor:
            for key in SUPERVISOR_ACTIONS:
                self.buttons[key].setToolTip(self.tr("Only a supervisor can do this."))
        if not reads_contacts(role):
            for key in CONTACT_ACTIONS:
                self.buttons[key].hide()
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for keys in (CALLER_ACTIONS, LOGIN_ACTIONS):
            row = QtWidgets.QHBoxLayout()
            for key in keys:
                row.addWidget(self.buttons[key])
            row.addStretch(1)
            layout.addLayout(row)
        self.show_login(None, (), {}, ())

    def show_login(
        self,
        user: PortalUserInfo | None,
        logins: Sequence[PortalUserInfo],
        numbers: Mapping[int, str],
        accounts: Sequence[AccountInfo],
    ) -> None:
        """Act on ``user`` (None: no login selected) from now on.

        ``logins``: all the logins shown (the ones to merge with); ``numbers``: account
        numbers by id; ``accounts``: the customer's, to register a login on.
        """
        self._user, self._logins = user, tuple(logins)
        self._numbers, self._accounts = numbers, tuple(accounts)
        blocked = user is not None and user.status == "blocked"
        others = self._merge_candidates(user) if user else []
        waiting = bool(waiting_requests(user))
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
        return [u for u in self._logins if u.id != user.id and u.customer_id == user.customer_id]

    def _on_login(self, act: Callable[[PortalUserInfo], None]) -> Callable[[], None]:
        def run() -> None:
            if self._user is not None:
                act(self._user)

        return run

    def _register(self) -> None:
        if not self._accounts:
            return
        dialog = RegisterLoginDialog(self._runner, self._accounts, parent=self)
        dialog.registered.connect(lambda _id: self.changed.emit())
        dialog.open()

    def _link(self) -> None:
        if self._user is not None and self.buttons["link"].isEnabled():
            self._open_link(self._user)

    def _open_link(self, user: PortalUserInfo, request: LinkRequestInfo | None = None) -> None:
        dialog = LinkAccountDialog(self._runner, user, request, parent=self)
        dialog.finished_with.connect(lambda _outcome: self.changed.emit())
        dialog.open()

    def _choose_request(self, user: PortalUserInfo) -> LinkRequestInfo | None:
        waiting = waiting_requests(user)
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
        user = self._user
        if user is None:
            return
        request = self._choose_request(user)
        if request is not None:
            self._open_link(user, request)
