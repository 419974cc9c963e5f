-- A phone as operators see it (models.domain.phones.mask_phone): +7 (***) ***-**-67;
-- other text keeps its shape with every digit but the last two hidden.
CREATE OR REPLACE FUNCTION billing.mask_phone(p text)
RETURNS text
LANGUAGE sql
IMMUTABLE PARALLEL SAFE STRICT
RETURN CASE WHEN p OPERATOR(pg_catalog.~) '^\+7[0-9]{10}$'
            THEN '+7 (***) ***-**-' OPERATOR(pg_catalog.||) pg_catalog.right(p, 2)
            ELSE pg_catalog.regexp_replace(p, '[0-9](?=([^0-9]*[0-9]){2})', '*', 'g') END;

ALTER FUNCTION billing.mask_phone(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mask_phone(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mask_phone(text) TO billing_owner;
