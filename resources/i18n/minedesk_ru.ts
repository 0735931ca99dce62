<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="26"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="27"/>
        <source>&amp;Open...</source>
        <translation>&amp;Открыть...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="28"/>
        <source>Open with the &amp;import assistant...</source>
        <translation>Открыть с &amp;помощником импорта...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="29"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Недавние</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="30"/>
        <source>&amp;Make project from these files...</source>
        <translation>&amp;Создать проект из этих файлов...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="32"/>
        <source>&amp;Export...</source>
        <translation>&amp;Экспорт...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="33"/>
        <source>Save map &amp;picture...</source>
        <translation>Сохранить &amp;изображение карты...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="36"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="37"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="38"/>
        <location filename="../../src/minedesk/app/window/actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="39"/>
        <location filename="../../src/minedesk/app/window/actions.py" line="119"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="40"/>
        <source>&amp;Delete selected hazards</source>
        <translation>&amp;Удалить выбранные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="41"/>
        <source>New &amp;polygon from coordinates...</source>
        <translation>Новый &amp;полигон по координатам...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="47"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="48"/>
        <source>Zoom to &amp;all</source>
        <translation>Показать &amp;всё</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="49"/>
        <source>Zoom to &amp;selection</source>
        <translation>Показать &amp;выбранное</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="51"/>
        <source>&amp;Colour hazards by</source>
        <translation>&amp;Раскрасить районы по</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="54"/>
        <source>&amp;Background map (MBTiles)...</source>
        <translation>&amp;Фоновая карта (MBTiles)...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="55"/>
        <source>&amp;No background map</source>
        <translation>&amp;Без фоновой карты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="59"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="62"/>
        <source>&amp;Pan</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="62"/>
        <source>&amp;Select</source>
        <translation>&amp;Выбор</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="63"/>
        <source>&amp;Draw release polygon</source>
        <translation>&amp;Нарисовать высвобожденный участок</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="64"/>
        <source>&amp;Edit release vertices</source>
        <translation>&amp;Изменить вершины участка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="65"/>
        <source>S&amp;plit hazard with a line</source>
        <translation>&amp;Разделить район линией</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="72"/>
        <source>&amp;Mark selected released...</source>
        <translation>&amp;Отметить выбранные как высвобожденные...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="73"/>
        <source>Record &amp;devices found...</source>
        <translation>Записать найденные &amp;ВОП...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="77"/>
        <source>&amp;Task order for selected hazards...</source>
        <translation>&amp;Задание на выбранные районы...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="78"/>
        <source>&amp;Completion report...</source>
        <translation>&amp;Отчёт о завершении...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="79"/>
        <source>&amp;Summary report for a period...</source>
        <translation>&amp;Сводный отчёт за период...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="83"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="84"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="87"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="94"/>
        <source>&amp;About MineDesk</source>
        <translation>&amp;О программе MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="95"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="118"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Отменить: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="119"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Повторить: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="136"/>
        <source>&amp;Type (CHA, SHA)</source>
        <translation>&amp;Типу (CHA, SHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="136"/>
        <source>&amp;Progress (how much is released)</source>
        <translation>&amp;Ходу работ (сколько высвобождено)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="159"/>
        <source>The language changes when MineDesk starts again</source>
        <translation>Язык изменится при следующем запуске MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="162"/>
        <source>About MineDesk</source>
        <translation>О программе MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="163"/>
        <source>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Land-release tallies, task orders and reports for mine action.&lt;/p&gt;&lt;p&gt;Hectares are geodesic, on the WGS84 ellipsoid.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Учёт высвобождения земель, задания и отчёты для противоминной деятельности.&lt;/p&gt;&lt;p&gt;Гектары вычисляются геодезически, на эллипсоиде WGS84.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CheckAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="259"/>
        <source>Data-quality check</source>
        <translation>Проверка качества данных</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="262"/>
        <source>What `minedesk check` lists, per feature: null, empty or invalid geometries and their repair, fewer than 3 distinct points, duplicate ids, duplicate or near-duplicate shapes, consecutive vertices implausibly far apart, reported areas (AREA_HA, AREA_M2 ...) that disagree with the geodesic one, releases outside every hazard. The JSON output is the object `minedesk check --json` prints.</source>
        <translation>То, что перечисляет `minedesk check`, по каждому объекту: пустые, null или недопустимые геометрии и их исправление, менее 3 различных точек, повторяющиеся идентификаторы, повторяющиеся или почти одинаковые контуры, неправдоподобно далёкие соседние вершины, указанные площади (AREA_HA, AREA_M2 ...), расходящиеся с геодезической, высвобождения вне всех опасных районов. Выход JSON — объект, который печатает `minedesk check --json`.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="271"/>
        <source>Reported area tolerance (%)</source>
        <translation>Допуск для указанной площади (%)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="273"/>
        <source>Longest plausible edge (m)</source>
        <translation>Наибольшая правдоподобная сторона (м)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="276"/>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="277"/>
        <source>Number of findings</source>
        <translation>Число замечаний</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="278"/>
        <source>Findings (JSON)</source>
        <translation>Замечания (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="294"/>
        <source>before writing the findings</source>
        <translation>до записи замечаний</translation>
    </message>
</context>
<context>
    <name>CompletionDocument</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="21"/>
        <source>Markers placed</source>
        <extracomment>Fields a completion report adds to its task order&apos;s (``--field`` on the command line).</extracomment>
        <translation>Установленные знаки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="22"/>
        <source>Areas not released: why</source>
        <translation>Невысвобожденные участки: причина</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="23"/>
        <source>Residual risk</source>
        <translation>Остаточный риск</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="24"/>
        <source>QA/QC carried out by</source>
        <translation>Контроль и обеспечение качества провёл</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="25"/>
        <source>Land handed over to (owner or community)</source>
        <translation>Земля передана (владелец или община)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="26"/>
        <source>For the operator (name, post)</source>
        <translation>От оператора (ФИО, должность)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="27"/>
        <source>For the national authority (name, post)</source>
        <translation>От национального органа (ФИО, должность)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="56"/>
        <source>COMPLETION REPORT {0}</source>
        <translation>ОТЧЁТ О ЗАВЕРШЕНИИ {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="57"/>
        <source>MineDesk {0} · IMAS 08.30 · areas and perimeters geodesic on WGS84, as minedesk tally</source>
        <translation>MineDesk {0} · IMAS 08.30 · площади и периметры геодезические на WGS84, как в minedesk tally</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="59"/>
        <source>COMPLETION REPORT</source>
        <translation>ОТЧЁТ О ЗАВЕРШЕНИИ РАБОТ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="60"/>
        <source>Task {0} (task order version {1}) · hazards {2}</source>
        <translation>Задание {0} (версия {1}) · районы {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="70"/>
        <source>Work started</source>
        <translation>Начало работ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="71"/>
        <source>Work finished</source>
        <translation>Окончание работ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="72"/>
        <source>Methods used</source>
        <translation>Применённые методы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="73"/>
        <source>Clearance depth</source>
        <translation>Глубина очистки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="75"/>
        <source>Released parts</source>
        <translation>Высвобожденные участки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="91"/>
        <source>Release records</source>
        <translation>Записи о высвобождении</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="92"/>
        <source>Release</source>
        <translation>Высвобождение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="93"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="94"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="94"/>
        <location filename="../../src/minedesk/report/completion.py" line="107"/>
        <source>Depth cm</source>
        <translation>Глубина, см</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="100"/>
        <source>Devices found</source>
        <translation>Найденные ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="102"/>
        <source>By category</source>
        <translation>По категориям</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="105"/>
        <source>Find</source>
        <translation>Находка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="106"/>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="106"/>
        <source>Count</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="110"/>
        <source>Quality, markers, residual risk</source>
        <translation>Качество, знаки, остаточный риск</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="117"/>
        <source>Map</source>
        <translation>Карта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="123"/>
        <source>HANDOVER CERTIFICATE</source>
        <translation>АКТ ПРИЁМА-ПЕРЕДАЧИ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="125"/>
        <source>The land of hazard(s) {0}, task {1}, has been released: {2} ({3} in all; {4} not released). It is handed over to {5} for its intended use: {6}.</source>
        <translation>Земля района (районов) {0} по заданию {1} высвобождена: {2} (всего {3}; не высвобождено {4}). Она передаётся {5} для использования по назначению: {6}.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="128"/>
        <source>The land of hazard(s) {0}, task {1}, has been released: {2} ({3} in all; {4} not released). It is handed over to {5} for its intended use.</source>
        <translation>Земля района (районов) {0} по заданию {1} высвобождена: {2} (всего {3}; не высвобождено {4}). Она передаётся {5} для использования по назначению.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="132"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="144"/>
        <source>For the operator</source>
        <translation>От оператора</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="145"/>
        <source>For the national authority</source>
        <translation>От национального органа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="146"/>
        <source>Land owner or community representative</source>
        <translation>Владелец земли или представитель общины</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="267"/>
        <source>No task order is issued in this project yet</source>
        <translation>В этом проекте ещё нет заданий</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="271"/>
        <source>Completion report</source>
        <translation>Отчёт о завершении</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="272"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="276"/>
        <source>Save completion report</source>
        <translation>Сохранить отчёт о завершении</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="278"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CoordinatesDialog</name>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="222"/>
        <source>New polygon from coordinates</source>
        <translation>Новый полигон по координатам</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="223"/>
        <source>New hazard</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="239"/>
        <source>Make</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="244"/>
        <source>Add to layer</source>
        <translation>Добавить в слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="248"/>
        <source>Hazard id</source>
        <translation>Код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="257"/>
        <source>Hazard type</source>
        <translation>Тип района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="260"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="260"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="260"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="262"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="276"/>
        <source>true north</source>
        <translation>истинный север</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="276"/>
        <source>grid north (UTM)</source>
        <translation>север сетки (UTM)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="277"/>
        <source>magnetic north</source>
        <translation>магнитный север</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="280"/>
        <source>e.g. 6.5E</source>
        <translation>напр. 6.5E</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>degrees</source>
        <translation>градусы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>mils (6400)</source>
        <translation>тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>mils (6000)</source>
        <translation>тысячные (6000)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="285"/>
        <source>e.g. 38N</source>
        <translation>напр. 38N</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="291"/>
        <source>Bearings from</source>
        <translation>Азимуты от</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="292"/>
        <source>Declination</source>
        <translation>Магнитное склонение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="293"/>
        <source>Angles in</source>
        <translation>Углы в</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="294"/>
        <source>UTM zone of bare easting, northing</source>
        <translation>Зона UTM для восточных и северных координат без зоны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="295"/>
        <source>Misclosure tolerance</source>
        <translation>Допуск невязки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="308"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="311"/>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="313"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="336"/>
        <source>I have checked the bearings and distances: accept this misclosure</source>
        <translation>Азимуты и расстояния проверены: принять эту невязку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="341"/>
        <source>Repair: split the polygon where it crosses itself</source>
        <translation>Исправить: разделить полигон в месте самопересечения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="358"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="358"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Decimal degrees</source>
        <translation>Десятичные градусы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Degrees, minutes</source>
        <translation>Градусы, минуты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="360"/>
        <source>Degrees, minutes, seconds</source>
        <translation>Градусы, минуты, секунды</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="360"/>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="360"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="361"/>
        <source>Gauss-Krüger (Pulkovo 1942)</source>
        <translation>Гаусс-Крюгер (Пулково 1942)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="361"/>
        <source>Leg (bearing, distance)</source>
        <translation>Ход (азимут, расстояние)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="362"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="362"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="362"/>
        <source>UTM zone</source>
        <translation>Зона UTM</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="363"/>
        <source>Easting</source>
        <translation>Восточная координата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="363"/>
        <source>Northing</source>
        <translation>Северная координата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="364"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="364"/>
        <source>Grid bearing</source>
        <translation>Дирекционный угол</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="365"/>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Distance (m)</source>
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="365"/>
        <source>Slope angle</source>
        <translation>Угол наклона</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="365"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Bearing (true)</source>
        <translation>Азимут (истинный)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="421"/>
        <source>Position or leg</source>
        <translation>Точка или ход</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="529"/>
        <source>leg</source>
        <translation>ход</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="536"/>
        <source>setting</source>
        <translation>параметр</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="569"/>
        <source>{0} turning point(s)</source>
        <translation>поворотных точек: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="571"/>
        <source>{0} row(s) cannot be read (in red; the reason is in the row): nothing is made until they are corrected</source>
        <translation>строк не прочитано: {0} (красные; причина указана в строке): ничего не создаётся, пока они не исправлены</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="573"/>
        <source>row {0}: {1}</source>
        <translation>строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="578"/>
        <source>rows in zones {0}</source>
        <translation>строки в зонах {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="582"/>
        <source>Closed by a straight edge from the last point to TP 1</source>
        <translation>Замкнут прямой от последней точки до ПТ 1</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="584"/>
        <source>Misclosure 0.00 m (exact) over {0} m</source>
        <translation>Невязка 0.00 м (точно) на {0} м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="586"/>
        <source>Misclosure {0} m (1 : {1}) over {2} m</source>
        <translation>Невязка {0} м (1 : {1}) на {2} м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="589"/>
        <source>— worse than the tolerance 1 : {0}</source>
        <translation>— хуже допуска 1 : {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="595"/>
        <source>The polygon crosses itself at {0} (red cross)</source>
        <translation>Полигон пересекает сам себя в точке {0} (красный крест)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="604"/>
        <source>nothing read yet</source>
        <translation>пока ничего не прочитано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="606"/>
        <source>correct the rows in red</source>
        <translation>исправьте красные строки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="608"/>
        <source>a polygon needs at least three turning points</source>
        <translation>для полигона нужны минимум три поворотные точки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="610"/>
        <source>accept the misclosure, or correct the legs</source>
        <translation>примите невязку или исправьте ходы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="612"/>
        <source>put the turning points in order, or repair the polygon</source>
        <translation>расставьте поворотные точки по порядку или исправьте полигон</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="614"/>
        <source>give the new hazard an id</source>
        <translation>задайте код нового района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="626"/>
        <source>Add hazard</source>
        <translation>Добавить район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="626"/>
        <source>Add release</source>
        <translation>Добавить высвобождение</translation>
    </message>
</context>
<context>
    <name>CoordinatesPlugin</name>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="27"/>
        <source>New polygon from coordinates...</source>
        <translation>Новый полигон по координатам...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="65"/>
        <source>the project has no polygon layer</source>
        <translation>в проекте нет полигонального слоя</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="66"/>
        <source>add or create a polygon layer first</source>
        <translation>сначала добавьте или создайте полигональный слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="70"/>
        <source>New hazard</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="75"/>
        <source>Release of the selected hazard {0}</source>
        <translation>Высвобождение выбранного района {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="127"/>
        <source>the release polygon does not overlap the selected hazard</source>
        <translation>полигон высвобождения не пересекает выбранный район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="129"/>
        <source>check the turning points</source>
        <translation>проверьте поворотные точки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="138"/>
        <source>Add {0} release to {1}</source>
        <translation>Добавить высвобождение ({0}) в {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="141"/>
        <source>{0} ({1} ha inside the hazard added)</source>
        <translation>{0} (добавлено {1} га внутри района)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="150"/>
        <source>Add hazard {0}</source>
        <translation>Добавить район {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="163"/>
        <source>QGIS did not take the feature</source>
        <translation>QGIS не принял объект</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="164"/>
        <source>check that the layer can be edited</source>
        <translation>проверьте, что слой можно редактировать</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="63"/>
        <source>All hazards</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="63"/>
        <source>Selection</source>
        <translation>Выбранное</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="68"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="77"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="232"/>
        <source>Hazards</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="77"/>
        <source>Hazard area</source>
        <translation>Площадь районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="78"/>
        <source>Released</source>
        <translation>Высвобождено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="79"/>
        <source>  cleared</source>
        <translation>  очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="79"/>
        <source>  reduced</source>
        <translation>  сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="80"/>
        <source>  cancelled</source>
        <translation>  исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="78"/>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="80"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="115"/>
        <source>Devices found</source>
        <translation>Найдено ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="89"/>
        <source>Not counted</source>
        <translation>Не учтено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="96"/>
        <source>Releases that count toward no hazard (outside every hazard, or outside the one they name) and hazards left out when read for want of a usable polygon: the Data quality panel lists each one</source>
        <translation>Высвобождения, не отнесённые ни к одному опасному району (вне всех районов или вне указанного в них), и опасные районы, пропущенные при чтении из-за отсутствия пригодного полигона: каждый из них указан на панели «Качество данных»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="117"/>
        <source>Released hectares over time</source>
        <translation>Высвобождено гектаров по времени</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="141"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>{0} ha</source>
        <comment>hectares, the unit of every figure</comment>
        <translation type="vanished">{0} га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="212"/>
        <source>{0} in {1} release(s) outside every hazard</source>
        <translation>{0} в высвобождениях вне всех опасных районов ({1})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="215"/>
        <source>{0} hazard(s) skipped (no usable polygon)</source>
        <translation>пропущено опасных районов: {0} (нет пригодного полигона)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="232"/>
        <source>Area ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="232"/>
        <source>Released ha</source>
        <translation>Высвобождено, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="233"/>
        <source>Remaining ha</source>
        <translation>Осталось, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="233"/>
        <source>% released</source>
        <translation>% высвобождено</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="92"/>
        <source>Record devices found</source>
        <translation>Записать найденные ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="96"/>
        <source>Release</source>
        <translation>Высвобождение</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation type="vanished">Найдено {0}</translation>
    </message>
    <message>
        <source>Model (e.g. PMN-2)</source>
        <translation type="vanished">Модель (напр. ПМН-2)</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="41"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="41"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="42"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="42"/>
        <source>not released</source>
        <translation>не высвобождено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="74"/>
        <source>{0} cm</source>
        <translation>{0} см</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="88"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="189"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="218"/>
        <source>Hazard</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="88"/>
        <location filename="../../src/minedesk/report/completion.py" line="92"/>
        <location filename="../../src/minedesk/report/completion.py" line="105"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="89"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="190"/>
        <source>Area m²</source>
        <translation>Площадь, м²</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="89"/>
        <location filename="../../src/minedesk/report/summary.py" line="96"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="191"/>
        <source>Area ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="90"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="191"/>
        <source>Perimeter m</source>
        <translation>Периметр, м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="93"/>
        <location filename="../../src/minedesk/report/completion.py" line="107"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="283"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/layout.py" line="274"/>
        <source>page {0} of {1}</source>
        <translation>страница {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="99"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="192"/>
        <source>Remaining ha</source>
        <translation>Осталось, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="50"/>
        <source>Outline simplified for this document only (tolerance {0}, topology kept): {1} turning points in the project, {2} listed here. Areas and perimeters are those of the project&apos;s geometry, which is unchanged.</source>
        <translation>Контур упрощён только для этого документа (допуск {0}, топология сохранена): в проекте поворотных точек {1}, здесь {2}. Площади и периметры — по неизменённой геометрии проекта.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="53"/>
        <location filename="../../src/minedesk/report/words.py" line="144"/>
        <source>{0} m</source>
        <translation>{0} м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="189"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="189"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="190"/>
        <source>District</source>
        <translation>Район (адм.)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="192"/>
        <source>Released ha</source>
        <translation>Высвобождено, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="283"/>
        <source>Name, post</source>
        <translation>ФИО, должность</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="283"/>
        <source>Signature</source>
        <translation>Подпись</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/words.py" line="141"/>
        <source>{0} ha</source>
        <extracomment>the languages&apos; own names, for a choice in a form</extracomment>
        <translation>{0} га</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="31"/>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="38"/>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="53"/>
        <location filename="../../src/minedesk/app/window/editing.py" line="190"/>
        <source>Select one or more hazards first</source>
        <translation>Сначала выберите один или несколько районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="56"/>
        <source>Mark {0} hazard(s) released</source>
        <translation>Отметить районы ({0}) как высвобожденные</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="66"/>
        <source>Select one hazard first</source>
        <translation>Сначала выберите один район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="70"/>
        <source>{0} has no release yet: mark it or draw a release first</source>
        <translation>У {0} ещё нет высвобожденных участков: сначала отметьте или нарисуйте участок</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="83"/>
        <source>Delete {0} hazard(s) with their releases? (Edit &gt; Undo brings them back)</source>
        <translation>Удалить районы ({0}) вместе с высвобожденными участками? (Правка &gt; Отменить вернёт их)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="97"/>
        <source>What you drew does not touch any hazard</source>
        <translation>Нарисованное не касается ни одного района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="107"/>
        <source>Release drawn on {0}</source>
        <translation>Участок, нарисованный на {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="123"/>
        <source>Open a project (.gpkg) to add polygons</source>
        <translation>Откройте проект (.gpkg), чтобы добавлять полигоны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="128"/>
        <source>New hazard</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="131"/>
        <source>Release of the selected hazard {0}</source>
        <translation>Высвобождение выбранного района {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="210"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="507"/>
        <source>MineDesk fields</source>
        <translation>Поля MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="513"/>
        <source>(detect)</source>
        <translation>(определить)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="521"/>
        <source>Hazard id (hazards)</source>
        <translation>Идентификатор района (районы)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="526"/>
        <source>Hazard id (releases)</source>
        <translation>Идентификатор района (высвобождения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="527"/>
        <source>Release category</source>
        <translation>Категория высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="529"/>
        <source>(from the field)</source>
        <translation>(из поля)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="533"/>
        <source>Or one category for all</source>
        <translation>Или одна категория для всех</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="537"/>
        <source>{0} count</source>
        <translation>Число {0}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="23"/>
        <source>Open hazards or a project</source>
        <translation>Открыть районы или проект</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="30"/>
        <source>Open hazards with the import assistant</source>
        <translation>Открыть опасные районы с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="41"/>
        <source>Save the new project as</source>
        <translation>Сохранить новый проект как</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="42"/>
        <source>MineDesk projects (*.gpkg)</source>
        <translation>Проекты MineDesk (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="61"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="62"/>
        <source>GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="72"/>
        <location filename="../../src/minedesk/app/window/files.py" line="105"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="83"/>
        <source>Save map picture</source>
        <translation>Сохранить изображение карты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="84"/>
        <source>Pictures (*.png *.jpg)</source>
        <translation>Изображения (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="97"/>
        <location filename="../../src/minedesk/app/window/files.py" line="102"/>
        <source>{0}: cannot write the picture; choose another folder</source>
        <translation>{0}: не удаётся записать изображение; выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="138"/>
        <source>Background map</source>
        <translation>Фоновая карта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="138"/>
        <source>MBTiles (*.mbtiles)</source>
        <translation>MBTiles (*.mbtiles)</translation>
    </message>
</context>
<context>
    <name>HazardTable</name>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="193"/>
        <source>Filter hazards (id, district, type ...)</source>
        <translation>Фильтр районов (код, район, тип ...)</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="63"/>
        <source>Hazard</source>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="63"/>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="63"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="64"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="65"/>
        <source>Area ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="66"/>
        <source>Cleared ha</source>
        <translation>Очищено, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="66"/>
        <source>Reduced ha</source>
        <translation>Сокращено, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="66"/>
        <source>Cancelled ha</source>
        <translation>Исключено, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="67"/>
        <source>Remaining ha</source>
        <translation>Осталось, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="67"/>
        <source>% released</source>
        <translation>% высвобождено</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="281"/>
        <source>Import assistant: {0}</source>
        <translation>Помощник импорта: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="299"/>
        <source>The choices made for this file last time are filled in.</source>
        <translation>Подставлен выбор, сделанный для этого файла в прошлый раз.</translation>
    </message>
    <message>
        <source>Hazards: {0}</source>
        <translation type="vanished">Опасные районы: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="356"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="362"/>
        <source>Coordinates (CRS)</source>
        <translation>Координаты (СК)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="364"/>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <source>Hazard id column</source>
        <translation type="vanished">Столбец идентификатора района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="366"/>
        <source>Features</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Released land</source>
        <translation type="vanished">Высвобожденная земля</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="403"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="404"/>
        <source>Choose...</source>
        <translation>Выбрать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="406"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="411"/>
        <location filename="../../src/minedesk/app/assistant.py" line="640"/>
        <source>Release file</source>
        <translation>Файл высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="413"/>
        <source>Release layer</source>
        <translation>Слой высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="415"/>
        <location filename="../../src/minedesk/app/assistant.py" line="429"/>
        <source>Releases</source>
        <translation>Высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="421"/>
        <source>Column naming the hazard</source>
        <translation>Столбец с опасным районом</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="423"/>
        <source>Category column</source>
        <translation>Столбец категории</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="427"/>
        <source>Category of every release</source>
        <translation>Категория всех высвобождений</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <location filename="../../src/minedesk/app/assistant.py" line="429"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="301"/>
        <source>Saved mapping</source>
        <translation>Сохранённое сопоставление</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="306"/>
        <source>Save mapping as...</source>
        <translation>Сохранить сопоставление как...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="314"/>
        <source>1. Hazard file</source>
        <translation>1. Файл опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="315"/>
        <source>2. Hazard columns</source>
        <translation>2. Столбцы опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="316"/>
        <source>3. Released land</source>
        <translation>3. Высвобожденная земля</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="323"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="324"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="377"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="384"/>
        <source>Hazard id</source>
        <translation>Код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="386"/>
        <source>Hazard type (SHA or CHA)</source>
        <translation>Тип района (SHA или CHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="388"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="388"/>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="389"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <location filename="../../src/minedesk/app/assistant.py" line="429"/>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <source>Hazards</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="395"/>
        <source>Type values</source>
        <translation>Значения типа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="432"/>
        <source>Values not recognised</source>
        <translation>Нераспознанные значения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="436"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="436"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="437"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="438"/>
        <location filename="../../src/minedesk/app/assistant.py" line="832"/>
        <source>{0} found</source>
        <translation>Найдено {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="443"/>
        <source>Other columns</source>
        <translation>Другие столбцы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="448"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="448"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="449"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="472"/>
        <location filename="../../src/minedesk/app/assistant.py" line="661"/>
        <source>(the only one)</source>
        <translation>(единственный)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="488"/>
        <source>UTF-8 (as the file says)</source>
        <translation>UTF-8 (как указано в файле)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="494"/>
        <source>as the .cpg file says</source>
        <translation>как указано в файле .cpg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="501"/>
        <source>no text</source>
        <translation>нет текста</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="504"/>
        <source>does not decode</source>
        <translation>не декодируется</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="527"/>
        <location filename="../../src/minedesk/app/assistant.py" line="677"/>
        <source>{0} in the layer</source>
        <translation>{0} в слое</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="532"/>
        <source>(none: ids are generated)</source>
        <translation>(нет: идентификаторы создаются)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="534"/>
        <location filename="../../src/minedesk/app/assistant.py" line="537"/>
        <location filename="../../src/minedesk/app/assistant.py" line="693"/>
        <location filename="../../src/minedesk/app/assistant.py" line="696"/>
        <location filename="../../src/minedesk/app/assistant.py" line="729"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="577"/>
        <source>kept as written</source>
        <translation>оставить как записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="598"/>
        <source>As the file says ({0})</source>
        <translation>Как указано в файле ({0})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="641"/>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>Файлы ГИС (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="681"/>
        <source>no release file</source>
        <translation>нет файла высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="688"/>
        <source>(none: linked by location)</source>
        <translation>(нет: связь по местоположению)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="690"/>
        <source>(one category for every release)</source>
        <translation>(одна категория для всех высвобождений)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="720"/>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="736"/>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="737"/>
        <source>Name of the mapping (e.g. the organisation that sends these files):</source>
        <translation>Название сопоставления (например, организация, присылающая эти файлы):</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="782"/>
        <source>choose the category column, or one category for every release, in File &gt; Open with the import assistant</source>
        <translation>выберите столбец категории или одну категорию для всех высвобождений в меню Файл &gt; Открыть с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="784"/>
        <source>map the value {value} in File &gt; Open with the import assistant</source>
        <translation>сопоставьте значение {value} в меню Файл &gt; Открыть с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="785"/>
        <source>correct the value, or choose another column for the devices in File &gt; Open with the import assistant</source>
        <translation>исправьте значение или выберите другой столбец для ВОП в меню Файл &gt; Открыть с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="787"/>
        <source>choose the id column in File &gt; Open with the import assistant if it has another name</source>
        <translation>выберите столбец кода в меню Файл &gt; Открыть с помощником импорта, если он называется иначе</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>hazard id</source>
        <translation>код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>hazard type</source>
        <translation>тип района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>district</source>
        <translation>округ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>hazard of a release</source>
        <translation>район высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="826"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="826"/>
        <source>team</source>
        <translation>группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="826"/>
        <source>method</source>
        <translation>метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="839"/>
        <source>The column {0} is chosen both as the {1} and as the {2}; choose one column for each</source>
        <translation>Столбец {0} выбран и как {1}, и как {2}; выберите по одному столбцу для каждого</translation>
    </message>
    <message>
        <source>The column {0} is chosen both as the hazard of a release and as its category; choose one column for each</source>
        <translation type="vanished">Столбец {0} выбран и как опасный район высвобождения, и как его категория; выберите для каждого свой столбец</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="802"/>
        <source>The hazard layer cannot be read</source>
        <translation>Слой опасных районов не читается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="809"/>
        <source>{0}: {1}; choose the coordinate reference system the numbers are in</source>
        <translation>{0}: {1}; выберите систему координат, в которой заданы числа</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="113"/>
        <source>Opening {0} ...</source>
        <translation>Открывается {0} ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="146"/>
        <source>Opening cancelled</source>
        <translation>Открытие отменено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="176"/>
        <source>Computing tallies ...</source>
        <translation>Подсчёт итогов ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="206"/>
        <source>No .cpg file says how the text of {0} is encoded, and it was guessed: choose the encoding with which the names read right.</source>
        <translation>Нет файла .cpg с кодировкой текста {0}, и она была угадана: выберите кодировку, в которой названия читаются правильно.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="209"/>
        <source>Opened read-only: {0}</source>
        <translation>Открыт только для чтения: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="213"/>
        <source>{0} is shown read-only: File &gt; Make project to record releases</source>
        <translation>{0} открыт только для чтения: Файл &gt; Создать проект, чтобы записывать высвобождение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="217"/>
        <source>Opened {0} in {1:.1f} s</source>
        <translation>{0} открыт за {1:.1f} с</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="218"/>
        <source> ({0} findings: see Data quality)</source>
        <translation> (замечаний: {0}, см. Качество данных)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="224"/>
        <source>Could not open {0}</source>
        <translation>Не удалось открыть {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="228"/>
        <source>{0} {1}: choose below what MineDesk could not tell, then Open.</source>
        <translation>{0} {1}: выберите ниже то, что MineDesk не смог определить, затем нажмите «Открыть».</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="115"/>
        <source>Hazards</source>
        <extracomment>Rows of the hazard table the window shows at its first start (on a 1366x768 screen too).</extracomment>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="119"/>
        <source>Tallies</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="120"/>
        <source>Selection</source>
        <translation>Выбранное</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="122"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="180"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source> ({0} warnings)</source>
        <translation type="vanished"> (предупреждений: {0})</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} hazards&lt;/h3&gt;&lt;p&gt;{1} ha, {2} ha remaining&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;Районов: {0}&lt;/h3&gt;&lt;p&gt;{1} га, осталось {2} га&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>CHA (confirmed)</source>
        <translation>CHA (подтверждённый)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>SHA (suspected)</source>
        <translation>SHA (предполагаемый)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="172"/>
        <source>nothing released</source>
        <translation>ничего не высвобождено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="172"/>
        <source>partly released</source>
        <translation>высвобождено частично</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="173"/>
        <source>released in full</source>
        <translation>высвобождено полностью</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="531"/>
        <source>{0} km</source>
        <comment>scale bar</comment>
        <translation>{0} км</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="532"/>
        <source>{0} m</source>
        <comment>scale bar</comment>
        <translation>{0} м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="551"/>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="552"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="552"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="553"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="696"/>
        <source>{id} · {area} ha · {left} ha remaining</source>
        <translation>{id} · {area} га · осталось {left} га</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="555"/>
        <source>Mark released</source>
        <translation>Отметить высвобожденными</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="563"/>
        <source>YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or YYYYMMDD</source>
        <translation>ГГГГ-ММ-ДД, ДД.ММ.ГГГГ, ДД/ММ/ГГГГ или ГГГГММДД</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="565"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="566"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="567"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="568"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="574"/>
        <source>{0} found</source>
        <translation>Найдено {0}</translation>
    </message>
</context>
<context>
    <name>MineDeskAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="70"/>
        <source>Land release</source>
        <extracomment>MineDesk&apos;s icon, which the plugin zip carries (packaging/build_plugin.py); absent in the sources The release categories the CATEGORY parameter offers after &quot;(from the layer)&quot;: the core&apos;s words (shown translated, read by their index)</extracomment>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="81"/>
        <source>Cancelled {0}: nothing was written</source>
        <translation>Отменено ({0}): ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="85"/>
        <source>Hazard areas</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="87"/>
        <source>Released parts</source>
        <translation>Высвобожденные части</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="101"/>
        <source>HAZARDS: no layer given</source>
        <translation>HAZARDS: слой не задан</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="103"/>
        <source>after reading the hazards</source>
        <translation>после чтения опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="109"/>
        <source>after reading the releases</source>
        <translation>после чтения высвобождений</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="118"/>
        <source>Hazard id field (hazards)</source>
        <translation>Поле идентификатора района (районы)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="120"/>
        <source>Hazard id field (releases)</source>
        <translation>Поле идентификатора района (высвобождения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="122"/>
        <source>Release category field</source>
        <translation>Поле категории высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>Category of every release (when the layer has none)</source>
        <translation>Категория всех высвобождений (если в слое её нет)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>(from the layer)</source>
        <translation>(из слоя)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="129"/>
        <source>More category values (value=cleared;value=reduced;value=cancelled)</source>
        <translation>Дополнительные значения категорий (значение=cleared;значение=reduced;значение=cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="132"/>
        <source>{0} count field</source>
        <translation>Поле числа {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="134"/>
        <source>Hazard type field (SHA or CHA)</source>
        <translation>Поле типа района (SHA или CHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="137"/>
        <source>More type values (value=SHA;value=CHA)</source>
        <translation>Другие значения типа (значение=SHA;значение=CHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="153"/>
        <source>CATEGORY_VALUES: {0}</source>
        <translation>CATEGORY_VALUES: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="162"/>
        <source>TYPE_VALUES: {0}</source>
        <translation>TYPE_VALUES: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="169"/>
        <source>give CATEGORY_FIELD, or CATEGORY (the category of every release)</source>
        <translation>задайте CATEGORY_FIELD или CATEGORY (категорию всех высвобождений)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="170"/>
        <source>map the value in CATEGORY_VALUES ({0}=cleared, reduced or cancelled)</source>
        <translation>сопоставьте значение в CATEGORY_VALUES ({0}=cleared, reduced или cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="172"/>
        <source>correct the value or give another field in {0}</source>
        <translation>исправьте значение или задайте другое поле в {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="174"/>
        <source>give the id field in HAZARD_ID_FIELD if it has another name</source>
        <translation>задайте поле идентификатора в HAZARD_ID_FIELD, если оно называется иначе</translation>
    </message>
</context>
<context>
    <name>MineDeskPlugin</name>
    <message>
        <location filename="../../src/minedesk_qgis/plugin.py" line="64"/>
        <source>MineDesk tallies</source>
        <extracomment>where the plugin zip carries the application&apos;s compiled translations (packaging/build_plugin.py)</extracomment>
        <translation>Итоги MineDesk</translation>
    </message>
</context>
<context>
    <name>MineDeskProvider</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="387"/>
        <source>MineDesk land-release tallies, data-quality check and task orders</source>
        <translation>MineDesk: итоги высвобождения земель, проверка качества данных и задания</translation>
    </message>
</context>
<context>
    <name>OutlineSketch</name>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="98"/>
        <source>The polygon appears here</source>
        <translation>Здесь появится полигон</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="146"/>
        <source>{0} is a MineDesk project: MineDesk never writes over a project. Choose another name.</source>
        <translation>{0} — проект MineDesk: MineDesk никогда не записывает поверх проекта. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="150"/>
        <source>{0} is the open project or one of the files it was read from ({1}): MineDesk never writes over them. Choose another name.</source>
        <translation>{0} — открытый проект или один из файлов, из которых он прочитан ({1}): MineDesk никогда не записывает поверх них. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="166"/>
        <source>These files exist already:
{0}

Replace them?</source>
        <translation>Эти файлы уже существуют:
{0}

Заменить их?</translation>
    </message>
</context>
<context>
    <name>Overview</name>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="230"/>
        <source>no features to show</source>
        <extracomment>choices that belong to one file, not to a named mapping reused for the next delivery</extracomment>
        <translation>нет объектов для показа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="233"/>
        <source>x {0:,.0f} to {1:,.0f}, y {2:,.0f} to {3:,.0f} (no CRS: the file&apos;s own numbers)</source>
        <translation>x от {0:,.0f} до {1:,.0f}, y от {2:,.0f} до {3:,.0f} (нет СК: числа самого файла)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="237"/>
        <source>{0} to {1}, {2} to {3}</source>
        <translation>от {0} до {1}, от {2} до {3}</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="425"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="426"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="427"/>
        <source>Save All</source>
        <translation>Сохранить все</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="428"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="429"/>
        <source>&amp;Yes</source>
        <translation>&amp;Да</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="430"/>
        <source>Yes to &amp;All</source>
        <translation>Да для &amp;всех</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="431"/>
        <source>&amp;No</source>
        <translation>&amp;Нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="432"/>
        <source>N&amp;o to All</source>
        <translation>Н&amp;ет для всех</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="433"/>
        <source>Abort</source>
        <translation>Прервать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="434"/>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="435"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="436"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="437"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="438"/>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="439"/>
        <source>Help</source>
        <translation>Справка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="440"/>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="441"/>
        <source>Reset</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="442"/>
        <source>Restore Defaults</source>
        <translation>Восстановить значения по умолчанию</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="41"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="72"/>
        <source>{0} finding(s) from reading the project; Check again for duplicates, long edges, reported areas and releases outside hazards</source>
        <translation>Замечаний при чтении проекта: {0}; «Проверить снова» найдёт дубликаты, длинные стороны, неверные площади и высвобождения вне районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="79"/>
        <source>{0} finding(s) before the last edit: Check again to bring them up to date</source>
        <translation>Замечаний до последнего изменения: {0}; «Проверить снова» обновит их</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="91"/>
        <source>{0} finding(s); double-click one to see the hazard</source>
        <translation>Замечаний: {0}; двойной щелчок покажет район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="93"/>
        <source>No problems found in the hazards or the releases</source>
        <translation>В районах и высвобождениях проблем не найдено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="99"/>
        <source>hazards</source>
        <translation>районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="99"/>
        <source>releases</source>
        <translation>высвобождения</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="33"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="33"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="34"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="49"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="50"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="51"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="52"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="53"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="54"/>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="117"/>
        <source>{0} found</source>
        <translation>Найдено {0}</translation>
    </message>
</context>
<context>
    <name>ReleaseMethod</name>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="28"/>
        <source>manual</source>
        <translation>ручной</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="28"/>
        <source>mechanical</source>
        <translation>механический</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="29"/>
        <source>MDD</source>
        <translation>MDD (собаки)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="29"/>
        <source>technical survey</source>
        <translation>техническое обследование</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="30"/>
        <source>non-technical survey</source>
        <translation>нетехническое обследование</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="45"/>
        <source>Nothing selected: click a hazard on the map or a row of the table.</source>
        <translation>Ничего не выбрано: щёлкните район на карте или строку таблицы.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="53"/>
        <source>Area</source>
        <translation>Площадь</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="53"/>
        <source>Released</source>
        <translation>Высвобождено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="54"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="54"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="54"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="56"/>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="57"/>
        <source>Devices found</source>
        <translation>Найдено ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="61"/>
        <source>{0} hazards</source>
        <translation>Районов: {0}</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="304"/>
        <source>Summary report</source>
        <translation>Сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="313"/>
        <source>From the beginning</source>
        <translation>С самого начала</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="316"/>
        <source>(no groups)</source>
        <translation>(без групп)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="320"/>
        <source>team (their own releases)</source>
        <translation>группа (её высвобождения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="324"/>
        <source>Also write the table as CSV (for spreadsheets)</source>
        <translation>Записать таблицу и в CSV (для электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="326"/>
        <location filename="../../src/minedesk/app/paper.py" line="339"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="328"/>
        <location filename="../../src/minedesk/app/paper.py" line="339"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="329"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="330"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="334"/>
        <source>Preview and print...</source>
        <translation>Просмотр и печать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="334"/>
        <source>Save PDF...</source>
        <translation>Сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="360"/>
        <source>Save summary report</source>
        <translation>Сохранить сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="360"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="380"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="38"/>
        <source>{0} in 1 release outside every hazard (or the one it names)</source>
        <translation>{0} в высвобождениях вне всех районов (или вне указанного района): 1</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="40"/>
        <source>{0} in {1} releases outside every hazard (or the one it names)</source>
        <translation>{0} в высвобождениях вне всех районов (или вне указанного района): {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="43"/>
        <source>1 hazard skipped (no usable polygon)</source>
        <translation>пропущено районов: 1 (нет пригодного полигона)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="44"/>
        <source>{0} hazards skipped (no usable polygon)</source>
        <translation>пропущено районов: {0} (нет пригодного полигона)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="46"/>
        <source>The data-quality check (minedesk check) names each one.</source>
        <translation>Проверка качества данных (minedesk check) называет каждый.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="57"/>
        <source>{0} to {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="58"/>
        <source>the beginning</source>
        <translation>начало</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="59"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="60"/>
        <source>SUMMARY REPORT · {0}</source>
        <translation>СВОДНЫЙ ОТЧЁТ · {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="61"/>
        <source>MineDesk {0} · hectares geodesic on WGS84, the tally engine&apos;s figures · printed {1}</source>
        <translation>MineDesk {0} · гектары геодезические на WGS84, данные модуля подсчёта · напечатано {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="63"/>
        <source>LAND RELEASE SUMMARY</source>
        <translation>СВОДКА ПО ВЫСВОБОЖДЕНИЮ ЗЕМЕЛЬ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="64"/>
        <source>Period: {0}</source>
        <translation>Период: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="65"/>
        <location filename="../../src/minedesk/report/summary.py" line="87"/>
        <source>All hazards</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="66"/>
        <location filename="../../src/minedesk/report/summary.py" line="96"/>
        <source>Hazards</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="67"/>
        <source>Hazard area</source>
        <translation>Площадь районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="69"/>
        <source>Released in the period: {0}</source>
        <translation>Высвобождено за период: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="72"/>
        <source>Released in the period</source>
        <translation>Высвобождено за период</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="74"/>
        <source>Released to date: {0}</source>
        <translation>Высвобождено на дату: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="77"/>
        <source>Released to date</source>
        <translation>Высвобождено на дату</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="78"/>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="81"/>
        <source>Not counted</source>
        <translation>Не учтено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="82"/>
        <source>Devices found in the period</source>
        <translation>Найдено ВОП за период</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="84"/>
        <source>Devices found to date</source>
        <translation>Найдено ВОП на дату</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="88"/>
        <source>Hectares released in the period, by category</source>
        <translation>Гектары, высвобожденные за период, по категориям</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="92"/>
        <location filename="../../src/minedesk/report/summary.py" line="94"/>
        <source>team</source>
        <translation>группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="93"/>
        <source>By {0}</source>
        <translation>В разрезе: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="97"/>
        <source>{0} ha (period)</source>
        <translation>{0}, га (период)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="99"/>
        <source>Released ha (to date)</source>
        <translation>Высвобождено, га (на дату)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="100"/>
        <source>{0} period/to date</source>
        <translation>{0} период/на дату</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="102"/>
        <source>All</source>
        <translation>Всего</translation>
    </message>
</context>
<context>
    <name>TallyAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="213"/>
        <source>Land-release tally</source>
        <extracomment>the command line&apos;s options the core&apos;s messages may name, and the parameter that sets each here</extracomment>
        <translation>Итоги высвобождения земель</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="216"/>
        <source>Hectares (geodesic, WGS84) of the hazards, released by category (cleared &gt; reduced &gt; cancelled, clipped, overlaps once) and remaining, devices found; in all and per value of a field. The JSON output is the object `minedesk tally --json` prints.</source>
        <translation>Гектары опасных районов (геодезические, WGS84): высвобождено по категориям (очищено &gt; сокращено &gt; исключено, обрезано, перекрытия один раз) и осталось, найденные устройства; всего и по каждому значению поля. Выход JSON — объект, который печатает `minedesk tally --json`.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="222"/>
        <source>Group by field</source>
        <translation>Группировать по полю</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="225"/>
        <source>Tally table</source>
        <translation>Таблица итогов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="226"/>
        <source>Tally (JSON)</source>
        <translation>Итоги (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="243"/>
        <source>before writing the tally table</source>
        <translation>до записи таблицы итогов</translation>
    </message>
</context>
<context>
    <name>TallyDock</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="103"/>
        <source>Hazards</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="104"/>
        <source>Releases</source>
        <translation>Высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="112"/>
        <source>Fields...</source>
        <translation>Поля...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="115"/>
        <source>Mark selected hazards released...</source>
        <translation>Отметить выбранные районы высвобожденными...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="116"/>
        <source>Task order PDF for the selection...</source>
        <translation>Задание (PDF) для выбранного...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="226"/>
        <source>Choose the hazard layer</source>
        <translation>Выберите слой опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="227"/>
        <source>Hazards and releases are the same layer ({0}): choose another layer for one of them</source>
        <translation>Опасные районы и высвобождения — один и тот же слой ({0}): выберите другой слой для одного из них</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="317"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="317"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="317"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="331"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} hazards, {2} ha&lt;br&gt;released {3} ha ({4})&lt;br&gt;remaining {5} ha&lt;br&gt;devices: {6}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: районов {1}, {2} га&lt;br&gt;высвобождено {3} га ({4})&lt;br&gt;осталось {5} га&lt;br&gt;устройства: {6}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="338"/>
        <source>All hazards</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="351"/>
        <source>Selection</source>
        <translation>Выбранное</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="352"/>
        <source>No hazard selected</source>
        <translation>Ни один район не выбран</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="363"/>
        <source>Choose a release layer and select hazards first</source>
        <translation>Сначала выберите слой высвобождений и выделите районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="371"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="372"/>
        <source>{0} found</source>
        <translation>Найдено {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="382"/>
        <source>The release layer has no category field (RELEASE, CATEGORY or STATUS): choose one, or one category for all its releases, in Fields...</source>
        <translation>В слое высвобождений нет поля категории (RELEASE, CATEGORY или STATUS): выберите его или одну категорию для всех высвобождений в окне «Поля...»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="387"/>
        <source>Every release of {0} is {1} (Fields...): mark them {1}, or choose a category field in Fields...</source>
        <translation>Все высвобождения слоя {0} — {1} (Поля...): отмечайте их как {1} или выберите поле категории в окне «Поля...»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="392"/>
        <source>Mark {0} hazard(s) released</source>
        <translation>Отметить районы ({0}) как высвобожденные</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="435"/>
        <source>Select one or more hazards first</source>
        <translation>Сначала выберите один или несколько районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="440"/>
        <source>Simplify the outline?</source>
        <translation>Упростить контур?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="441"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The layer keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>В задании было бы {0} поворотных точек — больше, чем {1}, которые может содержать задание.
Упростить контур только для этого документа? Геометрия слоя не меняется, а в документе указано, что было упрощено.

Допуск в метрах:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="450"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="490"/>
        <source>choose the category field, or one category for all, in Fields...</source>
        <translation>выберите поле категории или одну категорию для всех в окне «Поля...»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="491"/>
        <source>choose one category for all in Fields..., or correct the value</source>
        <translation>выберите одну категорию для всех в окне «Поля...» или исправьте значение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="492"/>
        <source>correct the value or choose another count field in Fields...</source>
        <translation>исправьте значение или выберите другое поле числа в окне «Поля...»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="493"/>
        <source>choose the hazard id field in Fields... if it has another name</source>
        <translation>выберите поле идентификатора района в окне «Поля...», если оно называется иначе</translation>
    </message>
</context>
<context>
    <name>TaskMap</name>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="48"/>
        <source>{0} {1} km</source>
        <translation>{0} {1} км</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="45"/>
        <source>N</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="39"/>
        <source>Turning point (P: part, H: hole)</source>
        <translation>Поворотная точка (P: часть, H: вырез)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="40"/>
        <source>BM benchmark</source>
        <translation>BM репер</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="42"/>
        <source>BM to TP 1</source>
        <translation>От BM к ПТ 1</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="43"/>
        <source>Label leader line</source>
        <translation>Выноска подписи</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="44"/>
        <source>Detail map area</source>
        <translation>Область детальной карты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="46"/>
        <source>grid north</source>
        <translation>север сетки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="47"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="49"/>
        <source>{0} km</source>
        <translation>{0} км</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="50"/>
        <source>{0} m</source>
        <translation>{0} м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="35"/>
        <source>Hazard</source>
        <extracomment>Every word the maps print, in one place: English source text, printed in the document&apos;s first language (context TaskMap; the legend keeps its size).</extracomment>
        <translation>Район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="36"/>
        <source>Cleared</source>
        <translation>Очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="37"/>
        <source>Reduced</source>
        <translation>Сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="38"/>
        <source>Cancelled</source>
        <translation>Исключено</translation>
    </message>
    <message>
        <source>Turning point (number)</source>
        <translation type="vanished">Поворотная точка (номер)</translation>
    </message>
    <message>
        <source>BM benchmark, - - to TP 1</source>
        <translation type="vanished">BM репер, - - к ПТ 1</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="41"/>
        <source>RP reference point</source>
        <translation>RP ориентир</translation>
    </message>
</context>
<context>
    <name>TaskOrderAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="311"/>
        <source>Task order (PDF)</source>
        <translation>Задание (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="314"/>
        <source>A task order PDF for hazards given by id: summary, task map, turning points in DD, DMS, UTM and MGRS with bearings and distances, safety, quality, signatures. FIELDS: name=value;name=value.</source>
        <translation>Задание (PDF) для опасных районов, заданных идентификаторами: сводка, карта задания, поворотные точки в DD, DMS, UTM и MGRS с азимутами и расстояниями, безопасность, качество, подписи. FIELDS: имя=значение;имя=значение.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="322"/>
        <source>Hazard ids (comma-separated)</source>
        <translation>Идентификаторы районов (через запятую)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="324"/>
        <source>Task id (empty: the next free number of the year, T-YYYY-NNNN; an issued one: its next version)</source>
        <translation>Идентификатор задания (пусто: следующий свободный номер года, T-YYYY-NNNN; выданный: его следующая версия)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="326"/>
        <source>Fields (name=value;name=value)</source>
        <translation>Поля (имя=значение;имя=значение)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="328"/>
        <source>Simplify outlines for the document (m; for more than {0} turning points)</source>
        <translation>Упростить контуры для документа (м; при более чем {0} поворотных точках)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="335"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="338"/>
        <source>Also print the English text on the same page</source>
        <translation>Печатать на той же странице и английский текст</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="339"/>
        <source>Task order PDF</source>
        <translation>Задание (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="365"/>
        <source>before writing the task order</source>
        <translation>до записи задания</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="375"/>
        <source>Task order {0} version {1}</source>
        <translation>Задание {0}, версия {1}</translation>
    </message>
</context>
<context>
    <name>TaskOrderDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="119"/>
        <source>Task order: {0}</source>
        <translation>Задание: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="123"/>
        <source>New task order</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="125"/>
        <source>New version of {0}</source>
        <translation>Новая версия {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="127"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="128"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="145"/>
        <source>Preview and print...</source>
        <translation>Просмотр и печать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="145"/>
        <source>Issue and save PDF...</source>
        <translation>Выдать и сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="181"/>
        <source>Benchmark far from the hazards</source>
        <translation>Репер далеко от опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="182"/>
        <source>{0}.

Issue the task order with this benchmark? The order prints a warning.</source>
        <translation>{0}.

Выдать задание с этим репером? В задании будет напечатано предупреждение.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="218"/>
        <source>Save task order</source>
        <translation>Сохранить задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="238"/>
        <source>Issued {0} version {1}: {2}</source>
        <translation>Выдано {0}, версия {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="191"/>
        <source>Simplify the outline?</source>
        <translation>Упростить контур?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="192"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The project keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>В задании было бы {0} поворотных точек — больше, чем {1}, которые может содержать задание.
Упростить контур только для этого документа? Геометрия проекта не меняется, а в документе указано, что было упрощено.

Допуск в метрах:</translation>
    </message>
</context>
<context>
    <name>TaskOrderDocument</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="66"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="186"/>
        <source>Task ID</source>
        <translation>Номер задания</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="45"/>
        <source>TP</source>
        <extracomment>The turning-point table of a task order, one row per point: the column&apos;s header (English source, printed in the document&apos;s language, context TaskOrderDocument), what the column is when the table is pasted back into the coordinates form (a role of minedesk.core.outline), its width and alignment. Every figure in it is written as a field team types it back (decimal point, no grouping).</extracomment>
        <translation>ПТ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="46"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="47"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="48"/>
        <source>Latitude DMS</source>
        <translation>Широта (ГМС)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="49"/>
        <source>Longitude DMS</source>
        <translation>Долгота (ГМС)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="51"/>
        <source>Bearing true</source>
        <translation>Азимут истинный</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="52"/>
        <source>Bearing grid</source>
        <translation>Азимут сеточный</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="53"/>
        <source>Dist. m</source>
        <translation>Расст., м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="171"/>
        <source>TASK ORDER {0} · version {1}</source>
        <translation>ЗАДАНИЕ {0} · версия {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="172"/>
        <source>MineDesk {0} · areas and perimeters geodesic on WGS84, as minedesk tally · issued {1}</source>
        <translation>MineDesk {0} · площади и периметры геодезические на WGS84, как в minedesk tally · выдано {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="176"/>
        <source>TASK ORDER</source>
        <translation>ЗАДАНИЕ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="177"/>
        <source>{0} · version {1} · issued {2}</source>
        <translation>{0} · версия {1} · выдано {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="182"/>
        <source>Warning: {0}</source>
        <translation>Внимание: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="186"/>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="187"/>
        <source>Issue date</source>
        <translation>Дата выдачи</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="198"/>
        <source>Task map: {0}</source>
        <translation>Карта задания: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="203"/>
        <source>Overview: {0}</source>
        <translation>Обзор: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="204"/>
        <source>Overview</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="217"/>
        <source>Index map</source>
        <translation>Сборная карта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="218"/>
        <source>Detail map</source>
        <translation>Детальная карта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="219"/>
        <source>Turning points</source>
        <translation>Поворотные точки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="227"/>
        <source>Detail map {0} of {1}</source>
        <translation>Детальная карта {0} из {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="228"/>
        <source>{0} · Turning points {1}</source>
        <translation>{0} · Поворотные точки {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="237"/>
        <source>Coordinates on WGS84 (EPSG:4326) in decimal degrees and DMS; UTM zone {0} (EPSG:{1}), easting and northing to 1 m; MGRS. Bearings in degrees clockwise from north, true and grid (grid north of UTM {0}); distances geodesic in metres. Turning points run clockwise from TP 1, the start point. Coordinates are written with a decimal point, as GPS receivers take them.</source>
        <translation>Координаты на WGS84 (EPSG:4326) в десятичных градусах и ГМС (градусы, минуты, секунды); зона UTM {0} (EPSG:{1}), восток и север с точностью 1 м; MGRS. Азимуты в градусах по часовой стрелке от севера, истинные и сеточные (сеточный север UTM {0}); расстояния геодезические в метрах. Поворотные точки идут по часовой стрелке от ПТ 1, начальной точки. Координаты записаны с десятичной точкой, как их принимают GPS-приёмники.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="245"/>
        <source>Benchmark (BM)</source>
        <translation>Репер (BM)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="246"/>
        <source>Reference point (RP)</source>
        <translation>Ориентир (RP)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="252"/>
        <source>Hazard {0}</source>
        <translation>Район {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="254"/>
        <source>Area {0} m² ({1}) · perimeter {2} · start point TP 1 {3}</source>
        <translation>Площадь {0} м² ({1}) · периметр {2} · начальная точка ПТ 1 {3}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="259"/>
        <source>Turning points of {0}, hole {1} of part {2} ({3} points)</source>
        <translation>Поворотные точки {0}, вырез {1} части {2} (точек: {3})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="262"/>
        <source>Turning points of {0}, part {1}, outer boundary ({2} points)</source>
        <translation>Поворотные точки {0}, часть {1}, внешняя граница (точек: {2})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="274"/>
        <source>Issued by</source>
        <translation>Выдал</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="274"/>
        <source>Received by</source>
        <translation>Принял</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="290"/>
        <source>part {0}</source>
        <translation>часть {0}</translation>
    </message>
</context>
<context>
    <name>TaskOrderField</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="67"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="59"/>
        <source>Tasked organisation</source>
        <translation>Организация-исполнитель</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="68"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="60"/>
        <source>Team(s)</source>
        <translation>Группа (группы)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="111"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="88"/>
        <source>QA visits</source>
        <translation>Проверки обеспечения качества</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="112"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="89"/>
        <source>QC sampling</source>
        <translation>Выборочный контроль качества</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="113"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="90"/>
        <source>Inspecting body</source>
        <translation>Инспектирующий орган</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="277"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="93"/>
        <source>Distribution</source>
        <translation>Рассылка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="58"/>
        <source>Issuing authority</source>
        <extracomment>(key, label, section) of every field, in the order they print. docs/domain.md lists them. Labels and sections are English source text; translated where shown (context TaskOrderField, TaskOrderSection).</extracomment>
        <translation>Выдавший орган</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="61"/>
        <source>Donor</source>
        <translation>Донор</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="62"/>
        <source>Type of task (minefield, battle area, spot task)</source>
        <translation>Вид задания (минное поле, район боёв, точечное задание)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="63"/>
        <source>District / village</source>
        <translation>Район / населённый пункт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="64"/>
        <source>Benchmark (BM) position</source>
        <translation>Положение репера (BM)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="65"/>
        <source>Benchmark description</source>
        <translation>Описание репера</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="66"/>
        <source>Reference point (RP) position</source>
        <translation>Положение ориентира (RP)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="67"/>
        <source>Reference point description</source>
        <translation>Описание ориентира</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="68"/>
        <source>Start point (nearest turning point is TP 1)</source>
        <translation>Начальная точка (ближайшая поворотная точка — ПТ 1)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="69"/>
        <source>Planned method (NTS, TS, manual, mechanical, MDD)</source>
        <translation>Планируемый метод (НТО, ТО, ручной, механический, MDD)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="70"/>
        <source>Clearance depth (cm)</source>
        <translation>Глубина очистки (см)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="71"/>
        <source>Expected threat (device categories, known models)</source>
        <translation>Ожидаемая угроза (категории ВОП, известные модели)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="72"/>
        <source>Evidence and its source</source>
        <translation>Доказательства и их источник</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="73"/>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="74"/>
        <source>Beneficiaries</source>
        <translation>Бенефициары</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="75"/>
        <source>Intended land use</source>
        <translation>Планируемое использование земли</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="76"/>
        <source>Planned start</source>
        <translation>Плановое начало</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="77"/>
        <source>Planned end</source>
        <translation>Плановое окончание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="78"/>
        <source>Deadline</source>
        <translation>Крайний срок</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="79"/>
        <source>Reporting frequency</source>
        <translation>Периодичность отчётов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="80"/>
        <source>Access route</source>
        <translation>Маршрут подъезда</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="81"/>
        <source>Control point</source>
        <translation>Контрольный пункт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="82"/>
        <source>Casualty evacuation (CASEVAC) plan</source>
        <translation>План эвакуации пострадавших (CASEVAC)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="83"/>
        <source>Nearest medical facility</source>
        <translation>Ближайшее медицинское учреждение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="84"/>
        <source>Helicopter landing site</source>
        <translation>Вертолётная площадка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="85"/>
        <source>Demolition site</source>
        <translation>Место уничтожения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="86"/>
        <source>Marking</source>
        <translation>Маркировка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="87"/>
        <source>Accreditation</source>
        <translation>Аккредитация</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="91"/>
        <source>Issued by (name, post)</source>
        <translation>Выдал (ФИО, должность)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="92"/>
        <source>Received by (name, post)</source>
        <translation>Принял (ФИО, должность)</translation>
    </message>
</context>
<context>
    <name>TaskOrderSection</name>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="188"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="35"/>
        <source>Hazards</source>
        <translation>Районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="235"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="36"/>
        <source>Geometry</source>
        <translation>Геометрия</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="272"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="39"/>
        <source>Signatures</source>
        <translation>Подписи</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="35"/>
        <source>Task</source>
        <extracomment>The sections of a task order, in the order they print (and the form shows them as tabs).</extracomment>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="36"/>
        <source>Parts to release</source>
        <translation>Участки к высвобождению</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="37"/>
        <source>Threat</source>
        <translation>Угроза</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="37"/>
        <source>Priority and land use</source>
        <translation>Приоритет и землепользование</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="38"/>
        <source>Dates</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="38"/>
        <source>Safety</source>
        <translation>Безопасность</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="39"/>
        <source>Quality</source>
        <translation>Качество</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="22"/>
        <source>Welcome to MineDesk</source>
        <translation>Добро пожаловать в MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="25"/>
        <source>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Land released and remaining, in exact hectares, and the devices found: for every hazard, district and team, offline.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a project, or hazard shapefiles handed out by the centre (File &amp;gt; Open, or drop them on the window).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Make a project&lt;/b&gt; of them (File &amp;gt; Make project): every edit is saved as you make it, undoable and audited.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Select&lt;/b&gt; hazards on the map or in the table; &lt;b&gt;mark them released&lt;/b&gt; (Ctrl+R) or &lt;b&gt;draw&lt;/b&gt; the released part (Ctrl+3); record devices found (Ctrl+D).&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Tallies&lt;/b&gt; panel follows every edit; &lt;b&gt;Tools &amp;gt; Task order&lt;/b&gt; (Ctrl+T) prints the paper for the team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Высвобожденные и оставшиеся земли в точных гектарах и найденные ВОП: по каждому району, округу и группе, без интернета.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Откройте&lt;/b&gt; проект или shapefile опасных районов, выданные центром (Файл &amp;gt; Открыть или перетащите в окно).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Создайте проект&lt;/b&gt; из них (Файл &amp;gt; Создать проект): каждое изменение сохраняется сразу, его можно отменить, оно записывается в журнал.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Выберите&lt;/b&gt; районы на карте или в таблице; &lt;b&gt;отметьте их высвобожденными&lt;/b&gt; (Ctrl+R) или &lt;b&gt;нарисуйте&lt;/b&gt; высвобожденный участок (Ctrl+3); запишите найденные ВОП (Ctrl+D).&lt;/li&gt;&lt;li&gt;Панель &lt;b&gt;Итоги&lt;/b&gt; следует за каждым изменением; &lt;b&gt;Инструменты &amp;gt; Задание&lt;/b&gt; (Ctrl+T) печатает документ для группы.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="39"/>
        <source>Open the sample (250 hazards in Azerbaijan)</source>
        <translation>Открыть пример (250 районов в Азербайджане)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="41"/>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="43"/>
        <source>Open with the import assistant...</source>
        <translation>Открыть с помощником импорта...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="44"/>
        <source>Choose the layer, coordinates, text encoding, release file and what each column means before the files open</source>
        <translation>Выберите слой, координаты, кодировку текста, файл высвобождений и смысл каждого столбца до открытия файлов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="56"/>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="58"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>_PaperDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="55"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="66"/>
        <source>Also print the English text on the same page</source>
        <translation>Печатать на той же странице и английский текст</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="70"/>
        <source>Language of the document</source>
        <translation>Язык документа</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="11"/>
        <source>no such file</source>
        <translation>нет такого файла</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="12"/>
        <source>choose an .mbtiles file</source>
        <translation>выберите файл .mbtiles</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="13"/>
        <source>holds no tiles</source>
        <translation>не содержит плиток</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="14"/>
        <source>make it again with its zoom levels</source>
        <translation>создайте его заново с уровнями масштаба</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="15"/>
        <source>is not an MBTiles file ({err})</source>
        <translation>не файл MBTiles ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="16"/>
        <source>make one with: gdal_translate -of MBTILES in.tif out.mbtiles</source>
        <translation>создайте так: gdal_translate -of MBTILES in.tif out.mbtiles</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="17"/>
        <source>duplicate id</source>
        <translation>повторяющийся код</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="18"/>
        <source>{n} features share it</source>
        <translation>встречается у {n} объектов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="19"/>
        <source>consecutive vertices far apart</source>
        <translation>соседние вершины далеко друг от друга</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="20"/>
        <source>{value:.1f} km between two consecutive vertices</source>
        <translation>{value:.1f} км между двумя соседними вершинами</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="21"/>
        <source>release outside every hazard</source>
        <translation>участок вне всех районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="22"/>
        <source>not counted</source>
        <translation>не учтено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="23"/>
        <source>duplicate geometry</source>
        <translation>повторяющаяся геометрия</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="24"/>
        <source>same shape as {value}</source>
        <translation>та же форма, что у {value}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="25"/>
        <source>reported area differs</source>
        <translation>указанная площадь отличается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="26"/>
        <source>{column} says {reported:.4f} ha, the geometry measures {ha:.4f} ha{pct}</source>
        <translation>в {column} указано {reported:.4f} га, по геометрии {ha:.4f} га{pct}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="27"/>
        <source>near-duplicate geometry</source>
        <translation>почти повторяющаяся геометрия</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="28"/>
        <source>differs from {value} by {value2:.2f} % of its area</source>
        <translation>отличается от {value} на {value2:.2f} % площади</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="29"/>
        <source>no feature lies where {value} is used (typical coordinates: x {x:.10g}, y {y:.10g})</source>
        <translation>ни один объект не лежит там, где используется {value} (типичные координаты: x {x:.10g}, y {y:.10g})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="30"/>
        <source>correct the row; nothing was recorded</source>
        <translation>исправьте строку; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="31"/>
        <source>correct the row; nothing was recorded ({hint})</source>
        <translation>исправьте строку; ничего не записано ({hint})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="32"/>
        <source>the numbers look like longitude/latitude degrees: give --crs EPSG:4326</source>
        <translation>числа похожи на градусы долготы/широты: укажите --crs EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="33"/>
        <source>the numbers look like UTM metres: give --crs EPSG:326ZZ for the data&apos;s UTM zone ZZ (EPSG:327ZZ south of the equator)</source>
        <translation>числа похожи на метры UTM: укажите --crs EPSG:326ZZ для зоны UTM ZZ данных (EPSG:327ZZ к югу от экватора)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="34"/>
        <source>check the coordinates, or give --crs with the coordinate reference system they are in</source>
        <translation>проверьте координаты или укажите через --crs систему координат, в которой они заданы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="35"/>
        <source> ({ha:,.2f} ha {category} added; {already})</source>
        <translation> (добавлено {ha:,.2f} га: {category}; {already})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="36"/>
        <source>the release polygon is empty</source>
        <translation>полигон участка пуст</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="37"/>
        <source>draw at least three points</source>
        <translation>нарисуйте хотя бы три точки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="38"/>
        <source>the release polygon does not overlap hazard {hazard_id}</source>
        <translation>полигон участка не пересекается с районом {hazard_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="39"/>
        <source>draw it inside the hazard, or choose the hazard it belongs to</source>
        <translation>нарисуйте его внутри района или выберите район, к которому он относится</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="40"/>
        <source> ({ha:,.2f} ha)</source>
        <translation> ({ha:,.2f} га)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="41"/>
        <source>the release polygon does not overlap any hazard</source>
        <translation>полигон участка не пересекается ни с одним районом</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="42"/>
        <source>draw it on the hazard it releases</source>
        <translation>нарисуйте его на районе, который он высвобождает</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="43"/>
        <source>Add {category} release to {hazard_id}{devices}</source>
        <translation>Добавить участок ({category}) в {hazard_id}{devices}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="44"/>
        <source>has no column for {name} devices</source>
        <translation>нет столбца для ВОП {name}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="45"/>
        <source>use AP, AT, UXO or IED</source>
        <translation>используйте AP, AT, UXO или IED</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="46"/>
        <source>Mark {hazard_id} {category}{devices}</source>
        <translation>Отметить {hazard_id}: {category}{devices}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="47"/>
        <source>Edit release {release_id}</source>
        <translation>Изменить участок {release_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="48"/>
        <source>Set {hazard_id} {parts}</source>
        <translation>Задать для {hazard_id}: {parts}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="49"/>
        <source>unknown hazard type {hazard_type!r}</source>
        <translation>неизвестный тип района {hazard_type!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="50"/>
        <source>use SHA or CHA</source>
        <translation>используйте SHA или CHA</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="51"/>
        <source>Add hazard {hazard_id}</source>
        <translation>Добавить район {hazard_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="52"/>
        <source>a new hazard needs an id</source>
        <translation>новому району нужен код</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="53"/>
        <source>give it one (--id AGD-CHA-00042)</source>
        <translation>задайте его (--id AGD-CHA-00042)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="54"/>
        <source>hazard {hazard} exists already</source>
        <translation>район {hazard} уже существует</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="55"/>
        <source>give the new hazard an id not yet used</source>
        <translation>задайте новому району ещё не занятый код</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="56"/>
        <source>unknown hazard type {value!r}</source>
        <translation>неизвестный тип района {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="57"/>
        <source>the hazard polygon is empty</source>
        <translation>полигон района пуст</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="58"/>
        <source>give at least three turning points</source>
        <translation>задайте не менее трёх поворотных точек</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="59"/>
        <source>the hazard polygon encloses no area</source>
        <translation>полигон района не ограничивает площади</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="60"/>
        <source>give at least three turning points that are not in line</source>
        <translation>задайте не менее трёх поворотных точек не на одной прямой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="61"/>
        <source>Add hazard {hazard_id} ({ha:,.2f} ha)</source>
        <translation>Добавить район {hazard_id} ({ha:,.2f} га)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="62"/>
        <source>Delete hazard {hazard_id}</source>
        <translation>Удалить район {hazard_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="63"/>
        <source>Delete release {release_id}</source>
        <translation>Удалить участок {release_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="64"/>
        <source>Split {hazard_id}</source>
        <translation>Разделить {hazard_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="65"/>
        <source>the line does not cut hazard {hazard_id} in two</source>
        <translation>линия не делит район {hazard_id} на две части</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="66"/>
        <source>draw it across the hazard, from outside to outside</source>
        <translation>проведите её через район, снаружи наружу</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="67"/>
        <source>hazard ids {items} exist already</source>
        <translation>коды районов {items} уже существуют</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="68"/>
        <source>rename them before splitting</source>
        <translation>переименуйте их перед разделением</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="69"/>
        <source>Split {hazard_id} into {ids}</source>
        <translation>Разделить {hazard_id} на {ids}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="70"/>
        <source>Merge {others} into {first}</source>
        <translation>Объединить {others} с {first}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="71"/>
        <source>merging needs two or more different hazards</source>
        <translation>для объединения нужны два или больше разных района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="72"/>
        <source>Issue task order {task_id} version {version}</source>
        <translation>Выдать задание {task_id}, версия {version}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="73"/>
        <source>task order {task_id} version {version} exists already</source>
        <translation>задание {task_id} версии {version} уже существует</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="74"/>
        <source>editing an issued order makes a new version</source>
        <translation>изменение выданного задания создаёт новую версию</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="75"/>
        <source>{ha:,.2f} ha already {category}</source>
        <translation>{ha:,.2f} га уже: {category}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="76"/>
        <source>Record {devices} in {release_id}</source>
        <translation>Записать в {release_id}: {devices}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="77"/>
        <source>Record no devices in {release_id}</source>
        <translation>Не записывать ВОП в {release_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="78"/>
        <source>{release_id} would record {value:,} {name}, more than {max_devices:,}</source>
        <translation>в {release_id} было бы записано {value:,} {name}, больше {max_devices:,}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="79"/>
        <source>check the counts</source>
        <translation>проверьте количества</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="80"/>
        <source>type {hazard_type}</source>
        <translation>тип {hazard_type}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="81"/>
        <source>status {status}</source>
        <translation>статус {status}</translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="vanished">ручной</translation>
    </message>
    <message>
        <source>mechanical</source>
        <translation type="vanished">механический</translation>
    </message>
    <message>
        <source>MDD</source>
        <translation type="vanished">МДД (собаки)</translation>
    </message>
    <message>
        <source>technical survey</source>
        <translation type="vanished">техническое обследование</translation>
    </message>
    <message>
        <source>non-technical survey</source>
        <translation type="vanished">нетехническое обследование</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="92"/>
        <source>has no column {wanted!r} for the {what}</source>
        <translation>нет столбца {wanted!r} для: {what}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="93"/>
        <source>columns are: {value}</source>
        <translation>столбцы: {value}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="94"/>
        <source>holds {items} features, not polygons</source>
        <translation>содержит объекты {items}, а не полигоны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="95"/>
        <source>MineDesk needs hazard and release areas as polygons; choose a polygon layer</source>
        <translation>MineDesk нужны районы и участки в виде полигонов; выберите слой полигонов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="96"/>
        <source>{where}: named HAZ- and their feature id ({label_} is feature {fid}), the same on every read of this file</source>
        <translation>{where}: названы HAZ- и номером объекта ({label_} — объект {fid}), одинаково при каждом чтении этого файла</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="97"/>
        <source>column {column} holds {value!r}, not a number of devices</source>
        <translation>в столбце {column} записано {value!r}, а не количество ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="98"/>
        <source>unusable device count</source>
        <translation>непригодное количество ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="99"/>
        <source>{column}: {why}; counted as 0</source>
        <translation>{column}: {why}; учтено как 0</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="100"/>
        <source>unreadable date</source>
        <translation>нечитаемая дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="101"/>
        <source>{column}: {why}; counted in no period</source>
        <translation>{column}: {why}; не учтено ни в одном периоде</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="102"/>
        <source>no hazard id column (looked for {names})</source>
        <translation>нет столбца с кодом района (искали {names})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="103"/>
        <source>{n:,} hazard(s) with no {column}</source>
        <translation>районов без {column}: {n:,}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="104"/>
        <source>hazard ids generated</source>
        <translation>коды районов созданы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="105"/>
        <source>has no release category column (looked for {names})</source>
        <translation>нет столбца категории высвобождения (искали {names})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="106"/>
        <source>{detail}; skipped with the {lost} device(s) it records</source>
        <translation>{detail}; пропущено вместе с записанными ВОП ({lost})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="107"/>
        <source>skipped with the {lost} device(s) it records</source>
        <translation>пропущено вместе с записанными ВОП ({lost})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="108"/>
        <source>unknown release category</source>
        <translation>неизвестная категория высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="109"/>
        <source>{n} release(s) with {column}={value!r} skipped; {hint}</source>
        <translation>пропущено участков с {column}={value!r}: {n}; {hint}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="110"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="111"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="112"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="113"/>
        <source>misclosure {m:,.2f} m ({ratio}) over {length:,.1f} m</source>
        <translation>невязка {m:,.2f} м ({ratio}) на {length:,.1f} м хода</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="114"/>
        <source>tolerance {value!r} is not a ratio like 1:300</source>
        <translation>допуск {value!r} — не отношение вида 1:300</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="115"/>
        <source>two references (true, grid, magnetic) on one bearing</source>
        <translation>два отсчёта (истинный, сеточный, магнитный) у одного азимута</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="116"/>
        <source>bearing -{value} is negative: bearings run 0 to 360° clockwise from north</source>
        <translation>азимут -{value} отрицателен: азимуты идут от 0 до 360° по часовой стрелке от севера</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="117"/>
        <source>distance -{value} m is negative</source>
        <translation>расстояние -{value} м отрицательно</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="118"/>
        <source>a leg of 0 m: give its distance in metres</source>
        <translation>ход длиной 0 м: задайте его расстояние в метрах</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="119"/>
        <source>a leg of {distance:,.0f} m is longer than 100 km: is it in metres?</source>
        <translation>ход длиной {distance:,.0f} м длиннее 100 км: это метры?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="120"/>
        <source>a magnetic bearing needs the declination: add a row like &apos;declination 6.5E&apos; before it</source>
        <translation>магнитному азимуту нужно склонение: добавьте перед ним строку вида &apos;declination 6.5E&apos;</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="121"/>
        <source>read as {read}, not the {chosen} chosen for this column</source>
        <translation>прочитано как {read}, а не {chosen}, выбранное для этого столбца</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="122"/>
        <source>choose the form it is written in, or let MineDesk detect it</source>
        <translation>выберите форму записи или позвольте MineDesk определить её</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="123"/>
        <source>closed by a straight edge from the last point to TP 1 (no misclosure to measure)</source>
        <translation>замкнут прямой от последней точки к ПТ 1 (невязку измерить нельзя)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="124"/>
        <source>exact</source>
        <translation>точно</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="125"/>
        <source>{text}, worse than the tolerance 1 : {tolerance:,.0f}</source>
        <translation>{text}, хуже допуска 1 : {tolerance:,.0f}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="126"/>
        <source>row {number} {text!r}: {reason}{more}</source>
        <translation>строка {number} {text!r}: {reason}{more}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="127"/>
        <source>{n} turning point(s): a polygon needs at least three</source>
        <translation>поворотных точек: {n}; полигону нужно не менее трёх</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="128"/>
        <source>give three or more positions, or a start and two or more legs</source>
        <translation>задайте три или более положения либо начало и два или более хода</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="129"/>
        <source>the traverse&apos;s {misclosure}</source>
        <translation>ход: {misclosure}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="130"/>
        <source>check the bearings and distances, or accept the misclosure (--accept-misclosure; the window asks)</source>
        <translation>проверьте азимуты и расстояния или примите невязку (--accept-misclosure; окно спросит)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="131"/>
        <source>bearings are true, grid or magnetic, not {value!r}</source>
        <translation>азимуты бывают истинные, сеточные или магнитные, а не {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="132"/>
        <source>declination {value!r} is not degrees east or west (6.5E, 2.1W or -2.1)</source>
        <translation>склонение {value!r} — не градусы к востоку или западу (6.5E, 2.1W или -2.1)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="133"/>
        <source>declination {value!r} is over 90°</source>
        <translation>склонение {value!r} больше 90°</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="134"/>
        <source>a mil circle is 6400 or 6000, not {value!r}</source>
        <translation>круг в тысячных — 6400 или 6000, а не {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="135"/>
        <source>zone {value!r} is not a UTM zone with its hemisphere, like 38N</source>
        <translation>зона {value!r} — не зона UTM с полушарием вида 38N</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="136"/>
        <source>a bearing in mils has no degree sign</source>
        <translation>у азимута в тысячных нет знака градуса</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="137"/>
        <source>bearing {value} mils is over the {circle} mil circle</source>
        <translation>азимут {value} тыс. больше круга {circle} тыс.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="138"/>
        <source>bearing {value}° is over 360</source>
        <translation>азимут {value}° больше 360</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="139"/>
        <source>slope angle {value}° is 90 or more</source>
        <translation>угол наклона {value}° — 90 или больше</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="140"/>
        <source>not a leg (bearing, distance) like {examples}</source>
        <translation>не ход (азимут, расстояние) вида {examples}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="141"/>
        <source>not a position or a leg MineDesk reads (like 38SPK 71184 20665, or 047 120 for a leg)</source>
        <translation>не положение и не ход, которые читает MineDesk (например 38SPK 71184 20665, или 047 120 для хода)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="142"/>
        <source> (and {n} more row(s))</source>
        <translation> (и ещё строк: {n})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="143"/>
        <source>the polygon crosses itself at {where}</source>
        <translation>полигон пересекает сам себя в {where}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="144"/>
        <source>put the turning points in order, or repair it (--repair; the window asks), which splits it where it crosses</source>
        <translation>расставьте поворотные точки по порядку или исправьте полигон (--repair; окно спросит): он разделится в месте пересечения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="145"/>
        <source>the polygon encloses no area once repaired</source>
        <translation>после исправления полигон не ограничивает площади</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="146"/>
        <source>put the turning points in order</source>
        <translation>расставьте поворотные точки по порядку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="147"/>
        <source>{value} has decimals but is followed by minutes</source>
        <translation>у {value} есть десятичные, но за ним идут минуты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="148"/>
        <source>minutes {value} are over 59</source>
        <translation>минуты {value} больше 59</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="149"/>
        <source>a leg needs a start: give the benchmark or first turning point&apos;s position before it</source>
        <translation>ходу нужно начало: задайте перед ним положение репера или первой поворотной точки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="150"/>
        <source>write a position like {examples}</source>
        <translation>запишите положение так: {examples}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="151"/>
        <source>not a position MineDesk reads</source>
        <translation>не положение, которое читает MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="152"/>
        <source>UTM zone {zone} is not 1..60</source>
        <translation>зона UTM {zone} не в пределах 1..60</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="153"/>
        <source>{letter} after the UTM zone is neither a hemisphere (N, S) nor a latitude band (C..X without I and O)</source>
        <translation>{letter} после зоны UTM — ни полушарие (N, S), ни широтный пояс (C..X без I и O)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="154"/>
        <source>easting {e} m is outside a UTM zone (100000..900000)</source>
        <translation>восток {e} м вне зоны UTM (100000..900000)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="155"/>
        <source>{text!r}: is S the latitude band or the southern hemisphere? As band S it is {value}, just outside band S (32°N-40°N); as the southern hemisphere {value2}</source>
        <translation>{text!r}: S — это широтная зона или южное полушарие? Как зона S это {value}, чуть вне зоны S (32°N-40°N); как южное полушарие — {value2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="156"/>
        <source>write the band letter of the position meant: {zone}{value3} {e_text} {n_text} or {zone}{value4} {e_text} {n_text}</source>
        <translation>укажите букву зоны нужного положения: {zone}{value3} {e_text} {n_text} или {zone}{value4} {e_text} {n_text}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="157"/>
        <source>northing {n} m is neither in band S (32°N-40°N) nor a position in the southern hemisphere of zone {zone}</source>
        <translation>север {n} м ни в поясе S (32°N-40°N), ни положение в южном полушарии зоны {zone}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="158"/>
        <source>an MGRS reference has at most two groups of digits (easting, northing)</source>
        <translation>в ссылке MGRS не больше двух групп цифр (восток, север)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="159"/>
        <source>MGRS easting {e} and northing {n} must have as many digits</source>
        <translation>у восточной {e} и северной {n} координат MGRS должно быть поровну цифр</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="160"/>
        <source>MGRS digits {digits} are not 1 to 5 digits each for easting and northing</source>
        <translation>цифры MGRS {digits} — не от 1 до 5 цифр на восток и север</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="161"/>
        <source>not an MGRS square that exists: square {square} is not in band {band} of zone {zone} ({lat} is south of {south})</source>
        <translation>несуществующий квадрат MGRS: квадрат {square} не в поясе {band} зоны {zone} ({lat} южнее {south})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="162"/>
        <source>Y={y} does not start with a Gauss-Krüger zone 4..32 (Pulkovo 1942, 6° zones: Y=8671357 is zone 8)</source>
        <translation>Y={y} не начинается с зоны Гаусса-Крюгера 4..32 (Пулково 1942, 6° зоны: Y=8671357 — зона 8)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="163"/>
        <source>Y={y} is outside Gauss-Krüger zone {zone} (its easting {easting:.0f} m should be 100000..900000 with the 500 km false easting)</source>
        <translation>Y={y} вне зоны Гаусса-Крюгера {zone} (восток {easting:.0f} м должен быть 100000..900000 с условным смещением 500 км)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="164"/>
        <source>X={x} is not a northing in the northern hemisphere</source>
        <translation>X={x} — не северная координата в северном полушарии</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="165"/>
        <source>X={x} Y={y} is not a position in Gauss-Krüger zone {zone}</source>
        <translation>X={x} Y={y} — не положение в зоне Гаусса-Крюгера {zone}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="166"/>
        <source>more than one comma or semicolon; give latitude, then longitude</source>
        <translation>больше одной запятой или точки с запятой; задайте широту, затем долготу</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="167"/>
        <source>give a hemisphere letter on both the latitude and the longitude, or on neither</source>
        <translation>укажите букву полушария и у широты, и у долготы, или ни у одной</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="168"/>
        <source>a coordinate without a number</source>
        <translation>координата без числа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="169"/>
        <source>a sign on the minutes or seconds</source>
        <translation>знак у минут или секунд</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="170"/>
        <source>both a minus sign and a hemisphere letter</source>
        <translation>и знак минус, и буква полушария</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="171"/>
        <source>the latitude (N or S) comes first, then the longitude (E or W)</source>
        <translation>сначала широта (N или S), затем долгота (E или W)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="172"/>
        <source>latitude and longitude written in different forms</source>
        <translation>широта и долгота записаны в разных формах</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="173"/>
        <source>latitude {value:g}° is over 90</source>
        <translation>широта {value:g}° больше 90</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="174"/>
        <source>longitude {value:g}° is over 180</source>
        <translation>долгота {value:g}° больше 180</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="175"/>
        <source>a position is text, not {name}</source>
        <translation>положение — это текст, а не {name}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="176"/>
        <source>an empty position</source>
        <translation>пустое положение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="177"/>
        <source>northing {n} m in zone {zone} is {where}, not in band {letter} ({south}-{north})</source>
        <translation>север {n} м в зоне {zone} — это {where}, не пояс {letter} ({south}-{north})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="178"/>
        <source>northing {n} m is not a position in zone {zone}N</source>
        <translation>север {n} м — не положение в зоне {zone}N</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="179"/>
        <source>not an MGRS square that exists: {why}</source>
        <translation>несуществующий квадрат MGRS: {why}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="180"/>
        <source>a hemisphere letter both before and after one coordinate</source>
        <translation>буква полушария и до, и после одной координаты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="181"/>
        <source>{t} is not part of a position</source>
        <translation>{t} не часть положения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="182"/>
        <source>more than degrees, minutes and seconds in one coordinate</source>
        <translation>в одной координате больше, чем градусы, минуты и секунды</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="183"/>
        <source>{value} has decimals but is followed by minutes or seconds</source>
        <translation>у {value} есть десятичные, но за ним идут минуты или секунды</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="184"/>
        <source>seconds {value} are 60 or more</source>
        <translation>секунды {value} — 60 или больше</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="185"/>
        <source>outside the UTM grid</source>
        <translation>вне сетки UTM</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="186"/>
        <source>{t} is out of place (degrees °, then minutes &apos;, then seconds &quot;)</source>
        <translation>{t} не на месте (градусы °, затем минуты &apos;, затем секунды &quot;)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="187"/>
        <source>has no hazard {hazard_id!r}</source>
        <translation>нет района {hazard_id!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="188"/>
        <source>check the id (minedesk tally PROJECT --per-hazard lists them)</source>
        <translation>проверьте код (их перечисляет minedesk tally PROJECT --per-hazard)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="189"/>
        <source>has no release {release_id!r}</source>
        <translation>нет участка {release_id!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="190"/>
        <source>check the id</source>
        <translation>проверьте код</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="191"/>
        <source>hazard {hazard_id} encloses no area</source>
        <translation>район {hazard_id} не охватывает площади</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="192"/>
        <source>redraw its shape in QGIS (minedesk check PROJECT shows what is wrong with it)</source>
        <translation>перерисуйте его форму в QGIS (minedesk check PROJECT показывает, что с ней не так)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="193"/>
        <source>tallies recomputed</source>
        <translation>итоги пересчитаны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="194"/>
        <source>after {why}</source>
        <translation>после: {why}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="195"/>
        <source>date: {why}; counted in no period</source>
        <translation>дата: {why}; не учтено ни в одном периоде</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="196"/>
        <source>{value!r}: not counted</source>
        <translation>{value!r}: не учтено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="197"/>
        <source>{label_}: the shapes cannot be computed ({err})</source>
        <translation>{label_}: формы не удаётся вычислить ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="198"/>
        <source>check the hazard&apos;s shape (minedesk check PROJECT)</source>
        <translation>проверьте форму района (minedesk check PROJECT)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="199"/>
        <source>{label_}: a shape has coordinates that are not numbers</source>
        <translation>{label_}: у формы есть координаты, которые не являются числами</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="200"/>
        <source>check the coordinates</source>
        <translation>проверьте координаты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="201"/>
        <source>{label_}: a new shape encloses no area</source>
        <translation>{label_}: новая форма не охватывает площади</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="202"/>
        <source>draw at least three points around some ground</source>
        <translation>нарисуйте хотя бы три точки вокруг участка земли</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="203"/>
        <source>null geometry</source>
        <translation>пустая (null) геометрия</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="204"/>
        <source>empty geometry</source>
        <translation>пустая геометрия</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="205"/>
        <source>coordinates not finite</source>
        <translation>координаты не конечны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="206"/>
        <source>coordinates the CRS cannot convert</source>
        <translation>координаты, которые CRS не может перевести</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="207"/>
        <source>coordinates outside the CRS&apos;s area of use</source>
        <translation>координаты вне области применения CRS</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="208"/>
        <source>invalid geometry repaired</source>
        <translation>неверная геометрия исправлена</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="209"/>
        <source>fewer than 3 distinct points</source>
        <translation>меньше 3 различных точек</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="210"/>
        <source>repeated vertices removed</source>
        <translation>повторяющиеся вершины удалены</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="211"/>
        <source>deleted record</source>
        <translation>удалённая запись</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="212"/>
        <source>damaged record</source>
        <translation>повреждённая запись</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="213"/>
        <source>damaged value</source>
        <translation>повреждённое значение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="214"/>
        <source>text encoding guessed</source>
        <translation>кодировка текста угадана</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="215"/>
        <source>duplicate hazard id</source>
        <translation>повторяющийся код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="216"/>
        <source>unknown hazard id</source>
        <translation>неизвестный код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="217"/>
        <source>release outside its hazard</source>
        <translation>участок вне своего района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="218"/>
        <source>release split between hazards</source>
        <translation>участок разделён между районами</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="219"/>
        <source>it names {value!r} but does not overlap it; no area counted</source>
        <translation>указывает {value!r}, но не пересекается с ним; площадь не учтена</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="220"/>
        <source>not counted, nor its {lost} device(s)</source>
        <translation>не учтено, как и его ВОП ({lost})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="221"/>
        <source>{hid!r} is not in the hazard layer; linked by location</source>
        <translation>{hid!r} нет в слое районов; привязано по расположению</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="222"/>
        <source>simplified at {simplify_m:g} m the task order still lists {count:,} turning points, more than the {max_turning_points:,} a task order can carry</source>
        <translation>даже упрощённое на {simplify_m:g} м задание содержит {count:,} поворотных точек, больше {max_turning_points:,}, которые вмещает задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="223"/>
        <source>give a larger tolerance, or task fewer hazards</source>
        <translation>задайте больший допуск или включите меньше районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="224"/>
        <source>The benchmark is {km:,.1f} km from the nearest hazard of this order, farther than {limit:g} km</source>
        <translation>Репер в {km:,.1f} км от ближайшего района этого задания, дальше {limit:g} км</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="225"/>
        <source>unknown task order field(s): {items}</source>
        <translation>неизвестные поля задания: {items}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="226"/>
        <source>use one of: {items2}</source>
        <translation>используйте одно из: {items2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="227"/>
        <source>{simplify_m!r} is not a tolerance MineDesk uses</source>
        <translation>{simplify_m!r} — не допуск, который использует MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="228"/>
        <source>give metres above 0 and up to 10000, e.g. --simplify 1</source>
        <translation>укажите метры больше 0 и до 10000, например --simplify 1</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="229"/>
        <source>the task order would list {count:,} turning points, more than the {max_turning_points:,} a task order can carry</source>
        <translation>в задании было бы {count:,} поворотных точек, больше {max_turning_points:,}, которые вмещает задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="230"/>
        <source>simplify the outline for the document only (minedesk task-order --simplify METRES, e.g. 1; the window asks), or task fewer hazards</source>
        <translation>упростите контур только для документа (minedesk task-order --simplify МЕТРЫ, например 1; окно спрашивает) или включите меньше районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="231"/>
        <source>a task order needs at least one hazard</source>
        <translation>заданию нужен хотя бы один район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="232"/>
        <source>choose or name the hazards to task</source>
        <translation>выберите или назовите районы для задания</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="233"/>
        <source>{value!r} is not a distance MineDesk uses</source>
        <translation>{value!r} — не расстояние, которое понимает MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="234"/>
        <source>give metres above 0, e.g. --benchmark-within {default:g}</source>
        <translation>задайте метры больше 0, например --benchmark-within {default:g}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="235"/>
        <source>hazard {hid} has no outline a task order or report can show (its coordinates cannot be placed, or it encloses no area; it is left out of the figures)</source>
        <translation>у района {hid} нет контура, который может показать задание или отчёт (его координаты не удаётся разместить или он не охватывает площади; он не входит в итоги)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="236"/>
        <source>fix its shape in QGIS (minedesk check shows what is wrong with it), or leave it out</source>
        <translation>исправьте его форму в QGIS (minedesk check показывает, что не так) или исключите его</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation type="vanished">Выдавший орган</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Задание</translation>
    </message>
    <message>
        <source>Tasked organisation</source>
        <translation type="vanished">Организация-исполнитель</translation>
    </message>
    <message>
        <source>Team(s)</source>
        <translation type="vanished">Группа (группы)</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="vanished">Донор</translation>
    </message>
    <message>
        <source>Type of task (minefield, battle area, spot task)</source>
        <translation type="vanished">Тип задания (минное поле, район боёв, точечная задача)</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="vanished">Опасные районы</translation>
    </message>
    <message>
        <source>District / village</source>
        <translation type="vanished">Район / село</translation>
    </message>
    <message>
        <source>Benchmark (BM) position</source>
        <translation type="vanished">Положение репера (BM)</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation type="vanished">Геометрия</translation>
    </message>
    <message>
        <source>Benchmark description</source>
        <translation type="vanished">Описание репера</translation>
    </message>
    <message>
        <source>Reference point (RP) position</source>
        <translation type="vanished">Положение опорной точки (RP)</translation>
    </message>
    <message>
        <source>Reference point description</source>
        <translation type="vanished">Описание опорной точки</translation>
    </message>
    <message>
        <source>Start point (nearest turning point is TP 1)</source>
        <translation type="vanished">Начальная точка (ближайшая поворотная точка — TP 1)</translation>
    </message>
    <message>
        <source>Planned method (NTS, TS, manual, mechanical, MDD)</source>
        <translation type="vanished">Планируемый метод (НТО, ТО, ручной, механический, МДД)</translation>
    </message>
    <message>
        <source>Parts to release</source>
        <translation type="vanished">Участки к высвобождению</translation>
    </message>
    <message>
        <source>Clearance depth (cm)</source>
        <translation type="vanished">Глубина очистки (см)</translation>
    </message>
    <message>
        <source>Expected threat (device categories, known models)</source>
        <translation type="vanished">Ожидаемая угроза (категории ВОП, известные модели)</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="vanished">Угроза</translation>
    </message>
    <message>
        <source>Evidence and its source</source>
        <translation type="vanished">Доказательства и их источник</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="vanished">Приоритет</translation>
    </message>
    <message>
        <source>Priority and land use</source>
        <translation type="vanished">Приоритет и землепользование</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="vanished">Бенефициары</translation>
    </message>
    <message>
        <source>Intended land use</source>
        <translation type="vanished">Планируемое использование земли</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="vanished">Планируемое начало</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="vanished">Даты</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="vanished">Планируемое окончание</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">Крайний срок</translation>
    </message>
    <message>
        <source>Reporting frequency</source>
        <translation type="vanished">Частота отчётов</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation type="vanished">Маршрут подъезда</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="vanished">Безопасность</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation type="vanished">Контрольный пункт</translation>
    </message>
    <message>
        <source>Casualty evacuation (CASEVAC) plan</source>
        <translation type="vanished">План эвакуации пострадавших (CASEVAC)</translation>
    </message>
    <message>
        <source>Nearest medical facility</source>
        <translation type="vanished">Ближайшее медицинское учреждение</translation>
    </message>
    <message>
        <source>Helicopter landing site</source>
        <translation type="vanished">Вертолётная площадка</translation>
    </message>
    <message>
        <source>Demolition site</source>
        <translation type="vanished">Место подрыва</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="vanished">Маркировка</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="vanished">Аккредитация</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="vanished">Качество</translation>
    </message>
    <message>
        <source>QA visits</source>
        <translation type="vanished">Визиты QA</translation>
    </message>
    <message>
        <source>QC sampling</source>
        <translation type="vanished">Выборка QC</translation>
    </message>
    <message>
        <source>Inspecting body</source>
        <translation type="vanished">Инспектирующий орган</translation>
    </message>
    <message>
        <source>Issued by (name, post)</source>
        <translation type="vanished">Выдал (имя, должность)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="vanished">Подписи</translation>
    </message>
    <message>
        <source>Received by (name, post)</source>
        <translation type="vanished">Получил (имя, должность)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="vanished">Рассылка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="82"/>
        <source>zone {zone} is not 1..60</source>
        <translation>зона {zone} не в пределах 1..60</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="83"/>
        <source>band {band} is polar (UPS); UPS is not supported</source>
        <translation>пояс {band} полярный (UPS); UPS не поддерживается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="84"/>
        <source>{band} is not a latitude band (C..X, without I and O)</source>
        <translation>{band} — не широтный пояс (C..X без I и O)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="85"/>
        <source>zone {zone}X does not exist (Svalbard is in 31X, 33X, 35X and 37X)</source>
        <translation>зоны {zone}X нет (Шпицберген в 31X, 33X, 35X и 37X)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="86"/>
        <source>column letter {col} is not used in zone {zone} (only {first}..{last})</source>
        <translation>буква столбца {col} не используется в зоне {zone} (только {first}..{last})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="87"/>
        <source>row letter {row} is not an MGRS row letter (A..V, without I and O)</source>
        <translation>буква ряда {row} — не буква ряда MGRS (A..V без I и O)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="88"/>
        <source>more than 5 digits each for easting and northing</source>
        <translation>больше 5 цифр на восток и север</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="89"/>
        <source>square {square} is not in band {band} of zone {zone}</source>
        <translation>квадрат {square} не в поясе {band} зоны {zone}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="90"/>
        <source>easting and northing must have as many digits</source>
        <translation>у востока и севера должно быть поровну цифр</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="91"/>
        <source>an odd number of digits</source>
        <translation>нечётное число цифр</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="237"/>
        <source>a NaN or infinite coordinate; skipped</source>
        <translation>координата NaN или бесконечность; пропущено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="238"/>
        <source>x {value:.10g}, y {value2:.10g} {where} (a typo, or the wrong CRS); skipped</source>
        <translation>x {value:.10g}, y {value2:.10g} {where} (опечатка или не та CRS); пропущено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="239"/>
        <source>x {value:.10g}, y {value2:.10g} is at longitude {value3:.2f}, latitude {value4:.2f}, far from where {name} is used (a typo, or the wrong CRS); skipped</source>
        <translation>x {value:.10g}, y {value2:.10g} — это долгота {value3:.2f}, широта {value4:.2f}, далеко от области применения {name} (опечатка или не та CRS); пропущено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="240"/>
        <source>skipped: a ring of fewer than 3 distinct points</source>
        <translation>пропущено: кольцо из менее чем 3 различных точек</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="241"/>
        <source>{value} removed</source>
        <translation>удалено: {value}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="242"/>
        <source>is not a longitude/latitude on Earth</source>
        <translation>не долгота/широта на Земле</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="243"/>
        <source>is no place {name} can convert to longitude/latitude</source>
        <translation>не место, которое {name} может перевести в долготу/широту</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="244"/>
        <source>skipped: encloses no area</source>
        <translation>пропущено: не охватывает площади</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="245"/>
        <source>{value}; all enclosed area kept</source>
        <translation>{value}; вся охваченная площадь сохранена</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="246"/>
        <source>give a whole number from 0 to {max:,}</source>
        <translation>укажите целое число от 0 до {max:,}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="247"/>
        <source>write it as {formats}</source>
        <translation>запишите как {formats}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="248"/>
        <source>{text!r} is not a date MineDesk reads ({date_formats})</source>
        <translation>{text!r} — не дата в формате, который читает MineDesk ({date_formats})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="249"/>
        <source>{shown} is more than {max_devices:,}, the most one release can record</source>
        <translation>{shown} больше {max_devices:,}, наибольшего числа для одного участка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="250"/>
        <source>{text!r} is not a date: there is no month {month}</source>
        <translation>{text!r} — не дата: месяца {month} нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="251"/>
        <source>{text!r} is not a plausible date: the year {year} is outside {first_year}-{last_year}</source>
        <translation>{text!r} — неправдоподобная дата: год {year} вне {first_year}-{last_year}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="252"/>
        <source>{text!r} is not a date: {value} {year} has no day {day}</source>
        <translation>{text!r} — не дата: в {value} {year} нет {day}-го числа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="253"/>
        <source>{text!r} is not a date: its time {value} does not exist</source>
        <translation>{text!r} — не дата: времени {value} не существует</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="254"/>
        <source>{text!r} is a year without a month and a day, which no period can hold</source>
        <translation>{text!r} — год без месяца и дня, его нельзя отнести ни к какому периоду</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="255"/>
        <source>{value!r} is not a date</source>
        <translation>{value!r} — не дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="256"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>период заканчивается ({end}) раньше, чем начинается ({start})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="257"/>
        <source>choose an end on or after the start</source>
        <translation>выберите конец не раньше начала</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="258"/>
        <source>{shown} is a no-data marker: the count is unknown</source>
        <translation>{shown} — отметка «нет данных»: количество неизвестно</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="259"/>
        <source>{shown} is negative: not a count</source>
        <translation>{shown} отрицательно: это не количество</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="260"/>
        <source>{shown} is not a whole number</source>
        <translation>{shown} — не целое число</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="261"/>
        <source>{value!r} is not a plausible date: the year {year} is outside {first_year}-{last_year}</source>
        <translation>{value!r} — неправдоподобная дата: год {year} вне {first_year}-{last_year}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="262"/>
        <source>{value!r} is not a date MineDesk reads ({date_formats})</source>
        <translation>{value!r} — не дата в формате, который читает MineDesk ({date_formats})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="263"/>
        <source>{value!r} is a yes/no value, not a count</source>
        <translation>{value!r} — значение да/нет, а не количество</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="264"/>
        <source>{shown} is not a count</source>
        <translation>{shown} — не количество</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="265"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} — не число</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="266"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} — не число</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="267"/>
        <source>is not a project name ({value})</source>
        <translation>не имя проекта ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="268"/>
        <source>a project is one GeoPackage: end the name with .gpkg (export writes other formats)</source>
        <translation>проект — это один GeoPackage: закончите имя на .gpkg (экспорт пишет другие форматы)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="269"/>
        <source>is a file, not a project: it is shown read-only</source>
        <translation>это файл, а не проект: он показан только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="270"/>
        <source>make a project of it (File &gt; Make project) to record releases</source>
        <translation>создайте из него проект (Файл &gt; Создать проект), чтобы записывать высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="271"/>
        <source>is not a format export writes ({value})</source>
        <translation>не формат, который пишет экспорт ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="272"/>
        <source>end the name with .gpkg, .shp, .geojson or .csv</source>
        <translation>закончите имя на .gpkg, .shp, .geojson или .csv</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="273"/>
        <source>stored as {new}</source>
        <translation>сохранено как {new}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="274"/>
        <source>{rid} on {hazard_id}</source>
        <translation>{rid} на {hazard_id}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="275"/>
        <source>cannot be read ({value})</source>
        <translation>не удаётся прочитать ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="276"/>
        <source>check the file, or copy it again</source>
        <translation>проверьте файл или скопируйте его заново</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="277"/>
        <source>has no layer {layer_!r} (it holds {items})</source>
        <translation>нет слоя {layer_!r} (в нём есть {items})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="278"/>
        <source>choose one with --layer NAME</source>
        <translation>выберите один через --layer ИМЯ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="279"/>
        <source>is not read with its shapefile: GDAL looks only for {name} or {stem}.{value}</source>
        <translation>не читается со своим shapefile: GDAL ищет только {name} или {stem}.{value}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="280"/>
        <source>rename it to {name}</source>
        <translation>переименуйте его в {name}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="281"/>
        <source>holds several layers ({names})</source>
        <translation>содержит несколько слоёв ({names})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="282"/>
        <source>cannot be read ({text})</source>
        <translation>не удаётся прочитать ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="283"/>
        <source>copy it again from its source or export it again</source>
        <translation>скопируйте его заново из источника или экспортируйте заново</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="284"/>
        <source>cannot be read (permission denied)</source>
        <translation>не удаётся прочитать (нет доступа)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="285"/>
        <source>ask for read access to it (and its folder), or copy it somewhere you can read</source>
        <translation>попросите доступ на чтение к нему (и к его папке) или скопируйте его туда, где можете читать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="286"/>
        <source>holds several layers named {layer_!r} ({items})</source>
        <translation>содержит несколько слоёв с именем {layer_!r} ({items})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="287"/>
        <source>choose one by its path in the archive, e.g. --layer {value}</source>
        <translation>выберите один по пути в архиве, например --layer {value}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="288"/>
        <source>shapefile index (.shx)</source>
        <translation>индекс shapefile (.shx)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="289"/>
        <source>shapefile</source>
        <translation>shapefile</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="290"/>
        <source>is empty, not a valid {what}</source>
        <translation>пуст, это не корректный {what}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="291"/>
        <source>copy it again from its source</source>
        <translation>скопируйте его заново из источника</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="292"/>
        <source>is not a valid {what} (only {size} bytes, no complete header)</source>
        <translation>не корректный {what} (всего {size} байт, нет полного заголовка)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="293"/>
        <source>is not a valid {what} (bad header: {kind_})</source>
        <translation>не корректный {what} (плохой заголовок: {kind_})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="294"/>
        <source>is not a valid {what} (bad header: version {version}, shape type {shape_type})</source>
        <translation>не корректный {what} (плохой заголовок: версия {version}, тип фигур {shape_type})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="295"/>
        <source>copy the complete .shx again from its source</source>
        <translation>скопируйте полный .shx заново из источника</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="296"/>
        <source>is not a valid shapefile (bad header)</source>
        <translation>не корректный shapefile (плохой заголовок)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="297"/>
        <source>is truncated ({shp_size} of {declared} bytes)</source>
        <translation>обрезан ({shp_size} из {declared} байт)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="298"/>
        <source>copy the complete file again from its source</source>
        <translation>скопируйте полный файл заново из источника</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="299"/>
        <source>is corrupt: its header says {declared:,} bytes, its records run to {value:,}</source>
        <translation>повреждён: в заголовке {declared:,} байт, а записи доходят до {value:,}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="300"/>
        <source>is not a dBASE attribute table (only {size} bytes)</source>
        <translation>не таблица атрибутов dBASE (всего {size} байт)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="301"/>
        <source>copy the .dbf that belongs with the .shp again from its source</source>
        <translation>скопируйте заново из источника .dbf, который относится к .shp</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="302"/>
        <source>is truncated ({size:,} of {value:,} bytes)</source>
        <translation>обрезан ({size:,} из {value:,} байт)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="303"/>
        <source>is not a dBASE attribute table (bad header)</source>
        <translation>не таблица атрибутов dBASE (плохой заголовок)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="304"/>
        <source>is not a dBASE attribute table (its fields take {widths} bytes a record, its header says {record_len})</source>
        <translation>не таблица атрибутов dBASE (поля занимают {widths} байт на запись, а в заголовке {record_len})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="305"/>
        <source>holds {count:,} records but the .shp holds {nrec:,}</source>
        <translation>содержит {count:,} записей, а .shp — {nrec:,}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="306"/>
        <source>the attribute table does not belong with these shapes: {again}</source>
        <translation>таблица атрибутов не относится к этим фигурам: {again}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="307"/>
        <source>is truncated ({size:,} of {expected:,} bytes)</source>
        <translation>обрезан ({size:,} из {expected:,} байт)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="308"/>
        <source>holds {kind_}, not polygons</source>
        <translation>содержит {kind_}, а не полигоны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="309"/>
        <source>is not valid GeoJSON ({text})</source>
        <translation>не корректный GeoJSON ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="310"/>
        <source>check the file is complete, or export it again</source>
        <translation>проверьте, что файл полный, или экспортируйте его заново</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="311"/>
        <source>is corrupt or not a GeoPackage (not an SQLite database)</source>
        <translation>повреждён или не GeoPackage (не база данных SQLite)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="312"/>
        <source>is corrupt or not a GIS file GDAL can read</source>
        <translation>повреждён или не ГИС-файл, который читает GDAL</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="313"/>
        <source>cannot open the layer ({text})</source>
        <translation>не удаётся открыть слой ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="314"/>
        <source>check the name given with --layer</source>
        <translation>проверьте имя, указанное в --layer</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="315"/>
        <source>{text!r} is not a coordinate reference system PROJ knows ({err})</source>
        <translation>{text!r} — не система координат, известная PROJ ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="316"/>
        <source>give an EPSG code such as EPSG:32638 or EPSG:4326</source>
        <translation>укажите код EPSG, например EPSG:32638 или EPSG:4326</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="317"/>
        <source>names a coordinate reference system ({name}) PROJ cannot convert to longitude/latitude ({err})</source>
        <translation>указывает систему координат ({name}), которую PROJ не может перевести в долготу/широту ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="318"/>
        <source>correct its .prj, or give the right one with --crs, e.g. --crs EPSG:32638</source>
        <translation>исправьте его .prj или укажите правильную через --crs, например --crs EPSG:32638</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="319"/>
        <source>is a folder</source>
        <translation>это папка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="320"/>
        <source>give a .shp, .zip, .gpkg or .geojson file inside it</source>
        <translation>укажите файл .shp, .zip, .gpkg или .geojson в ней</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="321"/>
        <source>is not a file type MineDesk reads ({value})</source>
        <translation>не тот тип файла, который читает MineDesk ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="322"/>
        <source>give a shapefile (.shp or .zip), a GeoPackage (.gpkg) or GeoJSON</source>
        <translation>укажите shapefile (.shp или .zip), GeoPackage (.gpkg) или GeoJSON</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="323"/>
        <source>holds no shapefile</source>
        <translation>не содержит shapefile</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="324"/>
        <source>zip the .shp with its .shx, .dbf and .prj</source>
        <translation>заархивируйте .shp вместе с его .shx, .dbf и .prj</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="325"/>
        <source>holds several layers ({items})</source>
        <translation>содержит несколько слоёв ({items})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="326"/>
        <source>is corrupt: {bad} of {nrec} index entries point into the header or to no record (a zero-filled or damaged index)</source>
        <translation>повреждён: {bad} из {nrec} записей индекса указывают в заголовок или ни на какую запись (индекс из нулей или повреждён)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="327"/>
        <source>copy the .shx that belongs with the .shp again from its source</source>
        <translation>скопируйте заново из источника .shx, который относится к .shp</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="328"/>
        <source>is truncated: {lost} of {nrec} records lie past the end of the file ({shp_size} of {value} bytes)</source>
        <translation>обрезан: {lost} из {nrec} записей лежат за концом файла ({shp_size} из {value} байт)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="329"/>
        <source>is not a dBASE attribute table (field {value} ({name}) has type byte {kind_:#04x}, no dBASE field type)</source>
        <translation>не таблица атрибутов dBASE (у поля {value} ({name}) байт типа {kind_:#04x}, это не тип поля dBASE)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="330"/>
        <source>text cannot be decoded ({message_})</source>
        <translation>текст не удаётся декодировать ({message_})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="331"/>
        <source>add a .cpg file naming the encoding, or pass --encoding (e.g. cp1251)</source>
        <translation>добавьте файл .cpg с названием кодировки или укажите --encoding (например cp1251)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="332"/>
        <source>text is not in the encoding it declares ({encoding}: {reason})</source>
        <translation>текст не в заявленной кодировке ({encoding}: {reason})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="333"/>
        <source>pass --encoding with the right one (e.g. cp1251, cp1254) or fix the .cpg file</source>
        <translation>укажите правильную через --encoding (например cp1251, cp1254) или исправьте файл .cpg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="334"/>
        <source>GDAL warning</source>
        <translation>предупреждение GDAL</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="335"/>
        <source>no .cpg file says how the text is encoded, read as {value}; if names look wrong pass --encoding (cp1251 for Cyrillic, cp1254 for Azerbaijani Latin)</source>
        <translation>нет файла .cpg с кодировкой текста, прочитано как {value}; если названия выглядят неверно, укажите --encoding (cp1251 для кириллицы, cp1254 для азербайджанской латиницы)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="336"/>
        <source>check the path</source>
        <translation>проверьте путь</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="337"/>
        <source>no such file (a folder on its path is a file)</source>
        <translation>нет такого файла (одна из папок на пути — файл)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="338"/>
        <source>is not a readable zip archive ({err})</source>
        <translation>не читаемый zip-архив ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="339"/>
        <source>copy the archive again from its source</source>
        <translation>скопируйте архив заново из источника</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="340"/>
        <source>cannot be unpacked ({err})</source>
        <translation>не удаётся распаковать ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="341"/>
        <source>copy the archive again from its source, or zip the files again (without a password)</source>
        <translation>скопируйте архив заново из источника или заархивируйте файлы заново (без пароля)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="342"/>
        <source>would expand from {packed:,} to {size:,} bytes ({ratio:,.0f} times), more than real data ever does (a zip bomb, or padding); refused unread</source>
        <translation>распаковался бы из {packed:,} в {size:,} байт (в {ratio:,.0f} раз), больше, чем бывает у настоящих данных (zip-бомба или заполнение); отклонён без чтения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="343"/>
        <source>copy the archive again from its source, or unpack it yourself if you trust it</source>
        <translation>скопируйте архив заново из источника или распакуйте его сами, если доверяете ему</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="344"/>
        <source>its {ext} file (the {what}) is missing</source>
        <translation>нет его файла {ext} ({what})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="345"/>
        <source>copy the {ext} that belongs with the .shp into the same place</source>
        <translation>скопируйте {ext}, который относится к .shp, в то же место</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="346"/>
        <source>record {value} is flagged deleted in the .dbf: GDAL (and QGIS) skip it, so its shape is not counted</source>
        <translation>запись {value} помечена в .dbf как удалённая: GDAL (и QGIS) её пропускают, поэтому её фигура не учитывается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="347"/>
        <source>record {value} has deletion flag {value2:#04x} (neither &apos; &apos; nor &apos;*&apos;): the .dbf is damaged there</source>
        <translation>у записи {value} флаг удаления {value2:#04x} (ни &apos; &apos;, ни &apos;*&apos;): .dbf там повреждён</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="348"/>
        <source>its crs member names {value!r}, a coordinate reference system PROJ does not know</source>
        <translation>его член crs указывает {value!r}, систему координат, неизвестную PROJ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="349"/>
        <source>correct the crs member (e.g. urn:ogc:def:crs:EPSG::32638), or pass --crs with the right one</source>
        <translation>исправьте член crs (например urn:ogc:def:crs:EPSG::32638) или укажите правильную через --crs</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="350"/>
        <source>copy it again</source>
        <translation>скопируйте его заново</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="351"/>
        <source>has no coordinate reference system (no .prj)</source>
        <translation>нет системы координат (нет .prj)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="352"/>
        <source>pass --crs with the right one, e.g. --crs EPSG:32638 for UTM 38N</source>
        <translation>укажите правильную через --crs, например --crs EPSG:32638 для UTM 38N</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="353"/>
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="354"/>
        <source>attribute table</source>
        <translation>таблица атрибутов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="355"/>
        <source>record {value}, field {name}: {raw!r} is not a {value2} (the .dbf is damaged there; GDAL reads what it can)</source>
        <translation>запись {value}, поле {name}: {raw!r} — не {value2} (.dbf там повреждён; GDAL читает, что может)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="356"/>
        <source>field {name}: {value:,} more damaged cells</source>
        <translation>поле {name}: ещё {value:,} повреждённых ячеек</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="357"/>
        <source>cannot be written ({reason})</source>
        <translation>не удаётся записать ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="358"/>
        <source>check the folder is writable and has room, or choose another folder</source>
        <translation>проверьте, что в папку можно писать и есть место, или выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="359"/>
        <source>is not a name for {what} (it ends {value})</source>
        <translation>не имя для: {what} (оканчивается на {value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="360"/>
        <source>end it with {items}</source>
        <translation>закончите его на {items}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="361"/>
        <source>is named twice as an output</source>
        <translation>указан как результат дважды</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="362"/>
        <source>give each output its own name</source>
        <translation>дайте каждому результату своё имя</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="363"/>
        <source>is a folder, not a file name</source>
        <translation>это папка, а не имя файла</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="364"/>
        <source>give the name of a file inside it</source>
        <translation>укажите имя файла в ней</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="365"/>
        <source>folder does not exist</source>
        <translation>папка не существует</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="366"/>
        <source>create it first, or choose another folder</source>
        <translation>сначала создайте её или выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="367"/>
        <source>{parent} is not a folder</source>
        <translation>{parent} — не папка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="368"/>
        <source>choose a file name in a folder</source>
        <translation>выберите имя файла в папке</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="369"/>
        <source>already exists and is a MineDesk project (or a file kept beside one)</source>
        <translation>уже существует и является проектом MineDesk (или файлом рядом с ним)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="370"/>
        <source>MineDesk never writes over a project, even with --overwrite; choose another name</source>
        <translation>MineDesk никогда не перезаписывает проект, даже с --overwrite; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="371"/>
        <source>is one of this command&apos;s inputs{same}</source>
        <translation>это один из входных файлов команды{same}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="372"/>
        <source>MineDesk never writes over its inputs; choose another name</source>
        <translation>MineDesk никогда не перезаписывает входные файлы; выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="373"/>
        <source>already exists</source>
        <translation>уже существует</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="374"/>
        <source>give {option} to replace it, or choose another name</source>
        <translation>укажите {option}, чтобы заменить его, или выберите другое имя</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="375"/>
        <source>cannot be used as a project ({text})</source>
        <translation>не может служить проектом ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="376"/>
        <source>restore it from a copy (or repair it in QGIS); MineDesk changed nothing</source>
        <translation>восстановите его из копии (или исправьте в QGIS); MineDesk ничего не изменил</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="377"/>
        <source>is not a MineDesk project (no minedesk_meta table)</source>
        <translation>не проект MineDesk (нет таблицы minedesk_meta)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="378"/>
        <source>make one from it with: minedesk import FILE -o PROJECT.gpkg</source>
        <translation>создайте из него проект: minedesk import FILE -o PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="379"/>
        <source>holds a half-written change ({name}-journal) left by a program that stopped, and only someone who may write to the file and its folder can undo it</source>
        <translation>содержит недописанное изменение ({name}-journal), оставленное остановившейся программой, и отменить его может только тот, кто может писать в файл и его папку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="380"/>
        <source>open it once with write access (as its owner, say); until then it cannot be read safely</source>
        <translation>откройте его один раз с правом записи (например, как владелец); до тех пор его нельзя безопасно читать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="381"/>
        <source>is read-only: nothing was written</source>
        <translation>только для чтения: ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="382"/>
        <source>it opens read-only for reading (tally, export, history, the window); to edit it, ask for write access to the file and its folder, or copy it to a folder you can write to</source>
        <translation>он открывается только для чтения (итоги, экспорт, история, окно); чтобы редактировать, попросите право записи в файл и его папку или скопируйте его в папку, куда можете писать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="383"/>
        <source>cannot be written: the disk is full; nothing was written</source>
        <translation>не удаётся записать: диск заполнен; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="384"/>
        <source>free some space and do it again</source>
        <translation>освободите место и повторите</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="385"/>
        <source>is busy: another program kept it locked for 15 seconds; nothing was written</source>
        <translation>занят: другая программа держала его заблокированным 15 секунд; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="386"/>
        <source>try again when that program is done</source>
        <translation>попробуйте снова, когда та программа закончит</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="387"/>
        <source>cannot be opened ({text})</source>
        <translation>не удаётся открыть ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="388"/>
        <source>check that it is there and that you may read it</source>
        <translation>проверьте, что он на месте и что вы можете его читать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="389"/>
        <source>cannot be read or written ({text}); nothing was written</source>
        <translation>не удаётся прочитать или записать ({text}); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="390"/>
        <source>check the disk or the network folder, then try again</source>
        <translation>проверьте диск или сетевую папку и попробуйте снова</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="391"/>
        <source>is damaged ({text})</source>
        <translation>повреждён ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="392"/>
        <source>is not a GeoPackage (not an SQLite database: damaged or another kind of file)</source>
        <translation>не GeoPackage (не база данных SQLite: повреждён или это файл другого вида)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="393"/>
        <source>is read-only (you may not write to the file, or the disk is read-only)</source>
        <translation>только для чтения (вы не можете писать в файл или диск только для чтения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="394"/>
        <source>is read-only: you may not write to its folder, where the edit journal and the lock file go</source>
        <translation>только для чтения: вы не можете писать в его папку, где лежат журнал изменений и файл блокировки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="395"/>
        <source>has {links} names (hard links), so it opens read-only: an edit cut off by a crash could not be rolled back through its other names</source>
        <translation>у него {links} имён (жёсткие ссылки), поэтому он открывается только для чтения: прерванное сбоем изменение нельзя было бы откатить через другие имена</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="396"/>
        <source>to edit it, copy it (cp, not ln) and open the copy, or remove its other links</source>
        <translation>чтобы редактировать, скопируйте его (cp, не ln) и откройте копию или удалите другие ссылки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="397"/>
        <source>choose another name, or delete or rename the old project first</source>
        <translation>выберите другое имя или сначала удалите или переименуйте старый проект</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="398"/>
        <source>holds a half-written change ({name}-journal) left by another program that stopped</source>
        <translation>содержит недописанное изменение ({name}-journal), оставленное другой остановившейся программой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="399"/>
        <source>open it once in that program (QGIS, say) so that it rolls the change back, or restore it from a copy</source>
        <translation>откройте его один раз в той программе (например, QGIS), чтобы она откатила изменение, или восстановите из копии</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="400"/>
        <source>ask for read access to it, or copy it somewhere you can read it</source>
        <translation>попросите доступ на чтение или скопируйте его туда, где можете его читать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="401"/>
        <source>is damaged (its table of tables cannot be read)</source>
        <translation>повреждён (не читается его таблица таблиц)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="402"/>
        <source>restore it from a copy; MineDesk left it as it is</source>
        <translation>восстановите его из копии; MineDesk оставил его как есть</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="403"/>
        <source>no such project</source>
        <translation>нет такого проекта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="404"/>
        <source>make one with: minedesk import HAZARDS -o PROJECT.gpkg</source>
        <translation>создайте так: minedesk import HAZARDS -o PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="405"/>
        <source>is open read-only</source>
        <translation>открыт только для чтения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="406"/>
        <source>open it for editing to change it</source>
        <translation>чтобы изменить, откройте его для редактирования</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="407"/>
        <source>cannot be edited: its lock file {name} cannot be made ({value})</source>
        <translation>нельзя редактировать: не удаётся создать файл блокировки {name} ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="408"/>
        <source>is open for editing in {holder}</source>
        <translation>открыт для редактирования в {holder}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="409"/>
        <source>close it there first (the lock ends when that program closes the project or stops, even by a crash; the empty .lock file beside the project is not itself a lock and may stay); reading it (tally, history, export) works meanwhile</source>
        <translation>сначала закройте его там (блокировка снимается, когда та программа закрывает проект или останавливается, даже при сбое; пустой файл .lock рядом с проектом сам не блокировка и может остаться); читать его (итоги, история, экспорт) тем временем можно</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="410"/>
        <source>is open for editing in another program, under another of its names (a link to the same file)</source>
        <translation>открыт для редактирования в другой программе под другим его именем (ссылка на тот же файл)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="411"/>
        <source>is damaged: it {problem_}</source>
        <translation>повреждён: {problem_}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="412"/>
        <source>was made by a newer MineDesk (project schema {version}, this one reads up to {schema_version})</source>
        <translation>создан более новой версией MineDesk (схема проекта {version}, эта читает до {schema_version})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="413"/>
        <source>update MineDesk to open it</source>
        <translation>обновите MineDesk, чтобы открыть его</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="414"/>
        <source>is damaged: it {srs}</source>
        <translation>повреждён: {srs}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="415"/>
        <source>cannot be edited ({value})</source>
        <translation>нельзя редактировать ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="416"/>
        <source>is damaged: its audit log entry {value} cannot be read ({err})</source>
        <translation>повреждён: не читается запись журнала аудита {value} ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="417"/>
        <source>restore it from a copy; the features themselves are not affected</source>
        <translation>восстановите его из копии; сами объекты не затронуты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="418"/>
        <source>was changed by another program since it was opened here; nothing was written</source>
        <translation>изменён другой программой с тех пор, как был открыт здесь; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="419"/>
        <source>reopen it to see that change, then do this again</source>
        <translation>откройте его заново, чтобы увидеть то изменение, затем повторите</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="420"/>
        <source>is damaged: the geometry of {table} feature {fid} cannot be read ({err})</source>
        <translation>повреждён: не читается геометрия объекта {fid} в {table} ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="421"/>
        <source>fix or delete that feature in QGIS, or restore the project from a copy</source>
        <translation>исправьте или удалите этот объект в QGIS или восстановите проект из копии</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>{0} found</source>
        <translation type="vanished">Найдено {0}</translation>
    </message>
</context>
<context>
    <name>units</name>
    <message>
        <location filename="../../src/minedesk/app/messages.py" line="39"/>
        <source>ha</source>
        <comment>hectares, the unit of every figure</comment>
        <translation>га</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Wrote {0}</source>
        <translation type="vanished">Записано: {0}</translation>
    </message>
</context>
</TS>
