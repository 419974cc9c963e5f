"""The selected portal login as the portal sees it: sign-ins, failures, the lock, codes sent."""

from __future__ import annotations

from collections.abc import Sequence

from console.formatting import format_moment
from console.lookup.texts import delivery_status, portal_status
from models.queries.card import CodeInfo, PortalUserInfo
from widgets.qt import Qt, QtWidgets


class PortalLoginState(QtWidgets.QLabel):
    """Two lines about one portal login: its sign-in state, then the codes sent to it."""

    def __init__(self, parent: QtWidgets.QWidget | None = None) -> None:
        """An empty label two lines high, its text selectable by mouse."""
        super().__init__(parent)
        self.setObjectName("lookupPortalLoginState")
        self.setAccessibleName(self.tr("Portal login state"))
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 2 + 4)

    def show_login(self, user: PortalUserInfo | None, codes: Sequence[CodeInfo]) -> None:
        """``user``'s last login, failures and lock, and the last three of ``codes`` sent
        to it (``codes`` may be any login's); empty when no login is selected."""
        if user is None:
            self.setText("")
            return
        never = self.tr("never")
        parts = [
            self.tr("Status: {status}").format(status=portal_status(user.status)),
            self.tr("last login: {moment}").format(
                moment=format_moment(user.last_login_at) if user.last_login_at else never
            ),
            self.tr("failed attempts since: {count}").format(count=user.failed_login_count),
        ]
        if user.last_failed_login_at:
            parts.append(
                self.tr("last failed {moment}").format(
                    moment=format_moment(user.last_failed_login_at)
                )
            )
        if user.locked_until:
            parts.append(
                self.tr("LOCKED by the portal until {moment}").format(
                    moment=format_moment(user.locked_until)
                )
            )
        else:
            parts.append(self.tr("not locked"))
        lines = [" · ".join(parts)]
        sent = [c for c in codes if c.portal_user_id == user.id][:3]
        if sent:
            lines.append(
                self.tr("Codes sent: {codes}").format(
                    codes="; ".join(
                        self.tr("{moment} ({purpose}): {delivery}").format(
                            moment=format_moment(c.created_at),
                            purpose=self.tr("login code")
                            if c.purpose == "login"
                            else self.tr("registration code"),
                            delivery=delivery_status(c.message_status),
                        )
                        for c in sent
                    )
                )
            )
        else:
            lines.append(self.tr("No codes sent recently."))
        self.setText("\n".join(lines))
