<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditSection</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n event(s), none changed or removed.</source>
        <translation><numerusform>Audit trail intact: %n event, none changed or removed.</numerusform><numerusform>Audit trail intact: %n events, none changed or removed.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported.</source>
        <translation><numerusform>%n event exported.</numerusform><numerusform>%n events exported.</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation><numerusform>%n older backup removed.</numerusform><numerusform>%n older backups removed.</numerusform></translation>
    </message>
    </context>
<context>
    <name>ClientsPage</name>
    <message numerus="yes">
        <source>%n client(s) with a consent ending within 30 days</source>
        <translation><numerusform>%n client with a consent ending within 30 days</numerusform><numerusform>%n clients with a consent ending within 30 days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n match</numerusform><numerusform>%n matches</numerusform></translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message numerus="yes">
        <source>%n consent(s) expire within 30 days.</source>
        <translation><numerusform>%n consent expire within 30 days.</numerusform><numerusform>%n consents expire within 30 days.</numerusform></translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message numerus="yes">
        <source>%n possible match(es) already in the vault</source>
        <translation><numerusform>%n possible match already in the vault</numerusform><numerusform>%n possible matches already in the vault</numerusform></translation>
    </message>
    </context>
<context>
    <name>LetterDialog</name>
    <message numerus="yes">
        <source>%n word(s) highlighted may reveal something about the person's status or papers. Change them, or keep them if the service truly needs to know.</source>
        <translation><numerusform>%n word highlighted may reveal something about the person's status or papers. Change them, or keep them if the service truly needs to know.</numerusform><numerusform>%n words highlighted may reveal something about the person's status or papers. Change them, or keep them if the service truly needs to know.</numerusform></translation>
    </message>
    </context>
<context>
    <name>RetentionSection</name>
    <message numerus="yes">
        <source>%n client(s) inactive for longer than the period above.</source>
        <translation><numerusform>%n client inactive for longer than the period above.</numerusform><numerusform>%n clients inactive for longer than the period above.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n client record(s) for good? Their needs, consents, referrals and notes are erased. Only anonymous counts remain. This cannot be undone.</source>
        <translation><numerusform>Delete %n client record for good? Their needs, consents, referrals and notes are erased. Only anonymous counts remain. This cannot be undone.</numerusform><numerusform>Delete %n client records for good? Their needs, consents, referrals and notes are erased. Only anonymous counts remain. This cannot be undone.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n client record(s) deleted.</source>
        <translation><numerusform>%n client record deleted.</numerusform><numerusform>%n client records deleted.</numerusform></translation>
    </message>
    </context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>Please wait %n s before the next try.</source>
        <translation><numerusform>Please wait %n s before the next try.</numerusform><numerusform>Please wait %n s before the next try.</numerusform></translation>
    </message>
</context>
</TS>