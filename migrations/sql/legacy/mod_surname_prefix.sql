CREATE OR REPLACE FUNCTION billing.mod_surname_prefix(p_text text)
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    word text;
    letters text;
BEGIN
    FOR word IN SELECT w FROM regexp_split_to_table(
            translate(lower(normalize(coalesce(p_text, ''), NFC)), 'ё', 'е'), '[[:space:]]+') AS w
    LOOP
        letters := regexp_replace(word, '[^[:alpha:]]', '', 'g');
        IF letters <> '' THEN
            RETURN left(letters, 3);
        END IF;
    END LOOP;
    RETURN '';
END
$function$;

ALTER FUNCTION billing.mod_surname_prefix(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_surname_prefix(text) FROM PUBLIC;
