"""The lookup's fast paths give the same answers: keyset pages, set-based debt badges,
and read-only lookups that pay for no pre-ping yet survive a lost connection."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.orm import Session, sessionmaker

from console.services.lookup import LookupQuery, fetch_page, interpret
from models import clock
from models.database import READER_APPLICATION_NAME, read_only, reader_sessions
from models.domain.search_keys import KeyKind
from models.queries.balance import balances, split_balance
from models.queries.lookup import Cursor

# The balance query as it was before it became set-based: three correlated subqueries
# per account. The badges must not change by a kopeck.
_OLD_TOTALS = """
    SELECT a.id,
           coalesce((SELECT sum(b.amount) FROM bill b
                     WHERE b.account_id = a.id AND b.formed_on <= :as_of), 0) AS charged,
           coalesce((SELECT sum(l.amount) FROM bill b JOIN bill_line l ON l.bill_id = b.id
                     WHERE b.account_id = a.id AND b.formed_on <= :as_of
                       AND l.kind = 'penalty'), 0) AS penalty_charged,
           coalesce((SELECT sum(p.amount) FROM payment p
                     WHERE p.account_id = a.id AND p.paid_on <= :as_of), 0) AS paid
    FROM account a
"""


@pytest.mark.parametrize("days_back", [0, 45, 400])
def test_debt_badges_are_the_old_balances_for_every_demo_account(
    session: Session, today: date, days_back: int
) -> None:
    as_of = today - timedelta(days=days_back)
    old = {
        row.id: split_balance(
            row.id, as_of, Decimal(row.charged), Decimal(row.penalty_charged), Decimal(row.paid)
        )
        for row in session.execute(text(_OLD_TOTALS), {"as_of": as_of})
    }
    ids = sorted(old)
    new: dict[int, object] = {}
    for start in range(0, len(ids), 50):  # a result page at a time, as the badges are asked
        new |= balances(session, ids[start : start + 50], as_of)
    assert new == old
    assert any(b.total_due > 0 for b in old.values())
    assert any(b.overpayment > 0 for b in old.values())
    assert balances(session, [ids[0], -1], as_of) == {ids[0]: old[ids[0]]}


def _insert_account_like(session: Session, account_id: int, number: str) -> int:
    """A new account at the same address as ``account_id`` (it sorts among its matches)."""
    return int(
        session.execute(
            text(
                "INSERT INTO account (region_id, number, customer_id, contract_id, settlement,"
                " street, house, flat, status, opened_on)"
                " SELECT region_id, :number, customer_id, NULL, settlement, street, house, flat,"
                " status, opened_on FROM account WHERE id = :id RETURNING id"
            ),
            {"id": account_id, "number": number},
        ).scalar_one()
    )


@pytest.mark.parametrize("kind", [KeyKind.ADDRESS, KeyKind.SURNAME])
def test_paging_while_accounts_are_added_has_no_duplicates_and_no_gaps(
    sessions: sessionmaker[Session], kind: KeyKind
) -> None:
    with sessions() as session:
        if kind is KeyKind.ADDRESS:
            typed = session.execute(
                text(
                    "SELECT split_part(street, ' ', 2) FROM account GROUP BY 1"
                    " HAVING count(*) >= 10 ORDER BY count(*) DESC, 1 LIMIT 1"
                )
            ).scalar_one()
        else:
            typed = session.execute(
                text(
                    "SELECT left(c.last_name, 2) FROM customer c JOIN account a ON a.customer_id = c.id"
                    " WHERE c.kind = 'person' GROUP BY 1"
                    " HAVING count(*) >= 10 ORDER BY count(*) DESC, 1 LIMIT 1"
                )
            ).scalar_one()
    query = interpret(typed, kind)
    assert isinstance(query, LookupQuery)
    as_of = clock.today()

    def every_page(session: Session, cursor: Cursor | None = None) -> Iterator[list[int]]:
        while True:
            page = fetch_page(session, query, cursor, limit=3, as_of=as_of)
            yield [row.account_id for row in page.rows if row.account_id is not None]
            if page.next is None:
                return
            cursor = page.next

    with sessions() as session:
        before = [a for page in every_page(session) for a in page]
    assert len(before) > 9
    assert len(before) == len(set(before))

    seen: list[int] = []
    added: list[int] = []
    with sessions() as reader:
        for number, page in enumerate(every_page(reader)):
            seen += page
            reader.rollback()  # a fresh snapshot for each page, as the console's workers
            if number < 3:
                # Another operator opens accounts at an address (or for a customer) the
                # operator has already scrolled past, and at the one at the very end.
                with sessions.begin() as writer:
                    added.append(_insert_account_like(writer, seen[0], f"99900{number}1"))
                    added.append(_insert_account_like(writer, before[-1], f"99900{number}2"))
    assert len(seen) == len(set(seen)), "a row was shown twice"
    assert set(before) <= set(seen), "a row was skipped"
    # Rows added ahead of the pages shown are reached; some were added behind them (which
    # would have pushed a row shown already onto the next OFFSET page).
    assert {added[1], added[3], added[5]} <= set(seen)
    assert not {added[0], added[2], added[4]} <= set(seen)


def test_lookups_send_no_ping_and_no_transaction_and_survive_a_lost_connection(
    engine: Engine, sessions: sessionmaker[Session]
) -> None:
    reader = reader_sessions(engine)
    assert reader is reader_sessions(engine)
    reader_engine = reader.kw["bind"]
    pings: list[object] = []
    original_ping = reader_engine.dialect.do_ping

    def counting_ping(connection: object) -> bool:
        pings.append(connection)
        return bool(original_ping(connection))

    reader_engine.dialect.do_ping = counting_ping

    with sessions() as session:
        number = session.execute(
            text("SELECT number FROM account ORDER BY id LIMIT 1")
        ).scalar_one()
    query = interpret(number, KeyKind.ACCOUNT_NUMBER)
    assert isinstance(query, LookupQuery)
    as_of = clock.today()

    def search(session: Session) -> list[str]:
        return [row.account_number for row in fetch_page(session, query, as_of=as_of).rows]

    with sessions() as session:
        for _ in range(3):
            assert read_only(session, search) == [number]
        assert pings == []

        # Each statement is its own transaction: no BEGIN ... ROLLBACK around a lookup.
        def transactions(reader: Session) -> set[int]:
            return {
                int(reader.execute(text("SELECT pg_current_xact_id()::text::bigint")).scalar_one())
                for _ in range(2)
            }

        assert len(read_only(session, transactions)) == 2
        with sessions() as console_session:  # the ordinary sessions keep their transaction
            assert len(transactions(console_session)) == 1

        # The server ends the lookup connection (restart, administrator): the next lookup
        # still finds the account, on a fresh connection.
        session.execute(
            text(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE application_name = :name"
            ),
            {"name": READER_APPLICATION_NAME},
        )
        session.commit()
        assert read_only(session, search) == [number]


def test_a_search_by_e_mail_reads_an_index_of_every_portal_login(session: Session) -> None:
    """billing.find_by_contact's portal-login half, shared addresses included: an index
    serves it (at 1,000,000 accounts the scan of every login took 150 ms a search)."""
    email = session.execute(text("SELECT email FROM portal_user LIMIT 1")).scalar_one()
    session.execute(text("SET LOCAL enable_seqscan = off"))
    plan = "\n".join(
        session.execute(
            text(
                "EXPLAIN SELECT u.id FROM billing.portal_user u"
                " WHERE u.email_key = pg_catalog.lower(:email)"
            ),
            {"email": email.upper()},
        ).scalars()
    )
    assert "Seq Scan" not in plan, plan
