"""Agents link accounts for callers; SMS channel with delivery state; cancel link requests; portal codes

* ``billing.notification_template`` is keyed by (code, channel): an event has an e-mail
  and an SMS text, and ``billing.enqueue_notification`` queues one message per channel
  the login has an address on. SMS texts for the link request events and the portal's
  one-time code.
* ``billing.notification``: state ``delivered`` with ``delivered_at`` (the gateway's
  delivery report, ``billing.notification_mark_delivered``) and ``secret``, the one-time
  code only the sender reads (no operator group has SELECT on it).
* ``billing.portal_user``: last login, failed attempts since it, last failed attempt and
  the lock the portal sets after too many (``locked_until``).
* ``billing.portal_code``: codes sent to a login (hash only), with the message that
  carried each; ``billing.portal_send_code`` sends a new one (agents, supervisors).
* ``billing.cancel_link_request`` (agents, supervisors): a caller withdraws a request.
* ``billing.portal_rule_set``: each portal's registration rules, per region (the row
  without a region is the default): Kamchatskenergo's by default — a login of at least 8
  characters without spaces, a password of at least 8 with a Latin letter and a digit,
  a phone +7 XXX XXX XX XX, the account number plus a unique receipt number as the proof,
  an SMS code and an e-mail link; ``billing.register_portal_login`` registers a login
  for a caller under them (agents, supervisors).
* ``billing.internet_payment``: payments made on the portal that billing has not posted
  yet (the card shows them pending); every serving group reads them, nobody writes them
  from the console (the acquirer's import does, as the data owner).

SQL files (frozen in migrations/sql/0200/, applied by migrations.sql_files):
* audit_row.sql (one-time codes and their hashes never reach the audit log)
* register_portal_login.sql
* cancel_link_request.sql
* edit_link_request.sql
* enqueue_notification.sql
* notification_mark_delivered.sql
* portal_send_code.sql

Revision ID: 0200
Revises: 0180
Create Date: 2026-12-02 16:51:36
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0200"
down_revision: str | None = "0180"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


SERVING = "billing_agent, billing_cashier, billing_supervisor"

SMS_TEMPLATES = (
    (
        "link_request_received",
        "Заявка № {number} принята",
        "Заявка № {number} на присоединение ЛС {account_number} принята, срок рассмотрения"
        " 1-3 рабочих дня.",
    ),
    (
        "link_request_approved",
        "Заявка № {number} одобрена",
        "ЛС {account_number} присоединён к личному кабинету {login} (заявка № {number}).",
    ),
    (
        "link_request_rejected",
        "Заявка № {number} отклонена",
        "Заявка № {number} на присоединение ЛС {account_number} отклонена: {reason}.",
    ),
    (
        "link_request_edited",
        "Заявка № {number} изменена",
        "Заявка № {number} изменена по вашему обращению: ЛС {account_number}, рассмотрение"
        " 1-3 рабочих дня.",
    ),
    (
        "link_request_cancelled",
        "Заявка № {number} отменена",
        "Заявка № {number} на присоединение ЛС {account_number} отменена: {reason}.",
    ),
    (
        "portal_code",
        "Код подтверждения",
        "Код для личного кабинета: {code}. Никому его не сообщайте.",
    ),
)
EMAIL_TEMPLATES = (
    (
        "link_request_edited",
        "Заявка № {number} изменена",
        "Здравствуйте, {login}! По вашему обращению в центр обслуживания клиентов заявка"
        " № {number} изменена: лицевой счёт № {account_number}. Срок рассмотрения — от 1 до 3"
        " рабочих дней.",
    ),
    (
        "link_request_cancelled",
        "Заявка № {number} отменена",
        "Здравствуйте, {login}! Заявка № {number} на присоединение лицевого счёта"
        " № {account_number} отменена. Причина: {reason}.",
    ),
)
PORTAL_ACTIONS = (
    "email_confirmation_resent",
    "password_reset_sent",
    "blocked",
    "unblocked",
    "email_changed",
    "phone_changed",
    "account_unlinked",
    "merged",
)


def _actions_check(actions: Sequence[str]) -> None:
    listed = ", ".join(f"'{a}'" for a in actions)
    op.execute("ALTER TABLE billing.portal_action DROP CONSTRAINT ck_portal_action_action")
    op.execute(
        "ALTER TABLE billing.portal_action ADD CONSTRAINT ck_portal_action_action"
        f" CHECK (action IN ({listed}))"
    )


def _status_check(statuses: Sequence[str]) -> None:
    listed = ", ".join(f"'{s}'" for s in statuses)
    op.execute("ALTER TABLE billing.notification DROP CONSTRAINT ck_notification_status")
    op.execute(
        "ALTER TABLE billing.notification ADD CONSTRAINT ck_notification_status"
        f" CHECK (status IN ({listed}))"
    )


def upgrade() -> None:
    op.execute("ALTER TABLE billing.notification_template DROP CONSTRAINT pk_notification_template")
    op.execute(
        "ALTER TABLE billing.notification_template"
        " ADD CONSTRAINT pk_notification_template PRIMARY KEY (code, channel)"
    )
    for code, subject, body in SMS_TEMPLATES:
        op.execute(
            "INSERT INTO billing.notification_template (code, channel, subject, body)"
            f" VALUES ('{code}', 'sms', '{subject}', '{body}')"
        )
    for code, subject, body in EMAIL_TEMPLATES:
        op.execute(
            "INSERT INTO billing.notification_template (code, channel, subject, body)"
            f" VALUES ('{code}', 'email', '{subject}', '{body}')"
        )

    op.execute("ALTER TABLE billing.notification ADD COLUMN delivered_at timestamptz")
    op.execute("ALTER TABLE billing.notification ADD COLUMN secret text")
    _status_check(("queued", "sent", "delivered", "failed", "dead"))
    op.execute(f"GRANT SELECT (delivered_at) ON billing.notification TO {SERVING}")

    op.execute(
        "ALTER TABLE billing.portal_user ADD COLUMN last_login_at timestamptz,"
        " ADD COLUMN failed_login_count integer DEFAULT 0 NOT NULL,"
        " ADD COLUMN last_failed_login_at timestamptz, ADD COLUMN locked_until timestamptz"
    )
    op.execute(
        "GRANT SELECT (last_login_at, failed_login_count, last_failed_login_at, locked_until)"
        f" ON billing.portal_user TO {SERVING}"
    )
    _actions_check((*PORTAL_ACTIONS, "code_sent", "registered"))

    op.execute("""
        CREATE TABLE billing.portal_rule_set (
            code text NOT NULL,
            name text NOT NULL,
            region_id smallint,
            login_min_length integer NOT NULL,
            password_min_length integer NOT NULL,
            password_needs_latin_and_digit boolean NOT NULL,
            phone_format text NOT NULL,
            proof_kinds text[] NOT NULL,
            sms_code boolean NOT NULL,
            email_link boolean NOT NULL,
            CONSTRAINT pk_portal_rule_set PRIMARY KEY (code),
            CONSTRAINT uq_portal_rule_set_region_id UNIQUE (region_id),
            CONSTRAINT ck_portal_rule_set_login_min_length CHECK (login_min_length >= 8),
            CONSTRAINT fk_portal_rule_set_region_id_region FOREIGN KEY (region_id)
                REFERENCES billing.region (id)
        )""")
    op.execute("ALTER TABLE billing.portal_rule_set OWNER TO billing_data_owner")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.portal_rule_set "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('code')"
    )
    op.execute(f"GRANT SELECT ON billing.portal_rule_set TO {SERVING}")
    # register_portal_login creates the login (the definer functions only changed them).
    op.execute("GRANT INSERT ON billing.portal_user TO billing_owner")
    op.execute("GRANT SELECT ON billing.portal_rule_set TO billing_owner")
    op.execute(
        "INSERT INTO billing.portal_rule_set (code, name, region_id, login_min_length,"
        " password_min_length, password_needs_latin_and_digit, phone_format, proof_kinds,"
        " sms_code, email_link) VALUES ('kamchatskenergo', 'Камчатскэнерго', NULL, 8, 8, true,"
        " '+7 XXX XXX XX XX', ARRAY['receipt_number'], true, true)"
    )

    op.execute("""
        CREATE TABLE billing.portal_code (
            id bigint GENERATED BY DEFAULT AS IDENTITY,
            portal_user_id bigint NOT NULL,
            purpose text NOT NULL,
            code_hash text NOT NULL,
            notification_id bigint,
            created_at timestamptz DEFAULT now() NOT NULL,
            expires_at timestamptz NOT NULL,
            used_at timestamptz,
            revoked_at timestamptz,
            CONSTRAINT pk_portal_code PRIMARY KEY (id),
            CONSTRAINT ck_portal_code_purpose CHECK (purpose IN ('login', 'registration')),
            CONSTRAINT fk_portal_code_portal_user_id_portal_user FOREIGN KEY (portal_user_id)
                REFERENCES billing.portal_user (id) ON DELETE CASCADE,
            CONSTRAINT fk_portal_code_notification_id_notification FOREIGN KEY (notification_id)
                REFERENCES billing.notification (id)
        )""")
    op.execute(
        "CREATE INDEX ix_portal_code_portal_user_id_created_at"
        " ON billing.portal_code (portal_user_id, created_at)"
    )
    op.execute("ALTER TABLE billing.portal_code OWNER TO billing_data_owner")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.portal_code "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('id')"
    )
    # Operators see when and why a code went out and whether it arrived, never the hash.
    op.execute(
        "GRANT SELECT (id, portal_user_id, purpose, notification_id, created_at, expires_at,"
        f" used_at, revoked_at) ON billing.portal_code TO {SERVING}"
    )
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON billing.portal_code TO billing_owner")

    op.execute("""
        CREATE TABLE billing.internet_payment (
            id bigint GENERATED BY DEFAULT AS IDENTITY,
            account_id bigint NOT NULL,
            amount numeric(14, 2) NOT NULL,
            paid_at timestamptz NOT NULL,
            external_id text NOT NULL,
            status text DEFAULT 'pending' NOT NULL,
            payment_id bigint,
            CONSTRAINT pk_internet_payment PRIMARY KEY (id),
            CONSTRAINT uq_internet_payment_external_id UNIQUE (external_id),
            CONSTRAINT ck_internet_payment_status CHECK (status IN ('pending', 'posted', 'failed')),
            CONSTRAINT ck_internet_payment_amount_positive CHECK (amount > 0),
            CONSTRAINT fk_internet_payment_account_id_account FOREIGN KEY (account_id)
                REFERENCES billing.account (id),
            CONSTRAINT fk_internet_payment_payment_id_payment FOREIGN KEY (payment_id)
                REFERENCES billing.payment (id)
        )""")
    op.execute(
        "CREATE INDEX ix_internet_payment_account_id_status"
        " ON billing.internet_payment (account_id, status)"
    )
    op.execute("ALTER TABLE billing.internet_payment OWNER TO billing_data_owner")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.internet_payment "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('id')"
    )
    op.execute(f"GRANT SELECT ON billing.internet_payment TO {SERVING}")
    op.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON billing.internet_payment TO billing_owner")

    apply_snapshot(op, "0200")


def downgrade() -> None:
    revert_snapshot(op, "0200")
    op.execute("DROP TABLE billing.internet_payment")
    op.execute("DROP FUNCTION IF EXISTS billing.portal_send_code(bigint, integer, text)")
    op.execute("DROP FUNCTION IF EXISTS billing.cancel_link_request(bigint, integer, text)")
    op.execute("DROP FUNCTION IF EXISTS billing.notification_mark_delivered(bigint, integer)")
    op.execute("DROP TABLE billing.portal_code")
    op.execute("DROP TABLE billing.portal_rule_set")
    op.execute("REVOKE INSERT ON billing.portal_user FROM billing_owner")
    op.execute("DELETE FROM billing.portal_action WHERE action IN ('code_sent', 'registered')")
    _actions_check(PORTAL_ACTIONS)
    op.execute(
        "ALTER TABLE billing.portal_user DROP COLUMN last_login_at,"
        " DROP COLUMN failed_login_count, DROP COLUMN last_failed_login_at,"
        " DROP COLUMN locked_until"
    )
    op.execute("UPDATE billing.notification SET status = 'sent' WHERE status = 'delivered'")
    _status_check(("queued", "sent", "failed", "dead"))
    op.execute("ALTER TABLE billing.notification DROP COLUMN delivered_at, DROP COLUMN secret")
    op.execute(
        "DELETE FROM billing.notification_template WHERE channel = 'sms'"
        " OR code IN ('link_request_edited', 'link_request_cancelled')"
    )
    op.execute("ALTER TABLE billing.notification_template DROP CONSTRAINT pk_notification_template")
    op.execute(
        "ALTER TABLE billing.notification_template"
        " ADD CONSTRAINT pk_notification_template PRIMARY KEY (code)"
    )
