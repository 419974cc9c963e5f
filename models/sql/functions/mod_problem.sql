CREATE OR REPLACE FUNCTION billing.mod_problem(p_code text, p_field text, p_params jsonb DEFAULT '{}'::jsonb, p_severity text DEFAULT 'error'::text)
RETURNS jsonb
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.jsonb_build_object('code', p_code, 'field', p_field, 'params', p_params,
                                     'severity', p_severity);

ALTER FUNCTION billing.mod_problem(text, text, jsonb, text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_problem(text, text, jsonb, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_problem(text, text, jsonb, text) TO billing_owner;
