"""The audit log for the console's views (:mod:`models.queries.audit`)."""

from __future__ import annotations

from models.queries.audit import (
    ACTIONS,
    AUDITED_TABLES,
    PAGE_SIZE,
    AuditFilter,
    AuditPage,
    AuditRecord,
    FieldChange,
    audit_operators,
    browse_audit,
    history_for_account,
    history_for_customer,
    operator_names,
)

__all__ = [
    "ACTIONS",
    "AUDITED_TABLES",
    "PAGE_SIZE",
    "AuditFilter",
    "AuditPage",
    "AuditRecord",
    "FieldChange",
    "audit_operators",
    "browse_audit",
    "history_for_account",
    "history_for_customer",
    "operator_names",
]
