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
