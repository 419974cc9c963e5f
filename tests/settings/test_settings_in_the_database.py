"""Supplier details and billing settings live in the database, changed by admins only.

Admins change them through SECURITY DEFINER functions that re-check every rule and the
row's version; every change is audited; nobody writes the tables directly (the
privilege matrix proves that for every group).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import psycopg
import pytest
from sqlalchemy import URL, create_engine, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from console.database import migrations
from console.services import supplier_settings as service
from console.tasks import ErrorKind, classify_error
from models.demo.settings import SUPPLIERS
from models.domain.problems import ValidationFailed
from models.domain.supplier_rules import (
    SupplierInput,
    account_key_ok,
    validate_supplier,
    with_account_key,
)
from models.queries.settings import (
    acceptance_window,
    settings_overview,
    supplier_details,
    working_calendar,
)
from tests.readings.conftest import OperatorFactory

ADMIN_FUNCTIONS = (
    "set_supplier_details",
    "delete_supplier_details",
    "set_billing_settings",
    "delete_billing_settings",
    "set_tariff_act",
    "delete_tariff_act",
    "set_calendar_day",
    "delete_calendar_day",
)

VALID = SupplierInput(
    name="АО «Керченская энергосбытовая компания»",
    inn="9111000010",
    kpp="911101001",
    address="298300, Республика Крым, г. Керчь, ул. Ленина, д. 1",
    phone="+7 36561 2-00-00",
    email="info@kerch-energo.ru",
    website="https://kerch-energo.ru",
    bank_name="РНКБ Банк (ПАО)",
    bic="043510607",
    settlement_account=with_account_key("043510607", "40702810041070000789", correspondent=False),
    correspondent_account="30101810335100000607",
    vat_rate="20",
)


def _off_by_one(account: str) -> str:
    """``account`` with its last digit changed: its control key no longer matches."""
    return account[:-1] + str((int(account[-1]) + 1) % 10)


def _region(session: Session, code: str) -> int:
    return int(
        session.execute(text("SELECT id FROM region WHERE code = :c"), {"c": code}).scalar_one()
    )


def _call_raw(session: Session, sql: str, **params: object) -> str:
    """Run ``sql`` and return the refusal's message code (the test expects a refusal)."""
    with pytest.raises(DBAPIError) as raised:
        session.execute(text(sql), params)
    session.rollback()
    diag = getattr(raised.value.orig, "diag", None)
    return str(getattr(diag, "message_primary", ""))


def test_only_the_training_database_has_details(session: Session, empty_db_url: URL) -> None:
    assert session.execute(text("SELECT count(*) FROM supplier_details")).scalar_one() == len(
        SUPPLIERS
    )
    assert session.execute(text("SELECT count(*) FROM calendar_day")).scalar_one() > 0
    migrations.upgrade(empty_db_url)
    engine = create_engine(empty_db_url)
    with engine.connect() as connection:
        for table in ("supplier_details", "billing_settings", "tariff_act", "calendar_day"):
            assert (
                connection.execute(text(f"SELECT count(*) FROM billing.{table}")).scalar_one() == 0
            )
    engine.dispose()


def test_a_region_prints_its_own_supplier_or_the_default(session: Session) -> None:
    own = supplier_details(session, _region(session, "PKM"))
    default = supplier_details(session, _region(session, "SIM"))
    assert own is not None
    assert default is not None
    assert own.region_id == _region(session, "PKM")
    assert default.region_id is None
    assert own.name != default.name
    assert acceptance_window(session, _region(session, "KER")).last_day == 25


def test_admin_saves_details_with_versions_and_the_audit_log_records_it(
    operator: OperatorFactory,
) -> None:
    login, admins = operator("billing_admin")
    with admins() as session:
        kerch = _region(session, "KER")
        assert supplier_details(session, kerch).region_id is None  # the default until now
        assert service.save_supplier(session, kerch, VALID, None) == 1
        saved = supplier_details(session, kerch)
        assert saved is not None
        assert saved.region_id == kerch
        assert (saved.name, saved.inn, saved.vat_rate) == (VALID.name, VALID.inn, Decimal("20.00"))
        assert saved.updated_by == login
        # Another admin's screen still shows "no row": its create is a conflict, not an overwrite.
        with pytest.raises(DBAPIError) as stale:
            service.save_supplier(session, kerch, replace(VALID, phone="+7 000"), None)
        assert classify_error(stale.value).kind is ErrorKind.CONFLICT
        assert service.save_supplier(session, kerch, replace(VALID, phone="+7 000"), 1) == 2
        with pytest.raises(DBAPIError) as old:
            service.save_supplier(session, kerch, VALID, 1)
        assert classify_error(old.value).kind is ErrorKind.CONFLICT
        assert supplier_details(session, kerch).phone == "+7 000"
        audit = session.execute(
            text(
                "SELECT action, operator FROM audit_log WHERE table_name = 'supplier_details'"
                " ORDER BY id"
            )
        ).all()
        assert [tuple(row) for row in audit] == [("INSERT", login), ("UPDATE", login)]
        service.delete_supplier(session, kerch, 2)
        assert supplier_details(session, kerch).region_id is None


@pytest.mark.parametrize(
    ("change", "code"),
    [
        ({"name": ""}, "supplier.name_required"),
        ({"name": "ООО «А|Б»"}, "supplier.separator"),
        ({"name": "Я" * 161}, "supplier.name_too_long"),
        ({"name": "Я" * 150}, "supplier.qr_block_too_long"),
        ({"inn": "9111000011"}, "supplier.inn_checksum"),
        ({"inn": "911100001"}, "supplier.inn_format"),
        ({"kpp": "91110100"}, "supplier.kpp_format"),
        ({"email": "info@"}, "supplier.email_format"),
        ({"website": "kerch energo"}, "supplier.website_format"),
        ({"bank_name": "Б" * 46}, "supplier.bank_name_too_long"),
        ({"bic": "04351060"}, "supplier.bic_format"),
        (
            {"settlement_account": _off_by_one(VALID.settlement_account)},
            "supplier.settlement_account_key",
        ),
        ({"correspondent_account": "30101810335100000608"}, "supplier.correspondent_account_key"),
        (
            {"correspondent_account": "40101810335100000607"},
            "supplier.correspondent_account_format",
        ),
        ({"vat_rate": "100"}, "supplier.vat_rate_range"),
        ({"vat_rate": "20.005"}, "supplier.vat_rate_range"),
        # A rate no fiscal cheque can carry (ФФД 1.2): the payments' cheques would fail.
        ({"vat_rate": "18"}, "supplier.vat_rate_range"),
        ({"vat_rate": "20.5"}, "supplier.vat_rate_range"),
    ],
)
def test_the_console_and_the_database_refuse_the_same_details(
    operator: OperatorFactory, change: dict[str, str], code: str
) -> None:
    typed = replace(VALID, **change)
    assert code in [problem.code for problem in validate_supplier(typed)]
    _login, admins = operator("billing_admin")
    with admins() as session:
        kerch = _region(session, "KER")
        with pytest.raises(ValidationFailed):
            service.save_supplier(session, kerch, typed, None)
        # The same refusal straight from psql, bypassing the console's checks.
        value = typed.cleaned()
        refused = _call_raw(
            session,
            "SELECT billing.set_supplier_details(:r, :name, :inn, :kpp, :address, :phone, :email,"
            " :website, :bank, :bic, :acc, :corr, CAST(:vat AS numeric), NULL)",
            r=kerch,
            name=value.name,
            inn=value.inn,
            kpp=value.kpp,
            address=value.address,
            phone=value.phone,
            email=value.email,
            website=value.website,
            bank=value.bank_name,
            bic=value.bic,
            acc=value.settlement_account,
            corr=value.correspondent_account,
            vat=value.vat_rate,
        )
        assert refused == code
        assert supplier_details(session, kerch).region_id is None  # nothing written


def test_bank_account_keys() -> None:
    # Published details of Sberbank's Moscow office: BIC, correspondent account.
    assert account_key_ok("044525225", "30101810400000000225", correspondent=True)
    assert not account_key_ok("044525225", "30101810500000000225", correspondent=True)
    for supplier in SUPPLIERS:
        assert account_key_ok(supplier["bic"], supplier["settlement_account"], correspondent=False)
        assert account_key_ok(
            supplier["bic"], supplier["correspondent_account"], correspondent=True
        )
    made = with_account_key("043510607", "40702810000000000001", correspondent=False)
    assert made[:8] + made[9:] == "40702810000000000001"[:8] + "40702810000000000001"[9:]
    assert account_key_ok("043510607", made, correspondent=False)


def test_window_acts_and_calendar_are_checked_and_versioned(
    operator: OperatorFactory, today: date
) -> None:
    _login, admins = operator("billing_admin")
    with admins() as session:
        kerch = _region(session, "KER")
        with pytest.raises(ValidationFailed) as order:
            service.save_window(session, kerch, 20, 10, None)
        assert [p.code for p in order.value.problems] == ["settings.window_order"]
        assert _call_raw(
            session, "SELECT billing.set_billing_settings(:r, 20, 10, NULL)", r=kerch
        ) == ("settings.window_order")
        assert service.save_window(session, kerch, 10, 20, None) == 1
        assert acceptance_window(session, kerch).last_day == 20
        assert acceptance_window(session, _region(session, "SIM")).last_day == 25

        act = service.save_tariff_act(session, None, kerch, date(2031, 7, 1), "Приказ № 1", None)
        assert _call_raw(
            session,
            "SELECT billing.set_tariff_act(NULL, :r, DATE '2031-07-01', 'Приказ № 2', NULL)",
            r=kerch,
        ) == ("tariff_act.duplicate")
        service.save_tariff_act(session, act, kerch, date(2031, 7, 1), "Приказ № 1а", 1)
        titles = [a.title for a in settings_overview(session).tariff_acts if a.id == act]
        assert titles == ["Приказ № 1а"]

        saturday = today + timedelta(days=(5 - today.weekday()) % 7)
        monday = saturday + timedelta(days=2)
        with pytest.raises(ValidationFailed):
            service.save_calendar_day(session, saturday, "holiday", "", None)
        assert _call_raw(
            session, "SELECT billing.set_calendar_day(:d, 'holiday', '', NULL)", d=saturday
        ) == ("calendar.holiday_on_weekend")
        assert _call_raw(
            session, "SELECT billing.set_calendar_day(:d, 'working_day', '', NULL)", d=monday
        ) == ("calendar.working_day_on_weekday")
        assert working_calendar(session, today).is_working_day(monday) == (
            monday not in working_calendar(session, today).holidays
        )
        if working_calendar(session, today).is_working_day(monday):
            service.save_calendar_day(session, monday, "holiday", "перенос", None)
            assert not working_calendar(session, today).is_working_day(monday)
        service.save_calendar_day(session, saturday, "working_day", "рабочая суббота", None)
        assert working_calendar(session, today).is_working_day(saturday)
        with pytest.raises(ValidationFailed) as twice:
            service.save_calendar_day(session, saturday, "working_day", "", None)
        assert [p.code for p in twice.value.problems] == ["calendar.duplicate"]
        service.delete_calendar_day(session, saturday, 1)
        assert not working_calendar(session, today).is_working_day(saturday)


def test_other_groups_may_read_but_not_change(operator: OperatorFactory) -> None:
    for group in ("billing_agent", "billing_cashier", "billing_supervisor"):
        _login, sessions = operator(group)
        with sessions() as session:
            assert supplier_details(session, _region(session, "SIM")) is not None
            with pytest.raises(DBAPIError) as refused:
                service.save_window(session, None, 1, 2, 1)
            assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)


def test_admin_reads_region_names_but_no_other_business_data(operator: OperatorFactory) -> None:
    _login, admins = operator("billing_admin")
    with admins() as session:
        overview = settings_overview(session)
        assert {region.code for region in overview.regions} >= {"SIM", "PKM"}
        with pytest.raises(DBAPIError) as refused:
            session.execute(text("SELECT settlement FROM billing.region"))
        assert isinstance(refused.value.orig, psycopg.errors.InsufficientPrivilege)


def test_the_definer_functions_fix_their_search_path(session: Session) -> None:
    rows = session.execute(
        text(
            "SELECT p.proname, p.prosecdef, p.proconfig FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'billing' AND p.proname = ANY(:names)"
        ),
        {"names": list(ADMIN_FUNCTIONS)},
    ).all()
    assert sorted(row.proname for row in rows) == sorted(ADMIN_FUNCTIONS)
    for row in rows:
        assert row.prosecdef, row.proname
        assert row.proconfig == ["search_path=pg_catalog, billing, pg_temp"], row.proname
    bodies = session.execute(
        text(
            "SELECT p.prosrc FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = 'billing' AND p.proname = ANY(:names)"
        ),
        {"names": list(ADMIN_FUNCTIONS)},
    ).scalars()
    for body in bodies:
        # Every relation is schema-qualified.
        for table in (
            "supplier_details",
            "billing_settings",
            "tariff_act",
            "calendar_day",
            "region",
        ):
            assert f" {table} " not in body.replace("billing.", "billing·")
