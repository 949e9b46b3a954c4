<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>BoardReport</name>
    <message>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
    <message>
        <source>Youth Justice Service: performance report for the management board</source>
        <translation>Gwasanaeth Cyfiawnder Ieuenctid: adroddiad perfformiad ar gyfer y bwrdd rheoli</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Gweithiwr arweiniol</translation>
    </message>
    <message>
        <source>Overdue work and YJB indicators as at</source>
        <translation>Gwaith hwyr a dangosyddion YJB fel yr oeddent ar</translation>
    </message>
    <message>
        <source>Figures read from the store</source>
        <translation>Ffigurau a ddarllenwyd o&apos;r storfa</translation>
    </message>
    <message>
        <source>Report date</source>
        <translation>Dyddiad yr adroddiad</translation>
    </message>
    <message>
        <source>Small numbers: counts of 1 to 4 are shown as &quot;&lt;5&quot;, and no percentage, share or rate is worked out from them; a total that would reveal one is left out. The figures describe the young people this service&apos;s store holds for the scope above.</source>
        <translation>Niferoedd bach: dangosir niferoedd o 1 i 4 fel &quot;&lt;5&quot;, ac ni chaiff canran, cyfran na chyfradd ei chyfrifo ohonynt; hepgorir unrhyw gyfanswm a fyddai&apos;n datgelu un. Mae&apos;r ffigurau&apos;n disgrifio&apos;r bobl ifanc sydd yn storfa&apos;r gwasanaeth hwn ar gyfer y cwmpas uchod.</translation>
    </message>
    <message>
        <source>The 10–17 population figures used for disproportionality are Trellis&apos;s example values, not this area&apos;s: population shares and relative rates are illustrations only.</source>
        <translation>Gwerthoedd enghreifftiol Trellis yw&apos;r ffigurau poblogaeth 10–17 a ddefnyddir ar gyfer anghymesuredd, nid rhai&apos;r ardal hon: enghreifftiau yn unig yw&apos;r cyfrannau poblogaeth a&apos;r cyfraddau cymharol.</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>(p): provisional, the follow-up time has not yet run its course. Change: the latest year against the one before (percentages in percentage points).</source>
        <translation>(p): dros dro, nid yw&apos;r cyfnod dilynol wedi dod i ben eto. Newid: y flwyddyn ddiweddaraf o&apos;i chymharu â&apos;r un cynt (canrannau mewn pwyntiau canran).</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Fel yr oedd ar %1</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Allan o</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Grŵp ethnig</translation>
    </message>
    <message>
        <source>Pop. 10–17</source>
        <translation>Poblogaeth 10–17</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Cyfran</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>RRI</source>
        <translation>RRI</translation>
    </message>
    <message>
        <source>FTE</source>
        <translation>FTE</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Dalfa</translation>
    </message>
    <message>
        <source>Caseload: open young people as at today. FTE (first-time entrants) and custody: in the period. Shares are of young people with a stated ethnicity. RRI (relative rate index): the group&apos;s rate per 10–17 population divided by the rate for White children.</source>
        <translation type="unfinished">Llwyth achosion: pobl ifanc ag achos agored fel y maent heddiw. FTE (newydd-ddyfodiaid) a dalfa: yn ystod y cyfnod. Cyfrannau o blith y bobl ifanc y mae eu hethnigrwydd wedi&apos;i nodi yw&apos;r cyfrannau. RRI (mynegai cyfradd gymharol): cyfradd y grŵp fesul poblogaeth 10–17 oed wedi&apos;i rhannu â&apos;r gyfradd ar gyfer plant Gwyn.</translation>
    </message>
    <message>
        <source>Youth-safety measures, %1</source>
        <translation>Mesurau diogelwch ieuenctid, %1</translation>
    </message>
    <message>
        <source>The five financial years are left out of a report for a custom period: a year&apos;s figure minus this period&apos;s would reveal small numbers by subtraction.</source>
        <translation>Hepgorir y pum blwyddyn ariannol o adroddiad ar gyfer cyfnod o&apos;ch dewis: byddai tynnu ffigur y cyfnod hwn o ffigur blwyddyn yn datgelu niferoedd bach.</translation>
    </message>
    <message>
        <source>Youth-safety measures over five years</source>
        <translation>Mesurau diogelwch ieuenctid dros bum mlynedd</translation>
    </message>
    <message>
        <source>Counts; suppressed counts are not drawn.</source>
        <translation>Niferoedd; ni chaiff niferoedd sydd wedi&apos;u hatal eu lluniadu.</translation>
    </message>
    <message>
        <source>Percentages; a percentage from a suppressed count is not drawn.</source>
        <translation>Canrannau; ni chaiff canran o nifer sydd wedi&apos;i atal ei lluniadu.</translation>
    </message>
    <message>
        <source>YJB key performance indicators</source>
        <translation>Dangosyddion perfformiad allweddol YJB</translation>
    </message>
    <message>
        <source>Open cases as at the report date.</source>
        <translation>Achosion agored fel yr oeddent ar ddyddiad yr adroddiad.</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Gwaith hwyr</translation>
    </message>
    <message>
        <source>Open cases as at the report date; counts of 1 to 4 not drawn.</source>
        <translation>Achosion agored fel yr oeddent ar ddyddiad yr adroddiad; ni chaiff niferoedd o 1 i 4 eu lluniadu.</translation>
    </message>
    <message>
        <source>Team caseload</source>
        <translation>Llwyth achosion y tîm</translation>
    </message>
    <message>
        <source>Open young people by lead worker and risk (workload); counts of 1 to 4 not drawn.</source>
        <translation>Pobl ifanc ag achos agored, fesul gweithiwr arweiniol a risg (llwyth gwaith); ni chaiff niferoedd o 1 i 4 eu lluniadu.</translation>
    </message>
    <message>
        <source>Disproportionality</source>
        <translation>Anghymesuredd</translation>
    </message>
    <message>
        <source>Shares of each ethnic group.</source>
        <translation>Cyfrannau pob grŵp ethnig.</translation>
    </message>
    <message>
        <source>Definitions</source>
        <translation>Diffiniadau</translation>
    </message>
    <message>
        <source>Performance report for the management board</source>
        <translation>Adroddiad perfformiad ar gyfer y bwrdd rheoli</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>CCE</source>
        <translation>CCE</translation>
    </message>
    <message>
        <source>Child criminal exploitation</source>
        <translation>Camfanteisio troseddol ar blant</translation>
    </message>
    <message>
        <source>CSE</source>
        <translation>CSE</translation>
    </message>
    <message>
        <source>Child sexual exploitation</source>
        <translation>Camfanteisio&apos;n rhywiol ar blant</translation>
    </message>
    <message>
        <source>County lines</source>
        <translation>Llinellau cyffuriau</translation>
    </message>
    <message>
        <source>Gang</source>
        <translation>Gang</translation>
    </message>
    <message>
        <source>Gang-affected</source>
        <translation>Wedi&apos;i effeithio gan gangiau</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Ar goll</translation>
    </message>
    <message>
        <source>Risk of going missing</source>
        <translation>Risg o fynd ar goll</translation>
    </message>
    <message>
        <source>Knife crime</source>
        <translation>Troseddau cyllyll</translation>
    </message>
    <message>
        <source>Victim of knife crime</source>
        <translation>Dioddefwr troseddau cyllyll</translation>
    </message>
    <message>
        <source>DA</source>
        <translation>DA</translation>
    </message>
    <message>
        <source>Domestic abuse at home</source>
        <translation>Cam-drin domestig yn y cartref</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Current intervention</source>
        <translation>Ymyriad presennol</translation>
    </message>
    <message>
        <source>RoSH</source>
        <translation>RoSH</translation>
    </message>
    <message>
        <source>Risk of serious harm</source>
        <translation>Risg o niwed difrifol</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>Safety and wellbeing</source>
        <translation>Diogelwch a lles</translation>
    </message>
    <message>
        <source>Reoffending</source>
        <translation>Aildroseddu</translation>
    </message>
    <message>
        <source>Likelihood of reoffending</source>
        <translation>Tebygolrwydd o aildroseddu</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Baneri</translation>
    </message>
    <message>
        <source>Vulnerability flags</source>
        <translation>Baneri bregusrwydd</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>Cyswllt nesaf</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Cyswllt nesaf yn ddyledus</translation>
    </message>
    <message>
        <source>Plan review</source>
        <translation>Adolygiad cynllun</translation>
    </message>
    <message>
        <source>Safety plan review due</source>
        <translation>Adolygiad cynllun diogelwch yn ddyledus</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Clociau</translation>
    </message>
    <message>
        <source>Case clocks run out</source>
        <translation>Clociau&apos;r achos sydd wedi dod i ben</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Cysoni</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Cyflwr cysoni</translation>
    </message>
</context>
<context>
    <name>ChoiceLabels</name>
    <message>
        <source>Female</source>
        <translation>Benyw</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Gwryw</translation>
    </message>
    <message>
        <source>Non-binary</source>
        <translation>Anneuaidd</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Arall</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>Heb ei nodi</translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Bangladeshi</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Bangladeshaidd</translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Chinese</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Tsieineaidd</translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Indian</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Indiaidd</translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Pakistani</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Pacistanaidd</translation>
    </message>
    <message>
        <source>Asian, Asian British or Asian Welsh: Other Asian</source>
        <translation>Asiaidd, Asiaidd Prydeinig neu Asiaidd Cymreig: Asiaidd arall</translation>
    </message>
    <message>
        <source>Black, Black British, Black Welsh, Caribbean or African: African</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Affricanaidd</translation>
    </message>
    <message>
        <source>Black, Black British, Black Welsh, Caribbean or African: Caribbean</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Caribïaidd</translation>
    </message>
    <message>
        <source>Black, Black British, Black Welsh, Caribbean or African: Other Black</source>
        <translation>Du, Du Prydeinig, Du Cymreig, Caribïaidd neu Affricanaidd: Du arall</translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: White and Asian</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn ac Asiaidd</translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: White and Black African</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn a Du Affricanaidd</translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: White and Black Caribbean</source>
        <translation>Grwpiau cymysg neu amlethnig: Gwyn a Du Caribïaidd</translation>
    </message>
    <message>
        <source>Mixed or Multiple ethnic groups: Other Mixed or Multiple ethnic groups</source>
        <translation>Grwpiau cymysg neu amlethnig: Grwpiau cymysg neu amlethnig eraill</translation>
    </message>
    <message>
        <source>White: English, Welsh, Scottish, Northern Irish or British</source>
        <translation>Gwyn: Seisnig, Cymreig, Albanaidd, Gwyddelig Gogleddol neu Brydeinig</translation>
    </message>
    <message>
        <source>White: Irish</source>
        <translation>Gwyn: Gwyddelig</translation>
    </message>
    <message>
        <source>White: Gypsy or Irish Traveller</source>
        <translation>Gwyn: Sipsi neu Deithiwr Gwyddelig</translation>
    </message>
    <message>
        <source>White: Roma</source>
        <translation>Gwyn: Roma</translation>
    </message>
    <message>
        <source>White: Other White</source>
        <translation>Gwyn: Gwyn arall</translation>
    </message>
    <message>
        <source>Other ethnic group: Arab</source>
        <translation>Grŵp ethnig arall: Arabaidd</translation>
    </message>
    <message>
        <source>Other ethnic group: Any other ethnic group</source>
        <translation>Grŵp ethnig arall: Unrhyw grŵp ethnig arall</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Ysgol</translation>
    </message>
    <message>
        <source>College</source>
        <translation>Coleg</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Hyfforddiant</translation>
    </message>
    <message>
        <source>Employment</source>
        <translation>Cyflogaeth</translation>
    </message>
    <message>
        <source>Not in education, employment or training (NEET)</source>
        <translation>Ddim mewn addysg, cyflogaeth na hyfforddiant (NEET)</translation>
    </message>
    <message>
        <source>No special educational needs</source>
        <translation>Dim anghenion addysgol arbennig</translation>
    </message>
    <message>
        <source>SEN support</source>
        <translation>Cymorth anghenion addysgol arbennig (SEN)</translation>
    </message>
    <message>
        <source>Education, health and care plan (EHCP)</source>
        <translation>Cynllun addysg, iechyd a gofal (EHCP)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Child in need</source>
        <translation>Plentyn mewn angen</translation>
    </message>
    <message>
        <source>Child protection plan</source>
        <translation>Cynllun amddiffyn plant</translation>
    </message>
    <message>
        <source>Looked-after child</source>
        <translation>Plentyn sy&apos;n derbyn gofal</translation>
    </message>
    <message>
        <source>Care leaver</source>
        <translation>Ymadawr gofal</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ddim yn hysbys</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Uchel iawn</translation>
    </message>
    <message>
        <source>Case manager</source>
        <translation>Rheolwr achos</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <source>Team manager</source>
        <translation>Rheolwr tîm</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Wedi&apos;i roi</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Not asked yet</source>
        <translation>Heb ofyn eto</translation>
    </message>
    <message>
        <source>Trusted adult</source>
        <translation>Oedolyn dibynadwy</translation>
    </message>
    <message>
        <source>Emergency contact</source>
        <translation>Cyswllt mewn argyfwng</translation>
    </message>
    <message>
        <source>Parent or carer</source>
        <translation>Rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>Prevention</source>
        <translation>Atal</translation>
    </message>
    <message>
        <source>Diversion or triage</source>
        <translation type="unfinished">Dargyfeirio neu frysbennu</translation>
    </message>
    <message>
        <source>Community resolution</source>
        <translation>Datrysiad cymunedol</translation>
    </message>
    <message>
        <source>Youth caution</source>
        <translation>Rhybudd ieuenctid</translation>
    </message>
    <message>
        <source>Youth conditional caution</source>
        <translation>Rhybudd ieuenctid amodol</translation>
    </message>
    <message>
        <source>Referral order</source>
        <translation>Gorchymyn atgyfeirio</translation>
    </message>
    <message>
        <source>Youth rehabilitation order (YRO)</source>
        <translation>Gorchymyn adsefydlu ieuenctid (YRO)</translation>
    </message>
    <message>
        <source>Youth rehabilitation order with intensive supervision and surveillance (ISS)</source>
        <translation>Gorchymyn adsefydlu ieuenctid gyda goruchwyliaeth a gwyliadwriaeth ddwys (ISS)</translation>
    </message>
    <message>
        <source>Detention and training order (DTO)</source>
        <translation>Gorchymyn cadw a hyfforddi (DTO)</translation>
    </message>
    <message>
        <source>Remand</source>
        <translation>Remánd</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Ymweliad cartref</translation>
    </message>
    <message>
        <source>Office appointment</source>
        <translation>Apwyntiad yn y swyddfa</translation>
    </message>
    <message>
        <source>School visit</source>
        <translation>Ymweliad ysgol</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Galwad ffôn</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Galwad fideo</translation>
    </message>
    <message>
        <source>Joint visit with police</source>
        <translation>Ymweliad ar y cyd â&apos;r heddlu</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Allgymorth</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>Wedi mynychu</translation>
    </message>
    <message>
        <source>Did not attend</source>
        <translation>Heb fynychu</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Wedi&apos;i ddisodli</translation>
    </message>
    <message>
        <source>Warning signs</source>
        <translation>Arwyddion rhybudd</translation>
    </message>
    <message>
        <source>People and places that are not safe</source>
        <translation>Pobl a lleoedd nad ydynt yn ddiogel</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lleoedd diogel</translation>
    </message>
    <message>
        <source>Safe routes</source>
        <translation>Llwybrau diogel</translation>
    </message>
    <message>
        <source>Things that help me cope</source>
        <translation>Pethau sy&apos;n fy helpu i ymdopi</translation>
    </message>
    <message>
        <source>Trusted adults</source>
        <translation>Oedolion dibynadwy</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Gweithwyr proffesiynol</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Cysylltiadau mewn argyfwng</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Camau gweithredu</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>Missing from home or care</source>
        <translation>Ar goll o&apos;r cartref neu o ofal</translation>
    </message>
    <message>
        <source>National Referral Mechanism (NRM) referral</source>
        <translation>Atgyfeiriad i&apos;r Mecanwaith Atgyfeirio Cenedlaethol (NRM)</translation>
    </message>
    <message>
        <source>Exclusion from school</source>
        <translation>Gwaharddiad o&apos;r ysgol</translation>
    </message>
    <message>
        <source>Social, emotional and mental health (SEMH) referral</source>
        <translation>Atgyfeiriad iechyd cymdeithasol, emosiynol a meddyliol (SEMH)</translation>
    </message>
    <message>
        <source>Victim of knife crime</source>
        <translation>Dioddefwr troseddau cyllyll</translation>
    </message>
    <message>
        <source>Not screened yet</source>
        <translation>Heb ei sgrinio eto</translation>
    </message>
    <message>
        <source>Screened: no need identified</source>
        <translation>Wedi&apos;i sgrinio: dim angen wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Need identified</source>
        <translation>Angen wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Need identified, intervention offered</source>
        <translation>Angen wedi&apos;i nodi, ymyriad wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>Need identified, attending an intervention</source>
        <translation>Angen wedi&apos;i nodi, yn mynychu ymyriad</translation>
    </message>
    <message>
        <source>Awaiting decision</source>
        <translation>Yn aros am benderfyniad</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Cadarnhaol</translation>
    </message>
    <message>
        <source>Negative</source>
        <translation>Negyddol</translation>
    </message>
    <message>
        <source>Suspension (fixed period)</source>
        <translation>Gwaharddiad cyfnod penodol</translation>
    </message>
    <message>
        <source>Permanent exclusion</source>
        <translation>Gwaharddiad parhaol</translation>
    </message>
    <message>
        <source>Viewed</source>
        <translation>Gwelwyd</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Dilëwyd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translation>Allforiwyd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Argraffwyd</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Datglowyd</translation>
    </message>
    <message>
        <source>Unlock refused</source>
        <translation>Gwrthodwyd datgloi</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Clowyd</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Newidiwyd y cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>ConflictValueText</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Wedi&apos;i ddileu</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Heb ei ddileu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>(a value Trellis cannot show)</source>
        <translation>(gwerth na all Trellis ei ddangos)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>anhysbys</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Proffil</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <source>Safety plan v%1</source>
        <translation>Cynllun diogelwch, fersiwn %1</translation>
    </message>
    <message>
        <source>Safety plan item</source>
        <translation>Eitem cynllun diogelwch</translation>
    </message>
    <message>
        <source>Safety plan v%1, %2</source>
        <translation>Cynllun diogelwch, fersiwn %1, %2</translation>
    </message>
    <message>
        <source>Trusted adult %1</source>
        <translation>Oedolyn dibynadwy %1</translation>
    </message>
    <message>
        <source>Trusted adult</source>
        <translation>Oedolyn dibynadwy</translation>
    </message>
    <message>
        <source>Link to trusted adult %1</source>
        <translation>Cysylltiad ag oedolyn dibynadwy %1</translation>
    </message>
    <message>
        <source>Link to a trusted adult</source>
        <translation>Cysylltiad ag oedolyn dibynadwy</translation>
    </message>
    <message>
        <source>Contact on %1</source>
        <translation>Cyswllt ar %1</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Cyswllt</translation>
    </message>
    <message>
        <source>Episode</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>Intervention</source>
        <translation>Ymyriad</translation>
    </message>
    <message>
        <source>Intervention: %1</source>
        <translation>Ymyriad: %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>Team caseload</source>
        <translation>Llwyth achosion y tîm</translation>
    </message>
    <message>
        <source>Overdue work</source>
        <translation>Gwaith hwyr</translation>
    </message>
    <message>
        <source>Youth-safety measures</source>
        <translation>Mesurau diogelwch ieuenctid</translation>
    </message>
    <message>
        <source>YJB indicators</source>
        <translation>Dangosyddion YJB</translation>
    </message>
    <message>
        <source>Disproportionality</source>
        <translation>Anghymesuredd</translation>
    </message>
    <message>
        <source>Open young people by lead worker and risk</source>
        <translation>Pobl ifanc ag achos agored, fesul gweithiwr arweiniol a risg</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <source>Work overdue today</source>
        <translation>Gwaith sy&apos;n hwyr heddiw</translation>
    </message>
    <message>
        <source>Young people or events</source>
        <translation>Pobl ifanc neu ddigwyddiadau</translation>
    </message>
    <message>
        <source>Youth-safety measures: percentages by financial year</source>
        <translation>Mesurau diogelwch ieuenctid: canrannau fesul blwyddyn ariannol</translation>
    </message>
    <message>
        <source>Youth-safety measures: counts by financial year</source>
        <translation>Mesurau diogelwch ieuenctid: niferoedd fesul blwyddyn ariannol</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Canran</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>YJB key performance indicators (open cases, as at today)</source>
        <translation>Dangosyddion perfformiad allweddol YJB (achosion agored, fel y maent heddiw)</translation>
    </message>
    <message>
        <source>Share of each ethnic group: population 10–17 against the caseload, first-time entrants and custody</source>
        <translation type="unfinished">Cyfran pob grŵp ethnig: poblogaeth 10–17 oed o&apos;i chymharu â&apos;r llwyth achosion, newydd-ddyfodiaid a dalfa</translation>
    </message>
</context>
<context>
    <name>DashboardExporter</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nid oedd modd ysgrifennu %1: %2</translation>
    </message>
    <message>
        <source>Choose where to save the chart.</source>
        <translation>Dewiswch ble i gadw&apos;r siart.</translation>
    </message>
    <message>
        <source>The figures have not been read yet.</source>
        <translation>Nid yw&apos;r ffigurau wedi&apos;u darllen eto.</translation>
    </message>
    <message>
        <source>Could not draw the chart.</source>
        <translation>Nid oedd modd llunio&apos;r siart.</translation>
    </message>
    <message>
        <source>Choose where to save the CSV file.</source>
        <translation>Dewiswch ble i gadw&apos;r ffeil CSV.</translation>
    </message>
    <message>
        <source>Choose where to save the report.</source>
        <translation>Dewiswch ble i gadw&apos;r adroddiad.</translation>
    </message>
    <message>
        <source>Could not draw the report.</source>
        <translation>Nid oedd modd llunio&apos;r adroddiad.</translation>
    </message>
</context>
<context>
    <name>EntityLabels</name>
    <message>
        <source>worker</source>
        <translation>gweithiwr</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>person ifanc</translation>
    </message>
    <message>
        <source>trusted adult</source>
        <translation>oedolyn dibynadwy</translation>
    </message>
    <message>
        <source>trusted adult link</source>
        <translation>cysylltiad ag oedolyn dibynadwy</translation>
    </message>
    <message>
        <source>intervention</source>
        <translation>ymyriad</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>cyswllt</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>cynllun diogelwch</translation>
    </message>
    <message>
        <source>safety plan item</source>
        <translation>eitem cynllun diogelwch</translation>
    </message>
    <message>
        <source>episode</source>
        <translation>cyfnod</translation>
    </message>
</context>
<context>
    <name>FieldLabels</name>
    <message>
        <source>id</source>
        <translation>dynodydd</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>cyfeirnod</translation>
    </message>
    <message>
        <source>given name</source>
        <translation>enw cyntaf</translation>
    </message>
    <message>
        <source>family name</source>
        <translation>cyfenw</translation>
    </message>
    <message>
        <source>preferred name</source>
        <translation>enw dewisol</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>gender</source>
        <translation>rhywedd</translation>
    </message>
    <message>
        <source>ethnicity</source>
        <translation>ethnigrwydd</translation>
    </message>
    <message>
        <source>postcode district</source>
        <translation>ardal cod post</translation>
    </message>
    <message>
        <source>lead worker</source>
        <translation>gweithiwr arweiniol</translation>
    </message>
    <message>
        <source>case status</source>
        <translation>statws yr achos</translation>
    </message>
    <message>
        <source>education, training or employment</source>
        <translation>addysg, hyfforddiant neu gyflogaeth</translation>
    </message>
    <message>
        <source>education or training provider</source>
        <translation>darparwr addysg neu hyfforddiant</translation>
    </message>
    <message>
        <source>SEND</source>
        <translation>SEND</translation>
    </message>
    <message>
        <source>care status</source>
        <translation>statws gofal</translation>
    </message>
    <message>
        <source>suitable accommodation</source>
        <translation>llety addas</translation>
    </message>
    <message>
        <source>formal learning plan</source>
        <translation>cynllun dysgu ffurfiol</translation>
    </message>
    <message>
        <source>mental health and emotional wellbeing</source>
        <translation>iechyd meddwl a lles emosiynol</translation>
    </message>
    <message>
        <source>substance misuse</source>
        <translation>camddefnyddio sylweddau</translation>
    </message>
    <message>
        <source>child criminal exploitation</source>
        <translation>camfanteisio troseddol ar blant</translation>
    </message>
    <message>
        <source>child sexual exploitation</source>
        <translation>camfanteisio&apos;n rhywiol ar blant</translation>
    </message>
    <message>
        <source>county lines</source>
        <translation>llinellau cyffuriau</translation>
    </message>
    <message>
        <source>gang-affected</source>
        <translation>wedi&apos;i effeithio gan gangiau</translation>
    </message>
    <message>
        <source>risk of going missing</source>
        <translation>risg o fynd ar goll</translation>
    </message>
    <message>
        <source>victim of knife crime</source>
        <translation>dioddefwr troseddau cyllyll</translation>
    </message>
    <message>
        <source>domestic abuse at home</source>
        <translation>cam-drin domestig yn y cartref</translation>
    </message>
    <message>
        <source>safety and wellbeing rating</source>
        <translation>sgôr diogelwch a lles</translation>
    </message>
    <message>
        <source>risk of serious harm rating</source>
        <translation>sgôr risg o niwed difrifol</translation>
    </message>
    <message>
        <source>likelihood of reoffending</source>
        <translation>tebygolrwydd o aildroseddu</translation>
    </message>
    <message>
        <source>next review date</source>
        <translation>dyddiad yr adolygiad nesaf</translation>
    </message>
    <message>
        <source>next contact due</source>
        <translation>cyswllt nesaf yn ddyledus</translation>
    </message>
    <message>
        <source>login</source>
        <translation>enw mewngofnodi</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>team</source>
        <translation>tîm</translation>
    </message>
    <message>
        <source>role</source>
        <translation>rôl</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>perthynas</translation>
    </message>
    <message>
        <source>main phone number</source>
        <translation>prif rif ffôn</translation>
    </message>
    <message>
        <source>other phone number</source>
        <translation>rhif ffôn arall</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <source>when they can be reached</source>
        <translation>pryd mae modd cysylltu â nhw</translation>
    </message>
    <message>
        <source>consent to share</source>
        <translation>caniatâd i rannu</translation>
    </message>
    <message>
        <source>consent checked on</source>
        <translation>dyddiad gwirio&apos;r caniatâd</translation>
    </message>
    <message>
        <source>do not contact</source>
        <translation>peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>reason not to contact</source>
        <translation>rheswm dros beidio â chysylltu</translation>
    </message>
    <message>
        <source>verified by</source>
        <translation>dilyswyd gan</translation>
    </message>
    <message>
        <source>verified on</source>
        <translation>dyddiad dilysu</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>nodiadau</translation>
    </message>
    <message>
        <source>young person</source>
        <translation>person ifanc</translation>
    </message>
    <message>
        <source>trusted adult</source>
        <translation>oedolyn dibynadwy</translation>
    </message>
    <message>
        <source>intervention type</source>
        <translation>math o ymyriad</translation>
    </message>
    <message>
        <source>legal status</source>
        <translation>statws cyfreithiol</translation>
    </message>
    <message>
        <source>outcome date</source>
        <translation>dyddiad y canlyniad</translation>
    </message>
    <message>
        <source>start date</source>
        <translation>dyddiad dechrau</translation>
    </message>
    <message>
        <source>end date</source>
        <translation>dyddiad gorffen</translation>
    </message>
    <message>
        <source>offence category</source>
        <translation>categori&apos;r drosedd</translation>
    </message>
    <message>
        <source>offence date</source>
        <translation>dyddiad y drosedd</translation>
    </message>
    <message>
        <source>date and time of contact</source>
        <translation>dyddiad ac amser y cyswllt</translation>
    </message>
    <message>
        <source>duration in minutes</source>
        <translation>hyd mewn munudau</translation>
    </message>
    <message>
        <source>kind of contact</source>
        <translation>math o gyswllt</translation>
    </message>
    <message>
        <source>attendance</source>
        <translation>presenoldeb</translation>
    </message>
    <message>
        <source>who was present</source>
        <translation>pwy oedd yn bresennol</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>crynodeb</translation>
    </message>
    <message>
        <source>version</source>
        <translation>fersiwn</translation>
    </message>
    <message>
        <source>plan status</source>
        <translation>statws y cynllun</translation>
    </message>
    <message>
        <source>code word</source>
        <translation>gair cod</translation>
    </message>
    <message>
        <source>the plan in my own words</source>
        <translation>y cynllun yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>review date</source>
        <translation>dyddiad adolygu</translation>
    </message>
    <message>
        <source>agreed by the young person on</source>
        <translation>dyddiad cytundeb y person ifanc</translation>
    </message>
    <message>
        <source>agreed by the parent or carer on</source>
        <translation>dyddiad cytundeb y rhiant neu&apos;r gofalwr</translation>
    </message>
    <message>
        <source>agreed by the practitioner on</source>
        <translation>dyddiad cytundeb yr ymarferydd</translation>
    </message>
    <message>
        <source>activated at</source>
        <translation>amser rhoi ar waith</translation>
    </message>
    <message>
        <source>safety plan</source>
        <translation>cynllun diogelwch</translation>
    </message>
    <message>
        <source>section</source>
        <translation>adran</translation>
    </message>
    <message>
        <source>position</source>
        <translation>safle</translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>sgôr</translation>
    </message>
    <message>
        <source>who</source>
        <translation>pwy</translation>
    </message>
    <message>
        <source>by when</source>
        <translation>erbyn pryd</translation>
    </message>
    <message>
        <source>kind of episode</source>
        <translation>math o gyfnod</translation>
    </message>
    <message>
        <source>return home interview date</source>
        <translation>dyddiad y cyfweliad dychwelyd adref</translation>
    </message>
    <message>
        <source>reasonable-grounds decision</source>
        <translation>penderfyniad ar sail resymol</translation>
    </message>
    <message>
        <source>reasonable-grounds decision date</source>
        <translation>dyddiad y penderfyniad ar sail resymol</translation>
    </message>
    <message>
        <source>conclusive-grounds decision</source>
        <translation type="unfinished">penderfyniad ar sail derfynol</translation>
    </message>
    <message>
        <source>conclusive-grounds decision date</source>
        <translation type="unfinished">dyddiad y penderfyniad ar sail derfynol</translation>
    </message>
    <message>
        <source>kind of exclusion</source>
        <translation>math o waharddiad</translation>
    </message>
    <message>
        <source>days excluded</source>
        <translation>nifer y diwrnodau o waharddiad</translation>
    </message>
    <message>
        <source>first appointment</source>
        <translation>apwyntiad cyntaf</translation>
    </message>
    <message>
        <source>time</source>
        <translation>amser</translation>
    </message>
    <message>
        <source>action</source>
        <translation>gweithred</translation>
    </message>
    <message>
        <source>entity</source>
        <translation>math o gofnod</translation>
    </message>
    <message>
        <source>record id</source>
        <translation>dynodydd y cofnod</translation>
    </message>
    <message>
        <source>number of records</source>
        <translation>nifer y cofnodion</translation>
    </message>
    <message>
        <source>created at</source>
        <translation>amser creu</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>crëwyd gan</translation>
    </message>
    <message>
        <source>updated at</source>
        <translation>amser diweddaru</translation>
    </message>
    <message>
        <source>updated by</source>
        <translation>diweddarwyd gan</translation>
    </message>
</context>
<context>
    <name>PassphrasePolicy</name>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Rhowch gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Use at least %1 characters, or at least %2 words (for example three or four unrelated words).</source>
        <translation>Defnyddiwch o leiaf %1 nod, neu o leiaf %2 gair (er enghraifft tri neu bedwar gair nad ydynt yn perthyn i&apos;w gilydd).</translation>
    </message>
    <message>
        <source>Nobody can recover a forgotten passphrase, not even the Trellis team or your IT service. If you forget it, the records on this computer are lost; only records that have been synced to the central store can be downloaded again.</source>
        <translation>Does neb yn gallu adfer cyfrinymadrodd sydd wedi&apos;i anghofio, dim hyd yn oed tîm Trellis na&apos;ch gwasanaeth TG. Os byddwch yn ei anghofio, bydd y cofnodion ar y cyfrifiadur hwn yn cael eu colli; dim ond cofnodion sydd wedi&apos;u cysoni â&apos;r storfa ganolog y gellir eu llwytho i lawr eto.</translation>
    </message>
</context>
<context>
    <name>ProfileTab</name>
    <message>
        <source>change of lead worker</source>
        <translation>newid y gweithiwr arweiniol</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message>
        <source>%1 (known as %2)</source>
        <translation>%1 (a elwir yn %2)</translation>
    </message>
    <message>
        <source>Return home interview overdue (due %1)</source>
        <translation>Cyfweliad dychwelyd adref yn hwyr (dyddiad dyledus %1)</translation>
    </message>
    <message>
        <source>SEMH first appointment overdue (due %1)</source>
        <translation>Apwyntiad cyntaf SEMH yn hwyr (dyddiad dyledus %1)</translation>
    </message>
    <message>
        <source>Next contact overdue (due %1)</source>
        <translation>Cyswllt nesaf yn hwyr (dyddiad dyledus %1)</translation>
    </message>
    <message>
        <source>Still missing: the interview clock starts on return</source>
        <translation>Yn dal ar goll: mae cloc y cyfweliad yn dechrau pan fydd yn dychwelyd</translation>
    </message>
    <message>
        <source>Return home interview held late on %1 (due %2)</source>
        <translation>Cynhaliwyd y cyfweliad dychwelyd adref yn hwyr ar %1 (dyddiad dyledus %2)</translation>
    </message>
    <message>
        <source>Return home interview held on %1</source>
        <translation>Cynhaliwyd y cyfweliad dychwelyd adref ar %1</translation>
    </message>
    <message>
        <source>Return home interview due by %1</source>
        <translation>Cyfweliad dychwelyd adref yn ddyledus erbyn %1</translation>
    </message>
    <message>
        <source>First appointment late on %1 (due %2)</source>
        <translation>Apwyntiad cyntaf yn hwyr ar %1 (dyddiad dyledus %2)</translation>
    </message>
    <message>
        <source>First appointment on %1</source>
        <translation>Apwyntiad cyntaf ar %1</translation>
    </message>
    <message>
        <source>SEMH first appointment due by %1</source>
        <translation>Apwyntiad cyntaf SEMH yn ddyledus erbyn %1</translation>
    </message>
    <message>
        <source>Conclusive grounds: %1</source>
        <translation type="unfinished">Sail derfynol: %1</translation>
    </message>
    <message>
        <source>Awaiting reasonable-grounds decision</source>
        <translation>Yn aros am benderfyniad ar sail resymol</translation>
    </message>
    <message>
        <source>Reasonable grounds: %1</source>
        <translation>Sail resymol: %1</translation>
    </message>
    <message>
        <source>%1, 1 day</source>
        <translation>%1, 1 diwrnod</translation>
    </message>
    <message>
        <source>%1, %2 days</source>
        <translation>%1, %2 diwrnod</translation>
    </message>
    <message>
        <source>DO NOT CONTACT</source>
        <translation>PEIDIWCH Â CHYSYLLTU</translation>
    </message>
</context>
<context>
    <name>RejectionReason</name>
    <message>
        <source>The central store has no record you may see with this change: it may have been deleted, or the young person may have moved to another worker.</source>
        <translation>Nid oes gan y storfa ganolog gofnod y cewch ei weld sy&apos;n cyfateb i&apos;r newid hwn: efallai ei fod wedi&apos;i ddileu, neu efallai fod y person ifanc wedi symud at weithiwr arall.</translation>
    </message>
    <message>
        <source>A contact cannot be changed once it is logged. Log a new contact to add to it.</source>
        <translation>Does dim modd newid cyswllt ar ôl ei gofnodi. Cofnodwch gyswllt newydd i ychwanegu ato.</translation>
    </message>
    <message>
        <source>The lead worker changes only when a supervisor reallocates the young person, not by editing the record.</source>
        <translation>Dim ond pan fydd goruchwyliwr yn ailddyrannu&apos;r person ifanc y mae&apos;r gweithiwr arweiniol yn newid, nid drwy olygu&apos;r cofnod.</translation>
    </message>
    <message>
        <source>The central store already holds a different change with the same number. Please tell your system administrator.</source>
        <translation>Mae gan y storfa ganolog newid gwahanol â&apos;r un rhif eisoes. Rhowch wybod i weinyddwr eich system.</translation>
    </message>
    <message>
        <source>%1 must be filled in.</source>
        <translation>Rhaid llenwi %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid date.</source>
        <translation>Nid yw %1 yn ddyddiad dilys.</translation>
    </message>
    <message>
        <source>The central store does not know the field “%1”. Trellis on this laptop may be newer or older than the central store.</source>
        <translation>Nid yw&apos;r storfa ganolog yn adnabod y maes “%1”. Efallai fod Trellis ar y gliniadur hwn yn fwy newydd neu&apos;n hŷn na&apos;r storfa ganolog.</translation>
    </message>
    <message>
        <source>The values broke one of the central store&apos;s rules for this record (for example a date before another, or a second active plan).</source>
        <translation>Roedd y gwerthoedd yn torri un o reolau&apos;r storfa ganolog ar gyfer y cofnod hwn (er enghraifft dyddiad cyn un arall, neu ail gynllun ar waith).</translation>
    </message>
    <message>
        <source>The central store could not read the change. Please tell your system administrator.</source>
        <translation>Nid oedd y storfa ganolog yn gallu darllen y newid. Rhowch wybod i weinyddwr eich system.</translation>
    </message>
    <message>
        <source>The central store refused this change.</source>
        <translation>Gwrthododd y storfa ganolog y newid hwn.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDiff</name>
    <message>
        <source>Signs that things are going wrong</source>
        <translation>Arwyddion bod pethau&apos;n mynd o chwith</translation>
    </message>
    <message>
        <source>Places and people that aren&apos;t safe</source>
        <translation>Lleoedd a phobl nad ydynt yn ddiogel</translation>
    </message>
    <message>
        <source>Safe places</source>
        <translation>Lleoedd diogel</translation>
    </message>
    <message>
        <source>Safe routes</source>
        <translation>Llwybrau diogel</translation>
    </message>
    <message>
        <source>Things I can do to cope</source>
        <translation>Pethau y gallaf eu gwneud i ymdopi</translation>
    </message>
    <message>
        <source>People I trust</source>
        <translation>Pobl rwy&apos;n ymddiried ynddynt</translation>
    </message>
    <message>
        <source>Professionals</source>
        <translation>Gweithwyr proffesiynol</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Cysylltiadau mewn argyfwng</translation>
    </message>
    <message>
        <source>What we agreed to do</source>
        <translation>Beth y cytunon ni i&apos;w wneud</translation>
    </message>
    <message>
        <source>✖ Red</source>
        <translation>✖ Coch</translation>
    </message>
    <message>
        <source>▲ Amber</source>
        <translation>▲ Ambr</translation>
    </message>
    <message>
        <source>✔ Green</source>
        <translation>✔ Gwyrdd</translation>
    </message>
    <message>
        <source>No rating</source>
        <translation>Dim sgôr</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>another adult</source>
        <translation>oedolyn arall</translation>
    </message>
    <message>
        <source>%1: changed.</source>
        <translation>%1: wedi newid.</translation>
    </message>
    <message>
        <source>%1: set to %2.</source>
        <translation>%1: gosodwyd i %2.</translation>
    </message>
    <message>
        <source>%1: removed (was %2).</source>
        <translation>%1: tynnwyd (cyn hynny: %2).</translation>
    </message>
    <message>
        <source>%1: changed from %2 to %3.</source>
        <translation>%1: newidiwyd o %2 i %3.</translation>
    </message>
    <message>
        <source>%1: added %2.</source>
        <translation>%1: ychwanegwyd %2.</translation>
    </message>
    <message>
        <source>%1: removed %2.</source>
        <translation>%1: tynnwyd %2.</translation>
    </message>
    <message>
        <source>%1: moved %2 from place %3 to place %4.</source>
        <translation>%1: symudwyd %2 o safle %3 i safle %4.</translation>
    </message>
    <message>
        <source>%1: %2 changed to %3.</source>
        <translation>%1: newidiwyd %2 i %3.</translation>
    </message>
    <message>
        <source>%1: %2 rating changed from %3 to %4.</source>
        <translation>%1: newidiwyd sgôr %2 o %3 i %4.</translation>
    </message>
    <message>
        <source>%1: %2, %3 changed from %4 to %5.</source>
        <translation>%1: %2, newidiwyd %3 o %4 i %5.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanDocument</name>
    <message>
        <source>My safety plan, version %1. Page %2 of %3.</source>
        <translation>Fy nghynllun diogelwch, fersiwn %1. Tudalen %2 o %3.</translation>
    </message>
    <message>
        <source>Word:</source>
        <translation>Gair:</translation>
    </message>
    <message>
        <source>Childline %1</source>
        <translation>Childline %1</translation>
    </message>
    <message>
        <source>Nothing written here yet.</source>
        <translation>Does dim byd wedi&apos;i ysgrifennu yma eto.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>This plan belongs to %1.</source>
        <translation>Mae&apos;r cynllun hwn yn perthyn i %1.</translation>
    </message>
    <message>
        <source>Version %1.</source>
        <translation>Fersiwn %1.</translation>
    </message>
    <message>
        <source>We will look at it again by %1.</source>
        <translation>Byddwn yn edrych arno eto erbyn %1.</translation>
    </message>
    <message>
        <source>This is a draft. It has not been agreed yet.</source>
        <translation>Drafft yw hwn. Nid yw wedi&apos;i gytuno eto.</translation>
    </message>
    <message>
        <source>This is an old version. Ask my worker for the latest one.</source>
        <translation>Hen fersiwn yw hon. Dylwn ofyn i fy ngweithiwr am yr un ddiweddaraf.</translation>
    </message>
    <message>
        <source>My code word is %1</source>
        <translation>Fy ngair cod yw %1</translation>
    </message>
    <message>
        <source>If I say or text my code word to someone on this plan, it means I need help and can&apos;t say why. They will call me or come and get me.</source>
        <translation>Os bydda i&apos;n dweud neu&apos;n tecstio fy ngair cod i rywun ar y cynllun hwn, mae&apos;n golygu bod angen help arna i a dydw i ddim yn gallu dweud pam. Byddan nhw&apos;n fy ffonio i neu&apos;n dod i fy nôl i.</translation>
    </message>
    <message>
        <source>Signs that things are going wrong for me</source>
        <translation>Arwyddion bod pethau&apos;n mynd o chwith i mi</translation>
    </message>
    <message>
        <source>If I notice these, it&apos;s time to use this plan.</source>
        <translation>Os bydda i&apos;n sylwi ar y rhain, mae&apos;n bryd defnyddio&apos;r cynllun hwn.</translation>
    </message>
    <message>
        <source>Places and people that aren&apos;t safe for me</source>
        <translation>Lleoedd a phobl sydd ddim yn ddiogel i mi</translation>
    </message>
    <message>
        <source>Red means stay away. Amber means be careful. Green means OK for now.</source>
        <translation>Mae coch yn golygu cadw draw. Mae ambr yn golygu bod yn ofalus. Mae gwyrdd yn golygu iawn am y tro.</translation>
    </message>
    <message>
        <source>Not rated</source>
        <translation>Heb ei sgorio</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Coch</translation>
    </message>
    <message>
        <source>stay away</source>
        <translation>cadw draw</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Ambr</translation>
    </message>
    <message>
        <source>be careful</source>
        <translation>bod yn ofalus</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Gwyrdd</translation>
    </message>
    <message>
        <source>OK for now</source>
        <translation>iawn am y tro</translation>
    </message>
    <message>
        <source>Places where I feel safe</source>
        <translation>Lleoedd lle rydw i&apos;n teimlo&apos;n ddiogel</translation>
    </message>
    <message>
        <source>Safe ways to get around</source>
        <translation>Ffyrdd diogel o deithio o gwmpas</translation>
    </message>
    <message>
        <source>Things I can do to cope</source>
        <translation>Pethau y galla i eu gwneud i ymdopi</translation>
    </message>
    <message>
        <source>When I feel wound up, scared or low, I can:</source>
        <translation>Pan fydda i&apos;n teimlo&apos;n gynhyrfus, yn ofnus neu&apos;n isel, galla i:</translation>
    </message>
    <message>
        <source>People I trust</source>
        <translation>Pobl rydw i&apos;n ymddiried ynddyn nhw</translation>
    </message>
    <message>
        <source>I can call or text them if I need help.</source>
        <translation>Galla i eu ffonio neu eu tecstio os bydd angen help arna i.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>Professionals I can contact</source>
        <translation>Gweithwyr proffesiynol y galla i gysylltu â nhw</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>Mewn argyfwng</translation>
    </message>
    <message>
        <source>If I&apos;m in danger right now, I call %1.</source>
        <translation>Os ydw i mewn perygl nawr, rydw i&apos;n ffonio %1.</translation>
    </message>
    <message>
        <source>To talk to someone, I can call Childline free on %1, any time, day or night.</source>
        <translation>I siarad â rhywun, galla i ffonio Childline am ddim ar %1, unrhyw bryd, ddydd neu nos.</translation>
    </message>
    <message>
        <source>Also:</source>
        <translation>Hefyd:</translation>
    </message>
    <message>
        <source>What we agreed to do</source>
        <translation>Beth gytunon ni i&apos;w wneud</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>No date set</source>
        <translation>Dim dyddiad wedi&apos;i osod</translation>
    </message>
    <message>
        <source>My plan in my own words</source>
        <translation>Fy nghynllun yn fy ngeiriau fy hun</translation>
    </message>
    <message>
        <source>Who agreed this plan</source>
        <translation>Pwy gytunodd y cynllun hwn</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 ar %2</translation>
    </message>
    <message>
        <source>%1: not yet</source>
        <translation>%1: dim eto</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>My parent or carer</source>
        <translation>Fy rhiant neu ofalwr</translation>
    </message>
    <message>
        <source>My worker</source>
        <translation>Fy ngweithiwr</translation>
    </message>
    <message>
        <source>We will look at this plan again by %1.</source>
        <translation>Byddwn yn edrych ar y cynllun hwn eto erbyn %1.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanPrinter</name>
    <message>
        <source>Choose where to save the PDF.</source>
        <translation>Dewiswch ble i gadw&apos;r PDF.</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Cerdyn</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Cynllun</translation>
    </message>
    <message>
        <source>Could not start printing. Check the printer or the folder chosen for the PDF, then try again.</source>
        <translation>Nid oedd modd dechrau argraffu. Gwiriwch yr argraffydd neu&apos;r ffolder a ddewiswyd ar gyfer y PDF, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The printer stopped after %1 pages.</source>
        <translation>Stopiodd yr argraffydd ar ôl %1 o dudalennau.</translation>
    </message>
</context>
<context>
    <name>SafetyPlanStore</name>
    <message>
        <source>%1, item %2: %3</source>
        <translation>%1, eitem %2: %3</translation>
    </message>
</context>
<context>
    <name>SyncStatusQueries</name>
    <message>
        <source>Synced</source>
        <translation>Wedi&apos;i gysoni</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Yn aros i gysoni</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Mewn gwrthdaro</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>may only hold digits, spaces, brackets, hyphens and a leading +</source>
        <translation>dim ond digidau, bylchau, cromfachau, cysylltnodau a + ar y dechrau a ganiateir</translation>
    </message>
    <message>
        <source>is not a phone number (expected a UK number such as 020 7946 0000)</source>
        <translation>nid yw&apos;n rhif ffôn (dylai fod yn rhif yn y DU, fel 020 7946 0000)</translation>
    </message>
    <message>
        <source>has the right length but is not a number in use that Trellis knows of; check it with the person</source>
        <translation>mae&apos;r hyd yn gywir ond nid yw&apos;n rhif sy&apos;n cael ei ddefnyddio hyd y gŵyr Trellis; gwiriwch y rhif gyda&apos;r person</translation>
    </message>
    <message>
        <source>is not a valid phone number: check the number of digits (a UK number has 10 or 11, such as 020 7946 0000)</source>
        <translation>nid yw&apos;n rhif ffôn dilys: gwiriwch nifer y digidau (mae gan rif yn y DU 10 neu 11, fel 020 7946 0000)</translation>
    </message>
    <message>
        <source>cannot be before the contact it follows</source>
        <translation>ni all fod cyn y cyswllt y mae&apos;n ei ddilyn</translation>
    </message>
    <message>
        <source>must be 0 when the contact did not take place</source>
        <translation>rhaid rhoi 0 pan na chynhaliwyd y cyswllt</translation>
    </message>
    <message>
        <source>end_date</source>
        <translation type="obsolete">end_date</translation>
    </message>
    <message>
        <source>missing episodes</source>
        <translation>cyfnodau ar goll</translation>
    </message>
    <message>
        <source>before a return home interview can be recorded</source>
        <translation>cyn y gellir cofnodi cyfweliad dychwelyd adref</translation>
    </message>
    <message>
        <source>return_interview_date</source>
        <translation type="obsolete">return_interview_date</translation>
    </message>
    <message>
        <source>NRM referrals</source>
        <translation>atgyfeiriadau NRM</translation>
    </message>
    <message>
        <source>with a decision</source>
        <translation>pan fo penderfyniad wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>before a conclusive-grounds decision</source>
        <translation type="unfinished">cyn penderfyniad ar sail derfynol</translation>
    </message>
    <message>
        <source>nrm_conclusive_grounds_on</source>
        <translation type="obsolete">nrm_conclusive_grounds_on</translation>
    </message>
    <message>
        <source>school exclusions</source>
        <translation>gwaharddiadau o&apos;r ysgol</translation>
    </message>
    <message>
        <source>for an exclusion</source>
        <translation>ar gyfer gwaharddiad</translation>
    </message>
    <message>
        <source>for a suspension</source>
        <translation>ar gyfer gwaharddiad cyfnod penodol</translation>
    </message>
    <message>
        <source>SEMH referrals</source>
        <translation>atgyfeiriadau SEMH</translation>
    </message>
    <message>
        <source>first_appointment_date</source>
        <translation type="obsolete">first_appointment_date</translation>
    </message>
    <message>
        <source>outcome_date</source>
        <translation type="obsolete">outcome_date</translation>
    </message>
    <message>
        <source>interventions that follow an offence</source>
        <translation>ymyriadau sy&apos;n dilyn trosedd</translation>
    </message>
    <message>
        <source>cannot be before the %1</source>
        <translation>ni all fod cyn %1</translation>
    </message>
    <message>
        <source>only applies to %1</source>
        <translation>dim ond ar gyfer %1 y mae&apos;n berthnasol</translation>
    </message>
    <message>
        <source>is required %1</source>
        <translation>mae&apos;n ofynnol %1</translation>
    </message>
    <message>
        <source>once a plan has been active</source>
        <translation>unwaith y bydd cynllun wedi bod ar waith</translation>
    </message>
    <message>
        <source>for an active plan, so it is not forgotten</source>
        <translation>ar gyfer cynllun sydd ar waith, fel nad yw&apos;n cael ei anghofio</translation>
    </message>
    <message>
        <source>must be a single word or short phrase on one line</source>
        <translation>rhaid rhoi un gair neu ymadrodd byr ar un llinell</translation>
    </message>
    <message>
        <source>for an unsafe place, area or person (red, amber or green)</source>
        <translation>ar gyfer lle, ardal neu berson anniogel (coch, ambr neu wyrdd)</translation>
    </message>
    <message>
        <source>unsafe places, areas and people</source>
        <translation>lleoedd, ardaloedd a phobl anniogel</translation>
    </message>
    <message>
        <source>for an agreed action</source>
        <translation>ar gyfer cam gweithredu y cytunwyd arno</translation>
    </message>
    <message>
        <source>agreed actions</source>
        <translation>camau gweithredu y cytunwyd arnynt</translation>
    </message>
    <message>
        <source>to link a trusted adult</source>
        <translation>i gysylltu oedolyn dibynadwy</translation>
    </message>
    <message>
        <source>trusted-adult links</source>
        <translation>cysylltiadau ag oedolion dibynadwy</translation>
    </message>
    <message>
        <source>when an adult must not be contacted, so others know why</source>
        <translation>pan na ddylid cysylltu ag oedolyn, fel bod eraill yn gwybod pam</translation>
    </message>
    <message>
        <source>once consent has been asked</source>
        <translation>unwaith y gofynnwyd am ganiatâd</translation>
    </message>
    <message>
        <source>when a verification date is recorded</source>
        <translation>pan fo dyddiad dilysu wedi&apos;i gofnodi</translation>
    </message>
    <message>
        <source>is required before another number is added</source>
        <translation>mae&apos;n ofynnol cyn ychwanegu rhif arall</translation>
    </message>
    <message>
        <source>gives an age of %1; Trellis holds young people aged %2 to %3</source>
        <translation>mae&apos;n rhoi oedran o %1; mae Trellis yn cadw cofnodion pobl ifanc rhwng %2 a %3 oed</translation>
    </message>
    <message>
        <source>must be the first half of a postcode only, such as SE15 or M1</source>
        <translation>rhaid rhoi hanner cyntaf cod post yn unig, fel SE15 neu M1</translation>
    </message>
    <message>
        <source>may only hold letters, digits, hyphens and slashes, such as YP-00042</source>
        <translation>dim ond llythrennau, digidau, cysylltnodau a slaesau a ganiateir, fel YP-00042</translation>
    </message>
    <message>
        <source>must start with a lower-case letter and hold only lower-case letters, digits, dots, hyphens and underscores</source>
        <translation>rhaid dechrau â llythyren fach a defnyddio llythrennau bach, digidau, dotiau, cysylltnodau a thanlinellau yn unig</translation>
    </message>
    <message>
        <source>is not a field of the %1 record</source>
        <translation>nid yw&apos;n un o feysydd cofnod %1</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>mae&apos;n ofynnol</translation>
    </message>
    <message>
        <source>must be a record id (a UUID such as 0b7e6a4c-2f1d-4d8e-9a3b-5c6d7e8f9a0b)</source>
        <translation>rhaid rhoi dynodydd cofnod (UUID fel 0b7e6a4c-2f1d-4d8e-9a3b-5c6d7e8f9a0b)</translation>
    </message>
    <message>
        <source>is too long: at most %1 characters (this has %2)</source>
        <translation>mae&apos;n rhy hir: %1 nod ar y mwyaf (mae gan hwn %2)</translation>
    </message>
    <message>
        <source>holds control characters that cannot be printed</source>
        <translation>mae&apos;n cynnwys nodau rheoli na ellir eu hargraffu</translation>
    </message>
    <message>
        <source>must be a date (day, month and year)</source>
        <translation>rhaid rhoi dyddiad (diwrnod, mis a blwyddyn)</translation>
    </message>
    <message>
        <source>is too far in the past to be right</source>
        <translation>mae&apos;n rhy bell yn y gorffennol i fod yn gywir</translation>
    </message>
    <message>
        <source>cannot be in the future</source>
        <translation>ni all fod yn y dyfodol</translation>
    </message>
    <message>
        <source>is more than %1 years ahead; check the year</source>
        <translation>mae&apos;n fwy na %1 o flynyddoedd ymlaen; gwiriwch y flwyddyn</translation>
    </message>
    <message>
        <source>must be a date and time</source>
        <translation>rhaid rhoi dyddiad ac amser</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>rhaid rhoi rhif cyfan</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>rhaid rhoi gwerth rhwng %1 a %2</translation>
    </message>
    <message>
        <source>must be yes or no</source>
        <translation>rhaid dewis ie neu na</translation>
    </message>
    <message>
        <source>must be one of: %1</source>
        <translation>rhaid dewis un o&apos;r canlynol: %1</translation>
    </message>
    <message>
        <source>is not an email address (expected something like name@example.org)</source>
        <translation>nid yw&apos;n gyfeiriad e-bost (dylai fod yn debyg i enw@example.org)</translation>
    </message>
</context>
<context>
    <name>trellis::CaseloadModel</name>
    <message>
        <source>%1 %2</source>
        <comment>given name, family name</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 ‘%2’ %3</source>
        <comment>given name, preferred name, family name</comment>
        <translation>%1 ‘%2’ %3</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Heb ei osod</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — yn hwyr</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>RHI overdue</source>
        <translation>RHI yn hwyr</translation>
    </message>
    <message>
        <source>SEMH overdue</source>
        <translation>SEMH yn hwyr</translation>
    </message>
    <message>
        <source>%1 %2, known as %3</source>
        <translation>%1 %2, a elwir yn %3</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Oed %1</translation>
    </message>
    <message>
        <source>Age not known</source>
        <translation>Oed ddim yn hysbys</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: none</source>
        <translation>%1: dim</translation>
    </message>
    <message>
        <source>%1: not set</source>
        <translation>%1: heb ei osod</translation>
    </message>
    <message>
        <source>%1: %2, overdue</source>
        <translation>%1: %2, yn hwyr</translation>
    </message>
    <message>
        <source>Return home interview overdue</source>
        <translation>Cyfweliad dychwelyd adref yn hwyr</translation>
    </message>
    <message>
        <source>SEMH first appointment overdue</source>
        <translation>Apwyntiad cyntaf SEMH yn hwyr</translation>
    </message>
    <message>
        <source>No case clocks overdue</source>
        <translation>Dim clociau achos yn hwyr</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>trellis::KpiDisproportionalityModel</name>
    <message>
        <source>Relative rate index: this group&apos;s rate per 10–17 population divided by the rate for White children. Above 1: over-represented. Not given when either count is suppressed.</source>
        <translation>Mynegai cyfradd gymharol: cyfradd y grŵp hwn fesul poblogaeth 10–17 oed wedi&apos;i rhannu â&apos;r gyfradd ar gyfer plant Gwyn. Uwchlaw 1: wedi&apos;u gorgynrychioli. Nis rhoddir pan fo&apos;r naill gyfrif neu&apos;r llall wedi&apos;i atal.</translation>
    </message>
    <message>
        <source>Share of the young people with a stated ethnicity. Not given for a suppressed count.</source>
        <translation>Cyfran y bobl ifanc y mae eu hethnigrwydd wedi&apos;i nodi. Nis rhoddir ar gyfer cyfrif sydd wedi&apos;i atal.</translation>
    </message>
    <message>
        <source>Ethnic group</source>
        <translation>Grŵp ethnig</translation>
    </message>
    <message>
        <source>Population 10–17</source>
        <translation>Poblogaeth 10–17</translation>
    </message>
    <message>
        <source>Population share</source>
        <translation>Cyfran o&apos;r boblogaeth</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>Caseload share</source>
        <translation>Cyfran o&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Caseload RRI</source>
        <translation>RRI y llwyth achosion</translation>
    </message>
    <message>
        <source>First-time entrants</source>
        <translation type="unfinished">Newydd-ddyfodiaid</translation>
    </message>
    <message>
        <source>FTE share</source>
        <translation>Cyfran FTE</translation>
    </message>
    <message>
        <source>FTE RRI</source>
        <translation>RRI FTE</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Dalfa</translation>
    </message>
    <message>
        <source>Custody share</source>
        <translation>Cyfran y ddalfa</translation>
    </message>
    <message>
        <source>Custody RRI</source>
        <translation>RRI y ddalfa</translation>
    </message>
    <message>
        <source>open caseload</source>
        <translation>llwyth achosion agored</translation>
    </message>
    <message>
        <source>first-time entrants, %1</source>
        <translation type="unfinished">newydd-ddyfodiaid, %1</translation>
    </message>
    <message>
        <source>custodial outcomes, %1</source>
        <translation>dedfrydau o garchar, %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>trellis::KpiDrillDownModel</name>
    <message>
        <source>(not on this laptop)</source>
        <translation>(nid yw ar y gliniadur hwn)</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Cyfeirnod</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Manylion</translation>
    </message>
</context>
<context>
    <name>trellis::KpiMeasureTableModel</name>
    <message>
        <source>%1%2 points</source>
        <translation>%1%2 pwynt</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesur</translation>
    </message>
    <message>
        <source>Change since %1</source>
        <translation>Newid ers %1</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Newid</translation>
    </message>
    <message>
        <source>%1 (%)</source>
        <translation>%1 (%)</translation>
    </message>
    <message>
        <source>Provisional: the follow-up time for this period has not yet run its course.</source>
        <translation>Dros dro: nid yw&apos;r amser dilynol ar gyfer y cyfnod hwn wedi dod i ben eto.</translation>
    </message>
    <message>
        <source>The latest year against the one before; percentages in percentage points. Not given when either figure is suppressed.</source>
        <translation>Y flwyddyn ddiweddaraf o&apos;i chymharu â&apos;r un cynt; canrannau mewn pwyntiau canran. Nis rhoddir pan fo&apos;r naill ffigur neu&apos;r llall wedi&apos;i atal.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>trellis::KpiSnapshotModel</name>
    <message>
        <source>Overdue work</source>
        <translation>Gwaith hwyr</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Dangosydd</translation>
    </message>
    <message>
        <source>As at %1</source>
        <translation>Fel yr oedd ar %1</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Ffigur</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nifer</translation>
    </message>
    <message>
        <source>Meeting it</source>
        <translation>Yn ei fodloni</translation>
    </message>
    <message>
        <source>Out of</source>
        <translation>Allan o</translation>
    </message>
    <message>
        <source>%1: everyone counted in the percentage</source>
        <translation>%1: pawb sydd wedi&apos;u cyfrif yn y ganran</translation>
    </message>
</context>
<context>
    <name>trellis::KpiTeamCaseloadModel</name>
    <message>
        <source>Low</source>
        <translation>Isel</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Canolig</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Uchel</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Uchel iawn</translation>
    </message>
    <message>
        <source>All risks</source>
        <translation>Pob risg</translation>
    </message>
    <message>
        <source>Open young people whose lead worker is %1, at %2 risk (the higher of the safety and wellbeing and the risk of serious harm ratings). Press Enter to list them.</source>
        <translation>Pobl ifanc ag achos agored sydd â %1 yn weithiwr arweiniol, lefel risg: %2 (yr uchaf o&apos;r sgôr diogelwch a lles a&apos;r sgôr risg o niwed difrifol). Pwyswch Enter i&apos;w rhestru.</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Gweithiwr arweiniol</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Cyfanswm</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>all open young people</source>
        <translation>pob person ifanc ag achos agored</translation>
    </message>
    <message>
        <source>%1 risk</source>
        <translation>Risg: %1</translation>
    </message>
</context>
<context>
    <name>trellis::Session</name>
    <message numerus="yes">
        <source>Too many attempts. Wait %n seconds, then try again.</source>
        <translation>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
            <numerusform>Gormod o ymdrechion. Arhoswch %n eiliad, yna rhowch gynnig arall arni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trellis::SyncService</name>
    <message>
        <source>No central store is set up on this laptop.</source>
        <translation>Nid oes storfa ganolog wedi&apos;i gosod ar y gliniadur hwn.</translation>
    </message>
</context>
<context>
    <name>trellis::SyncWords</name>
    <message>
        <source>The server could not be reached. Check the server name and port, and that this laptop is online.</source>
        <translation>Nid oedd modd cyrraedd y gweinydd. Gwiriwch enw&apos;r gweinydd a&apos;r porth, a bod y gliniadur hwn ar-lein.</translation>
    </message>
    <message>
        <source>The connection to the server was lost. Nothing you saved is lost; Trellis will try again.</source>
        <translation>Collwyd y cysylltiad â&apos;r gweinydd. Nid oes dim byd rydych chi wedi&apos;i gadw wedi&apos;i golli; bydd Trellis yn rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted: it was not signed by the CA certificate file given. Ask your IT team for the right file.</source>
        <translation>Nid oes modd ymddiried yn nhystysgrif y gweinydd: ni chafodd ei llofnodi gan y ffeil tystysgrif CA a roddwyd. Gofynnwch i&apos;ch tîm TG am y ffeil gywir.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is for another server name. Check the server name.</source>
        <translation>Mae tystysgrif y gweinydd ar gyfer enw gweinydd arall. Gwiriwch enw&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>The CA certificate file is missing or cannot be read. Choose the file your IT team gave you.</source>
        <translation>Mae&apos;r ffeil tystysgrif CA ar goll neu nid oes modd ei darllen. Dewiswch y ffeil a roddodd eich tîm TG i chi.</translation>
    </message>
    <message>
        <source>The server does not offer an encrypted connection, so Trellis did not connect.</source>
        <translation>Nid yw&apos;r gweinydd yn cynnig cysylltiad wedi&apos;i amgryptio, felly ni wnaeth Trellis gysylltu.</translation>
    </message>
    <message>
        <source>The server only accepts encrypted connections. Turn off &quot;No encryption&quot;.</source>
        <translation>Dim ond cysylltiadau wedi&apos;u hamgryptio y mae&apos;r gweinydd yn eu derbyn. Diffoddwch &quot;Dim amgryptio&quot;.</translation>
    </message>
    <message>
        <source>The server refused the login or password. Check both and try again.</source>
        <translation>Gwrthododd y gweinydd yr enw mewngofnodi neu&apos;r cyfrinair. Gwiriwch y ddau a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your account on the central store is disabled. Ask your supervisor.</source>
        <translation>Mae eich cyfrif ar y storfa ganolog wedi&apos;i analluogi. Gofynnwch i&apos;ch goruchwyliwr.</translation>
    </message>
    <message>
        <source>The server turned this login away for that database. Check the database name.</source>
        <translation>Gwrthododd y gweinydd yr enw mewngofnodi hwn ar gyfer y gronfa ddata honno. Gwiriwch enw&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>That database holds no Trellis central store. Check the database name.</source>
        <translation>Nid oes storfa ganolog Trellis yn y gronfa ddata honno. Gwiriwch enw&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>The central store is older than this version of Trellis. Ask your IT team to upgrade it.</source>
        <translation>Mae&apos;r storfa ganolog yn hŷn na&apos;r fersiwn hon o Trellis. Gofynnwch i&apos;ch tîm TG ei huwchraddio.</translation>
    </message>
    <message>
        <source>The central store is newer than this version of Trellis. Update Trellis on this laptop.</source>
        <translation>Mae&apos;r storfa ganolog yn fwy newydd na&apos;r fersiwn hon o Trellis. Diweddarwch Trellis ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>This laptop is not connected to a central store yet. Open Connection settings.</source>
        <translation>Nid yw&apos;r gliniadur hwn wedi&apos;i gysylltu â storfa ganolog eto. Agorwch Gosodiadau cysylltu.</translation>
    </message>
    <message>
        <source>The sync was cancelled. What it had done is kept; the next sync carries on.</source>
        <translation>Cafodd y cysoni ei ganslo. Mae&apos;r hyn a wnaeth wedi&apos;i gadw; bydd y cysoni nesaf yn parhau.</translation>
    </message>
    <message>
        <source>The central store refused a change for lack of permission.</source>
        <translation>Gwrthododd y storfa ganolog newid oherwydd diffyg caniatâd.</translation>
    </message>
    <message>
        <source>This laptop&apos;s store could not be read or written. Nothing you saved is lost.</source>
        <translation>Nid oedd modd darllen storfa&apos;r gliniadur hwn nac ysgrifennu ati. Nid oes dim byd rydych chi wedi&apos;i gadw wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>The sync stopped because of an unexpected problem. Trellis will try again.</source>
        <translation>Daeth y cysoni i ben oherwydd problem annisgwyl. Bydd Trellis yn rhoi cynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>trellis::kpi::EthnicGroups</name>
    <message>
        <source>Asian or Asian British</source>
        <translation>Asiaidd neu Asiaidd Prydeinig</translation>
    </message>
    <message>
        <source>Black, Black British, Caribbean or African</source>
        <translation>Du, Du Prydeinig, Caribïaidd neu Affricanaidd</translation>
    </message>
    <message>
        <source>Mixed or multiple ethnic groups</source>
        <translation>Grwpiau cymysg neu amlethnig</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Gwyn</translation>
    </message>
    <message>
        <source>Other ethnic group</source>
        <translation>Grŵp ethnig arall</translation>
    </message>
</context>
<context>
    <name>trellis::kpi::Measure</name>
    <message>
        <source>Contacts overdue</source>
        <translation>Cysylltiadau hwyr</translation>
    </message>
    <message>
        <source>Open cases whose next contact was due before today.</source>
        <translation>Achosion agored yr oedd eu cyswllt nesaf yn ddyledus cyn heddiw.</translation>
    </message>
    <message>
        <source>Safety plan reviews overdue</source>
        <translation>Adolygiadau cynllun diogelwch hwyr</translation>
    </message>
    <message>
        <source>Open cases whose active safety plan has a review date before today.</source>
        <translation>Achosion agored lle mae dyddiad adolygu&apos;r cynllun diogelwch sydd ar waith cyn heddiw.</translation>
    </message>
    <message>
        <source>Return home interviews not held</source>
        <translation>Cyfweliadau dychwelyd adref heb eu cynnal</translation>
    </message>
    <message>
        <source>Missing episodes of open cases where the young person has returned, no return home interview is recorded and more than 3 days (72 hours) have passed since the return date.</source>
        <translation>Cyfnodau ar goll achosion agored lle mae&apos;r person ifanc wedi dychwelyd, lle nad oes cyfweliad dychwelyd adref wedi&apos;i gofnodi a lle mae mwy na 3 diwrnod (72 awr) wedi mynd heibio ers y dyddiad dychwelyd.</translation>
    </message>
    <message>
        <source>SEMH first appointments overdue</source>
        <translation>Apwyntiadau cyntaf SEMH yn hwyr</translation>
    </message>
    <message>
        <source>SEMH referrals of open cases with no first appointment recorded and more than 28 days passed since the referral date.</source>
        <translation>Atgyfeiriadau SEMH achosion agored lle nad oes apwyntiad cyntaf wedi&apos;i gofnodi a lle mae mwy na 28 diwrnod wedi mynd heibio ers dyddiad yr atgyfeiriad.</translation>
    </message>
    <message>
        <source>Positive NRM decision, no active safety plan</source>
        <translation>Penderfyniad NRM cadarnhaol, dim cynllun diogelwch ar waith</translation>
    </message>
    <message>
        <source>Open cases with a positive NRM decision (a positive conclusive grounds decision, or a positive reasonable grounds decision while the conclusive decision is pending or not recorded) not dated after today, and no active safety plan.</source>
        <translation type="unfinished">Achosion agored sydd â phenderfyniad NRM cadarnhaol (penderfyniad cadarnhaol ar sail derfynol, neu benderfyniad cadarnhaol ar sail resymol tra bo&apos;r penderfyniad terfynol yn yr arfaeth neu heb ei gofnodi) nad yw wedi&apos;i ddyddio ar ôl heddiw, a heb gynllun diogelwch ar waith.</translation>
    </message>
    <message>
        <source>First-time entrants</source>
        <translation type="unfinished">Newydd-ddyfodiaid</translation>
    </message>
    <message>
        <source>Young people whose first ever substantive outcome (youth caution, youth conditional caution or a court sentence: referral order, youth rehabilitation order with or without ISS, detention and training order) has its outcome date in the period, aged 10 to 17 on that date. The outcome date is the recorded outcome date, else the start date. Triage, community resolutions, prevention and remand are not substantive.</source>
        <translation type="unfinished">Pobl ifanc y mae dyddiad canlyniad eu canlyniad sylweddol cyntaf erioed (rhybudd ieuenctid, rhybudd ieuenctid amodol neu ddedfryd llys: gorchymyn atgyfeirio, gorchymyn adsefydlu ieuenctid gydag ISS neu hebddo, gorchymyn cadw a hyfforddi) yn ystod y cyfnod, a hwythau rhwng 10 a 17 oed ar y dyddiad hwnnw. Dyddiad y canlyniad yw&apos;r dyddiad canlyniad a gofnodwyd, neu fel arall y dyddiad dechrau. Nid yw brysbennu, datrysiadau cymunedol, atal a remánd yn ganlyniadau sylweddol.</translation>
    </message>
    <message>
        <source>Custodial sentences</source>
        <translation>Dedfrydau o garchar</translation>
    </message>
    <message>
        <source>Detention and training orders whose outcome date (else start date) is in the period, one per order.</source>
        <translation>Gorchmynion cadw a hyfforddi y mae dyddiad eu canlyniad (neu fel arall eu dyddiad dechrau) yn ystod y cyfnod, un fesul gorchymyn.</translation>
    </message>
    <message>
        <source>Proven reoffending</source>
        <translation>Aildroseddu profedig</translation>
    </message>
    <message>
        <source>Cohort: young people with a substantive outcome, or a release from custody (the end date of a detention and training order), in the period; the index date is the first such date in the period. Reoffenders: those with another substantive outcome for an offence committed after the index date and within 12 months of it, whose outcome date is within 18 months of the index date. Provisional until 18 months after the period ends.</source>
        <translation type="unfinished">Carfan: pobl ifanc a gafodd ganlyniad sylweddol, neu a ryddhawyd o&apos;r ddalfa (dyddiad gorffen gorchymyn cadw a hyfforddi), yn ystod y cyfnod; y dyddiad mynegai yw&apos;r dyddiad cyntaf o&apos;r fath yn y cyfnod. Aildroseddwyr: y rhai sydd â chanlyniad sylweddol arall am drosedd a gyflawnwyd ar ôl y dyddiad mynegai ac o fewn 12 mis iddo, a dyddiad y canlyniad hwnnw o fewn 18 mis i&apos;r dyddiad mynegai. Dros dro tan 18 mis ar ôl i&apos;r cyfnod ddod i ben.</translation>
    </message>
    <message>
        <source>NEET aged 16–17</source>
        <translation>NEET 16–17 oed</translation>
    </message>
    <message>
        <source>Open cases aged 16 or 17 today whose education, training or employment status is NEET (not in education, employment or training). A snapshot as at today: the store keeps the current status, not its history.</source>
        <translation>Achosion agored sy&apos;n 16 neu 17 oed heddiw ac y mae statws eu haddysg, hyfforddiant neu gyflogaeth yn NEET (ddim mewn addysg, cyflogaeth na hyfforddiant). Ciplun fel y mae heddiw: mae&apos;r storfa&apos;n cadw&apos;r statws presennol, nid ei hanes.</translation>
    </message>
    <message>
        <source>Missing episodes</source>
        <translation>Cyfnodau ar goll</translation>
    </message>
    <message>
        <source>Missing episodes that started in the period, one per episode.</source>
        <translation>Cyfnodau ar goll a ddechreuodd yn ystod y cyfnod, un fesul cyfnod ar goll.</translation>
    </message>
    <message>
        <source>Children missing</source>
        <translation>Plant ar goll</translation>
    </message>
    <message>
        <source>Young people with at least one missing episode that started in the period.</source>
        <translation>Pobl ifanc ag o leiaf un cyfnod ar goll a ddechreuodd yn ystod y cyfnod.</translation>
    </message>
    <message>
        <source>Positive NRM with a safety plan</source>
        <translation>NRM cadarnhaol gyda chynllun diogelwch</translation>
    </message>
    <message>
        <source>Young people with a positive NRM decision dated in the period (the date of the positive conclusive decision, else of the positive reasonable grounds decision while the conclusive one is pending or not recorded); counted when a version of their safety plan was activated on or before the end of the period (or today, if earlier).</source>
        <translation type="unfinished">Pobl ifanc sydd â phenderfyniad NRM cadarnhaol wedi&apos;i ddyddio yn ystod y cyfnod (dyddiad y penderfyniad terfynol cadarnhaol, neu fel arall ddyddiad y penderfyniad cadarnhaol ar sail resymol tra bo&apos;r un terfynol yn yr arfaeth neu heb ei gofnodi); cânt eu cyfrif pan roddwyd fersiwn o&apos;u cynllun diogelwch ar waith ar ddiwedd y cyfnod neu cyn hynny (neu heddiw, os yw hynny&apos;n gynharach).</translation>
    </message>
    <message>
        <source>SEMH first appointment within 4 weeks</source>
        <translation>Apwyntiad cyntaf SEMH o fewn 4 wythnos</translation>
    </message>
    <message>
        <source>SEMH referrals made in the period, one per referral, leaving out referrals still inside their 28 days with no appointment yet; counted when the first appointment was on or before the 28th day after the referral date.</source>
        <translation>Atgyfeiriadau SEMH a wnaed yn ystod y cyfnod, un fesul atgyfeiriad, gan hepgor atgyfeiriadau sy&apos;n dal o fewn eu 28 diwrnod heb apwyntiad eto; cânt eu cyfrif pan oedd yr apwyntiad cyntaf ar yr 28ain diwrnod ar ôl dyddiad yr atgyfeiriad neu cyn hynny.</translation>
    </message>
    <message>
        <source>Suspensions</source>
        <translation>Gwaharddiadau cyfnod penodol</translation>
    </message>
    <message>
        <source>School exclusions recorded as suspensions (fixed-term) that started in the period, one per exclusion.</source>
        <translation>Gwaharddiadau o&apos;r ysgol a gofnodwyd fel gwaharddiadau cyfnod penodol ac a ddechreuodd yn ystod y cyfnod, un fesul gwaharddiad.</translation>
    </message>
    <message>
        <source>Permanent exclusions</source>
        <translation>Gwaharddiadau parhaol</translation>
    </message>
    <message>
        <source>School exclusions recorded as permanent that started in the period, one per exclusion.</source>
        <translation>Gwaharddiadau o&apos;r ysgol a gofnodwyd fel rhai parhaol ac a ddechreuodd yn ystod y cyfnod, un fesul gwaharddiad.</translation>
    </message>
    <message>
        <source>Knife-crime victims under 25</source>
        <translation>Dioddefwyr troseddau cyllyll dan 25 oed</translation>
    </message>
    <message>
        <source>Young people recorded as a victim of knife crime on a day in the period, aged under 25 on that day.</source>
        <translation>Pobl ifanc a gofnodwyd fel dioddefwr troseddau cyllyll ar ddiwrnod yn ystod y cyfnod, a hwythau dan 25 oed ar y diwrnod hwnnw.</translation>
    </message>
    <message>
        <source>Suitable accommodation</source>
        <translation>Llety addas</translation>
    </message>
    <message>
        <source>Open cases whose accommodation is recorded as suitable, of all open cases. Unknown counts as not suitable.</source>
        <translation>Achosion agored y cofnodwyd bod eu llety&apos;n addas, o blith yr holl achosion agored. Mae llety anhysbys yn cyfrif fel llety anaddas.</translation>
    </message>
    <message>
        <source>In education, training or employment</source>
        <translation>Mewn addysg, hyfforddiant neu gyflogaeth</translation>
    </message>
    <message>
        <source>Open cases whose education, training or employment status is not NEET, of all open cases.</source>
        <translation>Achosion agored nad yw statws eu haddysg, hyfforddiant neu gyflogaeth yn NEET, o blith yr holl achosion agored.</translation>
    </message>
    <message>
        <source>SEND: in ETE with a formal learning plan</source>
        <translation>SEND: mewn ETE gyda chynllun dysgu ffurfiol</translation>
    </message>
    <message>
        <source>Open cases with special educational needs (SEN support or an EHCP) who are in education, training or employment and have a formal learning plan, of all open cases with special educational needs.</source>
        <translation>Achosion agored ag anghenion addysgol arbennig (cymorth SEN neu EHCP) sydd mewn addysg, hyfforddiant neu gyflogaeth ac sydd â chynllun dysgu ffurfiol, o blith yr holl achosion agored ag anghenion addysgol arbennig.</translation>
    </message>
    <message>
        <source>Mental health: need identified</source>
        <translation>Iechyd meddwl: angen wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Open cases screened for mental health and emotional wellbeing needs where a need was identified, of all open cases screened.</source>
        <translation>Achosion agored a sgriniwyd am anghenion iechyd meddwl a lles emosiynol lle nodwyd angen, o blith yr holl achosion agored a sgriniwyd.</translation>
    </message>
    <message>
        <source>Mental health: intervention offered</source>
        <translation>Iechyd meddwl: ymyriad wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>Open cases offered an intervention for an identified mental health need (or attending one), of all open cases with a need identified.</source>
        <translation>Achosion agored y cynigiwyd ymyriad iddynt ar gyfer angen iechyd meddwl a nodwyd (neu sy&apos;n mynychu un), o blith yr holl achosion agored lle nodwyd angen.</translation>
    </message>
    <message>
        <source>Mental health: attending</source>
        <translation>Iechyd meddwl: yn mynychu</translation>
    </message>
    <message>
        <source>Open cases attending an intervention for their mental health need, of all open cases offered one.</source>
        <translation>Achosion agored sy&apos;n mynychu ymyriad ar gyfer eu hangen iechyd meddwl, o blith yr holl achosion agored y cynigiwyd un iddynt.</translation>
    </message>
    <message>
        <source>Substance misuse: need identified</source>
        <translation>Camddefnyddio sylweddau: angen wedi&apos;i nodi</translation>
    </message>
    <message>
        <source>Open cases screened for substance misuse where a need was identified, of all open cases screened.</source>
        <translation>Achosion agored a sgriniwyd am gamddefnyddio sylweddau lle nodwyd angen, o blith yr holl achosion agored a sgriniwyd.</translation>
    </message>
    <message>
        <source>Substance misuse: intervention offered</source>
        <translation>Camddefnyddio sylweddau: ymyriad wedi&apos;i gynnig</translation>
    </message>
    <message>
        <source>Open cases offered an intervention for an identified substance misuse need (or attending one), of all open cases with a need identified.</source>
        <translation>Achosion agored y cynigiwyd ymyriad iddynt ar gyfer angen camddefnyddio sylweddau a nodwyd (neu sy&apos;n mynychu un), o blith yr holl achosion agored lle nodwyd angen.</translation>
    </message>
    <message>
        <source>Substance misuse: attending</source>
        <translation>Camddefnyddio sylweddau: yn mynychu</translation>
    </message>
    <message>
        <source>Open cases attending an intervention for substance misuse, of all open cases offered one.</source>
        <translation>Achosion agored sy&apos;n mynychu ymyriad ar gyfer camddefnyddio sylweddau, o blith yr holl achosion agored y cynigiwyd un iddynt.</translation>
    </message>
</context>
<context>
    <name>trellis::ui::CaseloadView</name>
    <message>
        <source>Search by name or reference (Ctrl+F)</source>
        <translation>Chwilio yn ôl enw neu gyfeirnod (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the caseload by name or reference</source>
        <translation>Chwilio&apos;r llwyth achosion yn ôl enw neu gyfeirnod</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Llwyth achosion</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risg:</translation>
    </message>
    <message>
        <source>Minimum risk rating</source>
        <translation>Isafswm sgôr risg</translation>
    </message>
    <message>
        <source>The higher of risk of serious harm and safety and wellbeing</source>
        <translation>Yr uchaf o&apos;r sgôr risg o niwed difrifol a&apos;r sgôr diogelwch a lles</translation>
    </message>
    <message>
        <source>Any rating</source>
        <translation>Unrhyw sgôr</translation>
    </message>
    <message>
        <source>Medium or higher</source>
        <translation>Canolig neu uwch</translation>
    </message>
    <message>
        <source>High or higher</source>
        <translation>Uchel neu uwch</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Uchel iawn</translation>
    </message>
    <message>
        <source>F&amp;lags:</source>
        <translation>&amp;Baneri:</translation>
    </message>
    <message>
        <source>Vulnerability flag</source>
        <translation>Baner bregusrwydd</translation>
    </message>
    <message>
        <source>Any or none</source>
        <translation>Unrhyw faner neu ddim</translation>
    </message>
    <message>
        <source>Any flag</source>
        <translation>Unrhyw faner</translation>
    </message>
    <message>
        <source>&amp;Cases:</source>
        <translation>&amp;Achosion:</translation>
    </message>
    <message>
        <source>Open or closed cases</source>
        <translation>Achosion agored neu ar gau</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Agored</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>Open and closed</source>
        <translation>Agored ac ar gau</translation>
    </message>
    <message>
        <source>&amp;Overdue only</source>
        <translation>Yn &amp;hwyr yn unig</translation>
    </message>
    <message>
        <source>Next contact, safety plan review or a case clock overdue</source>
        <translation>Y cyswllt nesaf, adolygiad o&apos;r cynllun diogelwch neu gloc achos yn hwyr</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>&amp;Cysoni:</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Statws cysoni</translation>
    </message>
    <message>
        <source>Whether the young person&apos;s changes have reached the central store</source>
        <translation>A yw newidiadau&apos;r person ifanc wedi cyrraedd y storfa ganolog</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Unrhyw statws</translation>
    </message>
    <message>
        <source>Not synced</source>
        <translation>Heb ei gysoni</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Yn aros i gysoni</translation>
    </message>
    <message>
        <source>In conflict</source>
        <translation>Mewn gwrthdaro</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Oed</translation>
    </message>
    <message>
        <source>Diversion or triage</source>
        <translation type="unfinished">Dargyfeirio neu frysbennu</translation>
    </message>
    <message>
        <source>Reoffending</source>
        <translation>Aildroseddu</translation>
    </message>
    <message>
        <source>CCE, County lines</source>
        <translation>CCE, Llinellau cyffuriau</translation>
    </message>
    <message>
        <source>%1 — overdue</source>
        <translation>%1 — yn hwyr</translation>
    </message>
    <message>
        <source>SEMH overdue</source>
        <translation>SEMH yn hwyr</translation>
    </message>
    <message>
        <source>The caseload could not be read: %1</source>
        <translation>Nid oedd modd darllen y llwyth achosion: %1</translation>
    </message>
    <message numerus="yes">
        <source>Showing the first %n young people; loading the rest…</source>
        <translation>
            <numerusform>Yn dangos %n o bobl ifanc yn gyntaf; yn llwytho&apos;r gweddill…</numerusform>
            <numerusform>Yn dangos %n person ifanc yn gyntaf; yn llwytho&apos;r gweddill…</numerusform>
            <numerusform>Yn dangos %n o bobl ifanc yn gyntaf; yn llwytho&apos;r gweddill…</numerusform>
            <numerusform>Yn dangos %n o bobl ifanc yn gyntaf; yn llwytho&apos;r gweddill…</numerusform>
            <numerusform>Yn dangos %n o bobl ifanc yn gyntaf; yn llwytho&apos;r gweddill…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n young people</source>
        <translation>
            <numerusform>%n o bobl ifanc</numerusform>
            <numerusform>%n person ifanc</numerusform>
            <numerusform>%n o bobl ifanc</numerusform>
            <numerusform>%n o bobl ifanc</numerusform>
            <numerusform>%n o bobl ifanc</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Showing %1 of %n young people</source>
        <translation>
            <numerusform>Yn dangos %1 o blith %n o bobl ifanc</numerusform>
            <numerusform>Yn dangos %1 o blith %n person ifanc</numerusform>
            <numerusform>Yn dangos %1 o blith %n o bobl ifanc</numerusform>
            <numerusform>Yn dangos %1 o blith %n o bobl ifanc</numerusform>
            <numerusform>Yn dangos %1 o blith %n o bobl ifanc</numerusform>
        </translation>
    </message>
    <message>
        <source>The list shows the young people whose name or reference contains what you type; Down moves to the list, Enter opens the first</source>
        <translation>Mae&apos;r rhestr yn dangos y bobl ifanc y mae eu henw neu eu cyfeirnod yn cynnwys yr hyn rydych chi&apos;n ei deipio; mae Saeth i lawr yn symud i&apos;r rhestr, ac mae Enter yn agor y cyntaf</translation>
    </message>
    <message>
        <source>Your young people, one a row; the arrow keys move, Enter opens the record, Ctrl+N adds a young person</source>
        <translation>Eich pobl ifanc, un ar bob rhes; mae&apos;r bysellau saeth yn symud, mae Enter yn agor y cofnod, ac mae Ctrl+N yn ychwanegu person ifanc</translation>
    </message>
    <message>
        <source>Show only young people with this vulnerability flag</source>
        <translation>Dangos dim ond pobl ifanc sydd â&apos;r faner bregusrwydd hon</translation>
    </message>
    <message>
        <source>Show open cases, closed cases or both</source>
        <translation>Dangos achosion agored, achosion ar gau neu&apos;r ddau</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ConflictEditDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Golygu %1</translation>
    </message>
    <message>
        <source>&amp;%1:</source>
        <translation>&amp;%1:</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Na</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>&amp;Keep this value</source>
        <translation>&amp;Cadw&apos;r gwerth hwn</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Gwall: %1</translation>
    </message>
    <message>
        <source>%1: write the date as dd/mm/yyyy.</source>
        <translation>%1: ysgrifennwch y dyddiad fel dd/mm/yyyy.</translation>
    </message>
    <message>
        <source>%1: write a whole number.</source>
        <translation>%1: ysgrifennwch rif cyfan.</translation>
    </message>
    <message>
        <source>The value to keep, as dd/mm/yyyy</source>
        <translation>Y gwerth i&apos;w gadw, ar ffurf dd/mm/yyyy</translation>
    </message>
    <message>
        <source>The value to keep</source>
        <translation>Y gwerth i&apos;w gadw</translation>
    </message>
    <message>
        <source>Settle the conflict with the value above</source>
        <translation>Datrys y gwrthdaro gyda&apos;r gwerth uchod</translation>
    </message>
    <message>
        <source>Close without settling the conflict</source>
        <translation>Cau heb ddatrys y gwrthdaro</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ConflictInboxView</name>
    <message>
        <source>&amp;Conflicts to settle:</source>
        <translation>&amp;Gwrthdaro i&apos;w ddatrys:</translation>
    </message>
    <message>
        <source>Conflicts to settle</source>
        <translation>Gwrthdaro i&apos;w ddatrys</translation>
    </message>
    <message>
        <source>Before both changes</source>
        <translation>Cyn y ddau newid</translation>
    </message>
    <message>
        <source>&amp;Edit value…</source>
        <translation>Golygu&apos;r g&amp;werth…</translation>
    </message>
    <message>
        <source>Keep a value of your own, starting from one of the two</source>
        <translation>Cadw gwerth o&apos;ch dewis eich hun, gan ddechrau o un o&apos;r ddau</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Agor y cofnod</translation>
    </message>
    <message>
        <source>The conflicts could not be read: %1</source>
        <translation>Nid oedd modd darllen y gwrthdaro: %1</translation>
    </message>
    <message>
        <source>%1: %2
opened %3</source>
        <translation>%1: %2
agorwyd %3</translation>
    </message>
    <message>
        <source>No conflicts to settle.</source>
        <translation>Dim gwrthdaro i&apos;w ddatrys.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>My value</source>
        <translation>Fy ngwerth i</translation>
    </message>
    <message>
        <source>Their value</source>
        <translation>Eu gwerth nhw</translation>
    </message>
    <message>
        <source>Kept: %1</source>
        <translation>Wedi&apos;i gadw: %1</translation>
    </message>
    <message>
        <source>Not kept: %1</source>
        <translation>Heb ei gadw: %1</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Cadw f&amp;y ngwerth i</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Cadw &amp;eu gwerth nhw</translation>
    </message>
    <message>
        <source>Keep t&amp;his</source>
        <translation>Cadw &amp;hwn</translation>
    </message>
    <message>
        <source>Keep th&amp;at</source>
        <translation>Cadw hw&amp;nnw</translation>
    </message>
    <message>
        <source>Edit value of %1</source>
        <translation>Golygu gwerth %1</translation>
    </message>
    <message>
        <source>Made by %1 on %2</source>
        <translation>Gwnaed gan %1 ar %2</translation>
    </message>
    <message>
        <source>someone unknown</source>
        <translation>rhywun anhysbys</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Not resolved. %1</source>
        <translation>Heb ei ddatrys. %1</translation>
    </message>
    <message>
        <source>%1 is settled here. Your choice will reach the central store with the next sync.</source>
        <translation>Mae&apos;r gwrthdaro ynghylch %1 wedi&apos;i ddatrys yma. Bydd eich dewis yn cyrraedd y storfa ganolog gyda&apos;r cysoniad nesaf.</translation>
    </message>
    <message>
        <source>Changes that clashed with a colleague&apos;s; choose which value to keep</source>
        <translation>Newidiadau a oedd yn gwrthdaro â newidiadau cydweithiwr; dewiswch pa werth i&apos;w gadw</translation>
    </message>
    <message>
        <source>Choose a conflict; both values and a Keep button for each are shown below</source>
        <translation>Dewiswch wrthdaro; dangosir y ddau werth isod, gyda botwm Cadw ar gyfer pob un</translation>
    </message>
    <message>
        <source>Show the young person&apos;s record this conflict is in</source>
        <translation>Dangos cofnod y person ifanc y mae&apos;r gwrthdaro hwn ynddo</translation>
    </message>
    <message>
        <source>Settle the conflict with this value: %1</source>
        <translation>Datrys y gwrthdaro gyda&apos;r gwerth hwn: %1</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ConnectionSettingsDialog</name>
    <message>
        <source>Browse…</source>
        <translation>Pori…</translation>
    </message>
    <message>
        <source>No encryption (development only)</source>
        <translation>Dim amgryptio (ar gyfer datblygu yn unig)</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>Connection settings</source>
        <translation>Gosodiadau cysylltu</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Gweinydd</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Porth</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Cronfa ddata</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Enw mewngofnodi</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>Ffeil tystysgrif CA</translation>
    </message>
    <message>
        <source>Browse for the CA certificate file</source>
        <translation>Pori am y ffeil tystysgrif CA</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Canlyniad profi&apos;r cysylltiad</translation>
    </message>
    <message>
        <source>Warning: without encryption, records and your password cross the network in the clear. Only for a test server on this laptop, never for real records.</source>
        <translation>Rhybudd: heb amgryptio, mae cofnodion a&apos;ch cyfrinair yn croesi&apos;r rhwydwaith heb eu hamgryptio. Ar gyfer gweinydd prawf ar y gliniadur hwn yn unig, byth ar gyfer cofnodion go iawn.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Gweinydd:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>&amp;Porth:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Cronfa ddata:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Enw &amp;mewngofnodi:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>C&amp;yfrinair:</translation>
    </message>
    <message>
        <source>&amp;CA certificate file:</source>
        <translation>Ffeil &amp;tystysgrif CA:</translation>
    </message>
    <message>
        <source>Certificates (*.crt *.pem);;All files (*)</source>
        <translation>Tystysgrifau (*.crt *.pem);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Wedi cysylltu</translation>
    </message>
    <message>
        <source>stored (type to replace)</source>
        <translation>wedi&apos;i gadw (teipiwch i&apos;w newid)</translation>
    </message>
    <message>
        <source>Enter the server&apos;s name or address.</source>
        <translation>Rhowch enw neu gyfeiriad y gweinydd.</translation>
    </message>
    <message>
        <source>Enter the database name.</source>
        <translation>Rhowch enw&apos;r gronfa ddata.</translation>
    </message>
    <message>
        <source>Enter your login.</source>
        <translation>Rhowch eich enw mewngofnodi.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Rhowch eich cyfrinair.</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wrthi&apos;n profi…</translation>
    </message>
    <message>
        <source>The connection %1.</source>
        <translation>Problem gyda&apos;r cysylltiad: %1.</translation>
    </message>
    <message>
        <source>The CA certificate file %1.</source>
        <translation>Problem gyda&apos;r ffeil tystysgrif CA: %1.</translation>
    </message>
    <message>
        <source>The password %1.</source>
        <translation>Problem gyda&apos;r cyfrinair: %1.</translation>
    </message>
    <message>
        <source>The central store&apos;s name or address, as your IT team gave it</source>
        <translation>Enw neu gyfeiriad y storfa ganolog, fel y&apos;i rhoddwyd gan eich tîm TG</translation>
    </message>
    <message>
        <source>A number from 1 to 65535; usually 5432</source>
        <translation type="vanished">Rhif o 1 i 65535; 5432 fel arfer</translation>
    </message>
    <message>
        <source>The central store&apos;s database name; usually trellis</source>
        <translation>Enw cronfa ddata&apos;r storfa ganolog; trellis fel arfer</translation>
    </message>
    <message>
        <source>Your own login to the central store</source>
        <translation>Eich enw mewngofnodi eich hun ar gyfer y storfa ganolog</translation>
    </message>
    <message>
        <source>Your central store password; kept only in the encrypted store</source>
        <translation>Eich cyfrinair ar gyfer y storfa ganolog; caiff ei gadw yn y storfa wedi&apos;i hamgryptio yn unig</translation>
    </message>
    <message>
        <source>The file that proves the server is the council&apos;s; PEM format, from your IT team</source>
        <translation>Y ffeil sy&apos;n profi mai gweinydd y cyngor yw&apos;r gweinydd; fformat PEM, gan eich tîm TG</translation>
    </message>
    <message>
        <source>Choose the CA certificate file</source>
        <translation>Dewis y ffeil tystysgrif CA</translation>
    </message>
    <message>
        <source>Connect without TLS: only for a test server on this laptop</source>
        <translation>Cysylltu heb TLS: dim ond ar gyfer gweinydd prawf ar y gliniadur hwn</translation>
    </message>
    <message>
        <source>Try to connect with these settings, without saving them</source>
        <translation>Ceisio cysylltu gyda&apos;r gosodiadau hyn, heb eu cadw</translation>
    </message>
    <message>
        <source>Keep these settings for the next syncs</source>
        <translation>Cadw&apos;r gosodiadau hyn ar gyfer y cysoniadau nesaf</translation>
    </message>
    <message>
        <source>Close without changing the settings</source>
        <translation>Cau heb newid y gosodiadau</translation>
    </message>
    <message>
        <source>A number from 1 to 65535, given by your administrator</source>
        <translation>Rhif o 1 i 65535, a roddir i chi gan eich gweinyddwr</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ContactListModel</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
            <numerusform>%n mun</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Presenoldeb</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Hyd</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Next contact due</source>
        <translation>Cyswllt nesaf yn ddyledus</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ContactsTab</name>
    <message>
        <source>Save contact</source>
        <translation>Cadw&apos;r cyswllt</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Clirio</translation>
    </message>
    <message>
        <source>Save the contact (Ctrl+Enter)</source>
        <translation>Cadw&apos;r cyswllt (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Start this contact again</source>
        <translation>Dechrau&apos;r cyswllt hwn eto</translation>
    </message>
    <message>
        <source>Past contacts, newest first</source>
        <translation>Cysylltiadau blaenorol, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Cofnodi cyswllt</translation>
    </message>
    <message>
        <source>Past contacts</source>
        <translation>Cysylltiadau blaenorol</translation>
    </message>
    <message>
        <source>No next contact arranged</source>
        <translation>Dim cyswllt nesaf wedi&apos;i drefnu</translation>
    </message>
    <message>
        <source>Next contact overdue (due %1)</source>
        <translation>Mae&apos;r cyswllt nesaf yn hwyr (dyddiad dyledus: %1)</translation>
    </message>
    <message>
        <source>Next contact due %1</source>
        <translation>Dyddiad dyledus y cyswllt nesaf: %1</translation>
    </message>
    <message>
        <source>The contact was not saved: %1</source>
        <translation>Ni chadwyd y cyswllt: %1</translation>
    </message>
    <message>
        <source>Could not save the contact: %1</source>
        <translation>Nid oedd modd cadw&apos;r cyswllt: %1</translation>
    </message>
    <message>
        <source>Contact saved.</source>
        <translation>Cadwyd y cyswllt.</translation>
    </message>
    <message>
        <source>Restored an unsaved contact from %1.</source>
        <translation>Adferwyd cyswllt heb ei gadw o %1.</translation>
    </message>
</context>
<context>
    <name>trellis::ui::CreateStorePage</name>
    <message>
        <source>&amp;Create my store</source>
        <translation>&amp;Creu fy storfa</translation>
    </message>
    <message>
        <source>Welcome to Trellis</source>
        <translation>Croeso i Trellis</translation>
    </message>
    <message>
        <source>Trellis keeps your caseload on this computer, encrypted with a passphrase only you know. Choose one of at least %1 characters, or at least %2 words.</source>
        <translation>Mae Trellis yn cadw eich llwyth achosion ar y cyfrifiadur hwn, wedi&apos;i amgryptio â chyfrinymadrodd sy&apos;n hysbys i chi yn unig. Dewiswch un sydd ag o leiaf %1 nod, neu o leiaf %2 gair.</translation>
    </message>
    <message>
        <source>Important: %1</source>
        <translation>Pwysig: %1</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Open an &amp;existing store…</source>
        <translation>Agor storfa sy&apos;n &amp;bodoli eisoes…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>C&amp;yfrinymadrodd:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Eto:</translation>
    </message>
    <message>
        <source>The store will be created at %1.</source>
        <translation>Bydd y storfa&apos;n cael ei chreu yn %1.</translation>
    </message>
    <message>
        <source>Type the passphrase again to check it.</source>
        <translation>Teipiwch y cyfrinymadrodd eto i&apos;w wirio.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath.</translation>
    </message>
    <message>
        <source>At least %1 characters or %2 words; it encrypts your caseload and cannot be recovered</source>
        <translation>O leiaf %1 nod neu %2 gair; mae&apos;n amgryptio eich llwyth achosion ac nid oes modd ei adfer</translation>
    </message>
    <message>
        <source>The same passphrase, to check it was typed as meant</source>
        <translation>Yr un cyfrinymadrodd eto, i wirio iddo gael ei deipio fel y bwriadwyd</translation>
    </message>
    <message>
        <source>Make a new encrypted store with this passphrase</source>
        <translation>Creu storfa newydd wedi&apos;i hamgryptio gyda&apos;r cyfrinymadrodd hwn</translation>
    </message>
    <message>
        <source>Open a store that already exists on this computer</source>
        <translation>Agor storfa sy&apos;n bodoli eisoes ar y cyfrifiadur hwn</translation>
    </message>
</context>
<context>
    <name>trellis::ui::DashboardTab</name>
    <message>
        <source>%1: table</source>
        <translation>%1: tabl</translation>
    </message>
    <message>
        <source>Every figure of the chart. Press Enter on a figure to list the young people behind it.</source>
        <translation>Pob ffigur yn y siart. Pwyswch Enter ar ffigur i restru&apos;r bobl ifanc y tu ôl iddo.</translation>
    </message>
</context>
<context>
    <name>trellis::ui::DashboardView</name>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Dangosfwrdd goruchwyliwr</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Delwedd PNG (*.png)</translation>
    </message>
    <message>
        <source>Dashboard pages</source>
        <translation>Tudalennau&apos;r dangosfwrdd</translation>
    </message>
    <message>
        <source>Open young people by lead worker. Exact counts: this is a work list. Click a bar, or press Enter on a number, to list the young people behind it.</source>
        <translation>Pobl ifanc ag achos agored, fesul gweithiwr arweiniol. Union niferoedd: rhestr waith yw hon. Cliciwch ar far, neu pwyswch Enter ar rif, i restru&apos;r bobl ifanc y tu ôl iddo.</translation>
    </message>
    <message>
        <source>Work overdue today on open cases. Exact counts: this is a work list; exports show counts of 1 to 4 as &quot;&lt;5&quot;.</source>
        <translation>Gwaith sy&apos;n hwyr heddiw ar achosion agored. Union niferoedd: rhestr waith yw hon; mae allforion yn dangos niferoedd o 1 i 4 fel &quot;&lt;5&quot;.</translation>
    </message>
    <message>
        <source>The youth-safety strategy&apos;s measures for five financial years. Counts of 1 to 4 are shown as &quot;&lt;5&quot; and no percentage is worked out from them. Point at a measure for its definition.</source>
        <translation>Mesurau&apos;r strategaeth diogelwch ieuenctid dros bum blwyddyn ariannol. Dangosir niferoedd o 1 i 4 fel &quot;&lt;5&quot; ac ni chaiff canran ei chyfrifo ohonynt. Pwyntiwch at fesur i weld ei ddiffiniad.</translation>
    </message>
    <message>
        <source>YJB key performance indicators for open cases as at today. Counts of 1 to 4 are shown as &quot;&lt;5&quot; and no percentage is worked out from them.</source>
        <translation>Dangosyddion perfformiad allweddol YJB ar gyfer achosion agored fel y maent heddiw. Dangosir niferoedd o 1 i 4 fel &quot;&lt;5&quot; ac ni chaiff canran ei chyfrifo ohonynt.</translation>
    </message>
    <message>
        <source>When the figures were read</source>
        <translation>Pryd y darllenwyd y ffigurau</translation>
    </message>
    <message>
        <source>Reading the figures…</source>
        <translation>Wrthi&apos;n darllen y ffigurau…</translation>
    </message>
    <message>
        <source>Save &amp;chart as PNG…</source>
        <translation>Cadw&apos;r &amp;siart fel PNG…</translation>
    </message>
    <message>
        <source>Saves the chart of the page shown, with counts of 1 to 4 left out.</source>
        <translation>Mae&apos;n cadw siart y dudalen a ddangosir, heb niferoedd o 1 i 4.</translation>
    </message>
    <message>
        <source>Export &amp;measures (CSV)…</source>
        <translation>Allforio&apos;r &amp;mesurau (CSV)…</translation>
    </message>
    <message>
        <source>Every measure for this scope as a CSV file; counts of 1 to 4 as &quot;&lt;5&quot;.</source>
        <translation>Pob mesur ar gyfer y cwmpas hwn fel ffeil CSV; niferoedd o 1 i 4 fel &quot;&lt;5&quot;.</translation>
    </message>
    <message>
        <source>&amp;Board report (PDF)…</source>
        <translation>Adroddiad y &amp;bwrdd (PDF)…</translation>
    </message>
    <message>
        <source>The management board&apos;s report for this scope: charts, tables and definitions.</source>
        <translation>Adroddiad y bwrdd rheoli ar gyfer y cwmpas hwn: siartiau, tablau a diffiniadau.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Tîm</translation>
    </message>
    <message>
        <source>All teams</source>
        <translation>Pob tîm</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Gweithiwr arweiniol</translation>
    </message>
    <message>
        <source>All workers</source>
        <translation>Pob gweithiwr</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>Financial year %1</source>
        <translation>Blwyddyn ariannol %1</translation>
    </message>
    <message>
        <source>Custom period</source>
        <translation>Cyfnod o&apos;ch dewis</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Dechrau&apos;r cyfnod</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Diwedd y cyfnod</translation>
    </message>
    <message>
        <source>&amp;Team:</source>
        <translation>&amp;Tîm:</translation>
    </message>
    <message>
        <source>&amp;Worker:</source>
        <translation>&amp;Gweithiwr:</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Cyfnod:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>T&amp;o:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Read again</source>
        <translation>&amp;Darllen eto</translation>
    </message>
    <message>
        <source>Read the figures again</source>
        <translation>Darllen y ffigurau eto</translation>
    </message>
    <message>
        <source>Reads the store again, for changes made since the figures were read (F5 syncs).</source>
        <translation>Mae&apos;n darllen y storfa eto, i gynnwys newidiadau a wnaed ers darllen y ffigurau (mae F5 yn cysoni).</translation>
    </message>
    <message>
        <source>The period&apos;s first day is after its last: choose the dates again.</source>
        <translation>Mae diwrnod cyntaf y cyfnod ar ôl ei ddiwrnod olaf: dewiswch y dyddiadau eto.</translation>
    </message>
    <message>
        <source>Working out the figures…</source>
        <translation>Wrthi&apos;n cyfrifo&apos;r ffigurau…</translation>
    </message>
    <message>
        <source>The population file could not be read (%1), so there are no population shares or relative rates; the caseload shares are shown.</source>
        <translation>Nid oedd modd darllen y ffeil poblogaeth (%1), felly nid oes cyfrannau poblogaeth na chyfraddau cymharol; dangosir cyfrannau&apos;r llwyth achosion.</translation>
    </message>
    <message>
        <source>Example population: the 10–17 population figures are Trellis&apos;s example values, not your area&apos;s, so the population shares and relative rates below are only an illustration. Your administrator can put the local figures in trellis/population-10-17.csv.</source>
        <translation>Poblogaeth enghreifftiol: gwerthoedd enghreifftiol Trellis yw ffigurau poblogaeth 10–17, nid rhai eich ardal chi, felly enghraifft yn unig yw&apos;r cyfrannau poblogaeth a&apos;r cyfraddau cymharol isod. Gall eich gweinyddwr roi&apos;r ffigurau lleol yn trellis/population-10-17.csv.</translation>
    </message>
    <message>
        <source>Counts of 1 to 4 are shown as &quot;&lt;5&quot;; no share or rate is worked out from them.</source>
        <translation>Dangosir niferoedd o 1 i 4 fel &quot;&lt;5&quot;; ni chaiff cyfran na chyfradd ei chyfrifo ohonynt.</translation>
    </message>
    <message>
        <source>Open young people with no stated ethnicity, in no group: %1.</source>
        <translation>Pobl ifanc ag achos agored heb ethnigrwydd wedi&apos;i nodi, nad ydynt mewn unrhyw grŵp: %1.</translation>
    </message>
    <message>
        <source>The figures could not be read: %1</source>
        <translation>Nid oedd modd darllen y ffigurau: %1</translation>
    </message>
    <message>
        <source>all teams</source>
        <translation>pob tîm</translation>
    </message>
    <message>
        <source>all workers</source>
        <translation>pob gweithiwr</translation>
    </message>
    <message>
        <source>Figures read from this laptop&apos;s store at %1 on %2. %3; %4; %5; as at %6.</source>
        <translation>Ffigurau a ddarllenwyd o storfa&apos;r gliniadur hwn am %1 ar %2. %3; %4; %5; fel yr oeddent ar %6.</translation>
    </message>
    <message>
        <source>Save the chart</source>
        <translation>Cadw&apos;r siart</translation>
    </message>
    <message>
        <source>Saved the chart &quot;%1&quot;.</source>
        <translation>Wedi cadw&apos;r siart &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The chart was not saved: %1</source>
        <translation>Ni chafodd y siart ei gadw: %1</translation>
    </message>
    <message>
        <source>Export the measures</source>
        <translation>Allforio&apos;r mesurau</translation>
    </message>
    <message>
        <source>Exported the measures as CSV: %1 lines.</source>
        <translation>Wedi allforio&apos;r mesurau fel CSV: %1 llinell.</translation>
    </message>
    <message>
        <source>The measures were not exported: %1</source>
        <translation>Ni chafodd y mesurau eu hallforio: %1</translation>
    </message>
    <message>
        <source>Save the board report</source>
        <translation>Cadw adroddiad y bwrdd</translation>
    </message>
    <message>
        <source>Saved the board report: %1 pages.</source>
        <translation>Wedi cadw adroddiad y bwrdd: %1 tudalen.</translation>
    </message>
    <message>
        <source>The board report was not saved: %1</source>
        <translation>Ni chafodd adroddiad y bwrdd ei gadw: %1</translation>
    </message>
    <message>
        <source>Show the figures of one team, or of every team you can see</source>
        <translation>Dangos ffigurau un tîm, neu bob tîm y gallwch ei weld</translation>
    </message>
    <message>
        <source>Show the figures of one lead worker&apos;s young people</source>
        <translation>Dangos ffigurau pobl ifanc un gweithiwr arweiniol</translation>
    </message>
    <message>
        <source>The financial year the measures count, or a custom period</source>
        <translation>Y flwyddyn ariannol y mae&apos;r mesurau&apos;n ei chyfrif, neu gyfnod o&apos;ch dewis</translation>
    </message>
    <message>
        <source>First day of the custom period, dd/mm/yyyy</source>
        <translation>Diwrnod cyntaf y cyfnod o&apos;ch dewis, dd/mm/yyyy</translation>
    </message>
    <message>
        <source>Last day of the custom period, dd/mm/yyyy</source>
        <translation>Diwrnod olaf y cyfnod o&apos;ch dewis, dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>trellis::ui::DateInput</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <source>dd/mm/yyyy hh:mm</source>
        <translation>dd/mm/yyyy hh:mm</translation>
    </message>
    <message>
        <source>Choose from a calendar (F4)</source>
        <translation>Dewis o galendr (F4)</translation>
    </message>
    <message>
        <source>must be a date and a 24-hour time, such as %1 15:30</source>
        <translation>rhaid rhoi dyddiad ac amser 24 awr, fel %1 15:30</translation>
    </message>
    <message>
        <source>has a time that does not exist: use the 24-hour clock, from 00:00 to 23:59</source>
        <translation>nid yw&apos;r amser yn bodoli: defnyddiwch y cloc 24 awr, o 00:00 i 23:59</translation>
    </message>
    <message>
        <source>needs the year in full, such as %1</source>
        <translation>rhaid rhoi&apos;r flwyddyn yn llawn, fel %1</translation>
    </message>
    <message>
        <source>must be a date written as day/month/year, such as %1</source>
        <translation>rhaid ysgrifennu&apos;r dyddiad fel diwrnod/mis/blwyddyn, fel %1</translation>
    </message>
    <message>
        <source>is not a date that exists: check the day and the month</source>
        <translation>nid yw&apos;r dyddiad yn bodoli: gwiriwch y diwrnod a&apos;r mis</translation>
    </message>
</context>
<context>
    <name>trellis::ui::DrillDownDialog</name>
    <message>
        <source>%1. Rows: %2. Press Enter or double-click to open a record.</source>
        <translation>%1. Rhesi: %2. Pwyswch Enter neu cliciwch ddwywaith i agor cofnod.</translation>
    </message>
    <message>
        <source>What this list is</source>
        <translation>Beth yw&apos;r rhestr hon</translation>
    </message>
    <message>
        <source>Young people behind the figure</source>
        <translation>Y bobl ifanc y tu ôl i&apos;r ffigur</translation>
    </message>
    <message>
        <source>One young person a row; the arrow keys move, Enter opens the record</source>
        <translation>Un person ifanc ar bob rhes; mae&apos;r bysellau saeth yn symud, ac mae Enter yn agor y cofnod</translation>
    </message>
    <message>
        <source>Close the list and go back to the dashboard</source>
        <translation>Cau&apos;r rhestr a mynd yn ôl i&apos;r dangosfwrdd</translation>
    </message>
</context>
<context>
    <name>trellis::ui::EpisodeListModel</name>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Started or referred</source>
        <translation>Dechrau neu atgyfeirio</translation>
    </message>
    <message>
        <source>Ended or returned</source>
        <translation>Diwedd neu ddychwelyd</translation>
    </message>
    <message>
        <source>Clock or outcome</source>
        <translation>Cloc neu ganlyniad</translation>
    </message>
</context>
<context>
    <name>trellis::ui::EpisodesTab</name>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>Save episode</source>
        <translation>Cadw&apos;r cyfnod</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Episodes, latest first</source>
        <translation>Cyfnodau, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Kind of episode to add</source>
        <translation>Math o gyfnod i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>&amp;New episode of kind</source>
        <translation>Cyfnod &amp;newydd o&apos;r math</translation>
    </message>
    <message>
        <source>Save this episode (Ctrl+S)</source>
        <translation>Cadw&apos;r cyfnod hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>New episode: %1</source>
        <translation>Cyfnod newydd: %1</translation>
    </message>
    <message>
        <source>Episode: %1</source>
        <translation>Cyfnod: %1</translation>
    </message>
    <message>
        <source>The episode was not saved: %1</source>
        <translation>Ni chadwyd y cyfnod: %1</translation>
    </message>
    <message>
        <source>Could not save the episode: %1</source>
        <translation>Nid oedd modd cadw&apos;r cyfnod: %1</translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1.</source>
        <translation>Adferwyd newidiadau heb eu cadw o %1.</translation>
    </message>
    <message>
        <source>Choose what happened, then Add</source>
        <translation>Dewiswch beth ddigwyddodd, yna pwyswch Ychwanegu</translation>
    </message>
    <message>
        <source>Record a new episode of the kind chosen</source>
        <translation>Cofnodi cyfnod newydd o&apos;r math a ddewiswyd</translation>
    </message>
    <message>
        <source>Change the episode the list is on</source>
        <translation>Newid y cyfnod y mae&apos;r rhestr arno</translation>
    </message>
    <message>
        <source>Leave this episode without saving and go back to the list</source>
        <translation>Gadael y cyfnod hwn heb gadw a mynd yn ôl i&apos;r rhestr</translation>
    </message>
</context>
<context>
    <name>trellis::ui::FieldInput</name>
    <message>
        <source>A UK phone number, such as 020 7946 0000</source>
        <translation>Rhif ffôn yn y DU, fel 020 7946 0000</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation>Calendr ar gyfer %1</translation>
    </message>
    <message>
        <source>Day/month/year and 24-hour time, such as 14/02/2026 15:30. F4 opens a calendar.</source>
        <translation>Diwrnod/mis/blwyddyn ac amser 24 awr, fel 14/02/2026 15:30. Mae F4 yn agor calendr.</translation>
    </message>
    <message>
        <source>Day/month/year, such as 14/02/2012. F4 opens a calendar.</source>
        <translation>Diwrnod/mis/blwyddyn, fel 14/02/2012. Mae F4 yn agor calendr.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Heb ei gofnodi</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— dewiswch —</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>%1 (not one of the choices)</source>
        <translation>%1 (nid yw&apos;n un o&apos;r dewisiadau)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Gwall</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Gwirio</translation>
    </message>
    <message numerus="yes">
        <source>Text of up to %n characters; Tab moves to the next field.</source>
        <translation>
            <numerusform>Testun o hyd at %n nod; mae Tab yn symud i&apos;r maes nesaf.</numerusform>
            <numerusform>Testun o hyd at %n nod; mae Tab yn symud i&apos;r maes nesaf.</numerusform>
            <numerusform>Testun o hyd at %n nod; mae Tab yn symud i&apos;r maes nesaf.</numerusform>
            <numerusform>Testun o hyd at %n nod; mae Tab yn symud i&apos;r maes nesaf.</numerusform>
            <numerusform>Testun o hyd at %n nod; mae Tab yn symud i&apos;r maes nesaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text of up to %n characters.</source>
        <translation>
            <numerusform>Testun o hyd at %n nod.</numerusform>
            <numerusform>Testun o hyd at %n nod.</numerusform>
            <numerusform>Testun o hyd at %n nod.</numerusform>
            <numerusform>Testun o hyd at %n nod.</numerusform>
            <numerusform>Testun o hyd at %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Text.</source>
        <translation>Testun.</translation>
    </message>
    <message>
        <source>An email address, such as name@example.org.</source>
        <translation>Cyfeiriad e-bost, fel name@example.org.</translation>
    </message>
    <message>
        <source>A whole number from %1 to %2; below that is &quot;Not recorded&quot;.</source>
        <translation>Rhif cyfan o %1 i %2; mae unrhyw beth is na hynny yn &quot;Heb ei gofnodi&quot;.</translation>
    </message>
    <message>
        <source>Space ticks or clears it.</source>
        <translation>Mae Bylchwr yn ei dicio neu&apos;n ei glirio.</translation>
    </message>
    <message>
        <source>Choose one from the list; the arrow keys or the first letters move through it.</source>
        <translation>Dewiswch un o&apos;r rhestr; mae&apos;r bysellau saeth neu&apos;r llythrennau cyntaf yn symud drwyddi.</translation>
    </message>
    <message>
        <source>Shown only; it cannot be changed here.</source>
        <translation>I&apos;w ddangos yn unig; nid oes modd ei newid yma.</translation>
    </message>
    <message>
        <source>Required. %1</source>
        <translation>Gofynnol. %1</translation>
    </message>
    <message>
        <source>Optional. %1</source>
        <translation>Dewisol. %1</translation>
    </message>
</context>
<context>
    <name>trellis::ui::JoinProgressDialog</name>
    <message>
        <source>Connecting to the central store…</source>
        <translation>Wrthi&apos;n cysylltu â&apos;r storfa ganolog…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Getting your caseload</source>
        <translation>Wrthi&apos;n cael eich llwyth achosion</translation>
    </message>
    <message>
        <source>Progress getting your caseload</source>
        <translation>Cynnydd wrth gael eich llwyth achosion</translation>
    </message>
    <message>
        <source>Stopping; everything that arrived is kept…</source>
        <translation>Wrthi&apos;n stopio; mae popeth a gyrhaeddodd wedi&apos;i gadw…</translation>
    </message>
    <message>
        <source>Stop for now; what has arrived is kept and the next sync carries on</source>
        <translation>Stopio am y tro; caiff yr hyn sydd wedi cyrraedd ei gadw, a bydd y cysoniad nesaf yn parhau</translation>
    </message>
    <message>
        <source>How many of your young people&apos;s records have arrived</source>
        <translation>Faint o gofnodion eich pobl ifanc sydd wedi cyrraedd</translation>
    </message>
</context>
<context>
    <name>trellis::ui::LanguageBox</name>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Language / Iaith</source>
        <translation>Iaith / Language</translation>
    </message>
    <message>
        <source>The language Trellis uses. It changes at once on this screen.</source>
        <translation>Yr iaith y mae Trellis yn ei defnyddio. Mae&apos;n newid ar unwaith ar y sgrin hon.</translation>
    </message>
    <message>
        <source>&amp;Language / Iaith:</source>
        <translation>&amp;Iaith / Language:</translation>
    </message>
</context>
<context>
    <name>trellis::ui::LanguageMenu</name>
    <message>
        <source>&amp;Language / Iaith</source>
        <translation>&amp;Iaith / Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Dilyn y system</translation>
    </message>
    <message>
        <source>Use Welsh when the computer is set to Welsh, otherwise English</source>
        <translation>Defnyddio Cymraeg pan fydd y cyfrifiadur wedi&apos;i osod yn Gymraeg, a Saesneg fel arall</translation>
    </message>
</context>
<context>
    <name>trellis::ui::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Datgloi</translation>
    </message>
    <message>
        <source>Trellis is locked</source>
        <translation>Mae Trellis wedi’i gloi</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase that encrypts your caseload on this computer</source>
        <translation>Y cyfrinymadrodd sy&apos;n amgryptio eich llwyth achosion ar y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Unlock problem</source>
        <translation>Problem datgloi</translation>
    </message>
    <message>
        <source>Open a &amp;different store…</source>
        <translation>Agor storfa &amp;wahanol…</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>C&amp;yfrinymadrodd:</translation>
    </message>
    <message>
        <source>Enter your passphrase to open the caseload in %1.</source>
        <translation>Rhowch eich cyfrinymadrodd i agor y llwyth achosion yn y ffeil %1.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. You can try again in %n seconds.</source>
        <translation>
            <numerusform>Gormod o ymdrechion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o ymdrechion. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrase is not correct for this store. Check it and try again; the store has not been changed.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd yn gywir ar gyfer y storfa hon. Gwiriwch ef a rhowch gynnig arall arni; nid yw&apos;r storfa wedi&apos;i newid.</translation>
    </message>
    <message>
        <source>Open the caseload with this passphrase (Enter)</source>
        <translation>Agor y llwyth achosion gyda&apos;r cyfrinymadrodd hwn (Enter)</translation>
    </message>
    <message>
        <source>Choose another encrypted store file on this computer</source>
        <translation>Dewis ffeil storfa arall wedi&apos;i hamgryptio ar y cyfrifiadur hwn</translation>
    </message>
</context>
<context>
    <name>trellis::ui::MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation>Cysoni &amp;nawr</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Canslo&apos;r cysoni</translation>
    </message>
    <message>
        <source>Connection &amp;settings…</source>
        <translation>&amp;Gosodiadau cysylltu…</translation>
    </message>
    <message>
        <source>Sync &amp;details…</source>
        <translation>&amp;Manylion cysoni…</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dangosfwrdd</translation>
    </message>
    <message>
        <source>Trellis</source>
        <translation>Trellis</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;Sync</source>
        <translation>&amp;Cysoni</translation>
    </message>
    <message>
        <source>&amp;Caseload</source>
        <translation>&amp;Llwyth achosion</translation>
    </message>
    <message>
        <source>Team caseload, overdue work, measures and indicators for your team</source>
        <translation>Llwyth achosion y tîm, gwaith hwyr, mesurau a dangosyddion ar gyfer eich tîm</translation>
    </message>
    <message>
        <source>No longer on your caseload</source>
        <translation>Nid yw ar eich llwyth achosion mwyach</translation>
    </message>
    <message>
        <source>Open a Trellis store</source>
        <translation>Agor storfa Trellis</translation>
    </message>
    <message>
        <source>Trellis stores (*.trellis);;All files (*)</source>
        <translation>Storfeydd Trellis (*.trellis);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>%1 is no longer on your caseload. Their record has been removed from this laptop.</source>
        <translation>Nid yw %1 ar eich llwyth achosion mwyach. Mae&apos;r cofnod wedi&apos;i dynnu oddi ar y gliniadur hwn.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Newidiadau a wrthodwyd</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi cloi</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ModelBarChart</name>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>heb ei ddangos</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No figures yet.</source>
        <translation>Dim ffigurau eto.</translation>
    </message>
    <message>
        <source>Bar chart. %1. Arrow keys move between bars; Enter lists the young people behind one.</source>
        <translation>Siart bar. %1. Mae&apos;r bysellau saeth yn symud rhwng barrau; mae Enter yn rhestru&apos;r bobl ifanc y tu ôl i un.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>trellis::ui::PlanHistoryView</name>
    <message>
        <source>&amp;Versions (select two to compare them)</source>
        <translation>&amp;Fersiynau (dewiswch ddwy i&apos;w cymharu)</translation>
    </message>
    <message>
        <source>Versions of the safety plan</source>
        <translation>Fersiynau&apos;r cynllun diogelwch</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>In use (active)</source>
        <translation>Mewn defnydd (ar waith)</translation>
    </message>
    <message>
        <source>Replaced (superseded)</source>
        <translation>Wedi&apos;i disodli (gan fersiwn newyddach)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Version %1 · %2 · created %3</source>
        <translation>Fersiwn %1 · %2 · crëwyd %3</translation>
    </message>
    <message>
        <source> · activated %1</source>
        <translation> · rhoddwyd ar waith %1</translation>
    </message>
    <message>
        <source> · review by %1</source>
        <translation> · adolygu erbyn %1</translation>
    </message>
    <message>
        <source>This is the first version: nothing to compare it with.</source>
        <translation>Dyma&apos;r fersiwn gyntaf: does dim i&apos;w chymharu â hi.</translation>
    </message>
    <message>
        <source>Select two versions to see what changed between them.</source>
        <translation>Dewiswch ddwy fersiwn i weld beth newidiodd rhyngddynt.</translation>
    </message>
    <message>
        <source>What changed from version %1 to version %2</source>
        <translation>Beth newidiodd o fersiwn %1 i fersiwn %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Dim newid.</translation>
    </message>
    <message>
        <source>Select one version to see it, or two with Shift or Ctrl to compare them</source>
        <translation>Dewiswch un fersiwn i&apos;w gweld, neu ddwy gyda Shift neu Ctrl i&apos;w cymharu</translation>
    </message>
    <message>
        <source>What was added, removed or changed between the versions selected, in words</source>
        <translation>Beth a ychwanegwyd, a dynnwyd neu a newidiwyd rhwng y fersiynau a ddewiswyd, mewn geiriau</translation>
    </message>
</context>
<context>
    <name>trellis::ui::PlanPrintBar</name>
    <message>
        <source>&amp;Large print</source>
        <translation>Print &amp;mawr</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <source>Large print</source>
        <translation>Print mawr</translation>
    </message>
    <message>
        <source>Print plan…</source>
        <translation>Argraffu&apos;r cynllun…</translation>
    </message>
    <message>
        <source>Print card…</source>
        <translation>Argraffu&apos;r cerdyn…</translation>
    </message>
    <message>
        <source>Save plan as PDF…</source>
        <translation>Cadw&apos;r cynllun fel PDF…</translation>
    </message>
    <message>
        <source>Save card as PDF…</source>
        <translation>Cadw&apos;r cerdyn fel PDF…</translation>
    </message>
    <message>
        <source>The PDF file will not be encrypted: anyone who can open the file can read it. Save it only where your service allows, and delete it when it is no longer needed. Save it?</source>
        <translation>Ni fydd y ffeil PDF wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu agor y ffeil ei darllen. Cadwch hi dim ond lle mae eich gwasanaeth yn caniatáu, a dilëwch hi pan na fydd ei hangen mwyach. Ydych chi am ei chadw?</translation>
    </message>
    <message>
        <source>card.pdf</source>
        <translation>cerdyn.pdf</translation>
    </message>
    <message>
        <source>plan.pdf</source>
        <translation>cynllun.pdf</translation>
    </message>
    <message>
        <source>Save card as PDF</source>
        <translation>Cadw&apos;r cerdyn fel PDF</translation>
    </message>
    <message>
        <source>Save plan as PDF</source>
        <translation>Cadw&apos;r cynllun fel PDF</translation>
    </message>
    <message>
        <source>Error: the PDF was not saved. %1</source>
        <translation>Gwall: ni chadwyd y PDF. %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n page(s) as PDF.</source>
        <translation>
            <numerusform>Cadwyd %n o dudalennau fel PDF.</numerusform>
            <numerusform>Cadwyd %n dudalen fel PDF.</numerusform>
            <numerusform>Cadwyd %n o dudalennau fel PDF.</numerusform>
            <numerusform>Cadwyd %n o dudalennau fel PDF.</numerusform>
            <numerusform>Cadwyd %n o dudalennau fel PDF.</numerusform>
        </translation>
    </message>
    <message>
        <source>Error: nothing was printed. %1</source>
        <translation>Gwall: ni argraffwyd dim. %1</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Anfonwyd %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n dudalen i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i&apos;r argraffydd.</numerusform>
            <numerusform>Anfonwyd %n o dudalennau i&apos;r argraffydd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prints and saves in bigger letters, for a young person who finds small print hard</source>
        <translation>Yn argraffu ac yn cadw mewn llythrennau mwy, ar gyfer person ifanc sy&apos;n cael trafferth darllen print bach</translation>
    </message>
    <message>
        <source>Print the whole saved plan in the young person&apos;s words</source>
        <translation>Argraffu&apos;r cynllun cyfan sydd wedi&apos;i gadw, yng ngeiriau&apos;r person ifanc</translation>
    </message>
    <message>
        <source>Print the discreet wallet card: a code word, one adult&apos;s first name and number, and Childline</source>
        <translation>Argraffu&apos;r cerdyn waled cynnil: gair cod, enw cyntaf a rhif un oedolyn, a Childline</translation>
    </message>
    <message>
        <source>Save the whole saved plan as a PDF file</source>
        <translation>Cadw&apos;r cynllun cyfan sydd wedi&apos;i gadw fel ffeil PDF</translation>
    </message>
    <message>
        <source>Save the discreet wallet card as a PDF file</source>
        <translation>Cadw&apos;r cerdyn waled cynnil fel ffeil PDF</translation>
    </message>
</context>
<context>
    <name>trellis::ui::PlanVersionController</name>
    <message>
        <source>Error: this young person&apos;s record could not be opened.</source>
        <translation>Gwall: nid oedd modd agor cofnod y person ifanc hwn.</translation>
    </message>
    <message>
        <source>Error: the safety plan could not be read. %1</source>
        <translation>Gwall: nid oedd modd darllen y cynllun diogelwch. %1</translation>
    </message>
    <message>
        <source>Error: the plan was not saved. %1</source>
        <translation>Gwall: ni chadwyd y cynllun. %1</translation>
    </message>
    <message>
        <source>Error: the plan was not saved.
%1</source>
        <translation>Gwall: ni chadwyd y cynllun.
%1</translation>
    </message>
    <message>
        <source>Error: no new version was made. %1</source>
        <translation>Gwall: ni chrëwyd fersiwn newydd. %1</translation>
    </message>
    <message>
        <source>Version %1 is a draft copy of the plan. Change it, then activate it when it has been agreed.</source>
        <translation>Mae fersiwn %1 yn gopi drafft o&apos;r cynllun. Newidiwch hi, yna gwnewch hi&apos;n weithredol pan fydd wedi&apos;i chytuno.</translation>
    </message>
    <message>
        <source>Make version %1 the plan in use? Version %2 will be kept as superseded and can no longer be changed.</source>
        <translation>Ydych chi am wneud fersiwn %1 yn gynllun sy&apos;n cael ei ddefnyddio? Bydd fersiwn %2 yn cael ei chadw fel un wedi&apos;i disodli, ac ni fydd modd ei newid mwyach.</translation>
    </message>
    <message>
        <source>Make version %1 the plan in use? It can no longer be changed once active.</source>
        <translation>Ydych chi am wneud fersiwn %1 yn gynllun sy&apos;n cael ei ddefnyddio? Ni fydd modd ei newid ar ôl iddi ddod yn weithredol.</translation>
    </message>
    <message>
        <source>Error: the plan was not activated. %1</source>
        <translation>Gwall: ni wnaed y cynllun yn weithredol. %1</translation>
    </message>
    <message>
        <source>Version %1 is now the plan in use.</source>
        <translation>Fersiwn %1 yw&apos;r cynllun sy&apos;n cael ei ddefnyddio nawr.</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ProfileTab</name>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>Save profile</source>
        <translation>Cadw&apos;r proffil</translation>
    </message>
    <message>
        <source>Profile save state</source>
        <translation>Cyflwr cadw&apos;r proffil</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Dadwneud y newid diwethaf (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation type="vanished">Ailwneud (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Save the profile (Ctrl+S)</source>
        <translation>Cadw&apos;r proffil (Ctrl+S)</translation>
    </message>
    <message>
        <source>Lead worker</source>
        <translation>Gweithiwr arweiniol</translation>
    </message>
    <message>
        <source>Lead &amp;worker</source>
        <translation>G&amp;weithiwr arweiniol</translation>
    </message>
    <message>
        <source>Not allocated</source>
        <translation>Heb ei ddyrannu</translation>
    </message>
    <message>
        <source>Another worker</source>
        <translation>Gweithiwr arall</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1. Save them, or Discard to go back to the saved record.</source>
        <translation>Wedi adfer newidiadau heb eu cadw o %1. Cadwch nhw, neu gwaredwch nhw i fynd yn ôl i&apos;r cofnod sydd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Nid oedd modd cadw&apos;r proffil: %1</translation>
    </message>
    <message>
        <source>The profile was not saved: %1</source>
        <translation>Ni chafodd y proffil ei gadw: %1</translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z)</source>
        <translation>Ailwneud y newid a ddadwnaed ddiwethaf (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>The worker responsible for this young person</source>
        <translation>Y gweithiwr sy&apos;n gyfrifol am y person ifanc hwn</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ReallocateDialog</name>
    <message>
        <source>Move %1 to another worker</source>
        <translation>Symud %1 at weithiwr arall</translation>
    </message>
    <message>
        <source>Choose the worker in your team who will hold %1&apos;s record.</source>
        <translation>Dewiswch y gweithiwr yn eich tîm a fydd yn dal cofnod %1.</translation>
    </message>
    <message>
        <source>Workers in your team</source>
        <translation>Gweithwyr yn eich tîm</translation>
    </message>
    <message>
        <source>Each worker&apos;s name, role and how many young people they hold now</source>
        <translation>Enw a rôl pob gweithiwr, a faint o bobl ifanc sydd ganddynt nawr</translation>
    </message>
    <message>
        <source>Worker</source>
        <translation>Gweithiwr</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Young people</source>
        <translation>Pobl ifanc</translation>
    </message>
    <message>
        <source>Reallocation status</source>
        <translation>Statws ailddyrannu</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Symud</translation>
    </message>
    <message>
        <source>Move %1 to the chosen worker</source>
        <translation>Symud %1 at y gweithiwr a ddewiswyd</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Rhoi cynnig arall</translation>
    </message>
    <message>
        <source>Load the team&apos;s workers again</source>
        <translation>Llwytho gweithwyr y tîm eto</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Move %1?</source>
        <translation>Symud %1?</translation>
    </message>
    <message>
        <source>You seem to be offline: the central store could not be reached. Nothing was changed; try again when you are connected.</source>
        <translation>Mae&apos;n ymddangos eich bod all-lein: nid oedd modd cyrraedd y storfa ganolog. Ni newidiwyd dim; rhowch gynnig arall arni pan fyddwch wedi cysylltu.</translation>
    </message>
    <message>
        <source>The central store refused your password. Check your connection settings.</source>
        <translation>Gwrthododd y storfa ganolog eich cyfrinair. Gwiriwch eich gosodiadau cysylltiad.</translation>
    </message>
    <message>
        <source>Your central account has been deactivated. Ask your administrator.</source>
        <translation>Mae eich cyfrif canolog wedi&apos;i ddadactifadu. Gofynnwch i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>Only a supervisor or a manager can move young people between workers, and the central store does not list you as one.</source>
        <translation>Dim ond goruchwyliwr neu reolwr all symud pobl ifanc rhwng gweithwyr, ac nid yw&apos;r storfa ganolog yn eich rhestru fel un.</translation>
    </message>
    <message>
        <source>%1 is not visible to you on the central store: they may have moved to another team already, or not have synced yet.</source>
        <translation>Nid yw %1 yn weladwy i chi yn y storfa ganolog: efallai fod y person ifanc wedi symud i dîm arall yn barod, neu nad yw wedi cysoni eto.</translation>
    </message>
    <message>
        <source>That worker, or %1&apos;s current worker, is not in your team.</source>
        <translation>Nid yw&apos;r gweithiwr hwnnw, na gweithiwr presennol %1, yn eich tîm.</translation>
    </message>
    <message>
        <source>That worker is no longer active. Choose another.</source>
        <translation>Nid yw&apos;r gweithiwr hwnnw&apos;n weithredol mwyach. Dewiswch un arall.</translation>
    </message>
    <message>
        <source>%1 is not allocated to anyone yet; an administrator allocates them first.</source>
        <translation>Nid yw %1 wedi&apos;i ddyrannu i neb eto; rhaid i weinyddwr ddyrannu&apos;r person ifanc yn gyntaf.</translation>
    </message>
    <message>
        <source>Loading your team&apos;s workers from the central store…</source>
        <translation>Yn llwytho gweithwyr eich tîm o&apos;r storfa ganolog…</translation>
    </message>
    <message>
        <source>Choose a worker, then Move.</source>
        <translation>Dewiswch weithiwr, yna Symud.</translation>
    </message>
    <message>
        <source>%1 (current worker)</source>
        <translation>%1 (gweithiwr presennol)</translation>
    </message>
    <message>
        <source>their current worker</source>
        <translation>y gweithiwr presennol</translation>
    </message>
    <message>
        <source>%1 will move from %2 to %3. %2&apos;s laptop removes the record at their next sync, after sending their unsynced changes.</source>
        <translation>Bydd %1 yn symud oddi wrth %2 at %3. Bydd gliniadur %2 yn tynnu&apos;r cofnod y tro nesaf y bydd yn cysoni, ar ôl anfon unrhyw newidiadau sydd heb eu cysoni.</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>Yn symud %1…</translation>
    </message>
    <message>
        <source>%1 now belongs to %2. It reaches both laptops at their next sync.</source>
        <translation>Mae %1 bellach yn perthyn i %2. Bydd y newid yn cyrraedd y ddau liniadur y tro nesaf y byddant yn cysoni.</translation>
    </message>
    <message>
        <source>%1 already belonged to %2; nothing changed.</source>
        <translation>Roedd %1 eisoes yn perthyn i %2; ni newidiwyd dim.</translation>
    </message>
    <message>
        <source>Give the young person to the worker chosen in the list, after asking</source>
        <translation>Trosglwyddo&apos;r person ifanc i&apos;r gweithiwr a ddewiswyd yn y rhestr, ar ôl gofyn</translation>
    </message>
    <message>
        <source>Ask the central store for the team&apos;s workers again</source>
        <translation>Gofyn i&apos;r storfa ganolog am weithwyr y tîm eto</translation>
    </message>
    <message>
        <source>Close without moving anyone</source>
        <translation>Cau heb symud neb</translation>
    </message>
</context>
<context>
    <name>trellis::ui::ReallocationAction</name>
    <message>
        <source>&amp;Move to another worker…</source>
        <translation>&amp;Symud at weithiwr arall…</translation>
    </message>
    <message>
        <source>Move the selected young person to another worker in your team</source>
        <translation>Symud y person ifanc a ddewiswyd at weithiwr arall yn eich tîm</translation>
    </message>
    <message>
        <source>Choose a young person in the caseload first, then move them.</source>
        <translation>Dewiswch berson ifanc yn y llwyth achosion yn gyntaf, yna ei symud.</translation>
    </message>
    <message>
        <source>Moving a young person needs the central store: set up the connection first (Sync → Connection settings…).</source>
        <translation>Mae angen y storfa ganolog i symud person ifanc: gosodwch y cysylltiad yn gyntaf (Cysoni → Gosodiadau cysylltiad…).</translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordForm</name>
    <message>
        <source>Problems with fields not on this form</source>
        <translation>Problemau gyda meysydd nad ydynt ar y ffurflen hon</translation>
    </message>
    <message>
        <source>Record state</source>
        <translation>Cyflwr y cofnod</translation>
    </message>
    <message>
        <source>I have checked the values marked Check</source>
        <translation>Rydw i wedi gwirio&apos;r gwerthoedd sydd wedi&apos;u marcio Gwiriwch</translation>
    </message>
    <message>
        <source>I have checked the values marked “Check:”</source>
        <translation>Rydw i wedi gwirio&apos;r gwerthoedd sydd wedi&apos;u marcio “Gwiriwch:”</translation>
    </message>
    <message>
        <source>change to %1</source>
        <translation>newid %1</translation>
    </message>
    <message>
        <source>Error: %1 %2</source>
        <translation>Gwall: %1: %2</translation>
    </message>
    <message>
        <source>Check: %1 %2</source>
        <translation>Gwiriwch: %1: %2</translation>
    </message>
    <message>
        <source>Unsaved changes.</source>
        <translation>Newidiadau heb eu cadw.</translation>
    </message>
    <message>
        <source>No unsaved changes.</source>
        <translation>Dim newidiadau heb eu cadw.</translation>
    </message>
    <message>
        <source>One problem to put right before saving.</source>
        <translation>Un broblem i&apos;w chywiro cyn cadw.</translation>
    </message>
    <message numerus="yes">
        <source>%n problems to put right before saving.</source>
        <translation>
            <numerusform>%n o broblemau i&apos;w cywiro cyn cadw.</numerusform>
            <numerusform>%n broblem i&apos;w chywiro cyn cadw.</numerusform>
            <numerusform>%n o broblemau i&apos;w cywiro cyn cadw.</numerusform>
            <numerusform>%n o broblemau i&apos;w cywiro cyn cadw.</numerusform>
            <numerusform>%n o broblemau i&apos;w cywiro cyn cadw.</numerusform>
        </translation>
    </message>
    <message>
        <source>Required fields still empty will be marked when you save.</source>
        <translation>Bydd meysydd gofynnol sy&apos;n dal yn wag yn cael eu marcio pan fyddwch yn cadw.</translation>
    </message>
    <message>
        <source>Check the values marked “Check:”, then tick the box to confirm them.</source>
        <translation>Gwiriwch y gwerthoedd sydd wedi&apos;u marcio “Gwiriwch:”, yna ticiwch y blwch i&apos;w cadarnhau.</translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordHeader</name>
    <message>
        <source>Synced</source>
        <translation>Wedi&apos;i gysoni</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Yn aros i gysoni</translation>
    </message>
    <message>
        <source>In conflict — open the conflict inbox</source>
        <translation>Mewn gwrthdaro — agorwch y mewnflwch gwrthdaro</translation>
    </message>
    <message>
        <source>Open the conflict &amp;inbox</source>
        <translation>Agor y &amp;mewnflwch gwrthdaro</translation>
    </message>
    <message>
        <source>Rejected change — see details</source>
        <translation>Newid a wrthodwyd — gweler y manylion</translation>
    </message>
    <message>
        <source>See &amp;details</source>
        <translation>Gweld y &amp;manylion</translation>
    </message>
    <message>
        <source>Sync state: %1</source>
        <translation>Statws cysoni: %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Baner</translation>
    </message>
    <message>
        <source>Age %1</source>
        <translation>Oed %1</translation>
    </message>
    <message>
        <source>Ref. %1</source>
        <translation>Cyf. %1</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Achos wedi&apos;i gau</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>heb sgôr</translation>
    </message>
    <message>
        <source>Safety and wellbeing: %1  ·  Risk of serious harm: %2</source>
        <translation>Diogelwch a lles: %1  ·  Risg o niwed difrifol: %2</translation>
    </message>
    <message>
        <source>New young person</source>
        <translation>Person ifanc newydd</translation>
    </message>
    <message>
        <source>Fill in the profile and save it; the other tabs open once it is saved.</source>
        <translation>Llenwch y proffil a&apos;i gadw; bydd y tabiau eraill yn agor ar ôl ei gadw.</translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordTab</name>
    <message>
        <source>Unsaved changes could not be kept as a draft: %1</source>
        <translation>Nid oedd modd cadw drafft o&apos;r newidiadau sydd heb eu cadw: %1</translation>
    </message>
    <message>
        <source>One a row; the arrow keys move through it, Tab leaves it</source>
        <translation>Un ar bob rhes; mae&apos;r bysellau saeth yn symud drwyddi, ac mae Tab yn ei gadael</translation>
    </message>
</context>
<context>
    <name>trellis::ui::RecordView</name>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Proffil</translation>
    </message>
    <message>
        <source>&amp;Trusted adults</source>
        <translation>&amp;Oedolion dibynadwy</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation type="vanished">&amp;Cysylltiadau</translation>
    </message>
    <message>
        <source>&amp;Episodes</source>
        <translation>Cyfno&amp;dau</translation>
    </message>
    <message>
        <source>This young person is not in the store.</source>
        <translation>Nid yw&apos;r person ifanc hwn yn y storfa.</translation>
    </message>
    <message>
        <source>Could not open the record: %1</source>
        <translation>Nid oedd modd agor y cofnod: %1</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Not everything could be saved: the %1 tab shows what needs putting right.</source>
        <translation>Nid oedd modd cadw popeth: mae&apos;r tab %1 yn dangos beth sydd angen ei gywiro.</translation>
    </message>
    <message>
        <source>This record has changes that are not saved yet.</source>
        <translation>Mae gan y cofnod hwn newidiadau sydd heb eu cadw eto.</translation>
    </message>
    <message>
        <source>Save them, discard them, or cancel and stay on the record?</source>
        <translation>Ydych chi am eu cadw, eu gwaredu, neu ganslo ac aros ar y cofnod?</translation>
    </message>
    <message>
        <source>C&amp;ontacts</source>
        <translation>Cy&amp;sylltiadau</translation>
    </message>
    <message>
        <source>Who the young person is: details, ratings, needs and lead worker</source>
        <translation>Pwy yw&apos;r person ifanc: manylion, sgoriau, anghenion a gweithiwr arweiniol</translation>
    </message>
    <message>
        <source>The adults the young person trusts, and anyone not to be contacted</source>
        <translation>Yr oedolion y mae&apos;r person ifanc yn ymddiried ynddynt, ac unrhyw un na ddylid cysylltu ag ef</translation>
    </message>
    <message>
        <source>Log a contact and read past contacts</source>
        <translation>Cofnodi cyswllt a darllen cysylltiadau blaenorol</translation>
    </message>
    <message>
        <source>Missing episodes, referrals, exclusions and other events</source>
        <translation>Cyfnodau ar goll, atgyfeiriadau, gwaharddiadau a digwyddiadau eraill</translation>
    </message>
    <message>
        <source>The young person&apos;s safety plan in their own words, its versions and printing</source>
        <translation>Cynllun diogelwch y person ifanc yn ei eiriau ei hun, ei fersiynau, ac argraffu&apos;r cynllun</translation>
    </message>
</context>
<context>
    <name>trellis::ui::RejectedChangesView</name>
    <message>
        <source>&amp;Refused changes:</source>
        <translation>&amp;Newidiadau a wrthodwyd:</translation>
    </message>
    <message>
        <source>Refused changes</source>
        <translation>Newidiadau a wrthodwyd</translation>
    </message>
    <message>
        <source>The refused values and what the record holds now</source>
        <translation>Y gwerthoedd a wrthodwyd a beth sydd yn y cofnod nawr</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Maes</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Beth geisiais i</translation>
    </message>
    <message>
        <source>What the record holds now</source>
        <translation>Beth sydd yn y cofnod nawr</translation>
    </message>
    <message>
        <source>&amp;Copy my values</source>
        <translation>C&amp;opïo fy ngwerthoedd</translation>
    </message>
    <message>
        <source>Puts the values you tried on the clipboard, to type them again</source>
        <translation>Mae&apos;n rhoi eich gwerthoedd chi ar y clipfwrdd, er mwyn i chi eu teipio eto</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation>&amp;Agor y cofnod</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Diystyru</translation>
    </message>
    <message>
        <source>You have read this; put it away</source>
        <translation>Rydych chi wedi darllen hwn; rhowch ef o&apos;r neilltu</translation>
    </message>
    <message>
        <source>The refused changes could not be read: %1</source>
        <translation>Nid oedd modd darllen y newidiadau a wrthodwyd: %1</translation>
    </message>
    <message>
        <source>%1
refused %2</source>
        <translation>%1
gwrthodwyd %2</translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation>(anhysbys)</translation>
    </message>
    <message>
        <source>(could not be read)</source>
        <translation>(nid oedd modd ei ddarllen)</translation>
    </message>
    <message>
        <source>(no such record here)</source>
        <translation>(nid oes cofnod o&apos;r fath yma)</translation>
    </message>
    <message>
        <source>No refused changes.</source>
        <translation>Dim newidiadau a wrthodwyd.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pam: %1</translation>
    </message>
    <message>
        <source>The central store said: “%1”</source>
        <translation>Dywedodd y storfa ganolog: “%1”</translation>
    </message>
    <message>
        <source>This was a new record. It was refused, so it has been removed from this laptop; copy your values to enter them again.</source>
        <translation>Roedd hwn yn gofnod newydd. Cafodd ei wrthod, felly mae wedi&apos;i dynnu oddi ar y gliniadur hwn; copïwch eich gwerthoedd i&apos;w rhoi i mewn eto.</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>(wedi&apos;i dynnu)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Your values are on the clipboard until Trellis locks.</source>
        <translation>Mae eich gwerthoedd ar y clipfwrdd nes bydd Trellis yn cloi.</translation>
    </message>
    <message>
        <source>Could not dismiss: %1</source>
        <translation>Nid oedd modd diystyru: %1</translation>
    </message>
    <message>
        <source>Dismissed.</source>
        <translation>Wedi&apos;i ddiystyru.</translation>
    </message>
    <message>
        <source>Changes the central store refused, and why</source>
        <translation>Newidiadau a wrthodwyd gan y storfa ganolog, a pham</translation>
    </message>
    <message>
        <source>Choose a refused change; why it was refused is shown below</source>
        <translation>Dewiswch newid a wrthodwyd; dangosir isod pam y cafodd ei wrthod</translation>
    </message>
    <message>
        <source>One field a row: what you tried, and what the record holds now</source>
        <translation>Un maes ar bob rhes: beth roeddech chi wedi&apos;i geisio, a beth sydd yn y cofnod nawr</translation>
    </message>
    <message>
        <source>Show the young person&apos;s record the refused change was for</source>
        <translation>Dangos cofnod y person ifanc yr oedd y newid a wrthodwyd ar ei gyfer</translation>
    </message>
</context>
<context>
    <name>trellis::ui::SafetyPlanEditor</name>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>Cad&amp;w</translation>
    </message>
    <message>
        <source>&amp;Discard changes</source>
        <translation>&amp;Gwaredu&apos;r newidiadau</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>F&amp;ersiwn newydd</translation>
    </message>
    <message>
        <source>&amp;Activate…</source>
        <translation>&amp;Rhoi ar waith…</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Hanes…</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <source>Discard every unsaved change to this plan?</source>
        <translation>Gwaredu pob newid heb ei gadw i&apos;r cynllun hwn?</translation>
    </message>
    <message>
        <source>Ctrl+Z</source>
        <translation type="vanished">Ctrl+Z</translation>
    </message>
    <message>
        <source>Ctrl+Shift+Z</source>
        <translation type="vanished">Ctrl+Shift+Z</translation>
    </message>
    <message>
        <source>Plan state</source>
        <translation>Cyflwr y cynllun</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>restore unsaved changes</source>
        <translation>adfer newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>Unsaved changes to this plan from your last session were restored. Save them, or discard them to go back to the saved plan.</source>
        <translation>Mae newidiadau heb eu cadw i&apos;r cynllun hwn o&apos;ch sesiwn ddiwethaf wedi&apos;u hadfer. Cadwch nhw, neu gwaredwch nhw i fynd yn ôl i&apos;r cynllun sydd wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Active: in use</source>
        <translation>Ar waith: yn cael ei ddefnyddio</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Wedi&apos;i ddisodli</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Fersiwn %1 · %2</translation>
    </message>
    <message>
        <source>Read only: make a new version to change it.</source>
        <translation>Darllen yn unig: gwnewch fersiwn newydd i&apos;w newid.</translation>
    </message>
    <message>
        <source>● Unsaved changes</source>
        <translation>● Newidiadau heb eu cadw</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Pob newid wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <source>Error: check the messages beside the plan&apos;s fields, then save again.</source>
        <translation>Gwall: edrychwch ar y negeseuon wrth ymyl meysydd y cynllun, yna cadwch eto.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Error: set a review date before activating the plan, so that it is not forgotten.</source>
        <translation>Gwall: gosodwch ddyddiad adolygu cyn rhoi&apos;r cynllun ar waith, fel nad yw&apos;n cael ei anghofio.</translation>
    </message>
    <message>
        <source>Safety plan history</source>
        <translation>Hanes y cynllun diogelwch</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save the plan before printing it, so that the printed copy matches a saved version.</source>
        <translation>Cadwch y cynllun cyn ei argraffu, fel bod y copi wedi&apos;i argraffu yn cyfateb i fersiwn sydd wedi&apos;i chadw.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Undo the last change to the plan (Ctrl+Z)</source>
        <translation>Dadwneud y newid diwethaf i&apos;r cynllun (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo the change just undone (Ctrl+Shift+Z)</source>
        <translation>Ailwneud y newid a ddadwnaed ddiwethaf (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>Save this version of the plan (Ctrl+S)</source>
        <translation>Cadw&apos;r fersiwn hon o&apos;r cynllun (Ctrl+S)</translation>
    </message>
    <message>
        <source>Go back to the plan as last saved, after asking</source>
        <translation>Mynd yn ôl i&apos;r cynllun fel y&apos;i cadwyd ddiwethaf, ar ôl gofyn</translation>
    </message>
    <message>
        <source>Make a draft copy of this plan to change; the plan in use stays until the copy is activated</source>
        <translation>Gwneud copi drafft o&apos;r cynllun hwn i&apos;w newid; mae&apos;r cynllun sy&apos;n cael ei ddefnyddio yn aros nes bydd y copi&apos;n cael ei roi ar waith</translation>
    </message>
    <message>
        <source>Make this draft the plan in use, after asking</source>
        <translation>Gwneud y drafft hwn yn gynllun sy&apos;n cael ei ddefnyddio, ar ôl gofyn</translation>
    </message>
    <message>
        <source>Every version of the plan and what changed between them</source>
        <translation>Pob fersiwn o&apos;r cynllun a beth a newidiodd rhyngddynt</translation>
    </message>
    <message>
        <source>Close the plan history and go back to the plan</source>
        <translation>Cau hanes y cynllun a mynd yn ôl i&apos;r cynllun</translation>
    </message>
</context>
<context>
    <name>trellis::ui::SectionEditor</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Place, area or person</source>
        <translation>Lle, ardal neu berson</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Sgôr</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>How they can help</source>
        <translation>Sut y gallant helpu</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>By when (dd/mm/yyyy)</source>
        <translation>Erbyn pryd (dd/mm/yyyy)</translation>
    </message>
    <message>
        <source>Ctrl+Up and Ctrl+Down move the selected item; F2 edits it.</source>
        <translation>Mae Ctrl+Saeth i fyny a Ctrl+Saeth i lawr yn symud yr eitem a ddewiswyd; mae F2 yn ei golygu.</translation>
    </message>
    <message>
        <source>Add to %1</source>
        <translation>Ychwanegu at yr adran %1</translation>
    </message>
    <message>
        <source>Remove the selected item from %1</source>
        <translation>Tynnu&apos;r eitem a ddewiswyd o&apos;r adran %1</translation>
    </message>
    <message>
        <source>Move the selected item up in %1</source>
        <translation>Symud yr eitem a ddewiswyd i fyny yn yr adran %1</translation>
    </message>
    <message>
        <source>Move the selected item down in %1</source>
        <translation>Symud yr eitem a ddewiswyd i lawr yn yr adran %1</translation>
    </message>
    <message>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Saeth i fyny</translation>
    </message>
    <message>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Saeth i lawr</translation>
    </message>
    <message>
        <source>Rating for item %1</source>
        <translation type="vanished">Sgôr ar gyfer eitem %1</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Dewiswch…</translation>
    </message>
    <message>
        <source>Trusted adult for item %1</source>
        <translation type="vanished">Oedolyn dibynadwy ar gyfer eitem %1</translation>
    </message>
    <message>
        <source>An adult no longer linked to this young person</source>
        <translation>Oedolyn nad yw&apos;n gysylltiedig â&apos;r person ifanc hwn mwyach</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>⚠ DO NOT CONTACT: %1</source>
        <translation>⚠ PEIDIWCH Â CHYSYLLTU: %1</translation>
    </message>
    <message>
        <source>Error: write the date as dd/mm/yyyy, for example 14/02/2027.</source>
        <translation>Gwall: ysgrifennwch y dyddiad fel dd/mm/yyyy, er enghraifft 14/02/2027.</translation>
    </message>
    <message>
        <source>edit in %1</source>
        <translation>golygu yn yr adran %1</translation>
    </message>
    <message>
        <source>rating in %1</source>
        <translation>sgôr yn yr adran %1</translation>
    </message>
    <message>
        <source>person in %1</source>
        <translation>person yn yr adran %1</translation>
    </message>
    <message>
        <source>add to %1</source>
        <translation>ychwanegu at yr adran %1</translation>
    </message>
    <message>
        <source>remove from %1</source>
        <translation>tynnu o&apos;r adran %1</translation>
    </message>
    <message>
        <source>move in %1</source>
        <translation>symud yn yr adran %1</translation>
    </message>
    <message>
        <source>Adds a line to this section and starts editing it; Enter keeps it</source>
        <translation>Yn ychwanegu llinell at yr adran hon ac yn dechrau ei golygu; mae Enter yn ei chadw</translation>
    </message>
    <message>
        <source>Removes the line the list is on; Undo brings it back</source>
        <translation>Yn tynnu&apos;r llinell y mae&apos;r rhestr arni; mae Dadwneud yn dod â hi&apos;n ôl</translation>
    </message>
    <message>
        <source>Moves the selected line one place up (Ctrl+Up)</source>
        <translation>Yn symud y llinell a ddewiswyd un lle i fyny (Ctrl+Saeth i fyny)</translation>
    </message>
    <message>
        <source>Moves the selected line one place down (Ctrl+Down)</source>
        <translation>Yn symud y llinell a ddewiswyd un lle i lawr (Ctrl+Saeth i lawr)</translation>
    </message>
    <message>
        <source>Rating for item %1 of %2</source>
        <translation>Sgôr ar gyfer eitem %1 o %2</translation>
    </message>
    <message>
        <source>How safe the young person feels there: red, amber or green</source>
        <translation>Pa mor ddiogel y mae&apos;r person ifanc yn teimlo yno: coch, ambr neu wyrdd</translation>
    </message>
    <message>
        <source>Trusted adult for item %1 of %2</source>
        <translation>Oedolyn dibynadwy ar gyfer eitem %1 o %2</translation>
    </message>
    <message>
        <source>One of the young person&apos;s trusted adults; an adult not to be contacted cannot be chosen</source>
        <translation>Un o oedolion dibynadwy&apos;r person ifanc; ni ellir dewis oedolyn na ddylid cysylltu ag ef</translation>
    </message>
</context>
<context>
    <name>trellis::ui::SyncDetailDialog</name>
    <message>
        <source>Connection</source>
        <translation>Cysylltiad</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Cysoni diwethaf</translation>
    </message>
    <message>
        <source>Last problem</source>
        <translation>Problem ddiwethaf</translation>
    </message>
    <message>
        <source>Changes waiting</source>
        <translation>Newidiadau yn aros</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Gwrthdaro</translation>
    </message>
    <message>
        <source>Rejected changes</source>
        <translation>Newidiadau a wrthodwyd</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Cysoni nawr</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Manylion cysoni</translation>
    </message>
    <message>
        <source>Connection settings…</source>
        <translation>Gosodiadau cysylltiad…</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Cysylltiad:</translation>
    </message>
    <message>
        <source>Last sync:</source>
        <translation>Cysoni diwethaf:</translation>
    </message>
    <message>
        <source>Last problem:</source>
        <translation>Problem ddiwethaf:</translation>
    </message>
    <message>
        <source>Changes waiting:</source>
        <translation>Newidiadau yn aros:</translation>
    </message>
    <message>
        <source>Conflicts:</source>
        <translation>Gwrthdaro:</translation>
    </message>
    <message>
        <source>Rejected changes:</source>
        <translation>Newidiadau a wrthodwyd:</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>%1, syncing now</source>
        <translation>%1, yn cysoni nawr</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Send your changes and get the team&apos;s now (F5)</source>
        <translation>Anfon eich newidiadau a chael rhai&apos;r tîm nawr (F5)</translation>
    </message>
    <message>
        <source>The central store&apos;s address, your login and password</source>
        <translation>Cyfeiriad y storfa ganolog, eich enw mewngofnodi a&apos;ch cyfrinair</translation>
    </message>
    <message>
        <source>Whether Trellis can reach the central store, and what is waiting</source>
        <translation>A all Trellis gyrraedd y storfa ganolog, a beth sy&apos;n aros</translation>
    </message>
    <message>
        <source>Close the sync details</source>
        <translation>Cau manylion y cysoni</translation>
    </message>
</context>
<context>
    <name>trellis::ui::SyncStatusBar</name>
    <message>
        <source>Sending your changes…</source>
        <translation>Yn anfon eich newidiadau…</translation>
    </message>
    <message>
        <source>Checking your caseload…</source>
        <translation>Yn gwirio eich llwyth achosion…</translation>
    </message>
    <message>
        <source>Removing young people no longer on your caseload…</source>
        <translation>Yn tynnu pobl ifanc nad ydynt ar eich llwyth achosion mwyach…</translation>
    </message>
    <message numerus="yes">
        <source>Getting your caseload: %n records</source>
        <translation>
            <numerusform>Yn nôl eich llwyth achosion: %n o gofnodion</numerusform>
            <numerusform>Yn nôl eich llwyth achosion: %n cofnod</numerusform>
            <numerusform>Yn nôl eich llwyth achosion: %n o gofnodion</numerusform>
            <numerusform>Yn nôl eich llwyth achosion: %n o gofnodion</numerusform>
            <numerusform>Yn nôl eich llwyth achosion: %n o gofnodion</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Getting updates: %n records</source>
        <translation>
            <numerusform>Yn nôl diweddariadau: %n o gofnodion</numerusform>
            <numerusform>Yn nôl diweddariadau: %n cofnod</numerusform>
            <numerusform>Yn nôl diweddariadau: %n o gofnodion</numerusform>
            <numerusform>Yn nôl diweddariadau: %n o gofnodion</numerusform>
            <numerusform>Yn nôl diweddariadau: %n o gofnodion</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking for conflicts…</source>
        <translation>Yn chwilio am wrthdaro…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Yn cysoni…</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Canslo&apos;r cysoni</translation>
    </message>
    <message>
        <source>Sync details</source>
        <translation>Manylion cysoni</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Cynnydd cysoni</translation>
    </message>
    <message>
        <source>Not connected to the central store</source>
        <translation>Heb gysylltu â&apos;r storfa ganolog</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>All-lein</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Ar-lein</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Heb gysoni erioed</translation>
    </message>
    <message>
        <source>Last synced today %1</source>
        <translation>Cysonwyd ddiwethaf heddiw am %1</translation>
    </message>
    <message>
        <source>Last synced %1 %2</source>
        <translation>Cysonwyd ddiwethaf %1 am %2</translation>
    </message>
    <message>
        <source>Cannot sync (see Sync details)</source>
        <translation>Methu cysoni (gweler Manylion cysoni)</translation>
    </message>
    <message>
        <source>1 change waiting</source>
        <translation>1 newid yn aros</translation>
    </message>
    <message numerus="yes">
        <source>%n changes waiting</source>
        <translation>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
            <numerusform>%n newid yn aros</numerusform>
        </translation>
    </message>
    <message>
        <source>1 conflict</source>
        <translation>1 gwrthdaro</translation>
    </message>
    <message numerus="yes">
        <source>%n conflicts</source>
        <translation>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
            <numerusform>%n gwrthdaro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected</source>
        <translation>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;i wrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
            <numerusform>%n wedi&apos;u gwrthod</numerusform>
        </translation>
    </message>
    <message>
        <source>All changes synced</source>
        <translation>Pob newid wedi&apos;i gysoni</translation>
    </message>
    <message>
        <source>Sync status: %1</source>
        <translation>Statws cysoni: %1</translation>
    </message>
</context>
<context>
    <name>trellis::ui::TrustedAdultModel</name>
    <message>
        <source>Do not contact this adult. No reason is recorded: ask the case manager.</source>
        <translation>Peidiwch â chysylltu â&apos;r oedolyn hwn. Does dim rheswm wedi&apos;i gofnodi: gofynnwch i&apos;r rheolwr achos.</translation>
    </message>
    <message>
        <source>Do not contact this adult: %1</source>
        <translation>Peidiwch â chysylltu â&apos;r oedolyn hwn: %1</translation>
    </message>
    <message>
        <source>%1 (checked %2)</source>
        <translation>%1 (gwiriwyd %2)</translation>
    </message>
    <message>
        <source>%1, do not contact</source>
        <translation>%1, peidiwch â chysylltu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Rhybudd</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Caniatâd i rannu</translation>
    </message>
</context>
<context>
    <name>trellis::ui::TrustedAdultsTab</name>
    <message>
        <source>&amp;Add an adult…</source>
        <translation>&amp;Ychwanegu oedolyn…</translation>
    </message>
    <message>
        <source>E&amp;dit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Link an existing adult…</source>
        <translation>Cysylltu oedolyn sy&apos;n &amp;bodoli…</translation>
    </message>
    <message>
        <source>Save adult</source>
        <translation>Cadw&apos;r oedolyn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Link this adult</source>
        <translation>Cysylltu&apos;r oedolyn hwn</translation>
    </message>
    <message>
        <source>Trusted adults</source>
        <translation>Oedolion dibynadwy</translation>
    </message>
    <message>
        <source>Role for this young person</source>
        <translation>Rôl i&apos;r person ifanc hwn</translation>
    </message>
    <message>
        <source>Save this adult (Ctrl+S)</source>
        <translation>Cadw&apos;r oedolyn hwn (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Role for this young person</source>
        <translation>&amp;Rôl i&apos;r person ifanc hwn</translation>
    </message>
    <message>
        <source>Search trusted adults by name</source>
        <translation>Chwilio am oedolion dibynadwy yn ôl enw</translation>
    </message>
    <message>
        <source>Start of a given or family name</source>
        <translation>Dechrau enw cyntaf neu gyfenw</translation>
    </message>
    <message>
        <source>Adults found</source>
        <translation>Oedolion a ganfuwyd</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Enw</translation>
    </message>
    <message>
        <source>&amp;Found</source>
        <translation>Ca&amp;nfuwyd</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rôl</translation>
    </message>
    <message>
        <source>Link an adult who is already recorded (for example for a brother or sister)</source>
        <translation>Cysylltu oedolyn sydd eisoes wedi&apos;i gofnodi (er enghraifft ar gyfer brawd neu chwaer)</translation>
    </message>
    <message>
        <source>New trusted adult</source>
        <translation>Oedolyn dibynadwy newydd</translation>
    </message>
    <message>
        <source>Trusted adult: %1</source>
        <translation>Oedolyn dibynadwy: %1</translation>
    </message>
    <message>
        <source>The adult was not saved: %1</source>
        <translation>Ni chadwyd yr oedolyn: %1</translation>
    </message>
    <message>
        <source>Could not save the adult: %1</source>
        <translation>Nid oedd modd cadw&apos;r oedolyn: %1</translation>
    </message>
    <message>
        <source>Trusted adult (restored)</source>
        <translation>Oedolyn dibynadwy (wedi&apos;i adfer)</translation>
    </message>
    <message>
        <source>Restored unsaved changes from %1.</source>
        <translation>Adferwyd newidiadau heb eu cadw o %1.</translation>
    </message>
    <message>
        <source>The adult could not be linked.</source>
        <translation>Nid oedd modd cysylltu&apos;r oedolyn.</translation>
    </message>
    <message>
        <source>Could not link the adult: %1</source>
        <translation>Nid oedd modd cysylltu&apos;r oedolyn: %1</translation>
    </message>
    <message>
        <source>Record a new trusted adult for this young person</source>
        <translation>Cofnodi oedolyn dibynadwy newydd ar gyfer y person ifanc hwn</translation>
    </message>
    <message>
        <source>Change the adult the list is on</source>
        <translation>Newid yr oedolyn y mae&apos;r rhestr arno</translation>
    </message>
    <message>
        <source>Find an adult already recorded for another young person, such as a sibling</source>
        <translation>Dod o hyd i oedolyn sydd eisoes wedi&apos;i gofnodi ar gyfer person ifanc arall, fel brawd neu chwaer</translation>
    </message>
    <message>
        <source>Who the adult is to this young person</source>
        <translation>Pwy yw&apos;r oedolyn i&apos;r person ifanc hwn</translation>
    </message>
    <message>
        <source>Leave this adult without saving and go back to the list</source>
        <translation>Gadael yr oedolyn hwn heb gadw a mynd yn ôl i&apos;r rhestr</translation>
    </message>
    <message>
        <source>The start of a given or family name; the adults found are listed below</source>
        <translation>Dechrau enw cyntaf neu gyfenw; rhestrir yr oedolion a ganfuwyd isod</translation>
    </message>
    <message>
        <source>Choose the adult to link; the arrow keys move through the list</source>
        <translation>Dewiswch yr oedolyn i&apos;w gysylltu; mae&apos;r bysellau saeth yn symud drwy&apos;r rhestr</translation>
    </message>
    <message>
        <source>Role of the linked adult</source>
        <translation>Rôl yr oedolyn a gysylltwyd</translation>
    </message>
    <message>
        <source>Who the adult found is to this young person</source>
        <translation>Pwy yw&apos;r oedolyn a ganfuwyd i&apos;r person ifanc hwn</translation>
    </message>
    <message>
        <source>Link the adult chosen in the list, in the role chosen</source>
        <translation>Cysylltu&apos;r oedolyn a ddewiswyd yn y rhestr, yn y rôl a ddewiswyd</translation>
    </message>
    <message>
        <source>Stop linking and go back to the list</source>
        <translation>Stopio cysylltu a mynd yn ôl i&apos;r rhestr</translation>
    </message>
</context>
<context>
    <name>trellis::ui::WorkArea</name>
    <message>
        <source>← &amp;Back to caseload</source>
        <translation>← &amp;Yn ôl i&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Back to the caseload (Alt+Left)</source>
        <translation type="vanished">Yn ôl i&apos;r llwyth achosion (Alt+Saeth chwith)</translation>
    </message>
    <message>
        <source>&amp;Safety plan</source>
        <translation type="vanished">&amp;Cynllun diogelwch</translation>
    </message>
    <message>
        <source>&amp;New young person</source>
        <translation>Person ifanc &amp;newydd</translation>
    </message>
    <message>
        <source>Unsaved safety plan</source>
        <translation>Cynllun diogelwch heb ei gadw</translation>
    </message>
    <message>
        <source>The safety plan has changes that are not saved. Save them now?</source>
        <translation>Mae gan y cynllun diogelwch newidiadau sydd heb eu cadw. Ydych chi am eu cadw nawr?</translation>
    </message>
    <message>
        <source>Back to caseload</source>
        <translation>Yn ôl i&apos;r llwyth achosion</translation>
    </message>
    <message>
        <source>Supervisor dashboard</source>
        <translation>Dangosfwrdd goruchwyliwr</translation>
    </message>
    <message>
        <source>Leave this screen and show the list of young people (Alt+Left)</source>
        <translation>Gadael y sgrin hon a dangos y rhestr o bobl ifanc (Alt+Saeth chwith)</translation>
    </message>
    <message>
        <source>Safety pla&amp;n</source>
        <translation>Cy&amp;nllun diogelwch</translation>
    </message>
</context>
</TS>
