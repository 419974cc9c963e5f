"""Phone numbers as the portal stores them: ``+7`` and ten digits.

Customers dictate numbers in every format («8 (914) 123-45-67», «+7 914 1234567»,
«9141234567»); the portal keeps one form, ``+79141234567``, shows it as
``+7 914 123-45-67`` and, in lists seen by people who should not read it in full,
as ``+7 (***) ***-**-67``. The portal sends its confirmation codes by SMS, so a number
that is not a mobile one earns a warning.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import PhoneNumberType

from models.domain.problems import Problem

__all__ = ["format_phone", "mask_phone", "normalize_phone", "validate_phone"]

FIELD = "phone"
COUNTRY_CODE = 7
NATIONAL_LENGTH = 10

# What people write in a phone number: digits, a leading plus, spaces, brackets, dashes,
# dots. Letters are refused outright (phonenumbers would read them as keypad digits).
_ALLOWED = re.compile(r"\+?[0-9\s().\-]*")
_STORED = re.compile(r"\+7[0-9]{10}")
_MOBILE_TYPES = frozenset({PhoneNumberType.MOBILE, PhoneNumberType.FIXED_LINE_OR_MOBILE})


def _parse(text: str) -> phonenumbers.PhoneNumber | Problem:
    """The parsed Russian number, or the error that stops it being one."""
    stripped = text.strip()
    if not stripped:
        return Problem.error("phone.required", FIELD)
    if not _ALLOWED.fullmatch(stripped):
        return Problem.error("phone.format", FIELD)
    try:
        number = phonenumbers.parse(stripped, "RU")
    except phonenumbers.NumberParseException:
        return Problem.error("phone.format", FIELD)
    if number.country_code != COUNTRY_CODE:
        return Problem.error("phone.country", FIELD, country_code=number.country_code)
    digits = phonenumbers.national_significant_number(number)
    if len(digits) != NATIONAL_LENGTH:
        return Problem.error("phone.length", FIELD, digits=len(digits))
    return number


def normalize_phone(text: str) -> str | None:
    """``text`` in the stored form ``+79141234567``, or None if it is no Russian number.

    Accepts the usual spellings: with ``+7``, ``7``, ``8`` or no prefix, and with any
    spaces, brackets and dashes.
    """
    number = _parse(text)
    if isinstance(number, Problem):
        return None
    return f"+{COUNTRY_CODE}{phonenumbers.national_significant_number(number)}"


def validate_phone(text: str) -> list[Problem]:
    """Problems with ``text`` as a portal phone number; empty when it is fine.

    Errors: empty, not a phone number, not a Russian (+7) number, not ten digits after
    +7. Warnings: no Russian operator uses the number's range, or the number is not a
    mobile one and so cannot receive the portal's SMS codes.
    """
    number = _parse(text)
    if isinstance(number, Problem):
        return [number]
    digits = phonenumbers.national_significant_number(number)
    if not phonenumbers.is_valid_number(number):
        return [Problem.warning("phone.unknown_range", FIELD, prefix=digits[:3])]
    if phonenumbers.number_type(number) not in _MOBILE_TYPES:
        return [Problem.warning("phone.not_mobile", FIELD)]
    return []


def format_phone(e164: str) -> str:
    """A stored number for reading: ``+7 914 123-45-67``.

    Accepts anything :func:`normalize_phone` does; text that is no Russian number
    (old data from other systems) is returned unchanged.
    """
    stored = normalize_phone(e164) if not _STORED.fullmatch(e164) else e164
    if stored is None:
        return e164
    d = stored[2:]
    return f"+7 {d[0:3]} {d[3:6]}-{d[6:8]}-{d[8:10]}"


def mask_phone(e164: str) -> str:
    """A number with all but its last two digits hidden: ``+7 (***) ***-**-67``.

    Text that is no Russian number keeps its shape with every digit but the last two
    replaced by ``*``, so nothing more leaks from bad data than from good.
    """
    stored = normalize_phone(e164) if not _STORED.fullmatch(e164) else e164
    if stored is None:
        positions = [i for i, char in enumerate(e164) if char.isdigit()]
        hidden = set(positions[:-2])
        return "".join("*" if i in hidden else char for i, char in enumerate(e164))
    return f"+7 (***) ***-**-{stored[-2:]}"
