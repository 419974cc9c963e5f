"""The audit log as the console shows it: the admins' browser and a customer's history.

Admins read ``billing.audit_log`` directly. Agents, cashiers and supervisors may not:
they read the history of one customer or account through the SECURITY DEFINER
functions ``billing.customer_history`` / ``billing.account_history``, which return only
the rows of that customer's records (customer, contracts, accounts, metering points,
meters, readings, bills, payments, portal users, links, requests, reviews, notices).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

AUDITED_TABLES = (
    "customer",
    "contract",
    "account",
    "metering_point",
    "meter",
    "reading",
    "bill",
    "bill_line",
    "payment",
    "portal_user",
    "account_link",
    "link_request",
    "registration_review",
    "notification",
    "region",
    "tariff",
    "operator",
    "cash_shift",
    "document_print",
    "portal_action",
    "rejection_reason",
    "notification_template",
    "login_fingerprint",
    "appeal",
    "interaction",
    "interaction_topic",
    "business_clock",
    "supplier_details",
    "billing_settings",
    "tariff_act",
    "calendar_day",
    "consumption_norm",
    "portal_code",
    "portal_rule_set",
    "internet_payment",
    "cash_desk",
    "fiscal_cheque",
    "fiscal_correction",
)
"""Tables whose changes the audit browser can filter by (every table with the audit trigger)."""
ACTIONS = ("INSERT", "UPDATE", "DELETE", "REVEAL", "DDL")
PAGE_SIZE = 100
_HIDDEN_FIELDS = frozenset({"password_hash"})


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One column of an audited row: its value before and after (as text)."""

    field: str
    old: str | None
    new: str | None


@dataclass(frozen=True, slots=True)
class AuditRecord:
    """One audit row: when, who, which row, what changed."""

    id: int
    at: datetime
    operator: str
    table_name: str
    row_key: str
    action: str
    changes: tuple[FieldChange, ...]
    operator_name: str | None = None
    """The operator's full name from the registry (admins' browser only)."""

    def summary(self, limit: int = 4) -> str:
        """``field: old → new`` of the first changed fields, for a table cell."""
        parts = []
        for change in self.changes[:limit]:
            if self.action == "UPDATE":
                parts.append(f"{change.field}: {change.old or '∅'} → {change.new or '∅'}")
            else:
                parts.append(
                    f"{change.field}: {change.new if change.new is not None else change.old}"
                )
        if len(self.changes) > limit:
            parts.append("…")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """The admin's filters; None means "any"."""

    operator: str | None = None
    table_name: str | None = None
    row_key: str | None = None
    date_from: date | None = None
    date_to: date | None = None


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of the audit log, newest first; ``next_before_id`` fetches the next one."""

    records: tuple[AuditRecord, ...]
    next_before_id: int | None

    @property
    def has_more(self) -> bool:
        """Whether older rows match the filter."""
        return self.next_before_id is not None


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False)


def _changes(
    action: str, old: Mapping[str, Any] | None, new: Mapping[str, Any] | None
) -> tuple[FieldChange, ...]:
    old = old or {}
    new = new or {}
    fields = [f for f in dict.fromkeys([*old, *new]) if f not in _HIDDEN_FIELDS]
    if action == "UPDATE":
        fields = [f for f in fields if old.get(f) != new.get(f)]
    return tuple(FieldChange(f, _text(old.get(f)), _text(new.get(f))) for f in fields)


def _record(row: Any) -> AuditRecord:
    return AuditRecord(
        id=int(row.id),
        at=row.at,
        operator=row.operator,
        table_name=row.table_name,
        row_key=row.row_key,
        action=row.action,
        changes=_changes(row.action, row.old_values, row.new_values),
        operator_name=getattr(row, "operator_name", None),
    )


def _page(rows: Sequence[Any], page_size: int) -> AuditPage:
    records = tuple(_record(row) for row in rows[:page_size])
    more = len(rows) > page_size
    return AuditPage(records, records[-1].id if more and records else None)


def browse_audit(
    session: Session,
    criteria: AuditFilter,
    *,
    before_id: int | None = None,
    page_size: int = PAGE_SIZE,
) -> AuditPage:
    """A page of the audit log matching ``criteria`` (admins only: the database checks)."""
    clauses = ["TRUE"]
    params: dict[str, object] = {"limit": page_size + 1}
    if criteria.operator:
        clauses.append("a.operator = :operator")
        params["operator"] = criteria.operator
    if criteria.table_name:
        clauses.append("a.table_name = :table_name")
        params["table_name"] = criteria.table_name
    if criteria.row_key:
        clauses.append("a.row_key = :row_key")
        params["row_key"] = criteria.row_key.strip()
    if criteria.date_from:
        clauses.append("a.at >= :date_from")
        params["date_from"] = datetime.combine(criteria.date_from, time.min).astimezone()
    if criteria.date_to:
        clauses.append("a.at < :date_to")
        params["date_to"] = datetime.combine(
            criteria.date_to + timedelta(days=1), time.min
        ).astimezone()
    if before_id is not None:
        clauses.append("a.id < :before_id")
        params["before_id"] = before_id
    rows = session.execute(
        text(
            "SELECT a.id, a.at, a.operator, a.table_name, a.row_key, a.action,"
            " a.old_values, a.new_values, o.full_name AS operator_name"
            " FROM billing.audit_log a LEFT JOIN billing.operator o ON o.login = a.operator"
            f" WHERE {' AND '.join(clauses)}"
            " ORDER BY a.id DESC LIMIT :limit"
        ),
        params,
    ).all()
    return _page(rows, page_size)


def audit_operators(session: Session) -> list[str]:
    """Logins that appear in the audit log or the operator registry (for the filter).

    :func:`operator_names` gives the registry's full names for them.
    """
    rows = session.execute(
        text("""
        WITH RECURSIVE seen(operator) AS (
            (SELECT operator FROM billing.audit_log ORDER BY operator LIMIT 1)
            UNION ALL
            SELECT (SELECT a.operator FROM billing.audit_log a WHERE a.operator > s.operator
                     ORDER BY a.operator LIMIT 1)
              FROM seen s WHERE s.operator IS NOT NULL
        )
        SELECT operator FROM seen WHERE operator IS NOT NULL
        UNION SELECT login FROM billing.operator
        ORDER BY 1
        """)
    ).scalars()
    return [str(login) for login in rows]


def operator_names(session: Session) -> dict[str, str]:
    """Login → full name of every operator in the registry (admins may read it)."""
    rows = session.execute(text("SELECT login, full_name FROM billing.operator"))
    return {str(row.login): str(row.full_name) for row in rows}


def _history(
    session: Session, function: str, key: int, limit: int, before_id: int | None
) -> AuditPage:
    rows = session.execute(
        text(f"SELECT * FROM billing.{function}(:key, :limit, :before_id)"),
        {"key": key, "limit": limit + 1, "before_id": before_id},
    ).all()
    return _page(rows, limit)


def history_for_customer(
    session: Session, customer_id: int, limit: int = PAGE_SIZE, before_id: int | None = None
) -> AuditPage:
    """Changes to a customer and everything of theirs, newest first (every group may ask)."""
    return _history(session, "customer_history", customer_id, limit, before_id)


def history_for_account(
    session: Session, account_id: int, limit: int = PAGE_SIZE, before_id: int | None = None
) -> AuditPage:
    """Changes to an account, its meters, readings, bills, payments and links, newest first."""
    return _history(session, "account_history", account_id, limit, before_id)
