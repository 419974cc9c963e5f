"""E-mail addresses of portal users: a practical check, normal form and masking.

The portal confirms an address by sending a link to it, so the check here only refuses
what cannot be an address (a typo an operator can fix while the customer is on the
line); it does not try to implement every corner of RFC 5321/5322. Internationalised
addresses in Cyrillic (domains such as «почта.рф», Cyrillic mailbox names) are allowed;
letters of other scripts, combining marks and invisible characters are not, so an
address cannot hide a look-alike or a zero-width character.

The database checks stored addresses with the same rule (``billing.email_is_valid``,
migration 0090: the character classes below are copied there; a test compares both).
"""

from __future__ import annotations

import re

from models.domain.problems import Problem
from models.domain.text import describe_characters, forbidden_characters

__all__ = ["EMAIL_LETTERS", "mask_email", "normalize_email", "validate_email"]

FIELD = "email"
MAX_LENGTH = 254
MAX_LOCAL_LENGTH = 64
MAX_LABEL_LENGTH = 63

EMAIL_LETTERS = "A-Za-z\u0400-\u045f"
"""Latin letters and the basic Cyrillic block (А-я, Ё, ё and the other Cyrillic letters)."""
_LOCAL_CHAR = re.compile(f"[{EMAIL_LETTERS}0-9!#$%&'*+/=?^_`{{|}}~.-]")
"""Letters, ASCII digits and the characters RFC 5322 allows unquoted in a mailbox name."""
_LABEL_CHAR = re.compile(f"[{EMAIL_LETTERS}0-9-]")
_ASCII_DIGITS = frozenset("0123456789")


def _local_part_ok(local: str) -> bool:
    if not local or len(local) > MAX_LOCAL_LENGTH:
        return False
    if local.startswith(".") or local.endswith(".") or ".." in local:
        return False
    return all(_LOCAL_CHAR.fullmatch(c) for c in local)


def _label_ok(label: str) -> bool:
    if not label or len(label) > MAX_LABEL_LENGTH:
        return False
    if label.startswith("-") or label.endswith("-"):
        return False
    return all(_LABEL_CHAR.fullmatch(c) for c in label)


def _domain_ok(domain: str) -> bool:
    labels = domain.split(".")
    if len(labels) < 2 or not all(_label_ok(label) for label in labels):
        return False
    return not all(c in _ASCII_DIGITS for c in labels[-1])


def validate_email(text: str) -> list[Problem]:
    """Problems with ``text`` as an e-mail address; empty when it looks deliverable.

    Surrounding whitespace is ignored. Refused: an empty value, spaces inside, invisible
    or control characters (``text.characters``), more than 254 characters, not exactly
    one ``@``, a bad mailbox name (empty, too long, odd characters or dots) and a bad
    domain (no dot, empty or malformed parts, a numeric top-level domain).
    """
    address = text.strip()
    if not address:
        return [Problem.error("email.required", FIELD)]
    if any(char.isspace() for char in address):
        return [Problem.error("email.spaces", FIELD)]
    hidden = forbidden_characters(address)
    if hidden:
        return [Problem.error("text.characters", FIELD, characters=describe_characters(hidden))]
    if len(address) > MAX_LENGTH:
        return [Problem.error("email.too_long", FIELD, max_length=MAX_LENGTH)]
    if address.count("@") != 1:
        return [Problem.error("email.at_sign", FIELD)]
    local, domain = address.split("@")
    problems: list[Problem] = []
    if not _local_part_ok(local):
        problems.append(Problem.error("email.local_part", FIELD))
    if not _domain_ok(domain):
        problems.append(Problem.error("email.domain", FIELD))
    return problems


def normalize_email(text: str) -> str | None:
    """``text`` as stored: trimmed, with the domain in lower case; None if it is invalid.

    The mailbox name keeps its case (mail servers may distinguish it); comparisons of
    addresses use :func:`models.domain.text.search_key` anyway.
    """
    if validate_email(text):
        return None
    local, domain = text.strip().split("@")
    return f"{local}@{domain.lower()}"


def mask_email(email: str) -> str:
    """An address with most of the mailbox name hidden: ``iv***@mail.ru``.

    Shows the first two characters of the mailbox name (fewer when the name is that
    short, so it is never shown whole) and the whole domain, so an operator can confirm it with the
    customer without reading it out.
    """
    address = email.strip()
    local, at, domain = address.rpartition("@")
    if not at:
        return "***"
    # Never show a whole mailbox name, however short.
    shown = local[:2] if len(local) > 2 else local[: len(local) - 1]
    return f"{shown}***@{domain}"
