"""Everything on a customer's card, read in one go: a fixed set of set-based queries.

The card never loads per row (no N+1): each section is one query over all of the
customer's accounts (or meters, or portal users), and :func:`load_card` returns one
frozen :class:`CardData` the card widgets only display.

Contacts come masked from the database (``phone_masked``/``email_masked``, migration
0090): the whole value only through the audited ``billing.reveal_contact``. An operator
who reads no contacts at all (a cashier) loads the card with ``contacts=False``.
"""

from __future__ import annotations

import enum
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import bindparam, text
from sqlalchemy.orm import Session

from models.queries.balance import Balance, balances, split_debt
from models.queries.lookup import customer_name, printed_address

__all__ = [
    "RECENT_LIMIT",
    "AccountInfo",
    "Alert",
    "AlertKind",
    "BillInfo",
    "CardData",
    "CodeInfo",
    "ConsumptionPoint",
    "CustomerHeader",
    "LinkRequestInfo",
    "MessageInfo",
    "MeterInfo",
    "PaymentInfo",
    "PendingPaymentInfo",
    "PortalActionInfo",
    "PortalLoginData",
    "PortalUserInfo",
    "ZoneReading",
    "load_card",
    "load_portal_login",
]

RECENT_LIMIT = 12
"""Bills and payments shown on the card (the payments tab has the full history)."""
CHART_MONTHS = 24
LINK_REQUESTS_PER_USER = 5
ESTIMATED_IN_A_ROW_ALERT = 2


class AlertKind(enum.StrEnum):
    """What the alert strip warns about."""

    DEBT = "debt"
    CALIBRATION_EXPIRED = "calibration_expired"
    REVIEW_PENDING = "review_pending"
    LINK_REQUEST_PENDING = "link_request_pending"
    ESTIMATED_READINGS = "estimated_readings"


@dataclass(frozen=True, slots=True)
class Alert:
    """One warning on the card; which fields are set depends on ``kind``."""

    kind: AlertKind
    account_number: str | None = None
    amount: Decimal | None = None
    count: int | None = None
    """Months unpaid (debt), estimated readings in a row, requests or reviews waiting."""
    on: date | None = None
    """Calibration expiry date."""
    serial_number: str | None = None
    login: str | None = None


@dataclass(frozen=True, slots=True)
class CustomerHeader:
    """Who the customer is."""

    id: int
    is_organisation: bool
    name: str
    inn: str | None
    kpp: str | None
    ogrn: str | None
    phone_masked: str | None
    """``+7 (***) ***-**-67``; None without a phone or for an operator who reads no contacts."""
    email_masked: str | None
    """``iv***@mail.ru``; None as for the phone."""
    created_at: datetime


@dataclass(frozen=True, slots=True)
class PendingPaymentInfo:
    """An internet payment taken by the portal's acquirer, not yet posted to the account."""

    account_id: int
    amount: Decimal
    paid_at: datetime
    status: str


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """One account with its balance today."""

    id: int
    number: str
    region_name: str
    address: str
    status: str
    opened_on: date
    closed_on: date | None
    contract_number: str | None
    contract_signed_on: date | None
    balance: Balance
    unpaid_bills: int
    """How many overdue bills the debt spans (payments settle the oldest bills first)."""
    debt_by_kind: tuple[tuple[str, Decimal], ...] = ()
    """The debt split into electricity, debt schedule, acts and services (kinds owed only)."""
    pending_payments: tuple[PendingPaymentInfo, ...] = ()
    """Internet payments the customer made that billing has not posted yet."""
    region_id: int = 0


@dataclass(frozen=True, slots=True)
class ZoneReading:
    """The last reading of one zone."""

    zone: str
    value: Decimal
    taken_on: date
    source: str


@dataclass(frozen=True, slots=True)
class MeterInfo:
    """A meter of an account with its last reading per zone."""

    id: int
    account_id: int
    serial_number: str
    model: str
    zones: int
    installed_on: date
    removed_on: date | None
    calibration_due: date
    calibration_expired: bool
    last_readings: tuple[ZoneReading, ...]
    estimated_in_a_row: int


@dataclass(frozen=True, slots=True)
class LinkRequestInfo:
    """A portal user's request to see an account."""

    id: int
    number: int
    account_number: str
    proof_kind: str
    status: str
    created_at: datetime
    reason: str | None
    region_id: int | None = None
    proof_value: str = ""
    version: int = 0

    @property
    def waiting(self) -> bool:
        """The request still waits for a decision (may be edited or cancelled)."""
        return self.status in ("new", "pending")


@dataclass(frozen=True, slots=True)
class PortalUserInfo:
    """A portal login about this customer's accounts, with its recent link requests."""

    id: int
    login: str
    email_masked: str | None
    """``iv***@mail.ru``; None for an operator who reads no contacts."""
    phone_masked: str | None
    status: str
    block_reason: str | None
    created_at: datetime
    email_confirmed_at: datetime | None
    version: int
    customer_id: int | None
    linked_account_ids: tuple[int, ...]
    link_requests: tuple[LinkRequestInfo, ...]
    review_pending: bool
    last_login_at: datetime | None = None
    failed_login_count: int = 0
    last_failed_login_at: datetime | None = None
    locked_until: datetime | None = None
    """The portal refuses logins until then (too many failed attempts)."""


@dataclass(frozen=True, slots=True)
class MessageInfo:
    """A notification to one of the card's portal logins and how far its delivery got."""

    id: int
    portal_user_id: int
    login: str
    channel: str
    recipient_masked: str | None
    """``+7 *** *** ** 67``; None for an operator who reads no contacts."""
    template: str
    subject: str | None
    status: str
    """``queued``, ``sent`` (the gateway took it), ``delivered``, ``failed``, ``dead``."""
    attempts: int
    created_at: datetime
    sent_at: datetime | None
    delivered_at: datetime | None
    last_error: str | None


@dataclass(frozen=True, slots=True)
class CodeInfo:
    """A one-time code sent to a portal login (never the code itself) and its message."""

    portal_user_id: int
    purpose: str
    created_at: datetime
    expires_at: datetime
    used_at: datetime | None
    revoked_at: datetime | None
    message_status: str | None


@dataclass(frozen=True, slots=True)
class PortalActionInfo:
    """An operator's recent action on one of the customer's portal logins."""

    login: str
    action: str
    reason: str | None
    performed_by: str
    performed_at: datetime


@dataclass(frozen=True, slots=True)
class BillInfo:
    """A recent bill."""

    id: int
    account_number: str
    billing_period: date
    receipt_number: str
    formed_on: date
    due_on: date
    amount: Decimal
    paid_on: date | None


@dataclass(frozen=True, slots=True)
class PaymentInfo:
    """A recent payment."""

    id: int
    account_number: str
    paid_on: date
    amount: Decimal
    channel: str


@dataclass(frozen=True, slots=True)
class ConsumptionPoint:
    """kWh billed for one zone of one account in one month."""

    account_id: int
    period: date
    zone: str
    kwh: Decimal


@dataclass(frozen=True, slots=True)
class CardData:
    """The whole card of one customer as of a date."""

    as_of: date
    customer: CustomerHeader
    accounts: tuple[AccountInfo, ...]
    meters: tuple[MeterInfo, ...]
    portal_users: tuple[PortalUserInfo, ...]
    portal_actions: tuple[PortalActionInfo, ...]
    bills: tuple[BillInfo, ...]
    payments: tuple[PaymentInfo, ...]
    consumption: tuple[ConsumptionPoint, ...]
    alerts: tuple[Alert, ...]
    messages: tuple[MessageInfo, ...] = ()
    codes: tuple[CodeInfo, ...] = ()

    def meters_of(self, account_id: int) -> tuple[MeterInfo, ...]:
        """The meters of one account."""
        return tuple(m for m in self.meters if m.account_id == account_id)

    def consumption_of(self, account_id: int) -> tuple[ConsumptionPoint, ...]:
        """Monthly consumption per zone of one account."""
        return tuple(p for p in self.consumption if p.account_id == account_id)


@dataclass(frozen=True, slots=True)
class PortalLoginData:
    """One portal login on its own: found by the lookup before it has a customer or account."""

    user: PortalUserInfo
    actions: tuple[PortalActionInfo, ...]
    account_numbers: tuple[tuple[int, str], ...]
    """Numbers of the accounts the login is linked to (id, number)."""
    region_name: str | None
    """The region its registration or latest link request named, if any."""
    review_id: int | None
    """Its registration review while that waits for a decision."""
    review_created_at: datetime | None
    messages: tuple[MessageInfo, ...] = ()
    codes: tuple[CodeInfo, ...] = ()


# --- queries -------------------------------------------------------------------------


def _ids(statement: str, name: str = "ids") -> Any:
    return text(statement).bindparams(bindparam(name, expanding=True))


_CUSTOMER = (
    "SELECT id, kind, last_name, first_name, middle_name, name, inn, kpp, ogrn, {contacts},"
    " created_at FROM customer WHERE id = :id"
)
_CONTACTS = "phone_masked, email_masked"
_NO_CONTACTS = "NULL::text AS phone_masked, NULL::text AS email_masked"
_ACCOUNTS = text("""
    SELECT a.id, a.number, a.region_id, r.name AS region_name, a.settlement, a.street,
           a.house, a.flat, a.status, a.opened_on, a.closed_on, ct.number AS contract_number,
           ct.signed_on AS contract_signed_on
    FROM account a JOIN region r ON r.id = a.region_id
    LEFT JOIN contract ct ON ct.id = a.contract_id
    WHERE a.customer_id = :id ORDER BY a.id
""")
_RECENT_BILLS = _ids("""
    SELECT account_id, amount, due_on FROM (
        SELECT b.account_id, b.amount, b.due_on,
               row_number() OVER (PARTITION BY b.account_id
                                  ORDER BY b.billing_period DESC, b.id DESC) AS n
        FROM bill b WHERE b.account_id IN :ids AND b.formed_on <= :as_of) x
    WHERE n <= 60 ORDER BY account_id, n
""")
_METERS = _ids("""
    SELECT m.id, mp.account_id, m.serial_number, m.model, m.zones, m.installed_on,
           m.removed_on, m.calibration_due
    FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id
    WHERE mp.account_id IN :ids ORDER BY mp.account_id, m.removed_on NULLS FIRST, m.id
""")
_LAST_READINGS = _ids("""
    SELECT DISTINCT ON (meter_id, zone) meter_id, zone, value, taken_on, source
    FROM reading WHERE meter_id IN :ids
    ORDER BY meter_id, zone, taken_on DESC, id DESC
""")
_ESTIMATED_IN_A_ROW = _ids("""
    SELECT meter_id,
           coalesce(min(n) FILTER (WHERE source <> 'estimated') - 1, count(*)) AS in_a_row
    FROM (SELECT meter_id, source,
                 row_number() OVER (PARTITION BY meter_id ORDER BY taken_on DESC, id DESC) AS n
          FROM reading WHERE meter_id IN :ids AND zone = 'T1') r
    GROUP BY meter_id
""")
_PORTAL_USER_COLUMNS = """
    SELECT pu.id, pu.login, {contacts}, pu.status, pu.block_reason, pu.created_at,
           pu.email_confirmed_at, pu.version, pu.customer_id, pu.last_login_at,
           pu.failed_login_count, pu.last_failed_login_at,
           CASE WHEN pu.locked_until > now() THEN pu.locked_until END AS locked_until,
           EXISTS (SELECT FROM registration_review rr
                   WHERE rr.portal_user_id = pu.id AND rr.status = 'pending') AS review_pending
    FROM portal_user pu
"""
_PORTAL_CONTACTS = "pu.email_masked, pu.phone_masked"
_PORTAL_NO_CONTACTS = "NULL::text AS email_masked, NULL::text AS phone_masked"
_PORTAL_USER = _PORTAL_USER_COLUMNS + " WHERE pu.id = :id"
_PORTAL_LOGIN_CONTEXT = text("""
    SELECT rr.id AS review_id, rr.status AS review_status, rr.created_at AS review_created_at,
           coalesce(rr.region_id, (SELECT lr.region_id FROM link_request lr
                                    WHERE lr.portal_user_id = :id
                                    ORDER BY lr.created_at DESC, lr.id DESC LIMIT 1)) AS region_id
    FROM (SELECT :id AS id) me
    LEFT JOIN registration_review rr ON rr.portal_user_id = me.id
""")
_ACCOUNT_NUMBERS = _ids("SELECT id, number FROM account WHERE id IN :ids ORDER BY id")
_PORTAL_USERS = (
    _PORTAL_USER_COLUMNS
    + """
    WHERE pu.id IN (
        SELECT id FROM portal_user WHERE customer_id = :id
        UNION SELECT portal_user_id FROM account_link WHERE account_id IN :ids
        UNION SELECT portal_user_id FROM link_request WHERE account_id IN :ids
        UNION SELECT rr.portal_user_id FROM registration_review rr
              JOIN account a ON a.region_id = rr.region_id AND a.number = rr.account_number
              WHERE a.id IN :ids)
    ORDER BY pu.created_at, pu.id
"""
)
_LINKS = _ids(
    "SELECT portal_user_id, account_id FROM account_link WHERE portal_user_id IN :ids"
    " ORDER BY portal_user_id, account_id"
)
_LINK_REQUESTS = _ids(f"""
    SELECT id, number, portal_user_id, account_number, proof_kind, status, created_at, reason,
           region_id, proof_value, version
    FROM (SELECT lr.*, row_number() OVER (PARTITION BY portal_user_id
                                          ORDER BY created_at DESC, id DESC) AS n
          FROM link_request lr WHERE portal_user_id IN :ids) x
    WHERE n <= {LINK_REQUESTS_PER_USER}
    ORDER BY portal_user_id, created_at DESC, id DESC
""")
_PORTAL_ACTIONS = _ids("""
    SELECT login, action, reason, performed_by, performed_at FROM portal_action
    WHERE portal_user_id IN :ids ORDER BY performed_at DESC, id DESC LIMIT 10
""")
_MESSAGES = _ids(f"""
    SELECT n.id, n.portal_user_id, pu.login, n.channel, {{recipient}}, n.template, n.subject,
           n.status, n.attempts, n.created_at, n.sent_at, n.delivered_at, n.last_error
    FROM notification n JOIN portal_user pu ON pu.id = n.portal_user_id
    WHERE n.portal_user_id IN :ids ORDER BY n.created_at DESC, n.id DESC LIMIT {RECENT_LIMIT}
""")
_CODES = _ids("""
    SELECT c.portal_user_id, c.purpose, c.created_at, c.expires_at, c.used_at, c.revoked_at,
           n.status AS message_status
    FROM portal_code c LEFT JOIN notification n ON n.id = c.notification_id
    WHERE c.portal_user_id IN :ids ORDER BY c.created_at DESC, c.id DESC LIMIT 10
""")
_DEBT_LINES = _ids("""
    SELECT b.account_id, b.id AS bill_id, l.kind, l.amount
    FROM bill b JOIN bill_line l ON l.bill_id = b.id
    WHERE b.account_id IN :ids AND b.formed_on <= :as_of
      AND b.id IN (SELECT id FROM (SELECT x.id, row_number() OVER (PARTITION BY x.account_id
                                        ORDER BY x.billing_period DESC, x.id DESC) AS n
                                   FROM bill x WHERE x.account_id IN :ids
                                     AND x.formed_on <= :as_of) r WHERE n <= 60)
    ORDER BY b.account_id, b.billing_period DESC, b.id DESC, l.id
""")
_PENDING_PAYMENTS = _ids("""
    SELECT account_id, amount, paid_at, status FROM internet_payment
    WHERE account_id IN :ids AND status = 'pending' ORDER BY paid_at DESC, id DESC
""")
_BILLS = _ids(f"""
    SELECT b.id, a.number AS account_number, b.billing_period, b.receipt_number, b.formed_on,
           b.due_on, b.amount, b.paid_on
    FROM bill b JOIN account a ON a.id = b.account_id
    WHERE b.account_id IN :ids ORDER BY b.billing_period DESC, b.id DESC LIMIT {RECENT_LIMIT}
""")
_PAYMENTS = _ids(f"""
    SELECT p.id, a.number AS account_number, p.paid_on, p.amount, p.channel
    FROM payment p JOIN account a ON a.id = p.account_id
    WHERE p.account_id IN :ids ORDER BY p.paid_on DESC, p.id DESC LIMIT {RECENT_LIMIT}
""")
_CONSUMPTION = _ids(f"""
    SELECT b.account_id, b.billing_period AS period, l.zone, sum(l.quantity) AS kwh
    FROM bill b JOIN bill_line l ON l.bill_id = b.id
    WHERE b.account_id IN :ids AND l.kind = 'electricity' AND l.quantity IS NOT NULL
      AND b.billing_period >= (date_trunc('month', CAST(:as_of AS date))
                               - interval '{CHART_MONTHS} months')
    GROUP BY b.account_id, b.billing_period, l.zone
    ORDER BY b.account_id, b.billing_period, l.zone
""")


def _with_contacts(statement: str, contacts: bool, shown: str, hidden: str) -> str:
    return statement.replace("{contacts}", shown if contacts else hidden)


def load_card(
    session: Session, customer_id: int, as_of: date, *, contacts: bool = True
) -> CardData:
    """The card of ``customer_id`` as of ``as_of``; LookupError for an unknown customer.

    ``contacts``: whether the operator reads (masked) contacts; a cashier does not.
    """
    customer = text(_with_contacts(_CUSTOMER, contacts, _CONTACTS, _NO_CONTACTS))
    found = session.execute(customer, {"id": customer_id}).one_or_none()
    if found is None:
        raise LookupError(f"no customer {customer_id}")
    header = CustomerHeader(
        id=found.id,
        is_organisation=found.kind == "organisation",
        name=customer_name(found.kind, found),
        inn=found.inn,
        kpp=found.kpp,
        ogrn=found.ogrn,
        phone_masked=found.phone_masked,
        email_masked=found.email_masked,
        created_at=found.created_at,
    )
    account_rows = session.execute(_ACCOUNTS, {"id": customer_id}).all()
    ids = [row.id for row in account_rows] or [-1]
    owed = balances(session, ids, as_of)
    recent: dict[int, list[tuple[Decimal, date]]] = defaultdict(list)
    for r in session.execute(_RECENT_BILLS, {"ids": ids, "as_of": as_of}):
        recent[r.account_id].append((Decimal(r.amount), r.due_on))
    unpaid = {a: _months_unpaid(owed[a].total_due, recent.get(a, []), as_of) for a in owed}
    by_kind = _debt_by_kind(session, ids, owed, as_of)
    pending: dict[int, list[PendingPaymentInfo]] = defaultdict(list)
    for p in session.execute(_PENDING_PAYMENTS, {"ids": ids}):
        pending[p.account_id].append(PendingPaymentInfo(**p._asdict()))
    accounts = tuple(
        AccountInfo(
            id=row.id,
            number=row.number,
            region_name=row.region_name,
            address=printed_address(row),
            status=row.status,
            opened_on=row.opened_on,
            closed_on=row.closed_on,
            contract_number=row.contract_number,
            contract_signed_on=row.contract_signed_on,
            balance=owed[row.id],
            unpaid_bills=unpaid[row.id],
            debt_by_kind=by_kind.get(row.id, ()),
            pending_payments=tuple(pending.get(row.id, ())),
            region_id=row.region_id,
        )
        for row in account_rows
    )
    meters = _meters(session, ids, as_of)
    users, actions = _portal_users(session, customer_id, ids, contacts)
    number_of = {a.id: a.number for a in accounts}
    bills = tuple(BillInfo(**row._asdict()) for row in session.execute(_BILLS, {"ids": ids}))
    payments = tuple(
        PaymentInfo(**row._asdict()) for row in session.execute(_PAYMENTS, {"ids": ids})
    )
    consumption = tuple(
        ConsumptionPoint(row.account_id, row.period, row.zone, Decimal(row.kwh))
        for row in session.execute(_CONSUMPTION, {"ids": ids, "as_of": as_of})
    )
    alerts = _alerts(accounts, meters, users, number_of)
    messages, codes = _messages_and_codes(session, [u.id for u in users], contacts)
    return CardData(
        as_of=as_of,
        customer=header,
        accounts=accounts,
        meters=meters,
        portal_users=users,
        portal_actions=actions,
        bills=bills,
        payments=payments,
        consumption=consumption,
        alerts=alerts,
        messages=messages,
        codes=codes,
    )


def _messages_and_codes(
    session: Session, user_ids: Sequence[int], contacts: bool
) -> tuple[tuple[MessageInfo, ...], tuple[CodeInfo, ...]]:
    """Recent notifications of the logins (with delivery) and the codes sent to them."""
    recipient = "n.recipient_masked" if contacts else "NULL::text AS recipient_masked"
    statement = _MESSAGES.text.replace("{recipient}", recipient)
    ids = list(user_ids) or [-1]
    messages = tuple(
        MessageInfo(**row._asdict()) for row in session.execute(_ids(statement), {"ids": ids})
    )
    codes = tuple(CodeInfo(**row._asdict()) for row in session.execute(_CODES, {"ids": ids}))
    return messages, codes


def _debt_by_kind(
    session: Session, ids: Sequence[int], owed: dict[int, Balance], as_of: date
) -> dict[int, tuple[tuple[str, Decimal], ...]]:
    """Each indebted account's debt by kind (see :func:`split_debt`), kinds owed only."""
    indebted = [a for a in ids if a in owed and owed[a].debt > 0]
    bills: dict[int, dict[int, list[tuple[str, Decimal]]]] = defaultdict(dict)
    # One query whatever the card holds (no debt: no rows), so a card costs the same.
    for line in session.execute(_DEBT_LINES, {"ids": indebted or [-1], "as_of": as_of}):
        bills[line.account_id].setdefault(line.bill_id, []).append(
            (line.kind, Decimal(line.amount))
        )
    result = {}
    for account_id in indebted:
        split = split_debt(owed[account_id].debt, list(bills[account_id].values()))
        result[account_id] = tuple((k, v) for k, v in split.items() if v)
    return result


def _months_unpaid(due: Decimal, bills: Sequence[tuple[Decimal, date]], as_of: date) -> int:
    """Overdue bills the debt reaches back over, newest bill first (the debt's age)."""
    months = 0
    remaining = due
    for amount, due_on in bills:
        if remaining <= 0:
            break
        if due_on < as_of and amount > 0:
            months += 1
        remaining -= amount
    return months


def _meters(session: Session, account_ids: Sequence[int], as_of: date) -> tuple[MeterInfo, ...]:
    rows = session.execute(_METERS, {"ids": list(account_ids)}).all()
    meter_ids = [row.id for row in rows] or [-1]
    readings: dict[int, list[ZoneReading]] = defaultdict(list)
    for r in session.execute(_LAST_READINGS, {"ids": meter_ids}):
        readings[r.meter_id].append(ZoneReading(r.zone, r.value, r.taken_on, r.source))
    in_a_row = {
        r.meter_id: int(r.in_a_row)
        for r in session.execute(_ESTIMATED_IN_A_ROW, {"ids": meter_ids})
    }
    return tuple(
        MeterInfo(
            id=row.id,
            account_id=row.account_id,
            serial_number=row.serial_number,
            model=row.model,
            zones=row.zones,
            installed_on=row.installed_on,
            removed_on=row.removed_on,
            calibration_due=row.calibration_due,
            calibration_expired=row.removed_on is None and row.calibration_due < as_of,
            last_readings=tuple(readings.get(row.id, ())),
            estimated_in_a_row=in_a_row.get(row.id, 0),
        )
        for row in rows
    )


def load_portal_login(
    session: Session, portal_user_id: int, *, contacts: bool = True
) -> PortalLoginData:
    """The portal login ``portal_user_id`` alone; LookupError for an unknown login."""
    statement = _with_contacts(_PORTAL_USER, contacts, _PORTAL_CONTACTS, _PORTAL_NO_CONTACTS)
    rows = session.execute(text(statement), {"id": portal_user_id}).all()
    if not rows:
        raise LookupError(f"no portal user {portal_user_id}")
    users, actions = _portal_user_infos(session, rows)
    user = users[0]
    context = session.execute(_PORTAL_LOGIN_CONTEXT, {"id": portal_user_id}).one()
    region = None
    if context.region_id is not None:
        region = session.execute(
            text("SELECT name FROM region WHERE id = :id"), {"id": context.region_id}
        ).scalar_one_or_none()
    numbers = tuple(
        (row.id, row.number)
        for row in session.execute(_ACCOUNT_NUMBERS, {"ids": list(user.linked_account_ids) or [-1]})
    )
    pending = context.review_id is not None and context.review_status == "pending"
    messages, codes = _messages_and_codes(session, [user.id], contacts)
    return PortalLoginData(
        user=user,
        actions=actions,
        account_numbers=numbers,
        region_name=region,
        review_id=context.review_id if pending else None,
        review_created_at=context.review_created_at if pending else None,
        messages=messages,
        codes=codes,
    )


def _portal_users(
    session: Session, customer_id: int, account_ids: Sequence[int], contacts: bool
) -> tuple[tuple[PortalUserInfo, ...], tuple[PortalActionInfo, ...]]:
    statement = _ids(_with_contacts(_PORTAL_USERS, contacts, _PORTAL_CONTACTS, _PORTAL_NO_CONTACTS))
    rows = session.execute(statement, {"id": customer_id, "ids": list(account_ids)}).all()
    return _portal_user_infos(session, rows)


def _portal_user_infos(
    session: Session, rows: Sequence[Any]
) -> tuple[tuple[PortalUserInfo, ...], tuple[PortalActionInfo, ...]]:
    """Portal users of ``rows`` with their links, recent requests and the actions on them."""
    user_ids = [row.id for row in rows] or [-1]
    links: dict[int, list[int]] = defaultdict(list)
    for link in session.execute(_LINKS, {"ids": user_ids}):
        links[link.portal_user_id].append(link.account_id)
    requests: dict[int, list[LinkRequestInfo]] = defaultdict(list)
    for r in session.execute(_LINK_REQUESTS, {"ids": user_ids}):
        requests[r.portal_user_id].append(
            LinkRequestInfo(
                r.id,
                r.number,
                r.account_number,
                r.proof_kind,
                r.status,
                r.created_at,
                r.reason,
                r.region_id,
                r.proof_value,
                r.version,
            )
        )
    users = tuple(
        PortalUserInfo(
            id=row.id,
            login=row.login,
            email_masked=row.email_masked,
            phone_masked=row.phone_masked,
            status=row.status,
            block_reason=row.block_reason,
            created_at=row.created_at,
            email_confirmed_at=row.email_confirmed_at,
            version=row.version,
            customer_id=row.customer_id,
            linked_account_ids=tuple(links.get(row.id, ())),
            link_requests=tuple(requests.get(row.id, ())),
            review_pending=bool(row.review_pending),
            last_login_at=row.last_login_at,
            failed_login_count=row.failed_login_count,
            last_failed_login_at=row.last_failed_login_at,
            locked_until=row.locked_until,
        )
        for row in rows
    )
    actions = tuple(
        PortalActionInfo(**row._asdict())
        for row in session.execute(_PORTAL_ACTIONS, {"ids": user_ids})
    )
    return users, actions


def _alerts(
    accounts: Sequence[AccountInfo],
    meters: Sequence[MeterInfo],
    users: Sequence[PortalUserInfo],
    number_of: dict[int, str],
) -> tuple[Alert, ...]:
    alerts: list[Alert] = []
    for account in accounts:
        due = account.balance.total_due
        if due > 0:
            alerts.append(
                Alert(
                    AlertKind.DEBT,
                    account_number=account.number,
                    amount=due,
                    count=account.unpaid_bills,
                )
            )
    for meter in meters:
        number = number_of.get(meter.account_id)
        if meter.calibration_expired:
            alerts.append(
                Alert(
                    AlertKind.CALIBRATION_EXPIRED,
                    account_number=number,
                    on=meter.calibration_due,
                    serial_number=meter.serial_number,
                )
            )
        if meter.removed_on is None and meter.estimated_in_a_row >= ESTIMATED_IN_A_ROW_ALERT:
            alerts.append(
                Alert(
                    AlertKind.ESTIMATED_READINGS,
                    account_number=number,
                    count=meter.estimated_in_a_row,
                    serial_number=meter.serial_number,
                )
            )
    for user in users:
        if user.review_pending or user.status == "awaiting_review":
            alerts.append(Alert(AlertKind.REVIEW_PENDING, login=user.login))
        waiting = [r for r in user.link_requests if r.status in ("new", "pending")]
        if waiting:
            alerts.append(
                Alert(
                    AlertKind.LINK_REQUEST_PENDING,
                    login=user.login,
                    count=len(waiting),
                    account_number=waiting[0].account_number,
                )
            )
    return tuple(alerts)
