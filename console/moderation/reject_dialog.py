"""Rejecting a moderation item: a reason the supervisor chooses, then an explicit «Отклонить».

Nothing is preselected and Enter does nothing here: the reason list starts empty, the
«Отклонить» button stays disabled until a reason is chosen, and only the button itself
(Alt+О or Ctrl+Enter) rejects; «Отмена» is the default. The customer is told the reason,
so it must be meant (a :class:`~widgets.reason_confirmation.ReasonConfirmation`).
"""

from __future__ import annotations

from console.moderation.labels import label
from models.queries.moderation import (
    LinkRequestDetail,
    MergeRequestDetail,
    Reason,
    ReviewDetail,
)
from widgets.qt import QtWidgets
from widgets.reason_confirmation import ReasonConfirmation


class RejectDialog(ReasonConfirmation):
    """Choose why ``detail`` is rejected; :meth:`choice` gives the reason code and comment."""

    def __init__(
        self,
        detail: LinkRequestDetail | ReviewDetail | MergeRequestDetail,
        reasons: tuple[Reason, ...],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        if isinstance(detail, LinkRequestDetail):
            what = self.tr("Link request № {number}: {kind}, account {account}.").format(
                number=detail.number,
                kind=label(detail.proof_kind.value),
                account=detail.account_number,
            )
        elif isinstance(detail, MergeRequestDetail):
            what = self.tr("Merge request № {id}: {joined} into {keep}.").format(
                id=detail.id, joined=detail.joined.login, keep=detail.keep.login
            )
        else:
            what = self.tr("Registration № {id}: {kind}, {name}.").format(
                id=detail.id,
                kind=label(detail.customer_kind),
                name=detail.organisation_name or detail.portal_login,
            )
        super().__init__(
            "moderationReject",
            title=self.tr("Reject"),
            summary=what,
            summary_accessible=self.tr("The item to reject"),
            consequence=self.tr("The customer is notified with the reason and the comment."),
            action_text=self.tr("Re&ject (Ctrl+Enter)"),
            action_accessible=self.tr("Reject with this reason"),
            reason_accessible=self.tr("Rejection reason"),
            reasons=[(reason.title, reason.code) for reason in reasons],
            comment_accessible=self.tr("Comment for the customer"),
            back_text=self.tr("Cancel (Esc)"),
            back_accessible=self.tr("Do not reject"),
            parent=parent,
        )
        self.back_button.setObjectName("moderationRejectCancel")
        self.cancel_button = self.back_button
        assert self.reason_combo is not None
        assert self.comment_edit is not None
        self.reason: QtWidgets.QComboBox = self.reason_combo
        self.comment: QtWidgets.QLineEdit = self.comment_edit
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def choice(self) -> tuple[str, str]:
        """The chosen reason's code and the comment (only once a reason is chosen)."""
        code = self.reason_code()
        if code is None:
            raise ValueError("no reason chosen")
        return str(code), self.comment_text()
