"""Search keys: the same name typed differently must compare equal."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from models.domain.text import search_key, surname_prefix


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("Ёлкина Ирина", "елкина ирина"),
        ("ЁЛКИНА  ИРИНА", "Елкина Ирина"),
        ("  Иванов\tИван\nИванович ", "иванов иван иванович"),
        ("ул.\u00a0Ленина,\u00a0д. 5", "УЛ. ЛЕНИНА, Д. 5"),
        ("Ivanov@Mail.RU", "ivanov@mail.ru"),
        ("Straße", "STRASSE"),
        # «ё» written as «е» plus a combining diaeresis, as some documents encode it.
        ("Фе\u0308дор", "Федор"),
    ],
)
def test_differently_typed_texts_have_the_same_key(typed, stored):
    assert search_key(typed) == search_key(stored)


def test_search_key_of_blank_text_is_empty():
    assert search_key("") == ""
    assert search_key(" \t\u00a0\n") == ""


def test_different_names_keep_different_keys():
    assert search_key("Иванов") != search_key("Иванова")
    assert search_key("Ёлкин") != search_key("Олкин")


@given(st.text())
def test_search_key_is_idempotent_and_tidy(text):
    key = search_key(text)
    assert search_key(key) == key
    assert key == key.strip()
    assert "  " not in key
    assert "ё" not in key
    assert "Ё" not in key


@pytest.mark.parametrize(
    ("text", "prefix"),
    [
        ("Иванов Иван Иванович", "ива"),
        ("ИВАНОВ", "ива"),
        ("  ёлкина ", "елк"),
        ("Петрова-Водкина Анна", "пет"),
        ("Ли", "ли"),
        ("", ""),
        ("- Сидоров", "сид"),
    ],
)
def test_surname_prefix_takes_first_letters_of_the_surname(text, prefix):
    assert surname_prefix(text) == prefix


def test_surname_prefix_matches_whatever_case_and_yo_the_customer_typed():
    assert surname_prefix("Ёжиков Пётр") == surname_prefix("ЕЖ") + "и"
    assert surname_prefix("Ёжиков", n=2) == search_key("еж")


def test_surname_prefix_length_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        surname_prefix("Иванов", n=0)


# --- what may be stored ----------------------------------------------------------------

from models.domain.problems import Severity  # noqa: E402
from models.domain.text import (  # noqa: E402
    MAX_LENGTHS,
    forbidden_characters,
    is_clean,
    validate_text,
)

HIDDEN = [
    "\u200b",  # zero-width space
    "\u200c",
    "\u200d",
    "\u200e",  # left-to-right mark
    "\u200f",
    "\u202a",
    "\u202e",  # right-to-left override
    "\u2066",
    "\u2069",
    "\ufeff",  # byte-order mark
    "\x00",
    "\x07",
    "\t",
    "\n",
    "\r",
    "\x7f",
    "\x85",  # C1 next line
    "\x9f",
    "\u2028",
    "\u00ad",
    "\U000e0041",  # tag letter A
]


@pytest.mark.parametrize("char", HIDDEN)
def test_control_and_invisible_characters_are_refused(char):
    text = f"Иванов{char}Иван"
    assert not is_clean(text)
    assert forbidden_characters(text) == [char]
    problems = validate_text(text, "reason", "reason")
    assert [p.code for p in problems] == ["text.characters"]
    assert problems[0].field == "reason"
    assert problems[0].params["characters"] == f"U+{ord(char):04X}"
    assert problems[0].severity is Severity.ERROR


@pytest.mark.parametrize(
    "text",
    [
        "Иванов Иван Иванович",
        "Петрова-Водкина О'Нил",
        "ООО «Ромашка» № 5, д. 12/3",
        "Straße é ü ñ 中文",
        "emoji 🙂 ok",
        "non\u00a0breaking space",  # copied from documents: a space, not an invisible one
    ],
)
def test_ordinary_text_is_clean(text):
    assert is_clean(text)
    assert validate_text(text, "reason", "reason") == []


def test_each_kind_of_field_has_its_maximum():
    limit = MAX_LENGTHS["reason"]
    assert validate_text("я" * limit, "reason", "reason") == []
    problems = validate_text("я" * (limit + 1), "reason", "reason")
    assert [p.code for p in problems] == ["text.too_long"]
    assert dict(problems[0].params) == {"max_length": str(limit), "length": str(limit + 1)}
    # What the database would store: the ends trimmed.
    assert validate_text(" " + "я" * limit + " ", "reason", "reason") == []


def test_a_huge_paste_is_refused_quickly():
    problems = validate_text("x" * 100_000 + "\u202e", "proof", "proof_value")
    assert [p.code for p in problems] == ["text.too_long", "text.characters"]


@given(st.text())
def test_clean_means_no_refused_character(text):
    assert is_clean(text) == (forbidden_characters(text) == [])
    assert all(not is_clean(char) for char in forbidden_characters(text))
