"""Names of channels, identification facts, appeal kinds and statuses for people."""

from __future__ import annotations

from widgets.qt import QtCore, tr

_CONTEXT = "AppealLabels"

CHANNELS = ("phone", "visit", "portal", "email", "letter")
FACTS = (
    "account_number",
    "address",
    "full_name",
    "receipt_number",
    "last_payment",
    "meter_serial",
    "passport",
)
KINDS = ("complaint", "feedback", "general", "change_of_details")
STATUSES = ("new", "in_work", "answered", "closed")

_LABELS: dict[str, object] = {
    "phone": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "phone call"),
    "visit": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "office visit"),
    "portal": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "portal"),
    "email": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "e-mail"),
    "letter": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "letter"),
    "agent": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "operator"),
    "complaint": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "complaint"),
    "feedback": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "feedback"),
    "general": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "application"),
    "change_of_details": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "change of details"),
    "new": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "new"),
    "in_work": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "in work"),
    "answered": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "answered"),
    "closed": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "closed"),
    "overdue": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "overdue"),
}

_FACT_TITLES: dict[str, object] = {
    "account_number": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "&Account number"),
    "address": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "A&ddress"),
    "full_name": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "&Full name"),
    "receipt_number": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "&Receipt number"),
    "last_payment": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "&Last payment"),
    "meter_serial": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "&Meter serial"),
    "passport": QtCore.QT_TRANSLATE_NOOP("AppealLabels", "&Passport"),
}


def label(value: str) -> str:
    """A channel, kind or status for people (the value itself if unknown)."""
    source = _LABELS.get(value)
    return tr(_CONTEXT, str(source)) if source is not None else value


def fact_title(fact: str) -> str:
    """An identification fact as a check box title, with its Alt key."""
    source = _FACT_TITLES.get(fact)
    return tr(_CONTEXT, str(source)) if source is not None else fact
