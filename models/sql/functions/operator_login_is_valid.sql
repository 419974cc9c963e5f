-- models.domain.operator_rules.validate_operator_login, with the server's own keyword
-- list: a role spelled like a keyword (current_user, user, all...) reads as the keyword.
CREATE OR REPLACE FUNCTION billing.operator_login_is_valid(p text)
RETURNS boolean
LANGUAGE sql
STABLE PARALLEL SAFE
RETURN p OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{2,39}$'
   AND p OPERATOR(pg_catalog.!~) '^(pg_|billing_)'
   AND p <> ALL (ARRAY['postgres', 'public', 'none'])
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_get_keywords() k WHERE k.word = p);

ALTER FUNCTION billing.operator_login_is_valid(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.operator_login_is_valid(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.operator_login_is_valid(text) TO billing_owner;
