CREATE OR REPLACE FUNCTION billing.forbid_change()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
BEGIN
    -- Superusers may still repair data (maintenance); nobody else, not even the owner.
    -- current_user: a superuser working directly, not through the owner's functions
    -- and not after SET ROLE billing_owner.
    IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = current_user AND rolsuper) THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    RAISE EXCEPTION '%.immutable', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege',
              DETAIL = pg_catalog.format('%s rows are never updated or deleted: add a correcting row.', TG_TABLE_NAME);
END
$function$;

ALTER FUNCTION billing.forbid_change() OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.forbid_change() FROM PUBLIC;
