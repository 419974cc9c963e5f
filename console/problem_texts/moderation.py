"""Sentences for the problems a supervisor reads when reviewing a link request.

The codes come from the portal's automatic proof check (models/domain/link_proofs.py).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

# PySide6 types QT_TRANSLATE_NOOP as returning object; it returns its text unchanged.
_SOURCES: dict[str, object] = {
    "link_proof.account_not_found": QT_TRANSLATE_NOOP(
        "Problem", "Billing has no account with this number in any region."
    ),
    "link_proof.region_differs": QT_TRANSLATE_NOOP(
        "Problem",
        "The account is in region {account_region}, not in the region the customer chose.",
    ),
    "link_proof.matches_in_other_region": QT_TRANSLATE_NOOP(
        "Problem",
        "The proof matches the account in region {account_region}: the customer probably "
        "chose the wrong region.",
    ),
    "link_proof.value_missing": QT_TRANSLATE_NOOP(
        "Problem", "The customer gave no proof of ownership."
    ),
    "link_proof.amount_unparseable": QT_TRANSLATE_NOOP(
        "Problem", "«{typed}» is not an amount of money."
    ),
    "link_proof.no_payments": QT_TRANSLATE_NOOP(
        "Problem",
        "The customer gave a last payment of {typed}, but the account has no payments.",
    ),
    "link_proof.amount_differs": QT_TRANSLATE_NOOP(
        "Problem",
        "The customer gave a last payment of {typed}; the last payment was {actual} "
        "(a difference of {difference}).",
    ),
    "link_proof.amount_matches_earlier_payment": QT_TRANSLATE_NOOP(
        "Problem",
        "The customer gave {typed}, the amount of an earlier payment; the last payment "
        "was {actual}.",
    ),
    "link_proof.surname_prefix_too_short": QT_TRANSLATE_NOOP(
        "Problem",
        "«{typed}» has fewer than {length} letters of the owner's surname.",
    ),
    "link_proof.owner_unknown": QT_TRANSLATE_NOOP(
        "Problem",
        "The customer gave the surname letters «{typed}», but billing has no owner's "
        "name for the account.",
    ),
    "link_proof.surname_matches_previous_owner": QT_TRANSLATE_NOOP(
        "Problem",
        "«{typed}» matches {previous_owner}, a previous owner; the account's owner now is {owner}.",
    ),
    "link_proof.surname_differs": QT_TRANSLATE_NOOP(
        "Problem", "«{typed}» does not begin the owner's surname {owner}."
    ),
    "link_proof.no_meters": QT_TRANSLATE_NOOP(
        "Problem", "The customer gave meter {typed}, but the account has no meters."
    ),
    "link_proof.meter_unknown": QT_TRANSLATE_NOOP(
        "Problem",
        "Meter {typed} is not one of the account's meters (meters on the account: {known}).",
    ),
    "link_proof.no_bills": QT_TRANSLATE_NOOP(
        "Problem", "The customer gave receipt number {typed}, but the account has no bills."
    ),
    "link_proof.receipt_unknown": QT_TRANSLATE_NOOP(
        "Problem", "Receipt number {typed} is not on any bill of the account."
    ),
}

TEXTS: dict[str, str] = {code: str(text) for code, text in _SOURCES.items()}

RU: dict[str, str] = {
    "link_proof.account_not_found": (
        "В биллинге нет лицевого счёта с таким номером ни в одном районе."
    ),
    "link_proof.region_differs": (
        "Лицевой счёт относится к району {account_region}, а не к району, выбранному абонентом."
    ),
    "link_proof.matches_in_other_region": (
        "Подтверждение совпадает со счётом в районе {account_region}: вероятно, абонент "
        "выбрал не тот район."
    ),
    "link_proof.value_missing": "Абонент не указал подтверждение владения счётом.",
    "link_proof.amount_unparseable": "«{typed}» — не денежная сумма.",
    "link_proof.no_payments": (
        "Абонент указал последний платёж {typed}, но платежей по счёту нет."
    ),
    "link_proof.amount_differs": (
        "Абонент указал последний платёж {typed}; последний платёж был {actual} "
        "(разница {difference})."
    ),
    "link_proof.amount_matches_earlier_payment": (
        "Абонент указал {typed} — сумму одного из прежних платежей; последний платёж был {actual}."
    ),
    "link_proof.surname_prefix_too_short": ("В «{typed}» меньше {length} букв фамилии владельца."),
    "link_proof.owner_unknown": (
        "Абонент указал буквы фамилии «{typed}», но в биллинге нет имени владельца счёта."
    ),
    "link_proof.surname_matches_previous_owner": (
        "«{typed}» совпадает с фамилией прежнего владельца {previous_owner}; сейчас "
        "владелец счёта — {owner}."
    ),
    "link_proof.surname_differs": "Фамилия владельца {owner} не начинается с «{typed}».",
    "link_proof.no_meters": "Абонент указал счётчик {typed}, но на счёте нет приборов учёта.",
    "link_proof.meter_unknown": (
        "Счётчика {typed} нет среди приборов учёта счёта (приборов на счёте: {known})."
    ),
    "link_proof.no_bills": (
        "Абонент указал номер квитанции {typed}, но по лицевому счёту не выставлено ни одной "
        "квитанции."
    ),
    "link_proof.receipt_unknown": (
        "Номер квитанции {typed} не найден ни в одной квитанции по этому лицевому счёту."
    ),
}
