"""A portal login on its own: found by the lookup before it has a customer or an account.

The caller of an unconfirmed or awaiting-review registration says their login, e-mail
or phone; the view shows that login as the card's portal section does, with the same
actions (resend the confirmation, password reset, change e-mail or phone, block or
unblock) and, while its registration waits, a link to the review in the moderation tab.
"""

from __future__ import annotations

from console.errors import describe_error
from console.formatting import format_date, format_moment
from console.lookup.alive import while_alive
from console.lookup.card_tables import fill_portal_actions, portal_actions_table
from console.lookup.portal_panel import SUPERVISOR_ROLES, PortalPanel
from console.lookup.scroll import kept_scroll
from console.lookup.texts import portal_status
from console.navigation import Navigator, Tool
from console.services.lookup import open_portal_login
from console.session import reads_contacts
from console.tasks import TaskError, TaskRunner
from models.queries.card import PortalLoginData
from widgets.qt import Qt, QtWidgets, Signal

MODERATION_TOOL = Tool.REVIEW
"""``navigator.open_account_tool(MODERATION_TOOL, review_id)`` opens a registration review."""


class PortalLoginView(QtWidgets.QWidget):
    """One portal login, its actions and its pending registration review."""

    loaded = Signal(str)
    """The login's data arrived; the argument is the tab title (the login)."""

    def __init__(
        self,
        runner: TaskRunner,
        navigator: Navigator,
        portal_user_id: int,
        role: str = "",
        parent: QtWidgets.QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.portal_user_id = portal_user_id
        self.setObjectName(f"portalLoginView_{portal_user_id}")
        self.data: PortalLoginData | None = None
        self._runner = runner
        self._navigator = navigator
        self._supervisor = role in SUPERVISOR_ROLES or role == ""
        self._contacts = reads_contacts(role)
        self._build(role)
        self.refresh()

    def _build(self, role: str) -> None:
        self.login = QtWidgets.QLabel("…")
        self.login.setObjectName("portalLoginName")
        self.login.setAccessibleName(self.tr("Portal login"))
        self.login.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.login.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.login.setFont(font)
        self.summary = QtWidgets.QLabel()
        self.summary.setObjectName("portalLoginSummary")
        self.summary.setAccessibleName(self.tr("About the portal login"))
        self.summary.setWordWrap(True)
        self.notice = QtWidgets.QLabel()
        self.notice.setObjectName("portalLoginNotice")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(
            "background: #e3ecfa; color: #1b3d6e; border: 1px solid #b4c8ea;"
            " border-radius: 4px; padding: 6px 10px;"
        )
        self.review = QtWidgets.QLabel()
        self.review.setObjectName("portalLoginReview")
        self.review.setAccessibleName(self.tr("Registration review"))
        self.review.setTextFormat(Qt.TextFormat.RichText)
        self.review.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.review.linkActivated.connect(lambda _link: self.open_review())
        self.review.hide()
        self.status = QtWidgets.QLabel(self.tr("Loading…"))
        self.status.setObjectName("portalLoginStatus")
        self.status.setWordWrap(True)
        self.portal = PortalPanel(self._runner, role)
        table = self.portal.table
        table.setFixedHeight(
            table.horizontalHeader().sizeHint().height()
            + table.verticalHeader().defaultSectionSize()
            + table.frameWidth() * 2
            + table.horizontalScrollBar().sizeHint().height()
        )
        self.portal.changed.connect(self._portal_changed)
        self.action_log = portal_actions_table("portalLoginActions")
        self.action_log_title = QtWidgets.QLabel(self.tr("Recent actions on portal logins:"))
        layout = QtWidgets.QVBoxLayout(self)
        layout.addWidget(self.login)
        layout.addWidget(self.summary)
        layout.addWidget(self.notice)
        layout.addWidget(self.review)
        layout.addWidget(self.status)
        layout.addWidget(self.portal)
        layout.addSpacing(8)
        layout.addWidget(self.action_log_title)
        layout.addWidget(self.action_log, 3)
        layout.addStretch(1)

    # -- loading -------------------------------------------------------------------

    def refresh(self, *, quiet: bool = False) -> None:
        """Load the login again (F5; ``quiet`` for a background refresh)."""
        portal_user_id = self.portal_user_id
        if not quiet:
            self.status.setText(self.tr("Loading…"))
            self.status.show()
        contacts = self._contacts
        self._runner.submit(
            lambda session, token, progress: open_portal_login(
                session, portal_user_id, contacts=contacts
            ),
            self._show,
            self._failed,
        )

    @while_alive
    def _failed(self, error: TaskError) -> None:
        self.status.setText(describe_error(error))
        self.status.show()

    @while_alive
    def _show(self, data: PortalLoginData) -> None:
        self.data = data
        self.status.hide()
        user = data.user
        self.login.setText(user.login)
        parts = [
            self.tr("Portal login"),
            portal_status(user.status),
            self.tr("registered {day}").format(day=format_moment(user.created_at)),
        ]
        if data.region_name:
            parts.append(self.tr("region {region}").format(region=data.region_name))
        self.summary.setText(" · ".join(parts))
        self.notice.setText(self._notice(data))
        self._show_review(data)
        with kept_scroll((self.portal.table, self.action_log)):
            self.portal.show_users((user,), dict(data.account_numbers), data.messages, data.codes)
            fill_portal_actions(self.action_log, data.actions)
        self.action_log.setVisible(bool(data.actions))
        self.action_log_title.setVisible(bool(data.actions))
        self.loaded.emit(user.login)

    def _notice(self, data: PortalLoginData) -> str:
        user = data.user
        if data.account_numbers:
            return self.tr("The login sees accounts: {accounts}.").format(
                accounts=", ".join(number for _id, number in data.account_numbers)
            )
        if user.status == "email_unconfirmed":
            return self.tr(
                "No customer or account is linked to this login yet: the e-mail address is "
                "not confirmed. «Resend confirmation» sends the link again."
            )
        if data.review_id is not None or user.status == "awaiting_review":
            return self.tr(
                "No customer or account is linked to this login yet: its registration "
                "awaits a supervisor's review."
            )
        return self.tr(
            "No customer or account is linked to this login yet: the customer links an "
            "account on the portal with a link request."
        )

    def _show_review(self, data: PortalLoginData) -> None:
        if data.review_id is None:
            self.review.hide()
            return
        since = format_date(data.review_created_at.date()) if data.review_created_at else ""
        if self._supervisor:
            text = self.tr("Registration awaits review since {day}: <a href='#'>open it</a>")
        else:
            text = self.tr("Registration awaits a supervisor's review since {day}.")
        self.review.setText(text.format(day=since))
        self.review.setFocusPolicy(
            Qt.FocusPolicy.StrongFocus if self._supervisor else Qt.FocusPolicy.NoFocus
        )
        self.review.show()

    # -- actions -------------------------------------------------------------------

    def open_review(self) -> None:
        """Open the login's pending registration review in the moderation tab."""
        if self.data is not None and self.data.review_id is not None and self._supervisor:
            self._navigator.open_account_tool.emit(MODERATION_TOOL, self.data.review_id)

    def _portal_changed(self) -> None:
        self.refresh()
