"""Every kind of key finds the right customer in the demo data."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from console.services.lookup import LookupQuery, fetch_page, interpret
from models import clock
from models.domain.phones import format_phone
from models.domain.problems import Problem
from models.domain.search_keys import KeyKind
from models.queries.lookup import Cursor, MatchedField
from tests.lookup.conftest import one

K = KeyKind


def found(session: Session, typed: str, kind: KeyKind | None = None, region_id: int | None = None):
    query = interpret(typed, kind, region_id)
    assert isinstance(query, LookupQuery), query
    return fetch_page(session, query, as_of=clock.today()).rows


def customers(rows) -> set[int]:
    return {row.customer_id for row in rows}


def test_account_number(session: Session) -> None:
    account_id, number, customer_id = one(
        session, "SELECT id, number, customer_id FROM account ORDER BY id OFFSET 10"
    )
    rows = found(session, f"№ {number[:3]} {number[3:]}")
    assert rows[0].account_id == account_id
    assert rows[0].customer_id == customer_id
    assert rows[0].field is MatchedField.ACCOUNT_NUMBER
    assert rows[0].region_name
    assert rows[0].address.startswith("г. ")


@pytest.mark.parametrize("spelling", ["8 ({a}) {b}-{c}-{d}", "+7 {a} {b}{c}{d}", "{a}{b}{c}{d}"])
def test_customer_phone_in_any_format(session: Session, spelling: str) -> None:
    customer_id, phone = one(
        session, "SELECT id, phone FROM customer WHERE phone IS NOT NULL ORDER BY id OFFSET 3"
    )
    d = phone[2:]
    rows = found(session, spelling.format(a=d[:3], b=d[3:6], c=d[6:8], d=d[8:]))
    assert customer_id in customers(r for r in rows if r.field is MatchedField.CUSTOMER_PHONE)


def test_portal_user_phone_email_and_login(session: Session) -> None:
    login, email, phone, customer_id = one(
        session,
        "SELECT login, email, phone, customer_id FROM portal_user"
        " WHERE customer_id IS NOT NULL AND phone IS NOT NULL ORDER BY id",
    )
    assert customer_id in customers(found(session, login.upper()))
    by_email = found(session, email.upper())
    assert any(r.field is MatchedField.PORTAL_EMAIL and r.matched == login for r in by_email)
    by_phone = found(session, format_phone(phone))
    assert any(r.field is MatchedField.PORTAL_PHONE for r in by_phone)
    assert customer_id in customers(by_phone)


def test_customer_email_case_insensitive(session: Session) -> None:
    customer_id, email = one(
        session, "SELECT id, email FROM customer WHERE email IS NOT NULL ORDER BY id"
    )
    rows = found(session, email.upper())
    assert customer_id in customers(r for r in rows if r.field is MatchedField.CUSTOMER_EMAIL)


def test_surname_with_initials_and_yo(session: Session) -> None:
    customer_id, last, first, middle = one(
        session,
        "SELECT id, last_name, first_name, middle_name FROM customer"
        " WHERE kind = 'person' AND last_name LIKE '%ё%' ORDER BY id",
    )
    typed = f"{last.replace('ё', 'е').upper()} {first[0]}.{middle[0]}."
    rows = found(session, typed)
    assert customer_id in customers(rows)
    assert all(r.field is MatchedField.SURNAME for r in rows)
    assert all(r.customer_name.startswith(last[:3]) for r in rows)
    assert all(r.customer_name.split()[1][0] == first[0] for r in rows)


def test_organisation_by_name_without_legal_form(session: Session) -> None:
    customer_id, name = one(
        session,
        "SELECT id, name FROM customer WHERE kind = 'organisation' AND name !~ '[0-9]' ORDER BY id",
    )
    bare = name.split("«", 1)[1].rstrip("»")
    rows = found(session, bare.lower(), K.SURNAME)
    assert customer_id in customers(rows)
    assert {r.field for r in rows} == {MatchedField.ORGANISATION_NAME}


def test_address_with_house_and_flat(session: Session) -> None:
    account_id, street, house, flat = one(
        session,
        "SELECT id, street, house, flat FROM account WHERE flat IS NOT NULL"
        " AND house ~ '^[0-9]+$' ORDER BY id",
    )
    bare_street = street.split(" ", 1)[1]
    rows = found(session, f"{bare_street.upper()} {house} кв {flat}")
    assert account_id in {r.account_id for r in rows}
    assert all(r.address.endswith(f"д. {house}, кв. {flat}") for r in rows)
    rows = found(session, f"{street}, д.{house}")
    assert account_id in {r.account_id for r in rows}


def test_address_house_with_building(session: Session) -> None:
    account_id, street, house = one(
        session, "SELECT id, street, house FROM account WHERE house LIKE '% корп. 1' ORDER BY id"
    )
    number = house.split()[0]
    rows = found(session, f"{street.split(' ', 1)[1]} {number}к1")
    assert account_id in {r.account_id for r in rows}
    rows = found(session, f"{street.split(' ', 1)[1]} {number}")  # without the building too
    assert account_id in {r.account_id for r in rows}


def test_meter_serial_with_zeros_dropped_and_separators(session: Session) -> None:
    account_id, serial = one(
        session,
        "SELECT mp.account_id, m.serial_number FROM meter m"
        " JOIN metering_point mp ON mp.id = m.metering_point_id"
        " WHERE m.serial_number ~ '^0' ORDER BY m.id OFFSET 5",
    )
    typed = f"{serial[:2]}-{serial[2:]}"
    rows = found(session, typed)
    assert any(r.field is MatchedField.METER_SERIAL and r.account_id == account_id for r in rows)
    rows = found(session, serial.lstrip("0"), K.METER_SERIAL)
    assert [r.account_id for r in rows] == [account_id]


def test_receipt_number_with_cyrillic_letter(session: Session) -> None:
    account_id, receipt = one(
        session, "SELECT account_id, receipt_number FROM bill ORDER BY id OFFSET 100"
    )
    assert len(receipt) == 16
    rows = found(session, "р" + receipt[1:])
    assert rows[0].field is MatchedField.RECEIPT_NUMBER
    assert rows[0].account_id == account_id
    rows = found(session, receipt[1:])  # the digits alone
    assert rows[0].account_id == account_id


def test_inn_of_an_organisation(session: Session) -> None:
    customer_id, inn = one(
        session, "SELECT id, inn FROM customer WHERE kind = 'organisation' ORDER BY id"
    )
    rows = found(session, inn)
    assert {r.customer_id for r in rows if r.field is MatchedField.INN} == {customer_id}


def test_ten_digits_that_are_a_phone_tail_and_an_inn_show_both(session: Session) -> None:
    inn_owner, inn = one(
        session,
        "SELECT id, inn FROM customer WHERE kind = 'organisation' AND length(inn) = 10 ORDER BY id",
    )
    phone_owner = one(session, "SELECT id FROM customer WHERE id <> :o ORDER BY id", o=inn_owner)[0]
    # A caller's phone whose ten digits happen to be a valid INN of an organisation.
    session.execute(
        text("UPDATE customer SET phone = :p WHERE id = :id"), {"p": "+7" + inn, "id": phone_owner}
    )
    session.commit()
    query = interpret(inn)
    assert isinstance(query, LookupQuery)
    assert {K.PHONE, K.INN} <= {g.kind for g in query.guesses}
    rows = fetch_page(session, query, as_of=clock.today()).rows
    fields = {(r.field, r.customer_id) for r in rows}
    assert (MatchedField.CUSTOMER_PHONE, phone_owner) in fields
    assert (MatchedField.INN, inn_owner) in fields


def test_region_forcing(session: Session) -> None:
    number, region_id = one(session, "SELECT number, region_id FROM account ORDER BY id")
    other = one(session, "SELECT id FROM region WHERE id <> :r ORDER BY id", r=region_id)[0]
    assert found(session, number, region_id=region_id)
    assert found(session, number, region_id=other) == ()
    surname = one(session, "SELECT last_name FROM customer WHERE kind = 'person' ORDER BY id")[0]
    rows = found(session, surname, region_id=region_id)
    assert rows
    assert {r.region_id for r in rows} == {region_id}


def test_forcing_a_kind_searches_only_that_kind(session: Session) -> None:
    number = one(session, "SELECT number FROM account ORDER BY id")[0]
    query = interpret(number, K.METER_SERIAL)
    assert isinstance(query, LookupQuery)
    assert [g.kind for g in query.guesses] == [K.METER_SERIAL]
    assert isinstance(interpret("Иванов", K.PHONE), Problem)
    assert isinstance(interpret("?!"), Problem)


def test_paging_covers_every_match_once(session: Session) -> None:
    query = interpret("ул.", K.ADDRESS)
    if not isinstance(query, LookupQuery):
        query = interpret("Ленина", K.ADDRESS)
    assert isinstance(query, LookupQuery)
    seen: list[int | None] = []
    cursor: Cursor | None = None
    pages = 0
    while True:
        page = fetch_page(session, query, cursor, limit=7, as_of=clock.today())
        seen += [r.account_id for r in page.rows]
        pages += 1
        if page.next is None:
            break
        cursor = page.next
    assert pages > 1
    assert len(seen) == len(set(seen))


def test_debt_badge_is_the_balance(session: Session) -> None:
    from models.queries.balance import balance

    account_id, number = one(
        session,
        "SELECT a.id, a.number FROM account a WHERE EXISTS (SELECT FROM bill b"
        " WHERE b.account_id = a.id AND b.paid_on IS NULL AND b.amount > 0) ORDER BY a.id",
    )
    row = found(session, number)[0]
    assert row.debt == balance(session, account_id, clock.today()).total_due
    assert row.debt > 0
