-- An e-mail as operators see it (models.domain.emails.mask_email): iv***@mail.ru, two
-- characters of the mailbox name (never all of it) and the domain.
CREATE OR REPLACE FUNCTION billing.mask_email(p text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE WHEN pg_catalog.strpos(p, '@') = 0 THEN '***'
            ELSE pg_catalog.left(pg_catalog.substring(p, '^(.*)@'),
                                 CASE WHEN pg_catalog.length(pg_catalog.substring(p, '^(.*)@')) > 2
                                      THEN 2
                                      ELSE pg_catalog.length(pg_catalog.substring(p, '^(.*)@')) - 1
                                 END)
                 OPERATOR(pg_catalog.||) '***@'
                 OPERATOR(pg_catalog.||) pg_catalog.substring(p, '@([^@]*)$') END;

ALTER FUNCTION billing.mask_email(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mask_email(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mask_email(text) TO billing_owner;
