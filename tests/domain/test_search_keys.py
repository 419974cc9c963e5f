"""What the console's one search field makes of what an operator types."""

from __future__ import annotations

from string import Formatter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.problem_texts import lookup
from models.domain.search_keys import (
    AddressParts,
    KeyGuess,
    KeyKind,
    classify,
    force,
    meter_serial_key,
    not_of_kind,
    parse_address,
    receipt_number_key,
    unrecognised,
)

K = KeyKind

VALID_INN_10_STARTING_WITH_9 = "9141234569"
VALID_INN_10 = "7707083893"
VALID_INN_12 = "500100732259"


def kinds(text: str) -> list[KeyKind]:
    return [guess.kind for guess in classify(text)]


def guess_of(text: str, kind: KeyKind) -> KeyGuess:
    found = [guess for guess in classify(text) if guess.kind is kind]
    assert found, f"{text!r} not read as {kind}: {classify(text)}"
    return found[0]


# --- kinds and their order ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # phones written as phones
        ("8 (914) 123-45-67", [K.PHONE]),
        ("+7 914 1234567", [K.PHONE]),
        ("+7 (914) 123-45-67", [K.PHONE]),
        ("914.123.45.67", [K.PHONE]),
        # bare digits: a phone first, but an account number or meter serial too
        ("89141234567", [K.PHONE, K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        ("79141234567", [K.PHONE, K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        ("9141234567", [K.PHONE, K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        ("8 914 123 45 67", [K.PHONE, K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        (VALID_INN_10_STARTING_WITH_9, [K.PHONE, K.INN, K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        (VALID_INN_10, [K.INN, K.ACCOUNT_NUMBER, K.METER_SERIAL, K.PHONE]),
        (VALID_INN_12, [K.INN, K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        # account numbers
        ("123456", [K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        ("№ 123456", [K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        ("123 456", [K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        ("5000000", [K.ACCOUNT_NUMBER, K.METER_SERIAL]),
        ("12345", [K.ACCOUNT_NUMBER]),
        ("500100732258", [K.ACCOUNT_NUMBER, K.METER_SERIAL]),  # bad INN check digits
        # receipt numbers
        ("R202511000000123", [K.RECEIPT_NUMBER, K.METER_SERIAL, K.LOGIN]),
        ("202511000000123", [K.RECEIPT_NUMBER, K.METER_SERIAL, K.ACCOUNT_NUMBER]),
        ("р 2025-11-000000123", [K.RECEIPT_NUMBER, K.METER_SERIAL]),
        ("202513000000123", [K.METER_SERIAL, K.ACCOUNT_NUMBER]),  # no 13th month
        ("2025110000123", [K.METER_SERIAL, K.ACCOUNT_NUMBER]),  # 13 digits: not our shape
        ("1234567890123456", [K.METER_SERIAL, K.ACCOUNT_NUMBER]),
        # e-mail and logins
        ("Ivan.Petrov@Mail.ru", [K.EMAIL]),
        ("demo@user", [K.EMAIL]),
        ("ivan.petrov", [K.LOGIN]),
        ("ivanov_1980", [K.LOGIN]),
        ("petrov", []),  # too short for a login, Latin so no surname
        # meter serials
        ("AB 123456", [K.METER_SERIAL]),
        ("ЦЭ6803В-0123456", [K.METER_SERIAL]),
        ("ab12345678", [K.METER_SERIAL, K.LOGIN]),
        # surnames
        ("Иванов И.П.", [K.SURNAME]),
        ("Иванов И. П.", [K.SURNAME]),
        ("иванов и п", [K.SURNAME]),
        ("Иванов ИП", [K.SURNAME]),
        ("Иванов Иван", [K.SURNAME]),
        ("Иванов Иван Иванович", [K.SURNAME]),
        ("Иванов", [K.SURNAME, K.ADDRESS]),
        ("Петрова-Водкина", [K.SURNAME, K.ADDRESS]),
        # addresses
        ("Ленина 5 кв 12", [K.ADDRESS]),
        ("ул. Ленина, д.5, кв.12", [K.ADDRESS]),
        ("пр-т Победы 10/2", [K.ADDRESS]),
        ("ул. Ленина", [K.ADDRESS]),
        ("улица Ленина", [K.ADDRESS]),
        # nothing
        ("", []),
        ("   ", []),
        ("?!", []),
        ("a" * 300, []),
    ],
)
def test_classify_kinds_in_order_of_likelihood(text: str, expected: list[KeyKind]) -> None:
    assert kinds(text) == expected


def test_a_ten_digit_number_that_is_a_phone_tail_and_a_valid_inn_is_both() -> None:
    guesses = classify(VALID_INN_10_STARTING_WITH_9)
    assert guesses[0] == KeyGuess(K.PHONE, "+7" + VALID_INN_10_STARTING_WITH_9)
    assert guesses[1] == KeyGuess(K.INN, VALID_INN_10_STARTING_WITH_9)


def test_a_ten_digit_number_that_fails_the_inn_check_is_no_inn() -> None:
    assert K.INN not in kinds("9141234567")


def test_one_digit_string_can_be_account_meter_and_receipt_at_once() -> None:
    assert set(kinds("202511000000123")) == {K.RECEIPT_NUMBER, K.ACCOUNT_NUMBER, K.METER_SERIAL}


# --- normalised values ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("123 456", K.ACCOUNT_NUMBER, "123456"),
        ("№123456", K.ACCOUNT_NUMBER, "123456"),
        ("5001 0073 2259", K.INN, VALID_INN_12),
        ("Ivan.Petrov@Mail.RU", K.EMAIL, "ivan.petrov@mail.ru"),
        ("Ivan.Petrov", K.LOGIN, "ivan.petrov"),
        ("r202511000000123", K.RECEIPT_NUMBER, "R202511000000123"),
        ("Р202511000000123", K.RECEIPT_NUMBER, "R202511000000123"),  # Cyrillic Р
        ("2025 11 000000123", K.RECEIPT_NUMBER, "R202511000000123"),
        ("R 20251100001", K.RECEIPT_NUMBER, "R20251100001"),  # our letter, digits mistyped
        ("ав 0012345", K.METER_SERIAL, "AB0012345"),  # Cyrillic look-alikes
        ("AB-0012345", K.METER_SERIAL, "AB0012345"),
        ("00123456", K.METER_SERIAL, "123456"),
        ("00123456", K.ACCOUNT_NUMBER, "00123456"),  # account numbers keep their zeros
        ("ЁЛКИНА", K.SURNAME, "елкина"),
        ("Ёлкина", K.SURNAME, "елкина"),
        ("елкина", K.SURNAME, "елкина"),
    ],
)
def test_normalised_value(text: str, kind: KeyKind, value: str) -> None:
    assert guess_of(text, kind).value == value


@pytest.mark.parametrize(
    ("text", "surname", "initials"),
    [
        ("Иванов И.П.", "иванов", ("и", "п")),
        ("Иванов И. П.", "иванов", ("и", "п")),
        ("Иванов И.", "иванов", ("и",)),
        ("иванов и п", "иванов", ("и", "п")),
        ("ИВАНОВ И П", "иванов", ("и", "п")),
        ("Иванов ИП", "иванов", ("и", "п")),
        ("Иванов Иван", "иванов", ("и",)),
        ("Иванов Иван Петрович", "иванов", ("и", "п")),
        ("Фёдоров Ёж", "федоров", ("е",)),
        ("Петрова-Водкина А.", "петрова-водкина", ("а",)),
        ("ИП Иванов И.И.", "иванов", ("и", "и")),
        ("ООО «Ромашка»", "ромашка", ()),
        ("Иванов", "иванов", ()),
    ],
)
def test_surname_key_and_initials_apart(text: str, surname: str, initials: tuple[str, ...]) -> None:
    guess = guess_of(text, K.SURNAME)
    assert (guess.value, guess.initials) == (surname, initials)


@pytest.mark.parametrize(
    "text",
    ["Иванов И.П.С.", "Иванов Иван Петрович Сидоров", "ул. Ленина", "Иванов 5", "Ivanov I.P."],
)
def test_not_a_surname(text: str) -> None:
    assert K.SURNAME not in kinds(text)


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Ленина 5 кв 12", AddressParts("ленина", house="5", flat="12")),
        ("ул. Ленина, д.5, кв.12", AddressParts("ленина", house="5", flat="12")),
        ("улица Ленина дом 5 квартира 12", AddressParts("ленина", house="5", flat="12")),
        ("ул.Ленина д5 кв12", AddressParts("ленина", house="5", flat="12")),
        ("Ленина 5 12", AddressParts("ленина", house="5", flat="12")),
        ("пр-т Победы 10/2", AddressParts("победы", house="10/2")),
        ("проспект Победы 10/2", AddressParts("победы", house="10/2")),
        ("пер. Садовый 3а", AddressParts("садовый", house="3а")),
        ("Садовый пер. 3 а", AddressParts("садовый", house="3а")),
        ("Садовый пер 3-А", AddressParts("садовый", house="3а")),
        ("Ленина 5 корп. 2 кв. 7", AddressParts("ленина", house="5", building="2", flat="7")),
        ("Ленина 5к2 кв 7", AddressParts("ленина", house="5", building="2", flat="7")),
        ("Ленина 5 к 2", AddressParts("ленина", house="5", building="2")),
        ("ул. 8 Марта 5", AddressParts("8 марта", house="5")),
        ("60 лет Октября 12 кв 3", AddressParts("60 лет октября", house="12", flat="3")),
        ("Ёлочная 1", AddressParts("елочная", house="1")),
        ("2-я Советская 5", AddressParts("2-я советская", house="5")),
        ("ул. 2-я Советская, 5-б", AddressParts("2-я советская", house="5б")),
        ("Красная Горка 7", AddressParts("красная горка", house="7")),
        ("ул. Набережная, д. 9а, кв. 50", AddressParts("набережная", house="9а", flat="50")),
        ("Набережная 9а", AddressParts("набережная", house="9а")),
        (
            "г. Симферополь, ул. Ленина, д. 5, кв. 12",
            AddressParts("ленина", house="5", flat="12", locality="симферополь"),
        ),
        ("ул. Ленина", AddressParts("ленина")),
    ],
)
def test_address_parts(text: str, parts: AddressParts) -> None:
    guess = guess_of(text, K.ADDRESS)
    assert guess.address == parts
    assert guess.value == parts.street


@pytest.mark.parametrize(
    "text", ["5 кв 12", "кв. 12", "Ленина 5 подъезд 2", "Ленина 5 6 7", "Ленина кв 5а1"]
)
def test_not_an_address(text: str) -> None:
    assert parse_address(text) is None or K.ADDRESS not in kinds(text)


def test_an_address_typed_halfway_is_still_an_address() -> None:
    assert guess_of("Ленина 5 кв", K.ADDRESS).address == AddressParts("ленина", house="5")


def test_a_bare_word_is_more_likely_a_surname_than_a_street() -> None:
    assert kinds("Победы") == [K.SURNAME, K.ADDRESS]


def test_case_and_yo_never_matter() -> None:
    assert classify("ЁЛКИНА") == classify("елкина") == classify("Ёлкина")
    assert classify("УЛ. ЛЕНИНА 5") == classify("ул. ленина 5")


# --- phones: every format the same ----------------------------------------------------

PHONE_FORMATS = (
    "8 ({a}) {b}-{c}-{d}",
    "+7 {a} {b}{c}{d}",
    "+7 ({a}) {b}-{c}-{d}",
    "+7{a}{b}{c}{d}",
    "8{a}{b}{c}{d}",
    "7{a}{b}{c}{d}",
    "{a}{b}{c}{d}",
    "8-{a}-{b}-{c}-{d}",
    "8 {a} {b} {c} {d}",
    " +7 {a} {b} {c} {d} ",
)


@given(st.from_regex(r"9[0-9]{9}", fullmatch=True))
def test_every_phone_format_normalises_the_same(digits: str) -> None:
    parts = {"a": digits[:3], "b": digits[3:6], "c": digits[6:8], "d": digits[8:]}
    for template in PHONE_FORMATS:
        text = template.format(**parts)
        guesses = classify(text)
        assert guesses[0] == KeyGuess(K.PHONE, "+7" + digits), text


# --- never raises ---------------------------------------------------------------------


@given(st.text(max_size=300))
def test_classify_never_raises(text: str) -> None:
    guesses = classify(text)
    assert len({(g.kind, g.value) for g in guesses}) == len(guesses)
    assert all(g.value for g in guesses)


@given(st.text(alphabet="0123456789 -+()№RrРрёЁабвАБВ.,/@_", max_size=40))
def test_classify_and_force_never_raise_on_key_like_text(text: str) -> None:
    classify(text)
    for kind in KeyKind:
        guess = force(text, kind)
        assert guess is None or guess.kind is kind


@given(st.from_regex(r"[0-9]{1,20}", fullmatch=True))
def test_every_digit_string_is_at_least_an_account_number(digits: str) -> None:
    assert K.ACCOUNT_NUMBER in kinds(digits)


# --- forcing a kind -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "kind", "expected"),
    [
        ("9141234567", K.ACCOUNT_NUMBER, KeyGuess(K.ACCOUNT_NUMBER, "9141234567")),
        ("12-34/5", K.ACCOUNT_NUMBER, None),
        ("ab-1234", K.ACCOUNT_NUMBER, KeyGuess(K.ACCOUNT_NUMBER, "AB1234")),
        ("123", K.METER_SERIAL, KeyGuess(K.METER_SERIAL, "123")),
        ("12345678", K.LOGIN, KeyGuess(K.LOGIN, "12345678")),  # all digits: only when forced
        ("ivan", K.LOGIN, KeyGuess(K.LOGIN, "ivan")),
        ("ivan petrov", K.LOGIN, None),
        ("9141234567", K.INN, KeyGuess(K.INN, "9141234567")),  # check digits fail: still
        ("914123456", K.INN, None),
        ("4152123456", K.PHONE, KeyGuess(K.PHONE, "+74152123456")),
        ("Иванов", K.PHONE, None),
        ("Победы", K.ADDRESS, KeyGuess(K.ADDRESS, "победы", address=AddressParts("победы"))),
        ("123456", K.SURNAME, None),
        ("202511000000123", K.RECEIPT_NUMBER, KeyGuess(K.RECEIPT_NUMBER, "R202511000000123")),
        ("12345", K.RECEIPT_NUMBER, KeyGuess(K.RECEIPT_NUMBER, "12345")),
        ("", K.ACCOUNT_NUMBER, None),
    ],
)
def test_force(text: str, kind: KeyKind, expected: KeyGuess | None) -> None:
    assert force(text, kind) == expected


def test_force_returns_the_classified_reading_when_there_is_one() -> None:
    for guess in classify("Иванов И.П."):
        assert force("Иванов И.П.", guess.kind) == guess


# --- helpers shared with link proofs --------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("AB123456", "ав 123456"),
        ("0123456", "123456"),
        ("№ 12-34-56", "123456"),
        ("000", "0"),
    ],
)
def test_meter_serials_that_are_the_same(a: str, b: str) -> None:
    assert meter_serial_key(a) == meter_serial_key(b)


def test_receipt_number_key_of_an_older_system_is_only_compacted() -> None:
    assert receipt_number_key("77 01-234") == "7701234"
    assert receipt_number_key("р202511000000123") == "R202511000000123"


def test_problems_for_the_console() -> None:
    problem = unrecognised("  ???  ")
    assert (problem.code, dict(problem.params), problem.is_error) == (
        "lookup.key_unrecognised",
        {"text": "???"},
        False,
    )
    assert not_of_kind("x", K.INN).code == "lookup.key_not_inn"


def test_every_code_has_an_english_and_a_russian_sentence_quoting_its_params() -> None:
    problems = [unrecognised("?"), *(not_of_kind("?", kind) for kind in KeyKind)]
    assert {p.code for p in problems} <= set(lookup.TEXTS)
    assert set(lookup.TEXTS) == set(lookup.RU)
    for problem in problems:
        for sentence in (lookup.TEXTS[problem.code], lookup.RU[problem.code]):
            names = {name for _, name, _, _ in Formatter().parse(sentence) if name}
            assert names == set(problem.params), problem.code
