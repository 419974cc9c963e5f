"""What the supervisors' queues show: queue rows, one item beside billing's data, the dashboard.

Reads only; every change goes through ``console/services/moderation.py``. The facts a
link request is checked against come from the database's own ``billing.link_proof_facts``
so the supervisor sees exactly what the automatic check saw; the explanation is then
produced by :func:`models.domain.link_proofs.check_proof` (which the SQL check mirrors).
"""

from __future__ import annotations

import enum
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.domain.enums import ProofKind
from models.domain.identifiers import (
    OGRNIP_LENGTH,
    compact,
    validate_inn,
    validate_kpp,
    validate_ogrn,
    validate_ogrnip,
)
from models.domain.link_proofs import (
    AccountFacts,
    ProofCheck,
    check_proof,
    owner_surname,
    parse_amount,
)
from models.domain.problems import Problem
from models.domain.search_keys import meter_serial_key, receipt_number_key
from models.domain.text import surname_prefix
from models.domain.working_days import Ageing, AgeingStatus, WorkingCalendar
from models.queries.rows import row_as, rows_as
from models.queries.sql_parts import ADDRESS_SQL, CUSTOMER_NAME_SQL, customer_name_sql

__all__ = [
    "AgeFilter",
    "BillFact",
    "Branch",
    "ContractCheck",
    "Dashboard",
    "LinkRequestDetail",
    "MergeLogin",
    "MergeRequestDetail",
    "MeterFact",
    "NotificationRow",
    "PaymentFact",
    "ProofEvidence",
    "Queue",
    "QueueFilter",
    "QueueItem",
    "Reason",
    "Region",
    "ReviewDetail",
    "account_facts",
    "facts_from_json",
    "load_dashboard",
    "load_link_request",
    "load_merge_request",
    "load_notifications",
    "load_queue",
    "load_reasons",
    "load_regions",
    "load_review",
]

RECENT = 6
"""Payments and bills shown beside a link request."""
DUE_WORKING_DAYS = 3
WARN_WORKING_DAYS = 2
"""The portal promises 1-3 working days: due soon from the 2nd, overdue after the 3rd."""
_THIRTY_DAYS = timedelta(days=30)


class Queue(enum.StrEnum):
    """The moderation queues (the values are the SQL functions' queue names)."""

    LINK_REQUESTS = "link_request"
    REGISTRATIONS = "registration_review"
    MERGES = "merge_request"


class AgeFilter(enum.StrEnum):
    """Which items to show by their ageing."""

    ANY = "any"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    LATE_OR_DUE = "late_or_due"


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """What the queue view shows; ``kind`` is a proof kind or a customer kind."""

    statuses: tuple[str, ...] = ("new", "pending")
    kind: str | None = None
    region_id: int | None = None
    age: AgeFilter = AgeFilter.ANY
    limit: int = 500


@dataclass(frozen=True, slots=True)
class QueueItem:
    """One row of a queue, oldest first."""

    queue: Queue
    id: int
    version: int
    number: str
    """The link request's number, or the review's portal login."""
    kind: str
    region: str
    subject: str
    """Account number typed, or the organisation's name / the household's account."""
    status: str
    check_code: str | None
    created_at: datetime
    ageing: Ageing
    claimed_by: str | None
    claimed_until: datetime | None
    decided_by: str | None


@dataclass(frozen=True, slots=True)
class Region:
    """A region for the filter and the edit form."""

    id: int
    name: str


@dataclass(frozen=True, slots=True)
class Reason:
    """A rejection reason of a queue's list; ``title`` is what the customer reads."""

    code: str
    title: str


@dataclass(frozen=True, slots=True)
class PaymentFact:
    """A payment on the account; ``matches`` when it is the amount the customer typed."""

    paid_on: date
    amount: Decimal
    channel: str
    matches: bool


@dataclass(frozen=True, slots=True)
class MeterFact:
    """A meter of the account."""

    serial_number: str
    model: str
    removed_on: date | None
    matches: bool


@dataclass(frozen=True, slots=True)
class BillFact:
    """A bill of the account."""

    billing_period: date
    receipt_number: str
    amount: Decimal
    matches: bool


@dataclass(frozen=True, slots=True)
class LinkRequestDetail:
    """A link request beside what billing holds about the account it names."""

    id: int
    version: int
    number: int
    status: str
    portal_user_id: int
    portal_login: str
    portal_email: str
    """Masked (``iv***@mail.ru``): the database shows supervisors no whole contact."""
    region_id: int
    region: str
    account_number: str
    proof_kind: ProofKind
    proof_value: str
    created_at: datetime
    ageing: Ageing
    claimed_by: str | None
    claimed_until: datetime | None
    decided_by: str | None
    reason: str | None
    facts: AccountFacts
    check: ProofCheck
    owner_name: str | None
    owner_prefix_matches: bool
    """The typed letters begin the owner's surname (highlight them)."""
    address: str | None
    payments: tuple[PaymentFact, ...]
    meters: tuple[MeterFact, ...]
    bills: tuple[BillFact, ...]


@dataclass(frozen=True, slots=True)
class ContractCheck:
    """A contract number the organisation typed, and whose it is in billing."""

    number: str
    found: bool
    belongs: bool
    holder: str | None


@dataclass(frozen=True, slots=True)
class ProofEvidence:
    """A proof a registration's applicant gave, with the database's verdict on it
    (``billing.registration_proof_checks``: the link requests' check)."""

    kind: str
    region: str
    account_number: str
    value: str
    matched: bool
    problems: tuple[Problem, ...]


@dataclass(frozen=True, slots=True)
class Branch:
    """An organisation with the registration's INN: the head office or a branch (its KPP)."""

    customer_id: int
    name: str
    kpp: str | None
    kpp_matches: bool
    """The registration names this KPP (or names none)."""


@dataclass(frozen=True, slots=True)
class ReviewDetail:
    """A registration beside billing: identifiers' check digits, the customer with the INN."""

    id: int
    version: int
    status: str
    portal_user_id: int
    portal_login: str
    portal_email: str
    """Masked, as the phone."""
    portal_phone: str | None
    """Masked (``+7 (***) ***-**-67``)."""
    customer_kind: str
    organisation_type: str | None
    organisation_name: str | None
    inn: str | None
    kpp: str | None
    ogrn: str | None
    contract_numbers: tuple[str, ...]
    account_number: str | None
    region: str | None
    created_at: datetime
    ageing: Ageing
    claimed_by: str | None
    claimed_until: datetime | None
    reason: str | None
    inn_problems: tuple[Problem, ...]
    kpp_problems: tuple[Problem, ...]
    ogrn_problems: tuple[Problem, ...]
    customer_id: int | None
    customer_name: str | None
    customer_kpp: str | None
    customer_ogrn: str | None
    contracts: tuple[ContractCheck, ...]
    account_owner: str | None
    """For households: the owner of the named account in billing."""
    account_found: bool = False
    applicant_name: str | None = None
    proofs: tuple[ProofEvidence, ...] = ()
    branches: tuple[Branch, ...] = ()
    """Every organisation with the INN; the supervisor chooses among them when several."""
    approved_customer_id: int | None = None


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The supervisors' figures: queues, the oldest item, overdue, decisions today."""

    link_requests_waiting: int
    registrations_waiting: int
    oldest_created_at: datetime | None
    oldest_label: str
    overdue: int
    due_soon: int
    decisions_today: tuple[tuple[str, int], ...]
    auto_approval_rate: float | None
    """Share of the last 30 days' link requests approved automatically (None: no requests)."""
    notifications: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class NotificationRow:
    """One outbox message with its delivery state."""

    id: int
    created_at: datetime
    channel: str
    recipient: str
    """Masked: only the sender (``billing.notification_claim``) reads the whole address."""
    subject: str
    template: str
    status: str
    attempts: int
    next_attempt_at: datetime
    sent_at: datetime | None
    last_error: str | None


# --- facts ---------------------------------------------------------------------------


def facts_from_json(data: Mapping[str, Any]) -> AccountFacts:
    """:class:`AccountFacts` from ``billing.link_proof_facts`` (amounts come as text)."""
    if not data.get("account_found"):
        return AccountFacts(account_found=False)
    last = data.get("last_payment_amount")
    paid_on = data.get("last_payment_date")
    return AccountFacts(
        account_found=True,
        region_matches=bool(data.get("region_matches")),
        account_region=data.get("account_region"),
        owner_name=data.get("owner_name"),
        previous_owner_names=tuple(data.get("previous_owner_names") or ()),
        last_payment_amount=Decimal(last) if last is not None else None,
        last_payment_date=date.fromisoformat(paid_on) if paid_on else None,
        earlier_payment_amounts=tuple(
            Decimal(a) for a in data.get("earlier_payment_amounts") or ()
        ),
        meter_serials=tuple(data.get("meter_serials") or ()),
        receipt_numbers=tuple(data.get("receipt_numbers") or ()),
    )


def _facts_json(session: Session, region_id: int, account_number: str) -> dict[str, Any]:
    data = session.execute(
        text("SELECT billing.link_proof_facts(:region, :number)"),
        {"region": region_id, "number": account_number},
    ).scalar_one()
    return dict(data)


def account_facts(session: Session, region_id: int, account_number: str) -> AccountFacts:
    """What the automatic check knows about account ``account_number`` in ``region_id``."""
    return facts_from_json(_facts_json(session, region_id, account_number))


# --- queues --------------------------------------------------------------------------

_LINK_QUEUE = """
SELECT lr.id, lr.version, lr.number::text AS number, lr.proof_kind AS kind, r.name AS region,
       lr.account_number AS subject, lr.status, lr.check_code, lr.created_at,
       lr.claimed_by, lr.claimed_until, lr.decided_by
  FROM billing.link_request lr JOIN billing.region r ON r.id = lr.region_id
 WHERE lr.status = ANY(:statuses)
   AND (CAST(:kind AS text) IS NULL OR lr.proof_kind = :kind)
   AND (CAST(:region AS bigint) IS NULL OR lr.region_id = :region)
   AND (CAST(:ids AS bigint[]) IS NULL OR lr.id = ANY(:ids))
 ORDER BY lr.created_at, lr.id
 LIMIT :limit
"""

_REVIEW_QUEUE = """
SELECT rv.id, rv.version, u.login AS number, rv.customer_kind AS kind,
       coalesce(r.name, '') AS region,
       coalesce(nullif(concat_ws(' ', rv.organisation_type, rv.organisation_name), ''),
                rv.account_number, '') AS subject,
       rv.status, NULL AS check_code, rv.created_at, rv.claimed_by, rv.claimed_until,
       rv.decided_by
  FROM billing.registration_review rv
  JOIN billing.portal_user u ON u.id = rv.portal_user_id
  LEFT JOIN billing.region r ON r.id = rv.region_id
 WHERE rv.status = ANY(:statuses)
   AND (CAST(:kind AS text) IS NULL OR rv.customer_kind = :kind)
   AND (CAST(:region AS bigint) IS NULL OR rv.region_id = :region)
   AND (CAST(:ids AS bigint[]) IS NULL OR rv.id = ANY(:ids))
 ORDER BY rv.created_at, rv.id
 LIMIT :limit
"""


_MERGE_QUEUE = """
SELECT m.id, m.version, m.id::text AS number,
       CASE WHEN m.keep_customer_id IS NOT DISTINCT FROM m.joined_customer_id
            THEN 'same_customer' ELSE 'other_customers' END AS kind,
       '' AS region, m.joined_login || ' → ' || m.keep_login AS subject,
       m.status, NULL AS check_code, m.requested_at AS created_at, m.claimed_by,
       m.claimed_until, m.decided_by
  FROM billing.merge_request m
 WHERE m.status = ANY(:statuses)
   AND (CAST(:kind AS text) IS NULL
        OR (CASE WHEN m.keep_customer_id IS NOT DISTINCT FROM m.joined_customer_id
                 THEN 'same_customer' ELSE 'other_customers' END) = :kind)
   AND CAST(:region AS bigint) IS NULL
   AND (CAST(:ids AS bigint[]) IS NULL OR m.id = ANY(:ids))
 ORDER BY m.requested_at, m.id
 LIMIT :limit
"""

_QUEUES = {
    Queue.LINK_REQUESTS: _LINK_QUEUE,
    Queue.REGISTRATIONS: _REVIEW_QUEUE,
    Queue.MERGES: _MERGE_QUEUE,
}


def _ageing(calendar: WorkingCalendar, created_at: datetime, now: datetime) -> Ageing:
    return calendar.ageing(created_at, now, DUE_WORKING_DAYS, WARN_WORKING_DAYS)


def _age_allows(age: AgeFilter, status: AgeingStatus) -> bool:
    if age is AgeFilter.ANY:
        return True
    if age is AgeFilter.LATE_OR_DUE:
        return status is not AgeingStatus.ON_TIME
    return status.value == age.value


def load_queue(
    session: Session,
    queue: Queue,
    filters: QueueFilter,
    calendar: WorkingCalendar,
    now: datetime,
    ids: Collection[int] | None = None,
) -> tuple[QueueItem, ...]:
    """The queue's items matching ``filters``, oldest first, with their working-day ageing;
    with ``ids``, only those of them (a view reloading the rows a change named)."""
    sql = _QUEUES[queue]
    rows = session.execute(
        text(sql),
        {
            "statuses": list(filters.statuses),
            "kind": filters.kind,
            "region": filters.region_id,
            "ids": None if ids is None else sorted(ids),
            "limit": filters.limit,
        },
    ).all()
    items = []
    for row in rows:
        ageing = _ageing(calendar, row.created_at, now)
        if row.status in ("new", "pending") and not _age_allows(filters.age, ageing.status):
            continue
        if row.status not in ("new", "pending") and filters.age is not AgeFilter.ANY:
            continue
        items.append(
            QueueItem(
                queue=queue,
                id=row.id,
                version=row.version,
                number=row.number,
                kind=row.kind,
                region=row.region,
                subject=row.subject,
                status=row.status,
                check_code=row.check_code,
                created_at=row.created_at,
                ageing=ageing,
                claimed_by=row.claimed_by,
                claimed_until=row.claimed_until,
                decided_by=row.decided_by,
            )
        )
    return tuple(items)


def load_regions(session: Session) -> tuple[Region, ...]:
    """Every region, by name."""
    return rows_as(session, Region, "SELECT id, name FROM billing.region ORDER BY name")


def load_reasons(session: Session, queue: Queue) -> tuple[Reason, ...]:
    """The rejection reasons of ``queue`` in list order."""
    return rows_as(
        session,
        Reason,
        "SELECT code, title FROM billing.rejection_reason WHERE queue = :queue"
        " ORDER BY position, code",
        {"queue": queue.value},
    )


# --- one link request ----------------------------------------------------------------

_LINK_REQUEST = """
SELECT lr.*, r.name AS region, u.login, u.email_masked AS email
  FROM billing.link_request lr
  JOIN billing.region r ON r.id = lr.region_id
  JOIN billing.portal_user u ON u.id = lr.portal_user_id
 WHERE lr.id = :id
"""

_ACCOUNT_DATA = f"""
SELECT {ADDRESS_SQL} AS address
  FROM billing.account a WHERE a.id = :account
"""

_PAYMENTS = """
SELECT paid_on, amount, channel FROM billing.payment
 WHERE account_id = :account ORDER BY paid_on DESC, id DESC LIMIT :limit
"""

_METERS = """
SELECT m.serial_number, m.model, m.removed_on
  FROM billing.meter m JOIN billing.metering_point mp ON mp.id = m.metering_point_id
 WHERE mp.account_id = :account ORDER BY m.removed_on NULLS FIRST, m.id
"""

_BILLS = """
SELECT billing_period, receipt_number, amount FROM billing.bill
 WHERE account_id = :account ORDER BY billing_period DESC, id DESC LIMIT :limit
"""


def load_link_request(
    session: Session, request_id: int, calendar: WorkingCalendar, now: datetime
) -> LinkRequestDetail | None:
    """The link request ``request_id`` beside billing's data, or None if there is none."""
    row = session.execute(text(_LINK_REQUEST), {"id": request_id}).mappings().first()
    if row is None:
        return None
    raw = _facts_json(session, row["region_id"], row["account_number"])
    facts = facts_from_json(raw)
    kind = ProofKind(row["proof_kind"])
    typed = row["proof_value"]
    check = check_proof(kind, typed, facts)
    account_id = raw.get("account_id")
    payments: tuple[PaymentFact, ...] = ()
    meters: tuple[MeterFact, ...] = ()
    bills: tuple[BillFact, ...] = ()
    address = None
    if account_id is not None:
        params = {"account": account_id, "limit": RECENT}
        address = session.execute(text(_ACCOUNT_DATA), params).scalar_one_or_none()
        typed_amount = parse_amount(typed) if kind is ProofKind.LAST_PAYMENT_AMOUNT else None
        payments = tuple(
            PaymentFact(p.paid_on, p.amount, p.channel, typed_amount == p.amount)
            for p in session.execute(text(_PAYMENTS), params)
        )
        serial = meter_serial_key(typed) if kind is ProofKind.METER_SERIAL else None
        meters = tuple(
            MeterFact(
                m.serial_number, m.model, m.removed_on, serial == meter_serial_key(m.serial_number)
            )
            for m in session.execute(text(_METERS), params)
        )
        receipt = receipt_number_key(typed) if kind is ProofKind.RECEIPT_NUMBER else None
        bills = tuple(
            BillFact(
                b.billing_period,
                b.receipt_number,
                b.amount,
                receipt == receipt_number_key(b.receipt_number),
            )
            for b in session.execute(text(_BILLS), params)
        )
    owner = facts.owner_name
    prefix_matches = (
        kind is ProofKind.SURNAME_PREFIX
        and owner is not None
        and surname_prefix(typed) != ""
        and surname_prefix(owner_surname(owner)) == surname_prefix(typed)
    )
    return LinkRequestDetail(
        id=row["id"],
        version=row["version"],
        number=row["number"],
        status=row["status"],
        portal_user_id=row["portal_user_id"],
        portal_login=row["login"],
        portal_email=row["email"],
        region_id=row["region_id"],
        region=row["region"],
        account_number=row["account_number"],
        proof_kind=kind,
        proof_value=typed,
        created_at=row["created_at"],
        ageing=_ageing(calendar, row["created_at"], now),
        claimed_by=row["claimed_by"],
        claimed_until=row["claimed_until"],
        decided_by=row["decided_by"],
        reason=row["reason"],
        facts=facts,
        check=check,
        owner_name=owner,
        owner_prefix_matches=prefix_matches,
        address=address,
        payments=payments,
        meters=meters,
        bills=bills,
    )


# --- one registration review ---------------------------------------------------------

_REVIEW = """
SELECT rv.*, r.name AS region, u.login, u.email_masked AS email, u.phone_masked AS phone
  FROM billing.registration_review rv
  JOIN billing.portal_user u ON u.id = rv.portal_user_id
  LEFT JOIN billing.region r ON r.id = rv.region_id
 WHERE rv.id = :id
"""

_CUSTOMER_BY_INN = f"""
SELECT id, {customer_name_sql("customer")} AS name, kpp, ogrn
  FROM billing.customer WHERE inn = :inn ORDER BY id LIMIT 1
"""

_CUSTOMER_BY_ID = f"""
SELECT id, {customer_name_sql("customer")} AS name, kpp, ogrn
  FROM billing.customer WHERE id = :id
"""

_BRANCHES = """
SELECT id, name, kpp FROM billing.customer
 WHERE kind = 'organisation' AND inn = :inn ORDER BY kpp NULLS FIRST, id
"""

_PROOFS = """
SELECT p.kind, coalesce(r.name, '') AS region, p.account_number, p.proof_value, p.matched,
       p.problems
  FROM billing.registration_proof_checks(:id) p
  LEFT JOIN billing.region r ON r.id = p.region_id
"""


def _problem(data: Mapping[str, Any]) -> Problem:
    params = {str(k): v for k, v in dict(data.get("params") or {}).items()}
    make = Problem.warning if data.get("severity") == "warning" else Problem.error
    return make(str(data["code"]), data.get("field"), **params)


def _proofs(session: Session, review_id: int) -> tuple[ProofEvidence, ...]:
    return tuple(
        ProofEvidence(
            kind=row.kind,
            region=row.region,
            account_number=row.account_number,
            value=row.proof_value,
            matched=bool(row.matched),
            problems=tuple(_problem(p) for p in row.problems or ()),
        )
        for row in session.execute(text(_PROOFS), {"id": review_id})
    )


_CONTRACTS = f"""
SELECT c.number, c.customer_id,
       {customer_name_sql("cu")} AS holder
  FROM billing.contract c JOIN billing.customer cu ON cu.id = c.customer_id
 WHERE c.number = ANY(:numbers)
"""

_ACCOUNT_OWNER = f"""
SELECT {customer_name_sql("cu")}
  FROM billing.account a JOIN billing.customer cu ON cu.id = a.customer_id
 WHERE a.region_id = :region AND a.number = :number
"""


def _ogrn_problems(ogrn: str | None) -> tuple[Problem, ...]:
    if not ogrn:
        return ()
    number = compact(ogrn)
    if len(number) == OGRNIP_LENGTH or number.startswith("3"):
        return tuple(validate_ogrnip(number, field="ogrn"))
    return tuple(validate_ogrn(number))


def load_review(
    session: Session, review_id: int, calendar: WorkingCalendar, now: datetime
) -> ReviewDetail | None:
    """The registration ``review_id`` beside billing's data, or None if there is none."""
    row = session.execute(text(_REVIEW), {"id": review_id}).mappings().first()
    if row is None:
        return None
    organisation = row["customer_kind"] == "organisation"
    inn = row["inn"]
    customer = None
    if inn:
        customer = session.execute(text(_CUSTOMER_BY_INN), {"inn": compact(inn)}).first()
    numbers: Sequence[str] = row["contract_numbers"] or ()
    found = {c.number: c for c in session.execute(text(_CONTRACTS), {"numbers": list(numbers)})}
    contracts = tuple(
        ContractCheck(
            number,
            number in found,
            customer is not None and number in found and found[number].customer_id == customer.id,
            found[number].holder if number in found else None,
        )
        for number in numbers
    )
    branches: tuple[Branch, ...] = ()
    if organisation and inn:
        branches = tuple(
            Branch(b.id, b.name or "", b.kpp, not row["kpp"] or b.kpp == row["kpp"])
            for b in session.execute(text(_BRANCHES), {"inn": compact(inn)})
        )
        fitting = [b for b in branches if b.kpp_matches]
        if len(fitting) == 1:  # the customer the approval takes without a choice
            customer = session.execute(
                text(_CUSTOMER_BY_ID), {"id": fitting[0].customer_id}
            ).first()
    owner = None
    if row["account_number"] and row["region_id"] is not None:
        owner = session.execute(
            text(_ACCOUNT_OWNER), {"region": row["region_id"], "number": row["account_number"]}
        ).scalar_one_or_none()
    return ReviewDetail(
        id=row["id"],
        version=row["version"],
        status=row["status"],
        portal_user_id=row["portal_user_id"],
        portal_login=row["login"],
        portal_email=row["email"],
        portal_phone=row["phone"],
        customer_kind=row["customer_kind"],
        organisation_type=row["organisation_type"],
        organisation_name=row["organisation_name"],
        inn=inn,
        kpp=row["kpp"],
        ogrn=row["ogrn"],
        contract_numbers=tuple(numbers),
        account_number=row["account_number"],
        region=row["region"],
        created_at=row["created_at"],
        ageing=_ageing(calendar, row["created_at"], now),
        claimed_by=row["claimed_by"],
        claimed_until=row["claimed_until"],
        reason=row["reason"],
        inn_problems=tuple(validate_inn(inn)) if organisation or inn else (),
        kpp_problems=tuple(validate_kpp(row["kpp"])) if organisation and row["kpp"] else (),
        ogrn_problems=_ogrn_problems(row["ogrn"]),
        customer_id=customer.id if customer else None,
        customer_name=customer.name if customer else None,
        customer_kpp=customer.kpp if customer else None,
        customer_ogrn=customer.ogrn if customer else None,
        contracts=contracts,
        account_owner=owner,
        account_found=owner is not None,
        applicant_name=row["applicant_name"],
        proofs=_proofs(session, review_id),
        branches=branches,
        approved_customer_id=row["customer_id"],
    )


# --- one merge request ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class MergeLogin:
    """One of the two logins of a merge request, as billing holds it now."""

    id: int | None
    login: str
    exists: bool
    changed: bool
    """Its version moved since the request was made (the approval will be refused)."""
    customer: str | None
    accounts: tuple[str, ...]
    """The accounts the login sees now (region and number)."""


@dataclass(frozen=True, slots=True)
class MergeRequestDetail:
    """An operator's request to join ``joined`` into ``keep``, beside what billing holds."""

    id: int
    version: int
    status: str
    keep: MergeLogin
    joined: MergeLogin
    same_customer: bool
    comment: str | None
    requested_by: str
    created_at: datetime
    ageing: Ageing
    claimed_by: str | None
    claimed_until: datetime | None
    decided_by: str | None
    reason: str | None


_MERGE = "SELECT * FROM billing.merge_request WHERE id = :id"

_MERGE_LOGIN = f"""
SELECT u.id, u.version,
       {CUSTOMER_NAME_SQL} AS customer,
       coalesce((SELECT array_agg(r.name || ' ' || a.number ORDER BY a.number)
                   FROM billing.account_link l JOIN billing.account a ON a.id = l.account_id
                   JOIN billing.region r ON r.id = a.region_id
                  WHERE l.portal_user_id = u.id), '{{}}') AS accounts
  FROM billing.portal_user u LEFT JOIN billing.customer c ON c.id = u.customer_id
 WHERE u.id = :id
"""


def _merge_login(session: Session, user_id: int | None, login: str, version: int) -> MergeLogin:
    row = (
        session.execute(text(_MERGE_LOGIN), {"id": user_id}).first()
        if user_id is not None
        else None
    )
    if row is None:
        return MergeLogin(user_id, login, False, False, None, ())
    return MergeLogin(
        row.id, login, True, row.version != version, row.customer, tuple(row.accounts)
    )


def load_merge_request(
    session: Session, request_id: int, calendar: WorkingCalendar, now: datetime
) -> MergeRequestDetail | None:
    """The merge request ``request_id`` with both logins as they are now, or None."""
    row = session.execute(text(_MERGE), {"id": request_id}).mappings().first()
    if row is None:
        return None
    return MergeRequestDetail(
        id=row["id"],
        version=row["version"],
        status=row["status"],
        keep=_merge_login(session, row["keep_id"], row["keep_login"], row["keep_version"]),
        joined=_merge_login(session, row["joined_id"], row["joined_login"], row["joined_version"]),
        same_customer=row["keep_customer_id"] == row["joined_customer_id"],
        comment=row["comment"],
        requested_by=row["requested_by"],
        created_at=row["requested_at"],
        ageing=_ageing(calendar, row["requested_at"], now),
        claimed_by=row["claimed_by"],
        claimed_until=row["claimed_until"],
        decided_by=row["decided_by"],
        reason=row["reason"],
    )


# --- dashboard and outbox ------------------------------------------------------------

_DECISIONS_TODAY = """
SELECT decided_by, count(*) FROM (
    SELECT decided_by FROM billing.link_request
     WHERE status IN ('approved', 'rejected') AND decided_at >= :day_start
    UNION ALL
    SELECT decided_by FROM billing.registration_review
     WHERE status IN ('approved', 'rejected') AND decided_at >= :day_start) AS d
 GROUP BY decided_by ORDER BY count(*) DESC, decided_by
"""

_AUTO_RATE = """
SELECT count(*) FILTER (WHERE status = 'auto_approved'), count(*)
  FROM billing.link_request
 WHERE status <> 'cancelled' AND created_at >= :since
"""


def load_dashboard(session: Session, calendar: WorkingCalendar, now: datetime) -> Dashboard:
    """Queue lengths, the oldest waiting item, overdue counts and today's decisions."""
    waiting = AgeFilter.ANY
    links = load_queue(
        session, Queue.LINK_REQUESTS, QueueFilter(age=waiting, limit=100_000), calendar, now
    )
    reviews = load_queue(
        session,
        Queue.REGISTRATIONS,
        QueueFilter(statuses=("pending",), limit=100_000),
        calendar,
        now,
    )
    everything = (*links, *reviews)
    oldest = min(everything, key=lambda item: item.created_at, default=None)
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    decisions = tuple(
        (str(row[0]), int(row[1]))
        for row in session.execute(text(_DECISIONS_TODAY), {"day_start": day_start})
    )
    auto, total = session.execute(text(_AUTO_RATE), {"since": now - _THIRTY_DAYS}).one()
    outbox = {
        str(status): int(count)
        for status, count in session.execute(
            text("SELECT status, count(*) FROM billing.notification GROUP BY status")
        )
    }
    return Dashboard(
        link_requests_waiting=len(links),
        registrations_waiting=len(reviews),
        oldest_created_at=oldest.created_at if oldest else None,
        oldest_label=(f"{oldest.number}" if oldest else ""),
        overdue=sum(1 for i in everything if i.ageing.status is AgeingStatus.OVERDUE),
        due_soon=sum(1 for i in everything if i.ageing.status is AgeingStatus.DUE_SOON),
        decisions_today=decisions,
        auto_approval_rate=(auto / total) if total else None,
        notifications=outbox,
    )


_NOTIFICATIONS = """
SELECT id, created_at, channel, recipient_masked AS recipient, coalesce(subject, '') AS subject,
       template,
       status, attempts, next_attempt_at, sent_at, last_error
  FROM billing.notification
 WHERE CAST(:status AS text) IS NULL OR status = :status
 ORDER BY created_at DESC, id DESC
 LIMIT :limit
"""


def load_notifications(
    session: Session, status: str | None = None, limit: int = 500
) -> tuple[NotificationRow, ...]:
    """The newest outbox messages, optionally only those in ``status``."""
    rows = session.execute(text(_NOTIFICATIONS), {"status": status, "limit": limit}).all()
    return tuple(row_as(NotificationRow, row) for row in rows)
