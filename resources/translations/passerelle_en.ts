<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditDetails</name>
    <message numerus="yes">
        <source>%n failed attempt(s) before this one</source>
        <translation><numerusform>%n failed attempt before this one</numerusform><numerusform>%n failed attempts before this one</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fictional client(s) added</source>
        <translation><numerusform>%n fictional client added</numerusform><numerusform>%n fictional clients added</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation><numerusform>%n need</numerusform><numerusform>%n needs</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation><numerusform>%n consent</numerusform><numerusform>%n consents</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation><numerusform>%n field changed</numerusform><numerusform>%n fields changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation><numerusform>%n letter</numerusform><numerusform>%n letters</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted word(s) kept</source>
        <translation><numerusform>%n highlighted word kept</numerusform><numerusform>%n highlighted words kept</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new service(s)</source>
        <translation><numerusform>%n new service</numerusform><numerusform>%n new services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n updated</numerusform><numerusform>%n updated</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation><numerusform>%n location</numerusform><numerusform>%n locations</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed</source>
        <translation><numerusform>%n setting changed</numerusform><numerusform>%n settings changed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed</source>
        <translation><numerusform>%n older backup removed</numerusform><numerusform>%n older backups removed</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) deleted</source>
        <translation><numerusform>%n client deleted</numerusform><numerusform>%n clients deleted</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>inactive for %n month(s)</source>
        <translation><numerusform>inactive for %n month</numerusform><numerusform>inactive for %n months</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n event</numerusform><numerusform>%n events</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s)</source>
        <translation><numerusform>%n key slot</numerusform><numerusform>%n key slots</numerusform></translation>
    </message>
    </context>
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
    <message numerus="yes">
        <source>Preparing the preview of %n letter(s)…</source>
        <translation><numerusform>Preparing the preview of %n letter…</numerusform><numerusform>Preparing the preview of %n letters…</numerusform></translation>
    </message>
    </context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n follow-up due</numerusform><numerusform>%n follow-ups due</numerusform></translation>
    </message>
    </context>
<context>
    <name>NeedsToRouteModel</name>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message numerus="yes">
        <source>%n follow-up(s) due today or earlier.</source>
        <translation><numerusform>%n follow-up due today or earlier.</numerusform><numerusform>%n follow-ups due today or earlier.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s).</source>
        <translation><numerusform>%n referral.</numerusform><numerusform>%n referrals.</numerusform></translation>
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
    <name>RoutingView</name>
    <message numerus="yes">
        <source>%n service(s) of the directory have no category and cannot be suggested.</source>
        <translation><numerusform>%n service of the directory have no category and cannot be suggested.</numerusform><numerusform>%n services of the directory have no category and cannot be suggested.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Refer to %n service(s)</source>
        <translation><numerusform>Refer to %n service</numerusform><numerusform>Refer to %n services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) made: %1</source>
        <translation><numerusform>%n referral made: %1</numerusform><numerusform>%n referrals made: %1</numerusform></translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message numerus="yes">
        <source>%n service(s) fit</source>
        <translation><numerusform>%n service fit</numerusform><numerusform>%n services fit</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>%n day overdue</numerusform><numerusform>%n days overdue</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Follow-ups due: %n</source>
        <translation><numerusform>&amp;Follow-ups due: %n</numerusform><numerusform>&amp;Follow-ups due: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation><numerusform>(%n overdue)</numerusform><numerusform>(%n overdue)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Drafts waiting: %n</source>
        <translation><numerusform>&amp;Drafts waiting: %n</numerusform><numerusform>&amp;Drafts waiting: %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>&amp;Matches: %n</source>
        <translation><numerusform>&amp;Matches: %n</numerusform><numerusform>&amp;Matches: %n</numerusform></translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message numerus="yes">
        <source>Please wait %n s before the next try.</source>
        <translation><numerusform>Please wait %n s before the next try.</numerusform><numerusform>Please wait %n s before the next try.</numerusform></translation>
    </message>
</context>
<context>
    <name>client_tabs</name>
    <message numerus="yes">
        <source>%n referral(s) made. Prepare the letter(s) now?</source>
        <translation><numerusform>%n referral made. Prepare the letter now?</numerusform><numerusform>%n referrals made. Prepare the letters now?</numerusform></translation>
    </message>
    </context>
</TS>