"""Text normalisation for comparing names, addresses and e-mail addresses.

Operators and customers type the same name in many ways: «Ёлкина  Ирина», «ЕЛКИНА ирина»,
with a non-breaking space copied from a document. Every comparison and search in the
console goes through :func:`search_key` so that all of these match.
"""

from __future__ import annotations

import unicodedata

__all__ = ["search_key", "surname_prefix"]


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
