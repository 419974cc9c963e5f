"""Sentences for the problems of meter reading entry and consumption pricing."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "reading.future_date": QT_TRANSLATE_NOOP(
        "Problem", "The reading date {taken_on} has not come yet."
    ),
    "reading.before_installation": QT_TRANSLATE_NOOP(
        "Problem",
        "The meter was installed on {installed_on}; a reading cannot be dated earlier.",
    ),
    "reading.meter_removed": QT_TRANSLATE_NOOP(
        "Problem",
        "The meter was removed on {removed_on}; readings after that date are not accepted.",
    ),
    "reading.before_previous": QT_TRANSLATE_NOOP(
        "Problem",
        "The reading date is earlier than the previous reading ({previous_on}).",
    ),
    "reading.duplicate_date": QT_TRANSLATE_NOOP(
        "Problem", "This meter already has a reading dated {taken_on}."
    ),
    "reading.value_missing": QT_TRANSLATE_NOOP("Problem", "Enter the meter reading."),
    "reading.zone_missing": QT_TRANSLATE_NOOP(
        "Problem",
        "Enter the reading of zone {zone}: each zone of a multi-rate meter is entered "
        "separately, never the total.",
    ),
    "reading.negative": QT_TRANSLATE_NOOP("Problem", "A reading cannot be negative."),
    "reading.too_many_decimals": QT_TRANSLATE_NOOP(
        "Problem", "At most {max} digits are allowed after the decimal comma."
    ),
    "reading.too_many_digits": QT_TRANSLATE_NOOP(
        "Problem",
        "The reading has more whole digits than the meter's register ({digits}).",
    ),
    "reading.below_previous": QT_TRANSLATE_NOOP(
        "Problem",
        "The reading is below the previous one ({previous}). Check the figures with the customer.",
    ),
    "reading.rollover": QT_TRANSLATE_NOOP(
        "Problem",
        "The reading is below the previous one ({previous}). If the meter went past "
        "zero, consumption will be {consumption} kWh: please confirm.",
    ),
    "reading.implausible_consumption": QT_TRANSLATE_NOOP(
        "Problem",
        "Consumption of {consumption} kWh over {days} days is more than usual for this "
        "meter (up to {limit} kWh). Check the reading with the customer and give a reason.",
    ),
    "reading.decimal_shift": QT_TRANSLATE_NOOP(
        "Problem",
        "The decimal part seems to have been typed as whole digits. Did you mean "
        "{intended}? If the reading is right, give a reason.",
    ),
    "reading.zero_consumption": QT_TRANSLATE_NOOP(
        "Problem",
        "No consumption since {since}, although the meter used to record some. Check "
        "with the customer and give a reason.",
    ),
    "reading.calibration_expired": QT_TRANSLATE_NOOP(
        "Problem", "The meter's calibration was valid until {calibration_due} and has expired."
    ),
    "reading.outside_window": QT_TRANSLATE_NOOP(
        "Problem",
        "Readings are accepted from day {first_day} to day {last_day} of the month; this "
        "one will count for the billing period {period}.",
    ),
    "reading.estimated_run": QT_TRANSLATE_NOOP(
        "Problem",
        "Estimated readings in a row: {count}. The customer has not sent readings for a long time.",
    ),
    "reading.no_tariff": QT_TRANSLATE_NOOP(
        "Problem", "No tariff is in force on {day}; the consumption cannot be priced."
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "reading.future_date": "Дата снятия показаний {taken_on} ещё не наступила.",
    "reading.before_installation": (
        "Счётчик установлен {installed_on} — показание более ранней датой внести нельзя."
    ),
    "reading.meter_removed": (
        "Счётчик снят {removed_on}, показания после этой даты не принимаются."
    ),
    "reading.before_previous": ("Дата снятия раньше даты предыдущего показания ({previous_on})."),
    "reading.duplicate_date": "Показание на {taken_on} по этому счётчику уже внесено.",
    "reading.value_missing": "Введите показание счётчика.",
    "reading.zone_missing": (
        "Введите показание по зоне {zone}: у многотарифного счётчика каждая зона "
        "вносится отдельно, не общей суммой."
    ),
    "reading.negative": "Показание не может быть отрицательным.",
    "reading.too_many_decimals": "После запятой допускается не более {max} знаков.",
    "reading.too_many_digits": ("В показании больше целых разрядов, чем на счётчике ({digits})."),
    "reading.below_previous": (
        "Показание меньше предыдущего ({previous}). Сверьте цифры с абонентом."
    ),
    "reading.rollover": (
        "Показание меньше предыдущего ({previous}). Если счётчик перешёл через ноль, "
        "расход составит {consumption} кВт·ч — подтвердите."
    ),
    "reading.implausible_consumption": (
        "Расход {consumption} кВт·ч за {days} дн. больше обычного для этого счётчика "
        "(не более {limit} кВт·ч). Уточните показание у абонента и укажите причину."
    ),
    "reading.decimal_shift": (
        "Похоже, дробная часть показания введена как целая. Возможно, имелось в виду "
        "{intended}? Если показание верное, укажите причину."
    ),
    "reading.zero_consumption": (
        "Расхода нет с {since}, хотя раньше счётчик потребление учитывал. Уточните у "
        "абонента и укажите причину."
    ),
    "reading.calibration_expired": (
        "Истёк срок поверки счётчика (действовала до {calibration_due})."
    ),
    "reading.outside_window": (
        "Показания принимаются с {first_day} по {last_day} число месяца; это показание "
        "будет учтено в расчётном периоде {period}."
    ),
    "reading.estimated_run": (
        "Расчётных показаний подряд: {count}. Абонент давно не передавал показания."
    ),
    "reading.no_tariff": "На {day} нет действующего тарифа — расход не рассчитать.",
}
