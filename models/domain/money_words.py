"""Amounts in Russian words, as printed on organisations' invoices.

An invoice repeats its total in words («Одна тысяча двести тридцать четыре рубля
56 копеек»). This is document data, not interface text, so the Russian words live here
rather than in a translation file.
"""

from __future__ import annotations

from decimal import Decimal

__all__ = ["MAX_AMOUNT", "amount_in_words", "plural_form"]

MAX_AMOUNT = Decimal("999999999999999.99")
_KOPECK = Decimal("0.01")

_UNITS_MASCULINE = (
    "",
    "один",
    "два",
    "три",
    "четыре",
    "пять",
    "шесть",
    "семь",
    "восемь",
    "девять",
)
_UNITS_FEMININE = ("", "одна", "две", *_UNITS_MASCULINE[3:])
_TEENS = (
    "десять",
    "одиннадцать",
    "двенадцать",
    "тринадцать",
    "четырнадцать",
    "пятнадцать",
    "шестнадцать",
    "семнадцать",
    "восемнадцать",
    "девятнадцать",
)
_TENS = (
    "",
    "",
    "двадцать",
    "тридцать",
    "сорок",
    "пятьдесят",
    "шестьдесят",
    "семьдесят",
    "восемьдесят",
    "девяносто",
)
_HUNDREDS = (
    "",
    "сто",
    "двести",
    "триста",
    "четыреста",
    "пятьсот",
    "шестьсот",
    "семьсот",
    "восемьсот",
    "девятьсот",
)

# A noun's forms for 1, for 2-4 and for 0 and 5-20 (рубль, рубля, рублей).
_Forms = tuple[str, str, str]
_RUBLE: _Forms = ("рубль", "рубля", "рублей")
_KOPECK_FORMS: _Forms = ("копейка", "копейки", "копеек")
# Names of the thousand-groups above the first, upwards, and whether each is feminine.
_SCALES: tuple[tuple[_Forms, bool], ...] = (
    (("тысяча", "тысячи", "тысяч"), True),
    (("миллион", "миллиона", "миллионов"), False),
    (("миллиард", "миллиарда", "миллиардов"), False),
    (("триллион", "триллиона", "триллионов"), False),
)


def plural_form(n: int, forms: _Forms) -> str:
    """The noun form that goes with the number ``n`` (1 рубль, 2 рубля, 5 рублей)."""
    if 11 <= n % 100 <= 14:
        return forms[2]
    last = n % 10
    if last == 1:
        return forms[0]
    if 2 <= last <= 4:
        return forms[1]
    return forms[2]


def _group_words(n: int, feminine: bool) -> list[str]:
    """Words for 1 <= n <= 999 in the given gender."""
    words = [_HUNDREDS[n // 100]]
    tens, units = divmod(n % 100, 10)
    if tens == 1:
        words.append(_TEENS[units])
    else:
        words.append(_TENS[tens])
        words.append((_UNITS_FEMININE if feminine else _UNITS_MASCULINE)[units])
    return [word for word in words if word]


def _rubles_in_words(rubles: int) -> list[str]:
    if rubles == 0:
        return ["ноль"]
    groups: list[int] = []
    while rubles:
        rubles, group = divmod(rubles, 1000)
        groups.append(group)
    words: list[str] = []
    for index in range(len(groups) - 1, 0, -1):
        group = groups[index]
        if group:
            forms, feminine = _SCALES[index - 1]
            words += _group_words(group, feminine)
            words.append(plural_form(group, forms))
    if groups[0]:
        words += _group_words(groups[0], feminine=False)
    return words


def amount_in_words(amount: Decimal) -> str:
    """``amount`` rubles as invoices write it: «Две тысячи один рубль 05 копеек».

    The rubles are in words with the first letter capitalised, the kopecks always as
    two digits, both nouns agreeing with their numbers. ``amount`` must be a whole
    number of kopecks from 0 up to :data:`MAX_AMOUNT`; anything else is a programming
    error and raises :class:`ValueError` (amounts are never rounded silently).
    """
    if not amount.is_finite():
        raise ValueError(f"not an amount: {amount}")
    if amount < 0 or amount > MAX_AMOUNT:
        raise ValueError(f"amount out of range 0..{MAX_AMOUNT}: {amount}")
    kopecks_total = amount.quantize(_KOPECK)
    if kopecks_total != amount:
        raise ValueError(f"amount is not a whole number of kopecks: {amount}")
    rubles, kopecks = divmod(int(kopecks_total * 100), 100)
    words = _rubles_in_words(rubles)
    words.append(plural_form(rubles, _RUBLE))
    words.append(f"{kopecks:02d}")
    words.append(plural_form(kopecks, _KOPECK_FORMS))
    text = " ".join(words)
    return text[0].upper() + text[1:]
