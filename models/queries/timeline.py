"""A customer's business events for the card's timeline: readings, bills, payments,
prints, link requests and actions on their portal logins, newest first.

Each event is stamped with when it happened for the customer: the moment the row was
written when that was on the business day it records (a payment taken at the desk), and
otherwise the start of that business day (a reading back-dated to the 20th, the demo's
history), so back-dated rows do not crowd the top. Pages are read by a keyset
``(at, kind, key)``: «Show older» continues exactly where the last page ended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.queries.rows import row_as

__all__ = ["Event", "EventKey", "events_of"]


@dataclass(frozen=True, slots=True)
class EventKey:
    """Where a page ended: the last event's ``at``, ``kind`` and ``key``."""

    at: datetime
    kind: str
    key: int


@dataclass(frozen=True, slots=True)
class Event:
    """One event. ``code`` is the reading's source, the bill's kind (``bill`` or
    ``correction``), the payment's channel, the printed document's kind, the link
    request's status or the portal action."""

    at: datetime
    kind: str
    key: int
    operator: str
    code: str
    amount: Decimal | None = None
    value: Decimal | None = None
    zone: str | None = None
    day: date | None = None
    number: str | None = None
    copy: int | None = None
    reason: str | None = None

    @property
    def position(self) -> EventKey:
        """The keyset position of this event (the cursor after it)."""
        return EventKey(self.at, self.kind, self.key)


_EVENTS = """
WITH accounts AS (SELECT a.id FROM billing.account a WHERE a.customer_id = :customer),
users AS (SELECT u.id FROM billing.portal_user u WHERE u.customer_id = :customer),
zone AS (SELECT k.time_zone FROM billing.business_clock k),
events AS (
    SELECT CASE WHEN (r.entered_at AT TIME ZONE z.time_zone)::date = r.taken_on
                THEN r.entered_at ELSE r.taken_on::timestamp AT TIME ZONE z.time_zone END AS at,
           'reading' AS kind, r.id AS key, r.entered_by AS operator, r.source AS code,
           NULL::numeric AS amount, r.value, r.zone, r.taken_on AS day,
           m.serial_number AS number, NULL::integer AS copy, r.reason
      FROM billing.reading r
      JOIN billing.meter m ON m.id = r.meter_id
      JOIN billing.metering_point p ON p.id = m.metering_point_id
      CROSS JOIN zone z
     WHERE p.account_id IN (SELECT id FROM accounts)
    UNION ALL
    SELECT CASE WHEN (b.created_at AT TIME ZONE z.time_zone)::date = b.formed_on
                THEN b.created_at ELSE b.formed_on::timestamp AT TIME ZONE z.time_zone END,
           'bill', b.id, b.formed_by,
           CASE WHEN b.corrects_bill_id IS NULL THEN 'bill' ELSE 'correction' END,
           b.amount, NULL, NULL, b.billing_period, b.receipt_number, NULL, NULL
      FROM billing.bill b CROSS JOIN zone z
     WHERE b.account_id IN (SELECT id FROM accounts)
    UNION ALL
    SELECT CASE WHEN (q.created_at AT TIME ZONE z.time_zone)::date = q.paid_on
                THEN q.created_at ELSE q.paid_on::timestamp AT TIME ZONE z.time_zone END,
           'payment', q.id, q.entered_by, q.channel, q.amount, NULL, NULL, q.paid_on,
           NULL, NULL, q.reason
      FROM billing.payment q CROSS JOIN zone z
     WHERE q.account_id IN (SELECT id FROM accounts)
    UNION ALL
    SELECT d.printed_at, 'print', d.id, d.printed_by, d.kind, NULL, NULL, NULL, NULL,
           d.document_key, d.copy_number, NULL
      FROM billing.document_print d
     WHERE d.account_id IN (SELECT id FROM accounts)
    UNION ALL
    SELECT l.created_at, 'link_request', l.id, coalesce(l.decided_by, ''), l.status,
           NULL, NULL, NULL, NULL, l.account_number, l.number, l.reason
      FROM billing.link_request l
     WHERE l.account_id IN (SELECT id FROM accounts) OR l.portal_user_id IN (SELECT id FROM users)
    UNION ALL
    SELECT x.performed_at, 'portal_action', x.id, x.performed_by, x.action,
           NULL, NULL, NULL, NULL, x.login, NULL, x.reason
      FROM billing.portal_action x
     WHERE x.portal_user_id IN (SELECT id FROM users)
)
SELECT at, kind, key, operator, code, amount, value, zone, day, number, copy, reason
  FROM events e
 WHERE CAST(:at AS timestamptz) IS NULL
    OR (e.at, e.kind, e.key) < (CAST(:at AS timestamptz), CAST(:kind AS text), CAST(:key AS bigint))
 ORDER BY e.at DESC, e.kind DESC, e.key DESC
 LIMIT :limit
"""


def events_of(
    session: Session, customer_id: int, after: EventKey | None, limit: int
) -> tuple[Event, ...]:
    """The customer's events older than ``after`` (from the newest when None)."""
    rows = session.execute(
        text(_EVENTS),
        {
            "customer": customer_id,
            "at": after.at if after else None,
            "kind": after.kind if after else None,
            "key": after.key if after else None,
            "limit": limit,
        },
    )
    return tuple(row_as(Event, row) for row in rows)
