"""A wrong reading is corrected by a new one (supervisor), re-forming its bill."""

from __future__ import annotations

import uuid
from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from console.services.readings import correct_reading, load_correction_target
from console.tasks import Conflict, ErrorKind, classify_error
from models.domain.problems import ValidationFailed
from models.queries.readings import load_history
from tests.readings.conftest import OperatorFactory
from tests.readings.helpers import confirm

VALUES = {"T1": "13400", "T2": "13990", "T3": "15200"}


def test_a_supervisor_correction_forms_a_correction_bill_with_the_difference(
    operator: OperatorFactory,
) -> None:
    _, agent = operator("billing_agent")
    supervisor_name, supervisor = operator("billing_supervisor")
    with agent() as session:
        done = confirm(session, 1, VALUES)
    with supervisor() as session:
        target = load_correction_target(session, done.reading_ids["T1"])
        assert target is not None
        # T1 was 48 kWh (516,37); the customer actually read 13 380: 28 kWh.
        fixed = correct_reading(
            session, target, Decimal(13380), "Абонент продиктовал ошибочно", uuid.uuid4()
        )
        # 28 x 10,7578 = 301,2184 -> 301,22; difference 301,22 - 516,37 = -215,15.
        assert fixed.amount == Decimal("-215.15")
        assert fixed.supplementary  # it names the bill it corrects
        bill = session.execute(
            text("SELECT corrects_bill_id, formed_by, receipt_number FROM bill WHERE id = :b"),
            {"b": fixed.bill_id},
        ).one()
        assert bill.corrects_bill_id == done.bill_id
        assert bill.formed_by == supervisor_name
        lines = session.execute(
            text(
                "SELECT kind, quantity, amount, description FROM bill_line WHERE bill_id = :b ORDER BY id"
            ),
            {"b": fixed.bill_id},
        ).all()
        assert [(k, q, a) for k, q, a, _d in lines] == [
            ("correction", Decimal("48.000"), Decimal("-516.37")),
            ("electricity", Decimal("28.000"), Decimal("301.22")),
        ]
        assert lines[0].description == "Сторно: Электроэнергия, пик"
        history = {row.id: row for row in load_history(session, 1, since=date(2026, 11, 1))}
        new = history[fixed.reading_ids["T1"]]
        assert new.corrects_id == done.reading_ids["T1"]
        assert new.reason == "Абонент продиктовал ошибочно"
        assert history[done.reading_ids["T1"]].superseded
        assert new.receipt_number == bill.receipt_number


def test_an_agent_may_not_correct(operator: OperatorFactory) -> None:
    _, agent = operator("billing_agent")
    with agent() as session:
        done = confirm(session, 1, VALUES)
        target = load_correction_target(session, done.reading_ids["T1"])
        assert target is not None
        with pytest.raises(DBAPIError) as raised:
            correct_reading(session, target, Decimal(13380), "ошибка", uuid.uuid4())
    assert classify_error(raised.value).kind is ErrorKind.PERMISSION


def test_a_correction_needs_a_reason_and_the_latest_reading(operator: OperatorFactory) -> None:
    _, agent = operator("billing_agent")
    _, supervisor = operator("billing_supervisor")
    with agent() as session:
        done = confirm(session, 1, VALUES)
    with supervisor() as session:
        target = load_correction_target(session, done.reading_ids["T1"])
        assert target is not None
        with pytest.raises(ValidationFailed) as no_reason:
            correct_reading(session, target, Decimal(13380), "  ", uuid.uuid4())
        assert no_reason.value.problems[0].code == "reading.reason_required"
        older = load_correction_target(session, 25)  # 25.10.2026, before the new one
        assert older is not None
        with pytest.raises(ValidationFailed) as not_latest:
            correct_reading(session, older, Decimal(13350), "ошибка", uuid.uuid4())
        assert not_latest.value.problems[0].code == "reading.correction_not_latest"
        correct_reading(session, target, Decimal(13380), "ошибка", uuid.uuid4())
        with pytest.raises(Conflict):  # the same reading a second time (a stale form)
            correct_reading(session, target, Decimal(13390), "ошибка", uuid.uuid4())
