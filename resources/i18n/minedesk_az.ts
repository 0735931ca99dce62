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
        <location filename="../../src/minedesk/app/window/actions.py" line="118"/>
        <source>&amp;Undo</source>
        <translation>&amp;Geri qaytar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="39"/>
        <location filename="../../src/minedesk/app/window/actions.py" line="119"/>
        <source>&amp;Redo</source>
        <translation>&amp;Təkrarla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="40"/>
        <source>&amp;Delete selected hazards</source>
        <translation>Seçilmiş əraziləri &amp;sil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="41"/>
        <source>New &amp;polygon from coordinates...</source>
        <translation>Koordinatlardan yeni &amp;poliqon...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="47"/>
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="48"/>
        <source>Zoom to &amp;all</source>
        <translation>&amp;Hamısını göstər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="49"/>
        <source>Zoom to &amp;selection</source>
        <translation>&amp;Seçilənləri göstər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="51"/>
        <source>&amp;Colour hazards by</source>
        <translation>Əraziləri &amp;rənglə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="54"/>
        <source>&amp;Background map (MBTiles)...</source>
        <translation>&amp;Fon xəritəsi (MBTiles)...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="55"/>
        <source>&amp;No background map</source>
        <translation>Fon xəritəsi &amp;olmasın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="59"/>
        <source>&amp;Tools</source>
        <translation>&amp;Alətlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="62"/>
        <source>&amp;Pan</source>
        <translation>&amp;Sürüşdür</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="62"/>
        <source>&amp;Select</source>
        <translation>&amp;Seç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="63"/>
        <source>&amp;Draw release polygon</source>
        <translation>Azad edilmiş &amp;poliqon çək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="64"/>
        <source>&amp;Edit release vertices</source>
        <translation>Azad edilmənin təpə nöqtələrini &amp;redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="65"/>
        <source>S&amp;plit hazard with a line</source>
        <translation>Ərazini xətlə &amp;böl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="72"/>
        <source>&amp;Mark selected released...</source>
        <translation>Seçilmişləri azad edilmiş &amp;qeyd et...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="73"/>
        <source>Record &amp;devices found...</source>
        <translation>Tapılmış &amp;qurğuları qeyd et...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="77"/>
        <source>&amp;Task order for selected hazards...</source>
        <translation>Seçilmiş ərazilər üçün &amp;tapşırıq əmri...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="78"/>
        <source>&amp;Completion report...</source>
        <translation>&amp;Tamamlanma hesabatı...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="79"/>
        <source>&amp;Summary report for a period...</source>
        <translation>Dövr üzrə &amp;yekun hesabat...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="83"/>
        <source>Se&amp;ttings</source>
        <translation>&amp;Parametrlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="84"/>
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="87"/>
        <source>As the system</source>
        <translation>Sistemdəki kimi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="93"/>
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="94"/>
        <source>&amp;About MineDesk</source>
        <translation>MineDesk &amp;haqqında</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="95"/>
        <source>Tools</source>
        <translation>Alətlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="118"/>
        <source>&amp;Undo {0}</source>
        <translation>&amp;Geri qaytar: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="119"/>
        <source>&amp;Redo {0}</source>
        <translation>&amp;Təkrarla: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="136"/>
        <source>&amp;Type (CHA, SHA)</source>
        <translation>&amp;Növ (CHA, SHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="136"/>
        <source>&amp;Progress (how much is released)</source>
        <translation>&amp;Gedişat (nə qədəri azad edilib)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="159"/>
        <source>The language changes when MineDesk starts again</source>
        <translation>Dil MineDesk yenidən açılanda dəyişəcək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="162"/>
        <source>About MineDesk</source>
        <translation>MineDesk haqqında</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/actions.py" line="163"/>
        <source>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Land-release tallies, task orders and reports for mine action.&lt;/p&gt;&lt;p&gt;Hectares are geodesic, on the WGS84 ellipsoid.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;MineDesk {0}&lt;/h3&gt;&lt;p&gt;Minadan təmizləmə üzrə ərazilərin azad edilməsinin hesabı, tapşırıq əmrləri və hesabatlar.&lt;/p&gt;&lt;p&gt;Hektarlar WGS84 ellipsoidi üzərində geodeziya üsulu ilə hesablanır.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>CheckAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="243"/>
        <source>Data-quality check</source>
        <translation>Məlumatların keyfiyyətinin yoxlanması</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="246"/>
        <source>What `minedesk check` lists, per feature: null, empty or invalid geometries and their repair, fewer than 3 distinct points, duplicate ids, duplicate or near-duplicate shapes, consecutive vertices implausibly far apart, reported areas (AREA_HA, AREA_M2 ...) that disagree with the geodesic one, releases outside every hazard. The JSON output is the object `minedesk check --json` prints.</source>
        <translation>`minedesk check` hər obyekt üçün nəyi sadalayırsa: boş, null və ya etibarsız həndəsələr və onların düzəldilməsi, 3-dən az fərqli nöqtə, təkrarlanan ID-lər, təkrarlanan və ya demək olar ki, eyni formalar, bir-birindən inanılmaz dərəcədə uzaq ardıcıl təpələr, geodezik sahə ilə uyğun gəlməyən göstərilmiş sahələr (AREA_HA, AREA_M2 ...), heç bir təhlükəli ərazinin daxilində olmayan azadetmələr. JSON çıxışı `minedesk check --json` əmrinin çap etdiyi obyektdir.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="255"/>
        <source>Reported area tolerance (%)</source>
        <translation>Göstərilmiş sahə üçün dözüm (%)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="257"/>
        <source>Longest plausible edge (m)</source>
        <translation>Ən uzun inandırıcı tərəf (m)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="260"/>
        <source>Findings</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="261"/>
        <source>Number of findings</source>
        <translation>Qeydlərin sayı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="262"/>
        <source>Findings (JSON)</source>
        <translation>Qeydlər (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="278"/>
        <source>before writing the findings</source>
        <translation>qeydlər yazılmazdan əvvəl</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="221"/>
        <source>No task order is issued in this project yet</source>
        <translation>Bu layihədə hələ tapşırıq əmri verilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="225"/>
        <source>Completion report</source>
        <translation>Tamamlanma hesabatı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="226"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="230"/>
        <source>Save completion report</source>
        <translation>Tamamlanma hesabatını saxla</translation>
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
        <translation>Koordinatlardan yeni poliqon</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="214"/>
        <source>New hazard</source>
        <translation>Yeni ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="230"/>
        <source>Make</source>
        <translation>Yaradılacaq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="235"/>
        <source>Add to layer</source>
        <translation>Laya əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="239"/>
        <source>Hazard id</source>
        <translation>Ərazinin kodu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="248"/>
        <source>Hazard type</source>
        <translation>Ərazinin növü</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="251"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="251"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="251"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="253"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="267"/>
        <source>true north</source>
        <translation>həqiqi şimal</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="267"/>
        <source>grid north (UTM)</source>
        <translation>tor şimalı (UTM)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="268"/>
        <source>magnetic north</source>
        <translation>maqnit şimalı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="271"/>
        <source>e.g. 6.5E</source>
        <translation>məs. 6.5E</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="273"/>
        <source>degrees</source>
        <translation>dərəcə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="273"/>
        <source>mils (6400)</source>
        <translation>mil (6400)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="273"/>
        <source>mils (6000)</source>
        <translation>mil (6000)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="276"/>
        <source>e.g. 38N</source>
        <translation>məs. 38N</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>Bearings from</source>
        <translation>Azimutlar hesablanır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="283"/>
        <source>Declination</source>
        <translation>Maqnit meyli</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="284"/>
        <source>Angles in</source>
        <translation>Bucaqlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="285"/>
        <source>UTM zone of bare easting, northing</source>
        <translation>Zonasız şərq, şimal koordinatları üçün UTM zonası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="286"/>
        <source>Misclosure tolerance</source>
        <translation>Qapanma xətasının həddi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="299"/>
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="302"/>
        <source>Paste rows</source>
        <translation>Sətirləri yapışdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="304"/>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="327"/>
        <source>I have checked the bearings and distances: accept this misclosure</source>
        <translation>Azimutları və məsafələri yoxladım: bu qapanma xətasını qəbul edirəm</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="332"/>
        <source>Repair: split the polygon where it crosses itself</source>
        <translation>Düzəlt: poliqonu özünü kəsdiyi yerdə böl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="349"/>
        <source>Detect</source>
        <translation>Avtomatik</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="349"/>
        <source>Label</source>
        <translation>Nişan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="350"/>
        <source>Decimal degrees</source>
        <translation>Onluq dərəcələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="350"/>
        <source>Degrees, minutes</source>
        <translation>Dərəcə, dəqiqə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="351"/>
        <source>Degrees, minutes, seconds</source>
        <translation>Dərəcə, dəqiqə, saniyə</translation>
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
        <translation>Qauss-Krüger (Pulkovo 1942)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="352"/>
        <source>Leg (bearing, distance)</source>
        <translation>Hissə (azimut, məsafə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="353"/>
        <source>Latitude</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="353"/>
        <source>Longitude</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="353"/>
        <source>UTM zone</source>
        <translation>UTM zonası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="354"/>
        <source>Easting</source>
        <translation>Şərq koordinatı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="354"/>
        <source>Northing</source>
        <translation>Şimal koordinatı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="355"/>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="355"/>
        <source>Grid bearing</source>
        <translation>Tor azimutu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="356"/>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Distance (m)</source>
        <translation>Məsafə (m)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="356"/>
        <source>Slope angle</source>
        <translation>Meyl bucağı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="356"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Bearing (true)</source>
        <translation>Azimut (həqiqi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="412"/>
        <source>Position or leg</source>
        <translation>Mövqe və ya hissə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="520"/>
        <source>leg</source>
        <translation>hissə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="527"/>
        <source>setting</source>
        <translation>parametr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="559"/>
        <source>{0} turning point(s)</source>
        <translation>{0} dönmə nöqtəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="561"/>
        <source>{0} row(s) cannot be read (in red; the reason is in the row): nothing is made until they are corrected</source>
        <translation>{0} sətir oxunmur (qırmızı; səbəbi sətirdədir): düzəldilənə qədər heç nə yaradılmır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="563"/>
        <source>row {0}: {1}</source>
        <translation>sətir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="568"/>
        <source>rows in zones {0}</source>
        <translation>sətirlər {0} zonalarındadır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="572"/>
        <source>Closed by a straight edge from the last point to TP 1</source>
        <translation>Son nöqtədən TP 1-ə düz xətlə qapanır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="574"/>
        <source>Misclosure 0.00 m (exact) over {0} m</source>
        <translation>Qapanma xətası 0.00 m (dəqiq), {0} m üzərində</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="576"/>
        <source>Misclosure {0} m (1 : {1}) over {2} m</source>
        <translation>Qapanma xətası {0} m (1 : {1}), {2} m üzərində</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="579"/>
        <source>— worse than the tolerance 1 : {0}</source>
        <translation>— 1 : {0} həddindən pisdir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="585"/>
        <source>The polygon crosses itself at {0} (red cross)</source>
        <translation>Poliqon {0} nöqtəsində özünü kəsir (qırmızı xaç)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="594"/>
        <source>nothing read yet</source>
        <translation>hələ heç nə oxunmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="596"/>
        <source>correct the rows in red</source>
        <translation>qırmızı sətirləri düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="598"/>
        <source>a polygon needs at least three turning points</source>
        <translation>poliqon üçün ən azı üç dönmə nöqtəsi lazımdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="600"/>
        <source>accept the misclosure, or correct the legs</source>
        <translation>qapanma xətasını qəbul edin və ya hissələri düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="602"/>
        <source>put the turning points in order, or repair the polygon</source>
        <translation>dönmə nöqtələrini sıraya qoyun və ya poliqonu düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="604"/>
        <source>give the new hazard an id</source>
        <translation>yeni əraziyə kod verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="616"/>
        <source>Add hazard</source>
        <translation>Ərazi əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="616"/>
        <source>Add release</source>
        <translation>Azad edilmə əlavə et</translation>
    </message>
</context>
<context>
    <name>CoordinatesPlugin</name>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="27"/>
        <source>New polygon from coordinates...</source>
        <translation>Koordinatlardan yeni poliqon...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="65"/>
        <source>the project has no polygon layer</source>
        <translation>layihədə poliqon layı yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="66"/>
        <source>add or create a polygon layer first</source>
        <translation>əvvəlcə poliqon layı əlavə edin və ya yaradın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="70"/>
        <source>New hazard</source>
        <translation>Yeni ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="75"/>
        <source>Release of the selected hazard {0}</source>
        <translation>Seçilmiş {0} ərazisinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="127"/>
        <source>the release polygon does not overlap the selected hazard</source>
        <translation>azad edilmə poliqonu seçilmiş ərazi ilə kəsişmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="129"/>
        <source>check the turning points</source>
        <translation>dönmə nöqtələrini yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="138"/>
        <source>Add {0} release to {1}</source>
        <translation>{1} ərazisinə {0} azad edilmə əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="141"/>
        <source>{0} ({1} ha inside the hazard added)</source>
        <translation>{0} (ərazinin daxilində {1} ha əlavə edildi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="150"/>
        <source>Add hazard {0}</source>
        <translation>{0} ərazisini əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="163"/>
        <source>QGIS did not take the feature</source>
        <translation>QGIS obyekti qəbul etmədi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/coordinates.py" line="164"/>
        <source>check that the layer can be edited</source>
        <translation>layın redaktə oluna bildiyini yoxlayın</translation>
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
        <location filename="../../src/minedesk/app/window/editing.py" line="189"/>
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
        <location filename="../../src/minedesk/app/window/editing.py" line="122"/>
        <source>Open a project (.gpkg) to add polygons</source>
        <translation>Poliqon əlavə etmək üçün layihə (.gpkg) açın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="127"/>
        <source>New hazard</source>
        <translation>Yeni ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="130"/>
        <source>Release of the selected hazard {0}</source>
        <translation>Seçilmiş {0} ərazisinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="209"/>
        <source>Wrote {0}</source>
        <translation>Yazıldı: {0}</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="501"/>
        <source>MineDesk fields</source>
        <translation>MineDesk sahələri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="507"/>
        <source>(detect)</source>
        <translation>(müəyyən et)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="515"/>
        <source>Hazard id (hazards)</source>
        <translation>Təhlükə ID (ərazilər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="520"/>
        <source>Hazard id (releases)</source>
        <translation>Təhlükə ID (azadetmələr)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="521"/>
        <source>Release category</source>
        <translation>Azadetmə kateqoriyası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="523"/>
        <source>(from the field)</source>
        <translation>(sahədən)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="527"/>
        <source>Or one category for all</source>
        <translation>Və ya hamısı üçün bir kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="531"/>
        <source>{0} count</source>
        <translation>{0} sayı</translation>
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
        <location filename="../../src/minedesk/app/window/files.py" line="137"/>
        <source>Background map</source>
        <translation>Fon xəritəsi</translation>
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
        <location filename="../../src/minedesk/app/assistant.py" line="280"/>
        <source>Import assistant: {0}</source>
        <translation>İdxal köməkçisi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="298"/>
        <source>The choices made for this file last time are filled in.</source>
        <translation>Bu fayl üçün əvvəlki dəfə edilən seçimlər doldurulub.</translation>
    </message>
    <message>
        <source>Hazards: {0}</source>
        <translation type="vanished">Təhlükələr: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="355"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="361"/>
        <source>Coordinates (CRS)</source>
        <translation>Koordinatlar (KİS)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="363"/>
        <source>Text encoding</source>
        <translation>Mətnin kodlaşdırılması</translation>
    </message>
    <message>
        <source>Hazard id column</source>
        <translation type="vanished">Təhlükə ID sütunu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="365"/>
        <source>Features</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <source>Released land</source>
        <translation type="vanished">Azad edilmiş torpaq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="402"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="403"/>
        <source>Choose...</source>
        <translation>Seç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="405"/>
        <source>None</source>
        <translation>Heç biri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="410"/>
        <location filename="../../src/minedesk/app/assistant.py" line="639"/>
        <source>Release file</source>
        <translation>Azadetmə faylı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="412"/>
        <source>Release layer</source>
        <translation>Azadetmə layı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="414"/>
        <location filename="../../src/minedesk/app/assistant.py" line="428"/>
        <source>Releases</source>
        <translation>Azadetmələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="420"/>
        <source>Column naming the hazard</source>
        <translation>Təhlükəni göstərən sütun</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="422"/>
        <source>Category column</source>
        <translation>Kateqoriya sütunu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="426"/>
        <source>Category of every release</source>
        <translation>Bütün azadetmələrin kateqoriyası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="392"/>
        <location filename="../../src/minedesk/app/assistant.py" line="428"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="300"/>
        <source>Saved mapping</source>
        <translation>Saxlanılmış uyğunlaşdırma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="305"/>
        <source>Save mapping as...</source>
        <translation>Uyğunlaşdırmanı belə saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="313"/>
        <source>1. Hazard file</source>
        <translation>1. Ərazi faylı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="314"/>
        <source>2. Hazard columns</source>
        <translation>2. Ərazi sütunları</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="315"/>
        <source>3. Released land</source>
        <translation>3. Azad edilmiş torpaq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="322"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="323"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="376"/>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="383"/>
        <source>Hazard id</source>
        <translation>Ərazinin id-si</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="385"/>
        <source>Hazard type (SHA or CHA)</source>
        <translation>Ərazinin növü (SHA və ya CHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="387"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="387"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="388"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="392"/>
        <location filename="../../src/minedesk/app/assistant.py" line="428"/>
        <source>Means</source>
        <translation>Mənası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="392"/>
        <source>Hazards</source>
        <translation>Ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="394"/>
        <source>Type values</source>
        <translation>Növ dəyərləri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="431"/>
        <source>Values not recognised</source>
        <translation>Tanınmayan dəyərlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="435"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="435"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="436"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="437"/>
        <location filename="../../src/minedesk/app/assistant.py" line="831"/>
        <source>{0} found</source>
        <translation>{0} tapılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="442"/>
        <source>Other columns</source>
        <translation>Digər sütunlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="447"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="447"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="448"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="471"/>
        <location filename="../../src/minedesk/app/assistant.py" line="660"/>
        <source>(the only one)</source>
        <translation>(yeganə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="487"/>
        <source>UTF-8 (as the file says)</source>
        <translation>UTF-8 (faylda göstərildiyi kimi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="493"/>
        <source>as the .cpg file says</source>
        <translation>.cpg faylında göstərildiyi kimi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="500"/>
        <source>no text</source>
        <translation>mətn yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="503"/>
        <source>does not decode</source>
        <translation>oxunmur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="526"/>
        <location filename="../../src/minedesk/app/assistant.py" line="676"/>
        <source>{0} in the layer</source>
        <translation>layda {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="531"/>
        <source>(none: ids are generated)</source>
        <translation>(yoxdur: ID-lər yaradılır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="533"/>
        <location filename="../../src/minedesk/app/assistant.py" line="536"/>
        <location filename="../../src/minedesk/app/assistant.py" line="692"/>
        <location filename="../../src/minedesk/app/assistant.py" line="695"/>
        <location filename="../../src/minedesk/app/assistant.py" line="728"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="576"/>
        <source>kept as written</source>
        <translation>yazıldığı kimi saxlanılır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="597"/>
        <source>As the file says ({0})</source>
        <translation>Faylda göstərildiyi kimi ({0})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="640"/>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>CİS faylları (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="680"/>
        <source>no release file</source>
        <translation>azadetmə faylı yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="687"/>
        <source>(none: linked by location)</source>
        <translation>(yoxdur: yerləşməyə görə əlaqələndirilir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="689"/>
        <source>(one category for every release)</source>
        <translation>(bütün azadetmələr üçün bir kateqoriya)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="719"/>
        <source>not counted</source>
        <translation>hesablanmır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="735"/>
        <source>Save mapping</source>
        <translation>Uyğunlaşdırmanı saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="736"/>
        <source>Name of the mapping (e.g. the organisation that sends these files):</source>
        <translation>Uyğunlaşdırmanın adı (məs. bu faylları göndərən təşkilat):</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="781"/>
        <source>choose the category column, or one category for every release, in File &gt; Open with the import assistant</source>
        <translation>Fayl &gt; İdxal köməkçisi ilə aç bölməsində kateqoriya sütununu və ya bütün azad edilmələr üçün bir kateqoriya seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="783"/>
        <source>map the value {value} in File &gt; Open with the import assistant</source>
        <translation>{value} dəyərini Fayl &gt; İdxal köməkçisi ilə aç bölməsində uyğunlaşdırın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="784"/>
        <source>correct the value, or choose another column for the devices in File &gt; Open with the import assistant</source>
        <translation>dəyəri düzəldin və ya Fayl &gt; İdxal köməkçisi ilə aç bölməsində qurğular üçün başqa sütun seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="786"/>
        <source>choose the id column in File &gt; Open with the import assistant if it has another name</source>
        <translation>id sütununun başqa adı varsa, onu Fayl &gt; İdxal köməkçisi ilə aç bölməsində seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="822"/>
        <source>hazard id</source>
        <translation>ərazinin id-si</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="822"/>
        <source>hazard type</source>
        <translation>ərazinin növü</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="822"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>district</source>
        <translation>rayon</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>hazard of a release</source>
        <translation>azad edilmənin ərazisi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>category</source>
        <translation>kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>team</source>
        <translation>qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>method</source>
        <translation>üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="838"/>
        <source>The column {0} is chosen both as the {1} and as the {2}; choose one column for each</source>
        <translation>{0} sütunu həm {1}, həm də {2} kimi seçilib; hər biri üçün bir sütun seçin</translation>
    </message>
    <message>
        <source>The column {0} is chosen both as the hazard of a release and as its category; choose one column for each</source>
        <translation type="vanished">{0} sütunu həm azadetmənin təhlükəsi, həm də kateqoriyası kimi seçilib; hər biri üçün bir sütun seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="801"/>
        <source>The hazard layer cannot be read</source>
        <translation>Təhlükə layı oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="808"/>
        <source>{0}: {1}; choose the coordinate reference system the numbers are in</source>
        <translation>{0}: {1}; rəqəmlərin aid olduğu koordinat sistemini seçin</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="112"/>
        <source>Opening {0} ...</source>
        <translation>{0} açılır ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="145"/>
        <source>Opening cancelled</source>
        <translation>Açılma ləğv edildi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="175"/>
        <source>Computing tallies ...</source>
        <translation>Hesablar aparılır ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="205"/>
        <source>No .cpg file says how the text of {0} is encoded, and it was guessed: choose the encoding with which the names read right.</source>
        <translation>{0} faylının mətninin kodlaşdırılmasını göstərən .cpg faylı yoxdur və o təxmin edildi: adların düzgün oxunduğu kodlaşdırmanı seçin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="208"/>
        <source>Opened read-only: {0}</source>
        <translation>Yalnız oxumaq üçün açıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="212"/>
        <source>{0} is shown read-only: File &gt; Make project to record releases</source>
        <translation>{0} yalnız oxumaq üçün göstərilir: azad edilmələri qeyd etmək üçün Fayl &gt; Layihə yarat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="216"/>
        <source>Opened {0} in {1:.1f} s</source>
        <translation>{0} {1:.1f} s-də açıldı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="217"/>
        <source> ({0} findings: see Data quality)</source>
        <translation> ({0} qeyd: Məlumatların keyfiyyəti panelinə baxın)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="223"/>
        <source>Could not open {0}</source>
        <translation>{0} açıla bilmədi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="227"/>
        <source>{0} {1}: choose below what MineDesk could not tell, then Open.</source>
        <translation>{0} {1}: MineDesk-in müəyyən edə bilmədiyini aşağıda seçin, sonra Aç düyməsini basın.</translation>
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
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>CHA (confirmed)</source>
        <translation>CHA (təsdiqlənmiş)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="170"/>
        <source>SHA (suspected)</source>
        <translation>SHA (şübhəli)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="172"/>
        <source>nothing released</source>
        <translation>heç nə azad edilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="172"/>
        <source>partly released</source>
        <translation>qismən azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="173"/>
        <source>released in full</source>
        <translation>tam azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="550"/>
        <source>other</source>
        <translation>digər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="551"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="551"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="552"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="684"/>
        <source>{id} · {area} ha · {left} ha remaining</source>
        <translation>{id} · {area} ha · qalan {left} ha</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="549"/>
        <source>Mark released</source>
        <translation>Azad edilmiş qeyd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="557"/>
        <source>YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or YYYYMMDD</source>
        <translation>İİİİ-AA-GG, GG.AA.İİİİ, GG/AA/İİİİ və ya İİİİAAGG</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="559"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="560"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="561"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="562"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="568"/>
        <source>{0} found</source>
        <translation>Tapılmış {0}</translation>
    </message>
</context>
<context>
    <name>MineDeskAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="69"/>
        <source>Land release</source>
        <extracomment>MineDesk&apos;s icon, which the plugin zip carries (packaging/build_plugin.py); absent in the sources The release categories the CATEGORY parameter offers after &quot;(from the layer)&quot;: the core&apos;s words (shown translated, read by their index)</extracomment>
        <translation>Ərazilərin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="80"/>
        <source>Cancelled {0}: nothing was written</source>
        <translation>Ləğv edildi ({0}): heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="84"/>
        <source>Hazard areas</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="86"/>
        <source>Released parts</source>
        <translation>Azad edilmiş hissələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="100"/>
        <source>HAZARDS: no layer given</source>
        <translation>HAZARDS: lay verilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="102"/>
        <source>after reading the hazards</source>
        <translation>təhlükəli ərazilər oxunduqdan sonra</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="108"/>
        <source>after reading the releases</source>
        <translation>azadetmələr oxunduqdan sonra</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="117"/>
        <source>Hazard id field (hazards)</source>
        <translation>Təhlükə ID sahəsi (ərazilər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="119"/>
        <source>Hazard id field (releases)</source>
        <translation>Təhlükə ID sahəsi (azadetmələr)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="121"/>
        <source>Release category field</source>
        <translation>Azadetmə kateqoriyası sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="124"/>
        <source>Category of every release (when the layer has none)</source>
        <translation>Bütün azadetmələrin kateqoriyası (layda belə sahə olmadıqda)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>(from the layer)</source>
        <translation>(laydan)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="128"/>
        <source>More category values (value=cleared;value=reduced;value=cancelled)</source>
        <translation>Kateqoriyanın əlavə dəyərləri (dəyər=cleared;dəyər=reduced;dəyər=cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="131"/>
        <source>{0} count field</source>
        <translation>{0} sayı sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="148"/>
        <source>CATEGORY_VALUES: {0}</source>
        <translation>CATEGORY_VALUES: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="154"/>
        <source>give CATEGORY_FIELD, or CATEGORY (the category of every release)</source>
        <translation>CATEGORY_FIELD və ya CATEGORY (bütün azadetmələrin kateqoriyası) verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="155"/>
        <source>map the value in CATEGORY_VALUES ({0}=cleared, reduced or cancelled)</source>
        <translation>dəyəri CATEGORY_VALUES-da göstərin ({0}=cleared, reduced və ya cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="157"/>
        <source>correct the value or give another field in {0}</source>
        <translation>dəyəri düzəldin və ya {0} parametrində başqa sahə verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="159"/>
        <source>give the id field in HAZARD_ID_FIELD if it has another name</source>
        <translation>ID sahəsinin adı başqadırsa, onu HAZARD_ID_FIELD parametrində verin</translation>
    </message>
</context>
<context>
    <name>MineDeskPlugin</name>
    <message>
        <location filename="../../src/minedesk_qgis/plugin.py" line="64"/>
        <source>MineDesk tallies</source>
        <extracomment>where the plugin zip carries the application&apos;s compiled translations (packaging/build_plugin.py)</extracomment>
        <translation>MineDesk hesabları</translation>
    </message>
</context>
<context>
    <name>MineDeskProvider</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="359"/>
        <source>MineDesk land-release tallies, data-quality check and task orders</source>
        <translation>MineDesk: ərazilərin azad edilməsinin hesabı, məlumatların keyfiyyətinin yoxlanması və tapşırıq əmrləri</translation>
    </message>
</context>
<context>
    <name>OutlineSketch</name>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="89"/>
        <source>The polygon appears here</source>
        <translation>Poliqon burada görünəcək</translation>
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
    <name>Overview</name>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="229"/>
        <source>no features to show</source>
        <extracomment>choices that belong to one file, not to a named mapping reused for the next delivery</extracomment>
        <translation>göstəriləcək obyekt yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="232"/>
        <source>x {0:,.0f} to {1:,.0f}, y {2:,.0f} to {3:,.0f} (no CRS: the file&apos;s own numbers)</source>
        <translation>x {0:,.0f} - {1:,.0f}, y {2:,.0f} - {3:,.0f} (KS yoxdur: faylın öz ədədləri)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="236"/>
        <source>{0} to {1}, {2} to {3}</source>
        <translation>{0} - {1}, {2} - {3}</translation>
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
        <location filename="../../src/minedesk/app/paper.py" line="256"/>
        <source>Summary report</source>
        <translation>Yekun hesabat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="265"/>
        <source>From the beginning</source>
        <translation>Əvvəldən</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="268"/>
        <source>(no groups)</source>
        <translation>(qruplaşdırmadan)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="272"/>
        <source>team (their own releases)</source>
        <translation>qrup (öz azad etdikləri)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="276"/>
        <source>Also write the table as CSV (for spreadsheets)</source>
        <translation>Cədvəli CSV kimi də yaz (elektron cədvəllər üçün)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="278"/>
        <location filename="../../src/minedesk/app/paper.py" line="290"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="280"/>
        <location filename="../../src/minedesk/app/paper.py" line="290"/>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="281"/>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="282"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="285"/>
        <source>Preview and print...</source>
        <translation>Önizləmə və çap...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="285"/>
        <source>Save PDF...</source>
        <translation>PDF saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="310"/>
        <source>Save summary report</source>
        <translation>Yekun hesabatı saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="310"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="330"/>
        <source>Wrote {0}</source>
        <translation>Yazıldı: {0}</translation>
    </message>
</context>
<context>
    <name>TallyAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="197"/>
        <source>Land-release tally</source>
        <extracomment>the command line&apos;s options the core&apos;s messages may name, and the parameter that sets each here</extracomment>
        <translation>Ərazilərin azad edilməsinin hesabı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="200"/>
        <source>Hectares (geodesic, WGS84) of the hazards, released by category (cleared &gt; reduced &gt; cancelled, clipped, overlaps once) and remaining, devices found; in all and per value of a field. The JSON output is the object `minedesk tally --json` prints.</source>
        <translation>Təhlükəli ərazilərin hektarları (geodezik, WGS84), kateqoriyalar üzrə azad edilmiş (təmizlənmiş &gt; azaldılmış &gt; ləğv edilmiş, kəsilmiş, üst-üstə düşənlər bir dəfə) və qalan, tapılmış qurğular; cəmi və sahənin hər dəyəri üzrə. JSON çıxışı `minedesk tally --json` əmrinin çap etdiyi obyektdir.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="206"/>
        <source>Group by field</source>
        <translation>Sahəyə görə qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="209"/>
        <source>Tally table</source>
        <translation>Hesab cədvəli</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="210"/>
        <source>Tally (JSON)</source>
        <translation>Hesab (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="227"/>
        <source>before writing the tally table</source>
        <translation>hesab cədvəli yazılmazdan əvvəl</translation>
    </message>
</context>
<context>
    <name>TallyDock</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="103"/>
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="104"/>
        <source>Releases</source>
        <translation>Azadetmələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="112"/>
        <source>Fields...</source>
        <translation>Sahələr...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="115"/>
        <source>Mark selected hazards released...</source>
        <translation>Seçilmiş əraziləri azad edilmiş qeyd et...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="116"/>
        <source>Task order PDF for the selection...</source>
        <translation>Seçilənlər üçün tapşırıq əmri (PDF)...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="226"/>
        <source>Choose the hazard layer</source>
        <translation>Təhlükəli ərazilər layını seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="227"/>
        <source>Hazards and releases are the same layer ({0}): choose another layer for one of them</source>
        <translation>Təhlükəli ərazilər və azadetmələr eyni laydır ({0}): onlardan biri üçün başqa lay seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="317"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="317"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="317"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="331"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1} hazards, {2} ha&lt;br&gt;released {3} ha ({4})&lt;br&gt;remaining {5} ha&lt;br&gt;devices: {6}</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1} ərazi, {2} ha&lt;br&gt;azad edilib {3} ha ({4})&lt;br&gt;qalan {5} ha&lt;br&gt;qurğular: {6}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="338"/>
        <source>All hazards</source>
        <translation>Bütün ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="351"/>
        <source>Selection</source>
        <translation>Seçilənlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="352"/>
        <source>No hazard selected</source>
        <translation>Heç bir ərazi seçilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="363"/>
        <source>Choose a release layer and select hazards first</source>
        <translation>Əvvəlcə azadetmələr layını seçin və əraziləri seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="371"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="372"/>
        <source>{0} found</source>
        <translation>Tapılmış {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="382"/>
        <source>The release layer has no category field (RELEASE, CATEGORY or STATUS): choose one, or one category for all its releases, in Fields...</source>
        <translation>Azadetmələr layında kateqoriya sahəsi yoxdur (RELEASE, CATEGORY və ya STATUS): Sahələr... pəncərəsində birini və ya bütün azadetmələri üçün bir kateqoriya seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="387"/>
        <source>Every release of {0} is {1} (Fields...): mark them {1}, or choose a category field in Fields...</source>
        <translation>{0} layının bütün azadetmələri {1} kateqoriyasındadır (Sahələr...): onları {1} qeyd edin və ya Sahələr... pəncərəsində kateqoriya sahəsi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="392"/>
        <source>Mark {0} hazard(s) released</source>
        <translation>{0} ərazini azad edilmiş qeyd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="430"/>
        <source>Select one or more hazards first</source>
        <translation>Əvvəlcə bir və ya bir neçə ərazi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="435"/>
        <source>Simplify the outline?</source>
        <translation>Kontur sadələşdirilsin?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="436"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The layer keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>Tapşırıq əmrində {0} dönmə nöqtəsi olardı; bu, tapşırıq əmrinin daşıya biləcəyi {1} nöqtədən çoxdur.
Kontur yalnız bu sənəd üçün sadələşdirilsin? Layın həndəsəsi dəyişmir, sənəddə nəyin sadələşdirildiyi yazılır.

Dözüm, metrlə:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="445"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="484"/>
        <source>choose the category field, or one category for all, in Fields...</source>
        <translation>Sahələr... pəncərəsində kateqoriya sahəsini və ya hamısı üçün bir kateqoriya seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="485"/>
        <source>choose one category for all in Fields..., or correct the value</source>
        <translation>Sahələr... pəncərəsində hamısı üçün bir kateqoriya seçin və ya dəyəri düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="486"/>
        <source>correct the value or choose another count field in Fields...</source>
        <translation>dəyəri düzəldin və ya Sahələr... pəncərəsində başqa say sahəsi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="487"/>
        <source>choose the hazard id field in Fields... if it has another name</source>
        <translation>təhlükə ID sahəsinin adı başqadırsa, onu Sahələr... pəncərəsində seçin</translation>
    </message>
</context>
<context>
    <name>TaskOrderAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="295"/>
        <source>Task order (PDF)</source>
        <translation>Tapşırıq əmri (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="298"/>
        <source>A task order PDF for hazards given by id: summary, task map, turning points in DD, DMS, UTM and MGRS with bearings and distances, safety, quality, signatures. FIELDS: name=value;name=value.</source>
        <translation>ID ilə verilmiş təhlükəli ərazilər üçün tapşırıq əmri (PDF): xülasə, tapşırıq xəritəsi, DD, DMS, UTM və MGRS-də dönmə nöqtələri, azimut və məsafələrlə, təhlükəsizlik, keyfiyyət, imzalar. FIELDS: ad=dəyər;ad=dəyər.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="306"/>
        <source>Hazard ids (comma-separated)</source>
        <translation>Təhlükə ID-ləri (vergüllə ayrılmış)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="308"/>
        <source>Task id (empty: the next free number of the year, T-YYYY-NNNN; an issued one: its next version)</source>
        <translation>Tapşırıq ID (boş: ilin növbəti boş nömrəsi, T-YYYY-NNNN; verilmiş biri: onun növbəti versiyası)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="310"/>
        <source>Fields (name=value;name=value)</source>
        <translation>Sahələr (ad=dəyər;ad=dəyər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="312"/>
        <source>Simplify outlines for the document (m; for more than {0} turning points)</source>
        <translation>Sənəd üçün konturları sadələşdir (m; {0}-dən çox dönmə nöqtəsi olduqda)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="314"/>
        <source>Task order PDF</source>
        <translation>Tapşırıq əmri (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="339"/>
        <source>before writing the task order</source>
        <translation>tapşırıq əmri yazılmazdan əvvəl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="347"/>
        <source>Task order {0} version {1}</source>
        <translation>Tapşırıq əmri {0}, versiya {1}</translation>
    </message>
</context>
<context>
    <name>TaskOrderDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="95"/>
        <source>Task order: {0}</source>
        <translation>Tapşırıq əmri: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="99"/>
        <source>New task order</source>
        <translation>Yeni tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="101"/>
        <source>New version of {0}</source>
        <translation>{0} üçün yeni versiya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="103"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="104"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="120"/>
        <source>Preview and print...</source>
        <translation>Önizləmə və çap...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="120"/>
        <source>Issue and save PDF...</source>
        <translation>Ver və PDF kimi saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="180"/>
        <source>Save task order</source>
        <translation>Tapşırıq əmrini saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="181"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="200"/>
        <source>Issued {0} version {1}: {2}</source>
        <translation>{0} versiya {1} verildi: {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="153"/>
        <source>Simplify the outline?</source>
        <translation>Kontur sadələşdirilsin?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="154"/>
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
        <location filename="../../src/minedesk/app/welcome.py" line="22"/>
        <source>Welcome to MineDesk</source>
        <translation>MineDesk-ə xoş gəlmisiniz</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="25"/>
        <source>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Land released and remaining, in exact hectares, and the devices found: for every hazard, district and team, offline.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;&lt;b&gt;Open&lt;/b&gt; a project, or hazard shapefiles handed out by the centre (File &amp;gt; Open, or drop them on the window).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Make a project&lt;/b&gt; of them (File &amp;gt; Make project): every edit is saved as you make it, undoable and audited.&lt;/li&gt;&lt;li&gt;&lt;b&gt;Select&lt;/b&gt; hazards on the map or in the table; &lt;b&gt;mark them released&lt;/b&gt; (Ctrl+R) or &lt;b&gt;draw&lt;/b&gt; the released part (Ctrl+3); record devices found (Ctrl+D).&lt;/li&gt;&lt;li&gt;The &lt;b&gt;Tallies&lt;/b&gt; panel follows every edit; &lt;b&gt;Tools &amp;gt; Task order&lt;/b&gt; (Ctrl+T) prints the paper for the team.&lt;/li&gt;&lt;/ol&gt;</source>
        <translation>&lt;h2&gt;MineDesk&lt;/h2&gt;&lt;p&gt;Azad edilmiş və qalan ərazilər dəqiq hektarlarla, tapılmış qurğular: hər ərazi, rayon və qrup üzrə, internetsiz.&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Layihəni və ya mərkəzin verdiyi ərazi shapefile-larını &lt;b&gt;açın&lt;/b&gt; (Fayl &amp;gt; Aç və ya pəncərəyə atın).&lt;/li&gt;&lt;li&gt;Onlardan &lt;b&gt;layihə yaradın&lt;/b&gt; (Fayl &amp;gt; Layihə yarat): hər dəyişiklik dərhal saxlanılır, geri qaytarıla bilir və qeydə alınır.&lt;/li&gt;&lt;li&gt;Xəritədə və ya cədvəldə əraziləri &lt;b&gt;seçin&lt;/b&gt;; onları &lt;b&gt;azad edilmiş qeyd edin&lt;/b&gt; (Ctrl+R) və ya azad edilmiş hissəni &lt;b&gt;çəkin&lt;/b&gt; (Ctrl+3); tapılmış qurğuları qeyd edin (Ctrl+D).&lt;/li&gt;&lt;li&gt;&lt;b&gt;Hesablar&lt;/b&gt; paneli hər dəyişikliyi izləyir; &lt;b&gt;Alətlər &amp;gt; Tapşırıq əmri&lt;/b&gt; (Ctrl+T) qrup üçün sənədi çap edir.&lt;/li&gt;&lt;/ol&gt;</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="39"/>
        <source>Open the sample (250 hazards in Azerbaijan)</source>
        <translation>Nümunəni aç (Azərbaycanda 250 ərazi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="41"/>
        <source>Open...</source>
        <translation>Aç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="43"/>
        <source>Open with the import assistant...</source>
        <translation>İdxal köməkçisi ilə aç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="44"/>
        <source>Choose the layer, coordinates, text encoding, release file and what each column means before the files open</source>
        <translation>Fayllar açılmadan əvvəl layı, koordinatları, mətn kodlaşdırmasını, azad edilmə faylını və hər sütunun mənasını seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="56"/>
        <source>Recent files</source>
        <translation>Son fayllar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/welcome.py" line="58"/>
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
