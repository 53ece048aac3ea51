<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Naujas naudotojas</translation>
        </message>
        <message>
            <source>lower case, e.g. jonas.p</source>
            <translation>mažosiomis raidėmis, pvz., jonas.p</translation>
        </message>
        <message>
            <source>optional; printed under a signature</source>
            <translation>neprivaloma; spausdinama po parašu</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Naudotojo vardas:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Vardas ir pavardė:</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>Pa&amp;reigos:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Vaidmenys:</translation>
        </message>
        <message>
            <source>&amp;Initial password:</source>
            <translation>Pradinis &amp;slaptažodis:</translation>
        </message>
        <message>
            <source>Initial password a&amp;gain:</source>
            <translation>Pradinis slaptažodis &amp;dar kartą:</translation>
        </message>
        <message>
            <source>The user must choose a new password at first login.</source>
            <translation>Pirmą kartą prisijungęs naudotojas turės pasirinkti naują slaptažodį.</translation>
        </message>
        <message>
            <source>&amp;Add user</source>
            <translation>&amp;Pridėti naudotoją</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>on exit</source>
            <translation>išeinant</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>kasdienė</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>rankinė</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>prieš atkūrimą</translation>
        </message>
        <message>
            <source>before encryption</source>
            <translation>prieš šifravimą</translation>
        </message>
        <message>
            <source>Permit Review backups (*.sqlite3)</source>
            <translation>Leidimų peržiūros atsarginės kopijos (*.sqlite3)</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Pasirinkite atsarginę kopiją</translation>
        </message>
        <message>
            <source>Back up the store to which folder?</source>
            <translation>Į kurį aplanką daryti atsarginę duomenų bazės kopiją?</translation>
        </message>
        <message>
            <source>Backing up the store…</source>
            <translation>Daroma atsarginė duomenų bazės kopija…</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Atsarginė kopija sukurta</translation>
        </message>
        <message>
            <source>The backup was made and verified.</source>
            <translation>Atsarginė kopija sukurta ir patikrinta.</translation>
        </message>
        <message>
            <source>yes (the store's key slots are beside it)</source>
            <translation>taip (šalia yra duomenų bazės raktų failas)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
        <message>
            <source>integrity_check and foreign_key_check found the copy sound.&lt;br&gt;&lt;br&gt;Size: {size} MB&lt;br&gt;Audit events: {events}&lt;br&gt;Encrypted: {encrypted}&lt;br&gt;SHA-256: &lt;tt&gt;{sha256}…&lt;/tt&gt;</source>
            <translation>Patikros integrity_check ir foreign_key_check kopijoje klaidų nerado.&lt;br&gt;&lt;br&gt;Dydis: {size} MB&lt;br&gt;Audito įrašų: {events}&lt;br&gt;Užšifruota: {encrypted}&lt;br&gt;SHA-256: &lt;tt&gt;{sha256}…&lt;/tt&gt;</translation>
        </message>
    </context>
    <context>
        <name>CampaignPage</name>
        <message>
            <source>Choose the campaign</source>
            <translation>Pasirinkite kampaniją</translation>
        </message>
        <message>
            <source>An &amp;existing campaign:</source>
            <translation>&amp;Esama kampanija:</translation>
        </message>
        <message>
            <source>A &amp;new campaign:</source>
            <translation>&amp;Nauja kampanija:</translation>
        </message>
        <message>
            <source>e.g. Review 2025</source>
            <translation>pvz., Peržiūra 2025</translation>
        </message>
        <message>
            <source>Responses can only go to a campaign that has its questionnaire and registry.</source>
            <translation>Atsakymus galima importuoti tik į kampaniją, kuri jau turi klausimyną ir registro duomenis.</translation>
        </message>
        <message>
            <source>A new campaign is created when the import is made.</source>
            <translation>Nauja kampanija sukuriama atliekant importavimą.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Slaptažodžio keitimas</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;, you must choose a new password before you continue: your password was set by an administrator.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;, prieš tęsdami turite pasirinkti naują slaptažodį: dabartinį jūsų slaptažodį nustatė administratorius.</translation>
        </message>
        <message>
            <source>Change the password of &lt;b&gt;{name}&lt;/b&gt; ({username}).</source>
            <translation>Keičiamas naudotojo &lt;b&gt;{name}&lt;/b&gt; ({username}) slaptažodis.</translation>
        </message>
        <message>
            <source>C&amp;urrent password:</source>
            <translation>Da&amp;bartinis slaptažodis:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Naujas slaptažodis:</translation>
        </message>
        <message>
            <source>New password a&amp;gain:</source>
            <translation>Naujas slaptažodis &amp;dar kartą:</translation>
        </message>
        <message>
            <source>&amp;Change password</source>
            <translation>&amp;Keisti slaptažodį</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>&amp;Atsijungti</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atsisakyti</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check the file</source>
            <translation>Failo patikra</translation>
        </message>
        <message>
            <source>Every row is checked against the campaign; nothing is written yet.</source>
            <translation>Kiekviena eilutė tikrinama pagal kampaniją; kol kas niekas neįrašoma.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importuoti</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problemos</translation>
        </message>
        <message>
            <source>&amp;First rows</source>
            <translation>Pi&amp;rmosios eilutės</translation>
        </message>
        <message>
            <source>Save the &amp;report…</source>
            <translation>Įrašyti &amp;ataskaitą…</translation>
        </message>
        <message>
            <source>Checking every row of {file}…</source>
            <translation>Tikrinamos visos failo {file} eilutės…</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Tikrinamas failas {file}…</translation>
        </message>
        <message>
            <source>fields separated by {delimiter}</source>
            <translation>laukų skirtukas – {delimiter}</translation>
        </message>
        <message>
            <source>Campaign: &lt;b&gt;{campaign}&lt;/b&gt; (new)</source>
            <translation>Kampanija: &lt;b&gt;{campaign}&lt;/b&gt; (nauja)</translation>
        </message>
        <message>
            <source>Campaign: &lt;b&gt;{campaign}&lt;/b&gt;</source>
            <translation>Kampanija: &lt;b&gt;{campaign}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>First &amp;questions</source>
            <translation>Pirmieji &amp;klausimai</translation>
        </message>
        <message>
            <source>&amp;Problems ({count})</source>
            <translation>&amp;Problemos ({count})</translation>
        </message>
        <message>
            <source>{count} more problems were found than can be listed; fix those listed and check again.</source>
            <translation>Rasta daugiau problemų, nei galima išvardyti (neišvardyta: {count}); ištaisykite išvardytas ir patikrinkite dar kartą.</translation>
        </message>
        <message>
            <source>the file could not be checked</source>
            <translation>failo patikrinti nepavyko</translation>
        </message>
        <message>
            <source>&lt;b&gt;This file cannot be imported:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;Šio failo importuoti negalima:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <source>{counts}&lt;br&gt;&lt;b&gt;{rows} row(s) have errors, so the file would be refused whole.&lt;/b&gt; Fix the file and check it again, or import only the valid rows.</source>
            <translation>{counts}&lt;br&gt;&lt;b&gt;Eilučių su klaidomis: {rows}, todėl būtų atmestas visas failas.&lt;/b&gt; Ištaisykite failą ir patikrinkite dar kartą arba importuokite tik teisingas eilutes.</translation>
        </message>
        <message>
            <source>Import only the &amp;valid rows (leave out the {rows} row(s) with errors)</source>
            <translation>Importuoti tik &amp;teisingas eilutes (praleisti eilutes su klaidomis: {rows})</translation>
        </message>
        <message>
            <source>{counts}&lt;br&gt;No errors: the file can be imported. {warnings} warning(s) to read; those rows are imported.</source>
            <translation>{counts}&lt;br&gt;Klaidų nėra: failą galima importuoti. Įspėjimų, kuriuos verta perskaityti: {warnings}; tos eilutės importuojamos.</translation>
        </message>
        <message>
            <source>{counts}&lt;br&gt;No errors: the file can be imported.</source>
            <translation>{counts}&lt;br&gt;Klaidų nėra: failą galima importuoti.</translation>
        </message>
        <message>
            <source>The file was not checked.</source>
            <translation>Failas nepatikrintas.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importuojamas failas {file}…</translation>
        </message>
    </context>
    <context>
        <name>DamagedStoreBox</name>
        <message>
            <source>The store is damaged – Permit Review</source>
            <translation>Duomenų bazė sugadinta – Leidimų peržiūra</translation>
        </message>
        <message>
            <source>The store failed its check at start-up, so it cannot be opened.</source>
            <translation>Paleidžiant programą duomenų bazė neišlaikė patikros, todėl jos atverti negalima.</translation>
        </message>
        <message>
            <source>The store is damaged</source>
            <translation>Duomenų bazė sugadinta</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Atkurti iš atsarginės kopijos…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Išeiti</translation>
        </message>
    </context>
    <context>
        <name>DepartmentForm</name>
        <message>
            <source>Lithuanian</source>
            <translation>lietuvių k.</translation>
        </message>
        <message>
            <source>English</source>
            <translation>anglų k.</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>rusų k.</translation>
        </message>
        <message>
            <source>Name ({language}):</source>
            <translation>Pavadinimas ({language}):</translation>
        </message>
        <message>
            <source>required</source>
            <translation>privaloma</translation>
        </message>
        <message>
            <source>legal entity code, digits</source>
            <translation>juridinio asmens kodas, skaitmenimis</translation>
        </message>
        <message>
            <source>town printed beside the date</source>
            <translation>vietovė, spausdinama šalia datos</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Kodas:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adresas:</translation>
        </message>
        <message>
            <source>&amp;Place of issue:</source>
            <translation>Sudarymo vie&amp;ta:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>&amp;El. paštas:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>Tele&amp;fonas:</translation>
        </message>
        <message>
            <source>Data protection contact:</source>
            <translation>Kontaktai duomenų apsaugos klausimais:</translation>
        </message>
        <message>
            <source>Signatory title ({language}):</source>
            <translation>Pasirašančiojo pareigos ({language}):</translation>
        </message>
        <message>
            <source>required, e.g. Skyriaus vedėjas</source>
            <translation>privaloma, pvz., Skyriaus vedėjas</translation>
        </message>
    </context>
    <context>
        <name>EditRolesDialog</name>
        <message>
            <source>Edit roles</source>
            <translation>Vaidmenų keitimas</translation>
        </message>
        <message>
            <source>Roles of &lt;b&gt;{name}&lt;/b&gt; ({username}):</source>
            <translation>Naudotojo &lt;b&gt;{name}&lt;/b&gt; ({username}) vaidmenys:</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong that the application did not expect; nothing more was saved. The details are in the log file. Please tell the administrator what you were doing.</source>
            <translation>Įvyko programos nenumatyta klaida; daugiau niekas neįrašyta. Išsami informacija yra žurnalo faile. Praneškite administratoriui, ką darėte.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Neatlikta</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Klaida</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV failai (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel darbaknygės (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Eksportuoti sąrašą</translation>
        </message>
        <message>
            <source>Exported 1 row to {file}.</source>
            <translation>Eksportuota 1 eilutė į {file}.</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>Eksportuota eilučių: {rows}; failas {file}.</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>E&amp;xport</source>
            <translation>&amp;Eksportuoti</translation>
        </message>
        <message>
            <source>export {what}</source>
            <translation>eksportuoti: {what}</translation>
        </message>
        <message>
            <source>Save the list as shown to a CSV file or an Excel workbook</source>
            <translation>Įrašyti rodomą sąrašą į CSV failą arba Excel darbaknygę</translation>
        </message>
        <message>
            <source>As &amp;CSV…</source>
            <translation>Kaip &amp;CSV…</translation>
        </message>
        <message>
            <source>As E&amp;xcel workbook (XLSX)…</source>
            <translation>Kaip E&amp;xcel darbaknygę (XLSX)…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Pasirinkite failą</translation>
        </message>
        <message>
            <source>A questionnaire (XLSForm .xlsx), a resident registry extract (CSV or .xlsx), or responses exported from KoboToolbox or ODK Central (CSV, .xlsx or JSON).</source>
            <translation>Klausimynas (XLSForm .xlsx), gyventojų registro išrašas (CSV arba .xlsx) arba atsakymai, eksportuoti iš KoboToolbox ar ODK Central (CSV, .xlsx arba JSON).</translation>
        </message>
        <message>
            <source>the file to import</source>
            <translation>importuojamas failas</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Pasirinkti…</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Tipas:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formatas:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Koduotė:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Skirtukas:</translation>
        </message>
        <message>
            <source>The first rows, as read:</source>
            <translation>Pirmosios eilutės, kaip jos perskaitytos:</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Skaitomas failas {file}…</translation>
        </message>
        <message>
            <source>The first questions:</source>
            <translation>Pirmieji klausimai:</translation>
        </message>
        <message>
            <source>This file cannot be imported as it is:</source>
            <translation>Šio failo tokio, koks jis yra, importuoti negalima:</translation>
        </message>
        <message>
            <source>Read as: {kind}. If that is wrong, choose the kind above.</source>
            <translation>Atpažinta: {kind}. Jei neteisingai, pasirinkite tipą aukščiau.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide – Permit Review</source>
            <translation>Naudotojo vadovas – Leidimų peržiūra</translation>
        </message>
        <message>
            <source>Pages of the guide</source>
            <translation>Vadovo puslapiai</translation>
        </message>
        <message>
            <source>Guide page</source>
            <translation>Vadovo puslapis</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Atgal</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Pirmyn</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>Pra&amp;džia</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Užverti</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Naršymas</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Pradžia</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Specialistas</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Vadovas</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Raštinės darbuotojas</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administratorius</translation>
        </message>
    </context>
    <context>
        <name>ImportCheck</name>
        <message>
            <source>{count} new</source>
            <translation>naujų: {count}</translation>
        </message>
        <message>
            <source>{count} updated</source>
            <translation>atnaujintų: {count}</translation>
        </message>
        <message>
            <source>{count} unchanged</source>
            <translation>nepakitusių: {count}</translation>
        </message>
        <message>
            <source>{count} refused</source>
            <translation>atmestų: {count}</translation>
        </message>
        <message>
            <source>{count} superseded by a later submission</source>
            <translation>pakeistų vėlesniu pateikimu: {count}</translation>
        </message>
        <message>
            <source>{count} cases to open</source>
            <translation>bus pradėta bylų: {count}</translation>
        </message>
        <message>
            <source>{count} questions read</source>
            <translation>Perskaityta klausimų: {count}</translation>
        </message>
        <message>
            <source>{count} rows read</source>
            <translation>Perskaityta eilučių: {count}</translation>
        </message>
        <message>
            <source>{read}: {parts}.</source>
            <translation>{read}; {parts}.</translation>
        </message>
    </context>
    <context>
        <name>ImportFile</name>
        <message>
            <source>Import files (*.xlsx *.csv *.txt *.json);;All files (*)</source>
            <translation>Importuojami failai (*.xlsx *.csv *.txt *.json);;Visi failai (*)</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Pasirinkite importuojamą failą</translation>
        </message>
    </context>
    <context>
        <name>ImportPlan</name>
        <message>
            <source>Questionnaire (XLSForm)</source>
            <translation>Klausimynas (XLSForm)</translation>
        </message>
        <message>
            <source>Resident registry extract</source>
            <translation>Gyventojų registro išrašas</translation>
        </message>
        <message>
            <source>Questionnaire responses</source>
            <translation>Klausimyno atsakymai</translation>
        </message>
        <message>
            <source>The questionnaire becomes the campaign's current version.</source>
            <translation>Klausimynas tampa dabartine kampanijos versija.</translation>
        </message>
        <message>
            <source>Each resident gets one case in the campaign (updated if already there).</source>
            <translation>Kiekvienam užsieniečiui kampanijoje sukuriama viena byla (jei ji jau yra – atnaujinama).</translation>
        </message>
        <message>
            <source>Each response is attached to its case in the campaign, by permit number.</source>
            <translation>Kiekvienas atsakymas pagal leidimo numerį priskiriamas savo bylai kampanijoje.</translation>
        </message>
        <message>
            <source>CSV text</source>
            <translation>CSV tekstas</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel darbaknygė (.xlsx)</translation>
        </message>
        <message>
            <source>UTF-8 with byte order mark</source>
            <translation>UTF-8 su baitų tvarkos žyme</translation>
        </message>
        <message>
            <source>Windows-1257 (Baltic)</source>
            <translation>Windows-1257 (Baltijos šalių)</translation>
        </message>
        <message>
            <source>Windows-1251 (Cyrillic)</source>
            <translation>Windows-1251 (kirilica)</translation>
        </message>
        <message>
            <source>comma ( , )</source>
            <translation>kablelis ( , )</translation>
        </message>
        <message>
            <source>semicolon ( ; )</source>
            <translation>kabliataškis ( ; )</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tabuliacija</translation>
        </message>
        <message>
            <source>{source} {format} export</source>
            <translation>{source} {format} eksportas</translation>
        </message>
        <message>
            <source>{source} {format} export with labels</source>
            <translation>{source} {format} eksportas su etiketėmis</translation>
        </message>
        <message>
            <source>{source} {format} export with labels in {language}</source>
            <translation>{source} {format} eksportas su etiketėmis ({language})</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Save the report</source>
            <translation>Ataskaitos įrašymas</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV failai (*.csv)</translation>
        </message>
        <message>
            <source>{file} cannot be written ({reason})</source>
            <translation>į {file} įrašyti negalima ({reason})</translation>
        </message>
        <message>
            <source>The report ({lines} lines) was saved to {file}.</source>
            <translation>Ataskaita (eilučių: {lines}) įrašyta į {file}.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; was imported into &lt;b&gt;{campaign}&lt;/b&gt; as {kind} in {seconds} s.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; importuotas į &lt;b&gt;{campaign}&lt;/b&gt; kaip {kind} per {seconds} s.</translation>
        </message>
        <message>
            <source>No row of &lt;b&gt;{file}&lt;/b&gt; could be imported; nothing was written.</source>
            <translation>Nė vienos failo &lt;b&gt;{file}&lt;/b&gt; eilutės importuoti nepavyko; niekas neįrašyta.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; held nothing new for &lt;b&gt;{campaign}&lt;/b&gt;: everything in it was already stored, so nothing was written.</source>
            <translation>Faile &lt;b&gt;{file}&lt;/b&gt; nėra nieko naujo kampanijai &lt;b&gt;{campaign}&lt;/b&gt;: visa tai jau buvo įrašyta, todėl niekas neįrašyta.</translation>
        </message>
    </context>
    <context>
        <name>ImportTables</name>
        <message>
            <source>error</source>
            <translation>klaida</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>įspėjimas</translation>
        </message>
        <message>
            <source>whole file</source>
            <translation>visas failas</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Eilutė</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Stulpelis</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Reikšmė</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Svarba</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Priežastis</translation>
        </message>
        <message>
            <source>Permit number</source>
            <translation>Leidimo numeris</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Laukas</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Buvo</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Dabar</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>Perskaityta eilučių</translation>
        </message>
        <message>
            <source>Imported (new)</source>
            <translation>Importuota (naujų)</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Atnaujinta</translation>
        </message>
        <message>
            <source>Unchanged (already stored)</source>
            <translation>Nepakito (jau įrašyta)</translation>
        </message>
        <message>
            <source>Refused (rows with errors)</source>
            <translation>Atmesta (eilutės su klaidomis)</translation>
        </message>
        <message>
            <source>Superseded by a later submission</source>
            <translation>Pakeista vėlesniu pateikimu</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Pradėta bylų</translation>
        </message>
        <message>
            <source>Cases with a response</source>
            <translation>Bylos su atsakymu</translation>
        </message>
        <message>
            <source>Cases still without a response</source>
            <translation>Bylos dar be atsakymo</translation>
        </message>
        <message>
            <source>Answer choices</source>
            <translation>Atsakymų variantai</translation>
        </message>
        <message>
            <source>Markers</source>
            <translation>Žymės</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Kas</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Eilučių</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Klausimynas</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registras</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Atsakymai</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Kada</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Tipas</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampanija</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Failas</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Formatas</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Importavo</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importuota</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Nepakito</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Atmesta</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a file – Permit Review</source>
            <translation>Failo importas – Leidimų peržiūra</translation>
        </message>
    </context>
    <context>
        <name>ImportsView</name>
        <message>
            <source>Imports made, newest first</source>
            <translation>Atlikti importai (naujausi viršuje)</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Importuoti failą…</translation>
        </message>
        <message>
            <source>Import a questionnaire, a registry extract or responses (Ctrl+I)</source>
            <translation>Importuoti klausimyną, registro išrašą arba atsakymus (Ctrl+I)</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Importas</translation>
        </message>
        <message>
            <source>Each import that wrote something, newest first. Import the questionnaire first, then the registry extract (which opens the cases), then the responses.</source>
            <translation>Importai, kurie ką nors įrašė, naujausi viršuje. Pirmiausia importuokite klausimyną, tada registro išrašą (jis pradeda bylas), tada atsakymus.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Įkeliama…</translation>
        </message>
        <message>
            <source>{count} import(s).</source>
            <translation>Atlikta importavimų: {count}.</translation>
        </message>
        <message>
            <source>Nothing has been imported yet.</source>
            <translation>Kol kas niekas neimportuota.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Window locked</source>
            <translation>Langas užrakintas</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Slaptažodis:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Atrakinti</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Keisti naudotoją…</translation>
        </message>
        <message>
            <source>{reason} Case content is hidden. Enter the password of &lt;b&gt;{name}&lt;/b&gt; ({username}) to continue.</source>
            <translation>{reason} Bylų turinys paslėptas. Norėdami tęsti, įveskite naudotojo &lt;b&gt;{name}&lt;/b&gt; ({username}) slaptažodį.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in – Permit Review</source>
            <translation>Prisijungimas – Leidimų peržiūra</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Prisijungimas</translation>
        </message>
        <message>
            <source>Permit Review</source>
            <translation>Leidimų peržiūra</translation>
        </message>
        <message>
            <source>Review of permanent residence permits</source>
            <translation>Leidimų nuolat gyventi peržiūra</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Naudotojo vardas:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Slaptažodis:</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>Duomenų bazė: {store}</translation>
        </message>
        <message>
            <source>Store: {store} (encrypted: your password unlocks it)</source>
            <translation>Duomenų bazė: {store} (užšifruota – ją atrakina jūsų slaptažodis)</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Prisijungti</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Išeiti</translation>
        </message>
        <message>
            <source>type your user name</source>
            <translation>įveskite naudotojo vardą</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Rodiniai</translation>
        </message>
        <message>
            <source>Permit Review – {name}</source>
            <translation>Leidimų peržiūra – {name}</translation>
        </message>
        <message>
            <source>Roles: {roles}</source>
            <translation>Vaidmenys: {roles}</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>Duomenų bazė: {store}</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Vykdoma…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Failas</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>&amp;Keisti slaptažodį…</translation>
        </message>
        <message>
            <source>&amp;Lock window</source>
            <translation>&amp;Užrakinti langą</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>Keisti &amp;naudotoją…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Išeiti</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>Sukurti &amp;atsarginę kopiją…</translation>
        </message>
        <message>
            <source>&amp;Restore backup…</source>
            <translation>A&amp;tkurti iš atsarginės kopijos…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Rodinys</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Atnaujinti</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Kalba</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Žinynas</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;Naudotojo vadovas</translation>
        </message>
        <message>
            <source>&amp;About Permit Review</source>
            <translation>&amp;Apie programą</translation>
        </message>
        <message>
            <source>You locked the window.</source>
            <translation>Langą užrakinote.</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} min.</translation>
        </message>
        <message>
            <source>{count} seconds</source>
            <translation>{count} s</translation>
        </message>
        <message>
            <source>The window was locked after {span} without use.</source>
            <translation>Langas užrakintas, nes juo nesinaudota {span}.</translation>
        </message>
        <message>
            <source>Permit Review – locked</source>
            <translation>Leidimų peržiūra – užrakinta</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Jūsų slaptažodis pakeistas.</translation>
        </message>
        <message>
            <source>The store was restored from {backup}; the store as it was is kept at {kept}. Log in again to continue.</source>
            <translation>Duomenų bazė atkurta iš {backup}; ankstesnė jos būsena išsaugota {kept}. Norėdami tęsti, prisijunkite iš naujo.</translation>
        </message>
        <message>
            <source>About Permit Review</source>
            <translation>Apie programą „Leidimų peržiūra“</translation>
        </message>
        <message>
            <source>Review of permanent residence permits: questionnaires, decisions with a second person's sign-off, letters, service, appeals and departures.&lt;br&gt;&lt;br&gt;Store: {store}&lt;br&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}</source>
            <translation>Leidimų nuolat gyventi peržiūra: klausimynai, sprendimai su antrojo asmens patvirtinimu, raštai, įteikimas, skundai ir išvykimai.&lt;br&gt;&lt;br&gt;Duomenų bazė: {store}&lt;br&gt;Duomenų aplankas: {data}&lt;br&gt;Žurnalų aplankas: {logs}</translation>
        </message>
    </context>
    <context>
        <name>PasswordPair</name>
        <message>
            <source>✗ At least {least} characters: {missing} more needed.</source>
            <translation>✗ Ne trumpesnis kaip {least} simbolių: trūksta dar {missing}.</translation>
        </message>
        <message>
            <source>✗ It must not start or end with a space.</source>
            <translation>✗ Negali prasidėti ar baigtis tarpu.</translation>
        </message>
        <message>
            <source>✓ At least {least} characters.</source>
            <translation>✓ Ne trumpesnis kaip {least} simbolių.</translation>
        </message>
        <message>
            <source>✗ The two entries differ.</source>
            <translation>✗ Įvesti slaptažodžiai skiriasi.</translation>
        </message>
        <message>
            <source>✓ The two entries match.</source>
            <translation>✓ Įvesti slaptažodžiai sutampa.</translation>
        </message>
        <message>
            <source>Now type it again.</source>
            <translation>Dabar įveskite jį dar kartą.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Slaptažodis:</translation>
        </message>
        <message>
            <source>Password a&amp;gain:</source>
            <translation>Slaptažodis &amp;dar kartą:</translation>
        </message>
        <message>
            <source>the two entries differ; type the same one twice</source>
            <translation>įvesti slaptažodžiai skiriasi; įveskite tą patį du kartus</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Naujo slaptažodžio nustatymas</translation>
        </message>
        <message>
            <source>Set a new password for &lt;b&gt;{name}&lt;/b&gt; ({username}). Give it to them in person; they must change it at their next login. A lock after failed logins is lifted too.</source>
            <translation>Nustatykite naują naudotojo &lt;b&gt;{name}&lt;/b&gt; ({username}) slaptažodį. Perduokite jį asmeniškai; kitą kartą prisijungęs naudotojas turės jį pakeisti. Kartu panaikinamas ir užrakinimas po nesėkmingų prisijungimų.</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;Naujas slaptažodis:</translation>
        </message>
        <message>
            <source>New password a&amp;gain:</source>
            <translation>Naujas slaptažodis &amp;dar kartą:</translation>
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation>Nu&amp;statyti slaptažodį</translation>
        </message>
    </context>
    <context>
        <name>RestoreDamagedDialog</name>
        <message>
            <source>Restore a backup over the damaged store</source>
            <translation>Sugadintos duomenų bazės atkūrimas iš atsarginės kopijos</translation>
        </message>
        <message>
            <source>&lt;b&gt;The store is damaged.&lt;/b&gt; Restore a backup over it: choose the backup, then log in as an administrator.</source>
            <translation>&lt;b&gt;Duomenų bazė sugadinta.&lt;/b&gt; Atkurkite ją iš atsarginės kopijos: pasirinkite kopiją ir prisijunkite kaip administratorius.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Atsarginės kopijos (naujausios viršuje)</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>Kitas &amp;failas…</translation>
        </message>
        <message>
            <source>Administrator &amp;user name:</source>
            <translation>Administratoriaus &amp;naudotojo vardas:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Slaptažodis:</translation>
        </message>
        <message>
            <source>An administrator's user name and password, as they were when the backup was made. The damaged store is copied aside first; work done since the backup is only in that copy.</source>
            <translation>Administratoriaus naudotojo vardas ir slaptažodis, galioję tuo metu, kai buvo daroma atsarginė kopija. Sugadinta duomenų bazė pirmiausia nukopijuojama atskirai; po atsarginės kopijos atliktas darbas liks tik toje kopijoje.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Atkurti</translation>
        </message>
        <message>
            <source>Backups, newest first:</source>
            <translation>Atsarginės kopijos (naujausios viršuje):</translation>
        </message>
        <message>
            <source>verified when made</source>
            <translation>patikrinta kuriant</translation>
        </message>
        <message>
            <source>not in the backup journal</source>
            <translation>nėra atsarginių kopijų žurnale</translation>
        </message>
        <message>
            <source>Checking {backup} and restoring it…</source>
            <translation>Tikrinama ir atkuriama {backup}…</translation>
        </message>
        <message>
            <source>The store was not replaced.</source>
            <translation>Duomenų bazė nepakeista.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Atsarginės kopijos atkūrimas</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Atsarginės kopijos (naujausios viršuje)</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>Kitas &amp;failas…</translation>
        </message>
        <message>
            <source>The store will be replaced by the backup you choose. The store as it is now is backed up first.</source>
            <translation>Duomenų bazė bus pakeista jūsų pasirinkta atsargine kopija. Prieš tai padaroma dabartinės duomenų bazės atsarginė kopija.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Atkurti…</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Atkurti šią atsarginę kopiją?</translation>
        </message>
        <message>
            <source>Replace the store with {backup}? Work done since that backup is kept only in the copy taken first.</source>
            <translation>Pakeisti duomenų bazę kopija {backup}? Po jos atliktas darbas liks tik prieš atkūrimą padarytoje kopijoje.</translation>
        </message>
        <message>
            <source>Checking and restoring…</source>
            <translation>Tikrinama ir atkuriama…</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Niekas nepakeista.</translation>
        </message>
        <message>
            <source>Restored {backup}. The store as it was is kept at {kept}.</source>
            <translation>Atkurta iš {backup}. Ankstesnė duomenų bazė išsaugota {kept}.</translation>
        </message>
    </context>
    <context>
        <name>RoleChecks</name>
        <message>
            <source>{role}: {what}</source>
            <translation>{role}: {what}</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>officer</source>
            <translation>specialistas</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>vadovas</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>raštinės darbuotojas</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>administratorius</translation>
        </message>
        <message>
            <source>takes cases from the queue and proposes decisions</source>
            <translation>ima bylas iš eilės ir siūlo sprendimus</translation>
        </message>
        <message>
            <source>assigns work, signs off or returns decisions, withdraws cases</source>
            <translation>skirsto darbą, tvirtina arba grąžina sprendimus, nutraukia bylų nagrinėjimą</translation>
        </message>
        <message>
            <source>issues letters, records dispatch, service, appeals and departures</source>
            <translation>rengia raštus, registruoja jų išsiuntimą ir įteikimą, skundus ir išvykimus</translation>
        </message>
        <message>
            <source>manages users, settings, imports and the audit log</source>
            <translation>tvarko naudotojus, nustatymus, duomenų importavimą ir audito žurnalą</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Department (printed on letters)</source>
            <translation>Departamentas (spausdinama raštuose)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sesijos</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min.</translation>
        </message>
        <message>
            <source>&amp;Lock the window after:</source>
            <translation>&amp;Užrakinti langą po:</translation>
        </message>
        <message>
            <source>without keyboard or mouse input. Takes effect at the next login.</source>
            <translation>be klaviatūros ar pelės veiksmų. Įsigalioja nuo kito prisijungimo.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>Į&amp;rašyti nustatymus</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Atšaukti &amp;pakeitimus</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Nustatymai</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Nustatymai įrašyti.</translation>
        </message>
        <message>
            <source>Nothing had changed.</source>
            <translation>Niekas nebuvo pakeista.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up Permit Review</source>
            <translation>Leidimų peržiūros parengimas</translation>
        </message>
        <message>
            <source>First run setup</source>
            <translation>Pirmasis parengimas</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is new.&lt;/b&gt; Create the first administrator, who will then add the other users, and check the department details that letters print. An administrator can change the details later under Settings.</source>
            <translation>&lt;b&gt;Ši duomenų bazė nauja.&lt;/b&gt; Sukurkite pirmąjį administratorių, kuris vėliau pridės kitus naudotojus, ir patikrinkite raštuose spausdinamus departamento duomenis. Vėliau administratorius juos galės pakeisti skiltyje „Nustatymai“.</translation>
        </message>
        <message>
            <source>First administrator</source>
            <translation>Pirmasis administratorius</translation>
        </message>
        <message>
            <source>e.g. jonas.p</source>
            <translation>pvz., jonas.p</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;Naudotojo vardas:</translation>
        </message>
        <message>
            <source>Lower case: letters, digits, '.', '_' or '-'.</source>
            <translation>Mažosios raidės, skaitmenys, „.“, „_“ arba „-“.</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Vardas ir pavardė:</translation>
        </message>
        <message>
            <source>Department (printed on letters)</source>
            <translation>Departamentas (spausdinama raštuose)</translation>
        </message>
        <message>
            <source>&amp;Create administrator</source>
            <translation>S&amp;ukurti administratorių</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Išeiti</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>The first administrator was created. Log in to continue.</source>
            <translation>Pirmasis administratorius sukurtas. Norėdami tęsti, prisijunkite.</translation>
        </message>
        <message>
            <source>You were logged out.</source>
            <translation>Jūs atsijungėte.</translation>
        </message>
        <message>
            <source>The store was restored from {backup} (made {made}). The damaged files were kept in {kept}. Log in to continue.</source>
            <translation>Duomenų bazė atkurta iš {backup} (sukurta {made}). Sugadinti failai išsaugoti {kept}. Norėdami tęsti, prisijunkite.</translation>
        </message>
        <message>
            <source>Daily backup made and verified: {file}</source>
            <translation>Kasdienė atsarginė kopija sukurta ir patikrinta: {file}</translation>
        </message>
        <message>
            <source>The daily backup was not made</source>
            <translation>Kasdienė atsarginė kopija nesukurta</translation>
        </message>
        <message>
            <source>Finishing the work in progress…</source>
            <translation>Baigiami pradėti darbai…</translation>
        </message>
        <message>
            <source>{username} was logged out.</source>
            <translation>Naudotojas {username} atsijungė.</translation>
        </message>
        <message>
            <source>{name} was logged out. The next person can log in.</source>
            <translation>{name} atsijungė. Gali prisijungti kitas asmuo.</translation>
        </message>
        <message>
            <source>Backing up the store before closing…</source>
            <translation>Prieš užveriant daroma atsarginė duomenų bazės kopija…</translation>
        </message>
        <message>
            <source>The backup on exit was not made</source>
            <translation>Atsarginė kopija išeinant nesukurta</translation>
        </message>
        <message>
            <source>{reason}

The application closes anyway; an administrator can make a backup with File &gt; Back up now the next time.</source>
            <translation>{reason}

Programa vis tiek užveriama; kitą kartą administratorius gali sukurti atsarginę kopiją meniu Failas &gt; Sukurti atsarginę kopiją.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The store could not be opened ({error}).</source>
            <translation>Duomenų bazės atverti nepavyko ({error}).</translation>
        </message>
        <message>
            <source>Permit Review cannot start</source>
            <translation>Leidimų peržiūros paleisti negalima</translation>
        </message>
        <message>
            <source>The store cannot be opened, so the application cannot start.</source>
            <translation>Duomenų bazės atverti negalima, todėl programa negali pasileisti.</translation>
        </message>
        <message>
            <source>{reason}

Store: {store}

What to do: check that the folder exists, is reachable and not full, and that no other program holds the file. To use another store, start with --data-dir FOLDER or --db URL (or set PERMIT_REVIEW_DATA_DIR). If a migration failed, the copy taken before it is in {backups}. The log is in {logs}.</source>
            <translation>{reason}

Duomenų bazė: {store}

Ką daryti: patikrinkite, ar aplankas yra, ar jis pasiekiamas ir neperpildytas ir ar failo neužėmusi kita programa. Norėdami naudoti kitą duomenų bazę, paleiskite programą su --data-dir APLANKAS arba --db URL (arba nustatykite PERMIT_REVIEW_DATA_DIR). Jei nepavyko migracija, prieš ją padaryta kopija yra aplanke {backups}. Žurnalas yra aplanke {logs}.</translation>
        </message>
        <message>
            <source>Permit Review is already open</source>
            <translation>Leidimų peržiūra jau atverta</translation>
        </message>
        <message>
            <source>Permit Review is already open on this store.</source>
            <translation>Leidimų peržiūra su šia duomenų baze jau atverta.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be used: {reason}.</source>
            <translation>Aplanko {folder} naudoti negalima: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>StoreOpener</name>
        <message>
            <source>{file} is not a Permit Review store: it is not an SQLite file, and no key slots ({slots}) lie beside it as they do beside an encrypted store. If it is an encrypted store whose key slot file was lost, restore that file from the copy kept beside the newest backup.</source>
            <translation>{file} nėra Leidimų peržiūros duomenų bazė: tai ne SQLite failas, o šalia jo nėra raktų failo ({slots}), koks būna šalia užšifruotos duomenų bazės. Jei tai užšifruota duomenų bazė, kurios raktų failas prarastas, atkurkite jį iš kopijos, laikomos šalia naujausios atsarginės kopijos.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Imported</source>
            <translation>Importuota</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problemos</translation>
        </message>
        <message>
            <source>&amp;Changes</source>
            <translation>Pa&amp;keitimai</translation>
        </message>
        <message>
            <source>Save the &amp;report…</source>
            <translation>Įrašyti &amp;ataskaitą…</translation>
        </message>
        <message>
            <source>Only the valid rows were imported; the refused ones are in the report.</source>
            <translation>Importuotos tik teisingos eilutės; atmestos nurodytos ataskaitoje.</translation>
        </message>
        <message>
            <source>The report lists every problem found (warnings included) and every change.</source>
            <translation>Ataskaitoje išvardytos visos rastos problemos (taip pat įspėjimai) ir visi pakeitimai.</translation>
        </message>
        <message>
            <source>&amp;Problems ({count})</source>
            <translation>&amp;Problemos ({count})</translation>
        </message>
        <message>
            <source>&amp;Changes ({count})</source>
            <translation>Pa&amp;keitimai ({count})</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cancel</source>
            <translation>Atsisakyti</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>User name</source>
            <translation>Naudotojo vardas</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Vardas ir pavardė</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Vaidmenys</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Turi pakeisti slaptažodį</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktyvi</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>išjungta</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>užrakinta</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>taip</translation>
        </message>
        <message>
            <source>no</source>
            <translation>ne</translation>
        </message>
    </context>
    <context>
        <name>UsersView</name>
        <message>
            <source>Users</source>
            <translation>Naudotojai</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Pridėti naudotoją…</translation>
        </message>
        <message>
            <source>Edit &amp;roles…</source>
            <translation>Keisti &amp;vaidmenis…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Išjungti</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>A&amp;trakinti</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Nustatyti &amp;slaptažodį…</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>Į&amp;jungti</translation>
        </message>
        <message>
            <source>{user} added.</source>
            <translation>Naudotojas {user} pridėtas.</translation>
        </message>
        <message>
            <source>{user} now has new roles.</source>
            <translation>Naudotojo {user} vaidmenys pakeisti.</translation>
        </message>
        <message>
            <source>{user} has a new password, to change at next login.</source>
            <translation>Naudotojui {user} nustatytas naujas slaptažodis; kitą kartą prisijungęs jis turės jį pakeisti.</translation>
        </message>
        <message>
            <source>{user} disabled.</source>
            <translation>Naudotojas {user} išjungtas.</translation>
        </message>
        <message>
            <source>{user} enabled again.</source>
            <translation>Naudotojas {user} vėl įjungtas.</translation>
        </message>
        <message>
            <source>{user} unlocked.</source>
            <translation>Naudotojas {user} atrakintas.</translation>
        </message>
    </context>
    <context>
        <name>ViewSpec</name>
        <message>
            <source>Users</source>
            <translation>Naudotojai</translation>
        </message>
        <message>
            <source>Add users, give roles, disable, unlock, reset passwords</source>
            <translation>Naudotojų pridėjimas, vaidmenų suteikimas, išjungimas, atrakinimas, naujų slaptažodžių nustatymas</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Nustatymai</translation>
        </message>
        <message>
            <source>Department details for letters; idle lock</source>
            <translation>Departamento duomenys raštams; lango užrakinimas nenaudojant</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Importas</translation>
        </message>
        <message>
            <source>Import questionnaires, registry extracts and responses; the imports made so far</source>
            <translation>Klausimynų, registro išrašų ir atsakymų importas; iki šiol atlikti importai</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Apžvalga</translation>
        </message>
        <message>
            <source>Your account and the cases by state</source>
            <translation>Jūsų paskyra ir bylos pagal būseną</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Eilė</translation>
        </message>
        <message>
            <source>The cases you may work on; open one with Enter</source>
            <translation>Bylos, kurias galite nagrinėti; atverkite klavišu Enter</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Tvirtinimas</translation>
        </message>
        <message>
            <source>Proposals waiting for your sign-off</source>
            <translation>Pasiūlymai, laukiantys jūsų patvirtinimo</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Suvestinė</translation>
        </message>
        <message>
            <source>How far the review is: cases by state, outcomes by citizenship, workload, decisions per week, times, appeals and deadlines; exports and the weekly report</source>
            <translation>Kiek pažengta peržiūra: bylos pagal būseną, sprendimai pagal pilietybę, darbo krūvis, sprendimai per savaitę, trukmės, skundai ir terminai; eksportas ir savaitės ataskaita</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audito žurnalas</translation>
        </message>
        <message>
            <source>Who did what: filter, read and export the audit log</source>
            <translation>Kas ką atliko: audito žurnalo filtravimas, skaitymas ir eksportas</translation>
        </message>
    </context>
</TS>
