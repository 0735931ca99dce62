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
        <location filename="../../src/minedesk/app/window/actions.py" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="39"/>
        <location filename="../../src/minedesk/app/window/actions.py" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="40"/>
        <source>&amp;Delete selected hazards</source>
        <translation>&amp;Удалить выбранные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="43"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="44"/>
        <source>Zoom to &amp;all</source>
        <translation>Показать &amp;всё</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="45"/>
        <source>Zoom to &amp;selection</source>
        <translation>Показать &amp;выбранное</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="47"/>
        <source>&amp;Colour hazards by</source>
        <translation>&amp;Раскрасить районы по</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="50"/>
        <source>&amp;Background map (MBTiles)...</source>
        <translation>&amp;Фоновая карта (MBTiles)...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="51"/>
        <source>&amp;No background map</source>
        <translation>&amp;Без фоновой карты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="55"/>
        <source>&amp;Tools</source>
        <translation>&amp;Инструменты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="58"/>
        <source>&amp;Pan</source>
        <translation>&amp;Сдвиг</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="58"/>
        <source>&amp;Select</source>
        <translation>&amp;Выбор</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="59"/>
        <source>&amp;Draw release polygon</source>
        <translation>&amp;Нарисовать высвобожденный участок</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="60"/>
        <source>&amp;Edit release vertices</source>
        <translation>&amp;Изменить вершины участка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="61"/>
        <source>S&amp;plit hazard with a line</source>
        <translation>&amp;Разделить район линией</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="68"/>
        <source>&amp;Mark selected released...</source>
        <translation>&amp;Отметить выбранные как высвобожденные...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="69"/>
        <source>Record &amp;devices found...</source>
        <translation>Записать найденные &amp;ВОП...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="73"/>
        <source>&amp;Task order for selected hazards...</source>
        <translation>&amp;Задание на выбранные районы...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="74"/>
        <source>&amp;Completion report...</source>
        <translation>&amp;Отчёт о завершении...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="75"/>
        <source>&amp;Summary report for a period...</source>
        <translation>&amp;Сводный отчёт за период...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="79"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="83"/>
        <source>As the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="90"/>
        <source>&amp;About MineDesk</source>
        <translation>&amp;О программе MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="91"/>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="114"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Отменить: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="115"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Повторить: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="131"/>
        <source>&amp;Type (CHA, SHA)</source>
        <translation>&amp;Типу (CHA, SHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="131"/>
        <source>&amp;Progress (how much is released)</source>
        <translation>&amp;Ходу работ (сколько высвобождено)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="154"/>
        <source>The language changes when MineDesk starts again</source>
        <translation>Язык изменится при следующем запуске MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="157"/>
        <source>About MineDesk</source>
        <translation>О программе MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="158"/>
        <source>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Land-release tallies, task orders and reports for mine action.&lt;/p&gt;&lt;p&gt;Hectares are geodesic, on the WGS84 ellipsoid.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Учёт высвобождения земель, задания и отчёты для противоминной деятельности.&lt;/p&gt;&lt;p&gt;Гектары вычисляются геодезически, на эллипсоиде WGS84.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="237"/>
        <source>No task order is issued in this project yet</source>
        <translation>В этом проекте ещё нет заданий</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="241"/>
        <source>Completion report</source>
        <translation>Отчёт о завершении</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="242"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="246"/>
        <source>Save completion report</source>
        <translation>Сохранить отчёт о завершении</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="248"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="55"/>
        <source>All hazards</source>
        <translation>Все районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="55"/>
        <source>Selection</source>
        <translation>Выбранное</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="60"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="69"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="221"/>
        <source>Hazards</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="69"/>
        <source>Hazard area</source>
        <translation>Площадь районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="70"/>
        <source>Released</source>
        <translation>Высвобождено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="71"/>
        <source>  cleared</source>
        <translation>  очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="71"/>
        <source>  reduced</source>
        <translation>  сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="72"/>
        <source>  cancelled</source>
        <translation>  исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="70"/>
        <source>Remaining</source>
        <translation>Осталось</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="72"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="104"/>
        <source>Devices found</source>
        <translation>Найдено ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="81"/>
        <source>Not counted</source>
        <translation>Не учтено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="85"/>
        <source>Releases that count toward no hazard (outside every hazard, or outside the one they name) and hazards left out when read for want of a usable polygon: the Data quality panel lists each one</source>
        <translation>Высвобождения, не отнесённые ни к одному опасному району (вне всех районов или вне указанного в них), и опасные районы, пропущенные при чтении из-за отсутствия пригодного полигона: каждый из них указан на панели «Качество данных»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="106"/>
        <source>Released hectares over time</source>
        <translation>Высвобождено гектаров по времени</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="130"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="173"/>
        <source>{0} ha</source>
        <comment>hectares, the unit of every figure</comment>
        <translation>{0} га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="201"/>
        <source>{0} in {1} release(s) outside every hazard</source>
        <translation>{0} в высвобождениях вне всех опасных районов ({1})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="204"/>
        <source>{0} hazard(s) skipped (no usable polygon)</source>
        <translation>пропущено опасных районов: {0} (нет пригодного полигона)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="221"/>
        <source>Area ha</source>
        <translation>Площадь, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="221"/>
        <source>Released ha</source>
        <translation>Высвобождено, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="222"/>
        <source>Remaining ha</source>
        <translation>Осталось, га</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="222"/>
        <source>% released</source>
        <translation>% высвобождено</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="78"/>
        <source>Record devices found</source>
        <translation>Записать найденные ВОП</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="82"/>
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
    <name>Editing</name>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="30"/>
        <source>Undone</source>
        <translation>Отменено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="37"/>
        <source>Redone</source>
        <translation>Повторено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="52"/>
        <location filename="../../src/minedesk/app/window/editing.py" line="130"/>
        <source>Select one or more hazards first</source>
        <translation>Сначала выберите один или несколько районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="55"/>
        <source>Mark {0} hazard(s) released</source>
        <translation>Отметить районы ({0}) как высвобожденные</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="65"/>
        <source>Select one hazard first</source>
        <translation>Сначала выберите один район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="69"/>
        <source>{0} has no release yet: mark it or draw a release first</source>
        <translation>У {0} ещё нет высвобожденных участков: сначала отметьте или нарисуйте участок</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="82"/>
        <source>Delete {0} hazard(s) with their releases? (Edit &gt; Undo brings them back)</source>
        <translation>Удалить районы ({0}) вместе с высвобожденными участками? (Правка &gt; Отменить вернёт их)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="96"/>
        <source>What you drew does not touch any hazard</source>
        <translation>Нарисованное не касается ни одного района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="106"/>
        <source>Release drawn on {0}</source>
        <translation>Участок, нарисованный на {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="150"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="22"/>
        <source>Open hazards or a project</source>
        <translation>Открыть районы или проект</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="29"/>
        <source>Open hazards with the import assistant</source>
        <translation>Открыть опасные районы с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="40"/>
        <source>Save the new project as</source>
        <translation>Сохранить новый проект как</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="41"/>
        <source>MineDesk projects (*.gpkg)</source>
        <translation>Проекты MineDesk (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="60"/>
        <source>Export</source>
        <translation>Экспорт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="61"/>
        <source>GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)</source>
        <translation>GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="71"/>
        <location filename="../../src/minedesk/app/window/files.py" line="104"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="82"/>
        <source>Save map picture</source>
        <translation>Сохранить изображение карты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="83"/>
        <source>Pictures (*.png *.jpg)</source>
        <translation>Изображения (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="96"/>
        <location filename="../../src/minedesk/app/window/files.py" line="101"/>
        <source>{0}: cannot write the picture; choose another folder</source>
        <translation>{0}: не удаётся записать изображение; выберите другую папку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="135"/>
        <source>Background map</source>
        <translation>Фоновая карта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="135"/>
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
        <location filename="../../src/minedesk/app/assistant.py" line="157"/>
        <source>Import assistant: {0}</source>
        <translation>Помощник импорта: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="173"/>
        <source>The choices made for this file last time are filled in.</source>
        <translation>Подставлен выбор, сделанный для этого файла в прошлый раз.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="175"/>
        <source>Hazards: {0}</source>
        <translation>Опасные районы: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="178"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="184"/>
        <source>Coordinates (CRS)</source>
        <translation>Координаты (СК)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="186"/>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="188"/>
        <source>Hazard id column</source>
        <translation>Столбец идентификатора района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="190"/>
        <source>Features</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="197"/>
        <source>Released land</source>
        <translation>Высвобожденная земля</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="201"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="202"/>
        <source>Choose...</source>
        <translation>Выбрать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="204"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="209"/>
        <location filename="../../src/minedesk/app/assistant.py" line="372"/>
        <source>Release file</source>
        <translation>Файл высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="211"/>
        <source>Release layer</source>
        <translation>Слой высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="213"/>
        <location filename="../../src/minedesk/app/assistant.py" line="223"/>
        <source>Releases</source>
        <translation>Высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="215"/>
        <source>Column naming the hazard</source>
        <translation>Столбец с опасным районом</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="217"/>
        <source>Category column</source>
        <translation>Столбец категории</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="221"/>
        <source>Category of every release</source>
        <translation>Категория всех высвобождений</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="223"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="223"/>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="226"/>
        <source>Values not recognised</source>
        <translation>Нераспознанные значения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="253"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="253"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="254"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="276"/>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <source>(the only one)</source>
        <translation>(единственный)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="291"/>
        <source>UTF-8 (as the file says)</source>
        <translation>UTF-8 (как указано в файле)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="297"/>
        <source>as the .cpg file says</source>
        <translation>как указано в файле .cpg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="304"/>
        <source>no text</source>
        <translation>нет текста</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="307"/>
        <source>does not decode</source>
        <translation>не декодируется</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="329"/>
        <location filename="../../src/minedesk/app/assistant.py" line="407"/>
        <source>{0} in the layer</source>
        <translation>{0} в слое</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="340"/>
        <source>(none: ids are generated)</source>
        <translation>(нет: идентификаторы создаются)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="361"/>
        <source>As the file says ({0})</source>
        <translation>Как указано в файле ({0})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="373"/>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>Файлы ГИС (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="411"/>
        <source>no release file</source>
        <translation>нет файла высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="416"/>
        <source>(none: linked by location)</source>
        <translation>(нет: связь по местоположению)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="418"/>
        <source>(one category for every release)</source>
        <translation>(одна категория для всех высвобождений)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="444"/>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="481"/>
        <source>The column {0} is chosen both as the hazard of a release and as its category; choose one column for each</source>
        <translation>Столбец {0} выбран и как опасный район высвобождения, и как его категория; выберите для каждого свой столбец</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="484"/>
        <source>The hazard layer cannot be read</source>
        <translation>Слой опасных районов не читается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="491"/>
        <source>{0}: {1}; choose the coordinate reference system the numbers are in</source>
        <translation>{0}: {1}; выберите систему координат, в которой заданы числа</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="107"/>
        <source>Opening {0} ...</source>
        <translation>Открывается {0} ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="139"/>
        <source>Opening cancelled</source>
        <translation>Открытие отменено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="166"/>
        <source>Computing tallies ...</source>
        <translation>Подсчёт итогов ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="196"/>
        <source>No .cpg file says how the text of {0} is encoded, and it was guessed: choose the encoding with which the names read right.</source>
        <translation>Нет файла .cpg с кодировкой текста {0}, и она была угадана: выберите кодировку, в которой названия читаются правильно.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="199"/>
        <source>Opened read-only: {0}</source>
        <translation>Открыт только для чтения: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="203"/>
        <source>{0} is shown read-only: File &gt; Make project to record releases</source>
        <translation>{0} открыт только для чтения: Файл &gt; Создать проект, чтобы записывать высвобождение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="207"/>
        <source>Opened {0} in {1:.1f} s</source>
        <translation>{0} открыт за {1:.1f} с</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="208"/>
        <source> ({0} findings: see Data quality)</source>
        <translation> (замечаний: {0}, см. Качество данных)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="213"/>
        <source>Could not open {0}</source>
        <translation>Не удалось открыть {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="112"/>
        <source>Hazards</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="116"/>
        <source>Tallies</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="117"/>
        <source>Selection</source>
        <translation>Выбранное</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="119"/>
        <source>Data quality</source>
        <translation>Качество данных</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="161"/>
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
        <location filename="../../src/minedesk/app/canvas.py" line="168"/>
        <source>CHA (confirmed)</source>
        <translation>CHA (подтверждённый)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="168"/>
        <source>SHA (suspected)</source>
        <translation>SHA (предполагаемый)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>nothing released</source>
        <translation>ничего не высвобождено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>partly released</source>
        <translation>высвобождено частично</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="171"/>
        <source>released in full</source>
        <translation>высвобождено полностью</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="519"/>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="520"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="520"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="521"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="653"/>
        <source>{id} · {area} ha · {left} ha remaining</source>
        <translation>{id} · {area} га · осталось {left} га</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="132"/>
        <source>{0} is a MineDesk project: MineDesk never writes over a project. Choose another name.</source>
        <translation>{0} — проект MineDesk: MineDesk никогда не записывает поверх проекта. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="136"/>
        <source>{0} is the open project or one of the files it was read from ({1}): MineDesk never writes over them. Choose another name.</source>
        <translation>{0} — открытый проект или один из файлов, из которых он прочитан ({1}): MineDesk никогда не записывает поверх них. Выберите другое имя.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="152"/>
        <source>These files exist already:
{0}

Replace them?</source>
        <translation>Эти файлы уже существуют:
{0}

Заменить их?</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="40"/>
        <source>Check again</source>
        <translation>Проверить снова</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Feature</source>
        <translation>Объект</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Finding</source>
        <translation>Замечание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="71"/>
        <source>{0} finding(s) from reading the project; Check again for duplicates, long edges, reported areas and releases outside hazards</source>
        <translation>Замечаний при чтении проекта: {0}; «Проверить снова» найдёт дубликаты, длинные стороны, неверные площади и высвобождения вне районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="78"/>
        <source>{0} finding(s) before the last edit: Check again to bring them up to date</source>
        <translation>Замечаний до последнего изменения: {0}; «Проверить снова» обновит их</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="90"/>
        <source>{0} finding(s); double-click one to see the hazard</source>
        <translation>Замечаний: {0}; двойной щелчок покажет район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="92"/>
        <source>No problems found in the hazards or the releases</source>
        <translation>В районах и высвобождениях проблем не найдено</translation>
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
        <location filename="../../src/minedesk/app/dialogs.py" line="48"/>
        <source>not given</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="49"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="50"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="51"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="52"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="53"/>
        <source>Depth</source>
        <translation>Глубина</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="103"/>
        <source>{0} found</source>
        <translation>Найдено {0}</translation>
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
        <location filename="../../src/minedesk/app/paper.py" line="272"/>
        <source>Summary report</source>
        <translation>Сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="281"/>
        <source>From the beginning</source>
        <translation>С самого начала</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="284"/>
        <source>(no groups)</source>
        <translation>(без групп)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="288"/>
        <source>team (their own releases)</source>
        <translation>группа (её высвобождения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="292"/>
        <source>Also write the table as CSV (for spreadsheets)</source>
        <translation>Записать таблицу и в CSV (для электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="294"/>
        <location filename="../../src/minedesk/app/paper.py" line="306"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="296"/>
        <location filename="../../src/minedesk/app/paper.py" line="306"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="297"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="298"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="301"/>
        <source>Preview and print...</source>
        <translation>Просмотр и печать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="301"/>
        <source>Save PDF...</source>
        <translation>Сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="326"/>
        <source>Save summary report</source>
        <translation>Сохранить сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="326"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="346"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>TaskOrderDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="159"/>
        <source>Benchmark far from the hazards</source>
        <translation>Репер далеко от опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="160"/>
        <source>{0}.

Issue the task order with this benchmark? The order prints a warning.</source>
        <translation>{0}.

Выдать задание с этим репером? В задании будет напечатано предупреждение.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="98"/>
        <source>Task order: {0}</source>
        <translation>Задание: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="102"/>
        <source>New task order</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="104"/>
        <source>New version of {0}</source>
        <translation>Новая версия {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="106"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="107"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="123"/>
        <source>Preview and print...</source>
        <translation>Просмотр и печать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="123"/>
        <source>Issue and save PDF...</source>
        <translation>Выдать и сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="196"/>
        <source>Save task order</source>
        <translation>Сохранить задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="197"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="216"/>
        <source>Issued {0} version {1}: {2}</source>
        <translation>Выдано {0}, версия {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="169"/>
        <source>Simplify the outline?</source>
        <translation>Упростить контур?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="170"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The project keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>В задании было бы {0} поворотных точек — больше, чем {1}, которые может содержать задание.
Упростить контур только для этого документа? Геометрия проекта не меняется, а в документе указано, что было упрощено.

Допуск в метрах:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="21"/>
        <source>Welcome to MineDesk</source>
        <translation>Добро пожаловать в MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="24"/>
        <source>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Land released and remaining, in exact hectares, and the devices found: for every hazard, district and team, offline.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a project, or hazard shapefiles handed out by the centre (File &amp;gt; Open, or drop them on the window).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Make a project&lt;/b&gt; of them (File &amp;gt; Make project): every edit is saved as you make it, undoable and audited.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Select&lt;/b&gt; hazards on the map or in the table; &lt;b&gt;mark them released&lt;/b&gt; (Ctrl+R) or &lt;b&gt;draw&lt;/b&gt; the released part (Ctrl+3); record devices found (Ctrl+D).&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Tallies&lt;/b&gt; panel follows every edit; &lt;b&gt;Tools &amp;gt; Task order&lt;/b&gt; (Ctrl+T) prints the paper for the team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Высвобожденные и оставшиеся земли в точных гектарах и найденные ВОП: по каждому району, округу и группе, без интернета.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Откройте&lt;/b&gt; проект или shapefile опасных районов, выданные центром (Файл &amp;gt; Открыть или перетащите в окно).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Создайте проект&lt;/b&gt; из них (Файл &amp;gt; Создать проект): каждое изменение сохраняется сразу, его можно отменить, оно записывается в журнал.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Выберите&lt;/b&gt; районы на карте или в таблице; &lt;b&gt;отметьте их высвобожденными&lt;/b&gt; (Ctrl+R) или &lt;b&gt;нарисуйте&lt;/b&gt; высвобожденный участок (Ctrl+3); запишите найденные ВОП (Ctrl+D).&lt;/li&gt;&lt;li&gt;Панель &lt;b&gt;Итоги&lt;/b&gt; следует за каждым изменением; &lt;b&gt;Инструменты &amp;gt; Задание&lt;/b&gt; (Ctrl+T) печатает документ для группы.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="38"/>
        <source>Open the sample (250 hazards in Azerbaijan)</source>
        <translation>Открыть пример (250 районов в Азербайджане)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="40"/>
        <source>Open...</source>
        <translation>Открыть...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="50"/>
        <source>Recent files</source>
        <translation>Недавние файлы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="52"/>
        <source>Close</source>
        <translation>Закрыть</translation>
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
    <name>window</name>
    <message>
        <source>Wrote {0}</source>
        <translation type="vanished">Записано: {0}</translation>
    </message>
</context>
</TS>
