<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccountPicker</name>
    <message>
        <location filename="../../widgets/account_picker.py" line="53" />
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../widgets/account_picker.py" line="64" />
        <source>Account found</source>
        <translation>Найденный лицевой счёт</translation>
    </message>
</context>
<context>
    <name>ActionDialog</name>
    <message>
        <location filename="../../console/lookup/action_dialog.py" line="80" />
        <location filename="../../console/lookup/action_dialog.py" line="81" />
        <source>Confirm</source>
        <translation>Подтвердить</translation>
    </message>
    <message>
        <location filename="../../console/lookup/action_dialog.py" line="84" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ActsPage</name>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="34" />
        <source>Tariff acts</source>
        <translation>Акты о тарифах</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="36" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="36" />
        <source>Tariffs from</source>
        <translation>Тарифы с</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="36" />
        <source>Act</source>
        <translation>Акт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="41" />
        <location filename="../../console/admin/settings/acts_page.py" line="47" />
        <source>Region of the act</source>
        <translation>Район, к которому относится акт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="46" />
        <source>Order of … dated … No. …</source>
        <translation>Приказ … от … № …</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="47" />
        <source>Region:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="50" />
        <source>Tariffs from:</source>
        <translation>Тарифы с:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="52" />
        <source>Date the act's tariffs apply from</source>
        <translation>Дата, с которой действуют тарифы акта</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="54" />
        <source>Act:</source>
        <translation>Акт:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="54" />
        <source>The act as cited</source>
        <translation>Реквизиты акта</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="56" />
        <source>New act</source>
        <translation>Новый акт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="56" />
        <source>Start a new act</source>
        <translation>Начать ввод нового акта</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="59" />
        <source>Save act</source>
        <translation>Сохранить акт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="59" />
        <source>Save the act</source>
        <translation>Сохранить акт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="62" />
        <source>Delete act</source>
        <translation>Удалить акт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="62" />
        <source>Delete the selected act</source>
        <translation>Удалить выбранный акт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="81" />
        <source>every region (default)</source>
        <translation>все районы (по умолчанию)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="111" />
        <source>Editing the selected act.</source>
        <translation>Изменение выбранного акта.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/acts_page.py" line="121" />
        <source>A new act.</source>
        <translation>Новый акт.</translation>
    </message>
</context>
<context>
    <name>AppealLabels</name>
    <message>
        <location filename="../../console/appeals/labels.py" line="23" />
        <source>phone call</source>
        <translation>звонок</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="24" />
        <source>office visit</source>
        <translation>визит в офис</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="25" />
        <source>portal</source>
        <translation>личный кабинет</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="26" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="27" />
        <source>letter</source>
        <translation>письмо</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="28" />
        <source>operator</source>
        <translation>операторские</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="29" />
        <source>complaint</source>
        <translation>жалоба</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="30" />
        <source>feedback</source>
        <translation>отзыв</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="31" />
        <source>application</source>
        <translation>заявление</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="32" />
        <source>change of details</source>
        <translation>изменение данных</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="33" />
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="34" />
        <source>in work</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="35" />
        <source>answered</source>
        <translation>дан ответ</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="36" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="37" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="41" />
        <source>&amp;Account number</source>
        <translation>&amp;Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="42" />
        <source>A&amp;ddress</source>
        <translation>&amp;Адрес</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="43" />
        <source>&amp;Full name</source>
        <translation>&amp;ФИО</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="44" />
        <source>&amp;Receipt number</source>
        <translation>Номер к&amp;витанции</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="45" />
        <source>&amp;Last payment</source>
        <translation>Последний &amp;платёж</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="46" />
        <source>&amp;Meter serial</source>
        <translation>Номер с&amp;чётчика</translation>
    </message>
    <message>
        <location filename="../../console/appeals/labels.py" line="47" />
        <source>&amp;Passport</source>
        <translation>Па&amp;спорт</translation>
    </message>
</context>
<context>
    <name>AppealsDashboard</name>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="35" />
        <source>Appeals by status and age</source>
        <translation>Обращения по статусу и возрасту</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="39" />
        <source>Overdue appeals</source>
        <translation>Просроченные обращения</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="42" />
        <source>Appeals by operator</source>
        <translation>Обращения по операторам</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="45" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="46" />
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="47" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="48" />
        <source>Answered</source>
        <translation>С ответом</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="49" />
        <source>On time</source>
        <translation>В срок</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="54" />
        <source>E&amp;xport CSV…</source>
        <translation>Выгр&amp;узить CSV…</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="56" />
        <source>Export the register as CSV</source>
        <translation>Выгрузить реестр в CSV</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="58" />
        <source>Contact topics…</source>
        <translation>Темы контактов…</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="60" />
        <source>Edit the list of contact topics</source>
        <translation>Изменить список тем контактов</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="82" />
        <source>By status: {statuses}
Open, by working days waiting: {ages}
Answered on time: {share} ({on_time} of {answered})</source>
        <translation>По статусу: {statuses}
Открытые, по рабочим дням ожидания: {ages}
Отвечено в срок: {share} ({on_time} из {answered})</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="92" />
        <source>Overdue: {count}</source>
        <translation>Просрочено: {count}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="120" />
        <source>Export the register</source>
        <translation>Выгрузка реестра обращений</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="120" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/dashboard_panel.py" line="136" />
        <source>Exported {count} appeals.</source>
        <translation>Выгружено обращений: {count}.</translation>
    </message>
</context>
<context>
    <name>AppealsModel</name>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="25" />
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="26" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="27" />
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="28" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="29" />
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="30" />
        <source>Arrived</source>
        <translation>Поступило</translation>
    </message>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="31" />
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../console/appeals/queue_model.py" line="32" />
        <source>Working days</source>
        <translation>Рабочих дней</translation>
    </message>
</context>
<context>
    <name>AppealsTab</name>
    <message>
        <location filename="../../console/appeals/tab.py" line="60" />
        <source>Open appeals</source>
        <translation>Открытые обращения</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="68" />
        <source>Claim &amp;next (Ctrl+N)</source>
        <translation>Взять сл&amp;едующее (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="70" />
        <source>Claim the next appeal</source>
        <translation>Взять следующее обращение</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="78" />
        <source>Appeal text</source>
        <translation>Текст обращения</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="82" />
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="84" />
        <source>Send the &amp;answer (Ctrl+Enter)</source>
        <translation>Отправить о&amp;твет (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="86" />
        <source>Send the answer</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="92" />
        <source>Clo&amp;se the appeal</source>
        <translation>&amp;Закрыть обращение</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="94" />
        <source>Close the answered appeal</source>
        <translation>Закрыть обращение с ответом</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="96" />
        <source>Print the letter (Ctrl+P)</source>
        <translation>Печать письма (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="98" />
        <source>Print the answer as a letter</source>
        <translation>Напечатать ответ письмом</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="105" />
        <source>Operator to assign the appeal to</source>
        <translation>Кому передать обращение</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="108" />
        <source>Assign (Ctrl+Shift+A)</source>
        <translation>Передать (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="110" />
        <source>Assign the appeal</source>
        <translation>Передать обращение</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="113" />
        <source>Customer's card (Ctrl+O)</source>
        <translation>Карточка абонента (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="116" />
        <source>Open the customer's card (to apply a change of details)</source>
        <translation>Открыть карточку абонента (чтобы внести изменение данных)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="120" />
        <source>A change of details is applied on the customer's card with its own actions (phone, e-mail, portal login), each checked and audited by the database; then answer the appeal saying what was changed.</source>
        <translation>Изменение данных вносится в карточке абонента её действиями (телефон, e-mail, логин портала) — каждое проверяет и записывает в журнал база данных; затем ответьте на обращение, указав, что изменено.</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="132" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="148" />
        <location filename="../../console/appeals/tab.py" line="366" />
        <source>Answer:</source>
        <translation>Ответ:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="158" />
        <source>Assign to:</source>
        <translation>Исполнитель:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="188" />
        <source>A&amp;ppeals</source>
        <translation>&amp;Обращения</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="232" />
        <source>No new appeals are waiting.</source>
        <translation>Новых обращений нет.</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="250" />
        <source>Answered; the customer's e-mail is queued.</source>
        <translation>Ответ дан; письмо абоненту поставлено в очередь.</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="254" />
        <source>Answered; the customer has no e-mail: send the answer by letter.</source>
        <translation>Ответ дан; у абонента нет электронной почты: отправьте ответ письмом.</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="272" />
        <source>Appeal {number} is assigned to {login}.</source>
        <translation>Обращение {number} передано {login}.</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="323" />
        <source>Answer to appeal {number}</source>
        <translation>Ответ на обращение {number}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="356" />
        <source>Arrived {day}, due {deadline}</source>
        <translation>Поступило {day}, срок ответа — {deadline}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/tab.py" line="363" />
        <source>Attachments:</source>
        <translation>Вложения:</translation>
    </message>
</context>
<context>
    <name>AuditFields</name>
    <message>
        <location filename="../../console/admin/audit_text.py" line="23" />
        <source>id</source>
        <translation>код записи</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="24" />
        <source>account</source>
        <translation>лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="25" />
        <source>account number</source>
        <translation>номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="26" />
        <source>action</source>
        <translation>действие</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="27" />
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="28" />
        <source>attempts</source>
        <translation>попыток</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="29" />
        <source>bill</source>
        <translation>счёт</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="30" />
        <source>billing period</source>
        <translation>расчётный период</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="31" />
        <source>block reason</source>
        <translation>причина блокировки</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="32" />
        <source>calibration due</source>
        <translation>поверка до</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="33" />
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="34" />
        <source>channel</source>
        <translation>канал</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="35" />
        <source>claimed by</source>
        <translation>взял в работу</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="36" />
        <source>claimed until</source>
        <translation>в работе до</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="37" />
        <source>closed at</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="38" />
        <source>command</source>
        <translation>команда</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="39" />
        <source>as role</source>
        <translation>от имени роли</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="40" />
        <source>closed on</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="41" />
        <source>code</source>
        <translation>код</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="42" />
        <source>contract</source>
        <translation>договор</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="43" />
        <source>copy</source>
        <translation>экземпляр</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="44" />
        <source>corrects</source>
        <translation>исправляет</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="45" />
        <source>counted cash</source>
        <translation>пересчитано</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="46" />
        <source>created at</source>
        <translation>создано</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="47" />
        <source>created by</source>
        <translation>создал</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="48" />
        <source>customer</source>
        <translation>абонентские</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="49" />
        <source>customer kind</source>
        <translation>вид абонента</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="50" />
        <source>decided at</source>
        <translation>решено</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="51" />
        <source>decided by</source>
        <translation>решил</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="52" />
        <source>difference</source>
        <translation>разница</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="53" />
        <source>digits</source>
        <translation>разрядов</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="54" />
        <source>disabled</source>
        <translation>отключён</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="55" />
        <source>document</source>
        <translation>документ</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="56" />
        <source>due on</source>
        <translation>оплатить до</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="57" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="58" />
        <source>entered at</source>
        <translation>внесено</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="59" />
        <source>entered by</source>
        <translation>внёс</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="60" />
        <source>expected cash</source>
        <translation>ожидалось</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="61" />
        <source>field</source>
        <translation>поле</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="62" />
        <source>first name</source>
        <translation>имя</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="63" />
        <source>formed on</source>
        <translation>сформирован</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="64" />
        <source>full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="65" />
        <source>group</source>
        <translation>группа</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="66" />
        <source>installed on</source>
        <translation>установлен</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="67" />
        <source>kind</source>
        <translation>вид</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="68" />
        <source>last name</source>
        <translation>фамилия</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="69" />
        <source>login</source>
        <translation>логин</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="70" />
        <source>meter</source>
        <translation>счётчик</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="71" />
        <source>method</source>
        <translation>способ</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="72" />
        <source>patronymic</source>
        <translation>отчество</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="73" />
        <source>model</source>
        <translation>модель</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="74" />
        <source>name</source>
        <translation>наименование</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="75" />
        <source>number</source>
        <translation>номер</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="76" />
        <source>object</source>
        <translation>объект</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="77" />
        <source>object type</source>
        <translation>вид объекта</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="78" />
        <source>opened at</source>
        <translation>открыта</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="79" />
        <source>opening float</source>
        <translation>размен</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="80" />
        <source>paid on</source>
        <translation>дата оплаты</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="81" />
        <source>password changed at</source>
        <translation>пароль сменён</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="82" />
        <source>password expires on</source>
        <translation>пароль действует до</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="83" />
        <source>performed at</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="84" />
        <source>performed by</source>
        <translation>выполнил</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="85" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="86" />
        <source>portal login</source>
        <translation>логин ЛК</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="87" />
        <source>position</source>
        <translation>порядок</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="88" />
        <source>printed at</source>
        <translation>напечатано</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="89" />
        <source>printed by</source>
        <translation>напечатал</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="90" />
        <source>proof kind</source>
        <translation>вид подтверждения</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="91" />
        <source>proof</source>
        <translation>подтверждение</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="92" />
        <source>queue</source>
        <translation>очередь</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="93" />
        <source>reason</source>
        <translation>причина</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="94" />
        <source>receipt number</source>
        <translation>номер квитанции</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="95" />
        <source>region</source>
        <translation>район</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="96" />
        <source>removed on</source>
        <translation>снят</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="97" />
        <source>reverses</source>
        <translation>сторнирует</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="98" />
        <source>serial number</source>
        <translation>заводской номер</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="99" />
        <source>shift</source>
        <translation>смена</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="100" />
        <source>source</source>
        <translation>источник</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="101" />
        <source>statement</source>
        <translation>инструкция</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="102" />
        <source>status</source>
        <translation>состояние</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="103" />
        <source>taken on</source>
        <translation>дата снятия</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="104" />
        <source>title</source>
        <translation>текст</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="105" />
        <source>updated at</source>
        <translation>изменено</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="106" />
        <source>value</source>
        <translation>показание</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="107" />
        <source>version</source>
        <translation>версия</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="108" />
        <source>zone</source>
        <translation>зона</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="109" />
        <source>zones</source>
        <translation>зон</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="111" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_text.py" line="112" />
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <location filename="../../console/admin/labels.py" line="10" />
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="11" />
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="12" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="13" />
        <source>Metering point</source>
        <translation>Точка учёта</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="14" />
        <source>Meter</source>
        <translation>Прибор учёта</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="15" />
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="16" />
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="17" />
        <source>Bill line</source>
        <translation>Строка счёта</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="18" />
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="19" />
        <source>Portal user</source>
        <translation>Учётная запись ЛК</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="20" />
        <source>Account link</source>
        <translation>Привязка счёта</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="21" />
        <source>Link request</source>
        <translation>Заявка на присоединение</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="22" />
        <source>Registration review</source>
        <translation>Проверка регистрации</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="23" />
        <source>Notification</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="24" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="25" />
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="26" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="27" />
        <source>Password fingerprint</source>
        <translation>Отпечаток пароля</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="28" />
        <source>Cash shift</source>
        <translation>Кассовая смена</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="29" />
        <source>Document print</source>
        <translation>Печать документа</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="30" />
        <source>Action on a portal login</source>
        <translation>Действие с учётной записью ЛК</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="31" />
        <source>Rejection reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="32" />
        <source>Notification template</source>
        <translation>Шаблон уведомления</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="33" />
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="34" />
        <source>Contact with a customer</source>
        <translation>Контакт с абонентом</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="35" />
        <source>Contact topic</source>
        <translation>Тема контакта</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="36" />
        <source>Business date settings</source>
        <translation>Учётная дата</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="37" />
        <source>Supplier details</source>
        <translation>Реквизиты поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="38" />
        <source>Billing settings</source>
        <translation>Настройки расчётов</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="39" />
        <source>Tariff act</source>
        <translation>Приказ о тарифе</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="40" />
        <source>Working-day calendar</source>
        <translation>Производственный календарь</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="41" />
        <source>Consumption norm</source>
        <translation>Норматив потребления</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="42" />
        <source>One-time portal code</source>
        <translation>Одноразовый код ЛК</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="43" />
        <source>Portal rules</source>
        <translation>Правила личного кабинета</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="44" />
        <source>Internet payment</source>
        <translation>Интернет-платёж</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="45" />
        <source>Cash desk and its register</source>
        <translation>Касса и её ККТ</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="46" />
        <source>Fiscal cheque</source>
        <translation>Кассовый чек</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="47" />
        <source>Registration proof</source>
        <translation>Подтверждение при регистрации</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="48" />
        <source>Merge request</source>
        <translation>Заявка на объединение</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="49" />
        <source>Correction cheque</source>
        <translation>Чек коррекции</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="52" />
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="53" />
        <source>Changed</source>
        <translation>Изменение</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="54" />
        <source>Deleted</source>
        <translation>Удаление</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="55" />
        <source>Contact revealed</source>
        <translation>Просмотр контакта</translation>
    </message>
    <message>
        <location filename="../../console/admin/labels.py" line="56" />
        <source>Table structure changed</source>
        <translation>Изменена структура таблицы</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="54" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="57" />
        <location filename="../../console/admin/audit_tab.py" line="62" />
        <source>Any</source>
        <translation>Любой</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="61" />
        <source>Record type</source>
        <translation>Тип записи</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="67" />
        <source>Record key</source>
        <translation>Ключ записи</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="68" />
        <source>e.g. 1042</source>
        <translation>напр. 1042</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="73" />
        <source>From date</source>
        <translation>С даты</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="76" />
        <source>To date</source>
        <translation>По дату</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="82" />
        <source>Find changes</source>
        <translation>Найти изменения</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="92" />
        <source>&amp;Operator:</source>
        <translation>Опе&amp;ратор:</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="80" />
        <source>F&amp;ind (Enter)</source>
        <translation>&amp;Найти (Enter)</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="93" />
        <source>Re&amp;cord:</source>
        <translation>&amp;Запись:</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="94" />
        <source>&amp;Key:</source>
        <translation>&amp;Ключ:</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="95" />
        <source>F&amp;rom:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="96" />
        <source>&amp;To:</source>
        <translation>По:</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="108" />
        <location filename="../../console/admin/audit_tab.py" line="139" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="120" />
        <source>Change details</source>
        <translation>Подробности изменения</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="122" />
        <source>Select a row to see every changed field.</source>
        <translation>Выберите строку, чтобы увидеть все изменённые поля.</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="131" />
        <source>Show &amp;older</source>
        <translation>Показать &amp;более ранние</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="133" />
        <source>Show older changes</source>
        <translation>Показать более ранние изменения</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="161" />
        <source>&amp;Audit log</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="216" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="232" />
        <source>Nothing matches the filter.</source>
        <translation>Под фильтр ничего не подходит.</translation>
    </message>
    <message>
        <location filename="../../console/admin/audit_tab.py" line="234" />
        <source>Changes shown: {count}</source>
        <translation>Показано изменений: {count}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <location filename="../../console/tabs/audit_model.py" line="28" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../console/tabs/audit_model.py" line="29" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../console/tabs/audit_model.py" line="30" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../console/tabs/audit_model.py" line="31" />
        <source>Key</source>
        <translation>Ключ</translation>
    </message>
    <message>
        <location filename="../../console/tabs/audit_model.py" line="32" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../console/tabs/audit_model.py" line="33" />
        <source>Changes</source>
        <translation>Изменения</translation>
    </message>
</context>
<context>
    <name>BalanceBar</name>
    <message>
        <location filename="../../console/payments/history_panels.py" line="84" />
        <source>Open an account from the customer card or type its number.</source>
        <translation>Откройте лицевой счёт из карточки абонента или введите его номер.</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="86" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="89" />
        <source>Balance as of</source>
        <translation>Сальдо на дату</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="93" />
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="98" />
        <source>Correction cheque… (Ctrl+Shift+F)</source>
        <translation>Чек коррекции… (Ctrl+Shift+F)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="100" />
        <source>Print a correction cheque for the account shown</source>
        <translation>Пробить чек коррекции по показанному лицевому счёту</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="109" />
        <source>Balan&amp;ce as of:</source>
        <translation>Сальдо &amp;на дату:</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="127" />
        <source>account {number}</source>
        <translation>л/с {number}</translation>
    </message>
</context>
<context>
    <name>BatchPrintDialog</name>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="61" />
        <source>Batch printing of bills</source>
        <translation>Пакетная печать счетов</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="74" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="76" />
        <source>Billing period</source>
        <translation>Расчётный период</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="80" />
        <source>O&amp;ne PDF file</source>
        <translation>&amp;Один PDF-файл</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="81" />
        <source>One PDF file</source>
        <translation>Один PDF-файл</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="83" />
        <source>A file per a&amp;ccount</source>
        <translation>Файл на каждый &amp;лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="84" />
        <source>A file per account</source>
        <translation>Файл на каждый лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="91" />
        <source>Output</source>
        <translation>Куда записать</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="93" />
        <source>&amp;Browse… (Ctrl+O)</source>
        <translation>&amp;Выбрать… (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="94" />
        <source>Choose where to write</source>
        <translation>Выбрать, куда записать</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="102" />
        <source>Output problem</source>
        <translation>Ошибка в выборе файла</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="108" />
        <source>&amp;Region:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="109" />
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="110" />
        <source>Output:</source>
        <translation>Вывод:</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="111" />
        <source>&amp;File or folder:</source>
        <translation>&amp;Куда записать:</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="115" />
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="313" />
        <source>%v of %m bills</source>
        <translation>%v из %m счетов</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="119" />
        <source>Loading the regions…</source>
        <translation>Загрузка районов…</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="120" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="124" />
        <source>&amp;Start (Ctrl+Enter)</source>
        <translation>&amp;Начать печать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="125" />
        <source>Start the batch</source>
        <translation>Начать пакетную печать</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="131" />
        <source>Cancel the batch or close</source>
        <translation>Отменить печать или закрыть</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="187" />
        <source>The PDF file to write</source>
        <translation>PDF-файл, в который записать счета</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="189" />
        <source>The folder to write the files into</source>
        <translation>Папка, в которую записать файлы</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="204" />
        <source>Cancel the batch (Esc)</source>
        <translation>Отменить печать (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="130" />
        <location filename="../../console/payments/batch_dialog.py" line="204" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="227" />
        <source>Choose the region, the period and where to write the bills.</source>
        <translation>Выберите район, период и куда записать счета.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="229" />
        <source>There are no regions in this database.</source>
        <translation>В этой базе нет районов.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="245" />
        <source>Save the bills as</source>
        <translation>Сохранить счета как</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="245" />
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="249" />
        <source>Folder for the bills</source>
        <translation>Папка для счетов</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="259" />
        <source>Choose where to write the bills (Ctrl+O).</source>
        <translation>Выберите, куда записать счета (Ctrl+O).</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="261" />
        <source>This is a folder: give the name of the PDF file to write.</source>
        <translation>Это папка: укажите имя PDF-файла.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="263" />
        <source>This is a file: give the folder to write the files into.</source>
        <translation>Это файл: укажите папку для файлов.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="288" />
        <source>Counting the bills…</source>
        <translation>Подсчёт счетов…</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="302" />
        <source>There are no bills in this region for {period}.</source>
        <translation>В этом районе нет счетов за {period}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="316" />
        <source>Printing {total} bills…</source>
        <translation>Печать счетов: {total}…</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="355" />
        <source>Done: {bills} bills ({pages} pages) written to {where}.</source>
        <translation>Готово: счетов {bills} (страниц {pages}) записано в {where}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="357" />
        <source>Done: {bills} bills written as {files} files into {where}.</source>
        <translation>Готово: счетов {bills} записано файлами ({files}) в папку {where}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="376" />
        <source>Cancelled after {done} of {total} bills: {where} was not written.</source>
        <translation>Отменено после {done} из {total} счетов: файл {where} не записан.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="379" />
        <source>Cancelled after {done} of {total} bills: the files already written stay in {where}.</source>
        <translation>Отменено после {done} из {total} счетов: уже записанные файлы остались в {where}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/batch_dialog.py" line="392" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
</context>
<context>
    <name>BillChoiceDialog</name>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="25" />
        <source>Which document to print</source>
        <translation>Какой документ печатать</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="29" />
        <source>Bill {original} of this period was corrected: correction bill {current} replaced it, and its total due is what the customer owes now.</source>
        <translation>Счёт № {original} за этот период исправлен: его заменил перерасчёт № {current}, и его сумма к оплате — то, что абонент должен сейчас.</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="34" />
        <source>Why there are two documents</source>
        <translation>Почему документов два</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="37" />
        <source>Print the correction {receipt} (current)</source>
        <translation>Печатать перерасчёт № {receipt} (действующий)</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="42" />
        <source>Print the current document</source>
        <translation>Печатать действующий документ</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="45" />
        <source>Print the original bill {receipt}</source>
        <translation>Печатать первоначальный счёт № {receipt}</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="48" />
        <source>Print the original bill</source>
        <translation>Печатать первоначальный счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="50" />
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/payments/bill_choice_dialog.py" line="52" />
        <source>Print nothing</source>
        <translation>Ничего не печатать</translation>
    </message>
</context>
<context>
    <name>BillingRunDialog</name>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="54" />
        <source>Form the period's bills</source>
        <translation>Формирование счетов за период</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="65" />
        <source>Forms the bills of the accounts that gave no reading for the period: by the average monthly consumption (6 months, or at least 3), for at most 3 periods in a row, then by the norm; by the norm at once for a meter past its calibration or removed (ПП 354 пп. 59–60). Accounts already billed are skipped, so the run can be repeated.</source>
        <translation>Формирует счета лицевых счетов, по которым за период не переданы показания: по среднемесячному потреблению (за 6 месяцев, но не менее чем за 3), не более 3 периодов подряд, затем по нормативу; сразу по нормативу — при истёкшем сроке поверки или снятом приборе учёта (пп. 59–60 ПП РФ № 354). Лицевые счета, по которым счёт уже выставлен, пропускаются, поэтому запуск можно повторить.</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="74" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="76" />
        <source>Billing period</source>
        <translation>Расчётный период</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="80" />
        <source>&amp;Region:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="81" />
        <source>&amp;Period:</source>
        <translation>&amp;Период:</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="84" />
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="88" />
        <source>Loading the regions…</source>
        <translation>Загрузка районов…</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="89" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="93" />
        <source>&amp;Form the bills (Ctrl+Enter)</source>
        <translation>&amp;Сформировать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="94" />
        <source>Start the billing run</source>
        <translation>Начать формирование счетов</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="99" />
        <location filename="../../console/billing_run/dialog.py" line="158" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="100" />
        <source>Cancel the run or close</source>
        <translation>Остановить формирование или закрыть окно</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="158" />
        <source>Cancel the run (Esc)</source>
        <translation>Остановить (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="176" />
        <source>Choose the region and the period, then start.</source>
        <translation>Выберите район и период и нажмите «Начать».</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="178" />
        <source>There are no regions in this database.</source>
        <translation>В этой базе нет районов.</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="198" />
        <source>Forming the bills of {region} for {period}…</source>
        <translation>Формирование счетов района {region} за {period}…</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="231" />
        <source>%v of %m accounts</source>
        <translation>%v из %m лицевых счетов</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="233" />
        <source>{done} of {total} accounts gone through: {formed} bills formed.</source>
        <translation>Обработано лицевых счетов: {done} из {total}; сформировано счетов: {formed}.</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="244" />
        <source>{formed} bills formed for {amount} ₽: by the average {average}, by the norm {norm}. Skipped {skipped}: already billed {billed}, reading given {reading}, not open {closed}, no norm for the household {no_norm}.</source>
        <translation>Сформировано счетов: {formed} на {amount} ₽ (по среднемесячному — {average}, по нормативу — {norm}). Пропущено: {skipped} (счёт уже выставлен — {billed}, есть показание — {reading}, счёт не открыт — {closed}, нет норматива для домохозяйства — {no_norm}).</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="265" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="266" />
        <source>Done. {summary}</source>
        <translation>Готово. {summary}</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="277" />
        <source>Cancelled: the {formed} bills formed stay formed. Start again to complete the period; accounts already billed are skipped.</source>
        <translation>Остановлено: сформированные счета ({formed}) сохранены. Запустите ещё раз, чтобы завершить период: лицевые счета со счётом пропускаются.</translation>
    </message>
    <message>
        <location filename="../../console/billing_run/dialog.py" line="292" />
        <source>Cancelling after the current batch…</source>
        <translation>Остановка после текущего пакета…</translation>
    </message>
</context>
<context>
    <name>BillsTree</name>
    <message>
        <location filename="../../console/payments/history_tables.py" line="125" />
        <source>Receipt number / line</source>
        <translation>№ квитанции / строка</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="126" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="127" />
        <source>Formed on</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="128" />
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="129" />
        <source>Paid</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="130" />
        <source>kWh × rate</source>
        <translation>кВт·ч × тариф</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="134" />
        <source>Bills</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="145" />
        <source>paid {day}</source>
        <translation>оплачен {day}</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="147" />
        <source>not paid, due {day}</source>
        <translation>не оплачен, срок {day}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="33" />
        <source>The statutory holidays are known to the console. Enter here the year's transfers: weekdays made days off and Saturdays or Sundays made working days.</source>
        <translation>Праздники по Трудовому кодексу консоль знает сама. Здесь вносятся переносы года: будни, ставшие выходными, и субботы или воскресенья, ставшие рабочими днями.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="41" />
        <source>Holiday transfers</source>
        <translation>Переносы выходных дней</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="42" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="42" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="42" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="50" />
        <source>Day off (a weekday)</source>
        <translation>Выходной (будний день)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="51" />
        <source>Working day (a weekend day)</source>
        <translation>Рабочий день (выходной по календарю)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="53" />
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="53" />
        <source>Date of the transfer</source>
        <translation>Дата переноса</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="54" />
        <source>Kind:</source>
        <translation>Вид дня:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="54" />
        <source>Kind of day</source>
        <translation>Вид дня</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="55" />
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="55" />
        <source>Note on the transfer</source>
        <translation>Примечание к переносу</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="57" />
        <source>New date</source>
        <translation>Новая дата</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="57" />
        <source>Start a new date</source>
        <translation>Начать ввод новой даты</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="60" />
        <source>Save date</source>
        <translation>Сохранить дату</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="60" />
        <source>Save the date</source>
        <translation>Сохранить дату</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="64" />
        <source>Delete date</source>
        <translation>Удалить дату</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="65" />
        <source>Delete the selected date</source>
        <translation>Удалить выбранную дату</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="78" />
        <source>day off</source>
        <translation>выходной</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="78" />
        <source>working day</source>
        <translation>рабочий день</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="109" />
        <source>Editing the selected date.</source>
        <translation>Изменение выбранной даты.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/calendar_page.py" line="120" />
        <source>A new date.</source>
        <translation>Новая дата.</translation>
    </message>
</context>
<context>
    <name>CardAccounts</name>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="52" />
        <source>Accounts</source>
        <translation>Лицевые счета</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="54" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="55" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="56" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="57" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="58" />
        <source>Debt, ₽</source>
        <translation>Долг, ₽</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="59" />
        <source>Penalty, ₽</source>
        <translation>Пеня, ₽</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="60" />
        <source>Overpayment, ₽</source>
        <translation>Переплата, ₽</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="61" />
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="67" />
        <source>Debt by kind and pending internet payments</source>
        <translation>Долг по видам начислений и интернет-платежи в обработке</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="72" />
        <source>Readings (Ctrl+1)</source>
        <translation>Показания (Ctrl+1)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="73" />
        <source>Payments (Ctrl+2)</source>
        <translation>Платежи (Ctrl+2)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="74" />
        <source>Cash desk (Ctrl+3)</source>
        <translation>Касса (Ctrl+3)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="106" />
        <source>{number} of {day}</source>
        <translation>№ {number} от {day}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="157" />
        <source>Debt of {account}: {parts}</source>
        <translation>Долг по ЛС {account}: {parts}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_accounts.py" line="168" />
        <source>Internet payment of {amount} ₽ made {moment} is not posted yet: billing posts it with the next bank register.</source>
        <translation>Интернет-платёж {amount} ₽ от {moment} ещё не разнесён: он поступит на счёт со следующим реестром банка.</translation>
    </message>
</context>
<context>
    <name>CardHeader</name>
    <message>
        <location filename="../../console/lookup/card_header.py" line="43" />
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="54" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="57" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="60" />
        <location filename="../../console/lookup/card_header.py" line="66" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="61" />
        <source>Show the phone (recorded in the audit log)</source>
        <translation>Показать телефон (записывается в журнал аудита)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="68" />
        <source>Show the e-mail address (recorded in the audit log)</source>
        <translation>Показать адрес e-mail (записывается в журнал аудита)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="73" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="74" />
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="91" />
        <source>Alerts</source>
        <translation>Предупреждения</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="106" />
        <source>Organisation</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="106" />
        <location filename="../../console/lookup/card_header.py" line="114" />
        <source>INN {inn}</source>
        <translation>ИНН {inn}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="108" />
        <source>KPP {kpp}</source>
        <translation>КПП {kpp}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="110" />
        <source>OGRN {ogrn}</source>
        <translation>ОГРН {ogrn}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="112" />
        <source>Person</source>
        <translation>Физическое лицо</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="116" />
        <source>customer since {day}</source>
        <translation>абонент с {day}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="141" />
        <source>No alerts: no debt, meters in order.</source>
        <translation>Предупреждений нет: долга нет, приборы учёта в порядке.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_header.py" line="153" />
        <source>and {count} more</source>
        <translation>и ещё {count}</translation>
    </message>
</context>
<context>
    <name>CardMetersPage</name>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="43" />
        <source>Meters</source>
        <translation>Приборы учёта</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="45" />
        <source>Serial number</source>
        <translation>Заводской номер</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="46" />
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="47" />
        <source>Zones</source>
        <translation>Зон</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="48" />
        <source>Last readings</source>
        <translation>Последние показания</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="49" />
        <source>Calibration due</source>
        <translation>Поверка до</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="65" />
        <source>{zone}: {value} on {day} ({source})</source>
        <translation>{zone}: {value} на {day} ({source})</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="75" />
        <source>{day} — expired</source>
        <translation>{day} — истекла</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="88" />
        <source>{serial} (removed {day})</source>
        <translation>{serial} (снят {day})</translation>
    </message>
</context>
<context>
    <name>CardMoneyPage</name>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="131" />
        <source>Recent bills</source>
        <translation>Последние счета</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="133" />
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="134" />
        <location filename="../../console/lookup/card_sections.py" line="144" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="135" />
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="136" />
        <location filename="../../console/lookup/card_sections.py" line="144" />
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="137" />
        <source>Due</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="138" />
        <source>Paid</source>
        <translation>Оплата</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="143" />
        <source>Recent payments</source>
        <translation>Последние платежи</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="144" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="144" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="157" />
        <source>not paid</source>
        <translation>не оплачен</translation>
    </message>
</context>
<context>
    <name>CardPortalPage</name>
    <message>
        <location filename="../../console/lookup/card_sections.py" line="112" />
        <source>Recent actions on portal logins:</source>
        <translation>Последние действия с учётными записями ЛК:</translation>
    </message>
</context>
<context>
    <name>CashDeskTab</name>
    <message>
        <location filename="../../console/payments/cashdesk_tab.py" line="160" />
        <source>Cash desk</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_tab.py" line="140" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_tab.py" line="192" />
        <source>Cash &amp;desk</source>
        <translation>&amp;Касса</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_tab.py" line="286" />
        <source>Open the shift first (F2).</source>
        <translation>Сначала откройте смену (F2).</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_tab.py" line="304" />
        <source>Recording the payment…</source>
        <translation>Оплата записывается…</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="50" />
        <source>Confirm the amount</source>
        <translation>Подтвердите сумму</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="51" />
        <source>Take {amount} ₽? This is more than usual; check the amount.</source>
        <translation>Принять {amount} ₽? Сумма больше обычной, проверьте её.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_tab.py" line="319" />
        <source>Payment {receipt} taken: {amount} ₽. New balance: {balance}.</source>
        <translation>Оплата {receipt} принята: {amount} ₽. Новое сальдо: {balance}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_tab.py" line="341" />
        <source>Press Ctrl+Enter again: the payment will not be doubled.</source>
        <translation>Нажмите Ctrl+Enter ещё раз: оплата не задвоится.</translation>
    </message>
</context>
<context>
    <name>ChargesDisplay</name>
    <message>
        <location filename="../../console/readings/charges_display.py" line="41" />
        <source>Bill for {period}: {amount}</source>
        <translation>Счёт за {period}: {amount}</translation>
    </message>
    <message>
        <location filename="../../console/readings/charges_display.py" line="48" />
        <source>first reading: nothing to bill</source>
        <translation>первое показание: начислять нечего</translation>
    </message>
    <message>
        <location filename="../../console/readings/charges_display.py" line="52" />
        <source>(through zero)</source>
        <translation>(через ноль)</translation>
    </message>
    <message>
        <location filename="../../console/readings/charges_display.py" line="56" />
        <source>{start}–{end}: {kwh} × {rate} = {amount}</source>
        <translation>{start}–{end}: {kwh} × {rate} = {amount}</translation>
    </message>
    <message>
        <location filename="../../console/readings/charges_display.py" line="68" />
        <source>Recalculation: estimated {value} of {day}: {kwh} = {amount}</source>
        <translation>Перерасчёт: расчётное {value} на {day}: {kwh} = {amount}</translation>
    </message>
</context>
<context>
    <name>ChecksPanel</name>
    <message>
        <location filename="../../console/readings/checks_panel.py" line="54" />
        <source>Confirm before saving</source>
        <translation>Подтвердите перед сохранением</translation>
    </message>
    <message>
        <location filename="../../console/readings/checks_panel.py" line="59" />
        <source>Reason for accepting the warning</source>
        <translation>Причина, по которой предупреждение принято</translation>
    </message>
    <message>
        <location filename="../../console/readings/checks_panel.py" line="60" />
        <source>Why the value is right (stored with the reading)</source>
        <translation>Почему значение верное (сохраняется с показанием)</translation>
    </message>
    <message>
        <location filename="../../console/readings/checks_panel.py" line="62" />
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../console/readings/checks_panel.py" line="154" />
        <source>Confirm: {warning}</source>
        <translation>Подтвердить: {warning}</translation>
    </message>
    <message>
        <location filename="../../console/readings/checks_panel.py" line="175" />
        <source>The meter went past zero: consumption {consumption} kWh (confirm)</source>
        <translation>Счётчик перешёл через ноль: расход {consumption} кВт·ч (подтверждаю)</translation>
    </message>
</context>
<context>
    <name>ChequeDesk</name>
    <message>
        <location filename="../../console/payments/cashdesk_fiscal.py" line="138" />
        <source>The X-report is printed.</source>
        <translation>X-отчёт напечатан.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_fiscal.py" line="148" />
        <source>Printing the cheque…</source>
        <translation>Печатаем чек…</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_fiscal.py" line="173" />
        <source>Cheque printed: ФД № {fd}, ФП {fp}.</source>
        <translation>Чек напечатан: ФД № {fd}, ФП {fp}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_fiscal.py" line="178" />
        <source>The cheque is not printed yet: {reason}</source>
        <translation>Чек пока не напечатан: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_fiscal.py" line="205" />
        <source>Payment receipt</source>
        <translation>Квитанция об оплате</translation>
    </message>
</context>
<context>
    <name>ChequesPage</name>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="33" />
        <source>Region whose cheque settings are shown</source>
        <translation>Район, настройки чеков которого показаны</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="39" />
        <source>no VAT</source>
        <translation>без НДС</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="41" />
        <source>&amp;VAT rate:</source>
        <translation>Ставка &amp;НДС:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="41" />
        <source>VAT rate on cheques</source>
        <translation>Ставка НДС в чеках</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="44" />
        <source>General (ОСН)</source>
        <translation>Общая (ОСН)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="45" />
        <source>Simplified, income (УСН доход)</source>
        <translation>Упрощённая, доход (УСН доход)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="46" />
        <source>Simplified, income less expenses (УСН доход − расход)</source>
        <translation>Упрощённая, доход минус расход (УСН доход − расход)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="47" />
        <source>Unified agricultural tax (ЕСХН)</source>
        <translation>Единый сельскохозяйственный налог (ЕСХН)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="48" />
        <source>Patent (ПСН)</source>
        <translation>Патентная (ПСН)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="54" />
        <source>&amp;Taxation system (tag 1055):</source>
        <translation>&amp;Система налогообложения (тег 1055):</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="56" />
        <source>Supplier's taxation system on cheques</source>
        <translation>Система налогообложения поставщика в чеках</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="60" />
        <source>Goods (товар)</source>
        <translation>Товар</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="61" />
        <source>Service (услуга)</source>
        <translation>Услуга</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="62" />
        <source>Work (работа)</source>
        <translation>Работа</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="63" />
        <source>Other (иной предмет расчёта)</source>
        <translation>Иной предмет расчёта</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="69" />
        <source>Settlement &amp;subject (tag 1212):</source>
        <translation>Признак &amp;предмета расчёта (тег 1212):</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="71" />
        <source>Settlement subject on cheques</source>
        <translation>Признак предмета расчёта в чеках</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="78" />
        <source>Every cash-desk cheque of the region carries these: the VAT rate of its item (the same rate the organisations' bills show), the taxation system and the settlement subject. The settlement method is always full payment.</source>
        <translation>Эти реквизиты попадают в каждый кассовый чек района: ставка НДС позиции (та же, что в счетах организаций), система налогообложения и признак предмета расчёта. Способ расчёта всегда «полный расчёт».</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="87" />
        <source>Save cheque settings</source>
        <translation>Сохранить настройки чеков</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="88" />
        <source>Save the cheque settings</source>
        <translation>Сохранить настройки чеков</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="91" />
        <source>Region:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="123" />
        <source>Saved by {who} at {when}.</source>
        <translation>Сохранено: {who}, {when}.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="128" />
        <source>The region has no details of its own: its cheques use the default ones shown here. Save the region's supplier details first to give it its own.</source>
        <translation>У района нет своих реквизитов: его чеки печатаются с показанными здесь реквизитами по умолчанию. Чтобы задать району свои, сначала сохраните его реквизиты поставщика.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/cheques_page.py" line="132" />
        <source>No supplier details yet: save them on the «Supplier» page first.</source>
        <translation>Реквизитов поставщика ещё нет: сначала сохраните их на странице «Поставщик».</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../console/cli.py" line="70" />
        <source>{message} (see “{prog} --help”)</source>
        <translation>{message} (см. «{prog} --help»)</translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="83" />
        <source>language of this run: ru (default) or en</source>
        <translation>язык этого запуска: ru (по умолчанию) или en</translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="94" />
        <source>Operator console for the billing database; without a command it starts the GUI. Exit codes: 0 done, 1 failed or refused, 2 wrong command line, 3 database unreachable, login refused, no such database or schema not at this console's migration, 130 interrupted.</source>
        <translation>Консоль оператора биллинговой базы данных; без команды запускает графический интерфейс. Коды выхода: 0 — выполнено, 1 — ошибка или отказ, 2 — неверная командная строка, 3 — база данных недоступна, вход отклонён, базы нет или схема не на миграции этой консоли, 130 — прервано.</translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="103" />
        <location filename="../../console/commands/database.py" line="70" />
        <source>commands</source>
        <translation>команды</translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="235" />
        <source>Interrupted.</source>
        <translation>Прервано.</translation>
    </message>
    <message>
        <location filename="../../console/cli.py" line="242" />
        <source>Unexpected error: {error}. The details are in the log file {log}.</source>
        <translation>Непредвиденная ошибка: {error}. Подробности в журнале {log}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="45" />
        <source>create an administrator (run as a database superuser)</source>
        <translation>создать администратора (запускает суперпользователь базы данных)</translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="48" />
        <source>Create an operator in the admin group, e.g. the first one of a new server. The password is asked twice, or read from stdin when it is no terminal.</source>
        <translation>Создать оператора в группе администраторов, например первого на новом сервере. Пароль запрашивается дважды или читается из стандартного ввода, если это не терминал.</translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="57" />
        <source>the new login: 3 to 40 lower-case Latin letters, digits or _</source>
        <translation>новый логин: от 3 до 40 строчных латинских букв, цифр или _</translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="64" />
        <source>the administrator's full name</source>
        <translation>ФИО администратора</translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="68" />
        <location filename="../../console/commands/billing.py" line="69" />
        <location filename="../../console/commands/database.py" line="61" />
        <location filename="../../console/commands/notifications.py" line="69" />
        <location filename="../../console/commands/printing.py" line="54" />
        <source>database URL (default: the configured server, else the embedded database)</source>
        <translation>адрес базы данных (по умолчанию — настроенный сервер, иначе встроенная база)</translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="79" />
        <source>Password for {login}: </source>
        <translation>Пароль для {login}: </translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="81" />
        <source>Repeat the password: </source>
        <translation>Повторите пароль: </translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="107" />
        <source>The role {role} may not create operators: run create-admin as a database superuser (or as an administrator).</source>
        <translation>Роль {role} не может создавать операторов: запустите create-admin от имени суперпользователя базы данных (или администратора).</translation>
    </message>
    <message>
        <location filename="../../console/commands/admin.py" line="125" />
        <source>Administrator {login} ({name}) created in {server}.</source>
        <translation>Администратор {login} ({name}) создан в {server}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="79" />
        <source>Not a database URL: {url} (use postgresql://user@host:5432/database).</source>
        <translation>Это не адрес базы данных: {url} (формат: postgresql://пользователь@сервер:5432/база).</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="88" />
        <source>Not a PostgreSQL URL: {url} (use postgresql://user@host:5432/database).</source>
        <translation>Это не адрес базы PostgreSQL: {url} (формат: postgresql://пользователь@сервер:5432/база).</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="101" />
        <source>The server {server} refused the login {user}: wrong user name or password.</source>
        <translation>Сервер {server} отклонил вход {user}: неверное имя пользователя или пароль.</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="105" />
        <source>The server {server} does not let {user} log in (the login is disabled).</source>
        <translation>Сервер {server} не допускает вход {user} (учётная запись отключена).</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="109" />
        <source>The server {server} has no database {database}.</source>
        <translation>На сервере {server} нет базы данных {database}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="113" />
        <source>The database server {server} does not answer: is it running, and is the address right?</source>
        <translation>Сервер базы данных {server} не отвечает: запущен ли он и верен ли адрес?</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="154" />
        <source>The database {server} has no billing schema: run “billing-console db upgrade”.</source>
        <translation>В базе данных {server} нет схемы биллинга: выполните «billing-console db upgrade».</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="158" />
        <source>The database {server} is at migration {current}, this console needs {head}: run “billing-console db upgrade”.</source>
        <translation>База данных {server} на миграции {current}, этой консоли нужна {head}: выполните «billing-console db upgrade».</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="164" />
        <source>The database {server} is at migration {current}, newer than this console ({head}): install the current console.</source>
        <translation>База данных {server} на миграции {current}, более новой, чем у этой консоли ({head}): установите актуальную версию консоли.</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="246" />
        <source>The embedded training database could not be started: {error}</source>
        <translation>Не удалось запустить встроенную учебную базу данных: {error}</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="280" />
        <source>The database refused: the role {role} is not allowed to do this.</source>
        <translation>База данных отказала: роли {role} это не разрешено.</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="284" />
        <source>The database refused: this role is not allowed to do this.</source>
        <translation>База данных отказала: этой роли это не разрешено.</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="291" />
        <source>The connection to the database was lost: {error}</source>
        <translation>Соединение с базой данных потеряно: {error}</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="298" />
        <source>The database refused the command: {error}</source>
        <translation>База данных отклонила команду: {error}</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="323" />
        <location filename="../../console/commands/common.py" line="385" />
        <location filename="../../console/commands/common.py" line="400" />
        <location filename="../../console/commands/printing.py" line="304" />
        <source>Cannot write to {path}: {error}</source>
        <translation>Не удаётся записать в {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="334" />
        <source>{path} is a folder; give the name of the PDF file to write.</source>
        <translation>{path} — это папка; укажите имя PDF-файла для записи.</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="346" />
        <source>{path} is a file, not a folder (to write one PDF, add --single-file).</source>
        <translation>{path} — это файл, а не папка (чтобы записать один PDF, добавьте --single-file).</translation>
    </message>
    <message>
        <location filename="../../console/commands/common.py" line="359" />
        <source>Cannot write {path}: {existing} is a file, not a folder.</source>
        <translation>Не удаётся записать {path}: {existing} — это файл, а не папка.</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="45" />
        <source>Drawing customers and accounts</source>
        <translation>Формирование абонентов и лицевых счетов</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="46" />
        <source>Loading regions and tariffs</source>
        <translation>Загрузка районов и тарифов</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="47" />
        <source>Forming readings, bills and payments</source>
        <translation>Формирование показаний, счетов и платежей</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="48" />
        <source>Building indexes</source>
        <translation>Построение индексов</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="49" />
        <source>Analysing</source>
        <translation>Сбор статистики</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="50" />
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="67" />
        <source>database administration</source>
        <translation>администрирование базы данных</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="75" />
        <source>apply the migrations (superuser or owner)</source>
        <translation>применить миграции (суперпользователь или владелец)</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="76" />
        <source>Bring the database to this console's migration. Run it as a superuser, or as the database owner with CREATEROLE: it creates the cluster-wide roles billing_owner, billing_agent, billing_cashier, billing_supervisor, billing_admin, billing_sender and billing_login_check.</source>
        <translation>Привести базу данных к миграции этой консоли. Запускайте от имени суперпользователя или владельца базы с правом CREATEROLE: команда создаёт общие для кластера роли billing_owner, billing_agent, billing_cashier, billing_supervisor, billing_admin, billing_sender и billing_login_check.</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="89" />
        <source>fill an empty database with demo data</source>
        <translation>заполнить пустую базу демонстрационными данными</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="95" />
        <source>number of accounts</source>
        <translation>число лицевых счетов</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="101" />
        <source>random seed (same seed, same data)</source>
        <translation>начальное значение генератора (одно значение — одни и те же данные)</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="106" />
        <source>the date the history ends at, YYYY-MM-DD</source>
        <translation>дата окончания истории, ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="113" />
        <source>connections forming the history at once (default: all cores; 1 = one transaction)</source>
        <translation>соединений, одновременно формирующих историю (по умолчанию — по числу ядер; 1 — одна транзакция)</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="168" />
        <source>The role {role} may not create the billing schema and its roles ({error}): run “billing-console db upgrade” as a superuser, or prepare the owner role as the README says.</source>
        <translation>Роль {role} не может создать схему биллинга и её роли ({error}): выполните «billing-console db upgrade» от имени суперпользователя или подготовьте роль владельца, как описано в README.</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="188" />
        <source>The database {server} is at migration {head}.</source>
        <translation>База данных {server} на миграции {head}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="236" />
        <source>Demo data is loaded only by a superuser of {server} (it switches the audit triggers off for the load); {login} is not one.</source>
        <translation>Демонстрационные данные загружает только суперпользователь сервера {server} (на время загрузки он отключает триггеры аудита); {login} им не является.</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="247" />
        <source>The database {server} already holds billing data: demo data goes only into an empty database.</source>
        <translation>В базе данных {server} уже есть данные биллинга: демонстрационные данные загружаются только в пустую базу.</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="260" />
        <source>Loading {table}</source>
        <translation>Загрузка {table}</translation>
    </message>
    <message>
        <location filename="../../console/commands/database.py" line="324" />
        <source>Loaded {accounts} accounts, {customers} customers, {meters} meters, {users} portal users, {readings} readings, {bills} bills and {payments} payments in {seconds} s.</source>
        <translation>Загружено за {seconds} с: лицевых счетов — {accounts}, абонентов — {customers}, приборов учёта — {meters}, пользователей портала — {users}, показаний — {readings}, счетов — {bills}, платежей — {payments}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/lookup.py" line="28" />
        <source>show a caller in the running console (or start it): phone, account…</source>
        <translation>показать звонящего в запущенной консоли (или запустить её): телефон, лицевой счёт…</translation>
    </message>
    <message>
        <location filename="../../console/commands/lookup.py" line="35" />
        <source>what to search for, e.g. the caller's phone number</source>
        <translation>что искать, например номер телефона звонящего</translation>
    </message>
    <message>
        <location filename="../../console/commands/lookup.py" line="49" />
        <source>The search key is empty.</source>
        <translation>Строка поиска пуста.</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="45" />
        <source>deliver queued customer notifications</source>
        <translation>доставить уведомления абонентам из очереди</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="50" />
        <source>one pass, then exit (1 if any message failed or went to the dead letter)</source>
        <translation>один проход и выход (код 1, если какое-либо сообщение не доставлено или ушло в недоставленные)</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="57" />
        <source>notification gateway URL (default: notifications/gateway_url in the settings)</source>
        <translation>адрес шлюза уведомлений (по умолчанию — notifications/gateway_url в настройках)</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="65" />
        <source>seconds between passes</source>
        <translation>секунд между проходами</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="86" />
        <source>Not a gateway URL: {url} (use http://host:port/path).</source>
        <translation>Это не адрес шлюза: {url} (формат: http://сервер:порт/путь).</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="102" />
        <source>No notification gateway configured: give --gateway URL or set notifications/gateway_url in the settings.</source>
        <translation>Шлюз уведомлений не настроен: укажите --gateway URL или notifications/gateway_url в настройках.</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="126" />
        <source>Sent {sent}, failed {failed}, dead letter {dead}.</source>
        <translation>Отправлено: {sent}, с ошибкой: {failed}, в недоставленных: {dead}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/notifications.py" line="132" />
        <source>{summary} Not every message was delivered: the failed ones are retried later, the dead letters wait for a supervisor.</source>
        <translation>{summary} Доставлены не все сообщения: сообщения с ошибкой будут отправлены повторно позже, недоставленные ждут супервизора.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="69" />
        <source>account number (лицевой счёт)</source>
        <translation>номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="48" />
        <source>form the bills of the accounts that gave no reading (supervisors)</source>
        <translation>сформировать счета лицевых счетов без показаний за период (супервизоры)</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="59" />
        <location filename="../../console/commands/printing.py" line="75" />
        <location filename="../../console/commands/printing.py" line="118" />
        <source>billing period, YYYY-MM</source>
        <translation>расчётный период, ГГГГ-ММ</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="65" />
        <source>accounts per transaction (default 100)</source>
        <translation>лицевых счетов в одной транзакции (по умолчанию 100)</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="84" />
        <source>Formed {formed} bills for {amount} (by the average {average}, by the norm {norm}); skipped {skipped} accounts</source>
        <translation>Сформировано счетов: {formed} на {amount} (по среднемесячному — {average}, по нормативу — {norm}); пропущено лицевых счетов: {skipped}</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="95" />
        <source>already billed {billed}, reading given {reading}, not open {closed}, no norm for the household {no_norm}</source>
        <translation>счёт уже выставлен — {billed}, есть показание — {reading}, счёт не открыт — {closed}, нет норматива для домохозяйства — {no_norm}</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="109" />
        <source>[{done}/{total}] accounts, {formed} bills formed</source>
        <translation>[{done}/{total}] лицевых счетов, сформировано счетов: {formed}</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="133" />
        <source>Interrupted; the bills formed so far stay formed: run the command again to complete the period.</source>
        <translation>Прервано; сформированные счета сохранены: запустите команду ещё раз, чтобы завершить период.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="83" />
        <source>the PDF file to write</source>
        <translation>PDF-файл для записи</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="87" />
        <source>region code, when the number exists in several regions</source>
        <translation>код района, если номер есть в нескольких районах</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="60" />
        <source>print one account's current document for a period as PDF (the latest correction bill, if the bill was corrected)</source>
        <translation>напечатать действующий платёжный документ лицевого счёта за период в PDF (последний перерасчёт, если счёт исправлялся)</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="94" />
        <source>the bill as first formed, not the correction bill that replaced it (by default: the account's current document for the period)</source>
        <translation>счёт в первоначальном виде, а не заменивший его перерасчёт (по умолчанию — действующий документ лицевого счёта за период)</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="105" />
        <source>print every account's current document of a region for a period (correction bills in place of the bills they corrected)</source>
        <translation>напечатать действующие платёжные документы всех лицевых счетов района за период (перерасчёты вместо исправленных ими счетов)</translation>
    </message>
    <message>
        <location filename="../../console/commands/billing.py" line="53" />
        <location filename="../../console/commands/printing.py" line="112" />
        <source>region code, e.g. SIM</source>
        <translation>код района, например SIM</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="125" />
        <source>the folder for a file per account, or the PDF file with --single-file</source>
        <translation>папка для файлов по каждому лицевому счёту или PDF-файл с --single-file</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="132" />
        <source>all bills in one PDF (--out is the file)</source>
        <translation>все счета в одном PDF (--out — это файл)</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="137" />
        <source>renderer processes (default: every core)</source>
        <translation>процессов формирования PDF (по умолчанию — по числу ядер)</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="196" />
        <source>No bill for account {account} in {period}.</source>
        <translation>Нет счёта по лицевому счёту {account} за {period}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="203" />
        <source>Account {account} exists in regions {regions}: add --region.</source>
        <translation>Лицевой счёт {account} есть в районах {regions}: добавьте --region.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="225" />
        <source> (duplicate)</source>
        <translation> (дубликат)</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="227" />
        <source>Wrote {path}: bill {receipt}, total due {total}{dup}.</source>
        <translation>Записан {path}: счёт {receipt}, итого к оплате {total}{dup}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="257" />
        <source>No bills in region {region} for {period}.</source>
        <translation>Нет счетов в районе {region} за {period}.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="270" />
        <source>[{percent}] {done}/{total} bills ({seconds} s)</source>
        <translation>[{percent}] счетов {done}/{total} ({seconds} с)</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="295" />
        <source>Cancelled; the bills written so far are in the print log.</source>
        <translation>Отменено; уже записанные счета внесены в журнал печати.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="311" />
        <source>Wrote {bills} bills ({pages} pages) to {path} in {seconds} s.</source>
        <translation>Записано счетов: {bills} (страниц: {pages}) в {path} за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../console/commands/printing.py" line="315" />
        <source>Wrote {bills} bills ({pages} pages) as {files} files in {path} in {seconds} s.</source>
        <translation>Записано счетов: {bills} (страниц: {pages}), файлов: {files} в {path} за {seconds} с.</translation>
    </message>
    <message>
        <location filename="../../console/commands/types.py" line="19" />
        <source>not a whole number of at least 1: {value}</source>
        <translation>не целое число от 1: {value}</translation>
    </message>
    <message>
        <location filename="../../console/commands/types.py" line="32" />
        <source>not a date (YYYY-MM-DD): {value}</source>
        <translation>не дата (ГГГГ-ММ-ДД): {value}</translation>
    </message>
    <message>
        <location filename="../../console/commands/types.py" line="46" />
        <source>not a billing period (YYYY-MM): {value}</source>
        <translation>не расчётный период (ГГГГ-ММ): {value}</translation>
    </message>
</context>
<context>
    <name>CloseShiftDialog</name>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="37" />
        <source>Close the shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="43" />
        <source>Shift № {number}, open since {opened}: {count} payments.</source>
        <translation>Смена № {number}, открыта {opened}: платежей — {count}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="48" />
        <source>The shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="50" />
        <source>Expected cash</source>
        <translation>Ожидаемая наличность</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="52" />
        <location filename="../../console/payments/close_shift_dialog.py" line="60" />
        <location filename="../../console/payments/close_shift_dialog.py" line="63" />
        <source>{amount} ₽</source>
        <translation>{amount} ₽</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="55" />
        <source>Opening float {float} ₽ + cash taken {cash} ₽</source>
        <translation>Размен {float} ₽ + принято наличными {cash} ₽</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="59" />
        <source>Counted cash</source>
        <translation>Пересчитанная наличность</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="61" />
        <source>Difference</source>
        <translation>Разница</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="67" />
        <source>What the difference means</source>
        <translation>Что означает разница</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="70" />
        <source>A shortage of {amount} ₽: count the drawer again before closing.</source>
        <translation>Недостача {amount} ₽: пересчитайте кассу ещё раз, прежде чем закрывать смену.</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="73" />
        <source>A surplus of {amount} ₽: count the drawer again before closing.</source>
        <translation>Излишек {amount} ₽: пересчитайте кассу ещё раз, прежде чем закрывать смену.</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="76" />
        <source>The drawer holds exactly what it should.</source>
        <translation>В кассе ровно столько, сколько должно быть.</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="84" />
        <source>Expected in the drawer:</source>
        <translation>Должно быть в кассе:</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="85" />
        <source>Counted:</source>
        <translation>Пересчитано:</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="86" />
        <source>Difference:</source>
        <translation>Разница:</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="93" />
        <source>&amp;Close the shift (Ctrl+Enter)</source>
        <translation>&amp;Закрыть смену (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="95" />
        <source>Close the shift with this count</source>
        <translation>Закрыть смену с этим пересчётом</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="101" />
        <source>Cancel (Enter, Esc)</source>
        <translation>Отмена (Enter, Esc)</translation>
    </message>
    <message>
        <location filename="../../console/payments/close_shift_dialog.py" line="103" />
        <source>Keep the shift open</source>
        <translation>Оставить смену открытой</translation>
    </message>
</context>
<context>
    <name>Confirmation</name>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="51" />
        <source>What happens</source>
        <translation>Что произойдёт</translation>
    </message>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="66" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="78" />
        <source>Back (Esc)</source>
        <translation>Назад (Esc)</translation>
    </message>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="83" />
        <source>Back, doing nothing</source>
        <translation>Назад, ничего не делая</translation>
    </message>
</context>
<context>
    <name>ConnectionBanner</name>
    <message>
        <location filename="../../console/login/connection_monitor.py" line="129" />
        <source>Connection state</source>
        <translation>Состояние связи</translation>
    </message>
    <message>
        <location filename="../../console/login/connection_monitor.py" line="134" />
        <source>Try &amp;now</source>
        <translation>Проверить &amp;сейчас</translation>
    </message>
    <message>
        <location filename="../../console/login/connection_monitor.py" line="136" />
        <source>Check the connection now</source>
        <translation>Проверить связь сейчас</translation>
    </message>
    <message>
        <location filename="../../console/login/connection_monitor.py" line="151" />
        <source>An administrator has disabled your operator account: the connection to the database is closed and nothing more can be saved. Ask an administrator to enable it, or log out (Ctrl+Shift+L).</source>
        <translation>Администратор отключил вашу учётную запись оператора: соединение с базой данных закрыто, сохранить больше ничего нельзя. Попросите администратора включить её или выйдите из учётной записи (Ctrl+Shift+L).</translation>
    </message>
    <message>
        <location filename="../../console/login/connection_monitor.py" line="157" />
        <source>The connection to the database is lost. Reconnecting… What you typed is kept; save it again when the connection is back.</source>
        <translation>Связь с базой данных потеряна. Переподключение… Введённые данные сохранены в форме; сохраните их, когда связь восстановится.</translation>
    </message>
    <message>
        <location filename="../../console/login/connection_monitor.py" line="167" />
        <source>The connection to the database is back.</source>
        <translation>Связь с базой данных восстановлена.</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="53" />
        <location filename="../../console/appeals/contact_dialog.py" line="54" />
        <source>Record a contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="63" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="69" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="72" />
        <source>Caller identified by</source>
        <translation>Личность звонящего подтверждена по</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="83" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="87" />
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="90" />
        <source>Appeal</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="91" />
        <source>no appeal</source>
        <translation>без обращения</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="97" />
        <source>Appeal text</source>
        <translation>Текст обращения</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="103" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="110" />
        <source>&amp;Channel:</source>
        <translation>&amp;Канал:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="111" />
        <source>&amp;Topic:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="112" />
        <source>&amp;Note:</source>
        <translation>&amp;Заметка:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="113" />
        <source>O&amp;utcome:</source>
        <translation>&amp;Итог:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="114" />
        <source>Appeal &amp;kind:</source>
        <translation>&amp;Обращение:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="115" />
        <source>Appeal te&amp;xt:</source>
        <translation>Текст о&amp;бращения:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="129" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="130" />
        <source>Save the contact</source>
        <translation>Сохранить контакт</translation>
    </message>
    <message>
        <location filename="../../console/appeals/contact_dialog.py" line="134" />
        <location filename="../../console/appeals/contact_dialog.py" line="135" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ContactLabel</name>
    <message>
        <location filename="../../console/tabs/contact_label.py" line="37" />
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <location filename="../../console/tabs/contact_label.py" line="39" />
        <source>Show the whole contact (the reveal is recorded)</source>
        <translation>Показать контакт полностью (просмотр записывается в журнал)</translation>
    </message>
    <message>
        <location filename="../../console/tabs/contact_label.py" line="53" />
        <source>Contact</source>
        <translation>Контакт</translation>
    </message>
    <message>
        <location filename="../../console/tabs/contact_label.py" line="55" />
        <source>Show {name}</source>
        <translation>Показать: {name}</translation>
    </message>
    <message>
        <location filename="../../console/tabs/contact_label.py" line="55" />
        <source>contact</source>
        <translation>контакт</translation>
    </message>
</context>
<context>
    <name>CorrectionConfirmDialog</name>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="68" />
        <source>Print the correction cheque?</source>
        <translation>Пробить чек коррекции?</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="70" />
        <source>What the register will print</source>
        <translation>Что напечатает касса</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="72" />
        <source>A correction cheque is a fiscal document: it goes to the tax office and cannot be taken back.</source>
        <translation>Чек коррекции — фискальный документ: он уходит в налоговую, отменить его нельзя.</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="75" />
        <source>&amp;Print the correction cheque</source>
        <translation>&amp;Пробить чек коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="76" />
        <source>Print the correction cheque</source>
        <translation>Пробить чек коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="77" />
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="78" />
        <source>Back to the correction</source>
        <translation>Вернуться к коррекции</translation>
    </message>
</context>
<context>
    <name>CorrectionDialog</name>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="58" />
        <source>Correct a reading</source>
        <translation>Исправление показания</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="65" />
        <source>{serial}, zone {zone}, {day}: &lt;b&gt;{value}&lt;/b&gt; ({source})</source>
        <translation>{serial}, зона {zone}, {day}: &lt;b&gt;{value}&lt;/b&gt; ({source})</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="74" />
        <source>not formed</source>
        <translation>не формировался</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="78" />
        <source>The reading stays in the history, marked as corrected. A correcting reading is added, and the bill it formed is re-formed by a correction bill with the difference.</source>
        <translation>Показание остаётся в истории с пометкой «исправлено». Добавляется исправляющее показание, а счёт, сформированный по исходному, переформировывается корректировочным счётом на разницу.</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="94" />
        <source>Correct value</source>
        <translation>Правильное значение</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="95" />
        <source>kWh, as on the meter</source>
        <translation>кВт·ч, как на счётчике</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="49" />
        <source>Refund-of-income correction cheque</source>
        <translation>Чек коррекции возврата прихода</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="52" />
        <source>Income correction cheque</source>
        <translation>Чек коррекции прихода</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="58" />
        <source>By the tax office's order</source>
        <translation>По предписанию</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="59" />
        <source>Self-initiated</source>
        <translation>Самостоятельно</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="106" />
        <source>Correction cheque</source>
        <translation>Чек коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="119" />
        <source>Account № {number}</source>
        <translation>Лицевой счёт № {number}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="121" />
        <source>Payment of {amount} ₽ on {day}</source>
        <translation>Платёж {amount} ₽ от {day}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="126" />
        <source>What the correction concerns</source>
        <translation>К чему относится коррекция</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="138" />
        <source>Kind of correction cheque</source>
        <translation>Вид чека коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="138" />
        <source>Cheque &amp;kind:</source>
        <translation>&amp;Вид чека:</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="145" />
        <source>&amp;Type (tag 1173):</source>
        <translation>&amp;Тип коррекции (тег 1173):</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="147" />
        <source>Correction type: self-initiated or by order</source>
        <translation>Тип коррекции: самостоятельно или по предписанию</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="156" />
        <source>Base document &amp;date (tag 1178):</source>
        <translation>&amp;Дата документа-основания (тег 1178):</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="158" />
        <source>Date of the settlement being corrected</source>
        <translation>Дата исправляемого расчёта</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="162" />
        <source>the order's or the act's number</source>
        <translation>номер предписания или акта</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="165" />
        <source>Base document &amp;number (tag 1179):</source>
        <translation>&amp;Номер документа-основания (тег 1179):</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="167" />
        <source>Number of the base document</source>
        <translation>Номер документа-основания</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="171" />
        <source>e.g. a payment taken without a cheque</source>
        <translation>например, оплата принята без чека</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="173" />
        <location filename="../../console/readings/correction_dialog.py" line="99" />
        <source>Reason for the correction</source>
        <translation>Причина исправления</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="184" />
        <source>&amp;Amount, ₽:</source>
        <translation>&amp;Сумма, ₽:</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="177" />
        <source>Amount to correct</source>
        <translation>Сумма коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="179" />
        <source>Amount to correct: problem</source>
        <translation>Ошибка в сумме коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="193" />
        <source>&amp;Paid by:</source>
        <translation>Вид &amp;оплаты:</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="193" />
        <source>Payment type</source>
        <translation>Вид оплаты</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="197" />
        <source>Correction status</source>
        <translation>Состояние коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="200" />
        <source>&amp;Check and print… (Ctrl+Enter)</source>
        <translation>&amp;Проверить и пробить… (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="202" />
        <source>Check the correction and confirm it</source>
        <translation>Проверить коррекцию и подтвердить её</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="205" />
        <source>Print pending corrections (F7)</source>
        <translation>Пробить отложенные коррекции (F7)</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="207" />
        <source>Print the pending correction cheques</source>
        <translation>Пробить отложенные чеки коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="211" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="213" />
        <source>Close the correction</source>
        <translation>Закрыть окно коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="241" />
        <source>Card (electronic)</source>
        <translation>Картой (безналичными)</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="242" />
        <source>In cash</source>
        <translation>Наличными</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="321" />
        <source>Correction type: {type}</source>
        <translation>Тип коррекции: {type}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="324" />
        <source>Base document: of {day}, № {number}</source>
        <translation>Документ-основание: от {day}, № {number}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="327" />
        <source>Item: Electricity, account № {number}</source>
        <translation>Предмет расчёта: электроэнергия, л/с № {number}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="328" />
        <source>Amount: {amount} ₽, {method}</source>
        <translation>Сумма: {amount} ₽, {method}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="331" />
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="362" />
        <source>Printing the correction cheque…</source>
        <translation>Печатаем чек коррекции…</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="395" />
        <source>Correction cheque printed: ФН № {fn}, ФД № {fd}, ФП {fp}, {moment}.</source>
        <translation>Чек коррекции напечатан: ФН № {fn}, ФД № {fd}, ФП {fp}, {moment}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="404" />
        <source>The correction is recorded but not printed yet: {reason}</source>
        <translation>Коррекция записана, но чек пока не напечатан: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="441" />
        <source>Corrections not printed: {count}</source>
        <translation>Ненапечатанных коррекций: {count}</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="443" />
        <source>Every correction cheque is printed.</source>
        <translation>Все чеки коррекции напечатаны.</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="100" />
        <source>e.g. the customer misread the meter</source>
        <translation>например, абонент неверно списал показание</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="110" />
        <source>Reading:</source>
        <translation>Показание:</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="105" />
        <source>&amp;Correct value:</source>
        <translation>&amp;Правильное значение:</translation>
    </message>
    <message>
        <location filename="../../console/payments/correction_dialog.py" line="173" />
        <location filename="../../console/readings/correction_dialog.py" line="107" />
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="111" />
        <source>Bill:</source>
        <translation>Счёт:</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="117" />
        <source>C&amp;orrect (Ctrl+Enter)</source>
        <translation>&amp;Исправить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="119" />
        <source>Save the correcting reading</source>
        <translation>Сохранить исправляющее показание</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="125" />
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="127" />
        <source>Close without correcting</source>
        <translation>Закрыть без исправления</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="173" />
        <source>Enter the correct value.</source>
        <translation>Введите правильное значение.</translation>
    </message>
    <message>
        <location filename="../../console/readings/correction_dialog.py" line="177" />
        <source>Give the reason for the correction.</source>
        <translation>Укажите причину исправления.</translation>
    </message>
</context>
<context>
    <name>CorrectionsTable</name>
    <message>
        <location filename="../../console/payments/history_tables.py" line="195" />
        <source>Correction cheques</source>
        <translation>Чеки коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="200" />
        <source>Recorded</source>
        <translation>Записан</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="201" />
        <source>Correction cheque</source>
        <translation>Чек коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="202" />
        <source>Correction type</source>
        <translation>Тип коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="203" />
        <source>Base document</source>
        <translation>Документ-основание</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="204" />
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="205" />
        <source>Fiscal attributes</source>
        <translation>Фискальные реквизиты</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="206" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="214" />
        <source>of {day}, № {number}</source>
        <translation>от {day}, № {number}</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="218" />
        <source>ФН № {fn}, ФД № {fd}, ФП {fp}</source>
        <translation>ФН № {fn}, ФД № {fd}, ФП {fp}</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="223" />
        <source>not printed: {reason}</source>
        <translation>не напечатан: {reason}</translation>
    </message>
</context>
<context>
    <name>CustomerCard</name>
    <message>
        <location filename="../../console/lookup/card_widget.py" line="119" />
        <location filename="../../console/lookup/card_widget.py" line="191" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_widget.py" line="154" />
        <source>Meters and consumption</source>
        <translation>Приборы учёта и потребление</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_widget.py" line="155" />
        <source>Portal logins</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_widget.py" line="156" />
        <source>Bills and payments</source>
        <translation>Счета и платежи</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_widget.py" line="163" />
        <location filename="../../console/lookup/card_widget.py" line="171" />
        <source>Customer card</source>
        <translation>Карточка абонента</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_widget.py" line="302" />
        <source>Incoming call: {caller}</source>
        <translation>Входящий звонок: {caller}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/card_hooks.py" line="23" />
        <source>Contact… (Ctrl+K)</source>
        <translation>Контакт… (Ctrl+K)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/card_hooks.py" line="26" />
        <source>Record a contact</source>
        <translation>Записать контакт</translation>
    </message>
    <message>
        <location filename="../../console/appeals/card_hooks.py" line="51" />
        <source>Contact recorded; appeal {number} registered, due {day}.</source>
        <translation>Контакт записан; обращение {number} зарегистрировано, срок ответа — {day}.</translation>
    </message>
    <message>
        <location filename="../../console/appeals/card_hooks.py" line="57" />
        <source>Contact recorded.</source>
        <translation>Контакт записан.</translation>
    </message>
    <message>
        <location filename="../../console/appeals/card_hooks.py" line="73" />
        <source>&amp;Timeline</source>
        <translation>&amp;Хронология</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../console/moderation/side_views.py" line="117" />
        <source>Moderation dashboard</source>
        <translation>Сводка модерации</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="128" />
        <source>none yet</source>
        <translation>пока нет</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="143" />
        <source>Link requests waiting</source>
        <translation>Заявок на присоединение ждут</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="144" />
        <source>Registrations waiting</source>
        <translation>Регистраций ждут</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="145" />
        <source>Oldest item</source>
        <translation>Самая старая</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="146" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="147" />
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="148" />
        <source>Automatic approvals, 30 days</source>
        <translation>Одобрено автоматически за 30 дней</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="149" />
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="152" />
        <source>Decisions today</source>
        <translation>Решения за сегодня</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="55" />
        <source>The item beside billing's data</source>
        <translation>Заявка рядом с данными биллинга</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="56" />
        <source>Press Ctrl+N to take the oldest item of the queue.</source>
        <translation>Нажмите Ctrl+N, чтобы взять в работу самую старую заявку очереди.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="58" />
        <source>&amp;Approve (Ctrl+Enter)</source>
        <translation>Одо&amp;брить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="61" />
        <source>Re&amp;ject… (Ctrl+Shift+R)</source>
        <translation>Откло&amp;нить… (Ctrl+Shift+R)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="64" />
        <source>&amp;Edit (Ctrl+E)</source>
        <translation>Исп&amp;равить (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="68" />
        <source>Ret&amp;urn to queue (Ctrl+B)</source>
        <translation>Верн&amp;уть в очередь (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="74" />
        <source>Branch to approve</source>
        <translation>Филиал, который одобрить</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="75" />
        <source>&amp;Branch (KPP):</source>
        <translation>&amp;Филиал (КПП):</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="140" />
        <source>This item was changed meanwhile; it is shown as it is now.</source>
        <translation>Эту заявку тем временем изменили; она показана такой, какая она сейчас.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="152" />
        <source>— choose the branch —</source>
        <translation>— выберите филиал —</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="154" />
        <source>no KPP</source>
        <translation>без КПП</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="155" />
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="236" />
        <source>Approved; the customer is notified.</source>
        <translation>Одобрено; абоненту отправлено уведомление.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="238" />
        <source>Rejected; the customer is notified.</source>
        <translation>Отклонено; абоненту отправлено уведомление.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="240" />
        <source>Ctrl+N takes the next item.</source>
        <translation>Ctrl+N — следующая заявка.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="263" />
        <source>Returned to the queue.</source>
        <translation>Возвращено в очередь.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="292" />
        <source>The corrected request passes the check: the account is linked.</source>
        <translation>Исправленная заявка прошла проверку: счёт присоединён.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="295" />
        <source>Saved; the check still fails.</source>
        <translation>Сохранено; проверка по-прежнему не проходит.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/decision_panel.py" line="312" />
        <source>The registration data is saved.</source>
        <translation>Данные регистрации сохранены.</translation>
    </message>
</context>
<context>
    <name>DecisionView</name>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="28" />
        <source>Portal user</source>
        <translation>Учётная запись ЛК</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="29" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="30" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="31" />
        <source>no such account</source>
        <translation>такого счёта нет</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="32" />
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="33" />
        <source>Name</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="34" />
        <source>no customer with this INN</source>
        <translation>абонента с таким ИНН нет</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="35" />
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="36" />
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="37" />
        <source>OGRN / OGRNIP</source>
        <translation>ОГРН / ОГРНИП</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="38" />
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="39" />
        <source>Link request</source>
        <translation>Заявка на присоединение</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="40" />
        <source>received</source>
        <translation>поступила</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="41" />
        <source>Taken by</source>
        <translation>В работе у</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="42" />
        <source>The automatic check passes now.</source>
        <translation>Автоматическая проверка теперь проходит.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="43" />
        <source>Why the automatic check failed:</source>
        <translation>Почему не прошла автоматическая проверка:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="44" />
        <source>The customer typed</source>
        <translation>Указал абонент</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="45" />
        <source>Billing holds</source>
        <translation>В биллинге</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="46" />
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="47" />
        <source>Last payments</source>
        <translation>Последние платежи</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="48" />
        <source>Meters</source>
        <translation>Приборы учёта</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="49" />
        <source>Bills</source>
        <translation>Счета</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="50" />
        <source>Decided by</source>
        <translation>Решение принял</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="51" />
        <source>check digits valid</source>
        <translation>контрольные цифры верны</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="52" />
        <source>Registration</source>
        <translation>Регистрация</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="53" />
        <source>belongs to</source>
        <translation>принадлежит</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="54" />
        <source>no such contract</source>
        <translation>такого договора нет</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="55" />
        <source>due by</source>
        <translation>срок до</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="56" />
        <source>in service</source>
        <translation>в работе</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="57" />
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="58" />
        <source>working days waiting: %1</source>
        <translation>ждёт рабочих дней: %1</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="59" />
        <source>belongs to this customer</source>
        <translation>принадлежит этому абоненту</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="60" />
        <source>Applicant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="61" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="62" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="63" />
        <source>Proofs the applicant gave</source>
        <translation>Подтверждения, которые дал заявитель</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="64" />
        <source>matches billing</source>
        <translation>совпадает с биллингом</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="65" />
        <source>does not match</source>
        <translation>не совпадает</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="66" />
        <source>The applicant gave no proof.</source>
        <translation>Заявитель не дал подтверждений.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="67" />
        <source>Branches with this INN</source>
        <translation>Филиалы с этим ИНН</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="68" />
        <source>the registration's KPP</source>
        <translation>КПП из регистрации</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="69" />
        <source>no KPP</source>
        <translation>без КПП</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="70" />
        <source>Merge request</source>
        <translation>Заявка на объединение</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="71" />
        <source>Requested by</source>
        <translation>Подал</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="72" />
        <source>Comment</source>
        <translation>Комментарий</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="73" />
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="74" />
        <source>Join and remove</source>
        <translation>Присоединить и удалить</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="75" />
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="76" />
        <source>Accounts it sees</source>
        <translation>Видит лицевые счета</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="77" />
        <source>the login no longer exists</source>
        <translation>учётной записи больше нет</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="78" />
        <source>changed since the request</source>
        <translation>изменилась после подачи заявки</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="79" />
        <source>The logins belong to different customers.</source>
        <translation>Учётные записи принадлежат разным абонентам.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/detail_html.py" line="80" />
        <source>no customer yet</source>
        <translation>абонент ещё не определён</translation>
    </message>
</context>
<context>
    <name>DesksPage</name>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="35" />
        <source>Cash desks</source>
        <translation>Кассы</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="37" />
        <location filename="../../console/admin/settings/desks_page.py" line="46" />
        <source>Cash desk</source>
        <translation>Касса</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="37" />
        <source>Register address</source>
        <translation>Адрес ККТ</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="37" />
        <source>Register serial</source>
        <translation>Заводской номер ККТ</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="46" />
        <source>Cash desk:</source>
        <translation>Касса:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="49" />
        <source>Register address:</source>
        <translation>Адрес ККТ:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="51" />
        <source>Address of the register's web server (ATOL driver v10)</source>
        <translation>Адрес веб-сервера ККТ (драйвер АТОЛ v10)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="55" />
        <source>Register serial:</source>
        <translation>Заводской номер ККТ:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="57" />
        <source>Serial number of the register</source>
        <translation>Заводской номер ККТ</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="60" />
        <source>New cash desk</source>
        <translation>Новая касса</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="60" />
        <source>Start a new cash desk</source>
        <translation>Начать новую кассу</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="63" />
        <source>Save cash desk</source>
        <translation>Сохранить кассу</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="63" />
        <source>Save the cash desk</source>
        <translation>Сохранить кассу</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="95" />
        <source>Editing the selected cash desk.</source>
        <translation>Изменяется выбранная касса.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="104" />
        <source>A new cash desk.</source>
        <translation>Новая касса.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="114" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/desks_page.py" line="123" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>EditLinkRequestDialog</name>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="21" />
        <source>Edit link request № %1</source>
        <translation>Исправление заявки № %1</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="24" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="30" />
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="33" />
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="39" />
        <source>Proof value</source>
        <translation>Значение подтверждения</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="41" />
        <source>&amp;Region:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="42" />
        <source>&amp;Account number:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="43" />
        <source>&amp;Proof:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/edit_dialog.py" line="44" />
        <source>&amp;Value:</source>
        <translation>&amp;Значение:</translation>
    </message>
</context>
<context>
    <name>EditRegistrationDialog</name>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="47" />
        <source>Edit registration of %1</source>
        <translation>Исправление регистрации %1</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="67" />
        <source>&amp;Type:</source>
        <translation>&amp;Форма:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="114" />
        <source>Organisation type</source>
        <translation>Организационно-правовая форма</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="60" />
        <source>&amp;Name:</source>
        <translation>&amp;Наименование:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="60" />
        <source>Organisation name</source>
        <translation>Наименование организации</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="61" />
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="61" />
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="62" />
        <source>&amp;KPP:</source>
        <translation>&amp;КПП:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="62" />
        <source>KPP</source>
        <translation>КПП</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="63" />
        <source>&amp;OGRN / OGRNIP:</source>
        <translation>&amp;ОГРН / ОГРНИП:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="63" />
        <source>OGRN or OGRNIP</source>
        <translation>ОГРН или ОГРНИП</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="64" />
        <source>&amp;Contracts:</source>
        <translation>&amp;Договоры:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="64" />
        <source>Contract numbers</source>
        <translation>Номера договоров</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="117" />
        <source>An individual entrepreneur (ИП) has a 12-digit INN, a 15-digit OGRNIP and no KPP; an organisation a 10-digit INN and a 13-digit OGRN.</source>
        <translation>У индивидуального предпринимателя (ИП) ИНН из 12 цифр, ОГРНИП из 15 цифр и нет КПП; у организации ИНН из 10 цифр и ОГРН из 13 цифр.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="78" />
        <source>separated by commas</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="79" />
        <source>none for an individual entrepreneur</source>
        <translation>у ИП нет</translation>
    </message>
    <message>
        <location filename="../../console/moderation/registration_dialog.py" line="93" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../console/errors.py" line="17" />
        <source>The input was refused.</source>
        <translation>Введённые данные не приняты.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="18" />
        <source>Someone else changed this data in the meantime. Refresh (F5) to see their change; your input is kept.</source>
        <translation>Эти данные тем временем изменил другой оператор. Обновите (F5), чтобы увидеть изменение; введённое вами сохранено.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="23" />
        <source>The database refused: your role is not allowed to do this.</source>
        <translation>База данных отказала: вашей роли это действие не разрешено.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="26" />
        <source>The connection to the database was lost. Your input is kept; try again when the connection is back.</source>
        <translation>Соединение с базой данных потеряно. Введённые данные сохранены; повторите, когда соединение восстановится.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="31" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="32" />
        <source>Something went wrong. The details are in the log file.</source>
        <translation>Произошла ошибка. Подробности — в журнале.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="46" />
        <source>The database server runs PostgreSQL %1, but the console needs PostgreSQL %2 or newer. Ask the administrator to upgrade the server.</source>
        <translation>На сервере базы данных PostgreSQL %1, а консоли нужен PostgreSQL %2 или новее. Попросите администратора обновить сервер.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="55" />
        <source>The database server does not answer. Check the network and the server address, or ask the administrator.</source>
        <translation>Сервер базы данных не отвечает. Проверьте сеть и адрес сервера или обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="60" />
        <source>Wrong login or password.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="61" />
        <source>The server has no such database. Check the address.</source>
        <translation>На сервере нет такой базы данных. Проверьте адрес.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="64" />
        <source>The server address is not valid. Use the form postgresql://host:5432/database.</source>
        <translation>Неверный адрес сервера. Используйте вид postgresql://сервер:5432/база.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="68" />
        <source>The database schema is older than this console. The administrator must run “billing-console db upgrade”.</source>
        <translation>Схема базы данных старее этой версии консоли. Администратор должен выполнить «billing-console db upgrade».</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="73" />
        <source>The database schema is newer than this console. Install the current version of the console.</source>
        <translation>Схема базы данных новее этой версии консоли. Установите актуальную версию консоли.</translation>
    </message>
    <message>
        <location filename="../../console/errors.py" line="78" />
        <source>The embedded training database could not be started. The details are in the log file.</source>
        <translation>Не удалось запустить встроенную учебную базу. Подробности — в журнале.</translation>
    </message>
</context>
<context>
    <name>FocusRing</name>
    <message>
        <location filename="../../widgets/focus_ring.py" line="33" />
        <source>Keyboard focus</source>
        <translation>Фокус клавиатуры</translation>
    </message>
</context>
<context>
    <name>GroupDialog</name>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="279" />
        <source>Group of {login}</source>
        <translation>Группа оператора {login}</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="285" />
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="285" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
</context>
<context>
    <name>HistoryActions</name>
    <message>
        <location filename="../../console/payments/history_panels.py" line="153" />
        <source>Stat&amp;ement… (Ctrl+P)</source>
        <translation>В&amp;ыписка… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="155" />
        <source>Print a statement</source>
        <translation>Печать выписки</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="159" />
        <source>Print &amp;bill (Ctrl+B)</source>
        <translation>П&amp;ечать счёта (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="161" />
        <source>Print the selected bill</source>
        <translation>Напечатать выбранный счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="165" />
        <source>E&amp;xport CSV (Ctrl+E)</source>
        <translation>&amp;Экспорт CSV (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="167" />
        <source>Export the visible table</source>
        <translation>Выгрузить таблицу</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="171" />
        <source>Batch printin&amp;g… (Ctrl+Shift+P)</source>
        <translation>Печать счетов &amp;района… (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="173" />
        <source>Print every bill of a region</source>
        <translation>Напечатать все счета района</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="177" />
        <source>Unprinted cheques… (Ctrl+Shift+K)</source>
        <translation>Ненапечатанные чеки… (Ctrl+Shift+K)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="179" />
        <source>Let a shift close with unprinted cheques</source>
        <translation>Разрешить закрыть смену с ненапечатанными чеками</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="184" />
        <source>Reverse… (Ctrl+Shift+V)</source>
        <translation>Сторнировать… (Ctrl+Shift+V)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="186" />
        <source>Reverse the selected payment</source>
        <translation>Сторнировать выбранный платёж</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="190" />
        <source>Reverse the selected payment with a reason (supervisors only)</source>
        <translation>Сторнировать выбранный платёж с указанием причины (только старший оператор)</translation>
    </message>
</context>
<context>
    <name>HistoryFilterBar</name>
    <message>
        <location filename="../../console/payments/history_panels.py" line="38" />
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="39" />
        <source>Account number, then Enter</source>
        <translation>Номер лицевого счёта и Enter</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="41" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="43" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="48" />
        <source>&amp;Show (F5)</source>
        <translation>Пока&amp;зать (F5)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="48" />
        <source>Show the history</source>
        <translation>Показать историю</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="53" />
        <source>&amp;Account:</source>
        <translation>Ли&amp;цевой счёт:</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="54" />
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="55" />
        <source>&amp;To:</source>
        <translation>По:</translation>
    </message>
</context>
<context>
    <name>HistoryModel</name>
    <message>
        <location filename="../../console/readings/history.py" line="24" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="25" />
        <source>Meter</source>
        <translation>Прибор учёта</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="26" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="27" />
        <source>Reading</source>
        <translation>Показание</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="28" />
        <source>Type</source>
        <translation>Тип показаний</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="29" />
        <source>Actual / estimated</source>
        <translation>Факт / расчёт</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="30" />
        <source>Entered by</source>
        <translation>Внёс</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="31" />
        <source>Entered at</source>
        <translation>Когда внесено</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="32" />
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="33" />
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="90" />
        <source>actual</source>
        <translation>фактическое</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="90" />
        <source>estimate</source>
        <translation>расчётное</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="102" />
        <source>Correction: {reason}</source>
        <translation>Исправление: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="104" />
        <source>Reason: {reason}</source>
        <translation>Причина: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="106" />
        <source>corrected later</source>
        <translation>исправлено позже</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="108" />
        <source>through zero</source>
        <translation>переход через ноль</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <location filename="../../console/readings/history.py" line="130" />
        <location filename="../../console/readings/history.py" line="171" />
        <source>Readings history</source>
        <translation>История показаний</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="141" />
        <source>History from</source>
        <translation>История с</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="144" />
        <source>History until</source>
        <translation>История по</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="148" />
        <source>&amp;Show</source>
        <translation>Пока&amp;зать</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="150" />
        <source>Show the readings of the period</source>
        <translation>Показать показания за период</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="154" />
        <source>Correct reading… (supervisor, Ctrl+Shift+E)</source>
        <translation>Исправить показание… (старший смены, Ctrl+Shift+E)</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="157" />
        <source>Correct the selected reading</source>
        <translation>Исправить выбранное показание</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="166" />
        <source>From:</source>
        <translation>С:</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="168" />
        <source>&amp;until:</source>
        <translation>по:</translation>
    </message>
    <message>
        <location filename="../../console/readings/history.py" line="179" />
        <source>No readings in this period.</source>
        <translation>За этот период показаний нет.</translation>
    </message>
    <message>
        <location filename="../../console/tabs/history_view.py" line="38" />
        <source>Change history</source>
        <translation>История изменений</translation>
    </message>
    <message>
        <location filename="../../console/tabs/history_view.py" line="47" />
        <source>Show &amp;older</source>
        <translation>Показать &amp;более ранние</translation>
    </message>
    <message>
        <location filename="../../console/tabs/history_view.py" line="49" />
        <source>Show older changes</source>
        <translation>Показать более ранние изменения</translation>
    </message>
    <message>
        <location filename="../../console/tabs/history_view.py" line="88" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/tabs/history_view.py" line="102" />
        <source>No changes recorded.</source>
        <translation>Изменений не зарегистрировано.</translation>
    </message>
    <message>
        <location filename="../../console/tabs/history_view.py" line="104" />
        <source>Changes shown: {count}</source>
        <translation>Показано изменений: {count}</translation>
    </message>
</context>
<context>
    <name>HistoryViews</name>
    <message>
        <location filename="../../console/payments/history_tables.py" line="255" />
        <source>Payments, bills and correction cheques</source>
        <translation>Платежи, счета и чеки коррекции</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="259" />
        <source>Payme&amp;nts</source>
        <translation>Пл&amp;атежи</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="260" />
        <source>B&amp;ills</source>
        <translation>С&amp;чета</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="261" />
        <source>Correction cheques</source>
        <translation>Чеки коррекции</translation>
    </message>
</context>
<context>
    <name>InnDialog</name>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="299" />
        <source>INN of {login}</source>
        <translation>ИНН оператора {login}</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="304" />
        <source>&amp;INN:</source>
        <translation>&amp;ИНН:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="304" />
        <source>Operator's INN</source>
        <translation>ИНН оператора</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="307" />
        <source>Printed on the operator's cheques as the cashier's INN. Leave empty to clear it.</source>
        <translation>Печатается в чеках оператора как ИНН кассира. Оставьте поле пустым, чтобы удалить ИНН.</translation>
    </message>
</context>
<context>
    <name>LinkAccountDialog</name>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="55" />
        <source>Link an account for the caller</source>
        <translation>Присоединить лицевой счёт для абонента</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="57" />
        <source>Login {login}. Ask the caller for the account number and one proof; the portal's check runs at once.</source>
        <translation>Учётная запись {login}. Спросите у абонента номер лицевого счёта и одно подтверждение: проверка личного кабинета выполнится сразу.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="62" />
        <source>Edit link request № {number}</source>
        <translation>Изменить заявку № {number}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="65" />
        <source>Correct request № {number} as the caller says; the check runs again.</source>
        <translation>Исправьте заявку № {number} со слов абонента: проверка выполнится снова.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="76" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="79" />
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="83" />
        <source>Proof</source>
        <translation>Подтверждение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="90" />
        <source>What the caller says</source>
        <translation>Что называет абонент</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="92" />
        <source>&amp;Region:</source>
        <translation>&amp;Район:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="93" />
        <source>&amp;Account number:</source>
        <translation>&amp;Лицевой счёт:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="94" />
        <source>&amp;Proof:</source>
        <translation>&amp;Подтверждение:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="95" />
        <source>&amp;Caller says:</source>
        <translation>&amp;Абонент называет:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="110" />
        <source>Result of the check</source>
        <translation>Результат проверки</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="117" />
        <source>Check and link</source>
        <translation>Проверить и присоединить</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="117" />
        <source>Save and check</source>
        <translation>Сохранить и проверить</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="125" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="178" />
        <source>The proof matched: account {account} is linked to {login} now. The customer gets an SMS and an e-mail about it.</source>
        <translation>Подтверждение совпало: лицевой счёт {account} присоединён к учётной записи {login}. Клиенту придут SMS и письмо.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/link_dialog.py" line="184" />
        <source>The proof did not match what billing holds: request № {number} for account {account} goes to a supervisor (1 to 3 working days). Tell the caller the number; they get it by SMS and e-mail too.</source>
        <translation>Подтверждение не совпало с данными биллинга: заявка № {number} на лицевой счёт {account} передана старшему оператору (от 1 до 3 рабочих дней). Назовите абоненту номер заявки; он придёт и в SMS, и письмом.</translation>
    </message>
</context>
<context>
    <name>LockOverlay</name>
    <message>
        <location filename="../../console/login/idle_lock.py" line="43" />
        <source>The screen is locked</source>
        <translation>Экран заблокирован</translation>
    </message>
    <message>
        <location filename="../../console/login/idle_lock.py" line="50" />
        <source>Operator {login}: enter your password to continue.</source>
        <translation>Оператор {login}: введите пароль, чтобы продолжить работу.</translation>
    </message>
    <message>
        <location filename="../../console/login/idle_lock.py" line="55" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../console/login/idle_lock.py" line="59" />
        <source>&amp;Unlock (Enter)</source>
        <translation>&amp;Разблокировать (Enter)</translation>
    </message>
    <message>
        <location filename="../../console/login/idle_lock.py" line="61" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../console/login/idle_lock.py" line="63" />
        <source>Log &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../console/login/idle_lock.py" line="65" />
        <source>Log out</source>
        <translation>Выйти из учётной записи</translation>
    </message>
    <message>
        <location filename="../../console/login/idle_lock.py" line="97" />
        <source>Checking the password…</source>
        <translation>Проверка пароля…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../console/login/dialog.py" line="42" />
        <source>Log in — Billing operator console</source>
        <translation>Вход — Консоль оператора биллинга</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="56" />
        <source>Billing operator console</source>
        <translation>Консоль оператора биллинга</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="62" />
        <source>Log in with your operator login and password.</source>
        <translation>Войдите под своим логином и паролем оператора.</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="67" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="68" />
        <source>Embedded training database</source>
        <translation>Учебная база (встроенная)</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="69" />
        <source>Database server</source>
        <translation>Сервер базы данных</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="72" />
        <source>Server address</source>
        <translation>Адрес сервера</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="76" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="79" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="81" />
        <source>&amp;Remember the password on this computer</source>
        <translation>&amp;Запомнить пароль на этом компьютере</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="83" />
        <source>Remember the password</source>
        <translation>Запомнить пароль</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="93" />
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="94" />
        <source>Server &amp;address:</source>
        <translation>&amp;Адрес сервера:</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="95" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="96" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="106" />
        <source>Login result</source>
        <translation>Результат входа</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="110" />
        <source>Training logins (embedded database only)</source>
        <translation>Учебные логины (только для встроенной базы)</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="117" />
        <source>Use the training login {login}</source>
        <translation>Подставить учебный логин {login}</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="119" />
        <source>Fill in this training login and its password</source>
        <translation>Подставить этот учебный логин и его пароль</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="131" />
        <source>Log &amp;in (Enter)</source>
        <translation>&amp;Войти (Enter)</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="134" />
        <source>Log in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="137" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="140" />
        <source>Quit the console</source>
        <translation>Закрыть консоль</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="145" />
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="237" />
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="241" />
        <source>Enter the server address or choose the training database.</source>
        <translation>Введите адрес сервера или выберите учебную базу.</translation>
    </message>
    <message>
        <location filename="../../console/login/dialog.py" line="288" />
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <location filename="../../console/login/credentials.py" line="58" />
        <source>The system keyring could not be opened.</source>
        <translation>Не удалось открыть системное хранилище паролей.</translation>
    </message>
    <message>
        <location filename="../../console/login/credentials.py" line="66" />
        <source>No secure password store (system keyring) is available on this computer, so the password cannot be remembered.</source>
        <translation>На этом компьютере нет защищённого хранилища паролей (системной связки ключей), поэтому пароль запомнить нельзя.</translation>
    </message>
</context>
<context>
    <name>LoginMessages</name>
    <message>
        <location filename="../../console/login/messages.py" line="13" />
        <source>Wrong login or password. Check the keyboard layout and Caps Lock.</source>
        <translation>Неверный логин или пароль. Проверьте раскладку клавиатуры и Caps Lock.</translation>
    </message>
    <message>
        <location filename="../../console/login/messages.py" line="16" />
        <source>This operator is disabled and cannot log in. Ask an administrator to enable it.</source>
        <translation>Учётная запись оператора отключена, вход невозможен. Обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../console/login/messages.py" line="20" />
        <source>The password of this operator has expired. Ask an administrator to set a new one.</source>
        <translation>Срок действия пароля истёк. Попросите администратора задать новый пароль.</translation>
    </message>
    <message>
        <location filename="../../console/login/messages.py" line="24" />
        <source>Your password was changed outside the console; ask an administrator to reset it.</source>
        <translation>Пароль изменён в обход консоли; обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../console/login/messages.py" line="28" />
        <source>The database server does not answer. Check the network and the server address, or ask the administrator.</source>
        <translation>Сервер базы данных не отвечает. Проверьте сеть и адрес сервера или обратитесь к администратору.</translation>
    </message>
</context>
<context>
    <name>Lookup</name>
    <message>
        <location filename="../../console/lookup/alerts.py" line="15" />
        <source>Debt {amount} ₽ on {account}, months unpaid: {months}</source>
        <translation>Долг {amount} ₽ по ЛС {account}, не оплачено месяцев: {months}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/alerts.py" line="19" />
        <source>Debt {amount} ₽ on {account}</source>
        <translation>Долг {amount} ₽ по ЛС {account}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/alerts.py" line="23" />
        <source>Meter {serial}: calibration expired {day}</source>
        <translation>Счётчик {serial}: поверка истекла {day}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/alerts.py" line="27" />
        <source>Meter {serial}: {count} estimated readings in a row</source>
        <translation>Счётчик {serial}: расчётные показания {count} раз подряд</translation>
    </message>
    <message>
        <location filename="../../console/lookup/alerts.py" line="31" />
        <source>Portal login {login} awaits registration review</source>
        <translation>Учётная запись {login} ждёт проверки регистрации</translation>
    </message>
    <message>
        <location filename="../../console/lookup/alerts.py" line="34" />
        <source>Link request for {account} from {login} awaits a decision</source>
        <translation>Заявка {login} на присоединение ЛС {account} ждёт решения</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="31" />
        <source>all day</source>
        <translation>круглосуточно</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="34" />
        <source>day</source>
        <translation>день</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="36" />
        <location filename="../../console/lookup/consumption_chart.py" line="40" />
        <source>night</source>
        <translation>ночь</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="39" />
        <source>peak</source>
        <translation>пик</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="41" />
        <source>semi-peak</source>
        <translation>полупик</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="71" />
        <source>Monthly consumption per zone</source>
        <translation>Потребление по месяцам и зонам</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="94" />
        <source>Consumption, kWh per month</source>
        <translation>Потребление, кВт·ч в месяц</translation>
    </message>
    <message>
        <location filename="../../console/lookup/consumption_chart.py" line="96" />
        <source>No consumption billed</source>
        <translation>Начислений за потребление нет</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="13" />
        <source>account number</source>
        <translation>номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="14" />
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="15" />
        <location filename="../../console/lookup/texts.py" line="122" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="16" />
        <source>portal login</source>
        <translation>логин ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="17" />
        <source>surname or organisation</source>
        <translation>фамилия или организация</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="18" />
        <source>address</source>
        <translation>адрес</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="19" />
        <location filename="../../console/lookup/texts.py" line="135" />
        <source>meter serial number</source>
        <translation>номер счётчика</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="20" />
        <source>receipt number</source>
        <translation>номер квитанции</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="21" />
        <location filename="../../console/lookup/texts.py" line="30" />
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="29" />
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="31" />
        <source>Customer's phone</source>
        <translation>Телефон абонента</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="34" />
        <source>Portal login's phone</source>
        <translation>Телефон учётной записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="37" />
        <source>Customer's e-mail</source>
        <translation>E-mail абонента</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="40" />
        <source>Portal login's e-mail</source>
        <translation>E-mail учётной записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="43" />
        <source>Portal login</source>
        <translation>Логин ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="44" />
        <source>Surname</source>
        <translation>Фамилия</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="45" />
        <source>Organisation</source>
        <translation>Юридическое лицо</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="46" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="47" />
        <source>Meter serial number</source>
        <translation>Номер счётчика</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="50" />
        <source>Receipt number</source>
        <translation>Номер квитанции</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="58" />
        <source>open</source>
        <translation>открыт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="59" />
        <source>suspended</source>
        <translation>приостановлен</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="60" />
        <source>closed</source>
        <translation>закрыт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="68" />
        <source>e-mail not confirmed</source>
        <translation>e-mail не подтверждён</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="69" />
        <source>awaiting review</source>
        <translation>на проверке</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="70" />
        <source>active</source>
        <translation>активна</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="71" />
        <location filename="../../console/lookup/texts.py" line="96" />
        <source>blocked</source>
        <translation>заблокирована</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="79" />
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="80" />
        <source>approved automatically</source>
        <translation>одобрена автоматически</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="81" />
        <source>awaiting a decision</source>
        <translation>на рассмотрении</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="82" />
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="83" />
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="84" />
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="92" />
        <source>e-mail confirmation resent</source>
        <translation>повторно отправлено подтверждение e-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="95" />
        <source>password reset sent</source>
        <translation>отправлена ссылка для смены пароля</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="97" />
        <source>unblocked</source>
        <translation>разблокирована</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="98" />
        <source>e-mail changed</source>
        <translation>изменён e-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="99" />
        <source>phone changed</source>
        <translation>изменён телефон</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="100" />
        <source>account unlinked</source>
        <translation>отвязан лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="101" />
        <source>logins merged</source>
        <translation>учётные записи объединены</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="102" />
        <source>one-time code sent</source>
        <translation>отправлен одноразовый код</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="110" />
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="111" />
        <source>sent, no report yet</source>
        <translation>отправлено, отчёта ещё нет</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="112" />
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="113" />
        <source>failed, will retry</source>
        <translation>ошибка, будет повтор</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="114" />
        <source>not delivered</source>
        <translation>не доставлено</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="123" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="131" />
        <source>unique receipt number</source>
        <translation>уникальный номер квитанции</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="132" />
        <source>amount of the last payment</source>
        <translation>сумма последнего платежа</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="136" />
        <source>first 3 letters of the owner's surname</source>
        <translation>первые 3 буквы фамилии владельца</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="146" />
        <source>electricity</source>
        <translation>электроэнергия</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="147" />
        <source>debt schedule</source>
        <translation>ГПЗ</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="148" />
        <source>acts</source>
        <translation>акты</translation>
    </message>
    <message>
        <location filename="../../console/lookup/texts.py" line="149" />
        <source>services</source>
        <translation>услуги</translation>
    </message>
</context>
<context>
    <name>LookupResultsModel</name>
    <message>
        <location filename="../../console/lookup/results_model.py" line="179" />
        <source>Matched</source>
        <translation>Совпадение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="180" />
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="181" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="182" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="183" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="184" />
        <source>Debt, ₽</source>
        <translation>Долг, ₽</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="223" />
        <source> (closed)</source>
        <translation> (закрыт)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="232" />
        <source>overpaid {amount}</source>
        <translation>переплата {amount}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="240" />
        <source>No customer yet: {status}</source>
        <translation>Абонента ещё нет: {status}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/results_model.py" line="248" />
        <source>e-mail {email}</source>
        <translation>e-mail {email}</translation>
    </message>
</context>
<context>
    <name>LookupTab</name>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="81" />
        <source>&amp;Lookup</source>
        <translation>По&amp;иск</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="88" />
        <source>Search key</source>
        <translation>Что искать</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="91" />
        <source>Phone, surname, account, address, e-mail, login, meter, receipt or INN (Ctrl+F)</source>
        <translation>Телефон, фамилия, лицевой счёт, адрес, e-mail, логин, счётчик, квитанция или ИНН (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="94" />
        <source>Surname, account, address, login, meter, receipt or INN (Ctrl+F)</source>
        <translation>Фамилия, лицевой счёт, адрес, логин, счётчик, квитанция или ИНН (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="106" />
        <source>Search as</source>
        <translation>Искать как</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="111" />
        <source>Any key (recognised)</source>
        <translation>Определить автоматически</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="117" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="119" />
        <source>All regions</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="121" />
        <source>&amp;As:</source>
        <translation>К&amp;ак:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="123" />
        <source>Re&amp;gion:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="128" />
        <source>Recognised kind of key</source>
        <translation>Распознанный вид ключа</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="132" />
        <source>Search status</source>
        <translation>Состояние поиска</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="141" />
        <source>Search results</source>
        <translation>Результаты поиска</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="271" />
        <source>Searching as: {kinds}</source>
        <translation>Ищем как: {kinds}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="293" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="298" />
        <source>Nothing found</source>
        <translation>Ничего не найдено</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="300" />
        <source>Found {count}+ (scroll for more)</source>
        <translation>Найдено {count}+ (прокрутите, чтобы загрузить ещё)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="302" />
        <source>Found {count}</source>
        <translation>Найдено: {count}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/lookup_tab.py" line="303" />
        <source>First page in {ms:.0f} ms</source>
        <translation>Первая страница за {ms:.0f} мс</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="45" />
        <source>Work areas</source>
        <translation>Рабочие разделы</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="85" />
        <source>Billing operator console</source>
        <translation>Консоль оператора биллинга</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="87" />
        <source>{title} — embedded training database</source>
        <translation>{title} — учебная база</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="115" />
        <source>{title} (Alt+{number})</source>
        <translation>{title} (Alt+{number})</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="122" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="124" />
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="131" />
        <source>Form the period's bills…</source>
        <translation>Сформировать счета за период…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="138" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="144" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="146" />
        <source>&amp;Find a customer</source>
        <translation>&amp;Найти абонента</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="154" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="165" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="167" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="177" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="181" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="186" />
        <source>Embedded training database · {version}</source>
        <translation>Учебная база (встроенная) · {version}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="189" />
        <source>Server {host}:{port}/{database} · {version}</source>
        <translation>Сервер {host}:{port}/{database} · {version}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="257" />
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="259" />
        <source>&lt;h3&gt;Billing operator console&lt;/h3&gt;&lt;p&gt;For the customer service centres of an electricity supplier.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Settings: {settings}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Консоль оператора биллинга&lt;/h3&gt;&lt;p&gt;Для центров обслуживания клиентов энергосбытовой компании.&lt;/p&gt;&lt;p&gt;База данных: {database}&lt;/p&gt;&lt;p&gt;Настройки: {settings}&lt;/p&gt;&lt;p&gt;Журнал: {logs}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>ModerationLabels</name>
    <message>
        <location filename="../../console/moderation/labels.py" line="10" />
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="11" />
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="12" />
        <source>approved automatically</source>
        <translation>одобрена автоматически</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="13" />
        <source>approved</source>
        <translation>одобрена</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="14" />
        <source>rejected</source>
        <translation>отклонена</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="15" />
        <source>cancelled</source>
        <translation>отменена</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="16" />
        <source>last payment</source>
        <translation>последний платёж</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="17" />
        <source>surname letters</source>
        <translation>буквы фамилии</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="18" />
        <source>meter</source>
        <translation>счётчик</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="19" />
        <source>receipt number</source>
        <translation>номер квитанции</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="20" />
        <source>household</source>
        <translation>физическое лицо</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="21" />
        <source>organisation</source>
        <translation>организация</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="22" />
        <source>on time</source>
        <translation>в срок</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="23" />
        <source>due soon</source>
        <translation>скоро срок</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="24" />
        <source>overdue</source>
        <translation>просрочено</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="25" />
        <source>queued</source>
        <translation>в очереди</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="26" />
        <source>sent</source>
        <translation>отправлено</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="27" />
        <source>delivered</source>
        <translation>доставлено</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="28" />
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="29" />
        <source>not delivered</source>
        <translation>не доставлено</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="30" />
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="31" />
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="32" />
        <source>one customer</source>
        <translation>один абонент</translation>
    </message>
    <message>
        <location filename="../../console/moderation/labels.py" line="33" />
        <source>different customers</source>
        <translation>разные абоненты</translation>
    </message>
</context>
<context>
    <name>ModerationTab</name>
    <message>
        <location filename="../../console/moderation/tab.py" line="125" />
        <source>Queues</source>
        <translation>Очереди</translation>
    </message>
    <message>
        <location filename="../../console/moderation/tab.py" line="126" />
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <location filename="../../console/moderation/tab.py" line="127" />
        <source>Dashboard</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../console/moderation/tab.py" line="152" />
        <source>&amp;Moderation</source>
        <translation>&amp;Модерация</translation>
    </message>
    <message>
        <location filename="../../console/moderation/tab.py" line="246" />
        <source>Taking the next item…</source>
        <translation>Берём следующую заявку…</translation>
    </message>
    <message>
        <location filename="../../console/moderation/tab.py" line="252" />
        <source>The queue is empty: nothing waits for a decision.</source>
        <translation>Очередь пуста: решений не ждёт ничего.</translation>
    </message>
</context>
<context>
    <name>MoneyField</name>
    <message>
        <location filename="../../widgets/money_field.py" line="58" />
        <source>{field}: problem</source>
        <translation>{field}: ошибка</translation>
    </message>
</context>
<context>
    <name>NewOperatorDialog</name>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="201" />
        <source>New operator</source>
        <translation>Новый оператор</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="204" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="204" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="206" />
        <source>&amp;Full name:</source>
        <translation>&amp;ФИО:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="206" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="210" />
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="210" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="215" />
        <source>Password &amp;valid:</source>
        <translation>Пароль &amp;действует:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="217" />
        <source>Password expiry</source>
        <translation>Срок действия пароля</translation>
    </message>
</context>
<context>
    <name>NotificationsView</name>
    <message>
        <location filename="../../console/moderation/side_views.py" line="28" />
        <source>Customer notifications</source>
        <translation>Уведомления абонентам</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="31" />
        <source>Created</source>
        <translation>Создание</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="32" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="33" />
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="34" />
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="35" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="36" />
        <source>Tries</source>
        <translation>Попыток</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="37" />
        <source>Gateway's answer</source>
        <translation>Ответ шлюза</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="44" />
        <source>&amp;Send again (Ctrl+Shift+S)</source>
        <translation>&amp;Отправить снова (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="46" />
        <source>Send the selected message again</source>
        <translation>Отправить выбранное сообщение снова</translation>
    </message>
    <message>
        <location filename="../../console/moderation/side_views.py" line="92" />
        <source>Messages: %1</source>
        <translation>Сообщений: %1</translation>
    </message>
</context>
<context>
    <name>OpenCardsPanel</name>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="79" />
        <source>Back (Alt+Left)</source>
        <translation>Назад (Alt+←)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="83" />
        <source>Forward (Alt+Right)</source>
        <translation>Вперёд (Alt+→)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="91" />
        <source>Refresh card (F5)</source>
        <translation>Обновить карточку (F5)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="97" />
        <source>Close card (Ctrl+W)</source>
        <translation>Закрыть карточку (Ctrl+W)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="106" />
        <source>Open customer cards</source>
        <translation>Открытые карточки абонентов</translation>
    </message>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="114" />
        <source>Type what the caller says: a phone, surname, account number, address, e-mail, login, meter serial, receipt number or INN.
Enter or a double click opens the customer's card; Esc returns here.</source>
        <translation>Введите то, что называет абонент: телефон, фамилию, номер лицевого счёта, адрес, e-mail, логин, номер счётчика, номер квитанции или ИНН.
Enter или двойной щелчок открывает карточку абонента; Esc возвращает к полю поиска.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="174" />
        <source>Login {id}</source>
        <translation>Учётная запись {id}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/open_cards.py" line="206" />
        <source>Customer {id}</source>
        <translation>Абонент {id}</translation>
    </message>
</context>
<context>
    <name>OperatorSession</name>
    <message>
        <location filename="../../console/app.py" line="84" />
        <source>&amp;Lock the screen</source>
        <translation>&amp;Заблокировать экран</translation>
    </message>
    <message>
        <location filename="../../console/app.py" line="88" />
        <source>Log &amp;out</source>
        <translation>В&amp;ыйти из учётной записи</translation>
    </message>
</context>
<context>
    <name>OperatorTableModel</name>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="42" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="43" />
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="44" />
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="45" />
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="46" />
        <source>Password valid until</source>
        <translation>Пароль действует до</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="47" />
        <source>Password changed</source>
        <translation>Пароль изменён</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="48" />
        <source>Created by</source>
        <translation>Кем создан</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="49" />
        <source>INN</source>
        <translation>ИНН</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="60" />
        <source>Disabled</source>
        <translation>Отключён</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="62" />
        <source>Password changed outside the console: reset it</source>
        <translation>Пароль изменён в обход консоли: сбросьте его</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="64" />
        <source>Password expired</source>
        <translation>Пароль просрочен</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="65" />
        <source>Active</source>
        <translation>Активен</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="79" />
        <source>no limit</source>
        <translation>бессрочно</translation>
    </message>
</context>
<context>
    <name>OperatorsTab</name>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="111" />
        <location filename="../../console/admin/operators_tab.py" line="128" />
        <source>Operators</source>
        <translation>Операторы</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="119" />
        <source>Each operator is a database login in exactly one group. Every change here is recorded in the audit log.</source>
        <translation>Каждый оператор — учётная запись базы данных ровно в одной группе. Все изменения здесь записываются в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="143" />
        <source>Create an operator</source>
        <translation>Создать оператора</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="149" />
        <source>&amp;Disable</source>
        <translation>О&amp;тключить</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="150" />
        <source>Disable the operator</source>
        <translation>Отключить оператора</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="156" />
        <source>Enable the operator</source>
        <translation>Включить оператора</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="161" />
        <source>Change &amp;group…</source>
        <translation>Сменить &amp;группу…</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="162" />
        <source>Change the operator's group</source>
        <translation>Сменить группу оператора</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="167" />
        <source>Reset &amp;password…</source>
        <translation>Сбросить &amp;пароль…</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="168" />
        <source>Set a new password</source>
        <translation>Задать новый пароль</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="173" />
        <source>&amp;INN…</source>
        <translation>&amp;ИНН…</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="174" />
        <source>Set or clear the operator's INN for cheques</source>
        <translation>Указать или удалить ИНН оператора для чеков</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="178" />
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="142" />
        <source>New &amp;operator… (Ctrl+N)</source>
        <translation>&amp;Новый оператор… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="155" />
        <source>E&amp;nable</source>
        <translation>В&amp;ключить</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="178" />
        <source>Refresh the list</source>
        <translation>Обновить список</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="220" />
        <source>Op&amp;erators</source>
        <translation>Оп&amp;ераторы</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="240" />
        <source>This is you: ask another administrator to change your account.</source>
        <translation>Это вы: изменить вашу учётную запись может другой администратор.</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="247" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="255" />
        <source>Operators: {count}</source>
        <translation>Операторов: {count}</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="303" />
        <source>Disable operator</source>
        <translation>Отключение оператора</translation>
    </message>
    <message>
        <location filename="../../console/admin/operators_tab.py" line="304" />
        <source>Disable {login} ({name})? They will not be able to log in.</source>
        <translation>Отключить {login} ({name})? Оператор не сможет войти в систему.</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="48" />
        <source>Regions</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="44" />
        <source>Customers</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="45" />
        <source>Accounts (open)</source>
        <translation>Лицевые счета (открытые)</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="46" />
        <source>Meters in service</source>
        <translation>Приборы учёта в работе</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="47" />
        <source>Portal users</source>
        <translation>Учётные записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="36" />
        <source>Registrations awaiting review</source>
        <translation>Регистрации на проверке</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="34" />
        <source>Awaiting staff</source>
        <translation>Ждут сотрудников</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="37" />
        <source>Link requests awaiting a decision</source>
        <translation>Заявки на присоединение счёта ждут решения</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="38" />
        <source>Notifications not yet delivered</source>
        <translation>Уведомления не доставлены</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="42" />
        <source>In the database</source>
        <translation>В базе данных</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="49" />
        <source>Last billing period</source>
        <translation>Последний расчётный период</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="53" />
        <source>Overview</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="84" />
        <source>Refre&amp;sh (F5)</source>
        <translation>О&amp;бновить (F5)</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="86" />
        <source>Refresh the overview</source>
        <translation>Обновить сводку</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="104" />
        <source>&amp;Overview</source>
        <translation>Сво&amp;дка</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="109" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="139" />
        <source>As of {time}</source>
        <translation>Данные на {time}</translation>
    </message>
</context>
<context>
    <name>PaymentPanel</name>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="150" />
        <source>Payment</source>
        <translation>Платёж</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="155" />
        <source>&amp;Account:</source>
        <translation>Ли&amp;цевой счёт:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="156" />
        <source>Account number, then Enter</source>
        <translation>Номер лицевого счёта и Enter</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="157" />
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="158" />
        <source>Account problem</source>
        <translation>Ошибка в лицевом счёте</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="163" />
        <source>Customer</source>
        <translation>Абонент</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="165" />
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="167" />
        <source>Balance</source>
        <translation>Сальдо</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="174" />
        <source>Bill paid</source>
        <translation>Оплачиваемый счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="178" />
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="180" />
        <source>Amount problem</source>
        <translation>Ошибка в сумме</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="183" />
        <source>Payment method</source>
        <translation>Способ оплаты</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="184" />
        <source>Cash</source>
        <translation>Наличные</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="185" />
        <source>Card</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="190" />
        <source>E-mail or phone for an electronic cheque</source>
        <translation>E-mail или телефон для электронного чека</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="192" />
        <source>only if the customer asks: name@mail.ru</source>
        <translation>только по просьбе покупателя: name@mail.ru</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="194" />
        <source>&amp;Take payment (Ctrl+Enter)</source>
        <translation>&amp;Принять оплату (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="194" />
        <source>Take the payment</source>
        <translation>Принять оплату</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="197" />
        <source>&amp;Reprint last receipt (F6)</source>
        <translation>Повторить квитанцию (F6)</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="199" />
        <source>Reprint the last receipt</source>
        <translation>Повторно напечатать последнюю квитанцию</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="204" />
        <source>New payment (Ctrl+N)</source>
        <translation>Новая оплата (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="204" />
        <source>Clear the form</source>
        <translation>Очистить форму</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="213" />
        <source>Customer:</source>
        <translation>Абонент:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="214" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="215" />
        <source>Balance today:</source>
        <translation>Сальдо сегодня:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="216" />
        <source>A&amp;mount, ₽:</source>
        <translation>С&amp;умма, ₽:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="217" />
        <source>M&amp;ethod:</source>
        <translation>Спос&amp;об:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="218" />
        <source>&amp;Bill:</source>
        <translation>С&amp;чёт:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="219" />
        <source>Electro&amp;nic cheque to:</source>
        <translation>&amp;Электронный чек на:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="240" />
        <source>No particular bill</source>
        <translation>Без привязки к счёту</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="249" />
        <source>account {number}</source>
        <translation>л/с {number}</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="254" />
        <source>{period}: {amount} ₽, due {due}, № {number}</source>
        <translation>{period}: {amount} ₽, срок {due}, № {number}</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="273" />
        <source>The account is suspended: the payment is taken all the same.</source>
        <translation>Лицевой счёт приостановлен — оплата всё равно принимается.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="275" />
        <source>The account is closed: the payment is taken all the same.</source>
        <translation>Лицевой счёт закрыт — оплата всё равно принимается.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="286" />
        <source>No account has this number.</source>
        <translation>Лицевого счёта с таким номером нет.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="289" />
        <source>This number exists in {count} regions; open the account from the customer card.</source>
        <translation>Такой номер есть в {count} отделениях; откройте счёт из карточки абонента.</translation>
    </message>
</context>
<context>
    <name>Payments</name>
    <message>
        <location filename="../../console/payments/balance_text.py" line="13" />
        <source>Overpayment {amount} ₽</source>
        <translation>Переплата {amount} ₽</translation>
    </message>
    <message>
        <location filename="../../console/payments/balance_text.py" line="17" />
        <source>Debt {amount} ₽</source>
        <translation>Задолженность {amount} ₽</translation>
    </message>
    <message>
        <location filename="../../console/payments/balance_text.py" line="21" />
        <source>(penalty {amount} ₽)</source>
        <translation>(в т. ч. пеня {amount} ₽)</translation>
    </message>
    <message>
        <location filename="../../console/payments/balance_text.py" line="25" />
        <source>Nothing owed</source>
        <translation>Задолженности нет</translation>
    </message>
</context>
<context>
    <name>PaymentsTab</name>
    <message>
        <location filename="../../console/payments/history_tab.py" line="115" />
        <source>Payment history</source>
        <translation>История платежей</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_documents.py" line="61" />
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="164" />
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="167" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="215" />
        <source>Pa&amp;yments</source>
        <translation>П&amp;латежи</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="237" />
        <source>No account has this number.</source>
        <translation>Лицевого счёта с таким номером нет.</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="241" />
        <source>This number exists in several regions; open it from the customer card.</source>
        <translation>Такой номер есть в нескольких отделениях; откройте счёт из карточки абонента.</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="259" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_panels.py" line="133" />
        <source>{from_} – {to}: {payments} payments, {paid} ₽ paid; {bills} bills, {billed} ₽ billed.</source>
        <translation>{from_} – {to}: платежей {payments} на {paid} ₽; счетов {bills} на {billed} ₽.</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="30" />
        <source>(cash)</source>
        <translation>(наличные)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="32" />
        <source>(card)</source>
        <translation>(карта)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="34" />
        <source>Reversal: {reason}</source>
        <translation>Сторно: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="38" />
        <source>— reversed</source>
        <translation>— сторнирован</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_documents.py" line="121" />
        <source>Statement of account</source>
        <translation>Выписка по лицевому счёту</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="385" />
        <source>Export to CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="385" />
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tab.py" line="396" />
        <source>Exported {count} rows to {path}.</source>
        <translation>Выгружено строк: {count}, файл {path}.</translation>
    </message>
</context>
<context>
    <name>PaymentsTable</name>
    <message>
        <location filename="../../console/payments/history_tables.py" line="67" />
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="71" />
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="72" />
        <source>Amount, ₽</source>
        <translation>Сумма, ₽</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="73" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="74" />
        <source>External id / receipt</source>
        <translation>Внешний № / квитанция</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="75" />
        <source>Bill</source>
        <translation>Счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_tables.py" line="76" />
        <source>Entered by</source>
        <translation>Внёс</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../widgets/document_preview.py" line="73" />
        <source>Document preview</source>
        <translation>Просмотр документа</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="77" />
        <source>&amp;Print… (Ctrl+P)</source>
        <translation>&amp;Печать… (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="79" />
        <source>Print the document</source>
        <translation>Напечатать документ</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="82" />
        <source>&amp;Save as PDF… (Ctrl+S)</source>
        <translation>&amp;Сохранить в PDF… (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="84" />
        <source>Save the document as a PDF file</source>
        <translation>Сохранить документ в файл PDF</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="87" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="89" />
        <source>Close the preview</source>
        <translation>Закрыть просмотр</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="93" />
        <source>Printing status</source>
        <translation>Состояние печати</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="123" />
        <source>The printer could not be opened.</source>
        <translation>Не удалось открыть принтер.</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="136" />
        <source>Sent to the printer.</source>
        <translation>Отправлено на печать.</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="141" />
        <source>Save as PDF</source>
        <translation>Сохранить в PDF</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="141" />
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../widgets/document_preview.py" line="155" />
        <source>Saved to {path}.</source>
        <translation>Сохранено: {path}.</translation>
    </message>
</context>
<context>
    <name>PendingCheques</name>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="323" />
        <source>Cheques not printed</source>
        <translation>Ненапечатанные чеки</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="328" />
        <source>Print pending cheques (F7)</source>
        <translation>Пробить отложенные чеки (F7)</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="330" />
        <source>Print the pending cheques</source>
        <translation>Пробить отложенные чеки</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="346" />
        <source>Cheques not printed: {count}. {reason}</source>
        <translation>Не напечатано чеков: {count}. {reason}</translation>
    </message>
</context>
<context>
    <name>PortalActionBar</name>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="57" />
        <source>Link account… (Ctrl+L)</source>
        <translation>Присоединить счёт… (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="58" />
        <source>Edit request…</source>
        <translation>Изменить заявку…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="59" />
        <source>Cancel request…</source>
        <translation>Отменить заявку…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="60" />
        <source>Send code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="61" />
        <source>Register login…</source>
        <translation>Зарегистрировать ЛК…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="62" />
        <source>Resend confirmation</source>
        <translation>Повторить подтверждение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="63" />
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="64" />
        <source>Change e-mail…</source>
        <translation>Изменить e-mail…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="65" />
        <source>Change phone…</source>
        <translation>Изменить телефон…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="68" />
        <source>Unlink account…</source>
        <translation>Отвязать ЛС…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="71" />
        <source>Block…</source>
        <translation>Заблокировать…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="72" />
        <source>Unblock…</source>
        <translation>Разблокировать…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="75" />
        <source>Merge…</source>
        <translation>Объединить…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="78" />
        <source>Ask to merge…</source>
        <translation>Объединить по заявке…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="90" />
        <source>Only a supervisor can do this.</source>
        <translation>Это может сделать только старший оператор.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="173" />
        <source>№ {number}, account {account}</source>
        <translation>№ {number}, лицевой счёт {account}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="179" />
        <source>Link request</source>
        <translation>Заявка на присоединение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_action_bar.py" line="179" />
        <source>Which request?</source>
        <translation>Какая заявка?</translation>
    </message>
</context>
<context>
    <name>PortalActions</name>
    <message>
        <location filename="../../console/lookup/card_tables.py" line="54" />
        <source>Recent actions on portal logins</source>
        <translation>Последние действия с учётными записями ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_tables.py" line="56" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_tables.py" line="57" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_tables.py" line="58" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_tables.py" line="59" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../console/lookup/card_tables.py" line="60" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
</context>
<context>
    <name>PortalConfirmations</name>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="55" />
        <source>Cancel link request</source>
        <translation>Отмена заявки на присоединение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="57" />
        <source>Withdraw the request at the caller's word? The customer is told by SMS and e-mail, with the reason.</source>
        <translation>Отозвать заявку по просьбе абонента? Клиенту сообщат в SMS и письмом, с причиной.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="63" />
        <source>№ {number}, account {account}</source>
        <translation>№ {number}, лицевой счёт {account}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="70" />
        <source>Request</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="71" />
        <location filename="../../console/lookup/portal_confirmations.py" line="148" />
        <location filename="../../console/lookup/portal_confirmations.py" line="160" />
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="78" />
        <source>Send code</source>
        <translation>Отправить код</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="80" />
        <source>Send {login} a new one-time code by SMS? Earlier codes stop working. Nobody at the console can read the code: the caller reads it from the SMS.</source>
        <translation>Отправить {login} новый одноразовый код в SMS? Прежние коды перестанут действовать. В консоли код не виден никому: абонент прочтёт его в SMS.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="90" />
        <source>Resend confirmation</source>
        <translation>Повторить подтверждение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="91" />
        <source>Send the e-mail confirmation link to {login} again?</source>
        <translation>Отправить {login} ссылку для подтверждения e-mail ещё раз?</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="99" />
        <source>Password reset</source>
        <translation>Сброс пароля</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="101" />
        <source>Send {login} a link to set a new password? Do it only after the caller has proved who they are.</source>
        <translation>Отправить {login} ссылку для смены пароля? Делайте это только после того, как звонящий подтвердил личность.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="111" />
        <source>Change e-mail</source>
        <translation>Изменение e-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="113" />
        <source>New e-mail address of {login}. The old address is told about the change and the new one must be confirmed.</source>
        <translation>Новый адрес e-mail учётной записи {login}. На старый адрес придёт уведомление об изменении, новый нужно будет подтвердить.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="117" />
        <source>New e-mail</source>
        <translation>Новый e-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="124" />
        <source>Change phone</source>
        <translation>Изменение телефона</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="125" />
        <source>New phone number of {login} (+7 and ten digits).</source>
        <translation>Новый номер телефона учётной записи {login} (+7 и десять цифр).</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="127" />
        <source>New phone</source>
        <translation>Новый телефон</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="134" />
        <source>Unlink account</source>
        <translation>Отвязать лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="135" />
        <source>The login {login} will no longer see the account.</source>
        <translation>Учётная запись {login} больше не будет видеть этот лицевой счёт.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="138" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="145" />
        <source>Block portal login</source>
        <translation>Блокировка учётной записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="146" />
        <source>Block {login}? The customer is told the reason.</source>
        <translation>Заблокировать {login}? Клиенту сообщат причину.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="155" />
        <source>Unblock portal login</source>
        <translation>Разблокировка учётной записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="156" />
        <source>Unblock {login}? Blocked because: {reason}</source>
        <translation>Разблокировать {login}? Причина блокировки: {reason}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="168" />
        <source>Merge portal logins</source>
        <translation>Объединение учётных записей ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="170" />
        <source>Join another login of the same customer into {login}: the joined login is removed and its accounts move to {login}.</source>
        <translation>Присоединить к {login} другую учётную запись того же абонента: присоединяемая запись удаляется, её лицевые счета переходят к {login}.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="175" />
        <location filename="../../console/lookup/portal_confirmations.py" line="189" />
        <source>Login to join</source>
        <translation>Присоединяемая запись</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="182" />
        <source>Ask to merge portal logins</source>
        <translation>Заявка на объединение учётных записей</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_confirmations.py" line="184" />
        <source>The caller says another login is theirs too. A supervisor reviews the request in the moderation tab; only on approval is that login joined into {login} and removed.</source>
        <translation>Абонент говорит, что другая учётная запись тоже его. Супервизор рассмотрит заявку на вкладке «Модерация»; только после одобрения та запись будет присоединена к {login} и удалена.</translation>
    </message>
</context>
<context>
    <name>PortalLoginState</name>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="20" />
        <source>Portal login state</source>
        <translation>Состояние учётной записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="31" />
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="33" />
        <source>Status: {status}</source>
        <translation>Состояние: {status}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="34" />
        <source>last login: {moment}</source>
        <translation>последний вход: {moment}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="37" />
        <source>failed attempts since: {count}</source>
        <translation>неудачных попыток после него: {count}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="41" />
        <source>last failed {moment}</source>
        <translation>последняя неудачная {moment}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="47" />
        <source>LOCKED by the portal until {moment}</source>
        <translation>ЗАБЛОКИРОВАНА личным кабинетом до {moment}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="52" />
        <source>not locked</source>
        <translation>не заблокирована</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="57" />
        <source>Codes sent: {codes}</source>
        <translation>Отправленные коды: {codes}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="59" />
        <source>{moment} ({purpose}): {delivery}</source>
        <translation>{moment} ({purpose}): {delivery}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="61" />
        <source>login code</source>
        <translation>код входа</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="63" />
        <source>registration code</source>
        <translation>код регистрации</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_state.py" line="71" />
        <source>No codes sent recently.</source>
        <translation>Коды в последнее время не отправлялись.</translation>
    </message>
</context>
<context>
    <name>PortalLoginView</name>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="57" />
        <location filename="../../console/lookup/portal_login_view.py" line="139" />
        <source>Portal login</source>
        <translation>Логин ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="65" />
        <source>About the portal login</source>
        <translation>Об учётной записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="76" />
        <source>Registration review</source>
        <translation>Проверка регистрации</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="84" />
        <location filename="../../console/lookup/portal_login_view.py" line="116" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="97" />
        <source>Recent actions on portal logins:</source>
        <translation>Последние действия с учётными записями ЛК:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="141" />
        <source>registered {day}</source>
        <translation>зарегистрирована {day}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="144" />
        <source>region {region}</source>
        <translation>район {region}</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="158" />
        <source>The login sees accounts: {accounts}.</source>
        <translation>Учётной записи видны лицевые счета: {accounts}.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="163" />
        <source>No customer or account is linked to this login yet: the e-mail address is not confirmed. «Resend confirmation» sends the link again.</source>
        <translation>К учётной записи ещё не привязаны ни абонент, ни лицевой счёт: e-mail не подтверждён. «Отправить подтверждение повторно» вышлет ссылку ещё раз.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="168" />
        <source>No customer or account is linked to this login yet: its registration awaits a supervisor's review.</source>
        <translation>К учётной записи ещё не привязаны ни абонент, ни лицевой счёт: регистрация ждёт проверки супервизором.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="172" />
        <source>No customer or account is linked to this login yet: the customer links an account on the portal with a link request.</source>
        <translation>К учётной записи ещё не привязаны ни абонент, ни лицевой счёт: абонент присоединяет счёт в личном кабинете заявкой.</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="182" />
        <source>Registration awaits review since {day}: &lt;a href='#'&gt;open it&lt;/a&gt;</source>
        <translation>Регистрация ждёт проверки с {day}: &lt;a href='#'&gt;открыть&lt;/a&gt;</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_login_view.py" line="184" />
        <source>Registration awaits a supervisor's review since {day}.</source>
        <translation>Регистрация ждёт проверки супервизором с {day}.</translation>
    </message>
</context>
<context>
    <name>PortalMessages</name>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="22" />
        <source>Messages to the customer</source>
        <translation>Сообщения клиенту</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="25" />
        <source>Queued</source>
        <translation>Поставлено</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="26" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="27" />
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="28" />
        <source>Recipient</source>
        <translation>Получатель</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="29" />
        <source>Message</source>
        <translation>Сообщение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="30" />
        <source>Delivery</source>
        <translation>Доставка</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_messages.py" line="35" />
        <source>Messages to the customer:</source>
        <translation>Сообщения клиенту:</translation>
    </message>
</context>
<context>
    <name>PortalPanel</name>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="45" />
        <source>Portal logins</source>
        <translation>Личный кабинет</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="48" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="49" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="50" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="51" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="52" />
        <source>Registered</source>
        <translation>Зарегистрирован</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="53" />
        <source>Linked accounts</source>
        <translation>Привязанные ЛС</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="54" />
        <source>Last link requests</source>
        <translation>Последние заявки на присоединение</translation>
    </message>
    <message>
        <location filename="../../console/lookup/portal_panel.py" line="107" />
        <source>№ {number} ({account}) of {day}: {status}</source>
        <translation>№ {number} (ЛС {account}) от {day}: {status}</translation>
    </message>
</context>
<context>
    <name>Problem</name>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="9" />
        <source>Enter the INN.</source>
        <translation>Введите ИНН.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="10" />
        <source>An INN consists of digits only.</source>
        <translation>ИНН состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="11" />
        <source>An INN has 10 digits (organisation) or 12 digits (person); {length} entered.</source>
        <translation>ИНН содержит 10 цифр (организация) или 12 цифр (физическое лицо); введено {length}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="15" />
        <source>An organisation's INN has 10 digits; {length} entered.</source>
        <translation>ИНН организации содержит 10 цифр; введено {length}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="18" />
        <source>The INN of a person or individual entrepreneur has 12 digits; {length} entered.</source>
        <translation>ИНН физического лица или индивидуального предпринимателя содержит 12 цифр; введено {length}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="22" />
        <source>An INN cannot begin with 00.</source>
        <translation>ИНН не может начинаться с 00.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="23" />
        <source>The INN's check digit does not match: check the number for a typo.</source>
        <translation>Не сходится контрольная цифра ИНН: проверьте номер на опечатку.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="26" />
        <source>Enter the KPP.</source>
        <translation>Введите КПП.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="27" />
        <source>A KPP has 9 characters; {length} entered.</source>
        <translation>КПП содержит 9 символов; введено {length}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="28" />
        <source>A KPP is 4 digits, then 2 digits or capital Latin letters, then 3 digits.</source>
        <translation>КПП: 4 цифры, затем 2 цифры или заглавные латинские буквы, затем 3 цифры.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="32" />
        <source>Enter the OGRN.</source>
        <translation>Введите ОГРН.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="33" />
        <source>An OGRN consists of digits only.</source>
        <translation>ОГРН состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="34" />
        <source>An OGRN has 13 digits; {length} entered.</source>
        <translation>ОГРН содержит 13 цифр; введено {length}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="35" />
        <source>An organisation's OGRN begins with 1 or 5, not {digit}.</source>
        <translation>ОГРН организации начинается с 1 или 5, а не с {digit}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="38" />
        <source>The OGRN's check digit does not match: check the number for a typo.</source>
        <translation>Не сходится контрольная цифра ОГРН: проверьте номер на опечатку.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="41" />
        <source>Enter the OGRNIP.</source>
        <translation>Введите ОГРНИП.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="42" />
        <source>An OGRNIP consists of digits only.</source>
        <translation>ОГРНИП состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="43" />
        <source>An OGRNIP has 15 digits; {length} entered.</source>
        <translation>ОГРНИП содержит 15 цифр; введено {length}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="44" />
        <source>An OGRNIP begins with 3, not {digit}.</source>
        <translation>ОГРНИП начинается с 3, а не с {digit}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="45" />
        <source>The OGRNIP's check digit does not match: check the number for a typo.</source>
        <translation>Не сходится контрольная цифра ОГРНИП: проверьте номер на опечатку.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="49" />
        <source>Too long: at most {max_length} characters; {length} entered.</source>
        <translation>Слишком длинно: не больше {max_length} символов; введено {length}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="52" />
        <source>Remove the invisible or control characters ({characters}): they often come with copied text.</source>
        <translation>Уберите невидимые или управляющие символы ({characters}): они часто попадают в текст при копировании.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="58" />
        <source>Enter the phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="59" />
        <source>This is not a phone number. Example: +7 914 123-45-67.</source>
        <translation>Это не номер телефона. Пример: +7 914 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="62" />
        <source>Only Russian numbers (+7) are accepted, not +{country_code}.</source>
        <translation>Принимаются только российские номера (+7), а не +{country_code}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="65" />
        <source>A phone number has 10 digits after +7; {digits} entered.</source>
        <translation>В номере телефона 10 цифр после +7; введено {digits}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="68" />
        <source>No Russian operator uses numbers beginning +7 {prefix}: check the number.</source>
        <translation>Номера, начинающиеся с +7 {prefix}, не используются российскими операторами: проверьте номер.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="71" />
        <source>This is not a mobile number: the portal's SMS codes will not reach it.</source>
        <translation>Это не мобильный номер: SMS-коды личного кабинета на него не придут.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="75" />
        <source>Enter the e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="76" />
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Адрес электронной почты не может содержать пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="77" />
        <source>An e-mail address can be at most {max_length} characters long.</source>
        <translation>Адрес электронной почты не может быть длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="80" />
        <source>An e-mail address contains exactly one @ sign.</source>
        <translation>Адрес электронной почты содержит ровно один знак @.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="81" />
        <source>The part of the e-mail address before @ is empty or malformed.</source>
        <translation>Часть адреса электронной почты до @ пуста или записана неверно.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="84" />
        <source>The part of the e-mail address after @ is not a domain name (such as mail.ru).</source>
        <translation>Часть адреса электронной почты после @ не является именем домена (например, mail.ru).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="89" />
        <source>Enter the login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="90" />
        <source>The login must be at least {min_length} characters long.</source>
        <translation>Логин должен быть не короче {min_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="93" />
        <source>The login can be at most {max_length} characters long.</source>
        <translation>Логин должен быть не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="96" />
        <source>The login cannot contain spaces.</source>
        <translation>Логин не может содержать пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="97" />
        <source>On this portal the login is the e-mail address: leave it empty or type it.</source>
        <translation>В этом личном кабинете логин — адрес электронной почты: оставьте поле пустым или введите адрес.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="100" />
        <source>The login may contain only Latin letters, digits and . _ - @; not allowed: {characters}</source>
        <translation>Логин может содержать только латинские буквы, цифры и . _ - @; недопустимо: {characters}</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="104" />
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="105" />
        <source>The password must be at least {min_length} characters long.</source>
        <translation>Пароль должен быть не короче {min_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="108" />
        <source>The password must contain at least one digit.</source>
        <translation>Пароль должен содержать хотя бы одну цифру.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="111" />
        <source>The password must contain at least one Latin letter.</source>
        <translation>Пароль должен содержать хотя бы одну латинскую букву.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="114" />
        <source>The password must contain at least one capital letter.</source>
        <translation>Пароль должен содержать хотя бы одну заглавную букву.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="117" />
        <source>The password must contain at least one lower-case letter.</source>
        <translation>Пароль должен содержать хотя бы одну строчную букву.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="120" />
        <source>The password must not contain the login.</source>
        <translation>Пароль не должен содержать логин.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="10" />
        <source>«{text}» looks like none of: account number, phone, e-mail, login, surname, address, meter serial, receipt number, INN. Choose what to search for.</source>
        <translation>«{text}» не похоже ни на номер лицевого счёта, ни на телефон, e-mail, логин, фамилию, адрес, номер счётчика, номер квитанции или ИНН. Выберите, что искать.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="15" />
        <source>«{text}» cannot be an account number: use only letters and digits, at most 20.</source>
        <translation>«{text}» не может быть номером лицевого счёта: допустимы только буквы и цифры, не более 20.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="18" />
        <source>Cashiers do not search by phone or e-mail: ask for the account number, surname or address.</source>
        <translation>Кассир не ищет по телефону или e-mail: спросите номер лицевого счёта, фамилию или адрес.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="23" />
        <source>«{text}» is not a Russian phone number (+7 and ten digits).</source>
        <translation>«{text}» — не российский номер телефона (+7 и десять цифр).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="26" />
        <source>«{text}» cannot be an e-mail address: it contains spaces.</source>
        <translation>«{text}» не может быть адресом e-mail: в нём есть пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="29" />
        <source>«{text}» cannot be a portal login: it contains spaces.</source>
        <translation>«{text}» не может быть логином личного кабинета: в нём есть пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="32" />
        <source>«{text}» is not a surname: write it in Cyrillic, optionally followed by initials.</source>
        <translation>«{text}» — не фамилия: напишите её кириллицей, можно с инициалами.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="36" />
        <source>«{text}» is not an address: write a street, then the house and flat.</source>
        <translation>«{text}» — не адрес: укажите улицу, затем номер дома и квартиры.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="39" />
        <source>«{text}» cannot be a meter serial number: use only letters and digits.</source>
        <translation>«{text}» не может быть номером счётчика: допустимы только буквы и цифры.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="43" />
        <source>«{text}» cannot be a receipt number: use only letters and digits, at most 20.</source>
        <translation>«{text}» не может быть номером квитанции: допустимы только буквы и цифры, не более 20.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="46" />
        <source>«{text}» is not an INN: an INN has 10 or 12 digits.</source>
        <translation>«{text}» — не ИНН: в ИНН 10 или 12 цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="50" />
        <source>This portal login no longer exists. Refresh the card (F5).</source>
        <translation>Этой учётной записи ЛК больше нет. Обновите карточку (F5).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="53" />
        <source>Someone else changed this portal login in the meantime. Refresh the card (F5) and check before trying again.</source>
        <translation>Учётную запись ЛК только что изменил другой оператор. Обновите карточку (F5) и проверьте, прежде чем повторить.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="58" />
        <source>The login is blocked: unblock it first (a supervisor can).</source>
        <translation>Учётная запись заблокирована: сначала её нужно разблокировать (может старший оператор).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="61" />
        <source>The e-mail address is already confirmed; nothing to resend.</source>
        <translation>Адрес e-mail уже подтверждён, отправлять нечего.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="64" />
        <source>The login is already blocked.</source>
        <translation>Учётная запись уже заблокирована.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="65" />
        <source>The login is not blocked.</source>
        <translation>Учётная запись не заблокирована.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="66" />
        <source>Write the reason: the customer is told it and it is kept on record.</source>
        <translation>Укажите причину: её сообщат клиенту и сохранят в журнале.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="69" />
        <source>This is not a valid e-mail address (name@domain.ru).</source>
        <translation>Это не адрес электронной почты (имя@домен.ru).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="72" />
        <source>This is already the login's e-mail address.</source>
        <translation>Это и так адрес e-mail учётной записи.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="75" />
        <source>Another portal login already uses this e-mail address.</source>
        <translation>Этот адрес e-mail уже использует другая учётная запись ЛК.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="78" />
        <source>The phone must be +7 and ten digits, e.g. +7 914 123-45-67.</source>
        <translation>Телефон: +7 и десять цифр, например +7 914 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="81" />
        <source>This is already the login's phone number.</source>
        <translation>Это и так номер телефона учётной записи.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="84" />
        <source>Another portal login already uses this phone number.</source>
        <translation>Этот номер телефона уже использует другая учётная запись ЛК.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="87" />
        <source>Choose two different logins to merge.</source>
        <translation>Выберите две разные учётные записи.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="88" />
        <source>Type the login to join.</source>
        <translation>Введите логин, который нужно присоединить.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="89" />
        <source>No portal login is called so: check the spelling with the caller.</source>
        <translation>Учётной записи с таким логином нет: уточните у абонента.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="92" />
        <source>Only two logins of the same customer can be merged.</source>
        <translation>Объединить можно только две учётные записи одного абонента.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="95" />
        <source>The login is not linked to this account (any more). Refresh the card (F5).</source>
        <translation>Учётная запись не привязана к этому лицевому счёту. Обновите карточку (F5).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="12" />
        <source>Billing has no account with this number in any region.</source>
        <translation>В биллинге нет лицевого счёта с таким номером ни в одном районе.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="15" />
        <source>The account is in region {account_region}, not in the region the customer chose.</source>
        <translation>Лицевой счёт относится к району {account_region}, а не к району, выбранному абонентом.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="19" />
        <source>The proof matches the account in region {account_region}: the customer probably chose the wrong region.</source>
        <translation>Подтверждение совпадает со счётом в районе {account_region}: вероятно, абонент выбрал не тот район.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="24" />
        <source>The customer gave no proof of ownership.</source>
        <translation>Абонент не указал подтверждение владения счётом.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="27" />
        <source>«{typed}» is not an amount of money.</source>
        <translation>«{typed}» — не денежная сумма.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="30" />
        <source>The customer gave a last payment of {typed}, but the account has no payments.</source>
        <translation>Абонент указал последний платёж {typed}, но платежей по счёту нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="34" />
        <source>The customer gave a last payment of {typed}; the last payment was {actual} (a difference of {difference}).</source>
        <translation>Абонент указал последний платёж {typed}; последний платёж был {actual} (разница {difference}).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="39" />
        <source>The customer gave {typed}, the amount of an earlier payment; the last payment was {actual}.</source>
        <translation>Абонент указал {typed} — сумму одного из прежних платежей; последний платёж был {actual}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="44" />
        <source>«{typed}» has fewer than {length} letters of the owner's surname.</source>
        <translation>В «{typed}» меньше {length} букв фамилии владельца.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="48" />
        <source>The customer gave the surname letters «{typed}», but billing has no owner's name for the account.</source>
        <translation>Абонент указал буквы фамилии «{typed}», но в биллинге нет имени владельца счёта.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="53" />
        <source>«{typed}» matches {previous_owner}, a previous owner; the account's owner now is {owner}.</source>
        <translation>«{typed}» совпадает с фамилией прежнего владельца {previous_owner}; сейчас владелец счёта — {owner}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="57" />
        <source>«{typed}» does not begin the owner's surname {owner}.</source>
        <translation>Фамилия владельца {owner} не начинается с «{typed}».</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="60" />
        <source>The customer gave meter {typed}, but the account has no meters.</source>
        <translation>Абонент указал счётчик {typed}, но на счёте нет приборов учёта.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="63" />
        <source>Meter {typed} is not one of the account's meters (meters on the account: {known}).</source>
        <translation>Счётчика {typed} нет среди приборов учёта счёта (приборов на счёте: {known}).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="67" />
        <source>The customer gave receipt number {typed}, but the account has no bills.</source>
        <translation>Абонент указал номер квитанции {typed}, но по лицевому счёту не выставлено ни одной квитанции.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation.py" line="70" />
        <source>Receipt number {typed} is not on any bill of the account.</source>
        <translation>Номер квитанции {typed} не найден ни в одной квитанции по этому лицевому счёту.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="8" />
        <source>The item no longer exists.</source>
        <translation>Заявки больше нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="9" />
        <source>The item has already been decided.</source>
        <translation>По заявке уже принято решение.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="12" />
        <source>Another supervisor is working on this item.</source>
        <translation>Заявку сейчас рассматривает другой супервизор.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="15" />
        <source>The account is not in the region the customer chose: correct the request or reject it.</source>
        <translation>Лицевого счёта нет в выбранном абонентом районе: исправьте заявку или отклоните её.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="19" />
        <source>Choose a reason for the rejection.</source>
        <translation>Выберите причину отказа.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="22" />
        <source>Write the reason for the customer.</source>
        <translation>Напишите причину для абонента.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="25" />
        <source>The INN's check digit does not match: it cannot be approved.</source>
        <translation>Не сходится контрольная цифра ИНН: одобрить нельзя.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="28" />
        <source>Billing has no customer with this INN.</source>
        <translation>В биллинге нет абонента с таким ИНН.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="31" />
        <source>Several customers have this INN: choose the branch (KPP) to approve.</source>
        <translation>С этим ИНН несколько абонентов: выберите филиал (КПП), чтобы одобрить.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="34" />
        <source>The customer chosen is not an organisation.</source>
        <translation>Выбранный абонент — не организация.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="37" />
        <source>The customer chosen has another INN than the registration.</source>
        <translation>У выбранного абонента другой ИНН, чем в регистрации.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="40" />
        <source>The branch chosen has another KPP than the registration.</source>
        <translation>У выбранного филиала другой КПП, чем в регистрации.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="43" />
        <source>The customer chosen does not own the registration's account.</source>
        <translation>Выбранный абонент не владелец лицевого счёта из регистрации.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="46" />
        <source>One of the logins no longer exists: reject the request.</source>
        <translation>Одной из учётных записей больше нет: отклоните заявку.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="49" />
        <source>A login changed after the request was made: reject it and let the agent ask again.</source>
        <translation>Учётная запись изменилась после подачи заявки: отклоните её, агент подаст заново.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="53" />
        <source>A request to merge these logins the other way round is waiting.</source>
        <translation>Уже ждёт заявка на объединение этих записей в обратную сторону.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="56" />
        <source>The comment is too long or holds characters that cannot be stored.</source>
        <translation>Комментарий слишком длинный или содержит символы, которые нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="59" />
        <source>Billing has no such account in this region.</source>
        <translation>В биллинге нет такого лицевого счёта в этом районе.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="62" />
        <source>Only an organisation's data can be edited here.</source>
        <translation>Здесь можно исправить только данные организации.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="65" />
        <source>Enter the organisation's name.</source>
        <translation>Введите наименование организации.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="66" />
        <source>At most {max} contract numbers: leave the rest for a link request.</source>
        <translation>Не больше {max} номеров договоров: остальные привяжите заявками.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="69" />
        <source>Choose the organisation type from the list.</source>
        <translation>Выберите организационно-правовую форму из списка.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="72" />
        <source>The INN does not fit the type: an individual entrepreneur has 12 digits, an organisation 10.</source>
        <translation>ИНН не соответствует форме: у индивидуального предпринимателя 12 цифр, у организации 10.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="77" />
        <source>The number does not fit the type: an individual entrepreneur has a 15-digit OGRNIP, an organisation a 13-digit OGRN.</source>
        <translation>Номер не соответствует форме: у индивидуального предпринимателя ОГРНИП из 15 цифр, у организации ОГРН из 13 цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="82" />
        <source>An individual entrepreneur has no KPP: clear the field.</source>
        <translation>У индивидуального предпринимателя нет КПП: очистите поле.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="85" />
        <source>The portal user no longer exists.</source>
        <translation>Учётной записи ЛК больше нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="88" />
        <source>The portal user is not active.</source>
        <translation>Учётная запись ЛК не активна.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="91" />
        <source>Choose the region.</source>
        <translation>Выберите район.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="92" />
        <source>Enter the account number.</source>
        <translation>Введите номер лицевого счёта.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="95" />
        <source>Choose what the customer gives as proof.</source>
        <translation>Выберите вид подтверждения.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="98" />
        <source>Enter the customer's proof of ownership.</source>
        <translation>Введите подтверждение владения счётом.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="101" />
        <source>The account is already linked to this portal user.</source>
        <translation>Счёт уже присоединён к этой учётной записи.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="104" />
        <source>This customer already has a waiting request for this account.</source>
        <translation>У абонента уже есть ожидающая заявка на этот счёт.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="107" />
        <source>The message no longer exists.</source>
        <translation>Сообщения больше нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/moderation_decisions.py" line="108" />
        <source>Only failed or undelivered messages can be sent again.</source>
        <translation>Снова отправить можно только сообщения с ошибкой или недоставленные.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="9" />
        <source>The payment QR code needs a value for {requisite}.</source>
        <translation>Для QR-кода оплаты не заполнено поле {requisite}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="12" />
        <source>{requisite} in the payment QR code must be {length} digits.</source>
        <translation>{requisite} в QR-коде оплаты должен состоять из {length} цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="15" />
        <source>The supplier's KPP in the payment QR code must be 9 characters.</source>
        <translation>КПП поставщика в QR-коде оплаты должен состоять из 9 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="18" />
        <source>{requisite} in the payment QR code may not contain the character |.</source>
        <translation>{requisite} в QR-коде оплаты не может содержать символ |.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="21" />
        <source>The character | in {requisite} was replaced by / in the payment QR code.</source>
        <translation>Символ | в поле {requisite} заменён на / в QR-коде оплаты.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="24" />
        <source>The amount in the payment QR code must be greater than zero.</source>
        <translation>Сумма в QR-коде оплаты должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="27" />
        <source>The amount in the payment QR code must be in whole kopecks.</source>
        <translation>Сумма в QR-коде оплаты должна быть в целых копейках.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="30" />
        <source>{requisite} in the payment QR code may be at most {max_length} characters.</source>
        <translation>{requisite} в QR-коде оплаты может содержать не более {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payment_qr.py" line="33" />
        <source>The supplier's name and bank details take {size} bytes in the payment QR code; at most {limit} are allowed.</source>
        <translation>Наименование и банковские реквизиты поставщика занимают в QR-коде оплаты {size} байт; допускается не более {limit}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="9" />
        <source>The reading date {taken_on} has not come yet.</source>
        <translation>Дата снятия показаний {taken_on} ещё не наступила.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="12" />
        <source>The meter was installed on {installed_on}; a reading cannot be dated earlier.</source>
        <translation>Счётчик установлен {installed_on} — показание более ранней датой внести нельзя.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="16" />
        <source>The meter was removed on {removed_on}; readings after that date are not accepted.</source>
        <translation>Счётчик снят {removed_on}, показания после этой даты не принимаются.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="20" />
        <source>The reading date is earlier than the previous reading ({previous_on}).</source>
        <translation>Дата снятия раньше даты предыдущего показания ({previous_on}).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="24" />
        <source>This meter already has a reading dated {taken_on}.</source>
        <translation>Показание на {taken_on} по этому счётчику уже внесено.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="27" />
        <source>Enter the meter reading.</source>
        <translation>Введите показание счётчика.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="28" />
        <source>Enter the reading of zone {zone}: each zone of a multi-rate meter is entered separately, never the total.</source>
        <translation>Введите показание по зоне {zone}: у многотарифного счётчика каждая зона вносится отдельно, не общей суммой.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="33" />
        <source>A reading cannot be negative.</source>
        <translation>Показание не может быть отрицательным.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="34" />
        <source>At most {max} digits are allowed after the decimal comma.</source>
        <translation>После запятой допускается не более {max} знаков.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="37" />
        <source>The reading has more whole digits than the meter's register ({digits}).</source>
        <translation>В показании больше целых разрядов, чем на счётчике ({digits}).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="41" />
        <source>The reading is below the previous one ({previous}). Check the figures with the customer.</source>
        <translation>Показание меньше предыдущего ({previous}). Сверьте цифры с абонентом.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="45" />
        <source>The reading is below the previous one ({previous}). If the meter went past zero, consumption will be {consumption} kWh: please confirm.</source>
        <translation>Показание меньше предыдущего ({previous}). Если счётчик перешёл через ноль, расход составит {consumption} кВт·ч — подтвердите.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="50" />
        <source>Consumption of {consumption} kWh over {days} days is more than usual for this meter (up to {limit} kWh). Check the reading with the customer and give a reason.</source>
        <translation>Расход {consumption} кВт·ч за {days} дн. больше обычного для этого счётчика (не более {limit} кВт·ч). Уточните показание у абонента и укажите причину.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="55" />
        <source>The decimal part seems to have been typed as whole digits. Did you mean {intended}? If the reading is right, give a reason.</source>
        <translation>Похоже, дробная часть показания введена как целая. Возможно, имелось в виду {intended}? Если показание верное, укажите причину.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="60" />
        <source>No consumption since {since}, although the meter used to record some. Check with the customer and give a reason.</source>
        <translation>Расхода нет с {since}, хотя раньше счётчик потребление учитывал. Уточните у абонента и укажите причину.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="65" />
        <source>The meter's calibration was valid until {calibration_due} and has expired.</source>
        <translation>Истёк срок поверки счётчика (действовала до {calibration_due}).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="68" />
        <source>Readings are accepted from day {first_day} to day {last_day} of the month; this one will count for the billing period {period}.</source>
        <translation>Показания принимаются с {first_day} по {last_day} число месяца; это показание будет учтено в расчётном периоде {period}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="73" />
        <source>Estimated readings in a row: {count}. The customer has not sent readings for a long time.</source>
        <translation>Расчётных показаний подряд: {count}. Абонент давно не передавал показания.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/readings.py" line="77" />
        <source>No tariff is in force on {day}; the consumption cannot be priced.</source>
        <translation>На {day} нет действующего тарифа — расход не рассчитать.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="10" />
        <source>Give the reason for accepting the warning (it is stored with the reading).</source>
        <translation>Укажите причину, по которой предупреждение принято (она сохраняется с показанием).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="13" />
        <source>The calculated charge no longer matches the readings or tariffs in the database. Press Calculate again.</source>
        <translation>Расчёт больше не соответствует показаниям или тарифам в базе. Нажмите «Рассчитать» ещё раз.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="18" />
        <source>The billing period must lie between the month the reading was taken and next month.</source>
        <translation>Расчётный период — не раньше месяца снятия показаний и не позже следующего месяца.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="22" />
        <source>The billing period {period} is closed: its acceptance window has ended, and readings entered today count for {open_period}. Nothing was saved: refresh (F5) and confirm again.</source>
        <translation>Расчётный период {period} уже закрыт: окно приёма показаний за него прошло, показания, принятые сегодня, относятся к периоду {open_period}. Ничего не сохранено: обновите данные (F5) и подтвердите снова.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="28" />
        <source>The billing period {period} is not open yet: readings entered today count for {open_period} (the acceptance window has changed). Nothing was saved: refresh (F5) and confirm again.</source>
        <translation>Расчётный период {period} ещё не открыт: показания, принятые сегодня, относятся к периоду {open_period} (окно приёма показаний изменилось). Ничего не сохранено: обновите данные (F5) и подтвердите снова.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="34" />
        <source>The reading names a zone the meter does not have.</source>
        <translation>В показании указана зона, которой у счётчика нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="37" />
        <source>Enter the date the reading was taken.</source>
        <translation>Введите дату снятия показаний.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="38" />
        <source>There is no such meter.</source>
        <translation>Такого счётчика нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="39" />
        <source>There is no such reading.</source>
        <translation>Такого показания нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="40" />
        <source>The request has no idempotency key; it was not saved.</source>
        <translation>У запроса нет ключа идемпотентности — он не сохранён.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="43" />
        <source>This request key was already used for another meter; nothing was saved.</source>
        <translation>Этот ключ запроса уже использован для другого счётчика — ничего не сохранено.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="46" />
        <source>The price changed since it was calculated (a tariff or an estimate changed). Nothing was saved: check the new calculation and confirm again.</source>
        <translation>Стоимость изменилась после расчёта (изменился тариф или расчётное начисление). Ничего не сохранено: проверьте новый расчёт и подтвердите снова.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="51" />
        <source>Another operator has just saved a reading for this meter. Your values are kept: refresh (F5), check them against the new reading and confirm again.</source>
        <translation>Другой оператор только что сохранил показание по этому счётчику. Введённые значения сохранены в форме: обновите данные (F5), сверьте их с новым показанием и подтвердите снова.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="56" />
        <source>This reading has already been corrected; correct the correcting reading.</source>
        <translation>Это показание уже исправлено — исправляйте исправляющее показание.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="59" />
        <source>Only the latest reading of a zone can be corrected; a later reading already exists.</source>
        <translation>Исправить можно только последнее показание зоны — более позднее показание уже есть.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/reading_entry.py" line="63" />
        <source>The corrected value is the same as the stored one.</source>
        <translation>Исправленное значение совпадает с сохранённым.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="9" />
        <source>This is not an amount: type digits, a comma and the kopecks, for example 1250,50 (no letters, no exponent, no thousands separators).</source>
        <translation>Это не сумма: введите цифры, запятую и копейки, например 1250,50 (без букв, без степени, без разделителей тысяч).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="14" />
        <source>Enter the amount.</source>
        <translation>Введите сумму.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="15" />
        <source>The amount cannot be negative: type it without a minus.</source>
        <translation>Сумма не может быть отрицательной: введите её без минуса.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="18" />
        <source>Kopecks have at most two digits after the comma, for example 12345,60.</source>
        <translation>Копеек — не больше двух цифр после запятой, например 12345,60.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="21" />
        <source>The amount must be more than zero.</source>
        <translation>Сумма должна быть больше нуля.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="22" />
        <source>The amount is too large: one payment is at most {maximum}.</source>
        <translation>Сумма слишком велика: один платёж — не больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="25" />
        <source>The amount must be more than zero and at most {maximum}.</source>
        <translation>Сумма должна быть больше нуля и не больше {maximum}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="28" />
        <source>Choose cash or card.</source>
        <translation>Выберите: наличные или карта.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="29" />
        <source>An account number has digits only.</source>
        <translation>Номер лицевого счёта состоит только из цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="32" />
        <source>There is no such account.</source>
        <translation>Такого лицевого счёта нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="33" />
        <source>The chosen bill belongs to another account.</source>
        <translation>Выбранный счёт относится к другому лицевому счёту.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="36" />
        <source>The payment form has no key; clear the form and fill it in again.</source>
        <translation>У формы оплаты нет ключа; очистите форму и заполните её заново.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="39" />
        <source>This form already recorded a payment with other details (account, amount, method or bill). Check the account's payments before taking it again (Ctrl+N starts a new form).</source>
        <translation>По этой форме уже принята оплата с другими данными (лицевой счёт, сумма, способ оплаты или счёт). Проверьте платежи по счёту, прежде чем принимать снова (Ctrl+N — новая форма).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="45" />
        <source>Give the reason for the reversal (at least 3 characters).</source>
        <translation>Укажите причину сторнирования (не короче 3 символов).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="48" />
        <source>There is no such payment.</source>
        <translation>Такого платежа нет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="49" />
        <source>A reversal cannot itself be reversed.</source>
        <translation>Сторнирующую запись нельзя сторнировать.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="50" />
        <source>This payment has already been reversed.</source>
        <translation>Этот платёж уже сторнирован.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="53" />
        <source>You have no open shift: open the shift first (F2).</source>
        <translation>У вас нет открытой смены: сначала откройте смену (F2).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="56" />
        <source>Your shift is already open; close it before opening a new one.</source>
        <translation>Ваша смена уже открыта; закройте её, прежде чем открывать новую.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="59" />
        <source>The opening float must be zero or more, in roubles and kopecks.</source>
        <translation>Размен на начало смены — ноль или больше, в рублях и копейках.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="62" />
        <source>Count the cash in the drawer and enter the sum (an empty field is not zero).</source>
        <translation>Пересчитайте наличность в кассе и введите сумму (пустое поле — не ноль).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="65" />
        <source>The counted cash must be zero or more, in roubles and kopecks.</source>
        <translation>Пересчитанная наличность — ноль или больше, в рублях и копейках.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/payments.py" line="68" />
        <source>The document to print is not named.</source>
        <translation>Не указан документ для печати.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="9" />
        <source>An operator login may contain only lower-case Latin letters, digits and _; not allowed: {characters}</source>
        <translation>Логин оператора может содержать только строчные латинские буквы, цифры и _; недопустимо: {characters}</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="14" />
        <source>An operator login must begin with a Latin letter.</source>
        <translation>Логин оператора должен начинаться с латинской буквы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="17" />
        <source>An operator login has 3 to 40 lower-case Latin letters, digits or _ and begins with a letter.</source>
        <translation>Логин оператора: от 3 до 40 строчных латинских букв, цифр или _, начинается с буквы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="22" />
        <source>Logins beginning with pg_ or billing_, and postgres, are reserved.</source>
        <translation>Логины, начинающиеся с pg_ или billing_, и postgres зарезервированы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="25" />
        <source>This login is an SQL keyword (like user or current_user) and would read as one in the server's commands: choose another.</source>
        <translation>Этот логин — ключевое слово SQL (как user или current_user) и читался бы как оно в командах сервера: выберите другой.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="30" />
        <source>This login is already taken on the database server.</source>
        <translation>Такой логин уже занят на сервере базы данных.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="33" />
        <source>Enter the operator's full name.</source>
        <translation>Введите ФИО оператора.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="34" />
        <source>The full name can be at most {max_length} characters long.</source>
        <translation>ФИО может быть не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="37" />
        <source>Choose the operator's group.</source>
        <translation>Выберите группу оператора.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="38" />
        <source>There is no such operator (it may have been removed): refresh the list.</source>
        <translation>Такого оператора нет (возможно, его удалили): обновите список.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="41" />
        <source>You cannot disable yourself, change your own group or reset your own password here: ask another administrator.</source>
        <translation>Нельзя отключить себя, сменить свою группу или сбросить свой пароль здесь: обратитесь к другому администратору.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="46" />
        <source>The password expiry date must be in the future.</source>
        <translation>Срок действия пароля должен быть в будущем.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="49" />
        <source>The passwords do not match: type the same password twice.</source>
        <translation>Пароли не совпадают: введите один и тот же пароль дважды.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="53" />
        <source>An administrator has disabled this operator: the database refuses.</source>
        <translation>Администратор отключил этого оператора: база данных отказывает.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="56" />
        <source>Your password was changed outside the console; ask an administrator to reset it.</source>
        <translation>Пароль изменён в обход консоли; обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="61" />
        <source>The record no longer exists: refresh the card.</source>
        <translation>Запись больше не существует: обновите карточку.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/security.py" line="64" />
        <source>This contact cannot be shown.</source>
        <translation>Этот контакт нельзя показать.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="8" />
        <source>This customer no longer exists. Refresh the card (F5).</source>
        <translation>Этого абонента больше нет. Обновите карточку (F5).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="11" />
        <source>The account does not belong to this customer.</source>
        <translation>Лицевой счёт принадлежит другому абоненту.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="14" />
        <source>Choose how the customer got in touch.</source>
        <translation>Выберите, как абонент обратился.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="15" />
        <source>Choose a topic of the list (a supervisor may have retired this one).</source>
        <translation>Выберите тему из списка (эту тему мог убрать старший смены).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="18" />
        <source>Unknown identification fact: tick only the facts of the list.</source>
        <translation>Неизвестный признак идентификации: отмечайте только признаки из списка.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="21" />
        <source>The note is too long: at most 4000 characters.</source>
        <translation>Слишком длинная заметка: не более 4000 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="24" />
        <source>The outcome is too long: at most 1000 characters.</source>
        <translation>Слишком длинный итог: не более 1000 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="27" />
        <source>Choose the kind of appeal.</source>
        <translation>Выберите вид обращения.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="28" />
        <source>Write the appeal's text: what the customer asks or complains about.</source>
        <translation>Напишите текст обращения: о чём просит или на что жалуется абонент.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="31" />
        <source>The appeal's text is too long: at most 8000 characters.</source>
        <translation>Слишком длинный текст обращения: не более 8000 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="34" />
        <source>The contact belongs to another customer.</source>
        <translation>Контакт относится к другому абоненту.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="37" />
        <source>This appeal no longer exists. Refresh the list (F5).</source>
        <translation>Этого обращения больше нет. Обновите список (F5).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="40" />
        <source>Someone else changed this appeal meanwhile. Refresh the list (F5).</source>
        <translation>Обращение тем временем изменил другой сотрудник. Обновите список (F5).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="43" />
        <source>Only the operator the appeal is assigned to, or a supervisor, may answer it.</source>
        <translation>Ответить может только исполнитель обращения или старший смены.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="46" />
        <source>The appeal is already answered.</source>
        <translation>На обращение уже дан ответ.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="47" />
        <source>Write the answer first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="48" />
        <source>The answer is too long: at most 8000 characters.</source>
        <translation>Слишком длинный ответ: не более 8000 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="51" />
        <source>No active agent or supervisor has this login.</source>
        <translation>Нет действующего оператора или старшего смены с таким логином.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="54" />
        <source>Only an answered appeal can be closed: answer it first.</source>
        <translation>Закрыть можно только обращение с ответом: сначала ответьте.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="57" />
        <source>A topic's code is 1 to 40 small Latin letters, digits or _, starting with a letter.</source>
        <translation>Код темы — от 1 до 40 строчных латинских букв, цифр или _, начиная с буквы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="61" />
        <source>Give the topic a title of 1 to 120 characters.</source>
        <translation>Название темы — от 1 до 120 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="64" />
        <source>The appeal has no answer yet, so there is no letter to print.</source>
        <translation>На обращение ещё нет ответа, печатать нечего.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/appeals.py" line="67" />
        <source>The customer has no account, so no supplier's letterhead can be chosen for the letter.</source>
        <translation>У абонента нет лицевого счёта, поэтому для письма не выбрать бланк поставщика.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="10" />
        <source>The supplier's details for {region} are not filled in, so no bill or receipt can be printed: an administrator enters them under Settings.</source>
        <translation>Реквизиты поставщика для «{region}» не заполнены, поэтому счета и квитанции печатать нельзя: администратор вносит их на вкладке «Настройки».</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="15" />
        <source>Enter the supplier's name.</source>
        <translation>Введите наименование поставщика.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="16" />
        <source>The supplier's name may be at most 160 characters (the payment QR code).</source>
        <translation>Наименование поставщика — не длиннее 160 символов (QR-код оплаты).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="19" />
        <source>The character | cannot be used here: it separates the payment QR code's fields.</source>
        <translation>Символ | здесь недопустим: он разделяет поля QR-кода оплаты.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="22" />
        <source>The name and bank details together are too long for the payment QR code (at most 300 bytes): shorten the name or the bank's name.</source>
        <translation>Наименование и банковские реквизиты вместе не помещаются в QR-код оплаты (не более 300 байт): сократите наименование поставщика или банка.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="27" />
        <source>The supplier's INN must be the 10 digits of an organisation's INN.</source>
        <translation>ИНН поставщика — 10 цифр (ИНН организации).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="30" />
        <source>The INN's check digit is wrong: check the number.</source>
        <translation>Неверная контрольная цифра ИНН: проверьте номер.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="33" />
        <source>The KPP must be 9 characters: 4 digits, 2 digits or capital letters, 3 digits.</source>
        <translation>КПП — 9 знаков: 4 цифры, 2 цифры или заглавные латинские буквы, 3 цифры.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="36" />
        <source>Enter the supplier's address.</source>
        <translation>Введите адрес поставщика.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="37" />
        <source>Enter the supplier's phone.</source>
        <translation>Введите телефон поставщика.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="38" />
        <source>Enter the supplier's e-mail as name@domain.ru.</source>
        <translation>Введите e-mail поставщика в виде имя@домен.ru.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="41" />
        <source>Enter the supplier's website as www.example.ru or https://example.ru.</source>
        <translation>Введите сайт поставщика в виде www.example.ru или https://example.ru.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="44" />
        <source>Enter the bank's name.</source>
        <translation>Введите наименование банка.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="45" />
        <source>The bank's name may be at most 45 characters (the payment QR code).</source>
        <translation>Наименование банка — не длиннее 45 символов (QR-код оплаты).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="48" />
        <source>The BIC must be 9 digits.</source>
        <translation>БИК — 9 цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="49" />
        <source>The settlement account must be 20 digits.</source>
        <translation>Расчётный счёт — 20 цифр.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="52" />
        <source>The settlement account does not match the BIC (its control key is wrong): check both numbers.</source>
        <translation>Расчётный счёт не соответствует БИК (неверный контрольный ключ): проверьте оба номера.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="57" />
        <source>The correspondent account must be 20 digits starting with 301.</source>
        <translation>Корреспондентский счёт — 20 цифр, начинается с 301.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="60" />
        <source>The correspondent account does not match the BIC (its control key is wrong): check both numbers.</source>
        <translation>Корреспондентский счёт не соответствует БИК (неверный контрольный ключ): проверьте оба номера.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="65" />
        <source>The VAT rate must be one a fiscal cheque can carry: 0 (no VAT), 5, 7, 10, 20 or 22 %.</source>
        <translation>Ставка НДС — одна из тех, что может нести кассовый чек: 0 (без НДС), 5, 7, 10, 20 или 22 %.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="69" />
        <source>Choose a region that exists: refresh the list.</source>
        <translation>Выберите существующий район: обновите список.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="72" />
        <source>A day of the month is from 1 to 31 (empty: no limit).</source>
        <translation>День месяца — от 1 до 31 (пусто — без ограничения).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="75" />
        <source>The window cannot end before it starts.</source>
        <translation>Окно приёма не может заканчиваться раньше, чем начинается.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="78" />
        <source>Enter the date the act's tariffs apply from.</source>
        <translation>Введите дату, с которой действуют тарифы акта.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="81" />
        <source>Enter the act as it is cited: «Приказ … от … № …».</source>
        <translation>Введите реквизиты акта: «Приказ … от … № …».</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="84" />
        <source>The act's title may be at most 300 characters.</source>
        <translation>Реквизиты акта — не длиннее 300 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="87" />
        <source>The region already has an act from this date: change that one.</source>
        <translation>У района уже есть акт с этой даты: измените его.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="90" />
        <source>Enter the date.</source>
        <translation>Введите дату.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="91" />
        <source>Choose whether the day is a day off or a working day.</source>
        <translation>Выберите, выходной это день или рабочий.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="94" />
        <source>This date is a Saturday or Sunday, a day off anyway: choose a weekday.</source>
        <translation>Эта дата — суббота или воскресенье, она и так выходной: выберите будний день.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="97" />
        <source>A weekday is a working day anyway: a transferred working day is a weekend day.</source>
        <translation>Будний день и так рабочий: перенесённый рабочий день приходится на выходной.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="100" />
        <source>The note may be at most 200 characters.</source>
        <translation>Примечание — не длиннее 200 символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/settings.py" line="103" />
        <source>This date is already in the calendar: change that entry.</source>
        <translation>Эта дата уже есть в календаре: измените ту запись.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="9" />
        <source>There is no region with this code: give one of the regions' codes.</source>
        <translation>Района с таким кодом нет: укажите код одного из районов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="12" />
        <source>Bills can be formed for the current month or an earlier one, not for a later month.</source>
        <translation>Счета формируются за текущий или прошедший месяц, не за будущий.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="16" />
        <source>A batch is 1 to 5000 accounts.</source>
        <translation>Пакет — от 1 до 5000 лицевых счетов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="17" />
        <source>Choose the household type: a gas stove or an electric stove.</source>
        <translation>Выберите тип домохозяйства: газовая или электрическая плита.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="20" />
        <source>Rooms: a whole number from 1 to 20.</source>
        <translation>Число комнат — целое число от 1 до 20.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="21" />
        <source>Residents: a whole number from 1 to 50.</source>
        <translation>Число проживающих — целое число от 1 до 50.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="22" />
        <source>The norm is a number of kWh a month above 0 and below 10 000, e.g. 80,5.</source>
        <translation>Норматив — число кВт·ч в месяц больше 0 и меньше 10 000, например 80,5.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/billing_run.py" line="25" />
        <source>The region already has a norm for this household type, rooms and residents: change that one.</source>
        <translation>У района уже есть норматив для этого типа домохозяйства, числа комнат и проживающих: измените его.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="10" />
        <source>Give the reason the caller withdraws the request: the customer is told it.</source>
        <translation>Укажите причину, по которой абонент отзывает заявку: её сообщат клиенту.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="13" />
        <source>The reason is too long or holds characters that cannot be stored.</source>
        <translation>Причина слишком длинная или содержит символы, которые нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="16" />
        <source>Type the amount as the caller says it, e.g. 1234.56 or 1 234,56.</source>
        <translation>Введите сумму так, как называет абонент: 1234.56 или 1 234,56.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="19" />
        <source>A code is sent for a login or a registration.</source>
        <translation>Код отправляют для входа или для регистрации.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="22" />
        <source>The login has no phone to send the code to: change the phone first.</source>
        <translation>У учётной записи нет телефона, на который можно отправить код: сначала измените телефон.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="25" />
        <source>No portal rules are set for this region: ask an administrator.</source>
        <translation>Для этого района не заданы правила личного кабинета: обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="28" />
        <source>The login is shorter than this portal allows (at least 8 characters).</source>
        <translation>Логин короче, чем допускает личный кабинет (не менее 8 символов).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="31" />
        <source>A login has no spaces.</source>
        <translation>В логине не должно быть пробелов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="32" />
        <source>On this portal the login is the e-mail address.</source>
        <translation>В этом личном кабинете логин — адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="35" />
        <source>This portal needs the phone the SMS codes go to.</source>
        <translation>Этому личному кабинету нужен телефон, на который придут SMS-коды.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="38" />
        <source>The password is shorter than this portal allows.</source>
        <translation>Пароль короче, чем допускает личный кабинет.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="41" />
        <source>This portal needs a password with a Latin letter and a digit.</source>
        <translation>Этому личному кабинету нужен пароль с латинской буквой и цифрой.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="44" />
        <source>This portal does not accept this kind of proof.</source>
        <translation>Этот личный кабинет не принимает такое подтверждение.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="47" />
        <source>The login is too long or holds characters that cannot be stored.</source>
        <translation>Логин слишком длинный или содержит символы, которые нельзя сохранить.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="50" />
        <source>This login is taken: ask the caller for another one.</source>
        <translation>Этот логин занят: попросите абонента придумать другой.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/portal.py" line="53" />
        <source>The account number and the receipt number do not match: ask the caller to read both from one receipt.</source>
        <translation>Номер лицевого счёта и номер квитанции не совпадают: попросите абонента прочитать оба с одной квитанции.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="9" />
        <source>The cash register does not answer (switched off or not connected). The cheque will be printed as soon as it is back.</source>
        <translation>Касса (ККТ) не отвечает: выключена или не подключена. Чек будет напечатан, как только касса появится на связи.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="14" />
        <source>The cash register is busy with another program. Trying again.</source>
        <translation>Касса занята другой программой. Повторяем попытку.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="17" />
        <source>The register's shift is closed: reopen the shift at the desk.</source>
        <translation>Смена на кассе закрыта: откройте смену заново.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="20" />
        <source>The register's shift is over 24 hours old: close it (Z-report) and open a new one.</source>
        <translation>Смена на кассе длится больше 24 часов: закройте её (Z-отчёт) и откройте новую.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="24" />
        <source>The cash register is out of paper: load a new roll and press F7.</source>
        <translation>В кассе закончилась бумага: вставьте новый рулон и нажмите F7.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="27" />
        <source>The register's fiscal drive (ФН) is full: call the service engineer to replace it.</source>
        <translation>Фискальный накопитель (ФН) заполнен: вызовите специалиста для замены.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="31" />
        <source>The cash register did not answer in time. The cheque is not printed twice: the desk asks again.</source>
        <translation>Касса не ответила вовремя. Чек не будет напечатан дважды: касса спросит ещё раз.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="36" />
        <source>The cash register reported an error: {detail}</source>
        <translation>Касса сообщила об ошибке: {detail}</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="37" />
        <source>Waiting to be sent to the cash register.</source>
        <translation>Ожидает отправки на кассу.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="38" />
        <source>No cash desk with a register is set up: ask an administrator.</source>
        <translation>Не настроена касса с ККТ: обратитесь к администратору.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="41" />
        <source>This payment needs no cheque.</source>
        <translation>Этот платёж не требует чека.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="42" />
        <source>This cheque belongs to another cashier's desk.</source>
        <translation>Этот чек относится к кассе другого кассира.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="45" />
        <source>This cheque is already printed.</source>
        <translation>Этот чек уже напечатан.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="46" />
        <source>The cash register's answer is incomplete; the cheque stays pending.</source>
        <translation>Ответ кассы неполный; чек остаётся в ожидании.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="49" />
        <source>For an electronic cheque give an e-mail or a phone as +7XXXXXXXXXX.</source>
        <translation>Для электронного чека укажите e-mail или телефон в виде +7XXXXXXXXXX.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="52" />
        <source>Name the cash desk (at most 80 characters).</source>
        <translation>Укажите название кассы (не длиннее 80 символов).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="53" />
        <source>Another cash desk has this name.</source>
        <translation>Касса с таким названием уже есть.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="54" />
        <source>The register's address looks like http://192.168.0.20:16732.</source>
        <translation>Адрес ККТ выглядит так: http://192.168.0.20:16732.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="57" />
        <source>The register's serial number: digits and Latin letters, up to 32.</source>
        <translation>Заводской номер ККТ: цифры и латинские буквы, до 32 знаков.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="60" />
        <source>A person's INN has 12 digits with valid check digits.</source>
        <translation>ИНН физического лица — 12 цифр с верными контрольными цифрами.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="63" />
        <source>Some cheques of this shift are not printed yet: fiscalise them (F7) or ask a supervisor to let the shift close.</source>
        <translation>Не все чеки смены напечатаны: пробейте их (F7) или попросите старшего разрешить закрыть смену.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="68" />
        <source>A cheque's VAT rate is one of 0 (no VAT), 5, 7, 10, 20 or 22 %.</source>
        <translation>Ставка НДС в чеке: 0 (без НДС), 5, 7, 10, 20 или 22 %.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="71" />
        <source>Choose the supplier's taxation system from the list.</source>
        <translation>Выберите систему налогообложения поставщика из списка.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="74" />
        <source>Choose the settlement subject from the list.</source>
        <translation>Выберите признак предмета расчёта из списка.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="77" />
        <source>Save the supplier's details for this region first, then its cheques.</source>
        <translation>Сначала сохраните реквизиты поставщика для этого района, затем настройки чеков.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="80" />
        <source>The correction has no key: open the dialog again.</source>
        <translation>У коррекции нет ключа: откройте окно заново.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="83" />
        <source>This correction was already recorded with other details: open the dialog again.</source>
        <translation>Эта коррекция уже записана с другими данными: откройте окно заново.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="87" />
        <source>Choose the kind of correction cheque.</source>
        <translation>Выберите вид чека коррекции.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="88" />
        <source>Choose whether the correction is self-initiated or by order.</source>
        <translation>Выберите тип коррекции: самостоятельно или по предписанию.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="91" />
        <source>The date of the settlement being corrected: today or earlier.</source>
        <translation>Дата исправляемого расчёта — сегодня или раньше.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="94" />
        <source>A correction by order needs the order's number.</source>
        <translation>Для коррекции по предписанию укажите номер предписания.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="97" />
        <source>The document number is at most 32 characters.</source>
        <translation>Номер документа — не длиннее 32 знаков.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="100" />
        <source>Say what the mistake was (3 to 500 characters).</source>
        <translation>Опишите ошибку (от 3 до 500 знаков).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="103" />
        <source>The amount is above zero, at most 1 000 000 ₽, in kopecks.</source>
        <translation>Сумма больше нуля, не больше 1 000 000 ₽, с точностью до копейки.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="106" />
        <source>Choose how the money was paid: cash or card.</source>
        <translation>Выберите вид оплаты: наличные или карта.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="109" />
        <source>Open the account the correction concerns.</source>
        <translation>Откройте лицевой счёт, к которому относится коррекция.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/fiscal.py" line="112" />
        <source>The chosen payment belongs to another account.</source>
        <translation>Выбранный платёж относится к другому лицевому счёту.</translation>
    </message>
</context>
<context>
    <name>QueueModel</name>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="85" />
        <source>Request №</source>
        <translation>Заявка №</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="85" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="87" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="88" />
        <source>Organisation / account</source>
        <translation>Организация / счёт</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="89" />
        <source>Joined login → kept login</source>
        <translation>Присоединяемая → остающаяся</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="93" />
        <source>Received</source>
        <translation>Поступила</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="94" />
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="95" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="96" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="98" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="116" />
        <source>Due by %1</source>
        <translation>Срок до %1</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="127" />
        <source>%1 working days</source>
        <translation>раб. дней: %1</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_model.py" line="137" />
        <source>%1, taken by %2</source>
        <translation>%1, в работе у %2</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="35" />
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="37" />
        <source>Link requests</source>
        <translation>Заявки на присоединение</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="38" />
        <source>Registrations</source>
        <translation>Регистрации</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="39" />
        <source>Merge requests</source>
        <translation>Объединения</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="42" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="44" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="44" />
        <location filename="../../console/moderation/queue_panel.py" line="157" />
        <source>All regions</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="48" />
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="50" />
        <source>Waiting</source>
        <translation>Ожидают</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="51" />
        <source>Decided</source>
        <translation>Решённые</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="53" />
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="60" />
        <source>Term</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="62" />
        <source>Any term</source>
        <translation>Любой срок</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="63" />
        <source>Due soon or overdue</source>
        <translation>Скоро срок или просрочено</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="64" />
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="72" />
        <source>&amp;Next (Ctrl+N)</source>
        <translation>Сл&amp;едующая (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="75" />
        <source>Refresh (F5)</source>
        <translation>Обновить (F5)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="81" />
        <source>&amp;Queue:</source>
        <translation>О&amp;чередь:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="82" />
        <source>&amp;Kind:</source>
        <translation>Вид:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="83" />
        <source>Re&amp;gion:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="84" />
        <source>&amp;Status:</source>
        <translation>Сос&amp;тояние:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="85" />
        <source>&amp;Term:</source>
        <translation>Сро&amp;к:</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="99" />
        <source>Queue items, oldest first</source>
        <translation>Очередь, сначала старые</translation>
    </message>
    <message>
        <location filename="../../console/moderation/queue_panel.py" line="136" />
        <source>All kinds</source>
        <translation>Все виды</translation>
    </message>
</context>
<context>
    <name>ReadingEntryForm</name>
    <message>
        <location filename="../../console/readings/entry_form.py" line="78" />
        <source>&amp;Calculate (Ctrl+Enter)</source>
        <translation>&amp;Рассчитать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_form.py" line="80" />
        <source>Calculate consumption and cost</source>
        <translation>Рассчитать расход и стоимость</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_form.py" line="82" />
        <source>Co&amp;nfirm (Ctrl+S)</source>
        <translation>Под&amp;твердить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_form.py" line="84" />
        <source>Confirm the readings and form the bill</source>
        <translation>Подтвердить показания и сформировать счёт</translation>
    </message>
</context>
<context>
    <name>ReadingEntryPanel</name>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="57" />
        <source>Meter</source>
        <translation>Прибор учёта</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="60" />
        <source>M&amp;eter:</source>
        <translation>С&amp;чётчик:</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="76" />
        <source>New readings</source>
        <translation>Новые показания</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="110" />
        <source>The account has no meters.</source>
        <translation>У лицевого счёта нет счётчиков.</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="151" />
        <source>{serial} — {model}, zones: {zones}</source>
        <translation>{serial} — {model}, зон: {zones}</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="155" />
        <source>(removed {day:%d.%m.%Y})</source>
        <translation>(снят {day:%d.%m.%Y})</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="164" />
        <source>{digits} whole digits · installed {installed:%d.%m.%Y} · calibration until {due:%d.%m.%Y}</source>
        <translation>разрядов: {digits} · установлен {installed:%d.%m.%Y} · поверка до {due:%d.%m.%Y}</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="196" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="204" />
        <source>The readings are saved. This is the meter's first reading: no bill yet.</source>
        <translation>Показания сохранены. Это первое показание счётчика — счёт пока не формируется.</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="208" />
        <source>The readings are saved. Bill {receipt} for {period} formed: {amount}.</source>
        <translation>Показания сохранены. Сформирован счёт № {receipt} за {period} на сумму {amount}.</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="215" />
        <source>(a supplementary bill: the period already had one)</source>
        <translation>(дополнительный счёт: за этот период счёт уже был)</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="240" />
        <source>The correction is saved. The reading had formed no bill.</source>
        <translation>Исправление сохранено. Счёт по этому показанию не формировался.</translation>
    </message>
    <message>
        <location filename="../../console/readings/entry_panel.py" line="242" />
        <source>The correction is saved. Correction bill {receipt}: {amount}.</source>
        <translation>Исправление сохранено. Корректировочный счёт № {receipt}: {amount}.</translation>
    </message>
</context>
<context>
    <name>Readings</name>
    <message>
        <location filename="../../console/readings/labels.py" line="21" />
        <source>Single rate</source>
        <translation>Однотарифный</translation>
    </message>
    <message>
        <location filename="../../console/readings/labels.py" line="22" />
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <location filename="../../console/readings/labels.py" line="22" />
        <location filename="../../console/readings/labels.py" line="25" />
        <source>Night</source>
        <translation>Ночь</translation>
    </message>
    <message>
        <location filename="../../console/readings/labels.py" line="24" />
        <source>Peak</source>
        <translation>Пик</translation>
    </message>
    <message>
        <location filename="../../console/readings/labels.py" line="26" />
        <source>Semi-peak</source>
        <translation>Полупик</translation>
    </message>
</context>
<context>
    <name>ReadingsTab</name>
    <message>
        <location filename="../../console/readings/tab.py" line="90" />
        <source>Account number</source>
        <translation>Номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="88" />
        <source>account number</source>
        <translation>номер лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="87" />
        <source>&amp;Account:</source>
        <translation>Ли&amp;цевой счёт:</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="100" />
        <source>Region</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="101" />
        <source>any region</source>
        <translation>любой район</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="106" />
        <source>Re&amp;gion:</source>
        <translation>Ра&amp;йон:</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="110" />
        <source>Find the account</source>
        <translation>Найти лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="89" />
        <source>Enter an account number and press Enter.</source>
        <translation>Введите номер лицевого счёта и нажмите Enter.</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="108" />
        <source>F&amp;ind (Enter)</source>
        <translation>&amp;Найти (Enter)</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="91" />
        <source>The account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="128" />
        <source>Only supervisors correct readings.</source>
        <translation>Исправлять показания может только старший смены.</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="197" />
        <source>Another operator changed this account: the history is updated, your typed readings are kept (F5 reloads the form).</source>
        <translation>Другой оператор изменил этот лицевой счёт: история обновлена, введённые показания сохранены (F5 обновит форму).</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="206" />
        <source>&amp;Readings</source>
        <translation>&amp;Показания</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="225" />
        <source>Enter an account number.</source>
        <translation>Введите номер лицевого счёта.</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="236" />
        <source>Searching…</source>
        <translation>Поиск…</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="258" />
        <location filename="../../console/readings/tab.py" line="305" />
        <source>No account with this number.</source>
        <translation>Лицевого счёта с таким номером нет.</translation>
    </message>
    <message>
        <location filename="../../console/readings/tab.py" line="261" />
        <source>This number exists in several regions: choose the region.</source>
        <translation>Такой номер есть в нескольких районах — выберите район.</translation>
    </message>
</context>
<context>
    <name>ReasonConfirmation</name>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="174" />
        <source>— choose the reason —</source>
        <translation>— выберите причину —</translation>
    </message>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="191" />
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="199" />
        <source>optional</source>
        <translation>необязательно</translation>
    </message>
    <message>
        <location filename="../../widgets/reason_confirmation.py" line="206" />
        <source>Co&amp;mment:</source>
        <translation>Ко&amp;мментарий:</translation>
    </message>
</context>
<context>
    <name>RegisterLoginDialog</name>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="41" />
        <source>Register a portal login for the caller</source>
        <translation>Регистрация личного кабинета для абонента</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="47" />
        <source>The portal's rules apply: a login of at least 8 characters without spaces, a phone +7 XXX XXX XX XX, and the account number with the unique number of one of its receipts. The customer gets an SMS code and an e-mail link where they set their own password (8+ characters, a Latin letter and a digit).</source>
        <translation>Действуют правила личного кабинета: логин не короче 8 символов без пробелов, телефон +7 XXX XXX XX XX, номер лицевого счёта и уникальный номер одной из его квитанций. Клиент получит код в SMS и ссылку на e-mail, по которой сам задаст пароль (не менее 8 символов, латинская буква и цифра).</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="58" />
        <source>Account</source>
        <translation>Лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="66" />
        <source>Portal rules</source>
        <translation>Правила личного кабинета</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="67" />
        <source>The account region's</source>
        <translation>Как в районе лицевого счёта</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="71" />
        <source>Proof kind</source>
        <translation>Вид подтверждения</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="76" />
        <source>Unique receipt number</source>
        <translation>Уникальный номер квитанции</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="79" />
        <source>Login</source>
        <translation>Логин</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="82" />
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="85" />
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="88" />
        <source>P&amp;ortal:</source>
        <translation>Правила Л&amp;К:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="89" />
        <source>&amp;Account:</source>
        <translation>Ли&amp;цевой счёт:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="90" />
        <source>Proof &amp;kind:</source>
        <translation>Ви&amp;д подтверждения:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="91" />
        <source>&amp;Receipt number:</source>
        <translation>&amp;Номер квитанции:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="92" />
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="93" />
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="94" />
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="114" />
        <location filename="../../console/lookup/register_dialog.py" line="117" />
        <source>Register</source>
        <translation>Зарегистрировать</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="121" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../console/lookup/register_dialog.py" line="176" />
        <source>The login {login} is registered and sees account {account}. The customer gets an SMS code and an e-mail link; the login works once they follow it.</source>
        <translation>Учётная запись {login} зарегистрирована, ей виден лицевой счёт {account}. Клиент получит код в SMS и ссылку на e-mail; войти можно будет после перехода по ссылке.</translation>
    </message>
</context>
<context>
    <name>RejectDialog</name>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="49" />
        <source>Reject</source>
        <translation>Отклонение</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="32" />
        <source>Link request № {number}: {kind}, account {account}.</source>
        <translation>Заявка на присоединение № {number}: {kind}, лицевой счёт {account}.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="38" />
        <source>Merge request № {id}: {joined} into {keep}.</source>
        <translation>Заявка на объединение № {id}: {joined} в {keep}.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="42" />
        <source>Registration № {id}: {kind}, {name}.</source>
        <translation>Регистрация № {id}: {kind}, {name}.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="51" />
        <source>The item to reject</source>
        <translation>Что отклоняется</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="52" />
        <source>The customer is notified with the reason and the comment.</source>
        <translation>Абонент получит уведомление с причиной и комментарием.</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="55" />
        <source>Rejection reason</source>
        <translation>Причина отказа</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="57" />
        <source>Comment for the customer</source>
        <translation>Комментарий для абонента</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="53" />
        <source>Re&amp;ject (Ctrl+Enter)</source>
        <translation>&amp;Отклонить (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="54" />
        <source>Reject with this reason</source>
        <translation>Отклонить по этой причине</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="58" />
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/moderation/reject_dialog.py" line="59" />
        <source>Do not reject</source>
        <translation>Не отклонять</translation>
    </message>
</context>
<context>
    <name>ReleasePendingDialog</name>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="34" />
        <source>Shifts with unprinted cheques</source>
        <translation>Смены с ненапечатанными чеками</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="39" />
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="41" />
        <source>&amp;Shift:</source>
        <translation>&amp;Смена:</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="45" />
        <source>Reason for closing with pending cheques</source>
        <translation>Причина закрытия смены с ненапечатанными чеками</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="46" />
        <source>e.g. the register is out of order</source>
        <translation>например, касса неисправна</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="49" />
        <source>&amp;Reason:</source>
        <translation>При&amp;чина:</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="51" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="54" />
        <source>&amp;Allow closing (Ctrl+Enter)</source>
        <translation>&amp;Разрешить закрыть (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="56" />
        <source>Allow the shift to close</source>
        <translation>Разрешить закрыть смену</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="61" />
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="63" />
        <source>Close without a decision</source>
        <translation>Закрыть без решения</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="98" />
        <source>Shift № {number}, {cashier}, since {opened}: {count} cheques</source>
        <translation>Смена № {number}, {cashier}, с {opened}: чеков — {count}</translation>
    </message>
    <message>
        <location filename="../../console/payments/release_dialog.py" line="106" />
        <source>No open shift has unprinted cheques.</source>
        <translation>Нет открытых смен с ненапечатанными чеками.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="249" />
        <source>New password for {login}</source>
        <translation>Новый пароль для {login}</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="256" />
        <source>Password &amp;valid:</source>
        <translation>Пароль &amp;действует:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="258" />
        <source>Password expiry</source>
        <translation>Срок действия пароля</translation>
    </message>
</context>
<context>
    <name>ReversalDialog</name>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="49" />
        <source>Reverse a payment</source>
        <translation>Сторнирование платежа</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="50" />
        <source>Payment of {amount} ₽ on {day}: {description}.</source>
        <translation>Платёж на {amount} ₽ от {day}: {description}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="55" />
        <source>The payment to reverse</source>
        <translation>Сторнируемый платёж</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="57" />
        <source>A reversing entry of −{amount} ₽ is added to the account; the payment itself stays in the history. This cannot be undone.</source>
        <translation>На лицевой счёт будет записана сторнирующая запись на −{amount} ₽; сам платёж останется в истории. Отменить это нельзя.</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="62" />
        <source>Reason for the reversal</source>
        <translation>Причина сторнирования</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="63" />
        <source>e.g. paid to the wrong account</source>
        <translation>например: оплата зачислена не на тот лицевой счёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="78" />
        <source>Reason problem</source>
        <translation>Ошибка в причине</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="60" />
        <source>&amp;Reverse (Ctrl+Enter)</source>
        <translation>&amp;Сторнировать (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="61" />
        <source>Reverse the payment</source>
        <translation>Сторнировать платёж</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="65" />
        <source>Cancel (Esc)</source>
        <translation>Отмена (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/payments/reversal_dialog.py" line="66" />
        <source>Close without reversing</source>
        <translation>Закрыть без сторнирования</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../console/session.py" line="90" />
        <source>agent</source>
        <translation>агент</translation>
    </message>
    <message>
        <location filename="../../console/session.py" line="91" />
        <source>cashier</source>
        <translation>кассир</translation>
    </message>
    <message>
        <location filename="../../console/session.py" line="92" />
        <source>supervisor</source>
        <translation>старший оператор</translation>
    </message>
    <message>
        <location filename="../../console/session.py" line="93" />
        <source>administrator</source>
        <translation>администратор</translation>
    </message>
    <message>
        <location filename="../../console/session.py" line="94" />
        <source>superuser (maintenance)</source>
        <translation>суперпользователь (обслуживание)</translation>
    </message>
    <message>
        <location filename="../../console/session.py" line="95" />
        <source>no group</source>
        <translation>без группы</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../../console/session.py" line="108" />
        <source>Operator: {user} · {role}</source>
        <translation>Оператор: {user} · {role}</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../console/admin/settings/page.py" line="191" />
        <source>Every region (default)</source>
        <translation>Все районы (по умолчанию)</translation>
    </message>
</context>
<context>
    <name>SettingsTab</name>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="62" />
        <source>Supplier details and billing settings</source>
        <translation>Реквизиты поставщика и настройки расчётов</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="70" />
        <source>Every PC prints bills and takes readings with these settings. A region without its own row uses the default one. Every change is recorded in the audit log.</source>
        <translation>По этим настройкам все рабочие места печатают счета и принимают показания. Район без собственной записи использует запись по умолчанию. Каждое изменение записывается в журнал аудита.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="145" />
        <source>&amp;Settings</source>
        <translation>Настро&amp;йки</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="190" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="95" />
        <source>Tariff acts</source>
        <translation>Акты о тарифах</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="93" />
        <source>Supplier</source>
        <translation>Поставщик</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="94" />
        <source>Reading window</source>
        <translation>Окно приёма показаний</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="96" />
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="97" />
        <source>Cash desks</source>
        <translation>Кассы</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="98" />
        <source>Cheques</source>
        <translation>Чеки</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="149" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="179" />
        <source>No supplier details for: {regions}. Their bills cannot be printed.</source>
        <translation>Нет реквизитов поставщика для: {regions}. Их счета нельзя напечатать.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="184" />
        <source>Every region has supplier details.</source>
        <translation>Реквизиты поставщика есть у всех районов.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings_tab.py" line="196" />
        <location filename="../../console/admin/settings_tab.py" line="211" />
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
</context>
<context>
    <name>ShiftDesk</name>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="127" />
        <source>The register's shift № {number} is adopted.</source>
        <translation>Смена № {number} на кассе уже открыта — продолжаем её.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="129" />
        <source>The register's shift № {number} is opened.</source>
        <translation>На кассе открыта смена № {number}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="135" />
        <source>Shift № {number} is open.</source>
        <translation>Смена № {number} открыта.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="141" />
        <source>Register shift over 24 hours</source>
        <translation>Смена на кассе длится больше 24 часов</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="143" />
        <source>The cash register's shift has lasted more than 24 hours, so the register refuses cheques. Close it now? The register prints the Z-report, then a new shift opens.</source>
        <translation>Смена на кассе (ККТ) длится больше 24 часов, и касса не печатает чеки. Закрыть её сейчас? Касса напечатает Z-отчёт, затем откроется новая смена.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="164" />
        <source>The old shift is closed (Z-report); shift № {number} is open.</source>
        <translation>Старая смена закрыта (Z-отчёт); открыта смена № {number}.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="239" />
        <source>Shift № {number} closed: expected {expected} ₽, counted {counted} ₽, difference {difference} ₽.</source>
        <translation>Смена № {number} закрыта: ожидалось {expected} ₽, пересчитано {counted} ₽, расхождение {difference} ₽.</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_shift.py" line="274" />
        <source>Shift report</source>
        <translation>Отчёт о закрытии смены</translation>
    </message>
</context>
<context>
    <name>ShiftPanel</name>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="73" />
        <location filename="../../console/payments/cashdesk_panels.py" line="76" />
        <source>Shift</source>
        <translation>Смена</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="75" />
        <source>Loading the shift…</source>
        <translation>Загрузка смены…</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="80" />
        <source>Opening float</source>
        <translation>Размен на начало смены</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="81" />
        <source>Opening float problem</source>
        <translation>Ошибка в размене</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="87" />
        <source>Counted cash</source>
        <translation>Пересчитанная наличность</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="88" />
        <source>Counted cash problem</source>
        <translation>Ошибка в пересчитанной сумме</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="93" />
        <source>Open &amp;shift (F2)</source>
        <translation>О&amp;ткрыть смену (F2)</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="93" />
        <source>Open the shift</source>
        <translation>Открыть смену</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="96" />
        <source>&amp;Close shift (F9)</source>
        <translation>&amp;Закрыть смену (F9)</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="96" />
        <source>Close the shift</source>
        <translation>Закрыть смену</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="99" />
        <source>X-report (F8)</source>
        <translation>X-отчёт (F8)</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="99" />
        <source>Print the X-report</source>
        <translation>Напечатать X-отчёт</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="105" />
        <source>O&amp;pening float, ₽:</source>
        <translation>&amp;Размен на начало, ₽:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="106" />
        <source>Co&amp;unted cash, ₽:</source>
        <translation>П&amp;ересчитано в кассе, ₽:</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="122" />
        <source>No open shift. Enter the opening float and open the shift (F2).</source>
        <translation>Смена не открыта. Введите размен и откройте смену (F2).</translation>
    </message>
    <message>
        <location filename="../../console/payments/cashdesk_panels.py" line="127" />
        <source>Shift № {number} open since {opened}: {count} payments, cash {cash} ₽, card {card} ₽; cash in the drawer {drawer} ₽.</source>
        <translation>Смена № {number} открыта с {opened}: оплат {count}, наличными {cash} ₽, картой {card} ₽; в кассе {drawer} ₽.</translation>
    </message>
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <location filename="../../console/startup.py" line="29" />
        <source>Billing operator console</source>
        <translation>Консоль оператора биллинга</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="31" />
        <source>Connecting to the database…</source>
        <translation>Подключение к базе данных…</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="36" />
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="40" />
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="45" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../console/app.py" line="145" />
        <location filename="../../console/startup.py" line="57" />
        <source>Starting the embedded database</source>
        <translation>Запуск встроенной базы данных</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="60" />
        <source>Applying migrations</source>
        <translation>Обновление схемы базы данных</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="69" />
        <source>Filling the training database with demo data (first start only)…</source>
        <translation>Заполнение учебной базы демонстрационными данными (только при первом запуске)…</translation>
    </message>
</context>
<context>
    <name>SupervisorActions</name>
    <message>
        <location filename="../../console/payments/history_supervision.py" line="134" />
        <source>Payment reversed: a reversing entry of {amount} ₽ was recorded.</source>
        <translation>Платёж сторнирован: записана сторнирующая запись на {amount} ₽.</translation>
    </message>
    <message>
        <location filename="../../console/payments/history_supervision.py" line="147" />
        <source>Shift № {number} may close with unprinted cheques.</source>
        <translation>Смену № {number} можно закрыть с ненапечатанными чеками.</translation>
    </message>
</context>
<context>
    <name>SupplierPage</name>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="39" />
        <source>Region whose supplier is shown</source>
        <translation>Район, реквизиты поставщика которого показаны</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="44" />
        <source>Name:</source>
        <translation>Наименование:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="44" />
        <source>Supplier's name</source>
        <translation>Наименование поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="45" />
        <source>INN:</source>
        <translation>ИНН:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="45" />
        <source>Supplier's INN</source>
        <translation>ИНН поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="46" />
        <source>KPP:</source>
        <translation>КПП:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="46" />
        <source>Supplier's KPP</source>
        <translation>КПП поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="47" />
        <source>Address:</source>
        <translation>Адрес:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="47" />
        <source>Supplier's address</source>
        <translation>Адрес поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="48" />
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="48" />
        <source>Supplier's phone</source>
        <translation>Телефон поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="49" />
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="49" />
        <source>Supplier's e-mail</source>
        <translation>Электронная почта поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="50" />
        <source>Website:</source>
        <translation>Сайт:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="50" />
        <source>Supplier's website</source>
        <translation>Сайт поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="51" />
        <source>Bank:</source>
        <translation>Банк:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="51" />
        <source>Bank's name</source>
        <translation>Наименование банка</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="52" />
        <source>BIC:</source>
        <translation>БИК:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="52" />
        <source>Bank's BIC</source>
        <translation>БИК банка</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="53" />
        <source>Settlement account:</source>
        <translation>Расчётный счёт:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="53" />
        <source>Settlement account</source>
        <translation>Расчётный счёт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="55" />
        <source>Correspondent account:</source>
        <translation>Корр. счёт:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="56" />
        <source>Correspondent account</source>
        <translation>Корреспондентский счёт</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="58" />
        <source>VAT rate, %:</source>
        <translation>Ставка НДС, %:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="58" />
        <source>VAT rate on organisations' bills</source>
        <translation>Ставка НДС в счетах организаций</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="75" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="76" />
        <source>Save the supplier</source>
        <translation>Сохранить реквизиты поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="81" />
        <source>Delete the region's own details</source>
        <translation>Удалить реквизиты района</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="82" />
        <source>Delete the region's own supplier details</source>
        <translation>Удалить собственные реквизиты поставщика района</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="88" />
        <source>Region:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="123" />
        <source>Saved by {who} at {when}.</source>
        <translation>Сохранено: {who}, {when}.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="128" />
        <source>The region has no details of its own: it prints the default ones shown here. Saving gives it its own.</source>
        <translation>У района нет собственных реквизитов: в его документах печатаются реквизиты по умолчанию (показаны здесь). При сохранении у района появятся собственные.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="133" />
        <source>No details yet: no bill or receipt can be printed until they are saved.</source>
        <translation>Реквизитов пока нет: счета и квитанции нельзя напечатать, пока они не сохранены.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="153" />
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="166" />
        <source>Delete supplier details</source>
        <translation>Удаление реквизитов поставщика</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/supplier_page.py" line="167" />
        <source>Delete these details? The region will print the default ones, if any.</source>
        <translation>Удалить эти реквизиты? Район будет печатать реквизиты по умолчанию, если они есть.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../console/appeals/timeline.py" line="108" />
        <source>identified by: {facts}</source>
        <translation>идентифицирован по: {facts}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="127" />
        <source>Appeal {number} ({kind}): {state}, due {day}</source>
        <translation>Обращение {number} ({kind}): {state}, срок — {day}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="175" />
        <source>bill</source>
        <translation>счёт</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="176" />
        <source>payment receipt</source>
        <translation>квитанция об оплате</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="177" />
        <source>account statement</source>
        <translation>выписка по лицевому счёту</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="178" />
        <source>shift report</source>
        <translation>отчёт о смене</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="179" />
        <source>answer to an appeal</source>
        <translation>ответ на обращение</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="183" />
        <source>Bill {number} for {period}: {amount}</source>
        <translation>Счёт № {number} за {period}: {amount}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="184" />
        <source>Correction {number} for {period}: {amount}</source>
        <translation>Перерасчёт № {number} за {period}: {amount}</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <location filename="../../console/appeals/timeline.py" line="246" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="246" />
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="246" />
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="246" />
        <source>Who</source>
        <translation>Кто</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <location filename="../../console/appeals/timeline.py" line="301" />
        <source>Timeline</source>
        <translation>Хронология</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="308" />
        <source>Show in the timeline</source>
        <translation>Показывать в хронологии</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="309" />
        <source>everything</source>
        <translation>всё</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="310" />
        <source>contacts</source>
        <translation>контакты</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="311" />
        <source>appeals</source>
        <translation>обращения</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="312" />
        <source>portal and link requests</source>
        <translation>портал и заявки на привязку</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="313" />
        <source>readings</source>
        <translation>показания</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="314" />
        <source>bills</source>
        <translation>счета</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="315" />
        <source>payments</source>
        <translation>оплаты</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="316" />
        <source>prints</source>
        <translation>печать документов</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="317" />
        <source>other data changes</source>
        <translation>прочие изменения данных</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="324" />
        <source>Timeline entries</source>
        <translation>Записи хронологии</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="332" />
        <source>Timeline status</source>
        <translation>Состояние хронологии</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="333" />
        <source>Show o&amp;lder</source>
        <translation>Показать &amp;раньше</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="335" />
        <source>Show older entries</source>
        <translation>Показать более ранние записи</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="339" />
        <source>&amp;Show:</source>
        <translation>&amp;Показывать:</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="389" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="402" />
        <source>Entries shown: {count}</source>
        <translation>Показано записей: {count}</translation>
    </message>
    <message>
        <location filename="../../console/appeals/timeline.py" line="406" />
        <source>contacts and appeals are not available to your role</source>
        <translation>контакты и обращения вашей роли недоступны</translation>
    </message>
</context>
<context>
    <name>TopicsDialog</name>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="33" />
        <location filename="../../console/appeals/topics_dialog.py" line="34" />
        <source>Contact topics</source>
        <translation>Темы контактов</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="40" />
        <source>Topics</source>
        <translation>Темы</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="42" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="42" />
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="42" />
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="42" />
        <source>In use</source>
        <translation>Используется</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="49" />
        <source>Add a topic (Ins)</source>
        <translation>Добавить тему (Ins)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="51" />
        <source>Add a topic</source>
        <translation>Добавить тему</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="54" />
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="56" />
        <source>Save the topics</source>
        <translation>Сохранить темы</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="59" />
        <source>Close (Esc)</source>
        <translation>Закрыть (Esc)</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="61" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="65" />
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../console/appeals/topics_dialog.py" line="163" />
        <source>Saved {count} topics.</source>
        <translation>Сохранено тем: {count}.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../console/vocabulary.py" line="15" />
        <source>customer</source>
        <translation>абонентские</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="16" />
        <source>customer without registration</source>
        <translation>абонентские без регистрации</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="17" />
        <source>operator</source>
        <translation>операторские</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="18" />
        <source>inspector</source>
        <translation>контролёра</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="19" />
        <source>smart meter</source>
        <translation>АСКУЭ</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="20" />
        <source>estimated</source>
        <translation>расчётные</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="24" />
        <source>cash desk</source>
        <translation>касса</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="25" />
        <source>bank</source>
        <translation>банк</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="26" />
        <source>online banking</source>
        <translation>интернет-банк</translation>
    </message>
    <message>
        <location filename="../../console/vocabulary.py" line="27" />
        <source>customer portal</source>
        <translation>личный кабинет</translation>
    </message>
</context>
<context>
    <name>WindowPage</name>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="28" />
        <source>Region whose window is shown</source>
        <translation>Район, окно приёма которого показано</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="35" />
        <source>no limit on this side</source>
        <translation>без ограничения</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="38" />
        <source>First day:</source>
        <translation>Первый день:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="40" />
        <source>First day of the month readings are accepted for it</source>
        <translation>Первый день месяца, с которого показания принимаются за этот месяц</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="44" />
        <source>Last day:</source>
        <translation>Последний день:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="46" />
        <source>Last day of the month readings are accepted for it</source>
        <translation>Последний день месяца, до которого показания принимаются за этот месяц</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="50" />
        <source>Readings submitted after the last day count for the next month. The first day only warns the operator that the month's window is not open yet.</source>
        <translation>Показания, переданные после последнего дня, относятся к следующему месяцу. Первый день лишь предупреждает оператора, что окно приёма за месяц ещё не открыто.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="59" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="59" />
        <source>Save the window</source>
        <translation>Сохранить окно приёма</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="63" />
        <location filename="../../console/admin/settings/window_page.py" line="64" />
        <source>Delete the region's own window</source>
        <translation>Удалить собственное окно приёма района</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="67" />
        <source>Region:</source>
        <translation>Район:</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="101" />
        <source>The region's own window.</source>
        <translation>Собственное окно приёма района.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="103" />
        <source>The region uses the default window. Saving gives it its own.</source>
        <translation>Район использует окно по умолчанию. При сохранении у района появится собственное.</translation>
    </message>
    <message>
        <location filename="../../console/admin/settings/window_page.py" line="105" />
        <source>No window: readings count for the month they are submitted in.</source>
        <translation>Окно не задано: показания относятся к месяцу, в котором переданы.</translation>
    </message>
</context>
<context>
    <name>ZoneGrid</name>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="82" />
        <source>Date the reading was taken</source>
        <translation>Дата снятия показаний</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="93" />
        <source>Reading date notice</source>
        <translation>Предупреждение о дате показаний</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="97" />
        <source>&amp;Date taken:</source>
        <translation>Д&amp;ата снятия:</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="123" />
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="124" />
        <source>Previous readings</source>
        <translation>Предыдущие показания</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="125" />
        <source>Average per day</source>
        <translation>Среднесуточный расход</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="126" />
        <source>New reading</source>
        <translation>Новое показание</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="127" />
        <source>Consumption and cost</source>
        <translation>Расход и стоимость</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="137" />
        <source>{kwh} a day</source>
        <translation>{kwh} в сутки</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="183" />
        <source>New reading, zone {zone}</source>
        <translation>Новое показание, зона {zone}</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="184" />
        <source>new reading</source>
        <translation>новое показание</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="200" />
        <source>no readings yet</source>
        <translation>показаний ещё нет</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="218" />
        <source>The readings will be dated {day}, not today ({today}).</source>
        <translation>Показания будут внесены датой {day}, а не сегодняшней ({today}).</translation>
    </message>
    <message>
        <location filename="../../console/readings/zone_grid.py" line="222" />
        <source>That is another month: check the date.</source>
        <translation>Это другой месяц: проверьте дату.</translation>
    </message>
</context>
<context>
    <name>_Expiry</name>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="165" />
        <source>until</source>
        <translation>до</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="167" />
        <source>The password expires</source>
        <translation>Пароль имеет срок действия</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="170" />
        <source>Password expiry date</source>
        <translation>Дата окончания действия пароля</translation>
    </message>
</context>
<context>
    <name>_FormDialog</name>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="53" />
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="56" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="145" />
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="147" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="153" />
        <source>&amp;Repeat:</source>
        <translation>&amp;Повтор:</translation>
    </message>
    <message>
        <location filename="../../console/admin/operator_dialogs.py" line="155" />
        <source>Repeat the password</source>
        <translation>Повторите пароль</translation>
    </message>
</context>
<context>
    <name>argparse</name>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="20" />
        <source>usage: </source>
        <translation>использование: </translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="21" />
        <source>positional arguments</source>
        <translation>позиционные аргументы</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="22" />
        <source>options</source>
        <translation>параметры</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="23" />
        <source>show this help message and exit</source>
        <translation>показать эту справку и выйти</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="24" />
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>аргумент %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="25" />
        <source>the following arguments are required: %s</source>
        <translation>не хватает обязательных аргументов: %s</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="26" />
        <source>unrecognized arguments: %s</source>
        <translation>неизвестные аргументы: %s</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="27" />
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>недопустимое значение: %(value)r (возможные: %(choices)s)</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="28" />
        <source>invalid %(type)s value: %(value)r</source>
        <translation>недопустимое значение %(type)s: %(value)r</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="29" />
        <source>expected one argument</source>
        <translation>нужно одно значение</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="30" />
        <source>ignored explicit argument %r</source>
        <translation>у этого параметра не бывает значения: %r</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="31" />
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>неоднозначный параметр: %(option)s подходит к %(matches)s</translation>
    </message>
    <message>
        <location filename="../../console/commands/argparse_texts.py" line="32" />
        <source>unknown parser %(parser_name)r (choices: %(choices)s)</source>
        <translation>неизвестная команда %(parser_name)r (возможные: %(choices)s)</translation>
    </message>
</context>
</TS>