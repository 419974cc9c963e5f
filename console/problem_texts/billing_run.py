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
    "norm.household_type": QT_TRANSLATE_NOOP(
        "Problem", "Choose the household type: a gas stove or an electric stove."
    ),
    "norm.rooms": QT_TRANSLATE_NOOP("Problem", "Rooms: a whole number from 1 to 20."),
    "norm.residents": QT_TRANSLATE_NOOP("Problem", "Residents: a whole number from 1 to 50."),
    "norm.kwh": QT_TRANSLATE_NOOP(
        "Problem", "The norm is a number of kWh a month above 0 and below 10 000, e.g. 80,5."
    ),
    "norm.duplicate": QT_TRANSLATE_NOOP(
        "Problem",
        "The region already has a norm for this household type, rooms and residents: "
        "change that one.",
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCE.items()}

RU: dict[str, str] = {
    "billing_run.region_unknown": "Района с таким кодом нет: укажите код одного из районов.",
    "billing_run.period": "Счета формируются за текущий или прошедший месяц, не за будущий.",
    "billing_run.batch_size": "Пакет — от 1 до 5000 лицевых счетов.",
    "norm.household_type": "Выберите тип домохозяйства: газовая или электрическая плита.",
    "norm.rooms": "Число комнат — целое число от 1 до 20.",
    "norm.residents": "Число проживающих — целое число от 1 до 50.",
    "norm.kwh": "Норматив — число кВт·ч в месяц больше 0 и меньше 10 000, например 80,5.",
    "norm.duplicate": "У района уже есть норматив для этого типа домохозяйства, числа комнат "
    "и проживающих: измените его.",
}
