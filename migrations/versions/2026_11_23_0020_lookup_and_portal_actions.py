"""Lookup keys and indexes; portal account actions done by operators for the customer.

Search keys (generated columns, the same folding as ``models.domain.search_keys``):

* ``customer.lookup_name_key``: the surname, or an organisation's name without its legal
  form and quotes («ООО «Ромашка»» → «ромашка»); ``ё`` → ``е``, lower case.
* ``account.street_key`` / ``house_key``: the street name without «ул.», «пр-т»...
  and the house number compacted («5 корп. 1» → «5к1»).
* ``meter.serial_search_key``: :func:`models.domain.search_keys.meter_serial_key`.

The key columns use the "C" collation, so one plain btree index serves both a prefix
``LIKE 'иван%'`` and the ORDER BY that pages through the matches (core PostgreSQL only).

Portal account actions are SECURITY DEFINER functions owned by ``billing_owner``; each
locks the portal user, compares its ``version`` (a stale one raises
``portal_user.stale``), re-checks its input, writes ``billing.portal_action`` (who, what,
why), bumps the version and queues the customer notification in the same transaction.
Agents and supervisors may resend the confirmation, send a password reset, change the
e-mail or phone and unlink an account; only supervisors block, unblock and merge.

Revision ID: 0020
Revises: 0010
Create Date: 2026-11-23 16:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision: str = "0020"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
AGENTS = "billing_agent, billing_supervisor"
SUPERVISORS = "billing_supervisor"
READERS = "billing_agent, billing_cashier, billing_supervisor"

LEGAL_FORMS = "ооо|оао|зао|пао|ао|ип|муп|гуп|фгуп|нко|ано|чп|тсж"
STREET_MARKERS = (
    "ул|улица|пр-т|пр-кт|просп|проспект|пр|пер|переулок|пл|площадь|ш|шоссе|б-р|бульвар|"
    "наб|набережная|мкр|мкрн|микрорайон|проезд|пр-д|туп|тупик|аллея|кв-л|квартал|тракт|спуск"
)

KEY_FUNCTIONS = f"""
CREATE FUNCTION billing.name_search_key(p_name text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN btrim(regexp_replace(regexp_replace(
    translate(lower(p_name), 'ё', 'е'), '^({LEGAL_FORMS})\\s+', ''), '["«»“”„]', '', 'g'));

CREATE FUNCTION billing.street_search_key(p_street text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN btrim(regexp_replace(
    translate(lower(p_street), 'ё', 'е'),
    '^({STREET_MARKERS})\\.?\\s+|\\s+({STREET_MARKERS})\\.?$', '', 'g'));

CREATE FUNCTION billing.house_search_key(p_house text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN regexp_replace(regexp_replace(
    translate(lower(p_house), 'ё', 'е'), '\\s*(корпус|корп\\.?|к\\.)\\s*', 'к', 'g'),
    '[\\s-]', '', 'g');

CREATE FUNCTION billing.meter_serial_key(p_serial text) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE RETURNS NULL ON NULL INPUT
RETURN (SELECT CASE WHEN kept = '' THEN '' WHEN ltrim(kept, '0') = '' THEN '0'
                    ELSE ltrim(kept, '0') END
        FROM (SELECT regexp_replace(
                  translate(upper(p_serial), 'АВЕКМНОРСТУХЁ', 'ABEKMHOPCTYXE'),
                  '[^0-9A-ZА-Я]', '', 'g') AS kept) AS k);
"""
KEY_FUNCTION_SIGNATURES = (
    "name_search_key(text)",
    "street_search_key(text)",
    "house_search_key(text)",
    "meter_serial_key(text)",
)

ACTIONS = (
    "email_confirmation_resent",
    "password_reset_sent",
    "blocked",
    "unblocked",
    "email_changed",
    "phone_changed",
    "account_unlinked",
    "merged",
)

PORTAL_FUNCTIONS = r"""
CREATE FUNCTION billing.locked_portal_user(p_id bigint, p_version integer)
RETURNS billing.portal_user
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user;
BEGIN
    SELECT * INTO u FROM billing.portal_user WHERE id = p_id FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'portal_user.not_found' USING ERRCODE = 'P0001', DETAIL = p_id::text;
    END IF;
    IF u.version <> p_version THEN
        RAISE EXCEPTION 'portal_user.stale' USING ERRCODE = 'P0001',
            DETAIL = format('portal user %s is at version %s, not %s', p_id, u.version, p_version);
    END IF;
    RETURN u;
END
$$;

CREATE FUNCTION billing.record_portal_action(u billing.portal_user, p_action text,
                                             p_reason text, p_details jsonb)
RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
    INSERT INTO billing.portal_action (portal_user_id, login, action, reason, details)
    VALUES (u.id, u.login, p_action, p_reason, p_details);
    UPDATE billing.portal_user SET version = version + 1 WHERE id = u.id;
$$;

CREATE FUNCTION billing.portal_resend_confirmation(p_id bigint, p_version integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
BEGIN
    IF u.status = 'blocked' THEN
        RAISE EXCEPTION 'portal_user.blocked' USING ERRCODE = 'P0001';
    END IF;
    IF u.email_confirmed_at IS NOT NULL THEN
        RAISE EXCEPTION 'portal_user.already_confirmed' USING ERRCODE = 'P0001';
    END IF;
    PERFORM billing.record_portal_action(u, 'email_confirmation_resent', NULL, NULL);
    PERFORM billing.enqueue_notification(u.id, 'email_confirmation');
    RETURN u.version + 1;
END
$$;

CREATE FUNCTION billing.portal_send_password_reset(p_id bigint, p_version integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
BEGIN
    IF u.status = 'blocked' THEN
        RAISE EXCEPTION 'portal_user.blocked' USING ERRCODE = 'P0001';
    END IF;
    PERFORM billing.record_portal_action(u, 'password_reset_sent', NULL, NULL);
    PERFORM billing.enqueue_notification(u.id, 'password_reset');
    RETURN u.version + 1;
END
$$;

CREATE FUNCTION billing.portal_block(p_id bigint, p_version integer, p_reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    reason text := btrim(coalesce(p_reason, ''));
BEGIN
    IF reason = '' THEN
        RAISE EXCEPTION 'portal_user.reason_required' USING ERRCODE = '23514';
    END IF;
    IF u.status = 'blocked' THEN
        RAISE EXCEPTION 'portal_user.already_blocked' USING ERRCODE = 'P0001';
    END IF;
    UPDATE billing.portal_user SET status = 'blocked', block_reason = reason WHERE id = u.id;
    PERFORM billing.record_portal_action(u, 'blocked', reason,
                                         jsonb_build_object('previous_status', u.status));
    PERFORM billing.enqueue_notification(u.id, 'portal_user_blocked',
                                         jsonb_build_object('reason', reason));
    RETURN u.version + 1;
END
$$;

CREATE FUNCTION billing.portal_unblock(p_id bigint, p_version integer, p_reason text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    reason text := btrim(coalesce(p_reason, ''));
    restored text;
BEGIN
    IF reason = '' THEN
        RAISE EXCEPTION 'portal_user.reason_required' USING ERRCODE = '23514';
    END IF;
    IF u.status <> 'blocked' THEN
        RAISE EXCEPTION 'portal_user.not_blocked' USING ERRCODE = 'P0001';
    END IF;
    restored := CASE
        WHEN u.email_confirmed_at IS NULL THEN 'email_unconfirmed'
        WHEN EXISTS (SELECT FROM billing.registration_review r
                     WHERE r.portal_user_id = u.id AND r.status = 'pending') THEN 'awaiting_review'
        ELSE 'active' END;
    UPDATE billing.portal_user SET status = restored, block_reason = NULL WHERE id = u.id;
    PERFORM billing.record_portal_action(u, 'unblocked', reason,
                                         jsonb_build_object('status', restored));
    PERFORM billing.enqueue_notification(u.id, 'portal_user_unblocked');
    RETURN u.version + 1;
END
$$;

CREATE FUNCTION billing.portal_change_email(p_id bigint, p_version integer, p_email text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    address text := btrim(coalesce(p_email, ''));
BEGIN
    -- The same shape as the portal's rule (models.domain.emails.validate_email, simplified).
    IF length(address) > 254 OR address !~ '^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$'
       OR address ~ '(^\.|\.\.|\.@)' THEN
        RAISE EXCEPTION 'portal_user.email_format' USING ERRCODE = '23514';
    END IF;
    IF lower(address) = u.email_key THEN
        RAISE EXCEPTION 'portal_user.email_unchanged' USING ERRCODE = 'P0001';
    END IF;
    IF EXISTS (SELECT FROM billing.portal_user WHERE email_key = lower(address) AND id <> u.id) THEN
        RAISE EXCEPTION 'portal_user.email_taken' USING ERRCODE = '23505';
    END IF;
    -- Tell the old address first (in case the request was not the customer's own).
    PERFORM billing.enqueue_notification(u.id, 'contact_changed',
                                         jsonb_build_object('what', 'адрес электронной почты'));
    BEGIN
        UPDATE billing.portal_user SET email = address, email_confirmed_at = NULL
        WHERE id = u.id;
    EXCEPTION WHEN unique_violation THEN
        RAISE EXCEPTION 'portal_user.email_taken' USING ERRCODE = '23505';
    END;
    PERFORM billing.record_portal_action(u, 'email_changed', NULL,
                                         jsonb_build_object('old', u.email, 'new', address));
    PERFORM billing.enqueue_notification(u.id, 'email_confirmation');
    RETURN u.version + 1;
END
$$;

CREATE FUNCTION billing.portal_change_phone(p_id bigint, p_version integer, p_phone text)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    number text := btrim(coalesce(p_phone, ''));
BEGIN
    IF number !~ '^\+7[0-9]{10}$' THEN
        RAISE EXCEPTION 'portal_user.phone_format' USING ERRCODE = '23514';
    END IF;
    IF number = u.phone THEN
        RAISE EXCEPTION 'portal_user.phone_unchanged' USING ERRCODE = 'P0001';
    END IF;
    -- Phones are unique among portal users; the lock serialises two operators' changes.
    PERFORM pg_advisory_xact_lock(hashtext('billing.portal_user.phone:' || number));
    IF EXISTS (SELECT FROM billing.portal_user WHERE phone = number AND id <> u.id) THEN
        RAISE EXCEPTION 'portal_user.phone_taken' USING ERRCODE = '23505';
    END IF;
    UPDATE billing.portal_user SET phone = number WHERE id = u.id;
    PERFORM billing.record_portal_action(u, 'phone_changed', NULL,
                                         jsonb_build_object('old', u.phone, 'new', number));
    PERFORM billing.enqueue_notification(u.id, 'contact_changed',
                                         jsonb_build_object('what', 'номер телефона'));
    RETURN u.version + 1;
END
$$;

CREATE FUNCTION billing.portal_unlink_account(p_id bigint, p_version integer,
                                              p_account_id bigint)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    account_number text;
BEGIN
    SELECT a.number INTO account_number
    FROM billing.account_link l JOIN billing.account a ON a.id = l.account_id
    WHERE l.portal_user_id = u.id AND l.account_id = p_account_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'account_link.not_found' USING ERRCODE = 'P0001';
    END IF;
    DELETE FROM billing.account_link WHERE portal_user_id = u.id AND account_id = p_account_id;
    PERFORM billing.record_portal_action(u, 'account_unlinked', NULL,
        jsonb_build_object('account_id', p_account_id, 'account_number', account_number));
    PERFORM billing.enqueue_notification(u.id, 'account_unlinked',
                                         jsonb_build_object('account_number', account_number));
    RETURN u.version + 1;
END
$$;

CREATE FUNCTION billing.portal_merge(p_keep_id bigint, p_keep_version integer,
                                     p_joined_id bigint, p_joined_version integer)
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    keep billing.portal_user;
    joined billing.portal_user;
    moved integer;
BEGIN
    IF p_keep_id = p_joined_id THEN
        RAISE EXCEPTION 'portal_user.merge_same' USING ERRCODE = 'P0001';
    END IF;
    -- Lock in id order so two merges of the same pair cannot deadlock.
    IF p_keep_id < p_joined_id THEN
        keep := billing.locked_portal_user(p_keep_id, p_keep_version);
        joined := billing.locked_portal_user(p_joined_id, p_joined_version);
    ELSE
        joined := billing.locked_portal_user(p_joined_id, p_joined_version);
        keep := billing.locked_portal_user(p_keep_id, p_keep_version);
    END IF;
    IF keep.customer_id IS NULL OR joined.customer_id IS DISTINCT FROM keep.customer_id THEN
        RAISE EXCEPTION 'portal_user.merge_other_customer' USING ERRCODE = 'P0001';
    END IF;
    INSERT INTO billing.account_link (portal_user_id, account_id, linked_at, link_request_id)
    SELECT keep.id, l.account_id, l.linked_at, l.link_request_id
    FROM billing.account_link l WHERE l.portal_user_id = joined.id
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS moved = ROW_COUNT;
    UPDATE billing.link_request SET portal_user_id = keep.id WHERE portal_user_id = joined.id;
    UPDATE billing.notification SET portal_user_id = keep.id WHERE portal_user_id = joined.id;
    DELETE FROM billing.registration_review WHERE portal_user_id = joined.id;
    PERFORM billing.record_portal_action(joined, 'merged', NULL,
        jsonb_build_object('into_id', keep.id, 'into_login', keep.login));
    DELETE FROM billing.portal_user WHERE id = joined.id;
    PERFORM billing.record_portal_action(keep, 'merged', NULL,
        jsonb_build_object('joined_id', joined.id, 'joined_login', joined.login,
                           'links_moved', moved));
    PERFORM billing.enqueue_notification(keep.id, 'portal_users_merged',
                                         jsonb_build_object('joined_login', joined.login));
    RETURN keep.version + 1;
END
$$;
"""

INTERNAL_FUNCTIONS = (
    "locked_portal_user(bigint, integer)",
    "record_portal_action(billing.portal_user, text, text, jsonb)",
)
AGENT_FUNCTIONS = (
    "portal_resend_confirmation(bigint, integer)",
    "portal_send_password_reset(bigint, integer)",
    "portal_change_email(bigint, integer, text)",
    "portal_change_phone(bigint, integer, text)",
    "portal_unlink_account(bigint, integer, bigint)",
)
SUPERVISOR_FUNCTIONS = (
    "portal_block(bigint, integer, text)",
    "portal_unblock(bigint, integer, text)",
    "portal_merge(bigint, integer, bigint, integer)",
)


def _add_key_column(table: str, column: str, expression: str) -> None:
    op.execute(
        f'ALTER TABLE billing.{table} ADD COLUMN {column} text COLLATE "C" '
        f"GENERATED ALWAYS AS ({expression}) STORED"
    )


def upgrade() -> None:
    op.execute(KEY_FUNCTIONS)
    for signature in KEY_FUNCTION_SIGNATURES:
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
        op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {READERS}")

    _add_key_column(
        "customer", "lookup_name_key", "billing.name_search_key(coalesce(last_name, name))"
    )
    _add_key_column("account", "street_key", "billing.street_search_key(street)")
    _add_key_column("account", "house_key", "billing.house_search_key(house)")
    _add_key_column("meter", "serial_search_key", "billing.meter_serial_key(serial_number)")
    op.execute(
        "CREATE INDEX ix_customer_lookup_name_key_id ON billing.customer (lookup_name_key, id)"
    )
    op.execute(
        "CREATE INDEX ix_account_street_key_house_key_id ON billing.account "
        "(street_key, house_key, id)"
    )
    op.execute("CREATE INDEX ix_meter_serial_search_key ON billing.meter (serial_search_key)")
    op.execute(
        "CREATE INDEX ix_registration_review_account_number ON billing.registration_review "
        "(account_number)"
    )
    # Balances (debt badges, the card) sum an account's bills up to a date; the only
    # index on bill.account_id was partial (corrects_bill_id IS NULL), unusable for that.
    op.execute("CREATE INDEX ix_bill_account_id_formed_on ON billing.bill (account_id, formed_on)")

    op.create_table(
        "portal_action",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=False), nullable=False),
        sa.Column("portal_user_id", sa.BigInteger(), nullable=True),
        sa.Column("login", sa.Text(), nullable=False),
        sa.Column("action", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=True),
        sa.Column("details", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column(
            "performed_by", sa.Text(), server_default=sa.text("SESSION_USER"), nullable=False
        ),
        sa.Column(
            "performed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint(
            "action IN (" + ", ".join(f"'{a}'" for a in ACTIONS) + ")",
            name=op.f("ck_portal_action_action"),
        ),
        sa.CheckConstraint(
            "action NOT IN ('blocked', 'unblocked') OR coalesce(length(btrim(reason)), 0) > 0",
            name=op.f("ck_portal_action_block_has_reason"),
        ),
        sa.ForeignKeyConstraint(
            ["portal_user_id"],
            ["billing.portal_user.id"],
            name=op.f("fk_portal_action_portal_user_id_portal_user"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_portal_action")),
        schema="billing",
    )
    op.create_index(
        "ix_portal_action_portal_user_id_performed_at",
        "portal_action",
        ["portal_user_id", "performed_at"],
        schema="billing",
    )
    op.execute(f"ALTER TABLE billing.portal_action OWNER TO {OWNER}")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.portal_action "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('id')"
    )
    op.execute(f"GRANT SELECT ON billing.portal_action TO {READERS}")

    op.execute(PORTAL_FUNCTIONS)
    for signature in INTERNAL_FUNCTIONS + AGENT_FUNCTIONS + SUPERVISOR_FUNCTIONS:
        op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
        op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
    for signature in AGENT_FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {AGENTS}")
    for signature in SUPERVISOR_FUNCTIONS:
        op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {SUPERVISORS}")


def downgrade() -> None:
    for signature in SUPERVISOR_FUNCTIONS + AGENT_FUNCTIONS + INTERNAL_FUNCTIONS:
        op.execute(f"DROP FUNCTION billing.{signature}")
    op.drop_table("portal_action", schema="billing")
    op.execute("DROP INDEX billing.ix_bill_account_id_formed_on")
    op.execute("DROP INDEX billing.ix_registration_review_account_number")
    op.execute("ALTER TABLE billing.meter DROP COLUMN serial_search_key")
    op.execute("ALTER TABLE billing.account DROP COLUMN house_key")
    op.execute("ALTER TABLE billing.account DROP COLUMN street_key")
    op.execute("ALTER TABLE billing.customer DROP COLUMN lookup_name_key")
    for signature in KEY_FUNCTION_SIGNATURES:
        op.execute(f"DROP FUNCTION billing.{signature}")
