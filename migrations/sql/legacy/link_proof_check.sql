CREATE OR REPLACE FUNCTION billing.link_proof_check(p_kind text, p_value text, p_facts jsonb)
 RETURNS jsonb
 LANGUAGE plpgsql
 IMMUTABLE
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    proof jsonb;
    region text := coalesce(p_facts ->> 'account_region', '');
BEGIN
    IF NOT (p_facts ->> 'account_found')::boolean THEN
        RETURN jsonb_build_object('matched', false, 'problems',
            jsonb_build_array(mod_problem('link_proof.account_not_found', 'account_number')));
    END IF;
    proof := mod_proof_problem(p_kind, p_value, p_facts);
    IF (p_facts ->> 'region_matches')::boolean THEN
        RETURN jsonb_build_object('matched', proof IS NULL, 'problems',
            CASE WHEN proof IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(proof) END);
    END IF;
    RETURN jsonb_build_object('matched', false, 'problems', jsonb_build_array(
        mod_problem('link_proof.region_differs', 'region',
                    jsonb_build_object('account_region', region)),
        coalesce(proof, mod_problem('link_proof.matches_in_other_region', 'region',
                                    jsonb_build_object('account_region', region), 'warning'))));
END
$function$;

ALTER FUNCTION billing.link_proof_check(text, text, jsonb) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.link_proof_check(text, text, jsonb) FROM PUBLIC;
