<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="az_AZ">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="26"/>
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="27"/>
        <source>&amp;Open...</source>
        <translation>&amp;Aç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="28"/>
        <source>Open with the &amp;import assistant...</source>
        <translation>&amp;İdxal köməkçisi ilə aç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="29"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Son açılanlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="30"/>
        <source>&amp;Make project from these files...</source>
        <translation>Bu fayllardan &amp;layihə yarat...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="32"/>
        <source>&amp;Export...</source>
        <translation>&amp;İxrac...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="33"/>
        <source>Save map &amp;picture...</source>
        <translation>Xəritənin &amp;şəklini saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="36"/>
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="37"/>
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="38"/>
        <location filename="../../src/minedesk/app/window/actions.py" line="114"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="39"/>
        <location filename="../../src/minedesk/app/window/actions.py" line="115"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="40"/>
        <source>&amp;Delete selected hazards</source>
        <translation>Seçilmiş əraziləri &amp;sil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="43"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="44"/>
        <source>Zoom to &amp;all</source>
        <translation>&amp;Hamısını göstər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="45"/>
        <source>Zoom to &amp;selection</source>
        <translation>&amp;Seçilənləri göstər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="47"/>
        <source>&amp;Colour hazards by</source>
        <translation>Əraziləri &amp;rənglə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="50"/>
        <source>&amp;Background map (MBTiles)...</source>
        <translation>&amp;Fon xəritəsi (MBTiles)...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="51"/>
        <source>&amp;No background map</source>
        <translation>Fon xəritəsi &amp;olmasın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="55"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alətlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="58"/>
        <source>&amp;Pan</source>
        <translation>&amp;Sürüşdür</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="58"/>
        <source>&amp;Select</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="59"/>
        <source>&amp;Draw release polygon</source>
        <translation>Azad edilmiş &amp;poliqon çək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="60"/>
        <source>&amp;Edit release vertices</source>
        <translation>Azad edilmənin təpə nöqtələrini &amp;redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="61"/>
        <source>S&amp;plit hazard with a line</source>
        <translation>Ərazini xətlə &amp;böl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="68"/>
        <source>&amp;Mark selected released...</source>
        <translation>Seçilmişləri azad edilmiş &amp;qeyd et...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="69"/>
        <source>Record &amp;devices found...</source>
        <translation>Tapılmış &amp;qurğuları qeyd et...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="73"/>
        <source>&amp;Task order for selected hazards...</source>
        <translation>Seçilmiş ərazilər üçün &amp;tapşırıq əmri...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="74"/>
        <source>&amp;Completion report...</source>
        <translation>&amp;Tamamlanma hesabatı...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="75"/>
        <source>&amp;Summary report for a period...</source>
        <translation>Dövr üzrə &amp;yekun hesabat...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="79"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Parametrlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="80"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="83"/>
        <source>As the system</source>
        <translation>Sistemdəki kimi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="89"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="90"/>
        <source>&amp;About MineDesk</source>
        <translation>MineDesk &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="91"/>
        <source>Tools</source>
        <translation>Alətlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="114"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Geri qaytar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="115"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Təkrarla: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="131"/>
        <source>&amp;Type (CHA, SHA)</source>
        <translation>&amp;Növ (CHA, SHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="131"/>
        <source>&amp;Progress (how much is released)</source>
        <translation>&amp;Gedişat (nə qədəri azad edilib)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="154"/>
        <source>The language changes when MineDesk starts again</source>
        <translation>Dil MineDesk yenidən açılanda dəyişəcək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="157"/>
        <source>About MineDesk</source>
        <translation>MineDesk haqqında</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="158"/>
        <source>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Land-release tallies, task orders and reports for mine action.&lt;/p&gt;&lt;p&gt;Hectares are geodesic, on the WGS84 ellipsoid.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Minadan təmizləmə üzrə ərazilərin azad edilməsinin hesabı, tapşırıq əmrləri və hesabatlar.&lt;/p&gt;&lt;p&gt;Hektarlar WGS84 ellipsoidi üzərində geodeziya üsulu ilə hesablanır.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="237"/>
        <source>No task order is issued in this project yet</source>
        <translation>Bu layihədə hələ tapşırıq əmri verilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="241"/>
        <source>Completion report</source>
        <translation>Tamamlanma hesabatı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="242"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="246"/>
        <source>Save completion report</source>
        <translation>Tamamlanma hesabatını saxla</translation>
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
        <translation>Bütün ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="55"/>
        <source>Selection</source>
        <translation>Seçilənlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="60"/>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="69"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="221"/>
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="69"/>
        <source>Hazard area</source>
        <translation>Ərazinin sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="70"/>
        <source>Released</source>
        <translation>Azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="71"/>
        <source>  cleared</source>
        <translation>  təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="71"/>
        <source>  reduced</source>
        <translation>  azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="72"/>
        <source>  cancelled</source>
        <translation>  ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="70"/>
        <source>Remaining</source>
        <translation>Qalan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="72"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="104"/>
        <source>Devices found</source>
        <translation>Tapılmış qurğular</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="81"/>
        <source>Not counted</source>
        <translation>Hesaba alınmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="85"/>
        <source>Releases that count toward no hazard (outside every hazard, or outside the one they name) and hazards left out when read for want of a usable polygon: the Data quality panel lists each one</source>
        <translation>Heç bir təhlükəli əraziyə aid edilməyən azad etmələr (bütün ərazilərdən kənarda və ya adını çəkdiyi ərazidən kənarda) və oxunarkən yararlı poliqonu olmadığı üçün buraxılmış təhlükəli ərazilər: Məlumatların keyfiyyəti paneli hər birini göstərir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="106"/>
        <source>Released hectares over time</source>
        <translation>Zamanla azad edilmiş hektarlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="130"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="173"/>
        <source>{0} ha</source>
        <comment>hectares, the unit of every figure</comment>
        <translation>{0} ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="201"/>
        <source>{0} in {1} release(s) outside every hazard</source>
        <translation>{0}: bütün təhlükəli ərazilərdən kənarda {1} azad etmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="204"/>
        <source>{0} hazard(s) skipped (no usable polygon)</source>
        <translation>{0} təhlükəli ərazi buraxılıb (yararlı poliqon yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="221"/>
        <source>Area ha</source>
        <translation>Sahə, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="221"/>
        <source>Released ha</source>
        <translation>Azad edilib, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="222"/>
        <source>Remaining ha</source>
        <translation>Qalan, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="222"/>
        <source>% released</source>
        <translation>% azad edilib</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="78"/>
        <source>Record devices found</source>
        <translation>Tapılmış qurğuları qeyd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="82"/>
        <source>Release</source>
        <translation>Azad edilmə</translation>
    </message>
    <message>
        <source>{0} found</source>
        <translation type="vanished">tapılmış {0}</translation>
    </message>
    <message>
        <source>Model (e.g. PMN-2)</source>
        <translation type="vanished">Model (məs. PMN-2)</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="30"/>
        <source>Undone</source>
        <translation>Geri qaytarıldı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="37"/>
        <source>Redone</source>
        <translation>Təkrarlandı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="52"/>
        <location filename="../../src/minedesk/app/window/editing.py" line="130"/>
        <source>Select one or more hazards first</source>
        <translation>Əvvəlcə bir və ya bir neçə ərazi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="55"/>
        <source>Mark {0} hazard(s) released</source>
        <translation>{0} ərazini azad edilmiş qeyd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="65"/>
        <source>Select one hazard first</source>
        <translation>Əvvəlcə bir ərazi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="69"/>
        <source>{0} has no release yet: mark it or draw a release first</source>
        <translation>{0} üçün hələ azad edilmə yoxdur: əvvəlcə qeyd edin və ya çəkin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="82"/>
        <source>Delete {0} hazard(s) with their releases? (Edit &gt; Undo brings them back)</source>
        <translation>{0} ərazi azad edilmiş hissələri ilə birlikdə silinsin? (Redaktə &gt; Geri qaytar onları bərpa edir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="96"/>
        <source>What you drew does not touch any hazard</source>
        <translation>Çəkdiyiniz heç bir əraziyə toxunmur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="106"/>
        <source>Release drawn on {0}</source>
        <translation>{0} üzərində çəkilmiş azad edilmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="150"/>
        <source>Wrote {0}</source>
        <translation>Yazıldı: {0}</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="22"/>
        <source>Open hazards or a project</source>
        <translation>Əraziləri və ya layihəni aç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="29"/>
        <source>Open hazards with the import assistant</source>
        <translation>Təhlükələri idxal köməkçisi ilə aç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="40"/>
        <source>Save the new project as</source>
        <translation>Yeni layihəni saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="41"/>
        <source>MineDesk projects (*.gpkg)</source>
        <translation>MineDesk layihələri (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="60"/>
        <source>Export</source>
        <translation>İxrac</translation>
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
        <translation>Yazıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="82"/>
        <source>Save map picture</source>
        <translation>Xəritənin şəklini saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="83"/>
        <source>Pictures (*.png *.jpg)</source>
        <translation>Şəkillər (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="96"/>
        <location filename="../../src/minedesk/app/window/files.py" line="101"/>
        <source>{0}: cannot write the picture; choose another folder</source>
        <translation>{0}: şəkil yazıla bilmir; başqa qovluq seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="135"/>
        <source>Background map</source>
        <translation>Fon xəritəsi</translation>
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
        <translation>Əraziləri süz (ID, rayon, növ ...)</translation>
    </message>
</context>
<context>
    <name>HazardTableModel</name>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="63"/>
        <source>Hazard</source>
        <translation>Ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="63"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="63"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="64"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="65"/>
        <source>Area ha</source>
        <translation>Sahə, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="66"/>
        <source>Cleared ha</source>
        <translation>Təmizlənmiş, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="66"/>
        <source>Reduced ha</source>
        <translation>Azaldılmış, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="66"/>
        <source>Cancelled ha</source>
        <translation>Ləğv edilmiş, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="67"/>
        <source>Remaining ha</source>
        <translation>Qalan, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/table.py" line="67"/>
        <source>% released</source>
        <translation>% azad edilib</translation>
    </message>
</context>
<context>
    <name>ImportAssistant</name>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="157"/>
        <source>Import assistant: {0}</source>
        <translation>İdxal köməkçisi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="173"/>
        <source>The choices made for this file last time are filled in.</source>
        <translation>Bu fayl üçün əvvəlki dəfə edilən seçimlər doldurulub.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="175"/>
        <source>Hazards: {0}</source>
        <translation>Təhlükələr: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="178"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="184"/>
        <source>Coordinates (CRS)</source>
        <translation>Koordinatlar (KİS)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="186"/>
        <source>Text encoding</source>
        <translation>Mətnin kodlaşdırılması</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="188"/>
        <source>Hazard id column</source>
        <translation>Təhlükə ID sütunu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="190"/>
        <source>Features</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="197"/>
        <source>Released land</source>
        <translation>Azad edilmiş torpaq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="201"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="202"/>
        <source>Choose...</source>
        <translation>Seç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="204"/>
        <source>None</source>
        <translation>Heç biri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="209"/>
        <location filename="../../src/minedesk/app/assistant.py" line="372"/>
        <source>Release file</source>
        <translation>Azadetmə faylı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="211"/>
        <source>Release layer</source>
        <translation>Azadetmə layı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="213"/>
        <location filename="../../src/minedesk/app/assistant.py" line="223"/>
        <source>Releases</source>
        <translation>Azadetmələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="215"/>
        <source>Column naming the hazard</source>
        <translation>Təhlükəni göstərən sütun</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="217"/>
        <source>Category column</source>
        <translation>Kateqoriya sütunu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="221"/>
        <source>Category of every release</source>
        <translation>Bütün azadetmələrin kateqoriyası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="223"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="223"/>
        <source>Means</source>
        <translation>Mənası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="226"/>
        <source>Values not recognised</source>
        <translation>Tanınmayan dəyərlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="253"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="253"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="254"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="276"/>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <source>(the only one)</source>
        <translation>(yeganə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="291"/>
        <source>UTF-8 (as the file says)</source>
        <translation>UTF-8 (faylda göstərildiyi kimi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="297"/>
        <source>as the .cpg file says</source>
        <translation>.cpg faylında göstərildiyi kimi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="304"/>
        <source>no text</source>
        <translation>mətn yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="307"/>
        <source>does not decode</source>
        <translation>oxunmur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="329"/>
        <location filename="../../src/minedesk/app/assistant.py" line="407"/>
        <source>{0} in the layer</source>
        <translation>layda {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="340"/>
        <source>(none: ids are generated)</source>
        <translation>(yoxdur: ID-lər yaradılır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="361"/>
        <source>As the file says ({0})</source>
        <translation>Faylda göstərildiyi kimi ({0})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="373"/>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>CİS faylları (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="411"/>
        <source>no release file</source>
        <translation>azadetmə faylı yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="416"/>
        <source>(none: linked by location)</source>
        <translation>(yoxdur: yerləşməyə görə əlaqələndirilir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="418"/>
        <source>(one category for every release)</source>
        <translation>(bütün azadetmələr üçün bir kateqoriya)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="444"/>
        <source>not counted</source>
        <translation>hesablanmır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="481"/>
        <source>The column {0} is chosen both as the hazard of a release and as its category; choose one column for each</source>
        <translation>{0} sütunu həm azadetmənin təhlükəsi, həm də kateqoriyası kimi seçilib; hər biri üçün bir sütun seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="484"/>
        <source>The hazard layer cannot be read</source>
        <translation>Təhlükə layı oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="491"/>
        <source>{0}: {1}; choose the coordinate reference system the numbers are in</source>
        <translation>{0}: {1}; rəqəmlərin aid olduğu koordinat sistemini seçin</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="107"/>
        <source>Opening {0} ...</source>
        <translation>{0} açılır ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="139"/>
        <source>Opening cancelled</source>
        <translation>Açılma ləğv edildi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="166"/>
        <source>Computing tallies ...</source>
        <translation>Hesablar aparılır ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="196"/>
        <source>No .cpg file says how the text of {0} is encoded, and it was guessed: choose the encoding with which the names read right.</source>
        <translation>{0} faylının mətninin kodlaşdırılmasını göstərən .cpg faylı yoxdur və o təxmin edildi: adların düzgün oxunduğu kodlaşdırmanı seçin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="199"/>
        <source>Opened read-only: {0}</source>
        <translation>Yalnız oxumaq üçün açıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="203"/>
        <source>{0} is shown read-only: File &gt; Make project to record releases</source>
        <translation>{0} yalnız oxumaq üçün göstərilir: azad edilmələri qeyd etmək üçün Fayl &gt; Layihə yarat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="207"/>
        <source>Opened {0} in {1:.1f} s</source>
        <translation>{0} {1:.1f} s-də açıldı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="208"/>
        <source> ({0} findings: see Data quality)</source>
        <translation> ({0} qeyd: Məlumatların keyfiyyəti panelinə baxın)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="213"/>
        <source>Could not open {0}</source>
        <translation>{0} açıla bilmədi</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="112"/>
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="116"/>
        <source>Tallies</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="117"/>
        <source>Selection</source>
        <translation>Seçilənlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="119"/>
        <source>Data quality</source>
        <translation>Məlumatların keyfiyyəti</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="161"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <source> ({0} warnings)</source>
        <translation type="vanished"> ({0} xəbərdarlıq)</translation>
    </message>
    <message>
        <source>&lt;h3&gt;{0} hazards&lt;/h3&gt;&lt;p&gt;{1} ha, {2} ha remaining&lt;/p&gt;</source>
        <translation type="vanished">&lt;h3&gt;{0} ərazi&lt;/h3&gt;&lt;p&gt;{1} ha, qalan {2} ha&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapCanvas</name>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="168"/>
        <source>CHA (confirmed)</source>
        <translation>CHA (təsdiqlənmiş)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="168"/>
        <source>SHA (suspected)</source>
        <translation>SHA (şübhəli)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>nothing released</source>
        <translation>heç nə azad edilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>partly released</source>
        <translation>qismən azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="171"/>
        <source>released in full</source>
        <translation>tam azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="519"/>
        <source>other</source>
        <translation>digər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="520"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="520"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="521"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="653"/>
        <source>{id} · {area} ha · {left} ha remaining</source>
        <translation>{id} · {area} ha · qalan {left} ha</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="132"/>
        <source>{0} is a MineDesk project: MineDesk never writes over a project. Choose another name.</source>
        <translation>{0} MineDesk layihəsidir: MineDesk layihənin üzərinə heç vaxt yazmır. Başqa ad seçin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="136"/>
        <source>{0} is the open project or one of the files it was read from ({1}): MineDesk never writes over them. Choose another name.</source>
        <translation>{0} açıq layihədir və ya onun oxunduğu fayllardan biridir ({1}): MineDesk onların üzərinə heç vaxt yazmır. Başqa ad seçin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="152"/>
        <source>These files exist already:
{0}

Replace them?</source>
        <translation>Bu fayllar artıq mövcuddur:
{0}

Onlar əvəz edilsin?</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="40"/>
        <source>Check again</source>
        <translation>Yenidən yoxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Feature</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Finding</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="46"/>
        <source>Detail</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="71"/>
        <source>{0} finding(s) from reading the project; Check again for duplicates, long edges, reported areas and releases outside hazards</source>
        <translation>Layihə oxunarkən {0} qeyd; dublikatlar, uzun tərəflər, göstərilmiş sahələr və ərazidən kənar azad edilmələr üçün Yenidən yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="78"/>
        <source>{0} finding(s) before the last edit: Check again to bring them up to date</source>
        <translation>Son dəyişiklikdən əvvəl {0} qeyd: yeniləmək üçün Yenidən yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="90"/>
        <source>{0} finding(s); double-click one to see the hazard</source>
        <translation>{0} qeyd; ərazini görmək üçün qeydə iki dəfə klikləyin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="92"/>
        <source>No problems found in the hazards or the releases</source>
        <translation>Ərazilərdə və azad edilmələrdə problem tapılmadı</translation>
    </message>
</context>
<context>
    <name>ReleaseDialog</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="33"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="33"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="34"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="48"/>
        <source>not given</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="49"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="50"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="51"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="52"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="53"/>
        <source>Depth</source>
        <translation>Dərinlik</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="103"/>
        <source>{0} found</source>
        <translation>tapılmış {0}</translation>
    </message>
</context>
<context>
    <name>SelectionPanel</name>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="45"/>
        <source>Nothing selected: click a hazard on the map or a row of the table.</source>
        <translation>Heç nə seçilməyib: xəritədə əraziyə və ya cədvəldə sətrə klikləyin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="53"/>
        <source>Area</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="53"/>
        <source>Released</source>
        <translation>Azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="54"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="54"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="54"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="56"/>
        <source>Remaining</source>
        <translation>Qalan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="57"/>
        <source>Devices found</source>
        <translation>Tapılmış qurğular</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/selection.py" line="61"/>
        <source>{0} hazards</source>
        <translation>{0} ərazi</translation>
    </message>
</context>
<context>
    <name>SummaryDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="272"/>
        <source>Summary report</source>
        <translation>Yekun hesabat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="281"/>
        <source>From the beginning</source>
        <translation>Əvvəldən</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="284"/>
        <source>(no groups)</source>
        <translation>(qruplaşdırmadan)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="288"/>
        <source>team (their own releases)</source>
        <translation>qrup (öz azad etdikləri)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="292"/>
        <source>Also write the table as CSV (for spreadsheets)</source>
        <translation>Cədvəli CSV kimi də yaz (elektron cədvəllər üçün)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="294"/>
        <location filename="../../src/minedesk/app/paper.py" line="306"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="296"/>
        <location filename="../../src/minedesk/app/paper.py" line="306"/>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="297"/>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="298"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="301"/>
        <source>Preview and print...</source>
        <translation>Önizləmə və çap...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="301"/>
        <source>Save PDF...</source>
        <translation>PDF saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="326"/>
        <source>Save summary report</source>
        <translation>Yekun hesabatı saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="326"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="346"/>
        <source>Wrote {0}</source>
        <translation>Yazıldı: {0}</translation>
    </message>
</context>
<context>
    <name>TaskOrderDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="159"/>
        <source>Benchmark far from the hazards</source>
        <translation>Reper təhlükəli ərazilərdən uzaqdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="160"/>
        <source>{0}.

Issue the task order with this benchmark? The order prints a warning.</source>
        <translation>{0}.

Tapşırıq bu reperlə verilsin? Tapşırıqda xəbərdarlıq çap olunacaq.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="98"/>
        <source>Task order: {0}</source>
        <translation>Tapşırıq əmri: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="102"/>
        <source>New task order</source>
        <translation>Yeni tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="104"/>
        <source>New version of {0}</source>
        <translation>{0} üçün yeni versiya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="106"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="107"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="123"/>
        <source>Preview and print...</source>
        <translation>Önizləmə və çap...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="123"/>
        <source>Issue and save PDF...</source>
        <translation>Ver və PDF kimi saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="196"/>
        <source>Save task order</source>
        <translation>Tapşırıq əmrini saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="197"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="216"/>
        <source>Issued {0} version {1}: {2}</source>
        <translation>{0} versiya {1} verildi: {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="169"/>
        <source>Simplify the outline?</source>
        <translation>Kontur sadələşdirilsin?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="170"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The project keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>Tapşırıq əmrində {0} dönmə nöqtəsi olardı; bu, tapşırıq əmrinin daşıya biləcəyi {1} nöqtədən çoxdur.
Kontur yalnız bu sənəd üçün sadələşdirilsin? Layihənin həndəsəsi dəyişmir, sənəddə nəyin sadələşdirildiyi yazılır.

Dözüm, metrlə:</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="21"/>
        <source>Welcome to MineDesk</source>
        <translation>MineDesk-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="24"/>
        <source>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Land released and remaining, in exact hectares, and the devices found: for every hazard, district and team, offline.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a project, or hazard shapefiles handed out by the centre (File &amp;gt; Open, or drop them on the window).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Make a project&lt;/b&gt; of them (File &amp;gt; Make project): every edit is saved as you make it, undoable and audited.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Select&lt;/b&gt; hazards on the map or in the table; &lt;b&gt;mark them released&lt;/b&gt; (Ctrl+R) or &lt;b&gt;draw&lt;/b&gt; the released part (Ctrl+3); record devices found (Ctrl+D).&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Tallies&lt;/b&gt; panel follows every edit; &lt;b&gt;Tools &amp;gt; Task order&lt;/b&gt; (Ctrl+T) prints the paper for the team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Azad edilmiş və qalan ərazilər dəqiq hektarlarla, tapılmış qurğular: hər ərazi, rayon və qrup üzrə, internetsiz.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Layihəni və ya mərkəzin verdiyi ərazi shapefile-larını &lt;b&gt;açın&lt;/b&gt; (Fayl &amp;gt; Aç və ya pəncərəyə atın).&lt;/li&gt;&lt;li&gt;Onlardan &lt;b&gt;layihə yaradın&lt;/b&gt; (Fayl &amp;gt; Layihə yarat): hər dəyişiklik dərhal saxlanılır, geri qaytarıla bilir və qeydə alınır.&lt;/li&gt;&lt;li&gt;Xəritədə və ya cədvəldə əraziləri &lt;b&gt;seçin&lt;/b&gt;; onları &lt;b&gt;azad edilmiş qeyd edin&lt;/b&gt; (Ctrl+R) və ya azad edilmiş hissəni &lt;b&gt;çəkin&lt;/b&gt; (Ctrl+3); tapılmış qurğuları qeyd edin (Ctrl+D).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hesablar&lt;/b&gt; paneli hər dəyişikliyi izləyir; &lt;b&gt;Alətlər &amp;gt; Tapşırıq əmri&lt;/b&gt; (Ctrl+T) qrup üçün sənədi çap edir.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="38"/>
        <source>Open the sample (250 hazards in Azerbaijan)</source>
        <translation>Nümunəni aç (Azərbaycanda 250 ərazi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="40"/>
        <source>Open...</source>
        <translation>Aç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="50"/>
        <source>Recent files</source>
        <translation>Son fayllar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="52"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>{0} found</source>
        <translation type="vanished">tapılmış {0}</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Wrote {0}</source>
        <translation type="vanished">Yazıldı: {0}</translation>
    </message>
</context>
</TS>
