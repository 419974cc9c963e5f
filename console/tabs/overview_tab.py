"""The overview tab: what the database holds and what awaits staff today."""

from __future__ import annotations

from typing import TYPE_CHECKING

from console.formatting import format_count, format_period
from console.services.overview import Overview, load_overview
from console.tasks import TaskError, TaskRunner

if TYPE_CHECKING:
    from console.tabs.registry import TabContext
from widgets.qt import QtCore, QtWidgets


class OverviewTab(QtWidgets.QWidget):
    """Counts of customers, accounts and queues; refreshed with F5."""

    required_roles = ("billing_agent", "billing_cashier", "billing_supervisor")
    """Admins manage operators and read the audit log; they cannot read business data."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("overviewTab")
        self._runner = runner
        self._labels: dict[str, QtWidgets.QLabel] = {}
        form = QtWidgets.QFormLayout()
        form.setLabelAlignment(QtCore.Qt.AlignmentFlag.AlignRight)
        rows = (
            ("regions", self.tr("Regions")),
            ("customers", self.tr("Customers")),
            ("accounts", self.tr("Accounts (open)")),
            ("meters", self.tr("Meters in service")),
            ("portal_users", self.tr("Portal users")),
            ("users_awaiting_review", self.tr("Registrations awaiting review")),
            ("pending_link_requests", self.tr("Link requests awaiting a decision")),
            ("queued_notifications", self.tr("Notifications not yet delivered")),
            ("last_billing_period", self.tr("Last billing period")),
        )
        for key, title in rows:
            value = QtWidgets.QLabel("…")
            value.setObjectName(f"overview_{key}")
            value.setAccessibleName(title)
            value.setTextInteractionFlags(QtCore.Qt.TextInteractionFlag.TextSelectableByMouse)
            self._labels[key] = value
            form.addRow(title + ":", value)
        self._status = QtWidgets.QLabel()
        self._status.setObjectName("overviewStatus")
        self._status.setWordWrap(True)
        heading = QtWidgets.QLabel(self.tr("Overview"))
        heading.setObjectName("overviewHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self._refresh_button = QtWidgets.QPushButton(self.tr("&Refresh (F5)"))
        self._refresh_button.setObjectName("overviewRefresh")
        self._refresh_button.setAccessibleName(self.tr("Refresh the overview"))
        self._refresh_button.clicked.connect(self.refresh)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(self._status)
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self._refresh_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addStretch(1)

    @classmethod
    def for_context(cls, context: TabContext) -> OverviewTab:
        """The tab for the main window."""
        return cls(context.runner)

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
        self._status.clear()
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
            self._labels[key].setText(text)

    def _failed(self, error: TaskError) -> None:
        from console.errors import describe_error

        self._refresh_button.setEnabled(True)
        self._status.setText(describe_error(error))
