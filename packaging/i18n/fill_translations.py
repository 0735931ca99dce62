import sys
from xml.etree import ElementTree as ET

GUIDE = '<h2>MineDesk</h2><p>Land released and remaining, in exact hectares, and the devices found: for every hazard, district and team, offline.</p><ol><li><b>Open</b> a project, or hazard shapefiles handed out by the centre (File &gt; Open, or drop them on the window).</li><li><b>Make a project</b> of them (File &gt; Make project): every edit is saved as you make it, undoable and audited.</li><li><b>Select</b> hazards on the map or in the table; <b>mark them released</b> (Ctrl+R) or <b>draw</b> the released part (Ctrl+3); record devices found (Ctrl+D).</li><li>The <b>Tallies</b> panel follows every edit; <b>Tools &gt; Task order</b> (Ctrl+T) prints the paper for the team.</li></ol>'
AZ_GUIDE = '<h2>MineDesk</h2><p>Azad edilmiş və qalan ərazilər dəqiq hektarlarla, tapılmış qurğular: hər ərazi, rayon və qrup üzrə, internetsiz.</p><ol><li>Layihəni və ya mərkəzin verdiyi ərazi shapefile-larını <b>açın</b> (Fayl &gt; Aç və ya pəncərəyə atın).</li><li>Onlardan <b>layihə yaradın</b> (Fayl &gt; Layihə yarat): hər dəyişiklik dərhal saxlanılır, geri qaytarıla bilir və qeydə alınır.</li><li>Xəritədə və ya cədvəldə əraziləri <b>seçin</b>; onları <b>azad edilmiş qeyd edin</b> (Ctrl+R) və ya azad edilmiş hissəni <b>çəkin</b> (Ctrl+3); tapılmış qurğuları qeyd edin (Ctrl+D).</li><li><b>Hesablar</b> paneli hər dəyişikliyi izləyir; <b>Alətlər &gt; Tapşırıq əmri</b> (Ctrl+T) qrup üçün sənədi çap edir.</li></ol>'
RU_GUIDE = '<h2>MineDesk</h2><p>Высвобожденные и оставшиеся земли в точных гектарах и найденные ВОП: по каждому району, округу и группе, без интернета.</p><ol><li><b>Откройте</b> проект или shapefile опасных районов, выданные центром (Файл &gt; Открыть или перетащите в окно).</li><li><b>Создайте проект</b> из них (Файл &gt; Создать проект): каждое изменение сохраняется сразу, его можно отменить, оно записывается в журнал.</li><li><b>Выберите</b> районы на карте или в таблице; <b>отметьте их высвобожденными</b> (Ctrl+R) или <b>нарисуйте</b> высвобожденный участок (Ctrl+3); запишите найденные ВОП (Ctrl+D).</li><li>Панель <b>Итоги</b> следует за каждым изменением; <b>Инструменты &gt; Задание</b> (Ctrl+T) печатает документ для группы.</li></ol>'
AZ = {
 "&Summary report for a period...": "Dövr üzrə &yekun hesabat...", "Summary report": "Yekun hesabat",
 "From the beginning": "Əvvəldən", "(no groups)": "(qruplaşdırmadan)", "team (their own releases)": "qrup (öz azad etdikləri)",
 "Also write the table as CSV (for spreadsheets)": "Cədvəli CSV kimi də yaz (elektron cədvəllər üçün)", "From": "Başlanğıc",
 "To": "Son", "Save PDF...": "PDF saxla...", "Save summary report": "Yekun hesabatı saxla",
 "&Colour hazards by": "Əraziləri &rənglə", "&Type (CHA, SHA)": "&Növ (CHA, SHA)",
 "&Progress (how much is released)": "&Gedişat (nə qədəri azad edilib)", "nothing released": "heç nə azad edilməyib",
 "partly released": "qismən azad edilib", "released in full": "tam azad edilib", "other": "digər",
 "Nothing selected: click a hazard on the map or a row of the table.": "Heç nə seçilməyib: xəritədə əraziyə və ya cədvəldə sətrə klikləyin.",
 "Area": "Sahə", "{0} hazards": "{0} ərazi", "Releases": "Azad edilmələr",
 "  cancelled": "  ləğv edilmiş", "  cleared": "  təmizlənmiş", "  reduced": "  azaldılmış",
 " ({0} warnings)": " ({0} xəbərdarlıq)", " [read-only]": " [yalnız oxumaq üçün]", "% released": "% azad edilib",
 "&About MineDesk": "MineDesk &haqqında", "&Delete selected hazards": "Seçilmiş əraziləri &sil",
 "&Draw release polygon": "Azad edilmiş &poliqon çək", "&Edit": "&Redaktə", "&Export...": "&İxrac...",
 "&File": "&Fayl", "&Help": "&Kömək", "&Make project from these files...": "Bu fayllardan &layihə yarat...",
 "&Mark selected released...": "Seçilmişləri azad edilmiş &qeyd et...", "&Open...": "&Aç...", "&Pan": "&Sürüşdür",
 "&Quit": "Çı&xış", "&Redo": "&Təkrarla", "&Redo {0}": "&Təkrarla: {0}", "&Select": "&Seç", "&Tools": "&Alətlər",
 "&Undo": "&Geri qaytar", "&Undo {0}": "&Geri qaytar: {0}", "&View": "&Görünüş",
 "<h3>MineDesk {0}</h3><p>Land-release tallies, task orders and reports for mine action.</p><p>Hectares are geodesic, on the WGS84 ellipsoid.</p>":
   "<h3>MineDesk {0}</h3><p>Minadan təmizləmə üzrə ərazilərin azad edilməsinin hesabı, tapşırıq əmrləri və hesabatlar.</p><p>Hektarlar WGS84 ellipsoidi üzərində geodeziya üsulu ilə hesablanır.</p>",
 "<h3>{0} hazards</h3><p>{1} ha, {2} ha remaining</p>": "<h3>{0} ərazi</h3><p>{1} ha, qalan {2} ha</p>",
 "(none)": "(yoxdur)", "About MineDesk": "MineDesk haqqında", "All hazards": "Bütün ərazilər", "Area ha": "Sahə, ha",
 "CHA (confirmed)": "CHA (təsdiqlənmiş)", "Cancel": "Ləğv et", "Cancelled ha": "Ləğv edilmiş, ha", "Category": "Kateqoriya",
 "Cleared ha": "Təmizlənmiş, ha", "Could not open {0}": "{0} açıla bilmədi", "Date": "Tarix",
 "Delete {0} hazard(s) with their releases? (Edit > Undo brings them back)":
   "{0} ərazi azad edilmiş hissələri ilə birlikdə silinsin? (Redaktə > Geri qaytar onları bərpa edir)",
 "Depth": "Dərinlik", "Devices found": "Tapılmış qurğular", "Export": "İxrac",
 "Filter hazards (id, district, type ...)": "Əraziləri süz (ID, rayon, növ ...)",
 "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)": "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)",
 "GIS files (*.gpkg *.shp *.zip *.geojson *.json);;MineDesk projects (*.gpkg);;All files (*)":
   "CİS faylları (*.gpkg *.shp *.zip *.geojson *.json);;MineDesk layihələri (*.gpkg);;Bütün fayllar (*)",
 "Group by": "Qruplaşdır", "Hazard": "Ərazi", "Hazard area": "Ərazinin sahəsi", "Hazards": "Təhlükəli ərazilər",
 "Mark {0} hazard(s) released": "{0} ərazini azad edilmiş qeyd et", "Method": "Üsul",
 "MineDesk projects (*.gpkg)": "MineDesk layihələri (*.gpkg)", "Model (e.g. PMN-2)": "Model (məs. PMN-2)",
 "Nothing selected": "Heç nə seçilməyib", "Open &recent": "&Son açılanlar", "Open hazards or a project": "Əraziləri və ya layihəni aç",
 "Opened {0} in {1:.1f} s": "{0} {1:.1f} s-də açıldı", "Opening cancelled": "Açılma ləğv edildi", "Opening {0} ...": "{0} açılır ...",
 "Record &devices found...": "Tapılmış &qurğuları qeyd et...", "Record devices found": "Tapılmış qurğuları qeyd et",
 "Redone": "Təkrarlandı", "Reduced ha": "Azaldılmış, ha", "Release": "Azad edilmə", "Release drawn on {0}": "{0} üzərində çəkilmiş azad edilmə",
 "Released": "Azad edilib", "Released ha": "Azad edilib, ha", "Released hectares over time": "Zamanla azad edilmiş hektarlar",
 "Remaining": "Qalan", "Remaining ha": "Qalan, ha", "S&plit hazard with a line": "Ərazini xətlə &böl",
 "SHA (suspected)": "SHA (şübhəli)", "Save the new project as": "Yeni layihəni saxla", "Select one hazard first": "Əvvəlcə bir ərazi seçin",
 "Select one or more hazards first": "Əvvəlcə bir və ya bir neçə ərazi seçin", "Selection": "Seçilənlər", "Status": "Status",
 "Tallies": "Hesablar", "Team": "Qrup", "Tools": "Alətlər", "Type": "Növ", "Undone": "Geri qaytarıldı",
 "What you drew does not touch any hazard": "Çəkdiyiniz heç bir əraziyə toxunmur", "Wrote {0}": "Yazıldı: {0}",
 "Zoom to &all": "&Hamısını göstər", "Zoom to &selection": "&Seçilənləri göstər", "cancelled": "ləğv edilmiş",
 "cleared": "təmizlənmiş", "not given": "göstərilməyib", "reduced": "azaldılmış", "{0} found": "tapılmış {0}",
 "{0} has no release yet: mark it or draw a release first": "{0} üçün hələ azad edilmə yoxdur: əvvəlcə qeyd edin və ya çəkin",
 "{id} · {area} ha · {left} ha remaining": "{id} · {area} ha · qalan {left} ha", "remaining": "qalan",
 "Tools ": "Alətlər",
 "&Edit release vertices": "Azad edilmənin təpə nöqtələrini &redaktə et", "Se&ttings": "&Parametrlər", "&Language": "&Dil",
 "As the system": "Sistemdəki kimi", "The language changes when MineDesk starts again": "Dil MineDesk yenidən açılanda dəyişəcək",
 "{0} is shown read-only: File > Make project to record releases": "{0} yalnız oxumaq üçün göstərilir: azad edilmələri qeyd etmək üçün Fayl > Layihə yarat",
 "Computing tallies ...": "Hesablar aparılır ...",
 "&Background map (MBTiles)...": "&Fon xəritəsi (MBTiles)...", "&No background map": "Fon xəritəsi &olmasın",
 "Background map": "Fon xəritəsi", "MBTiles (*.mbtiles)": "MBTiles (*.mbtiles)",
 "&Task order for selected hazards...": "Seçilmiş ərazilər üçün &tapşırıq əmri...", "&Completion report...": "&Tamamlanma hesabatı...",
 "Task order: {0}": "Tapşırıq əmri: {0}", "New task order": "Yeni tapşırıq əmri", "New version of {0}": "{0} üçün yeni versiya",
 "Task order": "Tapşırıq əmri", "Paper": "Kağız", "Preview and print...": "Önizləmə və çap...",
 "Issue and save PDF...": "Ver və PDF kimi saxla...", "Save task order": "Tapşırıq əmrini saxla", "PDF (*.pdf)": "PDF (*.pdf)",
 "Issued {0} version {1}: {2}": "{0} versiya {1} verildi: {2}", "No task order is issued in this project yet": "Bu layihədə hələ tapşırıq əmri verilməyib",
 "Completion report": "Tamamlanma hesabatı", "Save completion report": "Tamamlanma hesabatını saxla",
 "Welcome to MineDesk": "MineDesk-ə xoş gəlmisiniz", GUIDE: AZ_GUIDE,
 "Open the sample (250 hazards in Azerbaijan)": "Nümunəni aç (Azərbaycanda 250 ərazi)", "Open...": "Aç...",
 "Recent files": "Son fayllar", "Close": "Bağla", "Opened read-only: {0}": "Yalnız oxumaq üçün açıldı: {0}",
}
RU = {
 "&Summary report for a period...": "&Сводный отчёт за период...", "Summary report": "Сводный отчёт",
 "From the beginning": "С самого начала", "(no groups)": "(без групп)", "team (their own releases)": "группа (её высвобождения)",
 "Also write the table as CSV (for spreadsheets)": "Записать таблицу и в CSV (для электронных таблиц)", "From": "С",
 "To": "По", "Save PDF...": "Сохранить PDF...", "Save summary report": "Сохранить сводный отчёт",
 "&Colour hazards by": "&Раскрасить районы по", "&Type (CHA, SHA)": "&Типу (CHA, SHA)",
 "&Progress (how much is released)": "&Ходу работ (сколько высвобождено)", "nothing released": "ничего не высвобождено",
 "partly released": "высвобождено частично", "released in full": "высвобождено полностью", "other": "прочие",
 "Nothing selected: click a hazard on the map or a row of the table.": "Ничего не выбрано: щёлкните район на карте или строку таблицы.",
 "Area": "Площадь", "{0} hazards": "Районов: {0}", "Releases": "Высвобождения",
 "  cancelled": "  исключено", "  cleared": "  очищено", "  reduced": "  сокращено",
 " ({0} warnings)": " (предупреждений: {0})", " [read-only]": " [только чтение]", "% released": "% высвобождено",
 "&About MineDesk": "&О программе MineDesk", "&Delete selected hazards": "&Удалить выбранные районы",
 "&Draw release polygon": "&Нарисовать высвобожденный участок", "&Edit": "&Правка", "&Export...": "&Экспорт...",
 "&File": "&Файл", "&Help": "&Справка", "&Make project from these files...": "&Создать проект из этих файлов...",
 "&Mark selected released...": "&Отметить выбранные как высвобожденные...", "&Open...": "&Открыть...", "&Pan": "&Сдвиг",
 "&Quit": "В&ыход", "&Redo": "&Повторить", "&Redo {0}": "&Повторить: {0}", "&Select": "&Выбор", "&Tools": "&Инструменты",
 "&Undo": "&Отменить", "&Undo {0}": "&Отменить: {0}", "&View": "&Вид",
 "<h3>MineDesk {0}</h3><p>Land-release tallies, task orders and reports for mine action.</p><p>Hectares are geodesic, on the WGS84 ellipsoid.</p>":
   "<h3>MineDesk {0}</h3><p>Учёт высвобождения земель, задания и отчёты для противоминной деятельности.</p><p>Гектары вычисляются геодезически, на эллипсоиде WGS84.</p>",
 "<h3>{0} hazards</h3><p>{1} ha, {2} ha remaining</p>": "<h3>Районов: {0}</h3><p>{1} га, осталось {2} га</p>",
 "(none)": "(нет)", "About MineDesk": "О программе MineDesk", "All hazards": "Все районы", "Area ha": "Площадь, га",
 "CHA (confirmed)": "CHA (подтверждённый)", "Cancel": "Отмена", "Cancelled ha": "Исключено, га", "Category": "Категория",
 "Cleared ha": "Очищено, га", "Could not open {0}": "Не удалось открыть {0}", "Date": "Дата",
 "Delete {0} hazard(s) with their releases? (Edit > Undo brings them back)":
   "Удалить районы ({0}) вместе с высвобожденными участками? (Правка > Отменить вернёт их)",
 "Depth": "Глубина", "Devices found": "Найдено ВОП", "Export": "Экспорт",
 "Filter hazards (id, district, type ...)": "Фильтр районов (код, район, тип ...)",
 "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)": "GeoPackage (*.gpkg);;Shapefile (*.shp);;GeoJSON (*.geojson);;CSV (*.csv)",
 "GIS files (*.gpkg *.shp *.zip *.geojson *.json);;MineDesk projects (*.gpkg);;All files (*)":
   "ГИС-файлы (*.gpkg *.shp *.zip *.geojson *.json);;Проекты MineDesk (*.gpkg);;Все файлы (*)",
 "Group by": "Группировать по", "Hazard": "Район", "Hazard area": "Площадь районов", "Hazards": "Опасные районы",
 "Mark {0} hazard(s) released": "Отметить районы ({0}) как высвобожденные", "Method": "Метод",
 "MineDesk projects (*.gpkg)": "Проекты MineDesk (*.gpkg)", "Model (e.g. PMN-2)": "Модель (напр. ПМН-2)",
 "Nothing selected": "Ничего не выбрано", "Open &recent": "&Недавние", "Open hazards or a project": "Открыть районы или проект",
 "Opened {0} in {1:.1f} s": "{0} открыт за {1:.1f} с", "Opening cancelled": "Открытие отменено", "Opening {0} ...": "Открывается {0} ...",
 "Record &devices found...": "Записать найденные &ВОП...", "Record devices found": "Записать найденные ВОП",
 "Redone": "Повторено", "Reduced ha": "Сокращено, га", "Release": "Высвобождение", "Release drawn on {0}": "Участок, нарисованный на {0}",
 "Released": "Высвобождено", "Released ha": "Высвобождено, га", "Released hectares over time": "Высвобождено гектаров по времени",
 "Remaining": "Осталось", "Remaining ha": "Осталось, га", "S&plit hazard with a line": "&Разделить район линией",
 "SHA (suspected)": "SHA (предполагаемый)", "Save the new project as": "Сохранить новый проект как", "Select one hazard first": "Сначала выберите один район",
 "Select one or more hazards first": "Сначала выберите один или несколько районов", "Selection": "Выбранное", "Status": "Статус",
 "Tallies": "Итоги", "Team": "Группа", "Tools": "Инструменты", "Type": "Тип", "Undone": "Отменено",
 "What you drew does not touch any hazard": "Нарисованное не касается ни одного района", "Wrote {0}": "Записано: {0}",
 "Zoom to &all": "Показать &всё", "Zoom to &selection": "Показать &выбранное", "cancelled": "исключено",
 "cleared": "очищено", "not given": "не указано", "reduced": "сокращено", "{0} found": "Найдено {0}",
 "{0} has no release yet: mark it or draw a release first": "У {0} ещё нет высвобожденных участков: сначала отметьте или нарисуйте участок",
 "{id} · {area} ha · {left} ha remaining": "{id} · {area} га · осталось {left} га", "remaining": "осталось",
 "&Edit release vertices": "&Изменить вершины участка", "Se&ttings": "&Настройки", "&Language": "&Язык",
 "As the system": "Как в системе", "The language changes when MineDesk starts again": "Язык изменится при следующем запуске MineDesk",
 "{0} is shown read-only: File > Make project to record releases": "{0} открыт только для чтения: Файл > Создать проект, чтобы записывать высвобождение",
 "Computing tallies ...": "Подсчёт итогов ...",
 "&Background map (MBTiles)...": "&Фоновая карта (MBTiles)...", "&No background map": "&Без фоновой карты",
 "Background map": "Фоновая карта", "MBTiles (*.mbtiles)": "MBTiles (*.mbtiles)",
 "&Task order for selected hazards...": "&Задание на выбранные районы...", "&Completion report...": "&Отчёт о завершении...",
 "Task order: {0}": "Задание: {0}", "New task order": "Новое задание", "New version of {0}": "Новая версия {0}",
 "Task order": "Задание", "Paper": "Бумага", "Preview and print...": "Просмотр и печать...",
 "Issue and save PDF...": "Выдать и сохранить PDF...", "Save task order": "Сохранить задание", "PDF (*.pdf)": "PDF (*.pdf)",
 "Issued {0} version {1}: {2}": "Выдано {0}, версия {1}: {2}", "No task order is issued in this project yet": "В этом проекте ещё нет заданий",
 "Completion report": "Отчёт о завершении", "Save completion report": "Сохранить отчёт о завершении",
 "Welcome to MineDesk": "Добро пожаловать в MineDesk", GUIDE: RU_GUIDE,
 "Open the sample (250 hazards in Azerbaijan)": "Открыть пример (250 районов в Азербайджане)", "Open...": "Открыть...",
 "Recent files": "Недавние файлы", "Close": "Закрыть", "Opened read-only: {0}": "Открыт только для чтения: {0}",
}
path, table = sys.argv[1], {"az": AZ, "ru": RU}[sys.argv[2]]
tree = ET.parse(path)
missing = []
for msg in tree.iter("message"):
    src = msg.find("source").text
    tr = msg.find("translation")
    if src in table:
        tr.text = table[src]
        tr.attrib.pop("type", None)
    else:
        missing.append(src)
tree.write(path, encoding="utf-8", xml_declaration=True)
print(path, "untranslated:", missing)
