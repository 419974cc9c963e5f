"""What makes the supplier's details printable, checked before they reach the database.

The same rules are enforced again by ``billing.set_supplier_details`` (migration 0160);
here they give the admin a sentence next to the field. A bank account's control key
follows the Bank of Russia's rule: the three digits that identify the bank (the BIC's
last three for a settlement account, ``0`` and the BIC's 5th and 6th digits for a
correspondent account) followed by the 20 digits of the account, weighted 7, 1, 3
repeating, sum to a multiple of ten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from models.domain.identifiers import InnKind, compact, validate_inn, validate_kpp
from models.domain.payment_qr import HEADER, MANDATORY_BLOCK_LIMIT
from models.domain.problems import Problem

__all__ = [
    "MAX_BANK_NAME",
    "MAX_NAME",
    "SupplierInput",
    "account_key_ok",
    "validate_supplier",
    "with_account_key",
]

MAX_NAME = 160
"""Longest supplier name the payment QR code (``Name``) allows."""
MAX_BANK_NAME = 45
"""Longest bank name the payment QR code (``BankName``) allows."""
_WEIGHTS = (7, 1, 3)
_BIC = re.compile(r"[0-9]{9}")
_ACCOUNT = re.compile(r"[0-9]{20}")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
_WEBSITE = re.compile(r"(https?://)?[^\s/@]+\.[^\s/@]+(/\S*)?")


CHEQUE_VAT_RATES = frozenset(Decimal(rate) for rate in (0, 5, 7, 10, 20, 22))
"""The VAT rates, per cent, a supplier's bills may state: those a fiscal cheque can carry
(54-ФЗ, ФФД 1.2 tag 1199: без НДС, 5, 7, 10, 20, 22 %), since the same rate goes on the
cash-desk cheque of every payment of the bill."""


def _bank_digits(bic: str, correspondent: bool) -> str:
    return "0" + bic[4:6] if correspondent else bic[6:9]


def account_key_ok(bic: str, account: str, *, correspondent: bool) -> bool:
    """Whether ``account`` has the right control key for the bank ``bic``."""
    if not _BIC.fullmatch(bic) or not _ACCOUNT.fullmatch(account):
        return False
    digits = _bank_digits(bic, correspondent) + account
    return sum(int(d) * _WEIGHTS[i % 3] for i, d in enumerate(digits)) % 10 == 0


def with_account_key(bic: str, account: str, *, correspondent: bool) -> str:
    """``account`` with its control key (the 9th digit) set right for ``bic`` (demo data)."""
    if not _BIC.fullmatch(bic) or not _ACCOUNT.fullmatch(account):
        raise ValueError("expected a 9-digit BIC and a 20-digit account")
    for key in "0123456789":
        candidate = account[:8] + key + account[9:]
        if account_key_ok(bic, candidate, correspondent=correspondent):
            return candidate
    raise AssertionError("unreachable: weight 3 at the key position takes every residue")


@dataclass(frozen=True, slots=True)
class SupplierInput:
    """What an admin typed for a region's supplier details (texts as typed)."""

    name: str
    inn: str
    kpp: str
    address: str
    phone: str
    email: str
    website: str
    bank_name: str
    bic: str
    settlement_account: str
    correspondent_account: str
    vat_rate: str

    def cleaned(self) -> SupplierInput:
        """Names and addresses trimmed; numbers without the spaces people type in them."""
        return SupplierInput(
            name=" ".join(self.name.split()),
            inn=compact(self.inn),
            kpp=compact(self.kpp).upper(),
            address=" ".join(self.address.split()),
            phone=" ".join(self.phone.split()),
            email=self.email.strip(),
            website=self.website.strip(),
            bank_name=" ".join(self.bank_name.split()),
            bic=compact(self.bic),
            settlement_account=compact(self.settlement_account),
            correspondent_account=compact(self.correspondent_account),
            vat_rate=compact(self.vat_rate).replace(",", ".").rstrip("%"),
        )

    def vat(self) -> Decimal | None:
        """The VAT rate as a number, or None when it is not one."""
        try:
            value = Decimal(self.cleaned().vat_rate)
        except InvalidOperation:
            return None
        return value if value.is_finite() else None


def _text_problems(value: str, field: str, limit: int | None = None) -> list[Problem]:
    if not value:
        return [Problem.error(f"supplier.{field}_required", field)]
    if limit is not None and len(value) > limit:
        return [Problem.error(f"supplier.{field}_too_long", field)]
    if "|" in value and field in ("name", "bank_name"):
        return [Problem.error("supplier.separator", field)]
    return []


def _account_problems(bic: str, account: str, field: str, correspondent: bool) -> list[Problem]:
    pattern_ok = _ACCOUNT.fullmatch(account) and (not correspondent or account.startswith("301"))
    if not pattern_ok:
        return [Problem.error(f"supplier.{field}_format", field)]
    if _BIC.fullmatch(bic) and not account_key_ok(bic, account, correspondent=correspondent):
        return [Problem.error(f"supplier.{field}_key", field)]
    return []


def validate_supplier(raw: SupplierInput) -> list[Problem]:
    """Every problem with the typed details, each on its field; empty when printable."""
    value = raw.cleaned()
    problems = _text_problems(value.name, "name", MAX_NAME)
    inn = validate_inn(value.inn, InnKind.ORGANISATION, field="inn")
    if inn:
        code = "supplier.inn_checksum" if inn[0].code == "inn.checksum" else "supplier.inn_format"
        problems.append(Problem.error(code, "inn"))
    if validate_kpp(value.kpp, field="kpp"):
        problems.append(Problem.error("supplier.kpp_format", "kpp"))
    problems += _text_problems(value.address, "address")
    problems += _text_problems(value.phone, "phone")
    if not _EMAIL.fullmatch(value.email):
        problems.append(Problem.error("supplier.email_format", "email"))
    if not _WEBSITE.fullmatch(value.website):
        problems.append(Problem.error("supplier.website_format", "website"))
    problems += _text_problems(value.bank_name, "bank_name", MAX_BANK_NAME)
    if not _BIC.fullmatch(value.bic):
        problems.append(Problem.error("supplier.bic_format", "bic"))
    problems += _account_problems(
        value.bic, value.settlement_account, "settlement_account", correspondent=False
    )
    problems += _account_problems(
        value.bic, value.correspondent_account, "correspondent_account", correspondent=True
    )
    vat = raw.vat()
    if vat is None or vat not in CHEQUE_VAT_RATES:
        problems.append(Problem.error("supplier.vat_rate_range", "vat_rate"))
    block = (
        f"{HEADER}|Name={value.name}|PersonalAcc={value.settlement_account}"
        f"|BankName={value.bank_name}|BIC={value.bic}|CorrespAcc={value.correspondent_account}"
    )
    if not problems and len(block.encode("utf-8")) > MANDATORY_BLOCK_LIMIT:
        problems.append(Problem.error("supplier.qr_block_too_long", "name"))
    return problems
