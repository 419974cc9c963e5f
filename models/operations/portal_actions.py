"""Portal account actions an operator does for the customer on the phone.

Each action is one call of a ``billing.portal_*`` SECURITY DEFINER function in its own
transaction: the database re-checks the input and the role, compares the portal user's
``version`` (so two operators cannot overwrite each other), records the action and
queues the customer's notification together with the change. Input is checked here
first, as the portal checks it, so a typo is reported next to its field without a
round trip; the database stays unchanged whenever an action is refused.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.changes import Change, announce
from models.domain.emails import normalize_email, validate_email
from models.domain.phones import normalize_phone, validate_phone
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.domain.text import validate_text
from models.operations.call import Refusals, writing

__all__ = [
    "PROBLEM_FIELDS",
    "block",
    "change_email",
    "change_phone",
    "merge",
    "request_merge",
    "request_merge_with_login",
    "resend_confirmation",
    "send_password_reset",
    "unblock",
    "unlink_account",
]

STALE = "portal_user.stale"
PROBLEM_FIELDS: Mapping[str, str | None] = {
    "portal_user.not_found": None,
    "portal_user.blocked": None,
    "portal_user.already_confirmed": None,
    "portal_user.already_blocked": None,
    "portal_user.not_blocked": None,
    "portal_user.reason_required": "reason",
    "portal_user.email_format": "email",
    "portal_user.email_unchanged": "email",
    "portal_user.email_taken": "email",
    "portal_user.phone_format": "phone",
    "portal_user.phone_unchanged": "phone",
    "portal_user.phone_taken": "phone",
    "portal_user.merge_same": "joined",
    "portal_user.merge_other_customer": "joined",
    "merge_request.duplicate": "joined",
    "merge_request.comment_format": "comment",
    "account_link.not_found": "account",
}
"""Refusals of the SQL functions (message code -> form field)."""
REFUSALS = Refusals(PROBLEM_FIELDS, conflicts=frozenset({STALE}))


def _call(
    session: Session,
    function: str,
    params: dict[str, Any],
    *,
    table: str = "portal_user",
    accounts: Sequence[int] = (),
) -> int:
    """Run ``billing.<function>`` in its own transaction; the portal user's new version
    (or the id it returns). The change names the customers of the logins in ``params``
    (read first: a merge removes the joined login) and ``accounts``."""
    names = ", ".join(f":{name}" for name in params)
    logins = [int(params[name]) for name in ("id", "keep", "joined") if name in params]
    with writing(session, REFUSALS):
        customers = session.execute(_CUSTOMERS_OF, {"ids": logins}).scalars().all()
        version = session.execute(text(f"SELECT billing.{function}({names})"), params).scalar_one()
        announce(session, Change.of(table, customers=customers, accounts=accounts))
    return int(version)


_CUSTOMERS_OF = text("SELECT customer_id FROM billing.portal_user WHERE id = ANY(:ids)")


def _reason(reason: str) -> str:
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise ValidationFailed([Problem.error("portal_user.reason_required", "reason")])
    # Whitespace runs (line breaks too) became single spaces; invisible characters stay refused.
    raise_if_errors(validate_text(cleaned, "reason", "reason"))
    return cleaned


def resend_confirmation(session: Session, portal_user_id: int, version: int) -> int:
    """Send the e-mail confirmation link again; returns the new version."""
    return _call(session, "portal_resend_confirmation", {"id": portal_user_id, "v": version})


def send_password_reset(session: Session, portal_user_id: int, version: int) -> int:
    """Send a password reset link; returns the new version."""
    return _call(session, "portal_send_password_reset", {"id": portal_user_id, "v": version})


def block(session: Session, portal_user_id: int, version: int, reason: str) -> int:
    """Block the login with a reason (supervisors only); returns the new version."""
    params = {"id": portal_user_id, "v": version, "reason": _reason(reason)}
    return _call(session, "portal_block", params)


def unblock(session: Session, portal_user_id: int, version: int, reason: str) -> int:
    """Unblock the login with a reason (supervisors only); returns the new version."""
    params = {"id": portal_user_id, "v": version, "reason": _reason(reason)}
    return _call(session, "portal_unblock", params)


def change_email(session: Session, portal_user_id: int, version: int, email: str) -> int:
    """Change the login's e-mail (validated as the portal does, unique)."""
    # The domain rules' problems keep their params ({max_length}, {characters}...).
    problems = [p for p in validate_email(email) if p.is_error]
    address = normalize_email(email)
    if problems or address is None:
        raise ValidationFailed(problems or [Problem.error("portal_user.email_format", "email")])
    params = {"id": portal_user_id, "v": version, "email": address}
    return _call(session, "portal_change_email", params)


def change_phone(session: Session, portal_user_id: int, version: int, phone: str) -> int:
    """Change the login's phone (``+7`` and ten digits, unique among portal users)."""
    errors = [p for p in validate_phone(phone) if p.is_error]
    number = normalize_phone(phone)
    if errors or number is None:
        raise ValidationFailed(errors or [Problem.error("portal_user.phone_format", "phone")])
    params = {"id": portal_user_id, "v": version, "phone": number}
    return _call(session, "portal_change_phone", params)


def unlink_account(session: Session, portal_user_id: int, version: int, account_id: int) -> int:
    """Remove the login's link to an account; returns the new version."""
    params = {"id": portal_user_id, "v": version, "account": account_id}
    return _call(
        session, "portal_unlink_account", params, table="account_link", accounts=[account_id]
    )


def merge(
    session: Session, keep_id: int, keep_version: int, joined_id: int, joined_version: int
) -> int:
    """Join one login of a customer into another (supervisors only).

    The joined login is removed and its account links move over, as the portal's own
    merge does. Returns the kept login's new version.
    """
    params = {"keep": keep_id, "kv": keep_version, "joined": joined_id, "jv": joined_version}
    return _call(session, "portal_merge", params)


def request_merge(
    session: Session,
    keep_id: int,
    keep_version: int,
    joined_id: int,
    joined_version: int,
    comment: str = "",
) -> int:
    """Ask a supervisor to join one login into another (agents and supervisors).

    For logins of different customers (or an agent, who may not merge): a merge request
    the moderation tab's supervisors approve or reject; the logins are merged only on
    approval. Asking again for a pair that waits gives the same request. Returns its id.
    """
    note = " ".join(comment.split())
    raise_if_errors(validate_text(note, "comment", "comment"))
    params = {
        "keep": keep_id,
        "kv": keep_version,
        "joined": joined_id,
        "jv": joined_version,
        "comment": note,
    }
    return _call(session, "request_portal_merge", params, table="merge_request")


def request_merge_with_login(
    session: Session, keep_id: int, keep_version: int, joined_login: str, comment: str = ""
) -> int:
    """:func:`request_merge` for the login the caller names (any customer's); the request's id."""
    typed = joined_login.strip()
    if not typed:
        raise ValidationFailed([Problem.error("portal_user.login_required", "joined")])
    with session.begin():
        row = session.execute(
            text("SELECT id, version FROM billing.portal_user WHERE login_key = lower(:login)"),
            {"login": typed},
        ).first()
    if row is None:
        raise ValidationFailed([Problem.error("portal_user.login_unknown", "joined")])
    return request_merge(session, keep_id, keep_version, int(row.id), int(row.version), comment)
