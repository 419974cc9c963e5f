"""Closing a shift: the cashier sees what the drawer should hold, what was counted, the gap.

Nothing closes on a stray Enter: «Отмена» is the default button and Esc cancels too;
closing is the explicit «Закрыть смену» (Alt+З or Ctrl+Enter).
"""

from __future__ import annotations

from decimal import Decimal

from console.formatting import format_amount, format_moment
from console.services.payments import ShiftState
from widgets.qt import QtCore, QtGui, QtWidgets

SHORTAGE_STYLE = "color: #b3261e; font-weight: bold;"
SURPLUS_STYLE = "color: #8a5300; font-weight: bold;"
EVEN_STYLE = "color: #1e6b2f; font-weight: bold;"


def signed_amount(value: Decimal) -> str:
    """«+12,00», «−12,00» or «0,00» (a real minus sign)."""
    if value > 0:
        return "+" + format_amount(value)
    if value < 0:
        return "\u2212" + format_amount(-value)
    return format_amount(value)


class CloseShiftDialog(QtWidgets.QDialog):
    """Expected cash, counted cash and the difference; Cancel unless closing is chosen."""

    def __init__(
        self, shift: ShiftState, counted: Decimal, parent: QtWidgets.QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("closeShiftDialog")
        self.setWindowTitle(self.tr("Close the shift"))
        self.counted = counted
        self.expected = shift.cash_in_drawer
        self.difference = counted - self.expected

        intro = QtWidgets.QLabel(
            self.tr("Shift № {number}, open since {opened}: {count} payments.").format(
                number=shift.id, opened=format_moment(shift.opened_at), count=shift.payments_count
            )
        )
        intro.setObjectName("closeShiftSummary")
        intro.setAccessibleName(self.tr("The shift"))
        intro.setWordWrap(True)
        self.expected_label = self._amount("closeShiftExpected", self.tr("Expected cash"))
        self.expected_label.setText(
            self.tr("{amount} ₽").format(amount=format_amount(self.expected))
        )
        self.expected_label.setToolTip(
            self.tr("Opening float {float} ₽ + cash taken {cash} ₽").format(
                float=format_amount(shift.opening_float), cash=format_amount(shift.cash_total)
            )
        )
        self.counted_label = self._amount("closeShiftCounted", self.tr("Counted cash"))
        self.counted_label.setText(self.tr("{amount} ₽").format(amount=format_amount(counted)))
        self.difference_label = self._amount("closeShiftDifference", self.tr("Difference"))
        self.difference_label.setText(
            self.tr("{amount} ₽").format(amount=signed_amount(self.difference))
        )
        self.verdict = QtWidgets.QLabel()
        self.verdict.setObjectName("closeShiftVerdict")
        self.verdict.setAccessibleName(self.tr("What the difference means"))
        self.verdict.setWordWrap(True)
        if self.difference < 0:
            text = self.tr("A shortage of {amount} ₽: count the drawer again before closing.")
            style = SHORTAGE_STYLE
        elif self.difference > 0:
            text = self.tr("A surplus of {amount} ₽: count the drawer again before closing.")
            style = SURPLUS_STYLE
        else:
            text = self.tr("The drawer holds exactly what it should.")
            style = EVEN_STYLE
        self.verdict.setText(text.format(amount=format_amount(abs(self.difference))))
        self.verdict.setStyleSheet(style)
        self.difference_label.setStyleSheet(style)

        form = QtWidgets.QFormLayout()
        for name, caption, value in (
            ("closeShiftExpectedCaption", self.tr("Expected in the drawer:"), self.expected_label),
            ("closeShiftCountedCaption", self.tr("Counted:"), self.counted_label),
            ("closeShiftDifferenceCaption", self.tr("Difference:"), self.difference_label),
        ):
            title = QtWidgets.QLabel(caption)
            title.setObjectName(name)
            title.setAccessibleName(caption.rstrip(":"))
            form.addRow(title, value)

        self.confirm_button = QtWidgets.QPushButton(self.tr("&Close the shift (Ctrl+Enter)"))
        self.confirm_button.setObjectName("closeShiftConfirm")
        self.confirm_button.setAccessibleName(self.tr("Close the shift with this count"))
        self.confirm_button.setAutoDefault(False)
        self.confirm_button.clicked.connect(self.accept)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QtGui.QShortcut(QtGui.QKeySequence(keys), self)
            shortcut.activated.connect(self.confirm_button.click)
        self.cancel_button = QtWidgets.QPushButton(self.tr("Cancel (Enter, Esc)"))
        self.cancel_button.setObjectName("closeShiftCancel")
        self.cancel_button.setAccessibleName(self.tr("Keep the shift open"))
        self.cancel_button.setDefault(True)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.cancel_button)

        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.verdict)
        layout.addLayout(buttons)
        self.setMinimumWidth(440)
        self.cancel_button.setFocus()

    def _amount(self, name: str, accessible: str) -> QtWidgets.QLabel:
        label = QtWidgets.QLabel()
        label.setObjectName(name)
        label.setAccessibleName(accessible)
        label.setAlignment(
            QtCore.Qt.AlignmentFlag.AlignRight | QtCore.Qt.AlignmentFlag.AlignVCenter
        )
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        label.setFont(font)
        return label
