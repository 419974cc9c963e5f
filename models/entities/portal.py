"""Portal users, their account links, link requests and registration reviews."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ARRAY,
    BigInteger,
    CheckConstraint,
    Computed,
    ForeignKey,
    Index,
    Integer,
    Sequence,
    SmallInteger,
    Text,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from models.base import SCHEMA, Base
from models.domain.enums import (
    CustomerKind,
    LinkRequestStatus,
    PortalUserStatus,
    ProofKind,
    ReviewStatus,
)
from models.entities._columns import BigId
from models.entities.checks import sql_in

LINK_REQUEST_NUMBER = Sequence("link_request_number_seq", start=100001, schema=SCHEMA)
"""Numbers customers quote when they ask about their request."""


class PortalUser(Base):
    """A portal login (учётная запись ЛК)."""

    __tablename__ = "portal_user"
    __table_args__ = (
        CheckConstraint(sql_in(PortalUserStatus, "status"), name="status"),
        CheckConstraint(sql_in(CustomerKind, "kind"), name="kind"),
        CheckConstraint("length(login) >= 1 AND login !~ '\\s'", name="login_rules"),
        CheckConstraint("phone IS NULL OR phone ~ '^\\+7[0-9]{10}$'", name="phone_format"),
        CheckConstraint("email ~ '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$'", name="email_format"),
        CheckConstraint(
            "status <> 'blocked' OR block_reason IS NOT NULL", name="blocked_has_reason"
        ),
        Index(
            "uq_portal_user_email_key",
            "email_key",
            unique=True,
            postgresql_where=text("NOT email_shared"),
        ),
        # The partial unique index above cannot serve a search by e-mail, which must
        # find shared addresses too (billing.find_by_contact).
        Index("ix_portal_user_email_key", "email_key"),
        Index(
            "uq_portal_user_phone",
            "phone",
            unique=True,
            postgresql_where=text("phone IS NOT NULL"),
        ),
    )
    __mapper_args__ = {"version_id_col": "version"}  # noqa: RUF012

    id: Mapped[BigId]
    login: Mapped[str]
    login_key: Mapped[str] = mapped_column(
        Text, Computed("lower(login)", persisted=True), unique=True
    )
    email: Mapped[str]
    email_key: Mapped[str] = mapped_column(Text, Computed("lower(email)", persisted=True))
    """Unique among the logins whose e-mail is not shared (see ``email_shared``)."""
    phone: Mapped[str | None]
    phone_masked: Mapped[str | None] = mapped_column(
        Text, Computed("billing.mask_phone(phone)", persisted=True)
    )
    """The phone as operators see it; the whole one only through ``billing.reveal_contact``."""
    email_masked: Mapped[str | None] = mapped_column(
        Text, Computed("billing.mask_email(email)", persisted=True)
    )
    password_hash: Mapped[str]
    kind: Mapped[str] = mapped_column(Text, server_default=CustomerKind.PERSON.value)
    status: Mapped[str]
    block_reason: Mapped[str | None]
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"), index=True)
    """The billing customer this login belongs to, once known."""
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    email_confirmed_at: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    last_login_at: Mapped[datetime | None]
    failed_login_count: Mapped[int] = mapped_column(Integer, server_default="0")
    """Failed logins since the last successful one (the portal locks the login at a limit)."""
    last_failed_login_at: Mapped[datetime | None]
    locked_until: Mapped[datetime | None]
    """The portal refuses logins until then (too many failed attempts)."""
    rule_set_code: Mapped[str | None] = mapped_column(ForeignKey("portal_rule_set.code"))
    """The portal rule set the login was registered under (None: before rule sets)."""
    email_shared: Mapped[bool] = mapped_column(server_default=text("false"))
    """Its portal lets one e-mail serve several logins (Inter RAO): the e-mail's uniqueness
    does not apply to it."""


class AccountLink(Base):
    """A portal user sees an account."""

    __tablename__ = "account_link"

    portal_user_id: Mapped[int] = mapped_column(
        ForeignKey("portal_user.id", ondelete="CASCADE"), primary_key=True
    )
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id"), primary_key=True, index=True)
    linked_at: Mapped[datetime] = mapped_column(server_default=func.now())
    link_request_id: Mapped[int | None] = mapped_column(ForeignKey("link_request.id"))


class LinkRequest(Base):
    """A portal user's request to see an account, with one proof of ownership.

    Decided automatically when the proof matches billing data, otherwise by a
    supervisor within the portal's promised 1-3 working days.
    """

    __tablename__ = "link_request"
    __table_args__ = (
        CheckConstraint(sql_in(ProofKind, "proof_kind"), name="proof_kind"),
        CheckConstraint(sql_in(LinkRequestStatus, "status"), name="status"),
        CheckConstraint("length(btrim(proof_value)) > 0", name="proof_value_present"),
        CheckConstraint(
            "status NOT IN ('approved', 'rejected')"
            " OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)",
            name="decision_recorded",
        ),
        CheckConstraint("status <> 'rejected' OR reason IS NOT NULL", name="rejection_has_reason"),
        Index("ix_link_request_status_created_at", "status", "created_at"),
    )
    __mapper_args__ = {"version_id_col": "version"}  # noqa: RUF012

    id: Mapped[BigId]
    number: Mapped[int] = mapped_column(
        BigInteger,
        LINK_REQUEST_NUMBER,
        server_default=LINK_REQUEST_NUMBER.next_value(),
        unique=True,
    )
    portal_user_id: Mapped[int] = mapped_column(ForeignKey("portal_user.id"), index=True)
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))
    account_number: Mapped[str]
    """The account number as the customer typed it."""
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"), index=True)
    proof_kind: Mapped[str]
    proof_value: Mapped[str]
    status: Mapped[str]
    check_code: Mapped[str | None]
    """Why the automatic check failed (a problem code), for the supervisor."""
    check_details: Mapped[dict[str, str] | None] = mapped_column(JSONB)
    decided_by: Mapped[str | None]
    decided_at: Mapped[datetime | None]
    reason: Mapped[str | None]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, server_default="1")


class RegistrationReview(Base):
    """A new portal user awaiting approval (households without auto-activation,
    organisations with INN, KPP, OGRN, name and contract numbers)."""

    __tablename__ = "registration_review"
    __table_args__ = (
        CheckConstraint(sql_in(ReviewStatus, "status"), name="status"),
        CheckConstraint(sql_in(CustomerKind, "customer_kind"), name="customer_kind"),
        CheckConstraint(
            "status = 'pending' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)",
            name="decision_recorded",
        ),
        CheckConstraint("status <> 'rejected' OR reason IS NOT NULL", name="rejection_has_reason"),
        Index("ix_registration_review_status_created_at", "status", "created_at"),
    )
    __mapper_args__ = {"version_id_col": "version"}  # noqa: RUF012

    id: Mapped[BigId]
    portal_user_id: Mapped[int] = mapped_column(ForeignKey("portal_user.id"), unique=True)
    customer_kind: Mapped[str]
    organisation_type: Mapped[str | None]
    """ООО, АО, ИП..."""
    organisation_name: Mapped[str | None]
    inn: Mapped[str | None]
    kpp: Mapped[str | None]
    ogrn: Mapped[str | None]
    contract_numbers: Mapped[list[str]] = mapped_column(ARRAY(Text), server_default="{}")
    account_number: Mapped[str | None]
    region_id: Mapped[int | None] = mapped_column(ForeignKey("region.id"))
    status: Mapped[str]
    decided_by: Mapped[str | None]
    decided_at: Mapped[datetime | None]
    reason: Mapped[str | None]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    attempt: Mapped[int] = mapped_column(SmallInteger, server_default="1")
    applicant_name: Mapped[str | None]
    """The name the applicant gave (the login, e-mail and phone are the portal user's)."""
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    """The customer the approval tied the login to (for an organisation: the branch chosen)."""


class RegistrationProof(Base):
    """A proof of ownership an applicant gave with a registration (account number plus a
    receipt number, a last payment amount...); ``billing.registration_proof_checks``
    checks it against billing as a link request's proof is checked."""

    __tablename__ = "registration_proof"
    __table_args__ = (CheckConstraint(sql_in(ProofKind, "kind"), name="kind"),)

    id: Mapped[BigId]
    review_id: Mapped[int] = mapped_column(
        ForeignKey("registration_review.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str]
    region_id: Mapped[int] = mapped_column(ForeignKey("region.id"))
    account_number: Mapped[str]
    proof_value: Mapped[str]


class MergeRequest(Base):
    """An operator's request to join one portal login into another (logins of different
    customers, say), decided by a supervisor; the versions the operator saw are kept so
    a login changed before the decision is noticed."""

    __tablename__ = "merge_request"
    __table_args__ = (
        CheckConstraint("status IN ('pending', 'approved', 'rejected')", name="status"),
        CheckConstraint("keep_id <> joined_id", name="two_logins"),
        CheckConstraint(
            "status = 'pending' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)",
            name="decision_recorded",
        ),
        CheckConstraint("status <> 'rejected' OR reason IS NOT NULL", name="rejection_has_reason"),
        Index("ix_merge_request_status_requested_at", "status", "requested_at"),
    )

    id: Mapped[BigId]
    keep_id: Mapped[int | None] = mapped_column(
        ForeignKey("portal_user.id", ondelete="SET NULL"), index=True
    )
    joined_id: Mapped[int | None] = mapped_column(
        ForeignKey("portal_user.id", ondelete="SET NULL"), index=True
    )
    keep_login: Mapped[str]
    joined_login: Mapped[str]
    keep_version: Mapped[int]
    joined_version: Mapped[int]
    keep_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    joined_customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    comment: Mapped[str | None]
    status: Mapped[str] = mapped_column(Text, server_default="pending")
    requested_by: Mapped[str] = mapped_column(Text, server_default=func.session_user())
    requested_at: Mapped[datetime] = mapped_column(server_default=func.now())
    decided_by: Mapped[str | None]
    decided_at: Mapped[datetime | None]
    reason: Mapped[str | None]
    claimed_by: Mapped[str | None]
    claimed_until: Mapped[datetime | None]
    version: Mapped[int] = mapped_column(Integer, server_default="1")


class PortalCode(Base):
    """A one-time code sent to a portal login by SMS (login or registration).

    Only its hash is kept; the code itself travels in the notification's ``secret``,
    which only the sender reads.
    """

    __tablename__ = "portal_code"
    __table_args__ = (
        CheckConstraint("purpose IN ('login', 'registration')", name="purpose"),
        Index("ix_portal_code_portal_user_id_created_at", "portal_user_id", "created_at"),
    )

    id: Mapped[BigId]
    portal_user_id: Mapped[int] = mapped_column(ForeignKey("portal_user.id", ondelete="CASCADE"))
    purpose: Mapped[str]
    code_hash: Mapped[str]
    notification_id: Mapped[int | None] = mapped_column(ForeignKey("notification.id"))
    created_at: Mapped[datetime] = mapped_column(server_default=func.now())
    expires_at: Mapped[datetime]
    used_at: Mapped[datetime | None]
    revoked_at: Mapped[datetime | None]


class PortalRuleSet(Base):
    """One portal's registration rules, keyed by portal (``code``) and optionally a region;
    ``is_default`` marks the supplier's rule set for regions without one of their own.

    The portals differ (migration 0220 seeds three, ``source`` names the manual):
    Kamchatskenergo asks for a login of 8+ characters without spaces, a password of 8+
    with a Latin letter and a digit, a phone +7 XXX XXX XX XX, the account number plus a
    unique receipt number, an SMS code and an e-mail link; Krymenergo's login is the
    e-mail, however short; Inter RAO lets one e-mail serve several logins.
    """

    __tablename__ = "portal_rule_set"
    __table_args__ = (
        CheckConstraint("login_min_length >= 1", name="login_min_length"),
        Index(
            "uq_portal_rule_set_is_default",
            "is_default",
            unique=True,
            postgresql_where=text("is_default"),
        ),
    )

    code: Mapped[str] = mapped_column(Text, primary_key=True)
    name: Mapped[str]
    region_id: Mapped[int | None] = mapped_column(
        SmallInteger, ForeignKey("region.id"), unique=True
    )
    login_min_length: Mapped[int]
    password_min_length: Mapped[int]
    password_needs_latin_and_digit: Mapped[bool]
    phone_format: Mapped[str]
    proof_kinds: Mapped[list[str]] = mapped_column(ARRAY(Text))
    sms_code: Mapped[bool]
    email_link: Mapped[bool]
    login_is_email: Mapped[bool] = mapped_column(server_default=text("false"))
    """The login is the e-mail, however short (Krymenergo)."""
    email_unique: Mapped[bool] = mapped_column(server_default=text("true"))
    """False: one e-mail may serve several logins (Inter RAO)."""
    phone_required: Mapped[bool] = mapped_column(server_default=text("true"))
    is_default: Mapped[bool] = mapped_column(server_default=text("false"))
    """The supplier's rule set for regions without one of their own (one at most)."""
    source: Mapped[str] = mapped_column(Text, server_default="")
    """Where the rules come from (the portal's manual)."""
