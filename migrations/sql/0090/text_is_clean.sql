-- True when the text holds no control or invisible formatting character: the class is
-- models.domain.text.FORBIDDEN_CHARACTERS (a test compares both on every character).
CREATE OR REPLACE FUNCTION billing.text_is_clean(p text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
RETURN p OPERATOR(pg_catalog.!~) '[\x01-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\U000e0000-\U000e007f]';

ALTER FUNCTION billing.text_is_clean(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.text_is_clean(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.text_is_clean(text) TO billing_owner;
