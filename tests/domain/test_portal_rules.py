"""Portal registration rules (logins, passwords) and the operators' password policy."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from console.problem_texts.identity import TEXTS
from models.domain.portal_rules import (
    KAMCHATSKENERGO,
    LOGIN_MIN_LENGTH,
    PortalRules,
    registration_problems,
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


# --- Each portal's rule set (seed manuals 000, 001, 002) --------------------------------

KRYMENERGO = PortalRules(
    "krymenergo",
    "Крымэнерго",
    login_min_length=1,
    password_min_length=1,
    password_needs_latin_and_digit=False,
    proof_kinds=("last_payment_amount", "surname_prefix"),
    login_is_email=True,
    phone_required=False,
    sms_code=False,
)
INTER_RAO = PortalRules(
    "inter_rao",
    "Интер РАО (ЕБС)",
    login_min_length=1,
    password_min_length=1,
    password_needs_latin_and_digit=False,
    email_unique=False,
    phone_required=False,
    sms_code=False,
)
PHONE = "+7 914 123 45 67"

RULE_CASES = [
    # (rules, login, email, phone, password, accepted)
    # Kamchatskenergo: login >= 8 without spaces, password >= 8 with a Latin letter and a
    # digit, the phone required.
    (KAMCHATSKENERGO, "ivanov_ii", "ivanov@mail.ru", PHONE, "passw0rd", True),
    (KAMCHATSKENERGO, "ivanov", "ivanov@mail.ru", PHONE, "passw0rd", False),
    (KAMCHATSKENERGO, "ivan ivanov", "ivanov@mail.ru", PHONE, "passw0rd", False),
    (KAMCHATSKENERGO, "ivanov_ii", "ivanov@mail.ru", "", "passw0rd", False),
    (KAMCHATSKENERGO, "ivanov_ii", "ivanov@mail.ru", PHONE, "password", False),
    (KAMCHATSKENERGO, "ivanov_ii", "ivanov@mail.ru", PHONE, "12345678", False),
    (KAMCHATSKENERGO, "ivanov_ii", "ivanov@mail.ru", PHONE, "pass0", False),
    (KAMCHATSKENERGO, "a@b.ru", "a@b.ru", PHONE, "passw0rd", False),
    # Krymenergo: the login is the e-mail, however short; no phone; no password rule.
    (KRYMENERGO, "", "a@b.ru", "", "x", True),
    (KRYMENERGO, "a@b.ru", "a@b.ru", "", "1", True),
    (KRYMENERGO, "A@B.ru", "a@b.ru", "", "пароль", True),
    (KRYMENERGO, "ivanov_ii", "a@b.ru", "", "passw0rd", False),
    (KRYMENERGO, "", "not-an-email", "", "passw0rd", False),
    # Inter RAO: any length of login, the phone optional (but a phone when given).
    (INTER_RAO, "ivan", "ivan@mail.ru", "", "x", True),
    (INTER_RAO, "ivan", "ivan@mail.ru", PHONE, "x", True),
    (INTER_RAO, "iv an", "ivan@mail.ru", "", "x", False),
    (INTER_RAO, "ivan", "ivan@mail.ru", "12345", "x", False),
]


@pytest.mark.parametrize(("rules", "login", "email", "phone", "password", "accepted"), RULE_CASES)
def test_each_rule_set_accepts_what_its_portal_accepts(
    rules, login, email, phone, password, accepted
):
    problems = [
        p for p in registration_problems(rules, login, email, phone, password) if p.is_error
    ]
    assert (problems == []) is accepted, problems


def test_the_default_rule_set_is_the_old_login_and_password_rules():
    assert KAMCHATSKENERGO.login_min_length == LOGIN_MIN_LENGTH == 8
    assert validate_password("passw0rd") == validate_password(
        "passw0rd", KAMCHATSKENERGO.password_min_length, latin_and_digit=True
    )
    assert codes(validate_password("x", 1, latin_and_digit=False)) == []
    assert codes(validate_password("", 1, latin_and_digit=False)) == ["password.required"]
