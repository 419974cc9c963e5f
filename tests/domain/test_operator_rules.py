"""Operator logins and names: role names that cannot be mistaken for anything else."""

from __future__ import annotations

import pytest

from models.domain.operator_rules import validate_full_name, validate_operator_login
from models.domain.sql_keywords import SQL_KEYWORDS


@pytest.mark.parametrize("login", ["ivanova_a", "op7", "kassir_2", "demo_agent"])
def test_ordinary_logins_pass(login):
    assert validate_operator_login(login) == []


@pytest.mark.parametrize(
    "login", ["current_user", "session_user", "user", "all", "admin", "role", "select"]
)
def test_sql_keywords_are_refused(login):
    assert [p.code for p in validate_operator_login(login)] == ["operator_login.keyword"]


def test_the_keyword_list_is_postgresqls():
    assert len(SQL_KEYWORDS) > 400
    assert {"current_user", "select", "authorization", "admin"} <= SQL_KEYWORDS
    assert all(word == word.lower() and word.isascii() for word in SQL_KEYWORDS)


@pytest.mark.parametrize(
    ("login", "codes"),
    [
        ("pg_admin", ["operator_login.reserved"]),
        ("public", ["operator_login.reserved"]),
        ("none", ["operator_login.reserved"]),
        ("Ivanova", ["operator_login.characters"]),
        ("ab", ["login.too_short"]),
        ("1abc", ["operator_login.first_letter"]),
    ],
)
def test_other_login_rules(login, codes):
    assert [p.code for p in validate_operator_login(login)] == codes


def test_full_name_rules():
    assert validate_full_name("Иванова Анна Петровна") == []
    assert [p.code for p in validate_full_name("  ")] == ["operator.full_name_required"]
    assert [p.code for p in validate_full_name("Я" * 201)] == ["operator.full_name_too_long"]
    assert [p.code for p in validate_full_name("Иванова\u202eАнна")] == ["text.characters"]
    assert [p.code for p in validate_full_name("Я" * 201 + "\u200b")] == [
        "operator.full_name_too_long",
        "text.characters",
    ]
