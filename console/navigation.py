"""Cross-tab navigation: any tab can ask to open a customer's card or an account tool."""

from __future__ import annotations

import enum

from widgets.qt import QtCore, Signal


class Tool(enum.StrEnum):
    """A tab that opens for one account (or review): what ``open_account_tool`` names.

    The value is the tab's name stem: ``Tool.READINGS`` is shown in ``readingsTab``.
    """

    READINGS = "readings"
    PAYMENTS = "payments"
    CASHDESK = "cashdesk"
    REVIEW = "moderation"


class Navigator(QtCore.QObject):
    """Signals the main window routes to the right tab (tabs never import each other)."""

    open_customer = Signal(int)
    """Show the card of customer ``id``."""
    open_account_tool = Signal(str, int)
    """Open :class:`Tool` ``tool`` for account ``id`` (a review's id for ``Tool.REVIEW``)."""
    lookup = Signal(str)
    """Run a lookup for the given key (telephony hook)."""
    changed = Signal(object)
    """A write (:class:`models.changes.Change`): this console's own, published by the task
    runner once committed, or any console's, as the database announced it."""
