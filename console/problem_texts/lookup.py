"""Sentences for the problems of the search field (models/domain/search_keys.py) and of
the portal account actions on the customer card (console/services/portal_actions.py)."""

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
    "lookup.contacts_not_allowed": QT_TRANSLATE_NOOP(
        "Problem",
        "Cashiers do not search by phone or e-mail: ask for the account number, surname or "
        "address.",
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
    # Portal account actions done on the customer card (console/services/portal_actions.py).
    "portal_user.not_found": QT_TRANSLATE_NOOP(
        "Problem", "This portal login no longer exists. Refresh the card (F5)."
    ),
    "portal_user.stale": QT_TRANSLATE_NOOP(
        "Problem",
        "Someone else changed this portal login in the meantime. Refresh the card (F5) "
        "and check before trying again.",
    ),
    "portal_user.blocked": QT_TRANSLATE_NOOP(
        "Problem", "The login is blocked: unblock it first (a supervisor can)."
    ),
    "portal_user.already_confirmed": QT_TRANSLATE_NOOP(
        "Problem", "The e-mail address is already confirmed; nothing to resend."
    ),
    "portal_user.already_blocked": QT_TRANSLATE_NOOP("Problem", "The login is already blocked."),
    "portal_user.not_blocked": QT_TRANSLATE_NOOP("Problem", "The login is not blocked."),
    "portal_user.reason_required": QT_TRANSLATE_NOOP(
        "Problem", "Write the reason: the customer is told it and it is kept on record."
    ),
    "portal_user.email_format": QT_TRANSLATE_NOOP(
        "Problem", "This is not a valid e-mail address (name@domain.ru)."
    ),
    "portal_user.email_unchanged": QT_TRANSLATE_NOOP(
        "Problem", "This is already the login's e-mail address."
    ),
    "portal_user.email_taken": QT_TRANSLATE_NOOP(
        "Problem", "Another portal login already uses this e-mail address."
    ),
    "portal_user.phone_format": QT_TRANSLATE_NOOP(
        "Problem", "The phone must be +7 and ten digits, e.g. +7 914 123-45-67."
    ),
    "portal_user.phone_unchanged": QT_TRANSLATE_NOOP(
        "Problem", "This is already the login's phone number."
    ),
    "portal_user.phone_taken": QT_TRANSLATE_NOOP(
        "Problem", "Another portal login already uses this phone number."
    ),
    "portal_user.merge_same": QT_TRANSLATE_NOOP("Problem", "Choose two different logins to merge."),
    "portal_user.login_required": QT_TRANSLATE_NOOP("Problem", "Type the login to join."),
    "portal_user.login_unknown": QT_TRANSLATE_NOOP(
        "Problem", "No portal login is called so: check the spelling with the caller."
    ),
    "portal_user.merge_other_customer": QT_TRANSLATE_NOOP(
        "Problem", "Only two logins of the same customer can be merged."
    ),
    "account_link.not_found": QT_TRANSLATE_NOOP(
        "Problem", "The login is not linked to this account (any more). Refresh the card (F5)."
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
    "lookup.contacts_not_allowed": "Кассир не ищет по телефону или e-mail: спросите номер "
    "лицевого счёта, фамилию или адрес.",
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
    "portal_user.not_found": "Этой учётной записи ЛК больше нет. Обновите карточку (F5).",
    "portal_user.stale": (
        "Учётную запись ЛК только что изменил другой оператор. Обновите карточку (F5) "
        "и проверьте, прежде чем повторить."
    ),
    "portal_user.blocked": (
        "Учётная запись заблокирована: сначала её нужно разблокировать (может старший оператор)."
    ),
    "portal_user.already_confirmed": "Адрес e-mail уже подтверждён, отправлять нечего.",
    "portal_user.already_blocked": "Учётная запись уже заблокирована.",
    "portal_user.not_blocked": "Учётная запись не заблокирована.",
    "portal_user.reason_required": ("Укажите причину: её сообщат клиенту и сохранят в журнале."),
    "portal_user.email_format": "Это не адрес электронной почты (имя@домен.ru).",
    "portal_user.email_unchanged": "Это и так адрес e-mail учётной записи.",
    "portal_user.email_taken": "Этот адрес e-mail уже использует другая учётная запись ЛК.",
    "portal_user.phone_format": "Телефон: +7 и десять цифр, например +7 914 123-45-67.",
    "portal_user.phone_unchanged": "Это и так номер телефона учётной записи.",
    "portal_user.phone_taken": "Этот номер телефона уже использует другая учётная запись ЛК.",
    "portal_user.merge_same": "Выберите две разные учётные записи.",
    "portal_user.login_required": "Введите логин, который нужно присоединить.",
    "portal_user.login_unknown": "Учётной записи с таким логином нет: уточните у абонента.",
    "portal_user.merge_other_customer": (
        "Объединить можно только две учётные записи одного абонента."
    ),
    "account_link.not_found": (
        "Учётная запись не привязана к этому лицевому счёту. Обновите карточку (F5)."
    ),
}
