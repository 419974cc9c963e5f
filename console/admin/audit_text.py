"""Audit rows for people: field names in words, times in local time, «—» for nothing.

The audit trigger stores each row as JSON, as PostgreSQL renders it: timestamps in
ISO 8601 with the server's offset, booleans as true/false, NULL as null. Shown raw
they disagree with the «When» column and read like a dump; here they are turned into
what the rest of the console shows.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from console.formatting import format_amount, format_date, format_moment
from console.services.audit import AuditRecord, FieldChange
from widgets.qt import QtCore, tr

_CONTEXT = "AuditFields"
NOTHING = "—"

_FIELDS: dict[str, object] = {
    "id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "id"),
    "account_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "account"),
    "account_number": QtCore.QT_TRANSLATE_NOOP("AuditFields", "account number"),
    "action": QtCore.QT_TRANSLATE_NOOP("AuditFields", "action"),
    "amount": QtCore.QT_TRANSLATE_NOOP("AuditFields", "amount"),
    "attempts": QtCore.QT_TRANSLATE_NOOP("AuditFields", "attempts"),
    "bill_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "bill"),
    "billing_period": QtCore.QT_TRANSLATE_NOOP("AuditFields", "billing period"),
    "block_reason": QtCore.QT_TRANSLATE_NOOP("AuditFields", "block reason"),
    "calibration_due": QtCore.QT_TRANSLATE_NOOP("AuditFields", "calibration due"),
    "cashier": QtCore.QT_TRANSLATE_NOOP("AuditFields", "cashier"),
    "channel": QtCore.QT_TRANSLATE_NOOP("AuditFields", "channel"),
    "claimed_by": QtCore.QT_TRANSLATE_NOOP("AuditFields", "claimed by"),
    "claimed_until": QtCore.QT_TRANSLATE_NOOP("AuditFields", "claimed until"),
    "closed_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "closed at"),
    "command": QtCore.QT_TRANSLATE_NOOP("AuditFields", "command"),
    "current_user": QtCore.QT_TRANSLATE_NOOP("AuditFields", "as role"),
    "closed_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "closed on"),
    "code": QtCore.QT_TRANSLATE_NOOP("AuditFields", "code"),
    "contract_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "contract"),
    "copy_number": QtCore.QT_TRANSLATE_NOOP("AuditFields", "copy"),
    "corrects_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "corrects"),
    "counted_cash": QtCore.QT_TRANSLATE_NOOP("AuditFields", "counted cash"),
    "created_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "created at"),
    "created_by": QtCore.QT_TRANSLATE_NOOP("AuditFields", "created by"),
    "customer_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "customer"),
    "customer_kind": QtCore.QT_TRANSLATE_NOOP("AuditFields", "customer kind"),
    "decided_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "decided at"),
    "decided_by": QtCore.QT_TRANSLATE_NOOP("AuditFields", "decided by"),
    "difference": QtCore.QT_TRANSLATE_NOOP("AuditFields", "difference"),
    "digits": QtCore.QT_TRANSLATE_NOOP("AuditFields", "digits"),
    "disabled": QtCore.QT_TRANSLATE_NOOP("AuditFields", "disabled"),
    "document_key": QtCore.QT_TRANSLATE_NOOP("AuditFields", "document"),
    "due_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "due on"),
    "email": QtCore.QT_TRANSLATE_NOOP("AuditFields", "e-mail"),
    "entered_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "entered at"),
    "entered_by": QtCore.QT_TRANSLATE_NOOP("AuditFields", "entered by"),
    "expected_cash": QtCore.QT_TRANSLATE_NOOP("AuditFields", "expected cash"),
    "field": QtCore.QT_TRANSLATE_NOOP("AuditFields", "field"),
    "first_name": QtCore.QT_TRANSLATE_NOOP("AuditFields", "first name"),
    "formed_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "formed on"),
    "full_name": QtCore.QT_TRANSLATE_NOOP("AuditFields", "full name"),
    "group_name": QtCore.QT_TRANSLATE_NOOP("AuditFields", "group"),
    "installed_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "installed on"),
    "kind": QtCore.QT_TRANSLATE_NOOP("AuditFields", "kind"),
    "last_name": QtCore.QT_TRANSLATE_NOOP("AuditFields", "last name"),
    "login": QtCore.QT_TRANSLATE_NOOP("AuditFields", "login"),
    "meter_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "meter"),
    "method": QtCore.QT_TRANSLATE_NOOP("AuditFields", "method"),
    "middle_name": QtCore.QT_TRANSLATE_NOOP("AuditFields", "patronymic"),
    "model": QtCore.QT_TRANSLATE_NOOP("AuditFields", "model"),
    "name": QtCore.QT_TRANSLATE_NOOP("AuditFields", "name"),
    "number": QtCore.QT_TRANSLATE_NOOP("AuditFields", "number"),
    "object": QtCore.QT_TRANSLATE_NOOP("AuditFields", "object"),
    "object_type": QtCore.QT_TRANSLATE_NOOP("AuditFields", "object type"),
    "opened_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "opened at"),
    "opening_float": QtCore.QT_TRANSLATE_NOOP("AuditFields", "opening float"),
    "paid_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "paid on"),
    "password_changed_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "password changed at"),
    "password_expires_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "password expires on"),
    "performed_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "performed at"),
    "performed_by": QtCore.QT_TRANSLATE_NOOP("AuditFields", "performed by"),
    "phone": QtCore.QT_TRANSLATE_NOOP("AuditFields", "phone"),
    "portal_user_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "portal login"),
    "position": QtCore.QT_TRANSLATE_NOOP("AuditFields", "position"),
    "printed_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "printed at"),
    "printed_by": QtCore.QT_TRANSLATE_NOOP("AuditFields", "printed by"),
    "proof_kind": QtCore.QT_TRANSLATE_NOOP("AuditFields", "proof kind"),
    "proof_value": QtCore.QT_TRANSLATE_NOOP("AuditFields", "proof"),
    "queue": QtCore.QT_TRANSLATE_NOOP("AuditFields", "queue"),
    "reason": QtCore.QT_TRANSLATE_NOOP("AuditFields", "reason"),
    "receipt_number": QtCore.QT_TRANSLATE_NOOP("AuditFields", "receipt number"),
    "region_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "region"),
    "removed_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "removed on"),
    "reverses_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "reverses"),
    "serial_number": QtCore.QT_TRANSLATE_NOOP("AuditFields", "serial number"),
    "shift_id": QtCore.QT_TRANSLATE_NOOP("AuditFields", "shift"),
    "source": QtCore.QT_TRANSLATE_NOOP("AuditFields", "source"),
    "statement": QtCore.QT_TRANSLATE_NOOP("AuditFields", "statement"),
    "status": QtCore.QT_TRANSLATE_NOOP("AuditFields", "status"),
    "taken_on": QtCore.QT_TRANSLATE_NOOP("AuditFields", "taken on"),
    "title": QtCore.QT_TRANSLATE_NOOP("AuditFields", "title"),
    "updated_at": QtCore.QT_TRANSLATE_NOOP("AuditFields", "updated at"),
    "value": QtCore.QT_TRANSLATE_NOOP("AuditFields", "value"),
    "version": QtCore.QT_TRANSLATE_NOOP("AuditFields", "version"),
    "zone": QtCore.QT_TRANSLATE_NOOP("AuditFields", "zone"),
    "zones": QtCore.QT_TRANSLATE_NOOP("AuditFields", "zones"),
}
_YES = QtCore.QT_TRANSLATE_NOOP("AuditFields", "yes")
_NO = QtCore.QT_TRANSLATE_NOOP("AuditFields", "no")
MONEY_FIELDS = frozenset(
    {"amount", "counted_cash", "expected_cash", "difference", "opening_float", "rate"}
)
_MOMENT = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}(:?\d{2})?|Z)?$")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def field_title(field: str) -> str:
    """An audited column's name for people (the column's own name if unknown)."""
    source = _FIELDS.get(field)
    return tr(_CONTEXT, str(source)) if source is not None else field


def value_text(value: str | None, field: str = "") -> str:
    """A stored value as the console shows values: local times, dd.mm.yyyy, yes/no, «—»."""
    if value is None or value == "":
        return NOTHING
    if field in MONEY_FIELDS:
        try:
            return format_amount(Decimal(value))
        except InvalidOperation:
            return value
    if _MOMENT.match(value):
        try:
            moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
        if moment.tzinfo is None:
            return format_moment(moment.astimezone())
        return format_moment(moment)
    if _DAY.match(value):
        try:
            return format_date(date.fromisoformat(value))
        except ValueError:
            return value
    if value == "true":
        return tr(_CONTEXT, str(_YES))
    if value == "false":
        return tr(_CONTEXT, str(_NO))
    return value


def change_text(action: str, change: FieldChange) -> str:
    """«status: new → approved» for an update, «amount: 1250.00» otherwise."""
    name, field = field_title(change.field), change.field
    if action == "UPDATE":
        return f"{name}: {value_text(change.old, field)} → {value_text(change.new, field)}"
    value = change.new if change.new is not None else change.old
    return f"{name}: {value_text(value, field)}"


def changes_text(record: AuditRecord, limit: int = 4, separator: str = "; ") -> str:
    """The first ``limit`` changed fields of ``record``, readable."""
    parts = [change_text(record.action, change) for change in record.changes[:limit]]
    if len(record.changes) > limit:
        parts.append("…")
    return separator.join(parts)


def operator_text(record: AuditRecord) -> str:
    """«Кассирова Ирина Петровна (w_cash_1)» when the registry knows the login."""
    if record.operator_name:
        return f"{record.operator_name} ({record.operator})"
    return record.operator
