"""The automatic check in the database agrees with link_proofs.py, rule by rule."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from models.domain.enums import ProofKind
from models.domain.link_proofs import check_proof, parse_amount
from models.queries.moderation import account_facts, facts_from_json
from tests.moderation.conftest import DemoAccount

AMOUNT_TEXTS = (
    "1234,56",
    "1234.56",
    "1 234.56",
    "1234.5",
    "1.234,56",
    "1234 руб 56 коп",
    "1234 р.",
    "1234 ₽",
    "1 234 руб.",
    "56 коп",
    "1,234",
    "1.234",
    "1,234,56",
    "-5",
    "12.345",
    "1234.567",
    "abc",
    "",
    "  99,9 ",
    "1\u00a0234,00",
    "1'234.10",
    "0",
    "1,234.5",
    "7 рублей",
)


@pytest.mark.parametrize("typed", AMOUNT_TEXTS)
def test_amounts_parse_alike_in_sql_and_python(session: Session, typed: str) -> None:
    in_sql = session.execute(text("SELECT billing.mod_parse_amount(:t)"), {"t": typed}).scalar()
    assert in_sql == parse_amount(typed)


def _sql_check(session: Session, kind: str, typed: str, facts: dict[str, Any]) -> Any:
    return session.execute(
        text("SELECT billing.link_proof_check(:kind, :typed, CAST(:facts AS jsonb))"),
        {"kind": kind, "typed": typed, "facts": _json(facts)},
    ).scalar_one()


def _json(data: dict[str, Any]) -> str:
    import json

    return json.dumps(data)


def _facts_json(session: Session, region_id: int, number: str) -> dict[str, Any]:
    return dict(
        session.execute(
            text("SELECT billing.link_proof_facts(:r, :n)"), {"r": region_id, "n": number}
        ).scalar_one()
    )


def _agree(session: Session, kind: ProofKind, typed: str, facts: dict[str, Any]) -> Any:
    """Both checks on the same facts; returns the SQL outcome after asserting agreement."""
    in_sql = _sql_check(session, kind.value, typed, facts)
    in_python = check_proof(kind, typed, facts_from_json(facts))
    assert in_sql["matched"] == in_python.matched, (kind, typed)
    assert [(p["code"], p["field"], p["params"], p["severity"]) for p in in_sql["problems"]] == [
        (p.code, p.field, dict(p.params), p.severity.value) for p in in_python.problems
    ], (kind, typed)
    return in_sql


def _cases(facts: dict[str, Any]) -> list[tuple[ProofKind, str]]:
    last = Decimal(facts["last_payment_amount"])
    earlier = facts["earlier_payment_amounts"][0]
    meter = facts["meter_serials"][0]
    receipt = facts["receipt_numbers"][0]
    owner = facts["owner_name"]
    return [
        (ProofKind.LAST_PAYMENT_AMOUNT, str(last)),
        (ProofKind.LAST_PAYMENT_AMOUNT, str(last).replace(".", ",") + " руб."),
        (ProofKind.LAST_PAYMENT_AMOUNT, str(last + Decimal("0.01"))),
        (ProofKind.LAST_PAYMENT_AMOUNT, str(last - Decimal("0.01"))),
        (ProofKind.LAST_PAYMENT_AMOUNT, earlier),
        (ProofKind.LAST_PAYMENT_AMOUNT, "сто рублей"),
        (ProofKind.LAST_PAYMENT_AMOUNT, "   "),
        (ProofKind.SURNAME_PREFIX, owner[:3]),
        (ProofKind.SURNAME_PREFIX, owner[:3].upper()),
        (ProofKind.SURNAME_PREFIX, owner.split()[0]),
        (ProofKind.SURNAME_PREFIX, owner[:2]),
        (ProofKind.SURNAME_PREFIX, "Щщщ"),
        (ProofKind.METER_SERIAL, meter),
        (ProofKind.METER_SERIAL, f" {meter.lower()} "),
        (ProofKind.METER_SERIAL, meter[:-1] + str((int(meter[-1]) + 1) % 10)),
        (ProofKind.RECEIPT_NUMBER, receipt),
        (ProofKind.RECEIPT_NUMBER, receipt[1:]),
        (ProofKind.RECEIPT_NUMBER, receipt.lower()),
        (ProofKind.RECEIPT_NUMBER, receipt[:-1] + str((int(receipt[-1]) + 3) % 10)),
    ]


def test_every_rule_agrees_in_the_right_region(session: Session, demo_account: DemoAccount) -> None:
    facts = _facts_json(session, demo_account.region_id, demo_account.number)
    assert facts["account_found"]
    assert facts["region_matches"]
    outcomes = [_agree(session, kind, typed, facts) for kind, typed in _cases(facts)]
    codes = [o["problems"][0]["code"] if o["problems"] else None for o in outcomes]
    assert codes == [
        None,
        None,
        "link_proof.amount_differs",
        "link_proof.amount_differs",
        "link_proof.amount_matches_earlier_payment",
        "link_proof.amount_unparseable",
        "link_proof.value_missing",
        None,
        None,
        None,
        "link_proof.surname_prefix_too_short",
        "link_proof.surname_differs",
        None,
        None,
        "link_proof.meter_unknown",
        None,
        None,
        None,
        "link_proof.receipt_unknown",
    ]
    kopeck = outcomes[2]["problems"][0]["params"]
    assert kopeck["difference"] == "0.01"


def test_every_rule_agrees_in_the_wrong_region(session: Session, demo_account: DemoAccount) -> None:
    facts = _facts_json(session, demo_account.other_region_id, demo_account.number)
    assert facts["account_found"]
    assert not facts["region_matches"]
    for kind, typed in _cases(facts):
        outcome = _agree(session, kind, typed, facts)
        assert not outcome["matched"]
        assert outcome["problems"][0]["code"] == "link_proof.region_differs"


def test_an_unknown_account_agrees(session: Session, demo_account: DemoAccount) -> None:
    facts = _facts_json(session, demo_account.region_id, "99999999999999")
    outcome = _agree(session, ProofKind.SURNAME_PREFIX, "Ива", facts)
    assert outcome["problems"][0]["code"] == "link_proof.account_not_found"


def test_empty_accounts_agree(session: Session) -> None:
    empty = {
        "account_found": True,
        "region_matches": True,
        "account_region": "X",
        "owner_name": None,
        "previous_owner_names": [],
        "last_payment_amount": None,
        "last_payment_date": None,
        "earlier_payment_amounts": [],
        "meter_serials": [],
        "receipt_numbers": [],
    }
    expected = {
        ProofKind.LAST_PAYMENT_AMOUNT: "link_proof.no_payments",
        ProofKind.SURNAME_PREFIX: "link_proof.owner_unknown",
        ProofKind.METER_SERIAL: "link_proof.no_meters",
        ProofKind.RECEIPT_NUMBER: "link_proof.no_bills",
    }
    for kind, code in expected.items():
        outcome = _agree(
            session, kind, "123,45" if kind is ProofKind.LAST_PAYMENT_AMOUNT else "Абв", empty
        )
        assert outcome["problems"][0]["code"] == code


@pytest.mark.parametrize(
    "owner",
    ["Ёлкина Ирина Петровна", "ООО «Ромашка»", "ИП Петров П.П.", "Петрова-Водкина Анна"],
)
def test_owner_names_agree(session: Session, owner: str) -> None:
    facts = {
        "account_found": True,
        "region_matches": True,
        "owner_name": owner,
        "previous_owner_names": ["Сидоров Сидор"],
        "meter_serials": [],
        "receipt_numbers": [],
        "earlier_payment_amounts": [],
    }
    for typed in ("елк", "ЁЛК", "Ром", "пет", "сид", "Ивн", "п-е-т"):
        _agree(session, ProofKind.SURNAME_PREFIX, typed, facts)


def test_surname_of_a_previous_owner_is_recognised(
    session: Session, demo_account: DemoAccount
) -> None:
    previous = session.execute(
        text(
            "SELECT c.last_name FROM billing.account a JOIN billing.customer c"
            " ON c.id = a.customer_id WHERE a.id = :a"
        ),
        {"a": demo_account.account_id},
    ).scalar_one()
    new_owner = session.execute(
        text(
            "SELECT id FROM billing.customer WHERE kind = 'person'"
            " AND left(name_key, 3) <> left(translate(lower(:s), 'ё', 'е'), 3) ORDER BY id LIMIT 1"
        ),
        {"s": previous},
    ).scalar_one()
    session.execute(
        text("UPDATE billing.account SET customer_id = :c WHERE id = :a"),
        {"c": new_owner, "a": demo_account.account_id},
    )
    session.commit()
    facts = account_facts(session, demo_account.region_id, demo_account.number)
    assert facts.previous_owner_names
    check = check_proof(ProofKind.SURNAME_PREFIX, previous[:3], facts)
    assert check.explanation is not None
    assert check.explanation.code == "link_proof.surname_matches_previous_owner"
    _agree(
        session,
        ProofKind.SURNAME_PREFIX,
        previous[:3],
        _facts_json(session, demo_account.region_id, demo_account.number),
    )
