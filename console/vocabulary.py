"""On-screen names of stored domain codes, one place for every view.

The portals name reading sources «абонентские», «контролёра», «АСКУЭ»… and payment
channels «касса», «банк»…; the card, the readings form, moderation and the payment
history must say the same thing for the same code.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CONTEXT = "Vocabulary"

_READING_SOURCES: dict[str, object] = {
    "customer": QT_TRANSLATE_NOOP("Vocabulary", "customer"),
    "customer_anonymous": QT_TRANSLATE_NOOP("Vocabulary", "customer without registration"),
    "operator": QT_TRANSLATE_NOOP("Vocabulary", "operator"),
    "inspector": QT_TRANSLATE_NOOP("Vocabulary", "inspector"),
    "smart_meter": QT_TRANSLATE_NOOP("Vocabulary", "smart meter"),
    "estimated": QT_TRANSLATE_NOOP("Vocabulary", "estimated"),
}

_PAYMENT_CHANNELS: dict[str, object] = {
    "cash_desk": QT_TRANSLATE_NOOP("Vocabulary", "cash desk"),
    "bank": QT_TRANSLATE_NOOP("Vocabulary", "bank"),
    "online": QT_TRANSLATE_NOOP("Vocabulary", "online banking"),
    "portal": QT_TRANSLATE_NOOP("Vocabulary", "customer portal"),
}


def _name(names: dict[str, object], code: str) -> str:
    source = names.get(code)
    return QCoreApplication.translate(_CONTEXT, str(source)) if source is not None else code


def reading_source_label(source: str) -> str:
    """«абонентские», «АСКУЭ»… for a ``reading.source`` value."""
    return _name(_READING_SOURCES, source)


def payment_channel_label(channel: str) -> str:
    """«касса», «интернет-банк»… for a ``payment.channel`` value."""
    return _name(_PAYMENT_CHANNELS, channel)
