CREATE OR REPLACE FUNCTION billing.mod_parse_amount(p_text text)
RETURNS numeric
LANGUAGE plpgsql
IMMUTABLE PARALLEL SAFE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    cleaned text;
    whole_re constant text := '[0-9]{1,3}(?: [0-9]{3})+|[0-9]+';
    rub_re constant text := '(?:рублей|рубля|рубль|руб|р)\.?';
    kop_re constant text := '(?:копеек|копейки|копейка|коп|к)\.?';
    m text[];
    whole text;
BEGIN
    cleaned := pg_catalog.btrim(pg_catalog.regexp_replace(pg_catalog.lower(coalesce(p_text, '')),
        '[[:space:]' || pg_catalog.chr(160) || pg_catalog.chr(8239) || pg_catalog.chr(8201) || ''']+', ' ', 'g'), ' ');
    m := pg_catalog.regexp_match(cleaned, '^(?:(' || whole_re || ') ?' || rub_re || ')? ?(?:([0-9]{1,2}) ?'
                                || kop_re || ')?$');
    IF m IS NOT NULL AND (m[1] IS NOT NULL OR m[2] IS NOT NULL) THEN
        RETURN coalesce(pg_catalog.replace(m[1], ' ', '')::numeric, 0) + coalesce(m[2]::numeric / 100, 0);
    END IF;
    cleaned := pg_catalog.regexp_replace(cleaned, '[[:space:]]*(?:₽|руб(?:лей|ля|ль)?\.?|р\.?|rub\.?)$', '');
    m := pg_catalog.regexp_match(cleaned,
        '^([0-9]{1,3}(?:([ ,.])[0-9]{3})(?:\2[0-9]{3})*|[0-9]+)(?:([.,])([0-9]{1,2}))?$');
    IF m IS NULL THEN
        RETURN NULL;
    END IF;
    whole := m[1];
    IF m[2] IS NOT NULL THEN
        IF m[2] = m[3] THEN
            RETURN NULL;
        END IF;
        IF m[3] IS NULL AND m[2] <> ' '
           AND pg_catalog.length(whole) - pg_catalog.length(pg_catalog.replace(whole, m[2], '')) = 1 THEN
            RETURN NULL;
        END IF;
        whole := pg_catalog.replace(whole, m[2], '');
    END IF;
    RETURN (whole || coalesce('.' || m[4], ''))::numeric;
END
$function$;

ALTER FUNCTION billing.mod_parse_amount(text) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.mod_parse_amount(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.mod_parse_amount(text) TO billing_owner;
