"""The account-number field of the tools that work on one account (cash desk, readings).

The picker holds no lookup: Enter (or :meth:`submit`) emits :attr:`AccountPicker.number_entered`
with the typed number; the tab asks its service and tells the picker what it found
(:meth:`show_found`), what went wrong (:meth:`show_error`) or what is going on
(:meth:`show_message`). The header under the field says it.
"""

from __future__ import annotations

from widgets.qt import QtCore, QtWidgets

ERROR_STYLE = "color: #b00020;"


class AccountPicker(QtWidgets.QWidget):
    """A labelled account-number field with its header below.

    ``edit`` keeps the tab's object name (``readingsAccountNumber``, ``cashdeskAccount``…)
    and ``header`` the name the tab gives it; ``label`` is the field's buddy, in the
    field's row unless the tab places it (``label_in_row=False``, e.g. in a form);
    ``row`` takes the tab's own widgets beside the field (a region, a «Find» button).
    With ``hide_empty`` the header is shown only while it says something.
    """

    number_entered = QtCore.Signal(str)
    """The operator asked for the typed number (trimmed, never empty)."""
    empty_entered = QtCore.Signal()
    """Enter was pressed with nothing typed."""

    def __init__(
        self,
        name: str,
        header_name: str,
        *,
        label_text: str,
        placeholder: str,
        header_text: str = "",
        accessible: str | None = None,
        header_accessible: str | None = None,
        label_in_row: bool = True,
        hide_empty: bool = False,
        error_style: str = ERROR_STYLE,
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Picker")
        self._hide_empty = hide_empty
        self._error_style = error_style
        self.edit = QtWidgets.QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(
            accessible or QtCore.QCoreApplication.translate("AccountPicker", "Account number")
        )
        self.edit.setPlaceholderText(placeholder)
        self.edit.returnPressed.connect(self.submit)
        self.label = QtWidgets.QLabel(label_text)
        self.label.setObjectName(f"{name}Label")
        self.label.setAccessibleName(self.edit.accessibleName())
        self.label.setBuddy(self.edit)
        self.header = QtWidgets.QLabel(header_text)
        self.header.setObjectName(header_name)
        self.header.setAccessibleName(
            header_accessible or QtCore.QCoreApplication.translate("AccountPicker", "Account found")
        )
        self.header.setWordWrap(True)
        self.header.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setVisible(bool(header_text) or not hide_empty)
        self.setFocusProxy(self.edit)
        self.row = QtWidgets.QHBoxLayout()
        if label_in_row:
            self.row.addWidget(self.label)
        self.row.addWidget(self.edit)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(self.row)
        layout.addWidget(self.header)

    def number(self) -> str:
        """The typed number, trimmed."""
        return self.edit.text().strip()

    def submit(self) -> None:
        """Ask for the typed number (Enter in the field)."""
        number = self.number()
        if number:
            self.number_entered.emit(number)
        else:
            self.empty_entered.emit()

    def _say(self, text: str, style: str) -> None:
        self.header.setStyleSheet(style)
        self.header.setText(text)
        self.header.setVisible(bool(text) or not self._hide_empty)

    def show_message(self, text: str) -> None:
        """A neutral word under the field («Searching…»; "" clears it)."""
        self._say(text, "")

    def show_found(self, number: str, text: str = "") -> None:
        """The account was found: its number in the field, ``text`` (rich text allowed) below."""
        if self.edit.text().strip() != number:
            self.edit.setText(number)
        self._say(text, "")

    def show_warning(self, text: str) -> None:
        """Something the operator should notice about the account found (in red)."""
        self._say(text, self._error_style)

    def show_error(self, text: str) -> None:
        """Nothing usable was found: say why, the cursor back in the field, the text selected."""
        self._say(text, self._error_style)
        self.edit.setFocus()
        self.edit.selectAll()

    def clear(self) -> None:
        """An empty field and header."""
        self.edit.clear()
        self.show_message("")


__all__ = ["AccountPicker"]
