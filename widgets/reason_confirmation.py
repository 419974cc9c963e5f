"""Confirming a destructive action: the operator sees what will happen and decides deliberately.

:class:`Confirmation` shows what the action does and what follows from it; «Back» is the
default button and has the focus, the action button is never a default, and Enter alone
decides nothing (a focused button still answers its own Enter). :class:`ReasonConfirmation`
adds the reason the operator must give — chosen from a list that starts with nothing
chosen, or typed (a few characters at least) — and only then enables the action, which
Ctrl+Enter also presses.

Object names are ``<name>Summary``, ``<name>Warning``, ``<name>Reason``,
``<name>ReasonLabel``, ``<name>Comment``, ``<name>CommentLabel``, ``<name>ReasonError``,
``<name>Confirm`` and ``<name>Back`` (a dialog built on these may rename a part that
tests or users already know by another name).
"""

from __future__ import annotations

from collections.abc import Sequence

from widgets.qt import QtCore, QtGui, QtWidgets

ERROR_STYLE = "color: #b00020;"
MIN_REASON = 3
"""The shortest typed reason accepted by default."""
CONFIRM_KEYS = ("Ctrl+Return", "Ctrl+Enter")


class Confirmation(QtWidgets.QDialog):
    """What the action does (``summary``) and its consequence; «Back» is the default."""

    def __init__(
        self,
        name: str,
        *,
        title: str,
        summary: str,
        consequence: str,
        action_text: str,
        action_accessible: str,
        summary_accessible: str | None = None,
        back_text: str | None = None,
        back_accessible: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Dialog")
        self.setWindowTitle(title)
        self.summary = QtWidgets.QLabel(summary)
        self.summary.setObjectName(f"{name}Summary")
        self.summary.setAccessibleName(
            summary_accessible or QtCore.QCoreApplication.translate("Confirmation", "What happens")
        )
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(
            QtCore.Qt.TextInteractionFlag.TextSelectableByKeyboard
            | QtCore.Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.warning = QtWidgets.QLabel(consequence)
        self.warning.setObjectName(f"{name}Warning")
        self.warning.setAccessibleName(consequence)
        self.warning.setWordWrap(True)
        self.form = QtWidgets.QFormLayout()
        """Where a subclass puts what the operator must fill in."""
        self.error = QtWidgets.QLabel()
        self.error.setObjectName(f"{name}ReasonError")
        self.error.setAccessibleName(QtCore.QCoreApplication.translate("Confirmation", "Problem"))
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()

        self.confirm_button = QtWidgets.QPushButton(action_text)
        self.confirm_button.setObjectName(f"{name}Confirm")
        self.confirm_button.setAccessibleName(action_accessible)
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.setDefault(False)
        self.confirm_button.clicked.connect(self.confirm)
        self.back_button = QtWidgets.QPushButton(
            back_text or QtCore.QCoreApplication.translate("Confirmation", "Back (Esc)")
        )
        self.back_button.setObjectName(f"{name}Back")
        self.back_button.setAccessibleName(
            back_accessible
            or QtCore.QCoreApplication.translate("Confirmation", "Back, doing nothing")
        )
        self.back_button.setDefault(True)
        self.back_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.back_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.warning)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.back_button.setFocus()

    def reserve_width(self, width: int) -> None:
        """Make the texts ``width`` pixels wide and reserve their full wrapped height."""
        for label in (self.summary, self.warning):
            label.setMinimumWidth(width)
            label.setMinimumHeight(label.heightForWidth(width))

    def show_problem(self, text: str) -> None:
        """Say what stops the action ("" hides it)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def confirm(self) -> None:
        """The action was chosen: accept (only while its button is enabled)."""
        if self.confirm_button.isEnabled():
            self.accept()

    def keyPressEvent(self, event: QtGui.QKeyEvent) -> None:
        """Enter alone does nothing here (QDialog would press a default button)."""
        if event.key() in (QtCore.Qt.Key.Key_Return, QtCore.Qt.Key.Key_Enter) and not (
            event.modifiers() & QtCore.Qt.KeyboardModifier.ControlModifier
        ):
            event.accept()
            return
        super().keyPressEvent(event)


class ReasonConfirmation(Confirmation):
    """A :class:`Confirmation` that needs a reason: chosen from ``reasons`` (``(title,
    code)`` pairs, none preselected, an optional comment) or, without them, typed."""

    reason_changed = QtCore.Signal()
    """The reason (or the comment) was chosen or edited."""

    def __init__(
        self,
        name: str,
        *,
        title: str,
        summary: str,
        consequence: str,
        action_text: str,
        action_accessible: str,
        reason_accessible: str,
        reasons: Sequence[tuple[str, object]] | None = None,
        comment_accessible: str | None = None,
        placeholder: str = "",
        min_length: int = MIN_REASON,
        summary_accessible: str | None = None,
        back_text: str | None = None,
        back_accessible: str | None = None,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(
            name,
            title=title,
            summary=summary,
            consequence=consequence,
            action_text=action_text,
            action_accessible=action_accessible,
            summary_accessible=summary_accessible,
            back_text=back_text,
            back_accessible=back_accessible,
            parent=parent,
        )
        self._min_length = min_length
        self._busy = False
        self.reason_combo: QtWidgets.QComboBox | None = None
        self.reason_edit: QtWidgets.QLineEdit | None = None
        self.comment_edit: QtWidgets.QLineEdit | None = None
        reason: QtWidgets.QWidget
        if reasons is not None:
            combo = QtWidgets.QComboBox()
            combo.setPlaceholderText(
                placeholder
                or QtCore.QCoreApplication.translate("ReasonConfirmation", "— choose the reason —")
            )
            for title_text, code in reasons:
                combo.addItem(title_text, code)
            combo.setCurrentIndex(-1)
            combo.currentIndexChanged.connect(self._changed)
            self.reason_combo = reason = combo
        else:
            edit = QtWidgets.QLineEdit()
            edit.setPlaceholderText(placeholder)
            edit.setMaxLength(500)
            edit.textChanged.connect(self._changed)
            self.reason_edit = reason = edit
        reason.setObjectName(f"{name}Reason")
        reason.setAccessibleName(reason_accessible)
        self._add_row(
            reason,
            QtCore.QCoreApplication.translate("ReasonConfirmation", "&Reason:"),
            f"{name}ReasonLabel",
        )
        if comment_accessible is not None:
            comment = QtWidgets.QLineEdit()
            comment.setObjectName(f"{name}Comment")
            comment.setAccessibleName(comment_accessible)
            comment.setPlaceholderText(
                QtCore.QCoreApplication.translate("ReasonConfirmation", "optional")
            )
            comment.setMaxLength(500)
            comment.textChanged.connect(lambda _text: self.reason_changed.emit())
            self.comment_edit = comment
            self._add_row(
                comment,
                QtCore.QCoreApplication.translate("ReasonConfirmation", "Co&mment:"),
                f"{name}CommentLabel",
            )
        for keys in CONFIRM_KEYS:
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.activated.connect(self.confirm)
        self.confirm_button.setEnabled(False)
        reason.setFocus()

    def _add_row(self, widget: QtWidgets.QWidget, text: str, name: str) -> None:
        label = QtWidgets.QLabel(text)
        label.setObjectName(name)
        label.setAccessibleName(widget.accessibleName())
        label.setBuddy(widget)
        self.form.addRow(label, widget)

    @property
    def reason_widget(self) -> QtWidgets.QWidget:
        """The list or the line the reason is given in."""
        widget = self.reason_combo or self.reason_edit
        assert widget is not None
        return widget

    def reason_code(self) -> object | None:
        """The chosen reason's code (None while none is chosen or the reason is typed)."""
        return self.reason_combo.currentData() if self.reason_combo is not None else None

    def reason_text(self) -> str:
        """The typed reason, or the chosen reason's title; trimmed."""
        if self.reason_combo is not None:
            return self.reason_combo.currentText().strip() if self.reason_given() else ""
        assert self.reason_edit is not None
        return self.reason_edit.text().strip()

    def comment_text(self) -> str:
        """The comment, trimmed ("" when there is no comment field)."""
        return self.comment_edit.text().strip() if self.comment_edit is not None else ""

    def reason_given(self) -> bool:
        """Whether a reason is chosen, or typed long enough."""
        if self.reason_combo is not None:
            return self.reason_combo.currentIndex() >= 0
        return len(self.reason_text()) >= self._min_length

    def set_busy(self, busy: bool) -> None:
        """While the action runs its button stays disabled."""
        self._busy = busy
        self._changed()

    def _changed(self, *_: object) -> None:
        self.confirm_button.setEnabled(not self._busy and self.reason_given())
        self.show_problem("")
        self.reason_changed.emit()


__all__ = ["CONFIRM_KEYS", "MIN_REASON", "Confirmation", "ReasonConfirmation"]
