"""Reads of the interaction log and the appeals register, as frozen values for widgets.

Agents and supervisors may read ``billing.interaction``, ``billing.appeal`` and
``billing.interaction_topic`` (cashiers and admins may not: PostgreSQL refuses).
Every date is the database's: "today" is ``billing.today()``, read in the same query,
and an appeal's day of arrival is its calendar day in the supplier's time zone.
Overdue is derived, never stored: the deadline is before today and no answer was given.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.entities.appeals import AppealStatus
from models.queries.settings import working_calendar
from models.queries.sql_parts import CUSTOMER_NAME_SQL

OPEN_STATUSES = (AppealStatus.NEW.value, AppealStatus.IN_WORK.value)
AGE_BUCKETS = ("0-1", "2-3", "4+")
"""Working days since arrival: on time, due soon, past the 3-day term."""


@dataclass(frozen=True, slots=True)
class Topic:
    """One topic of the supervisors' list."""

    code: str
    title: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """Metadata of a file the customer attached (the file itself stays on the portal)."""

    name: str
    size: int
    content_type: str


@dataclass(frozen=True, slots=True)
class AppealRow:
    """One appeal of the register as the queue and the answer editor show it."""

    id: int
    number: str
    kind: str
    source: str
    status: str
    customer_id: int
    customer_name: str
    account_number: str | None
    body: str
    attachments: tuple[Attachment, ...]
    assignee: str | None
    created_at: datetime
    arrived_on: date
    deadline: date
    answer: str | None
    answered_at: datetime | None
    answered_by: str | None
    answered_on: date | None
    version: int
    today: date
    age_working_days: int

    @property
    def is_open(self) -> bool:
        """New or in work: not answered yet."""
        return self.status in OPEN_STATUSES

    @property
    def overdue(self) -> bool:
        """The legal deadline passed without an answer."""
        return self.is_open and self.deadline < self.today

    @property
    def answered_on_time(self) -> bool | None:
        """Whether the answer came by the deadline; None while unanswered."""
        if self.answered_on is None:
            return None
        return self.answered_on <= self.deadline

    @property
    def age_bucket(self) -> str:
        """``0-1``, ``2-3`` or ``4+`` working days since arrival."""
        if self.age_working_days <= 1:
            return AGE_BUCKETS[0]
        if self.age_working_days <= 3:
            return AGE_BUCKETS[1]
        return AGE_BUCKETS[2]


@dataclass(frozen=True, slots=True)
class OperatorFigures:
    """One assignee's appeals: open, overdue among them, answered, answered on time."""

    operator: str
    open: int
    overdue: int
    answered: int
    on_time: int


@dataclass(frozen=True, slots=True)
class Dashboard:
    """The supervisors' figures over the register."""

    today: date
    by_status: tuple[tuple[str, int], ...]
    by_age: tuple[tuple[str, int], ...]
    """Open appeals by working days since arrival."""
    overdue: int
    answered: int
    answered_on_time: int
    by_operator: tuple[OperatorFigures, ...]
    rows: tuple[AppealRow, ...] = field(repr=False)

    @property
    def on_time_share(self) -> float | None:
        """Answered on time / answered; None when nothing was answered yet."""
        return self.answered_on_time / self.answered if self.answered else None


_APPEALS = f"""
SELECT a.id, a.number, a.kind, a.source, a.status, a.customer_id,
       {CUSTOMER_NAME_SQL} AS customer_name,
       ac.number AS account_number, a.body, a.attachments, a.assignee, a.created_at,
       (a.created_at AT TIME ZONE k.time_zone)::date AS arrived_on, a.deadline, a.answer,
       a.answered_at, a.answered_by, (a.answered_at AT TIME ZONE k.time_zone)::date AS answered_on,
       a.version, billing.today() AS today
  FROM billing.appeal a
  JOIN billing.customer c ON c.id = a.customer_id
  LEFT JOIN billing.account ac ON ac.id = a.account_id
  CROSS JOIN billing.business_clock k
"""


def _attachments(value: Any) -> tuple[Attachment, ...]:
    items = json.loads(value) if isinstance(value, str) else (value or [])
    return tuple(
        Attachment(
            str(item.get("name", "")), int(item.get("size", 0)), str(item.get("content_type", ""))
        )
        for item in items
        if isinstance(item, dict)
    )


def _rows(session: Session, where: str, params: dict[str, Any]) -> tuple[AppealRow, ...]:
    result = session.execute(text(_APPEALS + where), params).mappings().all()
    if not result:
        return ()
    calendar = working_calendar(session, result[0]["today"], *(r["arrived_on"] for r in result))
    rows = []
    for r in result:
        values = dict(r)
        values["attachments"] = _attachments(values["attachments"])
        age = calendar.working_days_between(values["arrived_on"], values["today"])
        rows.append(AppealRow(**values, age_working_days=max(age, 0)))
    return tuple(rows)


def topics(session: Session) -> tuple[Topic, ...]:
    """The active topics, in the supervisors' order."""
    result = session.execute(
        text(
            "SELECT code, title FROM billing.interaction_topic WHERE active"
            " ORDER BY position, title"
        )
    )
    return tuple(Topic(code, title) for code, title in result)


@dataclass(frozen=True, slots=True)
class TopicEntry:
    """One topic as the supervisors' editor shows it (retired ones too)."""

    code: str
    title: str
    position: int
    active: bool


def all_topics(session: Session) -> tuple[TopicEntry, ...]:
    """Every topic, active and retired, in the supervisors' order."""
    result = session.execute(
        text(
            "SELECT code, title, position, active FROM billing.interaction_topic"
            " ORDER BY position, title"
        )
    )
    return tuple(TopicEntry(str(c), str(t), int(p), bool(a)) for c, t, p, a in result)


def appeal(session: Session, appeal_id: int) -> AppealRow | None:
    """One appeal, or None if it does not exist."""
    found = _rows(session, " WHERE a.id = :id", {"id": appeal_id})
    return found[0] if found else None


def appeals(
    session: Session, statuses: Sequence[str] = OPEN_STATUSES, limit: int = 500
) -> tuple[AppealRow, ...]:
    """Appeals in ``statuses``, the earliest deadline first."""
    return _rows(
        session,
        " WHERE a.status = ANY(:statuses) ORDER BY a.deadline, a.created_at, a.id LIMIT :limit",
        {"statuses": list(statuses), "limit": limit},
    )


def dashboard(session: Session) -> Dashboard:
    """Figures over the whole register: by status, by age, overdue, on time, by operator."""
    rows = _rows(session, " ORDER BY a.created_at DESC, a.id DESC", {})
    today = rows[0].today if rows else session.execute(text("SELECT billing.today()")).scalar_one()
    statuses = Counter(r.status for r in rows)
    ages = Counter(r.age_bucket for r in rows if r.is_open)
    answered = [r for r in rows if r.answered_on is not None]
    per: dict[str, list[AppealRow]] = {}
    for row in rows:
        if row.assignee:
            per.setdefault(row.assignee, []).append(row)
    operators = tuple(
        OperatorFigures(
            operator,
            open=sum(1 for r in items if r.is_open),
            overdue=sum(1 for r in items if r.overdue),
            answered=sum(1 for r in items if r.answered_on is not None),
            on_time=sum(1 for r in items if r.answered_on_time),
        )
        for operator, items in sorted(per.items())
    )
    return Dashboard(
        today=today,
        by_status=tuple((s.value, statuses.get(s.value, 0)) for s in AppealStatus),
        by_age=tuple((bucket, ages.get(bucket, 0)) for bucket in AGE_BUCKETS),
        overdue=sum(1 for r in rows if r.overdue),
        answered=len(answered),
        answered_on_time=sum(1 for r in answered if r.answered_on_time),
        by_operator=operators,
        rows=rows,
    )


CSV_COLUMNS = (
    "number",
    "kind",
    "source",
    "status",
    "overdue",
    "customer",
    "account",
    "assignee",
    "arrived_on",
    "deadline",
    "age_working_days",
    "answered_on",
    "answered_on_time",
)


def dashboard_csv(rows: Sequence[AppealRow]) -> str:
    """The register as CSV (``;``-separated for Russian spreadsheets), one appeal a line."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for r in rows:
        writer.writerow(
            (
                r.number,
                r.kind,
                r.source,
                r.status,
                "yes" if r.overdue else "no",
                r.customer_name,
                r.account_number or "",
                r.assignee or "",
                r.arrived_on.isoformat(),
                r.deadline.isoformat(),
                r.age_working_days,
                r.answered_on.isoformat() if r.answered_on else "",
                {True: "yes", False: "no", None: ""}[r.answered_on_time],
            )
        )
    return buffer.getvalue()


# -- the card's timeline ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InteractionEntry:
    """One recorded contact."""

    id: int
    at: datetime
    channel: str
    topic: str
    identified_by: tuple[str, ...]
    note: str
    outcome: str
    operator: str


def interactions_of(
    session: Session, customer_id: int, before_id: int | None, limit: int
) -> tuple[InteractionEntry, ...]:
    """A customer's contacts, newest first, ``limit`` older than ``before_id``."""
    result = session.execute(
        text(
            "SELECT i.id, i.recorded_at, i.channel, t.title, i.identified_by, i.note,"
            " i.outcome, i.recorded_by FROM billing.interaction i"
            " JOIN billing.interaction_topic t ON t.code = i.topic"
            " WHERE i.customer_id = :customer"
            " AND (CAST(:before AS bigint) IS NULL OR i.id < :before)"
            " ORDER BY i.id DESC LIMIT :limit"
        ),
        {"customer": customer_id, "before": before_id, "limit": limit},
    )
    return tuple(
        InteractionEntry(id_, at, channel, topic, tuple(facts or ()), note, outcome, operator)
        for id_, at, channel, topic, facts, note, outcome, operator in result
    )


def appeals_of(
    session: Session, customer_id: int, before_id: int | None, limit: int
) -> tuple[AppealRow, ...]:
    """A customer's appeals, newest first, ``limit`` older than ``before_id``."""
    return _rows(
        session,
        " WHERE a.customer_id = :customer AND (CAST(:before AS bigint) IS NULL OR a.id < :before)"
        " ORDER BY a.id DESC LIMIT :limit",
        {"customer": customer_id, "before": before_id, "limit": limit},
    )


def assignable_operators(session: Session) -> tuple[str, ...]:
    """Logins an appeal may be given to, as far as this operator may see them.

    Supervisors cannot read the operator registry; the database checks the login when
    the appeal is assigned (``appeal.assignee_unknown``).
    """
    result = session.execute(
        text(
            "SELECT DISTINCT assignee FROM billing.appeal WHERE assignee IS NOT NULL"
            " UNION SELECT session_user ORDER BY 1"
        )
    )
    return tuple(str(login) for (login,) in result)
