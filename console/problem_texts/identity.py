"""Sentences for the identity problems: INN, KPP, OGRN, phones, e-mail, logins, passwords."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_SOURCE: dict[str, object] = {
    # INN, KPP, OGRN, OGRNIP (models/domain/identifiers.py)
    "inn.required": QT_TRANSLATE_NOOP("Problem", "Enter the INN."),
    "inn.format": QT_TRANSLATE_NOOP("Problem", "An INN consists of digits only."),
    "inn.length": QT_TRANSLATE_NOOP(
        "Problem",
        "An INN has 10 digits (organisation) or 12 digits (person); {length} entered.",
    ),
    "inn.length_organisation": QT_TRANSLATE_NOOP(
        "Problem", "An organisation's INN has 10 digits; {length} entered."
    ),
    "inn.length_person": QT_TRANSLATE_NOOP(
        "Problem",
        "The INN of a person or individual entrepreneur has 12 digits; {length} entered.",
    ),
    "inn.region": QT_TRANSLATE_NOOP("Problem", "An INN cannot begin with 00."),
    "inn.checksum": QT_TRANSLATE_NOOP(
        "Problem", "The INN's check digit does not match: check the number for a typo."
    ),
    "kpp.required": QT_TRANSLATE_NOOP("Problem", "Enter the KPP."),
    "kpp.length": QT_TRANSLATE_NOOP("Problem", "A KPP has 9 characters; {length} entered."),
    "kpp.format": QT_TRANSLATE_NOOP(
        "Problem",
        "A KPP is 4 digits, then 2 digits or capital Latin letters, then 3 digits.",
    ),
    "ogrn.required": QT_TRANSLATE_NOOP("Problem", "Enter the OGRN."),
    "ogrn.format": QT_TRANSLATE_NOOP("Problem", "An OGRN consists of digits only."),
    "ogrn.length": QT_TRANSLATE_NOOP("Problem", "An OGRN has 13 digits; {length} entered."),
    "ogrn.first_digit": QT_TRANSLATE_NOOP(
        "Problem", "An organisation's OGRN begins with 1 or 5, not {digit}."
    ),
    "ogrn.checksum": QT_TRANSLATE_NOOP(
        "Problem", "The OGRN's check digit does not match: check the number for a typo."
    ),
    "ogrnip.required": QT_TRANSLATE_NOOP("Problem", "Enter the OGRNIP."),
    "ogrnip.format": QT_TRANSLATE_NOOP("Problem", "An OGRNIP consists of digits only."),
    "ogrnip.length": QT_TRANSLATE_NOOP("Problem", "An OGRNIP has 15 digits; {length} entered."),
    "ogrnip.first_digit": QT_TRANSLATE_NOOP("Problem", "An OGRNIP begins with 3, not {digit}."),
    "ogrnip.checksum": QT_TRANSLATE_NOOP(
        "Problem", "The OGRNIP's check digit does not match: check the number for a typo."
    ),
    # Any text a person types (models/domain/text.py)
    "text.too_long": QT_TRANSLATE_NOOP(
        "Problem", "Too long: at most {max_length} characters; {length} entered."
    ),
    "text.characters": QT_TRANSLATE_NOOP(
        "Problem",
        "Remove the invisible or control characters ({characters}): they often come "
        "with copied text.",
    ),
    # Phones (models/domain/phones.py)
    "phone.required": QT_TRANSLATE_NOOP("Problem", "Enter the phone number."),
    "phone.format": QT_TRANSLATE_NOOP(
        "Problem", "This is not a phone number. Example: +7 914 123-45-67."
    ),
    "phone.country": QT_TRANSLATE_NOOP(
        "Problem", "Only Russian numbers (+7) are accepted, not +{country_code}."
    ),
    "phone.length": QT_TRANSLATE_NOOP(
        "Problem", "A phone number has 10 digits after +7; {digits} entered."
    ),
    "phone.unknown_range": QT_TRANSLATE_NOOP(
        "Problem", "No Russian operator uses numbers beginning +7 {prefix}: check the number."
    ),
    "phone.not_mobile": QT_TRANSLATE_NOOP(
        "Problem", "This is not a mobile number: the portal's SMS codes will not reach it."
    ),
    # E-mail (models/domain/emails.py)
    "email.required": QT_TRANSLATE_NOOP("Problem", "Enter the e-mail address."),
    "email.spaces": QT_TRANSLATE_NOOP("Problem", "An e-mail address cannot contain spaces."),
    "email.too_long": QT_TRANSLATE_NOOP(
        "Problem", "An e-mail address can be at most {max_length} characters long."
    ),
    "email.at_sign": QT_TRANSLATE_NOOP("Problem", "An e-mail address contains exactly one @ sign."),
    "email.local_part": QT_TRANSLATE_NOOP(
        "Problem", "The part of the e-mail address before @ is empty or malformed."
    ),
    "email.domain": QT_TRANSLATE_NOOP(
        "Problem",
        "The part of the e-mail address after @ is not a domain name (such as mail.ru).",
    ),
    # Portal logins and passwords, operator passwords (models/domain/portal_rules.py)
    "login.required": QT_TRANSLATE_NOOP("Problem", "Enter the login."),
    "login.too_short": QT_TRANSLATE_NOOP(
        "Problem", "The login must be at least {min_length} characters long."
    ),
    "login.too_long": QT_TRANSLATE_NOOP(
        "Problem", "The login can be at most {max_length} characters long."
    ),
    "login.spaces": QT_TRANSLATE_NOOP("Problem", "The login cannot contain spaces."),
    "login.not_email": QT_TRANSLATE_NOOP(
        "Problem", "On this portal the login is the e-mail address: leave it empty or type it."
    ),
    "login.characters": QT_TRANSLATE_NOOP(
        "Problem",
        "The login may contain only Latin letters, digits and . _ - @; not allowed: {characters}",
    ),
    "password.required": QT_TRANSLATE_NOOP("Problem", "Enter the password."),
    "password.too_short": QT_TRANSLATE_NOOP(
        "Problem", "The password must be at least {min_length} characters long."
    ),
    "password.no_digit": QT_TRANSLATE_NOOP(
        "Problem", "The password must contain at least one digit."
    ),
    "password.no_latin_letter": QT_TRANSLATE_NOOP(
        "Problem", "The password must contain at least one Latin letter."
    ),
    "password.no_uppercase": QT_TRANSLATE_NOOP(
        "Problem", "The password must contain at least one capital letter."
    ),
    "password.no_lowercase": QT_TRANSLATE_NOOP(
        "Problem", "The password must contain at least one lower-case letter."
    ),
    "password.contains_login": QT_TRANSLATE_NOOP(
        "Problem", "The password must not contain the login."
    ),
}

# QT_TRANSLATE_NOOP returns its text unchanged but is typed as returning object.
TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCE.items()}

RU: dict[str, str] = {
    "inn.required": "Введите ИНН.",
    "inn.format": "ИНН состоит только из цифр.",
    "inn.length": "ИНН содержит 10 цифр (организация) или 12 цифр (физическое лицо); "
    "введено {length}.",
    "inn.length_organisation": "ИНН организации содержит 10 цифр; введено {length}.",
    "inn.length_person": "ИНН физического лица или индивидуального предпринимателя "
    "содержит 12 цифр; введено {length}.",
    "inn.region": "ИНН не может начинаться с 00.",
    "inn.checksum": "Не сходится контрольная цифра ИНН: проверьте номер на опечатку.",
    "kpp.required": "Введите КПП.",
    "kpp.length": "КПП содержит 9 символов; введено {length}.",
    "kpp.format": "КПП: 4 цифры, затем 2 цифры или заглавные латинские буквы, затем 3 цифры.",
    "ogrn.required": "Введите ОГРН.",
    "ogrn.format": "ОГРН состоит только из цифр.",
    "ogrn.length": "ОГРН содержит 13 цифр; введено {length}.",
    "ogrn.first_digit": "ОГРН организации начинается с 1 или 5, а не с {digit}.",
    "ogrn.checksum": "Не сходится контрольная цифра ОГРН: проверьте номер на опечатку.",
    "ogrnip.required": "Введите ОГРНИП.",
    "ogrnip.format": "ОГРНИП состоит только из цифр.",
    "ogrnip.length": "ОГРНИП содержит 15 цифр; введено {length}.",
    "ogrnip.first_digit": "ОГРНИП начинается с 3, а не с {digit}.",
    "ogrnip.checksum": "Не сходится контрольная цифра ОГРНИП: проверьте номер на опечатку.",
    "text.too_long": "Слишком длинно: не больше {max_length} символов; введено {length}.",
    "text.characters": "Уберите невидимые или управляющие символы ({characters}): они часто "
    "попадают в текст при копировании.",
    "phone.required": "Введите номер телефона.",
    "phone.format": "Это не номер телефона. Пример: +7 914 123-45-67.",
    "phone.country": "Принимаются только российские номера (+7), а не +{country_code}.",
    "phone.length": "В номере телефона 10 цифр после +7; введено {digits}.",
    "phone.unknown_range": "Номера, начинающиеся с +7 {prefix}, не используются "
    "российскими операторами: проверьте номер.",
    "phone.not_mobile": "Это не мобильный номер: SMS-коды личного кабинета на него не придут.",
    "email.required": "Введите адрес электронной почты.",
    "email.spaces": "Адрес электронной почты не может содержать пробелы.",
    "email.too_long": "Адрес электронной почты не может быть длиннее {max_length} символов.",
    "email.at_sign": "Адрес электронной почты содержит ровно один знак @.",
    "email.local_part": "Часть адреса электронной почты до @ пуста или записана неверно.",
    "email.domain": "Часть адреса электронной почты после @ не является именем домена "
    "(например, mail.ru).",
    "login.required": "Введите логин.",
    "login.too_short": "Логин должен быть не короче {min_length} символов.",
    "login.too_long": "Логин должен быть не длиннее {max_length} символов.",
    "login.spaces": "Логин не может содержать пробелы.",
    "login.not_email": (
        "В этом личном кабинете логин — адрес электронной почты: оставьте поле пустым "
        "или введите адрес."
    ),
    "login.characters": "Логин может содержать только латинские буквы, цифры и . _ - @; "
    "недопустимо: {characters}",
    "password.required": "Введите пароль.",
    "password.too_short": "Пароль должен быть не короче {min_length} символов.",
    "password.no_digit": "Пароль должен содержать хотя бы одну цифру.",
    "password.no_latin_letter": "Пароль должен содержать хотя бы одну латинскую букву.",
    "password.no_uppercase": "Пароль должен содержать хотя бы одну заглавную букву.",
    "password.no_lowercase": "Пароль должен содержать хотя бы одну строчную букву.",
    "password.contains_login": "Пароль не должен содержать логин.",
}
