"""Registration reviews with evidence, organisations by INN + KPP, merge requests across customers, per-portal rule sets

* ``billing.registration_review``: the applicant's name (``applicant_name``; the login,
  e-mail and phone are the portal user's) and, once approved, the customer chosen
  (``customer_id``). ``billing.registration_proof``: the proofs the applicant gave (an
  account number and a receipt number, a last payment amount...);
  ``billing.registration_proof_checks`` checks each against billing as a link request's
  proof is checked (supervisors).
* ``billing.decide_registration_review`` takes ``p_customer_id``: the branch (KPP) the
  supervisor chose among the organisations with the review's INN; checked in SQL
  (an organisation, the review's INN, its KPP when the review has one), refused with a
  typed code otherwise; without it only one fitting customer may exist.
* ``billing.merge_request``: an operator's request to join portal logins that may not be
  merged at once (``billing.request_portal_merge``, agents and supervisors), decided by
  a supervisor (``billing.decide_merge_request``) in the moderation tab's third queue;
  the merge itself is ``billing.merge_logins``, shared with ``billing.portal_merge``.
* ``billing.portal_rule_set``: rule sets of three portals, checked by
  ``billing.portal_rule_problems`` (the console's ``models.domain.portal_rules`` mirrors
  it): Kamchatskenergo (the default), Krymenergo (the login is the e-mail, however
  short) and Inter RAO (an e-mail may serve several logins, the phone is optional).
  ``billing.portal_user`` records the rule set it registered under and whether its
  e-mail is shared (such logins stay out of the e-mail's uniqueness); a login's length
  is the rule set's business now, not the table's.

SQL files (frozen in migrations/sql/0220/, applied by migrations.sql_files):
* decide_merge_request.sql
* decide_registration_review.sql (p_customer_id)
* merge_logins.sql
* moderation_claim_next.sql, moderation_release.sql (the merge_request queue)
* portal_merge.sql (through merge_logins)
* portal_rule_problems.sql
* portal_rules_for.sql
* register_portal_login.sql (p_rule_set, p_proof_kind)
* registration_proof_checks.sql
* request_portal_merge.sql

Revision ID: 0220
Revises: 0190
Create Date: 2026-12-03 05:52:07
"""

from collections.abc import Sequence

from alembic import op

from migrations.sql_files import apply_snapshot, revert_snapshot

revision: str = "0220"
down_revision: str | None = "0190"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
DATA_OWNER = "billing_data_owner"
SERVING = "billing_agent, billing_cashier, billing_supervisor"

OLD_DECIDE = "billing.decide_registration_review(bigint, integer, boolean, text, text)"
NEW_DECIDE = "billing.decide_registration_review(bigint, integer, boolean, text, text, bigint)"
OLD_REGISTER = "billing.register_portal_login(bigint, text, text, text, text, text)"
NEW_REGISTER = "billing.register_portal_login(bigint, text, text, text, text, text, text, text)"

MERGE_REASONS = (
    ("different_owners", 1, "учётные записи принадлежат разным владельцам"),
    ("not_confirmed", 2, "владелец учётных записей не подтвердил объединение"),
    ("other", 9, "другая причина"),
)

# Where each rule comes from (the seed manuals in /work/shared/seeds, see the README):
RULE_SETS = (
    # 000 (Kamchatskenergo, «Регистрация нового пользователя»): «Логин – значение не короче
    # 8 символов и без пробелов», «Пароль – не короче 8 символов, … минимум одну латинскую
    # букву и одну цифру», «Номер телефона … в формате +7 *** *** * * *» (required), the
    # account number plus «Уникальный номер квитанции», an SMS code, then an e-mail link.
    (
        "kamchatskenergo",
        "Камчатскэнерго",
        8,
        8,
        True,
        "+7 XXX XXX XX XX",
        "receipt_number",
        True,
        True,
        False,
        True,
        True,
        True,
        "000: логин ≥ 8 без пробелов; пароль ≥ 8, латинская буква и цифра;"
        " телефон +7 XXX XXX XX XX; ЛС + уникальный номер квитанции; СМС-код; ссылка в письме",
    ),
    # 001 (Krymenergo, «Регистрация»): the form is «Адрес электронной почты», «Пароль»,
    # «Повторите пароль»; the login is the e-mail («ввести указанный при регистрации
    # почтовый адрес и пароль»), so a short address is a valid login; no phone, no SMS;
    # the manual states no password rule; an account is added by «Сумма последнего
    # платежа» or «Первые три буквы фамилии владельца».
    (
        "krymenergo",
        "Крымэнерго",
        1,
        1,
        False,
        "",
        "last_payment_amount,surname_prefix",
        False,
        True,
        True,
        True,
        False,
        False,
        "001: логин — адрес электронной почты (любой длины); телефона нет; правил пароля"
        " руководство не задаёт; ЛС по сумме последнего платежа или трём буквам фамилии",
    ),
    # 002 (Inter RAO, «Регистрация пользователя»): a login of «букв, цифр и других
    # допустимых знаков» (no length stated), an e-mail, «номер телефона (заполняется по
    # желанию)», a password without stated rules; the password reset checks «соответствия
    # сочетания "логин + электронная почта"», so one e-mail may serve several logins;
    # confirmation by an e-mail link, no SMS. The manual asks no proof at registration
    # (the contract is bound afterwards): the console, which registers a login with an
    # account, asks the payment document's (ПД) number, a term of the same manual.
    (
        "inter_rao",
        "Интер РАО (ЕБС)",
        1,
        1,
        False,
        "+7 XXX XXX XX XX",
        "receipt_number",
        False,
        True,
        False,
        False,
        False,
        False,
        "002: логин из букв, цифр и допустимых знаков; телефон по желанию; одна почта"
        " может быть у нескольких логинов (сброс пароля по паре «логин + почта»);"
        " подтверждение ссылкой в письме",
    ),
)
"""(code, name, login_min_length, password_min_length, password_needs_latin_and_digit,
phone_format, proof_kinds, sms_code, email_link, login_is_email, email_unique,
phone_required, is_default, source)."""


def _queue_check(queues: Sequence[str]) -> None:
    listed = ", ".join(f"'{q}'" for q in queues)
    op.execute("ALTER TABLE billing.rejection_reason DROP CONSTRAINT ck_rejection_reason_queue")
    op.execute(
        "ALTER TABLE billing.rejection_reason ADD CONSTRAINT ck_rejection_reason_queue"
        f" CHECK (queue IN ({listed}))"
    )


def _audited(table: str, key: str) -> None:
    op.execute(f"ALTER TABLE billing.{table} OWNER TO {DATA_OWNER}")
    op.execute(
        f"CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.{table} "
        f"FOR EACH ROW EXECUTE FUNCTION billing.audit_row('{key}')"
    )


def upgrade() -> None:
    # -- registration reviews with evidence, the customer chosen -------------------------
    op.execute(
        "ALTER TABLE billing.registration_review ADD COLUMN applicant_name text,"
        " ADD COLUMN customer_id bigint,"
        " ADD CONSTRAINT ck_registration_review_applicant_name_text"
        " CHECK (billing.text_ok(applicant_name, 200)),"
        " ADD CONSTRAINT fk_registration_review_customer_id_customer FOREIGN KEY (customer_id)"
        " REFERENCES billing.customer (id)"
    )
    op.execute("""
        CREATE TABLE billing.registration_proof (
            id bigint GENERATED BY DEFAULT AS IDENTITY,
            review_id bigint NOT NULL,
            kind text NOT NULL,
            region_id smallint NOT NULL,
            account_number text NOT NULL,
            proof_value text NOT NULL,
            CONSTRAINT pk_registration_proof PRIMARY KEY (id),
            CONSTRAINT ck_registration_proof_kind CHECK (kind IN ('last_payment_amount',
                'surname_prefix', 'meter_serial', 'receipt_number')),
            CONSTRAINT ck_registration_proof_account_number_text
                CHECK (billing.text_ok(account_number, 32)),
            CONSTRAINT ck_registration_proof_proof_value_text
                CHECK (billing.text_ok(proof_value, 100)),
            CONSTRAINT fk_registration_proof_review_id_registration_review FOREIGN KEY (review_id)
                REFERENCES billing.registration_review (id) ON DELETE CASCADE,
            CONSTRAINT fk_registration_proof_region_id_region FOREIGN KEY (region_id)
                REFERENCES billing.region (id)
        )""")
    op.execute(
        "CREATE INDEX ix_registration_proof_review_id ON billing.registration_proof (review_id)"
    )
    _audited("registration_proof", "id")
    op.execute("GRANT SELECT ON billing.registration_proof TO billing_supervisor")
    op.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON billing.registration_proof TO {OWNER}")

    # -- merge requests --------------------------------------------------------------------
    op.execute("""
        CREATE TABLE billing.merge_request (
            id bigint GENERATED BY DEFAULT AS IDENTITY,
            keep_id bigint,
            joined_id bigint,
            keep_login text NOT NULL,
            joined_login text NOT NULL,
            keep_version integer NOT NULL,
            joined_version integer NOT NULL,
            keep_customer_id bigint,
            joined_customer_id bigint,
            comment text,
            status text DEFAULT 'pending' NOT NULL,
            requested_by text DEFAULT session_user NOT NULL,
            requested_at timestamptz DEFAULT now() NOT NULL,
            decided_by text,
            decided_at timestamptz,
            reason text,
            claimed_by text,
            claimed_until timestamptz,
            version integer DEFAULT 1 NOT NULL,
            CONSTRAINT pk_merge_request PRIMARY KEY (id),
            CONSTRAINT ck_merge_request_status CHECK (status IN ('pending', 'approved', 'rejected')),
            CONSTRAINT ck_merge_request_two_logins CHECK (keep_id <> joined_id),
            CONSTRAINT ck_merge_request_decision_recorded CHECK (
                status = 'pending' OR (decided_by IS NOT NULL AND decided_at IS NOT NULL)),
            CONSTRAINT ck_merge_request_rejection_has_reason CHECK (
                status <> 'rejected' OR reason IS NOT NULL),
            CONSTRAINT ck_merge_request_comment_text CHECK (billing.text_ok(comment, 500)),
            CONSTRAINT ck_merge_request_reason_text CHECK (billing.text_ok(reason, 1000)),
            CONSTRAINT fk_merge_request_keep_id_portal_user FOREIGN KEY (keep_id)
                REFERENCES billing.portal_user (id) ON DELETE SET NULL,
            CONSTRAINT fk_merge_request_joined_id_portal_user FOREIGN KEY (joined_id)
                REFERENCES billing.portal_user (id) ON DELETE SET NULL,
            CONSTRAINT fk_merge_request_keep_customer_id_customer FOREIGN KEY (keep_customer_id)
                REFERENCES billing.customer (id),
            CONSTRAINT fk_merge_request_joined_customer_id_customer
                FOREIGN KEY (joined_customer_id) REFERENCES billing.customer (id)
        )""")
    op.execute(
        "CREATE INDEX ix_merge_request_status_requested_at"
        " ON billing.merge_request (status, requested_at)"
    )
    op.execute("CREATE INDEX ix_merge_request_keep_id ON billing.merge_request (keep_id)")
    op.execute("CREATE INDEX ix_merge_request_joined_id ON billing.merge_request (joined_id)")
    _audited("merge_request", "id")
    op.execute("GRANT SELECT ON billing.merge_request TO billing_agent, billing_supervisor")
    op.execute(f"GRANT SELECT, INSERT, UPDATE ON billing.merge_request TO {OWNER}")
    _queue_check(("link_request", "registration_review", "merge_request"))
    for code, position, title in MERGE_REASONS:
        op.execute(
            "INSERT INTO billing.rejection_reason (queue, code, position, title)"
            f" VALUES ('merge_request', '{code}', {position}, '{title}')"
        )

    # -- per-portal rule sets ---------------------------------------------------------------
    op.execute(
        "ALTER TABLE billing.portal_rule_set"
        " DROP CONSTRAINT ck_portal_rule_set_login_min_length,"
        " ADD CONSTRAINT ck_portal_rule_set_login_min_length CHECK (login_min_length >= 1),"
        " ADD COLUMN login_is_email boolean DEFAULT false NOT NULL,"
        " ADD COLUMN email_unique boolean DEFAULT true NOT NULL,"
        " ADD COLUMN phone_required boolean DEFAULT true NOT NULL,"
        " ADD COLUMN is_default boolean DEFAULT false NOT NULL,"
        " ADD COLUMN source text DEFAULT '' NOT NULL"
    )
    op.execute(
        "CREATE UNIQUE INDEX uq_portal_rule_set_is_default ON billing.portal_rule_set"
        " (is_default) WHERE is_default"
    )
    for (
        code,
        name,
        login_min,
        password_min,
        latin_digit,
        phone_format,
        proofs,
        sms,
        email_link,
        login_is_email,
        email_unique,
        phone_required,
        default,
        source,
    ) in RULE_SETS:
        kinds = ", ".join(f"'{k}'" for k in proofs.split(","))
        op.execute(
            "INSERT INTO billing.portal_rule_set (code, name, region_id, login_min_length,"
            " password_min_length, password_needs_latin_and_digit, phone_format, proof_kinds,"
            " sms_code, email_link, login_is_email, email_unique, phone_required, is_default,"
            f" source) VALUES ('{code}', '{name}', NULL, {login_min}, {password_min},"
            f" {latin_digit}, '{phone_format}', ARRAY[{kinds}], {sms}, {email_link},"
            f" {login_is_email}, {email_unique}, {phone_required}, {default}, '{source}')"
            # migration 0200 seeded Kamchatskenergo's row: it gains the new columns' values
            " ON CONFLICT (code) DO UPDATE SET login_is_email = EXCLUDED.login_is_email,"
            " email_unique = EXCLUDED.email_unique, phone_required = EXCLUDED.phone_required,"
            " is_default = EXCLUDED.is_default, source = EXCLUDED.source"
        )
    op.execute(
        "ALTER TABLE billing.portal_user ADD COLUMN rule_set_code text,"
        " ADD COLUMN email_shared boolean DEFAULT false NOT NULL,"
        " ADD CONSTRAINT fk_portal_user_rule_set_code_portal_rule_set FOREIGN KEY (rule_set_code)"
        " REFERENCES billing.portal_rule_set (code)"
    )
    op.execute(f"GRANT SELECT (rule_set_code, email_shared) ON billing.portal_user TO {SERVING}")
    op.execute("ALTER TABLE billing.portal_user DROP CONSTRAINT uq_portal_user_email_key")
    op.execute(
        "CREATE UNIQUE INDEX uq_portal_user_email_key ON billing.portal_user (email_key)"
        " WHERE NOT email_shared"
    )
    op.execute(
        "ALTER TABLE billing.portal_user DROP CONSTRAINT ck_portal_user_login_rules,"
        " ADD CONSTRAINT ck_portal_user_login_rules CHECK (length(login) >= 1 AND login !~ '\\s'),"
        " DROP CONSTRAINT ck_portal_user_login_charset,"
        " ADD CONSTRAINT ck_portal_user_login_charset CHECK (login ~ '^[A-Za-z0-9._@-]{1,64}$')"
    )

    op.execute(f"DROP FUNCTION {OLD_DECIDE}")
    op.execute(f"DROP FUNCTION {OLD_REGISTER}")
    apply_snapshot(op, "0220")


def downgrade() -> None:
    op.execute(f"DROP FUNCTION {NEW_DECIDE}")
    op.execute(f"DROP FUNCTION {NEW_REGISTER}")
    revert_snapshot(op, "0220")
    op.execute(
        "ALTER TABLE billing.portal_user DROP CONSTRAINT ck_portal_user_login_charset,"
        " ADD CONSTRAINT ck_portal_user_login_charset CHECK (login ~ '^[A-Za-z0-9._@-]{8,64}$'),"
        " DROP CONSTRAINT ck_portal_user_login_rules,"
        " ADD CONSTRAINT ck_portal_user_login_rules CHECK (length(login) >= 8 AND login !~ '\\s')"
    )
    op.execute("DROP INDEX billing.uq_portal_user_email_key")
    op.execute(
        "ALTER TABLE billing.portal_user ADD CONSTRAINT uq_portal_user_email_key UNIQUE (email_key)"
    )
    op.execute(
        "ALTER TABLE billing.portal_user DROP COLUMN rule_set_code, DROP COLUMN email_shared"
    )
    op.execute("DELETE FROM billing.portal_rule_set WHERE code <> 'kamchatskenergo'")
    op.execute("DROP INDEX billing.uq_portal_rule_set_is_default")
    op.execute(
        "ALTER TABLE billing.portal_rule_set DROP COLUMN login_is_email, DROP COLUMN email_unique,"
        " DROP COLUMN phone_required, DROP COLUMN is_default, DROP COLUMN source,"
        " DROP CONSTRAINT ck_portal_rule_set_login_min_length,"
        " ADD CONSTRAINT ck_portal_rule_set_login_min_length CHECK (login_min_length >= 8)"
    )
    op.execute("DELETE FROM billing.rejection_reason WHERE queue = 'merge_request'")
    _queue_check(("link_request", "registration_review"))
    op.execute("DROP TABLE billing.merge_request")
    op.execute("DROP TABLE billing.registration_proof")
    op.execute(
        "ALTER TABLE billing.registration_review DROP COLUMN applicant_name,"
        " DROP COLUMN customer_id"
    )
