"""Lookup keys (generated columns) and the journal of portal account actions.

The key columns are added to :class:`Customer`, :class:`Account` and :class:`Meter`
here, next to the migration that creates them (``0020``), so the entities of the
foundation stay as they were. Each key folds the text the way
:mod:`models.domain.search_keys` folds what the operator types; the "C" collation lets
one btree index serve both a prefix search and the ORDER BY that pages through it.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, Column, Computed, ForeignKey, Index, Text, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from models.base import Base
from models.entities._columns import BigId
from models.entities.accounts import Account
from models.entities.billing import Bill
from models.entities.customers import Customer
from models.entities.meters import Meter
from models.entities.portal import RegistrationReview

PORTAL_ACTIONS = (
    "email_confirmation_resent",
    "password_reset_sent",
    "blocked",
    "unblocked",
    "email_changed",
    "phone_changed",
    "account_unlinked",
    "merged",
    "code_sent",
    "registered",
)
"""What an operator can do to a portal login for the customer."""


def _key_column(expression: str) -> Column[str]:
    return Column(Text(collation="C"), Computed(expression, persisted=True), nullable=True)


_KEYS: tuple[tuple[type[Base], str, str], ...] = (
    (Customer, "lookup_name_key", "billing.name_search_key(COALESCE(last_name, name))"),
    (Account, "street_key", "billing.street_search_key(street)"),
    (Account, "house_key", "billing.house_search_key(house)"),
    (Meter, "serial_search_key", "billing.meter_serial_key(serial_number)"),
)
for _entity, _name, _expression in _KEYS:
    setattr(_entity, _name, _key_column(_expression))

_customer = Customer.__table__.c
_account = Account.__table__.c
_meter = Meter.__table__.c
Index("ix_customer_lookup_name_key_id", _customer.lookup_name_key, _customer.id)
Index("ix_account_street_key_house_key_id", _account.street_key, _account.house_key, _account.id)
Index("ix_meter_serial_search_key", _meter.serial_search_key)
Index("ix_bill_account_id_formed_on", Bill.__table__.c.account_id, Bill.__table__.c.formed_on)
Index(
    "ix_registration_review_account_number",
    RegistrationReview.__table__.c.account_number,
)


class PortalAction(Base):
    """One action an operator did on a portal login for the customer (with the reason).

    Written only by the ``billing.portal_*`` functions; ``login`` keeps the name of a
    login that was later merged away (its ``portal_user_id`` becomes NULL).
    """

    __tablename__ = "portal_action"
    __table_args__ = (
        CheckConstraint(
            "action IN (" + ", ".join(f"'{a}'" for a in PORTAL_ACTIONS) + ")", name="action"
        ),
        CheckConstraint(
            "action NOT IN ('blocked', 'unblocked') OR coalesce(length(btrim(reason)), 0) > 0",
            name="block_has_reason",
        ),
        Index("ix_portal_action_portal_user_id_performed_at", "portal_user_id", "performed_at"),
    )

    id: Mapped[BigId]
    portal_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("portal_user.id", ondelete="SET NULL")
    )
    login: Mapped[str]
    action: Mapped[str]
    reason: Mapped[str | None]
    details: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    performed_by: Mapped[str] = mapped_column(Text, server_default=func.session_user())
    performed_at: Mapped[datetime] = mapped_column(server_default=func.now())
