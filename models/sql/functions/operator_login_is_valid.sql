-- models.domain.operator_rules.validate_operator_login, with the server's own keyword
-- list: a role spelled like a keyword (current_user, user, all...) reads as the keyword.
-- The words PostgreSQL 16-18 added (and 15's 'recheck') are refused everywhere, so a login made there still
-- works after the server is upgraded.
CREATE OR REPLACE FUNCTION billing.operator_login_is_valid(p text)
RETURNS boolean
LANGUAGE sql
STABLE PARALLEL SAFE
RETURN p OPERATOR(pg_catalog.~) '^[a-z][a-z0-9_]{2,39}$'
   AND p OPERATOR(pg_catalog.!~) '^(pg_|billing_)'
   AND p <> ALL (ARRAY['postgres', 'public', 'none'])
   AND NOT EXISTS (SELECT FROM pg_catalog.pg_get_keywords() k WHERE k.word = p)
   AND p <> ALL (ARRAY[
       'absent', 'recheck', 'conditional', 'empty', 'enforced', 'error', 'format', 'indent',
       'json', 'json_array', 'json_arrayagg', 'json_exists', 'json_object',
       'json_objectagg', 'json_query', 'json_scalar', 'json_serialize',
       'json_table', 'json_value', 'keep', 'keys', 'merge_action', 'nested',
       'objects', 'omit', 'path', 'period', 'plan', 'quotes', 'scalar', 'source',
       'string', 'system_user', 'target', 'unconditional', 'virtual'
   ]);

ALTER FUNCTION billing.operator_login_is_valid(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.operator_login_is_valid(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.operator_login_is_valid(text) TO billing_owner;
