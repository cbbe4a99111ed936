<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AppController</name>
    <message>
        <source>The new language applies fully the next time you unlock.</source>
        <translation>La nouvelle langue s'appliquera entièrement au prochain déverrouillage.</translation>
    </message>
</context>
<context>
    <name>CoordinatorPage</name>
    <message>
        <source>The first coordinator</source>
        <translation>La première personne coordonnatrice</translation>
    </message>
    <message>
        <source>The coordinator manages the directory, accounts and settings. Choose a passphrase only you know: it cannot be read back by anyone.</source>
        <translation>La coordination gère le répertoire, les comptes et les paramètres. Choisissez une phrase de passe que vous seul connaissez : personne ne peut la retrouver.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>&amp;Create the vault</source>
        <translation>&amp;Créer le coffre</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Création du coffre chiffré…</translation>
    </message>
</context>
<context>
    <name>GeneralSection</name>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Courriel :</translation>
    </message>
    <message>
        <source>Security and privacy</source>
        <translation>Sécurité et confidentialité</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Allow an optional sensitive note on client records (masked, audited, never printed or exported)</source>
        <translation>Permettre une note sensible facultative au dossier (masquée, journalisée, jamais imprimée ni exportée)</translation>
    </message>
    <message>
        <source>Lock automatically after:</source>
        <translation>Verrouiller automatiquement après :</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
    <message>
        <source>Interface language:</source>
        <translation>Langue de l'interface :</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Nothing to save.</source>
        <translation>Rien à enregistrer.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>Lock Passerelle now (Ctrl+L)</source>
        <translation>Verrouiller Passerelle maintenant (Ctrl+L)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>intervenant·e</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté·e : %1 (%2)</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Coffre déverrouillé.</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>Your organization</source>
        <translation>Votre organisme</translation>
    </message>
    <message>
        <source>This appears on the letterhead of referral letters. You can change it later in Settings.</source>
        <translation>Ces renseignements figurent dans l'en-tête des lettres de référence. Vous pourrez les modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Welcome to Passerelle. Setting up takes two minutes: your organization, the first coordinator's account, and a recovery key to keep safe.</source>
        <translation>Bienvenue dans Passerelle. La configuration prend deux minutes : votre organisme, le compte de la première personne coordonnatrice et une clé de récupération à garder en lieu sûr.</translation>
    </message>
    <message>
        <source>Organization &amp;name:</source>
        <translation>&amp;Nom de l'organisme :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>&amp;Retapez-la :</translation>
    </message>
    <message>
        <source>Use at least 12 characters. A few unrelated words are easy to remember and hard to guess.</source>
        <translation>Utilisez au moins 12 caractères. Quelques mots sans lien entre eux sont faciles à retenir et difficiles à deviner.</translation>
    </message>
    <message>
        <source>Too weak: %1</source>
        <translation>Trop faible : %1</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Strong enough. Now type it again.</source>
        <translation>Assez robuste. Retapez-la maintenant.</translation>
    </message>
    <message>
        <source>Strong enough, and both are the same.</source>
        <translation>Assez robuste, et les deux sont identiques.</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>Clients</source>
        <translation>Clientèle</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Coming soon.</source>
        <translation>Bientôt disponible.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Déverrouiller avec la clé de récupération</translation>
    </message>
    <message>
        <source>Type the recovery key printed when the vault was created, then choose a new passphrase for your account.</source>
        <translation>Tapez la clé de récupération imprimée à la création du coffre, puis choisissez une nouvelle phrase de passe pour votre compte.</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;récupération :</translation>
    </message>
    <message>
        <source>&amp;Unlock and save</source>
        <translation>&amp;Déverrouiller et enregistrer</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>If every passphrase is forgotten, this key is the only way into the vault. It is shown only now. Print it or write it down, and keep it locked away.</source>
        <translation>Si toutes les phrases de passe sont oubliées, cette clé est le seul moyen d'ouvrir le coffre. Elle n'est affichée qu'une fois, maintenant. Imprimez-la ou notez-la, et rangez-la sous clé.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>I have &amp;stored the recovery key in a safe place</source>
        <translation>J'ai &amp;rangé la clé de récupération en lieu sûr</translation>
    </message>
    <message>
        <source>Copied. The clipboard will be emptied in one minute.</source>
        <translation>Copiée. Le presse-papiers sera vidé dans une minute.</translation>
    </message>
    <message>
        <source>Passerelle recovery key</source>
        <translation>Clé de récupération Passerelle</translation>
    </message>
    <message>
        <source>Keep this page locked away. Anyone with it can open the vault.</source>
        <translation>Rangez cette page sous clé. Quiconque la possède peut ouvrir le coffre.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>Passerelle — first setup</source>
        <translation>Passerelle — première configuration</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <source>Unlock the vault to continue.</source>
        <translation>Déverrouillez le coffre pour continuer.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Forgot your passphrase?</source>
        <translation>Phrase de passe &amp;oubliée?</translation>
    </message>
    <message>
        <source>&amp;Your name:</source>
        <translation>&amp;Votre nom :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase de passe :</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Demo vault with fictional people and services; it is deleted when you quit.
Name: %1    Passphrase: %2</source>
        <translation>Coffre de démonstration : personnes et services fictifs, supprimé à la fermeture.
Nom : %1    Phrase de passe : %2</translation>
    </message>
    <message>
        <source>Type your name.</source>
        <translation>Tapez votre nom.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message numerus="yes">
        <source>Please wait %n s before the next try.</source>
        <translation><numerusform>Veuillez patienter %n s avant le prochain essai.</numerusform><numerusform>Veuillez patienter %n s avant le prochain essai.</numerusform></translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The data folder cannot be used.</source>
        <translation>Le dossier de données ne peut pas être utilisé.</translation>
    </message>
</context>
<context>
    <name>crash</name>
    <message>
        <source>Something went wrong inside Passerelle. Everything saved before this moment is safe. Please tell your coordinator what you were doing.</source>
        <translation>Un problème est survenu dans Passerelle. Tout ce qui a été enregistré avant ce moment est en sécurité. Dites à votre coordination ce que vous étiez en train de faire.</translation>
    </message>
</context>
<context>
    <name>error_text</name>
    <message>
        <source>That user name or passphrase is not right. Check them and try again.</source>
        <translation>Le nom ou la phrase de passe n'est pas le bon. Vérifiez-les et réessayez.</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Tapez votre phrase de passe.</translation>
    </message>
    <message>
        <source>This passphrase is too weak: {reason}</source>
        <translation>Cette phrase de passe est trop faible : {reason}</translation>
    </message>
    <message>
        <source>Too many failed attempts. Wait {seconds} seconds, then try again.</source>
        <translation>Trop d'essais infructueux. Attendez {seconds} secondes, puis réessayez.</translation>
    </message>
    <message>
        <source>The vault file is damaged or is not a Passerelle vault. It has not been changed. Restore your latest backup, or ask your coordinator.</source>
        <translation>Le fichier du coffre est endommagé ou n'est pas un coffre Passerelle. Il n'a pas été modifié. Restaurez votre dernière sauvegarde ou adressez-vous à votre coordination.</translation>
    </message>
    <message>
        <source>There is no vault in this folder.</source>
        <translation>Ce dossier ne contient aucun coffre.</translation>
    </message>
    <message>
        <source>A vault already exists in this folder.</source>
        <translation>Un coffre existe déjà dans ce dossier.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of Passerelle. Update Passerelle to open it.</source>
        <translation>Ce coffre a été enregistré par une version plus récente de Passerelle. Mettez Passerelle à jour pour l'ouvrir.</translation>
    </message>
    <message>
        <source>This vault is already open in another Passerelle window. Use that window, or close it first.</source>
        <translation>Ce coffre est déjà ouvert dans une autre fenêtre de Passerelle. Utilisez cette fenêtre ou fermez-la d'abord.</translation>
    </message>
    <message>
        <source>The key file next to the vault is missing, so the vault cannot be opened. Restore your latest backup.</source>
        <translation>Le fichier de clés à côté du coffre est introuvable : le coffre ne peut pas être ouvert. Restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The key file next to the vault is damaged, so the vault cannot be opened. Restore your latest backup.</source>
        <translation>Le fichier de clés à côté du coffre est endommagé : le coffre ne peut pas être ouvert. Restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>That recovery key is not right. Check each group of characters.</source>
        <translation>Cette clé de récupération n'est pas la bonne. Vérifiez chaque groupe de caractères.</translation>
    </message>
    <message>
        <source>There is no user with that name.</source>
        <translation>Aucun compte ne porte ce nom.</translation>
    </message>
    <message>
        <source>The disk is full, so nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein : rien n'a été enregistré. Libérez de l'espace et réessayez.</translation>
    </message>
    <message>
        <source>That place cannot be written to. Choose another folder or drive.</source>
        <translation>Impossible d'écrire à cet endroit. Choisissez un autre dossier ou une autre clé USB.</translation>
    </message>
    <message>
        <source>Something went wrong while reading or writing a file. Nothing was lost.</source>
        <translation>Un problème est survenu en lisant ou en écrivant un fichier. Rien n'a été perdu.</translation>
    </message>
    <message>
        <source>The integrity check found a problem: {detail}</source>
        <translation>La vérification d'intégrité a trouvé un problème : {detail}</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Votre rôle ne permet pas cette action.</translation>
    </message>
    <message>
        <source>The last coordinator cannot be removed or made a caseworker.</source>
        <translation>La dernière personne coordonnatrice ne peut pas être retirée ni devenir intervenante.</translation>
    </message>
    <message>
        <source>A user with that name already exists.</source>
        <translation>Un compte porte déjà ce nom.</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>Cette fiche n'existe plus.</translation>
    </message>
    <message>
        <source>Check {field}: {reason}</source>
        <translation>Vérifiez {field} : {reason}</translation>
    </message>
    <message>
        <source>{file}, {where}, field “{field}”: {reason}. Nothing was imported.</source>
        <translation>{file}, {where}, champ « {field} » : {reason}. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>L'importation a été annulée. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>The archive {file} tries to write outside its folder. It was refused.</source>
        <translation>L'archive {file} tente d'écrire hors de son dossier. Elle a été refusée.</translation>
    </message>
    <message>
        <source>The file {file} is too large.</source>
        <translation>Le fichier {file} est trop volumineux.</translation>
    </message>
    <message>
        <source>This backup cannot be used: {reason}</source>
        <translation>Cette sauvegarde est inutilisable : {reason}</translation>
    </message>
    <message>
        <source>The backup was written but could not be verified. Try another drive.</source>
        <translation>La sauvegarde a été écrite, mais n'a pas pu être vérifiée. Essayez un autre support.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>elle est vide.</translation>
    </message>
    <message>
        <source>use at least 12 characters, e.g. a few words.</source>
        <translation>utilisez au moins 12 caractères, par exemple quelques mots.</translation>
    </message>
    <message>
        <source>it is built from your name or the organization's name.</source>
        <translation>elle est formée de votre nom ou de celui de l'organisme.</translation>
    </message>
    <message>
        <source>it is too easy to guess. Try four unrelated words.</source>
        <translation>elle est trop facile à deviner. Essayez quatre mots sans lien entre eux.</translation>
    </message>
</context>
</TS>