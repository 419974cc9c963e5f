"""Sentences for the problems of the console's search field (models/domain/search_keys.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "lookup.key_unrecognised": QT_TRANSLATE_NOOP(
        "Problem",
        "«{text}» looks like none of: account number, phone, e-mail, login, surname, "
        "address, meter serial, receipt number, INN. Choose what to search for.",
    ),
    "lookup.key_not_account_number": QT_TRANSLATE_NOOP(
        "Problem", "«{text}» cannot be an account number: use only letters and digits, at most 20."
    ),
    "lookup.key_not_phone": QT_TRANSLATE_NOOP(
        "Problem", "«{text}» is not a Russian phone number (+7 and ten digits)."
    ),
    "lookup.key_not_email": QT_TRANSLATE_NOOP(
        "Problem", "«{text}» cannot be an e-mail address: it contains spaces."
    ),
    "lookup.key_not_login": QT_TRANSLATE_NOOP(
        "Problem", "«{text}» cannot be a portal login: it contains spaces."
    ),
    "lookup.key_not_surname": QT_TRANSLATE_NOOP(
        "Problem",
        "«{text}» is not a surname: write it in Cyrillic, optionally followed by initials.",
    ),
    "lookup.key_not_address": QT_TRANSLATE_NOOP(
        "Problem", "«{text}» is not an address: write a street, then the house and flat."
    ),
    "lookup.key_not_meter_serial": QT_TRANSLATE_NOOP(
        "Problem",
        "«{text}» cannot be a meter serial number: use only letters and digits.",
    ),
    "lookup.key_not_receipt_number": QT_TRANSLATE_NOOP(
        "Problem", "«{text}» cannot be a receipt number: use only letters and digits, at most 20."
    ),
    "lookup.key_not_inn": QT_TRANSLATE_NOOP(
        "Problem", "«{text}» is not an INN: an INN has 10 or 12 digits."
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "lookup.key_unrecognised": (
        "«{text}» не похоже ни на номер лицевого счёта, ни на телефон, e-mail, логин, "
        "фамилию, адрес, номер счётчика, номер квитанции или ИНН. Выберите, что искать."
    ),
    "lookup.key_not_account_number": (
        "«{text}» не может быть номером лицевого счёта: допустимы только буквы и цифры, "
        "не более 20."
    ),
    "lookup.key_not_phone": "«{text}» — не российский номер телефона (+7 и десять цифр).",
    "lookup.key_not_email": "«{text}» не может быть адресом e-mail: в нём есть пробелы.",
    "lookup.key_not_login": "«{text}» не может быть логином личного кабинета: в нём есть пробелы.",
    "lookup.key_not_surname": (
        "«{text}» — не фамилия: напишите её кириллицей, можно с инициалами."
    ),
    "lookup.key_not_address": ("«{text}» — не адрес: укажите улицу, затем номер дома и квартиры."),
    "lookup.key_not_meter_serial": (
        "«{text}» не может быть номером счётчика: допустимы только буквы и цифры."
    ),
    "lookup.key_not_receipt_number": (
        "«{text}» не может быть номером квитанции: допустимы только буквы и цифры, не более 20."
    ),
    "lookup.key_not_inn": "«{text}» — не ИНН: в ИНН 10 или 12 цифр.",
}
