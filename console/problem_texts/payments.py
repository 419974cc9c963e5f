"""Sentences for the ``payment.*``, ``cash_shift.*`` and ``print.*`` problems (cash desk)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "payment.amount_format": QT_TRANSLATE_NOOP(
        "Problem",
        "This is not an amount: type digits, a comma and the kopecks, for example 1250,50"
        " (no letters, no exponent, no thousands separators).",
    ),
    "payment.amount_missing": QT_TRANSLATE_NOOP("Problem", "Enter the amount."),
    "payment.amount_negative": QT_TRANSLATE_NOOP(
        "Problem", "The amount cannot be negative: type it without a minus."
    ),
    "payment.amount_decimals": QT_TRANSLATE_NOOP(
        "Problem", "Kopecks have at most two digits after the comma, for example 12345,60."
    ),
    "payment.amount_zero": QT_TRANSLATE_NOOP("Problem", "The amount must be more than zero."),
    "payment.amount_too_large": QT_TRANSLATE_NOOP(
        "Problem", "The amount is too large: one payment is at most {maximum}."
    ),
    "payment.amount_range": QT_TRANSLATE_NOOP(
        "Problem", "The amount must be more than zero and at most {maximum}."
    ),
    "payment.method": QT_TRANSLATE_NOOP("Problem", "Choose cash or card."),
    "payment.account_number_format": QT_TRANSLATE_NOOP(
        "Problem", "An account number has digits only."
    ),
    "payment.account_unknown": QT_TRANSLATE_NOOP("Problem", "There is no such account."),
    "payment.bill_of_other_account": QT_TRANSLATE_NOOP(
        "Problem", "The chosen bill belongs to another account."
    ),
    "payment.key_required": QT_TRANSLATE_NOOP(
        "Problem", "The payment form has no key; clear the form and fill it in again."
    ),
    "payment.key_reused": QT_TRANSLATE_NOOP(
        "Problem",
        "This form already recorded a payment with other details (account, amount, method "
        "or bill). Check the account's payments before taking it again (Ctrl+N starts a new "
        "form).",
    ),
    "payment.reason_required": QT_TRANSLATE_NOOP(
        "Problem", "Give the reason for the reversal (at least 3 characters)."
    ),
    "payment.unknown": QT_TRANSLATE_NOOP("Problem", "There is no such payment."),
    "payment.is_reversal": QT_TRANSLATE_NOOP("Problem", "A reversal cannot itself be reversed."),
    "payment.already_reversed": QT_TRANSLATE_NOOP(
        "Problem", "This payment has already been reversed."
    ),
    "cash_shift.not_open": QT_TRANSLATE_NOOP(
        "Problem", "You have no open shift: open the shift first (F2)."
    ),
    "cash_shift.already_open": QT_TRANSLATE_NOOP(
        "Problem", "Your shift is already open; close it before opening a new one."
    ),
    "cash_shift.float_range": QT_TRANSLATE_NOOP(
        "Problem", "The opening float must be zero or more, in roubles and kopecks."
    ),
    "cash_shift.counted_missing": QT_TRANSLATE_NOOP(
        "Problem", "Count the cash in the drawer and enter the sum (an empty field is not zero)."
    ),
    "cash_shift.counted_range": QT_TRANSLATE_NOOP(
        "Problem", "The counted cash must be zero or more, in roubles and kopecks."
    ),
    "print.key_required": QT_TRANSLATE_NOOP("Problem", "The document to print is not named."),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "payment.amount_format": (
        "Это не сумма: введите цифры, запятую и копейки, например 1250,50"
        " (без букв, без степени, без разделителей тысяч)."
    ),
    "payment.amount_missing": "Введите сумму.",
    "payment.amount_negative": "Сумма не может быть отрицательной: введите её без минуса.",
    "payment.amount_decimals": ("Копеек — не больше двух цифр после запятой, например 12345,60."),
    "payment.amount_zero": "Сумма должна быть больше нуля.",
    "payment.amount_too_large": "Сумма слишком велика: один платёж — не больше {maximum}.",
    "payment.amount_range": "Сумма должна быть больше нуля и не больше {maximum}.",
    "payment.method": "Выберите: наличные или карта.",
    "payment.account_number_format": "Номер лицевого счёта состоит только из цифр.",
    "payment.account_unknown": "Такого лицевого счёта нет.",
    "payment.bill_of_other_account": "Выбранный счёт относится к другому лицевому счёту.",
    "payment.key_required": "У формы оплаты нет ключа; очистите форму и заполните её заново.",
    "payment.key_reused": (
        "По этой форме уже принята оплата с другими данными (лицевой счёт, сумма, способ оплаты"
        " или счёт). Проверьте платежи по счёту, прежде чем принимать снова (Ctrl+N — новая"
        " форма)."
    ),
    "payment.reason_required": "Укажите причину сторнирования (не короче 3 символов).",
    "payment.unknown": "Такого платежа нет.",
    "payment.is_reversal": "Сторнирующую запись нельзя сторнировать.",
    "payment.already_reversed": "Этот платёж уже сторнирован.",
    "cash_shift.not_open": "У вас нет открытой смены: сначала откройте смену (F2).",
    "cash_shift.already_open": "Ваша смена уже открыта; закройте её, прежде чем открывать новую.",
    "cash_shift.float_range": "Размен на начало смены — ноль или больше, в рублях и копейках.",
    "cash_shift.counted_missing": (
        "Пересчитайте наличность в кассе и введите сумму (пустое поле — не ноль)."
    ),
    "cash_shift.counted_range": "Пересчитанная наличность — ноль или больше, в рублях и копейках.",
    "print.key_required": "Не указан документ для печати.",
}
