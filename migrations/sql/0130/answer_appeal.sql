-- The answer to an open appeal, by its assignee (an agent) or any supervisor. The
-- customer's e-mail is queued in the same transaction (template appeal_answered) to the
-- portal login that sent the appeal, else the customer's first active login with a
-- confirmed e-mail; without one nothing is queued (the answer goes as a letter).
-- Returns the queued notification's id, or NULL.
CREATE OR REPLACE FUNCTION billing.answer_appeal(p_id bigint, p_version integer, p_answer text)
RETURNS bigint
LANGUAGE plpgsql
SECURITY DEFINER
SET search_path = pg_catalog, billing, pg_temp
AS $function$
DECLARE
    item billing.appeal;
    v_answer text := pg_catalog.btrim(coalesce(p_answer, ''));
    recipient bigint;
BEGIN
    PERFORM billing.assert_operator_active();
    item := billing.locked_appeal(p_id, p_version);
    IF item.assignee IS DISTINCT FROM session_user
       AND NOT pg_catalog.pg_has_role(session_user, 'billing_supervisor', 'MEMBER') THEN
        PERFORM billing.mod_fail('appeal.not_assignee', '42501');
    END IF;
    IF item.status NOT IN ('new', 'in_work') THEN
        PERFORM billing.mod_fail('appeal.already_answered');
    END IF;
    IF v_answer = '' THEN
        PERFORM billing.mod_fail('appeal.answer_required');
    END IF;
    IF pg_catalog.length(v_answer) > 8000 THEN
        PERFORM billing.mod_fail('appeal.answer_too_long');
    END IF;
    UPDATE billing.appeal
       SET status = 'answered', answer = v_answer, answered_at = pg_catalog.now(),
           answered_by = session_user, assignee = coalesce(assignee, session_user),
           version = version + 1
     WHERE id = p_id;
    SELECT u.id INTO recipient FROM billing.portal_user u
     WHERE u.status = 'active' AND u.email_confirmed_at IS NOT NULL
       AND (u.id = item.portal_user_id OR u.customer_id = item.customer_id)
     ORDER BY (u.id = item.portal_user_id) IS TRUE DESC, u.id LIMIT 1;
    IF recipient IS NULL THEN
        RETURN NULL;
    END IF;
    RETURN billing.enqueue_notification(recipient, 'appeal_answered',
        pg_catalog.jsonb_build_object('number', item.number, 'answer', v_answer));
END
$function$;

ALTER FUNCTION billing.answer_appeal(bigint, integer, text) OWNER TO billing_owner;
REVOKE ALL ON FUNCTION billing.answer_appeal(bigint, integer, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION billing.answer_appeal(bigint, integer, text) TO billing_agent, billing_supervisor;
