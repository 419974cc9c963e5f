"""The overview tab: what the database holds and what awaits staff today."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from console.change_subscriptions import refresh_on
from console.formatting import format_count, format_period
from console.services.overview import Overview, load_overview
from console.tasks import TaskError, TaskRunner

if TYPE_CHECKING:
    from console.tabs.context import TabContext
from models.domain.groups import Group
from widgets.qt import QtCore, QtWidgets
from widgets.stat_tile import StatTile


class OverviewTab(QtWidgets.QWidget):
    """Counts of customers, accounts and queues; refreshed with F5."""

    required_roles: ClassVar[frozenset[Group]] = frozenset(
        {Group.AGENT, Group.CASHIER, Group.SUPERVISOR}
    )
    """Admins manage operators and read the audit log; they cannot read business data."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._runner = runner
        self._tiles: dict[str, StatTile] = {}
        sections = (
            (
                self.tr("Awaiting staff"),
                (
                    ("users_awaiting_review", self.tr("Registrations awaiting review")),
                    ("pending_link_requests", self.tr("Link requests awaiting a decision")),
                    ("queued_notifications", self.tr("Notifications not yet delivered")),
                ),
            ),
            (
                self.tr("In the database"),
                (
                    ("customers", self.tr("Customers")),
                    ("accounts", self.tr("Accounts (open)")),
                    ("meters", self.tr("Meters in service")),
                    ("portal_users", self.tr("Portal users")),
                    ("regions", self.tr("Regions")),
                    ("last_billing_period", self.tr("Last billing period")),
                ),
            ),
        )
        heading = QtWidgets.QLabel(self.tr("Overview"))
        heading.setObjectName("overviewHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        heading.setFont(font)
        layout = QtWidgets.QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(heading)
        for title, tiles in sections:
            section = QtWidgets.QLabel(title)
            section.setObjectName("overviewSection")
            section_font = section.font()
            section_font.setBold(True)
            section.setFont(section_font)
            layout.addSpacing(8)
            layout.addWidget(section)
            grid = QtWidgets.QGridLayout()
            grid.setHorizontalSpacing(12)
            grid.setVerticalSpacing(12)
            for index, (key, caption) in enumerate(tiles):
                tile = StatTile(key, caption)
                self._tiles[key] = tile
                grid.addWidget(tile, index // 3, index % 3)
            for column in range(3):
                grid.setColumnStretch(column, 1)
            grid.setColumnStretch(3, 2)
            layout.addLayout(grid)
        self._status = QtWidgets.QLabel()
        self._status.setObjectName("overviewStatus")
        self._status.setWordWrap(True)
        self._refresh_button = QtWidgets.QPushButton(self.tr("Refre&sh (F5)"))
        self._refresh_button.setObjectName("overviewRefresh")
        self._refresh_button.setAccessibleName(self.tr("Refresh the overview"))
        self._refresh_button.clicked.connect(self.refresh)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self._refresh_button)
        buttons.addWidget(self._status, 1)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @classmethod
    def for_context(cls, context: TabContext) -> OverviewTab:
        """The tab for the main window."""
        tab = cls(context.runner)
        refresh_on(tab, context.navigator, lambda _change: True, tab.refresh, settle_ms=1000)
        return tab

    def tab_title(self) -> str:
        """Title with its keyboard accelerator."""
        return self.tr("&Overview")

    def refresh(self) -> None:
        """Reload the counts in the background."""
        self._refresh_button.setEnabled(False)
        self._status.setText(self.tr("Loading…"))
        self._runner.submit(
            lambda session, token, progress: load_overview(session), self._show, self._failed
        )

    def _show(self, overview: Overview) -> None:
        self._refresh_button.setEnabled(True)
        accounts = format_count(overview.accounts)
        open_accounts = format_count(overview.open_accounts)
        values = {
            "regions": format_count(overview.regions),
            "customers": format_count(overview.customers),
            "accounts": f"{accounts} ({open_accounts})",
            "meters": format_count(overview.meters),
            "portal_users": format_count(overview.portal_users),
            "users_awaiting_review": format_count(overview.users_awaiting_review),
            "pending_link_requests": format_count(overview.pending_link_requests),
            "queued_notifications": format_count(overview.queued_notifications),
            "last_billing_period": format_period(overview.last_billing_period) or "—",
        }
        for key, text in values.items():
            self._tiles[key].set_value(text)
        waiting = {
            "users_awaiting_review": overview.users_awaiting_review,
            "pending_link_requests": overview.pending_link_requests,
            "queued_notifications": overview.queued_notifications,
        }
        for key, count in waiting.items():
            self._tiles[key].set_attention(count > 0)
        self._status.setText(
            self.tr("As of {time}").format(time=QtCore.QTime.currentTime().toString("HH:mm"))
        )

    def _failed(self, error: TaskError) -> None:
        from console.errors import describe_error

        self._refresh_button.setEnabled(True)
        self._status.setText(describe_error(error))
