"""The hostile operator shadows every table and catalog with a trapping temporary view.

The attack of issue 11: a login creates a temporary view named like a relation a
SECURITY DEFINER function reads (``account``, ``pg_roles``...), with a function of its
own inside, grants the view to ``billing_owner`` and calls the definer function. Had the
function resolved the name in the caller's temporary schema, the trap would run as
``billing_owner``.

For every login role (an operator of each group, a notification sender, the login-check
role) and every SECURITY DEFINER function it may execute (from the catalog), the test
arms the session — every relation of ``billing`` and every table and view of
``pg_catalog`` shadowed, with ``TEMPORARY`` granted back on the database for the test —
and calls the function with real arguments from the demo data. The trap records the
role it ran as, in a table and in a warning (which survives a rollback). It must never
run as anyone but the caller.

Two layers are proved: with the functions as they are (``pg_temp`` last in their
``search_path``), and again with ``pg_temp`` taken out of every definer function's
``search_path``, which puts the temporary schema *first*: since every relation in their
bodies is schema-qualified, the trap still never runs. A deliberately unqualified control
function shows that the trap does catch a hijack.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field

import psycopg
import pytest
from psycopg import sql

from tests.conftest import PgServer
from tests.security.conftest import PASSWORD, create_operator, drop_role, psycopg_connect

LOGIN_CHECK_PASSWORD = "billing-login-check"

SAMPLE_CALLS: dict[str, tuple[str, ...]] = {
    # everyone
    "whoami": ("SELECT * FROM billing.whoami()",),
    "check_own_password": ("SELECT billing.check_own_password()",),
    "customer_history": ("SELECT * FROM billing.customer_history({customer_id}, 20)",),
    "account_history": ("SELECT * FROM billing.account_history({account_id}, 20)",),
    "reveal_contact": (
        "SELECT billing.reveal_contact('customer', {customer_id}, 'phone')",
        "SELECT billing.reveal_contact('portal_user', {portal_user_id}, 'email')",
    ),
    "find_by_contact": (
        "SELECT * FROM billing.find_by_contact('phone', '{customer_phone}')",
        "SELECT * FROM billing.find_by_contact('email', '{portal_email}')",
    ),
    # administrators
    "create_operator": (
        "SELECT billing.create_operator('{new_operator}', 'Новый Оператор', 'agent',"
        " 'Strong-Passw0rd-1')",
    ),
    "set_operator_group": ("SELECT billing.set_operator_group('{target}', 'cashier')",),
    "reset_operator_password": (
        "SELECT billing.reset_operator_password('{target}', 'Another-Passw0rd-2')",
    ),
    "disable_operator": ("SELECT billing.disable_operator('{target}')",),
    "enable_operator": ("SELECT billing.enable_operator('{target}')",),
    "detect_password_bypasses": ("SELECT billing.detect_password_bypasses()",),
    # readings
    "confirm_readings": (
        "SELECT billing.confirm_readings({meter_id}, current_date,"
        " jsonb_build_object('T1', (SELECT r.value + 1 FROM billing.reading r"
        "   WHERE r.meter_id = {meter_id} ORDER BY r.taken_on DESC, r.id DESC LIMIT 1)),"
        " ARRAY[]::text[], NULL,"
        " (SELECT max(r.id) FROM billing.reading r WHERE r.meter_id = {meter_id}),"
        " date_trunc('month', current_date)::date, NULL, gen_random_uuid())",
    ),
    "price_reading": (
        "SELECT billing.price_reading({meter_id}, current_date,"
        " jsonb_build_object('T1', (SELECT r.value + 1 FROM billing.reading r"
        "   WHERE r.meter_id = {meter_id} ORDER BY r.taken_on DESC, r.id DESC LIMIT 1)),"
        " ARRAY[]::text[])",
    ),
    "correct_reading": (
        "SELECT billing.correct_reading({billed_reading_id},"
        " (SELECT r.value + 1 FROM billing.reading r WHERE r.id = {billed_reading_id}),"
        " false, 'проверка', NULL, gen_random_uuid())",
    ),
    # cash desk and printing
    "open_shift": ("SELECT billing.open_shift(1000)",),
    "take_payment": (
        "SELECT billing.take_payment({account_id}, 100, 'cash', NULL, gen_random_uuid())",
        "SELECT billing.take_payment({bill_account_id}, 1, 'card', {bill_id}, gen_random_uuid())",
    ),
    "close_shift": ("SELECT billing.close_shift(1100)",),
    "reverse_payment": ("SELECT billing.reverse_payment({payment_id}, 'ошибка кассира')",),
    "record_print": ("SELECT billing.record_print('bill', 'hijack-{bill_id}', {account_id})",),
    "record_fiscal_result": (
        "SELECT billing.record_fiscal_result((SELECT max(p.id) FROM billing.payment p"
        " WHERE p.entered_by = session_user AND p.shift_id IS NOT NULL),"
        ' \'{{"status": "pending", "failure": "busy"}}\')',
    ),
    "release_pending_cheques": (
        "SELECT billing.release_pending_cheques((SELECT max(s.id) FROM billing.cash_shift s"
        " WHERE s.closed_at IS NULL), 'касса неисправна')",
    ),
    "set_cash_desk": (
        "SELECT billing.set_cash_desk(NULL, 'Касса hijack', 'http://127.0.0.1:16799',"
        " '00106700000099', NULL)",
    ),
    "set_operator_inn": ("SELECT billing.set_operator_inn('{target}', '500100732259')",),
    "create_fiscal_correction": (
        "SELECT billing.create_fiscal_correction(gen_random_uuid(), 'sellCorrection', 'self',"
        " billing.today() - 1, NULL, 'чек не пробит', 100, 'cash', {account_id}, NULL)",
    ),
    "record_correction_result": (
        "SELECT billing.record_correction_result((SELECT max(c.id)"
        " FROM billing.fiscal_correction c WHERE c.cashier = session_user),"
        ' \'{{"status": "pending", "failure": "busy"}}\')',
    ),
    "set_supplier_fiscal": (
        "SELECT billing.set_supplier_fiscal(NULL, 20, 'osn', 'commodity',"
        " (SELECT s.version FROM billing.supplier_details s WHERE s.region_id IS NULL))",
    ),
    # portal account actions
    "portal_resend_confirmation": (
        "SELECT billing.portal_resend_confirmation({unconfirmed_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {unconfirmed_user_id}))",
    ),
    "portal_send_password_reset": (
        "SELECT billing.portal_send_password_reset({portal_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {portal_user_id}))",
    ),
    "portal_send_code": (
        "SELECT billing.portal_send_code({portal_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {portal_user_id}), 'login')",
    ),
    "portal_change_email": (
        "SELECT billing.portal_change_email({portal_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {portal_user_id}),"
        " 'hijack-{suffix}@example.ru')",
    ),
    "portal_change_phone": (
        "SELECT billing.portal_change_phone({portal_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {portal_user_id}),"
        " '+7999{phone_digits}')",
    ),
    "portal_unlink_account": (
        "SELECT billing.portal_unlink_account({linked_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {linked_user_id}),"
        " {linked_account_id})",
    ),
    "portal_block": (
        "SELECT billing.portal_block({portal_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {portal_user_id}),"
        " 'проверка')",
    ),
    "portal_unblock": (
        "SELECT billing.portal_unblock({portal_user_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {portal_user_id}),"
        " 'проверка')",
    ),
    "portal_merge": (
        "SELECT billing.portal_merge({merge_keep_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {merge_keep_id}),"
        " {merge_joined_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {merge_joined_id}))",
    ),
    "request_portal_merge": (
        "SELECT billing.request_portal_merge({merge_keep_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {merge_keep_id}),"
        " {merge_joined_id},"
        " (SELECT u.version FROM billing.portal_user u WHERE u.id = {merge_joined_id}),"
        " 'проверка')",
    ),
    "decide_merge_request": (
        "SELECT billing.decide_merge_request(m.id, m.version, false, 'other', 'проверка')"
        " FROM billing.merge_request m ORDER BY m.id DESC LIMIT 1",
    ),
    "registration_proof_checks": ("SELECT * FROM billing.registration_proof_checks({review_id})",),
    # moderation
    "link_proof_facts": ("SELECT billing.link_proof_facts({region_id}, '{account_number}')",),
    "create_link_request": (
        "SELECT billing.create_link_request({active_user_id}, {region_id}, '{account_number}',"
        " 'surname_prefix', 'Ива')",
    ),
    "edit_link_request": (
        "SELECT billing.edit_link_request({link_request_id},"
        " (SELECT l.version FROM billing.link_request l WHERE l.id = {link_request_id}),"
        " {region_id}, '{account_number}', 'last_payment_amount', '100')",
    ),
    "register_portal_login": (
        "SELECT billing.register_portal_login({region_id}, '{account_number}',"
        " (SELECT b.receipt_number FROM billing.bill b JOIN billing.account a"
        "   ON a.id = b.account_id WHERE a.number = '{account_number}' LIMIT 1),"
        " 'hijack_{suffix}', 'hijack.reg.{suffix}@example.ru', '+7998{phone_digits}')",
    ),
    "cancel_link_request": (
        "SELECT billing.cancel_link_request({link_request_id},"
        " (SELECT l.version FROM billing.link_request l WHERE l.id = {link_request_id}),"
        " 'проверка')",
    ),
    "moderation_claim_next": (
        "SELECT * FROM billing.moderation_claim_next('link_request', 15)",
        "SELECT * FROM billing.moderation_claim_next('registration_review', 15)",
    ),
    "moderation_release": (
        "SELECT billing.moderation_release('link_request', {link_request_id},"
        " (SELECT l.version FROM billing.link_request l WHERE l.id = {link_request_id}))",
    ),
    "decide_link_request": (
        "SELECT billing.decide_link_request({link_request_id},"
        " (SELECT l.version FROM billing.link_request l WHERE l.id = {link_request_id}),"
        " true)",
    ),
    "edit_registration_review": (
        "SELECT billing.edit_registration_review({review_id},"
        " (SELECT r.version FROM billing.registration_review r WHERE r.id = {review_id}),"
        " 'ООО', 'Ромашка', '7707083893', '770701001', '1027700132195', ARRAY['Д-1'])",
    ),
    "decide_registration_review": (
        "SELECT billing.decide_registration_review({review_id},"
        " (SELECT r.version FROM billing.registration_review r WHERE r.id = {review_id}),"
        " false, 'other', 'проверка')",
    ),
    # the notification outbox
    "notification_claim": ("SELECT * FROM billing.notification_claim(5, 60)",),
    # (senders read no table: the try number is the one notification_claim just counted)
    "notification_mark_failed": (
        "SELECT billing.notification_mark_failed({notification_id}, 1, 'gateway down', 3, 1)",
    ),
    "notification_mark_sent": ("SELECT billing.notification_mark_sent({notification_id}, 1)",),
    "notification_mark_delivered": (
        "SELECT billing.notification_mark_delivered({notification_id}, 1)",
    ),
    "notification_resend": ("SELECT billing.notification_resend({failed_notification_id})",),
    # appeals and contacts
    "record_interaction": (
        "SELECT billing.record_interaction({customer_id}, {account_id}, 'phone', 'complaint',"
        " ARRAY['account_number'], 'звонок', 'жалоба')",
    ),
    "register_appeal": (
        "SELECT * FROM billing.register_appeal({customer_id}, {account_id}, 'complaint',"
        " 'Проверка', NULL)",
    ),
    "appeals_claim_next": ("SELECT * FROM billing.appeals_claim_next()",),
    "assign_appeal": (
        "SELECT billing.assign_appeal({appeal_id},"
        " (SELECT a.version FROM billing.appeal a WHERE a.id = {appeal_id}), '{target}')",
    ),
    "answer_appeal": (
        "SELECT billing.answer_appeal({assigned_appeal_id},"
        " (SELECT a.version FROM billing.appeal a WHERE a.id = {assigned_appeal_id}), 'Ответ')",
    ),
    "close_appeal": (
        "SELECT billing.close_appeal({appeal_id},"
        " (SELECT a.version FROM billing.appeal a WHERE a.id = {appeal_id}))",
    ),
    "save_interaction_topic": (
        "SELECT billing.save_interaction_topic('hijack', 'Проверка', 5, true)",
    ),
    # the login-check role
    "password_expired": ("SELECT billing.password_expired('{target}')",),
    # supplier details and billing settings (administrators)
    "set_supplier_details": (
        "SELECT billing.set_supplier_details(NULL, 'АО «Южная энергосбытовая компания»',"
        " '9102012347', '910201001', '295000, г. Симферополь, ул. Энергетиков, д. 7',"
        " '+7 3652 55-00-01', 'info@yuzhenergosbyt.ru', 'www.yuzhenergosbyt.ru',"
        " 'РНКБ Банк (ПАО)', '043510607', '40702810041080000123', '30101810335100000607', 20,"
        " (SELECT s.version FROM billing.supplier_details s WHERE s.region_id IS NULL))",
    ),
    "delete_supplier_details": (
        "SELECT billing.delete_supplier_details(s.region_id, s.version)"
        " FROM billing.supplier_details s WHERE s.region_id IS NOT NULL"
        " ORDER BY s.region_id LIMIT 1",
    ),
    "set_billing_settings": (
        "SELECT billing.set_billing_settings(NULL, 10, 20,"
        " (SELECT s.version FROM billing.billing_settings s WHERE s.region_id IS NULL))",
    ),
    "delete_billing_settings": (
        "SELECT billing.delete_billing_settings(NULL,"
        " (SELECT s.version FROM billing.billing_settings s WHERE s.region_id IS NULL))",
    ),
    "set_tariff_act": (
        "SELECT billing.set_tariff_act(NULL, 1, DATE '2031-07-01', 'Приказ № 1', NULL)",
    ),
    "delete_tariff_act": (
        "SELECT billing.delete_tariff_act(t.id, t.version) FROM billing.tariff_act t"
        " ORDER BY t.id LIMIT 1",
    ),
    "set_calendar_day": (
        "SELECT billing.set_calendar_day(DATE '2031-01-09', 'holiday', 'перенос', NULL)",
    ),
    "delete_calendar_day": (
        "SELECT billing.delete_calendar_day(c.day, c.version) FROM billing.calendar_day c"
        " ORDER BY c.day LIMIT 1",
    ),
    "set_consumption_norm": (
        "SELECT billing.set_consumption_norm(NULL, 1, 'gas_stove', 7, 1, 99.5, NULL)",
    ),
    "delete_consumption_norm": (
        "SELECT billing.delete_consumption_norm(n.id, n.version) FROM billing.consumption_norm n"
        " ORDER BY n.id LIMIT 1",
    ),
    "bill_period": (
        "SELECT billing.bill_period('SIM', date_trunc('month', billing.today())::date, 3, 0)",
    ),
}
"""Real calls for every SECURITY DEFINER function a login may execute, in the order a
session runs them (one transaction, rolled back at the end). Add your function here."""

BUSINESS_REFUSALS = ("P0001", "23", "40001", "22023", "02000", "55P03")
"""SQLSTATEs (or classes) of refusals that still ran the function's checks."""

ARM = """
CREATE TEMP TABLE trap_log (name text, ran_as text, caller text);
GRANT ALL ON pg_temp.trap_log TO PUBLIC;
CREATE FUNCTION pg_temp.trap(p_name text) RETURNS boolean LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pg_temp.trap_log VALUES (p_name, current_user, session_user);
    RAISE WARNING 'trap % sprung as %', p_name, current_user;
    RETURN true;
END $$;
CREATE FUNCTION pg_temp.trap_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_temp.trap(TG_TABLE_NAME);
    RETURN NULL;
END $$;
"""

SHADOW = """
CREATE TEMP VIEW {name} AS SELECT {row} WHERE pg_temp.trap({label});
CREATE TRIGGER trap INSTEAD OF INSERT OR UPDATE OR DELETE ON pg_temp.{name}
    FOR EACH ROW EXECUTE FUNCTION pg_temp.trap_row();
GRANT ALL ON pg_temp.{name} TO PUBLIC;
"""


@dataclass
class Attack:
    """What one login's attack found."""

    login: str
    calls: int = 0
    succeeded: int = 0
    sprung: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)


@pytest.fixture
def superuser(pg_server: PgServer, db_name: str) -> Iterator[psycopg.Connection]:
    with psycopg_connect(pg_server.url(db_name), autocommit=True) as connection:
        connection.execute(
            sql.SQL("GRANT TEMPORARY ON DATABASE {} TO PUBLIC").format(sql.Identifier(db_name))
        )
        yield connection


@pytest.fixture
def logins(pg_server: PgServer, db_name: str, superuser) -> Iterator[dict[str, tuple[str, str]]]:
    """Login and password of an operator of each group, a sender and the login-check role."""
    operators = {
        group: create_operator(pg_server, db_name, group, prefix="hj")
        for group in ("agent", "cashier", "supervisor", "admin")
    }
    target = create_operator(pg_server, db_name, "agent", prefix="hjt")
    sender = f"hj_send_{uuid.uuid4().hex[:8]}"
    pg_server.execute(f"CREATE ROLE {sender} LOGIN PASSWORD '{PASSWORD}' IN ROLE billing_sender")
    found = {group: (op.login, op.password) for group, op in operators.items()}
    found["sender"] = (sender, PASSWORD)
    found["login_check"] = ("billing_login_check", LOGIN_CHECK_PASSWORD)
    found["target"] = (target.login, target.password)
    yield found
    for login in (*(op.login for op in operators.values()), target.login, sender):
        drop_role(pg_server, login)


def _one(connection: psycopg.Connection, query: str) -> object:
    row = connection.execute(query).fetchone()
    assert row is not None, query
    assert row[0] is not None, query
    return row[0]


def _facts(superuser: psycopg.Connection, target: str, agent: str) -> dict[str, object]:
    """Ids of demo rows that let each function run its checks (and mostly succeed).

    ``assigned_appeal_id`` is an appeal in work assigned to the attacking ``agent``, so
    the agent's (and the supervisor's) ``answer_appeal`` runs to the end."""
    one = lambda query: _one(superuser, query)  # noqa: E731
    bill = superuser.execute(
        "SELECT b.id, b.account_id FROM billing.bill b JOIN billing.account a ON a.id = b.account_id"
        " WHERE a.status = 'open' AND b.corrects_bill_id IS NULL ORDER BY b.id LIMIT 1"
    ).fetchone()
    link = superuser.execute(
        "SELECT l.portal_user_id, l.account_id FROM billing.account_link l ORDER BY 1, 2 LIMIT 1"
    ).fetchone()
    pair = superuser.execute(
        "SELECT min(u.id), max(u.id) FROM billing.portal_user u WHERE u.customer_id IS NOT NULL"
        " GROUP BY u.customer_id HAVING count(*) > 1 ORDER BY 1 LIMIT 1"
    ).fetchone()
    account = superuser.execute(
        "SELECT a.region_id, a.number FROM billing.account a WHERE a.status = 'open'"
        " ORDER BY a.id LIMIT 1"
    ).fetchone()
    assert bill
    assert link
    assert account
    keep, joined = pair if pair else (0, 0)
    failing = one(
        "SELECT billing.enqueue_notification(max(id), 'password_reset') FROM billing.portal_user"
    )
    return {
        "customer_id": one("SELECT min(id) FROM billing.customer WHERE phone IS NOT NULL"),
        "account_id": one("SELECT min(id) FROM billing.account WHERE status = 'open'"),
        "portal_user_id": one("SELECT min(id) FROM billing.portal_user WHERE status = 'active'"),
        "active_user_id": one("SELECT max(id) FROM billing.portal_user WHERE status = 'active'"),
        "unconfirmed_user_id": one(
            "SELECT coalesce(min(id), 0) FROM billing.portal_user"
            " WHERE email_confirmed_at IS NULL AND status <> 'blocked'"
        ),
        "linked_user_id": link[0],
        "linked_account_id": link[1],
        "merge_keep_id": keep,
        "merge_joined_id": joined,
        "meter_id": one(
            "SELECT min(m.id) FROM billing.meter m WHERE m.zones = 1 AND m.removed_on IS NULL"
            " AND EXISTS (SELECT FROM billing.reading r WHERE r.meter_id = m.id)"
        ),
        "billed_reading_id": one(
            "SELECT max(bl.current_reading_id) FROM billing.bill_line bl"
            " JOIN billing.reading r ON r.id = bl.current_reading_id"
            " WHERE NOT EXISTS (SELECT FROM billing.reading n WHERE n.meter_id = r.meter_id"
            "   AND n.zone = r.zone AND n.taken_on > r.taken_on)"
        ),
        "bill_id": bill[0],
        "bill_account_id": bill[1],
        "payment_id": one(
            "SELECT min(p.id) FROM billing.payment p WHERE p.reverses_id IS NULL"
            " AND NOT EXISTS (SELECT FROM billing.payment r WHERE r.reverses_id = p.id)"
        ),
        "region_id": account[0],
        "account_number": account[1],
        "link_request_id": one(
            "SELECT coalesce(min(id), 0) FROM billing.link_request"
            " WHERE status IN ('new', 'pending')"
        ),
        "review_id": one(
            "SELECT coalesce(min(id), 0) FROM billing.registration_review"
            " WHERE status = 'pending' AND customer_kind = 'organisation'"
        ),
        "notification_id": one(
            "SELECT billing.enqueue_notification(min(id), 'password_reset')"
            " FROM billing.portal_user"
        ),
        "failed_notification_id": one(
            "UPDATE billing.notification SET status = 'failed', attempts = 1, last_error = 'x'"
            f" WHERE id = {failing} RETURNING id"
        ),
        "appeal_id": one("SELECT min(id) FROM billing.appeal WHERE status = 'new'"),
        "assigned_appeal_id": one(
            "UPDATE billing.appeal SET status = 'in_work', assignee = " + f"'{agent}'"
            " WHERE id = (SELECT max(id) FROM billing.appeal WHERE status = 'new')"
            " RETURNING id"
        ),
        "target": target,
        "new_operator": f"hj_new_{uuid.uuid4().hex[:8]}",
        "suffix": uuid.uuid4().hex[:8],
        # Operators cannot read contacts: the searches get them as literals.
        "customer_phone": one("SELECT min(phone) FROM billing.customer"),
        "portal_email": one("SELECT min(email) FROM billing.portal_user"),
        "phone_digits": f"{uuid.uuid4().int % 10_000_000:07d}",
    }


def _shadowed_names(superuser: psycopg.Connection) -> list[tuple[str, str]]:
    """(name, column list) of every billing relation and every pg_catalog table and view.

    The shadow has the real relation's columns (pseudo-typed ones left out), so a query
    that resolved to it would run, and spring the trap, instead of failing on a column.
    """
    return [
        (row[0], row[1])
        for row in superuser.execute(
            "SELECT c.relname, string_agg(format('NULL::%s AS %I',"
            "       format_type(a.atttypid, a.atttypmod), a.attname), ', ' ORDER BY a.attnum)"
            "  FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
            "  JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            "  JOIN pg_type t ON t.oid = a.atttypid AND t.typtype <> 'p'"
            " WHERE (n.nspname = 'billing' AND c.relkind IN ('r', 'p', 'v', 'm', 'S'))"
            "    OR (n.nspname = 'pg_catalog' AND c.relkind IN ('r', 'v'))"
            " GROUP BY c.relname ORDER BY 1"
        ).fetchall()
    ]


def _callable_definer_functions(superuser: psycopg.Connection, login: str) -> list[str]:
    return [
        row[0]
        for row in superuser.execute(
            "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE p.prosecdef AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            "   AND has_function_privilege(%s, p.oid, 'EXECUTE') ORDER BY p.proname",
            (login,),
        ).fetchall()
    ]


def _arm(connection: psycopg.Connection, names: list[tuple[str, str]]) -> None:
    script = [ARM]
    for name, columns in names:
        script.append(
            sql.SQL(SHADOW)
            .format(name=sql.Identifier(name), row=sql.SQL(columns), label=sql.Literal(name))
            .as_string(connection)
        )
    connection.execute("".join(script))
    connection.commit()


def _attack(
    pg_server: PgServer,
    db_name: str,
    login: str,
    password: str,
    calls: list[str],
    names: list[tuple[str, str]],
) -> Attack:
    found = Attack(login)
    with psycopg_connect(pg_server.url(db_name, user=login, password=password)) as connection:

        def notice(diag: psycopg.errors.Diagnostic) -> None:
            if (diag.message_primary or "").startswith("trap "):
                found.sprung.append(diag.message_primary or "")

        connection.add_notice_handler(notice)
        _arm(connection, names)
        for call in calls:
            found.calls += 1
            try:
                with connection.transaction():
                    connection.execute(call).fetchall()
                found.succeeded += 1
            except psycopg.Error as error:
                state = error.sqlstate or "?"
                if not state.startswith(BUSINESS_REFUSALS):
                    found.unexpected.append(f"{state} {error.diag.message_primary}: {call}")
        logged = connection.execute(
            "SELECT name, ran_as FROM pg_temp.trap_log WHERE ran_as <> caller"
        ).fetchall()
        found.sprung += [f"trap {name} sprung as {ran_as} (logged)" for name, ran_as in logged]
        connection.rollback()
        # Drop the shadows now: a closed session's temporary objects go away only later,
        # and they would keep the role from being dropped.
        connection.execute("DISCARD TEMP")
        connection.commit()
    return found


def _run_attacks(pg_server, db_name, superuser, logins) -> list[Attack]:
    facts = _facts(superuser, logins["target"][0], logins["agent"][0])
    try:
        return _attack_as_each(pg_server, db_name, superuser, logins, facts)
    finally:  # the admin's sample call creates an operator: a role of the whole cluster
        drop_role(pg_server, facts["new_operator"])


def _attack_as_each(pg_server, db_name, superuser, logins, facts) -> list[Attack]:
    names = _shadowed_names(superuser)
    attacks = []
    for key in ("agent", "cashier", "supervisor", "admin", "sender", "login_check"):
        login, password = logins[key]
        functions = _callable_definer_functions(superuser, login)
        missing = [name for name in functions if name not in SAMPLE_CALLS]
        assert missing == [], (
            f"{key} may execute SECURITY DEFINER functions without sample calls in "
            f"tests/security/test_definer_hijack.py SAMPLE_CALLS: {missing}"
        )
        calls = [
            call.format(**facts)
            for name, samples in SAMPLE_CALLS.items()
            if name in functions
            for call in samples
        ]
        assert calls, f"{key} may execute no definer function at all"
        attacks.append(_attack(pg_server, db_name, login, password, calls, names))
    return attacks


def _assert_no_hijack(attacks: list[Attack]) -> None:
    for attack in attacks:
        assert attack.unexpected == [], f"{attack.login}: calls failed unexpectedly"
        assert attack.sprung == [], f"{attack.login} hijacked a definer function"


def test_no_definer_function_runs_the_callers_temporary_objects(
    pg_server, db_name, superuser, logins
) -> None:
    attacks = _run_attacks(pg_server, db_name, superuser, logins)
    _assert_no_hijack(attacks)
    assert sum(a.calls for a in attacks) >= len(SAMPLE_CALLS)
    for attack in attacks:
        print(f"{attack.login}: {attack.calls} calls, {attack.succeeded} went through")


def test_qualified_names_hold_even_with_the_temporary_schema_first(
    pg_server, db_name, superuser, logins
) -> None:
    # Second layer: pg_temp out of every definer function's search_path, which makes
    # PostgreSQL search the caller's temporary schema first.
    for signature, schemas in superuser.execute(
        "SELECT p.oid::regprocedure::text, CASE n.nspname WHEN 'billing_guard' THEN 'pg_catalog'"
        " ELSE 'pg_catalog, billing' END FROM pg_proc p JOIN pg_namespace n"
        " ON n.oid = p.pronamespace WHERE p.prosecdef AND n.nspname IN ('billing', 'billing_guard')"
    ).fetchall():
        superuser.execute(f"ALTER FUNCTION {signature} SET search_path = {schemas}")
    attacks = _run_attacks(pg_server, db_name, superuser, logins)
    _assert_no_hijack(attacks)


def test_the_trap_catches_an_unqualified_definer_function(
    pg_server, db_name, superuser, logins
) -> None:
    superuser.execute(
        "CREATE FUNCTION billing.hijack_control() RETURNS bigint LANGUAGE sql SECURITY DEFINER"
        " SET search_path = pg_catalog, billing AS $$ SELECT count(*) FROM payment $$;"
        " ALTER FUNCTION billing.hijack_control() OWNER TO billing_owner"
    )
    login, password = logins["cashier"]
    attack = _attack(
        pg_server,
        db_name,
        login,
        password,
        ["SELECT billing.hijack_control()"],
        _shadowed_names(superuser),
    )
    assert "trap payment sprung as billing_owner" in attack.sprung
