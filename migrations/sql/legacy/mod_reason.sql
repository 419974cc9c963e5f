CREATE OR REPLACE FUNCTION billing.mod_reason(p_queue text, p_code text, p_comment text)
 RETURNS text
 LANGUAGE plpgsql
 STABLE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    reason_title text;
    note text := regexp_replace(mod_trim(p_comment), '[[:space:]]+', ' ', 'g');
BEGIN
    SELECT rr.title INTO reason_title FROM rejection_reason rr
     WHERE rr.queue = p_queue AND rr.code = p_code;
    IF NOT FOUND THEN
        PERFORM mod_fail('moderation.reason_required', '23514');
    END IF;
    IF p_code = 'other' AND note = '' THEN
        PERFORM mod_fail('moderation.comment_required', '23514');
    END IF;
    RETURN CASE WHEN note = '' THEN reason_title ELSE reason_title || ': ' || note END;
END
$function$;

ALTER FUNCTION billing.mod_reason(text, text, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.mod_reason(text, text, text) FROM PUBLIC;
