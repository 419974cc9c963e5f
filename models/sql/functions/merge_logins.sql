-- Joins portal login p_joined into p_keep (both locked by the caller): the joined login's
-- account links, link requests, notifications and appeals move over, it is removed, both logins
-- record the merge and the kept one's customer is notified. The number of links moved.
-- Shared by billing.portal_merge (one customer's logins) and billing.decide_merge_request
-- (logins of different customers, after a supervisor's review).
CREATE OR REPLACE FUNCTION billing.merge_logins(p_keep billing.portal_user, p_joined billing.portal_user)
RETURNS integer
LANGUAGE plpgsql
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    moved integer;
BEGIN
    INSERT INTO billing.account_link (portal_user_id, account_id, linked_at, link_request_id)
    SELECT p_keep.id, l.account_id, l.linked_at, l.link_request_id
    FROM billing.account_link l WHERE l.portal_user_id = p_joined.id
    ON CONFLICT DO NOTHING;
    GET DIAGNOSTICS moved = ROW_COUNT;
    UPDATE billing.link_request SET portal_user_id = p_keep.id WHERE portal_user_id = p_joined.id;
    UPDATE billing.notification SET portal_user_id = p_keep.id WHERE portal_user_id = p_joined.id;
    -- The joined login's appeals stay the customer's (they blocked the merge before 0220).
    UPDATE billing.appeal SET portal_user_id = p_keep.id WHERE portal_user_id = p_joined.id;
    DELETE FROM billing.registration_review WHERE portal_user_id = p_joined.id;
    PERFORM billing.record_portal_action(p_joined, 'merged', NULL,
        pg_catalog.jsonb_build_object('into_id', p_keep.id, 'into_login', p_keep.login));
    DELETE FROM billing.portal_user WHERE id = p_joined.id;
    PERFORM billing.record_portal_action(p_keep, 'merged', NULL,
        pg_catalog.jsonb_build_object('joined_id', p_joined.id, 'joined_login', p_joined.login,
                           'links_moved', moved));
    PERFORM billing.enqueue_notification(p_keep.id, 'portal_users_merged',
                                         pg_catalog.jsonb_build_object('joined_login', p_joined.login));
    RETURN moved;
END
$function$;

ALTER FUNCTION billing.merge_logins(billing.portal_user, billing.portal_user) OWNER TO billing_data_owner;
REVOKE ALL ON FUNCTION billing.merge_logins(billing.portal_user, billing.portal_user) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.merge_logins(billing.portal_user, billing.portal_user) TO billing_owner;
