"""The moderation decision panel: the open item beside billing's data, the branch picker
and the actions on it (approve, reject, edit, return to the queue)."""

from __future__ import annotations

from typing import Any

import shiboken6
from sqlalchemy.orm import Session

from console.errors import describe_error
from console.moderation.detail_html import link_request_html, merge_request_html, review_html
from console.moderation.edit_dialog import EditLinkRequestDialog
from console.moderation.items import (
    Detail,
    combo,
    load_detail,
    queue_of,
    shortcut_button,
    submit_for,
)
from console.moderation.registration_dialog import EditRegistrationDialog
from console.moderation.reject_dialog import RejectDialog
from console.services import moderation
from console.tasks import ErrorKind, TaskError, TaskRunner
from models.queries.moderation import (
    LinkRequestDetail,
    MergeRequestDetail,
    Queue,
    Reason,
    Region,
    ReviewDetail,
)
from widgets.qt import QtCore, QtWidgets


class DecisionPanel(QtWidgets.QWidget):
    """The open item and what the supervisor decides on it; each decision runs in a
    worker and is checked again by the database."""

    reject_opened = QtCore.Signal(object)
    """The :class:`RejectDialog` is open (the supervisor chooses the reason there)."""
    decided = QtCore.Signal()
    """The item was approved or rejected (the queue hears of it on the change bus)."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moderationDecisionPanel")
        self._runner = runner
        self.detail: Detail | None = None
        self.regions: tuple[Region, ...] = ()
        self.reasons: dict[Queue, tuple[Reason, ...]] = {}
        self.page = QtWidgets.QTextBrowser()
        self.page.setObjectName("moderationDecisionPage")
        self.page.setAccessibleName(self.tr("The item beside billing's data"))
        self.page.setPlaceholderText(self.tr("Press Ctrl+N to take the oldest item of the queue."))
        self.approve_button = shortcut_button(
            "moderationApprove", self.tr("&Approve (Ctrl+Enter)"), "Ctrl+Return", self.approve
        )
        self.reject_button = shortcut_button(
            "moderationReject", self.tr("Re&ject… (Ctrl+Shift+R)"), "Ctrl+Shift+R", self.reject
        )
        self.edit_button = shortcut_button(
            "moderationEdit", self.tr("&Edit (Ctrl+E)"), "Ctrl+E", self.edit
        )
        self.release_button = shortcut_button(
            "moderationRelease",
            self.tr("Ret&urn to queue (Ctrl+B)"),
            "Ctrl+B",
            self.return_to_queue,
        )
        # An organisation's registration: the branch (KPP) to approve, when several
        # customers share the INN (the database checks the choice again).
        self.branch = combo("moderationBranch", self.tr("Branch to approve"), [])
        self._branch_label = QtWidgets.QLabel(self.tr("&Branch (KPP):"))
        self._branch_label.setObjectName("moderationBranchLabel")
        self._branch_label.setAccessibleName(self.branch.accessibleName())
        self._branch_label.setBuddy(self.branch)
        self.branch.hide()  # shown only for a registration whose INN several customers share
        self._branch_label.hide()
        self.message = QtWidgets.QLabel()
        self.message.setObjectName("moderationMessage")
        self.message.setWordWrap(True)
        actions = QtWidgets.QHBoxLayout()
        actions.addWidget(self._branch_label)
        actions.addWidget(self.branch)
        for button in (
            self.approve_button,
            self.reject_button,
            self.edit_button,
            self.release_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page, 1)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self._set_actions_enabled(False)

    def set_lists(
        self, regions: tuple[Region, ...], reasons: dict[Queue, tuple[Reason, ...]]
    ) -> None:
        """The regions (for corrections) and each queue's rejection reasons."""
        self.regions, self.reasons = regions, reasons

    def _submit(self, work: Any, on_done: Any, on_error: Any) -> None:
        submit_for(self, self._runner, work, on_done, on_error)

    # -- showing the item --------------------------------------------------------------

    def show_detail(self, detail: Detail | None) -> None:
        """Open ``detail`` (None: nothing open); a waiting item gets the focus."""
        self.detail = detail
        if detail is None:
            self.page.clear()
        elif isinstance(detail, LinkRequestDetail):
            self.page.setHtml(link_request_html(detail))
        elif isinstance(detail, MergeRequestDetail):
            self.page.setHtml(merge_request_html(detail))
        else:
            self.page.setHtml(review_html(detail))
        self._fill_branches(detail)
        waiting = detail is not None and detail.status in ("new", "pending")
        self._set_actions_enabled(waiting)
        if waiting:
            self.approve_button.setFocus()

    def update_detail(self, detail: Detail) -> None:
        """The open item as it is now, changed by another supervisor (or the customer)
        meanwhile: shown without moving the focus, and said so under the actions."""
        current = self.detail
        if current is None or current.id != detail.id or current.version == detail.version:
            return
        focus = QtWidgets.QApplication.focusWidget()
        self.show_detail(detail)
        if focus is not None and shiboken6.isValid(focus) and focus.isEnabled():
            focus.setFocus()
        self.say(self.tr("This item was changed meanwhile; it is shown as it is now."))

    def _fill_branches(self, detail: Detail | None) -> None:
        """The branch picker: shown for an organisation whose INN several customers share."""
        box = self.branch
        box.clear()
        branches = detail.branches if isinstance(detail, ReviewDetail) else ()
        shown = len(branches) > 1
        box.setVisible(shown)
        self._branch_label.setVisible(shown)
        if not shown:
            return
        box.addItem(self.tr("— choose the branch —"), None)
        for branch in branches:
            kpp = branch.kpp or self.tr("no KPP")
            box.addItem(branch.name + ", " + self.tr("KPP") + " " + kpp, branch.customer_id)
        fitting = [b for b in branches if b.kpp_matches]
        if len(fitting) == 1:
            box.setCurrentIndex(box.findData(fitting[0].customer_id))

    def chosen_branch(self) -> int | None:
        """The customer id of the branch chosen in the picker (None: none chosen)."""
        data = self.branch.currentData() if self.branch.count() else None
        return int(data) if data is not None else None

    def _set_actions_enabled(self, enabled: bool) -> None:
        for widget in (
            self.approve_button,
            self.reject_button,
            self.edit_button,
            self.release_button,
            self.branch,
        ):
            widget.setEnabled(enabled)
        household = (
            isinstance(self.detail, ReviewDetail) and self.detail.customer_kind != "organisation"
        )
        if enabled and (household or isinstance(self.detail, MergeRequestDetail)):
            self.edit_button.setEnabled(False)  # a household's registration has no data to correct

    def say(self, text: str) -> None:
        """A line under the actions."""
        self.message.setText(text)

    def failed(self, error: TaskError) -> None:
        """A task failed: why, under the actions."""
        self.message.setText(describe_error(error))

    # -- deciding ----------------------------------------------------------------------

    def approve(self) -> None:
        """Approve the open item (Ctrl+Enter)."""
        self._decide(approve=True)

    def reject(self) -> RejectDialog | None:
        """Ctrl+Shift+R: ask for the reason; the item is rejected only when it is chosen."""
        detail = self.detail
        if detail is None or not self.reject_button.isEnabled():
            return None
        reasons = self.reasons.get(queue_of(detail), ())
        dialog = RejectDialog(detail, reasons, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._decide(approve=False, choice=dialog.choice()))
        dialog.rejected.connect(self.reject_button.setFocus)
        dialog.open()
        self.reject_opened.emit(dialog)
        return dialog

    def _decide(self, *, approve: bool, choice: tuple[str, str] | None = None) -> None:
        detail = self.detail
        if detail is None or not self.approve_button.isEnabled():
            return
        if not approve and choice is None:
            return  # a rejection always names the reason the supervisor chose
        reason, comment = choice if choice is not None else (None, "")
        queue = queue_of(detail)
        branch = self.chosen_branch() if queue is Queue.REGISTRATIONS and approve else None

        def work(session: Session, token: Any, progress: Any) -> moderation.Decision:
            return moderation.decide(
                session,
                queue,
                detail.id,
                detail.version,
                approve=approve,
                reason_code=reason,
                comment=comment,
                customer_id=branch,
            )

        self._set_actions_enabled(False)
        self._submit(work, self._decided, self._decision_failed)

    def _decided(self, decision: moderation.Decision) -> None:
        self.show_detail(None)
        text = (
            self.tr("Approved; the customer is notified.")
            if decision.status == "approved"
            else self.tr("Rejected; the customer is notified.")
        )
        self.message.setText(text + " " + self.tr("Ctrl+N takes the next item."))
        self.decided.emit()

    def _decision_failed(self, error: TaskError) -> None:
        self._set_actions_enabled(self.detail is not None)
        self.failed(error)

    def return_to_queue(self) -> None:
        """Give the open item back to the queue (Ctrl+B)."""
        detail = self.detail
        if detail is None or not self.release_button.isEnabled():
            return
        queue = queue_of(detail)
        self._submit(
            lambda session, token, progress: moderation.release(
                session, queue, detail.id, detail.version
            ),
            lambda _version: self._taken_back(),
            self.failed,
        )

    def _taken_back(self) -> None:
        self.show_detail(None)
        self.message.setText(self.tr("Returned to the queue."))

    # -- correcting --------------------------------------------------------------------

    def edit(self) -> None:
        """Correct the item's data (Ctrl+E); a link request's check runs again."""
        detail = self.detail
        if isinstance(detail, ReviewDetail) and self.edit_button.isEnabled():
            self.edit_registration(detail)
            return
        if not isinstance(detail, LinkRequestDetail) or not self.edit_button.isEnabled():
            return
        dialog = EditLinkRequestDialog(detail, self.regions, self)
        if dialog.exec() != QtWidgets.QDialog.DialogCode.Accepted:
            return
        region_id, number, kind, value = dialog.values()

        def work(session: Session, token: Any, progress: Any) -> Detail | None:
            state = moderation.edit_link_request(
                session, detail.id, detail.version, region_id, number, kind, value
            )
            return load_detail(session, Queue.LINK_REQUESTS, state.id)

        self._submit(work, self._edited, self.failed)

    def _edited(self, detail: Detail | None) -> None:
        self.show_detail(detail)
        if detail is not None and detail.status == "auto_approved":
            self.message.setText(
                self.tr("The corrected request passes the check: the account is linked.")
            )
        else:
            self.message.setText(self.tr("Saved; the check still fails."))

    def edit_registration(self, detail: ReviewDetail) -> EditRegistrationDialog:
        """Open the dialog correcting an organisation's registration; it saves on Save."""
        dialog = EditRegistrationDialog(detail, self)

        def save() -> None:
            data = dialog.values()

            def work(session: Session, token: Any, progress: Any) -> Detail | None:
                moderation.edit_registration(session, detail.id, detail.version, data)
                return load_detail(session, Queue.REGISTRATIONS, detail.id)

            def done(updated: Detail | None) -> None:
                if shiboken6.isValid(dialog):
                    dialog.saved()
                self.show_detail(updated)
                self.message.setText(self.tr("The registration data is saved."))

            def failed(error: TaskError) -> None:
                if shiboken6.isValid(dialog):
                    problems = error.problems if error.kind is ErrorKind.INVALID else ()
                    dialog.failed(describe_error(error), tuple(problems))

            self._submit(work, done, failed)

        dialog.submitted.connect(save)
        dialog.setModal(True)
        dialog.open()
        return dialog
