<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
    <context>
        <name>AppealDetailDialog</name>
        <message>
            <source>Hearing, document or court details</source>
            <translation>Posėdis, dokumentas ar teismo duomenys</translation>
        </message>
        <message>
            <source>what to add</source>
            <translation>ką pridėti</translation>
        </message>
        <message>
            <source>A hearing date</source>
            <translation>Teismo posėdžio datą</translation>
        </message>
        <message>
            <source>A document received</source>
            <translation>Gautą dokumentą</translation>
        </message>
        <message>
            <source>Court case number and suspension</source>
            <translation>Teismo bylos numerį ir stabdymą</translation>
        </message>
        <message>
            <source>hearing date</source>
            <translation>posėdžio data</translation>
        </message>
        <message>
            <source>hearing note</source>
            <translation>pastaba apie posėdį</translation>
        </message>
        <message>
            <source>optional, e.g. the chamber or the room</source>
            <translation>neprivaloma, pvz., teismo rūmai ar salė</translation>
        </message>
        <message>
            <source>&amp;Hearing date:</source>
            <translation>&amp;Posėdžio data:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Pa&amp;staba:</translation>
        </message>
        <message>
            <source>document reference</source>
            <translation>dokumento numeris</translation>
        </message>
        <message>
            <source>e.g. the court's letter number</source>
            <translation>pvz., teismo dokumento numeris</translation>
        </message>
        <message>
            <source>date received</source>
            <translation>gavimo data</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Numeris:</translation>
        </message>
        <message>
            <source>Date &amp;received:</source>
            <translation>&amp;Gavimo data:</translation>
        </message>
        <message>
            <source>court case number</source>
            <translation>teismo bylos numeris</translation>
        </message>
        <message>
            <source>The appeal suspends the departure obligation</source>
            <translation>Skundas sustabdo įpareigojimą išvykti</translation>
        </message>
        <message>
            <source>Court &amp;case number:</source>
            <translation>Teismo &amp;bylos Nr.:</translation>
        </message>
        <message>
            <source>&amp;Add:</source>
            <translation>&amp;Ką pridėti:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Įrašy&amp;ti</translation>
        </message>
    </context>
    <context>
        <name>Attention</name>
        <message>
            <source>1 revocation to confirm as final</source>
            <translation>galutinio patvirtinimo laukiantys panaikinimai – 1</translation>
        </message>
        <message>
            <source>{count} revocations to confirm as final</source>
            <translation>galutinio patvirtinimo laukiantys panaikinimai – {count}</translation>
        </message>
        <message>
            <source>1 appeal window closing this week</source>
            <translation>šią savaitę besibaigiantys apskundimo terminai – 1</translation>
        </message>
        <message>
            <source>{count} appeal windows closing this week</source>
            <translation>šią savaitę besibaigiantys apskundimo terminai – {count}</translation>
        </message>
        <message>
            <source>1 departure deadline passed without a recorded departure</source>
            <translation>praėję išvykimo terminai be užregistruoto išvykimo – 1</translation>
        </message>
        <message>
            <source>{count} departure deadlines passed without a recorded departure</source>
            <translation>praėję išvykimo terminai be užregistruoto išvykimo – {count}</translation>
        </message>
        <message>
            <source>1 departure deadline this week</source>
            <translation>šios savaitės išvykimo terminai – 1</translation>
        </message>
        <message>
            <source>{count} departure deadlines this week</source>
            <translation>šios savaitės išvykimo terminai – {count}</translation>
        </message>
        <message>
            <source>1 information request overdue</source>
            <translation>vėluojantys informacijos prašymai – 1</translation>
        </message>
        <message>
            <source>{count} information requests overdue</source>
            <translation>vėluojantys informacijos prašymai – {count}</translation>
        </message>
        <message>
            <source>1 letter dispatched but not served</source>
            <translation>išsiųsti, bet neįteikti raštai – 1</translation>
        </message>
        <message>
            <source>{count} letters dispatched but not served</source>
            <translation>išsiųsti, bet neįteikti raštai – {count}</translation>
        </message>
        <message>
            <source>Nothing on the deadline board needs attention today.</source>
            <translation>Šiandien terminų lentoje nėra nieko, kam reikėtų dėmesio.</translation>
        </message>
        <message>
            <source>Needs attention today: {items}.</source>
            <translation>Šiandien dėmesio reikia: {items}.</translation>
        </message>
        <message>
            <source>what needs attention today</source>
            <translation>kam šiandien reikia dėmesio</translation>
        </message>
        <message>
            <source>1 deadline item needs attention today</source>
            <translation>Šiandien dėmesio reikia 1 terminui</translation>
        </message>
        <message>
            <source>{count} deadline items need attention today</source>
            <translation>Terminų, kuriems šiandien reikia dėmesio: {count}</translation>
        </message>
        <message>
            <source>Click to open the deadlines.</source>
            <translation>Spustelėkite, kad atvertumėte terminus.</translation>
        </message>
        <message>
            <source>Deadlines not counted: {error}</source>
            <translation>Terminai nesuskaičiuoti: {error}</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>&lt;b&gt;Cancelled&lt;/b&gt; after {done} of {total} cases.</source>
            <translation>&lt;b&gt;Nutraukta&lt;/b&gt; apdorojus bylų: {done} iš {total}.</translation>
        </message>
        <message>
            <source>The letters issued before Cancel stay issued and are in the register, but were not printed: use “Print issued letters” below.</source>
            <translation>Iki nutraukimo parengti raštai lieka parengti ir įtraukti į registrą, bet neišspausdinti: spauskite „Spausdinti parengtus raštus“ apačioje.</translation>
        </message>
        <message>
            <source>The letters issued before Cancel stay issued and are in the register.</source>
            <translation>Iki nutraukimo parengti raštai lieka parengti ir įtraukti į registrą.</translation>
        </message>
        <message>
            <source>1 case was not touched and stays in the queue.</source>
            <translation>1 byla neapdorota ir lieka eilėje.</translation>
        </message>
        <message>
            <source>{count} cases were not touched and stay in the queue.</source>
            <translation>Neapdorotos bylos lieka eilėje (bylų – {count}).</translation>
        </message>
        <message>
            <source>{pages}, {copies} copies each</source>
            <translation>{pages}, po {copies} egz.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt; on {printer}: the letters of {cases} and the dispatch register ({pages}).</source>
            <translation>&lt;b&gt;Išspausdinta&lt;/b&gt; ({printer}): raštai ({cases}) ir išsiuntimo registras ({pages}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt; on {printer}: the letters of {cases} ({pages}).</source>
            <translation>&lt;b&gt;Išspausdinta&lt;/b&gt; ({printer}): raštai ({cases}; {pages}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printing was cancelled&lt;/b&gt;: the letters of {cases} are issued but not printed; use “Print issued letters” below.</source>
            <translation>&lt;b&gt;Spausdinimas nutrauktas&lt;/b&gt;: raštai parengti, bet neišspausdinti ({cases}); spauskite „Spausdinti parengtus raštus“ apačioje.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Issued:&lt;/b&gt; {letters} for {cases}, {span}.</source>
            <translation>&lt;b&gt;Parengta&lt;/b&gt; ({letters}, {cases}): {span}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No letters were issued.&lt;/b&gt;</source>
            <translation>&lt;b&gt;Neparengtas nė vienas raštas.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not printed:&lt;/b&gt; {error}</source>
            <translation>&lt;b&gt;Neišspausdinta:&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dispatch register&lt;/b&gt; saved as {pdf} and {csv} ({envelopes}).</source>
            <translation>&lt;b&gt;Išsiuntimo registras&lt;/b&gt; įrašytas į {pdf} ir {csv} ({envelopes}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register not saved:&lt;/b&gt; {error}</source>
            <translation>&lt;b&gt;Registras neįrašytas:&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not issued:&lt;/b&gt; {case}: {reason}</source>
            <translation>&lt;b&gt;Neparengta:&lt;/b&gt; {case}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more cases not issued.</source>
            <translation>… ir dar neparengtų bylų: {count}.</translation>
        </message>
        <message>
            <source>Issue and print letters</source>
            <translation>Raštų parengimas ir spausdinimas</translation>
        </message>
        <message>
            <source>Issue the letters of &lt;b&gt;{cases}&lt;/b&gt;: for each, the decision and the appeal-rights notice ({letters}). Each gets the next registration number, today's date and the approving supervisor as signatory; once issued, a letter never changes.</source>
            <translation>Parengti pasirinktų bylų raštus (&lt;b&gt;{cases}&lt;/b&gt;): kiekvienai bylai – sprendimą ir pranešimą apie apskundimo tvarką ({letters}). Kiekvienam raštui suteikiamas kitas registracijos numeris ir šiandienos data, pasirašo sprendimą patvirtinęs vadovas; parengtas raštas niekada nebekeičiamas.</translation>
        </message>
        <message>
            <source>&amp;Print them as one job (choose the printer, copies and two-sided printing next)</source>
            <translation>&amp;Spausdinti viena užduotimi (spausdintuvą, kopijas ir dvipusį spausdinimą pasirinksite toliau)</translation>
        </message>
        <message>
            <source>No printer is set up on this computer: the letters can be issued and the dispatch register saved now, and the letters printed later from Issued letters.</source>
            <translation>Šiame kompiuteryje nenustatytas joks spausdintuvas: raštus galima parengti ir išsiuntimo registrą įrašyti dabar, o raštus išspausdinti vėliau skiltyje „Parengti raštai“.</translation>
        </message>
        <message>
            <source>folder for the dispatch register</source>
            <translation>išsiuntimo registro aplankas</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Naršyti…</translation>
        </message>
        <message>
            <source>Dispatch register (PDF and CSV) &amp;goes to:</source>
            <translation>Išsiuntimo registro (PDF ir CSV) &amp;aplankas:</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>eiga</translation>
        </message>
        <message>
            <source>status</source>
            <translation>būsena</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>rezultatas</translation>
        </message>
        <message>
            <source>&amp;Issue and print…</source>
            <translation>&amp;Parengti ir spausdinti…</translation>
        </message>
        <message>
            <source>Print issued &amp;letters…</source>
            <translation>Spausdinti parengtus raš&amp;tus…</translation>
        </message>
        <message>
            <source>Folder for the dispatch register</source>
            <translation>Išsiuntimo registro aplankas</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>&amp;Parengti</translation>
        </message>
        <message>
            <source>Choose a folder for the dispatch register.</source>
            <translation>Pasirinkite išsiuntimo registro aplanką.</translation>
        </message>
        <message>
            <source>Print the letters</source>
            <translation>Raštų spausdinimas</translation>
        </message>
        <message>
            <source>Issuing letters: {done} of {total} cases</source>
            <translation>Rengiami raštai: apdorota bylų {done} iš {total}</translation>
        </message>
        <message>
            <source>it could not be written to {folder} ({error}); make it again from Issued letters with “Dispatch register”</source>
            <translation>jo nepavyko įrašyti į {folder} ({error}); sudarykite jį iš naujo skiltyje „Parengti raštai“ mygtuku „Išsiuntimo registras“</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atsisakyti</translation>
        </message>
        <message>
            <source>Printing: {done} of {total} sets of letters</source>
            <translation>Spausdinama: raštų rinkinių {done} iš {total}</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Užverti</translation>
        </message>
        <message>
            <source>Print the issued letters</source>
            <translation>Parengtų raštų spausdinimas</translation>
        </message>
        <message>
            <source>Printing on {printer}</source>
            <translation>Spausdinama: {printer}</translation>
        </message>
        <message>
            <source>Stopping after the current case…</source>
            <translation>Stabdoma, kai bus baigta dabartinė byla…</translation>
        </message>
    </context>
    <context>
        <name>BoardPanel</name>
        <message>
            <source>Due this week or overdue</source>
            <translation>Šią savaitę arba praleisti</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Praleisti</translation>
        </message>
        <message>
            <source>Due within 7 days or overdue</source>
            <translation>Per 7 dienas arba praleisti</translation>
        </message>
        <message>
            <source>Due within 30 days or overdue</source>
            <translation>Per 30 dienų arba praleisti</translation>
        </message>
        <message>
            <source>Everything running</source>
            <translation>Visi einantys</translation>
        </message>
        <message>
            <source>list</source>
            <translation>sąrašas</translation>
        </message>
        <message>
            <source>All lists</source>
            <translation>Visi sąrašai</translation>
        </message>
        <message>
            <source>due</source>
            <translation>terminas</translation>
        </message>
        <message>
            <source>case or permit number filter</source>
            <translation>bylos ar leidimo numerio filtras</translation>
        </message>
        <message>
            <source>Case or permit number starts with…</source>
            <translation>Bylos ar leidimo numeris prasideda…</translation>
        </message>
        <message>
            <source>counts</source>
            <translation>skaičiai</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Terminai</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Atverti bylą</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>&amp;Eksportuoti CSV…</translation>
        </message>
        <message>
            <source>Export &amp;Excel…</source>
            <translation>E&amp;xcel darbaknygė…</translation>
        </message>
        <message>
            <source>Save the rows shown to an Excel workbook</source>
            <translation>Įrašyti rodomas eilutes į Excel darbaknygę</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>S&amp;pausdinti…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Įrašyti P&amp;DF…</translation>
        </message>
        <message>
            <source>rows shown</source>
            <translation>rodomos eilutės</translation>
        </message>
        <message>
            <source>&amp;List:</source>
            <translation>&amp;Sąrašas:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>&amp;Terminas:</translation>
        </message>
        <message>
            <source>{list}, {due}, case or permit starting {start}</source>
            <translation>{list}, {due}, bylos ar leidimo numeris prasideda {start}</translation>
        </message>
        <message>
            <source>{list}, {due}</source>
            <translation>{list}, {due}</translation>
        </message>
        <message>
            <source>1 row shown</source>
            <translation>Rodoma 1 eilutė</translation>
        </message>
        <message>
            <source>{count} rows shown</source>
            <translation>Rodoma eilučių: {count}</translation>
        </message>
        <message>
            <source>Export the deadline board</source>
            <translation>Terminų lentos eksportas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV failai (*.csv)</translation>
        </message>
        <message>
            <source>1 row exported to {file}</source>
            <translation>1 eilutė eksportuota į {file}</translation>
        </message>
        <message>
            <source>{count} rows exported to {file}</source>
            <translation>Eksportuota eilučių: {count}, failas {file}</translation>
        </message>
        <message>
            <source>Deadline board</source>
            <translation>Terminų lenta</translation>
        </message>
        <message>
            <source>Save the deadline board as PDF</source>
            <translation>Terminų lentos įrašymas PDF formatu</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF failai (*.pdf)</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>Aplanko {folder} nėra.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Įrašyta: {file}</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>praleista {count}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{list}&lt;/b&gt;: {overdue}, {soon} this week, {later} later</source>
            <translation>&lt;b&gt;{list}&lt;/b&gt;: {overdue}, šią savaitę {soon}, vėliau {later}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suspended&lt;/b&gt; by a pending appeal: {count}</source>
            <translation>&lt;b&gt;Sustabdyti&lt;/b&gt; dėl nagrinėjamo skundo: {count}</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>&amp;Record appeal</source>
            <translation>&amp;Užregistruoti skundą</translation>
        </message>
        <message>
            <source>&lt;b&gt;{case}&lt;/b&gt; · {name} · permit {permit} · {state}</source>
            <translation>&lt;b&gt;{case}&lt;/b&gt; · {name} · leidimas {permit} · {state}</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Užregistruoti</translation>
        </message>
        <message>
            <source>&amp;Record departure</source>
            <translation>&amp;Užregistruoti išvykimą</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Pri&amp;dėti</translation>
        </message>
        <message>
            <source>The appeal lodged with {court} on {day}.</source>
            <translation>Skundas, paduotas {court} {day}.</translation>
        </message>
        <message>
            <source>&amp;Record outcome</source>
            <translation>&amp;Užregistruoti rezultatą</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Atnaujinti bylą</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <source>case or permit number</source>
            <translation>bylos ar leidimo numeris</translation>
        </message>
        <message>
            <source>Case or permit number, e.g. PR24-000123</source>
            <translation>Bylos ar leidimo numeris, pvz., PR24-000123</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>Atv&amp;erti</translation>
        </message>
        <message>
            <source>case</source>
            <translation>byla</translation>
        </message>
        <message>
            <source>Appeals of the case</source>
            <translation>Bylos skundai</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>išvykimas</translation>
        </message>
        <message>
            <source>Record &amp;appeal…</source>
            <translation>Užregistruoti &amp;skundą…</translation>
        </message>
        <message>
            <source>&amp;Hearing or document…</source>
            <translation>&amp;Posėdis ar dokumentas…</translation>
        </message>
        <message>
            <source>Ou&amp;tcome…</source>
            <translation>Re&amp;zultatas…</translation>
        </message>
        <message>
            <source>Confirm &amp;final…</source>
            <translation>Pa&amp;tvirtinti galutinį…</translation>
        </message>
        <message>
            <source>Record &amp;departure…</source>
            <translation>Užregistruoti iš&amp;vykimą…</translation>
        </message>
        <message>
            <source>Card &amp;returned</source>
            <translation>&amp;Kortelė grąžinta</translation>
        </message>
        <message>
            <source>R&amp;eopen…</source>
            <translation>&amp;Atnaujinti…</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Skundai</translation>
        </message>
        <message>
            <source>History</source>
            <translation>Istorija</translation>
        </message>
        <message>
            <source>&lt;b&gt;{case}&lt;/b&gt; · {name} · permit {permit} ({status})</source>
            <translation>&lt;b&gt;{case}&lt;/b&gt; · {name} · leidimas {permit} ({status})</translation>
        </message>
        <message>
            <source>State: &lt;b&gt;{state}&lt;/b&gt;</source>
            <translation>Būsena: &lt;b&gt;{state}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Served {day} ({method}); last day to appeal &lt;b&gt;{appeal}&lt;/b&gt;; must leave by &lt;b&gt;{departure}&lt;/b&gt;</source>
            <translation>Įteikta {day} ({method}); paskutinė apskundimo diena &lt;b&gt;{appeal}&lt;/b&gt;; išvykti iki &lt;b&gt;{departure}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Not served yet.</source>
            <translation>Dar neįteikta.</translation>
        </message>
        <message>
            <source>No departure recorded.</source>
            <translation>Išvykimas neužregistruotas.</translation>
        </message>
        <message>
            <source>the permit card was returned</source>
            <translation>leidimo kortelė grąžinta</translation>
        </message>
        <message>
            <source>card not returned</source>
            <translation>kortelė negrąžinta</translation>
        </message>
        <message>
            <source>Departed {day} (known from: {evidence}){note}; {card}.</source>
            <translation>Išvyko {day} (šaltinis: {evidence}){note}; {card}.</translation>
        </message>
        <message>
            <source>Confirm the revocation as final</source>
            <translation>Panaikinimo patvirtinimas galutiniu</translation>
        </message>
        <message>
            <source>Confirm that the revocation of case {case} is final? Your name is recorded with the confirmation.</source>
            <translation>Patvirtinti, kad bylos {case} leidimo panaikinimas yra galutinis? Patvirtinimas įrašomas jūsų vardu.</translation>
        </message>
        <message>
            <source>Confirm as &amp;final</source>
            <translation>Patvirtinti kaip &amp;galutinį</translation>
        </message>
        <message>
            <source>Permit card returned</source>
            <translation>Leidimo kortelė grąžinta</translation>
        </message>
        <message>
            <source>Record that the permit card of case {case} came back today?</source>
            <translation>Užregistruoti, kad bylos {case} leidimo kortelė grąžinta šiandien?</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Užregistruoti</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct a letter</source>
            <translation>Pataisyti raštą</translation>
        </message>
        <message>
            <source>A correction is a new letter with its own registration number, written from the case as it is now. It replaces {number}, which stays on file exactly as it was issued. Correct the case data first if the error is in the data.</source>
            <translation>Pataisymas – tai naujas raštas su savo registracijos numeriu, parengtas pagal dabartinius bylos duomenis. Jis pakeičia raštą {number}, kuris lieka byloje toks, koks buvo parengtas. Jei klaida yra duomenyse, pirmiausia ištaisykite bylos duomenis.</translation>
        </message>
        <message>
            <source>reason for the correction</source>
            <translation>taisymo priežastis</translation>
        </message>
        <message>
            <source>What was wrong, e.g. the address had a wrong house number</source>
            <translation>Kas buvo neteisinga, pvz., adrese nurodytas klaidingas namo numeris</translation>
        </message>
        <message>
            <source>&amp;Issue correction</source>
            <translation>Parengti pa&amp;taisymą</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the case history and the audit log):</source>
            <translation>&amp;Priežastis (įrašoma į bylos istoriją ir audito žurnalą):</translation>
        </message>
    </context>
    <context>
        <name>DeadlineBoard</name>
        <message>
            <source>No printer is set up on this computer. Save the board as a PDF instead, or ask the IT service desk to set up a printer.</source>
            <translation>Šiame kompiuteryje nenustatytas joks spausdintuvas. Įrašykite lentą PDF formatu arba paprašykite IT pagalbos tarnybos nustatyti spausdintuvą.</translation>
        </message>
        <message>
            <source>{list}: {overdue} overdue, {soon} this week, {later} later</source>
            <translation>{list}: praleista {overdue}, šią savaitę {soon}, vėliau {later}</translation>
        </message>
        <message>
            <source>{filter} — 1 row.</source>
            <translation>{filter} — 1 eilutė.</translation>
        </message>
        <message>
            <source>{filter} — {count} rows.</source>
            <translation>{filter} — eilučių: {count}.</translation>
        </message>
        <message>
            <source>Deadline board, {day}</source>
            <translation>Terminų lenta, {day}</translation>
        </message>
        <message>
            <source>Departure deadlines suspended by a pending appeal: {suspended}; revocations to confirm as final: {final}.</source>
            <translation>Išvykimo terminai, sustabdyti dėl nagrinėjamo skundo: {suspended}; galutinio patvirtinimo laukiantys panaikinimai: {final}.</translation>
        </message>
        <message>
            <source>No deadlines match.</source>
            <translation>Atitinkančių terminų nėra.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Spausdintuvo nėra</translation>
        </message>
        <message>
            <source>Print the deadline board</source>
            <translation>Terminų lentos spausdinimas</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Appeal window</source>
            <translation>Apskundimo terminas</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Išvykimas</translation>
        </message>
        <message>
            <source>Information request</source>
            <translation>Informacijos prašymas</translation>
        </message>
        <message>
            <source>Letter not served</source>
            <translation>Neįteiktas raštas</translation>
        </message>
        <message>
            <source>Appeal windows</source>
            <translation>Apskundimo terminai</translation>
        </message>
        <message>
            <source>Departures</source>
            <translation>Išvykimai</translation>
        </message>
        <message>
            <source>Information requests</source>
            <translation>Informacijos prašymai</translation>
        </message>
        <message>
            <source>Letters not served</source>
            <translation>Neįteikti raštai</translation>
        </message>
        <message>
            <source>{days} overdue</source>
            <translation>praleista {days} d.</translation>
        </message>
        <message>
            <source>today</source>
            <translation>šiandien</translation>
        </message>
        <message>
            <source>appeal dismissed by {court} on {day}; onward appeal possible</source>
            <translation>skundą {day} atmetė {court}; galimas apeliacinis skundas</translation>
        </message>
        <message>
            <source>served {day}; no appeal recorded</source>
            <translation>įteikta {day}; skundas neužregistruotas</translation>
        </message>
        <message>
            <source>served {day}; under appeal (not suspensive)</source>
            <translation>įteikta {day}; apskųsta (skundas nestabdo išvykimo)</translation>
        </message>
        <message>
            <source>served {day}</source>
            <translation>įteikta {day}</translation>
        </message>
        <message>
            <source>asked {whom} on {day}</source>
            <translation>{day} paprašyta informacijos iš {whom}</translation>
        </message>
        <message>
            <source>dispatched {day}, registered mail {tracking}</source>
            <translation>išsiųsta {day}, registruotoji siunta {tracking}</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Terminas</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Liko dienų</translation>
        </message>
        <message>
            <source>List</source>
            <translation>Sąrašas</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Byla</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Leidimas</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Vardas, pavardė</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Išsamiau</translation>
        </message>
        <message>
            <source>{list} of case {case}: {detail}</source>
            <translation>{list}, byla {case}: {detail}</translation>
        </message>
        <message>
            <source>Appeal dismissed by {court} on {day}</source>
            <translation>Skundą {day} atmetė {court}</translation>
        </message>
        <message>
            <source>No appeal by {day}</source>
            <translation>Iki {day} skundas nepaduotas</translation>
        </message>
        <message>
            <source>Why final</source>
            <translation>Kodėl galutinis</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Įteikta</translation>
        </message>
        <message>
            <source>Days since</source>
            <translation>Praėjo dienų</translation>
        </message>
        <message>
            <source>late</source>
            <translation>pavėluotas</translation>
        </message>
        <message>
            <source>suspensive</source>
            <translation>stabdantis</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Nagrinėjamas</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Teismas</translation>
        </message>
        <message>
            <source>Court case no.</source>
            <translation>Teismo bylos Nr.</translation>
        </message>
        <message>
            <source>Lodged</source>
            <translation>Paduotas</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Žymos</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Posėdžiai</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Dokumentai</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Rezultatas</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesView</name>
        <message>
            <source>what needs attention today</source>
            <translation>kam šiandien reikia dėmesio</translation>
        </message>
        <message>
            <source>Counting what needs attention…</source>
            <translation>Skaičiuojama, kam reikia dėmesio…</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Lenta</translation>
        </message>
        <message>
            <source>&amp;Revocation final</source>
            <translation>&amp;Galutiniai panaikinimai</translation>
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation>&amp;Byla</translation>
        </message>
        <message>
            <source>&amp;Revocation final ({count})</source>
            <translation>&amp;Galutiniai panaikinimai ({count})</translation>
        </message>
    </context>
    <context>
        <name>DepartureDialog</name>
        <message>
            <source>Border crossing record</source>
            <translation>Sienos kirtimo įrašas</translation>
        </message>
        <message>
            <source>The person's own statement</source>
            <translation>Paties asmens pareiškimas</translation>
        </message>
        <message>
            <source>Other (see note)</source>
            <translation>Kita (žr. pastabą)</translation>
        </message>
        <message>
            <source>Record the departure</source>
            <translation>Išvykimo registravimas</translation>
        </message>
        <message>
            <source>The case closes as departed; the permit stays revoked.</source>
            <translation>Byla baigiama asmeniui išvykus; leidimas lieka panaikintas.</translation>
        </message>
        <message>
            <source>date of departure</source>
            <translation>išvykimo data</translation>
        </message>
        <message>
            <source>how the departure is known</source>
            <translation>kaip sužinota apie išvykimą</translation>
        </message>
        <message>
            <source>note</source>
            <translation>pastaba</translation>
        </message>
        <message>
            <source>e.g. the checkpoint; required with “Other”</source>
            <translation>pvz., pasienio kontrolės punktas; būtina, jei pasirinkta „Kita“</translation>
        </message>
        <message>
            <source>The permit card was returned</source>
            <translation>Leidimo kortelė grąžinta</translation>
        </message>
        <message>
            <source>Date of &amp;departure:</source>
            <translation>Išvykimo &amp;data:</translation>
        </message>
        <message>
            <source>&amp;Known from:</source>
            <translation>Ša&amp;ltinis:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>Pa&amp;staba:</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Record dispatch</source>
            <translation>Išsiuntimo registravimas</translation>
        </message>
        <message>
            <source>date sent</source>
            <translation>išsiuntimo data</translation>
        </message>
        <message>
            <source>registered-mail number</source>
            <translation>registruotosios siuntos numeris</translation>
        </message>
        <message>
            <source>e.g. RR123456789LT</source>
            <translation>pvz., RR123456789LT</translation>
        </message>
        <message>
            <source>&amp;Date sent:</source>
            <translation>Išsiuntimo &amp;data:</translation>
        </message>
        <message>
            <source>Registered-&amp;mail number:</source>
            <translation>Registruotosios &amp;siuntos Nr.:</translation>
        </message>
        <message>
            <source>&amp;Record dispatch</source>
            <translation>&amp;Užregistruoti išsiuntimą</translation>
        </message>
        <message>
            <source>The case's current letters go in one envelope: the decision and the appeal-rights notice (and any correction) are recorded as sent together.</source>
            <translation>Galiojantys bylos raštai siunčiami viename voke: sprendimas ir pranešimas apie apskundimo tvarką (ir pataisymas, jei yra) registruojami kaip išsiųsti kartu.</translation>
        </message>
    </context>
    <context>
        <name>FinalityReview</name>
        <message>
            <source>These revocations can now become final: the appeal period ended with no appeal recorded, or the appeal was dismissed and no onward appeal is possible any more. Check that no appeal has arrived, then confirm. Your name is recorded with each confirmation; nothing is confirmed without you.</source>
            <translation>Šie leidimų panaikinimai dabar gali tapti galutiniai: apskundimo terminas baigėsi ir skundas neužregistruotas arba skundas atmestas ir apeliacinis skundas nebegalimas. Patikrinkite, ar negautas skundas, tada patvirtinkite. Kiekvienas patvirtinimas įrašomas jūsų vardu; be jūsų niekas nepatvirtinama.</translation>
        </message>
        <message>
            <source>Revocations to confirm as final</source>
            <translation>Galutinio patvirtinimo laukiantys panaikinimai</translation>
        </message>
        <message>
            <source>&amp;Confirm selected as final…</source>
            <translation>&amp;Patvirtinti pažymėtus kaip galutinius…</translation>
        </message>
        <message>
            <source>Confirm &amp;all listed…</source>
            <translation>Patvirtinti &amp;visus sąraše…</translation>
        </message>
        <message>
            <source>revocations to confirm</source>
            <translation>tvirtintini panaikinimai</translation>
        </message>
        <message>
            <source>Nothing to confirm.</source>
            <translation>Nėra ką patvirtinti.</translation>
        </message>
        <message>
            <source>1 revocation to confirm</source>
            <translation>Tvirtintinų panaikinimų: 1</translation>
        </message>
        <message>
            <source>{count} revocations to confirm</source>
            <translation>Tvirtintinų panaikinimų: {count}</translation>
        </message>
        <message>
            <source>every revocation listed</source>
            <translation>visi sąraše esantys panaikinimai</translation>
        </message>
        <message>
            <source>{cases} and {count} more</source>
            <translation>{cases} ir dar {count}</translation>
        </message>
        <message>
            <source>Confirm that the revocation is final for 1 case ({which})?</source>
            <translation>Patvirtinti, kad leidimo panaikinimas yra galutinis (1 byla: {which})?</translation>
        </message>
        <message>
            <source>Confirm that the revocation is final for {count} cases ({which})?</source>
            <translation>Patvirtinti, kad leidimų panaikinimai yra galutiniai (bylų – {count}: {which})?</translation>
        </message>
        <message>
            <source>Each confirmation is recorded under your name.</source>
            <translation>Kiekvienas patvirtinimas įrašomas jūsų vardu.</translation>
        </message>
        <message>
            <source>Confirm final revocations</source>
            <translation>Galutinių panaikinimų patvirtinimas</translation>
        </message>
        <message>
            <source>Confirm as &amp;final</source>
            <translation>Patvirtinti kaip &amp;galutinius</translation>
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message>
            <source>Letter preview</source>
            <translation>Raštų peržiūra</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Pagal plotį</translation>
        </message>
        <message>
            <source>Show the page as wide as the pane</source>
            <translation>Rodyti puslapį per visą srities plotį</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Visas puslapis</translation>
        </message>
        <message>
            <source>Show a whole page at a time</source>
            <translation>Rodyti visą puslapį</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Mažinti</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Didinti</translation>
        </message>
        <message>
            <source>Letter pages</source>
            <translation>Puslapiai</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <source>Letter {number}</source>
            <translation>Raštas {number}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; · {kind} · case {case}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {kind} · byla {case}</translation>
        </message>
        <message>
            <source>Select a letter to see it here.</source>
            <translation>Pasirinkite raštą, kad jis būtų parodytas čia.</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Puslapis {page} iš {count}</translation>
        </message>
    </context>
    <context>
        <name>LetterPrinting</name>
        <message>
            <source>dispatch register</source>
            <translation>išsiuntimo registras</translation>
        </message>
        <message>
            <source>No printer is set up on this computer, so nothing can be printed now. Issued letters stay issued: save them as PDF, or print them later from Issued letters once a printer is set up (ask the IT service desk).</source>
            <translation>Šiame kompiuteryje nenustatytas joks spausdintuvas, todėl dabar nieko negalima išspausdinti. Parengti raštai lieka parengti: įrašykite juos PDF formatu arba išspausdinkite vėliau skiltyje „Parengti raštai“, kai bus nustatytas spausdintuvas (kreipkitės į IT pagalbos tarnybą).</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>Spausdintuvo nėra</translation>
        </message>
        <message>
            <source>the PDF file {name}</source>
            <translation>PDF failas {name}</translation>
        </message>
        <message>
            <source>1 copy</source>
            <translation>1 egz.</translation>
        </message>
        <message>
            <source>{count} copies</source>
            <translation>{count} egz.</translation>
        </message>
        <message>
            <source>two-sided</source>
            <translation>dvipusis</translation>
        </message>
        <message>
            <source>one-sided</source>
            <translation>vienpusis</translation>
        </message>
        <message>
            <source>{printer}, {copies}, {sides}</source>
            <translation>{printer}, {copies}, {sides}</translation>
        </message>
        <message>
            <source>The printer {printer} did not accept the job; check that it is switched on and set up, then print again.</source>
            <translation>Spausdintuvas {printer} nepriėmė užduoties; patikrinkite, ar jis įjungtas ir nustatytas, tada spausdinkite dar kartą.</translation>
        </message>
        <message>
            <source>The printer {printer} stopped the job.</source>
            <translation>Spausdintuvas {printer} nutraukė užduotį.</translation>
        </message>
        <message>
            <source>The job could not be sent to {printer}.</source>
            <translation>Užduoties nepavyko nusiųsti spausdintuvui {printer}.</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Dispatch registers</source>
            <translation>Išsiuntimo registrai</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; · {kind} · case {case}&lt;br&gt;to {addressee}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {kind} · byla {case}&lt;br&gt;adresatas: {addressee}</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Sprendimas</translation>
        </message>
        <message>
            <source>Appeal-rights notice</source>
            <translation>Pranešimas apie apskundimo tvarką</translation>
        </message>
        <message>
            <source>Lithuanian</source>
            <translation>Lietuvių</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Rusų</translation>
        </message>
        <message>
            <source>English</source>
            <translation>Anglų</translation>
        </message>
        <message>
            <source>registered mail</source>
            <translation>registruotuoju paštu</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>asmeniškai</translation>
        </message>
        <message>
            <source>other</source>
            <translation>kitu būdu</translation>
        </message>
        <message>
            <source>Registered mail</source>
            <translation>Registruotuoju paštu</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>Asmeniškai</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Kitu būdu</translation>
        </message>
        <message>
            <source>under appeal</source>
            <translation>apskųsta</translation>
        </message>
        <message>
            <source>appeal dismissed</source>
            <translation>skundas atmestas</translation>
        </message>
        <message>
            <source>final</source>
            <translation>panaikinimas galutinis</translation>
        </message>
        <message>
            <source>1 case</source>
            <translation>bylų – 1</translation>
        </message>
        <message>
            <source>{count} cases</source>
            <translation>bylų – {count}</translation>
        </message>
        <message>
            <source>1 letter</source>
            <translation>raštų – 1</translation>
        </message>
        <message>
            <source>{count} letters</source>
            <translation>raštų – {count}</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>puslapių – 1</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>puslapių – {count}</translation>
        </message>
        <message>
            <source>1 envelope</source>
            <translation>vokų – 1</translation>
        </message>
        <message>
            <source>{count} envelopes</source>
            <translation>vokų – {count}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first}–{last}</translation>
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation>Pakeistas raštu {number}</translation>
        </message>
        <message>
            <source>Served {day} ({method})</source>
            <translation>Įteikta {day} ({method})</translation>
        </message>
        <message>
            <source>{served}, {state}</source>
            <translation>{served}, {state}</translation>
        </message>
        <message>
            <source>Dispatched {day}, {tracking}</source>
            <translation>Išsiųsta {day}, {tracking}</translation>
        </message>
        <message>
            <source>Dispatched {day}</source>
            <translation>Išsiųsta {day}</translation>
        </message>
        <message>
            <source>Not dispatched</source>
            <translation>Neišsiųsta</translation>
        </message>
        <message>
            <source>Corrects {number}: {reason}</source>
            <translation>Taiso raštą {number}: {reason}</translation>
        </message>
        <message>
            <source>{addressee}; translation: {language}</source>
            <translation>{addressee}; vertimas: {language}</translation>
        </message>
        <message>
            <source>Issued {day}, {pages}. {state}</source>
            <translation>Parengta {day}, {pages}. {state}</translation>
        </message>
        <message>
            <source>changed here</source>
            <translation>pakeistas čia</translation>
        </message>
        <message>
            <source>as shipped</source>
            <translation>pradinis</translation>
        </message>
        <message>
            <source>problem</source>
            <translation>klaida</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>tinka</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Byla</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Leidimas</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Adresatas</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Vertimas</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Patvirtinta</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>Registracijos Nr.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokumentas</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Kalba</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versija</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Šaltinis</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Patikra</translation>
        </message>
        <message>
            <source>{name} cannot be shown: its PDF does not open ({error}).</source>
            <translation>{name} negali būti parodytas: jo PDF neatsidaro ({error}).</translation>
        </message>
    </context>
    <context>
        <name>LettersView</name>
        <message>
            <source>To issue</source>
            <translation>Laukia parengimo</translation>
        </message>
        <message>
            <source>Issued letters</source>
            <translation>Parengti raštai</translation>
        </message>
        <message>
            <source>last action</source>
            <translation>paskutinis veiksmas</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Letters&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Raštai&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <source>Approved revocations without letters</source>
            <translation>Patvirtinti panaikinimai be raštų</translation>
        </message>
        <message>
            <source>&amp;Issue and print…</source>
            <translation>&amp;Parengti ir spausdinti…</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Pažymėti &amp;visas</translation>
        </message>
        <message>
            <source>Approved revocations whose letters are not issued yet, oldest approval first. Select the cases to send (Shift or Ctrl to select many) and issue their letters: the decision and the appeal-rights notice for each.</source>
            <translation>Patvirtinti leidimų panaikinimai, kurių raštai dar neparengti; seniausiai patvirtinti – pirmi. Pažymėkite siųstinas bylas (kelias pažymėsite laikydami Shift arba Ctrl) ir parenkite jų raštus: kiekvienai bylai – sprendimą ir pranešimą apie apskundimo tvarką.</translation>
        </message>
        <message>
            <source>find letters</source>
            <translation>raštų paieška</translation>
        </message>
        <message>
            <source>Find by registration number, case number or name</source>
            <translation>Ieškoti pagal registracijos numerį, bylos numerį ar vardą, pavardę</translation>
        </message>
        <message>
            <source>Also served and &amp;replaced letters</source>
            <translation>Rodyti ir įteiktus bei pa&amp;keistus raštus</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>Spa&amp;usdinti…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>Įrašyti &amp;PDF…</translation>
        </message>
        <message>
            <source>Dispatch re&amp;gister…</source>
            <translation>Išsiuntimo re&amp;gistras…</translation>
        </message>
        <message>
            <source>Record &amp;dispatch…</source>
            <translation>Užregistruoti &amp;išsiuntimą…</translation>
        </message>
        <message>
            <source>Record s&amp;ervice…</source>
            <translation>Užregistruoti įteiki&amp;mą…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Taisyti…</translation>
        </message>
        <message>
            <source>the issued letters</source>
            <translation>parengtus raštus</translation>
        </message>
        <message>
            <source>To issue ({count})</source>
            <translation>Laukia parengimo ({count})</translation>
        </message>
        <message>
            <source>Issued letters ({count})</source>
            <translation>Parengti raštai ({count})</translation>
        </message>
        <message>
            <source>{count} of {total} selected</source>
            <translation>Pažymėta: {count} iš {total}</translation>
        </message>
        <message>
            <source>Nothing to issue</source>
            <translation>Nėra ką parengti</translation>
        </message>
        <message>
            <source>Issued {letters}, {span}.</source>
            <translation>Parengta ({letters}): {span}.</translation>
        </message>
        <message>
            <source>Issued {number}.</source>
            <translation>Parengtas raštas {number}.</translation>
        </message>
        <message>
            <source>Print the letter</source>
            <translation>Spausdinti raštą</translation>
        </message>
        <message>
            <source>Print {count} letters</source>
            <translation>Raštų spausdinimas ({count})</translation>
        </message>
        <message>
            <source>Printing letters</source>
            <translation>Spausdinami raštai</translation>
        </message>
        <message>
            <source>Printed {letters} ({pages}) on {printer}.</source>
            <translation>Išspausdinta ({letters}; {pages}): {printer}.</translation>
        </message>
        <message>
            <source>Cancelled: {cases} not printed.</source>
            <translation>Nutraukta, neišspausdinta ({cases}).</translation>
        </message>
        <message>
            <source>Save letter {number}</source>
            <translation>Įrašyti raštą {number}</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF failai (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {number} as issued to {path}.</source>
            <translation>Raštas {number} įrašytas toks, koks parengtas: {path}.</translation>
        </message>
        <message>
            <source>Folder for the dispatch register</source>
            <translation>Išsiuntimo registro aplankas</translation>
        </message>
        <message>
            <source>Dispatch register of {envelopes} saved as {pdf} and {csv}.</source>
            <translation>Išsiuntimo registras ({envelopes}) įrašytas į {pdf} ir {csv}.</translation>
        </message>
        <message>
            <source>Dispatch of case {case} recorded: {letters}.</source>
            <translation>Bylos {case} raštų išsiuntimas užregistruotas: {letters}.</translation>
        </message>
        <message>
            <source>Case {case} served on {served}: last day to appeal {appeal}, must leave by {departure}.</source>
            <translation>Bylos {case} sprendimas įteiktas {served}: paskutinė apskundimo diena {appeal}, išvykti iki {departure}.</translation>
        </message>
        <message>
            <source>Issued {new}, which replaces {old}. Print it and send it.</source>
            <translation>Parengtas raštas {new}, kuris pakeičia {old}. Išspausdinkite ir išsiųskite jį.</translation>
        </message>
        <message>
            <source>{path} could not be written: {error}.</source>
            <translation>Nepavyko įrašyti {path}: {error}.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>&amp;Dismissed</source>
            <translation>&amp;Atmestas</translation>
        </message>
        <message>
            <source>The revocation stands. Once no onward appeal is possible, it is confirmed as final.</source>
            <translation>Panaikinimas lieka galioti. Kai apeliacinis skundas nebegalimas, panaikinimas patvirtinamas kaip galutinis.</translation>
        </message>
        <message>
            <source>&amp;Annulled</source>
            <translation>&amp;Panaikintas</translation>
        </message>
        <message>
            <source>The permit is valid again and the case closes as reinstated.</source>
            <translation>Leidimas vėl galioja, o byla baigiama atkūrus leidimą.</translation>
        </message>
        <message>
            <source>Re&amp;mitted</source>
            <translation>&amp;Grąžintas nagrinėti iš naujo</translation>
        </message>
        <message>
            <source>The case goes back to assessment for a new decision; the earlier one is kept in the history, marked superseded.</source>
            <translation>Byla grąžinama vertinti ir priimti naują sprendimą; ankstesnis sprendimas lieka istorijoje, pažymėtas kaip pakeistas.</translation>
        </message>
        <message>
            <source>Record the outcome of the appeal</source>
            <translation>Skundo nagrinėjimo rezultato registravimas</translation>
        </message>
        <message>
            <source>date of the outcome</source>
            <translation>teismo sprendimo data</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Rezultatas:</translation>
        </message>
        <message>
            <source>Date of the &amp;judgment:</source>
            <translation>Teismo &amp;sprendimo data:</translation>
        </message>
        <message>
            <source>choose the court's outcome</source>
            <translation>pasirinkite teismo sprendimo rezultatą</translation>
        </message>
    </context>
    <context>
        <name>RecordAppealDialog</name>
        <message>
            <source>Record an onward appeal</source>
            <translation>Apeliacinio skundo registravimas</translation>
        </message>
        <message>
            <source>An onward appeal goes to the higher court after a dismissal.</source>
            <translation>Atmetus skundą, apeliacinis skundas paduodamas aukštesnės instancijos teismui.</translation>
        </message>
        <message>
            <source>Record an appeal</source>
            <translation>Skundo registravimas</translation>
        </message>
        <message>
            <source>The first appeal goes to a chamber of the Regional Administrative Court.</source>
            <translation>Pirmasis skundas paduodamas Regionų administracinio teismo rūmams.</translation>
        </message>
        <message>
            <source>court</source>
            <translation>teismas</translation>
        </message>
        <message>
            <source>court address</source>
            <translation>teismo adresas</translation>
        </message>
        <message>
            <source>court case number</source>
            <translation>teismo bylos numeris</translation>
        </message>
        <message>
            <source>e.g. eI-1234-567/2026 (may be added later)</source>
            <translation>pvz., eI-1234-567/2026 (galima įrašyti vėliau)</translation>
        </message>
        <message>
            <source>date lodged</source>
            <translation>padavimo data</translation>
        </message>
        <message>
            <source>The appeal suspends the departure obligation</source>
            <translation>Skundas sustabdo įpareigojimą išvykti</translation>
        </message>
        <message>
            <source>late appeal warning</source>
            <translation>įspėjimas apie pavėluotą skundą</translation>
        </message>
        <message>
            <source>C&amp;ourt:</source>
            <translation>&amp;Teismas:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Adresas:</translation>
        </message>
        <message>
            <source>Court &amp;case number:</source>
            <translation>Teismo &amp;bylos Nr.:</translation>
        </message>
        <message>
            <source>Date &amp;lodged:</source>
            <translation>&amp;Padavimo data:</translation>
        </message>
        <message>
            <source>none (the judgment was final)</source>
            <translation>nėra (teismo sprendimas galutinis)</translation>
        </message>
        <message>
            <source>Last day to appeal:</source>
            <translation>Paskutinė apskundimo diena:</translation>
        </message>
        <message>
            <source>⚠ Lodged after the last day ({day}): the appeal is recorded and flagged as late.</source>
            <translation>⚠ Paduotas po paskutinės dienos ({day}): skundas užregistruojamas ir pažymimas kaip pavėluotas.</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen case {case}</source>
            <translation>Bylos {case} atnaujinimas</translation>
        </message>
        <message>
            <source>The case goes back to assessment for a new decision. A decision that stood is kept in the history, marked superseded. Say why; the reason is kept with the case.</source>
            <translation>Byla grąžinama vertinti ir priimti naują sprendimą. Galiojęs sprendimas lieka istorijoje, pažymėtas kaip pakeistas. Nurodykite priežastį; ji išsaugoma byloje.</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>priežastis</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Priežastis:</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>{weekday} {day}</source>
            <translation>{day}, {weekday}</translation>
        </message>
        <message>
            <source>Record service</source>
            <translation>Įteikimo registravimas</translation>
        </message>
        <message>
            <source>date served</source>
            <translation>įteikimo data</translation>
        </message>
        <message>
            <source>method of service</source>
            <translation>įteikimo būdas</translation>
        </message>
        <message>
            <source>last day to appeal</source>
            <translation>paskutinė apskundimo diena</translation>
        </message>
        <message>
            <source>departure deadline</source>
            <translation>išvykimo terminas</translation>
        </message>
        <message>
            <source>&amp;Date served:</source>
            <translation>Įteikimo &amp;data:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Būdas:</translation>
        </message>
        <message>
            <source>Last day to appeal:</source>
            <translation>Paskutinė apskundimo diena:</translation>
        </message>
        <message>
            <source>Must leave by:</source>
            <translation>Išvykti iki:</translation>
        </message>
        <message>
            <source>&amp;Record service</source>
            <translation>&amp;Užregistruoti įteikimą</translation>
        </message>
        <message>
            <source>Service starts the appeal and departure periods. A last day on a weekend, a public holiday or a day the department has marked as non-working moves to the next working day. The case then counts as served.</source>
            <translation>Nuo įteikimo pradedami skaičiuoti apskundimo ir išvykimo terminai. Jei paskutinė diena yra savaitgalis, šventinė diena ar departamento nedarbo diena, ji perkeliama į kitą darbo dieną. Tada byla laikoma įteikta.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesView</name>
        <message>
            <source>Letter templates</source>
            <translation>Raštų šablonai</translation>
        </message>
        <message>
            <source>template text</source>
            <translation>šablono tekstas</translation>
        </message>
        <message>
            <source>check result</source>
            <translation>patikros rezultatas</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Tikrinti</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>Įraš&amp;yti</translation>
        </message>
        <message>
            <source>R&amp;evert</source>
            <translation>&amp;Atšaukti pakeitimus</translation>
        </message>
        <message>
            <source>Back to the shipped &amp;text</source>
            <translation>Grąžinti &amp;pradinį tekstą</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Letter templates&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Raštų šablonai&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Each letter is written from the Lithuanian template followed by the translation's. Text is JSON; $name puts in a value (write $$ for a dollar sign). A template is checked before it is saved, and every letter records the version of the templates it was made from.</source>
            <translation>Kiekvienas raštas sudaromas iš lietuviško šablono ir po jo einančio vertimo šablono. Tekstas rašomas JSON formatu; $ ir lauko pavadinimas įterpia reikšmę, pvz., $addressee – adresatą (dolerio ženklui rašykite $$). Prieš įrašant šablonas patikrinamas, o kiekviename rašte įrašoma šablonų versija, pagal kurią jis parengtas.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{document}, {language}&lt;/b&gt; · version {version} · changed here (the shipped text is kept)</source>
            <translation>&lt;b&gt;{document}, {language}&lt;/b&gt; · versija {version} · pakeistas čia (pradinis tekstas išsaugotas)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{document}, {language}&lt;/b&gt; · version {version} · as shipped</source>
            <translation>&lt;b&gt;{document}, {language}&lt;/b&gt; · versija {version} · pradinis</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Neįrašyti pakeitimai</translation>
        </message>
        <message>
            <source>The template you are editing has changes that are not saved. Discard them?</source>
            <translation>Redaguojamame šablone yra neįrašytų pakeitimų. Atmesti juos?</translation>
        </message>
        <message>
            <source>✓ The template is complete and every placeholder is known.</source>
            <translation>✓ Šablonas išsamus, visi įterpiami laukai žinomi.</translation>
        </message>
        <message>
            <source>Saved as version {version}. Letters issued from now on use it; letters already issued do not change.</source>
            <translation>Įrašyta kaip versija {version}. Nuo šiol rengiami raštai bus rengiami pagal ją; jau parengti raštai nesikeičia.</translation>
        </message>
        <message>
            <source>Back to the shipped text</source>
            <translation>Pradinio teksto grąžinimas</translation>
        </message>
        <message>
            <source>Drop the changes made here to this template and use the shipped text again?</source>
            <translation>Atmesti čia padarytus šio šablono pakeitimus ir vėl naudoti pradinį tekstą?</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {problem}</source>
            <translation>&lt;b&gt;Neįrašyta:&lt;/b&gt; {problem}</translation>
        </message>
    </context>
    <context>
        <name>ViewSpec</name>
        <message>
            <source>Letters</source>
            <translation>Raštai</translation>
        </message>
        <message>
            <source>Issue and print letters, record dispatch and service</source>
            <translation>Raštų parengimas ir spausdinimas, išsiuntimo ir įteikimo registravimas</translation>
        </message>
        <message>
            <source>Letter templates</source>
            <translation>Raštų šablonai</translation>
        </message>
        <message>
            <source>Edit and check the wording of the letters</source>
            <translation>Raštų teksto redagavimas ir tikrinimas</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Terminai</translation>
        </message>
        <message>
            <source>Appeal windows, departures, overdue requests, letters not served; revocations to confirm as final; appeals and departures of a case</source>
            <translation>Apskundimo terminai, išvykimai, vėluojantys prašymai, neįteikti raštai; galutinio patvirtinimo laukiantys panaikinimai; bylos skundai ir išvykimas</translation>
        </message>
    </context>
</TS>
