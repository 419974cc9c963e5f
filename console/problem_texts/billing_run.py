"""Sentences for the monthly billing run's refusals (``billing_run.*``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# QT_TRANSLATE_NOOP returns its text unchanged but is typed as returning object.
_SOURCE: dict[str, object] = {
    "billing_run.region_unknown": QT_TRANSLATE_NOOP(
        "Problem", "There is no region with this code: give one of the regions' codes."
    ),
    "billing_run.period": QT_TRANSLATE_NOOP(
        "Problem",
        "Bills can be formed for the current month or an earlier one, not for a later month.",
    ),
    "billing_run.batch_size": QT_TRANSLATE_NOOP("Problem", "A batch is 1 to 5000 accounts."),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCE.items()}

RU: dict[str, str] = {
    "billing_run.region_unknown": "Района с таким кодом нет: укажите код одного из районов.",
    "billing_run.period": "Счета формируются за текущий или прошедший месяц, не за будущий.",
    "billing_run.batch_size": "Пакет — от 1 до 5000 лицевых счетов.",
}
