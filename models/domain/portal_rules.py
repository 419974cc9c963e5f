"""Registration rules of the customer portals, and the console operators' password policy.

The portals differ, so their rules are kept per portal in the database
(``billing.portal_rule_set``, seeded by migration 0220, checked there by
``billing.portal_rule_problems``) and applied here from a :class:`PortalRules` read
from it (:func:`registration_problems`), before anything is sent:

* Kamchatskenergo (seed manual 000, the default): a login of at least 8 characters
  without spaces; a password of at least 8 characters with at least one Latin letter
  and one digit; a phone ``+7 XXX XXX XX XX``; the account number plus the unique
  receipt number as the proof.
* Krymenergo (001): the login is the e-mail address, however short; no phone; the
  manual states no password rule.
* Inter RAO (002): a login of letters, digits and other allowed characters (no length
  stated); the phone is optional; one e-mail may serve several logins (its password
  reset asks for the login *and* the e-mail).

The allowed login characters (Latin letters, digits and ``._-@``) and the maximum
login length are this console's choice of a sane subset, for every portal.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.domain.emails import validate_email
from models.domain.phones import validate_phone
from models.domain.problems import Problem

__all__ = [
    "LOGIN_MAX_LENGTH",
    "LOGIN_MIN_LENGTH",
    "OPERATOR_PASSWORD_MIN_LENGTH",
    "PASSWORD_MIN_LENGTH",
    "PortalRules",
    "registration_problems",
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


def validate_login(text: str, min_length: int = LOGIN_MIN_LENGTH) -> list[Problem]:
    """Problems with ``text`` as a new portal login; empty when it is acceptable.

    The login is checked as typed: a leading or trailing space is a space too.
    Several problems may be reported at once (too short and with spaces, say).
    """
    field = "login"
    if not text:
        return [Problem.error("login.required", field)]
    problems: list[Problem] = []
    if len(text) < min_length:
        problems.append(Problem.error("login.too_short", field, min_length=min_length))
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


def validate_password(
    text: str, min_length: int = PASSWORD_MIN_LENGTH, *, latin_and_digit: bool = True
) -> list[Problem]:
    """Problems with ``text`` as a portal user's password; empty when it is acceptable.

    By default (Kamchatskenergo) at least 8 characters, at least one Latin letter and
    one digit; other characters (Cyrillic letters, punctuation, spaces) are allowed.
    """
    if not text:
        return [Problem.error("password.required", "password")]
    if not latin_and_digit:
        if len(text) < min_length:
            return [Problem.error("password.too_short", "password", min_length=min_length)]
        return []
    problems = _password_basics(text, min_length)
    if not _LATIN_LETTER.search(text):
        problems.append(Problem.error("password.no_latin_letter", "password"))
    return problems


@dataclass(frozen=True, slots=True)
class PortalRules:
    """One portal's registration rules, a row of ``billing.portal_rule_set``."""

    code: str
    name: str
    login_min_length: int = LOGIN_MIN_LENGTH
    password_min_length: int = PASSWORD_MIN_LENGTH
    password_needs_latin_and_digit: bool = True
    proof_kinds: tuple[str, ...] = ("receipt_number",)
    login_is_email: bool = False
    """The login is the e-mail address itself (Krymenergo)."""
    email_unique: bool = True
    """False: one e-mail may serve several logins (Inter RAO)."""
    phone_required: bool = True
    sms_code: bool = True
    email_link: bool = True


KAMCHATSKENERGO = PortalRules("kamchatskenergo", "Камчатскэнерго")
"""The supplier's default rule set (also what the database seeds)."""


def registration_problems(
    rules: PortalRules, login: str, email: str, phone: str, password: str | None = None
) -> list[Problem]:
    """What ``rules``' portal refuses in a new login's data (empty: it accepts it).

    The database checks the same (``billing.portal_rule_problems``). ``password`` is
    checked only when given: the customer sets it on the portal. With a portal whose
    login is the e-mail, an empty login stands for the e-mail.
    """
    problems: list[Problem] = []
    if rules.login_is_email:
        if login and login.strip().casefold() != email.strip().casefold():
            problems.append(Problem.error("login.not_email", "login"))
    else:
        problems += validate_login(login, rules.login_min_length)
    problems += [p for p in validate_email(email) if p.is_error]
    if phone.strip() or rules.phone_required:
        problems += [p for p in validate_phone(phone) if p.is_error]
    if password is not None:
        problems += validate_password(
            password,
            rules.password_min_length,
            latin_and_digit=rules.password_needs_latin_and_digit,
        )
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
