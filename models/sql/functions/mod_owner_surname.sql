CREATE OR REPLACE FUNCTION billing.mod_owner_surname(p_name text)
RETURNS text
LANGUAGE plpgsql
IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    word text;
    letters text;
BEGIN
    FOR word IN SELECT w FROM pg_catalog.regexp_split_to_table(coalesce(p_name, ''),
                                                   '[[:space:]"«»“”„'']+') AS w LOOP
        letters := pg_catalog.btrim(word, '.,');
        IF letters <> '' AND pg_catalog.lower(letters) NOT IN (
            'ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'муп', 'гуп', 'фгуп', 'нко', 'ано', 'чп', 'тсж')
        THEN
            RETURN letters;
        END IF;
    END LOOP;
    RETURN billing.mod_trim(p_name);
END
$function$;

ALTER FUNCTION billing.mod_owner_surname(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_owner_surname(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_owner_surname(text) TO billing_owner;
