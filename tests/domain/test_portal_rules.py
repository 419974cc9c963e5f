"""Portal registration rules (logins, passwords) and the operators' password policy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.problem_texts.identity import TEXTS
from models.domain.portal_rules import (
    validate_login,
    validate_operator_password,
    validate_password,
)
from models.domain.problems import Problem


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


# --- Logins --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "login", ["ivanov_ii", "Ivanov.1980", "ivanov@mail.ru", "a-b-c-d-", "12345678", "x" * 64]
)
def test_acceptable_logins(login):
    assert validate_login(login) == []


@pytest.mark.parametrize(
    ("login", "expected"),
    [
        ("", ["login.required"]),
        ("ivanov", ["login.too_short"]),
        ("x" * 65, ["login.too_long"]),
        ("ivan ivanov", ["login.spaces"]),
        (" ivanov_ii", ["login.spaces"]),
        ("ivanov_ii\t", ["login.spaces"]),
        ("иванов_ии", ["login.characters"]),
        ("ivanov#ii!", ["login.characters"]),
        ("iv ан", ["login.too_short", "login.spaces", "login.characters"]),
    ],
)
def test_unacceptable_logins(login, expected):
    problems = validate_login(login)
    assert codes(problems) == expected
    assert all(p.field == "login" and p.is_error for p in problems)


def test_login_problems_tell_the_limits_and_the_offending_characters():
    assert validate_login("ivanov")[0].params == {"min_length": "8"}
    assert validate_login("x" * 100)[0].params == {"max_length": "64"}
    assert validate_login("ivanov#ii!ж")[0].params == {"characters": "! # ж"}


# --- Portal passwords ----------------------------------------------------------------


@pytest.mark.parametrize(
    "password", ["abcdefg1", "12345678a", "Пароль2024x", "pass word 1", "A1!@#$%^"]
)
def test_acceptable_portal_passwords(password):
    assert validate_password(password) == []


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("", ["password.required"]),
        ("abc1", ["password.too_short"]),
        ("abcdefgh", ["password.no_digit"]),
        ("12345678", ["password.no_latin_letter"]),
        ("пароль12345", ["password.no_latin_letter"]),
        ("!!!", ["password.too_short", "password.no_digit", "password.no_latin_letter"]),
    ],
)
def test_unacceptable_portal_passwords(password, expected):
    problems = validate_password(password)
    assert codes(problems) == expected
    assert all(p.field == "password" for p in problems)


def test_portal_password_length_limit_is_quoted():
    assert validate_password("a1")[0].params == {"min_length": "8"}


# --- Operator passwords --------------------------------------------------------------


def test_strong_operator_password_passes():
    assert validate_operator_password("Kamchatka2024!", "petrova") == []
    assert validate_operator_password("ЛетоЗима2024x", "petrova") == []


@pytest.mark.parametrize(
    ("password", "expected"),
    [
        ("", ["password.required"]),
        ("Short1a", ["password.too_short"]),
        ("kamchatka2024!", ["password.no_uppercase"]),
        ("KAMCHATKA2024!", ["password.no_lowercase"]),
        ("Kamchatka-Winter", ["password.no_digit"]),
        ("MyPetrova2024!", ["password.contains_login"]),
        ("myPETROVA2024!", ["password.contains_login"]),
    ],
)
def test_weak_operator_passwords(password, expected):
    assert codes(validate_operator_password(password, "Petrova")) == expected


def test_operator_password_policy_quotes_its_own_minimum():
    assert validate_operator_password("Abc1", "x")[0].params == {"min_length": "12"}


def test_portal_password_is_not_enough_for_an_operator():
    assert validate_password("abcdefg1") == []
    assert codes(validate_operator_password("abcdefg1", "ivanov")) == [
        "password.too_short",
        "password.no_uppercase",
    ]


def test_empty_login_does_not_count_as_contained():
    assert validate_operator_password("Kamchatka2024!", "  ") == []


@given(st.text(max_size=40), st.text(max_size=12))
def test_rules_never_fail_and_only_use_known_codes(text, login):
    for problems in (
        validate_login(text),
        validate_password(text),
        validate_operator_password(text, login),
    ):
        assert all(p.code in TEXTS for p in problems)
