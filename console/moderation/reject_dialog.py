"""Rejecting a moderation item: a reason the supervisor chooses, then an explicit «Отклонить».

Nothing is preselected and Enter does nothing here: the reason list starts empty, the
«Отклонить» button stays disabled until a reason is chosen, and only the button itself
(Alt+О or Ctrl+Enter) rejects. The customer is told the reason, so it must be meant.
"""

from __future__ import annotations

from console.moderation.labels import label
from models.queries.moderation import (
    LinkRequestDetail,
    MergeRequestDetail,
    Reason,
    ReviewDetail,
)
from widgets.qt import QtCore, QtGui, QtWidgets


class RejectDialog(QtWidgets.QDialog):
    """Choose why ``detail`` is rejected; :meth:`choice` gives the reason code and comment."""

    def __init__(
        self,
        detail: LinkRequestDetail | ReviewDetail | MergeRequestDetail,
        reasons: tuple[Reason, ...],
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("moderationRejectDialog")
        self.setWindowTitle(self.tr("Reject"))
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
        summary = QtWidgets.QLabel(what)
        summary.setObjectName("moderationRejectSummary")
        summary.setAccessibleName(self.tr("The item to reject"))
        summary.setWordWrap(True)
        warning = QtWidgets.QLabel(
            self.tr("The customer is notified with the reason and the comment.")
        )
        warning.setObjectName("moderationRejectWarning")
        warning.setAccessibleName(warning.text())
        warning.setWordWrap(True)

        self.reason = QtWidgets.QComboBox()
        self.reason.setObjectName("moderationRejectReason")
        self.reason.setAccessibleName(self.tr("Rejection reason"))
        self.reason.setPlaceholderText(self.tr("— choose the reason —"))
        for reason in reasons:
            self.reason.addItem(reason.title, reason.code)
        self.reason.setCurrentIndex(-1)
        self.reason.currentIndexChanged.connect(self._reason_chosen)
        self.comment = QtWidgets.QLineEdit()
        self.comment.setObjectName("moderationRejectComment")
        self.comment.setAccessibleName(self.tr("Comment for the customer"))
        self.comment.setPlaceholderText(self.tr("optional"))
        self.comment.setMaxLength(500)
        reason_label = QtWidgets.QLabel(self.tr("&Reason:"))
        reason_label.setObjectName("moderationRejectReasonLabel")
        reason_label.setAccessibleName(self.reason.accessibleName())
        reason_label.setBuddy(self.reason)
        comment_label = QtWidgets.QLabel(self.tr("Co&mment:"))
        comment_label.setObjectName("moderationRejectCommentLabel")
        comment_label.setAccessibleName(self.comment.accessibleName())
        comment_label.setBuddy(self.comment)
        form = QtWidgets.QFormLayout()
        form.addRow(reason_label, self.reason)
        form.addRow(comment_label, self.comment)

        self.confirm_button = QtWidgets.QPushButton(self.tr("Re&ject (Ctrl+Enter)"))
        self.confirm_button.setObjectName("moderationRejectConfirm")
        self.confirm_button.setAccessibleName(self.tr("Reject with this reason"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setEnabled(False)
        self.confirm_button.clicked.connect(self._confirm)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.activated.connect(self._confirm)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel (Esc)"))
        self.cancel_button.setObjectName("moderationRejectCancel")
        self.cancel_button.setAccessibleName(self.tr("Do not reject"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addLayout(form)
        layout.addWidget(warning)
        layout.addLayout(buttons)
        self.setMinimumWidth(520)
        self.reason.setFocus()

    def _reason_chosen(self, index: int) -> None:
        self.confirm_button.setEnabled(index >= 0)

    def _confirm(self) -> None:
        if self.confirm_button.isEnabled():
            self.accept()

    def choice(self) -> tuple[str, str]:
        """The chosen reason's code and the comment (only once a reason is chosen)."""
        code = self.reason.currentData()
        if code is None:
            raise ValueError("no reason chosen")
        return str(code), self.comment.text().strip()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter alone does nothing here (QDialog would press a default button)."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not (
            event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)
