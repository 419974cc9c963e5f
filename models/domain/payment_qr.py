"""The payment string of a bill's QR code, as GOST R 56042-2014 defines it.

A banking app scans the QR printed on a bill and fills in a transfer to the supplier:
payee, bank details, amount, purpose, the customer's account number and the billing
period. The string is ``ST00012`` (format ``ST``, version ``0001``, encoding ``2`` =
UTF-8) followed by ``|``-separated ``Key=Value`` pairs: first the mandatory block
(``Name``, ``PersonalAcc``, ``BankName``, ``BIC``, ``CorrespAcc``), which must fit in
300 bytes, then the optional requisites.

Free text (names, purpose, address) may not contain the separator ``|``; it is
replaced by ``/`` (and line breaks by spaces) with a warning, so a night job does not
stop over one odd customer name. Malformed bank details are errors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.domain.money_format import to_kopecks
from models.domain.problems import Problem, raise_if_errors

__all__ = [
    "HEADER",
    "MANDATORY_BLOCK_LIMIT",
    "TECH_CODE_UTILITIES",
    "PayeeDetails",
    "PaymentQrData",
    "build_payment_string",
    "check_payment_data",
    "split_full_name",
]

HEADER = "ST00012"
SEPARATOR = "|"
MANDATORY_BLOCK_LIMIT = 300
"""Bytes the header and the mandatory requisites may take, separators included."""
TECH_CODE_UTILITIES = "02"
"""``TechCode`` of housing and utility services (ЖКУ)."""

# Longest values the standard allows, in characters.
_MAX_LENGTH = {"Name": 160, "BankName": 45, "Purpose": 210}
_SPACES = re.compile(r"[\r\n\t\v\f]+")
_DIGITS = re.compile(r"[0-9]+")
_KPP = re.compile(r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}")


@dataclass(frozen=True, slots=True)
class PayeeDetails:
    """The supplier's bank details: who the money goes to."""

    name: str
    settlement_account: str
    """Расчётный счёт, 20 digits (``PersonalAcc``)."""
    bank_name: str
    bic: str
    """БИК, 9 digits."""
    correspondent_account: str
    """Корреспондентский счёт, 20 digits, or ``"0"`` when the bank has none."""
    inn: str
    kpp: str


@dataclass(frozen=True, slots=True)
class PaymentQrData:
    """Everything a bill's payment QR carries.

    ``amount`` is ``None`` when the bill asks for nothing (the payer types an amount
    in the app). The payer is named by ``payer_last_name`` and the other name parts
    when known; otherwise ``payer_address`` identifies them.
    """

    payee: PayeeDetails
    purpose: str
    account_number: str
    amount: Decimal | None = None
    billing_period: date | None = None
    payer_last_name: str = ""
    payer_first_name: str = ""
    payer_middle_name: str = ""
    payer_address: str = ""


def split_full_name(full_name: str) -> tuple[str, str, str] | None:
    """``"Иванов Иван Иванович"`` as (last, first, middle); None unless 2 or 3 words.

    The QR separator ``|`` is never part of a name: it is read as a space *before* the
    name is split, so «Иванова|Мария Петровна» gives three parts, not «Иванова/Мария»
    as a last name.
    """
    words = full_name.replace(SEPARATOR, " ").split()
    if len(words) == 2:
        return words[0], words[1], ""
    if len(words) == 3:
        return words[0], words[1], words[2]
    return None


def _clean(text: str) -> str:
    return " ".join(_SPACES.sub(" ", text).split()).replace(SEPARATOR, "/")


def _pairs(data: PaymentQrData) -> Iterator[tuple[str, str]]:
    payee = data.payee
    yield "Name", payee.name
    yield "PersonalAcc", payee.settlement_account
    yield "BankName", payee.bank_name
    yield "BIC", payee.bic
    yield "CorrespAcc", payee.correspondent_account
    yield "PayeeINN", payee.inn
    if payee.kpp:
        yield "KPP", payee.kpp
    if data.amount is not None:
        yield "Sum", str(to_kopecks(data.amount))
    yield "Purpose", data.purpose
    yield "PersAcc", data.account_number
    if data.billing_period is not None:
        yield "PaymPeriod", f"{data.billing_period:%m%Y}"
    if data.payer_last_name:
        yield "LastName", data.payer_last_name
        if data.payer_first_name:
            yield "FirstName", data.payer_first_name
        if data.payer_middle_name:
            yield "MiddleName", data.payer_middle_name
    elif data.payer_address:
        yield "PayerAddress", data.payer_address
    yield "TechCode", TECH_CODE_UTILITIES


_MANDATORY = ("Name", "PersonalAcc", "BankName", "BIC", "CorrespAcc")


def _digit_problems(key: str, value: str, lengths: tuple[int, ...]) -> list[Problem]:
    if _DIGITS.fullmatch(value) and len(value) in lengths:
        return []
    return [
        Problem.error("payment_qr.digits", key, requisite=key, length="/".join(map(str, lengths)))
    ]


def _field_problems(data: PaymentQrData) -> list[Problem]:
    payee = data.payee
    problems: list[Problem] = []
    required = {
        "Name": payee.name,
        "BankName": payee.bank_name,
        "Purpose": data.purpose,
        "PersAcc": data.account_number,
    }
    for key, value in required.items():
        if not _clean(value):
            problems.append(Problem.error("payment_qr.required", key, requisite=key))
    problems += _digit_problems("PersonalAcc", payee.settlement_account, (20,))
    problems += _digit_problems("BIC", payee.bic, (9,))
    if payee.correspondent_account != "0":
        problems += _digit_problems("CorrespAcc", payee.correspondent_account, (20,))
    problems += _digit_problems("PayeeINN", payee.inn, (10, 12))
    if payee.kpp and not _KPP.fullmatch(payee.kpp):
        problems.append(Problem.error("payment_qr.kpp", "KPP"))
    if SEPARATOR in data.account_number:
        problems.append(Problem.error("payment_qr.separator", "PersAcc", requisite="PersAcc"))
    if data.amount is not None:
        if data.amount <= 0:
            problems.append(Problem.error("payment_qr.sum_not_positive", "Sum"))
        elif data.amount != data.amount.quantize(Decimal("0.01")):
            problems.append(Problem.error("payment_qr.sum_fraction", "Sum"))
    return problems


def check_payment_data(data: PaymentQrData) -> tuple[Problem, ...]:
    """All problems with ``data``: errors refuse the QR, warnings tell what was changed."""
    problems = _field_problems(data)
    pairs = list(_pairs(data))
    for key, value in pairs:
        cleaned = _clean(value)
        limit = _MAX_LENGTH.get(key)
        if limit is not None and len(cleaned) > limit:
            problems.append(
                Problem.error("payment_qr.too_long", key, requisite=key, max_length=limit)
            )
        if cleaned != " ".join(value.split()) and key != "PersAcc":
            problems.append(Problem.warning("payment_qr.separator_replaced", key, requisite=key))
    block = _join(pair for pair in pairs if pair[0] in _MANDATORY)
    size = len(block.encode("utf-8"))
    if size > MANDATORY_BLOCK_LIMIT:
        problems.append(
            Problem.error(
                "payment_qr.mandatory_block_too_long",
                "Name",
                size=size,
                limit=MANDATORY_BLOCK_LIMIT,
            )
        )
    return tuple(problems)


def _join(pairs: Iterator[tuple[str, str]] | list[tuple[str, str]]) -> str:
    return SEPARATOR.join([HEADER, *(f"{key}={_clean(value)}" for key, value in pairs)])


def build_payment_string(data: PaymentQrData) -> str:
    """The GOST R 56042-2014 string for ``data``.

    Raises :class:`~models.domain.problems.ValidationFailed` when
    :func:`check_payment_data` finds an error; warnings do not stop it.
    """
    raise_if_errors(check_payment_data(data))
    return _join(list(_pairs(data)))
