"""Text a person types: what may be stored, and the normal form for comparing.

Operators and customers type the same name in many ways: «Ёлкина  Ирина», «ЕЛКИНА ирина»,
with a non-breaking space copied from a document. Every comparison and search in the
console goes through :func:`search_key` so that all of these match.

What may be stored (one rule set, checked here next to the field and again by the
database's CHECK constraints, migration 0090): every text field has a maximum length
(:data:`MAX_LENGTHS`), and no text may contain control characters or invisible
formatting characters (:data:`FORBIDDEN_CHARACTERS`): C0/C1 controls, zero-width
spaces and joiners, bidirectional overrides and isolates (which make «moc.liam@» read
as «@mail.com»), the byte-order mark and the like. They are refused, never silently
removed, so what the operator sees is what is stored.
"""

from __future__ import annotations

import re
import unicodedata

from models.domain.problems import Problem

__all__ = [
    "FORBIDDEN_CHARACTERS",
    "MAX_LENGTHS",
    "describe_characters",
    "forbidden_characters",
    "is_clean",
    "search_key",
    "surname_prefix",
    "validate_text",
]

FORBIDDEN_CHARACTERS = (
    "\x00-\x1f\x7f-\x9f"  # C0 and C1 controls (tab and line breaks too: every field is one line)
    "\u00ad\u061c\u180e"  # soft hyphen, Arabic letter mark, Mongolian vowel separator
    "\u200b-\u200f"  # zero-width space, non-joiner, joiner; left-to-right and right-to-left marks
    "\u2028-\u202e"  # line and paragraph separators; bidirectional embeddings and overrides
    "\u2060-\u206f"  # word joiner, invisible operators, bidirectional isolates, deprecated formats
    "\ufeff\ufff9-\ufffb"  # byte-order mark (zero-width no-break space), interlinear annotations
    "\U000e0000-\U000e007f"  # tag characters
)
"""The refused characters as the body of a regular-expression class.

The same text is the class of ``billing.text_is_clean`` in the database (PostgreSQL's
regular expressions read these escapes alike); a test compares both on every character.
"""

_FORBIDDEN = re.compile(f"[{FORBIDDEN_CHARACTERS}\ud800-\udfff]")
"""Lone surrogates too: PostgreSQL cannot store them at all."""

MAX_LENGTHS: dict[str, int] = {
    "person_name": 100,
    "organisation_name": 500,
    "full_name": 200,
    "email": 254,
    "settlement": 200,
    "street": 200,
    "house": 20,
    "flat": 20,
    "contract_number": 50,
    "meter_model": 100,
    "serial_number": 32,
    "metering_point_name": 200,
    "account_number": 32,
    "proof_value": 100,
    "identifier": 20,
    "reason": 500,
    "decision_reason": 1000,
    "comment": 500,
    "document_key": 100,
    "external_id": 100,
    "title": 200,
}
"""The longest text each kind of field holds, in characters (the database checks the same)."""


def forbidden_characters(text: str) -> list[str]:
    """The distinct refused characters in ``text``, in order of appearance."""
    found: list[str] = []
    for char in _FORBIDDEN.findall(text):
        if char not in found:
            found.append(char)
    return found


def is_clean(text: str) -> bool:
    """True when ``text`` contains none of :data:`FORBIDDEN_CHARACTERS`."""
    return _FORBIDDEN.search(text) is None


def describe_characters(chars: list[str]) -> str:
    """Refused characters named for a message: ``U+200B, U+202E``."""
    return ", ".join(f"U+{ord(char):04X}" for char in chars)


def validate_text(text: str, field: str, kind: str) -> list[Problem]:
    """Problems with ``text`` as the value of ``field``, a field of ``kind`` (see MAX_LENGTHS).

    ``text.too_long`` when it is longer than the kind allows (after trimming the ends,
    as the database stores it), ``text.characters`` when it contains a refused
    character. Required-ness is each form's own rule.
    """
    problems: list[Problem] = []
    limit = MAX_LENGTHS[kind]
    length = len(text.strip())
    if length > limit:
        problems.append(Problem.error("text.too_long", field, max_length=limit, length=length))
    bad = forbidden_characters(text)
    if bad:
        shown = describe_characters(bad)
        problems.append(Problem.error("text.characters", field, characters=shown))
    return problems


def search_key(text: str) -> str:
    """The form of ``text`` used to compare and search, not to show.

    Composes Unicode (NFC), folds case, treats «ё» as «е», turns every run of
    whitespace (including non-breaking spaces, tabs and line breaks) into one space
    and strips the ends.
    """
    folded = unicodedata.normalize("NFC", text).casefold().replace("ё", "е")
    return " ".join(folded.split())


def surname_prefix(text: str, n: int = 3) -> str:
    """The first ``n`` letters of the surname in ``text``, as a search key.

    Used for the «first three letters of the owner's surname» proof of a link request.
    ``text`` is a surname or a full name written surname first («Иванов Иван
    Иванович»); hyphens, apostrophes and other non-letters are skipped
    («Петрова-Водкина» and «петрова водкина» both give «пет»). A surname shorter
    than ``n`` letters gives all of its letters; an empty text gives ``""``.
    """
    if n < 1:
        raise ValueError(f"prefix length must be positive, not {n}")
    for word in search_key(text).split(" "):
        letters = [char for char in word if char.isalpha()]
        if letters:
            return "".join(letters[:n])
    return ""
