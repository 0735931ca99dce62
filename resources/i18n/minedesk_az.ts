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
        <location filename="../../src/minedesk_qgis/provider.py" line="259"/>
        <source>Data-quality check</source>
        <translation>Məlumatların keyfiyyətinin yoxlanması</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="262"/>
        <source>What `minedesk check` lists, per feature: null, empty or invalid geometries and their repair, fewer than 3 distinct points, duplicate ids, duplicate or near-duplicate shapes, consecutive vertices implausibly far apart, reported areas (AREA_HA, AREA_M2 ...) that disagree with the geodesic one, releases outside every hazard. The JSON output is the object `minedesk check --json` prints.</source>
        <translation>`minedesk check` hər obyekt üçün nəyi sadalayırsa: boş, null və ya etibarsız həndəsələr və onların düzəldilməsi, 3-dən az fərqli nöqtə, təkrarlanan ID-lər, təkrarlanan və ya demək olar ki, eyni formalar, bir-birindən inanılmaz dərəcədə uzaq ardıcıl təpələr, geodezik sahə ilə uyğun gəlməyən göstərilmiş sahələr (AREA_HA, AREA_M2 ...), heç bir təhlükəli ərazinin daxilində olmayan azadetmələr. JSON çıxışı `minedesk check --json` əmrinin çap etdiyi obyektdir.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="271"/>
        <source>Reported area tolerance (%)</source>
        <translation>Göstərilmiş sahə üçün dözüm (%)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="273"/>
        <source>Longest plausible edge (m)</source>
        <translation>Ən uzun inandırıcı tərəf (m)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="276"/>
        <source>Findings</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="277"/>
        <source>Number of findings</source>
        <translation>Qeydlərin sayı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="278"/>
        <source>Findings (JSON)</source>
        <translation>Qeydlər (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="294"/>
        <source>before writing the findings</source>
        <translation>qeydlər yazılmazdan əvvəl</translation>
    </message>
</context>
<context>
    <name>CompletionDocument</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="21"/>
        <source>Markers placed</source>
        <extracomment>Fields a completion report adds to its task order&apos;s (``--field`` on the command line).</extracomment>
        <translation>Qoyulmuş nişanlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="22"/>
        <source>Areas not released: why</source>
        <translation>Azad edilməmiş sahələr: səbəbi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="23"/>
        <source>Residual risk</source>
        <translation>Qalıq risk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="24"/>
        <source>QA/QC carried out by</source>
        <translation>Keyfiyyət təminatını və nəzarətini aparan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="25"/>
        <source>Land handed over to (owner or community)</source>
        <translation>Torpağın təhvil verildiyi şəxs (sahibi və ya icma)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="26"/>
        <source>For the operator (name, post)</source>
        <translation>Operator adından (ad, vəzifə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="27"/>
        <source>For the national authority (name, post)</source>
        <translation>Milli orqan adından (ad, vəzifə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="56"/>
        <source>COMPLETION REPORT {0}</source>
        <translation>TAMAMLANMA HESABATI {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="57"/>
        <source>MineDesk {0} · IMAS 08.30 · areas and perimeters geodesic on WGS84, as minedesk tally</source>
        <translation>MineDesk {0} · IMAS 08.30 · sahələr və perimetrlər WGS84 üzrə geodezik, minedesk tally kimi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="59"/>
        <source>COMPLETION REPORT</source>
        <translation>TAMAMLANMA HESABATI</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="60"/>
        <source>Task {0} (task order version {1}) · hazards {2}</source>
        <translation>Tapşırıq {0} (tapşırıq əmri, versiya {1}) · ərazilər {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="70"/>
        <source>Work started</source>
        <translation>İşin başlanması</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="71"/>
        <source>Work finished</source>
        <translation>İşin bitməsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="72"/>
        <source>Methods used</source>
        <translation>Tətbiq edilmiş üsullar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="73"/>
        <source>Clearance depth</source>
        <translation>Təmizləmə dərinliyi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="75"/>
        <source>Released parts</source>
        <translation>Azad edilmiş hissələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="91"/>
        <source>Release records</source>
        <translation>Azad etmə qeydləri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="92"/>
        <source>Release</source>
        <translation>Azad etmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="93"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="94"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="94"/>
        <location filename="../../src/minedesk/report/completion.py" line="107"/>
        <source>Depth cm</source>
        <translation>Dərinlik, sm</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="100"/>
        <source>Devices found</source>
        <translation>Tapılmış qurğular</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="102"/>
        <source>By category</source>
        <translation>Kateqoriyalar üzrə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="105"/>
        <source>Find</source>
        <translation>Tapıntı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="106"/>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="106"/>
        <source>Count</source>
        <translation>Say</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="110"/>
        <source>Quality, markers, residual risk</source>
        <translation>Keyfiyyət, nişanlar, qalıq risk</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="117"/>
        <source>Map</source>
        <translation>Xəritə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="123"/>
        <source>HANDOVER CERTIFICATE</source>
        <translation>TƏHVİL-TƏSLİM AKTI</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="125"/>
        <source>The land of hazard(s) {0}, task {1}, has been released: {2} ({3} in all; {4} not released). It is handed over to {5} for its intended use: {6}.</source>
        <translation>{1} tapşırığı üzrə {0} ərazisinin torpağı azad edilmişdir: {2} (cəmi {3}; azad edilməmiş {4}). Torpaq təyinatı üzrə istifadə üçün {5} təhvil verilir: {6}.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="128"/>
        <source>The land of hazard(s) {0}, task {1}, has been released: {2} ({3} in all; {4} not released). It is handed over to {5} for its intended use.</source>
        <translation>{1} tapşırığı üzrə {0} ərazisinin torpağı azad edilmişdir: {2} (cəmi {3}; azad edilməmiş {4}). Torpaq təyinatı üzrə istifadə üçün {5} təhvil verilir.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="132"/>
        <source>{0} {1}</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="144"/>
        <source>For the operator</source>
        <translation>Operator adından</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="145"/>
        <source>For the national authority</source>
        <translation>Milli orqan adından</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="146"/>
        <source>Land owner or community representative</source>
        <translation>Torpaq sahibi və ya icma nümayəndəsi</translation>
    </message>
</context>
<context>
    <name>CompletionReport</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="267"/>
        <source>No task order is issued in this project yet</source>
        <translation>Bu layihədə hələ tapşırıq əmri verilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="271"/>
        <source>Completion report</source>
        <translation>Tamamlanma hesabatı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="272"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="276"/>
        <source>Save completion report</source>
        <translation>Tamamlanma hesabatını saxla</translation>
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
        <translation>Koordinatlardan yeni poliqon</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="223"/>
        <source>New hazard</source>
        <translation>Yeni ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="239"/>
        <source>Make</source>
        <translation>Yaradılacaq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="244"/>
        <source>Add to layer</source>
        <translation>Laya əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="248"/>
        <source>Hazard id</source>
        <translation>Ərazinin kodu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="257"/>
        <source>Hazard type</source>
        <translation>Ərazinin növü</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="260"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="260"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="260"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="262"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="276"/>
        <source>true north</source>
        <translation>həqiqi şimal</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="276"/>
        <source>grid north (UTM)</source>
        <translation>tor şimalı (UTM)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="277"/>
        <source>magnetic north</source>
        <translation>maqnit şimalı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="280"/>
        <source>e.g. 6.5E</source>
        <translation>məs. 6.5E</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>degrees</source>
        <translation>dərəcə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>mils (6400)</source>
        <translation>mil (6400)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="282"/>
        <source>mils (6000)</source>
        <translation>mil (6000)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="285"/>
        <source>e.g. 38N</source>
        <translation>məs. 38N</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="291"/>
        <source>Bearings from</source>
        <translation>Azimutlar hesablanır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="292"/>
        <source>Declination</source>
        <translation>Maqnit meyli</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="293"/>
        <source>Angles in</source>
        <translation>Bucaqlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="294"/>
        <source>UTM zone of bare easting, northing</source>
        <translation>Zonasız şərq, şimal koordinatları üçün UTM zonası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="295"/>
        <source>Misclosure tolerance</source>
        <translation>Qapanma xətasının həddi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="308"/>
        <source>Columns:</source>
        <translation>Sütunlar:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="311"/>
        <source>Paste rows</source>
        <translation>Sətirləri yapışdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="313"/>
        <source>Clear</source>
        <translation>Təmizlə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="336"/>
        <source>I have checked the bearings and distances: accept this misclosure</source>
        <translation>Azimutları və məsafələri yoxladım: bu qapanma xətasını qəbul edirəm</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="341"/>
        <source>Repair: split the polygon where it crosses itself</source>
        <translation>Düzəlt: poliqonu özünü kəsdiyi yerdə böl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="358"/>
        <source>Detect</source>
        <translation>Avtomatik</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="358"/>
        <source>Label</source>
        <translation>Nişan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Decimal degrees</source>
        <translation>Onluq dərəcələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="359"/>
        <source>Degrees, minutes</source>
        <translation>Dərəcə, dəqiqə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="360"/>
        <source>Degrees, minutes, seconds</source>
        <translation>Dərəcə, dəqiqə, saniyə</translation>
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
        <translation>Qauss-Krüger (Pulkovo 1942)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="361"/>
        <source>Leg (bearing, distance)</source>
        <translation>Hissə (azimut, məsafə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="362"/>
        <source>Latitude</source>
        <translation>En</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="362"/>
        <source>Longitude</source>
        <translation>Uzunluq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="362"/>
        <source>UTM zone</source>
        <translation>UTM zonası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="363"/>
        <source>Easting</source>
        <translation>Şərq koordinatı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="363"/>
        <source>Northing</source>
        <translation>Şimal koordinatı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="364"/>
        <source>Bearing</source>
        <translation>Azimut</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="364"/>
        <source>Grid bearing</source>
        <translation>Tor azimutu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="365"/>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Distance (m)</source>
        <translation>Məsafə (m)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="365"/>
        <source>Slope angle</source>
        <translation>Meyl bucağı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="365"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Zone</source>
        <translation>Zona</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Bearing (true)</source>
        <translation>Azimut (həqiqi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="368"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="421"/>
        <source>Position or leg</source>
        <translation>Mövqe və ya hissə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="529"/>
        <source>leg</source>
        <translation>hissə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="536"/>
        <source>setting</source>
        <translation>parametr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="569"/>
        <source>{0} turning point(s)</source>
        <translation>{0} dönmə nöqtəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="571"/>
        <source>{0} row(s) cannot be read (in red; the reason is in the row): nothing is made until they are corrected</source>
        <translation>{0} sətir oxunmur (qırmızı; səbəbi sətirdədir): düzəldilənə qədər heç nə yaradılmır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="573"/>
        <source>row {0}: {1}</source>
        <translation>sətir {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="578"/>
        <source>rows in zones {0}</source>
        <translation>sətirlər {0} zonalarındadır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="582"/>
        <source>Closed by a straight edge from the last point to TP 1</source>
        <translation>Son nöqtədən DN 1-ə düz xətlə qapanır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="584"/>
        <source>Misclosure 0.00 m (exact) over {0} m</source>
        <translation>Qapanma xətası 0.00 m (dəqiq), {0} m üzərində</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="586"/>
        <source>Misclosure {0} m (1 : {1}) over {2} m</source>
        <translation>Qapanma xətası {0} m (1 : {1}), {2} m üzərində</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="589"/>
        <source>— worse than the tolerance 1 : {0}</source>
        <translation>— 1 : {0} həddindən pisdir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="595"/>
        <source>The polygon crosses itself at {0} (red cross)</source>
        <translation>Poliqon {0} nöqtəsində özünü kəsir (qırmızı xaç)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="604"/>
        <source>nothing read yet</source>
        <translation>hələ heç nə oxunmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="606"/>
        <source>correct the rows in red</source>
        <translation>qırmızı sətirləri düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="608"/>
        <source>a polygon needs at least three turning points</source>
        <translation>poliqon üçün ən azı üç dönmə nöqtəsi lazımdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="610"/>
        <source>accept the misclosure, or correct the legs</source>
        <translation>qapanma xətasını qəbul edin və ya hissələri düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="612"/>
        <source>put the turning points in order, or repair the polygon</source>
        <translation>dönmə nöqtələrini sıraya qoyun və ya poliqonu düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="614"/>
        <source>give the new hazard an id</source>
        <translation>yeni əraziyə kod verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="626"/>
        <source>Add hazard</source>
        <translation>Ərazi əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="626"/>
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
        <location filename="../../src/minedesk/app/dashboard.py" line="63"/>
        <source>All hazards</source>
        <translation>Bütün ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="63"/>
        <source>Selection</source>
        <translation>Seçilənlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="68"/>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="77"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="232"/>
        <source>Hazards</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="77"/>
        <source>Hazard area</source>
        <translation>Ərazinin sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="78"/>
        <source>Released</source>
        <translation>Azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="79"/>
        <source>  cleared</source>
        <translation>  təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="79"/>
        <source>  reduced</source>
        <translation>  azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="80"/>
        <source>  cancelled</source>
        <translation>  ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="78"/>
        <source>Remaining</source>
        <translation>Qalan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="80"/>
        <location filename="../../src/minedesk/app/dashboard.py" line="115"/>
        <source>Devices found</source>
        <translation>Tapılmış qurğular</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="89"/>
        <source>Not counted</source>
        <translation>Hesaba alınmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="96"/>
        <source>Releases that count toward no hazard (outside every hazard, or outside the one they name) and hazards left out when read for want of a usable polygon: the Data quality panel lists each one</source>
        <translation>Heç bir təhlükəli əraziyə aid edilməyən azad etmələr (bütün ərazilərdən kənarda və ya adını çəkdiyi ərazidən kənarda) və oxunarkən yararlı poliqonu olmadığı üçün buraxılmış təhlükəli ərazilər: Məlumatların keyfiyyəti paneli hər birini göstərir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="117"/>
        <source>Released hectares over time</source>
        <translation>Zamanla azad edilmiş hektarlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="141"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <source>{0} ha</source>
        <comment>hectares, the unit of every figure</comment>
        <translation type="vanished">{0} ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="212"/>
        <source>{0} in {1} release(s) outside every hazard</source>
        <translation>{0}: bütün təhlükəli ərazilərdən kənarda {1} azad etmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="215"/>
        <source>{0} hazard(s) skipped (no usable polygon)</source>
        <translation>{0} təhlükəli ərazi buraxılıb (yararlı poliqon yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="232"/>
        <source>Area ha</source>
        <translation>Sahə, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="232"/>
        <source>Released ha</source>
        <translation>Azad edilib, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="233"/>
        <source>Remaining ha</source>
        <translation>Qalan, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dashboard.py" line="233"/>
        <source>% released</source>
        <translation>% azad edilib</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="92"/>
        <source>Record devices found</source>
        <translation>Tapılmış qurğuları qeyd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="96"/>
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
    <name>Documents</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="41"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="41"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="42"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="42"/>
        <source>not released</source>
        <translation>azad edilməmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="74"/>
        <source>{0} cm</source>
        <translation>{0} sm</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="88"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="189"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="218"/>
        <source>Hazard</source>
        <translation>Ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="88"/>
        <location filename="../../src/minedesk/report/completion.py" line="92"/>
        <location filename="../../src/minedesk/report/completion.py" line="105"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="89"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="190"/>
        <source>Area m²</source>
        <translation>Sahə, m²</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="89"/>
        <location filename="../../src/minedesk/report/summary.py" line="96"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="191"/>
        <source>Area ha</source>
        <translation>Sahə, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="90"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="191"/>
        <source>Perimeter m</source>
        <translation>Perimetr, m</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="93"/>
        <location filename="../../src/minedesk/report/completion.py" line="107"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="283"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/layout.py" line="274"/>
        <source>page {0} of {1}</source>
        <translation>səhifə {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="99"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="192"/>
        <source>Remaining ha</source>
        <translation>Qalan, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="50"/>
        <source>Outline simplified for this document only (tolerance {0}, topology kept): {1} turning points in the project, {2} listed here. Areas and perimeters are those of the project&apos;s geometry, which is unchanged.</source>
        <translation>Kontur yalnız bu sənəd üçün sadələşdirilib (dözümlülük {0}, topologiya saxlanılıb): layihədə {1} dönmə nöqtəsi, burada {2} göstərilib. Sahələr və perimetrlər layihənin dəyişməz həndəsəsinə aiddir.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="53"/>
        <location filename="../../src/minedesk/report/words.py" line="144"/>
        <source>{0} m</source>
        <translation>{0} m</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="189"/>
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="189"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="190"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="192"/>
        <source>Released ha</source>
        <translation>Azad edilib, ha</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="283"/>
        <source>Name, post</source>
        <translation>Ad, vəzifə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="283"/>
        <source>Signature</source>
        <translation>İmza</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/words.py" line="141"/>
        <source>{0} ha</source>
        <extracomment>the languages&apos; own names, for a choice in a form</extracomment>
        <translation>{0} ha</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="31"/>
        <source>Undone</source>
        <translation>Geri qaytarıldı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="38"/>
        <source>Redone</source>
        <translation>Təkrarlandı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="53"/>
        <location filename="../../src/minedesk/app/window/editing.py" line="190"/>
        <source>Select one or more hazards first</source>
        <translation>Əvvəlcə bir və ya bir neçə ərazi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="56"/>
        <source>Mark {0} hazard(s) released</source>
        <translation>{0} ərazini azad edilmiş qeyd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="66"/>
        <source>Select one hazard first</source>
        <translation>Əvvəlcə bir ərazi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="70"/>
        <source>{0} has no release yet: mark it or draw a release first</source>
        <translation>{0} üçün hələ azad edilmə yoxdur: əvvəlcə qeyd edin və ya çəkin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="83"/>
        <source>Delete {0} hazard(s) with their releases? (Edit &gt; Undo brings them back)</source>
        <translation>{0} ərazi azad edilmiş hissələri ilə birlikdə silinsin? (Redaktə &gt; Geri qaytar onları bərpa edir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="97"/>
        <source>What you drew does not touch any hazard</source>
        <translation>Çəkdiyiniz heç bir əraziyə toxunmur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="107"/>
        <source>Release drawn on {0}</source>
        <translation>{0} üzərində çəkilmiş azad edilmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="123"/>
        <source>Open a project (.gpkg) to add polygons</source>
        <translation>Poliqon əlavə etmək üçün layihə (.gpkg) açın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="128"/>
        <source>New hazard</source>
        <translation>Yeni ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="131"/>
        <source>Release of the selected hazard {0}</source>
        <translation>Seçilmiş {0} ərazisinin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/editing.py" line="210"/>
        <source>Wrote {0}</source>
        <translation>Yazıldı: {0}</translation>
    </message>
</context>
<context>
    <name>FieldsDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="507"/>
        <source>MineDesk fields</source>
        <translation>MineDesk sahələri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="513"/>
        <source>(detect)</source>
        <translation>(müəyyən et)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="521"/>
        <source>Hazard id (hazards)</source>
        <translation>Təhlükə ID (ərazilər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="526"/>
        <source>Hazard id (releases)</source>
        <translation>Təhlükə ID (azadetmələr)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="527"/>
        <source>Release category</source>
        <translation>Azadetmə kateqoriyası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="529"/>
        <source>(from the field)</source>
        <translation>(sahədən)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="533"/>
        <source>Or one category for all</source>
        <translation>Və ya hamısı üçün bir kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="537"/>
        <source>{0} count</source>
        <translation>{0} sayı</translation>
    </message>
</context>
<context>
    <name>FileOperations</name>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="23"/>
        <source>Open hazards or a project</source>
        <translation>Əraziləri və ya layihəni aç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="30"/>
        <source>Open hazards with the import assistant</source>
        <translation>Təhlükələri idxal köməkçisi ilə aç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="41"/>
        <source>Save the new project as</source>
        <translation>Yeni layihəni saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="42"/>
        <source>MineDesk projects (*.gpkg)</source>
        <translation>MineDesk layihələri (*.gpkg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="61"/>
        <source>Export</source>
        <translation>İxrac</translation>
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
        <translation>Yazıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="83"/>
        <source>Save map picture</source>
        <translation>Xəritənin şəklini saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="84"/>
        <source>Pictures (*.png *.jpg)</source>
        <translation>Şəkillər (*.png *.jpg)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="97"/>
        <location filename="../../src/minedesk/app/window/files.py" line="102"/>
        <source>{0}: cannot write the picture; choose another folder</source>
        <translation>{0}: şəkil yazıla bilmir; başqa qovluq seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/files.py" line="138"/>
        <source>Background map</source>
        <translation>Fon xəritəsi</translation>
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
        <location filename="../../src/minedesk/app/assistant.py" line="281"/>
        <source>Import assistant: {0}</source>
        <translation>İdxal köməkçisi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="299"/>
        <source>The choices made for this file last time are filled in.</source>
        <translation>Bu fayl üçün əvvəlki dəfə edilən seçimlər doldurulub.</translation>
    </message>
    <message>
        <source>Hazards: {0}</source>
        <translation type="vanished">Təhlükələr: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="356"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="362"/>
        <source>Coordinates (CRS)</source>
        <translation>Koordinatlar (KİS)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="364"/>
        <source>Text encoding</source>
        <translation>Mətnin kodlaşdırılması</translation>
    </message>
    <message>
        <source>Hazard id column</source>
        <translation type="vanished">Təhlükə ID sütunu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="366"/>
        <source>Features</source>
        <translation>Obyektlər</translation>
    </message>
    <message>
        <source>Released land</source>
        <translation type="vanished">Azad edilmiş torpaq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="403"/>
        <source>none</source>
        <translation>yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="404"/>
        <source>Choose...</source>
        <translation>Seç...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="406"/>
        <source>None</source>
        <translation>Heç biri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="411"/>
        <location filename="../../src/minedesk/app/assistant.py" line="640"/>
        <source>Release file</source>
        <translation>Azadetmə faylı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="413"/>
        <source>Release layer</source>
        <translation>Azadetmə layı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="415"/>
        <location filename="../../src/minedesk/app/assistant.py" line="429"/>
        <source>Releases</source>
        <translation>Azadetmələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="421"/>
        <source>Column naming the hazard</source>
        <translation>Təhlükəni göstərən sütun</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="423"/>
        <source>Category column</source>
        <translation>Kateqoriya sütunu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="427"/>
        <source>Category of every release</source>
        <translation>Bütün azadetmələrin kateqoriyası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <location filename="../../src/minedesk/app/assistant.py" line="429"/>
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="301"/>
        <source>Saved mapping</source>
        <translation>Saxlanılmış uyğunlaşdırma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="306"/>
        <source>Save mapping as...</source>
        <translation>Uyğunlaşdırmanı belə saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="314"/>
        <source>1. Hazard file</source>
        <translation>1. Ərazi faylı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="315"/>
        <source>2. Hazard columns</source>
        <translation>2. Ərazi sütunları</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="316"/>
        <source>3. Released land</source>
        <translation>3. Azad edilmiş torpaq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="323"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="324"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="377"/>
        <source>Where</source>
        <translation>Harada</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="384"/>
        <source>Hazard id</source>
        <translation>Ərazinin id-si</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="386"/>
        <source>Hazard type (SHA or CHA)</source>
        <translation>Ərazinin növü (SHA və ya CHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="388"/>
        <source>Name</source>
        <translation>Ad</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="388"/>
        <source>District</source>
        <translation>Rayon</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="389"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <location filename="../../src/minedesk/app/assistant.py" line="429"/>
        <source>Means</source>
        <translation>Mənası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="393"/>
        <source>Hazards</source>
        <translation>Ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="395"/>
        <source>Type values</source>
        <translation>Növ dəyərləri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="432"/>
        <source>Values not recognised</source>
        <translation>Tanınmayan dəyərlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="436"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="436"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="437"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="438"/>
        <location filename="../../src/minedesk/app/assistant.py" line="832"/>
        <source>{0} found</source>
        <translation>{0} tapılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="443"/>
        <source>Other columns</source>
        <translation>Digər sütunlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="448"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="448"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="449"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="472"/>
        <location filename="../../src/minedesk/app/assistant.py" line="661"/>
        <source>(the only one)</source>
        <translation>(yeganə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="488"/>
        <source>UTF-8 (as the file says)</source>
        <translation>UTF-8 (faylda göstərildiyi kimi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="494"/>
        <source>as the .cpg file says</source>
        <translation>.cpg faylında göstərildiyi kimi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="501"/>
        <source>no text</source>
        <translation>mətn yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="504"/>
        <source>does not decode</source>
        <translation>oxunmur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="527"/>
        <location filename="../../src/minedesk/app/assistant.py" line="677"/>
        <source>{0} in the layer</source>
        <translation>layda {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="532"/>
        <source>(none: ids are generated)</source>
        <translation>(yoxdur: ID-lər yaradılır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="534"/>
        <location filename="../../src/minedesk/app/assistant.py" line="537"/>
        <location filename="../../src/minedesk/app/assistant.py" line="693"/>
        <location filename="../../src/minedesk/app/assistant.py" line="696"/>
        <location filename="../../src/minedesk/app/assistant.py" line="729"/>
        <source>(none)</source>
        <translation>(yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="577"/>
        <source>kept as written</source>
        <translation>yazıldığı kimi saxlanılır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="598"/>
        <source>As the file says ({0})</source>
        <translation>Faylda göstərildiyi kimi ({0})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="641"/>
        <source>GIS files (*.gpkg *.shp *.zip *.geojson *.json)</source>
        <translation>CİS faylları (*.gpkg *.shp *.zip *.geojson *.json)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="681"/>
        <source>no release file</source>
        <translation>azadetmə faylı yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="688"/>
        <source>(none: linked by location)</source>
        <translation>(yoxdur: yerləşməyə görə əlaqələndirilir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="690"/>
        <source>(one category for every release)</source>
        <translation>(bütün azadetmələr üçün bir kateqoriya)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="720"/>
        <source>not counted</source>
        <translation>hesablanmır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="736"/>
        <source>Save mapping</source>
        <translation>Uyğunlaşdırmanı saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="737"/>
        <source>Name of the mapping (e.g. the organisation that sends these files):</source>
        <translation>Uyğunlaşdırmanın adı (məs. bu faylları göndərən təşkilat):</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="782"/>
        <source>choose the category column, or one category for every release, in File &gt; Open with the import assistant</source>
        <translation>Fayl &gt; İdxal köməkçisi ilə aç bölməsində kateqoriya sütununu və ya bütün azad edilmələr üçün bir kateqoriya seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="784"/>
        <source>map the value {value} in File &gt; Open with the import assistant</source>
        <translation>{value} dəyərini Fayl &gt; İdxal köməkçisi ilə aç bölməsində uyğunlaşdırın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="785"/>
        <source>correct the value, or choose another column for the devices in File &gt; Open with the import assistant</source>
        <translation>dəyəri düzəldin və ya Fayl &gt; İdxal köməkçisi ilə aç bölməsində qurğular üçün başqa sütun seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="787"/>
        <source>choose the id column in File &gt; Open with the import assistant if it has another name</source>
        <translation>id sütununun başqa adı varsa, onu Fayl &gt; İdxal köməkçisi ilə aç bölməsində seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>hazard id</source>
        <translation>ərazinin id-si</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>hazard type</source>
        <translation>ərazinin növü</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="823"/>
        <source>name</source>
        <translation>ad</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>district</source>
        <translation>rayon</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="824"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>hazard of a release</source>
        <translation>azad edilmənin ərazisi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="825"/>
        <source>category</source>
        <translation>kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="826"/>
        <source>date</source>
        <translation>tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="826"/>
        <source>team</source>
        <translation>qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="826"/>
        <source>method</source>
        <translation>üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="839"/>
        <source>The column {0} is chosen both as the {1} and as the {2}; choose one column for each</source>
        <translation>{0} sütunu həm {1}, həm də {2} kimi seçilib; hər biri üçün bir sütun seçin</translation>
    </message>
    <message>
        <source>The column {0} is chosen both as the hazard of a release and as its category; choose one column for each</source>
        <translation type="vanished">{0} sütunu həm azadetmənin təhlükəsi, həm də kateqoriyası kimi seçilib; hər biri üçün bir sütun seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="802"/>
        <source>The hazard layer cannot be read</source>
        <translation>Təhlükə layı oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="809"/>
        <source>{0}: {1}; choose the coordinate reference system the numbers are in</source>
        <translation>{0}: {1}; rəqəmlərin aid olduğu koordinat sistemini seçin</translation>
    </message>
</context>
<context>
    <name>Loading</name>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="113"/>
        <source>Opening {0} ...</source>
        <translation>{0} açılır ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="146"/>
        <source>Opening cancelled</source>
        <translation>Açılma ləğv edildi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="176"/>
        <source>Computing tallies ...</source>
        <translation>Hesablar aparılır ...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="206"/>
        <source>No .cpg file says how the text of {0} is encoded, and it was guessed: choose the encoding with which the names read right.</source>
        <translation>{0} faylının mətninin kodlaşdırılmasını göstərən .cpg faylı yoxdur və o təxmin edildi: adların düzgün oxunduğu kodlaşdırmanı seçin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="209"/>
        <source>Opened read-only: {0}</source>
        <translation>Yalnız oxumaq üçün açıldı: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="213"/>
        <source>{0} is shown read-only: File &gt; Make project to record releases</source>
        <translation>{0} yalnız oxumaq üçün göstərilir: azad edilmələri qeyd etmək üçün Fayl &gt; Layihə yarat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="217"/>
        <source>Opened {0} in {1:.1f} s</source>
        <translation>{0} {1:.1f} s-də açıldı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="218"/>
        <source> ({0} findings: see Data quality)</source>
        <translation> ({0} qeyd: Məlumatların keyfiyyəti panelinə baxın)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="224"/>
        <source>Could not open {0}</source>
        <translation>{0} açıla bilmədi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/loading.py" line="228"/>
        <source>{0} {1}: choose below what MineDesk could not tell, then Open.</source>
        <translation>{0} {1}: MineDesk-in müəyyən edə bilmədiyini aşağıda seçin, sonra Aç düyməsini basın.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="115"/>
        <source>Hazards</source>
        <extracomment>Rows of the hazard table the window shows at its first start (on a 1366x768 screen too).</extracomment>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="119"/>
        <source>Tallies</source>
        <translation>Hesablar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="120"/>
        <source>Selection</source>
        <translation>Seçilənlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="122"/>
        <source>Data quality</source>
        <translation>Məlumatların keyfiyyəti</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/window/mainwindow.py" line="180"/>
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
        <location filename="../../src/minedesk/app/canvas.py" line="531"/>
        <source>{0} km</source>
        <comment>scale bar</comment>
        <translation>{0} km</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="532"/>
        <source>{0} m</source>
        <comment>scale bar</comment>
        <translation>{0} m</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="551"/>
        <source>other</source>
        <translation>digər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="552"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="552"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="553"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/canvas.py" line="696"/>
        <source>{id} · {area} ha · {left} ha remaining</source>
        <translation>{id} · {area} ha · qalan {left} ha</translation>
    </message>
</context>
<context>
    <name>MarkDialog</name>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="555"/>
        <source>Mark released</source>
        <translation>Azad edilmiş qeyd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="563"/>
        <source>YYYY-MM-DD, DD.MM.YYYY, DD/MM/YYYY or YYYYMMDD</source>
        <translation>İİİİ-AA-GG, GG.AA.İİİİ, GG/AA/İİİİ və ya İİİİAAGG</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="565"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="566"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="567"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="568"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="574"/>
        <source>{0} found</source>
        <translation>Tapılmış {0}</translation>
    </message>
</context>
<context>
    <name>MineDeskAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="70"/>
        <source>Land release</source>
        <extracomment>MineDesk&apos;s icon, which the plugin zip carries (packaging/build_plugin.py); absent in the sources The release categories the CATEGORY parameter offers after &quot;(from the layer)&quot;: the core&apos;s words (shown translated, read by their index)</extracomment>
        <translation>Ərazilərin azad edilməsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="81"/>
        <source>Cancelled {0}: nothing was written</source>
        <translation>Ləğv edildi ({0}): heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="85"/>
        <source>Hazard areas</source>
        <translation>Təhlükəli ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="87"/>
        <source>Released parts</source>
        <translation>Azad edilmiş hissələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="101"/>
        <source>HAZARDS: no layer given</source>
        <translation>HAZARDS: lay verilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="103"/>
        <source>after reading the hazards</source>
        <translation>təhlükəli ərazilər oxunduqdan sonra</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="109"/>
        <source>after reading the releases</source>
        <translation>azadetmələr oxunduqdan sonra</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="118"/>
        <source>Hazard id field (hazards)</source>
        <translation>Təhlükə ID sahəsi (ərazilər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="120"/>
        <source>Hazard id field (releases)</source>
        <translation>Təhlükə ID sahəsi (azadetmələr)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="122"/>
        <source>Release category field</source>
        <translation>Azadetmə kateqoriyası sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="125"/>
        <source>Category of every release (when the layer has none)</source>
        <translation>Bütün azadetmələrin kateqoriyası (layda belə sahə olmadıqda)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>(from the layer)</source>
        <translation>(laydan)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="126"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="129"/>
        <source>More category values (value=cleared;value=reduced;value=cancelled)</source>
        <translation>Kateqoriyanın əlavə dəyərləri (dəyər=cleared;dəyər=reduced;dəyər=cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="132"/>
        <source>{0} count field</source>
        <translation>{0} sayı sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="134"/>
        <source>Hazard type field (SHA or CHA)</source>
        <translation>Ərazi növü sahəsi (SHA və ya CHA)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="137"/>
        <source>More type values (value=SHA;value=CHA)</source>
        <translation>Əlavə növ dəyərləri (dəyər=SHA;dəyər=CHA)</translation>
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
        <translation>CATEGORY_FIELD və ya CATEGORY (bütün azadetmələrin kateqoriyası) verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="170"/>
        <source>map the value in CATEGORY_VALUES ({0}=cleared, reduced or cancelled)</source>
        <translation>dəyəri CATEGORY_VALUES-da göstərin ({0}=cleared, reduced və ya cancelled)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="172"/>
        <source>correct the value or give another field in {0}</source>
        <translation>dəyəri düzəldin və ya {0} parametrində başqa sahə verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="174"/>
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
        <location filename="../../src/minedesk_qgis/provider.py" line="387"/>
        <source>MineDesk land-release tallies, data-quality check and task orders</source>
        <translation>MineDesk: ərazilərin azad edilməsinin hesabı, məlumatların keyfiyyətinin yoxlanması və tapşırıq əmrləri</translation>
    </message>
</context>
<context>
    <name>OutlineSketch</name>
    <message>
        <location filename="../../src/minedesk/forms/coordinates.py" line="98"/>
        <source>The polygon appears here</source>
        <translation>Poliqon burada görünəcək</translation>
    </message>
</context>
<context>
    <name>Outputs</name>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="146"/>
        <source>{0} is a MineDesk project: MineDesk never writes over a project. Choose another name.</source>
        <translation>{0} MineDesk layihəsidir: MineDesk layihənin üzərinə heç vaxt yazmır. Başqa ad seçin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="150"/>
        <source>{0} is the open project or one of the files it was read from ({1}): MineDesk never writes over them. Choose another name.</source>
        <translation>{0} açıq layihədir və ya onun oxunduğu fayllardan biridir ({1}): MineDesk onların üzərinə heç vaxt yazmır. Başqa ad seçin.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="166"/>
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
        <location filename="../../src/minedesk/app/assistant.py" line="230"/>
        <source>no features to show</source>
        <extracomment>choices that belong to one file, not to a named mapping reused for the next delivery</extracomment>
        <translation>göstəriləcək obyekt yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="233"/>
        <source>x {0:,.0f} to {1:,.0f}, y {2:,.0f} to {3:,.0f} (no CRS: the file&apos;s own numbers)</source>
        <translation>x {0:,.0f} - {1:,.0f}, y {2:,.0f} - {3:,.0f} (KS yoxdur: faylın öz ədədləri)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/assistant.py" line="237"/>
        <source>{0} to {1}, {2} to {3}</source>
        <translation>{0} - {1}, {2} - {3}</translation>
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
        <translation>Saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="427"/>
        <source>Save All</source>
        <translation>Hamısını saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="428"/>
        <source>Open</source>
        <translation>Aç</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="429"/>
        <source>&amp;Yes</source>
        <translation>&amp;Bəli</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="430"/>
        <source>Yes to &amp;All</source>
        <translation>&amp;Hamısına bəli</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="431"/>
        <source>&amp;No</source>
        <translation>&amp;Xeyr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="432"/>
        <source>N&amp;o to All</source>
        <translation>Ha&amp;mısına xeyr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="433"/>
        <source>Abort</source>
        <translation>Dayandır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="434"/>
        <source>Retry</source>
        <translation>Təkrar cəhd et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="435"/>
        <source>Ignore</source>
        <translation>Nəzərə alma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="436"/>
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="437"/>
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="438"/>
        <source>Discard</source>
        <translation>İmtina et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="439"/>
        <source>Help</source>
        <translation>Kömək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="440"/>
        <source>Apply</source>
        <translation>Tətbiq et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="441"/>
        <source>Reset</source>
        <translation>Sıfırla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="442"/>
        <source>Restore Defaults</source>
        <translation>Standart dəyərləri bərpa et</translation>
    </message>
</context>
<context>
    <name>QualityPanel</name>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="41"/>
        <source>Check again</source>
        <translation>Yenidən yoxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Layer</source>
        <translation>Lay</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Feature</source>
        <translation>Obyekt</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Finding</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="47"/>
        <source>Detail</source>
        <translation>Təfərrüat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="72"/>
        <source>{0} finding(s) from reading the project; Check again for duplicates, long edges, reported areas and releases outside hazards</source>
        <translation>Layihə oxunarkən {0} qeyd; dublikatlar, uzun tərəflər, göstərilmiş sahələr və ərazidən kənar azad edilmələr üçün Yenidən yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="79"/>
        <source>{0} finding(s) before the last edit: Check again to bring them up to date</source>
        <translation>Son dəyişiklikdən əvvəl {0} qeyd: yeniləmək üçün Yenidən yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="91"/>
        <source>{0} finding(s); double-click one to see the hazard</source>
        <translation>{0} qeyd; ərazini görmək üçün qeydə iki dəfə klikləyin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="93"/>
        <source>No problems found in the hazards or the releases</source>
        <translation>Ərazilərdə və azad edilmələrdə problem tapılmadı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="99"/>
        <source>hazards</source>
        <translation>ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/quality.py" line="99"/>
        <source>releases</source>
        <translation>azad edilmələr</translation>
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
        <location filename="../../src/minedesk/app/dialogs.py" line="49"/>
        <source>not given</source>
        <translation>göstərilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="50"/>
        <source>Category</source>
        <translation>Kateqoriya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="51"/>
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="52"/>
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="53"/>
        <source>Team</source>
        <translation>Qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="54"/>
        <source>Depth</source>
        <translation>Dərinlik</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/dialogs.py" line="117"/>
        <source>{0} found</source>
        <translation>tapılmış {0}</translation>
    </message>
</context>
<context>
    <name>ReleaseMethod</name>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="28"/>
        <source>manual</source>
        <translation>əl ilə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="28"/>
        <source>mechanical</source>
        <translation>mexaniki</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="29"/>
        <source>MDD</source>
        <translation>MDD (itlər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="29"/>
        <source>technical survey</source>
        <translation>texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/commands.py" line="30"/>
        <source>non-technical survey</source>
        <translation>qeyri-texniki tədqiqat</translation>
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
        <location filename="../../src/minedesk/app/paper.py" line="304"/>
        <source>Summary report</source>
        <translation>Yekun hesabat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="313"/>
        <source>From the beginning</source>
        <translation>Əvvəldən</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="316"/>
        <source>(no groups)</source>
        <translation>(qruplaşdırmadan)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="320"/>
        <source>team (their own releases)</source>
        <translation>qrup (öz azad etdikləri)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="324"/>
        <source>Also write the table as CSV (for spreadsheets)</source>
        <translation>Cədvəli CSV kimi də yaz (elektron cədvəllər üçün)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="326"/>
        <location filename="../../src/minedesk/app/paper.py" line="339"/>
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="328"/>
        <location filename="../../src/minedesk/app/paper.py" line="339"/>
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="329"/>
        <source>Group by</source>
        <translation>Qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="330"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="334"/>
        <source>Preview and print...</source>
        <translation>Önizləmə və çap...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="334"/>
        <source>Save PDF...</source>
        <translation>PDF saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="360"/>
        <source>Save summary report</source>
        <translation>Yekun hesabatı saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="360"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="380"/>
        <source>Wrote {0}</source>
        <translation>Yazıldı: {0}</translation>
    </message>
</context>
<context>
    <name>SummaryDocument</name>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="38"/>
        <source>{0} in 1 release outside every hazard (or the one it names)</source>
        <translation>{0}: bütün ərazilərdən (və ya göstərdiyi ərazidən) kənarda 1 azad etmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="40"/>
        <source>{0} in {1} releases outside every hazard (or the one it names)</source>
        <translation>{0}: bütün ərazilərdən (və ya göstərdiyi ərazidən) kənarda {1} azad etmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="43"/>
        <source>1 hazard skipped (no usable polygon)</source>
        <translation>1 ərazi buraxılıb (yararlı poliqon yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="44"/>
        <source>{0} hazards skipped (no usable polygon)</source>
        <translation>{0} ərazi buraxılıb (yararlı poliqon yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="46"/>
        <source>The data-quality check (minedesk check) names each one.</source>
        <translation>Məlumat keyfiyyəti yoxlaması (minedesk check) hər birini göstərir.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="57"/>
        <source>{0} to {1}</source>
        <translation>{0} – {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="58"/>
        <source>the beginning</source>
        <translation>əvvəldən</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="59"/>
        <source>today</source>
        <translation>bu günə qədər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="60"/>
        <source>SUMMARY REPORT · {0}</source>
        <translation>YEKUN HESABAT · {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="61"/>
        <source>MineDesk {0} · hectares geodesic on WGS84, the tally engine&apos;s figures · printed {1}</source>
        <translation>MineDesk {0} · hektarlar WGS84 üzrə geodezik, hesablama mühərrikinin rəqəmləri · çap tarixi {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="63"/>
        <source>LAND RELEASE SUMMARY</source>
        <translation>TORPAQLARIN AZAD EDİLMƏSİ ÜZRƏ YEKUN</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="64"/>
        <source>Period: {0}</source>
        <translation>Dövr: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="65"/>
        <location filename="../../src/minedesk/report/summary.py" line="87"/>
        <source>All hazards</source>
        <translation>Bütün ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="66"/>
        <location filename="../../src/minedesk/report/summary.py" line="96"/>
        <source>Hazards</source>
        <translation>Ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="67"/>
        <source>Hazard area</source>
        <translation>Ərazilərin sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="69"/>
        <source>Released in the period: {0}</source>
        <translation>Dövr ərzində azad edilib: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="72"/>
        <source>Released in the period</source>
        <translation>Dövr ərzində azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="74"/>
        <source>Released to date: {0}</source>
        <translation>Bu günədək azad edilib: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="77"/>
        <source>Released to date</source>
        <translation>Bu günədək azad edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="78"/>
        <source>Remaining</source>
        <translation>Qalan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="81"/>
        <source>Not counted</source>
        <translation>Hesaba alınmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="82"/>
        <source>Devices found in the period</source>
        <translation>Dövr ərzində tapılmış qurğular</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="84"/>
        <source>Devices found to date</source>
        <translation>Bu günədək tapılmış qurğular</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="88"/>
        <source>Hectares released in the period, by category</source>
        <translation>Dövr ərzində azad edilmiş hektarlar, kateqoriyalar üzrə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="92"/>
        <location filename="../../src/minedesk/report/summary.py" line="94"/>
        <source>team</source>
        <translation>qrup</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="93"/>
        <source>By {0}</source>
        <translation>Qruplaşdırma: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="97"/>
        <source>{0} ha (period)</source>
        <translation>{0}, ha (dövr)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="99"/>
        <source>Released ha (to date)</source>
        <translation>Azad edilib, ha (bu günədək)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="100"/>
        <source>{0} period/to date</source>
        <translation>{0} dövr/bu günədək</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/summary.py" line="102"/>
        <source>All</source>
        <translation>Hamısı</translation>
    </message>
</context>
<context>
    <name>TallyAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="213"/>
        <source>Land-release tally</source>
        <extracomment>the command line&apos;s options the core&apos;s messages may name, and the parameter that sets each here</extracomment>
        <translation>Ərazilərin azad edilməsinin hesabı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="216"/>
        <source>Hectares (geodesic, WGS84) of the hazards, released by category (cleared &gt; reduced &gt; cancelled, clipped, overlaps once) and remaining, devices found; in all and per value of a field. The JSON output is the object `minedesk tally --json` prints.</source>
        <translation>Təhlükəli ərazilərin hektarları (geodezik, WGS84), kateqoriyalar üzrə azad edilmiş (təmizlənmiş &gt; azaldılmış &gt; ləğv edilmiş, kəsilmiş, üst-üstə düşənlər bir dəfə) və qalan, tapılmış qurğular; cəmi və sahənin hər dəyəri üzrə. JSON çıxışı `minedesk tally --json` əmrinin çap etdiyi obyektdir.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="222"/>
        <source>Group by field</source>
        <translation>Sahəyə görə qruplaşdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="225"/>
        <source>Tally table</source>
        <translation>Hesab cədvəli</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="226"/>
        <source>Tally (JSON)</source>
        <translation>Hesab (JSON)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="243"/>
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
        <location filename="../../src/minedesk_qgis/dock.py" line="435"/>
        <source>Select one or more hazards first</source>
        <translation>Əvvəlcə bir və ya bir neçə ərazi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="440"/>
        <source>Simplify the outline?</source>
        <translation>Kontur sadələşdirilsin?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="441"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The layer keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>Tapşırıq əmrində {0} dönmə nöqtəsi olardı; bu, tapşırıq əmrinin daşıya biləcəyi {1} nöqtədən çoxdur.
Kontur yalnız bu sənəd üçün sadələşdirilsin? Layın həndəsəsi dəyişmir, sənəddə nəyin sadələşdirildiyi yazılır.

Dözüm, metrlə:</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="450"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="490"/>
        <source>choose the category field, or one category for all, in Fields...</source>
        <translation>Sahələr... pəncərəsində kateqoriya sahəsini və ya hamısı üçün bir kateqoriya seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="491"/>
        <source>choose one category for all in Fields..., or correct the value</source>
        <translation>Sahələr... pəncərəsində hamısı üçün bir kateqoriya seçin və ya dəyəri düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="492"/>
        <source>correct the value or choose another count field in Fields...</source>
        <translation>dəyəri düzəldin və ya Sahələr... pəncərəsində başqa say sahəsi seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/dock.py" line="493"/>
        <source>choose the hazard id field in Fields... if it has another name</source>
        <translation>təhlükə ID sahəsinin adı başqadırsa, onu Sahələr... pəncərəsində seçin</translation>
    </message>
</context>
<context>
    <name>TaskMap</name>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="48"/>
        <source>{0} {1} km</source>
        <translation>{0} {1} km</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="45"/>
        <source>N</source>
        <translation>Ş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="39"/>
        <source>Turning point (P: part, H: hole)</source>
        <translation>Dönmə nöqtəsi (P: hissə, H: boşluq)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="40"/>
        <source>BM benchmark</source>
        <translation>BM reper</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="42"/>
        <source>BM to TP 1</source>
        <translation>BM-dən DN 1-ə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="43"/>
        <source>Label leader line</source>
        <translation>Yazı göstərici xətti</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="44"/>
        <source>Detail map area</source>
        <translation>Detallı xəritə sahəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="46"/>
        <source>grid north</source>
        <translation>şəbəkə şimalı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="47"/>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="49"/>
        <source>{0} km</source>
        <translation>{0} km</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="50"/>
        <source>{0} m</source>
        <translation>{0} m</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="35"/>
        <source>Hazard</source>
        <extracomment>Every word the maps print, in one place: English source text, printed in the document&apos;s first language (context TaskMap; the legend keeps its size).</extracomment>
        <translation>Ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="36"/>
        <source>Cleared</source>
        <translation>Təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="37"/>
        <source>Reduced</source>
        <translation>Azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="38"/>
        <source>Cancelled</source>
        <translation>Ləğv edilmiş</translation>
    </message>
    <message>
        <source>Turning point (number)</source>
        <translation type="vanished">Dönmə nöqtəsi (nömrə)</translation>
    </message>
    <message>
        <source>BM benchmark, - - to TP 1</source>
        <translation type="vanished">BM reper, - - DN 1-ə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/maps.py" line="41"/>
        <source>RP reference point</source>
        <translation>RP istinad nöqtəsi</translation>
    </message>
</context>
<context>
    <name>TaskOrderAlgorithm</name>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="311"/>
        <source>Task order (PDF)</source>
        <translation>Tapşırıq əmri (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="314"/>
        <source>A task order PDF for hazards given by id: summary, task map, turning points in DD, DMS, UTM and MGRS with bearings and distances, safety, quality, signatures. FIELDS: name=value;name=value.</source>
        <translation>ID ilə verilmiş təhlükəli ərazilər üçün tapşırıq əmri (PDF): xülasə, tapşırıq xəritəsi, DD, DMS, UTM və MGRS-də dönmə nöqtələri, azimut və məsafələrlə, təhlükəsizlik, keyfiyyət, imzalar. FIELDS: ad=dəyər;ad=dəyər.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="322"/>
        <source>Hazard ids (comma-separated)</source>
        <translation>Təhlükə ID-ləri (vergüllə ayrılmış)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="324"/>
        <source>Task id (empty: the next free number of the year, T-YYYY-NNNN; an issued one: its next version)</source>
        <translation>Tapşırıq ID (boş: ilin növbəti boş nömrəsi, T-YYYY-NNNN; verilmiş biri: onun növbəti versiyası)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="326"/>
        <source>Fields (name=value;name=value)</source>
        <translation>Sahələr (ad=dəyər;ad=dəyər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="328"/>
        <source>Simplify outlines for the document (m; for more than {0} turning points)</source>
        <translation>Sənəd üçün konturları sadələşdir (m; {0}-dən çox dönmə nöqtəsi olduqda)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="335"/>
        <source>Language of the document</source>
        <translation>Sənədin dili</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="338"/>
        <source>Also print the English text on the same page</source>
        <translation>İngiliscə mətni də eyni səhifədə çap et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="339"/>
        <source>Task order PDF</source>
        <translation>Tapşırıq əmri (PDF)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="365"/>
        <source>before writing the task order</source>
        <translation>tapşırıq əmri yazılmazdan əvvəl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk_qgis/provider.py" line="375"/>
        <source>Task order {0} version {1}</source>
        <translation>Tapşırıq əmri {0}, versiya {1}</translation>
    </message>
</context>
<context>
    <name>TaskOrderDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="119"/>
        <source>Task order: {0}</source>
        <translation>Tapşırıq əmri: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="123"/>
        <source>New task order</source>
        <translation>Yeni tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="125"/>
        <source>New version of {0}</source>
        <translation>{0} üçün yeni versiya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="127"/>
        <source>Task order</source>
        <translation>Tapşırıq əmri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="128"/>
        <source>Paper</source>
        <translation>Kağız</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="145"/>
        <source>Preview and print...</source>
        <translation>Önizləmə və çap...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="145"/>
        <source>Issue and save PDF...</source>
        <translation>Ver və PDF kimi saxla...</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="181"/>
        <source>Benchmark far from the hazards</source>
        <translation>Reper təhlükəli ərazilərdən uzaqdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="182"/>
        <source>{0}.

Issue the task order with this benchmark? The order prints a warning.</source>
        <translation>{0}.

Tapşırıq bu reperlə verilsin? Tapşırıqda xəbərdarlıq çap olunacaq.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="218"/>
        <source>Save task order</source>
        <translation>Tapşırıq əmrini saxla</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="219"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="238"/>
        <source>Issued {0} version {1}: {2}</source>
        <translation>{0} versiya {1} verildi: {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="191"/>
        <source>Simplify the outline?</source>
        <translation>Kontur sadələşdirilsin?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="192"/>
        <source>The task order would list {0} turning points, more than the {1} a task order can carry.
Simplify the outline for this document only? The project keeps its geometry and the document says what was simplified.

Tolerance in metres:</source>
        <translation>Tapşırıq əmrində {0} dönmə nöqtəsi olardı; bu, tapşırıq əmrinin daşıya biləcəyi {1} nöqtədən çoxdur.
Kontur yalnız bu sənəd üçün sadələşdirilsin? Layihənin həndəsəsi dəyişmir, sənəddə nəyin sadələşdirildiyi yazılır.

Dözüm, metrlə:</translation>
    </message>
</context>
<context>
    <name>TaskOrderDocument</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="66"/>
        <location filename="../../src/minedesk/report/taskorder.py" line="186"/>
        <source>Task ID</source>
        <translation>Tapşırığın ID-si</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="45"/>
        <source>TP</source>
        <extracomment>The turning-point table of a task order, one row per point: the column&apos;s header (English source, printed in the document&apos;s language, context TaskOrderDocument), what the column is when the table is pasted back into the coordinates form (a role of minedesk.core.outline), its width and alignment. Every figure in it is written as a field team types it back (decimal point, no grouping).</extracomment>
        <translation>DN</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="46"/>
        <source>Latitude</source>
        <translation>En dairəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="47"/>
        <source>Longitude</source>
        <translation>Uzunluq dairəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="48"/>
        <source>Latitude DMS</source>
        <translation>En dairəsi (DDS)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="49"/>
        <source>Longitude DMS</source>
        <translation>Uzunluq dairəsi (DDS)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="51"/>
        <source>Bearing true</source>
        <translation>Azimut həqiqi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="52"/>
        <source>Bearing grid</source>
        <translation>Azimut şəbəkə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="53"/>
        <source>Dist. m</source>
        <translation>Məsafə, m</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="171"/>
        <source>TASK ORDER {0} · version {1}</source>
        <translation>TAPŞIRIQ ƏMRİ {0} · versiya {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="172"/>
        <source>MineDesk {0} · areas and perimeters geodesic on WGS84, as minedesk tally · issued {1}</source>
        <translation>MineDesk {0} · sahələr və perimetrlər WGS84 üzrə geodezik, minedesk tally kimi · verilib {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="176"/>
        <source>TASK ORDER</source>
        <translation>TAPŞIRIQ ƏMRİ</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="177"/>
        <source>{0} · version {1} · issued {2}</source>
        <translation>{0} · versiya {1} · verilib {2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="182"/>
        <source>Warning: {0}</source>
        <translation>Xəbərdarlıq: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="186"/>
        <source>Version</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="187"/>
        <source>Issue date</source>
        <translation>Verilmə tarixi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="198"/>
        <source>Task map: {0}</source>
        <translation>Tapşırıq xəritəsi: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="203"/>
        <source>Overview: {0}</source>
        <translation>İcmal: {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="204"/>
        <source>Overview</source>
        <translation>İcmal</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="217"/>
        <source>Index map</source>
        <translation>İndeks xəritəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="218"/>
        <source>Detail map</source>
        <translation>Detallı xəritə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="219"/>
        <source>Turning points</source>
        <translation>Dönmə nöqtələri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="227"/>
        <source>Detail map {0} of {1}</source>
        <translation>Detallı xəritə {0} / {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="228"/>
        <source>{0} · Turning points {1}</source>
        <translation>{0} · Dönmə nöqtələri {1}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="237"/>
        <source>Coordinates on WGS84 (EPSG:4326) in decimal degrees and DMS; UTM zone {0} (EPSG:{1}), easting and northing to 1 m; MGRS. Bearings in degrees clockwise from north, true and grid (grid north of UTM {0}); distances geodesic in metres. Turning points run clockwise from TP 1, the start point. Coordinates are written with a decimal point, as GPS receivers take them.</source>
        <translation>Koordinatlar WGS84 (EPSG:4326) üzrə onluq dərəcələrlə və DDS (dərəcə, dəqiqə, saniyə) ilə; UTM zonası {0} (EPSG:{1}), şərq və şimal koordinatları 1 m dəqiqliklə; MGRS. Azimutlar şimaldan saat əqrəbi istiqamətində dərəcələrlə, həqiqi və şəbəkə (UTM {0} şəbəkə şimalı); məsafələr metrlə, geodezik. Dönmə nöqtələri başlanğıc nöqtəsi olan DN 1-dən saat əqrəbi istiqamətində gedir. Koordinatlar GPS qəbulediciləri qəbul etdiyi kimi onluq nöqtə ilə yazılıb.</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="245"/>
        <source>Benchmark (BM)</source>
        <translation>Reper (BM)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="246"/>
        <source>Reference point (RP)</source>
        <translation>İstinad nöqtəsi (RP)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="252"/>
        <source>Hazard {0}</source>
        <translation>Ərazi {0}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="254"/>
        <source>Area {0} m² ({1}) · perimeter {2} · start point TP 1 {3}</source>
        <translation>Sahə {0} m² ({1}) · perimetr {2} · başlanğıc nöqtəsi DN 1 {3}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="259"/>
        <source>Turning points of {0}, hole {1} of part {2} ({3} points)</source>
        <translation>{0} dönmə nöqtələri, hissə {2}, boşluq {1} (nöqtələr: {3})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="262"/>
        <source>Turning points of {0}, part {1}, outer boundary ({2} points)</source>
        <translation>{0} dönmə nöqtələri, hissə {1}, xarici sərhəd (nöqtələr: {2})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="274"/>
        <source>Issued by</source>
        <translation>Verən</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="274"/>
        <source>Received by</source>
        <translation>Qəbul edən</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="290"/>
        <source>part {0}</source>
        <translation>hissə {0}</translation>
    </message>
</context>
<context>
    <name>TaskOrderField</name>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="67"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="59"/>
        <source>Tasked organisation</source>
        <translation>Tapşırıq verilən təşkilat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="68"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="60"/>
        <source>Team(s)</source>
        <translation>Qrup(lar)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="111"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="88"/>
        <source>QA visits</source>
        <translation>Keyfiyyət təminatı səfərləri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="112"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="89"/>
        <source>QC sampling</source>
        <translation>Keyfiyyət nəzarəti üçün seçmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/completion.py" line="113"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="90"/>
        <source>Inspecting body</source>
        <translation>Yoxlayan orqan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="277"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="93"/>
        <source>Distribution</source>
        <translation>Paylanma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="58"/>
        <source>Issuing authority</source>
        <extracomment>(key, label, section) of every field, in the order they print. docs/domain.md lists them. Labels and sections are English source text; translated where shown (context TaskOrderField, TaskOrderSection).</extracomment>
        <translation>Tapşırığı verən orqan</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="61"/>
        <source>Donor</source>
        <translation>Donor</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="62"/>
        <source>Type of task (minefield, battle area, spot task)</source>
        <translation>Tapşırığın növü (mina sahəsi, döyüş ərazisi, nöqtəvi tapşırıq)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="63"/>
        <source>District / village</source>
        <translation>Rayon / kənd</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="64"/>
        <source>Benchmark (BM) position</source>
        <translation>Reperin (BM) yeri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="65"/>
        <source>Benchmark description</source>
        <translation>Reperin təsviri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="66"/>
        <source>Reference point (RP) position</source>
        <translation>İstinad nöqtəsinin (RP) yeri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="67"/>
        <source>Reference point description</source>
        <translation>İstinad nöqtəsinin təsviri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="68"/>
        <source>Start point (nearest turning point is TP 1)</source>
        <translation>Başlanğıc nöqtəsi (ən yaxın dönmə nöqtəsi DN 1-dir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="69"/>
        <source>Planned method (NTS, TS, manual, mechanical, MDD)</source>
        <translation>Planlaşdırılan üsul (QTT, TT, əl ilə, mexaniki, MDD)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="70"/>
        <source>Clearance depth (cm)</source>
        <translation>Təmizləmə dərinliyi (sm)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="71"/>
        <source>Expected threat (device categories, known models)</source>
        <translation>Gözlənilən təhlükə (qurğu kateqoriyaları, məlum modellər)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="72"/>
        <source>Evidence and its source</source>
        <translation>Sübut və onun mənbəyi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="73"/>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="74"/>
        <source>Beneficiaries</source>
        <translation>Faydalananlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="75"/>
        <source>Intended land use</source>
        <translation>Torpağın nəzərdə tutulan istifadəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="76"/>
        <source>Planned start</source>
        <translation>Planlaşdırılan başlanğıc</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="77"/>
        <source>Planned end</source>
        <translation>Planlaşdırılan bitmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="78"/>
        <source>Deadline</source>
        <translation>Son müddət</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="79"/>
        <source>Reporting frequency</source>
        <translation>Hesabat tezliyi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="80"/>
        <source>Access route</source>
        <translation>Giriş yolu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="81"/>
        <source>Control point</source>
        <translation>Nəzarət məntəqəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="82"/>
        <source>Casualty evacuation (CASEVAC) plan</source>
        <translation>Yaralıların təxliyəsi (CASEVAC) planı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="83"/>
        <source>Nearest medical facility</source>
        <translation>Ən yaxın tibb müəssisəsi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="84"/>
        <source>Helicopter landing site</source>
        <translation>Helikopter enmə meydançası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="85"/>
        <source>Demolition site</source>
        <translation>Partlatma yeri</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="86"/>
        <source>Marking</source>
        <translation>Nişanlama</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="87"/>
        <source>Accreditation</source>
        <translation>Akkreditasiya</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="91"/>
        <source>Issued by (name, post)</source>
        <translation>Verən (ad, vəzifə)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="92"/>
        <source>Received by (name, post)</source>
        <translation>Qəbul edən (ad, vəzifə)</translation>
    </message>
</context>
<context>
    <name>TaskOrderSection</name>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="188"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="35"/>
        <source>Hazards</source>
        <translation>Ərazilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="235"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="36"/>
        <source>Geometry</source>
        <translation>Həndəsə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/report/taskorder.py" line="272"/>
        <location filename="../../src/minedesk/core/taskorder.py" line="39"/>
        <source>Signatures</source>
        <translation>İmzalar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="35"/>
        <source>Task</source>
        <extracomment>The sections of a task order, in the order they print (and the form shows them as tabs).</extracomment>
        <translation>Tapşırıq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="36"/>
        <source>Parts to release</source>
        <translation>Azad ediləcək hissələr</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="37"/>
        <source>Threat</source>
        <translation>Təhlükə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="37"/>
        <source>Priority and land use</source>
        <translation>Prioritet və torpaqdan istifadə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="38"/>
        <source>Dates</source>
        <translation>Tarixlər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="38"/>
        <source>Safety</source>
        <translation>Təhlükəsizlik</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/core/taskorder.py" line="39"/>
        <source>Quality</source>
        <translation>Keyfiyyət</translation>
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
    <name>_PaperDialog</name>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="55"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="66"/>
        <source>Also print the English text on the same page</source>
        <translation>İngiliscə mətni də eyni səhifədə çap et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/paper.py" line="70"/>
        <source>Language of the document</source>
        <translation>Sənədin dili</translation>
    </message>
</context>
<context>
    <name>core</name>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="11"/>
        <source>no such file</source>
        <translation>belə fayl yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="12"/>
        <source>choose an .mbtiles file</source>
        <translation>.mbtiles faylı seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="13"/>
        <source>holds no tiles</source>
        <translation>kaşı saxlamır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="14"/>
        <source>make it again with its zoom levels</source>
        <translation>onu miqyas səviyyələri ilə yenidən yaradın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="15"/>
        <source>is not an MBTiles file ({err})</source>
        <translation>MBTiles faylı deyil ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="16"/>
        <source>make one with: gdal_translate -of MBTILES in.tif out.mbtiles</source>
        <translation>belə yaradın: gdal_translate -of MBTILES in.tif out.mbtiles</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="17"/>
        <source>duplicate id</source>
        <translation>təkrarlanan ID</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="18"/>
        <source>{n} features share it</source>
        <translation>{n} obyektdə eynidir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="19"/>
        <source>consecutive vertices far apart</source>
        <translation>ardıcıl təpə nöqtələri bir-birindən uzaqdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="20"/>
        <source>{value:.1f} km between two consecutive vertices</source>
        <translation>iki ardıcıl təpə nöqtəsi arasında {value:.1f} km</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="21"/>
        <source>release outside every hazard</source>
        <translation>bütün ərazilərdən kənarda olan azad edilmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="22"/>
        <source>not counted</source>
        <translation>hesablanmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="23"/>
        <source>duplicate geometry</source>
        <translation>təkrarlanan həndəsə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="24"/>
        <source>same shape as {value}</source>
        <translation>{value} ilə eyni forma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="25"/>
        <source>reported area differs</source>
        <translation>göstərilmiş sahə fərqlənir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="26"/>
        <source>{column} says {reported:.4f} ha, the geometry measures {ha:.4f} ha{pct}</source>
        <translation>{column}: {reported:.4f} ha, həndəsə üzrə {ha:.4f} ha{pct}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="27"/>
        <source>near-duplicate geometry</source>
        <translation>demək olar ki, təkrarlanan həndəsə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="28"/>
        <source>differs from {value} by {value2:.2f} % of its area</source>
        <translation>{value}-dən sahəsinin {value2:.2f} %-i qədər fərqlənir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="29"/>
        <source>no feature lies where {value} is used (typical coordinates: x {x:.10g}, y {y:.10g})</source>
        <translation>heç bir obyekt {value} istifadə olunan yerdə deyil (tipik koordinatlar: x {x:.10g}, y {y:.10g})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="30"/>
        <source>correct the row; nothing was recorded</source>
        <translation>sətri düzəldin; heç nə qeyd olunmadı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="31"/>
        <source>correct the row; nothing was recorded ({hint})</source>
        <translation>sətri düzəldin; heç nə qeyd olunmadı ({hint})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="32"/>
        <source>the numbers look like longitude/latitude degrees: give --crs EPSG:4326</source>
        <translation>ədədlər uzunluq/enlik dərəcələrinə oxşayır: --crs EPSG:4326 verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="33"/>
        <source>the numbers look like UTM metres: give --crs EPSG:326ZZ for the data&apos;s UTM zone ZZ (EPSG:327ZZ south of the equator)</source>
        <translation>ədədlər UTM metrlərinə oxşayır: məlumatların UTM zonası ZZ üçün --crs EPSG:326ZZ verin (ekvatordan cənubda EPSG:327ZZ)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="34"/>
        <source>check the coordinates, or give --crs with the coordinate reference system they are in</source>
        <translation>koordinatları yoxlayın və ya onların aid olduğu koordinat sistemini --crs ilə verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="35"/>
        <source> ({ha:,.2f} ha {category} added; {already})</source>
        <translation> ({ha:,.2f} ha {category} əlavə edildi; {already})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="36"/>
        <source>the release polygon is empty</source>
        <translation>azad edilmə poliqonu boşdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="37"/>
        <source>draw at least three points</source>
        <translation>ən azı üç nöqtə çəkin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="38"/>
        <source>the release polygon does not overlap hazard {hazard_id}</source>
        <translation>azad edilmə poliqonu {hazard_id} ərazisi ilə kəsişmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="39"/>
        <source>draw it inside the hazard, or choose the hazard it belongs to</source>
        <translation>onu ərazinin içində çəkin və ya aid olduğu ərazini seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="40"/>
        <source> ({ha:,.2f} ha)</source>
        <translation> ({ha:,.2f} ha)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="41"/>
        <source>the release polygon does not overlap any hazard</source>
        <translation>azad edilmə poliqonu heç bir ərazi ilə kəsişmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="42"/>
        <source>draw it on the hazard it releases</source>
        <translation>onu azad etdiyi ərazinin üzərində çəkin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="43"/>
        <source>Add {category} release to {hazard_id}{devices}</source>
        <translation>{hazard_id} ərazisinə azad edilmə əlavə et ({category}){devices}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="44"/>
        <source>has no column for {name} devices</source>
        <translation>{name} qurğuları üçün sütun yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="45"/>
        <source>use AP, AT, UXO or IED</source>
        <translation>AP, AT, UXO və ya IED istifadə edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="46"/>
        <source>Mark {hazard_id} {category}{devices}</source>
        <translation>{hazard_id}: {category} qeyd et{devices}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="47"/>
        <source>Edit release {release_id}</source>
        <translation>{release_id} azad edilməsini redaktə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="48"/>
        <source>Set {hazard_id} {parts}</source>
        <translation>{hazard_id}: {parts} təyin et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="49"/>
        <source>unknown hazard type {hazard_type!r}</source>
        <translation>naməlum ərazi növü {hazard_type!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="50"/>
        <source>use SHA or CHA</source>
        <translation>SHA və ya CHA istifadə edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="51"/>
        <source>Add hazard {hazard_id}</source>
        <translation>{hazard_id} ərazisini əlavə et</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="52"/>
        <source>a new hazard needs an id</source>
        <translation>yeni ərazinin id-si olmalıdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="53"/>
        <source>give it one (--id AGD-CHA-00042)</source>
        <translation>ona id verin (--id AGD-CHA-00042)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="54"/>
        <source>hazard {hazard} exists already</source>
        <translation>{hazard} ərazisi artıq mövcuddur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="55"/>
        <source>give the new hazard an id not yet used</source>
        <translation>yeni əraziyə hələ istifadə olunmamış id verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="56"/>
        <source>unknown hazard type {value!r}</source>
        <translation>naməlum ərazi növü {value!r}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="57"/>
        <source>the hazard polygon is empty</source>
        <translation>ərazinin poliqonu boşdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="58"/>
        <source>give at least three turning points</source>
        <translation>ən azı üç dönmə nöqtəsi verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="59"/>
        <source>the hazard polygon encloses no area</source>
        <translation>ərazinin poliqonu heç bir sahəni əhatə etmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="60"/>
        <source>give at least three turning points that are not in line</source>
        <translation>bir xətt üzərində olmayan ən azı üç dönmə nöqtəsi verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="61"/>
        <source>Add hazard {hazard_id} ({ha:,.2f} ha)</source>
        <translation>{hazard_id} ərazisini əlavə et ({ha:,.2f} ha)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="62"/>
        <source>Delete hazard {hazard_id}</source>
        <translation>{hazard_id} ərazisini sil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="63"/>
        <source>Delete release {release_id}</source>
        <translation>{release_id} azad edilməsini sil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="64"/>
        <source>Split {hazard_id}</source>
        <translation>{hazard_id} ərazisini böl</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="65"/>
        <source>the line does not cut hazard {hazard_id} in two</source>
        <translation>xətt {hazard_id} ərazisini ikiyə bölmür</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="66"/>
        <source>draw it across the hazard, from outside to outside</source>
        <translation>onu ərazinin üstündən, kənardan kənara çəkin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="67"/>
        <source>hazard ids {items} exist already</source>
        <translation>{items} ərazi ID-ləri artıq mövcuddur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="68"/>
        <source>rename them before splitting</source>
        <translation>bölməzdən əvvəl onların adını dəyişin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="69"/>
        <source>Split {hazard_id} into {ids}</source>
        <translation>{hazard_id} ərazisini böl: {ids}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="70"/>
        <source>Merge {others} into {first}</source>
        <translation>{others} ərazilərini {first} ilə birləşdir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="71"/>
        <source>merging needs two or more different hazards</source>
        <translation>birləşdirmək üçün iki və ya daha çox fərqli ərazi lazımdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="72"/>
        <source>Issue task order {task_id} version {version}</source>
        <translation>{task_id} tapşırıq əmrini ver, versiya {version}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="73"/>
        <source>task order {task_id} version {version} exists already</source>
        <translation>{task_id} tapşırıq əmrinin {version} versiyası artıq mövcuddur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="74"/>
        <source>editing an issued order makes a new version</source>
        <translation>verilmiş əmrin redaktəsi yeni versiya yaradır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="75"/>
        <source>{ha:,.2f} ha already {category}</source>
        <translation>{ha:,.2f} ha artıq {category}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="76"/>
        <source>Record {devices} in {release_id}</source>
        <translation>{release_id} üçün qeyd et: {devices}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="77"/>
        <source>Record no devices in {release_id}</source>
        <translation>{release_id} üçün qurğu qeyd etmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="78"/>
        <source>{release_id} would record {value:,} {name}, more than {max_devices:,}</source>
        <translation>{release_id} üçün {value:,} {name} qeyd ediləcəkdi, {max_devices:,}-dən çox</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="79"/>
        <source>check the counts</source>
        <translation>sayları yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="80"/>
        <source>type {hazard_type}</source>
        <translation>növ {hazard_type}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="81"/>
        <source>status {status}</source>
        <translation>status {status}</translation>
    </message>
    <message>
        <source>manual</source>
        <translation type="vanished">əl ilə</translation>
    </message>
    <message>
        <source>mechanical</source>
        <translation type="vanished">mexaniki</translation>
    </message>
    <message>
        <source>MDD</source>
        <translation type="vanished">MDD (itlər)</translation>
    </message>
    <message>
        <source>technical survey</source>
        <translation type="vanished">texniki tədqiqat</translation>
    </message>
    <message>
        <source>non-technical survey</source>
        <translation type="vanished">qeyri-texniki tədqiqat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="92"/>
        <source>has no column {wanted!r} for the {what}</source>
        <translation>{what} üçün {wanted!r} sütunu yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="93"/>
        <source>columns are: {value}</source>
        <translation>sütunlar: {value}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="94"/>
        <source>holds {items} features, not polygons</source>
        <translation>poliqon deyil, {items} obyektləri saxlayır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="95"/>
        <source>MineDesk needs hazard and release areas as polygons; choose a polygon layer</source>
        <translation>MineDesk-ə ərazilər və azad edilmələr poliqon kimi lazımdır; poliqon layı seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="96"/>
        <source>{where}: named HAZ- and their feature id ({label_} is feature {fid}), the same on every read of this file</source>
        <translation>{where}: HAZ- və obyekt nömrəsi ilə adlandırılıb ({label_} — {fid} nömrəli obyekt), bu faylın hər oxunuşunda eyni</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="97"/>
        <source>column {column} holds {value!r}, not a number of devices</source>
        <translation>{column} sütununda qurğu sayı deyil, {value!r} var</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="98"/>
        <source>unusable device count</source>
        <translation>istifadəyə yararsız qurğu sayı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="99"/>
        <source>{column}: {why}; counted as 0</source>
        <translation>{column}: {why}; 0 kimi hesablanıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="100"/>
        <source>unreadable date</source>
        <translation>oxunmayan tarix</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="101"/>
        <source>{column}: {why}; counted in no period</source>
        <translation>{column}: {why}; heç bir dövrə daxil edilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="102"/>
        <source>no hazard id column (looked for {names})</source>
        <translation>ərazi ID sütunu yoxdur (axtarılan: {names})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="103"/>
        <source>{n:,} hazard(s) with no {column}</source>
        <translation>{column} olmayan {n:,} ərazi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="104"/>
        <source>hazard ids generated</source>
        <translation>ərazi ID-ləri yaradılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="105"/>
        <source>has no release category column (looked for {names})</source>
        <translation>azad edilmə kateqoriyası sütunu yoxdur (axtarılan: {names})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="106"/>
        <source>{detail}; skipped with the {lost} device(s) it records</source>
        <translation>{detail}; qeyd etdiyi {lost} qurğu ilə birlikdə buraxılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="107"/>
        <source>skipped with the {lost} device(s) it records</source>
        <translation>qeyd etdiyi {lost} qurğu ilə birlikdə buraxılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="108"/>
        <source>unknown release category</source>
        <translation>naməlum azad edilmə kateqoriyası</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="109"/>
        <source>{n} release(s) with {column}={value!r} skipped; {hint}</source>
        <translation>{column}={value!r} olan {n} azad edilmə buraxılıb; {hint}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="110"/>
        <source>cleared</source>
        <translation>təmizlənmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="111"/>
        <source>reduced</source>
        <translation>azaldılmış</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="112"/>
        <source>cancelled</source>
        <translation>ləğv edilmiş</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="113"/>
        <source>misclosure {m:,.2f} m ({ratio}) over {length:,.1f} m</source>
        <translation>{length:,.1f} m üzrə qapanma xətası {m:,.2f} m ({ratio})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="114"/>
        <source>tolerance {value!r} is not a ratio like 1:300</source>
        <translation>yol verilən hədd {value!r} 1:300 kimi nisbət deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="115"/>
        <source>two references (true, grid, magnetic) on one bearing</source>
        <translation>bir istiqamətdə iki istinad (həqiqi, şəbəkə, maqnit)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="116"/>
        <source>bearing -{value} is negative: bearings run 0 to 360° clockwise from north</source>
        <translation>azimut -{value} mənfidir: azimutlar şimaldan saat əqrəbi istiqamətində 0-dan 360°-yə qədərdir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="117"/>
        <source>distance -{value} m is negative</source>
        <translation>məsafə -{value} m mənfidir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="118"/>
        <source>a leg of 0 m: give its distance in metres</source>
        <translation>0 m-lik hissə: onun məsafəsini metrlə verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="119"/>
        <source>a leg of {distance:,.0f} m is longer than 100 km: is it in metres?</source>
        <translation>{distance:,.0f} m-lik hissə 100 km-dən uzundur: metrlədirmi?</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="120"/>
        <source>a magnetic bearing needs the declination: add a row like &apos;declination 6.5E&apos; before it</source>
        <translation>maqnit azimutu üçün meyl lazımdır: ondan əvvəl &apos;declination 6.5E&apos; kimi sətir əlavə edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="121"/>
        <source>read as {read}, not the {chosen} chosen for this column</source>
        <translation>bu sütun üçün seçilmiş {chosen} kimi deyil, {read} kimi oxundu</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="122"/>
        <source>choose the form it is written in, or let MineDesk detect it</source>
        <translation>yazıldığı formanı seçin və ya MineDesk-in müəyyən etməsinə imkan verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="123"/>
        <source>closed by a straight edge from the last point to TP 1 (no misclosure to measure)</source>
        <translation>son nöqtədən DN 1-ə düz kənarla qapandı (ölçüləcək qapanma xətası yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="124"/>
        <source>exact</source>
        <translation>dəqiq</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="125"/>
        <source>{text}, worse than the tolerance 1 : {tolerance:,.0f}</source>
        <translation>{text}, 1 : {tolerance:,.0f} yol verilən həddən pisdir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="126"/>
        <source>row {number} {text!r}: {reason}{more}</source>
        <translation>sətir {number} {text!r}: {reason}{more}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="127"/>
        <source>{n} turning point(s): a polygon needs at least three</source>
        <translation>{n} dönmə nöqtəsi: poliqona ən azı üç lazımdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="128"/>
        <source>give three or more positions, or a start and two or more legs</source>
        <translation>üç və ya daha çox mövqe, yaxud başlanğıc və iki və ya daha çox hissə verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="129"/>
        <source>the traverse&apos;s {misclosure}</source>
        <translation>gedişin {misclosure}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="130"/>
        <source>check the bearings and distances, or accept the misclosure (--accept-misclosure; the window asks)</source>
        <translation>istiqamətləri və məsafələri yoxlayın və ya qapanma xətasını qəbul edin (--accept-misclosure; pəncərə soruşur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="131"/>
        <source>bearings are true, grid or magnetic, not {value!r}</source>
        <translation>azimutlar həqiqi, şəbəkə və ya maqnit olur, {value!r} deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="132"/>
        <source>declination {value!r} is not degrees east or west (6.5E, 2.1W or -2.1)</source>
        <translation>meyl {value!r} şərqə və ya qərbə dərəcə deyil (6.5E, 2.1W və ya -2.1)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="133"/>
        <source>declination {value!r} is over 90°</source>
        <translation>meyl {value!r} 90°-dən çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="134"/>
        <source>a mil circle is 6400 or 6000, not {value!r}</source>
        <translation>mil dairəsi 6400 və ya 6000 olur, {value!r} deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="135"/>
        <source>zone {value!r} is not a UTM zone with its hemisphere, like 38N</source>
        <translation>zona {value!r} yarımkürəsi ilə UTM zonası deyil (38N kimi)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="136"/>
        <source>a bearing in mils has no degree sign</source>
        <translation>mil ilə azimutda dərəcə işarəsi olmur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="137"/>
        <source>bearing {value} mils is over the {circle} mil circle</source>
        <translation>azimut {value} mil {circle} mil dairəsindən çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="138"/>
        <source>bearing {value}° is over 360</source>
        <translation>azimut {value}° 360-dan çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="139"/>
        <source>slope angle {value}° is 90 or more</source>
        <translation>yamac bucağı {value}° 90 və ya daha çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="140"/>
        <source>not a leg (bearing, distance) like {examples}</source>
        <translation>{examples} kimi hissə (azimut, məsafə) deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="141"/>
        <source>not a position or a leg MineDesk reads (like 38SPK 71184 20665, or 047 120 for a leg)</source>
        <translation>MineDesk-in oxuduğu mövqe və ya hissə deyil (38SPK 71184 20665 kimi, hissə üçün 047 120)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="142"/>
        <source> (and {n} more row(s))</source>
        <translation> (və daha {n} sətir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="143"/>
        <source>the polygon crosses itself at {where}</source>
        <translation>poliqon özünü {where} nöqtəsində kəsir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="144"/>
        <source>put the turning points in order, or repair it (--repair; the window asks), which splits it where it crosses</source>
        <translation>dönmə nöqtələrini sıraya qoyun və ya onu düzəldin (--repair; pəncərə soruşur), bu, onu kəsişdiyi yerdə bölür</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="145"/>
        <source>the polygon encloses no area once repaired</source>
        <translation>düzəldildikdən sonra poliqon heç bir sahəni əhatə etmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="146"/>
        <source>put the turning points in order</source>
        <translation>dönmə nöqtələrini sıraya qoyun</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="147"/>
        <source>{value} has decimals but is followed by minutes</source>
        <translation>{value} onluq hissəlidir, lakin ardınca dəqiqələr gəlir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="148"/>
        <source>minutes {value} are over 59</source>
        <translation>dəqiqələr {value} 59-dan çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="149"/>
        <source>a leg needs a start: give the benchmark or first turning point&apos;s position before it</source>
        <translation>hissəyə başlanğıc lazımdır: ondan əvvəl reperin və ya ilk dönmə nöqtəsinin mövqeyini verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="150"/>
        <source>write a position like {examples}</source>
        <translation>mövqeyi belə yazın: {examples}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="151"/>
        <source>not a position MineDesk reads</source>
        <translation>MineDesk-in oxuduğu mövqe deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="152"/>
        <source>UTM zone {zone} is not 1..60</source>
        <translation>UTM zonası {zone} 1..60 deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="153"/>
        <source>{letter} after the UTM zone is neither a hemisphere (N, S) nor a latitude band (C..X without I and O)</source>
        <translation>UTM zonasından sonra {letter} nə yarımkürə (N, S), nə də en zolağıdır (I və O olmadan C..X)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="154"/>
        <source>easting {e} m is outside a UTM zone (100000..900000)</source>
        <translation>şərq koordinatı {e} m UTM zonasından kənardadır (100000..900000)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="155"/>
        <source>{text!r}: is S the latitude band or the southern hemisphere? As band S it is {value}, just outside band S (32°N-40°N); as the southern hemisphere {value2}</source>
        <translation>{text!r}: S enlik zolağıdır, yoxsa cənub yarımkürəsi? S zolağı kimi {value}, S zolağından (32°N-40°N) bir az kənarda; cənub yarımkürəsi kimi {value2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="156"/>
        <source>write the band letter of the position meant: {zone}{value3} {e_text} {n_text} or {zone}{value4} {e_text} {n_text}</source>
        <translation>nəzərdə tutulan mövqeyin zolaq hərfini yazın: {zone}{value3} {e_text} {n_text} və ya {zone}{value4} {e_text} {n_text}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="157"/>
        <source>northing {n} m is neither in band S (32°N-40°N) nor a position in the southern hemisphere of zone {zone}</source>
        <translation>şimal koordinatı {n} m nə S zolağındadır (32°N-40°N), nə də {zone} zonasının cənub yarımkürəsində mövqedir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="158"/>
        <source>an MGRS reference has at most two groups of digits (easting, northing)</source>
        <translation>MGRS istinadında ən çoxu iki rəqəm qrupu olur (şərq, şimal)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="159"/>
        <source>MGRS easting {e} and northing {n} must have as many digits</source>
        <translation>MGRS şərq {e} və şimal {n} koordinatlarında rəqəm sayı eyni olmalıdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="160"/>
        <source>MGRS digits {digits} are not 1 to 5 digits each for easting and northing</source>
        <translation>MGRS rəqəmləri {digits} şərq və şimal üçün hər biri 1-5 rəqəm deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="161"/>
        <source>not an MGRS square that exists: square {square} is not in band {band} of zone {zone} ({lat} is south of {south})</source>
        <translation>mövcud MGRS kvadratı deyil: {square} kvadratı {zone} zonasının {band} zolağında deyil ({lat} {south}-dan cənubdadır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="162"/>
        <source>Y={y} does not start with a Gauss-Krüger zone 4..32 (Pulkovo 1942, 6° zones: Y=8671357 is zone 8)</source>
        <translation>Y={y} Qauss-Krüger zonası 4..32 ilə başlamır (Pulkovo 1942, 6° zonalar: Y=8671357 zona 8-dir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="163"/>
        <source>Y={y} is outside Gauss-Krüger zone {zone} (its easting {easting:.0f} m should be 100000..900000 with the 500 km false easting)</source>
        <translation>Y={y} Qauss-Krüger {zone} zonasından kənardadır (500 km şərti şərq sürüşməsi ilə onun şərq koordinatı {easting:.0f} m 100000..900000 olmalıdır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="164"/>
        <source>X={x} is not a northing in the northern hemisphere</source>
        <translation>X={x} şimal yarımkürəsində şimal koordinatı deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="165"/>
        <source>X={x} Y={y} is not a position in Gauss-Krüger zone {zone}</source>
        <translation>X={x} Y={y} Qauss-Krüger {zone} zonasında mövqe deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="166"/>
        <source>more than one comma or semicolon; give latitude, then longitude</source>
        <translation>birdən çox vergül və ya nöqtəli vergül; əvvəl eni, sonra uzunluğu verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="167"/>
        <source>give a hemisphere letter on both the latitude and the longitude, or on neither</source>
        <translation>yarımkürə hərfini həm endə, həm uzunluqda verin, ya da heç birində</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="168"/>
        <source>a coordinate without a number</source>
        <translation>rəqəmsiz koordinat</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="169"/>
        <source>a sign on the minutes or seconds</source>
        <translation>dəqiqə və ya saniyədə işarə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="170"/>
        <source>both a minus sign and a hemisphere letter</source>
        <translation>həm mənfi işarəsi, həm yarımkürə hərfi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="171"/>
        <source>the latitude (N or S) comes first, then the longitude (E or W)</source>
        <translation>əvvəl en (N və ya S), sonra uzunluq (E və ya W) gəlir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="172"/>
        <source>latitude and longitude written in different forms</source>
        <translation>en və uzunluq müxtəlif formalarda yazılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="173"/>
        <source>latitude {value:g}° is over 90</source>
        <translation>en {value:g}° 90-dan çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="174"/>
        <source>longitude {value:g}° is over 180</source>
        <translation>uzunluq {value:g}° 180-dən çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="175"/>
        <source>a position is text, not {name}</source>
        <translation>mövqe mətndir, {name} deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="176"/>
        <source>an empty position</source>
        <translation>boş mövqe</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="177"/>
        <source>northing {n} m in zone {zone} is {where}, not in band {letter} ({south}-{north})</source>
        <translation>{zone} zonasında şimal koordinatı {n} m {where}-dədir, {letter} zolağında deyil ({south}-{north})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="178"/>
        <source>northing {n} m is not a position in zone {zone}N</source>
        <translation>şimal koordinatı {n} m {zone}N zonasında mövqe deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="179"/>
        <source>not an MGRS square that exists: {why}</source>
        <translation>mövcud MGRS kvadratı deyil: {why}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="180"/>
        <source>a hemisphere letter both before and after one coordinate</source>
        <translation>bir koordinatdan həm əvvəl, həm sonra yarımkürə hərfi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="181"/>
        <source>{t} is not part of a position</source>
        <translation>{t} mövqenin hissəsi deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="182"/>
        <source>more than degrees, minutes and seconds in one coordinate</source>
        <translation>bir koordinatda dərəcə, dəqiqə və saniyədən çox</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="183"/>
        <source>{value} has decimals but is followed by minutes or seconds</source>
        <translation>{value} onluq hissəlidir, lakin ardınca dəqiqə və ya saniyə gəlir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="184"/>
        <source>seconds {value} are 60 or more</source>
        <translation>saniyələr {value} 60 və ya daha çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="185"/>
        <source>outside the UTM grid</source>
        <translation>UTM şəbəkəsindən kənar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="186"/>
        <source>{t} is out of place (degrees °, then minutes &apos;, then seconds &quot;)</source>
        <translation>{t} yerində deyil (dərəcə °, sonra dəqiqə &apos;, sonra saniyə &quot;)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="187"/>
        <source>has no hazard {hazard_id!r}</source>
        <translation>{hazard_id!r} ərazisi yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="188"/>
        <source>check the id (minedesk tally PROJECT --per-hazard lists them)</source>
        <translation>ID-ni yoxlayın (minedesk tally PROJECT --per-hazard onları sadalayır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="189"/>
        <source>has no release {release_id!r}</source>
        <translation>{release_id!r} azad edilməsi yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="190"/>
        <source>check the id</source>
        <translation>ID-ni yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="191"/>
        <source>hazard {hazard_id} encloses no area</source>
        <translation>{hazard_id} ərazisi heç bir sahəni əhatə etmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="192"/>
        <source>redraw its shape in QGIS (minedesk check PROJECT shows what is wrong with it)</source>
        <translation>onun formasını QGIS-də yenidən çəkin (minedesk check PROJECT nəyin səhv olduğunu göstərir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="193"/>
        <source>tallies recomputed</source>
        <translation>hesablar yenidən aparılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="194"/>
        <source>after {why}</source>
        <translation>{why} sonra</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="195"/>
        <source>date: {why}; counted in no period</source>
        <translation>tarix: {why}; heç bir dövrə daxil edilməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="196"/>
        <source>{value!r}: not counted</source>
        <translation>{value!r}: hesablanmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="197"/>
        <source>{label_}: the shapes cannot be computed ({err})</source>
        <translation>{label_}: formalar hesablana bilmir ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="198"/>
        <source>check the hazard&apos;s shape (minedesk check PROJECT)</source>
        <translation>ərazinin formasını yoxlayın (minedesk check PROJECT)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="199"/>
        <source>{label_}: a shape has coordinates that are not numbers</source>
        <translation>{label_}: formanın ədəd olmayan koordinatları var</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="200"/>
        <source>check the coordinates</source>
        <translation>koordinatları yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="201"/>
        <source>{label_}: a new shape encloses no area</source>
        <translation>{label_}: yeni forma heç bir sahəni əhatə etmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="202"/>
        <source>draw at least three points around some ground</source>
        <translation>ərazinin ətrafında ən azı üç nöqtə çəkin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="203"/>
        <source>null geometry</source>
        <translation>boş (null) həndəsə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="204"/>
        <source>empty geometry</source>
        <translation>boş həndəsə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="205"/>
        <source>coordinates not finite</source>
        <translation>koordinatlar sonlu deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="206"/>
        <source>coordinates the CRS cannot convert</source>
        <translation>CRS-in çevirə bilmədiyi koordinatlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="207"/>
        <source>coordinates outside the CRS&apos;s area of use</source>
        <translation>CRS-in istifadə sahəsindən kənar koordinatlar</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="208"/>
        <source>invalid geometry repaired</source>
        <translation>yanlış həndəsə düzəldilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="209"/>
        <source>fewer than 3 distinct points</source>
        <translation>3-dən az fərqli nöqtə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="210"/>
        <source>repeated vertices removed</source>
        <translation>təkrarlanan təpə nöqtələri silinib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="211"/>
        <source>deleted record</source>
        <translation>silinmiş yazı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="212"/>
        <source>damaged record</source>
        <translation>zədələnmiş yazı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="213"/>
        <source>damaged value</source>
        <translation>zədələnmiş dəyər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="214"/>
        <source>text encoding guessed</source>
        <translation>mətn kodlaşdırması təxmin edilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="215"/>
        <source>duplicate hazard id</source>
        <translation>təkrarlanan ərazi ID-si</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="216"/>
        <source>unknown hazard id</source>
        <translation>naməlum ərazi ID-si</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="217"/>
        <source>release outside its hazard</source>
        <translation>öz ərazisindən kənarda olan azad edilmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="218"/>
        <source>release split between hazards</source>
        <translation>ərazilər arasında bölünmüş azad edilmə</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="219"/>
        <source>it names {value!r} but does not overlap it; no area counted</source>
        <translation>{value!r} ərazisini göstərir, lakin onunla kəsişmir; sahə hesablanmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="220"/>
        <source>not counted, nor its {lost} device(s)</source>
        <translation>hesablanmayıb, onun {lost} qurğusu da</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="221"/>
        <source>{hid!r} is not in the hazard layer; linked by location</source>
        <translation>{hid!r} ərazilər layında yoxdur; yerləşməyə görə əlaqələndirilib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="222"/>
        <source>simplified at {simplify_m:g} m the task order still lists {count:,} turning points, more than the {max_turning_points:,} a task order can carry</source>
        <translation>{simplify_m:g} m ilə sadələşdirildikdən sonra da tapşırıq əmrində {count:,} dönüş nöqtəsi var, bir əmrin daşıya biləcəyi {max_turning_points:,}-dən çox</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="223"/>
        <source>give a larger tolerance, or task fewer hazards</source>
        <translation>daha böyük dözümlülük verin və ya daha az ərazi tapşırın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="224"/>
        <source>The benchmark is {km:,.1f} km from the nearest hazard of this order, farther than {limit:g} km</source>
        <translation>Reper bu əmrin ən yaxın ərazisindən {km:,.1f} km aralıdır, {limit:g} km-dən uzaqdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="225"/>
        <source>unknown task order field(s): {items}</source>
        <translation>naməlum tapşırıq əmri sahə(lər)i: {items}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="226"/>
        <source>use one of: {items2}</source>
        <translation>bunlardan birini istifadə edin: {items2}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="227"/>
        <source>{simplify_m!r} is not a tolerance MineDesk uses</source>
        <translation>{simplify_m!r} MineDesk-in istifadə etdiyi dözümlülük deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="228"/>
        <source>give metres above 0 and up to 10000, e.g. --simplify 1</source>
        <translation>0-dan böyük və 10000-ə qədər metr verin, məs. --simplify 1</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="229"/>
        <source>the task order would list {count:,} turning points, more than the {max_turning_points:,} a task order can carry</source>
        <translation>tapşırıq əmrində {count:,} dönüş nöqtəsi olacaqdı, bir əmrin daşıya biləcəyi {max_turning_points:,}-dən çox</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="230"/>
        <source>simplify the outline for the document only (minedesk task-order --simplify METRES, e.g. 1; the window asks), or task fewer hazards</source>
        <translation>konturu yalnız sənəd üçün sadələşdirin (minedesk task-order --simplify METR, məs. 1; pəncərə soruşur) və ya daha az ərazi tapşırın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="231"/>
        <source>a task order needs at least one hazard</source>
        <translation>tapşırıq əmri üçün ən azı bir ərazi lazımdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="232"/>
        <source>choose or name the hazards to task</source>
        <translation>tapşırılacaq əraziləri seçin və ya adlandırın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="233"/>
        <source>{value!r} is not a distance MineDesk uses</source>
        <translation>{value!r} MineDesk-in istifadə etdiyi məsafə deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="234"/>
        <source>give metres above 0, e.g. --benchmark-within {default:g}</source>
        <translation>0-dan böyük metr verin, məsələn --benchmark-within {default:g}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="235"/>
        <source>hazard {hid} has no outline a task order or report can show (its coordinates cannot be placed, or it encloses no area; it is left out of the figures)</source>
        <translation>{hid} ərazisinin tapşırıq əmrində və ya hesabatda göstərilə bilən konturu yoxdur (koordinatları yerləşdirilə bilmir və ya heç bir sahəni əhatə etmir; hesablara daxil edilmir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="236"/>
        <source>fix its shape in QGIS (minedesk check shows what is wrong with it), or leave it out</source>
        <translation>onun formasını QGIS-də düzəldin (minedesk check nəyin səhv olduğunu göstərir) və ya onu çıxarın</translation>
    </message>
    <message>
        <source>Issuing authority</source>
        <translation type="vanished">Əmri verən orqan</translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="vanished">Tapşırıq</translation>
    </message>
    <message>
        <source>Tasked organisation</source>
        <translation type="vanished">Tapşırıq verilən təşkilat</translation>
    </message>
    <message>
        <source>Team(s)</source>
        <translation type="vanished">Qrup(lar)</translation>
    </message>
    <message>
        <source>Donor</source>
        <translation type="vanished">Donor</translation>
    </message>
    <message>
        <source>Type of task (minefield, battle area, spot task)</source>
        <translation type="vanished">Tapşırığın növü (mina sahəsi, döyüş ərazisi, nöqtəvi tapşırıq)</translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="vanished">Təhlükəli ərazilər</translation>
    </message>
    <message>
        <source>District / village</source>
        <translation type="vanished">Rayon / kənd</translation>
    </message>
    <message>
        <source>Benchmark (BM) position</source>
        <translation type="vanished">Reper (BM) mövqeyi</translation>
    </message>
    <message>
        <source>Geometry</source>
        <translation type="vanished">Həndəsə</translation>
    </message>
    <message>
        <source>Benchmark description</source>
        <translation type="vanished">Reperin təsviri</translation>
    </message>
    <message>
        <source>Reference point (RP) position</source>
        <translation type="vanished">İstinad nöqtəsinin (RP) mövqeyi</translation>
    </message>
    <message>
        <source>Reference point description</source>
        <translation type="vanished">İstinad nöqtəsinin təsviri</translation>
    </message>
    <message>
        <source>Start point (nearest turning point is TP 1)</source>
        <translation type="vanished">Başlanğıc nöqtəsi (ən yaxın dönüş nöqtəsi TP 1-dir)</translation>
    </message>
    <message>
        <source>Planned method (NTS, TS, manual, mechanical, MDD)</source>
        <translation type="vanished">Planlaşdırılan üsul (NTS, TS, əl ilə, mexaniki, MDD)</translation>
    </message>
    <message>
        <source>Parts to release</source>
        <translation type="vanished">Azad ediləcək hissələr</translation>
    </message>
    <message>
        <source>Clearance depth (cm)</source>
        <translation type="vanished">Təmizləmə dərinliyi (sm)</translation>
    </message>
    <message>
        <source>Expected threat (device categories, known models)</source>
        <translation type="vanished">Gözlənilən təhlükə (qurğu kateqoriyaları, məlum modellər)</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation type="vanished">Təhlükə</translation>
    </message>
    <message>
        <source>Evidence and its source</source>
        <translation type="vanished">Sübut və onun mənbəyi</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="vanished">Prioritet</translation>
    </message>
    <message>
        <source>Priority and land use</source>
        <translation type="vanished">Prioritet və torpaqdan istifadə</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation type="vanished">Benefisiarlar</translation>
    </message>
    <message>
        <source>Intended land use</source>
        <translation type="vanished">Torpaqdan nəzərdə tutulan istifadə</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation type="vanished">Planlaşdırılan başlanğıc</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="vanished">Tarixlər</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation type="vanished">Planlaşdırılan son</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="vanished">Son müddət</translation>
    </message>
    <message>
        <source>Reporting frequency</source>
        <translation type="vanished">Hesabat tezliyi</translation>
    </message>
    <message>
        <source>Access route</source>
        <translation type="vanished">Giriş yolu</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="vanished">Təhlükəsizlik</translation>
    </message>
    <message>
        <source>Control point</source>
        <translation type="vanished">Nəzarət məntəqəsi</translation>
    </message>
    <message>
        <source>Casualty evacuation (CASEVAC) plan</source>
        <translation type="vanished">Yaralıların təxliyəsi (CASEVAC) planı</translation>
    </message>
    <message>
        <source>Nearest medical facility</source>
        <translation type="vanished">Ən yaxın tibb müəssisəsi</translation>
    </message>
    <message>
        <source>Helicopter landing site</source>
        <translation type="vanished">Helikopter eniş meydançası</translation>
    </message>
    <message>
        <source>Demolition site</source>
        <translation type="vanished">Partlatma yeri</translation>
    </message>
    <message>
        <source>Marking</source>
        <translation type="vanished">Nişanlama</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation type="vanished">Akkreditasiya</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="vanished">Keyfiyyət</translation>
    </message>
    <message>
        <source>QA visits</source>
        <translation type="vanished">QA yoxlamaları</translation>
    </message>
    <message>
        <source>QC sampling</source>
        <translation type="vanished">QC nümunə götürmə</translation>
    </message>
    <message>
        <source>Inspecting body</source>
        <translation type="vanished">Yoxlayan orqan</translation>
    </message>
    <message>
        <source>Issued by (name, post)</source>
        <translation type="vanished">Verən (ad, vəzifə)</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation type="vanished">İmzalar</translation>
    </message>
    <message>
        <source>Received by (name, post)</source>
        <translation type="vanished">Qəbul edən (ad, vəzifə)</translation>
    </message>
    <message>
        <source>Distribution</source>
        <translation type="vanished">Paylanma</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="82"/>
        <source>zone {zone} is not 1..60</source>
        <translation>zona {zone} 1..60 deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="83"/>
        <source>band {band} is polar (UPS); UPS is not supported</source>
        <translation>{band} zolağı qütbdür (UPS); UPS dəstəklənmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="84"/>
        <source>{band} is not a latitude band (C..X, without I and O)</source>
        <translation>{band} en zolağı deyil (I və O olmadan C..X)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="85"/>
        <source>zone {zone}X does not exist (Svalbard is in 31X, 33X, 35X and 37X)</source>
        <translation>{zone}X zonası yoxdur (Şpitsbergen 31X, 33X, 35X və 37X-dədir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="86"/>
        <source>column letter {col} is not used in zone {zone} (only {first}..{last})</source>
        <translation>{col} sütun hərfi {zone} zonasında işlənmir (yalnız {first}..{last})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="87"/>
        <source>row letter {row} is not an MGRS row letter (A..V, without I and O)</source>
        <translation>{row} sətir hərfi MGRS sətir hərfi deyil (I və O olmadan A..V)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="88"/>
        <source>more than 5 digits each for easting and northing</source>
        <translation>şərq və şimal üçün hər biri 5 rəqəmdən çox</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="89"/>
        <source>square {square} is not in band {band} of zone {zone}</source>
        <translation>{square} kvadratı {zone} zonasının {band} zolağında deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="90"/>
        <source>easting and northing must have as many digits</source>
        <translation>şərq və şimal koordinatlarında rəqəm sayı eyni olmalıdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="91"/>
        <source>an odd number of digits</source>
        <translation>tək sayda rəqəm</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="237"/>
        <source>a NaN or infinite coordinate; skipped</source>
        <translation>NaN və ya sonsuz koordinat; buraxılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="238"/>
        <source>x {value:.10g}, y {value2:.10g} {where} (a typo, or the wrong CRS); skipped</source>
        <translation>x {value:.10g}, y {value2:.10g} {where} (yazı səhvi və ya yanlış CRS); buraxılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="239"/>
        <source>x {value:.10g}, y {value2:.10g} is at longitude {value3:.2f}, latitude {value4:.2f}, far from where {name} is used (a typo, or the wrong CRS); skipped</source>
        <translation>x {value:.10g}, y {value2:.10g} uzunluq {value3:.2f}, enlik {value4:.2f} nöqtəsindədir, {name} istifadə olunan yerdən uzaqda (yazı səhvi və ya yanlış CRS); buraxılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="240"/>
        <source>skipped: a ring of fewer than 3 distinct points</source>
        <translation>buraxılıb: 3-dən az fərqli nöqtədən ibarət halqa</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="241"/>
        <source>{value} removed</source>
        <translation>{value} silinib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="242"/>
        <source>is not a longitude/latitude on Earth</source>
        <translation>Yer üzərində uzunluq/enlik deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="243"/>
        <source>is no place {name} can convert to longitude/latitude</source>
        <translation>{name} sisteminin uzunluq/enliyə çevirə biləcəyi yer deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="244"/>
        <source>skipped: encloses no area</source>
        <translation>buraxılıb: heç bir sahəni əhatə etmir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="245"/>
        <source>{value}; all enclosed area kept</source>
        <translation>{value}; əhatə olunan bütün sahə saxlanılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="246"/>
        <source>give a whole number from 0 to {max:,}</source>
        <translation>0-dan {max:,}-ə qədər tam ədəd yazın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="247"/>
        <source>write it as {formats}</source>
        <translation>belə yazın: {formats}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="248"/>
        <source>{text!r} is not a date MineDesk reads ({date_formats})</source>
        <translation>{text!r} MineDesk-in oxuduğu tarix deyil ({date_formats})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="249"/>
        <source>{shown} is more than {max_devices:,}, the most one release can record</source>
        <translation>{shown} bir azad edilmənin qeyd edə biləcəyi maksimumdan ({max_devices:,}) çoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="250"/>
        <source>{text!r} is not a date: there is no month {month}</source>
        <translation>{text!r} tarix deyil: {month}-ci ay yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="251"/>
        <source>{text!r} is not a plausible date: the year {year} is outside {first_year}-{last_year}</source>
        <translation>{text!r} inandırıcı tarix deyil: {year} ili {first_year}-{last_year} aralığından kənardadır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="252"/>
        <source>{text!r} is not a date: {value} {year} has no day {day}</source>
        <translation>{text!r} tarix deyil: {year} {value} ayında {day} günü yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="253"/>
        <source>{text!r} is not a date: its time {value} does not exist</source>
        <translation>{text!r} tarix deyil: {value} vaxtı mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="254"/>
        <source>{text!r} is a year without a month and a day, which no period can hold</source>
        <translation>{text!r} ay və günü olmayan ildir, heç bir dövrə daxil edilə bilməz</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="255"/>
        <source>{value!r} is not a date</source>
        <translation>{value!r} tarix deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="256"/>
        <source>the period ends ({end}) before it starts ({start})</source>
        <translation>dövr ({end}) başlamazdan ({start}) əvvəl bitir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="257"/>
        <source>choose an end on or after the start</source>
        <translation>başlanğıcdan sonra və ya həmin gün bitən tarix seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="258"/>
        <source>{shown} is a no-data marker: the count is unknown</source>
        <translation>{shown} məlumat yoxluğu işarəsidir: say məlum deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="259"/>
        <source>{shown} is negative: not a count</source>
        <translation>{shown} mənfidir: say deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="260"/>
        <source>{shown} is not a whole number</source>
        <translation>{shown} tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="261"/>
        <source>{value!r} is not a plausible date: the year {year} is outside {first_year}-{last_year}</source>
        <translation>{value!r} inandırıcı tarix deyil: {year} ili {first_year}-{last_year} aralığından kənardadır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="262"/>
        <source>{value!r} is not a date MineDesk reads ({date_formats})</source>
        <translation>{value!r} MineDesk-in oxuduğu tarix deyil ({date_formats})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="263"/>
        <source>{value!r} is a yes/no value, not a count</source>
        <translation>{value!r} bəli/xeyr dəyəridir, say deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="264"/>
        <source>{shown} is not a count</source>
        <translation>{shown} say deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="265"/>
        <source>{value!r} is not a number</source>
        <translation>{value!r} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="266"/>
        <source>{text!r} is not a number</source>
        <translation>{text!r} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="267"/>
        <source>is not a project name ({value})</source>
        <translation>layihə adı deyil ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="268"/>
        <source>a project is one GeoPackage: end the name with .gpkg (export writes other formats)</source>
        <translation>layihə bir GeoPackage-dir: adı .gpkg ilə bitirin (ixrac başqa formatlar yazır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="269"/>
        <source>is a file, not a project: it is shown read-only</source>
        <translation>layihə deyil, fayldır: yalnız oxumaq üçün göstərilir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="270"/>
        <source>make a project of it (File &gt; Make project) to record releases</source>
        <translation>azad edilmələri qeyd etmək üçün ondan layihə yaradın (Fayl &gt; Layihə yarat)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="271"/>
        <source>is not a format export writes ({value})</source>
        <translation>ixracın yazdığı format deyil ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="272"/>
        <source>end the name with .gpkg, .shp, .geojson or .csv</source>
        <translation>adı .gpkg, .shp, .geojson və ya .csv ilə bitirin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="273"/>
        <source>stored as {new}</source>
        <translation>{new} kimi saxlanılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="274"/>
        <source>{rid} on {hazard_id}</source>
        <translation>{hazard_id} üzərində {rid}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="275"/>
        <source>cannot be read ({value})</source>
        <translation>oxuna bilmir ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="276"/>
        <source>check the file, or copy it again</source>
        <translation>faylı yoxlayın və ya onu yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="277"/>
        <source>has no layer {layer_!r} (it holds {items})</source>
        <translation>{layer_!r} layı yoxdur (içindəkilər: {items})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="278"/>
        <source>choose one with --layer NAME</source>
        <translation>birini --layer AD ilə seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="279"/>
        <source>is not read with its shapefile: GDAL looks only for {name} or {stem}.{value}</source>
        <translation>öz shapefile-ı ilə oxunmur: GDAL yalnız {name} və ya {stem}.{value} axtarır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="280"/>
        <source>rename it to {name}</source>
        <translation>onun adını {name} edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="281"/>
        <source>holds several layers ({names})</source>
        <translation>bir neçə lay saxlayır ({names})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="282"/>
        <source>cannot be read ({text})</source>
        <translation>oxuna bilmir ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="283"/>
        <source>copy it again from its source or export it again</source>
        <translation>onu mənbəyindən yenidən köçürün və ya yenidən ixrac edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="284"/>
        <source>cannot be read (permission denied)</source>
        <translation>oxuna bilmir (icazə yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="285"/>
        <source>ask for read access to it (and its folder), or copy it somewhere you can read</source>
        <translation>ona (və qovluğuna) oxumaq icazəsi istəyin və ya onu oxuya biləcəyiniz yerə köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="286"/>
        <source>holds several layers named {layer_!r} ({items})</source>
        <translation>{layer_!r} adlı bir neçə lay saxlayır ({items})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="287"/>
        <source>choose one by its path in the archive, e.g. --layer {value}</source>
        <translation>birini arxivdəki yolu ilə seçin, məs. --layer {value}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="288"/>
        <source>shapefile index (.shx)</source>
        <translation>shapefile indeksi (.shx)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="289"/>
        <source>shapefile</source>
        <translation>shapefile</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="290"/>
        <source>is empty, not a valid {what}</source>
        <translation>boşdur, düzgün {what} deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="291"/>
        <source>copy it again from its source</source>
        <translation>onu mənbəyindən yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="292"/>
        <source>is not a valid {what} (only {size} bytes, no complete header)</source>
        <translation>düzgün {what} deyil (cəmi {size} bayt, tam başlıq yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="293"/>
        <source>is not a valid {what} (bad header: {kind_})</source>
        <translation>düzgün {what} deyil (pis başlıq: {kind_})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="294"/>
        <source>is not a valid {what} (bad header: version {version}, shape type {shape_type})</source>
        <translation>düzgün {what} deyil (pis başlıq: versiya {version}, forma növü {shape_type})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="295"/>
        <source>copy the complete .shx again from its source</source>
        <translation>tam .shx faylını mənbəyindən yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="296"/>
        <source>is not a valid shapefile (bad header)</source>
        <translation>düzgün shapefile deyil (pis başlıq)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="297"/>
        <source>is truncated ({shp_size} of {declared} bytes)</source>
        <translation>kəsilib ({declared} baytdan {shp_size})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="298"/>
        <source>copy the complete file again from its source</source>
        <translation>tam faylı mənbəyindən yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="299"/>
        <source>is corrupt: its header says {declared:,} bytes, its records run to {value:,}</source>
        <translation>zədələnib: başlığı {declared:,} bayt deyir, yazıları {value:,}-ə qədər gedir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="300"/>
        <source>is not a dBASE attribute table (only {size} bytes)</source>
        <translation>dBASE atribut cədvəli deyil (cəmi {size} bayt)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="301"/>
        <source>copy the .dbf that belongs with the .shp again from its source</source>
        <translation>.shp ilə birlikdə olan .dbf faylını mənbəyindən yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="302"/>
        <source>is truncated ({size:,} of {value:,} bytes)</source>
        <translation>kəsilib ({value:,} baytdan {size:,})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="303"/>
        <source>is not a dBASE attribute table (bad header)</source>
        <translation>dBASE atribut cədvəli deyil (pis başlıq)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="304"/>
        <source>is not a dBASE attribute table (its fields take {widths} bytes a record, its header says {record_len})</source>
        <translation>dBASE atribut cədvəli deyil (sahələri yazı başına {widths} bayt tutur, başlığı {record_len} deyir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="305"/>
        <source>holds {count:,} records but the .shp holds {nrec:,}</source>
        <translation>{count:,} yazı saxlayır, .shp isə {nrec:,}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="306"/>
        <source>the attribute table does not belong with these shapes: {again}</source>
        <translation>atribut cədvəli bu formalara aid deyil: {again}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="307"/>
        <source>is truncated ({size:,} of {expected:,} bytes)</source>
        <translation>kəsilib ({expected:,} baytdan {size:,})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="308"/>
        <source>holds {kind_}, not polygons</source>
        <translation>poliqon deyil, {kind_} saxlayır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="309"/>
        <source>is not valid GeoJSON ({text})</source>
        <translation>düzgün GeoJSON deyil ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="310"/>
        <source>check the file is complete, or export it again</source>
        <translation>faylın tam olduğunu yoxlayın və ya onu yenidən ixrac edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="311"/>
        <source>is corrupt or not a GeoPackage (not an SQLite database)</source>
        <translation>zədələnib və ya GeoPackage deyil (SQLite verilənlər bazası deyil)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="312"/>
        <source>is corrupt or not a GIS file GDAL can read</source>
        <translation>zədələnib və ya GDAL-ın oxuya bildiyi CİS faylı deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="313"/>
        <source>cannot open the layer ({text})</source>
        <translation>layı açmaq olmur ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="314"/>
        <source>check the name given with --layer</source>
        <translation>--layer ilə verilən adı yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="315"/>
        <source>{text!r} is not a coordinate reference system PROJ knows ({err})</source>
        <translation>{text!r} PROJ-un tanıdığı koordinat sistemi deyil ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="316"/>
        <source>give an EPSG code such as EPSG:32638 or EPSG:4326</source>
        <translation>EPSG:32638 və ya EPSG:4326 kimi EPSG kodu verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="317"/>
        <source>names a coordinate reference system ({name}) PROJ cannot convert to longitude/latitude ({err})</source>
        <translation>PROJ-un uzunluq/enliyə çevirə bilmədiyi koordinat sistemini ({name}) göstərir ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="318"/>
        <source>correct its .prj, or give the right one with --crs, e.g. --crs EPSG:32638</source>
        <translation>onun .prj faylını düzəldin və ya düzgününü --crs ilə verin, məs. --crs EPSG:32638</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="319"/>
        <source>is a folder</source>
        <translation>qovluqdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="320"/>
        <source>give a .shp, .zip, .gpkg or .geojson file inside it</source>
        <translation>onun içindəki .shp, .zip, .gpkg və ya .geojson faylını verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="321"/>
        <source>is not a file type MineDesk reads ({value})</source>
        <translation>MineDesk-in oxuduğu fayl növü deyil ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="322"/>
        <source>give a shapefile (.shp or .zip), a GeoPackage (.gpkg) or GeoJSON</source>
        <translation>shapefile (.shp və ya .zip), GeoPackage (.gpkg) və ya GeoJSON verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="323"/>
        <source>holds no shapefile</source>
        <translation>shapefile saxlamır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="324"/>
        <source>zip the .shp with its .shx, .dbf and .prj</source>
        <translation>.shp faylını .shx, .dbf və .prj ilə birlikdə arxivləyin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="325"/>
        <source>holds several layers ({items})</source>
        <translation>bir neçə lay saxlayır ({items})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="326"/>
        <source>is corrupt: {bad} of {nrec} index entries point into the header or to no record (a zero-filled or damaged index)</source>
        <translation>zədələnib: {nrec} indeks qeydindən {bad} başlığa və ya heç bir yazıya göstərmir (sıfırlarla dolmuş və ya zədələnmiş indeks)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="327"/>
        <source>copy the .shx that belongs with the .shp again from its source</source>
        <translation>.shp ilə birlikdə olan .shx faylını mənbəyindən yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="328"/>
        <source>is truncated: {lost} of {nrec} records lie past the end of the file ({shp_size} of {value} bytes)</source>
        <translation>kəsilib: {nrec} yazıdan {lost} faylın sonundan kənardadır ({value} baytdan {shp_size})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="329"/>
        <source>is not a dBASE attribute table (field {value} ({name}) has type byte {kind_:#04x}, no dBASE field type)</source>
        <translation>dBASE atribut cədvəli deyil ({value} sahəsinin ({name}) növ baytı {kind_:#04x}-dir, dBASE sahə növü deyil)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="330"/>
        <source>text cannot be decoded ({message_})</source>
        <translation>mətn deşifrə edilə bilmir ({message_})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="331"/>
        <source>add a .cpg file naming the encoding, or pass --encoding (e.g. cp1251)</source>
        <translation>kodlaşdırmanı göstərən .cpg faylı əlavə edin və ya --encoding verin (məs. cp1251)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="332"/>
        <source>text is not in the encoding it declares ({encoding}: {reason})</source>
        <translation>mətn bəyan etdiyi kodlaşdırmada deyil ({encoding}: {reason})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="333"/>
        <source>pass --encoding with the right one (e.g. cp1251, cp1254) or fix the .cpg file</source>
        <translation>düzgün kodlaşdırmanı --encoding ilə verin (məs. cp1251, cp1254) və ya .cpg faylını düzəldin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="334"/>
        <source>GDAL warning</source>
        <translation>GDAL xəbərdarlığı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="335"/>
        <source>no .cpg file says how the text is encoded, read as {value}; if names look wrong pass --encoding (cp1251 for Cyrillic, cp1254 for Azerbaijani Latin)</source>
        <translation>mətnin kodlaşdırmasını göstərən .cpg faylı yoxdur, {value} kimi oxunub; adlar səhv görünürsə --encoding verin (kiril üçün cp1251, Azərbaycan latın əlifbası üçün cp1254)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="336"/>
        <source>check the path</source>
        <translation>yolu yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="337"/>
        <source>no such file (a folder on its path is a file)</source>
        <translation>belə fayl yoxdur (yolundakı qovluqlardan biri fayldır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="338"/>
        <source>is not a readable zip archive ({err})</source>
        <translation>oxuna bilən zip arxivi deyil ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="339"/>
        <source>copy the archive again from its source</source>
        <translation>arxivi mənbəyindən yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="340"/>
        <source>cannot be unpacked ({err})</source>
        <translation>açıla bilmir ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="341"/>
        <source>copy the archive again from its source, or zip the files again (without a password)</source>
        <translation>arxivi mənbəyindən yenidən köçürün və ya faylları yenidən (parolsuz) arxivləyin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="342"/>
        <source>would expand from {packed:,} to {size:,} bytes ({ratio:,.0f} times), more than real data ever does (a zip bomb, or padding); refused unread</source>
        <translation>{packed:,} baytdan {size:,} bayta ({ratio:,.0f} dəfə) açılardı, real məlumatlardan çox (zip bombası və ya doldurma); oxunmadan rədd edildi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="343"/>
        <source>copy the archive again from its source, or unpack it yourself if you trust it</source>
        <translation>arxivi mənbəyindən yenidən köçürün və ya ona etibar edirsinizsə, özünüz açın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="344"/>
        <source>its {ext} file (the {what}) is missing</source>
        <translation>onun {ext} faylı ({what}) yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="345"/>
        <source>copy the {ext} that belongs with the .shp into the same place</source>
        <translation>.shp ilə birlikdə olan {ext} faylını eyni yerə köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="346"/>
        <source>record {value} is flagged deleted in the .dbf: GDAL (and QGIS) skip it, so its shape is not counted</source>
        <translation>{value} yazısı .dbf-də silinmiş kimi işarələnib: GDAL (və QGIS) onu buraxır, ona görə forması hesablanmır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="347"/>
        <source>record {value} has deletion flag {value2:#04x} (neither &apos; &apos; nor &apos;*&apos;): the .dbf is damaged there</source>
        <translation>{value} yazısının silinmə bayrağı {value2:#04x}-dir (nə &apos; &apos;, nə də &apos;*&apos;): .dbf orada zədələnib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="348"/>
        <source>its crs member names {value!r}, a coordinate reference system PROJ does not know</source>
        <translation>onun crs üzvü PROJ-un tanımadığı {value!r} koordinat sistemini göstərir</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="349"/>
        <source>correct the crs member (e.g. urn:ogc:def:crs:EPSG::32638), or pass --crs with the right one</source>
        <translation>crs üzvünü düzəldin (məs. urn:ogc:def:crs:EPSG::32638) və ya düzgününü --crs ilə verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="350"/>
        <source>copy it again</source>
        <translation>onu yenidən köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="351"/>
        <source>has no coordinate reference system (no .prj)</source>
        <translation>koordinat sistemi yoxdur (.prj yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="352"/>
        <source>pass --crs with the right one, e.g. --crs EPSG:32638 for UTM 38N</source>
        <translation>düzgününü --crs ilə verin, məs. UTM 38N üçün --crs EPSG:32638</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="353"/>
        <source>index</source>
        <translation>indeks</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="354"/>
        <source>attribute table</source>
        <translation>atribut cədvəli</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="355"/>
        <source>record {value}, field {name}: {raw!r} is not a {value2} (the .dbf is damaged there; GDAL reads what it can)</source>
        <translation>{value} yazısı, {name} sahəsi: {raw!r} {value2} deyil (.dbf orada zədələnib; GDAL bacardığını oxuyur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="356"/>
        <source>field {name}: {value:,} more damaged cells</source>
        <translation>{name} sahəsi: daha {value:,} zədələnmiş xana</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="357"/>
        <source>cannot be written ({reason})</source>
        <translation>yazıla bilmir ({reason})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="358"/>
        <source>check the folder is writable and has room, or choose another folder</source>
        <translation>qovluğa yazmaq olduğunu və yer olduğunu yoxlayın və ya başqa qovluq seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="359"/>
        <source>is not a name for {what} (it ends {value})</source>
        <translation>{what} üçün ad deyil ({value} ilə bitir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="360"/>
        <source>end it with {items}</source>
        <translation>onu {items} ilə bitirin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="361"/>
        <source>is named twice as an output</source>
        <translation>nəticə kimi iki dəfə adlandırılıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="362"/>
        <source>give each output its own name</source>
        <translation>hər nəticəyə öz adını verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="363"/>
        <source>is a folder, not a file name</source>
        <translation>fayl adı deyil, qovluqdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="364"/>
        <source>give the name of a file inside it</source>
        <translation>onun içindəki faylın adını verin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="365"/>
        <source>folder does not exist</source>
        <translation>qovluq mövcud deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="366"/>
        <source>create it first, or choose another folder</source>
        <translation>əvvəlcə onu yaradın və ya başqa qovluq seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="367"/>
        <source>{parent} is not a folder</source>
        <translation>{parent} qovluq deyil</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="368"/>
        <source>choose a file name in a folder</source>
        <translation>qovluqda fayl adı seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="369"/>
        <source>already exists and is a MineDesk project (or a file kept beside one)</source>
        <translation>artıq mövcuddur və MineDesk layihəsidir (və ya onun yanında saxlanılan fayl)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="370"/>
        <source>MineDesk never writes over a project, even with --overwrite; choose another name</source>
        <translation>MineDesk heç vaxt layihənin üzərinə yazmır, hətta --overwrite ilə də; başqa ad seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="371"/>
        <source>is one of this command&apos;s inputs{same}</source>
        <translation>bu əmrin giriş fayllarından biridir{same}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="372"/>
        <source>MineDesk never writes over its inputs; choose another name</source>
        <translation>MineDesk heç vaxt giriş fayllarının üzərinə yazmır; başqa ad seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="373"/>
        <source>already exists</source>
        <translation>artıq mövcuddur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="374"/>
        <source>give {option} to replace it, or choose another name</source>
        <translation>onu əvəz etmək üçün {option} verin və ya başqa ad seçin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="375"/>
        <source>cannot be used as a project ({text})</source>
        <translation>layihə kimi istifadə edilə bilmir ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="376"/>
        <source>restore it from a copy (or repair it in QGIS); MineDesk changed nothing</source>
        <translation>onu surətdən bərpa edin (və ya QGIS-də düzəldin); MineDesk heç nəyi dəyişməyib</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="377"/>
        <source>is not a MineDesk project (no minedesk_meta table)</source>
        <translation>MineDesk layihəsi deyil (minedesk_meta cədvəli yoxdur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="378"/>
        <source>make one from it with: minedesk import FILE -o PROJECT.gpkg</source>
        <translation>ondan belə layihə yaradın: minedesk import FILE -o PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="379"/>
        <source>holds a half-written change ({name}-journal) left by a program that stopped, and only someone who may write to the file and its folder can undo it</source>
        <translation>dayanmış proqramın qoyduğu yarımçıq dəyişikliyi ({name}-journal) saxlayır və onu yalnız fayla və qovluğuna yaza bilən şəxs geri qaytara bilər</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="380"/>
        <source>open it once with write access (as its owner, say); until then it cannot be read safely</source>
        <translation>onu bir dəfə yazmaq icazəsi ilə açın (məsələn, sahibi kimi); o vaxta qədər onu təhlükəsiz oxumaq olmur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="381"/>
        <source>is read-only: nothing was written</source>
        <translation>yalnız oxumaq üçündür: heç nə yazılmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="382"/>
        <source>it opens read-only for reading (tally, export, history, the window); to edit it, ask for write access to the file and its folder, or copy it to a folder you can write to</source>
        <translation>oxumaq üçün yalnız oxuma rejimində açılır (hesab, ixrac, tarixçə, pəncərə); redaktə etmək üçün fayla və qovluğuna yazmaq icazəsi istəyin və ya onu yaza biləcəyiniz qovluğa köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="383"/>
        <source>cannot be written: the disk is full; nothing was written</source>
        <translation>yazıla bilmir: disk doludur; heç nə yazılmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="384"/>
        <source>free some space and do it again</source>
        <translation>bir az yer boşaldın və yenidən edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="385"/>
        <source>is busy: another program kept it locked for 15 seconds; nothing was written</source>
        <translation>məşğuldur: başqa proqram onu 15 saniyə kilidli saxladı; heç nə yazılmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="386"/>
        <source>try again when that program is done</source>
        <translation>həmin proqram işini bitirəndə yenidən cəhd edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="387"/>
        <source>cannot be opened ({text})</source>
        <translation>açıla bilmir ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="388"/>
        <source>check that it is there and that you may read it</source>
        <translation>onun orada olduğunu və onu oxuya bildiyinizi yoxlayın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="389"/>
        <source>cannot be read or written ({text}); nothing was written</source>
        <translation>oxuna və ya yazıla bilmir ({text}); heç nə yazılmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="390"/>
        <source>check the disk or the network folder, then try again</source>
        <translation>diski və ya şəbəkə qovluğunu yoxlayın, sonra yenidən cəhd edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="391"/>
        <source>is damaged ({text})</source>
        <translation>zədələnib ({text})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="392"/>
        <source>is not a GeoPackage (not an SQLite database: damaged or another kind of file)</source>
        <translation>GeoPackage deyil (SQLite verilənlər bazası deyil: zədələnib və ya başqa növ fayldır)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="393"/>
        <source>is read-only (you may not write to the file, or the disk is read-only)</source>
        <translation>yalnız oxumaq üçündür (fayla yaza bilməzsiniz və ya disk yalnız oxumaq üçündür)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="394"/>
        <source>is read-only: you may not write to its folder, where the edit journal and the lock file go</source>
        <translation>yalnız oxumaq üçündür: redaktə jurnalının və kilid faylının yerləşdiyi qovluğa yaza bilməzsiniz</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="395"/>
        <source>has {links} names (hard links), so it opens read-only: an edit cut off by a crash could not be rolled back through its other names</source>
        <translation>{links} adı var (sərt keçidlər), ona görə yalnız oxumaq üçün açılır: qəza ilə kəsilmiş dəyişiklik digər adları ilə geri qaytarıla bilməzdi</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="396"/>
        <source>to edit it, copy it (cp, not ln) and open the copy, or remove its other links</source>
        <translation>redaktə etmək üçün onu köçürün (ln deyil, cp) və surəti açın və ya digər keçidlərini silin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="397"/>
        <source>choose another name, or delete or rename the old project first</source>
        <translation>başqa ad seçin və ya əvvəlcə köhnə layihəni silin və ya adını dəyişin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="398"/>
        <source>holds a half-written change ({name}-journal) left by another program that stopped</source>
        <translation>dayanmış başqa proqramın qoyduğu yarımçıq dəyişikliyi ({name}-journal) saxlayır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="399"/>
        <source>open it once in that program (QGIS, say) so that it rolls the change back, or restore it from a copy</source>
        <translation>dəyişikliyi geri qaytarması üçün onu həmin proqramda (məsələn, QGIS-də) bir dəfə açın və ya surətdən bərpa edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="400"/>
        <source>ask for read access to it, or copy it somewhere you can read it</source>
        <translation>ona oxumaq icazəsi istəyin və ya onu oxuya biləcəyiniz yerə köçürün</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="401"/>
        <source>is damaged (its table of tables cannot be read)</source>
        <translation>zədələnib (cədvəllər cədvəli oxuna bilmir)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="402"/>
        <source>restore it from a copy; MineDesk left it as it is</source>
        <translation>onu surətdən bərpa edin; MineDesk onu olduğu kimi saxladı</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="403"/>
        <source>no such project</source>
        <translation>belə layihə yoxdur</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="404"/>
        <source>make one with: minedesk import HAZARDS -o PROJECT.gpkg</source>
        <translation>belə yaradın: minedesk import HAZARDS -o PROJECT.gpkg</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="405"/>
        <source>is open read-only</source>
        <translation>yalnız oxumaq üçün açıqdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="406"/>
        <source>open it for editing to change it</source>
        <translation>dəyişmək üçün onu redaktə üçün açın</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="407"/>
        <source>cannot be edited: its lock file {name} cannot be made ({value})</source>
        <translation>redaktə edilə bilmir: onun {name} kilid faylı yaradıla bilmir ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="408"/>
        <source>is open for editing in {holder}</source>
        <translation>{holder} tərəfindən redaktə üçün açıqdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="409"/>
        <source>close it there first (the lock ends when that program closes the project or stops, even by a crash; the empty .lock file beside the project is not itself a lock and may stay); reading it (tally, history, export) works meanwhile</source>
        <translation>əvvəlcə onu orada bağlayın (kilid həmin proqram layihəni bağlayanda və ya dayananda, hətta qəza ilə də, bitir; layihənin yanındakı boş .lock faylı kilid deyil və qala bilər); bu vaxt onu oxumaq (hesab, tarixçə, ixrac) mümkündür</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="410"/>
        <source>is open for editing in another program, under another of its names (a link to the same file)</source>
        <translation>başqa proqramda, digər adı ilə (eyni fayla keçid) redaktə üçün açıqdır</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="411"/>
        <source>is damaged: it {problem_}</source>
        <translation>zədələnib: {problem_}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="412"/>
        <source>was made by a newer MineDesk (project schema {version}, this one reads up to {schema_version})</source>
        <translation>daha yeni MineDesk ilə yaradılıb (layihə sxemi {version}, bu versiya {schema_version}-ə qədər oxuyur)</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="413"/>
        <source>update MineDesk to open it</source>
        <translation>onu açmaq üçün MineDesk-i yeniləyin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="414"/>
        <source>is damaged: it {srs}</source>
        <translation>zədələnib: {srs}</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="415"/>
        <source>cannot be edited ({value})</source>
        <translation>redaktə edilə bilmir ({value})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="416"/>
        <source>is damaged: its audit log entry {value} cannot be read ({err})</source>
        <translation>zədələnib: onun audit jurnalındakı {value} qeydi oxuna bilmir ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="417"/>
        <source>restore it from a copy; the features themselves are not affected</source>
        <translation>onu surətdən bərpa edin; obyektlərin özlərinə təsir olmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="418"/>
        <source>was changed by another program since it was opened here; nothing was written</source>
        <translation>burada açılandan bəri başqa proqram tərəfindən dəyişdirilib; heç nə yazılmayıb</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="419"/>
        <source>reopen it to see that change, then do this again</source>
        <translation>həmin dəyişikliyi görmək üçün onu yenidən açın, sonra bunu təkrar edin</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="420"/>
        <source>is damaged: the geometry of {table} feature {fid} cannot be read ({err})</source>
        <translation>zədələnib: {table} cədvəlindəki {fid} obyektinin həndəsəsi oxuna bilmir ({err})</translation>
    </message>
    <message>
        <location filename="../../src/minedesk/app/core_messages.py" line="421"/>
        <source>fix or delete that feature in QGIS, or restore the project from a copy</source>
        <translation>həmin obyekti QGIS-də düzəldin və ya silin, yaxud layihəni surətdən bərpa edin</translation>
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
    <name>units</name>
    <message>
        <location filename="../../src/minedesk/app/messages.py" line="39"/>
        <source>ha</source>
        <comment>hectares, the unit of every figure</comment>
        <translation>ha</translation>
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
