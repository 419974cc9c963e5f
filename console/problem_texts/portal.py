"""Sentences for the link requests and codes an agent handles for a caller on the card
(console/services/link_requests.py)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "link_request.reason_required": QT_TRANSLATE_NOOP(
        "Problem", "Give the reason the caller withdraws the request: the customer is told it."
    ),
    "link_request.reason_format": QT_TRANSLATE_NOOP(
        "Problem", "The reason is too long or holds characters that cannot be stored."
    ),
    "link_request.amount_format": QT_TRANSLATE_NOOP(
        "Problem", "Type the amount as the caller says it, e.g. 1234.56 or 1 234,56."
    ),
    "portal_code.purpose": QT_TRANSLATE_NOOP(
        "Problem", "A code is sent for a login or a registration."
    ),
    "portal_user.no_phone": QT_TRANSLATE_NOOP(
        "Problem", "The login has no phone to send the code to: change the phone first."
    ),
    "registration.no_rules": QT_TRANSLATE_NOOP(
        "Problem", "No portal rules are set for this region: ask an administrator."
    ),
    "registration.login_too_short": QT_TRANSLATE_NOOP(
        "Problem", "The login is shorter than this portal allows (at least 8 characters)."
    ),
    "registration.login_spaces": QT_TRANSLATE_NOOP("Problem", "A login has no spaces."),
    "registration.login_not_email": QT_TRANSLATE_NOOP(
        "Problem", "On this portal the login is the e-mail address."
    ),
    "registration.phone_required": QT_TRANSLATE_NOOP(
        "Problem", "This portal needs the phone the SMS codes go to."
    ),
    "registration.password_too_short": QT_TRANSLATE_NOOP(
        "Problem", "The password is shorter than this portal allows."
    ),
    "registration.password_latin_and_digit": QT_TRANSLATE_NOOP(
        "Problem", "This portal needs a password with a Latin letter and a digit."
    ),
    "registration.proof_kind": QT_TRANSLATE_NOOP(
        "Problem", "This portal does not accept this kind of proof."
    ),
    "registration.login_format": QT_TRANSLATE_NOOP(
        "Problem", "The login is too long or holds characters that cannot be stored."
    ),
    "registration.login_taken": QT_TRANSLATE_NOOP(
        "Problem", "This login is taken: ask the caller for another one."
    ),
    "registration.proof_failed": QT_TRANSLATE_NOOP(
        "Problem",
        "The account number and the receipt number do not match: ask the caller to read "
        "both from one receipt.",
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "link_request.reason_required": (
        "Укажите причину, по которой абонент отзывает заявку: её сообщат клиенту."
    ),
    "link_request.reason_format": (
        "Причина слишком длинная или содержит символы, которые нельзя сохранить."
    ),
    "link_request.amount_format": "Введите сумму так, как называет абонент: 1234.56 или 1 234,56.",
    "portal_code.purpose": "Код отправляют для входа или для регистрации.",
    "registration.no_rules": (
        "Для этого района не заданы правила личного кабинета: обратитесь к администратору."
    ),
    "registration.login_too_short": (
        "Логин короче, чем допускает личный кабинет (не менее 8 символов)."
    ),
    "registration.login_spaces": "В логине не должно быть пробелов.",
    "registration.login_not_email": "В этом личном кабинете логин — адрес электронной почты.",
    "registration.phone_required": (
        "Этому личному кабинету нужен телефон, на который придут SMS-коды."
    ),
    "registration.password_too_short": "Пароль короче, чем допускает личный кабинет.",
    "registration.password_latin_and_digit": (
        "Этому личному кабинету нужен пароль с латинской буквой и цифрой."
    ),
    "registration.proof_kind": "Этот личный кабинет не принимает такое подтверждение.",
    "registration.login_format": (
        "Логин слишком длинный или содержит символы, которые нельзя сохранить."
    ),
    "registration.login_taken": "Этот логин занят: попросите абонента придумать другой.",
    "registration.proof_failed": (
        "Номер лицевого счёта и номер квитанции не совпадают: попросите абонента прочитать "
        "оба с одной квитанции."
    ),
    "portal_user.no_phone": (
        "У учётной записи нет телефона, на который можно отправить код: сначала измените телефон."
    ),
}
