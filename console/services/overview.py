"""The overview shown when the console opens: what is in the database, what awaits staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session


@dataclass(frozen=True, slots=True)
class Overview:
    """Counts for the overview panel."""

    regions: int
    customers: int
    accounts: int
    open_accounts: int
    meters: int
    portal_users: int
    users_awaiting_review: int
    pending_link_requests: int
    queued_notifications: int
    last_billing_period: date | None


def load_overview(session: Session) -> Overview:
    """Read the overview counts in one round trip."""
    row = session.execute(
        text("""
        SELECT (SELECT count(*) FROM region),
               (SELECT count(*) FROM customer),
               (SELECT count(*) FROM account),
               (SELECT count(*) FROM account WHERE status = 'open'),
               (SELECT count(*) FROM meter WHERE removed_on IS NULL),
               (SELECT count(*) FROM portal_user),
               (SELECT count(*) FROM registration_review WHERE status = 'pending'),
               (SELECT count(*) FROM link_request WHERE status IN ('new', 'pending')),
               (SELECT count(*) FROM notification WHERE status IN ('queued', 'failed')),
               (SELECT max(billing_period) FROM bill)
    """)
    ).one()
    return Overview(*row)
