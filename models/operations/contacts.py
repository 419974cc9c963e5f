"""Phones and e-mails are shown masked; revealing one is a database call that is audited.

Operators cannot read contacts (migration 0090): the database hands out only masked
ones (``phone_masked``, ``email_masked``). ``billing.reveal_contact(table, id, field)``
returns the whole value and writes a ``REVEAL`` row to the audit log with the
operator's login, so every look at a contact is on record. Cashiers may not reveal.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.orm import Session

from models.domain.phones import format_phone
from models.operations.call import Refusals, call_value

ContactTable = Literal["customer", "portal_user"]
ContactField = Literal["phone", "email"]
REFUSALS = Refusals({"contact.not_found": None, "contact.unknown_field": None})


@dataclass(frozen=True, slots=True)
class ContactRef:
    """Which contact: a customer's or portal user's phone or e-mail."""

    table: ContactTable
    row_id: int
    field: ContactField


def display_contact(field: ContactField, value: str | None) -> str:
    """The revealed value, formatted for reading."""
    if not value:
        return ""
    return format_phone(value) if field == "phone" else value


def reveal_contact(session: Session, ref: ContactRef) -> str | None:
    """The contact's value; the database records the reveal in the audit log."""
    value = call_value(
        session,
        "SELECT billing.reveal_contact(:table, :row_id, :field)",
        {"table": ref.table, "row_id": ref.row_id, "field": ref.field},
        refusals=REFUSALS,
    )
    return str(value) if value is not None else None
