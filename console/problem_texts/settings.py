"""Sentences for the supplier details and billing settings (``supplier.*``, ``settings.*``,
``tariff_act.*``, ``calendar.*``), and for printing without supplier details."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# QT_TRANSLATE_NOOP returns its text unchanged but is typed as returning object.
_SOURCE: dict[str, object] = {
    "supplier.details_missing": QT_TRANSLATE_NOOP(
        "Problem",
        "The supplier's details for {region} are not filled in, so no bill or receipt can be "
        "printed: an administrator enters them under Settings.",
    ),
    "supplier.name_required": QT_TRANSLATE_NOOP("Problem", "Enter the supplier's name."),
    "supplier.name_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The supplier's name may be at most 160 characters (the payment QR code)."
    ),
    "supplier.separator": QT_TRANSLATE_NOOP(
        "Problem", "The character | cannot be used here: it separates the payment QR code's fields."
    ),
    "supplier.qr_block_too_long": QT_TRANSLATE_NOOP(
        "Problem",
        "The name and bank details together are too long for the payment QR code"
        " (at most 300 bytes): shorten the name or the bank's name.",
    ),
    "supplier.inn_format": QT_TRANSLATE_NOOP(
        "Problem", "The supplier's INN must be the 10 digits of an organisation's INN."
    ),
    "supplier.inn_checksum": QT_TRANSLATE_NOOP(
        "Problem", "The INN's check digit is wrong: check the number."
    ),
    "supplier.kpp_format": QT_TRANSLATE_NOOP(
        "Problem", "The KPP must be 9 characters: 4 digits, 2 digits or capital letters, 3 digits."
    ),
    "supplier.address_required": QT_TRANSLATE_NOOP("Problem", "Enter the supplier's address."),
    "supplier.phone_required": QT_TRANSLATE_NOOP("Problem", "Enter the supplier's phone."),
    "supplier.email_format": QT_TRANSLATE_NOOP(
        "Problem", "Enter the supplier's e-mail as name@domain.ru."
    ),
    "supplier.website_format": QT_TRANSLATE_NOOP(
        "Problem", "Enter the supplier's website as www.example.ru or https://example.ru."
    ),
    "supplier.bank_name_required": QT_TRANSLATE_NOOP("Problem", "Enter the bank's name."),
    "supplier.bank_name_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The bank's name may be at most 45 characters (the payment QR code)."
    ),
    "supplier.bic_format": QT_TRANSLATE_NOOP("Problem", "The BIC must be 9 digits."),
    "supplier.settlement_account_format": QT_TRANSLATE_NOOP(
        "Problem", "The settlement account must be 20 digits."
    ),
    "supplier.settlement_account_key": QT_TRANSLATE_NOOP(
        "Problem",
        "The settlement account does not match the BIC (its control key is wrong):"
        " check both numbers.",
    ),
    "supplier.correspondent_account_format": QT_TRANSLATE_NOOP(
        "Problem", "The correspondent account must be 20 digits starting with 301."
    ),
    "supplier.correspondent_account_key": QT_TRANSLATE_NOOP(
        "Problem",
        "The correspondent account does not match the BIC (its control key is wrong):"
        " check both numbers.",
    ),
    "supplier.vat_rate_range": QT_TRANSLATE_NOOP(
        "Problem",
        "The VAT rate must be one a fiscal cheque can carry: 0 (no VAT), 5, 7, 10, 20 or 22 %.",
    ),
    "settings.region_unknown": QT_TRANSLATE_NOOP(
        "Problem", "Choose a region that exists: refresh the list."
    ),
    "settings.window_day_range": QT_TRANSLATE_NOOP(
        "Problem", "A day of the month is from 1 to 31 (empty: no limit)."
    ),
    "settings.window_order": QT_TRANSLATE_NOOP(
        "Problem", "The window cannot end before it starts."
    ),
    "tariff_act.valid_from_required": QT_TRANSLATE_NOOP(
        "Problem", "Enter the date the act's tariffs apply from."
    ),
    "tariff_act.title_required": QT_TRANSLATE_NOOP(
        "Problem", "Enter the act as it is cited: «Приказ … от … № …»."
    ),
    "tariff_act.title_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The act's title may be at most 300 characters."
    ),
    "tariff_act.duplicate": QT_TRANSLATE_NOOP(
        "Problem", "The region already has an act from this date: change that one."
    ),
    "calendar.day_required": QT_TRANSLATE_NOOP("Problem", "Enter the date."),
    "calendar.kind": QT_TRANSLATE_NOOP(
        "Problem", "Choose whether the day is a day off or a working day."
    ),
    "calendar.holiday_on_weekend": QT_TRANSLATE_NOOP(
        "Problem", "This date is a Saturday or Sunday, a day off anyway: choose a weekday."
    ),
    "calendar.working_day_on_weekday": QT_TRANSLATE_NOOP(
        "Problem", "A weekday is a working day anyway: a transferred working day is a weekend day."
    ),
    "calendar.note_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The note may be at most 200 characters."
    ),
    "calendar.duplicate": QT_TRANSLATE_NOOP(
        "Problem", "This date is already in the calendar: change that entry."
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCE.items()}

RU: dict[str, str] = {
    "supplier.details_missing": "Реквизиты поставщика для «{region}» не заполнены, поэтому "
    "счета и квитанции печатать нельзя: администратор вносит их на вкладке «Настройки».",
    "supplier.name_required": "Введите наименование поставщика.",
    "supplier.name_too_long": "Наименование поставщика — не длиннее 160 символов (QR-код оплаты).",
    "supplier.separator": "Символ | здесь недопустим: он разделяет поля QR-кода оплаты.",
    "supplier.qr_block_too_long": "Наименование и банковские реквизиты вместе не помещаются в "
    "QR-код оплаты (не более 300 байт): сократите наименование поставщика или банка.",
    "supplier.inn_format": "ИНН поставщика — 10 цифр (ИНН организации).",
    "supplier.inn_checksum": "Неверная контрольная цифра ИНН: проверьте номер.",
    "supplier.kpp_format": "КПП — 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, "
    "3 цифры.",
    "supplier.address_required": "Введите адрес поставщика.",
    "supplier.phone_required": "Введите телефон поставщика.",
    "supplier.email_format": "Введите e-mail поставщика в виде имя@домен.ru.",
    "supplier.website_format": "Введите сайт поставщика в виде www.example.ru или "
    "https://example.ru.",
    "supplier.bank_name_required": "Введите наименование банка.",
    "supplier.bank_name_too_long": "Наименование банка — не длиннее 45 символов (QR-код оплаты).",
    "supplier.bic_format": "БИК — 9 цифр.",
    "supplier.settlement_account_format": "Расчётный счёт — 20 цифр.",
    "supplier.settlement_account_key": "Расчётный счёт не соответствует БИК (неверный "
    "контрольный ключ): проверьте оба номера.",
    "supplier.correspondent_account_format": "Корреспондентский счёт — 20 цифр, начинается с 301.",
    "supplier.correspondent_account_key": "Корреспондентский счёт не соответствует БИК "
    "(неверный контрольный ключ): проверьте оба номера.",
    "supplier.vat_rate_range": (
        "Ставка НДС — одна из тех, что может нести кассовый чек: 0 (без НДС), 5, 7, 10, 20"
        " или 22 %."
    ),
    "settings.region_unknown": "Выберите существующий район: обновите список.",
    "settings.window_day_range": "День месяца — от 1 до 31 (пусто — без ограничения).",
    "settings.window_order": "Окно приёма не может заканчиваться раньше, чем начинается.",
    "tariff_act.valid_from_required": "Введите дату, с которой действуют тарифы акта.",
    "tariff_act.title_required": "Введите реквизиты акта: «Приказ … от … № …».",
    "tariff_act.title_too_long": "Реквизиты акта — не длиннее 300 символов.",
    "tariff_act.duplicate": "У района уже есть акт с этой даты: измените его.",
    "calendar.day_required": "Введите дату.",
    "calendar.kind": "Выберите, выходной это день или рабочий.",
    "calendar.holiday_on_weekend": "Эта дата — суббота или воскресенье, она и так выходной: "
    "выберите будний день.",
    "calendar.working_day_on_weekday": "Будний день и так рабочий: перенесённый рабочий день "
    "приходится на выходной.",
    "calendar.note_too_long": "Примечание — не длиннее 200 символов.",
    "calendar.duplicate": "Эта дата уже есть в календаре: измените ту запись.",
}
