CREATE OR REPLACE FUNCTION billing.mod_owner_surname(p_name text)
 RETURNS text
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    word text;
    letters text;
BEGIN
    FOR word IN SELECT w FROM regexp_split_to_table(coalesce(p_name, ''),
                                                   '[[:space:]"«»“”„'']+') AS w LOOP
        letters := btrim(word, '.,');
        IF letters <> '' AND lower(letters) NOT IN (
            'ооо', 'оао', 'зао', 'пао', 'ао', 'ип', 'муп', 'гуп', 'фгуп', 'нко', 'ано', 'чп', 'тсж')
        THEN
            RETURN letters;
        END IF;
    END LOOP;
    RETURN billing.mod_trim(p_name);
END
$function$;

ALTER FUNCTION billing.mod_owner_surname(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_owner_surname(text) FROM PUBLIC;
