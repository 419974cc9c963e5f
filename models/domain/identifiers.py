"""Russian tax and registration numbers: INN, KPP, OGRN and OGRNIP.

Organisations give their INN and KPP when they register on the portal (registration
review), and their OGRN (or an individual entrepreneur's OGRNIP) appears in contracts.
The validators return :class:`~models.domain.problems.Problem` lists so a form can show
what is wrong; the ``make_*`` generators give demo data whose check digits are valid.

The INN and the 13-digit OGRN are checked with python-stdnum. The 15-digit OGRNIP is
checked here: python-stdnum 2.2 takes ``N mod 13`` as the control digit and so rejects
valid numbers where that remainder is 10, 11 or 12; the registry's rule is
``(N mod 13) mod 10``.
"""

from __future__ import annotations

import enum
import random
import re

from stdnum.ru import inn as stdnum_inn
from stdnum.ru import ogrn as stdnum_ogrn

from models.domain.problems import Problem

__all__ = [
    "InnKind",
    "compact",
    "inn_kind",
    "make_inn",
    "make_kpp",
    "make_ogrn",
    "make_ogrnip",
    "ogrn_check_digit",
    "ogrnip_check_digit",
    "validate_inn",
    "validate_kpp",
    "validate_ogrn",
    "validate_ogrnip",
]

_DIGITS = re.compile(r"[0-9]+")
# Tax office (4 digits), reason (2 digits or capital Latin letters since 2013), number.
_KPP = re.compile(r"[0-9]{4}[0-9A-Z]{2}[0-9]{3}")

INN_ORGANISATION_LENGTH = 10
INN_PERSON_LENGTH = 12
KPP_LENGTH = 9
OGRN_LENGTH = 13
OGRNIP_LENGTH = 15


class InnKind(enum.StrEnum):
    """Whose INN it is; the kind fixes the number of digits."""

    ORGANISATION = "organisation"
    """A legal entity: 10 digits."""
    PERSON = "person"
    """A natural person, including an individual entrepreneur: 12 digits."""

    @property
    def length(self) -> int:
        """How many digits an INN of this kind has."""
        return INN_ORGANISATION_LENGTH if self is InnKind.ORGANISATION else INN_PERSON_LENGTH


def compact(text: str) -> str:
    """``text`` without any whitespace, as the numbers are stored.

    People copy these numbers from documents that group digits with (non-breaking)
    spaces; nothing else is removed.
    """
    return "".join(text.split())


def inn_kind(inn: str) -> InnKind | None:
    """The kind of a (compact) INN judged by its length, or None for another length."""
    for kind in InnKind:
        if len(inn) == kind.length:
            return kind
    return None


def _digits_problems(number: str, prefix: str, field: str) -> list[Problem]:
    if not number:
        return [Problem.error(f"{prefix}.required", field)]
    if not _DIGITS.fullmatch(number):
        return [Problem.error(f"{prefix}.format", field)]
    return []


def validate_inn(text: str, kind: InnKind | None = None, *, field: str = "inn") -> list[Problem]:
    """Problems with ``text`` as an INN; empty when it is valid.

    With ``kind`` the INN must be of that kind (10 digits for an organisation, 12 for a
    person or individual entrepreneur); without it either length is accepted.
    Whitespace is ignored.
    """
    number = compact(text)
    problems = _digits_problems(number, "inn", field)
    if problems:
        return problems
    actual = inn_kind(number)
    if kind is not None and actual is not kind:
        return [Problem.error(f"inn.length_{kind.value}", field, length=len(number))]
    if actual is None:
        return [Problem.error("inn.length", field, length=len(number))]
    if number.startswith("00"):
        return [Problem.error("inn.region", field)]
    if not stdnum_inn.is_valid(number):
        return [Problem.error("inn.checksum", field)]
    return []


def validate_kpp(text: str, *, field: str = "kpp") -> list[Problem]:
    """Problems with ``text`` as a KPP (tax registration reason code); empty when valid.

    A KPP has 9 characters: a 4-digit tax office, a 2-character reason (digits or
    capital Latin letters) and a 3-digit number. It has no check digit.
    Whitespace is ignored.
    """
    number = compact(text)
    if not number:
        return [Problem.error("kpp.required", field)]
    if len(number) != KPP_LENGTH:
        return [Problem.error("kpp.length", field, length=len(number))]
    if not _KPP.fullmatch(number):
        return [Problem.error("kpp.format", field)]
    return []


def ogrn_check_digit(first12: str) -> str:
    """The control digit of an OGRN whose first 12 digits are ``first12``."""
    if len(first12) != OGRN_LENGTH - 1 or not _DIGITS.fullmatch(first12):
        raise ValueError(f"expected the first 12 digits of an OGRN, got {first12!r}")
    return str(stdnum_ogrn.calc_check_digit(first12 + "0"))


def ogrnip_check_digit(first14: str) -> str:
    """The control digit of an OGRNIP whose first 14 digits are ``first14``.

    The rule is ``(N mod 13) mod 10`` where N is the 14-digit number.
    """
    if len(first14) != OGRNIP_LENGTH - 1 or not _DIGITS.fullmatch(first14):
        raise ValueError(f"expected the first 14 digits of an OGRNIP, got {first14!r}")
    return str(int(first14) % 13 % 10)


def validate_ogrn(text: str, *, field: str = "ogrn") -> list[Problem]:
    """Problems with ``text`` as an organisation's OGRN (13 digits); empty when valid.

    The first digit is 1 or 5 (the record that registered the organisation) and the
    last is the control digit. Whitespace is ignored.
    """
    number = compact(text)
    problems = _digits_problems(number, "ogrn", field)
    if problems:
        return problems
    if len(number) != OGRN_LENGTH:
        return [Problem.error("ogrn.length", field, length=len(number))]
    if number[0] not in "15":
        return [Problem.error("ogrn.first_digit", field, digit=number[0])]
    if number[-1] != ogrn_check_digit(number[:-1]):
        return [Problem.error("ogrn.checksum", field)]
    return []


def validate_ogrnip(text: str, *, field: str = "ogrnip") -> list[Problem]:
    """Problems with ``text`` as an individual entrepreneur's OGRNIP (15 digits).

    Empty when valid. The first digit is 3 and the last is the control digit.
    Whitespace is ignored.
    """
    number = compact(text)
    problems = _digits_problems(number, "ogrnip", field)
    if problems:
        return problems
    if len(number) != OGRNIP_LENGTH:
        return [Problem.error("ogrnip.length", field, length=len(number))]
    if number[0] != "3":
        return [Problem.error("ogrnip.first_digit", field, digit=number[0])]
    if number[-1] != ogrnip_check_digit(number[:-1]):
        return [Problem.error("ogrnip.checksum", field)]
    return []


def _random_digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def _region(rng: random.Random) -> str:
    return f"{rng.randint(1, 92):02d}"


def _year(rng: random.Random) -> str:
    return f"{rng.randint(2, 24):02d}"


def make_inn(rng: random.Random, kind: InnKind) -> str:
    """A random valid INN of ``kind`` for demo data (region code 01-92)."""
    if kind is InnKind.ORGANISATION:
        body = _region(rng) + _random_digits(rng, INN_ORGANISATION_LENGTH - 3)
        return body + stdnum_inn.calc_company_check_digit(body)
    body = _region(rng) + _random_digits(rng, INN_PERSON_LENGTH - 4)
    return body + stdnum_inn.calc_personal_check_digits(body)


def make_kpp(inn: str, rng: random.Random) -> str:
    """A plausible KPP for the organisation with ``inn`` (same tax office), for demo data."""
    if len(inn) < 4 or not _DIGITS.fullmatch(inn):
        raise ValueError(f"expected an INN, got {inn!r}")
    reason = rng.choice(("01", "01", "01", "43"))
    return f"{inn[:4]}{reason}{rng.randint(1, 3):03d}"


def make_ogrn(rng: random.Random) -> str:
    """A random valid 13-digit OGRN for demo data."""
    first12 = rng.choice("15") + _year(rng) + _region(rng) + _random_digits(rng, 7)
    return first12 + ogrn_check_digit(first12)


def make_ogrnip(rng: random.Random) -> str:
    """A random valid 15-digit OGRNIP for demo data."""
    first14 = "3" + _year(rng) + _region(rng) + _random_digits(rng, 9)
    return first14 + ogrnip_check_digit(first14)
