"""Names of queue statuses, proof kinds, ageing marks and payment channels for people."""

from __future__ import annotations

from widgets.qt import QtCore, tr

_CONTEXT = "ModerationLabels"

_LABELS: dict[str, object] = {
    "new": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "new"),
    "pending": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "waiting"),
    "auto_approved": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "approved automatically"),
    "approved": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "approved"),
    "rejected": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "rejected"),
    "cancelled": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "cancelled"),
    "last_payment_amount": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "last payment"),
    "surname_prefix": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "surname letters"),
    "meter_serial": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "meter"),
    "receipt_number": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "receipt number"),
    "person": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "household"),
    "organisation": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "organisation"),
    "on_time": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "on time"),
    "due_soon": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "due soon"),
    "overdue": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "overdue"),
    "queued": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "queued"),
    "sent": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "sent"),
    "delivered": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "delivered"),
    "failed": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "failed"),
    "dead": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "not delivered"),
    "email": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "e-mail"),
    "sms": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "SMS"),
    "same_customer": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "one customer"),
    "other_customers": QtCore.QT_TRANSLATE_NOOP("ModerationLabels", "different customers"),
}


def label(value: str) -> str:
    """A status, kind or mark for people (the value itself if unknown)."""
    source = _LABELS.get(value)
    return tr(_CONTEXT, str(source)) if source is not None else value
