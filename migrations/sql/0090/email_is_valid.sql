-- models.domain.emails.validate_email of an address as stored (no surrounding spaces):
-- Latin and Cyrillic letters, ASCII digits and RFC 5322's specials in the mailbox name,
-- letters, digits and - in at least two domain labels, no numeric top-level domain.
CREATE OR REPLACE FUNCTION billing.email_is_valid(p text)
RETURNS boolean
LANGUAGE sql
IMMUTABLE PARALLEL SAFE
RETURN pg_catalog.length(p) <= 254
   AND p OPERATOR(pg_catalog.~) '^[A-Za-z\u0400-\u045f0-9!#$%&''*+/=?^_`{|}~.-]{1,64}@[^@]+$'
   AND pg_catalog.split_part(p, '@', 1) OPERATOR(pg_catalog.!~) '^\.|\.$|\.\.'
   AND pg_catalog.split_part(p, '@', 2)
       OPERATOR(pg_catalog.~) '^([A-Za-z\u0400-\u045f0-9-]{1,63}\.)+[A-Za-z\u0400-\u045f0-9-]{1,63}$'
   AND pg_catalog.split_part(p, '@', 2) OPERATOR(pg_catalog.!~) '(^|\.)-|-(\.|$)|\.[0-9]+$';

ALTER FUNCTION billing.email_is_valid(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.email_is_valid(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.email_is_valid(text) TO billing_owner;
