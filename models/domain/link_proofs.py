"""The portal's automatic check of a link request, and why it failed.

A portal user asks to see an account by naming its region, its number and ONE proof
of ownership: the amount of the last payment, the first three letters of the owner's
surname, the serial number of one of the account's meters, or the receipt number of
one of its bills. When the proof matches what billing holds, the portal links the
account at once; otherwise it creates a link request for a supervisor. The console
repeats the check with :func:`check_proof` to tell the supervisor exactly what
differed: an amount off by a kopeck, the surname of the previous owner, the right
account in another region.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from models.domain.enums import ProofKind
from models.domain.problems import Problem
from models.domain.search_keys import LEGAL_FORMS, meter_serial_key, receipt_number_key
from models.domain.text import surname_prefix

__all__ = [
    "SURNAME_PREFIX_LENGTH",
    "AccountFacts",
    "ProofCheck",
    "check_proof",
    "owner_surname",
    "parse_amount",
]

SURNAME_PREFIX_LENGTH = 3
_KOPECK = Decimal("0.01")
_AMOUNT_LIMIT = Decimal(10) ** 12
"""Amounts from here up do not fit the database's NUMERIC(14, 2)."""


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What billing holds about the account a link request names.

    ``account_found``: an account with that number exists (in any region);
    ``region_matches``: it is in the region the customer chose, else it is in
    ``account_region``. ``owner_name`` is the owner's full name, surname first, or an
    organisation's name; ``previous_owner_names`` those of earlier owners, newest
    first. ``earlier_payment_amounts`` are payments before the last one, newest first,
    to recognise a customer who quotes the wrong payment.
    """

    account_found: bool
    region_matches: bool = True
    account_region: str | None = None
    owner_name: str | None = None
    previous_owner_names: tuple[str, ...] = ()
    last_payment_amount: Decimal | None = None
    last_payment_date: date | None = None
    earlier_payment_amounts: tuple[Decimal, ...] = ()
    meter_serials: tuple[str, ...] = ()
    receipt_numbers: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ProofCheck:
    """The outcome of a link request's check.

    ``matched``: the portal links the account without a supervisor. ``problems``
    explain a failure, the deciding one first; empty exactly when matched.
    """

    matched: bool
    problems: tuple[Problem, ...] = ()

    @property
    def explanation(self) -> Problem | None:
        """The problem a supervisor reads first, if any."""
        return self.problems[0] if self.problems else None


def check_proof(kind: ProofKind, typed_value: str, facts: AccountFacts) -> ProofCheck:
    """Check ``typed_value``, a proof of ``kind``, against ``facts`` as the portal does.

    The account must exist in the chosen region and the proof must match. Case never
    matters in letters, «ё» matches «е», spaces and dashes in numbers are ignored.
    A proof that matches the account in another region is reported as such.
    """
    if not facts.account_found:
        return ProofCheck(False, (Problem.error("link_proof.account_not_found", "account_number"),))
    proof_problem = _proof_problem(kind, typed_value, facts)
    if facts.region_matches:
        return ProofCheck(proof_problem is None, () if proof_problem is None else (proof_problem,))
    region = facts.account_region or ""
    problems = [Problem.error("link_proof.region_differs", "region", account_region=region)]
    if proof_problem is None:
        problems.append(
            Problem.warning("link_proof.matches_in_other_region", "region", account_region=region)
        )
    else:
        problems.append(proof_problem)
    return ProofCheck(False, tuple(problems))


def _proof_problem(kind: ProofKind, typed: str, facts: AccountFacts) -> Problem | None:
    if not typed.strip():
        return Problem.error("link_proof.value_missing", kind.value)
    if kind is ProofKind.LAST_PAYMENT_AMOUNT:
        return _amount_problem(typed, facts)
    if kind is ProofKind.SURNAME_PREFIX:
        return _surname_problem(typed, facts)
    if kind is ProofKind.METER_SERIAL:
        return _meter_problem(typed, facts)
    return _receipt_problem(typed, facts)


# --- last payment amount --------------------------------------------------------------


def _amount_problem(typed: str, facts: AccountFacts) -> Problem | None:
    field = ProofKind.LAST_PAYMENT_AMOUNT.value
    amount = parse_amount(typed)
    if amount is None:
        return Problem.error("link_proof.amount_unparseable", field, typed=typed.strip())
    actual = facts.last_payment_amount
    if actual is None:
        return Problem.error("link_proof.no_payments", field, typed=_money(amount))
    if amount == actual:
        return None
    if amount in facts.earlier_payment_amounts:
        return Problem.error(
            "link_proof.amount_matches_earlier_payment",
            field,
            typed=_money(amount),
            actual=_money(actual),
            paid_on=_iso(facts.last_payment_date),
        )
    return Problem.error(
        "link_proof.amount_differs",
        field,
        typed=_money(amount),
        actual=_money(actual),
        difference=_money(abs(amount - actual)),
        paid_on=_iso(facts.last_payment_date),
    )


def _money(amount: Decimal) -> str:
    return str(amount.quantize(_KOPECK)) if amount == amount.quantize(_KOPECK) else str(amount)


def _iso(day: date | None) -> str:
    return day.isoformat() if day is not None else ""


_SPACES = re.compile(r"[\s\u00a0\u202f\u2009']+")
_CURRENCY_SUFFIX = re.compile(r"\s*(?:₽|руб(?:лей|ля|ль)?\.?|р\.?|rub\.?)$")
_RUB = r"(?:рублей|рубля|рубль|руб|р)\.?"
_KOP = r"(?:копеек|копейки|копейка|коп|к)\.?"
_WHOLE = r"[0-9]{1,3}(?: [0-9]{3})+|[0-9]+"
_RUBLES_KOPECKS = re.compile(rf"(?:({_WHOLE}) ?{_RUB})? ?(?:([0-9]{{1,2}}) ?{_KOP})?")
_PLAIN = re.compile(
    r"(?P<whole>[0-9]{1,3}(?:(?P<group>[ ,.])[0-9]{3})(?:(?P=group)[0-9]{3})*|[0-9]+)"
    r"(?:(?P<mark>[.,])(?P<fraction>[0-9]{1,2}))?"
)


def parse_amount(text: str) -> Decimal | None:
    """A money amount as customers type it, exactly; None if it is not one.

    Accepts ``1234,56``, ``1234.56``, ``1 234.56``, ``1234.5``, ``1.234,56``,
    ``1234 руб 56 коп``, ``1234 р.``, ``1234 ₽``. Refuses negative amounts, more than two
    decimals, and ``1,234`` or ``1.234`` (a thousand or one rouble? nobody can tell).
    """
    cleaned = _SPACES.sub(" ", text.casefold()).strip()
    words = _RUBLES_KOPECKS.fullmatch(cleaned)
    if words is not None and any(words.groups()):
        roubles, kopecks = words.groups()
        amount = Decimal(roubles.replace(" ", "")) if roubles else Decimal(0)
        amount += Decimal(kopecks) * _KOPECK if kopecks else Decimal(0)
    else:
        parsed = _parse_plain_amount(_CURRENCY_SUFFIX.sub("", cleaned))
        if parsed is None:
            return None
        amount = parsed
    # No payment can be that large (money is NUMERIC(14, 2)): it is not an amount.
    return amount if amount < _AMOUNT_LIMIT else None


def _parse_plain_amount(text: str) -> Decimal | None:
    """``1234,56``, ``1 234.56``, ``1.234,56``: digits, groups of three, a decimal mark."""
    number = _PLAIN.fullmatch(text)
    if number is None:
        return None
    whole, group, mark, fraction = number.group("whole", "group", "mark", "fraction")
    if group is not None:
        if group == mark:
            return None  # «1,234,56»
        if mark is None and group != " " and whole.count(group) == 1:
            return None  # «1,234»: a thousand, or one rouble and 234 thousandths?
        whole = whole.replace(group, "")
    return Decimal(f"{whole}.{fraction}" if fraction else whole)


# --- surname prefix -------------------------------------------------------------------


def owner_surname(owner_name: str) -> str:
    """The surname in an owner's name, as billing writes it.

    ``«Иванов Иван Иванович»`` → ``«Иванов»``; an organisation's legal form and quotes
    are skipped: ``«ООО «Ромашка»»`` → ``«Ромашка»``, ``«ИП Петров П.П.»`` → ``«Петров»``.
    """
    for word in re.split(r"[\s\"«»“”„']+", owner_name):
        letters = word.strip(".,")
        if letters and letters.casefold() not in LEGAL_FORMS:
            return letters
    return owner_name.strip()


def _surname_problem(typed: str, facts: AccountFacts) -> Problem | None:
    field = ProofKind.SURNAME_PREFIX.value
    typed_prefix = surname_prefix(typed, SURNAME_PREFIX_LENGTH)
    if len(typed_prefix) < SURNAME_PREFIX_LENGTH:
        return Problem.error(
            "link_proof.surname_prefix_too_short",
            field,
            typed=typed.strip(),
            length=SURNAME_PREFIX_LENGTH,
        )
    if not facts.owner_name:
        return Problem.error("link_proof.owner_unknown", field, typed=typed.strip())
    owner = owner_surname(facts.owner_name)
    if _prefix_of(owner) == typed_prefix:
        return None
    for previous in facts.previous_owner_names:
        if _prefix_of(owner_surname(previous)) == typed_prefix:
            return Problem.error(
                "link_proof.surname_matches_previous_owner",
                field,
                typed=typed.strip(),
                owner=owner,
                previous_owner=owner_surname(previous),
            )
    return Problem.error("link_proof.surname_differs", field, typed=typed.strip(), owner=owner)


def _prefix_of(surname: str) -> str:
    return surname_prefix(surname, SURNAME_PREFIX_LENGTH)


# --- meter serial and receipt number --------------------------------------------------


def _meter_problem(typed: str, facts: AccountFacts) -> Problem | None:
    field = ProofKind.METER_SERIAL.value
    if not facts.meter_serials:
        return Problem.error("link_proof.no_meters", field, typed=typed.strip())
    key = meter_serial_key(typed)
    if any(meter_serial_key(serial) == key for serial in facts.meter_serials):
        return None
    return Problem.error(
        "link_proof.meter_unknown", field, typed=typed.strip(), known=len(facts.meter_serials)
    )


def _receipt_problem(typed: str, facts: AccountFacts) -> Problem | None:
    field = ProofKind.RECEIPT_NUMBER.value
    if not facts.receipt_numbers:
        return Problem.error("link_proof.no_bills", field, typed=typed.strip())
    key = receipt_number_key(typed)
    if any(receipt_number_key(number) == key for number in facts.receipt_numbers):
        return None
    return Problem.error("link_proof.receipt_unknown", field, typed=typed.strip())
