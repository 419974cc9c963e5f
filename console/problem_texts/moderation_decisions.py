"""Sentences for refusals of the moderation queues' SQL functions (migration 0030)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

_SOURCES: dict[str, object] = {
    "moderation.not_found": QT_TRANSLATE_NOOP("Problem", "The item no longer exists."),
    "moderation.already_decided": QT_TRANSLATE_NOOP(
        "Problem", "The item has already been decided."
    ),
    "moderation.claimed_by_other": QT_TRANSLATE_NOOP(
        "Problem", "Another supervisor is working on this item."
    ),
    "moderation.account_not_found": QT_TRANSLATE_NOOP(
        "Problem",
        "The account is not in the region the customer chose: correct the request or reject it.",
    ),
    "moderation.reason_required": QT_TRANSLATE_NOOP(
        "Problem", "Choose a reason for the rejection."
    ),
    "moderation.comment_required": QT_TRANSLATE_NOOP(
        "Problem", "Write the reason for the customer."
    ),
    "registration.inn_invalid": QT_TRANSLATE_NOOP(
        "Problem", "The INN's check digit does not match: it cannot be approved."
    ),
    "registration.customer_not_found": QT_TRANSLATE_NOOP(
        "Problem", "Billing has no customer with this INN."
    ),
    "registration.branch_required": QT_TRANSLATE_NOOP(
        "Problem", "Several customers have this INN: choose the branch (KPP) to approve."
    ),
    "registration.customer_not_organisation": QT_TRANSLATE_NOOP(
        "Problem", "The customer chosen is not an organisation."
    ),
    "registration.customer_inn_differs": QT_TRANSLATE_NOOP(
        "Problem", "The customer chosen has another INN than the registration."
    ),
    "registration.customer_kpp_differs": QT_TRANSLATE_NOOP(
        "Problem", "The branch chosen has another KPP than the registration."
    ),
    "registration.customer_not_account_owner": QT_TRANSLATE_NOOP(
        "Problem", "The customer chosen does not own the registration's account."
    ),
    "merge_request.login_gone": QT_TRANSLATE_NOOP(
        "Problem", "One of the logins no longer exists: reject the request."
    ),
    "merge_request.logins_changed": QT_TRANSLATE_NOOP(
        "Problem",
        "A login changed after the request was made: reject it and let the agent ask again.",
    ),
    "merge_request.duplicate": QT_TRANSLATE_NOOP(
        "Problem", "A request to merge these logins the other way round is waiting."
    ),
    "merge_request.comment_format": QT_TRANSLATE_NOOP(
        "Problem", "The comment is too long or holds characters that cannot be stored."
    ),
    "registration.account_not_found": QT_TRANSLATE_NOOP(
        "Problem", "Billing has no such account in this region."
    ),
    "registration.not_organisation": QT_TRANSLATE_NOOP(
        "Problem", "Only an organisation's data can be edited here."
    ),
    "registration.name_required": QT_TRANSLATE_NOOP("Problem", "Enter the organisation's name."),
    "registration.too_many_contracts": QT_TRANSLATE_NOOP(
        "Problem", "At most {max} contract numbers: leave the rest for a link request."
    ),
    "registration.organisation_type": QT_TRANSLATE_NOOP(
        "Problem", "Choose the organisation type from the list."
    ),
    "registration.inn_kind": QT_TRANSLATE_NOOP(
        "Problem",
        "The INN does not fit the type: an individual entrepreneur has 12 digits, "
        "an organisation 10.",
    ),
    "registration.ogrn_kind": QT_TRANSLATE_NOOP(
        "Problem",
        "The number does not fit the type: an individual entrepreneur has a 15-digit "
        "OGRNIP, an organisation a 13-digit OGRN.",
    ),
    "registration.kpp_entrepreneur": QT_TRANSLATE_NOOP(
        "Problem", "An individual entrepreneur has no KPP: clear the field."
    ),
    "link_request.portal_user_not_found": QT_TRANSLATE_NOOP(
        "Problem", "The portal user no longer exists."
    ),
    "link_request.portal_user_inactive": QT_TRANSLATE_NOOP(
        "Problem", "The portal user is not active."
    ),
    "link_request.region_required": QT_TRANSLATE_NOOP("Problem", "Choose the region."),
    "link_request.account_number_required": QT_TRANSLATE_NOOP(
        "Problem", "Enter the account number."
    ),
    "link_request.proof_kind": QT_TRANSLATE_NOOP(
        "Problem", "Choose what the customer gives as proof."
    ),
    "link_request.proof_required": QT_TRANSLATE_NOOP(
        "Problem", "Enter the customer's proof of ownership."
    ),
    "link_request.already_linked": QT_TRANSLATE_NOOP(
        "Problem", "The account is already linked to this portal user."
    ),
    "link_request.duplicate": QT_TRANSLATE_NOOP(
        "Problem", "This customer already has a waiting request for this account."
    ),
    "notification.not_found": QT_TRANSLATE_NOOP("Problem", "The message no longer exists."),
    "notification.not_resendable": QT_TRANSLATE_NOOP(
        "Problem", "Only failed or undelivered messages can be sent again."
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "moderation.not_found": "Заявки больше нет.",
    "moderation.already_decided": "По заявке уже принято решение.",
    "moderation.claimed_by_other": "Заявку сейчас рассматривает другой супервизор.",
    "moderation.account_not_found": (
        "Лицевого счёта нет в выбранном абонентом районе: исправьте заявку или отклоните её."
    ),
    "moderation.reason_required": "Выберите причину отказа.",
    "moderation.comment_required": "Напишите причину для абонента.",
    "registration.inn_invalid": "Не сходится контрольная цифра ИНН: одобрить нельзя.",
    "registration.customer_not_found": "В биллинге нет абонента с таким ИНН.",
    "registration.branch_required": (
        "С этим ИНН несколько абонентов: выберите филиал (КПП), чтобы одобрить."
    ),
    "registration.customer_not_organisation": "Выбранный абонент — не организация.",
    "registration.customer_inn_differs": "У выбранного абонента другой ИНН, чем в регистрации.",
    "registration.customer_kpp_differs": "У выбранного филиала другой КПП, чем в регистрации.",
    "registration.customer_not_account_owner": (
        "Выбранный абонент не владелец лицевого счёта из регистрации."
    ),
    "merge_request.login_gone": "Одной из учётных записей больше нет: отклоните заявку.",
    "merge_request.logins_changed": (
        "Учётная запись изменилась после подачи заявки: отклоните её, агент подаст заново."
    ),
    "merge_request.duplicate": "Уже ждёт заявка на объединение этих записей в обратную сторону.",
    "merge_request.comment_format": (
        "Комментарий слишком длинный или содержит символы, которые нельзя сохранить."
    ),
    "registration.account_not_found": "В биллинге нет такого лицевого счёта в этом районе.",
    "registration.not_organisation": "Здесь можно исправить только данные организации.",
    "registration.name_required": "Введите наименование организации.",
    "registration.too_many_contracts": "Не больше {max} номеров договоров: остальные "
    "привяжите заявками.",
    "registration.organisation_type": "Выберите организационно-правовую форму из списка.",
    "registration.inn_kind": (
        "ИНН не соответствует форме: у индивидуального предпринимателя 12 цифр, у организации 10."
    ),
    "registration.ogrn_kind": (
        "Номер не соответствует форме: у индивидуального предпринимателя ОГРНИП из 15 цифр, "
        "у организации ОГРН из 13 цифр."
    ),
    "registration.kpp_entrepreneur": "У индивидуального предпринимателя нет КПП: очистите поле.",
    "link_request.portal_user_not_found": "Учётной записи ЛК больше нет.",
    "link_request.portal_user_inactive": "Учётная запись ЛК не активна.",
    "link_request.region_required": "Выберите район.",
    "link_request.account_number_required": "Введите номер лицевого счёта.",
    "link_request.proof_kind": "Выберите вид подтверждения.",
    "link_request.proof_required": "Введите подтверждение владения счётом.",
    "link_request.already_linked": "Счёт уже присоединён к этой учётной записи.",
    "link_request.duplicate": "У абонента уже есть ожидающая заявка на этот счёт.",
    "notification.not_found": "Сообщения больше нет.",
    "notification.not_resendable": (
        "Снова отправить можно только сообщения с ошибкой или недоставленные."
    ),
}
