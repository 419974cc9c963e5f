"""The recent messages to the customer's portal logins, with their delivery."""

from __future__ import annotations

from collections.abc import Sequence

from console.formatting import format_moment
from console.lookup.card_tables import read_only, table_item
from console.lookup.texts import channel_name, delivery_status
from models.queries.card import MessageInfo
from widgets.qt import QtWidgets


class PortalMessages(QtWidgets.QTableWidget):
    """The messages table; hidden while there are none, and so is :attr:`title`, the
    caption its owner lays out above it."""

    def __init__(self, contacts: bool, parent: QtWidgets.QWidget | None = None) -> None:
        """An empty table; without ``contacts`` (the operator reads none) no recipients."""
        super().__init__(0, 6, parent)
        self.setObjectName("lookupPortalMessages")
        self.setAccessibleName(self.tr("Messages to the customer"))
        self.setHorizontalHeaderLabels(
            [
                self.tr("Queued"),
                self.tr("Login"),
                self.tr("Channel"),
                self.tr("Recipient"),
                self.tr("Message"),
                self.tr("Delivery"),
            ]
        )
        read_only(self)
        self.horizontalHeader().setStretchLastSection(True)
        self.title = QtWidgets.QLabel(self.tr("Messages to the customer:"))
        if not contacts:
            self.setColumnHidden(3, True)

    def show_messages(self, messages: Sequence[MessageInfo]) -> None:
        """One row a message: when queued, to which login, how, to whom, what, delivery."""
        self.setRowCount(len(messages))
        for row, message in enumerate(messages):
            delivery = delivery_status(message.status)
            if message.status == "delivered" and message.delivered_at:
                delivery += " " + format_moment(message.delivered_at)
            elif message.status in ("failed", "dead") and message.last_error:
                delivery += f" ({message.last_error})"
            texts = (
                format_moment(message.created_at),
                message.login,
                channel_name(message.channel),
                message.recipient_masked or "—",
                message.subject or message.template,
                delivery,
            )
            for column, text in enumerate(texts):
                self.setItem(row, column, table_item(text))
        self.resizeColumnsToContents()
        visible = bool(messages)
        self.setVisible(visible)
        self.title.setVisible(visible)
