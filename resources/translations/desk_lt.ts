<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
    <context>
        <name>AddItemDialog</name>
        <message>
            <source>Add information to case {number}</source>
            <translation>Informacijos pridėjimas prie bylos {number}</translation>
        </message>
        <message>
            <source>Add information</source>
            <translation>Pridėti informaciją</translation>
        </message>
        <message>
            <source>source</source>
            <translation>šaltinis</translation>
        </message>
        <message>
            <source>e.g. State Security Department, press, the person</source>
            <translation>pvz., Valstybės saugumo departamentas, spauda, pats asmuo</translation>
        </message>
        <message>
            <source>date received</source>
            <translation>gavimo data</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>slaptumas</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Vieša</translation>
        </message>
        <message>
            <source>Restricted (never printed, never shown to clerks)</source>
            <translation>Riboto naudojimo (niekada nespausdinama ir nerodoma raštinės darbuotojams)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>pavadinimas</translation>
        </message>
        <message>
            <source>content</source>
            <translation>turinys</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>Ša&amp;ltinis:</translation>
        </message>
        <message>
            <source>&amp;Date received:</source>
            <translation>&amp;Gavimo data:</translation>
        </message>
        <message>
            <source>&amp;Classification:</source>
            <translation>&amp;Slaptumas:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Pavadinimas:</translation>
        </message>
        <message>
            <source>C&amp;ontent:</source>
            <translation>&amp;Turinys:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>Pri&amp;dėti</translation>
        </message>
    </context>
    <context>
        <name>AnswersModel</name>
        <message>
            <source>Other answers</source>
            <translation>Kiti atsakymai</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Klausimas</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Atsakymas</translation>
        </message>
        <message>
            <source>⚑ {count} need attention</source>
            <translation>⚑ reikia dėmesio: {count}</translation>
        </message>
        <message>
            <source>{answer} (needs attention)</source>
            <translation>{answer} (reikia dėmesio)</translation>
        </message>
        <message>
            <source>The questionnaire marks this answer as needing attention.</source>
            <translation>Klausimynas šį atsakymą žymi kaip reikalaujantį dėmesio.</translation>
        </message>
        <message>
            <source>Tick it when the decision relies on it (Space).</source>
            <translation>Pažymėkite, jei sprendimas juo grindžiamas (tarpo klavišas).</translation>
        </message>
    </context>
    <context>
        <name>AnswersPanel</name>
        <message>
            <source>Questionnaire answers</source>
            <translation>Klausimyno atsakymai</translation>
        </message>
        <message>
            <source>answers summary</source>
            <translation>atsakymų suvestinė</translation>
        </message>
        <message>
            <source>Only those needin&amp;g attention</source>
            <translation>Tik reikalaujantys &amp;dėmesio</translation>
        </message>
        <message>
            <source>No questionnaire response has been received.</source>
            <translation>Užpildytas klausimynas negautas.</translation>
        </message>
        <message>
            <source>{count} answers</source>
            <translation>atsakymų: {count}</translation>
        </message>
        <message>
            <source>1 answer</source>
            <translation>1 atsakymas</translation>
        </message>
        <message>
            <source>⚑ {count} need attention</source>
            <translation>⚑ reikia dėmesio: {count}</translation>
        </message>
        <message>
            <source>none marked as needing attention</source>
            <translation>dėmesio reikalaujančių nepažymėta</translation>
        </message>
        <message>
            <source>{count} relied on</source>
            <translation>remtasi: {count}</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign cases</source>
            <translation>Bylų paskyrimas</translation>
        </message>
        <message>
            <source>Assign cases to an officer</source>
            <translation>Paskirti bylas specialistui</translation>
        </message>
        <message>
            <source>Give the {count} selected cases to:</source>
            <translation>Pažymėtas bylas ({count}) paskirti:</translation>
        </message>
        <message>
            <source>Give the selected case to:</source>
            <translation>Pažymėtą bylą paskirti:</translation>
        </message>
        <message>
            <source>Officers and their open cases</source>
            <translation>Specialistai ir jų atviros bylos</translation>
        </message>
        <message>
            <source>{count} open cases</source>
            <translation>atvirų bylų: {count}</translation>
        </message>
        <message>
            <source>1 open case</source>
            <translation>1 atvira byla</translation>
        </message>
        <message>
            <source>, {count} awaiting sign-off</source>
            <translation>, laukia patvirtinimo: {count}</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>&amp;Paskirti</translation>
        </message>
    </context>
    <context>
        <name>AuditEventsModel</name>
        <message>
            <source>No.</source>
            <translation>Nr.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Laikas</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Naudotojas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Veiksmas</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Įrašas</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Byla</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Pagrindimas</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Event {number} at {time} by {user}</source>
            <translation>Įvykis {number}, {time}, naudotojas {user}</translation>
        </message>
        <message>
            <source>Action: {action} ({code})</source>
            <translation>Veiksmas: {action} ({code})</translation>
        </message>
        <message>
            <source>Record: {record}</source>
            <translation>Įrašas: {record}</translation>
        </message>
        <message>
            <source>Case: {number}</source>
            <translation>Byla: {number}</translation>
        </message>
        <message>
            <source>Justification: {text}</source>
            <translation>Pagrindimas: {text}</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>Prieš:</translation>
        </message>
        <message>
            <source>After:</source>
            <translation>Po:</translation>
        </message>
        <message>
            <source>Hash: {hash}</source>
            <translation>Maiša: {hash}</translation>
        </message>
        <message>
            <source>case number</source>
            <translation>bylos numeris</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>naudotojo vardas</translation>
        </message>
        <message>
            <source>action</source>
            <translation>veiksmas</translation>
        </message>
        <message>
            <source>Only between</source>
            <translation>Tik nuo</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Rodyti</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Eksportuoti CSV…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Byla</translation>
        </message>
        <message>
            <source>User</source>
            <translation>Naudotojas</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Veiksmas</translation>
        </message>
        <message>
            <source>and</source>
            <translation>iki</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Datos</translation>
        </message>
        <message>
            <source>Audit events</source>
            <translation>Audito įvykiai</translation>
        </message>
        <message>
            <source>Selected event</source>
            <translation>Pasirinktas įvykis</translation>
        </message>
        <message>
            <source>audit status</source>
            <translation>audito būsena</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audito žurnalas</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Įkeliama…</translation>
        </message>
        <message>
            <source>{total} events match; {shown} shown.</source>
            <translation>Atitinka įvykių: {total}; rodoma: {shown}.</translation>
        </message>
        <message>
            <source>Export the audit events shown</source>
            <translation>Eksportuoti rodomus audito įvykius</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV failai (*.csv)</translation>
        </message>
        <message>
            <source>Exported {count} events to {file}.</source>
            <translation>Įvykių eksportuota: {count}; failas {file}.</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>Permit</source>
            <translation>Leidimas</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Gimė</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Pilietybė</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Adresas</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Klausimynas</translation>
        </message>
        <message>
            <source>Writes in</source>
            <translation>Kalba</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Kampanija</translation>
        </message>
        <message>
            <source>name</source>
            <translation>vardas ir pavardė</translation>
        </message>
        <message>
            <source>name in the native script</source>
            <translation>vardas ir pavardė gimtaisiais rašmenimis</translation>
        </message>
        <message>
            <source>state of the case</source>
            <translation>bylos būsena</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>nepaskirta</translation>
        </message>
        <message>
            <source>Case {number} · {state} since {day} · Officer: {officer}</source>
            <translation>Byla {number} · {state} nuo {day} · Specialistas: {officer}</translation>
        </message>
        <message>
            <source>, issued {day}</source>
            <translation>, išduotas {day}</translation>
        </message>
        <message>
            <source>, until {day}</source>
            <translation>, galioja iki {day}</translation>
        </message>
        <message>
            <source>received {day}</source>
            <translation>gautas {day}</translation>
        </message>
        <message>
            <source>no response</source>
            <translation>negautas</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Case</source>
            <translation>Byla</translation>
        </message>
        <message>
            <source>← Queue</source>
            <translation>← Eilė</translation>
        </message>
        <message>
            <source>Back to the queue (Esc)</source>
            <translation>Grįžti į eilę (Esc)</translation>
        </message>
        <message>
            <source>↑ Previous</source>
            <translation>↑ Ankstesnė</translation>
        </message>
        <message>
            <source>The previous case of the queue (Alt+Up)</source>
            <translation>Ankstesnė eilės byla (Alt+↑)</translation>
        </message>
        <message>
            <source>↓ Next</source>
            <translation>↓ Kita</translation>
        </message>
        <message>
            <source>The next case of the queue (Alt+Down)</source>
            <translation>Kita eilės byla (Alt+↓)</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>įkeliama</translation>
        </message>
        <message>
            <source>message</source>
            <translation>pranešimas</translation>
        </message>
        <message>
            <source>Decision, information and history</source>
            <translation>Sprendimas, informacija ir istorija</translation>
        </message>
        <message>
            <source>&amp;Decision</source>
            <translation>&amp;Sprendimas</translation>
        </message>
        <message>
            <source>I&amp;nformation</source>
            <translation>&amp;Informacija</translation>
        </message>
        <message>
            <source>Hi&amp;story</source>
            <translation>Is&amp;torija</translation>
        </message>
        <message>
            <source>Opening case {number}…</source>
            <translation>Atveriama byla {number}…</translation>
        </message>
        <message>
            <source>the officer</source>
            <translation>specialistas</translation>
        </message>
        <message>
            <source>Submitted for sign-off by {officer} on {time}; a supervisor decides next.</source>
            <translation>Tvirtinti pateikė {officer} {time}; toliau sprendžia vadovas.</translation>
        </message>
        <message>
            <source>The case waits for another authority's answer.</source>
            <translation>Byla laukia kitos institucijos atsakymo.</translation>
        </message>
        <message>
            <source>Nobody has taken this case yet. Take next (Ctrl+N) gives you the oldest unassigned case.</source>
            <translation>Šios bylos dar niekas nepaėmė. Komanda „Imti kitą“ (Ctrl+N) duoda seniausią nepaskirtą bylą.</translation>
        </message>
        <message>
            <source>Decided: {outcome}. The case is {state}.</source>
            <translation>Nuspręsta: {outcome}. Bylos būsena: {state}.</translation>
        </message>
        <message>
            <source>The case is {state}; it takes no decision now.</source>
            <translation>Bylos būsena: {state}; dabar sprendimas nepriimamas.</translation>
        </message>
        <message>
            <source>Only the case's officer records a decision.</source>
            <translation>Sprendimą įrašo tik bylos specialistas.</translation>
        </message>
        <message>
            <source>This case is not assigned to anyone; use Take next to take one.</source>
            <translation>Ši byla niekam nepaskirta; bylą paimkite komanda „Imti kitą“.</translation>
        </message>
        <message>
            <source>This case is assigned to {officer}.</source>
            <translation>Ši byla paskirta: {officer}.</translation>
        </message>
        <message>
            <source>I&amp;nformation ({count})</source>
            <translation>&amp;Informacija ({count})</translation>
        </message>
        <message>
            <source>Hi&amp;story ({count})</source>
            <translation>Is&amp;torija ({count})</translation>
        </message>
        <message>
            <source>Unsaved decision</source>
            <translation>Neįrašytas sprendimas</translation>
        </message>
        <message>
            <source>The decision on case {number} has edits that are not saved.</source>
            <translation>Bylos {number} sprendime yra neįrašytų pakeitimų.</translation>
        </message>
        <message>
            <source>Save them as a draft before leaving?</source>
            <translation>Įrašyti juos kaip projektą prieš išeinant?</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>Į&amp;rašyti projektą</translation>
        </message>
        <message>
            <source>&amp;Discard edits</source>
            <translation>&amp;Atmesti pakeitimus</translation>
        </message>
        <message>
            <source>The information item was added.</source>
            <translation>Informacijos elementas pridėtas.</translation>
        </message>
        <message>
            <source>Saving the draft…</source>
            <translation>Projektas įrašomas…</translation>
        </message>
        <message>
            <source>The draft was saved.</source>
            <translation>Projektas įrašytas.</translation>
        </message>
        <message>
            <source>Submitting…</source>
            <translation>Pateikiama…</translation>
        </message>
        <message>
            <source>Submitted for sign-off.</source>
            <translation>Pateikta tvirtinti.</translation>
        </message>
        <message>
            <source>Recording the answer…</source>
            <translation>Atsakymas įrašomas…</translation>
        </message>
        <message>
            <source>The answer was recorded; assessment resumes.</source>
            <translation>Atsakymas įrašytas; vertinimas tęsiamas.</translation>
        </message>
        <message>
            <source>The case changed meanwhile; loading it as it is now…</source>
            <translation>Byla per tą laiką pasikeitė; įkeliama dabartinė jos versija…</translation>
        </message>
        <message>
            <source>Case {number} was changed by someone else and is no longer yours to work on; nothing of yours was saved.</source>
            <translation>Bylą {number} pakeitė kitas naudotojas ir ji jums nebepriskirta; jūsų pakeitimai neįrašyti.</translation>
        </message>
        <message>
            <source>The case changed</source>
            <translation>Byla pasikeitė</translation>
        </message>
        <message>
            <source>The new version is shown; your edits were dropped.</source>
            <translation>Rodoma nauja versija; jūsų pakeitimai atmesti.</translation>
        </message>
        <message>
            <source>Applying your edits to the new version…</source>
            <translation>Jūsų pakeitimai perkeliami į naują versiją…</translation>
        </message>
        <message>
            <source>Your edits were applied to the new version.</source>
            <translation>Jūsų pakeitimai perkelti į naują versiją.</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <source>Field</source>
            <translation>Laukas</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>Kai atvėrėte</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Dabar</translation>
        </message>
        <message>
            <source>Your edit</source>
            <translation>Jūsų pakeitimas</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Specialistas</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Sprendimas</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Sprendimo esmė</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Teisinis pagrindas</translation>
        </message>
        <message>
            <source>Statement of reasons</source>
            <translation>Motyvai</translation>
        </message>
        <message>
            <source>Internal assessment</source>
            <translation>Vidinis vertinimas</translation>
        </message>
        <message>
            <source>Answers relied on</source>
            <translation>Atsakymai, kuriais remtasi</translation>
        </message>
        <message>
            <source>Information relied on</source>
            <translation>Informacija, kuria remtasi</translation>
        </message>
        <message>
            <source>Supervisor's comment</source>
            <translation>Vadovo pastaba</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Informacijos elementai</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Paklausimai</translation>
        </message>
        <message>
            <source>{authority} (due {due}, answered {answered})</source>
            <translation>{authority} (terminas {due}, atsakyta {answered})</translation>
        </message>
        <message>
            <source>{authority} (due {due})</source>
            <translation>{authority} (terminas {due})</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>nepaskirta</translation>
        </message>
        <message>
            <source>none</source>
            <translation>nėra</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Case {number} changed</source>
            <translation>Byla {number} pasikeitė</translation>
        </message>
        <message>
            <source>The case changed since you opened it</source>
            <translation>Byla pasikeitė po to, kai ją atvėrėte</translation>
        </message>
        <message>
            <source>Case {number} was changed by {user} since you opened it.</source>
            <translation>Jums atvėrus bylą {number}, ją pakeitė {user}.</translation>
        </message>
        <message>
            <source>Case {number} was changed since you opened it.</source>
            <translation>Jums atvėrus bylą {number}, ji buvo pakeista.</translation>
        </message>
        <message>
            <source>Nothing of yours was saved and nothing was overwritten. Below is what changed. Choose whether to load the new version and drop your edits, or to apply your edits to the new version.</source>
            <translation>Jūsų pakeitimai neįrašyti ir niekas neperrašyta. Žemiau matyti, kas pasikeitė. Pasirinkite: įkelti naują versiją ir atmesti savo pakeitimus arba perkelti savo pakeitimus į naują versiją.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>Kas pasikeitė</translation>
        </message>
        <message>
            <source>&amp;Load the new version, drop my edits</source>
            <translation>Į&amp;kelti naują versiją, atmesti mano pakeitimus</translation>
        </message>
        <message>
            <source>&amp;Apply my edits to the new version</source>
            <translation>&amp;Perkelti mano pakeitimus į naują versiją</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Cases by state</source>
            <translation>Bylos pagal būseną</translation>
        </message>
        <message>
            <source>Outcomes by citizenship</source>
            <translation>Sprendimai pagal pilietybę</translation>
        </message>
        <message>
            <source>Officer workload</source>
            <translation>Specialistų darbo krūvis</translation>
        </message>
        <message>
            <source>Decisions per week</source>
            <translation>Sprendimai per savaitę</translation>
        </message>
        <message>
            <source>Time to decision and to sign-off (days)</source>
            <translation>Laikas iki sprendimo ir patvirtinimo (dienomis)</translation>
        </message>
        <message>
            <source>Appeals by outcome</source>
            <translation>Skundai pagal baigtį</translation>
        </message>
        <message>
            <source>Deadlines needing attention</source>
            <translation>Terminai, kuriems reikia dėmesio</translation>
        </message>
        <message>
            <source>No one has been found a risk so far.</source>
            <translation>Kol kas grėsmė nenustatyta nė vienam asmeniui.</translation>
        </message>
        <message>
            <source>{count} {citizenship}</source>
            <translation>{citizenship} – {count}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} ir {last}</translation>
        </message>
        <message>
            <source>{total} found a risk: {listed}</source>
            <translation>Nustatyta grėsmė: {total} ({listed})</translation>
        </message>
        <message>
            <source>{count} cases in all.</source>
            <translation>Iš viso bylų: {count}.</translation>
        </message>
        <message>
            <source>Decisions signed off and in force.</source>
            <translation>Patvirtinti ir galiojantys sprendimai.</translation>
        </message>
        <message>
            <source>Cases now with each officer.</source>
            <translation>Bylos, šiuo metu esančios pas kiekvieną specialistą.</translation>
        </message>
        <message>
            <source>Proposals by officer, sign-offs and returns; {period}.</source>
            <translation>Specialistų pateikti sprendimų projektai, patvirtinimai ir grąžinimai; {period}.</translation>
        </message>
        <message>
            <source>Import to decision: from the case's import to the sign-off of its retain or revoke decision. Proposal to sign-off: every sign-off or return. Signed in {period}.</source>
            <translation>Nuo importo iki sprendimo: nuo bylos importavimo iki sprendimo palikti leidimą galioti arba jį panaikinti patvirtinimo. Nuo pateikimo iki patvirtinimo: kiekvienas patvirtinimas arba grąžinimas. Patvirtinta {period}.</translation>
        </message>
        <message>
            <source>{count} appeals recorded.</source>
            <translation>Užregistruota skundų: {count}.</translation>
        </message>
        <message>
            <source>{count} revocations can be confirmed as final.</source>
            <translation>Įsiteisėjusiais galima pripažinti panaikinimų: {count}.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Skaičiuojama…</translation>
        </message>
        <message>
            <source>headline</source>
            <translation>svarbiausias skaičius</translation>
        </message>
        <message>
            <source>period from</source>
            <translation>laikotarpis nuo</translation>
        </message>
        <message>
            <source>period to</source>
            <translation>laikotarpis iki</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Rodyti</translation>
        </message>
        <message>
            <source>Count the figures over time for this period</source>
            <translation>Suskaičiuoti šio laikotarpio rodiklius</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Atnaujinti</translation>
        </message>
        <message>
            <source>&amp;Weekly report (PDF)…</source>
            <translation>&amp;Savaitės ataskaita (PDF)…</translation>
        </message>
        <message>
            <source>Last week's statistics (Monday to Sunday), as a PDF file</source>
            <translation>Praėjusios savaitės (nuo pirmadienio iki sekmadienio) statistika PDF faile</translation>
        </message>
        <message>
            <source>Weeks from</source>
            <translation>Savaitės nuo</translation>
        </message>
        <message>
            <source>to</source>
            <translation>iki</translation>
        </message>
        <message>
            <source>As of {day} {time}</source>
            <translation>Duomenys {day} {time} būklei</translation>
        </message>
        <message>
            <source>Not counted</source>
            <translation>Nesuskaičiuota</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV failai (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel darbaknygės (*.xlsx)</translation>
        </message>
        <message>
            <source>Export: {figure}</source>
            <translation>Eksportuoti: {figure}</translation>
        </message>
        <message>
            <source>Save the weekly report</source>
            <translation>Įrašyti savaitės ataskaitą</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF failai (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Įrašyta: {file}</translation>
        </message>
    </context>
    <context>
        <name>DecisionForm</name>
        <message>
            <source>Supervisor's comment</source>
            <translation>Vadovo pastaba</translation>
        </message>
        <message>
            <source>Decision status</source>
            <translation>Sprendimo būsena</translation>
        </message>
        <message>
            <source>Record the ans&amp;wer…</source>
            <translation>Įrašyti &amp;atsakymą…</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Sprendimo esmė</translation>
        </message>
        <message>
            <source>&amp;Retain the permit</source>
            <translation>Palikti leidimą &amp;galioti</translation>
        </message>
        <message>
            <source>Rev&amp;oke the permit</source>
            <translation>&amp;Panaikinti leidimą</translation>
        </message>
        <message>
            <source>Re&amp;quest information</source>
            <translation>Paprašyti inf&amp;ormacijos</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Teisinis pagrindas</translation>
        </message>
        <message>
            <source>Statement of reasons</source>
            <translation>Motyvai</translation>
        </message>
        <message>
            <source>Disclosed to the person and printed in the letter</source>
            <translation>Atskleidžiami asmeniui ir spausdinami rašte</translation>
        </message>
        <message>
            <source>Required. Printed in the letter to the person.</source>
            <translation>Privaloma. Spausdinama rašte asmeniui.</translation>
        </message>
        <message>
            <source>Internal assessment</source>
            <translation>Vidinis vertinimas</translation>
        </message>
        <message>
            <source>Restricted: never printed, never shown to clerks</source>
            <translation>Riboto naudojimo: niekada nespausdinamas ir nerodomas raštinės darbuotojams</translation>
        </message>
        <message>
            <source>Restricted: never printed, never shown to clerks.</source>
            <translation>Riboto naudojimo: niekada nespausdinamas ir nerodomas raštinės darbuotojams.</translation>
        </message>
        <message>
            <source>State&amp;ment of reasons:</source>
            <translation>&amp;Motyvai:</translation>
        </message>
        <message>
            <source>Internal &amp;assessment:</source>
            <translation>&amp;Vidinis vertinimas:</translation>
        </message>
        <message>
            <source>Request to another authority</source>
            <translation>Paklausimas kitai institucijai</translation>
        </message>
        <message>
            <source>authority</source>
            <translation>institucija</translation>
        </message>
        <message>
            <source>e.g. State Security Department</source>
            <translation>pvz., Valstybės saugumo departamentas</translation>
        </message>
        <message>
            <source>question</source>
            <translation>klausimas</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>atsakymo terminas</translation>
        </message>
        <message>
            <source>Au&amp;thority:</source>
            <translation>Instit&amp;ucija:</translation>
        </message>
        <message>
            <source>Q&amp;uestion:</source>
            <translation>&amp;Klausimas:</translation>
        </message>
        <message>
            <source>Du&amp;e date:</source>
            <translation>T&amp;erminas:</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Įrašyti projektą</translation>
        </message>
        <message>
            <source>Keep the decision unfinished (Ctrl+S)</source>
            <translation>Išsaugoti nebaigtą sprendimą (Ctrl+S)</translation>
        </message>
        <message>
            <source>Submit for sign-off</source>
            <translation>Pateikti tvirtinti</translation>
        </message>
        <message>
            <source>Send the decision to a supervisor (Ctrl+Enter)</source>
            <translation>Nusiųsti sprendimą vadovui (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>legal basis {code}</source>
            <translation>teisinis pagrindas {code}</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>vadovas</translation>
        </message>
        <message>
            <source>Returned by {supervisor} on {time}:</source>
            <translation>Grąžino {supervisor} {time}:</translation>
        </message>
        <message>
            <source>Waiting for {authority} to answer “{question}”, due {day}.</source>
            <translation>Laukiama, kol {authority} atsakys į klausimą „{question}“; terminas {day}.</translation>
        </message>
        <message>
            <source>Relied on: {answers}, {items}</source>
            <translation>Remtasi – {answers}, {items}</translation>
        </message>
        <message>
            <source>{count} answers</source>
            <translation>atsakymų: {count}</translation>
        </message>
        <message>
            <source>1 answer</source>
            <translation>1 atsakymu</translation>
        </message>
        <message>
            <source>{count} information items</source>
            <translation>informacijos elementų: {count}</translation>
        </message>
        <message>
            <source>1 information item</source>
            <translation>1 informacijos elementu</translation>
        </message>
        <message>
            <source> (tick them under Answers and Information)</source>
            <translation> (pažymėkite juos skiltyse „Atsakymai“ ir „Informacija“)</translation>
        </message>
    </context>
    <context>
        <name>FigurePanel</name>
        <message>
            <source>Table</source>
            <translation>Lentelė</translation>
        </message>
        <message>
            <source>show {figure} as a table</source>
            <translation>rodyti „{figure}“ lentele</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Eksportuoti</translation>
        </message>
        <message>
            <source>export {figure}</source>
            <translation>eksportuoti „{figure}“</translation>
        </message>
        <message>
            <source>As &amp;CSV…</source>
            <translation>Kaip &amp;CSV…</translation>
        </message>
        <message>
            <source>As E&amp;xcel workbook (XLSX)…</source>
            <translation>Kaip E&amp;xcel darbaknygę (XLSX)…</translation>
        </message>
        <message>
            <source>{figure} as a table</source>
            <translation>„{figure}“ lentele</translation>
        </message>
        <message>
            <source>{figure} as a chart</source>
            <translation>„{figure}“ diagrama</translation>
        </message>
        <message>
            <source>Nothing to draw yet.</source>
            <translation>Kol kas nėra ką pavaizduoti.</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Diagrama</translation>
        </message>
        <message>
            <source>show {figure} as a chart</source>
            <translation>rodyti „{figure}“ diagrama</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>Retained</source>
            <translation>Palikta galioti</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Panaikinta</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Nutraukta</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Nenuspręsta</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Nepradėta</translation>
        </message>
        <message>
            <source>In assessment</source>
            <translation>Vertinama</translation>
        </message>
        <message>
            <source>Awaiting information</source>
            <translation>Laukiama informacijos</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>Laukia patvirtinimo</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Mediana</translation>
        </message>
        <message>
            <source>90th percentile</source>
            <translation>90-asis procentilis</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Bylos</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Pilietybė</translation>
        </message>
        <message>
            <source>Revoked (found a risk)</source>
            <translation>Panaikinta (nustatyta grėsmė)</translation>
        </message>
        <message>
            <source>Revoked, annulled by a court</source>
            <translation>Panaikino teismas</translation>
        </message>
        <message>
            <source>Not yet decided</source>
            <translation>Laukia sprendimo</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Specialistas</translation>
        </message>
        <message>
            <source>Assigned, not started</source>
            <translation>Paskirta, nepradėta</translation>
        </message>
        <message>
            <source>Open in all</source>
            <translation>Iš viso atvirų</translation>
        </message>
        <message>
            <source>Week from</source>
            <translation>Savaitė nuo</translation>
        </message>
        <message>
            <source>Proposed in all</source>
            <translation>Iš viso pateikta</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Patvirtinta</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Grąžinta</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Matas</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Sprendimai</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Vidurkis</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Baigtis</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Skundai</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Terminas</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Praleisti</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Baigiasi šiandien</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>Šią savaitę</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Vėliau</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Importuota</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Paskirta</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Nuspręsta</translation>
        </message>
        <message>
            <source>Closed retained</source>
            <translation>Uždaryta (palikta galioti)</translation>
        </message>
        <message>
            <source>Awaiting letters</source>
            <translation>Laukia raštų</translation>
        </message>
        <message>
            <source>Letters issued</source>
            <translation>Raštai parengti</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Išsiųsta</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Įteikta</translation>
        </message>
        <message>
            <source>Under appeal</source>
            <translation>Apskųsta</translation>
        </message>
        <message>
            <source>Appeal dismissed</source>
            <translation>Skundas atmestas</translation>
        </message>
        <message>
            <source>Decision annulled</source>
            <translation>Sprendimas panaikintas</translation>
        </message>
        <message>
            <source>Closed reinstated</source>
            <translation>Uždaryta (vėl galioja)</translation>
        </message>
        <message>
            <source>Remitted</source>
            <translation>Nagrinėjama iš naujo</translation>
        </message>
        <message>
            <source>Revocation final</source>
            <translation>Panaikinimas įsiteisėjo</translation>
        </message>
        <message>
            <source>Closed departed</source>
            <translation>Uždaryta (išvyko)</translation>
        </message>
        <message>
            <source>Closed withdrawn</source>
            <translation>Uždaryta (nutraukta)</translation>
        </message>
        <message>
            <source>Belarus (BY)</source>
            <translation>Baltarusija</translation>
        </message>
        <message>
            <source>Russia (RU)</source>
            <translation>Rusija</translation>
        </message>
        <message>
            <source>Ukraine (UA)</source>
            <translation>Ukraina</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Nagrinėjama</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Atmesta</translation>
        </message>
        <message>
            <source>From import to decision</source>
            <translation>Nuo importo iki sprendimo</translation>
        </message>
        <message>
            <source>From proposal to sign-off</source>
            <translation>Nuo pateikimo iki patvirtinimo</translation>
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
            <translation>Informacijos paklausimai</translation>
        </message>
        <message>
            <source>Letters not served</source>
            <translation>Neįteikti raštai</translation>
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
        <name>HistoryModel</name>
        <message>
            <source>“{text}”</source>
            <translation>„{text}“</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Case history, newest first</source>
            <translation>Bylos istorija, naujausi įrašai viršuje</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>user</source>
            <translation>naudotojas</translation>
        </message>
        <message>
            <source>User name: {username}&lt;br&gt;Roles: {roles}</source>
            <translation>Naudotojo vardas: {username}&lt;br&gt;Vaidmenys: {roles}</translation>
        </message>
        <message>
            <source>account details</source>
            <translation>paskyros duomenys</translation>
        </message>
        <message>
            <source>Store: {address}</source>
            <translation>Duomenų bazė: {address}</translation>
        </message>
        <message>
            <source>store</source>
            <translation>duomenų bazė</translation>
        </message>
        <message>
            <source>Cases by state</source>
            <translation>Bylos pagal būseną</translation>
        </message>
        <message>
            <source>total cases</source>
            <translation>iš viso bylų</translation>
        </message>
        <message>
            <source>Counting cases…</source>
            <translation>Bylos skaičiuojamos…</translation>
        </message>
        <message>
            <source>{count} cases in all.</source>
            <translation>Iš viso bylų: {count}.</translation>
        </message>
        <message>
            <source>No cases yet.</source>
            <translation>Bylų dar nėra.</translation>
        </message>
    </context>
    <context>
        <name>InformationPanel</name>
        <message>
            <source>Information items</source>
            <translation>Informacijos elementai</translation>
        </message>
        <message>
            <source>Add information…</source>
            <translation>Pridėti informaciją…</translation>
        </message>
        <message>
            <source>Add an information item to this case (Ctrl+I)</source>
            <translation>Pridėti prie šios bylos informacijos elementą (Ctrl+I)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Atverti</translation>
        </message>
        <message>
            <source>Show the selected item in full (Enter)</source>
            <translation>Rodyti visą pažymėtą elementą (Enter)</translation>
        </message>
        <message>
            <source>Information item content</source>
            <translation>Informacijos elemento turinys</translation>
        </message>
        <message>
            <source>Select an item and press Enter to read it.</source>
            <translation>Pažymėkite elementą ir paspauskite Enter, kad jį perskaitytumėte.</translation>
        </message>
        <message>
            <source>Requests to other authorities</source>
            <translation>Paklausimai kitoms institucijoms</translation>
        </message>
        <message>
            <source>answered {day}: {answer}</source>
            <translation>atsakyta {day}: {answer}</translation>
        </message>
        <message>
            <source>awaiting an answer, due {day}</source>
            <translation>laukiama atsakymo, terminas {day}</translation>
        </message>
        <message>
            <source>{day} to {authority}: “{question}”</source>
            <translation>{day} – {authority}: „{question}“</translation>
        </message>
        <message>
            <source>This item is restricted. Only officers and supervisors may read it.</source>
            <translation>Šis elementas yra riboto naudojimo. Jį skaityti gali tik specialistai ir vadovai.</translation>
        </message>
        <message>
            <source>Restricted: never printed, never shown to clerks. This reading was recorded in the audit log.</source>
            <translation>Riboto naudojimo: niekada nespausdinama ir nerodoma raštinės darbuotojams. Šis skaitymas įrašytas audito žurnale.</translation>
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <source>Relied on</source>
            <translation>Remtasi</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Gauta</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Šaltinis</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Slaptumas</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Pavadinimas</translation>
        </message>
        <message>
            <source>relied on</source>
            <translation>remtasi</translation>
        </message>
        <message>
            <source>not relied on</source>
            <translation>neremtasi</translation>
        </message>
        <message>
            <source>Restricted: only officers and supervisors may read it.</source>
            <translation>Riboto naudojimo: skaityti gali tik specialistai ir vadovai.</translation>
        </message>
        <message>
            <source>Restricted: opening it (Enter) is recorded in the audit log.</source>
            <translation>Riboto naudojimo: atvėrimas (Enter) įrašomas audito žurnale.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Imported</source>
            <translation>Importuota</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Paskirta</translation>
        </message>
        <message>
            <source>In assessment</source>
            <translation>Vertinama</translation>
        </message>
        <message>
            <source>Awaiting information</source>
            <translation>Laukiama informacijos</translation>
        </message>
        <message>
            <source>Awaiting signoff</source>
            <translation>Laukia patvirtinimo</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Nuspręsta</translation>
        </message>
        <message>
            <source>Closed retained</source>
            <translation>Uždaryta (palikta galioti)</translation>
        </message>
        <message>
            <source>Awaiting letters</source>
            <translation>Laukia raštų</translation>
        </message>
        <message>
            <source>Letters issued</source>
            <translation>Raštai parengti</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Išsiųsta</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Įteikta</translation>
        </message>
        <message>
            <source>Under appeal</source>
            <translation>Apskųsta</translation>
        </message>
        <message>
            <source>Appeal dismissed</source>
            <translation>Skundas atmestas</translation>
        </message>
        <message>
            <source>Decision annulled</source>
            <translation>Sprendimas panaikintas</translation>
        </message>
        <message>
            <source>Closed reinstated</source>
            <translation>Uždaryta (vėl galioja)</translation>
        </message>
        <message>
            <source>Remitted</source>
            <translation>Nagrinėjama iš naujo</translation>
        </message>
        <message>
            <source>Revocation final</source>
            <translation>Panaikinimas įsiteisėjo</translation>
        </message>
        <message>
            <source>Closed departed</source>
            <translation>Uždaryta (išvyko)</translation>
        </message>
        <message>
            <source>Closed withdrawn</source>
            <translation>Uždaryta (nutraukta)</translation>
        </message>
        <message>
            <source>Retain the permit</source>
            <translation>Palikti leidimą galioti</translation>
        </message>
        <message>
            <source>Revoke the permit</source>
            <translation>Panaikinti leidimą</translation>
        </message>
        <message>
            <source>Request information</source>
            <translation>Paprašyti informacijos</translation>
        </message>
        <message>
            <source>Decision annulled by the court</source>
            <translation>Teismas sprendimą panaikino</translation>
        </message>
        <message>
            <source>Remitted for a new assessment</source>
            <translation>Grąžinta vertinti iš naujo</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>Baltarusija</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Rusija</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>projektas</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>pateiktas tvirtinti</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>grąžintas</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>patvirtintas</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>pakeistas nauju</translation>
        </message>
        <message>
            <source>permanent residence permit</source>
            <translation>leidimas nuolat gyventi</translation>
        </message>
        <message>
            <source>EU long-term resident's permit</source>
            <translation>ES ilgalaikio gyventojo leidimas gyventi</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>galioja</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>panaikintas</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Vieša</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Riboto naudojimo</translation>
        </message>
        <message>
            <source>left the country</source>
            <translation>išvyko iš šalies</translation>
        </message>
        <message>
            <source>deceased</source>
            <translation>mirė</translation>
        </message>
        <message>
            <source>naturalised</source>
            <translation>įgijo pilietybę</translation>
        </message>
        <message>
            <source>duplicate case</source>
            <translation>bylos dublikatas</translation>
        </message>
        <message>
            <source>other</source>
            <translation>kita</translation>
        </message>
        <message>
            <source>information item</source>
            <translation>informacijos elementas</translation>
        </message>
        <message>
            <source>case detail</source>
            <translation>bylos duomenys</translation>
        </message>
        <message>
            <source>internal assessment</source>
            <translation>vidinis vertinimas</translation>
        </message>
        <message>
            <source>appeal</source>
            <translation>skundas</translation>
        </message>
        <message>
            <source>audit log</source>
            <translation>audito žurnalas</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>atsarginė kopija</translation>
        </message>
        <message>
            <source>campaign</source>
            <translation>kampanija</translation>
        </message>
        <message>
            <source>case</source>
            <translation>byla</translation>
        </message>
        <message>
            <source>deadline board</source>
            <translation>terminų lenta</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>sprendimas</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>išvykimas</translation>
        </message>
        <message>
            <source>import</source>
            <translation>importas</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>raštas</translation>
        </message>
        <message>
            <source>permit</source>
            <translation>leidimas</translation>
        </message>
        <message>
            <source>report</source>
            <translation>ataskaita</translation>
        </message>
        <message>
            <source>resident</source>
            <translation>užsienietis</translation>
        </message>
        <message>
            <source>retention</source>
            <translation>saugojimas</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>nustatymas</translation>
        </message>
        <message>
            <source>store</source>
            <translation>duomenų bazė</translation>
        </message>
        <message>
            <source>user</source>
            <translation>naudotojas</translation>
        </message>
        <message>
            <source>Taken from the queue</source>
            <translation>Paimta iš eilės</translation>
        </message>
        <message>
            <source>Assessment started</source>
            <translation>Pradėtas vertinimas</translation>
        </message>
        <message>
            <source>Information requested</source>
            <translation>Paprašyta informacijos</translation>
        </message>
        <message>
            <source>Answer to a request recorded</source>
            <translation>Įrašytas atsakymas į paklausimą</translation>
        </message>
        <message>
            <source>Draft decision saved</source>
            <translation>Įrašytas sprendimo projektas</translation>
        </message>
        <message>
            <source>Submitted for sign-off</source>
            <translation>Pateikta tvirtinti</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Patvirtinta</translation>
        </message>
        <message>
            <source>Returned to the officer</source>
            <translation>Grąžinta specialistui</translation>
        </message>
        <message>
            <source>Closed: permit retained</source>
            <translation>Uždaryta: leidimas paliktas galioti</translation>
        </message>
        <message>
            <source>Waiting for letters</source>
            <translation>Laukiama raštų</translation>
        </message>
        <message>
            <source>Waiting for information</source>
            <translation>Laukiama informacijos</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Nagrinėjimas nutrauktas</translation>
        </message>
        <message>
            <source>Information added</source>
            <translation>Pridėta informacija</translation>
        </message>
        <message>
            <source>Restricted content read</source>
            <translation>Perskaitytas riboto naudojimo turinys</translation>
        </message>
        <message>
            <source>Letters dispatched</source>
            <translation>Raštai išsiųsti</translation>
        </message>
        <message>
            <source>Decision served</source>
            <translation>Sprendimas įteiktas</translation>
        </message>
        <message>
            <source>Appeal lodged</source>
            <translation>Pateiktas skundas</translation>
        </message>
        <message>
            <source>Closed: permit reinstated</source>
            <translation>Uždaryta: leidimas vėl galioja</translation>
        </message>
        <message>
            <source>Assessment resumed</source>
            <translation>Vertinimas atnaujintas</translation>
        </message>
        <message>
            <source>Revocation confirmed final</source>
            <translation>Panaikinimas pripažintas įsiteisėjusiu</translation>
        </message>
        <message>
            <source>Departure recorded</source>
            <translation>Įrašytas išvykimas</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Byla atnaujinta</translation>
        </message>
        <message>
            <source>Appeal details changed</source>
            <translation>Pakeisti skundo duomenys</translation>
        </message>
        <message>
            <source>Court hearing recorded</source>
            <translation>Įrašytas teismo posėdis</translation>
        </message>
        <message>
            <source>Court document recorded</source>
            <translation>Įrašytas teismo dokumentas</translation>
        </message>
        <message>
            <source>Appeal outcome recorded</source>
            <translation>Įrašyta skundo nagrinėjimo baigtis</translation>
        </message>
        <message>
            <source>Permit status changed</source>
            <translation>Pakeista leidimo būsena</translation>
        </message>
        <message>
            <source>Decision superseded</source>
            <translation>Sprendimas pakeistas nauju</translation>
        </message>
        <message>
            <source>Permit card returned</source>
            <translation>Grąžinta leidimo kortelė</translation>
        </message>
        <message>
            <source>Letter issued</source>
            <translation>Raštas parengtas</translation>
        </message>
        <message>
            <source>Letter corrected</source>
            <translation>Raštas pataisytas</translation>
        </message>
        <message>
            <source>Letters dispatched again</source>
            <translation>Raštai išsiųsti pakartotinai</translation>
        </message>
        <message>
            <source>Letter template saved</source>
            <translation>Įrašytas rašto šablonas</translation>
        </message>
        <message>
            <source>Letter template reset</source>
            <translation>Atkurtas pradinis rašto šablonas</translation>
        </message>
        <message>
            <source>Deadline board exported</source>
            <translation>Eksportuota terminų lenta</translation>
        </message>
        <message>
            <source>Deadline board printed</source>
            <translation>Atspausdinta terminų lenta</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>Prisijungta</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>Atsijungta</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>Nepavyko prisijungti</translation>
        </message>
        <message>
            <source>Login refused</source>
            <translation>Prisijungti neleista</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>Paskyra užrakinta</translation>
        </message>
        <message>
            <source>Session locked</source>
            <translation>Seansas užrakintas</translation>
        </message>
        <message>
            <source>Session unlocked</source>
            <translation>Seansas atrakintas</translation>
        </message>
        <message>
            <source>Unlock failed</source>
            <translation>Nepavyko atrakinti</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>Pridėtas naudotojas</translation>
        </message>
        <message>
            <source>User's roles changed</source>
            <translation>Pakeisti naudotojo vaidmenys</translation>
        </message>
        <message>
            <source>User disabled</source>
            <translation>Naudotojas išjungtas</translation>
        </message>
        <message>
            <source>User enabled</source>
            <translation>Naudotojas įjungtas</translation>
        </message>
        <message>
            <source>User unlocked</source>
            <translation>Naudotojas atrakintas</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Nustatytas naujas slaptažodis</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Pakeistas slaptažodis</translation>
        </message>
        <message>
            <source>Store set up</source>
            <translation>Sukurta duomenų bazė</translation>
        </message>
        <message>
            <source>Store encrypted</source>
            <translation>Duomenų bazė užšifruota</translation>
        </message>
        <message>
            <source>Store restored from a backup</source>
            <translation>Duomenų bazė atkurta iš atsarginės kopijos</translation>
        </message>
        <message>
            <source>Restore started</source>
            <translation>Pradėtas atkūrimas</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Padaryta atsarginė kopija</translation>
        </message>
        <message>
            <source>Backup verified</source>
            <translation>Patikrinta atsarginė kopija</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Pakeisti nustatymai</translation>
        </message>
        <message>
            <source>Questionnaire imported</source>
            <translation>Importuotas klausimynas</translation>
        </message>
        <message>
            <source>Registry extract imported</source>
            <translation>Importuotas registro išrašas</translation>
        </message>
        <message>
            <source>Answers imported</source>
            <translation>Importuoti atsakymai</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>Eksportuotas audito žurnalas</translation>
        </message>
        <message>
            <source>Audit log verified</source>
            <translation>Patikrintas audito žurnalas</translation>
        </message>
        <message>
            <source>Report exported</source>
            <translation>Eksportuota ataskaita</translation>
        </message>
        <message>
            <source>Personal data exported</source>
            <translation>Eksportuoti asmens duomenys</translation>
        </message>
        <message>
            <source>Retention previewed</source>
            <translation>Peržiūrėta, kas bus nuasmeninta</translation>
        </message>
        <message>
            <source>Retention run</source>
            <translation>Pasibaigusio saugojimo termino duomenys nuasmeninti</translation>
        </message>
        <message>
            <source>Case anonymised</source>
            <translation>Byla nuasmeninta</translation>
        </message>
        <message>
            <source>Demonstration data filled in</source>
            <translation>Įkelti demonstraciniai duomenys</translation>
        </message>
        <message>
            <source>legal basis {bases}</source>
            <translation>teisinis pagrindas {bases}</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>terminas {day}</translation>
        </message>
        <message>
            <source>Retain</source>
            <translation>Palikti</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Panaikinti</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Paklausimas</translation>
        </message>
    </context>
    <context>
        <name>ProposalPanel</name>
        <message>
            <source>proposal</source>
            <translation>sprendimo projektas</translation>
        </message>
        <message>
            <source>Statement of reasons</source>
            <translation>Motyvai</translation>
        </message>
        <message>
            <source>Internal assessment — restricted: never printed, never shown to clerks. Reading it is recorded in the audit log.</source>
            <translation>Vidinis vertinimas – riboto naudojimo: niekada nespausdinamas ir nerodomas raštinės darbuotojams. Jo skaitymas įrašomas audito žurnale.</translation>
        </message>
        <message>
            <source>Internal assessment</source>
            <translation>Vidinis vertinimas</translation>
        </message>
        <message>
            <source>answers and information relied on</source>
            <translation>atsakymai ir informacija, kuriais remtasi</translation>
        </message>
        <message>
            <source>Statement of reasons (disclosed to the person)</source>
            <translation>Motyvai (atskleidžiami asmeniui)</translation>
        </message>
        <message>
            <source>Relied on</source>
            <translation>Remtasi</translation>
        </message>
        <message>
            <source>{outcome} — proposed by {officer} on {time}</source>
            <translation>{outcome} – pateikė {officer} {time}</translation>
        </message>
        <message>
            <source>Legal basis {code}: {text}</source>
            <translation>Teisinis pagrindas {code}: {text}</translation>
        </message>
        <message>
            <source>Asks {authority}: “{question}”, due {day}</source>
            <translation>Klausiama {authority}: „{question}“, terminas {day}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(nėra)</translation>
        </message>
        <message>
            <source>Nothing ticked as relied on.</source>
            <translation>Nepažymėta nieko, kuo remtasi.</translation>
        </message>
    </context>
    <context>
        <name>ProposalsModel</name>
        <message>
            <source>Case</source>
            <translation>Byla</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Vardas ir pavardė</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Sprendimas</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Pateikė</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Pateikta</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dienos</translation>
        </message>
        <message>
            <source>Markers</source>
            <translation>Žymos</translation>
        </message>
        <message>
            <source>{name} (you)</source>
            <translation>{name} (jūs)</translation>
        </message>
        <message>
            <source>You proposed this decision; another supervisor must sign it off.</source>
            <translation>Šį sprendimą pateikėte jūs; jį turi patvirtinti kitas vadovas.</translation>
        </message>
        <message>
            <source>Days waiting for sign-off</source>
            <translation>Kiek dienų laukia patvirtinimo</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Case</source>
            <translation>Byla</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Bylos numeris</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Vardas ir pavardė</translation>
        </message>
        <message>
            <source>Name in Latin letters, and as written in the native script</source>
            <translation>Vardas ir pavardė lotyniškais ir gimtaisiais rašmenimis</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Pilietybė</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <source>Where the case stands</source>
            <translation>Kokioje stadijoje yra byla</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Specialistas</translation>
        </message>
        <message>
            <source>The officer the case is assigned to</source>
            <translation>Specialistas, kuriam paskirta byla</translation>
        </message>
        <message>
            <source>Response received</source>
            <translation>Atsakymai gauti</translation>
        </message>
        <message>
            <source>When the questionnaire came back</source>
            <translation>Kada gautas užpildytas klausimynas</translation>
        </message>
        <message>
            <source>Days in state</source>
            <translation>Dienų būsenoje</translation>
        </message>
        <message>
            <source>Days since the case entered its present state</source>
            <translation>Kiek dienų byla yra dabartinėje būsenoje</translation>
        </message>
        <message>
            <source>Markers</source>
            <translation>Žymos</translation>
        </message>
        <message>
            <source>Answers the questionnaire marks as needing attention</source>
            <translation>Atsakymai, kuriuos klausimynas žymi kaip reikalaujančius dėmesio</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>nepaskirta</translation>
        </message>
        <message>
            <source>no response</source>
            <translation>negauti</translation>
        </message>
        <message>
            <source>Permit {number}</source>
            <translation>Leidimas {number}</translation>
        </message>
        <message>
            <source>Answers needing attention: {count}</source>
            <translation>Dėmesio reikalaujančių atsakymų: {count}</translation>
        </message>
    </context>
    <context>
        <name>QueueTable</name>
        <message>
            <source>Case queue</source>
            <translation>Bylų eilė</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>Search names and permit numbers</source>
            <translation>Ieškoti pagal vardą, pavardę ar leidimo numerį</translation>
        </message>
        <message>
            <source>Search names (Latin or native) or permit numbers  Ctrl+F</source>
            <translation>Ieškoti pagal vardą, pavardę ar leidimo numerį  Ctrl+F</translation>
        </message>
        <message>
            <source>State filter</source>
            <translation>Būsenos filtras</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>Visos būsenos</translation>
        </message>
        <message>
            <source>Citizenship filter</source>
            <translation>Pilietybės filtras</translation>
        </message>
        <message>
            <source>All citizenships</source>
            <translation>Visos pilietybės</translation>
        </message>
        <message>
            <source>Officer filter</source>
            <translation>Specialisto filtras</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>Visi specialistai</translation>
        </message>
        <message>
            <source>Mine and unassigned</source>
            <translation>Mano ir nepaskirtos</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mano</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Nepaskirtos</translation>
        </message>
        <message>
            <source>No &amp;response</source>
            <translation>Be &amp;atsakymų</translation>
        </message>
        <message>
            <source>Only cases whose questionnaire has not come back</source>
            <translation>Tik bylos, kuriose užpildytas klausimynas negautas</translation>
        </message>
        <message>
            <source>&amp;Take next</source>
            <translation>&amp;Imti kitą</translation>
        </message>
        <message>
            <source>Take the oldest unassigned case and open it (Ctrl+N)</source>
            <translation>Paimti seniausią nepaskirtą bylą ir ją atverti (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>&amp;Paskirti…</translation>
        </message>
        <message>
            <source>Give the selected cases to an officer (Ctrl+Shift+A)</source>
            <translation>Paskirti pažymėtas bylas specialistui (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>the queue</source>
            <translation>eilę</translation>
        </message>
        <message>
            <source>loading the queue</source>
            <translation>eilė įkeliama</translation>
        </message>
        <message>
            <source>cases in the queue</source>
            <translation>bylos eilėje</translation>
        </message>
        <message>
            <source>open cases per officer</source>
            <translation>atviros bylos pagal specialistus</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;Būsena:</translation>
        </message>
        <message>
            <source>&amp;Citizenship:</source>
            <translation>Pi&amp;lietybė:</translation>
        </message>
        <message>
            <source>Offic&amp;er:</source>
            <translation>&amp;Specialistas:</translation>
        </message>
        <message>
            <source>unassigned: {count}</source>
            <translation>nepaskirtų: {count}</translation>
        </message>
        <message>
            <source>Open cases — {counts}</source>
            <translation>Atviros bylos – {counts}</translation>
        </message>
        <message>
            <source>You have {mine} open cases; {unassigned} unassigned cases wait.</source>
            <translation>Jūsų atvirų bylų: {mine}; nepaskirtų bylų laukia: {unassigned}.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Įkeliama…</translation>
        </message>
        <message>
            <source>{count} cases</source>
            <translation>Bylų: {count}</translation>
        </message>
        <message>
            <source>1 case</source>
            <translation>1 byla</translation>
        </message>
        <message>
            <source>This is the last case of the queue.</source>
            <translation>Tai paskutinė eilės byla.</translation>
        </message>
        <message>
            <source>This is the first case of the queue.</source>
            <translation>Tai pirmoji eilės byla.</translation>
        </message>
        <message>
            <source>Select the cases to assign first.</source>
            <translation>Pirmiausia pažymėkite bylas, kurias norite paskirti.</translation>
        </message>
        <message>
            <source>{count} cases assigned to {officer}.</source>
            <translation>Specialistui {officer} paskirta bylų: {count}.</translation>
        </message>
        <message>
            <source>1 case assigned to {officer}.</source>
            <translation>Specialistui {officer} paskirta 1 byla.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Eilė</translation>
        </message>
    </context>
    <context>
        <name>RecordAnswerDialog</name>
        <message>
            <source>Record the answer to a request</source>
            <translation>Atsakymo į paklausimą įrašymas</translation>
        </message>
        <message>
            <source>{authority} was asked on {day}:&lt;br&gt;“{question}”</source>
            <translation>{day} paklausta {authority}:&lt;br&gt;„{question}“</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>atsakymas</translation>
        </message>
        <message>
            <source>date answered</source>
            <translation>atsakymo data</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Atsakymas:</translation>
        </message>
        <message>
            <source>&amp;Date answered:</source>
            <translation>Atsakymo &amp;data:</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>Į&amp;rašyti</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return case {number} to its officer</source>
            <translation>Bylos {number} grąžinimas specialistui</translation>
        </message>
        <message>
            <source>Return to the officer</source>
            <translation>Grąžinti specialistui</translation>
        </message>
        <message>
            <source>Say what the officer must change. The comment is kept in the case's history.</source>
            <translation>Nurodykite, ką specialistas turi pakeisti. Pastaba išsaugoma bylos istorijoje.</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>pastaba</translation>
        </message>
        <message>
            <source>&amp;Return</source>
            <translation>&amp;Grąžinti</translation>
        </message>
        <message>
            <source>comment: say what must be changed</source>
            <translation>pastaba: nurodykite, ką reikia pakeisti</translation>
        </message>
    </context>
    <context>
        <name>SignoffView</name>
        <message>
            <source>Proposals awaiting sign-off</source>
            <translation>Patvirtinimo laukiantys sprendimų projektai</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Patvirtinti</translation>
        </message>
        <message>
            <source>Re&amp;turn…</source>
            <translation>&amp;Grąžinti…</translation>
        </message>
        <message>
            <source>Send it back to the officer with a comment (Ctrl+R)</source>
            <translation>Grąžinti specialistui su pastaba (Ctrl+R)</translation>
        </message>
        <message>
            <source>Approve selected &amp;retains</source>
            <translation>Patvirtinti pažymėtus „pa&amp;likti galioti“</translation>
        </message>
        <message>
            <source>Sign off all the selected 'retain' proposals at once (Ctrl+Shift+Enter)</source>
            <translation>Iš karto patvirtinti visus pažymėtus projektus „palikti galioti“ (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <source>proposals waiting</source>
            <translation>laukiantys projektai</translation>
        </message>
        <message>
            <source>working</source>
            <translation>vykdoma</translation>
        </message>
        <message>
            <source>message</source>
            <translation>pranešimas</translation>
        </message>
        <message>
            <source>&amp;Proposal</source>
            <translation>Pr&amp;ojektas</translation>
        </message>
        <message>
            <source>A&amp;nswers</source>
            <translation>Ats&amp;akymai</translation>
        </message>
        <message>
            <source>&amp;Information</source>
            <translation>&amp;Informacija</translation>
        </message>
        <message>
            <source>Hi&amp;story</source>
            <translation>Is&amp;torija</translation>
        </message>
        <message>
            <source>the proposals</source>
            <translation>teikimus</translation>
        </message>
        <message>
            <source>Sign off this proposal; you become the signatory of its letters (Ctrl+Enter)</source>
            <translation>Patvirtinti šį projektą; jūs tapsite jo raštų pasirašančiuoju asmeniu (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>{count} proposals waiting</source>
            <translation>Laukia projektų: {count}</translation>
        </message>
        <message>
            <source>1 proposal waiting</source>
            <translation>Laukia 1 projektas</translation>
        </message>
        <message>
            <source>Nothing waits for sign-off.</source>
            <translation>Patvirtinimo nelaukia nieko.</translation>
        </message>
        <message>
            <source>You proposed this decision; another supervisor must sign it off.</source>
            <translation>Šį sprendimą pateikėte jūs; jį turi patvirtinti kitas vadovas.</translation>
        </message>
        <message>
            <source>Only 'retain' proposals made by others can be approved together; sign each revocation on its own.</source>
            <translation>Kartu galima patvirtinti tik kitų pateiktus projektus „palikti galioti“; kiekvieną panaikinimą tvirtinkite atskirai.</translation>
        </message>
        <message>
            <source>You proposed this decision; another supervisor signs it off.</source>
            <translation>Šį sprendimą pateikėte jūs; jį tvirtina kitas vadovas.</translation>
        </message>
        <message>
            <source>Case {number} was signed off; you are the signatory of its letters.</source>
            <translation>Byla {number} patvirtinta; jūs esate jos raštų pasirašantysis asmuo.</translation>
        </message>
        <message>
            <source>{count} 'retain' proposals were signed off.</source>
            <translation>Patvirtinta projektų „palikti galioti“: {count}.</translation>
        </message>
        <message>
            <source>Case {number} was returned to its officer.</source>
            <translation>Byla {number} grąžinta specialistui.</translation>
        </message>
    </context>
    <context>
        <name>StateCountsModel</name>
        <message>
            <source>State</source>
            <translation>Būsena</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Bylos</translation>
        </message>
    </context>
</TS>
