"""Sentences of the card's alert strip."""

from __future__ import annotations

from console.formatting import format_amount, format_date
from models.queries.card import Alert, AlertKind
from widgets.qt import QtCore


def alert_text(alert: Alert) -> str:
    """One alert as a short sentence in the operator's language."""
    if alert.kind is AlertKind.DEBT:
        amount = format_amount(alert.amount) if alert.amount is not None else ""
        if alert.count:
            text = QtCore.QCoreApplication.translate(
                "Lookup", "Debt {amount} ₽ on {account}, months unpaid: {months}"
            )
            return text.format(amount=amount, account=alert.account_number, months=alert.count)
        return QtCore.QCoreApplication.translate("Lookup", "Debt {amount} ₽ on {account}").format(
            amount=amount, account=alert.account_number
        )
    if alert.kind is AlertKind.CALIBRATION_EXPIRED:
        return QtCore.QCoreApplication.translate(
            "Lookup", "Meter {serial}: calibration expired {day}"
        ).format(serial=alert.serial_number, day=format_date(alert.on))
    if alert.kind is AlertKind.ESTIMATED_READINGS:
        return QtCore.QCoreApplication.translate(
            "Lookup", "Meter {serial}: {count} estimated readings in a row"
        ).format(serial=alert.serial_number, count=alert.count)
    if alert.kind is AlertKind.REVIEW_PENDING:
        return QtCore.QCoreApplication.translate(
            "Lookup", "Portal login {login} awaits registration review"
        ).format(login=alert.login)
    return QtCore.QCoreApplication.translate(
        "Lookup", "Link request for {account} from {login} awaits a decision"
    ).format(account=alert.account_number, login=alert.login)
