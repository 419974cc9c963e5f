"""Sentences for the ``payment_qr.*`` problems (the payment QR code printed on bills)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "payment_qr.required": QT_TRANSLATE_NOOP(
        "Problem", "The payment QR code needs a value for {requisite}."
    ),
    "payment_qr.digits": QT_TRANSLATE_NOOP(
        "Problem", "{requisite} in the payment QR code must be {length} digits."
    ),
    "payment_qr.kpp": QT_TRANSLATE_NOOP(
        "Problem", "The supplier's KPP in the payment QR code must be 9 characters."
    ),
    "payment_qr.separator": QT_TRANSLATE_NOOP(
        "Problem", "{requisite} in the payment QR code may not contain the character |."
    ),
    "payment_qr.separator_replaced": QT_TRANSLATE_NOOP(
        "Problem", "The character | in {requisite} was replaced by / in the payment QR code."
    ),
    "payment_qr.sum_not_positive": QT_TRANSLATE_NOOP(
        "Problem", "The amount in the payment QR code must be greater than zero."
    ),
    "payment_qr.sum_fraction": QT_TRANSLATE_NOOP(
        "Problem", "The amount in the payment QR code must be in whole kopecks."
    ),
    "payment_qr.too_long": QT_TRANSLATE_NOOP(
        "Problem", "{requisite} in the payment QR code may be at most {max_length} characters."
    ),
    "payment_qr.mandatory_block_too_long": QT_TRANSLATE_NOOP(
        "Problem",
        "The supplier's name and bank details take {size} bytes in the payment QR code;"
        " at most {limit} are allowed.",
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "payment_qr.required": "Для QR-кода оплаты не заполнено поле {requisite}.",
    "payment_qr.digits": "{requisite} в QR-коде оплаты должен состоять из {length} цифр.",
    "payment_qr.kpp": "КПП поставщика в QR-коде оплаты должен состоять из 9 символов.",
    "payment_qr.separator": "{requisite} в QR-коде оплаты не может содержать символ |.",
    "payment_qr.separator_replaced": "Символ | в поле {requisite} заменён на / в QR-коде оплаты.",
    "payment_qr.sum_not_positive": "Сумма в QR-коде оплаты должна быть больше нуля.",
    "payment_qr.sum_fraction": "Сумма в QR-коде оплаты должна быть в целых копейках.",
    "payment_qr.too_long": (
        "{requisite} в QR-коде оплаты может содержать не более {max_length} символов."
    ),
    "payment_qr.mandatory_block_too_long": (
        "Наименование и банковские реквизиты поставщика занимают в QR-коде оплаты {size} байт;"
        " допускается не более {limit}."
    ),
}
