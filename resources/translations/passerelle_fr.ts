<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>error_text</name>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="12" />
        <source>That user name or passphrase is not right. Check them and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="14" />
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="15" />
        <source>This passphrase is too weak: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="17" />
        <source>Too many failed attempts. Wait {seconds} seconds, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="19" />
        <source>The vault file is damaged or is not a Passerelle vault. It has not been changed. Restore your latest backup, or ask your coordinator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="23" />
        <source>There is no vault in this folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="24" />
        <source>A vault already exists in this folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="26" />
        <source>This vault was saved by a newer version of Passerelle. Update Passerelle to open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="29" />
        <source>This vault is already open in another Passerelle window. Use that window, or close it first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="33" />
        <source>The key file next to the vault is missing, so the vault cannot be opened. Restore your latest backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="37" />
        <source>The key file next to the vault is damaged, so the vault cannot be opened. Restore your latest backup.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="41" />
        <source>That recovery key is not right. Check each group of characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="43" />
        <source>There is no user with that name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="44" />
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="46" />
        <source>That place cannot be written to. Choose another folder or drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="48" />
        <source>Something went wrong while reading or writing a file. Nothing was lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="50" />
        <source>The integrity check found a problem: {detail}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="52" />
        <source>Your role does not allow this.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="53" />
        <source>The last coordinator cannot be removed or made a caseworker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="55" />
        <source>A user with that name already exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="57" />
        <source>That record no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="58" />
        <source>Check {field}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="59" />
        <source>{file}, {where}, field “{field}”: {reason}. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="61" />
        <source>The import was cancelled. Nothing was imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="63" />
        <source>The archive {file} tries to write outside its folder. It was refused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="65" />
        <source>The file {file} is too large.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="66" />
        <source>This backup cannot be used: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="68" />
        <source>The backup was written but could not be verified. Try another drive.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="70" />
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="74" />
        <source>it is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="75" />
        <source>use at least 12 characters, e.g. a few words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="76" />
        <source>it is built from your name or the organization's name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../intake_app/ui/error_text.py" line="78" />
        <source>it is too easy to guess. Try four unrelated words.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>