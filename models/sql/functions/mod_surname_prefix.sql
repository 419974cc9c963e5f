CREATE OR REPLACE FUNCTION billing.mod_surname_prefix(p_text text)
RETURNS text
LANGUAGE plpgsql
IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    word text;
    letters text;
BEGIN
    FOR word IN SELECT w FROM pg_catalog.regexp_split_to_table(
            pg_catalog.translate(pg_catalog.lower(normalize(coalesce(p_text, ''), NFC)), 'ё', 'е'), '[[:space:]]+') AS w
    LOOP
        letters := pg_catalog.regexp_replace(word, '[^[:alpha:]]', '', 'g');
        IF letters <> '' THEN
            RETURN pg_catalog.left(letters, 3);
        END IF;
    END LOOP;
    RETURN '';
END
$function$;

ALTER FUNCTION billing.mod_surname_prefix(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_surname_prefix(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_surname_prefix(text) TO billing_owner;
