"""The pages of a customer card's sections: meters and consumption, portal logins, money.

Split off :class:`~console.lookup.card_widget.CustomerCard`: each page builds its own
tables and fills them from the :class:`~models.queries.card.CardData` parts it is given;
the card decides when (each page is filled in a turn of the event loop of its own).
"""

from __future__ import annotations

from datetime import date

from console.formatting import format_amount, format_date, format_period
from console.lookup.card_tables import (
    card_table,
    fill_portal_actions,
    portal_actions_table,
    table_item,
)
from console.lookup.consumption_chart import ConsumptionChart, zone_name
from console.lookup.portal_panel import PortalPanel
from console.vocabulary import payment_channel_label, reading_source_label
from models.queries.card import (
    BillInfo,
    ConsumptionPoint,
    MeterInfo,
    PaymentInfo,
    PortalActionInfo,
)
from widgets.qt import Qt, QtGui, QtWidgets

EXPIRED_BACKGROUND = QtGui.QColor("#fde7e4")


class CardMetersPage(QtWidgets.QSplitter):
    """The selected account's meters above its consumption chart."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        """Build the empty meters table and chart."""
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setObjectName("cardMetersPage")
        self.meters = card_table(
            "cardMeters",
            self.tr("Meters"),
            [
                self.tr("Serial number"),
                self.tr("Model"),
                self.tr("Zones"),
                self.tr("Last readings"),
                self.tr("Calibration due"),
            ],
        )
        self.chart = ConsumptionChart()
        self.addWidget(self.meters)
        self.addWidget(self.chart)
        self.setSizes([120, 280])

    def show_meters(
        self, meters: tuple[MeterInfo, ...], consumption: tuple[ConsumptionPoint, ...]
    ) -> None:
        """One account's meters (expired calibration marked) and its consumption."""
        table = self.meters
        table.setRowCount(len(meters))
        for row, meter in enumerate(meters):
            readings = "; ".join(
                self.tr("{zone}: {value} on {day} ({source})").format(
                    zone=zone_name(r.zone, meter.zones),
                    value=f"{r.value:.0f}",
                    day=format_date(r.taken_on),
                    source=reading_source_label(r.source),
                )
                for r in meter.last_readings
            )
            due = format_date(meter.calibration_due)
            if meter.calibration_expired:
                due = self.tr("{day} — expired").format(day=due)
            cells = (
                table_item(meter.serial_number),
                table_item(meter.model),
                table_item(str(meter.zones)),
                table_item(readings or "—"),
                table_item(due),
            )
            if meter.calibration_expired:
                cells[4].setBackground(EXPIRED_BACKGROUND)
                cells[4].setForeground(QtGui.QColor("#8c1d18"))
            if meter.removed_on is not None:
                cells[0].setText(
                    self.tr("{serial} (removed {day})").format(
                        serial=meter.serial_number, day=format_date(meter.removed_on)
                    )
                )
            for column, cell in enumerate(cells):
                table.setItem(row, column, cell)
        table.resizeColumnsToContents()
        zones = max((m.zones for m in meters), default=1)
        self.chart.show_points(consumption, zones)


class CardPortalPage(QtWidgets.QWidget):
    """The portal logins (a :class:`PortalPanel` built beforehand) over the log of
    operators' actions on them, which shows only when there are any."""

    def __init__(self, portal: PortalPanel, parent: QtWidgets.QWidget | None = None) -> None:
        """Lay out ``portal`` (built in a part of the card's construction of its own)."""
        super().__init__(parent)
        self.portal = portal
        self.action_log = portal_actions_table("cardPortalActions")
        self.action_log.setMaximumHeight(120)
        self.setObjectName("cardPortalPage")
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(portal, 3)
        self.action_log_title = QtWidgets.QLabel(self.tr("Recent actions on portal logins:"))
        layout.addWidget(self.action_log_title)
        layout.addWidget(self.action_log, 1)

    def show_actions(self, actions: tuple[PortalActionInfo, ...]) -> None:
        """The log of actions on the customer's portal logins (hidden when empty)."""
        self.action_log.setVisible(bool(actions))
        self.action_log_title.setVisible(bool(actions))
        fill_portal_actions(self.action_log, actions)


class CardMoneyPage(QtWidgets.QSplitter):
    """The customer's recent bills beside their recent payments."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        """Build the empty bills and payments tables."""
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.bills = card_table(
            "cardBills",
            self.tr("Recent bills"),
            [
                self.tr("Period"),
                self.tr("Account"),
                self.tr("Receipt number"),
                self.tr("Amount, ₽"),
                self.tr("Due"),
                self.tr("Paid"),
            ],
        )
        self.payments = card_table(
            "cardPayments",
            self.tr("Recent payments"),
            [self.tr("Date"), self.tr("Account"), self.tr("Amount, ₽"), self.tr("Channel")],
        )
        self.setObjectName("cardMoneyPage")
        self.addWidget(self.bills)
        self.addWidget(self.payments)
        self.setSizes([600, 400])

    def show_money(
        self, bills: tuple[BillInfo, ...], payments: tuple[PaymentInfo, ...], as_of: date
    ) -> None:
        """Bills (an unpaid one past due as of ``as_of`` in red) and payments."""
        self.bills.setRowCount(len(bills))
        for row, bill in enumerate(bills):
            paid = format_date(bill.paid_on) if bill.paid_on else self.tr("not paid")
            cells = (
                table_item(format_period(bill.billing_period)),
                table_item(bill.account_number),
                table_item(bill.receipt_number),
                table_item(format_amount(bill.amount), right=True),
                table_item(format_date(bill.due_on)),
                table_item(paid),
            )
            if bill.paid_on is None and bill.amount > 0 and bill.due_on < as_of:
                cells[5].setForeground(QtGui.QColor("#b3261e"))
            for column, cell in enumerate(cells):
                self.bills.setItem(row, column, cell)
        self.bills.resizeColumnsToContents()
        self.payments.setRowCount(len(payments))
        for row, payment in enumerate(payments):
            money = (
                table_item(format_date(payment.paid_on)),
                table_item(payment.account_number),
                table_item(format_amount(payment.amount), right=True),
                table_item(payment_channel_label(payment.channel)),
            )
            for column, cell in enumerate(money):
                self.payments.setItem(row, column, cell)
        self.payments.resizeColumnsToContents()
