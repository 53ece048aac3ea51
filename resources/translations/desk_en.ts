<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddItemDialog</name>
        <message>
            <source>Add information to case {number}</source>
            <translation>Add information to case {number}</translation>
        </message>
        <message>
            <source>Add information</source>
            <translation>Add information</translation>
        </message>
        <message>
            <source>source</source>
            <translation>source</translation>
        </message>
        <message>
            <source>e.g. State Security Department, press, the person</source>
            <translation>e.g. State Security Department, press, the person</translation>
        </message>
        <message>
            <source>date received</source>
            <translation>date received</translation>
        </message>
        <message>
            <source>classification</source>
            <translation>classification</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Restricted (never printed, never shown to clerks)</source>
            <translation>Restricted (never printed, never shown to clerks)</translation>
        </message>
        <message>
            <source>title</source>
            <translation>title</translation>
        </message>
        <message>
            <source>content</source>
            <translation>content</translation>
        </message>
        <message>
            <source>&amp;Source:</source>
            <translation>&amp;Source:</translation>
        </message>
        <message>
            <source>&amp;Date received:</source>
            <translation>&amp;Date received:</translation>
        </message>
        <message>
            <source>&amp;Classification:</source>
            <translation>&amp;Classification:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Title:</translation>
        </message>
        <message>
            <source>C&amp;ontent:</source>
            <translation>C&amp;ontent:</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Add</translation>
        </message>
    </context>
    <context>
        <name>AnswersModel</name>
        <message>
            <source>Other answers</source>
            <translation>Other answers</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Question</translation>
        </message>
        <message>
            <source>Answer</source>
            <translation>Answer</translation>
        </message>
        <message>
            <source>⚑ {count} need attention</source>
            <translation>⚑ {count} need attention</translation>
        </message>
        <message>
            <source>{answer} (needs attention)</source>
            <translation>{answer} (needs attention)</translation>
        </message>
        <message>
            <source>The questionnaire marks this answer as needing attention.</source>
            <translation>The questionnaire marks this answer as needing attention.</translation>
        </message>
        <message>
            <source>Tick it when the decision relies on it (Space).</source>
            <translation>Tick it when the decision relies on it (Space).</translation>
        </message>
    </context>
    <context>
        <name>AnswersPanel</name>
        <message>
            <source>Questionnaire answers</source>
            <translation>Questionnaire answers</translation>
        </message>
        <message>
            <source>answers summary</source>
            <translation>answers summary</translation>
        </message>
        <message>
            <source>Only those needin&amp;g attention</source>
            <translation>Only those needin&amp;g attention</translation>
        </message>
        <message>
            <source>No questionnaire response has been received.</source>
            <translation>No questionnaire response has been received.</translation>
        </message>
        <message>
            <source>{count} answers</source>
            <translation>{count} answers</translation>
        </message>
        <message>
            <source>1 answer</source>
            <translation>1 answer</translation>
        </message>
        <message>
            <source>⚑ {count} need attention</source>
            <translation>⚑ {count} need attention</translation>
        </message>
        <message>
            <source>none marked as needing attention</source>
            <translation>none marked as needing attention</translation>
        </message>
        <message>
            <source>{count} relied on</source>
            <translation>{count} relied on</translation>
        </message>
    </context>
    <context>
        <name>AssignDialog</name>
        <message>
            <source>Assign cases</source>
            <translation>Assign cases</translation>
        </message>
        <message>
            <source>Assign cases to an officer</source>
            <translation>Assign cases to an officer</translation>
        </message>
        <message>
            <source>Give the {count} selected cases to:</source>
            <translation>Give the {count} selected cases to:</translation>
        </message>
        <message>
            <source>Give the selected case to:</source>
            <translation>Give the selected case to:</translation>
        </message>
        <message>
            <source>Officers and their open cases</source>
            <translation>Officers and their open cases</translation>
        </message>
        <message>
            <source>{count} open cases</source>
            <translation>{count} open cases</translation>
        </message>
        <message>
            <source>1 open case</source>
            <translation>1 open case</translation>
        </message>
        <message>
            <source>, {count} awaiting sign-off</source>
            <translation>, {count} awaiting sign-off</translation>
        </message>
        <message>
            <source>&amp;Assign</source>
            <translation>&amp;Assign</translation>
        </message>
    </context>
    <context>
        <name>AuditEventsModel</name>
        <message>
            <source>No.</source>
            <translation>No.</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>Time</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>Record</source>
            <translation>Record</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
    </context>
    <context>
        <name>AuditView</name>
        <message>
            <source>Event {number} at {time} by {user}</source>
            <translation>Event {number} at {time} by {user}</translation>
        </message>
        <message>
            <source>Action: {action} ({code})</source>
            <translation>Action: {action} ({code})</translation>
        </message>
        <message>
            <source>Record: {record}</source>
            <translation>Record: {record}</translation>
        </message>
        <message>
            <source>Case: {number}</source>
            <translation>Case: {number}</translation>
        </message>
        <message>
            <source>Justification: {text}</source>
            <translation>Justification: {text}</translation>
        </message>
        <message>
            <source>Before:</source>
            <translation>Before:</translation>
        </message>
        <message>
            <source>After:</source>
            <translation>After:</translation>
        </message>
        <message>
            <source>Hash: {hash}</source>
            <translation>Hash: {hash}</translation>
        </message>
        <message>
            <source>case number</source>
            <translation>case number</translation>
        </message>
        <message>
            <source>user name</source>
            <translation>user name</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>Only between</source>
            <translation>Only between</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>&amp;Export CSV…</source>
            <translation>&amp;Export CSV…</translation>
        </message>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>User</source>
            <translation>User</translation>
        </message>
        <message>
            <source>Action</source>
            <translation>Action</translation>
        </message>
        <message>
            <source>and</source>
            <translation>and</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Audit events</source>
            <translation>Audit events</translation>
        </message>
        <message>
            <source>Selected event</source>
            <translation>Selected event</translation>
        </message>
        <message>
            <source>audit status</source>
            <translation>audit status</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{total} events match; {shown} shown.</source>
            <translation>{total} events match; {shown} shown.</translation>
        </message>
        <message>
            <source>Export the audit events shown</source>
            <translation>Export the audit events shown</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Exported {count} events to {file}.</source>
            <translation>Exported {count} events to {file}.</translation>
        </message>
    </context>
    <context>
        <name>CaseHeader</name>
        <message>
            <source>Permit</source>
            <translation>Permit</translation>
        </message>
        <message>
            <source>Born</source>
            <translation>Born</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Address</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Writes in</source>
            <translation>Writes in</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>name</source>
            <translation>name</translation>
        </message>
        <message>
            <source>name in the native script</source>
            <translation>name in the native script</translation>
        </message>
        <message>
            <source>state of the case</source>
            <translation>state of the case</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>unassigned</translation>
        </message>
        <message>
            <source>Case {number} · {state} since {day} · Officer: {officer}</source>
            <translation>Case {number} · {state} since {day} · Officer: {officer}</translation>
        </message>
        <message>
            <source>, issued {day}</source>
            <translation>, issued {day}</translation>
        </message>
        <message>
            <source>, until {day}</source>
            <translation>, until {day}</translation>
        </message>
        <message>
            <source>received {day}</source>
            <translation>received {day}</translation>
        </message>
        <message>
            <source>no response</source>
            <translation>no response</translation>
        </message>
    </context>
    <context>
        <name>CaseView</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>← Queue</source>
            <translation>← Queue</translation>
        </message>
        <message>
            <source>Back to the queue (Esc)</source>
            <translation>Back to the queue (Esc)</translation>
        </message>
        <message>
            <source>↑ Previous</source>
            <translation>↑ Previous</translation>
        </message>
        <message>
            <source>The previous case of the queue (Alt+Up)</source>
            <translation>The previous case of the queue (Alt+Up)</translation>
        </message>
        <message>
            <source>↓ Next</source>
            <translation>↓ Next</translation>
        </message>
        <message>
            <source>The next case of the queue (Alt+Down)</source>
            <translation>The next case of the queue (Alt+Down)</translation>
        </message>
        <message>
            <source>loading</source>
            <translation>loading</translation>
        </message>
        <message>
            <source>message</source>
            <translation>message</translation>
        </message>
        <message>
            <source>Decision, information and history</source>
            <translation>Decision, information and history</translation>
        </message>
        <message>
            <source>&amp;Decision</source>
            <translation>&amp;Decision</translation>
        </message>
        <message>
            <source>I&amp;nformation</source>
            <translation>I&amp;nformation</translation>
        </message>
        <message>
            <source>Hi&amp;story</source>
            <translation>Hi&amp;story</translation>
        </message>
        <message>
            <source>Opening case {number}…</source>
            <translation>Opening case {number}…</translation>
        </message>
        <message>
            <source>the officer</source>
            <translation>the officer</translation>
        </message>
        <message>
            <source>Submitted for sign-off by {officer} on {time}; a supervisor decides next.</source>
            <translation>Submitted for sign-off by {officer} on {time}; a supervisor decides next.</translation>
        </message>
        <message>
            <source>The case waits for another authority's answer.</source>
            <translation>The case waits for another authority's answer.</translation>
        </message>
        <message>
            <source>Nobody has taken this case yet. Take next (Ctrl+N) gives you the oldest unassigned case.</source>
            <translation>Nobody has taken this case yet. Take next (Ctrl+N) gives you the oldest unassigned case.</translation>
        </message>
        <message>
            <source>Decided: {outcome}. The case is {state}.</source>
            <translation>Decided: {outcome}. The case is {state}.</translation>
        </message>
        <message>
            <source>The case is {state}; it takes no decision now.</source>
            <translation>The case is {state}; it takes no decision now.</translation>
        </message>
        <message>
            <source>Only the case's officer records a decision.</source>
            <translation>Only the case's officer records a decision.</translation>
        </message>
        <message>
            <source>This case is not assigned to anyone; use Take next to take one.</source>
            <translation>This case is not assigned to anyone; use Take next to take one.</translation>
        </message>
        <message>
            <source>This case is assigned to {officer}.</source>
            <translation>This case is assigned to {officer}.</translation>
        </message>
        <message>
            <source>I&amp;nformation ({count})</source>
            <translation>I&amp;nformation ({count})</translation>
        </message>
        <message>
            <source>Hi&amp;story ({count})</source>
            <translation>Hi&amp;story ({count})</translation>
        </message>
        <message>
            <source>Unsaved decision</source>
            <translation>Unsaved decision</translation>
        </message>
        <message>
            <source>The decision on case {number} has edits that are not saved.</source>
            <translation>The decision on case {number} has edits that are not saved.</translation>
        </message>
        <message>
            <source>Save them as a draft before leaving?</source>
            <translation>Save them as a draft before leaving?</translation>
        </message>
        <message>
            <source>&amp;Save draft</source>
            <translation>&amp;Save draft</translation>
        </message>
        <message>
            <source>&amp;Discard edits</source>
            <translation>&amp;Discard edits</translation>
        </message>
        <message>
            <source>The information item was added.</source>
            <translation>The information item was added.</translation>
        </message>
        <message>
            <source>Saving the draft…</source>
            <translation>Saving the draft…</translation>
        </message>
        <message>
            <source>The draft was saved.</source>
            <translation>The draft was saved.</translation>
        </message>
        <message>
            <source>Submitting…</source>
            <translation>Submitting…</translation>
        </message>
        <message>
            <source>Submitted for sign-off.</source>
            <translation>Submitted for sign-off.</translation>
        </message>
        <message>
            <source>Recording the answer…</source>
            <translation>Recording the answer…</translation>
        </message>
        <message>
            <source>The answer was recorded; assessment resumes.</source>
            <translation>The answer was recorded; assessment resumes.</translation>
        </message>
        <message>
            <source>The case changed meanwhile; loading it as it is now…</source>
            <translation>The case changed meanwhile; loading it as it is now…</translation>
        </message>
        <message>
            <source>Case {number} was changed by someone else and is no longer yours to work on; nothing of yours was saved.</source>
            <translation>Case {number} was changed by someone else and is no longer yours to work on; nothing of yours was saved.</translation>
        </message>
        <message>
            <source>The case changed</source>
            <translation>The case changed</translation>
        </message>
        <message>
            <source>The new version is shown; your edits were dropped.</source>
            <translation>The new version is shown; your edits were dropped.</translation>
        </message>
        <message>
            <source>Applying your edits to the new version…</source>
            <translation>Applying your edits to the new version…</translation>
        </message>
        <message>
            <source>Your edits were applied to the new version.</source>
            <translation>Your edits were applied to the new version.</translation>
        </message>
    </context>
    <context>
        <name>ChangesModel</name>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>When you opened it</source>
            <translation>When you opened it</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Your edit</source>
            <translation>Your edit</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Decision</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Statement of reasons</source>
            <translation>Statement of reasons</translation>
        </message>
        <message>
            <source>Internal assessment</source>
            <translation>Internal assessment</translation>
        </message>
        <message>
            <source>Answers relied on</source>
            <translation>Answers relied on</translation>
        </message>
        <message>
            <source>Information relied on</source>
            <translation>Information relied on</translation>
        </message>
        <message>
            <source>Supervisor's comment</source>
            <translation>Supervisor's comment</translation>
        </message>
        <message>
            <source>Information items</source>
            <translation>Information items</translation>
        </message>
        <message>
            <source>Requests</source>
            <translation>Requests</translation>
        </message>
        <message>
            <source>{authority} (due {due}, answered {answered})</source>
            <translation>{authority} (due {due}, answered {answered})</translation>
        </message>
        <message>
            <source>{authority} (due {due})</source>
            <translation>{authority} (due {due})</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>unassigned</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
    </context>
    <context>
        <name>ConflictDialog</name>
        <message>
            <source>Case {number} changed</source>
            <translation>Case {number} changed</translation>
        </message>
        <message>
            <source>The case changed since you opened it</source>
            <translation>The case changed since you opened it</translation>
        </message>
        <message>
            <source>Case {number} was changed by {user} since you opened it.</source>
            <translation>Case {number} was changed by {user} since you opened it.</translation>
        </message>
        <message>
            <source>Case {number} was changed since you opened it.</source>
            <translation>Case {number} was changed since you opened it.</translation>
        </message>
        <message>
            <source>Nothing of yours was saved and nothing was overwritten. Below is what changed. Choose whether to load the new version and drop your edits, or to apply your edits to the new version.</source>
            <translation>Nothing of yours was saved and nothing was overwritten. Below is what changed. Choose whether to load the new version and drop your edits, or to apply your edits to the new version.</translation>
        </message>
        <message>
            <source>What changed</source>
            <translation>What changed</translation>
        </message>
        <message>
            <source>&amp;Load the new version, drop my edits</source>
            <translation>&amp;Load the new version, drop my edits</translation>
        </message>
        <message>
            <source>&amp;Apply my edits to the new version</source>
            <translation>&amp;Apply my edits to the new version</translation>
        </message>
    </context>
    <context>
        <name>DashboardView</name>
        <message>
            <source>Cases by state</source>
            <translation>Cases by state</translation>
        </message>
        <message>
            <source>Outcomes by citizenship</source>
            <translation>Outcomes by citizenship</translation>
        </message>
        <message>
            <source>Officer workload</source>
            <translation>Officer workload</translation>
        </message>
        <message>
            <source>Decisions per week</source>
            <translation>Decisions per week</translation>
        </message>
        <message>
            <source>Time to decision and to sign-off (days)</source>
            <translation>Time to decision and to sign-off (days)</translation>
        </message>
        <message>
            <source>Appeals by outcome</source>
            <translation>Appeals by outcome</translation>
        </message>
        <message>
            <source>Deadlines needing attention</source>
            <translation>Deadlines needing attention</translation>
        </message>
        <message>
            <source>No one has been found a risk so far.</source>
            <translation>No one has been found a risk so far.</translation>
        </message>
        <message>
            <source>{count} {citizenship}</source>
            <translation>{count} {citizenship}</translation>
        </message>
        <message>
            <source>{items} and {last}</source>
            <translation>{items} and {last}</translation>
        </message>
        <message>
            <source>{total} found a risk: {listed}</source>
            <translation>{total} found a risk: {listed}</translation>
        </message>
        <message>
            <source>{count} cases in all.</source>
            <translation>{count} cases in all.</translation>
        </message>
        <message>
            <source>Decisions signed off and in force.</source>
            <translation>Decisions signed off and in force.</translation>
        </message>
        <message>
            <source>Cases now with each officer.</source>
            <translation>Cases now with each officer.</translation>
        </message>
        <message>
            <source>Proposals by officer, sign-offs and returns; {period}.</source>
            <translation>Proposals by officer, sign-offs and returns; {period}.</translation>
        </message>
        <message>
            <source>Import to decision: from the case's import to the sign-off of its retain or revoke decision. Proposal to sign-off: every sign-off or return. Signed in {period}.</source>
            <translation>Import to decision: from the case's import to the sign-off of its retain or revoke decision. Proposal to sign-off: every sign-off or return. Signed in {period}.</translation>
        </message>
        <message>
            <source>{count} appeals recorded.</source>
            <translation>{count} appeals recorded.</translation>
        </message>
        <message>
            <source>{count} revocations can be confirmed as final.</source>
            <translation>{count} revocations can be confirmed as final.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Counting…</translation>
        </message>
        <message>
            <source>headline</source>
            <translation>headline</translation>
        </message>
        <message>
            <source>period from</source>
            <translation>period from</translation>
        </message>
        <message>
            <source>period to</source>
            <translation>period to</translation>
        </message>
        <message>
            <source>&amp;Show</source>
            <translation>&amp;Show</translation>
        </message>
        <message>
            <source>Count the figures over time for this period</source>
            <translation>Count the figures over time for this period</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Weekly report (PDF)…</source>
            <translation>&amp;Weekly report (PDF)…</translation>
        </message>
        <message>
            <source>Last week's statistics (Monday to Sunday), as a PDF file</source>
            <translation>Last week's statistics (Monday to Sunday), as a PDF file</translation>
        </message>
        <message>
            <source>Weeks from</source>
            <translation>Weeks from</translation>
        </message>
        <message>
            <source>to</source>
            <translation>to</translation>
        </message>
        <message>
            <source>As of {day} {time}</source>
            <translation>As of {day} {time}</translation>
        </message>
        <message>
            <source>Not counted</source>
            <translation>Not counted</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export: {figure}</source>
            <translation>Export: {figure}</translation>
        </message>
        <message>
            <source>Save the weekly report</source>
            <translation>Save the weekly report</translation>
        </message>
        <message>
            <source>PDF files (*.pdf)</source>
            <translation>PDF files (*.pdf)</translation>
        </message>
        <message>
            <source>Saved {file}</source>
            <translation>Saved {file}</translation>
        </message>
    </context>
    <context>
        <name>DecisionForm</name>
        <message>
            <source>Supervisor's comment</source>
            <translation>Supervisor's comment</translation>
        </message>
        <message>
            <source>Decision status</source>
            <translation>Decision status</translation>
        </message>
        <message>
            <source>Record the ans&amp;wer…</source>
            <translation>Record the ans&amp;wer…</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>&amp;Retain the permit</source>
            <translation>&amp;Retain the permit</translation>
        </message>
        <message>
            <source>Rev&amp;oke the permit</source>
            <translation>Rev&amp;oke the permit</translation>
        </message>
        <message>
            <source>Re&amp;quest information</source>
            <translation>Re&amp;quest information</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Legal basis</translation>
        </message>
        <message>
            <source>Statement of reasons</source>
            <translation>Statement of reasons</translation>
        </message>
        <message>
            <source>Disclosed to the person and printed in the letter</source>
            <translation>Disclosed to the person and printed in the letter</translation>
        </message>
        <message>
            <source>Required. Printed in the letter to the person.</source>
            <translation>Required. Printed in the letter to the person.</translation>
        </message>
        <message>
            <source>Internal assessment</source>
            <translation>Internal assessment</translation>
        </message>
        <message>
            <source>Restricted: never printed, never shown to clerks</source>
            <translation>Restricted: never printed, never shown to clerks</translation>
        </message>
        <message>
            <source>Restricted: never printed, never shown to clerks.</source>
            <translation>Restricted: never printed, never shown to clerks.</translation>
        </message>
        <message>
            <source>State&amp;ment of reasons:</source>
            <translation>State&amp;ment of reasons:</translation>
        </message>
        <message>
            <source>Internal &amp;assessment:</source>
            <translation>Internal &amp;assessment:</translation>
        </message>
        <message>
            <source>Request to another authority</source>
            <translation>Request to another authority</translation>
        </message>
        <message>
            <source>authority</source>
            <translation>authority</translation>
        </message>
        <message>
            <source>e.g. State Security Department</source>
            <translation>e.g. State Security Department</translation>
        </message>
        <message>
            <source>question</source>
            <translation>question</translation>
        </message>
        <message>
            <source>due date</source>
            <translation>due date</translation>
        </message>
        <message>
            <source>Au&amp;thority:</source>
            <translation>Au&amp;thority:</translation>
        </message>
        <message>
            <source>Q&amp;uestion:</source>
            <translation>Q&amp;uestion:</translation>
        </message>
        <message>
            <source>Du&amp;e date:</source>
            <translation>Du&amp;e date:</translation>
        </message>
        <message>
            <source>Save draft</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <source>Keep the decision unfinished (Ctrl+S)</source>
            <translation>Keep the decision unfinished (Ctrl+S)</translation>
        </message>
        <message>
            <source>Submit for sign-off</source>
            <translation>Submit for sign-off</translation>
        </message>
        <message>
            <source>Send the decision to a supervisor (Ctrl+Enter)</source>
            <translation>Send the decision to a supervisor (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>legal basis {code}</source>
            <translation>legal basis {code}</translation>
        </message>
        <message>
            <source>a supervisor</source>
            <translation>a supervisor</translation>
        </message>
        <message>
            <source>Returned by {supervisor} on {time}:</source>
            <translation>Returned by {supervisor} on {time}:</translation>
        </message>
        <message>
            <source>Waiting for {authority} to answer “{question}”, due {day}.</source>
            <translation>Waiting for {authority} to answer “{question}”, due {day}.</translation>
        </message>
        <message>
            <source>Relied on: {answers}, {items}</source>
            <translation>Relied on: {answers}, {items}</translation>
        </message>
        <message>
            <source>{count} answers</source>
            <translation>{count} answers</translation>
        </message>
        <message>
            <source>1 answer</source>
            <translation>1 answer</translation>
        </message>
        <message>
            <source>{count} information items</source>
            <translation>{count} information items</translation>
        </message>
        <message>
            <source>1 information item</source>
            <translation>1 information item</translation>
        </message>
        <message>
            <source> (tick them under Answers and Information)</source>
            <translation> (tick them under Answers and Information)</translation>
        </message>
    </context>
    <context>
        <name>FigurePanel</name>
        <message>
            <source>Table</source>
            <translation>Table</translation>
        </message>
        <message>
            <source>show {figure} as a table</source>
            <translation>show {figure} as a table</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Export</translation>
        </message>
        <message>
            <source>export {figure}</source>
            <translation>export {figure}</translation>
        </message>
        <message>
            <source>As &amp;CSV…</source>
            <translation>As &amp;CSV…</translation>
        </message>
        <message>
            <source>As E&amp;xcel workbook (XLSX)…</source>
            <translation>As E&amp;xcel workbook (XLSX)…</translation>
        </message>
        <message>
            <source>{figure} as a table</source>
            <translation>{figure} as a table</translation>
        </message>
        <message>
            <source>{figure} as a chart</source>
            <translation>{figure} as a chart</translation>
        </message>
        <message>
            <source>Nothing to draw yet.</source>
            <translation>Nothing to draw yet.</translation>
        </message>
        <message>
            <source>Chart</source>
            <translation>Chart</translation>
        </message>
        <message>
            <source>show {figure} as a chart</source>
            <translation>show {figure} as a chart</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>Retained</source>
            <translation>Retained</translation>
        </message>
        <message>
            <source>Revoked</source>
            <translation>Revoked</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Not decided</source>
            <translation>Not decided</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Not started</translation>
        </message>
        <message>
            <source>In assessment</source>
            <translation>In assessment</translation>
        </message>
        <message>
            <source>Awaiting information</source>
            <translation>Awaiting information</translation>
        </message>
        <message>
            <source>Awaiting sign-off</source>
            <translation>Awaiting sign-off</translation>
        </message>
        <message>
            <source>Median</source>
            <translation>Median</translation>
        </message>
        <message>
            <source>90th percentile</source>
            <translation>90th percentile</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>Revoked (found a risk)</source>
            <translation>Revoked (found a risk)</translation>
        </message>
        <message>
            <source>Revoked, annulled by a court</source>
            <translation>Revoked, annulled by a court</translation>
        </message>
        <message>
            <source>Not yet decided</source>
            <translation>Not yet decided</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Assigned, not started</source>
            <translation>Assigned, not started</translation>
        </message>
        <message>
            <source>Open in all</source>
            <translation>Open in all</translation>
        </message>
        <message>
            <source>Week from</source>
            <translation>Week from</translation>
        </message>
        <message>
            <source>Proposed in all</source>
            <translation>Proposed in all</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <source>Returned</source>
            <translation>Returned</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Measure</translation>
        </message>
        <message>
            <source>Decisions</source>
            <translation>Decisions</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mean</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Appeals</source>
            <translation>Appeals</translation>
        </message>
        <message>
            <source>Deadline</source>
            <translation>Deadline</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Overdue</translation>
        </message>
        <message>
            <source>Due today</source>
            <translation>Due today</translation>
        </message>
        <message>
            <source>This week</source>
            <translation>This week</translation>
        </message>
        <message>
            <source>Later</source>
            <translation>Later</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Closed retained</source>
            <translation>Closed retained</translation>
        </message>
        <message>
            <source>Awaiting letters</source>
            <translation>Awaiting letters</translation>
        </message>
        <message>
            <source>Letters issued</source>
            <translation>Letters issued</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Served</translation>
        </message>
        <message>
            <source>Under appeal</source>
            <translation>Under appeal</translation>
        </message>
        <message>
            <source>Appeal dismissed</source>
            <translation>Appeal dismissed</translation>
        </message>
        <message>
            <source>Decision annulled</source>
            <translation>Decision annulled</translation>
        </message>
        <message>
            <source>Closed reinstated</source>
            <translation>Closed reinstated</translation>
        </message>
        <message>
            <source>Remitted</source>
            <translation>Remitted</translation>
        </message>
        <message>
            <source>Revocation final</source>
            <translation>Revocation final</translation>
        </message>
        <message>
            <source>Closed departed</source>
            <translation>Closed departed</translation>
        </message>
        <message>
            <source>Closed withdrawn</source>
            <translation>Closed withdrawn</translation>
        </message>
        <message>
            <source>Belarus (BY)</source>
            <translation>Belarus (BY)</translation>
        </message>
        <message>
            <source>Russia (RU)</source>
            <translation>Russia (RU)</translation>
        </message>
        <message>
            <source>Ukraine (UA)</source>
            <translation>Ukraine (UA)</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Pending</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Dismissed</translation>
        </message>
        <message>
            <source>From import to decision</source>
            <translation>From import to decision</translation>
        </message>
        <message>
            <source>From proposal to sign-off</source>
            <translation>From proposal to sign-off</translation>
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
            <source>yes</source>
            <translation>yes</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
    </context>
    <context>
        <name>HistoryModel</name>
        <message>
            <source>“{text}”</source>
            <translation>“{text}”</translation>
        </message>
    </context>
    <context>
        <name>HistoryPanel</name>
        <message>
            <source>Case history, newest first</source>
            <translation>Case history, newest first</translation>
        </message>
    </context>
    <context>
        <name>HomeView</name>
        <message>
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <source>User name: {username}&lt;br&gt;Roles: {roles}</source>
            <translation>User name: {username}&lt;br&gt;Roles: {roles}</translation>
        </message>
        <message>
            <source>account details</source>
            <translation>account details</translation>
        </message>
        <message>
            <source>Store: {address}</source>
            <translation>Store: {address}</translation>
        </message>
        <message>
            <source>store</source>
            <translation>store</translation>
        </message>
        <message>
            <source>Cases by state</source>
            <translation>Cases by state</translation>
        </message>
        <message>
            <source>total cases</source>
            <translation>total cases</translation>
        </message>
        <message>
            <source>Counting cases…</source>
            <translation>Counting cases…</translation>
        </message>
        <message>
            <source>{count} cases in all.</source>
            <translation>{count} cases in all.</translation>
        </message>
        <message>
            <source>No cases yet.</source>
            <translation>No cases yet.</translation>
        </message>
    </context>
    <context>
        <name>InformationPanel</name>
        <message>
            <source>Information items</source>
            <translation>Information items</translation>
        </message>
        <message>
            <source>Add information…</source>
            <translation>Add information…</translation>
        </message>
        <message>
            <source>Add an information item to this case (Ctrl+I)</source>
            <translation>Add an information item to this case (Ctrl+I)</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Open</translation>
        </message>
        <message>
            <source>Show the selected item in full (Enter)</source>
            <translation>Show the selected item in full (Enter)</translation>
        </message>
        <message>
            <source>Information item content</source>
            <translation>Information item content</translation>
        </message>
        <message>
            <source>Select an item and press Enter to read it.</source>
            <translation>Select an item and press Enter to read it.</translation>
        </message>
        <message>
            <source>Requests to other authorities</source>
            <translation>Requests to other authorities</translation>
        </message>
        <message>
            <source>answered {day}: {answer}</source>
            <translation>answered {day}: {answer}</translation>
        </message>
        <message>
            <source>awaiting an answer, due {day}</source>
            <translation>awaiting an answer, due {day}</translation>
        </message>
        <message>
            <source>{day} to {authority}: “{question}”</source>
            <translation>{day} to {authority}: “{question}”</translation>
        </message>
        <message>
            <source>This item is restricted. Only officers and supervisors may read it.</source>
            <translation>This item is restricted. Only officers and supervisors may read it.</translation>
        </message>
        <message>
            <source>Restricted: never printed, never shown to clerks. This reading was recorded in the audit log.</source>
            <translation>Restricted: never printed, never shown to clerks. This reading was recorded in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>ItemsModel</name>
        <message>
            <source>Relied on</source>
            <translation>Relied on</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Received</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Title</translation>
        </message>
        <message>
            <source>relied on</source>
            <translation>relied on</translation>
        </message>
        <message>
            <source>not relied on</source>
            <translation>not relied on</translation>
        </message>
        <message>
            <source>Restricted: only officers and supervisors may read it.</source>
            <translation>Restricted: only officers and supervisors may read it.</translation>
        </message>
        <message>
            <source>Restricted: opening it (Enter) is recorded in the audit log.</source>
            <translation>Restricted: opening it (Enter) is recorded in the audit log.</translation>
        </message>
    </context>
    <context>
        <name>Labels</name>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Assigned</source>
            <translation>Assigned</translation>
        </message>
        <message>
            <source>In assessment</source>
            <translation>In assessment</translation>
        </message>
        <message>
            <source>Awaiting information</source>
            <translation>Awaiting information</translation>
        </message>
        <message>
            <source>Awaiting signoff</source>
            <translation>Awaiting signoff</translation>
        </message>
        <message>
            <source>Decided</source>
            <translation>Decided</translation>
        </message>
        <message>
            <source>Closed retained</source>
            <translation>Closed retained</translation>
        </message>
        <message>
            <source>Awaiting letters</source>
            <translation>Awaiting letters</translation>
        </message>
        <message>
            <source>Letters issued</source>
            <translation>Letters issued</translation>
        </message>
        <message>
            <source>Dispatched</source>
            <translation>Dispatched</translation>
        </message>
        <message>
            <source>Served</source>
            <translation>Served</translation>
        </message>
        <message>
            <source>Under appeal</source>
            <translation>Under appeal</translation>
        </message>
        <message>
            <source>Appeal dismissed</source>
            <translation>Appeal dismissed</translation>
        </message>
        <message>
            <source>Decision annulled</source>
            <translation>Decision annulled</translation>
        </message>
        <message>
            <source>Closed reinstated</source>
            <translation>Closed reinstated</translation>
        </message>
        <message>
            <source>Remitted</source>
            <translation>Remitted</translation>
        </message>
        <message>
            <source>Revocation final</source>
            <translation>Revocation final</translation>
        </message>
        <message>
            <source>Closed departed</source>
            <translation>Closed departed</translation>
        </message>
        <message>
            <source>Closed withdrawn</source>
            <translation>Closed withdrawn</translation>
        </message>
        <message>
            <source>Retain the permit</source>
            <translation>Retain the permit</translation>
        </message>
        <message>
            <source>Revoke the permit</source>
            <translation>Revoke the permit</translation>
        </message>
        <message>
            <source>Request information</source>
            <translation>Request information</translation>
        </message>
        <message>
            <source>Decision annulled by the court</source>
            <translation>Decision annulled by the court</translation>
        </message>
        <message>
            <source>Remitted for a new assessment</source>
            <translation>Remitted for a new assessment</translation>
        </message>
        <message>
            <source>Belarus</source>
            <translation>Belarus</translation>
        </message>
        <message>
            <source>Russia</source>
            <translation>Russia</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>draft</translation>
        </message>
        <message>
            <source>proposed</source>
            <translation>proposed</translation>
        </message>
        <message>
            <source>returned</source>
            <translation>returned</translation>
        </message>
        <message>
            <source>approved</source>
            <translation>approved</translation>
        </message>
        <message>
            <source>superseded</source>
            <translation>superseded</translation>
        </message>
        <message>
            <source>permanent residence permit</source>
            <translation>permanent residence permit</translation>
        </message>
        <message>
            <source>EU long-term resident's permit</source>
            <translation>EU long-term resident's permit</translation>
        </message>
        <message>
            <source>valid</source>
            <translation>valid</translation>
        </message>
        <message>
            <source>revoked</source>
            <translation>revoked</translation>
        </message>
        <message>
            <source>Public</source>
            <translation>Public</translation>
        </message>
        <message>
            <source>Restricted</source>
            <translation>Restricted</translation>
        </message>
        <message>
            <source>left the country</source>
            <translation>left the country</translation>
        </message>
        <message>
            <source>deceased</source>
            <translation>deceased</translation>
        </message>
        <message>
            <source>naturalised</source>
            <translation>naturalised</translation>
        </message>
        <message>
            <source>duplicate case</source>
            <translation>duplicate case</translation>
        </message>
        <message>
            <source>other</source>
            <translation>other</translation>
        </message>
        <message>
            <source>information item</source>
            <translation>information item</translation>
        </message>
        <message>
            <source>case detail</source>
            <translation>case detail</translation>
        </message>
        <message>
            <source>internal assessment</source>
            <translation>internal assessment</translation>
        </message>
        <message>
            <source>appeal</source>
            <translation>appeal</translation>
        </message>
        <message>
            <source>audit log</source>
            <translation>audit log</translation>
        </message>
        <message>
            <source>backup</source>
            <translation>backup</translation>
        </message>
        <message>
            <source>campaign</source>
            <translation>campaign</translation>
        </message>
        <message>
            <source>case</source>
            <translation>case</translation>
        </message>
        <message>
            <source>deadline board</source>
            <translation>deadline board</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>departure</source>
            <translation>departure</translation>
        </message>
        <message>
            <source>import</source>
            <translation>import</translation>
        </message>
        <message>
            <source>letter</source>
            <translation>letter</translation>
        </message>
        <message>
            <source>permit</source>
            <translation>permit</translation>
        </message>
        <message>
            <source>report</source>
            <translation>report</translation>
        </message>
        <message>
            <source>resident</source>
            <translation>resident</translation>
        </message>
        <message>
            <source>retention</source>
            <translation>retention</translation>
        </message>
        <message>
            <source>setting</source>
            <translation>setting</translation>
        </message>
        <message>
            <source>store</source>
            <translation>store</translation>
        </message>
        <message>
            <source>user</source>
            <translation>user</translation>
        </message>
        <message>
            <source>Taken from the queue</source>
            <translation>Taken from the queue</translation>
        </message>
        <message>
            <source>Assessment started</source>
            <translation>Assessment started</translation>
        </message>
        <message>
            <source>Information requested</source>
            <translation>Information requested</translation>
        </message>
        <message>
            <source>Answer to a request recorded</source>
            <translation>Answer to a request recorded</translation>
        </message>
        <message>
            <source>Draft decision saved</source>
            <translation>Draft decision saved</translation>
        </message>
        <message>
            <source>Submitted for sign-off</source>
            <translation>Submitted for sign-off</translation>
        </message>
        <message>
            <source>Signed off</source>
            <translation>Signed off</translation>
        </message>
        <message>
            <source>Returned to the officer</source>
            <translation>Returned to the officer</translation>
        </message>
        <message>
            <source>Closed: permit retained</source>
            <translation>Closed: permit retained</translation>
        </message>
        <message>
            <source>Waiting for letters</source>
            <translation>Waiting for letters</translation>
        </message>
        <message>
            <source>Waiting for information</source>
            <translation>Waiting for information</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <source>Information added</source>
            <translation>Information added</translation>
        </message>
        <message>
            <source>Restricted content read</source>
            <translation>Restricted content read</translation>
        </message>
        <message>
            <source>Letters dispatched</source>
            <translation>Letters dispatched</translation>
        </message>
        <message>
            <source>Decision served</source>
            <translation>Decision served</translation>
        </message>
        <message>
            <source>Appeal lodged</source>
            <translation>Appeal lodged</translation>
        </message>
        <message>
            <source>Closed: permit reinstated</source>
            <translation>Closed: permit reinstated</translation>
        </message>
        <message>
            <source>Assessment resumed</source>
            <translation>Assessment resumed</translation>
        </message>
        <message>
            <source>Revocation confirmed final</source>
            <translation>Revocation confirmed final</translation>
        </message>
        <message>
            <source>Departure recorded</source>
            <translation>Departure recorded</translation>
        </message>
        <message>
            <source>Reopened</source>
            <translation>Reopened</translation>
        </message>
        <message>
            <source>Appeal details changed</source>
            <translation>Appeal details changed</translation>
        </message>
        <message>
            <source>Court hearing recorded</source>
            <translation>Court hearing recorded</translation>
        </message>
        <message>
            <source>Court document recorded</source>
            <translation>Court document recorded</translation>
        </message>
        <message>
            <source>Appeal outcome recorded</source>
            <translation>Appeal outcome recorded</translation>
        </message>
        <message>
            <source>Permit status changed</source>
            <translation>Permit status changed</translation>
        </message>
        <message>
            <source>Decision superseded</source>
            <translation>Decision superseded</translation>
        </message>
        <message>
            <source>Permit card returned</source>
            <translation>Permit card returned</translation>
        </message>
        <message>
            <source>Letter issued</source>
            <translation>Letter issued</translation>
        </message>
        <message>
            <source>Letter corrected</source>
            <translation>Letter corrected</translation>
        </message>
        <message>
            <source>Letters dispatched again</source>
            <translation>Letters dispatched again</translation>
        </message>
        <message>
            <source>Letter template saved</source>
            <translation>Letter template saved</translation>
        </message>
        <message>
            <source>Letter template reset</source>
            <translation>Letter template reset</translation>
        </message>
        <message>
            <source>Deadline board exported</source>
            <translation>Deadline board exported</translation>
        </message>
        <message>
            <source>Deadline board printed</source>
            <translation>Deadline board printed</translation>
        </message>
        <message>
            <source>Logged in</source>
            <translation>Logged in</translation>
        </message>
        <message>
            <source>Logged out</source>
            <translation>Logged out</translation>
        </message>
        <message>
            <source>Login failed</source>
            <translation>Login failed</translation>
        </message>
        <message>
            <source>Login refused</source>
            <translation>Login refused</translation>
        </message>
        <message>
            <source>Account locked</source>
            <translation>Account locked</translation>
        </message>
        <message>
            <source>Session locked</source>
            <translation>Session locked</translation>
        </message>
        <message>
            <source>Session unlocked</source>
            <translation>Session unlocked</translation>
        </message>
        <message>
            <source>Unlock failed</source>
            <translation>Unlock failed</translation>
        </message>
        <message>
            <source>User added</source>
            <translation>User added</translation>
        </message>
        <message>
            <source>User's roles changed</source>
            <translation>User's roles changed</translation>
        </message>
        <message>
            <source>User disabled</source>
            <translation>User disabled</translation>
        </message>
        <message>
            <source>User enabled</source>
            <translation>User enabled</translation>
        </message>
        <message>
            <source>User unlocked</source>
            <translation>User unlocked</translation>
        </message>
        <message>
            <source>Password reset</source>
            <translation>Password reset</translation>
        </message>
        <message>
            <source>Password changed</source>
            <translation>Password changed</translation>
        </message>
        <message>
            <source>Store set up</source>
            <translation>Store set up</translation>
        </message>
        <message>
            <source>Store encrypted</source>
            <translation>Store encrypted</translation>
        </message>
        <message>
            <source>Store restored from a backup</source>
            <translation>Store restored from a backup</translation>
        </message>
        <message>
            <source>Restore started</source>
            <translation>Restore started</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <source>Backup verified</source>
            <translation>Backup verified</translation>
        </message>
        <message>
            <source>Settings changed</source>
            <translation>Settings changed</translation>
        </message>
        <message>
            <source>Questionnaire imported</source>
            <translation>Questionnaire imported</translation>
        </message>
        <message>
            <source>Registry extract imported</source>
            <translation>Registry extract imported</translation>
        </message>
        <message>
            <source>Answers imported</source>
            <translation>Answers imported</translation>
        </message>
        <message>
            <source>Audit log exported</source>
            <translation>Audit log exported</translation>
        </message>
        <message>
            <source>Audit log verified</source>
            <translation>Audit log verified</translation>
        </message>
        <message>
            <source>Report exported</source>
            <translation>Report exported</translation>
        </message>
        <message>
            <source>Personal data exported</source>
            <translation>Personal data exported</translation>
        </message>
        <message>
            <source>Retention previewed</source>
            <translation>Retention previewed</translation>
        </message>
        <message>
            <source>Retention run</source>
            <translation>Retention run</translation>
        </message>
        <message>
            <source>Case anonymised</source>
            <translation>Case anonymised</translation>
        </message>
        <message>
            <source>Demonstration data filled in</source>
            <translation>Demonstration data filled in</translation>
        </message>
        <message>
            <source>legal basis {bases}</source>
            <translation>legal basis {bases}</translation>
        </message>
        <message>
            <source>due {day}</source>
            <translation>due {day}</translation>
        </message>
        <message>
            <source>Retain</source>
            <translation>Retain</translation>
        </message>
        <message>
            <source>Revoke</source>
            <translation>Revoke</translation>
        </message>
        <message>
            <source>Request</source>
            <translation>Request</translation>
        </message>
    </context>
    <context>
        <name>ProposalPanel</name>
        <message>
            <source>proposal</source>
            <translation>proposal</translation>
        </message>
        <message>
            <source>Statement of reasons</source>
            <translation>Statement of reasons</translation>
        </message>
        <message>
            <source>Internal assessment — restricted: never printed, never shown to clerks. Reading it is recorded in the audit log.</source>
            <translation>Internal assessment — restricted: never printed, never shown to clerks. Reading it is recorded in the audit log.</translation>
        </message>
        <message>
            <source>Internal assessment</source>
            <translation>Internal assessment</translation>
        </message>
        <message>
            <source>answers and information relied on</source>
            <translation>answers and information relied on</translation>
        </message>
        <message>
            <source>Statement of reasons (disclosed to the person)</source>
            <translation>Statement of reasons (disclosed to the person)</translation>
        </message>
        <message>
            <source>Relied on</source>
            <translation>Relied on</translation>
        </message>
        <message>
            <source>{outcome} — proposed by {officer} on {time}</source>
            <translation>{outcome} — proposed by {officer} on {time}</translation>
        </message>
        <message>
            <source>Legal basis {code}: {text}</source>
            <translation>Legal basis {code}: {text}</translation>
        </message>
        <message>
            <source>Asks {authority}: “{question}”, due {day}</source>
            <translation>Asks {authority}: “{question}”, due {day}</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
        <message>
            <source>Nothing ticked as relied on.</source>
            <translation>Nothing ticked as relied on.</translation>
        </message>
    </context>
    <context>
        <name>ProposalsModel</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <source>Proposed by</source>
            <translation>Proposed by</translation>
        </message>
        <message>
            <source>Proposed</source>
            <translation>Proposed</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Days</translation>
        </message>
        <message>
            <source>Markers</source>
            <translation>Markers</translation>
        </message>
        <message>
            <source>{name} (you)</source>
            <translation>{name} (you)</translation>
        </message>
        <message>
            <source>You proposed this decision; another supervisor must sign it off.</source>
            <translation>You proposed this decision; another supervisor must sign it off.</translation>
        </message>
        <message>
            <source>Days waiting for sign-off</source>
            <translation>Days waiting for sign-off</translation>
        </message>
    </context>
    <context>
        <name>QueueModel</name>
        <message>
            <source>Case</source>
            <translation>Case</translation>
        </message>
        <message>
            <source>Case number</source>
            <translation>Case number</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Name in Latin letters, and as written in the native script</source>
            <translation>Name in Latin letters, and as written in the native script</translation>
        </message>
        <message>
            <source>Citizenship</source>
            <translation>Citizenship</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Where the case stands</source>
            <translation>Where the case stands</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>The officer the case is assigned to</source>
            <translation>The officer the case is assigned to</translation>
        </message>
        <message>
            <source>Response received</source>
            <translation>Response received</translation>
        </message>
        <message>
            <source>When the questionnaire came back</source>
            <translation>When the questionnaire came back</translation>
        </message>
        <message>
            <source>Days in state</source>
            <translation>Days in state</translation>
        </message>
        <message>
            <source>Days since the case entered its present state</source>
            <translation>Days since the case entered its present state</translation>
        </message>
        <message>
            <source>Markers</source>
            <translation>Markers</translation>
        </message>
        <message>
            <source>Answers the questionnaire marks as needing attention</source>
            <translation>Answers the questionnaire marks as needing attention</translation>
        </message>
        <message>
            <source>unassigned</source>
            <translation>unassigned</translation>
        </message>
        <message>
            <source>no response</source>
            <translation>no response</translation>
        </message>
        <message>
            <source>Permit {number}</source>
            <translation>Permit {number}</translation>
        </message>
        <message>
            <source>Answers needing attention: {count}</source>
            <translation>Answers needing attention: {count}</translation>
        </message>
    </context>
    <context>
        <name>QueueTable</name>
        <message>
            <source>Case queue</source>
            <translation>Case queue</translation>
        </message>
    </context>
    <context>
        <name>QueueView</name>
        <message>
            <source>Search names and permit numbers</source>
            <translation>Search names and permit numbers</translation>
        </message>
        <message>
            <source>Search names (Latin or native) or permit numbers  Ctrl+F</source>
            <translation>Search names (Latin or native) or permit numbers  Ctrl+F</translation>
        </message>
        <message>
            <source>State filter</source>
            <translation>State filter</translation>
        </message>
        <message>
            <source>All states</source>
            <translation>All states</translation>
        </message>
        <message>
            <source>Citizenship filter</source>
            <translation>Citizenship filter</translation>
        </message>
        <message>
            <source>All citizenships</source>
            <translation>All citizenships</translation>
        </message>
        <message>
            <source>Officer filter</source>
            <translation>Officer filter</translation>
        </message>
        <message>
            <source>All officers</source>
            <translation>All officers</translation>
        </message>
        <message>
            <source>Mine and unassigned</source>
            <translation>Mine and unassigned</translation>
        </message>
        <message>
            <source>Mine</source>
            <translation>Mine</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Unassigned</translation>
        </message>
        <message>
            <source>No &amp;response</source>
            <translation>No &amp;response</translation>
        </message>
        <message>
            <source>Only cases whose questionnaire has not come back</source>
            <translation>Only cases whose questionnaire has not come back</translation>
        </message>
        <message>
            <source>&amp;Take next</source>
            <translation>&amp;Take next</translation>
        </message>
        <message>
            <source>Take the oldest unassigned case and open it (Ctrl+N)</source>
            <translation>Take the oldest unassigned case and open it (Ctrl+N)</translation>
        </message>
        <message>
            <source>&amp;Assign…</source>
            <translation>&amp;Assign…</translation>
        </message>
        <message>
            <source>Give the selected cases to an officer (Ctrl+Shift+A)</source>
            <translation>Give the selected cases to an officer (Ctrl+Shift+A)</translation>
        </message>
        <message>
            <source>the queue</source>
            <translation>the queue</translation>
        </message>
        <message>
            <source>loading the queue</source>
            <translation>loading the queue</translation>
        </message>
        <message>
            <source>cases in the queue</source>
            <translation>cases in the queue</translation>
        </message>
        <message>
            <source>open cases per officer</source>
            <translation>open cases per officer</translation>
        </message>
        <message>
            <source>&amp;State:</source>
            <translation>&amp;State:</translation>
        </message>
        <message>
            <source>&amp;Citizenship:</source>
            <translation>&amp;Citizenship:</translation>
        </message>
        <message>
            <source>Offic&amp;er:</source>
            <translation>Offic&amp;er:</translation>
        </message>
        <message>
            <source>unassigned: {count}</source>
            <translation>unassigned: {count}</translation>
        </message>
        <message>
            <source>Open cases — {counts}</source>
            <translation>Open cases — {counts}</translation>
        </message>
        <message>
            <source>You have {mine} open cases; {unassigned} unassigned cases wait.</source>
            <translation>You have {mine} open cases; {unassigned} unassigned cases wait.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{count} cases</source>
            <translation>{count} cases</translation>
        </message>
        <message>
            <source>1 case</source>
            <translation>1 case</translation>
        </message>
        <message>
            <source>This is the last case of the queue.</source>
            <translation>This is the last case of the queue.</translation>
        </message>
        <message>
            <source>This is the first case of the queue.</source>
            <translation>This is the first case of the queue.</translation>
        </message>
        <message>
            <source>Select the cases to assign first.</source>
            <translation>Select the cases to assign first.</translation>
        </message>
        <message>
            <source>{count} cases assigned to {officer}.</source>
            <translation>{count} cases assigned to {officer}.</translation>
        </message>
        <message>
            <source>1 case assigned to {officer}.</source>
            <translation>1 case assigned to {officer}.</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
    </context>
    <context>
        <name>RecordAnswerDialog</name>
        <message>
            <source>Record the answer to a request</source>
            <translation>Record the answer to a request</translation>
        </message>
        <message>
            <source>{authority} was asked on {day}:&lt;br&gt;“{question}”</source>
            <translation>{authority} was asked on {day}:&lt;br&gt;“{question}”</translation>
        </message>
        <message>
            <source>answer</source>
            <translation>answer</translation>
        </message>
        <message>
            <source>date answered</source>
            <translation>date answered</translation>
        </message>
        <message>
            <source>&amp;Answer:</source>
            <translation>&amp;Answer:</translation>
        </message>
        <message>
            <source>&amp;Date answered:</source>
            <translation>&amp;Date answered:</translation>
        </message>
        <message>
            <source>&amp;Record</source>
            <translation>&amp;Record</translation>
        </message>
    </context>
    <context>
        <name>ReturnDialog</name>
        <message>
            <source>Return case {number} to its officer</source>
            <translation>Return case {number} to its officer</translation>
        </message>
        <message>
            <source>Return to the officer</source>
            <translation>Return to the officer</translation>
        </message>
        <message>
            <source>Say what the officer must change. The comment is kept in the case's history.</source>
            <translation>Say what the officer must change. The comment is kept in the case's history.</translation>
        </message>
        <message>
            <source>comment</source>
            <translation>comment</translation>
        </message>
        <message>
            <source>&amp;Return</source>
            <translation>&amp;Return</translation>
        </message>
        <message>
            <source>comment: say what must be changed</source>
            <translation>comment: say what must be changed</translation>
        </message>
    </context>
    <context>
        <name>SignoffView</name>
        <message>
            <source>Proposals awaiting sign-off</source>
            <translation>Proposals awaiting sign-off</translation>
        </message>
        <message>
            <source>&amp;Approve</source>
            <translation>&amp;Approve</translation>
        </message>
        <message>
            <source>Re&amp;turn…</source>
            <translation>Re&amp;turn…</translation>
        </message>
        <message>
            <source>Send it back to the officer with a comment (Ctrl+R)</source>
            <translation>Send it back to the officer with a comment (Ctrl+R)</translation>
        </message>
        <message>
            <source>Approve selected &amp;retains</source>
            <translation>Approve selected &amp;retains</translation>
        </message>
        <message>
            <source>Sign off all the selected 'retain' proposals at once (Ctrl+Shift+Enter)</source>
            <translation>Sign off all the selected 'retain' proposals at once (Ctrl+Shift+Enter)</translation>
        </message>
        <message>
            <source>proposals waiting</source>
            <translation>proposals waiting</translation>
        </message>
        <message>
            <source>working</source>
            <translation>working</translation>
        </message>
        <message>
            <source>message</source>
            <translation>message</translation>
        </message>
        <message>
            <source>&amp;Proposal</source>
            <translation>&amp;Proposal</translation>
        </message>
        <message>
            <source>A&amp;nswers</source>
            <translation>A&amp;nswers</translation>
        </message>
        <message>
            <source>&amp;Information</source>
            <translation>&amp;Information</translation>
        </message>
        <message>
            <source>Hi&amp;story</source>
            <translation>Hi&amp;story</translation>
        </message>
        <message>
            <source>the proposals</source>
            <translation>the proposals</translation>
        </message>
        <message>
            <source>Sign off this proposal; you become the signatory of its letters (Ctrl+Enter)</source>
            <translation>Sign off this proposal; you become the signatory of its letters (Ctrl+Enter)</translation>
        </message>
        <message>
            <source>{count} proposals waiting</source>
            <translation>{count} proposals waiting</translation>
        </message>
        <message>
            <source>1 proposal waiting</source>
            <translation>1 proposal waiting</translation>
        </message>
        <message>
            <source>Nothing waits for sign-off.</source>
            <translation>Nothing waits for sign-off.</translation>
        </message>
        <message>
            <source>You proposed this decision; another supervisor must sign it off.</source>
            <translation>You proposed this decision; another supervisor must sign it off.</translation>
        </message>
        <message>
            <source>Only 'retain' proposals made by others can be approved together; sign each revocation on its own.</source>
            <translation>Only 'retain' proposals made by others can be approved together; sign each revocation on its own.</translation>
        </message>
        <message>
            <source>You proposed this decision; another supervisor signs it off.</source>
            <translation>You proposed this decision; another supervisor signs it off.</translation>
        </message>
        <message>
            <source>Case {number} was signed off; you are the signatory of its letters.</source>
            <translation>Case {number} was signed off; you are the signatory of its letters.</translation>
        </message>
        <message>
            <source>{count} 'retain' proposals were signed off.</source>
            <translation>{count} 'retain' proposals were signed off.</translation>
        </message>
        <message>
            <source>Case {number} was returned to its officer.</source>
            <translation>Case {number} was returned to its officer.</translation>
        </message>
    </context>
    <context>
        <name>StateCountsModel</name>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Cases</source>
            <translation>Cases</translation>
        </message>
    </context>
</TS>
