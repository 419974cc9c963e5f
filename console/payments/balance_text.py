"""An account's balance in words, as the cash desk and the payment history both show it."""

from __future__ import annotations

from console.formatting import format_amount
from models.queries.balance import Balance
from widgets.qt import QtCore


def balance_words(value: Balance) -> str:
    """«Debt 1 234,56 ₽ (penalty 12,00 ₽)» / «Overpayment …» / «Nothing owed»."""
    if value.overpayment > 0:
        return QtCore.QCoreApplication.translate("Payments", "Overpayment {amount} ₽").format(
            amount=format_amount(value.overpayment)
        )
    if value.total_due > 0:
        text = QtCore.QCoreApplication.translate("Payments", "Debt {amount} ₽").format(
            amount=format_amount(value.total_due)
        )
        if value.penalty > 0:
            text += " " + QtCore.QCoreApplication.translate(
                "Payments", "(penalty {amount} ₽)"
            ).format(amount=format_amount(value.penalty))
        return text
    return QtCore.QCoreApplication.translate("Payments", "Nothing owed")
