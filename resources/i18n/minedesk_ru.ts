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
        <location filename="../../src/minedesk_qgis/provider.py" line="243"/>
        <source>Data-quality check</source>
        <translation>Проверка качества данных</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="246"/>
        <source>What `minedesk check` lists, per feature: null, empty or invalid geometries and their repair, fewer than 3 distinct points, duplicate ids, duplicate or near-duplicate shapes, consecutive vertices implausibly far apart, reported areas (AREA_HA, AREA_M2 ...) that disagree with the geodesic one, releases outside every hazard. The JSON output is the object `minedesk check --json` prints.</source>
        <translation>То, что перечисляет `minedesk check`, по каждому объекту: пустые, null или недопустимые геометрии и их исправление, менее 3 различных точек, повторяющиеся идентификаторы, повторяющиеся или почти одинаковые контуры, неправдоподобно далёкие соседние вершины, указанные площади (AREA_HA, AREA_M2 ...), расходящиеся с геодезической, высвобождения вне всех опасных районов. Выход JSON — объект, который печатает `minedesk check --json`.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="255"/>
        <source>Reported area tolerance (%)</source>
        <translation>Допуск для указанной площади (%)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="257"/>
        <source>Longest plausible edge (m)</source>
        <translation>Наибольшая правдоподобная сторона (м)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="260"/>
        <source>Findings</source>
        <translation>Замечания</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="261"/>
        <source>Number of findings</source>
        <translation>Число замечаний</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="262"/>
        <source>Findings (JSON)</source>
        <translation>Замечания (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="278"/>
        <source>before writing the findings</source>
        <translation>до записи замечаний</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="221"/>
        <source>No task order is issued in this project yet</source>
        <translation>В этом проекте ещё нет заданий</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="225"/>
        <source>Completion report</source>
        <translation>Отчёт о завершении</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="226"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="230"/>
        <source>Save completion report</source>
        <translation>Сохранить отчёт о завершении</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="232"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CoordinatesDialog</name>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="213"/>
        <source>New polygon from coordinates</source>
        <translation>Новый полигон по координатам</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="214"/>
        <source>New hazard</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="230"/>
        <source>Make</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="235"/>
        <source>Add to layer</source>
        <translation>Добавить в слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="239"/>
        <source>Hazard id</source>
        <translation>Код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="248"/>
        <source>Hazard type</source>
        <translation>Тип района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="251"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="251"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="251"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="253"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="267"/>
        <source>true north</source>
        <translation>истинный север</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="267"/>
        <source>grid north (UTM)</source>
        <translation>север сетки (UTM)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="268"/>
        <source>magnetic north</source>
        <translation>магнитный север</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="271"/>
        <source>e.g. 6.5E</source>
        <translation>напр. 6.5E</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="273"/>
        <source>degrees</source>
        <translation>градусы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="273"/>
        <source>mils (6400)</source>
        <translation>тысячные (6400)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="273"/>
        <source>mils (6000)</source>
        <translation>тысячные (6000)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="276"/>
        <source>e.g. 38N</source>
        <translation>напр. 38N</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>Bearings from</source>
        <translation>Азимуты от</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="283"/>
        <source>Declination</source>
        <translation>Магнитное склонение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="284"/>
        <source>Angles in</source>
        <translation>Углы в</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="285"/>
        <source>UTM zone of bare easting, northing</source>
        <translation>Зона UTM для восточных и северных координат без зоны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="286"/>
        <source>Misclosure tolerance</source>
        <translation>Допуск невязки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="299"/>
        <source>Columns:</source>
        <translation>Столбцы:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="302"/>
        <source>Paste rows</source>
        <translation>Вставить строки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="304"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="327"/>
        <source>I have checked the bearings and distances: accept this misclosure</source>
        <translation>Азимуты и расстояния проверены: принять эту невязку</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="332"/>
        <source>Repair: split the polygon where it crosses itself</source>
        <translation>Исправить: разделить полигон в месте самопересечения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="349"/>
        <source>Detect</source>
        <translation>Определить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="349"/>
        <source>Label</source>
        <translation>Метка</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="350"/>
        <source>Decimal degrees</source>
        <translation>Десятичные градусы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="350"/>
        <source>Degrees, minutes</source>
        <translation>Градусы, минуты</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="351"/>
        <source>Degrees, minutes, seconds</source>
        <translation>Градусы, минуты, секунды</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="351"/>
        <source>UTM</source>
        <translation>UTM</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="351"/>
        <source>MGRS</source>
        <translation>MGRS</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="352"/>
        <source>Gauss-Krüger (Pulkovo 1942)</source>
        <translation>Гаусс-Крюгер (Пулково 1942)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="352"/>
        <source>Leg (bearing, distance)</source>
        <translation>Ход (азимут, расстояние)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="353"/>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="353"/>
        <source>Longitude</source>
        <translation>Долгота</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="353"/>
        <source>UTM zone</source>
        <translation>Зона UTM</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="354"/>
        <source>Easting</source>
        <translation>Восточная координата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="354"/>
        <source>Northing</source>
        <translation>Северная координата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="355"/>
        <source>Bearing</source>
        <translation>Азимут</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="355"/>
        <source>Grid bearing</source>
        <translation>Дирекционный угол</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="356"/>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Distance (m)</source>
        <translation>Расстояние (м)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="356"/>
        <source>Slope angle</source>
        <translation>Угол наклона</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="356"/>
        <source>Ignore</source>
        <translation>Пропустить</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Zone</source>
        <translation>Зона</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Bearing (true)</source>
        <translation>Азимут (истинный)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="412"/>
        <source>Position or leg</source>
        <translation>Точка или ход</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="520"/>
        <source>leg</source>
        <translation>ход</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="527"/>
        <source>setting</source>
        <translation>параметр</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="559"/>
        <source>{0} turning point(s)</source>
        <translation>поворотных точек: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="561"/>
        <source>{0} row(s) cannot be read (in red; the reason is in the row): nothing is made until they are corrected</source>
        <translation>строк не прочитано: {0} (красные; причина указана в строке): ничего не создаётся, пока они не исправлены</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="563"/>
        <source>row {0}: {1}</source>
        <translation>строка {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="568"/>
        <source>rows in zones {0}</source>
        <translation>строки в зонах {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="572"/>
        <source>Closed by a straight edge from the last point to TP 1</source>
        <translation>Замкнут прямой от последней точки до TP 1</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="574"/>
        <source>Misclosure 0.00 m (exact) over {0} m</source>
        <translation>Невязка 0.00 м (точно) на {0} м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="576"/>
        <source>Misclosure {0} m (1 : {1}) over {2} m</source>
        <translation>Невязка {0} м (1 : {1}) на {2} м</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="579"/>
        <source>— worse than the tolerance 1 : {0}</source>
        <translation>— хуже допуска 1 : {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="585"/>
        <source>The polygon crosses itself at {0} (red cross)</source>
        <translation>Полигон пересекает сам себя в точке {0} (красный крест)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="594"/>
        <source>nothing read yet</source>
        <translation>пока ничего не прочитано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="596"/>
        <source>correct the rows in red</source>
        <translation>исправьте красные строки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="598"/>
        <source>a polygon needs at least three turning points</source>
        <translation>для полигона нужны минимум три поворотные точки</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="600"/>
        <source>accept the misclosure, or correct the legs</source>
        <translation>примите невязку или исправьте ходы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="602"/>
        <source>put the turning points in order, or repair the polygon</source>
        <translation>расставьте поворотные точки по порядку или исправьте полигон</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="604"/>
        <source>give the new hazard an id</source>
        <translation>задайте код нового района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="616"/>
        <source>Add hazard</source>
        <translation>Добавить район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="616"/>
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
        <location filename="../../src/minedesk/app/window/editing.py" line="189"/>
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
        <location filename="../../src/minedesk/app/window/editing.py" line="122"/>
        <source>Open a project (.gpkg) to add polygons</source>
        <translation>Откройте проект (.gpkg), чтобы добавлять полигоны</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="127"/>
        <source>New hazard</source>
        <translation>Новый район</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="130"/>
        <source>Release of the selected hazard {0}</source>
        <translation>Высвобождение выбранного района {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="209"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="501"/>
        <source>MineDesk fields</source>
        <translation>Поля MineDesk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="507"/>
        <source>(detect)</source>
        <translation>(определить)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="515"/>
        <source>Hazard id (hazards)</source>
        <translation>Идентификатор района (районы)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="520"/>
        <source>Hazard id (releases)</source>
        <translation>Идентификатор района (высвобождения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="521"/>
        <source>Release category</source>
        <translation>Категория высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="523"/>
        <source>(from the field)</source>
        <translation>(из поля)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="527"/>
        <source>Or one category for all</source>
        <translation>Или одна категория для всех</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="531"/>
        <source>{0} count</source>
        <translation>Число {0}</translation>
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
        <location filename="../../src/minedesk/app/window/files.py" line="137"/>
        <source>Background map</source>
        <translation>Фоновая карта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="137"/>
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
        <location filename="../../src/minedesk/app/assistant.py" line="280"/>
        <source>Import assistant: {0}</source>
        <translation>Помощник импорта: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="298"/>
        <source>The choices made for this file last time are filled in.</source>
        <translation>Подставлен выбор, сделанный для этого файла в прошлый раз.</translation>
    </message>
    <message>
        <source>Hazards: {0}</source>
        <translation type="vanished">Опасные районы: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="355"/>
        <source>Layer</source>
        <translation>Слой</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="361"/>
        <source>Coordinates (CRS)</source>
        <translation>Координаты (СК)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="363"/>
        <source>Text encoding</source>
        <translation>Кодировка текста</translation>
    </message>
    <message>
        <source>Hazard id column</source>
        <translation type="vanished">Столбец идентификатора района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="365"/>
        <source>Features</source>
        <translation>Объекты</translation>
    </message>
    <message>
        <source>Released land</source>
        <translation type="vanished">Высвобожденная земля</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="402"/>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="403"/>
        <source>Choose...</source>
        <translation>Выбрать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="405"/>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="410"/>
        <location filename="../../src/minedesk/app/assistant.py" line="639"/>
        <source>Release file</source>
        <translation>Файл высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="412"/>
        <source>Release layer</source>
        <translation>Слой высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="414"/>
        <location filename="../../src/minedesk/app/assistant.py" line="428"/>
        <source>Releases</source>
        <translation>Высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="420"/>
        <source>Column naming the hazard</source>
        <translation>Столбец с опасным районом</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="422"/>
        <source>Category column</source>
        <translation>Столбец категории</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="426"/>
        <source>Category of every release</source>
        <translation>Категория всех высвобождений</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="392"/>
        <location filename="../../src/minedesk/app/assistant.py" line="428"/>
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="300"/>
        <source>Saved mapping</source>
        <translation>Сохранённое сопоставление</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="305"/>
        <source>Save mapping as...</source>
        <translation>Сохранить сопоставление как...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="313"/>
        <source>1. Hazard file</source>
        <translation>1. Файл опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="314"/>
        <source>2. Hazard columns</source>
        <translation>2. Столбцы опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="315"/>
        <source>3. Released land</source>
        <translation>3. Высвобожденная земля</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="322"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="323"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="376"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="383"/>
        <source>Hazard id</source>
        <translation>Код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="385"/>
        <source>Hazard type (SHA or CHA)</source>
        <translation>Тип района (SHA или CHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="387"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="387"/>
        <source>District</source>
        <translation>Округ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="388"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="392"/>
        <location filename="../../src/minedesk/app/assistant.py" line="428"/>
        <source>Means</source>
        <translation>Означает</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="392"/>
        <source>Hazards</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="394"/>
        <source>Type values</source>
        <translation>Значения типа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="431"/>
        <source>Values not recognised</source>
        <translation>Нераспознанные значения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="435"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="435"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="436"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="437"/>
        <location filename="../../src/minedesk/app/assistant.py" line="831"/>
        <source>{0} found</source>
        <translation>Найдено {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="442"/>
        <source>Other columns</source>
        <translation>Другие столбцы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="447"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="447"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="448"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="471"/>
        <location filename="../../src/minedesk/app/assistant.py" line="660"/>
        <source>(the only one)</source>
        <translation>(единственный)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="487"/>
        <source>UTF-8 (as the file says)</source>
        <translation>UTF-8 (как указано в файле)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="493"/>
        <source>as the .cpg file says</source>
        <translation>как указано в файле .cpg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="500"/>
        <source>no text</source>
        <translation>нет текста</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="503"/>
        <source>does not decode</source>
        <translation>не декодируется</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="526"/>
        <location filename="../../src/minedesk/app/assistant.py" line="676"/>
        <source>{0} in the layer</source>
        <translation>{0} в слое</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="531"/>
        <source>(none: ids are generated)</source>
        <translation>(нет: идентификаторы создаются)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="533"/>
        <location filename="../../src/minedesk/app/assistant.py" line="536"/>
        <location filename="../../src/minedesk/app/assistant.py" line="692"/>
        <location filename="../../src/minedesk/app/assistant.py" line="695"/>
        <location filename="../../src/minedesk/app/assistant.py" line="728"/>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="576"/>
        <source>kept as written</source>
        <translation>оставить как записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="597"/>
        <source>As the file says ({0})</source>
        <translation>Как указано в файле ({0})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="640"/>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>Файлы ГИС (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="680"/>
        <source>no release file</source>
        <translation>нет файла высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="687"/>
        <source>(none: linked by location)</source>
        <translation>(нет: связь по местоположению)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="689"/>
        <source>(one category for every release)</source>
        <translation>(одна категория для всех высвобождений)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="719"/>
        <source>not counted</source>
        <translation>не учитывается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="735"/>
        <source>Save mapping</source>
        <translation>Сохранить сопоставление</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="736"/>
        <source>Name of the mapping (e.g. the organisation that sends these files):</source>
        <translation>Название сопоставления (например, организация, присылающая эти файлы):</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="781"/>
        <source>choose the category column, or one category for every release, in File &gt; Open with the import assistant</source>
        <translation>выберите столбец категории или одну категорию для всех высвобождений в меню Файл &gt; Открыть с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="783"/>
        <source>map the value {value} in File &gt; Open with the import assistant</source>
        <translation>сопоставьте значение {value} в меню Файл &gt; Открыть с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="784"/>
        <source>correct the value, or choose another column for the devices in File &gt; Open with the import assistant</source>
        <translation>исправьте значение или выберите другой столбец для ВОП в меню Файл &gt; Открыть с помощником импорта</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="786"/>
        <source>choose the id column in File &gt; Open with the import assistant if it has another name</source>
        <translation>выберите столбец кода в меню Файл &gt; Открыть с помощником импорта, если он называется иначе</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="822"/>
        <source>hazard id</source>
        <translation>код района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="822"/>
        <source>hazard type</source>
        <translation>тип района</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="822"/>
        <source>name</source>
        <translation>название</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>district</source>
        <translation>округ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>status</source>
        <translation>статус</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>hazard of a release</source>
        <translation>район высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>category</source>
        <translation>категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>date</source>
        <translation>дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>team</source>
        <translation>группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>method</source>
        <translation>метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="838"/>
        <source>The column {0} is chosen both as the {1} and as the {2}; choose one column for each</source>
        <translation>Столбец {0} выбран и как {1}, и как {2}; выберите по одному столбцу для каждого</translation>
    </message>
    <message>
        <source>The column {0} is chosen both as the hazard of a release and as its category; choose one column for each</source>
        <translation type="vanished">Столбец {0} выбран и как опасный район высвобождения, и как его категория; выберите для каждого свой столбец</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="801"/>
        <source>The hazard layer cannot be read</source>
        <translation>Слой опасных районов не читается</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="808"/>
        <source>{0}: {1}; choose the coordinate reference system the numbers are in</source>
        <translation>{0}: {1}; выберите систему координат, в которой заданы числа</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="112"/>
        <source>Opening {0} ...</source>
        <translation>Открывается {0} ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="145"/>
        <source>Opening cancelled</source>
        <translation>Открытие отменено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="175"/>
        <source>Computing tallies ...</source>
        <translation>Подсчёт итогов ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="205"/>
        <source>No .cpg file says how the text of {0} is encoded, and it was guessed: choose the encoding with which the names read right.</source>
        <translation>Нет файла .cpg с кодировкой текста {0}, и она была угадана: выберите кодировку, в которой названия читаются правильно.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="208"/>
        <source>Opened read-only: {0}</source>
        <translation>Открыт только для чтения: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="212"/>
        <source>{0} is shown read-only: File &gt; Make project to record releases</source>
        <translation>{0} открыт только для чтения: Файл &gt; Создать проект, чтобы записывать высвобождение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="216"/>
        <source>Opened {0} in {1:.1f} s</source>
        <translation>{0} открыт за {1:.1f} с</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="217"/>
        <source> ({0} findings: see Data quality)</source>
        <translation> (замечаний: {0}, см. Качество данных)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="223"/>
        <source>Could not open {0}</source>
        <translation>Не удалось открыть {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="227"/>
        <source>{0} {1}: choose below what MineDesk could not tell, then Open.</source>
        <translation>{0} {1}: выберите ниже то, что MineDesk не смог определить, затем нажмите «Открыть».</translation>
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
        <location filename="../../src/minedesk/app/canvas.py" line="550"/>
        <source>other</source>
        <translation>прочие</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="551"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="551"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="552"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="684"/>
        <source>{id} · {area} ha · {left} ha remaining</source>
        <translation>{id} · {area} га · осталось {left} га</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="549"/>
        <source>Mark released</source>
        <translation>Отметить высвобожденными</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="557"/>
        <source>YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or YYYYMMDD</source>
        <translation>ГГГГ-ММ-ДД, ДД.ММ.ГГГГ, ДД/ММ/ГГГГ или ГГГГММДД</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="559"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="560"/>
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="561"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="562"/>
        <source>Team</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="568"/>
        <source>{0} found</source>
        <translation>Найдено {0}</translation>
    </message>
</context>
<context>
    <name>MineDeskAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="69"/>
        <source>Land release</source>
        <extracomment>MineDesk&apos;s icon, which the plugin zip carries (packaging/build_plugin.py); absent in the sources The release categories the CATEGORY parameter offers after &quot;(from the layer)&quot;: the core&apos;s words (shown translated, read by their index)</extracomment>
        <translation>Высвобождение земель</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="80"/>
        <source>Cancelled {0}: nothing was written</source>
        <translation>Отменено ({0}): ничего не записано</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="84"/>
        <source>Hazard areas</source>
        <translation>Опасные районы</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="86"/>
        <source>Released parts</source>
        <translation>Высвобожденные части</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="100"/>
        <source>HAZARDS: no layer given</source>
        <translation>HAZARDS: слой не задан</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="102"/>
        <source>after reading the hazards</source>
        <translation>после чтения опасных районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="108"/>
        <source>after reading the releases</source>
        <translation>после чтения высвобождений</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="117"/>
        <source>Hazard id field (hazards)</source>
        <translation>Поле идентификатора района (районы)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="119"/>
        <source>Hazard id field (releases)</source>
        <translation>Поле идентификатора района (высвобождения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="121"/>
        <source>Release category field</source>
        <translation>Поле категории высвобождения</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="124"/>
        <source>Category of every release (when the layer has none)</source>
        <translation>Категория всех высвобождений (если в слое её нет)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>(from the layer)</source>
        <translation>(из слоя)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>cleared</source>
        <translation>очищено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>reduced</source>
        <translation>сокращено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>cancelled</source>
        <translation>исключено</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="128"/>
        <source>More category values (value=cleared;value=reduced;value=cancelled)</source>
        <translation>Дополнительные значения категорий (значение=cleared;значение=reduced;значение=cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="131"/>
        <source>{0} count field</source>
        <translation>Поле числа {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="148"/>
        <source>CATEGORY_VALUES: {0}</source>
        <translation>CATEGORY_VALUES: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="154"/>
        <source>give CATEGORY_FIELD, or CATEGORY (the category of every release)</source>
        <translation>задайте CATEGORY_FIELD или CATEGORY (категорию всех высвобождений)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="155"/>
        <source>map the value in CATEGORY_VALUES ({0}=cleared, reduced or cancelled)</source>
        <translation>сопоставьте значение в CATEGORY_VALUES ({0}=cleared, reduced или cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="157"/>
        <source>correct the value or give another field in {0}</source>
        <translation>исправьте значение или задайте другое поле в {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="159"/>
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
        <location filename="../../src/minedesk_qgis/provider.py" line="359"/>
        <source>MineDesk land-release tallies, data-quality check and task orders</source>
        <translation>MineDesk: итоги высвобождения земель, проверка качества данных и задания</translation>
    </message>
</context>
<context>
    <name>OutlineSketch</name>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="89"/>
        <source>The polygon appears here</source>
        <translation>Здесь появится полигон</translation>
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
    <name>Overview</name>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="229"/>
        <source>no features to show</source>
        <extracomment>choices that belong to one file, not to a named mapping reused for the next delivery</extracomment>
        <translation>нет объектов для показа</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="232"/>
        <source>x {0:,.0f} to {1:,.0f}, y {2:,.0f} to {3:,.0f} (no CRS: the file&apos;s own numbers)</source>
        <translation>x от {0:,.0f} до {1:,.0f}, y от {2:,.0f} до {3:,.0f} (нет СК: числа самого файла)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="236"/>
        <source>{0} to {1}, {2} to {3}</source>
        <translation>от {0} до {1}, от {2} до {3}</translation>
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
        <location filename="../../src/minedesk/app/paper.py" line="256"/>
        <source>Summary report</source>
        <translation>Сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="265"/>
        <source>From the beginning</source>
        <translation>С самого начала</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="268"/>
        <source>(no groups)</source>
        <translation>(без групп)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="272"/>
        <source>team (their own releases)</source>
        <translation>группа (её высвобождения)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="276"/>
        <source>Also write the table as CSV (for spreadsheets)</source>
        <translation>Записать таблицу и в CSV (для электронных таблиц)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="278"/>
        <location filename="../../src/minedesk/app/paper.py" line="290"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="280"/>
        <location filename="../../src/minedesk/app/paper.py" line="290"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="281"/>
        <source>Group by</source>
        <translation>Группировать по</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="282"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="285"/>
        <source>Preview and print...</source>
        <translation>Просмотр и печать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="285"/>
        <source>Save PDF...</source>
        <translation>Сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="310"/>
        <source>Save summary report</source>
        <translation>Сохранить сводный отчёт</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="310"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="330"/>
        <source>Wrote {0}</source>
        <translation>Записано: {0}</translation>
    </message>
</context>
<context>
    <name>TallyAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="197"/>
        <source>Land-release tally</source>
        <extracomment>the command line&apos;s options the core&apos;s messages may name, and the parameter that sets each here</extracomment>
        <translation>Итоги высвобождения земель</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="200"/>
        <source>Hectares (geodesic, WGS84) of the hazards, released by category (cleared &gt; reduced &gt; cancelled, clipped, overlaps once) and remaining, devices found; in all and per value of a field. The JSON output is the object `minedesk tally --json` prints.</source>
        <translation>Гектары опасных районов (геодезические, WGS84): высвобождено по категориям (очищено &gt; сокращено &gt; исключено, обрезано, перекрытия один раз) и осталось, найденные устройства; всего и по каждому значению поля. Выход JSON — объект, который печатает `minedesk tally --json`.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="206"/>
        <source>Group by field</source>
        <translation>Группировать по полю</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="209"/>
        <source>Tally table</source>
        <translation>Таблица итогов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="210"/>
        <source>Tally (JSON)</source>
        <translation>Итоги (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="227"/>
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
        <location filename="../../src/minedesk_qgis/dock.py" line="430"/>
        <source>Select one or more hazards first</source>
        <translation>Сначала выберите один или несколько районов</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="435"/>
        <source>Simplify the outline?</source>
        <translation>Упростить контур?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="436"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The layer keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>В задании было бы {0} поворотных точек — больше, чем {1}, которые может содержать задание.
Упростить контур только для этого документа? Геометрия слоя не меняется, а в документе указано, что было упрощено.

Допуск в метрах:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="445"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="484"/>
        <source>choose the category field, or one category for all, in Fields...</source>
        <translation>выберите поле категории или одну категорию для всех в окне «Поля...»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="485"/>
        <source>choose one category for all in Fields..., or correct the value</source>
        <translation>выберите одну категорию для всех в окне «Поля...» или исправьте значение</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="486"/>
        <source>correct the value or choose another count field in Fields...</source>
        <translation>исправьте значение или выберите другое поле числа в окне «Поля...»</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="487"/>
        <source>choose the hazard id field in Fields... if it has another name</source>
        <translation>выберите поле идентификатора района в окне «Поля...», если оно называется иначе</translation>
    </message>
</context>
<context>
    <name>TaskOrderAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="295"/>
        <source>Task order (PDF)</source>
        <translation>Задание (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="298"/>
        <source>A task order PDF for hazards given by id: summary, task map, turning points in DD, DMS, UTM and MGRS with bearings and distances, safety, quality, signatures. FIELDS: name=value;name=value.</source>
        <translation>Задание (PDF) для опасных районов, заданных идентификаторами: сводка, карта задания, поворотные точки в DD, DMS, UTM и MGRS с азимутами и расстояниями, безопасность, качество, подписи. FIELDS: имя=значение;имя=значение.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="306"/>
        <source>Hazard ids (comma-separated)</source>
        <translation>Идентификаторы районов (через запятую)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="308"/>
        <source>Task id (empty: the next free number of the year, T-YYYY-NNNN; an issued one: its next version)</source>
        <translation>Идентификатор задания (пусто: следующий свободный номер года, T-YYYY-NNNN; выданный: его следующая версия)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="310"/>
        <source>Fields (name=value;name=value)</source>
        <translation>Поля (имя=значение;имя=значение)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="312"/>
        <source>Simplify outlines for the document (m; for more than {0} turning points)</source>
        <translation>Упростить контуры для документа (м; при более чем {0} поворотных точках)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="314"/>
        <source>Task order PDF</source>
        <translation>Задание (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="339"/>
        <source>before writing the task order</source>
        <translation>до записи задания</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="347"/>
        <source>Task order {0} version {1}</source>
        <translation>Задание {0}, версия {1}</translation>
    </message>
</context>
<context>
    <name>TaskOrderDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="95"/>
        <source>Task order: {0}</source>
        <translation>Задание: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="99"/>
        <source>New task order</source>
        <translation>Новое задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="101"/>
        <source>New version of {0}</source>
        <translation>Новая версия {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="103"/>
        <source>Task order</source>
        <translation>Задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="104"/>
        <source>Paper</source>
        <translation>Бумага</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="120"/>
        <source>Preview and print...</source>
        <translation>Просмотр и печать...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="120"/>
        <source>Issue and save PDF...</source>
        <translation>Выдать и сохранить PDF...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="180"/>
        <source>Save task order</source>
        <translation>Сохранить задание</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="181"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="200"/>
        <source>Issued {0} version {1}: {2}</source>
        <translation>Выдано {0}, версия {1}: {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="153"/>
        <source>Simplify the outline?</source>
        <translation>Упростить контур?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="154"/>
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
