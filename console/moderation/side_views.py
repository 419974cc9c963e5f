"""The outbox view (status per message, resend by hand) and the supervisors' dashboard."""

from __future__ import annotations

from typing import Any

import shiboken6

from console.errors import describe_error
from console.formatting import format_count, format_moment
from console.moderation.labels import label
from console.services.moderation import resend_notification
from console.tasks import TaskError, TaskRunner
from models.queries.moderation import Dashboard, NotificationRow, load_notifications
from widgets.qt import QtCore, QtWidgets


class NotificationsView(QtWidgets.QWidget):
    """Outbox messages, newest first: queued, sent, failed with the gateway's answer, dead."""

    def __init__(self, runner: TaskRunner, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationsView")
        self._runner = runner
        self._rows: tuple[NotificationRow, ...] = ()
        self._table = QtWidgets.QTableWidget(0, 7)
        self._table.setObjectName("notificationsTable")
        self._table.setAccessibleName(self.tr("Customer notifications"))
        self._table.setHorizontalHeaderLabels(
            [
                self.tr("Created"),
                self.tr("Channel"),
                self.tr("Recipient"),
                self.tr("Subject"),
                self.tr("Status"),
                self.tr("Tries"),
                self.tr("Gateway's answer"),
            ]
        )
        self._table.setEditTriggers(QtWidgets.QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setSelectionBehavior(QtWidgets.QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.horizontalHeader().setStretchLastSection(True)
        self._table.verticalHeader().hide()
        self._resend = QtWidgets.QPushButton(self.tr("&Send again (Ctrl+Shift+S)"))
        self._resend.setObjectName("notificationResend")
        self._resend.setAccessibleName(self.tr("Send the selected message again"))
        self._resend.setShortcut("Ctrl+Shift+S")
        self._resend.clicked.connect(self._send_again)
        self._status = QtWidgets.QLabel()
        self._status.setObjectName("notificationsStatus")
        buttons = QtWidgets.QHBoxLayout()
        buttons.addWidget(self._resend)
        buttons.addWidget(self._status, 1)
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._table)
        layout.addLayout(buttons)

    def _submit(self, work: Any, on_done: Any, on_error: Any) -> None:
        """Run ``work`` in the background; results for a closed view are dropped."""

        def alive(callback: Any) -> Any:
            def deliver(value: Any) -> None:
                if shiboken6.isValid(self):
                    callback(value)

            return deliver

        self._runner.submit(work, alive(on_done), alive(on_error))

    def refresh(self) -> None:
        """Reload the outbox."""
        self._submit(
            lambda session, token, progress: load_notifications(session), self._show, self._failed
        )

    def _show(self, rows: tuple[NotificationRow, ...]) -> None:
        self._rows = rows
        self._table.setRowCount(len(rows))
        for index, row in enumerate(rows):
            values = (
                format_moment(row.created_at),
                label(row.channel),
                row.recipient,
                row.subject,
                label(row.status),
                str(row.attempts),
                row.last_error or "",
            )
            for column, value in enumerate(values):
                self._table.setItem(index, column, QtWidgets.QTableWidgetItem(value))
        self._table.resizeColumnsToContents()
        self._status.setText(self.tr("Messages: %1").replace("%1", format_count(len(rows))))

    def _send_again(self) -> None:
        row = self._table.currentRow()
        if not 0 <= row < len(self._rows):
            return
        notification_id = self._rows[row].id
        self._submit(
            lambda session, token, progress: resend_notification(session, notification_id),
            lambda _status: self.refresh(),
            self._failed,
        )

    def _failed(self, error: TaskError) -> None:
        self._status.setText(describe_error(error))


class DashboardView(QtWidgets.QWidget):
    """Queue lengths, the oldest item, overdue, decisions per operator today, auto-approvals."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("moderationDashboard")
        self._text = QtWidgets.QLabel()
        self._text.setObjectName("moderationDashboardText")
        self._text.setAccessibleName(self.tr("Moderation dashboard"))
        self._text.setTextFormat(QtCore.Qt.TextFormat.RichText)
        self._text.setAlignment(
            QtCore.Qt.AlignmentFlag.AlignTop | QtCore.Qt.AlignmentFlag.AlignLeft
        )
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self._text)

    def show_dashboard(self, d: Dashboard) -> None:
        """Display the figures."""
        rate = "—" if d.auto_approval_rate is None else f"{d.auto_approval_rate * 100:.0f} %"
        none_yet = self.tr("none yet")
        decisions = (
            "".join(
                f"<tr><td>{who}</td><td align='right'>{count}</td></tr>"
                for who, count in d.decisions_today
            )
            or f"<tr><td>{none_yet}</td></tr>"
        )
        oldest = (
            f"{d.oldest_label} ({format_moment(d.oldest_created_at)})"
            if d.oldest_created_at
            else "—"
        )
        outbox = ", ".join(f"{label(k)}: {v}" for k, v in sorted(d.notifications.items())) or "—"
        rows = (
            (self.tr("Link requests waiting"), format_count(d.link_requests_waiting)),
            (self.tr("Registrations waiting"), format_count(d.registrations_waiting)),
            (self.tr("Oldest item"), oldest),
            (self.tr("Overdue"), format_count(d.overdue)),
            (self.tr("Due soon"), format_count(d.due_soon)),
            (self.tr("Automatic approvals, 30 days"), rate),
            (self.tr("Notifications"), outbox),
        )
        table = "".join(f"<tr><th align='left'>{t}</th><td>{v}</td></tr>" for t, v in rows)
        decisions_today = self.tr("Decisions today")
        self._text.setText(
            f"<table cellpadding='4'>{table}</table><p><b>{decisions_today}</b></p>"
            f"<table cellpadding='3'>{decisions}</table>"
        )
