"""Link requests an agent makes, edits or cancels for the caller, and the portal's codes.

Linking runs ``billing.create_link_request``: the same automatic check the portal runs,
so a right proof links the account at once and anything else becomes a numbered request
for a supervisor; the customer is told by e-mail and SMS in the same transaction. The
agent learns only whether the proof matched, never what billing holds (the owner's
name, the amounts), so a caller cannot fish for them. Editing re-runs the check;
cancelling needs a reason. Each call is one transaction of one SECURITY DEFINER
function, which re-checks the input, the role and the request's version.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from models.changes import Change
from models.domain.emails import normalize_email
from models.domain.enums import ProofKind
from models.domain.link_proofs import parse_amount
from models.domain.phones import normalize_phone
from models.domain.portal_rules import KAMCHATSKENERGO, registration_problems
from models.domain.problems import Problem, ValidationFailed, raise_if_errors
from models.domain.text import validate_text
from models.operations.call import Refusals, writing
from models.operations.portal_actions import PROBLEM_FIELDS as PORTAL_FIELDS
from models.operations.portal_actions import STALE
from models.queries.portal_rules import rules_for

__all__ = [
    "PROBLEM_FIELDS",
    "LinkOutcome",
    "cancel_request",
    "edit_request",
    "link_account",
    "register_login",
    "send_code",
]

PROBLEM_FIELDS: Mapping[str, str | None] = {
    "link_request.portal_user_not_found": None,
    "link_request.portal_user_inactive": None,
    "link_request.region_required": "region",
    "link_request.account_number_required": "account_number",
    "link_request.proof_kind": "proof_kind",
    "link_request.proof_required": "proof_value",
    "link_request.already_linked": "account_number",
    "link_request.duplicate": "account_number",
    "link_request.reason_required": "reason",
    "link_request.reason_format": "reason",
    "moderation.not_found": None,
    "moderation.already_decided": None,
    "moderation.claimed_by_other": None,
    "portal_code.purpose": None,
    "registration.no_rules": None,
    "registration.login_too_short": "login",
    "registration.login_spaces": "login",
    "registration.login_format": "login",
    "registration.login_taken": "login",
    "registration.proof_failed": "receipt_number",
    "registration.proof_kind": "receipt_number",
    "registration.login_not_email": "login",
    "registration.phone_required": "phone",
    "registration.password_too_short": "password",
    "registration.password_latin_and_digit": "password",
    "portal_user.no_phone": None,
    **PORTAL_FIELDS,
}
"""Refusals of the SQL functions (message code -> form field)."""

_STALE = frozenset({STALE, "moderation.stale"})


@dataclass(frozen=True, slots=True)
class LinkOutcome:
    """What the check decided: linked at once, or a numbered request for a supervisor."""

    id: int
    number: int
    account_number: str
    status: str
    """``auto_approved`` (linked now), ``pending`` (waits for a supervisor) or ``cancelled``."""
    version: int

    @property
    def linked(self) -> bool:
        """The account is linked to the login now."""
        return self.status in ("auto_approved", "approved")


REFUSALS = Refusals(PROBLEM_FIELDS, conflicts=_STALE, conflict_detail=STALE)
"""Refusals of the link functions; every «changed meanwhile» reads as one sentence."""


def _run(session: Session, sql: str, params: dict[str, Any], table: str = "link_request") -> Any:
    """One call in its own transaction; the change names ``table`` (the database's
    announcement names the accounts and customers too)."""
    with writing(session, REFUSALS, changes=(Change.of(table),)):
        return session.execute(text(sql), params).one()


def _checked(region_id: int | None, account_number: str, kind: str, value: str) -> dict[str, Any]:
    """The form's values as the portal checks them before asking the database."""
    problems: list[Problem] = []
    number = "".join(account_number.split()).replace("-", "")
    if region_id is None:
        problems.append(Problem.error("link_request.region_required", "region"))
    if not number:
        problems.append(Problem.error("link_request.account_number_required", "account_number"))
    if kind not in {k.value for k in ProofKind}:
        problems.append(Problem.error("link_request.proof_kind", "proof_kind"))
    cleaned = " ".join(value.split())
    if not cleaned:
        problems.append(Problem.error("link_request.proof_required", "proof_value"))
    elif kind == ProofKind.LAST_PAYMENT_AMOUNT and parse_amount(cleaned) is None:
        problems.append(Problem.error("link_request.amount_format", "proof_value"))
    else:
        problems += [p for p in validate_text(cleaned, "proof_value", "proof_value") if p.is_error]
    raise_if_errors(problems)
    return {"region": region_id, "number": number, "kind": kind, "value": cleaned}


def _outcome(row: Any) -> LinkOutcome:
    return LinkOutcome(row.id, row.number, row.account_number, row.status, row.version)


_COLUMNS = "id, number, account_number, status, version"


def link_account(
    session: Session,
    portal_user_id: int,
    region_id: int | None,
    account_number: str,
    proof_kind: str,
    proof_value: str,
) -> LinkOutcome:
    """Ask to link an account to the caller's login with one proof; linked or a request."""
    params = _checked(region_id, account_number, proof_kind, proof_value)
    row = _run(
        session,
        f"SELECT {_COLUMNS} FROM billing.create_link_request(:user, :region, :number, :kind,"
        " :value)",
        {"user": portal_user_id, **params},
    )
    return _outcome(row)


def edit_request(
    session: Session,
    request_id: int,
    version: int,
    region_id: int | None,
    account_number: str,
    proof_kind: str,
    proof_value: str,
) -> LinkOutcome:
    """Correct a waiting request as the caller says; the check runs again."""
    params = _checked(region_id, account_number, proof_kind, proof_value)
    row = _run(
        session,
        f"SELECT {_COLUMNS} FROM billing.edit_link_request(:id, :version, :region, :number,"
        " :kind, :value)",
        {"id": request_id, "version": version, **params},
    )
    return _outcome(row)


def cancel_request(session: Session, request_id: int, version: int, reason: str) -> LinkOutcome:
    """Withdraw a waiting request at the caller's word, with the reason they give."""
    cleaned = " ".join(reason.split())
    if not cleaned:
        raise ValidationFailed([Problem.error("link_request.reason_required", "reason")])
    raise_if_errors(validate_text(cleaned, "reason", "reason"))
    row = _run(
        session,
        f"SELECT {_COLUMNS} FROM billing.cancel_link_request(:id, :version, :reason)",
        {"id": request_id, "version": version, "reason": cleaned},
    )
    return _outcome(row)


def send_code(session: Session, portal_user_id: int, version: int, purpose: str = "login") -> int:
    """Send the login a new one-time code by SMS (earlier ones stop working); new version."""
    row = _run(
        session,
        "SELECT billing.portal_send_code(:id, :version, :purpose) AS version",
        {"id": portal_user_id, "version": version, "purpose": purpose},
        "portal_user",
    )
    return int(row.version)


def register_login(
    session: Session,
    region_id: int | None,
    account_number: str,
    receipt_number: str,
    login: str,
    email: str,
    phone: str,
    *,
    rule_set: str | None = None,
    proof_kind: str | None = None,
) -> int:
    """Register a portal login for a caller who cannot do it themselves; its id.

    The rule set ``rule_set`` applies, else the region's, else the supplier's default
    (Kamchatskenergo's: a login of 8+ characters, the phone ``+7 XXX XXX XX XX``, the
    account number plus a unique receipt number as the proof); ``receipt_number`` is
    the proof's value, of ``proof_kind`` (by default the rule set's first kind). The
    login sees the account at once but works only after the customer follows the
    e-mail link (where they set their password) and, where the portal sends one, types
    the SMS code.
    """
    with session.begin():
        rules = rules_for(session, rule_set, region_id) or KAMCHATSKENERGO
    problems = [p for p in registration_problems(rules, login, email, phone) if p.is_error]
    if region_id is None:
        problems.append(Problem.error("link_request.region_required", "region"))
    number = "".join(account_number.split()).replace("-", "")
    if not number:
        problems.append(Problem.error("link_request.account_number_required", "account_number"))
    receipt = " ".join(receipt_number.split())
    if not receipt:
        problems.append(Problem.error("link_request.proof_required", "receipt_number"))
    raise_if_errors(problems)
    row = _run(
        session,
        "SELECT billing.register_portal_login(:region, :number, :receipt, :login, :email,"
        " :phone, :rule_set, :proof_kind) AS id",
        {
            "region": region_id,
            "number": number,
            "receipt": receipt,
            "login": login,
            "email": normalize_email(email),
            "phone": normalize_phone(phone) if phone.strip() else None,
            "rule_set": rules.code,
            "proof_kind": proof_kind,
        },
        "portal_user",
    )
    return int(row.id)
