"""The overview shown when the console opens: what is in the database, what awaits staff."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from models.queries.rows import one_as


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
    overview = one_as(
        session,
        Overview,
        """
        SELECT (SELECT count(*) FROM billing.region) AS regions,
               (SELECT count(*) FROM billing.customer) AS customers,
               (SELECT count(*) FROM billing.account) AS accounts,
               (SELECT count(*) FROM billing.account WHERE status = 'open') AS open_accounts,
               (SELECT count(*) FROM billing.meter WHERE removed_on IS NULL) AS meters,
               (SELECT count(*) FROM billing.portal_user) AS portal_users,
               (SELECT count(*) FROM billing.registration_review WHERE status = 'pending')
                   AS users_awaiting_review,
               (SELECT count(*) FROM billing.link_request WHERE status IN ('new', 'pending'))
                   AS pending_link_requests,
               (SELECT count(*) FROM billing.notification WHERE status IN ('queued', 'failed'))
                   AS queued_notifications,
               (SELECT max(billing_period) FROM billing.bill) AS last_billing_period
        """,
    )
    assert overview is not None
    return overview
