<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AppealDetailDialog</name>
        <message>
            <source>Hearing, document or court details</source>
            <translation>Hearing, document or court details</translation>
        </message>
        <message>
            <source>what to add</source>
            <translation>what to add</translation>
        </message>
        <message>
            <source>A hearing date</source>
            <translation>A hearing date</translation>
        </message>
        <message>
            <source>A document received</source>
            <translation>A document received</translation>
        </message>
        <message>
            <source>Court case number and suspension</source>
            <translation>Court case number and suspension</translation>
        </message>
        <message>
            <source>hearing date</source>
            <translation>hearing date</translation>
        </message>
        <message>
            <source>hearing note</source>
            <translation>hearing note</translation>
        </message>
        <message>
            <source>optional, e.g. the chamber or the room</source>
            <translation>optional, e.g. the chamber or the room</translation>
        </message>
        <message>
            <source>&amp;Hearing date:</source>
            <translation>&amp;Hearing date:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
        <message>
            <source>document reference</source>
            <translation>document reference</translation>
        </message>
        <message>
            <source>e.g. the court's letter number</source>
            <translation>e.g. the court's letter number</translation>
        </message>
        <message>
            <source>date received</source>
            <translation>date received</translation>
        </message>
        <message>
            <source>&amp;Reference:</source>
            <translation>&amp;Reference:</translation>
        </message>
        <message>
            <source>Date &amp;received:</source>
            <translation>Date &amp;received:</translation>
        </message>
        <message>
            <source>court case number</source>
            <translation>court case number</translation>
        </message>
        <message>
            <source>The appeal suspends the departure obligation</source>
            <translation>The appeal suspends the departure obligation</translation>
        </message>
        <message>
            <source>Court &amp;case number:</source>
            <translation>Court &amp;case number:</translation>
        </message>
        <message>
            <source>&amp;Add:</source>
            <translation>&amp;Add:</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
    </context>
    <context>
        <name>Attention</name>
        <message>
            <source>1 revocation to confirm as final</source>
            <translation>1 revocation to confirm as final</translation>
        </message>
        <message>
            <source>{count} revocations to confirm as final</source>
            <translation>{count} revocations to confirm as final</translation>
        </message>
        <message>
            <source>1 appeal window closing this week</source>
            <translation>1 appeal window closing this week</translation>
        </message>
        <message>
            <source>{count} appeal windows closing this week</source>
            <translation>{count} appeal windows closing this week</translation>
        </message>
        <message>
            <source>1 departure deadline passed without a recorded departure</source>
            <translation>1 departure deadline passed without a recorded departure</translation>
        </message>
        <message>
            <source>{count} departure deadlines passed without a recorded departure</source>
            <translation>{count} departure deadlines passed without a recorded departure</translation>
        </message>
        <message>
            <source>1 departure deadline this week</source>
            <translation>1 departure deadline this week</translation>
        </message>
        <message>
            <source>{count} departure deadlines this week</source>
            <translation>{count} departure deadlines this week</translation>
        </message>
        <message>
            <source>1 information request overdue</source>
            <translation>1 information request overdue</translation>
        </message>
        <message>
            <source>{count} information requests overdue</source>
            <translation>{count} information requests overdue</translation>
        </message>
        <message>
            <source>1 letter dispatched but not served</source>
            <translation>1 letter dispatched but not served</translation>
        </message>
        <message>
            <source>{count} letters dispatched but not served</source>
            <translation>{count} letters dispatched but not served</translation>
        </message>
        <message>
            <source>Nothing on the deadline board needs attention today.</source>
            <translation>Nothing on the deadline board needs attention today.</translation>
        </message>
        <message>
            <source>Needs attention today: {items}.</source>
            <translation>Needs attention today: {items}.</translation>
        </message>
        <message>
            <source>what needs attention today</source>
            <translation>what needs attention today</translation>
        </message>
        <message>
            <source>1 deadline item needs attention today</source>
            <translation>1 deadline item needs attention today</translation>
        </message>
        <message>
            <source>{count} deadline items need attention today</source>
            <translation>{count} deadline items need attention today</translation>
        </message>
        <message>
            <source>Click to open the deadlines.</source>
            <translation>Click to open the deadlines.</translation>
        </message>
        <message>
            <source>Deadlines not counted: {error}</source>
            <translation>Deadlines not counted: {error}</translation>
        </message>
    </context>
    <context>
        <name>BatchDialog</name>
        <message>
            <source>&lt;b&gt;Cancelled&lt;/b&gt; after {done} of {total} cases.</source>
            <translation>&lt;b&gt;Cancelled&lt;/b&gt; after {done} of {total} cases.</translation>
        </message>
        <message>
            <source>The letters issued before Cancel stay issued and are in the register, but were not printed: use “Print issued letters” below.</source>
            <translation>The letters issued before Cancel stay issued and are in the register, but were not printed: use “Print issued letters” below.</translation>
        </message>
        <message>
            <source>The letters issued before Cancel stay issued and are in the register.</source>
            <translation>The letters issued before Cancel stay issued and are in the register.</translation>
        </message>
        <message>
            <source>1 case was not touched and stays in the queue.</source>
            <translation>1 case was not touched and stays in the queue.</translation>
        </message>
        <message>
            <source>{count} cases were not touched and stay in the queue.</source>
            <translation>{count} cases were not touched and stay in the queue.</translation>
        </message>
        <message>
            <source>{pages}, {copies} copies each</source>
            <translation>{pages}, {copies} copies each</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt; on {printer}: the letters of {cases} and the dispatch register ({pages}).</source>
            <translation>&lt;b&gt;Printed&lt;/b&gt; on {printer}: the letters of {cases} and the dispatch register ({pages}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printed&lt;/b&gt; on {printer}: the letters of {cases} ({pages}).</source>
            <translation>&lt;b&gt;Printed&lt;/b&gt; on {printer}: the letters of {cases} ({pages}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Printing was cancelled&lt;/b&gt;: the letters of {cases} are issued but not printed; use “Print issued letters” below.</source>
            <translation>&lt;b&gt;Printing was cancelled&lt;/b&gt;: the letters of {cases} are issued but not printed; use “Print issued letters” below.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Issued:&lt;/b&gt; {letters} for {cases}, {span}.</source>
            <translation>&lt;b&gt;Issued:&lt;/b&gt; {letters} for {cases}, {span}.</translation>
        </message>
        <message>
            <source>&lt;b&gt;No letters were issued.&lt;/b&gt;</source>
            <translation>&lt;b&gt;No letters were issued.&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not printed:&lt;/b&gt; {error}</source>
            <translation>&lt;b&gt;Not printed:&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Dispatch register&lt;/b&gt; saved as {pdf} and {csv} ({envelopes}).</source>
            <translation>&lt;b&gt;Dispatch register&lt;/b&gt; saved as {pdf} and {csv} ({envelopes}).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Register not saved:&lt;/b&gt; {error}</source>
            <translation>&lt;b&gt;Register not saved:&lt;/b&gt; {error}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not issued:&lt;/b&gt; {case}: {reason}</source>
            <translation>&lt;b&gt;Not issued:&lt;/b&gt; {case}: {reason}</translation>
        </message>
        <message>
            <source>… and {count} more cases not issued.</source>
            <translation>… and {count} more cases not issued.</translation>
        </message>
        <message>
            <source>Issue and print letters</source>
            <translation>Issue and print letters</translation>
        </message>
        <message>
            <source>Issue the letters of &lt;b&gt;{cases}&lt;/b&gt;: for each, the decision and the appeal-rights notice ({letters}). Each gets the next registration number, today's date and the approving supervisor as signatory; once issued, a letter never changes.</source>
            <translation>Issue the letters of &lt;b&gt;{cases}&lt;/b&gt;: for each, the decision and the appeal-rights notice ({letters}). Each gets the next registration number, today's date and the approving supervisor as signatory; once issued, a letter never changes.</translation>
        </message>
        <message>
            <source>&amp;Print them as one job (choose the printer, copies and two-sided printing next)</source>
            <translation>&amp;Print them as one job (choose the printer, copies and two-sided printing next)</translation>
        </message>
        <message>
            <source>No printer is set up on this computer: the letters can be issued and the dispatch register saved now, and the letters printed later from Issued letters.</source>
            <translation>No printer is set up on this computer: the letters can be issued and the dispatch register saved now, and the letters printed later from Issued letters.</translation>
        </message>
        <message>
            <source>folder for the dispatch register</source>
            <translation>folder for the dispatch register</translation>
        </message>
        <message>
            <source>&amp;Browse…</source>
            <translation>&amp;Browse…</translation>
        </message>
        <message>
            <source>Dispatch register (PDF and CSV) &amp;goes to:</source>
            <translation>Dispatch register (PDF and CSV) &amp;goes to:</translation>
        </message>
        <message>
            <source>progress</source>
            <translation>progress</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>outcome</translation>
        </message>
        <message>
            <source>&amp;Issue and print…</source>
            <translation>&amp;Issue and print…</translation>
        </message>
        <message>
            <source>Print issued &amp;letters…</source>
            <translation>Print issued &amp;letters…</translation>
        </message>
        <message>
            <source>Folder for the dispatch register</source>
            <translation>Folder for the dispatch register</translation>
        </message>
        <message>
            <source>&amp;Issue</source>
            <translation>&amp;Issue</translation>
        </message>
        <message>
            <source>Choose a folder for the dispatch register.</source>
            <translation>Choose a folder for the dispatch register.</translation>
        </message>
        <message>
            <source>Print the letters</source>
            <translation>Print the letters</translation>
        </message>
        <message>
            <source>Issuing letters: {done} of {total} cases</source>
            <translation>Issuing letters: {done} of {total} cases</translation>
        </message>
        <message>
            <source>it could not be written to {folder} ({error}); make it again from Issued letters with “Dispatch register”</source>
            <translation>it could not be written to {folder} ({error}); make it again from Issued letters with “Dispatch register”</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <source>Printing: {done} of {total} sets of letters</source>
            <translation>Printing: {done} of {total} sets of letters</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Close</translation>
        </message>
        <message>
            <source>Print the issued letters</source>
            <translation>Print the issued letters</translation>
        </message>
        <message>
            <source>Printing on {printer}</source>
            <translation>Printing on {printer}</translation>
        </message>
        <message>
            <source>Stopping after the current case…</source>
            <translation>Stopping after the current case…</translation>
        </message>
    </context>
    <context>
        <name>BoardPanel</name>
        <message>
            <source>Due this week or overdue</source>
            <translation>Due this week or overdue</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due within 7 days or overdue</source>
            <translation>Due within 7 days or overdue</translation>
        </message>
        <message>
            <source>Due within 30 days or overdue</source>
            <translation>Due within 30 days or overdue</translation>
        </message>
        <message>
            <source>Everything running</source>
            <translation>Everything running</translation>
        </message>
        <message>
            <source>list</source>
            <translation>list</translation>
        </message>
        <message>
            <source>All lists</source>
            <translation>All lists</translation>
        </message>
        <message>
            <source>due</source>
            <translation>due</translation>
        </message>
        <message>
            <source>case or permit number filter</source>
            <translation>case or permit number filter</translation>
        </message>
        <message>
            <source>Case or permit number starts with…</source>
            <translation>Case or permit number starts with…</translation>
        </message>
        <message>
            <source>counts</source>
            <translation>counts</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>&amp;Open case</source>
            <translation>&amp;Open case</translation>
        </message>
        <message>
            <source>E&amp;xport CSV…</source>
            <translation>E&amp;xport CSV…</translation>
        </message>
        <message>
            <source>Export &amp;Excel…</source>
            <translation>Export &amp;Excel…</translation>
        </message>
        <message>
            <source>Save the rows shown to an Excel workbook</source>
            <translation>Save the rows shown to an Excel workbook</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>Save P&amp;DF…</source>
            <translation>Save P&amp;DF…</translation>
        </message>
        <message>
            <source>rows shown</source>
            <translation>rows shown</translation>
        </message>
        <message>
            <source>&amp;List:</source>
            <translation>&amp;List:</translation>
        </message>
        <message>
            <source>D&amp;ue:</source>
            <translation>D&amp;ue:</translation>
        </message>
        <message>
            <source>{list}, {due}, case or permit starting {start}</source>
            <translation>{list}, {due}, case or permit starting {start}</translation>
        </message>
        <message>
            <source>{list}, {due}</source>
            <translation>{list}, {due}</translation>
        </message>
        <message>
            <source>1 row shown</source>
            <translation>1 row shown</translation>
        </message>
        <message>
            <source>{count} rows shown</source>
            <translation>{count} rows shown</translation>
        </message>
        <message>
            <source>Export the deadline board</source>
            <translation>Export the deadline board</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>1 row exported to {file}</source>
            <translation>1 row exported to {file}</translation>
        </message>
        <message>
            <source>{count} rows exported to {file}</source>
            <translation>{count} rows exported to {file}</translation>
        </message>
        <message>
            <source>Deadline board</source>
            <translation>Deadline board</translation>
        </message>
        <message>
            <source>Save the deadline board as PDF</source>
            <translation>Save the deadline board as PDF</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>The folder {folder} does not exist.</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Saved {file}</translation>
        </message>
        <message>
            <source>{count} overdue</source>
            <translation>{count} overdue</translation>
        </message>
        <message>
            <source>&lt;b&gt;{list}&lt;/b&gt;: {overdue}, {soon} this week, {later} later</source>
            <translation>&lt;b&gt;{list}&lt;/b&gt;: {overdue}, {soon} this week, {later} later</translation>
        </message>
        <message>
            <source>&lt;b&gt;Suspended&lt;/b&gt; by a pending appeal: {count}</source>
            <translation>&lt;b&gt;Suspended&lt;/b&gt; by a pending appeal: {count}</translation>
        </message>
    </context>
    <context>
        <name>CaseDialog</name>
        <message>
            <source>&amp;Record appeal</source>
            <translation>&amp;Record appeal</translation>
        </message>
        <message>
            <source>&lt;b&gt;{case}&lt;/b&gt; · {name} · permit {permit} · {state}</source>
            <translation>&lt;b&gt;{case}&lt;/b&gt; · {name} · permit {permit} · {state}</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
        <message>
            <source>&amp;Record departure</source>
            <translation>&amp;Record departure</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
        <message>
            <source>The appeal lodged with {court} on {day}.</source>
            <translation>The appeal lodged with {court} on {day}.</translation>
        </message>
        <message>
            <source>&amp;Record outcome</source>
            <translation>&amp;Record outcome</translation>
        </message>
        <message>
            <source>&amp;Reopen</source>
            <translation>&amp;Reopen</translation>
        </message>
    </context>
    <context>
        <name>CasePanel</name>
        <message>
            <source>case or permit number</source>
            <translation>case or permit number</translation>
        </message>
        <message>
            <source>Case or permit number, e.g. PR24-000123</source>
            <translation>Case or permit number, e.g. PR24-000123</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>Appeals of the case</source>
            <translation>Appeals of the case</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>departure</translation>
        </message>
        <message>
            <source>Record &amp;appeal…</source>
            <translation>Record &amp;appeal…</translation>
        </message>
        <message>
            <source>&amp;Hearing or document…</source>
            <translation>&amp;Hearing or document…</translation>
        </message>
        <message>
            <source>Ou&amp;tcome…</source>
            <translation>Ou&amp;tcome…</translation>
        </message>
        <message>
            <source>Confirm &amp;final…</source>
            <translation>Confirm &amp;final…</translation>
        </message>
        <message>
            <source>Record &amp;departure…</source>
            <translation>Record &amp;departure…</translation>
        </message>
        <message>
            <source>Card &amp;returned</source>
            <translation>Card &amp;returned</translation>
        </message>
        <message>
            <source>R&amp;eopen…</source>
            <translation>R&amp;eopen…</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Appeals</translation>
        </message>
        <message>
            <source>History</source>
            <translation>History</translation>
        </message>
        <message>
            <source>&lt;b&gt;{case}&lt;/b&gt; · {name} · permit {permit} ({status})</source>
            <translation>&lt;b&gt;{case}&lt;/b&gt; · {name} · permit {permit} ({status})</translation>
        </message>
        <message>
            <source>State: &lt;b&gt;{state}&lt;/b&gt;</source>
            <translation>State: &lt;b&gt;{state}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Served {day} ({method}); last day to appeal &lt;b&gt;{appeal}&lt;/b&gt;; must leave by &lt;b&gt;{departure}&lt;/b&gt;</source>
            <translation>Served {day} ({method}); last day to appeal &lt;b&gt;{appeal}&lt;/b&gt;; must leave by &lt;b&gt;{departure}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Not served yet.</source>
            <translation>Not served yet.</translation>
        </message>
        <message>
            <source>No departure recorded.</source>
            <translation>No departure recorded.</translation>
        </message>
        <message>
            <source>the permit card was returned</source>
            <translation>the permit card was returned</translation>
        </message>
        <message>
            <source>card not returned</source>
            <translation>card not returned</translation>
        </message>
        <message>
            <source>Departed {day} (known from: {evidence}){note}; {card}.</source>
            <translation>Departed {day} (known from: {evidence}){note}; {card}.</translation>
        </message>
        <message>
            <source>Confirm the revocation as final</source>
            <translation>Confirm the revocation as final</translation>
        </message>
        <message>
            <source>Confirm that the revocation of case {case} is final? Your name is recorded with the confirmation.</source>
            <translation>Confirm that the revocation of case {case} is final? Your name is recorded with the confirmation.</translation>
        </message>
        <message>
            <source>Confirm as &amp;final</source>
            <translation>Confirm as &amp;final</translation>
        </message>
        <message>
            <source>Permit card returned</source>
            <translation>Permit card returned</translation>
        </message>
        <message>
            <source>Record that the permit card of case {case} came back today?</source>
            <translation>Record that the permit card of case {case} came back today?</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
    </context>
    <context>
        <name>CorrectionDialog</name>
        <message>
            <source>Correct a letter</source>
            <translation>Correct a letter</translation>
        </message>
        <message>
            <source>A correction is a new letter with its own registration number, written from the case as it is now. It replaces {number}, which stays on file exactly as it was issued. Correct the case data first if the error is in the data.</source>
            <translation>A correction is a new letter with its own registration number, written from the case as it is now. It replaces {number}, which stays on file exactly as it was issued. Correct the case data first if the error is in the data.</translation>
        </message>
        <message>
            <source>reason for the correction</source>
            <translation>reason for the correction</translation>
        </message>
        <message>
            <source>What was wrong, e.g. the address had a wrong house number</source>
            <translation>What was wrong, e.g. the address had a wrong house number</translation>
        </message>
        <message>
            <source>&amp;Issue correction</source>
            <translation>&amp;Issue correction</translation>
        </message>
        <message>
            <source>&amp;Reason (kept in the case history and the audit log):</source>
            <translation>&amp;Reason (kept in the case history and the audit log):</translation>
        </message>
    </context>
    <context>
        <name>DeadlineBoard</name>
        <message>
            <source>No printer is set up on this computer. Save the board as a PDF instead, or ask the IT service desk to set up a printer.</source>
            <translation>No printer is set up on this computer. Save the board as a PDF instead, or ask the IT service desk to set up a printer.</translation>
        </message>
        <message>
            <source>{list}: {overdue} overdue, {soon} this week, {later} later</source>
            <translation>{list}: {overdue} overdue, {soon} this week, {later} later</translation>
        </message>
        <message>
            <source>{filter} — 1 row.</source>
            <translation>{filter} — 1 row.</translation>
        </message>
        <message>
            <source>{filter} — {count} rows.</source>
            <translation>{filter} — {count} rows.</translation>
        </message>
        <message>
            <source>Deadline board, {day}</source>
            <translation>Deadline board, {day}</translation>
        </message>
        <message>
            <source>Departure deadlines suspended by a pending appeal: {suspended}; revocations to confirm as final: {final}.</source>
            <translation>Departure deadlines suspended by a pending appeal: {suspended}; revocations to confirm as final: {final}.</translation>
        </message>
        <message>
            <source>No deadlines match.</source>
            <translation>No deadlines match.</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No printer</translation>
        </message>
        <message>
            <source>Print the deadline board</source>
            <translation>Print the deadline board</translation>
        </message>
    </context>
    <context>
        <name>Deadlines</name>
        <message>
            <source>Appeal window</source>
            <translation>Appeal window</translation>
        </message>
        <message>
            <source>Departure</source>
            <translation>Departure</translation>
        </message>
        <message>
            <source>Information request</source>
            <translation>Information request</translation>
        </message>
        <message>
            <source>Letter not served</source>
            <translation>Letter not served</translation>
        </message>
        <message>
            <source>Appeal windows</source>
            <translation>Appeal windows</translation>
        </message>
        <message>
            <source>Departures</source>
            <translation>Departures</translation>
        </message>
        <message>
            <source>Information requests</source>
            <translation>Information requests</translation>
        </message>
        <message>
            <source>Letters not served</source>
            <translation>Letters not served</translation>
        </message>
        <message>
            <source>{days} overdue</source>
            <translation>{days} overdue</translation>
        </message>
        <message>
            <source>today</source>
            <translation>today</translation>
        </message>
        <message>
            <source>appeal dismissed by {court} on {day}; onward appeal possible</source>
            <translation>appeal dismissed by {court} on {day}; onward appeal possible</translation>
        </message>
        <message>
            <source>served {day}; no appeal recorded</source>
            <translation>served {day}; no appeal recorded</translation>
        </message>
        <message>
            <source>served {day}; under appeal (not suspensive)</source>
            <translation>served {day}; under appeal (not suspensive)</translation>
        </message>
        <message>
            <source>served {day}</source>
            <translation>served {day}</translation>
        </message>
        <message>
            <source>asked {whom} on {day}</source>
            <translation>asked {whom} on {day}</translation>
        </message>
        <message>
            <source>dispatched {day}, registered mail {tracking}</source>
            <translation>dispatched {day}, registered mail {tracking}</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Days left</translation>
        </message>
        <message>
            <source>List</source>
            <translation>List</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Permit</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Detail</source>
            <translation>Detail</translation>
        </message>
        <message>
            <source>{list} of case {case}: {detail}</source>
            <translation>{list} of case {case}: {detail}</translation>
        </message>
        <message>
            <source>Appeal dismissed by {court} on {day}</source>
            <translation>Appeal dismissed by {court} on {day}</translation>
        </message>
        <message>
            <source>No appeal by {day}</source>
            <translation>No appeal by {day}</translation>
        </message>
        <message>
            <source>Why final</source>
            <translation>Why final</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Served</translation>
        </message>
        <message>
            <source>Days since</source>
            <translation>Days since</translation>
        </message>
        <message>
            <source>late</source>
            <translation>late</translation>
        </message>
        <message>
            <source>suspensive</source>
            <translation>suspensive</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Court</translation>
        </message>
        <message>
            <source>Court case no.</source>
            <translation>Court case no.</translation>
        </message>
        <message>
            <source>Lodged</source>
            <translation>Lodged</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Flags</translation>
        </message>
        <message>
            <source>Hearings</source>
            <translation>Hearings</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
    </context>
    <context>
        <name>DeadlinesView</name>
        <message>
            <source>what needs attention today</source>
            <translation>what needs attention today</translation>
        </message>
        <message>
            <source>Counting what needs attention…</source>
            <translation>Counting what needs attention…</translation>
        </message>
        <message>
            <source>&amp;Board</source>
            <translation>&amp;Board</translation>
        </message>
        <message>
            <source>&amp;Revocation final</source>
            <translation>&amp;Revocation final</translation>
        </message>
        <message>
            <source>C&amp;ase</source>
            <translation>C&amp;ase</translation>
        </message>
        <message>
            <source>&amp;Revocation final ({count})</source>
            <translation>&amp;Revocation final ({count})</translation>
        </message>
    </context>
    <context>
        <name>DepartureDialog</name>
        <message>
            <source>Border crossing record</source>
            <translation>Border crossing record</translation>
        </message>
        <message>
            <source>The person's own statement</source>
            <translation>The person's own statement</translation>
        </message>
        <message>
            <source>Other (see note)</source>
            <translation>Other (see note)</translation>
        </message>
        <message>
            <source>Record the departure</source>
            <translation>Record the departure</translation>
        </message>
        <message>
            <source>The case closes as departed; the permit stays revoked.</source>
            <translation>The case closes as departed; the permit stays revoked.</translation>
        </message>
        <message>
            <source>date of departure</source>
            <translation>date of departure</translation>
        </message>
        <message>
            <source>how the departure is known</source>
            <translation>how the departure is known</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>e.g. the checkpoint; required with “Other”</source>
            <translation>e.g. the checkpoint; required with “Other”</translation>
        </message>
        <message>
            <source>The permit card was returned</source>
            <translation>The permit card was returned</translation>
        </message>
        <message>
            <source>Date of &amp;departure:</source>
            <translation>Date of &amp;departure:</translation>
        </message>
        <message>
            <source>&amp;Known from:</source>
            <translation>&amp;Known from:</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Note:</translation>
        </message>
    </context>
    <context>
        <name>DispatchDialog</name>
        <message>
            <source>Record dispatch</source>
            <translation>Record dispatch</translation>
        </message>
        <message>
            <source>date sent</source>
            <translation>date sent</translation>
        </message>
        <message>
            <source>registered-mail number</source>
            <translation>registered-mail number</translation>
        </message>
        <message>
            <source>e.g. RR123456789LT</source>
            <translation>e.g. RR123456789LT</translation>
        </message>
        <message>
            <source>&amp;Date sent:</source>
            <translation>&amp;Date sent:</translation>
        </message>
        <message>
            <source>Registered-&amp;mail number:</source>
            <translation>Registered-&amp;mail number:</translation>
        </message>
        <message>
            <source>&amp;Record dispatch</source>
            <translation>&amp;Record dispatch</translation>
        </message>
        <message>
            <source>The case's current letters go in one envelope: the decision and the appeal-rights notice (and any correction) are recorded as sent together.</source>
            <translation>The case's current letters go in one envelope: the decision and the appeal-rights notice (and any correction) are recorded as sent together.</translation>
        </message>
    </context>
    <context>
        <name>FinalityReview</name>
        <message>
            <source>These revocations can now become final: the appeal period ended with no appeal recorded, or the appeal was dismissed and no onward appeal is possible any more. Check that no appeal has arrived, then confirm. Your name is recorded with each confirmation; nothing is confirmed without you.</source>
            <translation>These revocations can now become final: the appeal period ended with no appeal recorded, or the appeal was dismissed and no onward appeal is possible any more. Check that no appeal has arrived, then confirm. Your name is recorded with each confirmation; nothing is confirmed without you.</translation>
        </message>
        <message>
            <source>Revocations to confirm as final</source>
            <translation>Revocations to confirm as final</translation>
        </message>
        <message>
            <source>&amp;Confirm selected as final…</source>
            <translation>&amp;Confirm selected as final…</translation>
        </message>
        <message>
            <source>Confirm &amp;all listed…</source>
            <translation>Confirm &amp;all listed…</translation>
        </message>
        <message>
            <source>revocations to confirm</source>
            <translation>revocations to confirm</translation>
        </message>
        <message>
            <source>Nothing to confirm.</source>
            <translation>Nothing to confirm.</translation>
        </message>
        <message>
            <source>1 revocation to confirm</source>
            <translation>1 revocation to confirm</translation>
        </message>
        <message>
            <source>{count} revocations to confirm</source>
            <translation>{count} revocations to confirm</translation>
        </message>
        <message>
            <source>every revocation listed</source>
            <translation>every revocation listed</translation>
        </message>
        <message>
            <source>{cases} and {count} more</source>
            <translation>{cases} and {count} more</translation>
        </message>
        <message>
            <source>Confirm that the revocation is final for 1 case ({which})?</source>
            <translation>Confirm that the revocation is final for 1 case ({which})?</translation>
        </message>
        <message>
            <source>Confirm that the revocation is final for {count} cases ({which})?</source>
            <translation>Confirm that the revocation is final for {count} cases ({which})?</translation>
        </message>
        <message>
            <source>Each confirmation is recorded under your name.</source>
            <translation>Each confirmation is recorded under your name.</translation>
        </message>
        <message>
            <source>Confirm final revocations</source>
            <translation>Confirm final revocations</translation>
        </message>
        <message>
            <source>Confirm as &amp;final</source>
            <translation>Confirm as &amp;final</translation>
        </message>
    </context>
    <context>
        <name>LetterPreview</name>
        <message>
            <source>Letter preview</source>
            <translation>Letter preview</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Fit width</translation>
        </message>
        <message>
            <source>Show the page as wide as the pane</source>
            <translation>Show the page as wide as the pane</translation>
        </message>
        <message>
            <source>Whole page</source>
            <translation>Whole page</translation>
        </message>
        <message>
            <source>Show a whole page at a time</source>
            <translation>Show a whole page at a time</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom out</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom in</translation>
        </message>
        <message>
            <source>Letter pages</source>
            <translation>Letter pages</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <source>Letter {number}</source>
            <translation>Letter {number}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; · {kind} · case {case}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {kind} · case {case}</translation>
        </message>
        <message>
            <source>Select a letter to see it here.</source>
            <translation>Select a letter to see it here.</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Page {page} of {count}</translation>
        </message>
    </context>
    <context>
        <name>LetterPrinting</name>
        <message>
            <source>dispatch register</source>
            <translation>dispatch register</translation>
        </message>
        <message>
            <source>No printer is set up on this computer, so nothing can be printed now. Issued letters stay issued: save them as PDF, or print them later from Issued letters once a printer is set up (ask the IT service desk).</source>
            <translation>No printer is set up on this computer, so nothing can be printed now. Issued letters stay issued: save them as PDF, or print them later from Issued letters once a printer is set up (ask the IT service desk).</translation>
        </message>
        <message>
            <source>No printer</source>
            <translation>No printer</translation>
        </message>
        <message>
            <source>the PDF file {name}</source>
            <translation>the PDF file {name}</translation>
        </message>
        <message>
            <source>1 copy</source>
            <translation>1 copy</translation>
        </message>
        <message>
            <source>{count} copies</source>
            <translation>{count} copies</translation>
        </message>
        <message>
            <source>two-sided</source>
            <translation>two-sided</translation>
        </message>
        <message>
            <source>one-sided</source>
            <translation>one-sided</translation>
        </message>
        <message>
            <source>{printer}, {copies}, {sides}</source>
            <translation>{printer}, {copies}, {sides}</translation>
        </message>
        <message>
            <source>The printer {printer} did not accept the job; check that it is switched on and set up, then print again.</source>
            <translation>The printer {printer} did not accept the job; check that it is switched on and set up, then print again.</translation>
        </message>
        <message>
            <source>The printer {printer} stopped the job.</source>
            <translation>The printer {printer} stopped the job.</translation>
        </message>
        <message>
            <source>The job could not be sent to {printer}.</source>
            <translation>The job could not be sent to {printer}.</translation>
        </message>
    </context>
    <context>
        <name>Letters</name>
        <message>
            <source>Dispatch registers</source>
            <translation>Dispatch registers</translation>
        </message>
        <message>
            <source>&lt;b&gt;{number}&lt;/b&gt; · {kind} · case {case}&lt;br&gt;to {addressee}</source>
            <translation>&lt;b&gt;{number}&lt;/b&gt; · {kind} · case {case}&lt;br&gt;to {addressee}</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Appeal-rights notice</source>
            <translation>Appeal-rights notice</translation>
        </message>
        <message>
            <source>Lithuanian</source>
            <translation>Lithuanian</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>registered mail</source>
            <translation>registered mail</translation>
        </message>
        <message>
            <source>in person</source>
            <translation>in person</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>Registered mail</source>
            <translation>Registered mail</translation>
        </message>
        <message>
            <source>In person</source>
            <translation>In person</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Other</translation>
        </message>
        <message>
            <source>under appeal</source>
            <translation>under appeal</translation>
        </message>
        <message>
            <source>appeal dismissed</source>
            <translation>appeal dismissed</translation>
        </message>
        <message>
            <source>final</source>
            <translation>final</translation>
        </message>
        <message>
            <source>1 case</source>
            <translation>1 case</translation>
        </message>
        <message>
            <source>{count} cases</source>
            <translation>{count} cases</translation>
        </message>
        <message>
            <source>1 letter</source>
            <translation>1 letter</translation>
        </message>
        <message>
            <source>{count} letters</source>
            <translation>{count} letters</translation>
        </message>
        <message>
            <source>1 page</source>
            <translation>1 page</translation>
        </message>
        <message>
            <source>{count} pages</source>
            <translation>{count} pages</translation>
        </message>
        <message>
            <source>1 envelope</source>
            <translation>1 envelope</translation>
        </message>
        <message>
            <source>{count} envelopes</source>
            <translation>{count} envelopes</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} to {last}</translation>
        </message>
        <message>
            <source>Replaced by {number}</source>
            <translation>Replaced by {number}</translation>
        </message>
        <message>
            <source>Served {day} ({method})</source>
            <translation>Served {day} ({method})</translation>
        </message>
        <message>
            <source>{served}, {state}</source>
            <translation>{served}, {state}</translation>
        </message>
        <message>
            <source>Dispatched {day}, {tracking}</source>
            <translation>Dispatched {day}, {tracking}</translation>
        </message>
        <message>
            <source>Dispatched {day}</source>
            <translation>Dispatched {day}</translation>
        </message>
        <message>
            <source>Not dispatched</source>
            <translation>Not dispatched</translation>
        </message>
        <message>
            <source>Corrects {number}: {reason}</source>
            <translation>Corrects {number}: {reason}</translation>
        </message>
        <message>
            <source>{addressee}; translation: {language}</source>
            <translation>{addressee}; translation: {language}</translation>
        </message>
        <message>
            <source>Issued {day}, {pages}. {state}</source>
            <translation>Issued {day}, {pages}. {state}</translation>
        </message>
        <message>
            <source>changed here</source>
            <translation>changed here</translation>
        </message>
        <message>
            <source>as shipped</source>
            <translation>as shipped</translation>
        </message>
        <message>
            <source>problem</source>
            <translation>problem</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>ok</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Permit</source>
            <translation>Permit</translation>
        </message>
        <message>
            <source>Addressee</source>
            <translation>Addressee</translation>
        </message>
        <message>
            <source>Translation</source>
            <translation>Translation</translation>
        </message>
        <message>
            <source>Approved</source>
            <translation>Approved</translation>
        </message>
        <message>
            <source>Registration no.</source>
            <translation>Registration no.</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Check</translation>
        </message>
        <message>
            <source>{name} cannot be shown: its PDF does not open ({error}).</source>
            <translation>{name} cannot be shown: its PDF does not open ({error}).</translation>
        </message>
    </context>
    <context>
        <name>LettersView</name>
        <message>
            <source>To issue</source>
            <translation>To issue</translation>
        </message>
        <message>
            <source>Issued letters</source>
            <translation>Issued letters</translation>
        </message>
        <message>
            <source>last action</source>
            <translation>last action</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Letters&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Letters&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>{action} ({shortcut})</source>
            <translation>{action} ({shortcut})</translation>
        </message>
        <message>
            <source>Approved revocations without letters</source>
            <translation>Approved revocations without letters</translation>
        </message>
        <message>
            <source>&amp;Issue and print…</source>
            <translation>&amp;Issue and print…</translation>
        </message>
        <message>
            <source>Select &amp;all</source>
            <translation>Select &amp;all</translation>
        </message>
        <message>
            <source>Approved revocations whose letters are not issued yet, oldest approval first. Select the cases to send (Shift or Ctrl to select many) and issue their letters: the decision and the appeal-rights notice for each.</source>
            <translation>Approved revocations whose letters are not issued yet, oldest approval first. Select the cases to send (Shift or Ctrl to select many) and issue their letters: the decision and the appeal-rights notice for each.</translation>
        </message>
        <message>
            <source>find letters</source>
            <translation>find letters</translation>
        </message>
        <message>
            <source>Find by registration number, case number or name</source>
            <translation>Find by registration number, case number or name</translation>
        </message>
        <message>
            <source>Also served and &amp;replaced letters</source>
            <translation>Also served and &amp;replaced letters</translation>
        </message>
        <message>
            <source>&amp;Print…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <source>&amp;Save PDF…</source>
            <translation>&amp;Save PDF…</translation>
        </message>
        <message>
            <source>Dispatch re&amp;gister…</source>
            <translation>Dispatch re&amp;gister…</translation>
        </message>
        <message>
            <source>Record &amp;dispatch…</source>
            <translation>Record &amp;dispatch…</translation>
        </message>
        <message>
            <source>Record s&amp;ervice…</source>
            <translation>Record s&amp;ervice…</translation>
        </message>
        <message>
            <source>&amp;Correct…</source>
            <translation>&amp;Correct…</translation>
        </message>
        <message>
            <source>the issued letters</source>
            <translation>the issued letters</translation>
        </message>
        <message>
            <source>To issue ({count})</source>
            <translation>To issue ({count})</translation>
        </message>
        <message>
            <source>Issued letters ({count})</source>
            <translation>Issued letters ({count})</translation>
        </message>
        <message>
            <source>{count} of {total} selected</source>
            <translation>{count} of {total} selected</translation>
        </message>
        <message>
            <source>Nothing to issue</source>
            <translation>Nothing to issue</translation>
        </message>
        <message>
            <source>Issued {letters}, {span}.</source>
            <translation>Issued {letters}, {span}.</translation>
        </message>
        <message>
            <source>Issued {number}.</source>
            <translation>Issued {number}.</translation>
        </message>
        <message>
            <source>Print the letter</source>
            <translation>Print the letter</translation>
        </message>
        <message>
            <source>Print {count} letters</source>
            <translation>Print {count} letters</translation>
        </message>
        <message>
            <source>Printing letters</source>
            <translation>Printing letters</translation>
        </message>
        <message>
            <source>Printed {letters} ({pages}) on {printer}.</source>
            <translation>Printed {letters} ({pages}) on {printer}.</translation>
        </message>
        <message>
            <source>Cancelled: {cases} not printed.</source>
            <translation>Cancelled: {cases} not printed.</translation>
        </message>
        <message>
            <source>Save letter {number}</source>
            <translation>Save letter {number}</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {number} as issued to {path}.</source>
            <translation>Saved {number} as issued to {path}.</translation>
        </message>
        <message>
            <source>Folder for the dispatch register</source>
            <translation>Folder for the dispatch register</translation>
        </message>
        <message>
            <source>Dispatch register of {envelopes} saved as {pdf} and {csv}.</source>
            <translation>Dispatch register of {envelopes} saved as {pdf} and {csv}.</translation>
        </message>
        <message>
            <source>Dispatch of case {case} recorded: {letters}.</source>
            <translation>Dispatch of case {case} recorded: {letters}.</translation>
        </message>
        <message>
            <source>Case {case} served on {served}: last day to appeal {appeal}, must leave by {departure}.</source>
            <translation>Case {case} served on {served}: last day to appeal {appeal}, must leave by {departure}.</translation>
        </message>
        <message>
            <source>Issued {new}, which replaces {old}. Print it and send it.</source>
            <translation>Issued {new}, which replaces {old}. Print it and send it.</translation>
        </message>
        <message>
            <source>{path} could not be written: {error}.</source>
            <translation>{path} could not be written: {error}.</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>&amp;Dismissed</source>
            <translation>&amp;Dismissed</translation>
        </message>
        <message>
            <source>The revocation stands. Once no onward appeal is possible, it is confirmed as final.</source>
            <translation>The revocation stands. Once no onward appeal is possible, it is confirmed as final.</translation>
        </message>
        <message>
            <source>&amp;Annulled</source>
            <translation>&amp;Annulled</translation>
        </message>
        <message>
            <source>The permit is valid again and the case closes as reinstated.</source>
            <translation>The permit is valid again and the case closes as reinstated.</translation>
        </message>
        <message>
            <source>Re&amp;mitted</source>
            <translation>Re&amp;mitted</translation>
        </message>
        <message>
            <source>The case goes back to assessment for a new decision; the earlier one is kept in the history, marked superseded.</source>
            <translation>The case goes back to assessment for a new decision; the earlier one is kept in the history, marked superseded.</translation>
        </message>
        <message>
            <source>Record the outcome of the appeal</source>
            <translation>Record the outcome of the appeal</translation>
        </message>
        <message>
            <source>date of the outcome</source>
            <translation>date of the outcome</translation>
        </message>
        <message>
            <source>Outcome:</source>
            <translation>Outcome:</translation>
        </message>
        <message>
            <source>Date of the &amp;judgment:</source>
            <translation>Date of the &amp;judgment:</translation>
        </message>
        <message>
            <source>choose the court's outcome</source>
            <translation>choose the court's outcome</translation>
        </message>
    </context>
    <context>
        <name>RecordAppealDialog</name>
        <message>
            <source>Record an onward appeal</source>
            <translation>Record an onward appeal</translation>
        </message>
        <message>
            <source>An onward appeal goes to the higher court after a dismissal.</source>
            <translation>An onward appeal goes to the higher court after a dismissal.</translation>
        </message>
        <message>
            <source>Record an appeal</source>
            <translation>Record an appeal</translation>
        </message>
        <message>
            <source>The first appeal goes to a chamber of the Regional Administrative Court.</source>
            <translation>The first appeal goes to a chamber of the Regional Administrative Court.</translation>
        </message>
        <message>
            <source>court</source>
            <translation>court</translation>
        </message>
        <message>
            <source>court address</source>
            <translation>court address</translation>
        </message>
        <message>
            <source>court case number</source>
            <translation>court case number</translation>
        </message>
        <message>
            <source>e.g. eI-1234-567/2026 (may be added later)</source>
            <translation>e.g. eI-1234-567/2026 (may be added later)</translation>
        </message>
        <message>
            <source>date lodged</source>
            <translation>date lodged</translation>
        </message>
        <message>
            <source>The appeal suspends the departure obligation</source>
            <translation>The appeal suspends the departure obligation</translation>
        </message>
        <message>
            <source>late appeal warning</source>
            <translation>late appeal warning</translation>
        </message>
        <message>
            <source>C&amp;ourt:</source>
            <translation>C&amp;ourt:</translation>
        </message>
        <message>
            <source>Address:</source>
            <translation>Address:</translation>
        </message>
        <message>
            <source>Court &amp;case number:</source>
            <translation>Court &amp;case number:</translation>
        </message>
        <message>
            <source>Date &amp;lodged:</source>
            <translation>Date &amp;lodged:</translation>
        </message>
        <message>
            <source>none (the judgment was final)</source>
            <translation>none (the judgment was final)</translation>
        </message>
        <message>
            <source>Last day to appeal:</source>
            <translation>Last day to appeal:</translation>
        </message>
        <message>
            <source>⚠ Lodged after the last day ({day}): the appeal is recorded and flagged as late.</source>
            <translation>⚠ Lodged after the last day ({day}): the appeal is recorded and flagged as late.</translation>
        </message>
    </context>
    <context>
        <name>ReopenDialog</name>
        <message>
            <source>Reopen case {case}</source>
            <translation>Reopen case {case}</translation>
        </message>
        <message>
            <source>The case goes back to assessment for a new decision. A decision that stood is kept in the history, marked superseded. Say why; the reason is kept with the case.</source>
            <translation>The case goes back to assessment for a new decision. A decision that stood is kept in the history, marked superseded. Say why; the reason is kept with the case.</translation>
        </message>
        <message>
            <source>reason</source>
            <translation>reason</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Reason:</translation>
        </message>
    </context>
    <context>
        <name>ServiceDialog</name>
        <message>
            <source>{weekday} {day}</source>
            <translation>{weekday} {day}</translation>
        </message>
        <message>
            <source>Record service</source>
            <translation>Record service</translation>
        </message>
        <message>
            <source>date served</source>
            <translation>date served</translation>
        </message>
        <message>
            <source>method of service</source>
            <translation>method of service</translation>
        </message>
        <message>
            <source>last day to appeal</source>
            <translation>last day to appeal</translation>
        </message>
        <message>
            <source>departure deadline</source>
            <translation>departure deadline</translation>
        </message>
        <message>
            <source>&amp;Date served:</source>
            <translation>&amp;Date served:</translation>
        </message>
        <message>
            <source>&amp;Method:</source>
            <translation>&amp;Method:</translation>
        </message>
        <message>
            <source>Last day to appeal:</source>
            <translation>Last day to appeal:</translation>
        </message>
        <message>
            <source>Must leave by:</source>
            <translation>Must leave by:</translation>
        </message>
        <message>
            <source>&amp;Record service</source>
            <translation>&amp;Record service</translation>
        </message>
        <message>
            <source>Service starts the appeal and departure periods. A last day on a weekend, a public holiday or a day the department has marked as non-working moves to the next working day. The case then counts as served.</source>
            <translation>Service starts the appeal and departure periods. A last day on a weekend, a public holiday or a day the department has marked as non-working moves to the next working day. The case then counts as served.</translation>
        </message>
    </context>
    <context>
        <name>TemplatesView</name>
        <message>
            <source>Letter templates</source>
            <translation>Letter templates</translation>
        </message>
        <message>
            <source>template text</source>
            <translation>template text</translation>
        </message>
        <message>
            <source>check result</source>
            <translation>check result</translation>
        </message>
        <message>
            <source>&amp;Check</source>
            <translation>&amp;Check</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>R&amp;evert</source>
            <translation>R&amp;evert</translation>
        </message>
        <message>
            <source>Back to the shipped &amp;text</source>
            <translation>Back to the shipped &amp;text</translation>
        </message>
        <message>
            <source>&lt;h2&gt;Letter templates&lt;/h2&gt;</source>
            <translation>&lt;h2&gt;Letter templates&lt;/h2&gt;</translation>
        </message>
        <message>
            <source>Each letter is written from the Lithuanian template followed by the translation's. Text is JSON; $name puts in a value (write $$ for a dollar sign). A template is checked before it is saved, and every letter records the version of the templates it was made from.</source>
            <translation>Each letter is written from the Lithuanian template followed by the translation's. Text is JSON; $name puts in a value (write $$ for a dollar sign). A template is checked before it is saved, and every letter records the version of the templates it was made from.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{document}, {language}&lt;/b&gt; · version {version} · changed here (the shipped text is kept)</source>
            <translation>&lt;b&gt;{document}, {language}&lt;/b&gt; · version {version} · changed here (the shipped text is kept)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{document}, {language}&lt;/b&gt; · version {version} · as shipped</source>
            <translation>&lt;b&gt;{document}, {language}&lt;/b&gt; · version {version} · as shipped</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>The template you are editing has changes that are not saved. Discard them?</source>
            <translation>The template you are editing has changes that are not saved. Discard them?</translation>
        </message>
        <message>
            <source>✓ The template is complete and every placeholder is known.</source>
            <translation>✓ The template is complete and every placeholder is known.</translation>
        </message>
        <message>
            <source>Saved as version {version}. Letters issued from now on use it; letters already issued do not change.</source>
            <translation>Saved as version {version}. Letters issued from now on use it; letters already issued do not change.</translation>
        </message>
        <message>
            <source>Back to the shipped text</source>
            <translation>Back to the shipped text</translation>
        </message>
        <message>
            <source>Drop the changes made here to this template and use the shipped text again?</source>
            <translation>Drop the changes made here to this template and use the shipped text again?</translation>
        </message>
        <message>
            <source>&lt;b&gt;Not saved:&lt;/b&gt; {problem}</source>
            <translation>&lt;b&gt;Not saved:&lt;/b&gt; {problem}</translation>
        </message>
    </context>
    <context>
        <name>ViewSpec</name>
        <message>
            <source>Letters</source>
            <translation>Letters</translation>
        </message>
        <message>
            <source>Issue and print letters, record dispatch and service</source>
            <translation>Issue and print letters, record dispatch and service</translation>
        </message>
        <message>
            <source>Letter templates</source>
            <translation>Letter templates</translation>
        </message>
        <message>
            <source>Edit and check the wording of the letters</source>
            <translation>Edit and check the wording of the letters</translation>
        </message>
        <message>
            <source>Deadlines</source>
            <translation>Deadlines</translation>
        </message>
        <message>
            <source>Appeal windows, departures, overdue requests, letters not served; revocations to confirm as final; appeals and departures of a case</source>
            <translation>Appeal windows, departures, overdue requests, letters not served; revocations to confirm as final; appeals and departures of a case</translation>
        </message>
    </context>
</TS>
