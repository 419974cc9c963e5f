"""Names of groups, audited tables and audit actions in the operator's language."""

from __future__ import annotations

from widgets.qt import QtCore, tr

_CONTEXT = "AuditLabels"

_TABLES: dict[str, object] = {
    "customer": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Customer"),
    "contract": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Contract"),
    "account": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Account"),
    "metering_point": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Metering point"),
    "meter": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Meter"),
    "reading": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Reading"),
    "bill": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Bill"),
    "bill_line": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Bill line"),
    "payment": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Payment"),
    "portal_user": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Portal user"),
    "account_link": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Account link"),
    "link_request": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Link request"),
    "registration_review": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Registration review"),
    "notification": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Notification"),
    "region": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Region"),
    "tariff": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Tariff"),
    "operator": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Operator"),
    "login_fingerprint": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Password fingerprint"),
    "cash_shift": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Cash shift"),
    "document_print": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Document print"),
    "portal_action": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Action on a portal login"),
    "rejection_reason": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Rejection reason"),
    "notification_template": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Notification template"),
    "appeal": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Appeal"),
    "interaction": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Contact with a customer"),
    "interaction_topic": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Contact topic"),
    "business_clock": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Business date settings"),
    "supplier_details": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Supplier details"),
    "billing_settings": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Billing settings"),
    "tariff_act": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Tariff act"),
    "calendar_day": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Working-day calendar"),
    "consumption_norm": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Consumption norm"),
    "portal_code": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "One-time portal code"),
    "portal_rule_set": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Portal rules"),
    "internet_payment": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Internet payment"),
    "cash_desk": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Cash desk and its register"),
    "fiscal_cheque": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Fiscal cheque"),
    "fiscal_correction": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Correction cheque"),
}
_ACTIONS: dict[str, object] = {
    "INSERT": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Created"),
    "UPDATE": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Changed"),
    "DELETE": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Deleted"),
    "REVEAL": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Contact revealed"),
    "DDL": QtCore.QT_TRANSLATE_NOOP("AuditLabels", "Table structure changed"),
}


def table_title(table: str) -> str:
    """An audited table's name for people (the SQL name if unknown)."""
    source = _TABLES.get(table)
    return tr(_CONTEXT, str(source)) if source is not None else table


def action_title(action: str) -> str:
    """An audit action's name for people."""
    source = _ACTIONS.get(action)
    return tr(_CONTEXT, str(source)) if source is not None else action
