<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="lt" sourcelanguage="en">
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>Gerai</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Įrašyti</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>Įrašyti viską</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Atverti</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>&amp;Taip</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>Taip &amp;visiems</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>&amp;Ne</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>N&amp;e visiems</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>Nutraukti</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>Kartoti</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>Nepaisyti</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Užverti</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atsisakyti</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Atmesti</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Žinynas</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Taikyti</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Atstatyti</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>Atkurti numatytąsias</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; &amp;Atgal</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>&amp;Toliau &gt;</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>&amp;Toliau</translation>
        </message>
        <message>
            <source>&amp;Finish</source>
            <translation>&amp;Baigti</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Atsisakyti</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Žinynas</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>Žinynas</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>Grįžti</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Tęsti</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>Patvirtinti</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Atlikta</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Baigti darbą</translation>
        </message>
    </context>
</TS>
