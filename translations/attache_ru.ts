<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>audience</name>
    <message>
        <source>gazetteer: %1, line %2 is malformed</source>
        <translation>справочник мест: %1, строка %2 имеет неверный формат</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>the gazetteer cannot be read</source>
        <translation>не удаётся прочитать справочник мест</translation>
    </message>
    <message>
        <source>Other countries</source>
        <translation>Другие страны</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Неизвестно</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Бизнес</translation>
    </message>
    <message>
        <source>News</source>
        <translation>Новости</translation>
    </message>
    <message>
        <source>Politics</source>
        <translation>Политика</translation>
    </message>
    <message>
        <source>Culture</source>
        <translation>Культура</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Путешествия</translation>
    </message>
    <message>
        <source>Sport</source>
        <translation>Спорт</translation>
    </message>
    <message>
        <source>Science</source>
        <translation>Наука</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Образование</translation>
    </message>
    <message>
        <source>Members of Parliament</source>
        <translation>Депутаты парламента</translation>
    </message>
    <message>
        <source>Members of the European Parliament</source>
        <translation>Депутаты Европарламента</translation>
    </message>
    <message>
        <source>Local authorities</source>
        <translation>Местные власти</translation>
    </message>
    <message>
        <source>Journalists and media</source>
        <translation>Журналисты и СМИ</translation>
    </message>
    <message>
        <source>Correspondents in Moscow</source>
        <translation>Корреспонденты в Москве</translation>
    </message>
    <message>
        <source>Diplomats and embassies</source>
        <translation>Дипломаты и посольства</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другие</translation>
    </message>
    <message>
        <source>Opinion in the inbox, per day</source>
        <translation>Мнения во входящих по дням</translation>
    </message>
    <message>
        <source>%1 gave the number of followers (%2) but no breakdown; the last breakdown is kept.</source>
        <translation>%1: платформа сообщила число подписчиков (%2), но без разбивки; оставлена последняя разбивка.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <source>“%1” could not be written.</source>
        <translation>Не удалось записать «%1».</translation>
    </message>
    <message>
        <source>Save as PNG…</source>
        <translation>Сохранить как PNG…</translation>
    </message>
    <message>
        <source>Save as SVG…</source>
        <translation>Сохранить как SVG…</translation>
    </message>
    <message>
        <source>Save data as CSV…</source>
        <translation>Сохранить данные как CSV…</translation>
    </message>
    <message numerus="yes">
        <source>nothing imported: %n bad line(s)</source>
        <translation>
            <numerusform>ничего не импортировано: %n ошибочная строка</numerusform>
            <numerusform>ничего не импортировано: %n ошибочные строки</numerusform>
            <numerusform>ничего не импортировано: %n ошибочных строк</numerusform>
        </translation>
    </message>
    <message>
        <source>--followers takes the account's number of followers</source>
        <translation>--followers принимает число подписчиков аккаунта</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>usage: audience import --account ID [--workspace PATH] [--followers N] FILE</source>
        <translation>использование: audience import --account ID [--workspace ПУТЬ] [--followers N] ФАЙЛ</translation>
    </message>
    <message>
        <source>'%1' is neither CSV (.csv, .tsv) nor JSON (.json, .jsonl)</source>
        <translation>«%1» — не CSV (.csv, .tsv) и не JSON (.json, .jsonl)</translation>
    </message>
    <message>
        <source>cannot read '%1': %2</source>
        <translation>не удаётся прочитать «%1»: %2</translation>
    </message>
    <message>
        <source>no account '%1' in this workspace</source>
        <translation>в этом рабочем пространстве нет аккаунта «%1»</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… и ещё %1</translation>
    </message>
    <message>
        <source>imported %1 followers of %2 as snapshot %3</source>
        <translation>импортировано подписчиков: %1 (%2), снимок %3</translation>
    </message>
    <message>
        <source>not available: %1 no longer reports it</source>
        <translation>недоступно: %1 больше не сообщает эти данные</translation>
    </message>
    <message>
        <source>Followers, with published posts marked</source>
        <translation>Подписчики и отмеченные публикации</translation>
    </message>
    <message>
        <source>%1, %2: %3 followers</source>
        <translation>%1, %2: подписчиков — %3</translation>
    </message>
    <message>
        <source>%1: posts</source>
        <translation>%1: публикации</translation>
    </message>
    <message>
        <source>%1 — “%2”, %3</source>
        <translation>%1 — «%2», %3</translation>
    </message>
    <message>
        <source>reach %1, engagement %2</source>
        <translation>охват %1, вовлечённость %2</translation>
    </message>
    <message>
        <source>no data in this range</source>
        <translation>нет данных за этот период</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Reach and engagement per post</source>
        <translation>Охват и вовлечённость по публикациям</translation>
    </message>
    <message>
        <source>no published posts measured in this range</source>
        <translation>за этот период нет измеренных публикаций</translation>
    </message>
    <message>
        <source>Reach: %1</source>
        <translation>Охват: %1</translation>
    </message>
    <message>
        <source>Impressions: %1</source>
        <translation>Показы: %1</translation>
    </message>
    <message>
        <source>Reactions %1, comments %2, shares %3</source>
        <translation>Реакции: %1, комментарии: %2, репосты: %3</translation>
    </message>
    <message>
        <source>Quotes: %1</source>
        <translation>Цитаты: %1</translation>
    </message>
    <message>
        <source>Engagement</source>
        <translation>Вовлечённость</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation>Охват</translation>
    </message>
    <message>
        <source>Opinion in the inbox, per week</source>
        <translation>Мнения во входящих, по неделям</translation>
    </message>
    <message>
        <source>%1, %2: %3 of %4</source>
        <translation>%1, %2: %3 из %4</translation>
    </message>
</context>
<context>
    <name>audience::FollowerImport</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>the file lists no followers</source>
        <translation>в файле нет ни одного подписчика</translation>
    </message>
    <message>
        <source>text after a closing quote</source>
        <translation>текст после закрывающей кавычки</translation>
    </message>
    <message>
        <source>a quoted field opened on this line is never closed</source>
        <translation>поле в кавычках, начатое в этой строке, не закрыто</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>файл пуст</translation>
    </message>
    <message>
        <source>the header names no location or bio column (it has: %1)</source>
        <translation>в заголовке нет столбца с местоположением или описанием профиля (есть: %1)</translation>
    </message>
    <message>
        <source>%1 fields where the header has %2</source>
        <translation>полей: %1, а в заголовке: %2</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>текст не в кодировке UTF-8</translation>
    </message>
    <message>
        <source>"verified" is "%1"; expected true or false</source>
        <translation>«verified» равно «%1»; ожидается true или false</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>"%1" is %2; expected text</source>
        <translation>«%1» — это %2; ожидается текст</translation>
    </message>
    <message>
        <source>"verified" is %1; expected true or false</source>
        <translation>«verified» — это %1; ожидается true или false</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>некорректный JSON: %1</translation>
    </message>
    <message>
        <source>expected an object, found a list</source>
        <translation>ожидался объект, а найден список</translation>
    </message>
    <message>
        <source>the list is not closed with ]</source>
        <translation>список не закрыт скобкой ]</translation>
    </message>
    <message>
        <source>an empty element in the list</source>
        <translation>пустой элемент в списке</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>ожидался объект, а найдено %1</translation>
    </message>
    <message>
        <source>text after the end of the list</source>
        <translation>текст после конца списка</translation>
    </message>
</context>
<context>
    <name>audience::TailoringHint</name>
    <message>
        <source>most interested in business</source>
        <translation>больше всего интересуются бизнесом</translation>
    </message>
    <message>
        <source>most interested in news</source>
        <translation>больше всего интересуются новостями</translation>
    </message>
    <message>
        <source>most interested in politics</source>
        <translation>больше всего интересуются политикой</translation>
    </message>
    <message>
        <source>most interested in culture</source>
        <translation>больше всего интересуются культурой</translation>
    </message>
    <message>
        <source>most interested in sport</source>
        <translation>больше всего интересуются спортом</translation>
    </message>
    <message>
        <source>most interested in science</source>
        <translation>больше всего интересуются наукой</translation>
    </message>
    <message>
        <source>most interested in travel</source>
        <translation>больше всего интересуются путешествиями</translation>
    </message>
    <message>
        <source>most interested in education</source>
        <translation>больше всего интересуются образованием</translation>
    </message>
    <message>
        <source>nearly all</source>
        <translation>почти все</translation>
    </message>
    <message>
        <source>most</source>
        <translation>большинство</translation>
    </message>
    <message>
        <source>two thirds</source>
        <translation>две трети</translation>
    </message>
    <message>
        <source>half</source>
        <translation>половина</translation>
    </message>
    <message>
        <source>a third</source>
        <translation>треть</translation>
    </message>
    <message>
        <source>a quarter</source>
        <translation>четверть</translation>
    </message>
    <message>
        <source>%1% %2</source>
        <translation>%1% — %2</translation>
    </message>
    <message>
        <source>%1, %2 in %3</source>
        <translation>%1, из них %2 — %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>(from a sample of %1)</source>
        <translation>(по выборке из %1)</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>US</source>
        <translation>США</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <source>Print the version and exit.</source>
        <translation>Вывести версию и выйти.</translation>
    </message>
    <message>
        <source>Create the demo workspace in a new file.</source>
        <translation>Создать демонстрационное рабочее пространство в новом файле.</translation>
    </message>
    <message>
        <source>Check a workspace's integrity and schema version without changing it.</source>
        <translation>Проверить целостность и версию схемы рабочего пространства, не изменяя его.</translation>
    </message>
    <message>
        <source>Publish every approved variant that is due, exactly once (--watch: keep publishing until stopped; one publisher per workspace at a time).</source>
        <translation>Опубликовать каждый согласованный вариант, время которого наступило, ровно один раз (--watch: публиковать до остановки; одновременно не более одного процесса публикации на рабочее пространство).</translation>
    </message>
    <message>
        <source>Count each line of standard input (with --json: each line a JSON string) by the platform's rules; prints one JSON object per line, null for a rejected line.</source>
        <translation>Подсчитать длину каждой строки стандартного ввода (с --json: каждая строка — строка JSON) по правилам платформы; выводит по одному объекту JSON на строку, null для отклонённой строки.</translation>
    </message>
    <message>
        <source>Classify each line of standard input (with --json: each line a JSON string): prints one JSON object per line with lang (en, ru, zh, other), stance, score (-1 to 1) and the cues that decided it.</source>
        <translation>Классифицировать каждую строку стандартного ввода (с --json: каждая строка — строка JSON): выводит по одному объекту JSON на строку с полями lang (en, ru, zh, other), stance, score (от -1 до 1) и признаками, определившими результат.</translation>
    </message>
    <message>
        <source>Resolve each line of standard input, a free-text profile location, offline: prints one JSON object per line with country (ISO 3166-1 alpha-2 or null), city (or null) and confidence (0 to 1).</source>
        <translation>Без сети определить место по каждой строке стандартного ввода (местоположение из профиля в свободной форме): выводит по одному объекту JSON на строку с полями country (ISO 3166-1 alpha-2 или null), city (или null) и confidence (от 0 до 1).</translation>
    </message>
    <message>
        <source>Run the local sandbox of X, Facebook and Weibo on 127.0.0.1 until stopped (port 0 picks a free one; the first line names it).</source>
        <translation>Запустить локальную песочницу X, Facebook и Weibo на 127.0.0.1 до остановки (порт 0 выбирает свободный; он указан в первой строке вывода).</translation>
    </message>
    <message>
        <source>usage: attachectl COMMAND [ARGUMENTS]</source>
        <translation>использование: attachectl КОМАНДА [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>Headless commands over an Attaché workspace.</source>
        <translation>Команды для рабочего пространства Attaché без графического интерфейса.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Команды:</translation>
    </message>
    <message>
        <source>Exit codes:</source>
        <translation>Коды завершения:</translation>
    </message>
    <message>
        <source>  0  success</source>
        <translation>  0  успешно</translation>
    </message>
    <message>
        <source>  1  the command ran and failed</source>
        <translation>  1  команда выполнена, но с ошибкой</translation>
    </message>
    <message>
        <source>  2  wrong command line</source>
        <translation>  2  неверная командная строка</translation>
    </message>
    <message>
        <source>  3  the workspace cannot be opened (missing, corrupt, newer, locked or read-only)</source>
        <translation>  3  не удаётся открыть рабочее пространство (нет файла, повреждено, более новой версии, заблокировано или только для чтения)</translation>
    </message>
    <message>
        <source>  4  some input lines were rejected (each reported on stderr)</source>
        <translation>  4  некоторые входные строки отклонены (каждая указана в stderr)</translation>
    </message>
    <message>
        <source>unknown command '%1' (see attachectl --help)</source>
        <translation>неизвестная команда «%1» (см. attachectl --help)</translation>
    </message>
    <message>
        <source>unknown argument '%1' (see attachectl sandbox serve --help)</source>
        <translation>неизвестный аргумент «%1» (см. attachectl sandbox serve --help)</translation>
    </message>
    <message>
        <source>'%1' needs a number</source>
        <translation>для «%1» нужно число</translation>
    </message>
    <message>
        <source>--port N is required (0 picks a free port)</source>
        <translation>требуется --port N (0 выбирает свободный порт)</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port in use?)</source>
        <translation>не удаётся слушать 127.0.0.1:%1 (порт занят?)</translation>
    </message>
    <message>
        <source>sandbox listening on %1</source>
        <translation>песочница слушает %1</translation>
    </message>
    <message>
        <source>X at /2/..., Graph at /v25.0/..., Weibo at /2/....json; faults: POST /_sandbox/faults; stop with Ctrl+C</source>
        <translation>X: /2/..., Graph: /v25.0/..., Weibo: /2/....json; сбои: POST /_sandbox/faults; остановка: Ctrl+C</translation>
    </message>
    <message>
        <source>usage: attachectl demo create PATH</source>
        <translation>использование: attachectl demo create ПУТЬ</translation>
    </message>
    <message>
        <source>%1 already exists; the demo is only created in a new file.</source>
        <translation>%1 уже существует; демонстрационное пространство создаётся только в новом файле.</translation>
    </message>
    <message>
        <source>Created the demo workspace %1</source>
        <translation>Создано демонстрационное рабочее пространство %1</translation>
    </message>
    <message>
        <source>usage: attachectl workspace check PATH</source>
        <translation>использование: attachectl workspace check ПУТЬ</translation>
    </message>
    <message>
        <source>schema version: %1 (this version of Attaché writes %2)</source>
        <translation>версия схемы: %1 (эта версия Attaché записывает %2)</translation>
    </message>
    <message>
        <source>upgrade: the workspace will be upgraded (after a backup) when it is next opened</source>
        <translation>обновление: рабочее пространство будет обновлено (после резервного копирования) при следующем открытии</translation>
    </message>
    <message>
        <source>integrity: ok</source>
        <translation>целостность: в порядке</translation>
    </message>
    <message>
        <source>integrity: %1</source>
        <translation>целостность: %1</translation>
    </message>
    <message numerus="yes">
        <source>the workspace is damaged (%n problem(s))</source>
        <translation>
            <numerusform>рабочее пространство повреждено (%n проблема)</numerusform>
            <numerusform>рабочее пространство повреждено (%n проблемы)</numerusform>
            <numerusform>рабочее пространство повреждено (%n проблем)</numerusform>
        </translation>
    </message>
    <message>
        <source>line %1: not a JSON string</source>
        <translation>строка %1: не строка JSON</translation>
    </message>
    <message>
        <source>Add N generated mentions (English, Russian, Chinese; every stance) to a workspace through the real ingest path, with progress on stderr.</source>
        <translation>Добавить в рабочее пространство N сгенерированных упоминаний (на английском, русском и китайском, с любой позицией) через настоящий путь приёма, с ходом работы в stderr.</translation>
    </message>
    <message>
        <source>Import a follower export (CSV with a header naming location, bio and verified columns, or JSON objects) as one aggregate snapshot of the account; bad lines are listed with their numbers and then nothing is stored (exit code 4).</source>
        <translation>Импортировать выгрузку подписчиков (CSV с заголовком, где названы столбцы location, bio и verified, или объекты JSON) как один сводный снимок аккаунта; ошибочные строки перечисляются с номерами, и тогда ничего не сохраняется (код выхода 4).</translation>
    </message>
    <message>
        <source>%1 takes a positive number</source>
        <translation>%1 принимает положительное число</translation>
    </message>
    <message>
        <source>unknown option '%1'</source>
        <translation>неизвестный параметр «%1»</translation>
    </message>
    <message>
        <source>usage: attachectl demo mentions --count N [--workspace PATH] [--seed S]</source>
        <translation>использование: attachectl demo mentions --count N [--workspace PATH] [--seed S]</translation>
    </message>
    <message>
        <source>%1 of %2 mentions</source>
        <translation>%1 из %2 упоминаний</translation>
    </message>
    <message>
        <source>Stored %1 new mentions in %2 (%3 s, %4 a second)</source>
        <translation>Сохранено новых упоминаний: %1 в %2 (%3 с, %4 в секунду)</translation>
    </message>
    <message>
        <source>%1 takes a positive number of seconds</source>
        <translation>%1 принимает положительное число секунд</translation>
    </message>
    <message>
        <source>another publisher (%1) is running for this workspace</source>
        <translation>для этого рабочего пространства уже работает другой публикатор (%1)</translation>
    </message>
    <message>
        <source>cannot set up signal handling</source>
        <translation>не удаётся настроить обработку сигналов</translation>
    </message>
    <message>
        <source>publishing</source>
        <translation>публикация</translation>
    </message>
    <message>
        <source>another publisher (%1) is running; waiting for its lease to end</source>
        <translation>работает другой публикатор (%1); ждём окончания его аренды</translation>
    </message>
</context>
<context>
    <name>compose</name>
    <message>
        <source>%1 does not take this kind of file (%2); it takes %3.</source>
        <translation>%1 не принимает файлы такого типа (%2); принимает: %3.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>неизвестно</translation>
    </message>
    <message>
        <source>Too large for %1: %2, at most %3.</source>
        <translation>Слишком большой файл для %1: %2, допустимо не более %3.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is no longer at %1.</source>
        <translation>Файла больше нет по адресу %1.</translation>
    </message>
    <message>
        <source>A reply on %1 is a comment and cannot carry pictures here.</source>
        <translation>Ответ в %1 — это комментарий, к нему здесь нельзя прикрепить изображения.</translation>
    </message>
    <message>
        <source>Too many pictures for %1: %2 attached, at most %3.</source>
        <translation>Слишком много изображений для %1: прикреплено %2, допустимо не более %3.</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>Не удаётся прочитать %1.</translation>
    </message>
    <message>
        <source>%1 is too large for any platform (%2).</source>
        <translation>%1 слишком велик для любой платформы (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>The attached file %1 cannot be read: %2</source>
        <translation>Не удаётся прочитать прикреплённый файл %1: %2</translation>
    </message>
    <message>
        <source>The attached file %1 changed after it was attached; attach it again.</source>
        <translation>Прикреплённый файл %1 изменился после прикрепления; прикрепите его заново.</translation>
    </message>
    <message>
        <source>The comment this answers is no longer in the inbox, so the post it is on is not known and Weibo cannot take the reply.</source>
        <translation>Комментария, на который дан ответ, больше нет во входящих, поэтому неизвестно, к какому посту он относится, и Weibo не примет ответ.</translation>
    </message>
    <message>
        <source>The platform says this text was already posted, but it is not among the account's recent posts. Change the text a little and schedule it again.</source>
        <translation>Платформа сообщает, что этот текст уже публиковался, но среди недавних публикаций аккаунта его нет. Немного измените текст и запланируйте снова.</translation>
    </message>
    <message>
        <source>The last attempt was interrupted and the post is not on the platform; it will be sent again.</source>
        <translation>Последняя попытка прервалась, и публикации на платформе нет; она будет отправлена снова.</translation>
    </message>
    <message>
        <source>The last attempt was interrupted; the reply will be sent again (Weibo refuses it if the first one arrived).</source>
        <translation>Последняя попытка прервалась; ответ будет отправлен снова (Weibo отклонит его, если первый дошёл).</translation>
    </message>
    <message>
        <source>The last attempt was interrupted and the reply is not on the platform; it will be sent again.</source>
        <translation>Последняя попытка прервалась, и ответа на платформе нет; он будет отправлен снова.</translation>
    </message>
    <message>
        <source>The last attempt was interrupted; it will be checked and sent again.</source>
        <translation>Последняя попытка прервалась; публикация будет проверена и отправлена снова.</translation>
    </message>
    <message>
        <source>The last attempt was interrupted and this part of the thread is not on the platform; it will be sent again.</source>
        <translation>Последняя попытка прервалась, и этой части ветки на платформе нет; она будет отправлена снова.</translation>
    </message>
</context>
<context>
    <name>compose::PostDraft</name>
    <message>
        <source>%1 forbids identical posts on several accounts: %2 have the same text. Adapt each variant to its account and audience before it goes out.</source>
        <translation>%1 запрещает одинаковые публикации в нескольких аккаунтах: у аккаунтов %2 одинаковый текст. Перед публикацией адаптируйте каждый вариант к его аккаунту и аудитории.</translation>
    </message>
    <message>
        <source>%1 forbid identical content on several accounts: %2 have the same text. Adapt each variant to its account and audience before it goes out.</source>
        <translation>%1 запрещают одинаковое содержимое в нескольких аккаунтах: у аккаунтов %2 одинаковый текст. Перед публикацией адаптируйте каждый вариант к его аккаунту и аудитории.</translation>
    </message>
    <message>
        <source>Post of %1</source>
        <translation>Публикация от %1</translation>
    </message>
    <message>
        <source>%1 cannot be taken off this post: %2</source>
        <translation>%1 нельзя убрать из этой публикации: %2</translation>
    </message>
    <message>
        <source>There is no such variant.</source>
        <translation>Такого варианта нет.</translation>
    </message>
    <message>
        <source>This variant can no longer be changed.</source>
        <translation>Этот вариант больше нельзя изменить.</translation>
    </message>
    <message>
        <source>Attachments changed after approval: to be verified again.</source>
        <translation>Вложения изменены после одобрения: нужна повторная проверка.</translation>
    </message>
</context>
<context>
    <name>countries</name>
    <message>
        <source>United Kingdom</source>
        <translation>Великобритания</translation>
    </message>
    <message>
        <source>United States</source>
        <translation>США</translation>
    </message>
    <message>
        <source>Russia</source>
        <translation>Россия</translation>
    </message>
    <message>
        <source>Germany</source>
        <translation>Германия</translation>
    </message>
    <message>
        <source>France</source>
        <translation>Франция</translation>
    </message>
    <message>
        <source>Ireland</source>
        <translation>Ирландия</translation>
    </message>
    <message>
        <source>India</source>
        <translation>Индия</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Канада</translation>
    </message>
    <message>
        <source>Australia</source>
        <translation>Австралия</translation>
    </message>
    <message>
        <source>Ukraine</source>
        <translation>Украина</translation>
    </message>
    <message>
        <source>Netherlands</source>
        <translation>Нидерланды</translation>
    </message>
    <message>
        <source>Italy</source>
        <translation>Италия</translation>
    </message>
    <message>
        <source>Spain</source>
        <translation>Испания</translation>
    </message>
    <message>
        <source>Belgium</source>
        <translation>Бельгия</translation>
    </message>
    <message>
        <source>Switzerland</source>
        <translation>Швейцария</translation>
    </message>
    <message>
        <source>Kazakhstan</source>
        <translation>Казахстан</translation>
    </message>
    <message>
        <source>Belarus</source>
        <translation>Беларусь</translation>
    </message>
    <message>
        <source>Latvia</source>
        <translation>Латвия</translation>
    </message>
    <message>
        <source>Lithuania</source>
        <translation>Литва</translation>
    </message>
    <message>
        <source>Estonia</source>
        <translation>Эстония</translation>
    </message>
    <message>
        <source>China</source>
        <translation>Китай</translation>
    </message>
    <message>
        <source>Hong Kong</source>
        <translation>Гонконг</translation>
    </message>
    <message>
        <source>Taiwan</source>
        <translation>Тайвань</translation>
    </message>
    <message>
        <source>Japan</source>
        <translation>Япония</translation>
    </message>
    <message>
        <source>Poland</source>
        <translation>Польша</translation>
    </message>
    <message>
        <source>Sweden</source>
        <translation>Швеция</translation>
    </message>
    <message>
        <source>Norway</source>
        <translation>Норвегия</translation>
    </message>
    <message>
        <source>Finland</source>
        <translation>Финляндия</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Дания</translation>
    </message>
    <message>
        <source>Austria</source>
        <translation>Австрия</translation>
    </message>
    <message>
        <source>Turkey</source>
        <translation>Турция</translation>
    </message>
    <message>
        <source>Israel</source>
        <translation>Израиль</translation>
    </message>
    <message>
        <source>United Arab Emirates</source>
        <translation>ОАЭ</translation>
    </message>
    <message>
        <source>Saudi Arabia</source>
        <translation>Саудовская Аравия</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Сирия</translation>
    </message>
    <message>
        <source>Brazil</source>
        <translation>Бразилия</translation>
    </message>
    <message>
        <source>Portugal</source>
        <translation>Португалия</translation>
    </message>
    <message>
        <source>Greece</source>
        <translation>Греция</translation>
    </message>
    <message>
        <source>Czechia</source>
        <translation>Чехия</translation>
    </message>
    <message>
        <source>Serbia</source>
        <translation>Сербия</translation>
    </message>
    <message>
        <source>Georgia</source>
        <translation>Грузия</translation>
    </message>
    <message>
        <source>Armenia</source>
        <translation>Армения</translation>
    </message>
    <message>
        <source>Azerbaijan</source>
        <translation>Азербайджан</translation>
    </message>
    <message>
        <source>Uzbekistan</source>
        <translation>Узбекистан</translation>
    </message>
    <message>
        <source>Moldova</source>
        <translation>Молдова</translation>
    </message>
</context>
<context>
    <name>domain</name>
    <message>
        <source>Unclassified</source>
        <translation>Не определено</translation>
    </message>
    <message>
        <source>Criticism</source>
        <translation>Критика</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Вопрос</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>Нейтрально</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новое</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Назначено</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Отвечено</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translation>Передано выше</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <source>Facebook</source>
        <translation>Facebook</translation>
    </message>
    <message>
        <source>Weibo</source>
        <translation>Weibo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>На проверке</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланирован</translation>
    </message>
    <message>
        <source>Publishing</source>
        <translation>Публикуется</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубликован</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Ошибка</translation>
    </message>
    <message>
        <source>A post cannot go from “%1” to “%2”.</source>
        <translation>Публикацию нельзя перевести из «%1» в «%2».</translation>
    </message>
    <message>
        <source>Going from “%1” to “%2” needs a reason.</source>
        <translation>Для перехода из «%1» в «%2» нужна причина.</translation>
    </message>
</context>
<context>
    <name>inbox</name>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>Choose a stance to correct it to.</source>
        <translation>Выберите правильную позицию.</translation>
    </message>
    <message>
        <source>The lexicon %1 could not be read.</source>
        <translation>Не удалось прочитать словарь %1.</translation>
    </message>
    <message>
        <source>%1, line %2: expected term, kind and value.</source>
        <translation>%1, строка %2: ожидаются термин, тип и значение.</translation>
    </message>
    <message>
        <source>%1, line %2: unknown kind “%3”.</source>
        <translation>%1, строка %2: неизвестный тип «%3».</translation>
    </message>
    <message>
        <source>Storm of criticism: %1 critical items in the last hour, against about %2 an hour over the day before.</source>
        <translation>Волна критики: критических записей за последний час — %1, тогда как за предыдущие сутки в среднем около %2 в час.</translation>
    </message>
    <message>
        <source>A page of mentions could not be read.</source>
        <translation>Не удалось прочитать страницу упоминаний.</translation>
    </message>
    <message>
        <source>A generated page of mentions could not be read.</source>
        <translation>Не удалось прочитать сгенерированную страницу упоминаний.</translation>
    </message>
    <message>
        <source>The generated mentions could not be saved.</source>
        <translation>Не удалось сохранить сгенерированные упоминания.</translation>
    </message>
</context>
<context>
    <name>inbox::Backfill</name>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded; there is more — load older again to go on.</source>
        <translation>
            <numerusform>%1: загружена %n более ранняя запись; есть ещё — загрузите снова, чтобы продолжить.</numerusform>
            <numerusform>%1: загружено %n более ранние записи; есть ещё — загрузите снова, чтобы продолжить.</numerusform>
            <numerusform>%1: загружено %n более ранних записей; есть ещё — загрузите снова, чтобы продолжить.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded, back to the date asked for.</source>
        <translation>
            <numerusform>%1: загружена %n более ранняя запись — до указанной даты.</numerusform>
            <numerusform>%1: загружено %n более ранние записи — до указанной даты.</numerusform>
            <numerusform>%1: загружено %n более ранних записей — до указанной даты.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded; the platform has nothing older.</source>
        <translation>
            <numerusform>%1: загружена %n более ранняя запись; более старых на платформе нет.</numerusform>
            <numerusform>%1: загружено %n более ранние записи; более старых на платформе нет.</numerusform>
            <numerusform>%1: загружено %n более ранних записей; более старых на платформе нет.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n older item(s) loaded; X gives only the 800 most recent mentions, so nothing older can be read.</source>
        <translation>
            <numerusform>%1: загружена %n более ранняя запись; X отдаёт только 800 последних упоминаний, более старые прочитать нельзя.</numerusform>
            <numerusform>%1: загружено %n более ранние записи; X отдаёт только 800 последних упоминаний, более старые прочитать нельзя.</numerusform>
            <numerusform>%1: загружено %n более ранних записей; X отдаёт только 800 последних упоминаний, более старые прочитать нельзя.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: stopped after %n new item(s): %2 Loading older again resumes where it stopped.</source>
        <translation>
            <numerusform>%1: остановлено после %n новой записи: %2 Повторная загрузка продолжит с того же места.</numerusform>
            <numerusform>%1: остановлено после %n новых записей: %2 Повторная загрузка продолжит с того же места.</numerusform>
            <numerusform>%1: остановлено после %n новых записей: %2 Повторная загрузка продолжит с того же места.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: cancelled after %n new item(s); loading older again resumes there.</source>
        <translation>
            <numerusform>%1: отменено после %n новой записи; повторная загрузка продолжит с этого места.</numerusform>
            <numerusform>%1: отменено после %n новых записей; повторная загрузка продолжит с этого места.</numerusform>
            <numerusform>%1: отменено после %n новых записей; повторная загрузка продолжит с этого места.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (mentions)</source>
        <translation>%1 (упоминания)</translation>
    </message>
    <message>
        <source>%1 (comments)</source>
        <translation>%1 (комментарии)</translation>
    </message>
    <message>
        <source>%1 (comments on older posts)</source>
        <translation>%1 (комментарии к более старым публикациям)</translation>
    </message>
</context>
<context>
    <name>inbox::ReplyService</name>
    <message>
        <source>X does not allow this reply: since February 2026 an app may answer a post only when its author mentioned or quoted our account, and %1 did not. You can still answer on x.com yourself.</source>
        <translation>X не разрешает этот ответ: с февраля 2026 года приложение может отвечать на пост, только если автор упомянул или процитировал наш аккаунт, а %1 этого не сделал(а). Ответить можно вручную на x.com.</translation>
    </message>
    <message>
        <source>Attaché answers on Weibo only comments on our own posts, and this is a post by %1 that mentions us. You can answer it on weibo.com yourself.</source>
        <translation>На Weibo Attaché отвечает только на комментарии к нашим собственным постам, а это пост %1, в котором упоминается наш аккаунт. Ответить на него можно вручную на weibo.com.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>Reply to %1</source>
        <translation>Ответ %1</translation>
    </message>
    <message>
        <source>The workspace is busy; try again.</source>
        <translation>Рабочее пространство занято, попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The reply could not be saved.</source>
        <translation>Не удалось сохранить ответ.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open a freshly generated demo workspace.</source>
        <translation>Открыть заново сгенерированное демонстрационное рабочее пространство.</translation>
    </message>
    <message>
        <source>Open the workspace at PATH.</source>
        <translation>Открыть рабочее пространство по пути PATH.</translation>
    </message>
    <message>
        <source>Save a screenshot of every pane into DIR and exit.</source>
        <translation>Сохранить снимок каждого раздела в DIR и выйти.</translation>
    </message>
    <message>
        <source>Interface language (en, ru, zh_CN).</source>
        <translation>Язык интерфейса (en, ru, zh_CN).</translation>
    </message>
</context>
<context>
    <name>platforms</name>
    <message>
        <source>Connected</source>
        <translation>Подключён</translation>
    </message>
    <message numerus="yes">
        <source>Sign-in expires in %n day(s)</source>
        <translation>
            <numerusform>Вход истекает через %n день</numerusform>
            <numerusform>Вход истекает через %n дня</numerusform>
            <numerusform>Вход истекает через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs sign-in again</source>
        <translation>Нужно войти заново</translation>
    </message>
    <message>
        <source>No Facebook Page is chosen for this account.</source>
        <translation>Для этого аккаунта не выбрана страница Facebook.</translation>
    </message>
    <message>
        <source>Facebook schedules posts from 10 minutes to 30 days ahead.</source>
        <translation>Facebook планирует публикации не ранее чем через 10 минут и не позднее чем через 30 дней.</translation>
    </message>
    <message>
        <source>Facebook comments are read per post.</source>
        <translation>Комментарии Facebook читаются отдельно по каждой публикации.</translation>
    </message>
    <message>
        <source>Facebook sent an answer Attaché cannot read.</source>
        <translation>Facebook прислал ответ, который Attaché не может прочитать.</translation>
    </message>
    <message>
        <source>Facebook returned no data for this metric.</source>
        <translation>Facebook не вернул данных по этому показателю.</translation>
    </message>
    <message>
        <source>This platform does not support this.</source>
        <translation>Эта платформа не поддерживает такую операцию.</translation>
    </message>
    <message>
        <source>The platform did not confirm the request; it may or may not have been carried out. Attaché will check before trying again.</source>
        <translation>Платформа не подтвердила запрос; возможно, он выполнен, а возможно, нет. Attaché проверит это перед повторной попыткой.</translation>
    </message>
    <message>
        <source>The platform could not be reached or had a temporary problem. Try again in a few minutes.</source>
        <translation>Платформа недоступна или временно работает со сбоями. Повторите попытку через несколько минут.</translation>
    </message>
    <message>
        <source>Too many requests. The platform accepts more after %1.</source>
        <translation>Слишком много запросов. Платформа снова примет их после %1.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a few minutes and try again.</source>
        <translation>Слишком много запросов. Подождите несколько минут и повторите попытку.</translation>
    </message>
    <message>
        <source>The account's sign-in has expired or was revoked. Sign in again.</source>
        <translation>Срок входа в аккаунт истёк или вход был отозван. Войдите заново.</translation>
    </message>
    <message>
        <source>The account or the app is not permitted to do this on the platform.</source>
        <translation>У аккаунта или приложения нет разрешения на это действие на платформе.</translation>
    </message>
    <message>
        <source>The platform refused the content under its rules.</source>
        <translation>Платформа отклонила содержимое по своим правилам.</translation>
    </message>
    <message>
        <source>The platform refused this as a duplicate of something already posted.</source>
        <translation>Платформа отклонила это как повтор уже опубликованного.</translation>
    </message>
    <message>
        <source>The platform rejected the request as invalid.</source>
        <translation>Платформа отклонила запрос как недопустимый.</translation>
    </message>
    <message>
        <source>The post, comment or account no longer exists.</source>
        <translation>Публикация, комментарий или аккаунт больше не существует.</translation>
    </message>
    <message>
        <source>%1 (The platform said: %2)</source>
        <translation>%1 (ответ платформы: %2)</translation>
    </message>
    <message>
        <source>The platform refused the sign-in.</source>
        <translation>Платформа отказала во входе.</translation>
    </message>
    <message>
        <source>Attaché could not open a local port for the sign-in.</source>
        <translation>Attaché не удалось открыть локальный порт для входа.</translation>
    </message>
    <message>
        <source>Signed in. You can close this page and return to Attaché.</source>
        <translation>Вход выполнен. Эту страницу можно закрыть и вернуться в Attaché.</translation>
    </message>
    <message>
        <source>The sign-in was not completed in time.</source>
        <translation>Вход не был завершён вовремя.</translation>
    </message>
    <message>
        <source>The platform address "%1" is not a valid URL.</source>
        <translation>Адрес платформы «%1» не является допустимым URL.</translation>
    </message>
    <message>
        <source>The platform address "%1" must start with https:// (plain http is only allowed for this computer, 127.0.0.1).</source>
        <translation>Адрес платформы «%1» должен начинаться с https:// (обычный http допускается только для этого компьютера, 127.0.0.1).</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Нет ответа в течение %1 с.</translation>
    </message>
    <message>
        <source>The connection closed before the platform answered.</source>
        <translation>Соединение закрылось до ответа платформы.</translation>
    </message>
    <message>
        <source>No saved sign-in was found for this account. Sign in again.</source>
        <translation>Для этого аккаунта нет сохранённого входа. Войдите заново.</translation>
    </message>
    <message>
        <source>The system keychain refused access. Unlock your keyring (for example "Passwords and Keys" or KWallet) and try again.</source>
        <translation>Системная связка ключей отказала в доступе. Разблокируйте хранилище паролей (например, «Пароли и ключи» или KWallet) и повторите попытку.</translation>
    </message>
    <message>
        <source>Attaché keeps sign-in tokens only in the system keychain, and none could be reached (%1). Install and start a Secret Service keyring — on Debian: sudo apt install gnome-keyring libsecret-1-0 — and make sure it runs and is unlocked in your desktop session (on a server, start one with dbus-run-session and gnome-keyring-daemon --unlock). Then try again. Tokens are never saved anywhere else.</source>
        <translation>Attaché хранит токены входа только в системной связке ключей, но она недоступна (%1). Установите и запустите хранилище паролей Secret Service (в Debian: sudo apt install gnome-keyring libsecret-1-0) и убедитесь, что оно работает и разблокировано в вашем сеансе (на сервере запустите его через dbus-run-session и gnome-keyring-daemon --unlock). Затем повторите попытку. Больше нигде токены не сохраняются.</translation>
    </message>
    <message>
        <source>no details</source>
        <translation>без подробностей</translation>
    </message>
    <message>
        <source>Weibo needs the app's registered safe domain in the workspace settings before it can post.</source>
        <translation>Чтобы публиковать в Weibo, укажите в настройках рабочего пространства зарегистрированный безопасный домен приложения.</translation>
    </message>
    <message>
        <source>Weibo only accepts a post that links to %1. Add a link to the embassy's site.</source>
        <translation>Weibo принимает только публикации со ссылкой на %1. Добавьте ссылку на сайт посольства.</translation>
    </message>
    <message>
        <source>The picture is no longer available.</source>
        <translation>Изображение больше недоступно.</translation>
    </message>
    <message>
        <source>Weibo takes one JPEG, GIF or PNG under 5 MB.</source>
        <translation>Weibo принимает одно изображение JPEG, GIF или PNG размером до 5 МБ.</translation>
    </message>
    <message>
        <source>Weibo sent an answer Attaché cannot read.</source>
        <translation>Weibo прислал ответ, который Attaché не может прочитать.</translation>
    </message>
    <message>
        <source>X does not allow media in a quote post.</source>
        <translation>X не допускает медиафайлы в публикации с цитатой.</translation>
    </message>
    <message>
        <source>X allows at most 4 media per post.</source>
        <translation>X допускает не более 4 медиафайлов в публикации.</translation>
    </message>
    <message>
        <source>An X poll needs 2 to 4 options of at most 25 characters, lasts 5 minutes to 7 days, and cannot have media or a quote.</source>
        <translation>В опросе X должно быть от 2 до 4 вариантов ответа длиной не более 25 символов; он длится от 5 минут до 7 дней и не может содержать медиафайлы или цитату.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Файл пуст.</translation>
    </message>
    <message>
        <source>The file is too large.</source>
        <translation>Файл слишком большой.</translation>
    </message>
    <message>
        <source>X is still processing the media; try later.</source>
        <translation>X ещё обрабатывает медиафайл; повторите попытку позже.</translation>
    </message>
    <message>
        <source>X could not process the media file.</source>
        <translation>X не удалось обработать медиафайл.</translation>
    </message>
    <message>
        <source>X sent an answer Attaché cannot read.</source>
        <translation>X прислал ответ, который Attaché не может прочитать.</translation>
    </message>
    <message>
        <source>Between 1 and 100 posts at a time.</source>
        <translation>От 1 до 100 публикаций за раз.</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <source>The account %1 is already in this workspace.</source>
        <translation>Аккаунт %1 уже есть в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>The account %1 could not be added.</source>
        <translation>Не удалось добавить аккаунт %1.</translation>
    </message>
    <message>
        <source>The accounts could not be read.</source>
        <translation>Не удалось прочитать аккаунты.</translation>
    </message>
    <message>
        <source>The account could not be read.</source>
        <translation>Не удалось прочитать аккаунт.</translation>
    </message>
    <message>
        <source>There is no account %1 in this workspace.</source>
        <translation>В этом рабочем пространстве нет аккаунта %1.</translation>
    </message>
    <message>
        <source>The account could not be saved.</source>
        <translation>Не удалось сохранить аккаунт.</translation>
    </message>
    <message>
        <source>The audience snapshot could not be saved.</source>
        <translation>Не удалось сохранить снимок аудитории.</translation>
    </message>
    <message>
        <source>The follower history could not be read.</source>
        <translation>Не удалось прочитать историю подписчиков.</translation>
    </message>
    <message>
        <source>The audience could not be read.</source>
        <translation>Не удалось прочитать данные об аудитории.</translation>
    </message>
    <message>
        <source>The audit log could not be written.</source>
        <translation>Не удалось записать журнал аудита.</translation>
    </message>
    <message>
        <source>The audit log could not be read.</source>
        <translation>Не удалось прочитать журнал аудита.</translation>
    </message>
    <message>
        <source>The workspace “%1” is in use by another program that is writing to it. Close that program or try again in a moment.</source>
        <translation>Рабочее пространство «%1» занято другой программой, которая в него записывает. Закройте эту программу или повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>“%1” is not an Attaché workspace (it is not a database). The file was left untouched.</source>
        <translation>«%1» не является рабочим пространством Attaché (это не база данных). Файл не изменён.</translation>
    </message>
    <message>
        <source>The workspace “%1” is damaged and cannot be read. The file was left untouched; restore it from a backup.</source>
        <translation>Рабочее пространство «%1» повреждено и не может быть прочитано. Файл не изменён; восстановите его из резервной копии.</translation>
    </message>
    <message>
        <source>The workspace “%1” is read-only. Make the file and its folder writable, or copy it somewhere you can write.</source>
        <translation>Рабочее пространство «%1» доступно только для чтения. Разрешите запись в файл и его папку или скопируйте файл туда, где запись разрешена.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be opened.</source>
        <translation>Не удалось открыть рабочее пространство «%1».</translation>
    </message>
    <message>
        <source>There is no workspace at “%1”.</source>
        <translation>Рабочее пространство «%1» не найдено.</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be read: %2</source>
        <translation>Не удаётся прочитать рабочее пространство «%1»: %2</translation>
    </message>
    <message>
        <source>The workspace “%1” cannot be created.</source>
        <translation>Не удаётся создать рабочее пространство «%1».</translation>
    </message>
    <message>
        <source>The team server %1 cannot be reached. Check that it runs and that this computer may connect.</source>
        <translation>Командный сервер %1 недоступен. Проверьте, что он работает и что этому компьютеру разрешено подключаться.</translation>
    </message>
    <message>
        <source>“%1” is a database, but not an Attaché workspace. It was left untouched.</source>
        <translation>«%1» — база данных, но не рабочее пространство Attaché. Файл не изменён.</translation>
    </message>
    <message>
        <source>The workspace “%1” was saved by a newer version of Attaché (schema %2; this version knows up to %3). Update Attaché to open it; the file was left untouched.</source>
        <translation>Рабочее пространство «%1» сохранено более новой версией Attaché (схема %2; эта версия знает схемы до %3). Обновите Attaché, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>Before upgrading the workspace “%1”, its backup “%2” could not be written, so nothing was changed.</source>
        <translation>Перед обновлением рабочего пространства «%1» не удалось записать резервную копию «%2», поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>The workspace “%1” could not be upgraded: %2. It was left as it was.</source>
        <translation>Не удалось обновить рабочее пространство «%1»: %2. Оно оставлено без изменений.</translation>
    </message>
    <message>
        <source>Row %1 of %2 points to a missing row of %3.</source>
        <translation>Строка %1 таблицы %2 ссылается на отсутствующую строку таблицы %3.</translation>
    </message>
    <message>
        <source>A mention names account %1, which is not in this workspace.</source>
        <translation>Упоминание относится к аккаунту %1, которого нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>The mentions could not be saved.</source>
        <translation>Не удалось сохранить упоминания.</translation>
    </message>
    <message>
        <source>The mentions could not be counted.</source>
        <translation>Не удалось подсчитать упоминания.</translation>
    </message>
    <message>
        <source>The mentions could not be read.</source>
        <translation>Не удалось прочитать упоминания.</translation>
    </message>
    <message>
        <source>a transaction could not be started</source>
        <translation>не удалось начать транзакцию</translation>
    </message>
    <message>
        <source>step %1 (%2) failed</source>
        <translation>шаг %1 (%2) завершился ошибкой</translation>
    </message>
    <message>
        <source>step %1 could not be recorded</source>
        <translation>не удалось записать шаг %1</translation>
    </message>
    <message>
        <source>The post could not be saved.</source>
        <translation>Не удалось сохранить публикацию.</translation>
    </message>
    <message>
        <source>A variant of the post could not be saved.</source>
        <translation>Не удалось сохранить вариант публикации.</translation>
    </message>
    <message>
        <source>The variants could not be read.</source>
        <translation>Не удалось прочитать варианты.</translation>
    </message>
    <message>
        <source>The post could not be read.</source>
        <translation>Не удалось прочитать публикацию.</translation>
    </message>
    <message>
        <source>There is no post %1 in this workspace.</source>
        <translation>В этом рабочем пространстве нет публикации %1.</translation>
    </message>
    <message>
        <source>The posts could not be read.</source>
        <translation>Не удалось прочитать публикации.</translation>
    </message>
    <message>
        <source>There is no variant %1 in this workspace.</source>
        <translation>В этом рабочем пространстве нет варианта %1.</translation>
    </message>
    <message>
        <source>This variant is %1 and can no longer be edited.</source>
        <translation>Вариант в состоянии «%1» больше нельзя изменить.</translation>
    </message>
    <message>
        <source>The variant could not be saved.</source>
        <translation>Не удалось сохранить вариант.</translation>
    </message>
    <message>
        <source>Edited after approval: to be verified again.</source>
        <translation>Изменено после согласования: требуется повторное согласование.</translation>
    </message>
    <message>
        <source>Choose a date and time to schedule at.</source>
        <translation>Выберите дату и время публикации.</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>Не удалось сохранить изменение.</translation>
    </message>
    <message>
        <source>The schedule could not be saved.</source>
        <translation>Не удалось сохранить расписание.</translation>
    </message>
    <message>
        <source>The published post could not be recorded.</source>
        <translation>Не удалось зафиксировать факт публикации.</translation>
    </message>
    <message>
        <source>Someone else changed this variant a moment ago. Look at it again before going on.</source>
        <translation>Этот вариант только что изменил кто-то другой. Просмотрите его ещё раз, прежде чем продолжить.</translation>
    </message>
    <message>
        <source>The setting “%1” could not be saved.</source>
        <translation>Не удалось сохранить параметр «%1».</translation>
    </message>
    <message>
        <source>The corrected stance could not be saved.</source>
        <translation>Не удалось сохранить исправленную позицию.</translation>
    </message>
    <message>
        <source>The stance corrections could not be counted.</source>
        <translation>Не удалось подсчитать исправления позиций.</translation>
    </message>
    <message>
        <source>The stance corrections could not be read.</source>
        <translation>Не удалось прочитать исправления позиций.</translation>
    </message>
    <message>
        <source>The opinion mix could not be read.</source>
        <translation>Не удалось прочитать распределение мнений.</translation>
    </message>
    <message>
        <source>The items could not be updated.</source>
        <translation>Не удалось обновить записи.</translation>
    </message>
    <message>
        <source>The attachments could not be read.</source>
        <translation>Не удалось прочитать вложения.</translation>
    </message>
    <message>
        <source>The attachment could not be saved.</source>
        <translation>Не удалось сохранить вложение.</translation>
    </message>
    <message>
        <source>The attachment could not be removed.</source>
        <translation>Не удалось удалить вложение.</translation>
    </message>
    <message>
        <source>The upload could not be recorded.</source>
        <translation>Не удалось записать сведения о загрузке.</translation>
    </message>
    <message>
        <source>The item %1 is not in this workspace.</source>
        <translation>Элемента %1 нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>The conversation could not be read.</source>
        <translation>Не удалось прочитать переписку.</translation>
    </message>
    <message>
        <source>A reply needs the time it went out.</source>
        <translation>Для ответа нужно время его отправки.</translation>
    </message>
    <message>
        <source>The response times could not be read.</source>
        <translation>Не удалось прочитать время ответа.</translation>
    </message>
    <message>
        <source>The search index could not be built.</source>
        <translation>Не удалось построить поисковый индекс.</translation>
    </message>
    <message>
        <source>The post metrics could not be saved.</source>
        <translation>Не удалось сохранить показатели публикаций.</translation>
    </message>
    <message>
        <source>The post metrics could not be read.</source>
        <translation>Не удалось прочитать показатели публикаций.</translation>
    </message>
    <message>
        <source>The published posts could not be read.</source>
        <translation>Не удалось прочитать опубликованные посты.</translation>
    </message>
    <message>
        <source>to be scheduled on the platform itself</source>
        <translation>с отложенной публикацией средствами самой платформы</translation>
    </message>
    <message>
        <source>A post needs a title.</source>
        <translation>У публикации должно быть название.</translation>
    </message>
    <message>
        <source>This post already goes to that account.</source>
        <translation>Эта публикация уже адресована этому аккаунту.</translation>
    </message>
    <message>
        <source>Its variant is already published, so the account stays on the post (its record of what went out is kept).</source>
        <translation>Его вариант уже опубликован, поэтому аккаунт остаётся в публикации (запись о том, что ушло, сохраняется).</translation>
    </message>
    <message>
        <source>Its variant is being published right now.</source>
        <translation>Его вариант публикуется прямо сейчас.</translation>
    </message>
    <message>
        <source>Its variant is scheduled to go out: unschedule it first, then remove the account.</source>
        <translation>Его вариант запланирован к публикации: сначала отмените планирование, затем уберите аккаунт.</translation>
    </message>
    <message>
        <source>The variant could not be removed.</source>
        <translation>Не удалось удалить вариант.</translation>
    </message>
    <message>
        <source>Part of its thread is already published, so the account stays on the post.</source>
        <translation>Часть его ветки уже опубликована, поэтому аккаунт остаётся в публикации.</translation>
    </message>
    <message>
        <source>Only a scheduled variant can be moved; this one is %1.</source>
        <translation>Перенести можно только запланированный вариант; этот — в состоянии «%1».</translation>
    </message>
    <message>
        <source>This variant is %1 and can no longer be changed.</source>
        <translation>Этот вариант в состоянии «%1» и больше не может быть изменён.</translation>
    </message>
    <message>
        <source>Part of this thread is already published; the rest can only follow as a thread.</source>
        <translation>Часть этой ветки уже опубликована; остальное может уйти только веткой.</translation>
    </message>
    <message>
        <source>The item answered could not be read.</source>
        <translation>Не удалось прочитать запись, на которую дан ответ.</translation>
    </message>
    <message>
        <source>A saved reply needs a title.</source>
        <translation>У шаблона ответа должно быть название.</translation>
    </message>
    <message>
        <source>The saved replies could not be read.</source>
        <translation>Не удалось прочитать шаблоны ответов.</translation>
    </message>
    <message>
        <source>The saved reply could not be stored.</source>
        <translation>Не удалось сохранить шаблон ответа.</translation>
    </message>
    <message>
        <source>The saved reply could not be changed.</source>
        <translation>Не удалось изменить шаблон ответа.</translation>
    </message>
    <message>
        <source>This saved reply was deleted meanwhile.</source>
        <translation>Этот шаблон ответа тем временем удалили.</translation>
    </message>
    <message>
        <source>The saved reply could not be deleted.</source>
        <translation>Не удалось удалить шаблон ответа.</translation>
    </message>
    <message>
        <source>The parts of the thread could not be read.</source>
        <translation>Не удалось прочитать части ветки.</translation>
    </message>
    <message>
        <source>The parts of the thread could not be saved.</source>
        <translation>Не удалось сохранить части ветки.</translation>
    </message>
    <message>
        <source>The part of the thread could not be saved.</source>
        <translation>Не удалось сохранить часть ветки.</translation>
    </message>
    <message>
        <source>This part of the thread was changed by someone else.</source>
        <translation>Эту часть ветки только что изменил кто-то другой.</translation>
    </message>
    <message>
        <source>The replies could not be read.</source>
        <translation>Не удалось прочитать ответы.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>unknown platform '%1' (x, weibo or facebook)</source>
        <translation>неизвестная платформа «%1» (x, weibo или facebook)</translation>
    </message>
    <message>
        <source>unexpected argument '%1'</source>
        <translation>неожиданный аргумент «%1»</translation>
    </message>
    <message>
        <source>count needs --platform x|weibo|facebook</source>
        <translation>для count нужен параметр --platform x|weibo|facebook</translation>
    </message>
</context>
<context>
    <name>ui</name>
    <message>
        <source>%1 Moscow</source>
        <translation>%1 МСК</translation>
    </message>
</context>
<context>
    <name>ui::AccountListModel</name>
    <message>
        <source>Not connected</source>
        <translation>Не подключён</translation>
    </message>
    <message>
        <source>%1 on %2 · language: %3</source>
        <translation>%1 в %2 · язык: %3</translation>
    </message>
</context>
<context>
    <name>ui::AttachmentStrip</name>
    <message>
        <source>Attach image…</source>
        <translation>Прикрепить изображение…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Attached images</source>
        <translation>Прикреплённые изображения</translation>
    </message>
    <message>
        <source>Attach pictures to this variant (or drop image files on the text)</source>
        <translation>Прикрепить изображения к этому варианту (или перетащите файлы изображений на текст)</translation>
    </message>
    <message>
        <source>Picture %1: %2</source>
        <translation>Изображение %1: %2</translation>
    </message>
    <message>
        <source>Attach images</source>
        <translation>Прикрепить изображения</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</source>
        <translation>Изображения (*.jpg *.jpeg *.png *.gif *.webp *.bmp *.tif *.tiff)</translation>
    </message>
</context>
<context>
    <name>ui::AudienceSummaryModel</name>
    <message>
        <source>The platform lets us read only %1 of %2 followers; shares are computed from this sample.</source>
        <translation>Платформа даёт прочитать только часть подписчиков (%1 из %2); доли рассчитаны по этой выборке.</translation>
    </message>
    <message>
        <source>%1 (sample)</source>
        <translation>выборка (%1)</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Followers</source>
        <translation>Подписчики</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>За 30 дней</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Верифицированные</translation>
    </message>
    <message>
        <source>Shares from</source>
        <translation>База долей</translation>
    </message>
</context>
<context>
    <name>ui::BackfillBar</name>
    <message>
        <source>Load older from the platforms</source>
        <translation>Загрузить более ранние с платформ</translation>
    </message>
    <message>
        <source>Options…</source>
        <translation>Параметры…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Choose the accounts and how far back to read</source>
        <translation>Выбрать аккаунты и глубину загрузки</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <source>Loading older items…</source>
        <translation>Загрузка более ранних записей…</translation>
    </message>
    <message>
        <source>There is no account to load older items from in this view.</source>
        <translation>В этом представлении нет аккаунтов, из которых можно загрузить более ранние записи.</translation>
    </message>
    <message>
        <source>Loading older items… %1 new so far</source>
        <translation>Загрузка более ранних записей… пока новых: %1</translation>
    </message>
    <message>
        <source>This is the end of the list.</source>
        <translation>Это конец списка.</translation>
    </message>
    <message>
        <source>This is the end of the list. Older items of %1 may still be on the platforms.</source>
        <translation>Это конец списка. Более ранние записи (%1) могут ещё быть на платформах.</translation>
    </message>
</context>
<context>
    <name>ui::BackfillDialog</name>
    <message>
        <source>Stop at items older than</source>
        <translation>Остановиться на записях старше</translation>
    </message>
    <message>
        <source>Load older items</source>
        <translation>Загрузка более ранних записей</translation>
    </message>
    <message numerus="yes">
        <source>Accounts of the current filter (%n)</source>
        <translation>
            <numerusform>Аккаунты текущего фильтра (%n)</numerusform>
            <numerusform>Аккаунты текущего фильтра (%n)</numerusform>
            <numerusform>Аккаунты текущего фильтра (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Each page is one request to the platform, of up to 100 items</source>
        <translation>Каждая страница — один запрос к платформе, до 100 записей</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Аккаунты:</translation>
    </message>
    <message>
        <source>Pages per listing:</source>
        <translation>Страниц на ленту:</translation>
    </message>
    <message>
        <source>Reads what came before the oldest item the inbox has, and goes on from where the last load stopped. X gives only the 800 most recent mentions; Facebook comments are read on the page's older posts; Weibo goes back as far as it keeps.</source>
        <translation>Загружает то, что пришло до самой старой записи во входящих, и продолжает с места, где остановилась прошлая загрузка. X отдаёт только 800 последних упоминаний; комментарии Facebook читаются под более старыми публикациями страницы; Weibo — насколько далеко он их хранит.</translation>
    </message>
    <message>
        <source>Load older</source>
        <translation>Загрузить</translation>
    </message>
</context>
<context>
    <name>ui::CalendarModel</name>
    <message>
        <source>%1 %2 · %3</source>
        <translation>%1 %2 · %3</translation>
    </message>
    <message>
        <source>Not scheduled (approved)</source>
        <translation>Не запланировано (одобрено)</translation>
    </message>
    <message>
        <source>Only approved or scheduled variants can be moved; this one is %1.</source>
        <translation>Переносить можно только одобренные или запланированные варианты; этот — в состоянии «%1».</translation>
    </message>
    <message>
        <source>That time has passed: a post cannot be moved into the past.</source>
        <translation>Это время уже прошло: пост нельзя перенести в прошлое.</translation>
    </message>
</context>
<context>
    <name>ui::CalendarPane</name>
    <message>
        <source>Week</source>
        <translation>Неделя</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Месяц</translation>
    </message>
    <message>
        <source>Earlier</source>
        <translation>Раньше</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <source>Drag a variant to another day or time to move it (%1).</source>
        <translation>Перетащите вариант на другой день или время, чтобы перенести его (%1).</translation>
    </message>
    <message>
        <source>Rescheduled.</source>
        <translation>Перенесено.</translation>
    </message>
</context>
<context>
    <name>ui::ComposePane</name>
    <message>
        <source>Posts</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>All posts</source>
        <translation>Все публикации</translation>
    </message>
    <message>
        <source>Drafts and review</source>
        <translation>Черновики и проверка</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Запланированные</translation>
    </message>
    <message>
        <source>Published and failed</source>
        <translation>Опубликованные и с ошибкой</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Select a post or one of its variants to see its text and history.</source>
        <translation>Выберите публикацию или один из её вариантов, чтобы увидеть текст и историю.</translation>
    </message>
    <message>
        <source>%1 scheduled · %2 in review · %3 drafts · %4 failed</source>
        <translation>Запланировано: %1 · на проверке: %2 · черновиков: %3 · с ошибкой: %4</translation>
    </message>
    <message numerus="yes">
        <source>%n variant(s). Select one to see its text.</source>
        <translation>
            <numerusform>%n вариант. Выберите его, чтобы увидеть текст.</numerusform>
            <numerusform>%n варианта. Выберите один из них, чтобы увидеть текст.</numerusform>
            <numerusform>%n вариантов. Выберите один из них, чтобы увидеть текст.</numerusform>
        </translation>
    </message>
    <message>
        <source>The platform refused it:</source>
        <translation>Платформа отклонила публикацию:</translation>
    </message>
    <message>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <source>%1: %2 moved it from “%3” to “%4”</source>
        <translation>%1: %2 — из «%3» в «%4»</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>Write a new message for one or more accounts (%1)</source>
        <translation>Написать новое сообщение для одного или нескольких аккаунтов (%1)</translation>
    </message>
    <message>
        <source>Edit the selected post's variants</source>
        <translation>Изменить варианты выбранной публикации</translation>
    </message>
    <message>
        <source>Waiting for verification</source>
        <translation>Ожидают согласования</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календарь</translation>
    </message>
    <message>
        <source>The scheduled variants by week or month; drag one to move it</source>
        <translation>Запланированные варианты по неделям или месяцам; перетащите вариант, чтобы перенести его</translation>
    </message>
    <message>
        <source>A reply to item %1 of the inbox.</source>
        <translation>Ответ на запись %1 из входящих.</translation>
    </message>
    <message>
        <source>Thread</source>
        <translation>Ветка</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ожидает</translation>
    </message>
    <message>
        <source>published (id %1)</source>
        <translation>опубликовано (id %1)</translation>
    </message>
    <message>
        <source>being sent</source>
        <translation>отправляется</translation>
    </message>
    <message>
        <source>Pictures:</source>
        <translation>Изображения:</translation>
    </message>
    <message>
        <source>%1: %2 moved its time</source>
        <translation>%1: %2 перенёс(ла) время</translation>
    </message>
    <message>
        <source>%1: %2 chose to publish it as a thread</source>
        <translation>%1: %2 решил(а) опубликовать веткой</translation>
    </message>
    <message>
        <source>%1: %2 chose to publish it as one post</source>
        <translation>%1: %2 решил(а) опубликовать одним постом</translation>
    </message>
    <message>
        <source>%1: %2 added this account to the post</source>
        <translation>%1: %2 добавил(а) этот аккаунт в публикацию</translation>
    </message>
</context>
<context>
    <name>ui::Composer</name>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Другие языки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Close the editor; everything typed is already saved</source>
        <translation>Закрыть редактор; всё набранное уже сохранено</translation>
    </message>
    <message>
        <source>Post to</source>
        <translation>Опубликовать в</translation>
    </message>
    <message>
        <source>Target accounts</source>
        <translation>Аккаунты для публикации</translation>
    </message>
    <message>
        <source>%1 on %2, in %3</source>
        <translation>%1 в %2, язык: %3</translation>
    </message>
    <message>
        <source>Choose the accounts this message goes to. Each gets its own variant, in its language, side by side.</source>
        <translation>Выберите аккаунты, в которые уйдёт это сообщение. Для каждого будет свой вариант на его языке, рядом друг с другом.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>Не удалось сохранить черновик: %1</translation>
    </message>
    <message>
        <source>%1: edited while %2, so it is %3 again and must be verified before it goes out.</source>
        <translation>%1: вариант изменён в состоянии «%2», поэтому снова «%3»; перед публикацией его нужно согласовать.</translation>
    </message>
    <message>
        <source>The draft is saved as soon as you type.</source>
        <translation>Черновик сохраняется сразу по мере ввода.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>Новая публикация</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Редактирование</translation>
    </message>
    <message>
        <source>Saved as you type</source>
        <translation>Сохраняется по мере ввода</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Сохранение…</translation>
    </message>
    <message>
        <source>All changes saved %1</source>
        <translation>Все изменения сохранены в %1</translation>
    </message>
    <message>
        <source>Title for the office (never published) — name it before you type</source>
        <translation>Заголовок для пресс-службы (не публикуется) — задайте его до ввода текста</translation>
    </message>
    <message>
        <source>Renamed to “%1”.</source>
        <translation>Переименовано в «%1».</translation>
    </message>
    <message>
        <source>Saved as a draft.</source>
        <translation>Сохранено как черновик.</translation>
    </message>
    <message>
        <source>Ticking an account adds a draft variant for it; one already published or scheduled stays.</source>
        <translation>Отметка аккаунта добавляет для него черновик варианта; уже опубликованный или запланированный вариант остаётся.</translation>
    </message>
    <message>
        <source>%1 added: write its variant.</source>
        <translation>%1 добавлен: напишите его вариант.</translation>
    </message>
    <message>
        <source>%1 taken off the post.</source>
        <translation>%1 убран из публикации.</translation>
    </message>
</context>
<context>
    <name>ui::ConversationView</name>
    <message>
        <source>The conversation around the selected item shows here.</source>
        <translation>Здесь показывается переписка вокруг выбранного сообщения.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>Our post</source>
        <translation>Наш пост</translation>
    </message>
    <message>
        <source>It answers a post that is not in this workspace.</source>
        <translation>Это ответ на пост, которого нет в этом рабочем пространстве.</translation>
    </message>
    <message>
        <source>No other item of this conversation has arrived.</source>
        <translation>Других сообщений из этой переписки не поступало.</translation>
    </message>
    <message numerus="yes">
        <source>… %n earlier item(s) of this conversation not shown</source>
        <translation>
            <numerusform>… ещё %n более ранний ответ в этой беседе не показан</numerusform>
            <numerusform>… ещё %n более ранних ответа в этой беседе не показаны</numerusform>
            <numerusform>… ещё %n более ранних ответов в этой беседе не показаны</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… %n later item(s) of this conversation not shown</source>
        <translation>
            <numerusform>… ещё %n более поздний ответ в этой беседе не показан</numerusform>
            <numerusform>… ещё %n более поздних ответа в этой беседе не показаны</numerusform>
            <numerusform>… ещё %n более поздних ответов в этой беседе не показаны</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DashboardPane</name>
    <message>
        <source>Audience</source>
        <translation>Аудитория</translation>
    </message>
    <message>
        <source>Only aggregate figures are shown: platform rules forbid profiling individual followers.</source>
        <translation>Показаны только сводные данные: правила платформ запрещают составлять профили отдельных подписчиков.</translation>
    </message>
    <message>
        <source>Where followers live</source>
        <translation>Где живут подписчики</translation>
    </message>
    <message>
        <source>What they care about</source>
        <translation>Что их интересует</translation>
    </message>
    <message>
        <source>Verified followers by kind</source>
        <translation>Верифицированные подписчики по типам</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Города</translation>
    </message>
    <message>
        <source>Refresh audience</source>
        <translation>Обновить аудиторию</translation>
    </message>
    <message>
        <source>Reading followers… %1</source>
        <translation>Чтение подписчиков… %1</translation>
    </message>
    <message>
        <source>Reading followers…</source>
        <translation>Чтение подписчиков…</translation>
    </message>
    <message>
        <source>Import followers…</source>
        <translation>Импорт подписчиков…</translation>
    </message>
    <message>
        <source>Read each account's followers, page insights and post metrics from its platform now and add a snapshot of the aggregates.</source>
        <translation>Прочитать сейчас подписчиков, статистику страницы и показатели публикаций каждого аккаунта на его платформе и добавить снимок сводных данных.</translation>
    </message>
    <message>
        <source>Add a snapshot from a follower export (CSV or JSON with location, bio and verified columns). A file with a bad line is refused whole.</source>
        <translation>Добавить снимок из выгрузки подписчиков (CSV или JSON со столбцами location, bio и verified). Файл с ошибочной строкой отклоняется целиком.</translation>
    </message>
    <message>
        <source>Import followers</source>
        <translation>Импорт подписчиков</translation>
    </message>
    <message>
        <source>The account the export belongs to:</source>
        <translation>Аккаунт, к которому относится выгрузка:</translation>
    </message>
    <message>
        <source>Tick the accounts to show; several are compared.</source>
        <translation>Отметьте аккаунты для показа; несколько аккаунтов сравниваются.</translation>
    </message>
    <message>
        <source>Overlaid</source>
        <translation>Наложением</translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation>Рядом</translation>
    </message>
    <message>
        <source>Compare the ticked accounts in one chart each, or with a chart per account.</source>
        <translation>Сравнивать отмеченные аккаунты на одной диаграмме или на отдельной диаграмме для каждого.</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Последние 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Accounts:</source>
        <translation>Аккаунты:</translation>
    </message>
    <message>
        <source>Range:</source>
        <translation>Период:</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) refreshed; reading post metrics…</source>
        <translation>
            <numerusform>обновлён %n аккаунт; читаем показатели публикаций…</numerusform>
            <numerusform>обновлено %n аккаунта; читаем показатели публикаций…</numerusform>
            <numerusform>обновлено %n аккаунтов; читаем показатели публикаций…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Audience refreshed; %n post(s) measured</source>
        <translation>
            <numerusform>Аудитория обновлена; измерена %n публикация</numerusform>
            <numerusform>Аудитория обновлена; измерены %n публикации</numerusform>
            <numerusform>Аудитория обновлена; измерено %n публикаций</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ui::FailureNotices</name>
    <message>
        <source>a post</source>
        <translation>публикация</translation>
    </message>
    <message>
        <source>an account</source>
        <translation>аккаунт</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Not published: %1</source>
        <translation>Не опубликовано: %1</translation>
    </message>
    <message>
        <source>%1 on %2 was refused.</source>
        <translation>%1 в %2: платформа отказала.</translation>
    </message>
    <message>
        <source>%1 on %2 was refused: %3</source>
        <translation>%1 в %2: платформа отказала: %3</translation>
    </message>
</context>
<context>
    <name>ui::FollowerImportController</name>
    <message>
        <source>Import followers of %1</source>
        <translation>Импорт подписчиков: %1</translation>
    </message>
    <message>
        <source>Follower exports (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Выгрузки подписчиков (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;Все файлы (*)</translation>
    </message>
    <message>
        <source>“%1” is neither CSV (.csv, .tsv) nor JSON (.json, .jsonl).</source>
        <translation>«%1» — не CSV (.csv, .tsv) и не JSON (.json, .jsonl).</translation>
    </message>
    <message>
        <source>Reading followers of %1…</source>
        <translation>Читаем подписчиков: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was stored.</source>
        <translation>Импорт отменён; ничего не сохранено.</translation>
    </message>
    <message>
        <source>Imported %1 followers of %2.</source>
        <translation>Импортировано подписчиков: %1 (%2).</translation>
    </message>
</context>
<context>
    <name>ui::ImportIssuesDialog</name>
    <message>
        <source>Import refused</source>
        <translation>Импорт отклонён</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported from “%1”: %n line(s) cannot be read. Correct them and import the file again.</source>
        <translation>
            <numerusform>Из «%1» ничего не импортировано: не удалось прочитать %n строку. Исправьте её и импортируйте файл снова.</numerusform>
            <numerusform>Из «%1» ничего не импортировано: не удалось прочитать %n строки. Исправьте их и импортируйте файл снова.</numerusform>
            <numerusform>Из «%1» ничего не импортировано: не удалось прочитать %n строк. Исправьте их и импортируйте файл снова.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only the first %1 are listed.</source>
        <translation>Показаны только первые %1.</translation>
    </message>
    <message>
        <source>Copy all</source>
        <translation>Копировать всё</translation>
    </message>
</context>
<context>
    <name>ui::InboxFilterBar</name>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Платформа</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Assignee</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Все платформы</translation>
    </message>
    <message>
        <source>All languages</source>
        <translation>Все языки</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>китайский</translation>
    </message>
    <message>
        <source>Other languages</source>
        <translation>Другие языки</translation>
    </message>
    <message>
        <source>Every stance</source>
        <translation>Любая позиция</translation>
    </message>
    <message>
        <source>Open (not done)</source>
        <translation>Открытые (не завершённые)</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>За последний час</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>За 24 часа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>За 30 дней</translation>
    </message>
    <message>
        <source>Search the text and authors (Ctrl+F)…</source>
        <translation>Поиск по тексту и авторам (Ctrl+F)…</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <source>★ Notable</source>
        <translation>★ Для отчёта</translation>
    </message>
    <message>
        <source>Only the items flagged for the report to the ministry</source>
        <translation>Только сообщения, отмеченные для отчёта в министерство</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Все аккаунты</translation>
    </message>
    <message>
        <source>Anyone or nobody</source>
        <translation>Кому угодно или никому</translation>
    </message>
    <message>
        <source>Assigned to nobody</source>
        <translation>Никому не назначено</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Мне (%1)</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>Даты…</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
</context>
<context>
    <name>ui::InboxPane</name>
    <message>
        <source>Fetch new</source>
        <translation>Загрузить новые</translation>
    </message>
    <message>
        <source>Fetch new mentions and comments from every account now (F5 reloads the list).</source>
        <translation>Загрузить новые упоминания и комментарии со всех аккаунтов сейчас (F5 обновляет список).</translation>
    </message>
    <message>
        <source>Fetching… %1 new</source>
        <translation>Загрузка… новых: %1</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Select an item to read it in full.</source>
        <translation>Выберите запись, чтобы прочитать её целиком.</translation>
    </message>
    <message>
        <source>Fetching…</source>
        <translation>Загрузка…</translation>
    </message>
    <message numerus="yes">
        <source>Fetched at %1: %n new</source>
        <translation>
            <numerusform>Загружено в %1: %n новая запись</numerusform>
            <numerusform>Загружено в %1: %n новые записи</numerusform>
            <numerusform>Загружено в %1: %n новых записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>Записей: %1</translation>
    </message>
    <message>
        <source> · verified</source>
        <translation> · аккаунт верифицирован</translation>
    </message>
    <message>
        <source> · %1 followers</source>
        <translation> · подписчиков: %1</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Определено по:</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Assign to me</source>
        <translation>Назначить мне</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Передать выше</translation>
    </message>
    <message>
        <source>Notable for the report</source>
        <translation>Важно для отчёта</translation>
    </message>
    <message>
        <source>Back to new</source>
        <translation>Вернуть в новые</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n запись: %1</numerusform>
            <numerusform>%n записи: %1</numerusform>
            <numerusform>%n записей: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Flagged for the report to the ministry.</source>
        <translation>Отмечено для отчёта в министерство.</translation>
    </message>
    <message>
        <source>No longer flagged.</source>
        <translation>Отметка снята.</translation>
    </message>
    <message>
        <source>Criticism is at the top of the list.</source>
        <translation>Критика — в начале списка.</translation>
    </message>
    <message>
        <source>Response times…</source>
        <translation>Время ответа…</translation>
    </message>
    <message>
        <source>How quickly each person gave the first reply</source>
        <translation>Как быстро каждый сотрудник дал первый ответ</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Ответить</translation>
    </message>
    <message>
        <source>Assign to…</source>
        <translation>Назначить…</translation>
    </message>
    <message>
        <source>Next item</source>
        <translation>Следующее сообщение</translation>
    </message>
    <message>
        <source>Previous item</source>
        <translation>Предыдущее сообщение</translation>
    </message>
    <message>
        <source>Stance: criticism</source>
        <translation>Позиция: критика</translation>
    </message>
    <message>
        <source>Stance: question</source>
        <translation>Позиция: вопрос</translation>
    </message>
    <message>
        <source>Stance: support</source>
        <translation>Позиция: поддержка</translation>
    </message>
    <message>
        <source>Stance: neutral</source>
        <translation>Позиция: нейтрально</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Select several items (then a key acts on all)</source>
        <translation>Выбрать несколько сообщений (клавиша подействует на все)</translation>
    </message>
    <message>
        <source>Search (Down returns to the list)</source>
        <translation>Поиск (стрелка вниз — обратно к списку)</translation>
    </message>
    <message>
        <source>Send the reply, in the reply editor</source>
        <translation>Отправить ответ (в редакторе ответа)</translation>
    </message>
    <message>
        <source>Close the reply editor without sending</source>
        <translation>Закрыть редактор ответа без отправки</translation>
    </message>
    <message>
        <source>Keys (?)</source>
        <translation>Клавиши (?)</translation>
    </message>
    <message>
        <source>Every key of the inbox</source>
        <translation>Все клавиши входящих</translation>
    </message>
    <message>
        <source>The account this item came to is no longer in the workspace.</source>
        <translation>Аккаунта, на который пришло это сообщение, больше нет в рабочем пространстве.</translation>
    </message>
    <message>
        <source>Reply waiting for verification in Compose ▸ Waiting for verification.</source>
        <translation>Ответ ждёт согласования: Публикации ▸ Ожидают согласования.</translation>
    </message>
    <message>
        <source>Reply on its way.</source>
        <translation>Ответ отправляется.</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Мне (%1)</translation>
    </message>
    <message>
        <source>Team members are edited in Settings</source>
        <translation>Сотрудников можно изменить в настройках</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) assigned to %1</source>
        <translation>
            <numerusform>%n сообщение назначено: %1</numerusform>
            <numerusform>%n сообщения назначены: %1</numerusform>
            <numerusform>%n сообщений назначено: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Show the criticism of the last hour</source>
        <translation>Показать критику за последний час</translation>
    </message>
    <message>
        <source>Storm of criticism</source>
        <translation>Шквал критики</translation>
    </message>
    <message>
        <source>%1+ items</source>
        <translation>%1+ сообщений</translation>
    </message>
    <message>
        <source>Assigned to %1</source>
        <translation>Назначено: %1</translation>
    </message>
    <message>
        <source>First reply after %1, by %2</source>
        <translation>Первый ответ через %1, ответил(а) %2</translation>
    </message>
    <message>
        <source>Search is still indexing older items…</source>
        <translation>Идёт индексация старых записей для поиска…</translation>
    </message>
    <message>
        <source>Load older items…</source>
        <translation>Загрузить более ранние…</translation>
    </message>
    <message>
        <source>Read items older than the oldest in the inbox from the platforms</source>
        <translation>Загрузить с платформ записи старше самой старой во входящих</translation>
    </message>
    <message>
        <source>Our reply did not go out. The platform said: %1</source>
        <translation>Наш ответ не был отправлен. Ответ платформы: %1</translation>
    </message>
    <message>
        <source>Press R to open it again with its text and try again.</source>
        <translation>Нажмите R, чтобы снова открыть ответ с его текстом и повторить попытку.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s)</source>
        <translation>
            <numerusform>%n аккаунт</numerusform>
            <numerusform>%n аккаунта</numerusform>
            <numerusform>%n аккаунтов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::MainWindow</name>
    <message>
        <source>Demo workspace</source>
        <translation>Демонстрационное пространство</translation>
    </message>
    <message>
        <source>%1 — Attaché</source>
        <translation>%1 — Attaché</translation>
    </message>
    <message>
        <source>Compose</source>
        <translation>Публикации</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translation>Входящие</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Сводки</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <source>Club</source>
        <translation>Клуб</translation>
    </message>
    <message>
        <source>Coming in a later version</source>
        <translation>Появится в следующих версиях</translation>
    </message>
    <message>
        <source>Panes</source>
        <translation>Разделы</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Аккаунты</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Новое рабочее пространство…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>&amp;Открыть рабочее пространство…</translation>
    </message>
    <message>
        <source>Open the &amp;Demo Workspace</source>
        <translation>Открыть &amp;демонстрационное пространство</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Настройки…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Compose</source>
        <translation>&amp;Публикации</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Входящие</translation>
    </message>
    <message>
        <source>&amp;Dashboards</source>
        <translation>&amp;Сводки</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Attaché</source>
        <translation>&amp;О программе Attaché</translation>
    </message>
    <message>
        <source>About Attaché</source>
        <translation>О программе Attaché</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;The press office workbench: one message, tailored per account and language, verified before it goes out; the comments that come back, criticism first; and who the audience is.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Attaché %1&lt;/h3&gt;&lt;p&gt;Рабочее место пресс-службы: одно сообщение, адаптированное для каждого аккаунта и языка и согласованное до публикации; ответные комментарии, начиная с критики; и сведения о том, кто ваша аудитория.&lt;/p&gt;&lt;p&gt;Собрано с Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>О &amp;Qt</translation>
    </message>
    <message>
        <source>Reloaded</source>
        <translation>Обновлено</translation>
    </message>
    <message>
        <source>Platforms: local sandbox</source>
        <translation>Платформы: локальная песочница</translation>
    </message>
    <message>
        <source>The demo's accounts talk to a platform server on this computer (%1), through the same code that talks to X, Facebook and Weibo.</source>
        <translation>Демонстрационные аккаунты работают с сервером платформ на этом компьютере (%1) через тот же код, что и с X, Facebook и Weibo.</translation>
    </message>
    <message>
        <source>%1 of %2 accounts connected</source>
        <translation>Подключено аккаунтов: %1 из %2</translation>
    </message>
    <message>
        <source>Accounts that are not connected need signing in again; everything else works offline.</source>
        <translation>В неподключённые аккаунты нужно войти заново; всё остальное работает без сети.</translation>
    </message>
    <message>
        <source>Published (platform id %1).</source>
        <translation>Опубликовано (ID на платформе: %1).</translation>
    </message>
    <message>
        <source>Not published: %1 on %2. %3</source>
        <translation>Не опубликовано: %1, аккаунт %2. %3</translation>
    </message>
    <message>
        <source>A post is due but cannot go out yet: %1</source>
        <translation>Подошло время публикации, но отправить её пока нельзя: %1</translation>
    </message>
    <message>
        <source>Publishing from this window</source>
        <translation>Публикация: из этого окна</translation>
    </message>
    <message>
        <source>Publishing elsewhere</source>
        <translation>Публикация: в другом месте</translation>
    </message>
    <message>
        <source>Another publisher (%1) sends this workspace's posts.</source>
        <translation>Публикации этого рабочего пространства отправляет другой процесс (%1).</translation>
    </message>
    <message>
        <source>Demo workspace (generated; its platforms run on this computer)</source>
        <translation>Демо-пространство (сгенерировано; платформы работают на этом компьютере)</translation>
    </message>
    <message>
        <source>Sign in to %1…</source>
        <translation>Войти в %1…</translation>
    </message>
    <message>
        <source>Double-click to sign in.</source>
        <translation>Дважды щёлкните, чтобы войти.</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
</context>
<context>
    <name>ui::MentionTableModel</name>
    <message>
        <source>%1 ✓</source>
        <translation>%1 ✓</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Аккаунт</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Lang.</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>done, so at the end</source>
        <translation>обработано, поэтому в конце</translation>
    </message>
    <message>
        <source>criticism comes first</source>
        <translation>критика идёт первой</translation>
    </message>
    <message>
        <source>a question, right after criticism</source>
        <translation>вопрос — сразу после критики</translation>
    </message>
    <message>
        <source>verified author</source>
        <translation>верифицированный автор</translation>
    </message>
    <message>
        <source>%1 followers</source>
        <translation>подписчиков: %1</translation>
    </message>
    <message>
        <source>then the newest first</source>
        <translation>далее сначала новые</translation>
    </message>
    <message>
        <source>Why here: %1</source>
        <translation>Почему здесь: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 ★</source>
        <translation>%1 ★</translation>
    </message>
    <message>
        <source>the press or an official, by their bio</source>
        <translation>пресса или официальное лицо (по описанию профиля)</translation>
    </message>
    <message>
        <source>Our reply did not go out: %1
Press R to open it again and try again.</source>
        <translation>Наш ответ не был отправлен: %1
Нажмите R, чтобы открыть его снова и повторить попытку.</translation>
    </message>
    <message>
        <source>%1 · ⚠ reply failed</source>
        <translation>%1 · ⚠ ответ не отправлен</translation>
    </message>
</context>
<context>
    <name>ui::PostTreeModel</name>
    <message>
        <source>Written by %1</source>
        <translation>Автор: %1</translation>
    </message>
    <message>
        <source>Post / account</source>
        <translation>Публикация / аккаунт</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Goes out (%1)</source>
        <translation>Отправка (%1)</translation>
    </message>
    <message>
        <source>Moscow</source>
        <translation>Москва</translation>
    </message>
    <message>
        <source>Scheduled on %1</source>
        <translation>Запланировано в %1</translation>
    </message>
    <message>
        <source>Scheduled (to hand to %1)</source>
        <translation>Запланировано (будет передано в %1)</translation>
    </message>
</context>
<context>
    <name>ui::ReplyEditor</name>
    <message>
        <source>Reply to %1</source>
        <translation>Ответ %1</translation>
    </message>
    <message>
        <source>From &lt;b&gt;%1&lt;/b&gt; &lt;span style='color:gray'&gt;%2 on %3&lt;/span&gt;</source>
        <translation>От &lt;b&gt;%1&lt;/b&gt; &lt;span style='color:gray'&gt;%2 в %3&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Insert a saved reply…</source>
        <translation>Вставить шаблон ответа…</translation>
    </message>
    <message>
        <source>Replaces the text with the saved reply, its placeholders filled in for this item</source>
        <translation>Заменяет текст шаблоном ответа с подставленными данными этого сообщения</translation>
    </message>
    <message>
        <source>English</source>
        <translation>английский</translation>
    </message>
    <message>
        <source>Russian</source>
        <translation>русский</translation>
    </message>
    <message>
        <source>Language of the saved reply</source>
        <translation>Язык шаблона ответа</translation>
    </message>
    <message>
        <source>Manage…</source>
        <translation>Шаблоны…</translation>
    </message>
    <message>
        <source>Add, change or delete the workspace's saved replies</source>
        <translation>Добавить, изменить или удалить шаблоны ответов рабочего пространства</translation>
    </message>
    <message>
        <source>Reply text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>Write the reply…</source>
        <translation>Напишите ответ…</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Отправить на проверку</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>The workspace requires review of replies: a colleague verifies it, then the publisher sends it.</source>
        <translation>В этом рабочем пространстве ответы проверяются: коллега проверит ответ, затем публикатор его отправит.</translation>
    </message>
    <message>
        <source>The publisher sends it within moments (Ctrl+Enter).</source>
        <translation>Публикатор отправит его через несколько секунд (Ctrl+Enter).</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Открыть в браузере</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters over %2's limit.</source>
        <translation>На %1 симв. больше лимита %2.</translation>
    </message>
    <message>
        <source>Counted as %1 counts them.</source>
        <translation>Подсчитано по правилам %1.</translation>
    </message>
    <message>
        <source>Our earlier reply did not go out. The platform said: %1
Its text is below: change what the platform objected to, then send it again.</source>
        <translation>Наш предыдущий ответ не был отправлен. Ответ платформы: %1
Его текст ниже: исправьте то, против чего возразила платформа, и отправьте снова.</translation>
    </message>
</context>
<context>
    <name>ui::ResponseTimesDialog</name>
    <message>
        <source>Response times</source>
        <translation>Время ответа</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>За 7 дней</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>За 30 дней</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>За 90 дней</translation>
    </message>
    <message>
        <source>First replies in:</source>
        <translation>Первые ответы за:</translation>
    </message>
    <message>
        <source>From an item's arrival to the first reply sent from the app, per person who sent it.</source>
        <translation>От поступления сообщения до первого ответа, отправленного из приложения, — по каждому отправившему.</translation>
    </message>
    <message>
        <source>under a minute</source>
        <translation>меньше минуты</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 дн. %2 ч</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <source>Items answered first</source>
        <translation>Первых ответов</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Среднее</translation>
    </message>
    <message>
        <source>The whole team</source>
        <translation>Вся команда</translation>
    </message>
</context>
<context>
    <name>ui::SavedRepliesDialog</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Saved replies</source>
        <translation>Шаблоны ответов</translation>
    </message>
    <message>
        <source>For example: Thanks for the question</source>
        <translation>Например: Спасибо за вопрос</translation>
    </message>
    <message>
        <source>The reply in English…</source>
        <translation>Ответ на английском…</translation>
    </message>
    <message>
        <source>The reply in Russian…</source>
        <translation>Ответ на русском…</translation>
    </message>
    <message>
        <source>Placeholders, filled in for each item: %1</source>
        <translation>Подстановки, заполняемые для каждого сообщения: %1</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новый</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Название:</translation>
    </message>
    <message>
        <source>English:</source>
        <translation>Английский:</translation>
    </message>
    <message>
        <source>Russian:</source>
        <translation>Русский:</translation>
    </message>
    <message>
        <source>Delete the saved reply “%1” for everyone?</source>
        <translation>Удалить шаблон ответа «%1» для всех?</translation>
    </message>
</context>
<context>
    <name>ui::SavedReplyModel</name>
    <message>
        <source>EN: %1
RU: %2</source>
        <translation>EN: %1
RU: %2</translation>
    </message>
</context>
<context>
    <name>ui::ScheduleDialog</name>
    <message>
        <source>Schedule</source>
        <translation>Запланировать</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Дата:</translation>
    </message>
    <message>
        <source>Time (%1):</source>
        <translation>Время (%1):</translation>
    </message>
    <message>
        <source>In Moscow:</source>
        <translation>В Москве:</translation>
    </message>
    <message>
        <source>%1 does not exist on that day in %2 (the clocks go forward); it will go out at %3.</source>
        <translation>В этот день в %2 времени %1 нет (часы переводятся вперёд); публикация выйдет в %3.</translation>
    </message>
    <message>
        <source>%1 happens twice on that day in %2 (the clocks go back); the first one is used.</source>
        <translation>В этот день в %2 время %1 наступает дважды (часы переводятся назад); используется первое.</translation>
    </message>
    <message>
        <source>This time has passed: the post will go out as soon as it is scheduled.</source>
        <translation>Это время уже прошло: публикация выйдет сразу после планирования.</translation>
    </message>
    <message>
        <source>Schedule on %1</source>
        <translation>Запланировать в %1</translation>
    </message>
    <message>
        <source>Hand the post to %1 now; %1 publishes it at this time even if no publisher runs then.</source>
        <translation>Передать пост в %1 сейчас; %1 опубликует его в это время, даже если тогда не будет запущен ни один публикатор.</translation>
    </message>
    <message numerus="yes">
        <source>%1 schedules posts from %n minutes ahead; this time is too close.</source>
        <translation>
            <numerusform>%1 планирует публикации не ранее чем за %n минуту; это время слишком близко.</numerusform>
            <numerusform>%1 планирует публикации не ранее чем за %n минуты; это время слишком близко.</numerusform>
            <numerusform>%1 планирует публикации не ранее чем за %n минут; это время слишком близко.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 schedules posts at most %n days ahead; this time is too far.</source>
        <translation>
            <numerusform>%1 планирует публикации не более чем на %n день вперёд; это время слишком далеко.</numerusform>
            <numerusform>%1 планирует публикации не более чем на %n дня вперёд; это время слишком далеко.</numerusform>
            <numerusform>%1 планирует публикации не более чем на %n дней вперёд; это время слишком далеко.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Сейчас: %1</translation>
    </message>
    <message>
        <source>Unknown time zone</source>
        <translation>Неизвестный часовой пояс</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Workspace:</source>
        <translation>Рабочее пространство:</translation>
    </message>
    <message>
        <source>Time zone for schedules:</source>
        <translation>Часовой пояс расписания:</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Язык интерфейса:</translation>
    </message>
    <message>
        <source>A new interface language takes effect when Attaché starts again.</source>
        <translation>Новый язык интерфейса начнёт действовать после перезапуска Attaché.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows. Pick one from the list, for example Europe/London.</source>
        <translation>Часовой пояс «%1» этому компьютеру неизвестен. Выберите пояс из списка, например Europe/London.</translation>
    </message>
    <message>
        <source>Replies from the inbox need verification before they go out</source>
        <translation>Ответы из входящих проходят согласование перед отправкой</translation>
    </message>
    <message>
        <source>One name per line</source>
        <translation>По одному имени в строке</translation>
    </message>
    <message>
        <source>Inbox:</source>
        <translation>Входящие:</translation>
    </message>
    <message>
        <source>Team members:</source>
        <translation>Сотрудники:</translation>
    </message>
</context>
<context>
    <name>ui::ShortcutsSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Клавиша</translation>
    </message>
    <message>
        <source>In the inbox</source>
        <translation>Во входящих</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Triage from the keyboard: the list has the focus, each key works on the selected items and moves on to the next.</source>
        <translation>Разбор с клавиатуры: фокус на списке, каждая клавиша действует на выбранные сообщения и переходит к следующему.</translation>
    </message>
</context>
<context>
    <name>ui::SignInController</name>
    <message>
        <source>%1 developer app</source>
        <translation>Приложение разработчика %1</translation>
    </message>
    <message>
        <source>Attaché signs in with the embassy's own %1 developer app. Enter its id once for this workspace; a secret goes to the system keychain, never to the workspace file.</source>
        <translation>Attaché входит через собственное приложение разработчика %1, принадлежащее посольству. Введите его ID один раз для этого рабочего пространства; секрет сохраняется в системной связке ключей и никогда — в файле рабочего пространства.</translation>
    </message>
    <message>
        <source>App id:</source>
        <translation>ID приложения:</translation>
    </message>
    <message>
        <source>App secret:</source>
        <translation>Секрет приложения:</translation>
    </message>
    <message>
        <source>The demo's accounts are signed in to the local sandbox already.</source>
        <translation>Демонстрационные аккаунты уже авторизованы в локальной песочнице.</translation>
    </message>
    <message>
        <source>There is no system keychain, so no account can be signed in.</source>
        <translation>Системной связки ключей нет, поэтому войти нельзя ни в один аккаунт.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Вход</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in:
%1</source>
        <translation>Чтобы войти, откройте этот адрес в браузере:
%1</translation>
    </message>
    <message>
        <source>Finish signing in in your browser…</source>
        <translation>Завершите вход в браузере…</translation>
    </message>
</context>
<context>
    <name>ui::SpellChecker</name>
    <message>
        <source>No spell checking: the %1 dictionary is not installed (install the package “%2”).</source>
        <translation>Орфография не проверяется: словарь %1 не установлен (установите пакет «%2»).</translation>
    </message>
    <message>
        <source>No spell checking: the %1 dictionary uses the encoding %2, which this system cannot convert.</source>
        <translation>Орфография не проверяется: словарь %1 использует кодировку %2, которую эта система не может преобразовать.</translation>
    </message>
</context>
<context>
    <name>ui::VariantEditor</name>
    <message>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Китайский</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Адаптирован</translation>
    </message>
    <message>
        <source>Copy from…</source>
        <translation>Взять из…</translation>
    </message>
    <message>
        <source>Start from another variant's text, then adapt it to this account</source>
        <translation>Взять за основу текст другого варианта и адаптировать его к этому аккаунту</translation>
    </message>
    <message>
        <source>Mark this variant as adapted to its account and audience (platforms forbid identical posts on several accounts)</source>
        <translation>Отметить вариант как адаптированный к своему аккаунту и аудитории (платформы запрещают одинаковые публикации в нескольких аккаунтах)</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>Орфография</translation>
    </message>
    <message>
        <source>English (UK)</source>
        <translation>Английский (Великобритания)</translation>
    </message>
    <message>
        <source>English (US)</source>
        <translation>Английский (США)</translation>
    </message>
    <message>
        <source>No spell checking</source>
        <translation>Без проверки</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Предпросмотр</translation>
    </message>
    <message>
        <source>How the platform will show this variant</source>
        <translation>Как платформа покажет этот вариант</translation>
    </message>
    <message>
        <source>Text for %1</source>
        <translation>Текст для %1</translation>
    </message>
    <message>
        <source>Write the %1 variant for %2…</source>
        <translation>%1 вариант для %2…</translation>
    </message>
    <message>
        <source>Show how this text splits into a numbered thread of valid posts</source>
        <translation>Показать, как этот текст делится на пронумерованную ветку допустимых публикаций</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 characters over %2's limit: the part on red will not fit.</source>
        <translation>Лимит %2 превышен на %1 симв.: часть, выделенная красным, не поместится.</translation>
    </message>
    <message>
        <source>Counted as %1 counts: links as 23, emoji as 2, CJK as 2.</source>
        <translation>Подсчёт по правилам %1: ссылка — 23, эмодзи — 2, символ CJK — 2.</translation>
    </message>
    <message>
        <source>%1 — can no longer be edited</source>
        <translation>%1 — изменить уже нельзя</translation>
    </message>
    <message>
        <source>%1 — editing sends it back to review</source>
        <translation>%1 — после правки вернётся на проверку</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Ещё не сохранено</translation>
    </message>
    <message>
        <source>⚠ no dictionary</source>
        <translation>⚠ нет словаря</translation>
    </message>
    <message>
        <source>Spelling is not checked for this variant</source>
        <translation>Орфография этого варианта не проверяется</translation>
    </message>
    <message>
        <source>Spelling checked with Hunspell's %1 dictionary</source>
        <translation>Орфография проверяется по словарю Hunspell %1</translation>
    </message>
    <message>
        <source>No suggestions</source>
        <translation>Нет вариантов замены</translation>
    </message>
    <message>
        <source>Ignore “%1”</source>
        <translation>Пропустить «%1»</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Thread for %1</source>
        <translation>Ветка для %1</translation>
    </message>
    <message>
        <source>Post %1</source>
        <translation>Публикация %1</translation>
    </message>
    <message>
        <source>Copy the parts</source>
        <translation>Скопировать части</translation>
    </message>
    <message>
        <source>Copy the numbered posts, separated by blank lines, to paste them elsewhere</source>
        <translation>Скопировать пронумерованные публикации, разделённые пустыми строками, чтобы вставить их в другом месте</translation>
    </message>
    <message>
        <source>Show the parts…</source>
        <translation>Показать части…</translation>
    </message>
    <message>
        <source>Publish as thread</source>
        <translation>Опубликовать веткой</translation>
    </message>
    <message>
        <source>Too long for one post: send it as a chain of numbered posts, each replying to the one before</source>
        <translation>Слишком длинно для одного поста: отправить цепочкой пронумерованных постов, каждый — ответом на предыдущий</translation>
    </message>
    <message>
        <source>↩ Reply</source>
        <translation>↩ Ответ</translation>
    </message>
    <message>
        <source>Goes out as a reply to item %1 of the inbox</source>
        <translation>Уйдёт ответом на запись %1 из входящих</translation>
    </message>
    <message numerus="yes">
        <source>%n posts in a thread</source>
        <translation>
            <numerusform>%n пост в ветке</numerusform>
            <numerusform>%n поста в ветке</numerusform>
            <numerusform>%n постов в ветке</numerusform>
        </translation>
    </message>
    <message>
        <source>Each part is within %1's limit; they go out as a chain of replies.</source>
        <translation>Каждая часть укладывается в лимит %1; они уходят цепочкой ответов.</translation>
    </message>
    <message numerus="yes">
        <source>Too long for one post on X: as a thread it goes out as these %n numbered posts, each within the limit and each replying to the one before. Tick “Publish as thread” to send it so, or shorten the text.</source>
        <translation>
            <numerusform>Слишком длинно для одного поста в X: веткой это уйдёт как %n пронумерованный пост, каждый в пределах лимита и ответом на предыдущий. Отметьте «Опубликовать веткой», чтобы отправить так, или сократите текст.</numerusform>
            <numerusform>Слишком длинно для одного поста в X: веткой это уйдёт как эти %n пронумерованных поста, каждый в пределах лимита и ответом на предыдущий. Отметьте «Опубликовать веткой», чтобы отправить так, или сократите текст.</numerusform>
            <numerusform>Слишком длинно для одного поста в X: веткой это уйдёт как эти %n пронумерованных постов, каждый в пределах лимита и ответом на предыдущий. Отметьте «Опубликовать веткой», чтобы отправить так, или сократите текст.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ui::VariantPreview</name>
    <message>
        <source>Nothing written yet.</source>
        <translation>Пока ничего не написано.</translation>
    </message>
    <message>
        <source>%1 · %2 of %3 characters as %4 counts them</source>
        <translation>%1 · %2 из %3 симв. по подсчёту %4</translation>
    </message>
</context>
<context>
    <name>ui::Workbench</name>
    <message>
        <source>Workspace upgraded</source>
        <translation>Рабочее пространство обновлено</translation>
    </message>
    <message>
        <source>The workspace was upgraded to this version of Attaché. A copy of it as it was is kept in “%1”.</source>
        <translation>Рабочее пространство обновлено до этой версии Attaché. Копия в прежнем виде сохранена в «%1».</translation>
    </message>
    <message>
        <source>A temporary folder for the demo could not be created: %1</source>
        <translation>Не удалось создать временную папку для демонстрации: %1</translation>
    </message>
    <message>
        <source>Attaché workspaces (*.attache);;All files (*)</source>
        <translation>Рабочие пространства Attaché (*.attache);;Все файлы (*)</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Новое рабочее пространство</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Открыть рабочее пространство</translation>
    </message>
    <message>
        <source>“%1” already exists. Choose a new name for a new workspace, or open it instead.</source>
        <translation>«%1» уже существует. Выберите другое имя для нового рабочего пространства или откройте существующее.</translation>
    </message>
    <message>
        <source>Attaché</source>
        <translation>Attaché</translation>
    </message>
    <message>
        <source>The folder “%1” cannot be created.</source>
        <translation>Не удаётся создать папку «%1».</translation>
    </message>
    <message>
        <source>The screenshot “%1” could not be written.</source>
        <translation>Не удалось записать снимок экрана «%1».</translation>
    </message>
</context>
<context>
    <name>ui::WorkflowBar</name>
    <message>
        <source>Submit for review</source>
        <translation>Отправить на проверку</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Согласовать</translation>
    </message>
    <message>
        <source>Reject…</source>
        <translation>Отклонить…</translation>
    </message>
    <message>
        <source>Schedule…</source>
        <translation>Запланировать…</translation>
    </message>
    <message>
        <source>Publish now</source>
        <translation>Опубликовать сейчас</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>Снять с расписания</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Verify the text: nothing is published before it is verified.</source>
        <translation>Согласовать текст: без согласования ничего не публикуется.</translation>
    </message>
    <message>
        <source>Schedule it for now: the publisher sends it within moments.</source>
        <translation>Запланировать на текущий момент: публикация уйдёт через несколько секунд.</translation>
    </message>
    <message>
        <source>Verify your own text?</source>
        <translation>Согласовать собственный текст?</translation>
    </message>
    <message>
        <source>You submitted this text yourself. Verification is meant to be a second pair of eyes: verify it yourself only if nobody else can, for example out of hours.</source>
        <translation>Этот текст на проверку отправили вы сами. Согласование — это взгляд второго человека: согласовывайте свой текст, только если больше некому, например в нерабочее время.</translation>
    </message>
    <message>
        <source>Verified by the author (explicitly confirmed)</source>
        <translation>Согласовано автором (с явным подтверждением)</translation>
    </message>
    <message>
        <source>Ministry reference (optional), e.g. the approval's number:</source>
        <translation>Реквизиты согласования министерства (необязательно), например номер:</translation>
    </message>
    <message>
        <source>verified by the ministry: %1</source>
        <translation>согласовано министерством: %1</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Отклонить</translation>
    </message>
    <message>
        <source>What should change? The author reads this.</source>
        <translation>Что нужно изменить? Автор прочитает этот комментарий.</translation>
    </message>
</context>
<context>
    <name>ui::audience</name>
    <message>
        <source>Who this account's audience is, from its latest audience snapshot (aggregates only).</source>
        <translation>Кто аудитория этого аккаунта — по последнему снимку аудитории (только сводные данные).</translation>
    </message>
</context>
<context>
    <name>workspace</name>
    <message>
        <source>Not signed in.</source>
        <translation>Вход не выполнен.</translation>
    </message>
    <message>
        <source>Not signed in: sign in to %1 again.</source>
        <translation>Вход не выполнен: войдите в %1 заново.</translation>
    </message>
    <message>
        <source>This account is not signed in to its platform.</source>
        <translation>Этот аккаунт не авторизован на своей платформе.</translation>
    </message>
    <message>
        <source>The demo can only be created in an empty workspace.</source>
        <translation>Демонстрационные данные можно создать только в пустом рабочем пространстве.</translation>
    </message>
    <message>
        <source>The demo could not be saved.</source>
        <translation>Не удалось сохранить демонстрационные данные.</translation>
    </message>
    <message>
        <source>The demo's local platform server could not start, so the demo works offline.</source>
        <translation>Локальный сервер платформ для демонстрации не запустился, поэтому демонстрация работает без сети.</translation>
    </message>
    <message numerus="yes">
        <source>Signed in, but only for %n more day(s): sign in again before then.</source>
        <translation>
            <numerusform>Вход выполнен, но действует ещё только %n день: до этого войдите заново.</numerusform>
            <numerusform>Вход выполнен, но действует ещё только %n дня: до этого войдите заново.</numerusform>
            <numerusform>Вход выполнен, но действует ещё только %n дней: до этого войдите заново.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the embassy's own %1 app id in Settings first: each workspace signs in with its own developer app.</source>
        <translation>Сначала укажите в настройках собственный идентификатор приложения %1 посольства: каждое рабочее пространство входит через своё приложение разработчика.</translation>
    </message>
    <message>
        <source>Enter the %1 app secret in Settings first.</source>
        <translation>Сначала укажите в настройках секрет приложения %1.</translation>
    </message>
    <message>
        <source>%1 is signed in to X.</source>
        <translation>%1 вошёл в X.</translation>
    </message>
    <message>
        <source>This Facebook user manages no Page.</source>
        <translation>Этот пользователь Facebook не управляет ни одной страницей.</translation>
    </message>
    <message>
        <source>%1 is signed in to %2.</source>
        <translation>%1 вошёл в %2.</translation>
    </message>
</context>
</TS>