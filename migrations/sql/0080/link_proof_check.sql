CREATE OR REPLACE FUNCTION billing.link_proof_check(p_kind text, p_value text, p_facts jsonb)
RETURNS jsonb
LANGUAGE plpgsql
IMMUTABLE
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    proof jsonb;
    region text := coalesce(p_facts ->> 'account_region', '');
BEGIN
    IF NOT (p_facts ->> 'account_found')::boolean THEN
        RETURN pg_catalog.jsonb_build_object('matched', false, 'problems',
            pg_catalog.jsonb_build_array(billing.mod_problem('link_proof.account_not_found', 'account_number')));
    END IF;
    proof := billing.mod_proof_problem(p_kind, p_value, p_facts);
    IF (p_facts ->> 'region_matches')::boolean THEN
        RETURN pg_catalog.jsonb_build_object('matched', proof IS NULL, 'problems',
            CASE WHEN proof IS NULL THEN '[]'::jsonb ELSE pg_catalog.jsonb_build_array(proof) END);
    END IF;
    RETURN pg_catalog.jsonb_build_object('matched', false, 'problems', pg_catalog.jsonb_build_array(
        billing.mod_problem('link_proof.region_differs', 'region',
                    pg_catalog.jsonb_build_object('account_region', region)),
        coalesce(proof, billing.mod_problem('link_proof.matches_in_other_region', 'region',
                                    pg_catalog.jsonb_build_object('account_region', region), 'warning'))));
END
$function$;

ALTER FUNCTION billing.link_proof_check(text, text, jsonb) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.link_proof_check(text, text, jsonb) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.link_proof_check(text, text, jsonb) TO billing_owner;
