"""Sentences for the ``fiscal.*`` problems: why a cheque is still pending, in plain words."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "fiscal.offline": QT_TRANSLATE_NOOP(
        "Problem",
        "The cash register does not answer (switched off or not connected). The cheque "
        "will be printed as soon as it is back.",
    ),
    "fiscal.busy": QT_TRANSLATE_NOOP(
        "Problem", "The cash register is busy with another program. Trying again."
    ),
    "fiscal.shift_closed": QT_TRANSLATE_NOOP(
        "Problem", "The register's shift is closed: reopen the shift at the desk."
    ),
    "fiscal.shift_expired": QT_TRANSLATE_NOOP(
        "Problem",
        "The register's shift is over 24 hours old: close it (Z-report) and open a new one.",
    ),
    "fiscal.paper_out": QT_TRANSLATE_NOOP(
        "Problem", "The cash register is out of paper: load a new roll and press F7."
    ),
    "fiscal.fn_full": QT_TRANSLATE_NOOP(
        "Problem",
        "The register's fiscal drive (ФН) is full: call the service engineer to replace it.",
    ),
    "fiscal.timeout": QT_TRANSLATE_NOOP(
        "Problem",
        "The cash register did not answer in time. The cheque is not printed twice: the "
        "desk asks again.",
    ),
    "fiscal.error": QT_TRANSLATE_NOOP("Problem", "The cash register reported an error: {detail}"),
    "fiscal.waiting": QT_TRANSLATE_NOOP("Problem", "Waiting to be sent to the cash register."),
    "fiscal.no_desk": QT_TRANSLATE_NOOP(
        "Problem", "No cash desk with a register is set up: ask an administrator."
    ),
    "fiscal.unknown": QT_TRANSLATE_NOOP("Problem", "This payment needs no cheque."),
    "fiscal.not_yours": QT_TRANSLATE_NOOP(
        "Problem", "This cheque belongs to another cashier's desk."
    ),
    "fiscal.already_done": QT_TRANSLATE_NOOP("Problem", "This cheque is already printed."),
    "fiscal.result_format": QT_TRANSLATE_NOOP(
        "Problem", "The cash register's answer is incomplete; the cheque stays pending."
    ),
    "fiscal.contact_format": QT_TRANSLATE_NOOP(
        "Problem", "For an electronic cheque give an e-mail or a phone as +7XXXXXXXXXX."
    ),
    "cash_desk.name": QT_TRANSLATE_NOOP("Problem", "Name the cash desk (at most 80 characters)."),
    "cash_desk.name_taken": QT_TRANSLATE_NOOP("Problem", "Another cash desk has this name."),
    "cash_desk.register_url": QT_TRANSLATE_NOOP(
        "Problem", "The register's address looks like http://192.168.0.20:16732."
    ),
    "cash_desk.register_serial": QT_TRANSLATE_NOOP(
        "Problem", "The register's serial number: digits and Latin letters, up to 32."
    ),
    "operator.inn": QT_TRANSLATE_NOOP(
        "Problem", "A person's INN has 12 digits with valid check digits."
    ),
    "cash_shift.cheques_pending": QT_TRANSLATE_NOOP(
        "Problem",
        "Some cheques of this shift are not printed yet: fiscalise them (F7) or ask a "
        "supervisor to let the shift close.",
    ),
    "supplier.fiscal_vat_rate": QT_TRANSLATE_NOOP(
        "Problem", "A cheque's VAT rate is one of 0 (no VAT), 5, 7, 10, 20 or 22 %."
    ),
    "supplier.fiscal_taxation": QT_TRANSLATE_NOOP(
        "Problem", "Choose the supplier's taxation system from the list."
    ),
    "supplier.fiscal_subject": QT_TRANSLATE_NOOP(
        "Problem", "Choose the settlement subject from the list."
    ),
    "supplier.fiscal_without_details": QT_TRANSLATE_NOOP(
        "Problem", "Save the supplier's details for this region first, then its cheques."
    ),
    "fiscal_correction.key_required": QT_TRANSLATE_NOOP(
        "Problem", "The correction has no key: open the dialog again."
    ),
    "fiscal_correction.key_reused": QT_TRANSLATE_NOOP(
        "Problem",
        "This correction was already recorded with other details: open the dialog again.",
    ),
    "fiscal_correction.kind": QT_TRANSLATE_NOOP("Problem", "Choose the kind of correction cheque."),
    "fiscal_correction.type": QT_TRANSLATE_NOOP(
        "Problem", "Choose whether the correction is self-initiated or by order."
    ),
    "fiscal_correction.base_date": QT_TRANSLATE_NOOP(
        "Problem", "The date of the settlement being corrected: today or earlier."
    ),
    "fiscal_correction.base_number_required": QT_TRANSLATE_NOOP(
        "Problem", "A correction by order needs the order's number."
    ),
    "fiscal_correction.base_number_too_long": QT_TRANSLATE_NOOP(
        "Problem", "The document number is at most 32 characters."
    ),
    "fiscal_correction.reason": QT_TRANSLATE_NOOP(
        "Problem", "Say what the mistake was (3 to 500 characters)."
    ),
    "fiscal_correction.amount": QT_TRANSLATE_NOOP(
        "Problem", "The amount is above zero, at most 1 000 000 ₽, in kopecks."
    ),
    "fiscal_correction.method": QT_TRANSLATE_NOOP(
        "Problem", "Choose how the money was paid: cash or card."
    ),
    "fiscal_correction.account_unknown": QT_TRANSLATE_NOOP(
        "Problem", "Open the account the correction concerns."
    ),
    "fiscal_correction.payment_of_other_account": QT_TRANSLATE_NOOP(
        "Problem", "The chosen payment belongs to another account."
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "fiscal.offline": (
        "Касса (ККТ) не отвечает: выключена или не подключена. Чек будет напечатан, как только"
        " касса появится на связи."
    ),
    "fiscal.busy": "Касса занята другой программой. Повторяем попытку.",
    "fiscal.shift_closed": "Смена на кассе закрыта: откройте смену заново.",
    "fiscal.shift_expired": (
        "Смена на кассе длится больше 24 часов: закройте её (Z-отчёт) и откройте новую."
    ),
    "fiscal.paper_out": "В кассе закончилась бумага: вставьте новый рулон и нажмите F7.",
    "fiscal.fn_full": "Фискальный накопитель (ФН) заполнен: вызовите специалиста для замены.",
    "fiscal.timeout": (
        "Касса не ответила вовремя. Чек не будет напечатан дважды: касса спросит ещё раз."
    ),
    "fiscal.error": "Касса сообщила об ошибке: {detail}",
    "fiscal.waiting": "Ожидает отправки на кассу.",
    "fiscal.no_desk": "Не настроена касса с ККТ: обратитесь к администратору.",
    "fiscal.unknown": "Этот платёж не требует чека.",
    "fiscal.not_yours": "Этот чек относится к кассе другого кассира.",
    "fiscal.already_done": "Этот чек уже напечатан.",
    "fiscal.result_format": "Ответ кассы неполный; чек остаётся в ожидании.",
    "fiscal.contact_format": (
        "Для электронного чека укажите e-mail или телефон в виде +7XXXXXXXXXX."
    ),
    "cash_desk.name": "Укажите название кассы (не длиннее 80 символов).",
    "cash_desk.name_taken": "Касса с таким названием уже есть.",
    "cash_desk.register_url": "Адрес ККТ выглядит так: http://192.168.0.20:16732.",
    "cash_desk.register_serial": "Заводской номер ККТ: цифры и латинские буквы, до 32 знаков.",
    "operator.inn": "ИНН физического лица — 12 цифр с верными контрольными цифрами.",
    "cash_shift.cheques_pending": (
        "Не все чеки смены напечатаны: пробейте их (F7) или попросите старшего разрешить"
        " закрыть смену."
    ),
    "supplier.fiscal_vat_rate": "Ставка НДС в чеке: 0 (без НДС), 5, 7, 10, 20 или 22 %.",
    "supplier.fiscal_taxation": "Выберите систему налогообложения поставщика из списка.",
    "supplier.fiscal_subject": "Выберите признак предмета расчёта из списка.",
    "supplier.fiscal_without_details": (
        "Сначала сохраните реквизиты поставщика для этого района, затем настройки чеков."
    ),
    "fiscal_correction.key_required": "У коррекции нет ключа: откройте окно заново.",
    "fiscal_correction.key_reused": (
        "Эта коррекция уже записана с другими данными: откройте окно заново."
    ),
    "fiscal_correction.kind": "Выберите вид чека коррекции.",
    "fiscal_correction.type": "Выберите тип коррекции: самостоятельно или по предписанию.",
    "fiscal_correction.base_date": "Дата исправляемого расчёта — сегодня или раньше.",
    "fiscal_correction.base_number_required": (
        "Для коррекции по предписанию укажите номер предписания."
    ),
    "fiscal_correction.base_number_too_long": "Номер документа — не длиннее 32 знаков.",
    "fiscal_correction.reason": "Опишите ошибку (от 3 до 500 знаков).",
    "fiscal_correction.amount": (
        "Сумма больше нуля, не больше 1 000 000 ₽, с точностью до копейки."
    ),
    "fiscal_correction.method": "Выберите вид оплаты: наличные или карта.",
    "fiscal_correction.account_unknown": ("Откройте лицевой счёт, к которому относится коррекция."),
    "fiscal_correction.payment_of_other_account": (
        "Выбранный платёж относится к другому лицевому счёту."
    ),
}
