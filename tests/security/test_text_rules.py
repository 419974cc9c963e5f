"""Length and character rules: the database refuses what the console's fields refuse.

The hostile operator of issue 11 stored 100,000-character proofs, account numbers and
block reasons, e-mails with a zero-width space or a right-to-left override, a full name
with an RTL override and an operator login literally named ``current_user``. Each of
those is tried here through the functions the operator's group may call, and refused
by the database with nothing stored; then the database's rules are compared with the
console's (``models.domain``) character by character and on generated text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import psycopg
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.domain.emails import mask_email, normalize_email
from models.domain.operator_rules import validate_operator_login
from models.domain.phones import mask_phone
from models.domain.sql_keywords import SQL_KEYWORDS
from models.domain.text import MAX_LENGTHS, is_clean
from tests.conftest import PgServer
from tests.security.conftest import PASSWORD, OperatorLogin, psycopg_connect

HUGE = "Я" * 100_000

COLUMN_KINDS = {
    ("customer", "last_name"): "person_name",
    ("customer", "first_name"): "person_name",
    ("customer", "middle_name"): "person_name",
    ("customer", "name"): "organisation_name",
    ("contract", "number"): "contract_number",
    ("account", "settlement"): "settlement",
    ("account", "street"): "street",
    ("account", "house"): "house",
    ("account", "flat"): "flat",
    ("metering_point", "name"): "metering_point_name",
    ("meter", "serial_number"): "serial_number",
    ("meter", "model"): "meter_model",
    ("portal_user", "block_reason"): "reason",
    ("portal_action", "reason"): "reason",
    ("link_request", "account_number"): "account_number",
    ("link_request", "proof_value"): "proof_value",
    ("link_request", "reason"): "decision_reason",
    ("registration_review", "organisation_type"): "identifier",
    ("registration_review", "organisation_name"): "organisation_name",
    ("registration_review", "inn"): "identifier",
    ("registration_review", "kpp"): "identifier",
    ("registration_review", "ogrn"): "identifier",
    ("registration_review", "account_number"): "account_number",
    ("registration_review", "reason"): "decision_reason",
    ("payment", "reason"): "reason",
    ("payment", "external_id"): "external_id",
    ("reading", "reason"): "reason",
    ("operator", "full_name"): "full_name",
    ("document_print", "document_key"): "document_key",
    ("rejection_reason", "title"): "title",
    ("registration_review", "applicant_name"): "full_name",
    ("registration_proof", "account_number"): "account_number",
    ("registration_proof", "proof_value"): "proof_value",
    ("merge_request", "comment"): "comment",
    ("merge_request", "reason"): "decision_reason",
}
"""Which of models.domain.text.MAX_LENGTHS each text column of the schema follows."""


@pytest.fixture(scope="module")
def superuser(pg_server: PgServer, matrix_db: str) -> Iterator[psycopg.Connection]:
    with psycopg_connect(pg_server.url(matrix_db), autocommit=True) as connection:
        yield connection


@pytest.fixture(scope="module")
def connections(
    pg_server: PgServer, matrix_db: str, matrix_operators: dict[str, OperatorLogin]
) -> Iterator[dict[str, psycopg.Connection]]:
    opened = {}
    for role in ("agent", "cashier", "supervisor", "admin"):
        operator = matrix_operators[role]
        opened[role] = psycopg_connect(
            pg_server.url(matrix_db, user=operator.login, password=operator.password)
        )
    yield opened
    for connection in opened.values():
        connection.close()


def refusal(connection: psycopg.Connection, statement: str, params: tuple[object, ...]) -> str:
    """The SQLSTATE the call fails with (the test fails if it succeeds); rolled back."""
    try:
        connection.execute(statement, params)
    except psycopg.Error as error:
        return error.sqlstate or "?"
    finally:
        connection.rollback()
    pytest.fail(f"the database accepted {statement[:60]}")


def fingerprint(superuser: psycopg.Connection, table: str) -> tuple[object, ...]:
    return tuple(
        superuser.execute(
            f"SELECT count(*), coalesce(sum(hashtext(t::text)), 0) FROM billing.{table} t"
        ).fetchone()
    )


# --- the attacks ------------------------------------------------------------------------


def test_huge_and_hidden_input_is_refused_by_every_function_that_stores_text(
    connections, superuser
) -> None:
    user_id, version = superuser.execute(
        "SELECT id, version FROM billing.portal_user WHERE status = 'active'"
        " AND customer_id IS NOT NULL ORDER BY id LIMIT 1"
    ).fetchone()
    region_id = superuser.execute("SELECT min(id) FROM billing.region").fetchone()[0]
    payment_id = superuser.execute(
        "SELECT min(id) FROM billing.payment p WHERE amount > 0"
        " AND NOT EXISTS (SELECT FROM billing.payment r WHERE r.reverses_id = p.id)"
    ).fetchone()[0]
    attempts = [
        # (role, table that must not change, SQL, params)
        (
            "supervisor",
            "portal_user",
            "SELECT billing.portal_block(%s, %s, %s)",
            (user_id, version, HUGE),
        ),
        (
            "supervisor",
            "portal_user",
            "SELECT billing.portal_block(%s, %s, %s)",
            (user_id, version, "мошенничество\u202eесть"),
        ),
        (
            "agent",
            "portal_user",
            "SELECT billing.portal_change_email(%s, %s, %s)",
            (user_id, version, "iva\u200bnov@mail.ru"),
        ),
        (
            "agent",
            "portal_user",
            "SELECT billing.portal_change_email(%s, %s, %s)",
            (user_id, version, "\u202eur.liam@vonavi.ru"),
        ),
        (
            "agent",
            "portal_user",
            "SELECT billing.portal_change_email(%s, %s, %s)",
            (user_id, version, "ivanov\u0301@mail.ru"),
        ),
        (
            "agent",
            "link_request",
            "SELECT billing.create_link_request(%s, %s, %s, %s, %s)",
            (user_id, region_id, "1" * 100_000, "surname_prefix", "Ива"),
        ),
        (
            "agent",
            "link_request",
            "SELECT billing.create_link_request(%s, %s, %s, %s, %s)",
            (user_id, region_id, "123456789", "surname_prefix", HUGE),
        ),
        (
            "agent",
            "link_request",
            "SELECT billing.create_link_request(%s, %s, %s, %s, %s)",
            (user_id, region_id, "123456789", "surname_prefix", "Ива\u200d"),
        ),
        ("supervisor", "payment", "SELECT billing.reverse_payment(%s, %s)", (payment_id, HUGE)),
        ("cashier", "document_print", "SELECT billing.record_print('bill', %s, NULL)", (HUGE,)),
        (
            "admin",
            "operator",
            "SELECT billing.create_operator('rtl_name_op', %s, 'agent', %s)",
            ("Иванова\u202eАнна", PASSWORD),
        ),
        (
            "admin",
            "operator",
            "SELECT billing.create_operator('long_name_op', %s, 'agent', %s)",
            (HUGE, PASSWORD),
        ),
    ]
    for role, table, statement, params in attempts:
        before = fingerprint(superuser, table)
        state = refusal(connections[role], statement, params)
        assert state in ("23514", "P0001", "22001"), (statement, state)
        assert fingerprint(superuser, table) == before, statement


@pytest.mark.parametrize("login", ["current_user", "session_user", "user", "all", "select"])
def test_an_operator_login_is_no_sql_keyword(login, connections, superuser) -> None:
    state = refusal(
        connections["admin"],
        "SELECT billing.create_operator(%s, 'Ключевое Слово', 'agent', %s)",
        (login, PASSWORD),
    )
    assert state in ("23514", "P0001")
    assert superuser.execute(
        "SELECT count(*) FROM pg_roles WHERE rolname = %s", (login,)
    ).fetchone() == (0,)


def test_every_rule_holds_for_the_stored_data(superuser) -> None:
    """No constraint was left NOT VALID: the demo data (and what tests add) keep the rules."""
    not_valid = superuser.execute(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint"
        " WHERE connamespace = 'billing'::regnamespace AND NOT convalidated"
    ).fetchall()
    assert not_valid == []


# --- the same rules on both sides -------------------------------------------------------


def test_every_text_column_has_the_consoles_limit(superuser) -> None:
    found = {}
    for table, definition in superuser.execute(
        "SELECT conrelid::regclass::text, pg_get_constraintdef(oid) FROM pg_constraint"
        " WHERE connamespace = 'billing'::regnamespace AND contype = 'c'"
    ):
        for column, limit in re.findall(r"text_ok\((\w+), (\d+)\)", definition):
            found[(table.removeprefix("billing."), column)] = int(limit)
    assert set(found) == set(COLUMN_KINDS)
    for column, kind in COLUMN_KINDS.items():
        limit = MAX_LENGTHS.get(kind)
        if limit is None:  # a rule of its own (meter serials: 4 to 32 characters)
            continue
        assert found[column] == limit, column


def test_the_refused_characters_are_the_same(superuser) -> None:
    refused_in_db = {
        row[0]
        for row in superuser.execute(
            "SELECT i FROM generate_series(1, 1114111) AS i"
            " WHERE i NOT BETWEEN 55296 AND 57343 AND NOT billing.text_is_clean(chr(i))"
        )
    }
    refused_here = {
        i for i in range(1, 0x110000) if not 0xD800 <= i <= 0xDFFF and not is_clean(chr(i))
    }
    assert refused_in_db == refused_here
    assert {0x200B, 0x202E, 0x2066, 0xFEFF, 0x0A, 0x85} <= refused_here


EMAIL_ALPHABET = st.sampled_from(
    [*"abcXYZ09.-_+@@'", *"яЁжιé中٣Ⅻ", "\u0301", "\u200b", "\u202e", " ", "\t"]
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.text(EMAIL_ALPHABET, max_size=24),
        st.builds(
            lambda a, b, c: f"{a}@{b}.{c}",
            st.text(EMAIL_ALPHABET, min_size=1, max_size=8),
            st.text(EMAIL_ALPHABET, min_size=1, max_size=8),
            st.text(EMAIL_ALPHABET, min_size=1, max_size=4),
        ),
    )
)
def test_the_database_stores_exactly_the_emails_the_console_accepts(superuser, text) -> None:
    stored_form = normalize_email(text) == text
    database = superuser.execute("SELECT billing.email_is_normal(%s)", (text,)).fetchone()[0]
    assert bool(database) == stored_form, text
    if "@" in text and text.strip() == text:  # stored contacts have no surrounding spaces
        masked = superuser.execute("SELECT billing.mask_email(%s)", (text,)).fetchone()[0]
        assert masked == mask_email(text), text


@settings(max_examples=100, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.from_regex(r"\+7[0-9]{10}", fullmatch=True))
def test_phones_are_masked_alike(superuser, phone) -> None:
    masked = superuser.execute("SELECT billing.mask_phone(%s)", (phone,)).fetchone()[0]
    assert masked == mask_phone(phone)


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.one_of(
        st.sampled_from(sorted(SQL_KEYWORDS)),
        st.text(st.sampled_from(list("abcz09_AЯ -")), max_size=44),
        st.sampled_from(["pg_x", "billing_x", "postgres", "public", "none", "ivanova_a"]),
    )
)
def test_the_database_takes_exactly_the_operator_logins_the_console_takes(superuser, login) -> None:
    database = superuser.execute("SELECT billing.operator_login_is_valid(%s)", (login,)).fetchone()[
        0
    ]
    assert bool(database) == (validate_operator_login(login) == []), login


def test_the_server_knows_no_keyword_the_console_does_not(superuser) -> None:
    server = {row[0] for row in superuser.execute("SELECT word FROM pg_get_keywords()")}
    assert server <= SQL_KEYWORDS


def test_a_changed_email_is_stored_in_its_normal_form(connections, superuser) -> None:
    user_id, version = superuser.execute(
        "SELECT id, version FROM billing.portal_user WHERE status = 'active' ORDER BY id DESC"
        " LIMIT 1"
    ).fetchone()
    agent = connections["agent"]
    agent.execute(
        "SELECT billing.portal_change_email(%s, %s, %s)",
        (user_id, version, " Ivanov.Norm@Mail.RU "),
    )
    agent.commit()
    stored = superuser.execute(
        "SELECT email FROM billing.portal_user WHERE id = %s", (user_id,)
    ).fetchone()
    assert stored == ("Ivanov.Norm@mail.ru",)
