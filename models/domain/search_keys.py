"""What a caller's key typed into the console's one search field is.

A customer on the phone gives whatever they have at hand: an account number, a phone,
a surname with initials, an address, a meter serial, a receipt number, an INN. The
operator types it into one field; :func:`classify` lists every reading of the text, most
likely first, each with a normalised value to query by. Ambiguity is normal and kept:
``9141234567`` is a phone tail and may be a valid INN, ``12345678`` may be an account
number or a meter serial. When the operator knows better, :func:`force` reads the text
as the kind they chose.

Receipt numbers (our bills' «уникальный номер квитанции») have one format:
``R`` + the billing period ``YYYYMM`` + a 9-digit sequence, e.g. ``R202610000000123``
(16 characters). People type the letter as Cyrillic «Р», in lower case, or leave it out;
15 digits whose first six are a plausible billing period are therefore read as a receipt
number too.

Meter serials are compared through :func:`meter_serial_key` (upper case, Cyrillic
letters that look Latin made Latin, separators and leading zeros dropped); whatever
stores serials for searching must store that key.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterator
from dataclasses import dataclass

from models.domain.identifiers import validate_inn
from models.domain.phones import normalize_phone
from models.domain.portal_rules import LOGIN_MAX_LENGTH, LOGIN_MIN_LENGTH
from models.domain.problems import Problem
from models.domain.text import search_key

__all__ = [
    "LEGAL_FORMS",
    "MAX_KEY_LENGTH",
    "AddressParts",
    "KeyGuess",
    "KeyKind",
    "classify",
    "force",
    "meter_serial_key",
    "not_of_kind",
    "parse_address",
    "receipt_number_key",
    "unrecognised",
]

FIELD = "search"

LEGAL_FORMS = frozenset(
    {"ооо", "оао", "зао", "пао", "ао", "ип", "муп", "гуп", "фгуп", "нко", "ано", "чп", "тсж"}
)
"""Legal forms written before an organisation's name (as search keys); never a surname."""
MAX_KEY_LENGTH = 200
"""Longer text is nobody's key (a pasted paragraph): :func:`classify` gives nothing."""

ACCOUNT_TYPICAL_LENGTHS = range(6, 13)
ACCOUNT_MAX_LENGTH = 20
METER_DIGITS_LENGTHS = range(6, 21)
RECEIPT_PREFIX = "R"
RECEIPT_DIGITS = 15
RECEIPT_FIRST_YEAR = 2000


class KeyKind(enum.StrEnum):
    """What a search key can be."""

    ACCOUNT_NUMBER = "account_number"
    PHONE = "phone"
    EMAIL = "email"
    LOGIN = "login"
    SURNAME = "surname"
    ADDRESS = "address"
    METER_SERIAL = "meter_serial"
    RECEIPT_NUMBER = "receipt_number"
    INN = "inn"


@dataclass(frozen=True, slots=True)
class AddressParts:
    """An address fragment split into what a query needs; every text is a search key.

    ``street`` is the street name without words like «ул.» or «проспект» («ленина»,
    «8 марта»); ``locality`` is a town named after «г.»/«пос.»; ``house`` keeps a
    fraction or letter («10/2», «5а»).
    """

    street: str
    house: str | None = None
    building: str | None = None
    flat: str | None = None
    locality: str | None = None


@dataclass(frozen=True, slots=True)
class KeyGuess:
    """One reading of a search key.

    ``value`` is the normalised form to query by: digits for account numbers and INNs,
    ``+7XXXXXXXXXX`` for phones, a search key (see
    :func:`models.domain.text.search_key`) for e-mails, logins, surnames and streets,
    :func:`meter_serial_key` and :func:`receipt_number_key` forms for those kinds.
    ``initials`` (surnames) are single lower-case letters; ``address`` holds the parts
    of an address.
    """

    kind: KeyKind
    value: str
    initials: tuple[str, ...] = ()
    address: AddressParts | None = None


# --- likelihood scores: only their order matters -------------------------------------
_CERTAIN = 100
_LIKELY = 90
_PROBABLE = 80
_PLAUSIBLE = 70
_POSSIBLE = 60
_WEAK = 45
_UNLIKELY = 30
_REMOTE = 20

_SEPARATORS = re.compile(r"[\s\-]+")
_DIGITS = re.compile(r"[0-9]+")
_PHONE_MARKUP = re.compile(r"\+?[0-9\s().\-]+")
_RECEIPT = re.compile(r"[RrРр]\s*-?\s*([0-9][0-9\s\-]*)")
_LEADING_NUMBER_SIGN = re.compile(r"^[№#]\s*")
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+")
_LOGIN = re.compile(r"[A-Za-z0-9._\-]+")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_SERIAL_TEXT = re.compile(r"[0-9A-Za-zА-Яа-яЁё№\s\-/.]+")
_QUOTES = re.compile(r"[\"«»“”„]")
_CYRILLIC_WORD = re.compile(r"[а-яе]+(?:-[а-яе]+)*")

# Cyrillic capitals that look like Latin ones, as found on meter faceplates.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТУХЁ", "ABEKMHOPCTYXE")

_LOCALITY_MARKERS = frozenset(
    {"г", "город", "пос", "поселок", "пгт", "с", "село", "дер", "деревня", "ст", "станица"}
)
_STREET_MARKERS = frozenset(
    {
        "ул", "улица", "пр-т", "пр-кт", "просп", "проспект", "пр", "пер", "переулок",
        "пл", "площадь", "ш", "шоссе", "б-р", "бульвар", "наб", "набережная", "мкр",
        "мкрн", "микрорайон", "проезд", "пр-д", "туп", "тупик", "аллея", "кв-л", "квартал",
        "тракт", "спуск",
    }
)  # fmt: skip
# Street markers that are also streets' names when nothing else names the street.
_STREET_NAME_MARKERS = frozenset({"набережная", "площадь", "аллея", "тракт", "спуск", "шоссе"})
_HOUSE_MARKERS = frozenset({"д", "дом"})
_BUILDING_MARKERS = frozenset({"к", "корп", "корпус", "стр", "строение", "лит", "литера"})
_FLAT_MARKERS = frozenset({"кв", "квартира", "ком", "комната", "оф", "офис"})
_ADDRESS_MARKERS = (
    _LOCALITY_MARKERS | _STREET_MARKERS | _HOUSE_MARKERS | _BUILDING_MARKERS | _FLAT_MARKERS
)
# A marker glued to its number: «д5», «кв12», «корп2».
_GLUED_MARKER = re.compile(
    r"(" + "|".join(sorted(_HOUSE_MARKERS | _BUILDING_MARKERS | _FLAT_MARKERS, key=len,
                           reverse=True)) + r")([0-9].*)"
)  # fmt: skip
# House and flat numbers: up to four digits, a letter, a fraction («10/2», «5а»).
_NUMBER = re.compile(r"[0-9]{1,4}(?:-?[а-я])?(?:/[0-9]{1,4}[а-я]?)?")
_NUMBER_WITH_BUILDING = re.compile(r"([0-9]{1,4}[а-я]?)(к|корп|стр)([0-9]{1,4})")
_CYRILLIC_LETTER = re.compile(r"[а-я]")


# --- public helpers -------------------------------------------------------------------


def meter_serial_key(text: str) -> str:
    """The form in which meter serials are compared: ``«№ 0012-345 ав»`` → ``"12345AB"``.

    Upper case; Cyrillic letters that look like Latin ones become Latin (people copy
    serials off faceplates in either layout); spaces, dashes, slashes, dots and «№» are
    dropped; leading zeros are not significant. Gives ``""`` for text without letters
    or digits.
    """
    kept = "".join(c for c in text.upper().translate(_LOOKALIKES) if c.isalnum())
    stripped = kept.lstrip("0")
    return stripped if stripped or not kept else "0"


def receipt_number_key(text: str) -> str:
    """The form in which receipt numbers are compared: ``«р 2025-11-000000123»`` → ``R20…``.

    Spaces and dashes are dropped, letters put in upper case with a Cyrillic «Р» made
    Latin; 15 digits that start with a plausible billing period get the missing ``R``.
    Text of another shape (receipt numbers of older systems) is only compacted.
    """
    compacted = _SEPARATORS.sub("", text).upper().replace("Р", RECEIPT_PREFIX)
    if _is_our_receipt_digits(compacted):
        return RECEIPT_PREFIX + compacted
    return compacted


def parse_address(text: str) -> AddressParts | None:
    """An address fragment split into street, house, building, flat and locality.

    ``«ул. Ленина, д.5, кв.12»`` and ``«Ленина 5 кв 12»`` give the same parts. Words
    such as «ул.», «улица», «д.», «дом», «кв.», «квартира», «пр-т», «проспект», «пер.»,
    «корп.» are dropped; a number followed by a word belongs to the street name
    («8 Марта 5» is house 5 on street «8 марта»). None when no street name is left.
    """
    tokens = _address_tokens(text)
    street: list[str] = []
    numbers: dict[str, str] = {}
    locality: str | None = None
    pending: str | None = None  # the part the next token fills, after a marker
    marker_name: str | None = None  # «ул. Набережная»: a marker word that is the name
    i = 0
    while i < len(tokens):
        token = tokens[i]
        following = tokens[i + 1] if i + 1 < len(tokens) else None
        i += 1
        if token in _ADDRESS_MARKERS:
            pending = _part_of_marker(token)
            if token in _STREET_NAME_MARKERS and "house" not in numbers:
                marker_name = token
            continue
        if pending == "locality":
            locality = token if locality is None else f"{locality} {token}"
            pending = None
            continue
        if pending is not None:
            if not _NUMBER.fullmatch(token) and not (pending == "building" and len(token) == 1):
                return None
            slot, pending = pending, None
        elif _NUMBER.fullmatch(token) and not (not street and _starts_street_name(following)):
            free = [s for s in ("house", "flat") if s not in numbers]
            if not free:
                return None
            slot = free[0]
        elif "house" in numbers:
            return None  # words after the house number that are no markers: not an address
        else:
            street.append(token)
            continue
        if _is_house_letter(token, following):
            token += following or ""
            i += 1
        numbers[slot] = token.replace("-", "")  # «5-а» → «5а»
    if not street and marker_name is None:
        return None
    return AddressParts(
        street=" ".join(street) or str(marker_name),
        house=numbers.get("house"),
        building=numbers.get("building"),
        flat=numbers.get("flat"),
        locality=locality,
    )


def unrecognised(text: str) -> Problem:
    """The warning to show when :func:`classify` found no reading of ``text``."""
    return Problem.warning("lookup.key_unrecognised", FIELD, text=text.strip())


def not_of_kind(text: str, kind: KeyKind) -> Problem:
    """The warning to show when :func:`force` cannot read ``text`` as ``kind``."""
    return Problem.warning(f"lookup.key_not_{kind.value}", FIELD, text=text.strip())


# --- classification -------------------------------------------------------------------


def classify(text: str) -> list[KeyGuess]:
    """Every reading of ``text`` as a search key, most likely first; empty if none.

    Case never matters and «ё» matches «е». Never raises, whatever the text.
    """
    if len(text) > MAX_KEY_LENGTH:
        return []
    stripped = _LEADING_NUMBER_SIGN.sub("", text.strip())
    if not stripped:
        return []
    scored = [
        *_email_guesses(stripped),
        *_phone_and_number_guesses(stripped),
        *_receipt_guesses(stripped),
        *_login_guesses(stripped),
        *_mixed_serial_guesses(stripped),
        *_name_and_address_guesses(stripped),
    ]
    # A stable sort keeps the order of discovery between equal scores.
    scored.sort(key=lambda pair: -pair[0])
    seen: set[tuple[KeyKind, str]] = set()
    guesses: list[KeyGuess] = []
    for _score, guess in scored:
        if (guess.kind, guess.value) not in seen:
            seen.add((guess.kind, guess.value))
            guesses.append(guess)
    return guesses


def force(text: str, kind: KeyKind) -> KeyGuess | None:
    """``text`` read as ``kind`` because the operator says so; None if it cannot be one.

    Forcing is lenient where the data may be: a forced login may be short or all
    digits (older portal rules), a forced INN may fail its check digits (imported data),
    an account number or meter serial may mix letters and digits. It still refuses text
    that cannot be queried as that kind (letters as a phone, a number as a surname).
    """
    if len(text) > MAX_KEY_LENGTH:
        return None
    for guess in classify(text):
        if guess.kind is kind:
            return guess
    stripped = text.strip()
    if not stripped:
        return None
    compacted = _SEPARATORS.sub("", stripped)
    if kind is KeyKind.PHONE:
        phone = normalize_phone(stripped)
        return KeyGuess(kind, phone) if phone else None
    if kind is KeyKind.INN:
        digits_ok = _DIGITS.fullmatch(compacted) and len(compacted) in (10, 12)
        return KeyGuess(kind, compacted) if digits_ok else None
    if kind in (KeyKind.ACCOUNT_NUMBER, KeyKind.RECEIPT_NUMBER):
        if not compacted.isalnum() or len(compacted) > ACCOUNT_MAX_LENGTH:
            return None
        value = compacted.upper() if kind is KeyKind.ACCOUNT_NUMBER else receipt_number_key(text)
        return KeyGuess(kind, value)
    if kind is KeyKind.METER_SERIAL:
        if not _SERIAL_TEXT.fullmatch(stripped):
            return None
        serial = meter_serial_key(stripped)
        return KeyGuess(kind, serial) if serial else None
    if kind in (KeyKind.LOGIN, KeyKind.EMAIL):
        return None if any(c.isspace() for c in stripped) else KeyGuess(kind, search_key(stripped))
    if kind is KeyKind.SURNAME:
        surname = _parse_surname(stripped)
        return None if surname is None else KeyGuess(kind, surname[0], surname[1])
    parts = parse_address(stripped)
    return None if parts is None else KeyGuess(kind, parts.street, address=parts)


_Scored = tuple[int, KeyGuess]


def _email_guesses(text: str) -> Iterator[_Scored]:
    if _EMAIL.fullmatch(text):
        yield _CERTAIN, KeyGuess(KeyKind.EMAIL, search_key(text))


def _phone_and_number_guesses(text: str) -> Iterator[_Scored]:
    if not _PHONE_MARKUP.fullmatch(text):
        return
    compacted = _SEPARATORS.sub("", text)
    if not _DIGITS.fullmatch(compacted):
        # Brackets, a plus or dots: written as a phone number and nothing else.
        phone = normalize_phone(text)
        if phone is not None:
            yield _CERTAIN, KeyGuess(KeyKind.PHONE, phone)
        return
    yield from _digit_guesses(compacted)


def _digit_guesses(digits: str) -> Iterator[_Scored]:
    length = len(digits)
    phone = normalize_phone(digits)
    if phone is not None:
        if (length == 11 and digits[0] in "78") or (length == 10 and digits[0] == "9"):
            yield _LIKELY, KeyGuess(KeyKind.PHONE, phone)
        elif length == 10:
            yield _UNLIKELY, KeyGuess(KeyKind.PHONE, phone)  # a landline without its 8
    if length in (10, 12) and not validate_inn(digits):
        yield (_PROBABLE if length == 12 else _PROBABLE - 1), KeyGuess(KeyKind.INN, digits)
    if _is_our_receipt_digits(digits):
        yield _PROBABLE - 5, KeyGuess(KeyKind.RECEIPT_NUMBER, RECEIPT_PREFIX + digits)
    if length in ACCOUNT_TYPICAL_LENGTHS:
        yield _PLAUSIBLE, KeyGuess(KeyKind.ACCOUNT_NUMBER, digits)
    elif length < ACCOUNT_TYPICAL_LENGTHS.start:
        yield _POSSIBLE, KeyGuess(KeyKind.ACCOUNT_NUMBER, digits)
    elif length <= ACCOUNT_MAX_LENGTH:
        yield _REMOTE, KeyGuess(KeyKind.ACCOUNT_NUMBER, digits)
    if length in METER_DIGITS_LENGTHS:
        yield _WEAK + 5, KeyGuess(KeyKind.METER_SERIAL, meter_serial_key(digits))


def _receipt_guesses(text: str) -> Iterator[_Scored]:
    match = _RECEIPT.fullmatch(text)
    if match is None:
        return
    digits = _SEPARATORS.sub("", match.group(1))
    value = RECEIPT_PREFIX + digits
    if _is_our_receipt_digits(digits):
        yield _CERTAIN, KeyGuess(KeyKind.RECEIPT_NUMBER, value)
    elif len(digits) <= ACCOUNT_MAX_LENGTH:
        yield _POSSIBLE, KeyGuess(KeyKind.RECEIPT_NUMBER, value)  # our letter, a typo in digits


def _login_guesses(text: str) -> Iterator[_Scored]:
    if not (LOGIN_MIN_LENGTH <= len(text) <= LOGIN_MAX_LENGTH and _LOGIN.fullmatch(text)):
        return
    letters = sum(c.isalpha() for c in text)
    if not letters:
        return  # all digits and dots: a number; force() reads it as a login on request
    digits = sum(c.isdigit() for c in text)
    yield (_PLAUSIBLE if letters >= digits else _WEAK), KeyGuess(KeyKind.LOGIN, search_key(text))


def _mixed_serial_guesses(text: str) -> Iterator[_Scored]:
    """Letters and digits mixed, digits dominating: «AB 123456», «ЦЭ-0123456»."""
    if len(text.split()) > 2 or not _SERIAL_TEXT.fullmatch(text):
        return
    key = meter_serial_key(text)
    letters = sum(c.isalpha() for c in key)
    digits = sum(c.isdigit() for c in key)
    if letters and digits >= 4 and digits >= letters:
        yield _POSSIBLE, KeyGuess(KeyKind.METER_SERIAL, key)


def _name_and_address_guesses(text: str) -> Iterator[_Scored]:
    surname = _parse_surname(text)
    if surname is not None:
        value, initials = surname
        yield (_LIKELY if initials else _PROBABLE), KeyGuess(KeyKind.SURNAME, value, initials)
    parts = parse_address(text)
    if parts is None or not _CYRILLIC_LETTER.search(parts.street):
        return
    tokens = _address_tokens(text)
    if parts.house is not None:
        score = _PROBABLE + 5
    elif tokens and tokens[0] in _STREET_MARKERS | _LOCALITY_MARKERS:
        score = _PROBABLE
    elif surname is not None and not surname[1]:
        score = _UNLIKELY  # bare words: a surname more likely than a street
    else:
        return
    yield score, KeyGuess(KeyKind.ADDRESS, parts.street, address=parts)


# --- surnames -------------------------------------------------------------------------

_MAX_NAME_WORDS = 3


def _parse_surname(text: str) -> tuple[str, tuple[str, ...]] | None:
    """(surname key, initials) of «Иванов И.П.», «иванов и п», «Иванов Иван»; else None.

    An organisation's name after its legal form counts as a surname: owners are
    searched by either.
    """
    raw = _QUOTES.sub(" ", text.replace(".", ". ").replace(",", " ")).split()
    tokens = [token.rstrip(".") for token in raw]
    if len(tokens) > 1 and search_key(tokens[0]) in LEGAL_FORMS:
        tokens = tokens[1:]  # «ИП Иванов И.И.», «ООО «Ромашка»»
    if not tokens or len(tokens) > _MAX_NAME_WORDS:
        return None
    keys = [search_key(token) for token in tokens]
    if not all(_CYRILLIC_WORD.fullmatch(key) for key in keys):
        return None
    surname, rest = keys[0], keys[1:]
    if len(surname) < 2 or surname in _ADDRESS_MARKERS:
        return None
    initials: list[str] = []
    for token, key in zip(tokens[1:], rest, strict=True):
        # «ИП» written in capitals after «Иванов» is two initials, not a name «Ип».
        if len(key) == 2 and token.isupper() and not tokens[0].isupper():
            initials.extend(key)
        else:
            initials.append(key[0])
    if len(initials) > 2:
        return None
    return surname, tuple(initials)


# --- addresses ------------------------------------------------------------------------

_MARKER_PARTS = (
    (_LOCALITY_MARKERS, "locality"),
    (_STREET_MARKERS, None),
    (_HOUSE_MARKERS, "house"),
    (_BUILDING_MARKERS, "building"),
    (_FLAT_MARKERS, "flat"),
)


def _part_of_marker(token: str) -> str | None:
    for markers, part in _MARKER_PARTS:
        if token in markers:
            return part
    return None


def _address_tokens(text: str) -> list[str]:
    """Search-key tokens of an address: commas and abbreviation dots become spaces."""
    key = search_key(text).replace("№", " ")
    key = re.sub(r"[,;]", " ", key)
    key = re.sub(r"\.(?=\S)", ". ", key)  # «д.5» → «д. 5»
    tokens: list[str] = []
    for token in key.split():
        token = token.strip(".")
        if not token:
            continue
        glued = _GLUED_MARKER.fullmatch(token) or _NUMBER_WITH_BUILDING.fullmatch(token)
        if glued and token not in _ADDRESS_MARKERS:
            tokens.extend(glued.groups())
        else:
            tokens.append(token)
    return tokens


def _starts_street_name(following: str | None) -> bool:
    """Whether a number before the street is part of its name: «8 Марта», «2-я Садовая»."""
    if following is None or following in _ADDRESS_MARKERS:
        return False
    return not _NUMBER.fullmatch(following) and len(following) > 1


def _is_house_letter(token: str, following: str | None) -> bool:
    """Whether ``following`` is the letter of house ``token``: «5 а» is house «5а»."""
    return (
        following is not None
        and len(following) == 1
        and following.isalpha()
        and following not in _ADDRESS_MARKERS
        and token[-1].isdigit()
    )


def _is_our_receipt_digits(digits: str) -> bool:
    """15 digits starting with a billing period YYYYMM from 2000 to 2099."""
    if len(digits) != RECEIPT_DIGITS or not _DIGITS.fullmatch(digits):
        return False
    year, month = int(digits[:4]), int(digits[4:6])
    return RECEIPT_FIRST_YEAR <= year < RECEIPT_FIRST_YEAR + 100 and 1 <= month <= 12
