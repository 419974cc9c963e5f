"""Sentences for operator management, contact reveals and the audit guarantees."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_SOURCE: dict[str, object] = {
    # Operator logins and names (models/domain/operator_rules.py, billing.create_operator)
    "operator_login.characters": QT_TRANSLATE_NOOP(
        "Problem",
        "An operator login may contain only lower-case Latin letters, digits and _; "
        "not allowed: {characters}",
    ),
    "operator_login.first_letter": QT_TRANSLATE_NOOP(
        "Problem", "An operator login must begin with a Latin letter."
    ),
    "operator_login.format": QT_TRANSLATE_NOOP(
        "Problem",
        "An operator login has 3 to 40 lower-case Latin letters, digits or _ and begins "
        "with a letter.",
    ),
    "operator_login.reserved": QT_TRANSLATE_NOOP(
        "Problem", "Logins beginning with pg_ or billing_, and postgres, are reserved."
    ),
    "operator_login.keyword": QT_TRANSLATE_NOOP(
        "Problem",
        "This login is an SQL keyword (like user or current_user) and would read as one in "
        "the server's commands: choose another.",
    ),
    "operator_login.taken": QT_TRANSLATE_NOOP(
        "Problem", "This login is already taken on the database server."
    ),
    "operator.full_name_required": QT_TRANSLATE_NOOP("Problem", "Enter the operator's full name."),
    "operator.full_name_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The full name can be at most {max_length} characters long."
    ),
    "operator.group": QT_TRANSLATE_NOOP("Problem", "Choose the operator's group."),
    "operator.unknown": QT_TRANSLATE_NOOP(
        "Problem", "There is no such operator (it may have been removed): refresh the list."
    ),
    "operator.self": QT_TRANSLATE_NOOP(
        "Problem",
        "You cannot disable yourself, change your own group or reset your own password "
        "here: ask another administrator.",
    ),
    "operator.expiry_in_past": QT_TRANSLATE_NOOP(
        "Problem", "The password expiry date must be in the future."
    ),
    "password.repeat_mismatch": QT_TRANSLATE_NOOP(
        "Problem", "The passwords do not match: type the same password twice."
    ),
    # The operator may no longer act (billing.assert_operator_active)
    "operator.disabled": QT_TRANSLATE_NOOP(
        "Problem", "An administrator has disabled this operator: the database refuses."
    ),
    "operator.password_bypassed": QT_TRANSLATE_NOOP(
        "Problem",
        "Your password was changed outside the console; ask an administrator to reset it.",
    ),
    # Contacts (billing.reveal_contact)
    "contact.not_found": QT_TRANSLATE_NOOP(
        "Problem", "The record no longer exists: refresh the card."
    ),
    "contact.unknown_field": QT_TRANSLATE_NOOP("Problem", "This contact cannot be shown."),
}

# QT_TRANSLATE_NOOP returns its text unchanged but is typed as returning object.
TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCE.items()}

RU: dict[str, str] = {
    "operator_login.characters": "Логин оператора может содержать только строчные латинские "
    "буквы, цифры и _; недопустимо: {characters}",
    "operator_login.first_letter": "Логин оператора должен начинаться с латинской буквы.",
    "operator_login.format": "Логин оператора: от 3 до 40 строчных латинских букв, цифр или _, "
    "начинается с буквы.",
    "operator_login.reserved": "Логины, начинающиеся с pg_ или billing_, и postgres "
    "зарезервированы.",
    "operator_login.keyword": "Этот логин — ключевое слово SQL (как user или current_user) и "
    "читался бы как оно в командах сервера: выберите другой.",
    "operator_login.taken": "Такой логин уже занят на сервере базы данных.",
    "operator.full_name_required": "Введите ФИО оператора.",
    "operator.full_name_too_long": "ФИО может быть не длиннее {max_length} символов.",
    "operator.group": "Выберите группу оператора.",
    "operator.unknown": "Такого оператора нет (возможно, его удалили): обновите список.",
    "operator.self": "Нельзя отключить себя, сменить свою группу или сбросить свой пароль "
    "здесь: обратитесь к другому администратору.",
    "operator.expiry_in_past": "Срок действия пароля должен быть в будущем.",
    "password.repeat_mismatch": "Пароли не совпадают: введите один и тот же пароль дважды.",
    "operator.disabled": "Администратор отключил этого оператора: база данных отказывает.",
    "operator.password_bypassed": "Пароль изменён в обход консоли; обратитесь к администратору.",
    "contact.not_found": "Запись больше не существует: обновите карточку.",
    "contact.unknown_field": "Этот контакт нельзя показать.",
}
