"""The database itself rejects impossible data, and leaves the table unchanged."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import IntegrityError

ACCOUNT = "(SELECT min(id) FROM account)"
METER_1_ZONE = "(SELECT min(id) FROM meter WHERE zones = 1)"

REJECTED = [
    (
        "negative payment",
        f"INSERT INTO payment (account_id, amount, paid_on, channel) VALUES ({ACCOUNT}, -5, '2026-01-01', 'bank')",
    ),
    (
        "zero payment",
        f"INSERT INTO payment (account_id, amount, paid_on, channel) VALUES ({ACCOUNT}, 0, '2026-01-01', 'bank')",
    ),
    (
        "unknown channel",
        f"INSERT INTO payment (account_id, amount, paid_on, channel) VALUES ({ACCOUNT}, 5, '2026-01-01', 'barter')",
    ),
    (
        "reversal without reason",
        f"INSERT INTO payment (account_id, amount, paid_on, channel, reverses_id) VALUES ({ACCOUNT}, -5, '2026-01-01', 'bank', (SELECT min(id) FROM payment))",
    ),
    (
        "payment of unknown account",
        "INSERT INTO payment (account_id, amount, paid_on, channel) VALUES (-1, 5, '2026-01-01', 'bank')",
    ),
    (
        "negative reading",
        f"INSERT INTO reading (meter_id, zone, value, taken_on, source) VALUES ({METER_1_ZONE}, 'T1', -1, '2026-01-01', 'operator')",
    ),
    (
        "zone beyond the meter's zones",
        f"INSERT INTO reading (meter_id, zone, value, taken_on, source) VALUES ({METER_1_ZONE}, 'T2', 1, '2026-01-01', 'operator')",
    ),
    (
        "unknown reading source",
        f"INSERT INTO reading (meter_id, zone, value, taken_on, source) VALUES ({METER_1_ZONE}, 'T1', 1, '2026-01-01', 'guess')",
    ),
    (
        "second reading same meter zone date",
        f"INSERT INTO reading (meter_id, zone, value, taken_on, source) SELECT meter_id, zone, value + 1, taken_on, 'operator' FROM reading WHERE meter_id = {METER_1_ZONE} LIMIT 1",
    ),
    (
        "duplicate account number in region",
        "INSERT INTO account (region_id, number, customer_id, settlement, street, house, opened_on) SELECT region_id, number, customer_id, settlement, street, house, opened_on FROM account LIMIT 1",
    ),
    (
        "malformed account number",
        "INSERT INTO account (region_id, number, customer_id, settlement, street, house, opened_on) VALUES (1, '12ab', (SELECT min(id) FROM customer), 'x', 'y', '1', '2020-01-01')",
    ),
    (
        "duplicate receipt number",
        "INSERT INTO bill (account_id, billing_period, receipt_number, formed_on, due_on, amount) SELECT account_id, billing_period + interval '100 years', receipt_number, formed_on, due_on, amount FROM bill LIMIT 1",
    ),
    (
        "billing period not a month",
        f"INSERT INTO bill (account_id, billing_period, receipt_number, formed_on, due_on, amount) VALUES ({ACCOUNT}, '2030-01-15', 'R99999999999', '2030-02-01', '2030-02-10', 1)",
    ),
    (
        "negative bill line",
        "INSERT INTO bill_line (bill_id, kind, description, amount) VALUES ((SELECT min(id) FROM bill), 'service', 'x', -1)",
    ),
    (
        "duplicate login",
        "INSERT INTO portal_user (login, email, password_hash, status) SELECT upper(login), 'new' || email, password_hash, 'active' FROM portal_user LIMIT 1",
    ),
    (
        "duplicate e-mail",
        "INSERT INTO portal_user (login, email, password_hash, status) SELECT login || 'x', upper(email), password_hash, 'active' FROM portal_user LIMIT 1",
    ),
    # A login's length is its portal's rule (billing.portal_rule_set, migration 0220:
    # Krymenergo's logins are e-mails, however short); spaces no portal allows.
    (
        "login with a space",
        "INSERT INTO portal_user (login, email, password_hash, status) VALUES ('with space', 'a@b.ru', 'h', 'active')",
    ),
    (
        "empty login",
        "INSERT INTO portal_user (login, email, password_hash, status) VALUES ('', 'a@b.ru', 'h', 'active')",
    ),
    (
        "bad phone",
        "INSERT INTO portal_user (login, email, phone, password_hash, status) VALUES ('longenough1', 'a@b.ru', '89141234567', 'h', 'active')",
    ),
    (
        "unknown portal status",
        "INSERT INTO portal_user (login, email, password_hash, status) VALUES ('longenough2', 'c@b.ru', 'h', 'sleeping')",
    ),
    (
        "duplicate idempotency key",
        "INSERT INTO payment (account_id, amount, paid_on, channel, idempotency_key) SELECT account_id, amount, paid_on, channel, idempotency_key FROM payment WHERE idempotency_key IS NOT NULL LIMIT 1",
    ),
    (
        "meter with too many zones",
        "INSERT INTO meter (metering_point_id, serial_number, model, digits, zones, installed_on, calibration_due) VALUES ((SELECT min(id) FROM metering_point), 'SER12345', 'm', 5, 4, '2020-01-01', '2030-01-01')",
    ),
    (
        "organisation without INN",
        "INSERT INTO customer (kind, name) VALUES ('organisation', 'ООО «Без ИНН»')",
    ),
    (
        "rejected request without reason",
        "UPDATE link_request SET status = 'rejected', reason = NULL, decided_by = 'x', decided_at = now() WHERE id = (SELECT min(id) FROM link_request)",
    ),
]


@pytest.mark.parametrize(("case", "sql"), REJECTED, ids=[case for case, _ in REJECTED])
def test_database_rejects(engine: Engine, case: str, sql: str) -> None:
    table = sql.split()[2] if sql.startswith("INSERT") else sql.split()[1]
    with engine.connect() as connection:
        before = connection.execute(
            text(f"SELECT count(*), md5(string_agg(t::text, '' ORDER BY t::text)) FROM {table} t")
        ).one()
    with pytest.raises(IntegrityError), engine.begin() as connection:
        connection.execute(text(sql))
    with engine.connect() as connection:
        after = connection.execute(
            text(f"SELECT count(*), md5(string_agg(t::text, '' ORDER BY t::text)) FROM {table} t")
        ).one()
    assert after == before


def test_audit_records_who_changed_what(engine: Engine) -> None:
    with engine.begin() as connection:
        connection.execute(text("UPDATE customer SET phone = '+79990001122' WHERE id = 1"))
        entry = connection.execute(
            text(
                "SELECT operator, action, old_values ->> 'phone', new_values ->> 'phone' FROM audit_log"
                " WHERE table_name = 'customer' AND row_key = '1' ORDER BY id DESC LIMIT 1"
            )
        ).one()
        user = connection.execute(text("SELECT session_user")).scalar()
    assert entry[0] == user
    assert entry[1] == "UPDATE"
    assert entry[3] == "+79990001122"
