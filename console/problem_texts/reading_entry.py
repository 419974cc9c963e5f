"""Sentences for the refusals of the reading write functions (migration 0040) and the
service that calls them; the checks' own texts are in ``readings``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "reading.reason_required": QT_TRANSLATE_NOOP(
        "Problem", "Give the reason for accepting the warning (it is stored with the reading)."
    ),
    "reading.pricing_mismatch": QT_TRANSLATE_NOOP(
        "Problem",
        "The calculated charge no longer matches the readings or tariffs in the database. "
        "Press Calculate again.",
    ),
    "reading.billing_period": QT_TRANSLATE_NOOP(
        "Problem",
        "The billing period must lie between the month the reading was taken and next month.",
    ),
    "reading.period_closed": QT_TRANSLATE_NOOP(
        "Problem",
        "The billing period {period} is closed: its acceptance window has ended, and "
        "readings entered today count for {open_period}. Nothing was saved: refresh (F5) "
        "and confirm again.",
    ),
    "reading.period_not_open": QT_TRANSLATE_NOOP(
        "Problem",
        "The billing period {period} is not open yet: readings entered today count for "
        "{open_period} (the acceptance window has changed). Nothing was saved: refresh (F5) "
        "and confirm again.",
    ),
    "reading.zone_unknown": QT_TRANSLATE_NOOP(
        "Problem", "The reading names a zone the meter does not have."
    ),
    "reading.date_missing": QT_TRANSLATE_NOOP("Problem", "Enter the date the reading was taken."),
    "reading.meter_unknown": QT_TRANSLATE_NOOP("Problem", "There is no such meter."),
    "reading.unknown": QT_TRANSLATE_NOOP("Problem", "There is no such reading."),
    "reading.key_required": QT_TRANSLATE_NOOP(
        "Problem", "The request has no idempotency key; it was not saved."
    ),
    "reading.key_reused": QT_TRANSLATE_NOOP(
        "Problem", "This request key was already used for another meter; nothing was saved."
    ),
    "reading.price_changed": QT_TRANSLATE_NOOP(
        "Problem",
        "The price changed since it was calculated (a tariff or an estimate changed). "
        "Nothing was saved: check the new calculation and confirm again.",
    ),
    "reading.stale": QT_TRANSLATE_NOOP(
        "Problem",
        "Another operator has just saved a reading for this meter. Your values are kept: "
        "refresh (F5), check them against the new reading and confirm again.",
    ),
    "reading.already_corrected": QT_TRANSLATE_NOOP(
        "Problem", "This reading has already been corrected; correct the correcting reading."
    ),
    "reading.correction_not_latest": QT_TRANSLATE_NOOP(
        "Problem",
        "Only the latest reading of a zone can be corrected; a later reading already exists.",
    ),
    "reading.correction_unchanged": QT_TRANSLATE_NOOP(
        "Problem", "The corrected value is the same as the stored one."
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "reading.reason_required": (
        "Укажите причину, по которой предупреждение принято (она сохраняется с показанием)."
    ),
    "reading.pricing_mismatch": (
        "Расчёт больше не соответствует показаниям или тарифам в базе. "
        "Нажмите «Рассчитать» ещё раз."
    ),
    "reading.billing_period": (
        "Расчётный период — не раньше месяца снятия показаний и не позже следующего месяца."
    ),
    "reading.period_closed": (
        "Расчётный период {period} уже закрыт: окно приёма показаний за него прошло, "
        "показания, принятые сегодня, относятся к периоду {open_period}. Ничего не сохранено: "
        "обновите данные (F5) и подтвердите снова."
    ),
    "reading.period_not_open": (
        "Расчётный период {period} ещё не открыт: показания, принятые сегодня, относятся "
        "к периоду {open_period} (окно приёма показаний изменилось). Ничего не сохранено: "
        "обновите данные (F5) и подтвердите снова."
    ),
    "reading.zone_unknown": "В показании указана зона, которой у счётчика нет.",
    "reading.date_missing": "Введите дату снятия показаний.",
    "reading.meter_unknown": "Такого счётчика нет.",
    "reading.unknown": "Такого показания нет.",
    "reading.key_required": "У запроса нет ключа идемпотентности — он не сохранён.",
    "reading.key_reused": (
        "Этот ключ запроса уже использован для другого счётчика — ничего не сохранено."
    ),
    "reading.price_changed": (
        "Стоимость изменилась после расчёта (изменился тариф или расчётное начисление). "
        "Ничего не сохранено: проверьте новый расчёт и подтвердите снова."
    ),
    "reading.stale": (
        "Другой оператор только что сохранил показание по этому счётчику. Введённые значения "
        "сохранены в форме: обновите данные (F5), сверьте их с новым показанием "
        "и подтвердите снова."
    ),
    "reading.already_corrected": (
        "Это показание уже исправлено — исправляйте исправляющее показание."
    ),
    "reading.correction_not_latest": (
        "Исправить можно только последнее показание зоны — более позднее показание уже есть."
    ),
    "reading.correction_unchanged": "Исправленное значение совпадает с сохранённым.",
}
