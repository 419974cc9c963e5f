"""The top of a customer's card: name, identity, masked contacts and the alert chips.

Split off :class:`~console.lookup.card_widget.CustomerCard` so the card keeps only the
loading and the order of its fill; the header shows what it is given and asks the card
(by :attr:`CardHeader.reveal_requested`) for a contact's whole value, which is audited.
"""

from __future__ import annotations

from console.formatting import format_date
from console.lookup.alerts import alert_text
from console.services.contacts import ContactField, display_contact
from models.queries.card import Alert, AlertKind, CustomerHeader
from widgets.qt import Qt, QtWidgets, Signal

_RED = "background: #fde7e4; color: #8c1d18; border: 1px solid #f2b8b5;"
_AMBER = "background: #fff1d6; color: #7a4b00; border: 1px solid #f5cf8a;"
_BLUE = "background: #e3ecfa; color: #1b3d6e; border: 1px solid #b4c8ea;"
ALERT_STYLES = {
    AlertKind.DEBT: _RED,
    AlertKind.CALIBRATION_EXPIRED: _AMBER,
    AlertKind.ESTIMATED_READINGS: _AMBER,
    AlertKind.REVIEW_PENDING: _BLUE,
    AlertKind.LINK_REQUEST_PENDING: _BLUE,
}
MAX_ALERT_CHIPS = 6
"""Alerts shown as chips; the rest are counted in one more label (listed in its tooltip)."""


class CardHeader(QtWidgets.QWidget):
    """Who the customer is, how to reach them and what needs attention, at a glance."""

    reveal_requested = Signal(str)
    """«Show» was pressed: ``"phone"`` or ``"email"``; the card asks the database."""

    def __init__(self, contacts: bool, parent: QtWidgets.QWidget | None = None) -> None:
        """``contacts``: whether the operator reads contacts at all (a cashier does not)."""
        super().__init__(parent)
        self.setObjectName("cardHeader")
        self._contacts = contacts
        self.name = QtWidgets.QLabel("…")
        self.name.setObjectName("cardName")
        self.name.setAccessibleName(self.tr("Customer"))
        self.name.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.name.setFont(font)
        self.identity = QtWidgets.QLabel()
        self.identity.setObjectName("cardIdentity")
        self.identity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.phone = QtWidgets.QLabel()
        self.phone.setObjectName("cardPhone")
        self.phone.setAccessibleName(self.tr("Phone"))
        self.email = QtWidgets.QLabel()
        self.email.setObjectName("cardEmail")
        self.email.setAccessibleName(self.tr("E-mail"))
        self.reveal_phone = QtWidgets.QToolButton()
        self.reveal_phone.setObjectName("cardRevealPhone")
        self.reveal_phone.setText(self.tr("Show"))
        self.reveal_phone.setAccessibleName(self.tr("Show the phone (recorded in the audit log)"))
        self.reveal_phone.setToolTip(self.reveal_phone.accessibleName())
        self.reveal_phone.clicked.connect(lambda: self.reveal_requested.emit("phone"))
        self.reveal_email = QtWidgets.QToolButton()
        self.reveal_email.setObjectName("cardRevealEmail")
        self.reveal_email.setText(self.tr("Show"))
        self.reveal_email.setAccessibleName(
            self.tr("Show the e-mail address (recorded in the audit log)")
        )
        self.reveal_email.setToolTip(self.reveal_email.accessibleName())
        self.reveal_email.clicked.connect(lambda: self.reveal_requested.emit("email"))
        contacts_row = QtWidgets.QHBoxLayout()
        phone_label = QtWidgets.QLabel(self.tr("Phone:"))
        email_label = QtWidgets.QLabel(self.tr("E-mail:"))
        contacts_row.addWidget(phone_label)
        contacts_row.addWidget(self.phone)
        contacts_row.addWidget(self.reveal_phone)
        contacts_row.addSpacing(24)
        contacts_row.addWidget(email_label)
        contacts_row.addWidget(self.email)
        contacts_row.addWidget(self.reveal_email)
        contacts_row.addStretch(1)
        if not contacts:
            # A cashier reads no contacts: the database would refuse them anyway.
            for widget in (phone_label, self.phone, self.reveal_phone):
                widget.hide()
            for widget in (email_label, self.email, self.reveal_email):
                widget.hide()
        self.alerts = QtWidgets.QWidget()
        self.alerts.setObjectName("cardAlerts")
        self.alerts.setAccessibleName(self.tr("Alerts"))
        self._alerts_layout = QtWidgets.QHBoxLayout(self.alerts)
        self._alerts_layout.setContentsMargins(0, 4, 0, 4)
        # No margins of its own: the header lines up with the rest of the card's column.
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name)
        layout.addWidget(self.identity)
        layout.addLayout(contacts_row)
        layout.addWidget(self.alerts)

    def show_customer(self, customer: CustomerHeader) -> None:
        """Name, identity line and the masked contacts (with «Show» where there is one)."""
        self.name.setText(customer.name)
        if customer.is_organisation:
            parts = [self.tr("Organisation"), self.tr("INN {inn}").format(inn=customer.inn)]
            if customer.kpp:
                parts.append(self.tr("KPP {kpp}").format(kpp=customer.kpp))
            if customer.ogrn:
                parts.append(self.tr("OGRN {ogrn}").format(ogrn=customer.ogrn))
        else:
            parts = [self.tr("Person")]
            if customer.inn:
                parts.append(self.tr("INN {inn}").format(inn=customer.inn))
        parts.append(
            self.tr("customer since {day}").format(day=format_date(customer.created_at.date()))
        )
        self.identity.setText(" · ".join(parts))
        # Masked by the database; "Show" asks it for the whole value (audited).
        self.phone.setText(customer.phone_masked or "—")
        self.email.setText(customer.email_masked or "—")
        self.reveal_phone.setVisible(self._contacts and bool(customer.phone_masked))
        self.reveal_email.setVisible(self._contacts and bool(customer.email_masked))

    def show_contact(self, field: ContactField, value: str | None) -> None:
        """The whole ``"phone"`` or ``"email"`` the database revealed, in place of the mask."""
        label = self.phone if field == "phone" else self.email
        button = self.reveal_phone if field == "phone" else self.reveal_email
        label.setText(display_contact(field, value) or "—")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        button.hide()

    def show_alerts(self, alerts: tuple[Alert, ...]) -> None:
        """The alert chips (a calm line when there are none), replacing the previous ones."""
        while self._alerts_layout.count():
            item = self._alerts_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if not alerts:
            calm = QtWidgets.QLabel(self.tr("No alerts: no debt, meters in order."))
            calm.setObjectName("cardAlert_none")
            calm.setStyleSheet("color: #1b6e3a;")
            self._alerts_layout.addWidget(calm)
        for position, alert in enumerate(alerts[:MAX_ALERT_CHIPS]):
            chip = QtWidgets.QLabel(alert_text(alert))
            chip.setObjectName(f"cardAlert_{alert.kind.value}_{position}")
            chip.setAccessibleName(chip.text())
            chip.setStyleSheet(ALERT_STYLES[alert.kind] + " border-radius: 4px; padding: 3px 8px;")
            self._alerts_layout.addWidget(chip)
        if len(alerts) > MAX_ALERT_CHIPS:
            more = QtWidgets.QLabel(
                self.tr("and {count} more").format(count=len(alerts) - MAX_ALERT_CHIPS)
            )
            more.setToolTip("\n".join(alert_text(a) for a in alerts[MAX_ALERT_CHIPS:]))
            self._alerts_layout.addWidget(more)
        self._alerts_layout.addStretch(1)
