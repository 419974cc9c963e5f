"""The actions on a portal login that ask for a confirmation, often with a typed reason.

Each opens an :class:`~console.lookup.action_dialog.ActionDialog` that runs its work
through the TaskRunner; the services in :mod:`console.services.portal_actions` and
:mod:`console.services.link_requests` do the writing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from console.lookup.action_dialog import ActionDialog, ActionWork
from console.services import link_requests
from console.services import portal_actions as actions
from console.tasks import TaskRunner
from models.queries.card import LinkRequestInfo, PortalUserInfo
from widgets.qt import QtCore, QtWidgets, Signal


def waiting_requests(user: PortalUserInfo | None) -> list[LinkRequestInfo]:
    """``user``'s link requests that may still be edited or cancelled."""
    return [r for r in user.link_requests if r.waiting] if user else []


class PortalConfirmations(QtCore.QObject):
    """Opens the confirmation of one action on a portal login over its owner widget."""

    changed = Signal()
    """An action succeeded: the card reloads."""

    def __init__(self, runner: TaskRunner, owner: QtWidgets.QWidget) -> None:
        """The dialogs open over ``owner``, which also owns this object."""
        super().__init__(owner)
        self._runner = runner
        self._owner = owner

    def _open(self, title: str, question: str, work: ActionWork, **options: Any) -> None:
        dialog = ActionDialog(self._runner, title, question, work, parent=self._owner, **options)
        dialog.accepted.connect(self.changed.emit)
        dialog.open()

    def cancel_request(self, user: PortalUserInfo) -> None:
        """Withdraw one of ``user``'s waiting link requests, with the reason."""
        waiting = waiting_requests(user)
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

    def send_code(self, user: PortalUserInfo) -> None:
        """Send ``user`` a new one-time code by SMS."""
        uid, version = user.id, user.version
        self._open(
            self.tr("Send code"),
            self.tr(
                "Send {login} a new one-time code by SMS? Earlier codes stop working. Nobody "
                "at the console can read the code: the caller reads it from the SMS."
            ).format(login=user.login),
            lambda s, _v, _c: link_requests.send_code(s, uid, version),
        )

    def resend(self, user: PortalUserInfo) -> None:
        """Send ``user``'s e-mail confirmation link again."""
        uid, version = user.id, user.version
        self._open(
            self.tr("Resend confirmation"),
            self.tr("Send the e-mail confirmation link to {login} again?").format(login=user.login),
            lambda s, _v, _c: actions.resend_confirmation(s, uid, version),
        )

    def reset(self, user: PortalUserInfo) -> None:
        """Send ``user`` a link to set a new password."""
        uid, version = user.id, user.version
        self._open(
            self.tr("Password reset"),
            self.tr(
                "Send {login} a link to set a new password? Do it only after the caller has "
                "proved who they are."
            ).format(login=user.login),
            lambda s, _v, _c: actions.send_password_reset(s, uid, version),
        )

    def change_email(self, user: PortalUserInfo) -> None:
        """Give ``user`` the e-mail address the operator types."""
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

    def change_phone(self, user: PortalUserInfo) -> None:
        """Give ``user`` the phone number the operator types."""
        uid, version = user.id, user.version
        self._open(
            self.tr("Change phone"),
            self.tr("New phone number of {login} (+7 and ten digits).").format(login=user.login),
            lambda s, value, _c: actions.change_phone(s, uid, version, value),
            input_label=self.tr("New phone"),
        )

    def unlink(self, user: PortalUserInfo, numbers: Mapping[int, str]) -> None:
        """Take one of ``user``'s linked accounts (named by ``numbers``) from it."""
        uid, version = user.id, user.version
        self._open(
            self.tr("Unlink account"),
            self.tr("The login {login} will no longer see the account.").format(login=user.login),
            lambda s, _v, account: actions.unlink_account(s, uid, version, int(account)),
            choices=[(numbers.get(a, str(a)), a) for a in user.linked_account_ids],
            choice_label=self.tr("Account"),
        )

    def block(self, user: PortalUserInfo) -> None:
        """Block ``user`` for the reason typed (a supervisor's action)."""
        uid, version = user.id, user.version
        self._open(
            self.tr("Block portal login"),
            self.tr("Block {login}? The customer is told the reason.").format(login=user.login),
            lambda s, reason, _c: actions.block(s, uid, version, reason),
            input_label=self.tr("Reason"),
        )

    def unblock(self, user: PortalUserInfo) -> None:
        """Unblock ``user`` for the reason typed (a supervisor's action)."""
        uid, version = user.id, user.version
        self._open(
            self.tr("Unblock portal login"),
            self.tr("Unblock {login}? Blocked because: {reason}").format(
                login=user.login, reason=user.block_reason or "—"
            ),
            lambda s, reason, _c: actions.unblock(s, uid, version, reason),
            input_label=self.tr("Reason"),
        )

    def merge(self, user: PortalUserInfo, candidates: Sequence[PortalUserInfo]) -> None:
        """Join one of ``candidates`` (the same customer's) into ``user`` at once."""
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

    def request_merge(self, user: PortalUserInfo) -> None:
        """Ask a supervisor to join another login (any customer's) into ``user``."""
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
