<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>AddUserDialog</name>
        <message>
            <source>Add user</source>
            <translation>Add user</translation>
        </message>
        <message>
            <source>lower case, e.g. jonas.p</source>
            <translation>lower case, e.g. jonas.p</translation>
        </message>
        <message>
            <source>optional; printed under a signature</source>
            <translation>optional; printed under a signature</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>&amp;Job title:</source>
            <translation>&amp;Job title:</translation>
        </message>
        <message>
            <source>Roles:</source>
            <translation>Roles:</translation>
        </message>
        <message>
            <source>&amp;Initial password:</source>
            <translation>&amp;Initial password:</translation>
        </message>
        <message>
            <source>Initial password a&amp;gain:</source>
            <translation>Initial password a&amp;gain:</translation>
        </message>
        <message>
            <source>The user must choose a new password at first login.</source>
            <translation>The user must choose a new password at first login.</translation>
        </message>
        <message>
            <source>&amp;Add user</source>
            <translation>&amp;Add user</translation>
        </message>
    </context>
    <context>
        <name>Backups</name>
        <message>
            <source>on exit</source>
            <translation>on exit</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>daily</translation>
        </message>
        <message>
            <source>manual</source>
            <translation>manual</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>before a restore</translation>
        </message>
        <message>
            <source>before encryption</source>
            <translation>before encryption</translation>
        </message>
        <message>
            <source>Permit Review backups (*.sqlite3)</source>
            <translation>Permit Review backups (*.sqlite3)</translation>
        </message>
        <message>
            <source>Choose a backup</source>
            <translation>Choose a backup</translation>
        </message>
        <message>
            <source>Back up the store to which folder?</source>
            <translation>Back up the store to which folder?</translation>
        </message>
        <message>
            <source>Backing up the store…</source>
            <translation>Backing up the store…</translation>
        </message>
        <message>
            <source>Backup made</source>
            <translation>Backup made</translation>
        </message>
        <message>
            <source>The backup was made and verified.</source>
            <translation>The backup was made and verified.</translation>
        </message>
        <message>
            <source>yes (the store's key slots are beside it)</source>
            <translation>yes (the store's key slots are beside it)</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>integrity_check and foreign_key_check found the copy sound.&lt;br&gt;&lt;br&gt;Size: {size} MB&lt;br&gt;Audit events: {events}&lt;br&gt;Encrypted: {encrypted}&lt;br&gt;SHA-256: &lt;tt&gt;{sha256}…&lt;/tt&gt;</source>
            <translation>integrity_check and foreign_key_check found the copy sound.&lt;br&gt;&lt;br&gt;Size: {size} MB&lt;br&gt;Audit events: {events}&lt;br&gt;Encrypted: {encrypted}&lt;br&gt;SHA-256: &lt;tt&gt;{sha256}…&lt;/tt&gt;</translation>
        </message>
    </context>
    <context>
        <name>CampaignPage</name>
        <message>
            <source>Choose the campaign</source>
            <translation>Choose the campaign</translation>
        </message>
        <message>
            <source>An &amp;existing campaign:</source>
            <translation>An &amp;existing campaign:</translation>
        </message>
        <message>
            <source>A &amp;new campaign:</source>
            <translation>A &amp;new campaign:</translation>
        </message>
        <message>
            <source>e.g. Review 2025</source>
            <translation>e.g. Review 2025</translation>
        </message>
        <message>
            <source>Responses can only go to a campaign that has its questionnaire and registry.</source>
            <translation>Responses can only go to a campaign that has its questionnaire and registry.</translation>
        </message>
        <message>
            <source>A new campaign is created when the import is made.</source>
            <translation>A new campaign is created when the import is made.</translation>
        </message>
    </context>
    <context>
        <name>ChangePasswordDialog</name>
        <message>
            <source>Change password</source>
            <translation>Change password</translation>
        </message>
        <message>
            <source>&lt;b&gt;{name}&lt;/b&gt;, you must choose a new password before you continue: your password was set by an administrator.</source>
            <translation>&lt;b&gt;{name}&lt;/b&gt;, you must choose a new password before you continue: your password was set by an administrator.</translation>
        </message>
        <message>
            <source>Change the password of &lt;b&gt;{name}&lt;/b&gt; ({username}).</source>
            <translation>Change the password of &lt;b&gt;{name}&lt;/b&gt; ({username}).</translation>
        </message>
        <message>
            <source>C&amp;urrent password:</source>
            <translation>C&amp;urrent password:</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>New password a&amp;gain:</source>
            <translation>New password a&amp;gain:</translation>
        </message>
        <message>
            <source>&amp;Change password</source>
            <translation>&amp;Change password</translation>
        </message>
        <message>
            <source>&amp;Log out</source>
            <translation>&amp;Log out</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>CheckPage</name>
        <message>
            <source>Check the file</source>
            <translation>Check the file</translation>
        </message>
        <message>
            <source>Every row is checked against the campaign; nothing is written yet.</source>
            <translation>Every row is checked against the campaign; nothing is written yet.</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Import</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problems</translation>
        </message>
        <message>
            <source>&amp;First rows</source>
            <translation>&amp;First rows</translation>
        </message>
        <message>
            <source>Save the &amp;report…</source>
            <translation>Save the &amp;report…</translation>
        </message>
        <message>
            <source>Checking every row of {file}…</source>
            <translation>Checking every row of {file}…</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>Checking {file}…</translation>
        </message>
        <message>
            <source>fields separated by {delimiter}</source>
            <translation>fields separated by {delimiter}</translation>
        </message>
        <message>
            <source>Campaign: &lt;b&gt;{campaign}&lt;/b&gt; (new)</source>
            <translation>Campaign: &lt;b&gt;{campaign}&lt;/b&gt; (new)</translation>
        </message>
        <message>
            <source>Campaign: &lt;b&gt;{campaign}&lt;/b&gt;</source>
            <translation>Campaign: &lt;b&gt;{campaign}&lt;/b&gt;</translation>
        </message>
        <message>
            <source>First &amp;questions</source>
            <translation>First &amp;questions</translation>
        </message>
        <message>
            <source>&amp;Problems ({count})</source>
            <translation>&amp;Problems ({count})</translation>
        </message>
        <message>
            <source>{count} more problems were found than can be listed; fix those listed and check again.</source>
            <translation>{count} more problems were found than can be listed; fix those listed and check again.</translation>
        </message>
        <message>
            <source>the file could not be checked</source>
            <translation>the file could not be checked</translation>
        </message>
        <message>
            <source>&lt;b&gt;This file cannot be imported:&lt;/b&gt; {reason}</source>
            <translation>&lt;b&gt;This file cannot be imported:&lt;/b&gt; {reason}</translation>
        </message>
        <message>
            <source>{counts}&lt;br&gt;&lt;b&gt;{rows} row(s) have errors, so the file would be refused whole.&lt;/b&gt; Fix the file and check it again, or import only the valid rows.</source>
            <translation>{counts}&lt;br&gt;&lt;b&gt;{rows} row(s) have errors, so the file would be refused whole.&lt;/b&gt; Fix the file and check it again, or import only the valid rows.</translation>
        </message>
        <message>
            <source>Import only the &amp;valid rows (leave out the {rows} row(s) with errors)</source>
            <translation>Import only the &amp;valid rows (leave out the {rows} row(s) with errors)</translation>
        </message>
        <message>
            <source>{counts}&lt;br&gt;No errors: the file can be imported. {warnings} warning(s) to read; those rows are imported.</source>
            <translation>{counts}&lt;br&gt;No errors: the file can be imported. {warnings} warning(s) to read; those rows are imported.</translation>
        </message>
        <message>
            <source>{counts}&lt;br&gt;No errors: the file can be imported.</source>
            <translation>{counts}&lt;br&gt;No errors: the file can be imported.</translation>
        </message>
        <message>
            <source>The file was not checked.</source>
            <translation>The file was not checked.</translation>
        </message>
        <message>
            <source>Importing {file}…</source>
            <translation>Importing {file}…</translation>
        </message>
    </context>
    <context>
        <name>DamagedStoreBox</name>
        <message>
            <source>The store is damaged – Permit Review</source>
            <translation>The store is damaged – Permit Review</translation>
        </message>
        <message>
            <source>The store failed its check at start-up, so it cannot be opened.</source>
            <translation>The store failed its check at start-up, so it cannot be opened.</translation>
        </message>
        <message>
            <source>The store is damaged</source>
            <translation>The store is damaged</translation>
        </message>
        <message>
            <source>&amp;Restore a backup…</source>
            <translation>&amp;Restore a backup…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>DepartmentForm</name>
        <message>
            <source>Lithuanian</source>
            <translation>Lithuanian</translation>
        </message>
        <message>
            <source>English</source>
            <translation>English</translation>
        </message>
        <message>
            <source>Russian</source>
            <translation>Russian</translation>
        </message>
        <message>
            <source>Name ({language}):</source>
            <translation>Name ({language}):</translation>
        </message>
        <message>
            <source>required</source>
            <translation>required</translation>
        </message>
        <message>
            <source>legal entity code, digits</source>
            <translation>legal entity code, digits</translation>
        </message>
        <message>
            <source>town printed beside the date</source>
            <translation>town printed beside the date</translation>
        </message>
        <message>
            <source>&amp;Code:</source>
            <translation>&amp;Code:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <source>&amp;Place of issue:</source>
            <translation>&amp;Place of issue:</translation>
        </message>
        <message>
            <source>E-&amp;mail:</source>
            <translation>E-&amp;mail:</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>P&amp;hone:</translation>
        </message>
        <message>
            <source>Data protection contact:</source>
            <translation>Data protection contact:</translation>
        </message>
        <message>
            <source>Signatory title ({language}):</source>
            <translation>Signatory title ({language}):</translation>
        </message>
        <message>
            <source>required, e.g. Skyriaus vedėjas</source>
            <translation>required, e.g. Skyriaus vedėjas</translation>
        </message>
    </context>
    <context>
        <name>EditRolesDialog</name>
        <message>
            <source>Edit roles</source>
            <translation>Edit roles</translation>
        </message>
        <message>
            <source>Roles of &lt;b&gt;{name}&lt;/b&gt; ({username}):</source>
            <translation>Roles of &lt;b&gt;{name}&lt;/b&gt; ({username}):</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong that the application did not expect; nothing more was saved. The details are in the log file. Please tell the administrator what you were doing.</source>
            <translation>Something went wrong that the application did not expect; nothing more was saved. The details are in the log file. Please tell the administrator what you were doing.</translation>
        </message>
        <message>
            <source>Not done</source>
            <translation>Not done</translation>
        </message>
        <message>
            <source>Error</source>
            <translation>Error</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Excel workbooks (*.xlsx)</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Export the list</translation>
        </message>
        <message>
            <source>Exported 1 row to {file}.</source>
            <translation>Exported 1 row to {file}.</translation>
        </message>
        <message>
            <source>Exported {rows} rows to {file}.</source>
            <translation>Exported {rows} rows to {file}.</translation>
        </message>
    </context>
    <context>
        <name>ExportButton</name>
        <message>
            <source>E&amp;xport</source>
            <translation>E&amp;xport</translation>
        </message>
        <message>
            <source>export {what}</source>
            <translation>export {what}</translation>
        </message>
        <message>
            <source>Save the list as shown to a CSV file or an Excel workbook</source>
            <translation>Save the list as shown to a CSV file or an Excel workbook</translation>
        </message>
        <message>
            <source>As &amp;CSV…</source>
            <translation>As &amp;CSV…</translation>
        </message>
        <message>
            <source>As E&amp;xcel workbook (XLSX)…</source>
            <translation>As E&amp;xcel workbook (XLSX)…</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <source>Choose the file</source>
            <translation>Choose the file</translation>
        </message>
        <message>
            <source>A questionnaire (XLSForm .xlsx), a resident registry extract (CSV or .xlsx), or responses exported from KoboToolbox or ODK Central (CSV, .xlsx or JSON).</source>
            <translation>A questionnaire (XLSForm .xlsx), a resident registry extract (CSV or .xlsx), or responses exported from KoboToolbox or ODK Central (CSV, .xlsx or JSON).</translation>
        </message>
        <message>
            <source>the file to import</source>
            <translation>the file to import</translation>
        </message>
        <message>
            <source>&amp;Choose…</source>
            <translation>&amp;Choose…</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Kind:</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
        </message>
        <message>
            <source>Encoding:</source>
            <translation>Encoding:</translation>
        </message>
        <message>
            <source>Delimiter:</source>
            <translation>Delimiter:</translation>
        </message>
        <message>
            <source>The first rows, as read:</source>
            <translation>The first rows, as read:</translation>
        </message>
        <message>
            <source>Reading {file}…</source>
            <translation>Reading {file}…</translation>
        </message>
        <message>
            <source>The first questions:</source>
            <translation>The first questions:</translation>
        </message>
        <message>
            <source>This file cannot be imported as it is:</source>
            <translation>This file cannot be imported as it is:</translation>
        </message>
        <message>
            <source>Read as: {kind}. If that is wrong, choose the kind above.</source>
            <translation>Read as: {kind}. If that is wrong, choose the kind above.</translation>
        </message>
    </context>
    <context>
        <name>GuideWindow</name>
        <message>
            <source>User guide – Permit Review</source>
            <translation>User guide – Permit Review</translation>
        </message>
        <message>
            <source>Pages of the guide</source>
            <translation>Pages of the guide</translation>
        </message>
        <message>
            <source>Guide page</source>
            <translation>Guide page</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>&amp;Back</translation>
        </message>
        <message>
            <source>&amp;Forward</source>
            <translation>&amp;Forward</translation>
        </message>
        <message>
            <source>&amp;Getting started</source>
            <translation>&amp;Getting started</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>Navigation</translation>
        </message>
        <message>
            <source>Getting started</source>
            <translation>Getting started</translation>
        </message>
        <message>
            <source>Officer</source>
            <translation>Officer</translation>
        </message>
        <message>
            <source>Supervisor</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <source>Clerk</source>
            <translation>Clerk</translation>
        </message>
        <message>
            <source>Administrator</source>
            <translation>Administrator</translation>
        </message>
    </context>
    <context>
        <name>ImportCheck</name>
        <message>
            <source>{count} new</source>
            <translation>{count} new</translation>
        </message>
        <message>
            <source>{count} updated</source>
            <translation>{count} updated</translation>
        </message>
        <message>
            <source>{count} unchanged</source>
            <translation>{count} unchanged</translation>
        </message>
        <message>
            <source>{count} refused</source>
            <translation>{count} refused</translation>
        </message>
        <message>
            <source>{count} superseded by a later submission</source>
            <translation>{count} superseded by a later submission</translation>
        </message>
        <message>
            <source>{count} cases to open</source>
            <translation>{count} cases to open</translation>
        </message>
        <message>
            <source>{count} questions read</source>
            <translation>{count} questions read</translation>
        </message>
        <message>
            <source>{count} rows read</source>
            <translation>{count} rows read</translation>
        </message>
        <message>
            <source>{read}: {parts}.</source>
            <translation>{read}: {parts}.</translation>
        </message>
    </context>
    <context>
        <name>ImportFile</name>
        <message>
            <source>Import files (*.xlsx *.csv *.txt *.json);;All files (*)</source>
            <translation>Import files (*.xlsx *.csv *.txt *.json);;All files (*)</translation>
        </message>
        <message>
            <source>Choose the file to import</source>
            <translation>Choose the file to import</translation>
        </message>
    </context>
    <context>
        <name>ImportPlan</name>
        <message>
            <source>Questionnaire (XLSForm)</source>
            <translation>Questionnaire (XLSForm)</translation>
        </message>
        <message>
            <source>Resident registry extract</source>
            <translation>Resident registry extract</translation>
        </message>
        <message>
            <source>Questionnaire responses</source>
            <translation>Questionnaire responses</translation>
        </message>
        <message>
            <source>The questionnaire becomes the campaign's current version.</source>
            <translation>The questionnaire becomes the campaign's current version.</translation>
        </message>
        <message>
            <source>Each resident gets one case in the campaign (updated if already there).</source>
            <translation>Each resident gets one case in the campaign (updated if already there).</translation>
        </message>
        <message>
            <source>Each response is attached to its case in the campaign, by permit number.</source>
            <translation>Each response is attached to its case in the campaign, by permit number.</translation>
        </message>
        <message>
            <source>CSV text</source>
            <translation>CSV text</translation>
        </message>
        <message>
            <source>Excel workbook (.xlsx)</source>
            <translation>Excel workbook (.xlsx)</translation>
        </message>
        <message>
            <source>UTF-8 with byte order mark</source>
            <translation>UTF-8 with byte order mark</translation>
        </message>
        <message>
            <source>Windows-1257 (Baltic)</source>
            <translation>Windows-1257 (Baltic)</translation>
        </message>
        <message>
            <source>Windows-1251 (Cyrillic)</source>
            <translation>Windows-1251 (Cyrillic)</translation>
        </message>
        <message>
            <source>comma ( , )</source>
            <translation>comma ( , )</translation>
        </message>
        <message>
            <source>semicolon ( ; )</source>
            <translation>semicolon ( ; )</translation>
        </message>
        <message>
            <source>tab</source>
            <translation>tab</translation>
        </message>
        <message>
            <source>{source} {format} export</source>
            <translation>{source} {format} export</translation>
        </message>
        <message>
            <source>{source} {format} export with labels</source>
            <translation>{source} {format} export with labels</translation>
        </message>
        <message>
            <source>{source} {format} export with labels in {language}</source>
            <translation>{source} {format} export with labels in {language}</translation>
        </message>
    </context>
    <context>
        <name>ImportReport</name>
        <message>
            <source>Save the report</source>
            <translation>Save the report</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV files (*.csv)</translation>
        </message>
        <message>
            <source>{file} cannot be written ({reason})</source>
            <translation>{file} cannot be written ({reason})</translation>
        </message>
        <message>
            <source>The report ({lines} lines) was saved to {file}.</source>
            <translation>The report ({lines} lines) was saved to {file}.</translation>
        </message>
    </context>
    <context>
        <name>ImportSummary</name>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; was imported into &lt;b&gt;{campaign}&lt;/b&gt; as {kind} in {seconds} s.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; was imported into &lt;b&gt;{campaign}&lt;/b&gt; as {kind} in {seconds} s.</translation>
        </message>
        <message>
            <source>No row of &lt;b&gt;{file}&lt;/b&gt; could be imported; nothing was written.</source>
            <translation>No row of &lt;b&gt;{file}&lt;/b&gt; could be imported; nothing was written.</translation>
        </message>
        <message>
            <source>&lt;b&gt;{file}&lt;/b&gt; held nothing new for &lt;b&gt;{campaign}&lt;/b&gt;: everything in it was already stored, so nothing was written.</source>
            <translation>&lt;b&gt;{file}&lt;/b&gt; held nothing new for &lt;b&gt;{campaign}&lt;/b&gt;: everything in it was already stored, so nothing was written.</translation>
        </message>
    </context>
    <context>
        <name>ImportTables</name>
        <message>
            <source>error</source>
            <translation>error</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>warning</translation>
        </message>
        <message>
            <source>whole file</source>
            <translation>whole file</translation>
        </message>
        <message>
            <source>Row</source>
            <translation>Row</translation>
        </message>
        <message>
            <source>Column</source>
            <translation>Column</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Severity</translation>
        </message>
        <message>
            <source>Reason</source>
            <translation>Reason</translation>
        </message>
        <message>
            <source>Permit number</source>
            <translation>Permit number</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Field</translation>
        </message>
        <message>
            <source>Was</source>
            <translation>Was</translation>
        </message>
        <message>
            <source>Now</source>
            <translation>Now</translation>
        </message>
        <message>
            <source>Rows read</source>
            <translation>Rows read</translation>
        </message>
        <message>
            <source>Imported (new)</source>
            <translation>Imported (new)</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>Updated</translation>
        </message>
        <message>
            <source>Unchanged (already stored)</source>
            <translation>Unchanged (already stored)</translation>
        </message>
        <message>
            <source>Refused (rows with errors)</source>
            <translation>Refused (rows with errors)</translation>
        </message>
        <message>
            <source>Superseded by a later submission</source>
            <translation>Superseded by a later submission</translation>
        </message>
        <message>
            <source>Cases opened</source>
            <translation>Cases opened</translation>
        </message>
        <message>
            <source>Cases with a response</source>
            <translation>Cases with a response</translation>
        </message>
        <message>
            <source>Cases still without a response</source>
            <translation>Cases still without a response</translation>
        </message>
        <message>
            <source>Answer choices</source>
            <translation>Answer choices</translation>
        </message>
        <message>
            <source>Markers</source>
            <translation>Markers</translation>
        </message>
        <message>
            <source>What</source>
            <translation>What</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Rows</translation>
        </message>
        <message>
            <source>Questionnaire</source>
            <translation>Questionnaire</translation>
        </message>
        <message>
            <source>Registry</source>
            <translation>Registry</translation>
        </message>
        <message>
            <source>Responses</source>
            <translation>Responses</translation>
        </message>
        <message>
            <source>When</source>
            <translation>When</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Kind</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaign</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>By</source>
            <translation>By</translation>
        </message>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>Unchanged</source>
            <translation>Unchanged</translation>
        </message>
        <message>
            <source>Refused</source>
            <translation>Refused</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <source>Import a file – Permit Review</source>
            <translation>Import a file – Permit Review</translation>
        </message>
    </context>
    <context>
        <name>ImportsView</name>
        <message>
            <source>Imports made, newest first</source>
            <translation>Imports made, newest first</translation>
        </message>
        <message>
            <source>&amp;Import a file…</source>
            <translation>&amp;Import a file…</translation>
        </message>
        <message>
            <source>Import a questionnaire, a registry extract or responses (Ctrl+I)</source>
            <translation>Import a questionnaire, a registry extract or responses (Ctrl+I)</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Imports</translation>
        </message>
        <message>
            <source>Each import that wrote something, newest first. Import the questionnaire first, then the registry extract (which opens the cases), then the responses.</source>
            <translation>Each import that wrote something, newest first. Import the questionnaire first, then the registry extract (which opens the cases), then the responses.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Loading…</translation>
        </message>
        <message>
            <source>{count} import(s).</source>
            <translation>{count} import(s).</translation>
        </message>
        <message>
            <source>Nothing has been imported yet.</source>
            <translation>Nothing has been imported yet.</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>Window locked</source>
            <translation>Window locked</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>&amp;Unlock</source>
            <translation>&amp;Unlock</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Switch user…</translation>
        </message>
        <message>
            <source>{reason} Case content is hidden. Enter the password of &lt;b&gt;{name}&lt;/b&gt; ({username}) to continue.</source>
            <translation>{reason} Case content is hidden. Enter the password of &lt;b&gt;{name}&lt;/b&gt; ({username}) to continue.</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <source>Log in – Permit Review</source>
            <translation>Log in – Permit Review</translation>
        </message>
        <message>
            <source>Log in</source>
            <translation>Log in</translation>
        </message>
        <message>
            <source>Permit Review</source>
            <translation>Permit Review</translation>
        </message>
        <message>
            <source>Review of permanent residence permits</source>
            <translation>Review of permanent residence permits</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>Store: {store}</translation>
        </message>
        <message>
            <source>Store: {store} (encrypted: your password unlocks it)</source>
            <translation>Store: {store} (encrypted: your password unlocks it)</translation>
        </message>
        <message>
            <source>&amp;Log in</source>
            <translation>&amp;Log in</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>type your user name</source>
            <translation>type your user name</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Views</source>
            <translation>Views</translation>
        </message>
        <message>
            <source>Permit Review – {name}</source>
            <translation>Permit Review – {name}</translation>
        </message>
        <message>
            <source>Roles: {roles}</source>
            <translation>Roles: {roles}</translation>
        </message>
        <message>
            <source>Store: {store}</source>
            <translation>Store: {store}</translation>
        </message>
        <message>
            <source>Working…</source>
            <translation>Working…</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>&amp;Change password…</source>
            <translation>&amp;Change password…</translation>
        </message>
        <message>
            <source>&amp;Lock window</source>
            <translation>&amp;Lock window</translation>
        </message>
        <message>
            <source>&amp;Switch user…</source>
            <translation>&amp;Switch user…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Back up now…</source>
            <translation>&amp;Back up now…</translation>
        </message>
        <message>
            <source>&amp;Restore backup…</source>
            <translation>&amp;Restore backup…</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Language</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;User guide</source>
            <translation>&amp;User guide</translation>
        </message>
        <message>
            <source>&amp;About Permit Review</source>
            <translation>&amp;About Permit Review</translation>
        </message>
        <message>
            <source>You locked the window.</source>
            <translation>You locked the window.</translation>
        </message>
        <message>
            <source>{count} minutes</source>
            <translation>{count} minutes</translation>
        </message>
        <message>
            <source>{count} seconds</source>
            <translation>{count} seconds</translation>
        </message>
        <message>
            <source>The window was locked after {span} without use.</source>
            <translation>The window was locked after {span} without use.</translation>
        </message>
        <message>
            <source>Permit Review – locked</source>
            <translation>Permit Review – locked</translation>
        </message>
        <message>
            <source>Your password was changed.</source>
            <translation>Your password was changed.</translation>
        </message>
        <message>
            <source>The store was restored from {backup}; the store as it was is kept at {kept}. Log in again to continue.</source>
            <translation>The store was restored from {backup}; the store as it was is kept at {kept}. Log in again to continue.</translation>
        </message>
        <message>
            <source>About Permit Review</source>
            <translation>About Permit Review</translation>
        </message>
        <message>
            <source>Review of permanent residence permits: questionnaires, decisions with a second person's sign-off, letters, service, appeals and departures.&lt;br&gt;&lt;br&gt;Store: {store}&lt;br&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}</source>
            <translation>Review of permanent residence permits: questionnaires, decisions with a second person's sign-off, letters, service, appeals and departures.&lt;br&gt;&lt;br&gt;Store: {store}&lt;br&gt;Data folder: {data}&lt;br&gt;Log folder: {logs}</translation>
        </message>
    </context>
    <context>
        <name>PasswordPair</name>
        <message>
            <source>✗ At least {least} characters: {missing} more needed.</source>
            <translation>✗ At least {least} characters: {missing} more needed.</translation>
        </message>
        <message>
            <source>✗ It must not start or end with a space.</source>
            <translation>✗ It must not start or end with a space.</translation>
        </message>
        <message>
            <source>✓ At least {least} characters.</source>
            <translation>✓ At least {least} characters.</translation>
        </message>
        <message>
            <source>✗ The two entries differ.</source>
            <translation>✗ The two entries differ.</translation>
        </message>
        <message>
            <source>✓ The two entries match.</source>
            <translation>✓ The two entries match.</translation>
        </message>
        <message>
            <source>Now type it again.</source>
            <translation>Now type it again.</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>Password a&amp;gain:</source>
            <translation>Password a&amp;gain:</translation>
        </message>
        <message>
            <source>the two entries differ; type the same one twice</source>
            <translation>the two entries differ; type the same one twice</translation>
        </message>
    </context>
    <context>
        <name>ResetPasswordDialog</name>
        <message>
            <source>Reset password</source>
            <translation>Reset password</translation>
        </message>
        <message>
            <source>Set a new password for &lt;b&gt;{name}&lt;/b&gt; ({username}). Give it to them in person; they must change it at their next login. A lock after failed logins is lifted too.</source>
            <translation>Set a new password for &lt;b&gt;{name}&lt;/b&gt; ({username}). Give it to them in person; they must change it at their next login. A lock after failed logins is lifted too.</translation>
        </message>
        <message>
            <source>&amp;New password:</source>
            <translation>&amp;New password:</translation>
        </message>
        <message>
            <source>New password a&amp;gain:</source>
            <translation>New password a&amp;gain:</translation>
        </message>
        <message>
            <source>&amp;Reset password</source>
            <translation>&amp;Reset password</translation>
        </message>
    </context>
    <context>
        <name>RestoreDamagedDialog</name>
        <message>
            <source>Restore a backup over the damaged store</source>
            <translation>Restore a backup over the damaged store</translation>
        </message>
        <message>
            <source>&lt;b&gt;The store is damaged.&lt;/b&gt; Restore a backup over it: choose the backup, then log in as an administrator.</source>
            <translation>&lt;b&gt;The store is damaged.&lt;/b&gt; Restore a backup over it: choose the backup, then log in as an administrator.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Backups, newest first</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>Other &amp;file…</translation>
        </message>
        <message>
            <source>Administrator &amp;user name:</source>
            <translation>Administrator &amp;user name:</translation>
        </message>
        <message>
            <source>&amp;Password:</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <source>An administrator's user name and password, as they were when the backup was made. The damaged store is copied aside first; work done since the backup is only in that copy.</source>
            <translation>An administrator's user name and password, as they were when the backup was made. The damaged store is copied aside first; work done since the backup is only in that copy.</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restore</translation>
        </message>
        <message>
            <source>Backups, newest first:</source>
            <translation>Backups, newest first:</translation>
        </message>
        <message>
            <source>verified when made</source>
            <translation>verified when made</translation>
        </message>
        <message>
            <source>not in the backup journal</source>
            <translation>not in the backup journal</translation>
        </message>
        <message>
            <source>Checking {backup} and restoring it…</source>
            <translation>Checking {backup} and restoring it…</translation>
        </message>
        <message>
            <source>The store was not replaced.</source>
            <translation>The store was not replaced.</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>Restore a backup</source>
            <translation>Restore a backup</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Backups, newest first</translation>
        </message>
        <message>
            <source>Other &amp;file…</source>
            <translation>Other &amp;file…</translation>
        </message>
        <message>
            <source>The store will be replaced by the backup you choose. The store as it is now is backed up first.</source>
            <translation>The store will be replaced by the backup you choose. The store as it is now is backed up first.</translation>
        </message>
        <message>
            <source>&amp;Restore…</source>
            <translation>&amp;Restore…</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>Restore this backup?</translation>
        </message>
        <message>
            <source>Replace the store with {backup}? Work done since that backup is kept only in the copy taken first.</source>
            <translation>Replace the store with {backup}? Work done since that backup is kept only in the copy taken first.</translation>
        </message>
        <message>
            <source>Checking and restoring…</source>
            <translation>Checking and restoring…</translation>
        </message>
        <message>
            <source>Nothing was changed.</source>
            <translation>Nothing was changed.</translation>
        </message>
        <message>
            <source>Restored {backup}. The store as it was is kept at {kept}.</source>
            <translation>Restored {backup}. The store as it was is kept at {kept}.</translation>
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
            <translation>officer</translation>
        </message>
        <message>
            <source>supervisor</source>
            <translation>supervisor</translation>
        </message>
        <message>
            <source>clerk</source>
            <translation>clerk</translation>
        </message>
        <message>
            <source>admin</source>
            <translation>admin</translation>
        </message>
        <message>
            <source>takes cases from the queue and proposes decisions</source>
            <translation>takes cases from the queue and proposes decisions</translation>
        </message>
        <message>
            <source>assigns work, signs off or returns decisions, withdraws cases</source>
            <translation>assigns work, signs off or returns decisions, withdraws cases</translation>
        </message>
        <message>
            <source>issues letters, records dispatch, service, appeals and departures</source>
            <translation>issues letters, records dispatch, service, appeals and departures</translation>
        </message>
        <message>
            <source>manages users, settings, imports and the audit log</source>
            <translation>manages users, settings, imports and the audit log</translation>
        </message>
    </context>
    <context>
        <name>SettingsView</name>
        <message>
            <source>Department (printed on letters)</source>
            <translation>Department (printed on letters)</translation>
        </message>
        <message>
            <source>Sessions</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>&amp;Lock the window after:</source>
            <translation>&amp;Lock the window after:</translation>
        </message>
        <message>
            <source>without keyboard or mouse input. Takes effect at the next login.</source>
            <translation>without keyboard or mouse input. Takes effect at the next login.</translation>
        </message>
        <message>
            <source>&amp;Save settings</source>
            <translation>&amp;Save settings</translation>
        </message>
        <message>
            <source>Re&amp;vert</source>
            <translation>Re&amp;vert</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Settings saved.</source>
            <translation>Settings saved.</translation>
        </message>
        <message>
            <source>Nothing had changed.</source>
            <translation>Nothing had changed.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up Permit Review</source>
            <translation>Set up Permit Review</translation>
        </message>
        <message>
            <source>First run setup</source>
            <translation>First run setup</translation>
        </message>
        <message>
            <source>&lt;b&gt;This store is new.&lt;/b&gt; Create the first administrator, who will then add the other users, and check the department details that letters print. An administrator can change the details later under Settings.</source>
            <translation>&lt;b&gt;This store is new.&lt;/b&gt; Create the first administrator, who will then add the other users, and check the department details that letters print. An administrator can change the details later under Settings.</translation>
        </message>
        <message>
            <source>First administrator</source>
            <translation>First administrator</translation>
        </message>
        <message>
            <source>e.g. jonas.p</source>
            <translation>e.g. jonas.p</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>&amp;User name:</translation>
        </message>
        <message>
            <source>Lower case: letters, digits, '.', '_' or '-'.</source>
            <translation>Lower case: letters, digits, '.', '_' or '-'.</translation>
        </message>
        <message>
            <source>&amp;Full name:</source>
            <translation>&amp;Full name:</translation>
        </message>
        <message>
            <source>Department (printed on letters)</source>
            <translation>Department (printed on letters)</translation>
        </message>
        <message>
            <source>&amp;Create administrator</source>
            <translation>&amp;Create administrator</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
    </context>
    <context>
        <name>Shell</name>
        <message>
            <source>The first administrator was created. Log in to continue.</source>
            <translation>The first administrator was created. Log in to continue.</translation>
        </message>
        <message>
            <source>You were logged out.</source>
            <translation>You were logged out.</translation>
        </message>
        <message>
            <source>The store was restored from {backup} (made {made}). The damaged files were kept in {kept}. Log in to continue.</source>
            <translation>The store was restored from {backup} (made {made}). The damaged files were kept in {kept}. Log in to continue.</translation>
        </message>
        <message>
            <source>Daily backup made and verified: {file}</source>
            <translation>Daily backup made and verified: {file}</translation>
        </message>
        <message>
            <source>The daily backup was not made</source>
            <translation>The daily backup was not made</translation>
        </message>
        <message>
            <source>Finishing the work in progress…</source>
            <translation>Finishing the work in progress…</translation>
        </message>
        <message>
            <source>{username} was logged out.</source>
            <translation>{username} was logged out.</translation>
        </message>
        <message>
            <source>{name} was logged out. The next person can log in.</source>
            <translation>{name} was logged out. The next person can log in.</translation>
        </message>
        <message>
            <source>Backing up the store before closing…</source>
            <translation>Backing up the store before closing…</translation>
        </message>
        <message>
            <source>The backup on exit was not made</source>
            <translation>The backup on exit was not made</translation>
        </message>
        <message>
            <source>{reason}

The application closes anyway; an administrator can make a backup with File &gt; Back up now the next time.</source>
            <translation>{reason}

The application closes anyway; an administrator can make a backup with File &gt; Back up now the next time.</translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <source>The store could not be opened ({error}).</source>
            <translation>The store could not be opened ({error}).</translation>
        </message>
        <message>
            <source>Permit Review cannot start</source>
            <translation>Permit Review cannot start</translation>
        </message>
        <message>
            <source>The store cannot be opened, so the application cannot start.</source>
            <translation>The store cannot be opened, so the application cannot start.</translation>
        </message>
        <message>
            <source>{reason}

Store: {store}

What to do: check that the folder exists, is reachable and not full, and that no other program holds the file. To use another store, start with --data-dir FOLDER or --db URL (or set PERMIT_REVIEW_DATA_DIR). If a migration failed, the copy taken before it is in {backups}. The log is in {logs}.</source>
            <translation>{reason}

Store: {store}

What to do: check that the folder exists, is reachable and not full, and that no other program holds the file. To use another store, start with --data-dir FOLDER or --db URL (or set PERMIT_REVIEW_DATA_DIR). If a migration failed, the copy taken before it is in {backups}. The log is in {logs}.</translation>
        </message>
        <message>
            <source>Permit Review is already open</source>
            <translation>Permit Review is already open</translation>
        </message>
        <message>
            <source>Permit Review is already open on this store.</source>
            <translation>Permit Review is already open on this store.</translation>
        </message>
        <message>
            <source>The folder {folder} cannot be used: {reason}.</source>
            <translation>The folder {folder} cannot be used: {reason}.</translation>
        </message>
    </context>
    <context>
        <name>StoreOpener</name>
        <message>
            <source>{file} is not a Permit Review store: it is not an SQLite file, and no key slots ({slots}) lie beside it as they do beside an encrypted store. If it is an encrypted store whose key slot file was lost, restore that file from the copy kept beside the newest backup.</source>
            <translation>{file} is not a Permit Review store: it is not an SQLite file, and no key slots ({slots}) lie beside it as they do beside an encrypted store. If it is an encrypted store whose key slot file was lost, restore that file from the copy kept beside the newest backup.</translation>
        </message>
    </context>
    <context>
        <name>SummaryPage</name>
        <message>
            <source>Imported</source>
            <translation>Imported</translation>
        </message>
        <message>
            <source>&amp;Problems</source>
            <translation>&amp;Problems</translation>
        </message>
        <message>
            <source>&amp;Changes</source>
            <translation>&amp;Changes</translation>
        </message>
        <message>
            <source>Save the &amp;report…</source>
            <translation>Save the &amp;report…</translation>
        </message>
        <message>
            <source>Only the valid rows were imported; the refused ones are in the report.</source>
            <translation>Only the valid rows were imported; the refused ones are in the report.</translation>
        </message>
        <message>
            <source>The report lists every problem found (warnings included) and every change.</source>
            <translation>The report lists every problem found (warnings included) and every change.</translation>
        </message>
        <message>
            <source>&amp;Problems ({count})</source>
            <translation>&amp;Problems ({count})</translation>
        </message>
        <message>
            <source>&amp;Changes ({count})</source>
            <translation>&amp;Changes ({count})</translation>
        </message>
    </context>
    <context>
        <name>TaskRunner</name>
        <message>
            <source>Cancel</source>
            <translation>Cancel</translation>
        </message>
    </context>
    <context>
        <name>UsersModel</name>
        <message>
            <source>User name</source>
            <translation>User name</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Full name</translation>
        </message>
        <message>
            <source>Roles</source>
            <translation>Roles</translation>
        </message>
        <message>
            <source>State</source>
            <translation>State</translation>
        </message>
        <message>
            <source>Must change password</source>
            <translation>Must change password</translation>
        </message>
        <message>
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <source>disabled</source>
            <translation>disabled</translation>
        </message>
        <message>
            <source>locked</source>
            <translation>locked</translation>
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
        <name>UsersView</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>&amp;Add user…</source>
            <translation>&amp;Add user…</translation>
        </message>
        <message>
            <source>Edit &amp;roles…</source>
            <translation>Edit &amp;roles…</translation>
        </message>
        <message>
            <source>&amp;Disable</source>
            <translation>&amp;Disable</translation>
        </message>
        <message>
            <source>Un&amp;lock</source>
            <translation>Un&amp;lock</translation>
        </message>
        <message>
            <source>Reset &amp;password…</source>
            <translation>Reset &amp;password…</translation>
        </message>
        <message>
            <source>&amp;Enable</source>
            <translation>&amp;Enable</translation>
        </message>
        <message>
            <source>{user} added.</source>
            <translation>{user} added.</translation>
        </message>
        <message>
            <source>{user} now has new roles.</source>
            <translation>{user} now has new roles.</translation>
        </message>
        <message>
            <source>{user} has a new password, to change at next login.</source>
            <translation>{user} has a new password, to change at next login.</translation>
        </message>
        <message>
            <source>{user} disabled.</source>
            <translation>{user} disabled.</translation>
        </message>
        <message>
            <source>{user} enabled again.</source>
            <translation>{user} enabled again.</translation>
        </message>
        <message>
            <source>{user} unlocked.</source>
            <translation>{user} unlocked.</translation>
        </message>
    </context>
    <context>
        <name>ViewSpec</name>
        <message>
            <source>Users</source>
            <translation>Users</translation>
        </message>
        <message>
            <source>Add users, give roles, disable, unlock, reset passwords</source>
            <translation>Add users, give roles, disable, unlock, reset passwords</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>Department details for letters; idle lock</source>
            <translation>Department details for letters; idle lock</translation>
        </message>
        <message>
            <source>Imports</source>
            <translation>Imports</translation>
        </message>
        <message>
            <source>Import questionnaires, registry extracts and responses; the imports made so far</source>
            <translation>Import questionnaires, registry extracts and responses; the imports made so far</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>Overview</translation>
        </message>
        <message>
            <source>Your account and the cases by state</source>
            <translation>Your account and the cases by state</translation>
        </message>
        <message>
            <source>Queue</source>
            <translation>Queue</translation>
        </message>
        <message>
            <source>The cases you may work on; open one with Enter</source>
            <translation>The cases you may work on; open one with Enter</translation>
        </message>
        <message>
            <source>Sign-off</source>
            <translation>Sign-off</translation>
        </message>
        <message>
            <source>Proposals waiting for your sign-off</source>
            <translation>Proposals waiting for your sign-off</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Dashboard</translation>
        </message>
        <message>
            <source>How far the review is: cases by state, outcomes by citizenship, workload, decisions per week, times, appeals and deadlines; exports and the weekly report</source>
            <translation>How far the review is: cases by state, outcomes by citizenship, workload, decisions per week, times, appeals and deadlines; exports and the weekly report</translation>
        </message>
        <message>
            <source>Audit log</source>
            <translation>Audit log</translation>
        </message>
        <message>
            <source>Who did what: filter, read and export the audit log</source>
            <translation>Who did what: filter, read and export the audit log</translation>
        </message>
    </context>
</TS>
