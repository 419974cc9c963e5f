"""The privilege matrix as data: every privileged action and the groups allowed to take it.

Each row is tried by ``test_privilege_matrix.py`` as an operator of every group, over
TCP with scram-sha-256 password authentication, with plain SQL, in a transaction that
is rolled back afterwards (so every cell starts from the same database):

* a group not in ``allowed`` runs ``sql`` alone and must get SQLSTATE 42501, and the
  fingerprint of ``table`` (row count and content hash) and of the audit log must be
  unchanged;
* a group in ``allowed`` runs ``setup`` (if any), then ``sql``, and both must succeed:
  no error at all. A business refusal (P0001, 23514, 40001...) fails the cell, so every
  row must be a valid call that does what it says:

  - ``effect=WRITES`` (the default): the fingerprint of ``table``, read inside the
    operator's transaction right before and right after ``sql``, must differ (a row
    was added, changed or removed);
  - ``effect=READS``: ``sql`` must return a row whose first value is neither NULL nor
    false (so a read may be written as a boolean: ``SELECT f(...) = expected``);
  - ``check`` (optional): a boolean SQL expression the same operator evaluates right
    after ``sql``, in the same transaction; it must be true (e.g. the shift is closed).

How to write a row (see docs/privileges.md, "Adding your functions to the matrix"):

1. Read the function's preconditions (versions, claims, states) and pass arguments
   that satisfy them. ``{placeholders}`` are filled from the ``facts`` fixture of
   ``test_privilege_matrix.py``, which picks demo rows in the right state and creates
   what the demo lacks (see its docstring for every key, e.g. ``{meter_id}`` is a meter
   without readings, ``{portal_user_version}`` the current version of
   ``{portal_user_id}``). Add a key there when you need a row in another state.
2. If the call needs a state only the operator can create (an open shift, a claim),
   put that call in ``setup``: it runs as the same operator in the same transaction,
   before ``sql``. Refused groups run ``sql`` without ``setup`` (privileges are checked
   before any business rule).
3. Name in ``table`` the table the call changes (``audit_log`` if it only audits), or
   set ``effect=READS``; add a ``check`` when the table's change alone does not show
   that the call did its job.

To add your capability's function, append an ``Action`` to ``CAPABILITY_ACTIONS``
below. Direct INSERT/UPDATE/DELETE/TRUNCATE of every table of the schema is tested for
every group without rows here: the test discovers the tables in the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

AGENT, CASHIER, SUPERVISOR, ADMIN = "agent", "cashier", "supervisor", "admin"
ROLES = (AGENT, CASHIER, SUPERVISOR, ADMIN)
SERVING = frozenset({AGENT, CASHIER, SUPERVISOR})
NOBODY: frozenset[str] = frozenset()
EVERYONE = frozenset(ROLES)
AGENT_OR_SUPERVISOR = frozenset({AGENT, SUPERVISOR})


class Effect(Enum):
    """What an allowed call must visibly do, besides completing without an error."""

    WRITES = "writes"
    """The fingerprint of the action's ``table`` changes in the operator's transaction."""
    READS = "reads"
    """The statement returns a row whose first value is neither NULL nor false."""


WRITES, READS = Effect.WRITES, Effect.READS


@dataclass(frozen=True, slots=True)
class Action:
    """One privileged action as plain SQL, the groups allowed, what success looks like."""

    name: str
    sql: str
    allowed: frozenset[str]
    table: str = "audit_log"
    """The table the call changes (or, for a refused group, must leave unchanged)."""
    effect: Effect = WRITES
    setup: str = ""
    """SQL an allowed operator runs first, in the same transaction (an open shift...)."""
    check: str = ""
    """A boolean SQL expression that must be true right after the call (same transaction)."""


READABLE_TABLES = (
    "region",
    "contract",
    "account",
    "metering_point",
    "meter",
    "tariff",
    "reading",
    "bill",
    "bill_line",
    "payment",
    "account_link",
    "link_request",
    "registration_review",
    "internet_payment",
    "portal_rule_set",
)
"""Tables every serving group reads whole; those holding contacts are in CONTACT_ACTIONS."""

CONTACT_ACTIONS = (
    # Customers, portal users, notifications and portal actions hold phones and e-mails:
    # the groups read every other column, agents and supervisors the masked contacts, and
    # nobody the whole ones in bulk (only billing.reveal_contact, one at a time, audited).
    Action(
        "read customers (no contacts)",
        "SELECT id, kind, last_name, first_name, middle_name, name, inn, kpp, ogrn, name_key,"
        " lookup_name_key, created_at FROM billing.customer LIMIT 1",
        SERVING,
        "customer",
        effect=READS,
    ),
    *(
        Action(
            f"read every customer's {column}",
            f"SELECT {column} FROM billing.customer WHERE {column} IS NOT NULL",
            NOBODY,
            "customer",
            effect=READS,
        )
        for column in ("phone", "email", "email_key")
    ),
    Action(
        "read customers' masked contacts",
        "SELECT phone_masked, email_masked FROM billing.customer"
        " WHERE phone_masked IS NOT NULL LIMIT 1",
        AGENT_OR_SUPERVISOR,
        "customer",
        effect=READS,
    ),
    Action(
        "read portal users (no contacts, no hash)",
        "SELECT id, login, login_key, kind, status, block_reason, customer_id, created_at,"
        " email_confirmed_at, version FROM billing.portal_user LIMIT 1",
        SERVING,
        "portal_user",
        effect=READS,
    ),
    *(
        Action(
            f"read every portal user's {column}",
            f"SELECT {column} FROM billing.portal_user WHERE {column} IS NOT NULL",
            NOBODY,
            "portal_user",
            effect=READS,
        )
        for column in ("phone", "email", "email_key")
    ),
    Action(
        "read portal users' masked contacts",
        "SELECT email_masked, phone_masked FROM billing.portal_user LIMIT 1",
        AGENT_OR_SUPERVISOR,
        "portal_user",
        effect=READS,
    ),
    Action(
        "read notifications (no recipient)",
        "SELECT id, portal_user_id, channel, template, subject, body, status, attempts,"
        " next_attempt_at, last_error, created_by, created_at, sent_at"
        " FROM billing.notification LIMIT 1",
        SERVING,
        "notification",
        effect=READS,
    ),
    Action(
        "read every notification's recipient",
        "SELECT recipient FROM billing.notification",
        NOBODY,
        "notification",
        effect=READS,
    ),
    Action(
        "read notifications' masked recipients",
        "SELECT recipient_masked FROM billing.notification LIMIT 1",
        AGENT_OR_SUPERVISOR,
        "notification",
        effect=READS,
    ),
    Action(
        "read notifications' delivery reports",
        "SELECT count(delivered_at) + 1 FROM billing.notification",
        SERVING,
        "notification",
        effect=READS,
    ),
    Action(
        "read the one-time codes in the outbox",
        "SELECT secret FROM billing.notification",
        NOBODY,
        "notification",
        effect=READS,
    ),
    Action(
        "read the codes sent to portal logins (no hash)",
        "SELECT count(*) + 1 FROM (SELECT id, portal_user_id, purpose, notification_id,"
        " created_at, expires_at, used_at, revoked_at FROM billing.portal_code) AS c",
        SERVING,
        "portal_code",
        effect=READS,
    ),
    Action(
        "read the hashes of portal codes",
        "SELECT code_hash FROM billing.portal_code",
        NOBODY,
        "portal_code",
        effect=READS,
    ),
    Action(
        "read portal logins' login history and locks",
        "SELECT count(last_login_at) + max(failed_login_count) + count(locked_until) + 1"
        " FROM billing.portal_user",
        SERVING,
        "portal_user",
        effect=READS,
    ),
    Action(
        "read portal actions (no contacts)",
        "SELECT count(*) + 1 FROM (SELECT id, portal_user_id, login, action, reason,"
        " performed_by, performed_at FROM billing.portal_action) AS a",
        SERVING,
        "portal_action",
        effect=READS,
    ),
    Action(
        "read the old and new contacts portal actions record",
        "SELECT details FROM billing.portal_action",
        NOBODY,
        "portal_action",
        effect=READS,
    ),
)

APPEAL_TABLES = ("appeal", "interaction", "interaction_topic")
"""Contacts and appeals (texts included): agents and supervisors only."""

READ_ACTIONS = (
    *(
        Action(
            f"read {table}",
            f"SELECT * FROM billing.{table} LIMIT 1",
            AGENT_OR_SUPERVISOR,
            table,
            effect=READS,
        )
        for table in APPEAL_TABLES
    ),
    *(
        Action(
            f"read {table}",
            f"SELECT * FROM billing.{table} LIMIT 1",
            SERVING,
            table,
            effect=READS,
        )
        for table in READABLE_TABLES
    ),
    *CONTACT_ACTIONS,
    Action(
        "read portal password hashes",
        "SELECT password_hash FROM billing.portal_user LIMIT 1",
        NOBODY,
        "portal_user",
        effect=READS,
    ),
    Action(
        "read the audit log",
        "SELECT * FROM billing.audit_log LIMIT 1",
        frozenset({ADMIN}),
        effect=READS,
    ),
    *(
        Action(
            f"read {table}",
            f"SELECT * FROM billing.{table} LIMIT 1",
            EVERYONE,
            table,
            effect=READS,
        )
        for table in (
            "supplier_details",
            "tariff_act",
            "billing_settings",
            "calendar_day",
            "consumption_norm",
        )
    ),
    Action(
        "read the regions' names",
        "SELECT id, code, name FROM billing.region LIMIT 1",
        EVERYONE,
        "region",
        effect=READS,
    ),
    Action(
        "read the operator registry",
        "SELECT * FROM billing.operator",
        frozenset({ADMIN}),
        "operator",
        effect=READS,
    ),
)

AUDIT_ACTIONS = (
    Action("update audit rows", "UPDATE billing.audit_log SET operator = 'someone'", NOBODY),
    Action("delete audit rows", "DELETE FROM billing.audit_log", NOBODY),
    Action(
        "forge an audit row",
        "INSERT INTO billing.audit_log (table_name, row_key, action) VALUES ('customer', '1', 'UPDATE')",
        NOBODY,
    ),
    Action(
        "read a customer's history",
        "SELECT * FROM billing.customer_history({customer_id}, 10)",
        EVERYONE,
        effect=READS,
    ),
    Action(
        "read an account's history",
        "SELECT * FROM billing.account_history({account_id}, 10)",
        EVERYONE,
        effect=READS,
    ),
    Action(
        "reveal a customer's phone",
        "SELECT billing.reveal_contact('customer', {customer_id}, 'phone')",
        AGENT_OR_SUPERVISOR,
    ),
    Action(
        "reveal a portal user's e-mail",
        "SELECT billing.reveal_contact('portal_user', {portal_user_id}, 'email')",
        AGENT_OR_SUPERVISOR,
    ),
    Action("ask who am I", "SELECT * FROM billing.whoami()", EVERYONE, effect=READS),
    Action(
        "disable the triggers of payments",
        "ALTER TABLE billing.payment DISABLE TRIGGER USER",
        NOBODY,
        "payment",
    ),
    Action("drop the audit trigger of bills", "DROP TRIGGER audit ON billing.bill", NOBODY, "bill"),
    Action(
        "read password fingerprints",
        "SELECT * FROM billing.login_fingerprint",
        NOBODY,
        "login_fingerprint",
    ),
    Action(
        "ask for a password fingerprint",
        "SELECT billing_guard.password_fingerprint('{target_operator}')",
        NOBODY,
        "login_fingerprint",
    ),
    Action(
        "probe password expiry (login-check role only)",
        "SELECT billing.password_expired('{target_operator}')",
        NOBODY,
        effect=READS,
    ),
)

OPERATOR_ACTIONS = (
    Action(
        "create an operator",
        "SELECT billing.create_operator('matrix_new_op', 'Новый Оператор', 'agent', 'Strong-Passw0rd-1')",
        frozenset({ADMIN}),
        "operator",
        check="pg_has_role('matrix_new_op', 'billing_agent', 'MEMBER')",
    ),
    Action(
        "disable an operator",
        "SELECT billing.disable_operator('{target_operator}')",
        frozenset({ADMIN}),
        "operator",
        check="NOT (SELECT rolcanlogin FROM pg_roles WHERE rolname = '{target_operator}')",
    ),
    Action(
        "enable an operator",
        "SELECT billing.enable_operator('{target_operator}')",
        frozenset({ADMIN}),
        "operator",
        setup="SELECT billing.disable_operator('{target_operator}')",
        check="(SELECT rolcanlogin FROM pg_roles WHERE rolname = '{target_operator}')",
    ),
    Action(
        "change an operator's group",
        "SELECT billing.set_operator_group('{target_operator}', 'supervisor')",
        frozenset({ADMIN}),
        "operator",
        check="pg_has_role('{target_operator}', 'billing_supervisor', 'MEMBER')"
        " AND NOT pg_has_role('{target_operator}', 'billing_agent', 'MEMBER')",
    ),
    Action(
        "reset an operator's password",
        "SELECT billing.reset_operator_password('{target_operator}', 'Another-Passw0rd-2')",
        frozenset({ADMIN}),
        "operator",
    ),
    Action("create a role directly", "CREATE ROLE matrix_rogue LOGIN", NOBODY, "operator"),
    Action(
        "make oneself an admin directly",
        "GRANT billing_admin TO CURRENT_USER",
        NOBODY,
        "operator",
    ),
    Action(
        "change another operator's password directly",
        "ALTER ROLE {target_operator} PASSWORD 'Hijacked-Passw0rd-3'",
        NOBODY,
        "operator",
    ),
    Action("become a superuser", "ALTER ROLE CURRENT_USER SUPERUSER", NOBODY, "operator"),
    Action(
        "ask whether one's own password was set outside the console",
        "SELECT billing.check_own_password()",
        EVERYONE,
        "operator",
        setup="ALTER ROLE CURRENT_USER PASSWORD 'Self-Chosen-Passw0rd-9'",
        check="billing.check_own_password()",
    ),
    Action(
        "find passwords set outside the console",
        "SELECT billing.detect_password_bypasses() = 0",
        frozenset({ADMIN}),
        "operator",
        effect=READS,
    ),
)

OPEN_SHIFT = "SELECT billing.open_shift(1000)"
CLAIM_NOTIFICATION = "SELECT billing.notification_claim(1, 60)"
"""Claims the due notification ``{notification_id}`` (the first due): its try number 1."""

CAPABILITY_ACTIONS: tuple[Action, ...] = (
    # readings (issue 6, migration 0040)
    Action(
        "confirm_readings",
        "SELECT billing.confirm_readings({meter_id}, billing.today(),"
        " jsonb_build_object('T1', 100), ARRAY[]::text[], NULL, NULL,"
        " date_trunc('month', billing.today())::date, NULL, gen_random_uuid())",
        frozenset({AGENT, SUPERVISOR}),
        "reading",
        check="EXISTS (SELECT FROM billing.reading WHERE meter_id = {meter_id}"
        " AND source = 'operator' AND entered_by = session_user)",
    ),
    # SQL pricing (issue 12, migration 0120): what «Calculate» shows; writes nothing
    Action(
        "price_reading",
        "SELECT billing.price_reading({meter_id}, billing.today(),"
        " jsonb_build_object('T1', 100), ARRAY[]::text[]) ->> 'total' IS NOT NULL",
        frozenset({AGENT, SUPERVISOR}),
        "reading",
        effect=READS,
    ),
    Action(
        "correct_reading",
        "SELECT billing.correct_reading({reading_id}, 120, false, 'ошибка ввода', NULL,"
        " gen_random_uuid())",
        frozenset({SUPERVISOR}),
        "reading",
        check="EXISTS (SELECT FROM billing.reading WHERE corrects_id = {reading_id})",
    ),
    # the monthly billing run (issue 12, migration 0180): the current month has no bills
    Action(
        "bill_period",
        "SELECT billing.bill_period('SIM', date_trunc('month', billing.today())::date, 5, 0)"
        " ->> 'formed' = '5'",
        frozenset({SUPERVISOR}),
        "bill",
        check="EXISTS (SELECT FROM billing.bill_line WHERE description LIKE '%по среднемесячному%'"
        " AND bill_id IN (SELECT id FROM billing.bill WHERE formed_by = session_user))",
    ),
    # payments and the cash desk (issue 7, migration 0050)
    Action(
        "open_shift",
        OPEN_SHIFT,
        frozenset({CASHIER}),
        "cash_shift",
        check="EXISTS (SELECT FROM billing.cash_shift WHERE cashier = session_user"
        " AND closed_at IS NULL)",
    ),
    Action(
        "take_payment",
        "SELECT billing.take_payment({account_id}, 100, 'cash', NULL, gen_random_uuid())",
        frozenset({CASHIER}),
        "payment",
        setup=OPEN_SHIFT,
        check="EXISTS (SELECT FROM billing.payment p JOIN billing.cash_shift s"
        " ON s.id = p.shift_id WHERE s.cashier = session_user AND p.account_id = {account_id})",
    ),
    Action(
        "close_shift",
        "SELECT billing.close_shift(1000)",
        frozenset({CASHIER}),
        "cash_shift",
        setup=OPEN_SHIFT,
        check="NOT EXISTS (SELECT FROM billing.cash_shift WHERE cashier = session_user"
        " AND closed_at IS NULL)",
    ),
    Action(
        "reverse_payment",
        "SELECT billing.reverse_payment({payment_id}, 'ошибка кассира')",
        frozenset({SUPERVISOR}),
        "payment",
        check="EXISTS (SELECT FROM billing.payment WHERE reverses_id = {payment_id})",
    ),
    # fiscal cheques (issue 15, migration 0190)
    Action(
        "record_fiscal_result",
        "SELECT billing.record_fiscal_result((SELECT max(p.id) FROM billing.payment p"
        ' WHERE p.entered_by = session_user), \'{{"status": "pending",'
        ' "failure": "offline"}}\')',
        frozenset({CASHIER}),
        "fiscal_cheque",
        setup="SELECT billing.take_payment({account_id}, 100, 'cash', NULL, gen_random_uuid())"
        " FROM (SELECT billing.open_shift(0)) AS opened",
        check="EXISTS (SELECT FROM billing.fiscal_cheque WHERE cashier = session_user"
        " AND failure = 'offline')",
    ),
    Action(
        "release_pending_cheques",
        "SELECT billing.release_pending_cheques({open_shift_id}, 'касса неисправна')",
        frozenset({SUPERVISOR}),
        "cash_shift",
        check="(SELECT pending_release_by = session_user FROM billing.cash_shift"
        " WHERE id = {open_shift_id})",
    ),
    Action(
        "set_cash_desk",
        "SELECT billing.set_cash_desk(NULL, 'Касса 2', 'http://10.0.0.12:16732',"
        " '00106700000002', NULL)",
        frozenset({ADMIN}),
        "cash_desk",
    ),
    Action(
        "set_operator_inn",
        "SELECT billing.set_operator_inn('{target_operator}', '500100732259')",
        frozenset({ADMIN}),
        "operator",
    ),
    # correction cheques and the supplier's cheque settings (issue 15, migration 0230)
    Action(
        "create_fiscal_correction",
        "SELECT billing.create_fiscal_correction(gen_random_uuid(), 'sellCorrection', 'self',"
        " billing.today() - 1, NULL, 'чек не пробит', 100, 'cash', {account_id}, NULL)",
        frozenset({SUPERVISOR}),
        "fiscal_correction",
        check="EXISTS (SELECT FROM billing.fiscal_correction WHERE cashier = session_user"
        " AND status = 'pending')",
    ),
    Action(
        "record_correction_result",
        "SELECT billing.record_correction_result((SELECT max(c.id)"
        " FROM billing.fiscal_correction c WHERE c.cashier = session_user),"
        ' \'{{"status": "pending", "failure": "offline"}}\')',
        frozenset({SUPERVISOR}),
        "fiscal_correction",
        setup="SELECT billing.create_fiscal_correction(gen_random_uuid(), 'sellCorrection',"
        " 'self', billing.today() - 1, NULL, 'чек не пробит', 100, 'cash', {account_id}, NULL)",
        check="EXISTS (SELECT FROM billing.fiscal_correction WHERE cashier = session_user"
        " AND failure = 'offline')",
    ),
    Action(
        "set_supplier_fiscal",
        "SELECT billing.set_supplier_fiscal(NULL, 10, 'usnIncome', 'service', {supplier_version})",
        frozenset({ADMIN}),
        "supplier_details",
        check="(SELECT fiscal_taxation = 'usnIncome' FROM billing.supplier_details"
        " WHERE region_id IS NULL)",
    ),
    Action(
        "record_print",
        "SELECT billing.record_print('bill', '{bill_id}', NULL)",
        SERVING,
        "document_print",
    ),
    # search by a contact, masked (issue 11, migration 0090)
    Action(
        "find customers by phone",
        "SELECT customer_id = {customer_id} FROM"
        " billing.find_by_contact('phone', '{customer_phone}') WHERE customer_id IS NOT NULL",
        AGENT_OR_SUPERVISOR,
        effect=READS,
    ),
    Action(
        "find portal users by e-mail",
        "SELECT portal_user_id = {portal_user_id} FROM"
        " billing.find_by_contact('email', upper('{portal_user_email}'))"
        " WHERE portal_user_id IS NOT NULL",
        AGENT_OR_SUPERVISOR,
        effect=READS,
    ),
    # lookup and portal account actions (issue 4, migration 0020)
    *(
        Action(name, f"SELECT billing.{name}('ул. Ленина 5')", SERVING, effect=READS)
        for name in ("name_search_key", "street_search_key", "house_search_key", "meter_serial_key")
    ),
    *(
        Action(name, f"SELECT billing.{name}({args})", AGENT_OR_SUPERVISOR, "portal_user")
        for name, args in (
            (
                "portal_resend_confirmation",
                "{unconfirmed_portal_user_id}, {unconfirmed_portal_user_version}",
            ),
            ("portal_send_password_reset", "{portal_user_id}, {portal_user_version}"),
            ("portal_send_code", "{portal_user_id}, {portal_user_version}, 'login'"),
            (
                "portal_change_email",
                "{portal_user_id}, {portal_user_version}, 'matrix@example.ru'",
            ),
            ("portal_change_phone", "{portal_user_id}, {portal_user_version}, '+79990000000'"),
            (
                "portal_unlink_account",
                "{portal_user_id}, {portal_user_version}, {linked_account_id}",
            ),
        )
    ),
    *(
        Action(name, f"SELECT billing.{name}({args})", frozenset({SUPERVISOR}), "portal_user")
        for name, args in (
            ("portal_block", "{portal_user_id}, {portal_user_version}, 'мошенничество'"),
            (
                "portal_unblock",
                "{blocked_portal_user_id}, {blocked_portal_user_version}, 'проверено'",
            ),
            (
                "portal_merge",
                "{portal_user_id}, {portal_user_version},"
                " {twin_portal_user_id}, {twin_portal_user_version}",
            ),
        )
    ),
    # moderation (issue 5, migration 0030)
    Action(
        "link_proof_facts",
        "SELECT (billing.link_proof_facts({account_region_id}, '{account_number}')"
        " ->> 'account_id')::bigint = {account_id}",
        frozenset({AGENT, SUPERVISOR}),
        effect=READS,
    ),
    Action(
        "create_link_request",
        "SELECT billing.create_link_request({portal_user_id}, {account_region_id},"
        " '{account_number}', 'surname_prefix', 'Абв')",
        frozenset({AGENT, SUPERVISOR}),
        "link_request",
        check="EXISTS (SELECT FROM billing.link_request WHERE portal_user_id = {portal_user_id}"
        " AND account_number = '{account_number}')",
    ),
    Action(
        "edit_link_request",
        "SELECT billing.edit_link_request({link_request_id}, {link_request_version},"
        " {account_region_id}, '{account_number}', 'surname_prefix', 'Абв')",
        frozenset({AGENT, SUPERVISOR}),
        "link_request",
        check="(SELECT account_number = '{account_number}' FROM billing.link_request"
        " WHERE id = {link_request_id})",
    ),
    Action(
        "register_portal_login",
        "SELECT billing.register_portal_login({account_region_id}, '{account_number}',"
        " (SELECT b.receipt_number FROM billing.bill b WHERE b.account_id = {account_id}"
        "   ORDER BY b.billing_period DESC LIMIT 1), 'matrix_login', 'matrix.new@example.ru',"
        " '+79990000077')",
        frozenset({AGENT, SUPERVISOR}),
        "portal_user",
        check="EXISTS (SELECT FROM billing.portal_user WHERE login = 'matrix_login')",
    ),
    Action(
        "cancel_link_request",
        "SELECT billing.cancel_link_request({link_request_id}, {link_request_version},"
        " 'абонент передумал')",
        frozenset({AGENT, SUPERVISOR}),
        "link_request",
        check="(SELECT status = 'cancelled' FROM billing.link_request"
        " WHERE id = {link_request_id})",
    ),
    # registration evidence and merge requests (issue 17, migration 0220)
    Action(
        "registration_proof_checks",
        "SELECT count(*) > 0 FROM billing.registration_proof_checks("
        "(SELECT min(p.review_id) FROM billing.registration_proof p))",
        frozenset({SUPERVISOR}),
        effect=READS,
    ),
    Action(
        "request_portal_merge",
        "SELECT billing.request_portal_merge({portal_user_id}, {portal_user_version},"
        " {twin_portal_user_id}, {twin_portal_user_version}, 'абонент просит')",
        frozenset({AGENT, SUPERVISOR}),
        "merge_request",
        check="EXISTS (SELECT FROM billing.merge_request WHERE keep_id = {portal_user_id}"
        " AND status = 'pending')",
    ),
    Action(
        "decide_merge_request",
        "SELECT billing.decide_merge_request(m.id, m.version, false, 'other', 'проверка')"
        " FROM billing.merge_request m WHERE m.keep_id = {portal_user_id}"
        " AND m.status = 'pending'",
        frozenset({SUPERVISOR}),
        "merge_request",
        setup="SELECT billing.request_portal_merge({portal_user_id}, {portal_user_version},"
        " {twin_portal_user_id}, {twin_portal_user_version}, 'абонент просит')",
        check="EXISTS (SELECT FROM billing.merge_request WHERE keep_id = {portal_user_id}"
        " AND status = 'rejected')",
    ),
    *(
        Action(name, sql, frozenset({SUPERVISOR}), table, setup=setup, check=check)
        for name, sql, table, setup, check in (
            (
                "decide_link_request",
                "SELECT billing.decide_link_request({link_request_id}, {link_request_version},"
                " true)",
                "link_request",
                "",
                "(SELECT status = 'approved' FROM billing.link_request"
                " WHERE id = {link_request_id})",
            ),
            (
                "decide_registration_review",
                "SELECT billing.decide_registration_review({review_id}, {review_version}, true)",
                "registration_review",
                "",
                "(SELECT status = 'approved' FROM billing.registration_review"
                " WHERE id = {review_id})",
            ),
            (
                "edit_registration_review",
                "SELECT billing.edit_registration_review({organisation_review_id},"
                " {organisation_review_version}, 'ООО', 'Ромашка', '{organisation_review_inn}',"
                " '', '', ARRAY['01-00001/ЭС'])",
                "registration_review",
                "",
                "(SELECT organisation_name = 'Ромашка' FROM billing.registration_review"
                " WHERE id = {organisation_review_id})",
            ),
            (
                "moderation_claim_next",
                "SELECT billing.moderation_claim_next('link_request', 15)",
                "link_request",
                "",
                "(SELECT claimed_by = session_user FROM billing.link_request"
                " WHERE id = {link_request_id})",
            ),
            (
                # The claim takes {link_request_id} (the oldest free item) and bumps its version.
                "moderation_release",
                "SELECT billing.moderation_release('link_request', {link_request_id},"
                " {link_request_version} + 1)",
                "link_request",
                "SELECT billing.moderation_claim_next('link_request', 15)",
                "(SELECT claimed_by IS NULL FROM billing.link_request"
                " WHERE id = {link_request_id})",
            ),
            (
                "notification_claim",
                CLAIM_NOTIFICATION,
                "notification",
                "",
                "(SELECT attempts = 1 FROM billing.notification WHERE id = {notification_id})",
            ),
            (
                "notification_mark_sent",
                "SELECT billing.notification_mark_sent({notification_id}, 1)",
                "notification",
                CLAIM_NOTIFICATION,
                "(SELECT status = 'sent' FROM billing.notification WHERE id = {notification_id})",
            ),
            (
                "notification_mark_delivered",
                "SELECT billing.notification_mark_delivered({notification_id}, 1)",
                "notification",
                "SELECT billing.notification_mark_sent(c.id, c.attempts)"
                " FROM billing.notification_claim(1, 60) AS c",
                "(SELECT status = 'delivered' FROM billing.notification"
                " WHERE id = {notification_id})",
            ),
            (
                "notification_mark_failed",
                "SELECT billing.notification_mark_failed({notification_id}, 1,"
                " 'шлюз недоступен', 3, 60)",
                "notification",
                CLAIM_NOTIFICATION,
                "(SELECT status = 'failed' FROM billing.notification WHERE id = {notification_id})",
            ),
            (
                "notification_resend",
                "SELECT billing.notification_resend({dead_notification_id})",
                "notification",
                "",
                "(SELECT status = 'queued' FROM billing.notification"
                " WHERE id = {dead_notification_id})",
            ),
        )
    ),
    # appeals and contacts (issue 16, migration 0130)
    Action(
        "record_interaction",
        "SELECT billing.record_interaction({customer_id}, {account_id}, 'phone', 'complaint',"
        " ARRAY['account_number', 'address'], 'звонок', 'зарегистрирована жалоба')",
        AGENT_OR_SUPERVISOR,
        "interaction",
        check="EXISTS (SELECT FROM billing.interaction WHERE customer_id = {customer_id}"
        " AND recorded_by = session_user)",
    ),
    Action(
        "register_appeal",
        "SELECT * FROM billing.register_appeal({customer_id}, {account_id}, 'complaint',"
        " 'Неверно начислено', NULL)",
        AGENT_OR_SUPERVISOR,
        "appeal",
        check="EXISTS (SELECT FROM billing.appeal WHERE customer_id = {customer_id}"
        " AND created_by = session_user AND status = 'new')",
    ),
    Action(
        "answer_appeal",
        "SELECT billing.answer_appeal({assigned_appeal_id}, {assigned_appeal_version},"
        " 'Перерасчёт выполнен')",
        AGENT_OR_SUPERVISOR,
        "appeal",
        check="(SELECT status = 'answered' AND answered_by = session_user FROM billing.appeal"
        " WHERE id = {assigned_appeal_id})",
    ),
    *(
        Action(name, sql, frozenset({SUPERVISOR}), table, check=check)
        for name, sql, table, check in (
            (
                "appeals_claim_next",
                "SELECT * FROM billing.appeals_claim_next()",
                "appeal",
                "(SELECT assignee = session_user AND status = 'in_work' FROM billing.appeal"
                " WHERE id = {claimable_appeal_id})",
            ),
            (
                "assign_appeal",
                "SELECT billing.assign_appeal({claimable_appeal_id}, {claimable_appeal_version},"
                " '{target_operator}')",
                "appeal",
                "(SELECT assignee = '{target_operator}' FROM billing.appeal"
                " WHERE id = {claimable_appeal_id})",
            ),
            (
                "close_appeal",
                "SELECT billing.close_appeal({answered_appeal_id}, {answered_appeal_version})",
                "appeal",
                "(SELECT status = 'closed' FROM billing.appeal WHERE id = {answered_appeal_id})",
            ),
            (
                "save_interaction_topic",
                "SELECT billing.save_interaction_topic('tariff', 'Тарифы', 35, true)",
                "interaction_topic",
                "EXISTS (SELECT FROM billing.interaction_topic WHERE code = 'tariff')",
            ),
        )
    ),
    # supplier details and billing settings in the database (issue 12, migration 0160)
    *(
        Action(name, sql, frozenset({ADMIN}), table, check=check)
        for name, sql, table, check in (
            (
                "set_supplier_details",
                "SELECT billing.set_supplier_details(NULL, 'АО «Южная энергосбытовая компания»',"
                " '9102012347', '910201001', '295000, г. Симферополь, ул. Энергетиков, д. 7',"
                " '+7 3652 55-00-01', 'info@yuzhenergosbyt.ru', 'www.yuzhenergosbyt.ru',"
                " 'РНКБ Банк (ПАО)', '043510607', '40702810041080000123',"
                " '30101810335100000607', 20, {supplier_version})",
                "supplier_details",
                "(SELECT phone = '+7 3652 55-00-01' FROM billing.supplier_details"
                " WHERE region_id IS NULL)",
            ),
            (
                "delete_supplier_details",
                "SELECT billing.delete_supplier_details({own_supplier_region_id},"
                " {own_supplier_version})",
                "supplier_details",
                "",
            ),
            (
                "set_billing_settings",
                "SELECT billing.set_billing_settings(NULL, 10, 20, {window_version})",
                "billing_settings",
                "(SELECT window_last_day = 20 FROM billing.billing_settings"
                " WHERE region_id IS NULL)",
            ),
            (
                "delete_billing_settings",
                "SELECT billing.delete_billing_settings(NULL, {window_version})",
                "billing_settings",
                "",
            ),
            (
                "set_tariff_act",
                "SELECT billing.set_tariff_act(NULL, {account_region_id}, DATE '2031-07-01',"
                " 'Приказ № 1 от 19.12.2030', NULL)",
                "tariff_act",
                "",
            ),
            (
                "delete_tariff_act",
                "SELECT billing.delete_tariff_act({tariff_act_id}, {tariff_act_version})",
                "tariff_act",
                "",
            ),
            (
                "set_calendar_day",
                "SELECT billing.set_calendar_day(DATE '2031-01-09', 'holiday', 'перенос', NULL)",
                "calendar_day",
                "",
            ),
            (
                "delete_calendar_day",
                "SELECT billing.delete_calendar_day(DATE '{calendar_day}', {calendar_day_version})",
                "calendar_day",
                "",
            ),
            (
                "set_consumption_norm",
                "SELECT billing.set_consumption_norm(NULL, {account_region_id}, 'gas_stove', 7,"
                " 1, 99.5, NULL)",
                "consumption_norm",
                "(SELECT kwh_per_resident = 99.5 FROM billing.consumption_norm"
                " WHERE region_id = {account_region_id} AND rooms = 7)",
            ),
            (
                "delete_consumption_norm",
                "SELECT billing.delete_consumption_norm(n.id, n.version)"
                " FROM billing.consumption_norm n ORDER BY n.id LIMIT 1",
                "consumption_norm",
                "",
            ),
        )
    ),
)
"""The other capabilities' SECURITY DEFINER functions (lookup 0020, moderation 0030,
readings 0040, payments 0050): each engineer appends rows for their functions here."""

EVIDENCE_READS = (
    # Merge requests name logins, not contacts: agents see theirs, supervisors decide them.
    Action(
        "read merge requests",
        "SELECT count(*) + 1 FROM billing.merge_request",
        AGENT_OR_SUPERVISOR,
        "merge_request",
        effect=READS,
    ),
    # The proofs registration applicants gave are the supervisors' to judge.
    Action(
        "read registration proofs",
        "SELECT count(*) FROM billing.registration_proof",
        frozenset({SUPERVISOR}),
        "registration_proof",
        effect=READS,
    ),
)
"""Tables of migration 0220 read by some serving groups only."""

ACTIONS = (
    *READ_ACTIONS,
    *AUDIT_ACTIONS,
    *OPERATOR_ACTIONS,
    *CAPABILITY_ACTIONS,
    *EVIDENCE_READS,
)

FUNCTIONS_OUTSIDE_THE_MATRIX = frozenset({"password_expired"})
"""Functions granted to a role that is no operator group (the login-check role)."""
