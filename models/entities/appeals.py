"""Contacts with customers (the interaction log) and the register of their appeals.

Every call, visit, portal message, e-mail or letter becomes one :class:`Interaction`;
a complaint, feedback or application becomes an :class:`Appeal` with a number, a legal
deadline (3 working days, ПП 354 п. 31 «к») and its answer. Rows are written only by
the SECURITY DEFINER functions ``billing.record_interaction``, ``register_appeal``,
``appeals_claim_next``, ``assign_appeal``, ``answer_appeal`` and ``close_appeal``
(and by the portal's own appeals, source ``portal``).
"""

from __future__ import annotations

import enum
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ARRAY,
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    Sequence,
    SmallInteger,
    Text,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from models.base import SCHEMA, Base
from models.entities._columns import BigId, OperatorName
from models.entities.checks import sql_in

APPEAL_NUMBER = Sequence("appeal_number_seq", start=1, schema=SCHEMA)
"""The running part of appeal numbers «О-2026-000123»."""


class InteractionChannel(enum.StrEnum):
    """How the customer got in touch."""

    PHONE = "phone"
    VISIT = "visit"
    PORTAL = "portal"
    EMAIL = "email"
    LETTER = "letter"


class IdentificationFact(enum.StrEnum):
    """A fact the operator checked to make sure who is calling."""

    ACCOUNT_NUMBER = "account_number"
    FULL_NAME = "full_name"
    ADDRESS = "address"
    RECEIPT_NUMBER = "receipt_number"
    LAST_PAYMENT = "last_payment"
    METER_SERIAL = "meter_serial"
    PASSPORT = "passport"


class AppealKind(enum.StrEnum):
    """The seeds' kinds: «Обратная связь», and RN-Energo's applications."""

    FEEDBACK = "feedback"
    COMPLAINT = "complaint"
    GENERAL = "general"
    CHANGE_OF_DETAILS = "change_of_details"


class AppealSource(enum.StrEnum):
    """Where the appeal came from."""

    PORTAL = "portal"
    AGENT = "agent"


class AppealStatus(enum.StrEnum):
    """Stored status; «overdue» is derived (deadline passed, not answered)."""

    NEW = "new"
    IN_WORK = "in_work"
    ANSWERED = "answered"
    CLOSED = "closed"


class InteractionTopic(Base):
    """A topic of the list supervisors maintain (``billing.save_interaction_topic``)."""

    __tablename__ = "interaction_topic"
    __table_args__ = (
        CheckConstraint("code ~ '^[a-z][a-z0-9_]{0,39}$'", name="code_format"),
        CheckConstraint("length(btrim(title)) BETWEEN 1 AND 120", name="title_present"),
    )

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    title: Mapped[str]
    position: Mapped[int] = mapped_column(SmallInteger, server_default="100")
    active: Mapped[bool] = mapped_column(Boolean, server_default="true")


class Interaction(Base):
    """One contact with a customer, stamped by the database with time and operator."""

    __tablename__ = "interaction"
    __table_args__ = (
        CheckConstraint(sql_in(InteractionChannel, "channel"), name="channel"),
        CheckConstraint(
            "identified_by <@ ARRAY["
            + ", ".join(f"'{fact.value}'" for fact in IdentificationFact)
            + "]::text[]",
            name="identified_by",
        ),
        CheckConstraint("length(note) <= 4000", name="note_length"),
        CheckConstraint("length(outcome) <= 1000", name="outcome_length"),
        Index("ix_interaction_customer_id_recorded_at", "customer_id", "recorded_at"),
    )

    id: Mapped[BigId]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    channel: Mapped[str]
    topic: Mapped[str] = mapped_column(ForeignKey("interaction_topic.code"))
    identified_by: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    note: Mapped[str] = mapped_column(Text, server_default="")
    outcome: Mapped[str] = mapped_column(Text, server_default="")
    recorded_at: Mapped[datetime] = mapped_column(server_default=func.now())
    recorded_by: Mapped[OperatorName]


class Appeal(Base):
    """An appeal of the register, with its deadline and answer."""

    __tablename__ = "appeal"
    __table_args__ = (
        CheckConstraint(sql_in(AppealKind, "kind"), name="kind"),
        CheckConstraint(sql_in(AppealSource, "source"), name="source"),
        CheckConstraint(sql_in(AppealStatus, "status"), name="status"),
        CheckConstraint("number ~ '^О-[0-9]{4}-[0-9]{6,}$'", name="number_format"),
        CheckConstraint("length(btrim(body)) BETWEEN 1 AND 8000", name="body_present"),
        CheckConstraint("jsonb_typeof(attachments) = 'array'", name="attachments_array"),
        CheckConstraint(
            "status NOT IN ('answered', 'closed')"
            " OR (answer IS NOT NULL AND answered_at IS NOT NULL AND answered_by IS NOT NULL)",
            name="answer_recorded",
        ),
        CheckConstraint(
            "status <> 'closed' OR (closed_at IS NOT NULL AND closed_by IS NOT NULL)",
            name="closing_recorded",
        ),
        CheckConstraint("status = 'new' OR assignee IS NOT NULL", name="assigned_in_work"),
        Index("ix_appeal_status_deadline", "status", "deadline"),
        Index("ix_appeal_customer_id_created_at", "customer_id", "created_at"),
    )

    id: Mapped[BigId]
    number: Mapped[str] = mapped_column(Text, unique=True)
    kind: Mapped[str]
    source: Mapped[str]
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    portal_user_id: Mapped[int | None] = mapped_column(ForeignKey("portal_user.id"))
    interaction_id: Mapped[int | None] = mapped_column(ForeignKey("interaction.id"))
    body: Mapped[str]
    attachments: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, server_default="[]")
    status: Mapped[str] = mapped_column(Text, server_default=AppealStatus.NEW.value)
    assignee: Mapped[str | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    created_by: Mapped[OperatorName]
    deadline: Mapped[date]
    answer: Mapped[str | None]
    answered_at: Mapped[datetime | None]
    answered_by: Mapped[str | None]
    closed_at: Mapped[datetime | None]
    closed_by: Mapped[str | None]
    version: Mapped[int] = mapped_column(Integer, server_default="1")


__all__ = [
    "APPEAL_NUMBER",
    "Appeal",
    "AppealKind",
    "AppealSource",
    "AppealStatus",
    "IdentificationFact",
    "Interaction",
    "InteractionChannel",
    "InteractionTopic",
]
