-- Appeals customers sent from the portal: three of each kind, arriving over the last
-- two weeks before :today, so the oldest are past their 3-working-day deadline
-- (overdue) and the newest are still on time. Number and deadline are computed here
-- (the load runs with triggers off), as billing.appeal_stamp would.
INSERT INTO appeal (number, kind, source, customer_id, account_id, portal_user_id, body,
                    attachments, created_at, created_by, deadline)
SELECT 'О-' || extract(year FROM arrived)::text || '-'
           || lpad(nextval('billing.appeal_number_seq')::text, 6, '0'),
       d.kind, 'portal', u.customer_id, u.account_id, u.id, d.body, d.attachments::jsonb,
       (arrived + time '10:15') AT TIME ZONE (SELECT time_zone FROM business_clock),
       'portal', billing.add_working_days(arrived, 3)
FROM (VALUES
    (1, 'complaint', 'Второй месяц подряд начисление по нормативу, хотя показания передаю через личный кабинет до 25 числа. Прошу сделать перерасчёт.', '[{"name": "скриншот_показаний.png", "size": 184320, "content_type": "image/png"}]', 14),
    (2, 'feedback', 'Спасибо сотрудникам офиса на ул. Ленина за быструю замену счётчика.', '[]', 12),
    (3, 'general', 'Прошу выдать справку об отсутствии задолженности для управляющей компании.', '[]', 9),
    (4, 'change_of_details', 'Сменилась фамилия собственника после брака. Прошу переоформить лицевой счёт, копию свидетельства прилагаю.', '[{"name": "свидетельство_о_браке.pdf", "size": 412001, "content_type": "application/pdf"}]', 8),
    (5, 'complaint', 'Платёж от 5-го числа через банк не отражается в личном кабинете, при этом начислены пени.', '[{"name": "чек.pdf", "size": 52113, "content_type": "application/pdf"}]', 6),
    (6, 'feedback', 'В личном кабинете неудобно смотреть историю платежей за прошлый год, добавьте фильтр.', '[]', 5),
    (7, 'general', 'Как передать показания, если уезжаю на два месяца?', '[]', 4),
    (8, 'change_of_details', 'Прошу изменить номер телефона для уведомлений и адрес для бумажных счетов.', '[]', 3),
    (9, 'complaint', 'Квитанция пришла на чужое имя, проверьте данные лицевого счёта.', '[{"name": "квитанция.jpg", "size": 230400, "content_type": "image/jpeg"}]', 2),
    (10, 'feedback', 'Оператор колл-центра вежливо и подробно всё объяснила.', '[]', 1),
    (11, 'general', 'Прошу прислать акт сверки за текущий год на электронную почту.', '[]', 1),
    (12, 'change_of_details', 'Продал квартиру, прошу закрыть лицевой счёт с даты регистрации перехода права.', '[{"name": "выписка_егрн.pdf", "size": 301776, "content_type": "application/pdf"}]', 0)
) AS d(n, kind, body, attachments, days_back)
CROSS JOIN LATERAL (SELECT (:today::date - d.days_back) AS arrived) a
JOIN (SELECT p.id, p.customer_id, min(l.account_id) AS account_id,
             row_number() OVER (ORDER BY p.id) AS n
        FROM portal_user p JOIN account_link l ON l.portal_user_id = p.id
        JOIN account ac ON ac.id = l.account_id AND ac.customer_id = p.customer_id
       WHERE p.status = 'active' AND p.customer_id IS NOT NULL
       GROUP BY p.id, p.customer_id) u ON u.n = d.n
ORDER BY d.n;
