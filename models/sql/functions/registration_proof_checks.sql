-- The proofs a registration's applicant gave, each checked against billing as a link
-- request's proof is (billing.link_proof_facts, billing.link_proof_check): matched or
-- not, with the problems; the supervisor sees the verdict, not what billing holds.
CREATE OR REPLACE FUNCTION billing.registration_proof_checks(p_review_id bigint)
RETURNS TABLE(proof_id bigint, kind text, region_id bigint, account_number text, proof_value text, matched boolean, problems jsonb)
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    p billing.registration_proof;
    outcome jsonb;
BEGIN
    PERFORM billing.assert_operator_active();
    FOR p IN SELECT * FROM billing.registration_proof rp WHERE rp.review_id = p_review_id
              ORDER BY rp.id LOOP
        outcome := billing.link_proof_check(p.kind, p.proof_value,
                                            billing.link_proof_facts(p.region_id, p.account_number));
        proof_id := p.id;
        kind := p.kind;
        region_id := p.region_id;
        account_number := p.account_number;
        proof_value := p.proof_value;
        matched := (outcome ->> 'matched')::boolean;
        problems := outcome -> 'problems';
        RETURN NEXT;
    END LOOP;
END
$function$;

ALTER FUNCTION billing.registration_proof_checks(bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.registration_proof_checks(bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.registration_proof_checks(bigint) TO billing_supervisor;
