"""A disabled operator is cut off at once; a registration's organisation type can be edited.

* ``billing.disable_operator`` (same signature, same checks as in 0010) also ends the
  operator's open sessions: ``pg_terminate_backend`` on every backend of that login.
  The owner becomes a member of ``pg_signal_backend`` for that (it may then signal any
  non-superuser backend, but only its SECURITY DEFINER functions act as the owner, and
  this one signals only the backends of the operator being disabled).
  The sessions end when the function runs, the NOLOGIN takes effect when the admin's
  transaction commits; the console commits right after the call, so a reconnect in
  that instant is the only way past it.
* ``billing.edit_registration_review`` takes the organisation type too (first data
  argument). The type must be one of ``billing.organisation_types()`` (the same list as
  ``models.domain.organisation_types.ORGANISATION_TYPES``), and the numbers must fit
  it: an individual entrepreneur («ИП») has a 12-digit INN, a 15-digit OGRNIP and no
  KPP; an organisation a 10-digit INN and a 13-digit OGRN. The old signature is dropped,
  so no caller can skip these checks.

Revision ID: 0060
Revises: 0050
Create Date: 2026-11-23 15:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0060"
down_revision: str | None = "0050"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OWNER = "billing_owner"
SUPERVISORS = "billing_supervisor"
ORGANISATION_TYPES = (
    "ООО",
    "АО",
    "ПАО",
    "НАО",
    "ЗАО",
    "ОАО",
    "МУП",
    "ГУП",
    "ФГУП",
    "АНО",
    "НКО",
    "ТСЖ",
    "ТСН",
    "ЖСК",
    "СНТ",
    "ИП",
)
"""Kept equal to models.domain.organisation_types.ORGANISATION_TYPES (a test compares)."""

DISABLE_OPERATOR_TEMPLATE = """
CREATE OR REPLACE FUNCTION billing.disable_operator(p_login text) RETURNS billing.operator
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    changed billing.operator;
BEGIN
    PERFORM billing.managed_operator(p_login);
    EXECUTE format('ALTER ROLE %I NOLOGIN', p_login);
    UPDATE billing.operator SET disabled = true WHERE login = p_login RETURNING * INTO changed;{end_sessions}
    RETURN changed;
END
$$
"""
END_SESSIONS = """
    -- A disabled operator who is still logged in is cut off now, not at their next login.
    PERFORM pg_terminate_backend(a.pid)
       FROM pg_stat_activity a
      WHERE a.usename = p_login AND a.pid <> pg_backend_pid();"""
DISABLE_OPERATOR = DISABLE_OPERATOR_TEMPLATE.format(end_sessions=END_SESSIONS)
OLD_DISABLE_OPERATOR = DISABLE_OPERATOR_TEMPLATE.format(end_sessions="")
"""As migration 0010 created it (for the downgrade)."""

TYPES_FUNCTION = f"""
CREATE FUNCTION billing.organisation_types() RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE
RETURN ARRAY[{", ".join(f"'{kind}'" for kind in ORGANISATION_TYPES)}]::text[]
"""

EDIT_REVIEW = r"""
CREATE FUNCTION billing.edit_registration_review(p_id bigint, p_version integer,
    p_organisation_type text, p_organisation_name text, p_inn text, p_kpp text, p_ogrn text,
    p_contract_numbers text[])
RETURNS billing.registration_review
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    r registration_review;
    kind text := mod_trim(p_organisation_type);
    inn_typed text := regexp_replace(coalesce(p_inn, ''), '[[:space:]]+', '', 'g');
    kpp_typed text := regexp_replace(coalesce(p_kpp, ''), '[[:space:]]+', '', 'g');
    ogrn_typed text := regexp_replace(coalesce(p_ogrn, ''), '[[:space:]]+', '', 'g');
    entrepreneur boolean := kind = 'ИП';
    -- An individual entrepreneur: 12-digit INN, 15-digit OGRNIP; an organisation: 10 and 13.
    inn_digits integer := CASE WHEN entrepreneur THEN 12 ELSE 10 END;
    ogrn_digits integer := CASE WHEN entrepreneur THEN 15 ELSE 13 END;
BEGIN
    r := mod_locked_review(p_id, p_version);
    IF r.customer_kind <> 'organisation' THEN
        PERFORM mod_fail('registration.not_organisation');
    END IF;
    IF kind <> ALL (organisation_types()) THEN
        PERFORM mod_fail('registration.organisation_type', '23514');
    END IF;
    IF inn_typed !~ format('^[0-9]{%s}$', inn_digits) THEN
        PERFORM mod_fail('registration.inn_kind', '23514');
    END IF;
    IF ogrn_typed <> '' AND ogrn_typed !~ format('^[0-9]{%s}$', ogrn_digits) THEN
        PERFORM mod_fail('registration.ogrn_kind', '23514');
    END IF;
    IF entrepreneur AND kpp_typed <> '' THEN
        PERFORM mod_fail('registration.kpp_entrepreneur', '23514');
    END IF;
    UPDATE registration_review
       SET organisation_type = kind,
           organisation_name = nullif(mod_trim(p_organisation_name), ''),
           inn = inn_typed,
           kpp = nullif(kpp_typed, ''),
           ogrn = nullif(ogrn_typed, ''),
           contract_numbers = coalesce((SELECT array_agg(mod_trim(c)) FROM unnest(p_contract_numbers)
                                        AS c WHERE mod_trim(c) <> ''), '{}'),
           version = version + 1
     WHERE id = p_id RETURNING * INTO r;
    RETURN r;
END
$$
"""

OLD_EDIT_REVIEW = r"""
CREATE FUNCTION billing.edit_registration_review(p_id bigint, p_version integer,
    p_organisation_name text, p_inn text, p_kpp text, p_ogrn text, p_contract_numbers text[])
RETURNS billing.registration_review
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    r registration_review;
BEGIN
    r := mod_locked_review(p_id, p_version);
    IF r.customer_kind <> 'organisation' THEN
        PERFORM mod_fail('registration.not_organisation');
    END IF;
    UPDATE registration_review
       SET organisation_name = nullif(mod_trim(p_organisation_name), ''),
           inn = nullif(regexp_replace(coalesce(p_inn, ''), '[[:space:]]+', '', 'g'), ''),
           kpp = nullif(regexp_replace(coalesce(p_kpp, ''), '[[:space:]]+', '', 'g'), ''),
           ogrn = nullif(regexp_replace(coalesce(p_ogrn, ''), '[[:space:]]+', '', 'g'), ''),
           contract_numbers = coalesce((SELECT array_agg(mod_trim(c)) FROM unnest(p_contract_numbers)
                                        AS c WHERE mod_trim(c) <> ''), '{}'),
           version = version + 1
     WHERE id = p_id RETURNING * INTO r;
    RETURN r;
END
$$
"""

DISABLE_SIGNATURE = "disable_operator(text)"
TYPES_SIGNATURE = "organisation_types()"
EDIT_SIGNATURE = "edit_registration_review(bigint, integer, text, text, text, text, text, text[])"
OLD_EDIT_SIGNATURE = "edit_registration_review(bigint, integer, text, text, text, text, text[])"


def _own(signature: str, grantees: str | None) -> None:
    op.execute(f"ALTER FUNCTION billing.{signature} OWNER TO {OWNER}")
    op.execute(f"REVOKE ALL ON FUNCTION billing.{signature} FROM PUBLIC")
    if grantees:
        op.execute(f"GRANT EXECUTE ON FUNCTION billing.{signature} TO {grantees}")


def upgrade() -> None:
    # Roles are cluster-wide: granting twice (another database on the server) is harmless.
    # PostgreSQL 15 has no per-grant INHERIT: the owner (INHERIT) inherits it anyway.
    version = int(op.get_bind().exec_driver_sql("SHOW server_version_num").scalar_one())
    inherit = " WITH INHERIT TRUE" if version >= 160000 else ""
    op.execute(f"GRANT pg_signal_backend TO {OWNER}{inherit}")
    op.execute(DISABLE_OPERATOR)
    _own(DISABLE_SIGNATURE, "billing_admin")

    op.execute(TYPES_FUNCTION)
    _own(TYPES_SIGNATURE, None)
    op.execute(f"DROP FUNCTION billing.{OLD_EDIT_SIGNATURE}")
    op.execute(EDIT_REVIEW)
    _own(EDIT_SIGNATURE, SUPERVISORS)


def downgrade() -> None:
    op.execute(f"DROP FUNCTION billing.{EDIT_SIGNATURE}")
    op.execute(f"DROP FUNCTION billing.{TYPES_SIGNATURE}")
    op.execute(OLD_EDIT_REVIEW)
    _own(OLD_EDIT_SIGNATURE, SUPERVISORS)
    op.execute(OLD_DISABLE_OPERATOR)
    _own(DISABLE_SIGNATURE, "billing_admin")
    # pg_signal_backend stays granted: other databases of the cluster may still need it.
