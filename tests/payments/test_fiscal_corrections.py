"""Correction cheques, the supplier's cheque settings and the cashier's INN on every task,
against the register emulator (real local HTTP) and a real PostgreSQL."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from console.fiscal.emulator import RegisterEmulator
from console.printing.receipt import render_receipt
from console.services import fiscal
from console.services import payments as service
from console.services.documents import receipt_document
from models.domain.problems import ValidationFailed
from models.fiscal.atol import AtolWebServer, cheque_task
from models.fiscal.register import Cheque, ChequeKind, CorrectionType, FiscalResult
from models.operations.call import call_value
from tests.conftest import PgServer
from tests.payments.conftest import PASSWORD, OperatorSessions
from tests.payments.test_fiscal import (
    CASHIER_INN,
    CASHIER_NAME,
    _account_number,
    _take,
    cashier,
    register,
)
from tests.printing.pdf_reading import all_text

__all__ = ["cashier", "register"]  # fixtures shared with test_fiscal

BASE_DATE = date(2026, 11, 20)
"""Before the demo's business date (2026-11-23) and the wall clock's."""


def _request(account_id: int, **changes: object) -> fiscal.CorrectionRequest:
    values: dict[str, object] = {
        "key": uuid.uuid4(),
        "kind": ChequeKind.SELL_CORRECTION,
        "correction_type": CorrectionType.SELF,
        "base_date": BASE_DATE,
        "base_number": "17",
        "reason": "Оплата принята без чека: касса была неисправна",
        "amount": Decimal("1500.00"),
        "method": "cash",
        "account_id": account_id,
        "payment_id": None,
    }
    values.update(changes)
    return fiscal.CorrectionRequest(**values)


def _count(engine: Engine, sql: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(sql)).scalar_one())


def test_every_register_task_carries_the_cashiers_name_and_inn(
    cashier: sessionmaker[Session], register: RegisterEmulator, engine: Engine
) -> None:
    account_id, _ = _account_number(engine)
    driver = AtolWebServer(register.url, wait=2, poll_every=0.05)
    with cashier() as session:
        me = fiscal.me_as_cashier(session)
        assert (me.full_name, me.inn) == (CASHIER_NAME, CASHIER_INN)
        service.open_shift(session, Decimal("0"))
        fiscal.open_register_shift(driver, me)
        fiscal.x_report(driver, me)
        payment_id = _take(session, account_id, "10.00")
        assert fiscal.fiscalise(session, driver, payment_id).is_done
        fiscal.close_register_shift(driver, me)
    expected = {"name": CASHIER_NAME, "vatin": CASHIER_INN}
    kinds = [d["type"] for d in register.documents()]
    assert kinds == ["openShift", "reportX", "sell", "closeShift"]
    assert all(d["task"]["operator"] == expected for d in register.documents())


def test_whoami_answers_the_inn_and_every_group_can_still_ask(
    operator: OperatorSessions, engine: Engine
) -> None:
    for group in ("billing_agent", "billing_cashier", "billing_supervisor", "billing_admin"):
        with operator(group)() as session:
            row = session.execute(
                text(
                    "SELECT login, full_name, group_name, password_expires_at, inn"
                    " FROM billing.whoami()"
                )
            ).one()
            assert row.group_name == group.removeprefix("billing_")
            assert row.inn is None  # no registry row: no INN


def test_a_supervisors_correction_is_recorded_once_and_printed_with_its_attributes(
    operator: OperatorSessions, register: RegisterEmulator, engine: Engine
) -> None:
    account_id, number = _account_number(engine)
    audited_before = _count(
        engine, "SELECT count(*) FROM billing.audit_log WHERE table_name = 'fiscal_correction'"
    )
    supervisor = operator("billing_supervisor")
    request = _request(account_id)
    with supervisor() as session:
        created = fiscal.create_correction(session, request)
        assert (created.status, created.kind, created.correction_type) == (
            "pending",
            "sellCorrection",
            "self",
        )
        assert created.key == request.key
        # The same key (a double press, a retry after a lost answer): the same row.
        assert fiscal.create_correction(session, request).id == created.id
        with pytest.raises(ValidationFailed) as reused:
            fiscal.create_correction(
                session, _request(account_id, key=request.key, amount=Decimal("1.00"))
            )
        assert [p.code for p in reused.value.problems] == ["fiscal_correction.key_reused"]
        driver = AtolWebServer(register.url, wait=2, poll_every=0.05)
        done = fiscal.fiscalise_correction(session, driver, created.id)
        again = fiscal.fiscalise_correction(session, driver, created.id)
    assert _count(engine, "SELECT count(*) FROM billing.fiscal_correction") == 1
    assert done.is_done
    assert again.fd_number == done.fd_number
    (printed,) = register.documents("sellCorrection")
    task = printed["task"]
    assert task["correctionType"] == "self"
    assert task["correctionBaseDate"] == "2026.11.20"
    assert task["correctionBaseNumber"] == "17"
    assert task["total"] == 1500.0
    assert task["payments"] == [{"type": "cash", "sum": 1500.0}]
    assert task["items"][0]["name"] == f"Электроэнергия, л/с № {number}, период 11.2026"
    assert (done.fn_number, done.fd_number, done.fiscal_sign) == (
        register.state["fn"],
        printed["fd"],
        printed["fp"],
    )
    assert done.qr_text is not None
    assert done.qr_text.endswith("&n=1")
    assert (
        _count(
            engine,
            "SELECT count(*) FROM billing.audit_log WHERE table_name = 'fiscal_correction'",
        )
        >= audited_before + 2  # recorded, then printed
    )


def test_a_refund_correction_by_order_needs_the_orders_number(
    operator: OperatorSessions, register: RegisterEmulator, engine: Engine
) -> None:
    account_id, _ = _account_number(engine)
    with operator("billing_supervisor")() as session:
        with pytest.raises(ValidationFailed) as refused:
            fiscal.create_correction(
                session,
                _request(
                    account_id,
                    kind=ChequeKind.SELL_REFUND_CORRECTION,
                    correction_type=CorrectionType.INSTRUCTION,
                    base_number=" ",
                ),
            )
        assert [(p.code, p.field) for p in refused.value.problems] == [
            ("fiscal_correction.base_number_required", "base_number")
        ]
        # The database checks the same without the console's help.
        with pytest.raises(ValidationFailed) as database:
            call_value(
                session,
                "SELECT billing.create_fiscal_correction(gen_random_uuid(),"
                " 'sellReturnCorrection', 'instruction', DATE '2026-11-20', NULL, 'ошибка',"
                " 10, 'card', :account, NULL)",
                {"account": account_id},
                refusals=fiscal.REFUSALS,
            )
        assert [p.code for p in database.value.problems] == [
            "fiscal_correction.base_number_required"
        ]
        created = fiscal.create_correction(
            session,
            _request(
                account_id,
                kind=ChequeKind.SELL_REFUND_CORRECTION,
                correction_type=CorrectionType.INSTRUCTION,
                base_number="ПР-15/2026",
                method="card",
            ),
        )
        done = fiscal.fiscalise_correction(
            session, fiscal.register_of(fiscal.cash_desk(session)), created.id
        )
    (printed,) = register.documents("sellReturnCorrection")
    assert printed["task"]["correctionType"] == "instruction"
    assert printed["task"]["correctionBaseNumber"] == "ПР-15/2026"
    assert printed["task"]["payments"] == [{"type": "electronically", "sum": 1500.0}]
    assert done.qr_text is not None
    assert done.qr_text.endswith("&n=2")


def test_a_pending_correction_is_retried_until_printed_exactly_once(
    operator: OperatorSessions, register: RegisterEmulator, engine: Engine
) -> None:
    account_id, _ = _account_number(engine)
    driver = AtolWebServer(register.url, wait=2, poll_every=0.05)
    with operator("billing_supervisor")() as session:
        created = fiscal.create_correction(session, _request(account_id))
        register.set_mode("paper_out")
        state = fiscal.fiscalise_correction(session, driver, created.id)
        assert (state.status, state.failure) == ("pending", "paper_out")
        assert [c.id for c in fiscal.pending_corrections(session)] == [created.id]
        assert not fiscal.fiscalise_pending_corrections(session, driver)[0].is_done
        register.set_mode("normal")
        (after,) = fiscal.fiscalise_pending_corrections(session, driver)
        assert after.is_done
        assert fiscal.pending_corrections(session) == ()
        assert fiscal.fiscalise_pending_corrections(session, driver) == ()
    assert len(register.documents("sellCorrection")) == 1


@pytest.mark.parametrize("group", ["billing_agent", "billing_cashier", "billing_admin"])
def test_only_a_supervisor_records_a_correction(
    pg_server: PgServer, db_name: str, operator: OperatorSessions, engine: Engine, group: str
) -> None:
    account_id, _ = _account_number(engine)
    login = operator(group)().bind.url.username
    before = _count(engine, "SELECT count(*) FROM billing.fiscal_correction")
    audited = _count(engine, "SELECT count(*) FROM billing.audit_log")
    with (
        psycopg.connect(
            host=pg_server.admin_url.host,
            port=pg_server.admin_url.port,
            dbname=db_name,
            user=login,
            password=PASSWORD,
        ) as connection,
        pytest.raises(psycopg.errors.InsufficientPrivilege),
    ):
        connection.execute(
            "SELECT billing.create_fiscal_correction(gen_random_uuid(), 'sellCorrection',"
            " 'self', DATE '2026-11-20', NULL, 'ошибка кассира', 10, 'cash', %s, NULL)",
            (account_id,),
        )
    assert _count(engine, "SELECT count(*) FROM billing.fiscal_correction") == before
    assert _count(engine, "SELECT count(*) FROM billing.audit_log") == audited


def test_a_late_cheque_of_a_closed_shift_is_printed_as_a_self_initiated_correction(
    cashier: sessionmaker[Session],
    operator: OperatorSessions,
    register: RegisterEmulator,
    engine: Engine,
) -> None:
    account_id, _ = _account_number(engine)
    driver = AtolWebServer(register.url, wait=2, poll_every=0.05)
    register.set_mode("offline")
    with cashier() as session:
        shift = service.open_shift(session, Decimal("0"))
        payment_id = _take(session, account_id, "250.00")
        assert fiscal.fiscalise(session, driver, payment_id).failure == "offline"
    with operator("billing_supervisor")() as session:
        fiscal.release_pending(session, shift.id, "касса неисправна")
    with cashier() as session:
        service.close_shift(session, Decimal("250.00"))
        paid_on = service.payment_by_id(session, payment_id).paid_on
        register.set_mode("normal")
        (after,) = fiscal.fiscalise_pending(session, driver)
        receipt = all_text(render_receipt(receipt_document(session, payment_id)))
        history_row = service.payment_by_id(session, payment_id)
    assert "Кассовый чек: Коррекция прихода" in receipt
    assert history_row.cheque_text.startswith("чек коррекции (самостоятельно): ФД №")
    assert after.is_done
    assert after.kind == "sellCorrection"
    assert (after.correction_type, after.correction_base_date) == ("self", paid_on)
    assert register.documents("sell") == []
    (printed,) = register.documents("sellCorrection")
    assert printed["task"]["correctionType"] == "self"
    assert printed["task"]["correctionBaseDate"] == paid_on.strftime("%Y.%m.%d")
    assert "correctionBaseNumber" not in printed["task"]
    assert printed["task"]["operator"] == {"name": CASHIER_NAME, "vatin": CASHIER_INN}
    assert after.fd_number == printed["fd"]


def test_an_ordinary_cheque_may_not_be_stored_as_a_correction_in_an_open_shift(
    cashier: sessionmaker[Session], engine: Engine
) -> None:
    account_id, _ = _account_number(engine)
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        payment_id = _take(session, account_id, "5.00")
        with pytest.raises(ValidationFailed) as refused:
            call_value(
                session,
                "SELECT billing.record_fiscal_result(:id, CAST(:result AS jsonb))",
                {
                    "id": payment_id,
                    "result": '{"status": "done", "kind": "sellCorrection", "fn":'
                    ' "7380440700000123", "fd": 5, "fp": "123", "at": "2026-11-23T10:00:00+03:00",'
                    ' "shift": 1, "cheque": 1}',
                },
                refusals=fiscal.REFUSALS,
            )
        assert [p.code for p in refused.value.problems] == ["fiscal.result_format"]


def test_the_supplier_fiscal_settings_go_on_the_cheque(
    cashier: sessionmaker[Session],
    operator: OperatorSessions,
    register: RegisterEmulator,
    engine: Engine,
) -> None:
    account_id, _ = _account_number(engine)
    with engine.connect() as connection:
        region_id, version = connection.execute(
            text(
                "SELECT s.region_id, s.version FROM billing.account a"
                " JOIN billing.supplier_details s"
                "   ON s.region_id IS NOT DISTINCT FROM (SELECT d.region_id"
                "      FROM billing.supplier_details d WHERE d.region_id = a.region_id"
                "      UNION ALL SELECT NULL LIMIT 1)"
                " WHERE a.id = :id"
            ),
            {"id": account_id},
        ).one()
    audited = _count(
        engine, "SELECT count(*) FROM billing.audit_log WHERE table_name = 'supplier_details'"
    )
    with operator("billing_admin")() as session:
        with pytest.raises(ValidationFailed) as refused:
            fiscal.set_supplier_fiscal(
                session, region_id, Decimal("18"), "osn", "commodity", version
            )
        assert [(p.code, p.field) for p in refused.value.problems] == [
            ("supplier.fiscal_vat_rate", "vat_rate")
        ]
        with pytest.raises(ValidationFailed) as database:
            call_value(
                session,
                "SELECT billing.set_supplier_fiscal(:region, 20, 'simplified', 'service', :v)",
                {"region": region_id, "v": version},
                refusals=fiscal.REFUSALS,
            )
        assert [(p.code, p.field) for p in database.value.problems] == [
            ("supplier.fiscal_taxation", "fiscal_taxation")
        ]
        new_version = fiscal.set_supplier_fiscal(
            session, region_id, Decimal("0"), "usnIncome", "service", version
        )
        assert new_version == version + 1
        with pytest.raises(ValidationFailed) as stale:
            fiscal.set_supplier_fiscal(
                session, region_id, Decimal("20"), "osn", "commodity", version
            )
        assert [p.code for p in stale.value.problems] == ["settings.stale"]
    assert (
        _count(
            engine, "SELECT count(*) FROM billing.audit_log WHERE table_name = 'supplier_details'"
        )
        == audited + 1
    )
    with cashier() as session:
        service.open_shift(session, Decimal("0"))
        payment_id = _take(session, account_id, "30.00")
        _, cheque = fiscal.cheque_of(session, payment_id)
        session.rollback()
        task = cheque_task(cheque)
        assert fiscal.fiscalise(
            session, fiscal.register_of(fiscal.cash_desk(session)), payment_id
        ).is_done
    (sold,) = register.documents("sell")
    assert task["taxationType"] == sold["task"]["taxationType"] == "usnIncome"
    assert sold["task"]["items"][0]["paymentObject"] == "service"
    assert sold["task"]["items"][0]["tax"] == {"type": "none"}


def test_an_agent_cannot_change_the_supplier_fiscal_settings(
    operator: OperatorSessions, engine: Engine
) -> None:
    with (
        operator("billing_agent")() as session,
        pytest.raises(DBAPIError) as refused,
    ):
        fiscal.set_supplier_fiscal(session, None, Decimal("20"), "osn", "commodity", 1)
    assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)


class _AnswersTheOriginalSale:
    """A register whose retried uuid answers the «Приход» it printed in the shift."""

    def __init__(self, moment: datetime) -> None:
        self.moment = moment
        self.sent: list[Cheque] = []

    def fiscalise(self, key: uuid.UUID, cheque: Cheque) -> FiscalResult:
        self.sent.append(cheque)
        return FiscalResult(
            fn_number="7380440700000123",
            fd_number=41,
            fiscal_sign="1234567890",
            moment=self.moment,
            shift_number=3,
            cheque_number=7,
            register_serial="0000000001012345",
            total=cheque.total,
        )


def test_a_late_cheque_whose_sale_was_printed_in_its_shift_stays_a_sale(
    cashier: sessionmaker[Session], operator: OperatorSessions, engine: Engine
) -> None:
    """The answer was lost in the shift; after it closed, the retry under the same uuid
    gets the «Приход» the register printed then (its time is before the close)."""
    account_id, _ = _account_number(engine)
    with cashier() as session:
        shift = service.open_shift(session, Decimal("0"))
        payment_id = _take(session, account_id, "40.00")
    with operator("billing_supervisor")() as session:
        fiscal.release_pending(session, shift.id, "касса не отвечает")
    with cashier() as session:
        closed = service.close_shift(session, Decimal("40.00"))
        assert closed.closed_at is not None
        register = _AnswersTheOriginalSale(closed.closed_at - timedelta(minutes=30))
        after = fiscal.fiscalise(session, register, payment_id)
    (sent,) = register.sent
    assert sent.kind is ChequeKind.SELL_CORRECTION  # what the desk asked for
    assert (after.kind, after.correction_type, after.fd_number) == ("sell", None, 41)
