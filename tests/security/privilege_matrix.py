"""The privilege matrix as data: every privileged action and the groups allowed to take it.

Each row is tried by ``test_privilege_matrix.py`` as an operator of every group, over
TCP with scram-sha-256 password authentication, with plain SQL:

* a group not in ``allowed`` must get SQLSTATE 42501 and the fingerprint of ``table``
  (row count and content hash) and of the audit log must be unchanged;
* a group in ``allowed`` must not get 42501 (the statement runs in a transaction that
  is rolled back afterwards). A business refusal (P0001, 23514...) still proves the
  privilege, so rows need not be valid business input, only valid SQL.

``{placeholders}`` in the SQL are filled from the ``facts`` fixture (ids of demo rows:
customer_id, account_id, portal_user_id, meter_id, reading_id, payment_id, bill_id,
link_request_id, review_id, target_operator). To add your capability's function, append
an ``Action`` to ``CAPABILITY_ACTIONS`` below (see docs/privileges.md).
Direct INSERT/UPDATE/DELETE/TRUNCATE of every table of the schema is tested for every
group without rows here: the test discovers the tables in the database.
"""

from __future__ import annotations

from dataclasses import dataclass

AGENT, CASHIER, SUPERVISOR, ADMIN = "agent", "cashier", "supervisor", "admin"
ROLES = (AGENT, CASHIER, SUPERVISOR, ADMIN)
SERVING = frozenset({AGENT, CASHIER, SUPERVISOR})
NOBODY: frozenset[str] = frozenset()
EVERYONE = frozenset(ROLES)
AGENT_OR_SUPERVISOR = frozenset({AGENT, SUPERVISOR})


@dataclass(frozen=True, slots=True)
class Action:
    """One privileged action as plain SQL, the groups allowed, the table it would change."""

    name: str
    sql: str
    allowed: frozenset[str]
    table: str = "audit_log"


READABLE_TABLES = (
    "region",
    "customer",
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
    "notification",
)

READ_ACTIONS = (
    *(
        Action(f"read {table}", f"SELECT * FROM billing.{table} LIMIT 1", SERVING, table)
        for table in READABLE_TABLES
    ),
    Action(
        "read portal users without hashes",
        "SELECT id, login, email, phone, status FROM billing.portal_user LIMIT 1",
        SERVING,
        "portal_user",
    ),
    Action(
        "read portal password hashes",
        "SELECT password_hash FROM billing.portal_user LIMIT 1",
        NOBODY,
        "portal_user",
    ),
    Action("read the audit log", "SELECT * FROM billing.audit_log LIMIT 1", frozenset({ADMIN})),
    Action(
        "read the operator registry",
        "SELECT * FROM billing.operator",
        frozenset({ADMIN}),
        "operator",
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
    ),
    Action(
        "read an account's history",
        "SELECT * FROM billing.account_history({account_id}, 10)",
        EVERYONE,
    ),
    Action(
        "reveal a customer's phone",
        "SELECT billing.reveal_contact('customer', {customer_id}, 'phone')",
        SERVING,
    ),
    Action(
        "reveal a portal user's e-mail",
        "SELECT billing.reveal_contact('portal_user', {portal_user_id}, 'email')",
        SERVING,
    ),
    Action("ask who am I", "SELECT * FROM billing.whoami()", EVERYONE),
    Action(
        "probe password expiry (login-check role only)",
        "SELECT billing.password_expired('{target_operator}')",
        NOBODY,
    ),
)

OPERATOR_ACTIONS = (
    Action(
        "create an operator",
        "SELECT billing.create_operator('matrix_new_op', 'Новый Оператор', 'agent', 'Strong-Passw0rd-1')",
        frozenset({ADMIN}),
        "operator",
    ),
    Action(
        "disable an operator",
        "SELECT billing.disable_operator('{target_operator}')",
        frozenset({ADMIN}),
        "operator",
    ),
    Action(
        "enable an operator",
        "SELECT billing.enable_operator('{target_operator}')",
        frozenset({ADMIN}),
        "operator",
    ),
    Action(
        "change an operator's group",
        "SELECT billing.set_operator_group('{target_operator}', 'supervisor')",
        frozenset({ADMIN}),
        "operator",
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
)

CAPABILITY_ACTIONS: tuple[Action, ...] = (
    # readings (issue 6, migration 0040)
    Action(
        "confirm_readings",
        "SELECT billing.confirm_readings({meter_id}, billing.today(), '[]'::jsonb,"
        " ARRAY[]::text[], NULL, NULL, date_trunc('month', billing.today())::date, '[]'::jsonb,"
        " gen_random_uuid())",
        frozenset({AGENT, SUPERVISOR}),
        "reading",
    ),
    Action(
        "correct_reading",
        "SELECT billing.correct_reading({reading_id}, 1, false, 'matrix', '[]'::jsonb,"
        " gen_random_uuid())",
        frozenset({SUPERVISOR}),
        "reading",
    ),
    # payments and the cash desk (issue 7, migration 0050)
    Action("open_shift", "SELECT billing.open_shift(1000)", frozenset({CASHIER}), "cash_shift"),
    Action(
        "take_payment",
        "SELECT billing.take_payment({account_id}, 100, 'cash', NULL, gen_random_uuid())",
        frozenset({CASHIER}),
        "payment",
    ),
    Action("close_shift", "SELECT billing.close_shift(0)", frozenset({CASHIER}), "cash_shift"),
    Action(
        "reverse_payment",
        "SELECT billing.reverse_payment({payment_id}, 'ошибка кассира')",
        frozenset({SUPERVISOR}),
        "payment",
    ),
    Action(
        "record_print",
        "SELECT billing.record_print('bill', '{bill_id}', NULL)",
        SERVING,
        "document_print",
    ),
    # lookup and portal account actions (issue 4, migration 0020)
    *(
        Action(name, f"SELECT billing.{name}('ул. Ленина 5')", SERVING)
        for name in ("name_search_key", "street_search_key", "house_search_key", "meter_serial_key")
    ),
    *(
        Action(
            name,
            f"SELECT billing.{name}({{portal_user_id}}, 1{extra})",
            AGENT_OR_SUPERVISOR,
            "portal_user",
        )
        for name, extra in (
            ("portal_resend_confirmation", ""),
            ("portal_send_password_reset", ""),
            ("portal_change_email", ", 'matrix@example.ru'"),
            ("portal_change_phone", ", '+79990000000'"),
            ("portal_unlink_account", ", {account_id}"),
        )
    ),
    *(
        Action(
            name,
            f"SELECT billing.{name}({{portal_user_id}}, 1{extra})",
            frozenset({SUPERVISOR}),
            "portal_user",
        )
        for name, extra in (
            ("portal_block", ", 'matrix'"),
            ("portal_unblock", ", 'matrix'"),
            ("portal_merge", ", {portal_user_id}, 1"),
        )
    ),
    # moderation (issue 5, migration 0030)
    Action(
        "link_proof_facts",
        "SELECT billing.link_proof_facts(1, '000000')",
        frozenset({AGENT, SUPERVISOR}),
    ),
    Action(
        "create_link_request",
        "SELECT billing.create_link_request({portal_user_id}, 1, '000000', 'surname_prefix', 'Абв')",
        frozenset({AGENT, SUPERVISOR}),
        "link_request",
    ),
    Action(
        "edit_link_request",
        "SELECT billing.edit_link_request({link_request_id}, 0, 1, '000000', 'surname_prefix',"
        " 'Абв')",
        frozenset({AGENT, SUPERVISOR}),
        "link_request",
    ),
    *(
        Action(name, sql, frozenset({SUPERVISOR}), table)
        for name, sql, table in (
            (
                "decide_link_request",
                "SELECT billing.decide_link_request({link_request_id}, 0, true)",
                "link_request",
            ),
            (
                "decide_registration_review",
                "SELECT billing.decide_registration_review({review_id}, 0, true)",
                "registration_review",
            ),
            (
                "edit_registration_review",
                "SELECT billing.edit_registration_review({review_id}, 0, 'ООО', 'x', '1', '1',"
                " '1', ARRAY[]::text[])",
                "registration_review",
            ),
            (
                "moderation_claim_next",
                "SELECT billing.moderation_claim_next('link_request', 15)",
                "link_request",
            ),
            (
                "moderation_release",
                "SELECT billing.moderation_release('link_request', {link_request_id}, 0)",
                "link_request",
            ),
            ("notification_claim", "SELECT billing.notification_claim(1, 60)", "notification"),
            (
                "notification_mark_sent",
                "SELECT billing.notification_mark_sent(0, 1)",
                "notification",
            ),
            (
                "notification_mark_failed",
                "SELECT billing.notification_mark_failed(0, 1, 'x', 3, 1)",
                "notification",
            ),
            ("notification_resend", "SELECT billing.notification_resend(0)", "notification"),
        )
    ),
)
"""The other capabilities' SECURITY DEFINER functions (lookup 0020, moderation 0030,
readings 0040, payments 0050): each engineer appends rows for their functions here."""

ACTIONS = (*READ_ACTIONS, *AUDIT_ACTIONS, *OPERATOR_ACTIONS, *CAPABILITY_ACTIONS)

FUNCTIONS_OUTSIDE_THE_MATRIX = frozenset({"password_expired"})
"""Functions granted to a role that is no operator group (the login-check role)."""
