"""The customer card shows a person's and an organisation's data as of a date."""

from __future__ import annotations

from sqlalchemy import event, text
from sqlalchemy.orm import Session

from models import clock
from models.queries.balance import balance
from models.queries.card import AlertKind, load_card
from tests.lookup.conftest import one


def test_card_of_a_person(session: Session) -> None:
    customer_id = one(
        session,
        "SELECT c.id FROM customer c JOIN portal_user pu ON pu.customer_id = c.id"
        " WHERE c.kind = 'person' AND c.phone IS NOT NULL ORDER BY c.id",
    )[0]
    card = load_card(session, customer_id, clock.today())
    assert not card.customer.is_organisation
    assert card.customer.name.count(" ") == 2
    account = card.accounts[0]
    assert account.balance == balance(session, account.id, clock.today())
    assert account.contract_number is None
    meters = card.meters_of(account.id)
    assert meters
    assert meters[0].last_readings
    assert {r.zone for r in meters[0].last_readings} == {
        f"T{z + 1}" for z in range(meters[0].zones)
    }
    assert any(u.customer_id == customer_id for u in card.portal_users)
    assert card.bills
    assert card.bills == tuple(sorted(card.bills, key=lambda b: b.billing_period, reverse=True))
    assert card.payments
    points = card.consumption_of(account.id)
    assert 20 <= len({p.period for p in points}) <= 25


def test_card_of_an_organisation_has_inn_kpp_and_contracts(session: Session) -> None:
    customer_id = one(session, "SELECT id FROM customer WHERE kind = 'organisation' ORDER BY id")[0]
    card = load_card(session, customer_id, clock.today())
    assert card.customer.is_organisation
    assert card.customer.inn
    assert card.customer.kpp
    assert all(a.contract_number for a in card.accounts)


def test_alerts_for_debt_and_expired_calibration(session: Session) -> None:
    customer_id = one(
        session,
        "SELECT a.customer_id FROM meter m JOIN metering_point mp ON mp.id = m.metering_point_id"
        " JOIN account a ON a.id = mp.account_id"
        " WHERE m.calibration_due < :today AND m.removed_on IS NULL ORDER BY a.id",
        today=clock.today(),
    )[0]
    card = load_card(session, customer_id, clock.today())
    assert AlertKind.CALIBRATION_EXPIRED in {a.kind for a in card.alerts}
    debtor = one(
        session,
        "SELECT a.customer_id FROM account a JOIN bill b ON b.account_id = a.id"
        " WHERE b.paid_on IS NULL AND b.amount > 0 AND b.due_on < :today"
        " GROUP BY a.customer_id HAVING count(*) >= 2 ORDER BY a.customer_id",
        today=clock.today(),
    )[0]
    card = load_card(session, debtor, clock.today())
    debts = [a for a in card.alerts if a.kind is AlertKind.DEBT]
    assert debts
    assert debts[0].count is not None
    assert debts[0].count >= 2


def test_pending_link_request_alert(session: Session) -> None:
    customer_id = one(
        session,
        "SELECT a.customer_id FROM link_request lr JOIN account a ON a.id = lr.account_id"
        " WHERE lr.status IN ('new', 'pending') ORDER BY lr.id",
    )[0]
    card = load_card(session, customer_id, clock.today())
    assert AlertKind.LINK_REQUEST_PENDING in {a.kind for a in card.alerts}


def test_card_loads_with_a_fixed_number_of_queries(session: Session) -> None:
    big = one(
        session,
        "SELECT customer_id FROM account GROUP BY customer_id ORDER BY count(*) DESC, 1",
    )[0]
    small = one(
        session, "SELECT customer_id FROM account GROUP BY customer_id HAVING count(*) = 1"
    )[0]
    counts = []
    for customer_id in (big, small):
        statements: list[str] = []

        def count(*args: object, _s: list[str] = statements) -> None:
            _s.append("x")

        bind = session.get_bind()
        event.listen(bind, "before_cursor_execute", count)
        try:
            load_card(session, customer_id, clock.today())
        finally:
            event.remove(bind, "before_cursor_execute", count)
        counts.append(len(statements))
    assert counts[0] == counts[1]


def test_unknown_customer(session: Session) -> None:
    import pytest

    with pytest.raises(LookupError):
        load_card(session, 10**9, clock.today())
    assert session.execute(text("SELECT 1")).scalar() == 1
