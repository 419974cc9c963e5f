<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../console/main_window.py" line="53" />
        <source>Billing operator console</source>
        <translation>Консоль оператора биллинга</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="55" />
        <source>{title} — embedded training database</source>
        <translation>{title} — учебная база</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="60" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="62" />
        <source>&amp;Connect to a server…</source>
        <translation>&amp;Подключиться к серверу…</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="68" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="74" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="76" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="87" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="89" />
        <source>&amp;About</source>
        <translation>&amp;О программе</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="99" />
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="101" />
        <source>Operator: {user}</source>
        <translation>Оператор: {user}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="103" />
        <source>Operator</source>
        <translation>Оператор</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="108" />
        <source>Embedded training database · {version}</source>
        <translation>Учебная база (встроенная) · {version}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="111" />
        <source>Server {host}:{port}/{database} · {version}</source>
        <translation>Сервер {host}:{port}/{database} · {version}</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="150" />
        <source>About</source>
        <translation>О программе</translation>
    </message>
    <message>
        <location filename="../../console/main_window.py" line="152" />
        <source>&lt;h3&gt;Billing operator console&lt;/h3&gt;&lt;p&gt;For the customer service centres of an electricity supplier.&lt;/p&gt;&lt;p&gt;Database: {database}&lt;/p&gt;&lt;p&gt;Settings: {settings}&lt;/p&gt;&lt;p&gt;Logs: {logs}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Консоль оператора биллинга&lt;/h3&gt;&lt;p&gt;Для центров обслуживания клиентов энергосбытовой компании.&lt;/p&gt;&lt;p&gt;База данных: {database}&lt;/p&gt;&lt;p&gt;Настройки: {settings}&lt;/p&gt;&lt;p&gt;Журнал: {logs}&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="27" />
        <source>Regions</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="28" />
        <source>Customers</source>
        <translation>Абоненты</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="29" />
        <source>Accounts (open)</source>
        <translation>Лицевые счета (открытые)</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="30" />
        <source>Meters in service</source>
        <translation>Приборы учёта в работе</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="31" />
        <source>Portal users</source>
        <translation>Учётные записи ЛК</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="32" />
        <source>Registrations awaiting review</source>
        <translation>Регистрации на проверке</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="33" />
        <source>Link requests awaiting a decision</source>
        <translation>Заявки на присоединение счёта ждут решения</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="34" />
        <source>Notifications not yet delivered</source>
        <translation>Уведомления не доставлены</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="35" />
        <source>Last billing period</source>
        <translation>Последний расчётный период</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="47" />
        <source>Overview</source>
        <translation>Сводка</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="53" />
        <source>&amp;Refresh (F5)</source>
        <translation>&amp;Обновить (F5)</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="55" />
        <source>Refresh the overview</source>
        <translation>Обновить сводку</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="74" />
        <source>&amp;Overview</source>
        <translation>&amp;Сводка</translation>
    </message>
    <message>
        <location filename="../../console/tabs/overview_tab.py" line="79" />
        <source>Loading…</source>
        <translation>Загрузка…</translation>
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
        <source>Enter the phone number.</source>
        <translation>Введите номер телефона.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="50" />
        <source>This is not a phone number. Example: +7 914 123-45-67.</source>
        <translation>Это не номер телефона. Пример: +7 914 123-45-67.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="53" />
        <source>Only Russian numbers (+7) are accepted, not +{country_code}.</source>
        <translation>Принимаются только российские номера (+7), а не +{country_code}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="56" />
        <source>A phone number has 10 digits after +7; {digits} entered.</source>
        <translation>В номере телефона 10 цифр после +7; введено {digits}.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="59" />
        <source>No Russian operator uses numbers beginning +7 {prefix}: check the number.</source>
        <translation>Номера, начинающиеся с +7 {prefix}, не используются российскими операторами: проверьте номер.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="62" />
        <source>This is not a mobile number: the portal's SMS codes will not reach it.</source>
        <translation>Это не мобильный номер: SMS-коды личного кабинета на него не придут.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="66" />
        <source>Enter the e-mail address.</source>
        <translation>Введите адрес электронной почты.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="67" />
        <source>An e-mail address cannot contain spaces.</source>
        <translation>Адрес электронной почты не может содержать пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="68" />
        <source>An e-mail address can be at most {max_length} characters long.</source>
        <translation>Адрес электронной почты не может быть длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="71" />
        <source>An e-mail address contains exactly one @ sign.</source>
        <translation>Адрес электронной почты содержит ровно один знак @.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="72" />
        <source>The part of the e-mail address before @ is empty or malformed.</source>
        <translation>Часть адреса электронной почты до @ пуста или записана неверно.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="75" />
        <source>The part of the e-mail address after @ is not a domain name (such as mail.ru).</source>
        <translation>Часть адреса электронной почты после @ не является именем домена (например, mail.ru).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="80" />
        <source>Enter the login.</source>
        <translation>Введите логин.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="81" />
        <source>The login must be at least {min_length} characters long.</source>
        <translation>Логин должен быть не короче {min_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="84" />
        <source>The login can be at most {max_length} characters long.</source>
        <translation>Логин должен быть не длиннее {max_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="87" />
        <source>The login cannot contain spaces.</source>
        <translation>Логин не может содержать пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="88" />
        <source>The login may contain only Latin letters, digits and . _ - @; not allowed: {characters}</source>
        <translation>Логин может содержать только латинские буквы, цифры и . _ - @; недопустимо: {characters}</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="92" />
        <source>Enter the password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="93" />
        <source>The password must be at least {min_length} characters long.</source>
        <translation>Пароль должен быть не короче {min_length} символов.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="96" />
        <source>The password must contain at least one digit.</source>
        <translation>Пароль должен содержать хотя бы одну цифру.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="99" />
        <source>The password must contain at least one Latin letter.</source>
        <translation>Пароль должен содержать хотя бы одну латинскую букву.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="102" />
        <source>The password must contain at least one capital letter.</source>
        <translation>Пароль должен содержать хотя бы одну заглавную букву.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="105" />
        <source>The password must contain at least one lower-case letter.</source>
        <translation>Пароль должен содержать хотя бы одну строчную букву.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/identity.py" line="108" />
        <source>The password must not contain the login.</source>
        <translation>Пароль не должен содержать логин.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="9" />
        <source>«{text}» looks like none of: account number, phone, e-mail, login, surname, address, meter serial, receipt number, INN. Choose what to search for.</source>
        <translation>«{text}» не похоже ни на номер лицевого счёта, ни на телефон, e-mail, логин, фамилию, адрес, номер счётчика, номер квитанции или ИНН. Выберите, что искать.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="14" />
        <source>«{text}» cannot be an account number: use only letters and digits, at most 20.</source>
        <translation>«{text}» не может быть номером лицевого счёта: допустимы только буквы и цифры, не более 20.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="17" />
        <source>«{text}» is not a Russian phone number (+7 and ten digits).</source>
        <translation>«{text}» — не российский номер телефона (+7 и десять цифр).</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="20" />
        <source>«{text}» cannot be an e-mail address: it contains spaces.</source>
        <translation>«{text}» не может быть адресом e-mail: в нём есть пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="23" />
        <source>«{text}» cannot be a portal login: it contains spaces.</source>
        <translation>«{text}» не может быть логином личного кабинета: в нём есть пробелы.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="26" />
        <source>«{text}» is not a surname: write it in Cyrillic, optionally followed by initials.</source>
        <translation>«{text}» — не фамилия: напишите её кириллицей, можно с инициалами.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="30" />
        <source>«{text}» is not an address: write a street, then the house and flat.</source>
        <translation>«{text}» — не адрес: укажите улицу, затем номер дома и квартиры.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="33" />
        <source>«{text}» cannot be a meter serial number: use only letters and digits.</source>
        <translation>«{text}» не может быть номером счётчика: допустимы только буквы и цифры.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="37" />
        <source>«{text}» cannot be a receipt number: use only letters and digits, at most 20.</source>
        <translation>«{text}» не может быть номером квитанции: допустимы только буквы и цифры, не более 20.</translation>
    </message>
    <message>
        <location filename="../../console/problem_texts/lookup.py" line="40" />
        <source>«{text}» is not an INN: an INN has 10 or 12 digits.</source>
        <translation>«{text}» — не ИНН: в ИНН 10 или 12 цифр.</translation>
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
</context>
<context>
    <name>StartupDialog</name>
    <message>
        <location filename="../../console/startup.py" line="26" />
        <source>Billing operator console</source>
        <translation>Консоль оператора биллинга</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="28" />
        <source>Connecting to the database…</source>
        <translation>Подключение к базе данных…</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="33" />
        <source>Progress</source>
        <translation>Ход выполнения</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="37" />
        <source>&amp;Retry</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="42" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="54" />
        <source>Starting the embedded database</source>
        <translation>Запуск встроенной базы данных</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="57" />
        <source>Applying migrations</source>
        <translation>Обновление схемы базы данных</translation>
    </message>
    <message>
        <location filename="../../console/startup.py" line="66" />
        <source>Filling the training database with demo data (first start only)…</source>
        <translation>Заполнение учебной базы демонстрационными данными (только при первом запуске)…</translation>
    </message>
</context>
<context>
    <name>self.startup</name>
    <message>
        <location filename="../../console/app.py" line="46" />
        <source>Connecting to the database…</source>
        <translation>Подключение к базе данных…</translation>
    </message>
</context>
</TS>