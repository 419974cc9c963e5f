"""Closed sets of values stored as text and guarded by CHECK constraints, defined once
for the entities, the rules, the reads and the printed documents.

Stored as ``text`` (not PostgreSQL enums) so a new value is one migration that
replaces a CHECK (:func:`models.entities.checks.sql_in`), and so psql users see
readable values.
"""

from __future__ import annotations

import enum


class CustomerKind(enum.StrEnum):
    """Who the electricity is sold to; organisations get the amount in words on their
    bills."""

    PERSON = "person"
    ORGANISATION = "organisation"


class AccountStatus(enum.StrEnum):
    """Lifecycle of a billing account."""

    OPEN = "open"
    SUSPENDED = "suspended"
    CLOSED = "closed"


class Zone(enum.StrEnum):
    """Tariff zone of a meter register (single-rate meters have only T1)."""

    T1 = "T1"
    T2 = "T2"
    T3 = "T3"


class ReadingSource(enum.StrEnum):
    """Who supplied a reading (the portals' «тип показаний»)."""

    CUSTOMER = "customer"
    CUSTOMER_ANONYMOUS = "customer_anonymous"
    OPERATOR = "operator"
    INSPECTOR = "inspector"
    SMART_METER = "smart_meter"
    ESTIMATED = "estimated"


class BillLineKind(enum.StrEnum):
    """What a bill line charges for."""

    ELECTRICITY = "electricity"
    DEBT_SCHEDULE = "debt_schedule"
    ACT = "act"
    SERVICE = "service"
    PENALTY = "penalty"
    CORRECTION = "correction"
    RECALCULATION = "recalculation"


class PaymentChannel(enum.StrEnum):
    """Where money was received."""

    CASH_DESK = "cash_desk"
    BANK = "bank"
    ONLINE = "online"
    PORTAL = "portal"


class PaymentMethod(enum.StrEnum):
    """How money was handed over at the cash desk."""

    CASH = "cash"
    CARD = "card"


class PortalUserStatus(enum.StrEnum):
    """State of a portal login."""

    EMAIL_UNCONFIRMED = "email_unconfirmed"
    AWAITING_REVIEW = "awaiting_review"
    ACTIVE = "active"
    BLOCKED = "blocked"


class ProofKind(enum.StrEnum):
    """What a customer offers as proof of owning an account; the value names the link
    request form's field."""

    LAST_PAYMENT_AMOUNT = "last_payment_amount"
    SURNAME_PREFIX = "surname_prefix"
    METER_SERIAL = "meter_serial"
    RECEIPT_NUMBER = "receipt_number"


class LinkRequestStatus(enum.StrEnum):
    """State of a link request."""

    NEW = "new"
    AUTO_APPROVED = "auto_approved"
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"
    CANCELLED = "cancelled"


class ReviewStatus(enum.StrEnum):
    """State of a registration review."""

    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


class NotificationChannel(enum.StrEnum):
    """How a customer notification is delivered."""

    EMAIL = "email"
    SMS = "sms"


class NotificationStatus(enum.StrEnum):
    """Delivery state of an outbox message."""

    QUEUED = "queued"
    SENT = "sent"
    DELIVERED = "delivered"
    FAILED = "failed"
    DEAD = "dead"
