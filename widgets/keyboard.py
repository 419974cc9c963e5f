"""Keys, not letters: Alt+letter mnemonics that work whichever keyboard layout is active.

A mnemonic ``&и`` is bound to the Cyrillic key И; with the Latin layout active the same
physical key sends B, and Qt finds no shortcut. :func:`layout_twin` names the letter on
the same key in the other layout (ЙЦУКЕН ↔ QWERTY), so a window can bind both.
"""

from __future__ import annotations

from widgets.qt import Qt, QtCore, QtGui

_RUSSIAN = "йцукенгшщзхъфывапролджэячсмитьбю"
_LATIN = "qwertyuiop[]asdfghjkl;'zxcvbnm,."
_TWINS: dict[str, str] = {}
for _ru, _en in zip(_RUSSIAN, _LATIN, strict=True):
    _TWINS[_ru] = _en
    _TWINS[_en] = _ru
_TWINS["ё"] = "`"
_TWINS["`"] = "ё"


def mnemonic_letter(text: str) -> str:
    """The letter after the ``&`` of ``text`` in lower case ("" if none; ``&&`` is a literal)."""
    index = 0
    while True:
        index = text.find("&", index)
        if index < 0 or index + 1 >= len(text):
            return ""
        if text[index + 1] == "&":
            index += 2
            continue
        return text[index + 1].casefold()


def layout_twin(letter: str) -> str:
    """The character on the same key in the other layout: «и» ↔ «b» ("" if none)."""
    return _TWINS.get(letter.casefold(), "")


def physical_key(letter: str) -> str:
    """A layout-independent name of the key that types ``letter`` (its Latin character)."""
    letter = letter.casefold()
    if letter in _RUSSIAN or letter == "ё":
        return _TWINS[letter]
    return letter


def alt_sequence(letter: str) -> QtGui.QKeySequence:
    """Alt + the key of ``letter`` (by key code: Qt's key for a letter is its upper case)."""
    code = ord(letter.upper())
    return QtGui.QKeySequence(QtCore.QKeyCombination(Qt.KeyboardModifier.AltModifier, Qt.Key(code)))


__all__ = ["alt_sequence", "layout_twin", "mnemonic_letter", "physical_key"]
