"""Notification templates and the function that queues a customer notification.

Every operation that changes something a customer should hear about calls
``billing.enqueue_notification(portal_user_id, template, params)`` inside its own
transaction, so the message is queued if and only if the change commits. The sender
(see console/services) delivers the outbox to the notification gateway.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TEMPLATES = (
    (
        "email_confirmation",
        "email",
        "Подтвердите адрес электронной почты",
        "Здравствуйте, {login}! Чтобы завершить регистрацию в личном кабинете, перейдите по ссылке "
        "из этого письма. Если вы не регистрировались, проигнорируйте письмо.",
    ),
    (
        "password_reset",
        "email",
        "Восстановление пароля",
        "Здравствуйте, {login}! По вашему обращению в центр обслуживания клиентов сформирована "
        "ссылка для смены пароля личного кабинета. Если вы не обращались, сообщите нам.",
    ),
    (
        "portal_user_blocked",
        "email",
        "Учётная запись заблокирована",
        "Здравствуйте, {login}! Ваша учётная запись личного кабинета заблокирована. Причина: {reason}.",
    ),
    (
        "portal_user_unblocked",
        "email",
        "Учётная запись разблокирована",
        "Здравствуйте, {login}! Доступ к личному кабинету восстановлен.",
    ),
    (
        "contact_changed",
        "email",
        "Изменены контактные данные",
        "Здравствуйте, {login}! По вашему обращению изменён {what} в личном кабинете.",
    ),
    (
        "account_unlinked",
        "email",
        "Лицевой счёт отвязан",
        "Здравствуйте, {login}! Лицевой счёт № {account_number} отвязан от вашего личного кабинета.",
    ),
    (
        "portal_users_merged",
        "email",
        "Учётные записи объединены",
        "Здравствуйте, {login}! Учётная запись {joined_login} присоединена к вашей; её лицевые "
        "счета теперь видны в вашем личном кабинете.",
    ),
    (
        "link_request_received",
        "email",
        "Заявка № {number} принята",
        "Здравствуйте, {login}! Заявка № {number} на присоединение лицевого счёта № {account_number} "
        "принята. Срок рассмотрения — от 1 до 3 рабочих дней.",
    ),
    (
        "link_request_approved",
        "email",
        "Заявка № {number} одобрена",
        "Здравствуйте, {login}! Заявка № {number} одобрена: лицевой счёт № {account_number} "
        "присоединён к вашему личному кабинету.",
    ),
    (
        "link_request_rejected",
        "email",
        "Заявка № {number} отклонена",
        "Здравствуйте, {login}! Заявка № {number} на присоединение лицевого счёта № {account_number} "
        "отклонена. Причина: {reason}. Вы можете исправить заявку в личном кабинете.",
    ),
    (
        "registration_approved",
        "email",
        "Регистрация подтверждена",
        "Здравствуйте, {login}! Регистрация в личном кабинете подтверждена, доступ открыт.",
    ),
    (
        "registration_rejected",
        "email",
        "Регистрация отклонена",
        "Здравствуйте, {login}! Регистрация в личном кабинете отклонена. Причина: {reason}.",
    ),
)

ENQUEUE = """
CREATE FUNCTION billing.enqueue_notification(p_portal_user_id bigint, p_template text,
                                             p_params jsonb DEFAULT '{}')
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, billing AS $$
DECLARE
    t billing.notification_template;
    u record;
    subject text;
    body text;
    item record;
    chosen text;
    recipient text;
    new_id bigint;
BEGIN
    SELECT * INTO t FROM billing.notification_template WHERE code = p_template;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'notification.unknown_template' USING DETAIL = p_template;
    END IF;
    SELECT id, login, email, phone INTO u FROM billing.portal_user WHERE id = p_portal_user_id;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'notification.unknown_portal_user' USING DETAIL = p_portal_user_id::text;
    END IF;
    subject := t.subject;
    body := t.body;
    FOR item IN SELECT key, value FROM jsonb_each_text(
        p_params || jsonb_build_object('login', u.login)) LOOP
        subject := replace(subject, '{' || item.key || '}', coalesce(item.value, ''));
        body := replace(body, '{' || item.key || '}', coalesce(item.value, ''));
    END LOOP;
    chosen := CASE WHEN t.channel = 'sms' AND u.phone IS NOT NULL THEN 'sms'
                   WHEN u.email IS NOT NULL THEN 'email' ELSE 'sms' END;
    recipient := CASE chosen WHEN 'sms' THEN u.phone ELSE u.email END;
    IF recipient IS NULL THEN
        RAISE EXCEPTION 'notification.no_recipient' USING DETAIL = p_portal_user_id::text;
    END IF;
    INSERT INTO billing.notification (portal_user_id, channel, recipient, template, subject, body)
    VALUES (u.id, chosen, recipient, p_template, subject, body)
    RETURNING id INTO new_id;
    RETURN new_id;
END
$$;
"""


def upgrade() -> None:
    op.create_table(
        "notification_template",
        sa.Column("code", sa.Text(), primary_key=True),
        sa.Column("channel", sa.Text(), nullable=False),
        sa.Column("subject", sa.Text(), nullable=False),
        sa.Column("body", sa.Text(), nullable=False),
        sa.CheckConstraint(
            "channel IN ('email', 'sms')", name=op.f("ck_notification_template_channel")
        ),
        sa.PrimaryKeyConstraint("code", name=op.f("pk_notification_template")),
        schema="billing",
    )
    op.execute("ALTER TABLE billing.notification_template OWNER TO billing_owner")
    op.execute(
        "CREATE TRIGGER audit AFTER INSERT OR UPDATE OR DELETE ON billing.notification_template "
        "FOR EACH ROW EXECUTE FUNCTION billing.audit_row('code')"
    )
    template = sa.table(
        "notification_template",
        sa.column("code"),
        sa.column("channel"),
        sa.column("subject"),
        sa.column("body"),
        schema="billing",
    )
    op.bulk_insert(
        template,
        [
            {"code": code, "channel": channel, "subject": subject, "body": body}
            for code, channel, subject, body in TEMPLATES
        ],
    )
    op.execute(ENQUEUE)
    op.execute(
        "ALTER FUNCTION billing.enqueue_notification(bigint, text, jsonb) OWNER TO billing_owner"
    )
    op.execute(
        "REVOKE ALL ON FUNCTION billing.enqueue_notification(bigint, text, jsonb) FROM PUBLIC"
    )
    op.execute(
        "GRANT SELECT ON billing.notification_template TO billing_agent, billing_cashier, "
        "billing_supervisor"
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION billing.enqueue_notification(bigint, text, jsonb)")
    op.drop_table("notification_template", schema="billing")
