"""A money input: what the operator types, read as an exact amount, its problem shown under it.

The widget knows no rule of its own (widgets import nothing from ``models``): the caller
hands in ``check``, which reads the typed text as a :class:`~decimal.Decimal` (never a
float) or returns the sentence that says what to fix — the cash desk's «the amount must
be more than zero», «no more than two digits of kopecks»… (``console/payments/amounts``
builds it from ``models.domain.cash_desk.parse_amount``).
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from widgets.qt import QtCore, QtWidgets

ERROR_STYLE = "color: #b00020;"
"""How a field's problem is coloured."""

AmountCheck = Callable[[str], Decimal | str]
"""Typed text → the amount, or the sentence explaining why it is not one."""


class MoneyField(QtWidgets.QWidget):
    """A line edit for roubles and, under it, the label with its problem (hidden if none).

    ``edit`` and ``error`` are the parts (the caller may place a buddy label on
    ``edit``); :meth:`amount` checks the text, shows the problem and returns the amount.
    """

    submitted = QtCore.Signal()
    """Enter was pressed in the field."""

    def __init__(
        self,
        name: str,
        accessible: str,
        check: AmountCheck,
        *,
        error_name: str | None = None,
        error_accessible: str | None = None,
        placeholder: str = "0,00",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(f"{name}Field")
        self._check = check
        self.edit = QtWidgets.QLineEdit()
        self.edit.setObjectName(name)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(placeholder)
        self.edit.returnPressed.connect(self.submitted.emit)
        self.edit.textEdited.connect(lambda _text: self.set_error(""))
        self.error = QtWidgets.QLabel()
        self.error.setObjectName(error_name or f"{name}Error")
        self.error.setAccessibleName(
            error_accessible
            or QtCore.QCoreApplication.translate("MoneyField", "{field}: problem").format(
                field=accessible
            )
        )
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        self.setFocusProxy(self.edit)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.error)

    def text(self) -> str:
        """What is typed."""
        return self.edit.text()

    def set_text(self, text: str) -> None:
        """Put ``text`` in the field (its problem, if any, goes)."""
        self.edit.setText(text)
        self.set_error("")

    def clear(self) -> None:
        """Empty the field and forget its problem."""
        self.set_text("")

    def set_error(self, text: str) -> None:
        """Show ``text`` under the field ("" hides the label)."""
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def refuse(self, text: str) -> None:
        """Show the problem and put the cursor back in the field, the text selected."""
        self.set_error(text)
        self.edit.setFocus()
        self.edit.selectAll()

    def amount(self) -> Decimal | None:
        """The typed amount; None (the problem shown, the field focused) when it is not one."""
        self.set_error("")
        checked = self._check(self.edit.text())
        if isinstance(checked, str):
            self.set_error(checked)
            self.edit.setFocus()
            return None
        return checked


__all__ = ["ERROR_STYLE", "AmountCheck", "MoneyField"]
