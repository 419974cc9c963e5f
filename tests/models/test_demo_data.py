"""Demo data: deterministic, valid, and covering every status the console deals with."""

from __future__ import annotations

from datetime import date

from sqlalchemy import URL, create_engine, text
from sqlalchemy.engine import Connection

from console.database import migrations
from models.demo import seed_demo
from models.domain.identifiers import validate_inn, validate_kpp, validate_ogrn
from tests.conftest import PgServer

FINGERPRINT_TABLES = (
    "customer",
    "account",
    "meter",
    "reading",
    "bill",
    "bill_line",
    "payment",
    "portal_user",
    "link_request",
    "registration_review",
)


def _fingerprint(connection: Connection) -> dict[str, str]:
    return {
        table: connection.execute(
            text(
                f"SELECT md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) FROM "
                f"(SELECT * FROM billing.{table}) t"
            )
        ).scalar_one()
        for table in FINGERPRINT_TABLES
    }


def _seeded(pg_server: PgServer, url: URL, seed: int) -> dict[str, str]:
    migrations.upgrade(url)
    engine = create_engine(url)
    with engine.begin() as connection:
        seed_demo(connection, accounts=120, seed=seed, today=date(2026, 11, 23))
        result = _fingerprint(connection)
    engine.dispose()
    return result


def test_same_seed_same_data(pg_server: PgServer, empty_db_url: URL) -> None:
    other = "billing_demo_again"
    pg_server.drop_database(other)
    pg_server.create_database(other)
    try:
        first = _seeded(pg_server, empty_db_url, seed=3)
        second = _seeded(pg_server, pg_server.url(other), seed=3)
    finally:
        pg_server.drop_database(other)
    assert first == second


def test_organisation_numbers_pass_their_check_digits(engine) -> None:
    with engine.connect() as connection:
        rows = connection.execute(
            text("SELECT inn, kpp, ogrn FROM billing.customer WHERE kind = 'organisation'")
        ).all()
    assert rows
    for inn, kpp, ogrn in rows:
        assert validate_inn(inn) == []
        assert validate_kpp(kpp) == []
        assert validate_ogrn(ogrn) == []


def test_every_status_and_proof_kind_is_present(engine) -> None:
    with engine.connect() as connection:

        def values(sql: str) -> set[str]:
            return {row[0] for row in connection.execute(text(sql))}

        assert values("SELECT DISTINCT status FROM billing.portal_user") == {
            "active",
            "email_unconfirmed",
            "awaiting_review",
            "blocked",
        }
        assert values("SELECT DISTINCT status FROM billing.link_request") == {
            "new",
            "auto_approved",
            "pending",
            "approved",
            "rejected",
            "cancelled",
        }
        assert values("SELECT DISTINCT proof_kind FROM billing.link_request") == {
            "last_payment_amount",
            "surname_prefix",
            "meter_serial",
            "receipt_number",
        }
        assert values("SELECT DISTINCT channel FROM billing.payment") == {
            "cash_desk",
            "bank",
            "online",
            "portal",
        }
        assert values("SELECT DISTINCT zones::text FROM billing.meter") == {"1", "2", "3"}
        assert values("SELECT DISTINCT source FROM billing.reading") >= {
            "customer",
            "customer_anonymous",
            "operator",
            "inspector",
            "smart_meter",
            "estimated",
        }


def test_history_is_consistent(engine) -> None:
    with engine.connect() as connection:
        mismatched = connection.execute(
            text(
                "SELECT count(*) FROM billing.bill b WHERE b.amount <>"
                " (SELECT sum(amount) FROM billing.bill_line l WHERE l.bill_id = b.id)"
            )
        ).scalar()
        months = connection.execute(
            text("SELECT count(DISTINCT billing_period) FROM billing.bill")
        ).scalar()
        women = connection.execute(
            text(
                "SELECT count(*) FROM billing.customer WHERE middle_name LIKE '%вна'"
                " AND last_name NOT LIKE '%а' AND last_name NOT LIKE '%я' AND last_name NOT LIKE '%ко' AND last_name NOT LIKE '%ич'"
            )
        ).scalar()
        tariff_splits = connection.execute(
            text("SELECT count(*) FROM billing.bill_line WHERE description LIKE '%(с 01.07.%'")
        ).scalar()
        debtors = connection.execute(
            text(
                "SELECT count(DISTINCT b.account_id) FROM billing.bill b JOIN billing.bill_line l"
                " ON l.bill_id = b.id WHERE l.kind = 'penalty'"
            )
        ).scalar()
    assert mismatched == 0
    assert months == 24
    assert women == 0, "a woman's surname must take the feminine form"
    assert tariff_splits > 0, "July bills split consumption at the tariff change"
    assert debtors > 0


def test_electricity_lines_name_the_readings_they_bill(engine) -> None:
    with engine.connect() as connection:
        unlinked = connection.execute(
            text(
                "SELECT count(*) FROM billing.bill_line WHERE kind = 'electricity'"
                " AND (previous_reading_id IS NULL OR current_reading_id IS NULL)"
            )
        ).scalar()
        wrong = connection.execute(
            text(
                "SELECT count(*) FROM billing.bill_line l"
                " JOIN billing.reading p ON p.id = l.previous_reading_id"
                " JOIN billing.reading c ON c.id = l.current_reading_id"
                " WHERE l.kind = 'electricity' AND (p.zone <> l.zone OR c.zone <> l.zone"
                "  OR p.taken_on >= c.taken_on OR p.meter_id <> c.meter_id)"
            )
        ).scalar()
    assert unlinked == 0
    assert wrong == 0


def test_parallel_load_gives_the_same_data(pg_server: PgServer, empty_db_url: URL) -> None:
    from models.demo.seeder import seed_demo_in_parallel

    single = _seeded(pg_server, empty_db_url, seed=5)
    other = "billing_demo_parallel"
    pg_server.drop_database(other)
    pg_server.create_database(other)
    try:
        url = pg_server.url(other)
        migrations.upgrade(url)
        conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
        report = seed_demo_in_parallel(
            conninfo, accounts=120, seed=5, today=date(2026, 11, 23), workers=3
        )
        engine = create_engine(url)
        with engine.connect() as connection:
            parallel = _fingerprint_without_ids(connection)
            triggers_off = connection.execute(
                text("SELECT count(*) FROM pg_trigger WHERE tgname = 'audit' AND tgenabled = 'D'")
            ).scalar()
            leftovers = connection.execute(
                text("SELECT count(*) FROM pg_tables WHERE tablename LIKE 'demo_%'")
            ).scalar()
        engine.dispose()
        engine = create_engine(empty_db_url)
        with engine.connect() as connection:
            expected = _fingerprint_without_ids(connection)
        engine.dispose()
    finally:
        pg_server.drop_database(other)
    assert report.accounts == 120
    assert parallel == expected
    assert triggers_off == 0
    assert leftovers == 0
    del single


def _fingerprint_without_ids(connection: Connection) -> dict[str, str]:
    """The same rows, whatever ids parallel workers drew from the shared sequences."""
    queries = {
        "reading": "SELECT meter_id, zone, value, taken_on, source FROM billing.reading",
        "bill": "SELECT account_id, billing_period, receipt_number, amount, paid_on FROM billing.bill",
        "bill_line": "SELECT b.receipt_number, l.kind, l.zone, l.quantity, l.amount FROM billing.bill_line l JOIN billing.bill b ON b.id = l.bill_id",
        "payment": "SELECT account_id, amount, paid_on, channel, external_id FROM billing.payment",
        "link_request": "SELECT id, proof_value, status FROM billing.link_request",
    }
    return {
        name: connection.execute(
            text(f"SELECT md5(string_agg(md5(t::text), '' ORDER BY md5(t::text))) FROM ({sql}) t")
        ).scalar_one()
        for name, sql in queries.items()
    }


def test_every_queued_link_request_would_link_a_new_account(engine) -> None:
    """The training queue teaches something: approving any waiting request links an account
    its login does not see yet; the queue holds every proof kind, and so does the history
    of requests approved automatically (right proofs, which linked the account)."""
    with engine.connect() as connection:

        def rows(sql: str) -> list[tuple[object, ...]]:
            return [tuple(r) for r in connection.execute(text(sql))]

        queued = rows(
            "SELECT r.id, r.version, r.portal_user_id, a.id FROM billing.link_request r"
            " JOIN billing.account a ON a.region_id = r.region_id AND a.number = r.account_number"
            " WHERE r.status IN ('new', 'pending') ORDER BY r.id"
        )
        assert len(queued) >= 8
        assert rows(
            "SELECT count(*) FROM billing.link_request r WHERE r.status IN ('new', 'pending')"
        ) == [(len(queued),)]
        kinds = rows(
            "SELECT DISTINCT proof_kind FROM billing.link_request WHERE status = 'pending'"
        )
        assert len(kinds) == 4
        right = rows(
            "SELECT DISTINCT proof_kind FROM billing.link_request r WHERE status = 'auto_approved'"
            " AND EXISTS (SELECT FROM billing.account_link l WHERE l.portal_user_id ="
            " r.portal_user_id AND l.account_id = r.account_id)"
        )
        assert len(right) == 4
        for request_id, version, user_id, account_id in queued:
            seen = connection.execute(
                text(
                    "SELECT EXISTS (SELECT FROM billing.account_link"
                    " WHERE portal_user_id = :u AND account_id = :a)"
                ),
                {"u": user_id, "a": account_id},
            ).scalar_one()
            assert not seen, f"request {request_id} asks for an account its login sees"
            connection.execute(
                text("SELECT billing.decide_link_request(:id, :v, true)"),
                {"id": request_id, "v": version},
            )
            assert connection.execute(
                text(
                    "SELECT EXISTS (SELECT FROM billing.account_link"
                    " WHERE portal_user_id = :u AND account_id = :a)"
                ),
                {"u": user_id, "a": account_id},
            ).scalar_one()
        connection.rollback()
        failed = rows(
            "SELECT count(*) FILTER (WHERE failed_login_count > 0),"
            " count(*) FILTER (WHERE locked_until IS NOT NULL),"
            " count(*) FILTER (WHERE last_login_at IS NOT NULL) FROM billing.portal_user"
        )[0]
        assert all(int(str(n)) > 0 for n in failed)
        reviews = rows(
            "SELECT DISTINCT customer_kind FROM billing.registration_review WHERE status = 'pending'"
        )
        assert sorted(str(r[0]) for r in reviews) == ["organisation", "person"]
