CREATE OR REPLACE FUNCTION billing.portal_unlink_account(p_id bigint, p_version integer, p_account_id bigint)
 RETURNS integer
 LANGUAGE plpgsql
 SECURITY DEFINER
 SET search_path TO 'pg_catalog', 'billing'
AS $function$
DECLARE
    u billing.portal_user := billing.locked_portal_user(p_id, p_version);
    account_number text;
BEGIN
    SELECT a.number INTO account_number
    FROM billing.account_link l JOIN billing.account a ON a.id = l.account_id
    WHERE l.portal_user_id = u.id AND l.account_id = p_account_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'account_link.not_found' USING ERRCODE = 'P0001';
    END IF;
    DELETE FROM billing.account_link WHERE portal_user_id = u.id AND account_id = p_account_id;
    PERFORM billing.record_portal_action(u, 'account_unlinked', NULL,
        jsonb_build_object('account_id', p_account_id, 'account_number', account_number));
    PERFORM billing.enqueue_notification(u.id, 'account_unlinked',
                                         jsonb_build_object('account_number', account_number));
    RETURN u.version + 1;
END
$function$;

ALTER FUNCTION billing.portal_unlink_account(bigint, integer, bigint) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.portal_unlink_account(bigint, integer, bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.portal_unlink_account(bigint, integer, bigint) TO billing_agent, billing_supervisor;
