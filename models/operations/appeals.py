"""Writes of the interaction log and the appeals register: one SQL function call each.

Each call runs a ``billing.*`` SECURITY DEFINER function in its own transaction; the
database re-checks the role, the input and the appeal's ``version`` (two supervisors
never overwrite each other), stamps time and operator and audits the row. Recording a
contact and registering the appeal it brought happen in one transaction: both or
neither.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.changes import Change
from models.domain.problems import Problem, ValidationFailed
from models.operations.call import Refusals, call, writing
from models.queries.appeals import TopicEntry

STALE = "appeal.stale"
PROBLEM_FIELDS: dict[str, str | None] = {
    "interaction.customer_not_found": None,
    "interaction.account_not_customers": "account",
    "interaction.channel": "channel",
    "interaction.topic": "topic",
    "interaction.identification": "identified_by",
    "interaction.note_too_long": "note",
    "interaction.outcome_too_long": "outcome",
    "appeal.kind": "kind",
    "appeal.text_required": "body",
    "appeal.text_too_long": "body",
    "appeal.interaction_not_customers": None,
    "appeal.not_found": None,
    "appeal.not_assignee": None,
    "appeal.already_answered": None,
    "appeal.answer_required": "answer",
    "appeal.answer_too_long": "answer",
    "appeal.assignee_unknown": "assignee",
    "appeal.not_answered": None,
    "topic.code_format": "code",
    "topic.title_required": "title",
}
"""Refusals of the SQL functions (message code -> form field)."""
REFUSALS = Refusals(PROBLEM_FIELDS, conflicts=frozenset({STALE}))


@dataclass(frozen=True, slots=True)
class Contact:
    """What the operator records about one contact."""

    customer_id: int
    account_id: int | None
    channel: str
    topic: str
    identified_by: tuple[str, ...]
    note: str
    outcome: str


@dataclass(frozen=True, slots=True)
class NewAppeal:
    """An appeal the caller makes during the contact."""

    kind: str
    body: str


@dataclass(frozen=True, slots=True)
class Recorded:
    """What the database recorded: the contact, and the appeal's number and deadline."""

    interaction_id: int
    appeal_id: int | None = None
    appeal_number: str | None = None
    deadline: date | None = None


def record_contact(session: Session, contact: Contact, appeal: NewAppeal | None = None) -> Recorded:
    """Record the contact and, if given, register the appeal it brought (one transaction)."""
    if appeal is not None and not appeal.body.strip():
        raise ValidationFailed([Problem.error("appeal.text_required", "body")])
    tables = ("interaction", "appeal") if appeal is not None else ("interaction",)
    changes = [
        Change.of(table, customers=[contact.customer_id], accounts=[contact.account_id])
        for table in tables
    ]
    with writing(session, REFUSALS, changes=changes):
        interaction_id = session.execute(
            text(
                "SELECT billing.record_interaction(:customer, :account, :channel, :topic,"
                " CAST(:facts AS text[]), :note, :outcome)"
            ),
            {
                "customer": contact.customer_id,
                "account": contact.account_id,
                "channel": contact.channel,
                "topic": contact.topic,
                "facts": list(contact.identified_by),
                "note": contact.note,
                "outcome": contact.outcome,
            },
        ).scalar_one()
        if appeal is None:
            return Recorded(int(interaction_id))
        appeal_id, number, deadline = session.execute(
            text(
                "SELECT * FROM billing.register_appeal(:customer, :account, :kind, :body,"
                " :interaction)"
            ),
            {
                "customer": contact.customer_id,
                "account": contact.account_id,
                "kind": appeal.kind,
                "body": appeal.body,
                "interaction": interaction_id,
            },
        ).one()
    return Recorded(int(interaction_id), int(appeal_id), str(number), deadline)


_APPEAL = (Change.of("appeal"),)
"""An appeal's change (the database's announcement names its customer too)."""


def claim_next(session: Session) -> int | None:
    """Take the next new appeal (the earliest deadline); its id, or None when none is left."""
    row = call(
        session, "SELECT * FROM billing.appeals_claim_next()", refusals=REFUSALS, changes=_APPEAL
    )
    return int(row[0]) if row is not None and row[0] is not None else None


def assign(session: Session, appeal_id: int, version: int, assignee: str) -> int:
    """Give the appeal to ``assignee``; the appeal's new version."""
    row = call(
        session,
        "SELECT billing.assign_appeal(:id, :version, :assignee)",
        {"id": appeal_id, "version": version, "assignee": assignee},
        refusals=REFUSALS,
        changes=_APPEAL,
    )
    assert row is not None
    return int(row[0])


def answer(session: Session, appeal_id: int, version: int, answer_text: str) -> int | None:
    """Answer the appeal; the queued e-mail's id, or None when the customer has no e-mail."""
    if not answer_text.strip():
        raise ValidationFailed([Problem.error("appeal.answer_required", "answer")])
    row = call(
        session,
        "SELECT billing.answer_appeal(:id, :version, :answer)",
        {"id": appeal_id, "version": version, "answer": answer_text},
        refusals=REFUSALS,
        changes=_APPEAL,
    )
    return int(row[0]) if row is not None and row[0] is not None else None


def close(session: Session, appeal_id: int, version: int) -> int:
    """Close an answered appeal; its new version."""
    row = call(
        session,
        "SELECT billing.close_appeal(:id, :version)",
        {"id": appeal_id, "version": version},
        refusals=REFUSALS,
        changes=_APPEAL,
    )
    assert row is not None
    return int(row[0])


def save_topics(session: Session, topics: Sequence[TopicEntry]) -> int:
    """Save the supervisors' topic list (new, renamed, moved or retired topics) in one
    transaction; how many were saved. A topic is never deleted: old contacts keep it."""
    with writing(session, REFUSALS, changes=(Change.of("interaction_topic"),)):
        for topic in topics:
            session.execute(
                text("SELECT billing.save_interaction_topic(:code, :title, :position, :active)"),
                {
                    "code": topic.code.strip(),
                    "title": topic.title,
                    "position": topic.position,
                    "active": topic.active,
                },
            )
    return len(topics)
