"""Rules for console operators: their logins (PostgreSQL role names) and groups.

An operator's login is a PostgreSQL role name, so it is kept to a portable subset:
3 to 40 characters, Latin lower-case letters, digits and ``_``, beginning with a
letter; names beginning ``pg_`` or ``billing_``, ``postgres``, ``public`` and ``none``
are reserved, and so is every SQL keyword (``current_user``, ``user``, ``all``...: a
role spelled like one reads as something else in ``GRANT``/``ALTER ROLE``). The
database checks the same rules again (``billing.operator_login_is_valid``, a CHECK on
``billing.operator``). Full names are at most 200 characters without control or
invisible characters (:func:`models.domain.text.validate_text`). Passwords follow
:func:`models.domain.portal_rules.validate_operator_password`.
"""

from __future__ import annotations

import re

from models.domain.problems import Problem
from models.domain.sql_keywords import SQL_KEYWORDS
from models.domain.text import MAX_LENGTHS, validate_text

__all__ = [
    "GROUPS",
    "OPERATOR_LOGIN_MAX_LENGTH",
    "OPERATOR_LOGIN_MIN_LENGTH",
    "validate_full_name",
    "validate_operator_login",
]

OPERATOR_LOGIN_MIN_LENGTH = 3
OPERATOR_LOGIN_MAX_LENGTH = 40
GROUPS = ("agent", "cashier", "supervisor", "admin")
"""The operator groups, each a PostgreSQL group role ``billing_<group>``."""

_ALLOWED = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")
_RESERVED = re.compile(r"^(pg_|billing_)|^(postgres|public|none)$")
"""PostgreSQL itself refuses ``public`` and ``none`` as role names."""


def validate_operator_login(text: str) -> list[Problem]:
    """Problems with ``text`` as a new operator login; empty when it is acceptable."""
    field = "login"
    if not text:
        return [Problem.error("login.required", field)]
    problems: list[Problem] = []
    if len(text) < OPERATOR_LOGIN_MIN_LENGTH:
        problems.append(
            Problem.error("login.too_short", field, min_length=OPERATOR_LOGIN_MIN_LENGTH)
        )
    elif len(text) > OPERATOR_LOGIN_MAX_LENGTH:
        problems.append(
            Problem.error("login.too_long", field, max_length=OPERATOR_LOGIN_MAX_LENGTH)
        )
    bad = sorted({char for char in text if char not in _ALLOWED})
    if bad:
        shown = " ".join("␣" if char.isspace() else char for char in bad)
        problems.append(Problem.error("operator_login.characters", field, characters=shown))
    elif not text[0].isalpha():
        problems.append(Problem.error("operator_login.first_letter", field))
    if _RESERVED.search(text):
        problems.append(Problem.error("operator_login.reserved", field))
    elif text in SQL_KEYWORDS:
        problems.append(Problem.error("operator_login.keyword", field))
    return problems


def validate_full_name(text: str) -> list[Problem]:
    """Problems with ``text`` as an operator's full name.

    Required, at most 200 characters, no control or invisible characters.
    """
    stripped = text.strip()
    if not stripped:
        return [Problem.error("operator.full_name_required", "full_name")]
    limit = MAX_LENGTHS["full_name"]
    problems = [
        p for p in validate_text(text, "full_name", "full_name") if p.code != "text.too_long"
    ]
    if len(stripped) > limit:
        too_long = Problem.error("operator.full_name_too_long", "full_name", max_length=limit)
        problems.insert(0, too_long)
    return problems
