CREATE OR REPLACE FUNCTION billing.mod_parse_amount(p_text text)
 RETURNS numeric
 LANGUAGE plpgsql
 IMMUTABLE PARALLEL SAFE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    cleaned text;
    whole_re constant text := '[0-9]{1,3}(?: [0-9]{3})+|[0-9]+';
    rub_re constant text := '(?:рублей|рубля|рубль|руб|р)\.?';
    kop_re constant text := '(?:копеек|копейки|копейка|коп|к)\.?';
    m text[];
    whole text;
BEGIN
    cleaned := btrim(regexp_replace(lower(coalesce(p_text, '')),
        '[[:space:]' || chr(160) || chr(8239) || chr(8201) || ''']+', ' ', 'g'), ' ');
    m := regexp_match(cleaned, '^(?:(' || whole_re || ') ?' || rub_re || ')? ?(?:([0-9]{1,2}) ?'
                                || kop_re || ')?$');
    IF m IS NOT NULL AND (m[1] IS NOT NULL OR m[2] IS NOT NULL) THEN
        RETURN coalesce(replace(m[1], ' ', '')::numeric, 0) + coalesce(m[2]::numeric / 100, 0);
    END IF;
    cleaned := regexp_replace(cleaned, '[[:space:]]*(?:₽|руб(?:лей|ля|ль)?\.?|р\.?|rub\.?)$', '');
    m := regexp_match(cleaned,
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
           AND length(whole) - length(replace(whole, m[2], '')) = 1 THEN
            RETURN NULL;
        END IF;
        whole := replace(whole, m[2], '');
    END IF;
    RETURN (whole || coalesce('.' || m[4], ''))::numeric;
END
$function$;

ALTER FUNCTION billing.mod_parse_amount(text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_parse_amount(text) FROM PUBLIC;
