"""Registration rules of the customer portal, and the console operators' password policy.

The portal manuals state: a login of at least 8 characters without spaces; a password
of at least 8 characters with at least one Latin letter and one digit. An operator who
registers a customer by phone must meet the same rules, so the console checks them
before sending anything. The allowed login characters (Latin letters, digits and
``._-@``) and the maximum login length are this console's choice of a sane subset.
"""

from __future__ import annotations

import re

from models.domain.problems import Problem

__all__ = [
    "LOGIN_MAX_LENGTH",
    "LOGIN_MIN_LENGTH",
    "OPERATOR_PASSWORD_MIN_LENGTH",
    "PASSWORD_MIN_LENGTH",
    "validate_login",
    "validate_operator_password",
    "validate_password",
]

LOGIN_MIN_LENGTH = 8
LOGIN_MAX_LENGTH = 64
PASSWORD_MIN_LENGTH = 8
OPERATOR_PASSWORD_MIN_LENGTH = 12

_LOGIN_ALLOWED = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-@")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_DIGIT = re.compile(r"[0-9]")


def validate_login(text: str) -> list[Problem]:
    """Problems with ``text`` as a new portal login; empty when it is acceptable.

    The login is checked as typed: a leading or trailing space is a space too.
    Several problems may be reported at once (too short and with spaces, say).
    """
    field = "login"
    if not text:
        return [Problem.error("login.required", field)]
    problems: list[Problem] = []
    if len(text) < LOGIN_MIN_LENGTH:
        problems.append(Problem.error("login.too_short", field, min_length=LOGIN_MIN_LENGTH))
    elif len(text) > LOGIN_MAX_LENGTH:
        problems.append(Problem.error("login.too_long", field, max_length=LOGIN_MAX_LENGTH))
    if any(char.isspace() for char in text):
        problems.append(Problem.error("login.spaces", field))
    bad = sorted({char for char in text if char not in _LOGIN_ALLOWED and not char.isspace()})
    if bad:
        problems.append(Problem.error("login.characters", field, characters=" ".join(bad)))
    return problems


def _password_basics(password: str, min_length: int) -> list[Problem]:
    field = "password"
    if not password:
        return [Problem.error("password.required", field)]
    problems: list[Problem] = []
    if len(password) < min_length:
        problems.append(Problem.error("password.too_short", field, min_length=min_length))
    if not _DIGIT.search(password):
        problems.append(Problem.error("password.no_digit", field))
    return problems


def validate_password(text: str) -> list[Problem]:
    """Problems with ``text`` as a portal user's password; empty when it is acceptable.

    At least 8 characters, at least one Latin letter and one digit; other characters
    (Cyrillic letters, punctuation, spaces) are allowed.
    """
    problems = _password_basics(text, PASSWORD_MIN_LENGTH)
    if text and not _LATIN_LETTER.search(text):
        problems.append(Problem.error("password.no_latin_letter", "password"))
    return problems


def validate_operator_password(password: str, login: str) -> list[Problem]:
    """Problems with ``password`` as the console password of the operator ``login``.

    Stricter than the portal: at least 12 characters with an upper-case letter, a
    lower-case letter and a digit (letters of any alphabet), and the login must not
    appear in it, whatever the case.
    """
    problems = _password_basics(password, OPERATOR_PASSWORD_MIN_LENGTH)
    if not password:
        return problems
    if not any(char.isupper() for char in password):
        problems.append(Problem.error("password.no_uppercase", "password"))
    if not any(char.islower() for char in password):
        problems.append(Problem.error("password.no_lowercase", "password"))
    login_key = login.strip().casefold()
    if login_key and login_key in password.casefold():
        problems.append(Problem.error("password.contains_login", "password"))
    return problems
