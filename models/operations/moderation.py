"""Moderation decisions as named operations over the ``billing`` SQL functions.

Each operation is one transaction calling one SECURITY DEFINER function: the database
re-runs the automatic check, compares the item's version (a decision made by someone
else meanwhile raises :class:`~models.operations.call.Conflict`, never overwrites), records the
operator as ``session_user`` and queues the customer's notification with the change.
Refusals come back as :class:`~models.domain.problems.ValidationFailed` with problem codes
whose sentences are in ``console/problem_texts/moderation.py``.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import RowMapping, text
from sqlalchemy.orm import Session

from models.changes import Change, announce
from models.domain.identifiers import (
    OGRNIP_LENGTH,
    compact,
    validate_inn,
    validate_kpp,
    validate_ogrn,
    validate_ogrnip,
)
from models.domain.organisation_types import ORGANISATION_TYPES, inn_kind_of, is_entrepreneur
from models.domain.problems import Problem, raise_if_errors
from models.domain.text import validate_text
from models.operations.call import Refusals, writing
from models.queries.moderation import Queue

__all__ = [
    "DEFAULT_CLAIM_MINUTES",
    "PROBLEM_FIELDS",
    "STALE",
    "Claim",
    "Decision",
    "LinkRequestState",
    "RegistrationData",
    "claim_next",
    "create_link_request",
    "decide",
    "edit_link_request",
    "edit_registration",
    "registration_problems",
    "release",
    "resend_notification",
]

STALE = "moderation.stale"
DEFAULT_CLAIM_MINUTES = 15
PROBLEM_FIELDS: Mapping[str, str | None] = {
    "moderation.not_found": None,
    "moderation.already_decided": None,
    "moderation.claimed_by_other": None,
    "moderation.account_not_found": None,
    "moderation.reason_required": "reason",
    "moderation.comment_required": "comment",
    "registration.organisation_type": "organisation_type",
    "registration.inn_kind": "inn",
    "registration.ogrn_kind": "ogrn",
    "registration.kpp_entrepreneur": "kpp",
    "registration.branch_required": "customer",
    "registration.customer_not_organisation": "customer",
    "registration.customer_inn_differs": "customer",
    "registration.customer_kpp_differs": "customer",
    "registration.customer_not_account_owner": "customer",
    "merge_request.*": None,
    "registration.*": None,
    "link_request.portal_user_not_found": None,
    "link_request.portal_user_inactive": None,
    "link_request.region_required": "region",
    "link_request.account_number_required": "account_number",
    "link_request.proof_kind": "proof_kind",
    "link_request.proof_required": "proof_value",
    "link_request.already_linked": "account_number",
    "link_request.duplicate": "account_number",
    "notification.not_found": None,
    "notification.not_resendable": None,
}
"""Refusals of the SQL functions (message code -> form field)."""
REFUSALS = Refusals(PROBLEM_FIELDS, conflicts=frozenset({STALE}))


@dataclass(frozen=True, slots=True)
class Claim:
    """The item a supervisor now holds, and the version to decide against."""

    queue: Queue
    id: int
    version: int


@dataclass(frozen=True, slots=True)
class LinkRequestState:
    """A link request after an operation: its status and the failed check, if any."""

    id: int
    number: int
    version: int
    status: str
    check_code: str | None
    check_details: Mapping[str, str]


@dataclass(frozen=True, slots=True)
class Decision:
    """What a decision changed: the item's new status and version."""

    queue: Queue
    id: int
    version: int
    status: str
    reason: str | None


def _run(
    session: Session,
    sql: str,
    params: dict[str, Any],
    queue: Queue | None,
    item_id: int | None = None,
) -> Any:
    """Run one function call in its own transaction, mapping refusals to problems; the
    change names ``queue`` and its item: ``item_id``, or the ``id`` (``item_id``) the
    call returned (the database's announcement names the customers too)."""
    with writing(session, REFUSALS):
        rows = session.execute(text(sql), params).mappings().all()
        if queue is not None:
            items = [item_id] if item_id is not None else [_returned_id(row) for row in rows]
            announce(session, Change.of(queue.value, items=items))
        return rows


def _returned_id(row: RowMapping) -> int | None:
    value = row.get("id", row.get("item_id"))
    return None if value is None else int(value)


def _link_state(row: Mapping[str, Any]) -> LinkRequestState:
    return LinkRequestState(
        id=row["id"],
        number=row["number"],
        version=row["version"],
        status=row["status"],
        check_code=row["check_code"],
        check_details=dict(row["check_details"] or {}),
    )


def _link_request_text(account_number: str, proof_value: str) -> list[Problem]:
    """Length and characters of what a link request stores (the database checks them too)."""
    return [
        *validate_text(account_number, "account_number", "account_number"),
        *validate_text(proof_value, "proof_value", "proof_value"),
    ]


def create_link_request(
    session: Session,
    portal_user_id: int,
    region_id: int,
    account_number: str,
    proof_kind: str,
    proof_value: str,
) -> LinkRequestState:
    """A request made on the customer's behalf; linked at once when the proof matches."""
    raise_if_errors(_link_request_text(account_number, proof_value))
    rows = _run(
        session,
        "SELECT * FROM billing.create_link_request(:user, :region, :number, :kind, :value)",
        {
            "user": portal_user_id,
            "region": region_id,
            "number": account_number,
            "kind": proof_kind,
            "value": proof_value,
        },
        Queue.LINK_REQUESTS,
    )
    return _link_state(rows[0])


def edit_link_request(
    session: Session,
    request_id: int,
    version: int,
    region_id: int,
    account_number: str,
    proof_kind: str,
    proof_value: str,
) -> LinkRequestState:
    """Correct a waiting request's data; the automatic check runs again."""
    raise_if_errors(_link_request_text(account_number, proof_value))
    rows = _run(
        session,
        "SELECT * FROM billing.edit_link_request(:id, :version, :region, :number, :kind, :value)",
        {
            "id": request_id,
            "version": version,
            "region": region_id,
            "number": account_number,
            "kind": proof_kind,
            "value": proof_value,
        },
        Queue.LINK_REQUESTS,
    )
    return _link_state(rows[0])


def claim_next(
    session: Session, queue: Queue, minutes: int = DEFAULT_CLAIM_MINUTES
) -> Claim | None:
    """Claim the oldest unclaimed item of ``queue`` (None when the queue is empty)."""
    rows = _run(
        session,
        "SELECT item_id, item_version FROM billing.moderation_claim_next(:queue, :minutes)",
        {"queue": queue.value, "minutes": minutes},
        queue,
    )
    if not rows:
        return None
    return Claim(queue, int(rows[0]["item_id"]), int(rows[0]["item_version"]))


def release(session: Session, queue: Queue, item_id: int, version: int) -> int:
    """Return a claimed item to the queue; its new version."""
    rows = _run(
        session,
        "SELECT billing.moderation_release(:queue, :id, :version) AS version",
        {"queue": queue.value, "id": item_id, "version": version},
        queue,
        item_id,
    )
    return int(rows[0]["version"])


def decide(
    session: Session,
    queue: Queue,
    item_id: int,
    version: int,
    *,
    approve: bool,
    reason_code: str | None = None,
    comment: str = "",
    customer_id: int | None = None,
) -> Decision:
    """Approve, or reject with a reason from the list (plus free text); notifies the customer.

    ``customer_id`` is, for an organisation's registration, the branch the supervisor
    chose among the customers with its INN (the database checks the INN and the KPP);
    without it the approval takes the only customer that fits, and refuses when several
    do (``registration.branch_required``). A merge request's approval merges the logins.
    """
    raise_if_errors(validate_text(comment, "comment", "comment"))
    params: dict[str, Any] = {
        "id": item_id,
        "version": version,
        "approve": approve,
        "reason": reason_code,
        "comment": comment,
    }
    arguments = ":id, :version, :approve, :reason, :comment"
    if queue is Queue.REGISTRATIONS:
        arguments += ", :customer"
        params["customer"] = customer_id
    function = {
        Queue.LINK_REQUESTS: "decide_link_request",
        Queue.REGISTRATIONS: "decide_registration_review",
        Queue.MERGES: "decide_merge_request",
    }[queue]
    rows = _run(
        session,
        f"SELECT id, version, status, reason FROM billing.{function}({arguments})",
        params,
        queue,
        item_id,
    )
    row = rows[0]
    return Decision(queue, row["id"], row["version"], row["status"], row["reason"])


MAX_CONTRACT_NUMBERS = 20
"""The most contract numbers one registration lists (the database checks the same)."""


@dataclass(frozen=True, slots=True)
class RegistrationData:
    """An organisation's registration data as the supervisor corrects it."""

    organisation_type: str
    """One of :data:`~models.domain.organisation_types.ORGANISATION_TYPES`."""
    organisation_name: str
    inn: str
    kpp: str
    ogrn: str
    """The OGRN, or an individual entrepreneur's OGRNIP."""
    contract_numbers: tuple[str, ...] = ()


def registration_problems(data: RegistrationData) -> list[Problem]:
    """What is wrong with an organisation's corrected registration data (empty: valid).

    The type must be a known one and the numbers must fit it: an individual
    entrepreneur has a 12-digit INN, an OGRNIP and no KPP, an organisation a 10-digit
    INN and an OGRN. The name and the INN are required; a KPP and an OGRN or OGRNIP are
    checked when given. Whitespace inside the numbers is ignored.
    """
    problems: list[Problem] = []
    known = data.organisation_type.strip() in ORGANISATION_TYPES
    if not known:
        problems.append(Problem.error("registration.organisation_type", "organisation_type"))
    if not data.organisation_name.strip():
        problems.append(Problem.error("registration.name_required", "organisation_name"))
    problems += validate_text(data.organisation_name, "organisation_name", "organisation_name")
    if len(data.contract_numbers) > MAX_CONTRACT_NUMBERS:
        problems.append(
            Problem.error(
                "registration.too_many_contracts", "contract_numbers", max=MAX_CONTRACT_NUMBERS
            )
        )
    for number in data.contract_numbers:
        problems += validate_text(number, "contract_numbers", "contract_number")
    entrepreneur = is_entrepreneur(data.organisation_type)
    problems += validate_inn(data.inn, inn_kind_of(data.organisation_type) if known else None)
    if compact(data.kpp):
        problems += (
            [Problem.error("registration.kpp_entrepreneur", "kpp")]
            if entrepreneur
            else validate_kpp(data.kpp)
        )
    number = compact(data.ogrn)
    if number:
        if not known:  # judge by the number itself
            entrepreneur = len(number) == OGRNIP_LENGTH or number.startswith("3")
        problems += validate_ogrnip(number, field="ogrn") if entrepreneur else validate_ogrn(number)
    return problems


def edit_registration(
    session: Session, review_id: int, version: int, data: RegistrationData
) -> int:
    """Correct an organisation's registration data, its type included; the new version.

    The data is checked (:func:`registration_problems`) before the database is touched:
    :class:`~models.domain.problems.ValidationFailed` when it is wrong. A review changed by
    someone else meanwhile raises :class:`~models.operations.call.Conflict`.
    """
    raise_if_errors(registration_problems(data))
    rows = _run(
        session,
        "SELECT version FROM billing.edit_registration_review"
        "(:id, :version, :type, :name, :inn, :kpp, :ogrn, :contracts)",
        {
            "id": review_id,
            "version": version,
            "type": data.organisation_type.strip(),
            "name": data.organisation_name,
            "inn": data.inn,
            "kpp": data.kpp,
            "ogrn": data.ogrn,
            "contracts": list(data.contract_numbers),
        },
        Queue.REGISTRATIONS,
        review_id,
    )
    return int(rows[0]["version"])


def resend_notification(session: Session, notification_id: int) -> str:
    """Queue a failed or dead message again (a fresh series of tries); its new status."""
    rows = _run(
        session,
        "SELECT status FROM billing.notification_resend(:id)",
        {"id": notification_id},
        None,
    )
    return str(rows[0]["status"])
