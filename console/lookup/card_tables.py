"""Read-only tables as the customer card and the portal-login view show them.

Shared by the card's panels and :class:`~console.lookup.portal_login_view.PortalLoginView`
so that every table of a card looks alike: row height, tooltips, right-aligned money.
"""

from __future__ import annotations

from decimal import Decimal

from console.formatting import format_amount, format_moment
from console.lookup.texts import portal_action
from models.queries.card import PortalActionInfo
from widgets.qt import Qt, QtCore, QtWidgets


def table_item(text: str, *, right: bool = False) -> QtWidgets.QTableWidgetItem:
    """A cell showing ``text`` (whole in its tooltip), right-aligned for amounts."""
    item = QtWidgets.QTableWidgetItem(text)
    item.setToolTip(text)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def read_only(table: QtWidgets.QTableWidget) -> None:
    """Rows selected whole, one at a time, never edited; the card's row height."""
    table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QtWidgets.QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)


def card_table(name: str, accessible: str, headers: list[str]) -> QtWidgets.QTableWidget:
    """An empty read-only table with the card's row height and a stretched last column."""
    table = QtWidgets.QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.horizontalHeader().setStretchLastSection(True)
    read_only(table)
    return table


def portal_actions_table(name: str) -> QtWidgets.QTableWidget:
    """The empty journal of operators' actions on portal logins (filled by
    :func:`fill_portal_actions`), as the card and the portal-login view show it."""

    translate = QtCore.QCoreApplication.translate
    return card_table(
        name,
        translate("PortalActions", "Recent actions on portal logins"),
        [
            translate("PortalActions", "When"),
            translate("PortalActions", "Login"),
            translate("PortalActions", "Action"),
            translate("PortalActions", "Operator"),
            translate("PortalActions", "Reason"),
        ],
    )


def fill_portal_actions(
    table: QtWidgets.QTableWidget, actions: tuple[PortalActionInfo, ...]
) -> None:
    """The journal of operators' actions on portal logins: when, login, action, who, why."""
    table.setRowCount(len(actions))
    for row, action in enumerate(actions):
        cells = (
            format_moment(action.performed_at),
            action.login,
            portal_action(action.action),
            action.performed_by,
            action.reason or "",
        )
        for column, text in enumerate(cells):
            table.setItem(row, column, table_item(text))
    table.resizeColumnsToContents()


def money_text(value: Decimal) -> str:
    """An amount, or a dash for zero (an empty cell would read as «not loaded»)."""
    return format_amount(value) if value else "—"
