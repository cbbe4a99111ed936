<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccessTab</name>
    <message>
        <source>How to get in:</source>
        <translation>Comment y accéder :</translation>
    </message>
    <message>
        <source>In words:</source>
        <translation>En mots :</translation>
    </message>
    <message>
        <source>Who may come:</source>
        <translation>Qui peut s'y présenter :</translation>
    </message>
    <message>
        <source>Eligibility in words:</source>
        <translation>Admissibilité en mots :</translation>
    </message>
    <message>
        <source>Documents asked for:</source>
        <translation>Documents demandés :</translation>
    </message>
    <message>
        <source>Fees:</source>
        <translation>Frais :</translation>
    </message>
    <message>
        <source>Eligibility and audiences help choose a service. They are never printed on a referral letter.</source>
        <translation>L'admissibilité et les publics aident à choisir un service. Ils ne sont jamais imprimés sur une lettre de référence.</translation>
    </message>
</context>
<context>
    <name>AccountsModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source> (you)</source>
        <translation> (vous)</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Coordination</translation>
    </message>
    <message>
        <source>Caseworker</source>
        <translation>Intervenant·e</translation>
    </message>
    <message>
        <source>Must choose a new passphrase</source>
        <translation>Doit choisir une nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
</context>
<context>
    <name>AccountsSection</name>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
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
        <source>Signed in as %1 (%2).</source>
        <translation>Session ouverte au nom de %1 (%2).</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>&amp;Changer ma phrase de passe…</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>&amp;Add an account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>New &amp;first passphrase…</source>
        <translation>Nouvelle phrase de passe &amp;initiale…</translation>
    </message>
    <message>
        <source>Change &amp;role</source>
        <translation>Chan&amp;ger le rôle</translation>
    </message>
    <message>
        <source>Re&amp;move…</source>
        <translation>&amp;Retirer…</translation>
    </message>
    <message>
        <source>Removing an account changes the vault's key, so an old copy of that person's passphrase opens nothing. Everyone else keeps theirs.</source>
        <translation>Retirer un compte change la clé du coffre : une ancienne copie de la phrase de passe de cette personne n'ouvre plus rien. Les autres gardent la leur.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Make &amp;caseworker</source>
        <translation>Passer à &amp;intervenant·e</translation>
    </message>
    <message>
        <source>Make &amp;coordinator</source>
        <translation>Passer à la &amp;coordination</translation>
    </message>
    <message>
        <source>Your new passphrase is saved. Use it next time.</source>
        <translation>Votre nouvelle phrase de passe est enregistrée. Utilisez-la la prochaine fois.</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Account added. Give the first passphrase to the person privately.</source>
        <translation>Compte ajouté. Remettez la phrase de passe initiale à la personne en privé.</translation>
    </message>
    <message>
        <source>New first passphrase set. The old one no longer works.</source>
        <translation>Nouvelle phrase de passe initiale définie. L'ancienne ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Role changed. It applies from that person's next unlock.</source>
        <translation>Rôle changé. Il s'applique au prochain déverrouillage de cette personne.</translation>
    </message>
    <message>
        <source>Remove the account of %1? They will no longer be able to unlock Passerelle. Their past actions stay in the audit trail.</source>
        <translation>Retirer le compte de %1? Cette personne ne pourra plus déverrouiller Passerelle. Ses actions passées restent dans le journal d'audit.</translation>
    </message>
    <message>
        <source>Remove account</source>
        <translation>Retirer le compte</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Removing the account and changing the vault's key… This cannot be stopped halfway: the whole vault is encrypted again with a new key. If the computer stops, the next unlock finishes it.</source>
        <translation>Suppression du compte et changement de la clé du coffre… Cette opération ne peut pas être arrêtée en cours de route : tout le coffre est chiffré de nouveau avec une nouvelle clé. Si l'ordinateur s'arrête, le prochain déverrouillage la termine.</translation>
    </message>
    <message>
        <source>Account removed and the vault's key changed.</source>
        <translation>Compte retiré et clé du coffre changée.</translation>
    </message>
</context>
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>Choose a first passphrase and give it to the person privately. They will be asked to replace it with their own the first time they unlock.</source>
        <translation>Choisissez une phrase de passe initiale et remettez-la à la personne en privé. On lui demandera de la remplacer par la sienne à son premier déverrouillage.</translation>
    </message>
    <message>
        <source>Caseworker — clients, referrals, letters</source>
        <translation>Intervenant·e — dossiers, orientations, lettres</translation>
    </message>
    <message>
        <source>Coordinator — also directory, accounts, settings, reports, audit</source>
        <translation>Coordination — aussi répertoire, comptes, paramètres, rapports, audit</translation>
    </message>
    <message>
        <source>&amp;First passphrase:</source>
        <translation>Phrase de passe &amp;initiale :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Add account</source>
        <translation>&amp;Ajouter le compte</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Choose a folder for the new vault</source>
        <translation>Choisissez un dossier pour le nouveau coffre</translation>
    </message>
    <message>
        <source>The new language applies fully the next time you unlock.</source>
        <translation>La nouvelle langue s'appliquera entièrement au prochain déverrouillage.</translation>
    </message>
</context>
<context>
    <name>AuditDetails</name>
    <message>
        <source>a removed service</source>
        <translation>un service retiré</translation>
    </message>
    <message>
        <source>referral %1</source>
        <translation>orientation %1</translation>
    </message>
    <message>
        <source>Referral %1</source>
        <translation>Orientation %1</translation>
    </message>
    <message>
        <source>coordinator</source>
        <translation>coordination</translation>
    </message>
    <message>
        <source>caseworker</source>
        <translation>intervenant·e</translation>
    </message>
    <message numerus="yes">
        <source>%n failed attempt(s) before this one</source>
        <translation><numerusform>%n tentative échouée avant celle-ci</numerusform><numerusform>%n tentatives échouées avant celle-ci</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n fictional client(s) added</source>
        <translation><numerusform>%n personne fictive ajoutée</numerusform><numerusform>%n personnes fictives ajoutées</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n need(s)</source>
        <translation><numerusform>%n besoin</numerusform><numerusform>%n besoins</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation><numerusform>%n consentement</numerusform><numerusform>%n consentements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) changed</source>
        <translation><numerusform>%n champ modifié</numerusform><numerusform>%n champs modifiés</numerusform></translation>
    </message>
    <message>
        <source>outcome note changed</source>
        <translation>note de résultat modifiée</translation>
    </message>
    <message numerus="yes">
        <source>%n letter(s)</source>
        <translation><numerusform>%n lettre</numerusform><numerusform>%n lettres</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n highlighted word(s) kept</source>
        <translation><numerusform>%n mot signalé conservé</numerusform><numerusform>%n mots signalés conservés</numerusform></translation>
    </message>
    <message>
        <source>reactivated</source>
        <translation>réactivé</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>marked as verified today</source>
        <translation>marqué vérifié aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>%n new service(s)</source>
        <translation><numerusform>%n nouveau service</numerusform><numerusform>%n nouveaux services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation><numerusform>%n mis à jour</numerusform><numerusform>%n mis à jour</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n location(s)</source>
        <translation><numerusform>%n lieu</numerusform><numerusform>%n lieux</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n setting(s) changed</source>
        <translation><numerusform>%n paramètre modifié</numerusform><numerusform>%n paramètres modifiés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed</source>
        <translation><numerusform>%n ancienne sauvegarde supprimée</numerusform><numerusform>%n anciennes sauvegardes supprimées</numerusform></translation>
    </message>
    <message>
        <source>backup of %1</source>
        <translation>sauvegarde du %1</translation>
    </message>
    <message>
        <source>opened with the recovery key</source>
        <translation>ouverte avec la clé de récupération</translation>
    </message>
    <message>
        <source>role: %1</source>
        <translation>rôle : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) deleted</source>
        <translation><numerusform>%n dossier supprimé</numerusform><numerusform>%n dossiers supprimés</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>inactive for %n month(s)</source>
        <translation><numerusform>inactif depuis %n mois</numerusform><numerusform>inactifs depuis %n mois</numerusform></translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>dossier %1</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n événement</numerusform><numerusform>%n événements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n key slot(s)</source>
        <translation><numerusform>%n emplacement de clé</numerusform><numerusform>%n emplacements de clé</numerusform></translation>
    </message>
    <message>
        <source>made with the vault</source>
        <translation>créée avec le coffre</translation>
    </message>
    <message>
        <source>made after the upgrade</source>
        <translation>créée après la mise à jour</translation>
    </message>
    <message>
        <source>unsigned imports kept</source>
        <translation>importations non signées conservées</translation>
    </message>
</context>
<context>
    <name>AuditLabels</name>
    <message>
        <source>Vault created</source>
        <translation>Coffre créé</translation>
    </message>
    <message>
        <source>Unlocked</source>
        <translation>Déverrouillage</translation>
    </message>
    <message>
        <source>Failed unlock attempts</source>
        <translation>Essais de déverrouillage ratés</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <source>Recovery key made</source>
        <translation>Clé de récupération créée</translation>
    </message>
    <message>
        <source>Recovery key used</source>
        <translation>Clé de récupération utilisée</translation>
    </message>
    <message>
        <source>Passphrase changed</source>
        <translation>Phrase de passe changée</translation>
    </message>
    <message>
        <source>First passphrase set again</source>
        <translation>Phrase de passe initiale redéfinie</translation>
    </message>
    <message>
        <source>Account added</source>
        <translation>Compte ajouté</translation>
    </message>
    <message>
        <source>Account removed</source>
        <translation>Compte retiré</translation>
    </message>
    <message>
        <source>Role changed</source>
        <translation>Rôle changé</translation>
    </message>
    <message>
        <source>Vault key changed</source>
        <translation>Clé du coffre changée</translation>
    </message>
    <message>
        <source>Settings changed</source>
        <translation>Paramètres modifiés</translation>
    </message>
    <message>
        <source>Client created</source>
        <translation>Dossier créé</translation>
    </message>
    <message>
        <source>Client viewed</source>
        <translation>Dossier consulté</translation>
    </message>
    <message>
        <source>Client changed</source>
        <translation>Dossier modifié</translation>
    </message>
    <message>
        <source>Client archived</source>
        <translation>Dossier archivé</translation>
    </message>
    <message>
        <source>Client deleted</source>
        <translation>Dossier supprimé</translation>
    </message>
    <message>
        <source>Clients merged</source>
        <translation>Dossiers fusionnés</translation>
    </message>
    <message>
        <source>Merge undone</source>
        <translation>Fusion annulée</translation>
    </message>
    <message>
        <source>Sensitive note shown</source>
        <translation>Note confidentielle affichée</translation>
    </message>
    <message>
        <source>Client record exported</source>
        <translation>Dossier exporté pour la personne</translation>
    </message>
    <message>
        <source>Service created</source>
        <translation>Service créé</translation>
    </message>
    <message>
        <source>Service changed</source>
        <translation>Service modifié</translation>
    </message>
    <message>
        <source>Directory imported</source>
        <translation>Répertoire importé</translation>
    </message>
    <message>
        <source>Directory exported</source>
        <translation>Répertoire exporté</translation>
    </message>
    <message>
        <source>Referral created</source>
        <translation>Orientation créée</translation>
    </message>
    <message>
        <source>Referral updated</source>
        <translation>Orientation mise à jour</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Lettre imprimée</translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation>Lettre enregistrée</translation>
    </message>
    <message>
        <source>Printed despite a warning</source>
        <translation>Imprimée malgré un avertissement</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde faite</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Inactive clients deleted</source>
        <translation>Dossiers inactifs supprimés</translation>
    </message>
    <message>
        <source>Audit trail exported</source>
        <translation>Journal d'audit exporté</translation>
    </message>
    <message>
        <source>Report exported</source>
        <translation>Rapport exporté</translation>
    </message>
    <message>
        <source>Fictional clients added</source>
        <translation>Personnes fictives ajoutées</translation>
    </message>
    <message>
        <source>Client taken out of archive</source>
        <translation>Dossier sorti des archives</translation>
    </message>
    <message>
        <source>Referral details changed</source>
        <translation>Détails d'une orientation modifiés</translation>
    </message>
    <message>
        <source>Organization key created</source>
        <translation>Clé de l'organisme créée</translation>
    </message>
    <message>
        <source>Organization key replaced</source>
        <translation>Clé de l'organisme remplacée</translation>
    </message>
    <message>
        <source>Organization card exported</source>
        <translation>Carte de l'organisme exportée</translation>
    </message>
    <message>
        <source>Agency card imported</source>
        <translation>Carte d'un organisme importée</translation>
    </message>
    <message>
        <source>Agency trusted</source>
        <translation>Organisme de confiance confirmé</translation>
    </message>
    <message>
        <source>Agency revoked</source>
        <translation>Organisme révoqué</translation>
    </message>
    <message>
        <source>Signed directory published</source>
        <translation>Répertoire signé publié</translation>
    </message>
    <message>
        <source>Directory file refused</source>
        <translation>Fichier de répertoire refusé</translation>
    </message>
    <message>
        <source>Transfer sent</source>
        <translation>Transfert envoyé</translation>
    </message>
    <message>
        <source>Transfer received</source>
        <translation>Transfert reçu</translation>
    </message>
    <message>
        <source>Transfer refused</source>
        <translation>Transfert refusé</translation>
    </message>
    <message>
        <source>Client marked transferred</source>
        <translation>Client marqué comme transféré</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>AuditSection</name>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>e.g. C-000042</source>
        <translation>p. ex. C-000042</translation>
    </message>
    <message>
        <source>&amp;Export to CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Who:</source>
        <translation>Qui :</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Du :</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Au :</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Numéro de dossier :</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements du journal d'audit</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d'audit</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>n'importe quand</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>Showing the newest %1 events. Narrow the filters to see older ones.</source>
        <translation>Affichage des %1 événements les plus récents. Précisez les filtres pour voir les plus anciens.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation><numerusform>%n événement</numerusform><numerusform>%n événements</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Audit trail intact: %n event(s), none changed or removed.</source>
        <translation><numerusform>Journal d'audit intact : %n événement, aucun modifié ni retiré.</numerusform><numerusform>Journal d'audit intact : %n événements, aucun modifié ni retiré.</numerusform></translation>
    </message>
    <message>
        <source>The audit trail is broken at event %1: that event or one before it was changed or removed outside Passerelle.</source>
        <translation>Le journal d'audit est rompu à l'événement %1 : cet événement ou un précédent a été modifié ou retiré en dehors de Passerelle.</translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation>Exporter le journal d'audit</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) exported.</source>
        <translation><numerusform>%n événement exporté.</numerusform><numerusform>%n événements exportés.</numerusform></translation>
    </message>
</context>
<context>
    <name>BackupSection</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Saves an encrypted copy of the whole vault to a folder or USB stick you choose. It opens only with a passphrase of this vault or the recovery key. The file name holds only the date.</source>
        <translation>Enregistre une copie chiffrée de tout le coffre dans le dossier ou sur la clé USB de votre choix. Elle ne s'ouvre qu'avec une phrase de passe de ce coffre ou la clé de récupération. Le nom du fichier ne contient que la date.</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Daily automatic backup</source>
        <translation>Sauvegarde automatique quotidienne</translation>
    </message>
    <message>
        <source>Back up once a day into this folder</source>
        <translation>Sauvegarder une fois par jour dans ce dossier</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <source>Keep the last:</source>
        <translation>Garder les dernières :</translation>
    </message>
    <message>
        <source>Last automatic backup:</source>
        <translation>Dernière sauvegarde automatique :</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> sauvegardes</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring replaces everything in this vault with a backup. Passerelle locks first; then choose the backup and type a passphrase or the recovery key.</source>
        <translation>La restauration remplace tout le contenu de ce coffre par une sauvegarde. Passerelle se verrouille d'abord; choisissez ensuite la sauvegarde et tapez une phrase de passe ou la clé de récupération.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l'instant</translation>
    </message>
    <message>
        <source>Folder for daily backups</source>
        <translation>Dossier des sauvegardes quotidiennes</translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation>Paramètres de sauvegarde enregistrés.</translation>
    </message>
    <message>
        <source>Where should the backup go?</source>
        <translation>Où enregistrer la sauvegarde?</translation>
    </message>
    <message>
        <source>Daily backup running…</source>
        <translation>Sauvegarde quotidienne en cours…</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backup saved and checked: %1 (%2).</source>
        <translation>Sauvegarde enregistrée et vérifiée : %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) removed.</source>
        <translation><numerusform>%n sauvegarde plus ancienne supprimée.</numerusform><numerusform>%n sauvegardes plus anciennes supprimées.</numerusform></translation>
    </message>
    <message>
        <source>The daily backup did not run: %1</source>
        <translation>La sauvegarde quotidienne n'a pas pu se faire : %1</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Changer votre phrase de passe</translation>
    </message>
    <message>
        <source>Your coordinator gave you a first passphrase. Choose your own now: only you will know it. Type the first passphrase once more, then your new one.</source>
        <translation>Votre coordination vous a donné une phrase de passe initiale. Choisissez maintenant la vôtre : vous seul la connaîtrez. Tapez encore une fois la phrase initiale, puis la nouvelle.</translation>
    </message>
    <message>
        <source>Type your current passphrase, then the new one twice. Your new passphrase works from the next unlock.</source>
        <translation>Tapez votre phrase de passe actuelle, puis la nouvelle deux fois. La nouvelle fonctionnera dès le prochain déverrouillage.</translation>
    </message>
    <message>
        <source>&amp;First passphrase:</source>
        <translation>Phrase de passe &amp;initiale :</translation>
    </message>
    <message>
        <source>&amp;Current passphrase:</source>
        <translation>Phrase de passe &amp;actuelle :</translation>
    </message>
    <message>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nouvelle phrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Save new passphrase</source>
        <translation>&amp;Enregistrer la nouvelle phrase de passe</translation>
    </message>
    <message>
        <source>&amp;Lock instead</source>
        <translation>&amp;Verrouiller plutôt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ChangesModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Your value (kept)</source>
        <translation>Votre valeur (gardée)</translation>
    </message>
    <message>
        <source>Upstream value</source>
        <translation>Valeur de la source</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
</context>
<context>
    <name>ClientEditor</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save (Ctrl+S)</source>
        <translation>Enregistrer (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Annuler (Échap)</translation>
    </message>
    <message>
        <source>Delete for good…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Tra&amp;nsfer…</source>
        <translation>Transf&amp;érer…</translation>
    </message>
    <message>
        <source>Transfer to another agency…</source>
        <translation>Transférer à un autre organisme…</translation>
    </message>
    <message>
        <source>Discard these changes</source>
        <translation>Abandonner ces modifications</translation>
    </message>
    <message>
        <source>Inta&amp;ke</source>
        <translation>&amp;Fiche d'accueil</translation>
    </message>
    <message>
        <source>Nee&amp;ds</source>
        <translation>&amp;Besoins</translation>
    </message>
    <message>
        <source>&amp;Consent</source>
        <translation>C&amp;onsentement</translation>
    </message>
    <message>
        <source>Histor&amp;y</source>
        <translation>Histor&amp;ique</translation>
    </message>
    <message>
        <source>New intake</source>
        <translation>Nouvel accueil</translation>
    </message>
    <message>
        <source>Only a name or an alias is required.</source>
        <translation>Seul un nom ou un pseudonyme est obligatoire.</translation>
    </message>
    <message>
        <source>%1 · archived</source>
        <translation>%1 · archivé</translation>
    </message>
    <message>
        <source>Take out of archive</source>
        <translation>Sortir des archives</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <source>Unsaved changes from %1 were brought back. Save them, or discard them.</source>
        <translation>Les modifications non enregistrées du %1 ont été récupérées. Enregistrez-les ou abandonnez-les.</translation>
    </message>
    <message>
        <source>Discard the changes you have not saved?</source>
        <translation>Abandonner les modifications que vous n'avez pas enregistrées?</translation>
    </message>
    <message>
        <source>Discard changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Delete this client for good? Their needs, consents and referrals are erased; the audit keeps only the record number.</source>
        <translation>Supprimer définitivement cette personne? Ses besoins, consentements et références seront effacés; le journal ne gardera que le numéro du dossier.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Keep the record</source>
        <translation>Garder le dossier</translation>
    </message>
    <message>
        <source>Merge record C-%1 into this one? Its needs, consents and referrals move here. You can undo this from the History tab.</source>
        <translation>Fusionner le dossier C-%1 dans celui-ci? Ses besoins, consentements et références seront déplacés ici. Vous pourrez annuler la fusion dans l'onglet Historique.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
    <message>
        <source>Do not merge</source>
        <translation>Ne pas fusionner</translation>
    </message>
</context>
<context>
    <name>ClientLabels</name>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Initials only</source>
        <translation>Initiales seulement</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>No income</source>
        <translation>Aucun revenu</translation>
    </message>
    <message>
        <source>Provincial health card</source>
        <translation>Carte d'assurance maladie (RAMQ)</translation>
    </message>
    <message>
        <source>Preferred name + family name</source>
        <translation>Nom d'usage + nom de famille</translation>
    </message>
    <message>
        <source>Preferred name only</source>
        <translation>Nom d'usage seulement</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Pièce d'identité avec photo</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>Preuve d'adresse</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Revenu</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Interprète</translation>
    </message>
    <message>
        <source>Not asked / unknown</source>
        <translation>Non demandé / inconnu</translation>
    </message>
    <message>
        <source>Does not have one</source>
        <translation>N'en a pas</translation>
    </message>
    <message>
        <source>Has one</source>
        <translation>En a une</translation>
    </message>
    <message>
        <source>Has an income</source>
        <translation>A un revenu</translation>
    </message>
    <message>
        <source>Needs one</source>
        <translation>En a besoin</translation>
    </message>
    <message>
        <source>Does not need one</source>
        <translation>N'en a pas besoin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Besoin d'un interprète</translation>
    </message>
    <message>
        <source>Reason for referral</source>
        <translation>Motif de la référence</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Numéro de téléphone</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Écrit</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Partner or spouse</source>
        <translation>Conjoint ou conjointe</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Enfant</translation>
    </message>
    <message>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <source>Brother or sister</source>
        <translation>Frère ou sœur</translation>
    </message>
    <message>
        <source>Grandparent</source>
        <translation>Grand-parent</translation>
    </message>
    <message>
        <source>Other relative</source>
        <translation>Autre membre de la famille</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Created the record</source>
        <translation>A créé le dossier</translation>
    </message>
    <message>
        <source>Viewed the record</source>
        <translation>A consulté le dossier</translation>
    </message>
    <message>
        <source>Changed the record</source>
        <translation>A modifié le dossier</translation>
    </message>
    <message>
        <source>Archived the record</source>
        <translation>A archivé le dossier</translation>
    </message>
    <message>
        <source>Took the record out of the archive</source>
        <translation>A sorti le dossier des archives</translation>
    </message>
    <message>
        <source>Merged another record into this one</source>
        <translation>A fusionné un autre dossier dans celui-ci</translation>
    </message>
    <message>
        <source>Undid a merge</source>
        <translation>A annulé une fusion</translation>
    </message>
    <message>
        <source>Revealed the sensitive note</source>
        <translation>A affiché la note confidentielle</translation>
    </message>
    <message>
        <source>Made a referral</source>
        <translation>A fait une référence</translation>
    </message>
    <message>
        <source>Updated a referral</source>
        <translation>A mis à jour une référence</translation>
    </message>
    <message>
        <source>Changed a referral's follow-up</source>
        <translation>A modifié le suivi d'une référence</translation>
    </message>
    <message>
        <source>Printed a letter</source>
        <translation>A imprimé une lettre</translation>
    </message>
    <message>
        <source>Saved a letter</source>
        <translation>A enregistré une lettre</translation>
    </message>
    <message>
        <source>Exported the record</source>
        <translation>A exporté le dossier</translation>
    </message>
</context>
<context>
    <name>ClientModels</name>
    <message>
        <source>archived</source>
        <translation>archivé</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Comblé</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>any referred service</source>
        <translation>tout service vers lequel la personne est orientée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>May share</source>
        <translation>Peut transmettre</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Age range</source>
        <translation>Tranche d'âge</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Possible match</source>
        <translation>Dossier semblable</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>similar name</source>
        <translation>nom semblable</translation>
    </message>
    <message>
        <source>same birth year</source>
        <translation>même année de naissance</translation>
    </message>
    <message>
        <source>same phone</source>
        <translation>même téléphone</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <source>Name, phone or number</source>
        <translation>Nom, téléphone ou numéro</translation>
    </message>
    <message>
        <source>Search by name, phone or client number (Ctrl+F)</source>
        <translation>Chercher par nom, téléphone ou numéro de dossier (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search clients</source>
        <translation>Chercher une personne</translation>
    </message>
    <message>
        <source>Ne&amp;w client</source>
        <translation>&amp;Nouvelle personne</translation>
    </message>
    <message>
        <source>New intake (Ctrl+N)</source>
        <translation>Nouvel accueil (Ctrl+N)</translation>
    </message>
    <message>
        <source>Include archi&amp;ved</source>
        <translation>Inclure les arc&amp;hivés</translation>
    </message>
    <message>
        <source>Consents expiring soon</source>
        <translation>Consentements bientôt échus</translation>
    </message>
    <message>
        <source>Clients found</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <source>Find a client on the left, or start a new intake with Ctrl+N.</source>
        <translation>Trouvez une personne à gauche, ou commencez un nouvel accueil avec Ctrl+N.</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clientèle</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) with a consent ending within 30 days</source>
        <translation><numerusform>%n personne dont un consentement prend fin d'ici 30 jours</numerusform><numerusform>%n personnes dont un consentement prend fin d'ici 30 jours</numerusform></translation>
    </message>
    <message>
        <source>Recent clients</source>
        <translation>Dossiers récents</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation><numerusform>%n résultat</numerusform><numerusform>%n résultats</numerusform></translation>
    </message>
</context>
<context>
    <name>ConsentEditor</name>
    <message>
        <source>Refusing consent never blocks service: it only limits what a referral letter may say.</source>
        <translation>Refuser son consentement ne bloque jamais l'accès aux services : cela limite seulement ce que la lettre de référence peut dire.</translation>
    </message>
    <message>
        <source>Record a consent</source>
        <translation>Noter un consentement</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>A service, or “any referred service”</source>
        <translation>Un service, ou « tout service référé »</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>valid for</source>
        <translation>valide pendant</translation>
    </message>
    <message>
        <source>Record cons&amp;ent</source>
        <translation>Noter le &amp;consentement</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>May share</source>
        <translation>Peut transmettre</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Forme</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Donné le</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s) expire within 30 days.</source>
        <translation><numerusform>%n consentement expire d'ici 30 jours.</numerusform><numerusform>%n consentements expirent d'ici 30 jours.</numerusform></translation>
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
    <name>DirectoryLabels</name>
    <message>
        <source>Walk-in</source>
        <translation>Sans rendez-vous</translation>
    </message>
    <message>
        <source>By appointment</source>
        <translation>Sur rendez-vous</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Sur lettre de référence</translation>
    </message>
    <message>
        <source>No status required</source>
        <translation>Aucun statut exigé</translation>
    </message>
    <message>
        <source>No ID required</source>
        <translation>Aucune pièce d'identité exigée</translation>
    </message>
    <message>
        <source>No health card required</source>
        <translation>Carte d'assurance maladie non exigée</translation>
    </message>
    <message>
        <source>Free of charge</source>
        <translation>Gratuit</translation>
    </message>
    <message>
        <source>Health card</source>
        <translation>Carte d'assurance maladie</translation>
    </message>
    <message>
        <source>Photo ID</source>
        <translation>Pièce d'identité avec photo</translation>
    </message>
    <message>
        <source>Proof of address</source>
        <translation>Preuve d'adresse</translation>
    </message>
    <message>
        <source>Proof of income</source>
        <translation>Preuve de revenu</translation>
    </message>
    <message>
        <source>Files read as Latin-1 (not UTF-8); check accented letters</source>
        <translation>Fichiers lus en Latin-1 (pas en UTF-8) : vérifiez les lettres accentuées</translation>
    </message>
    <message>
        <source>Unknown columns ignored</source>
        <translation>Colonnes inconnues ignorées</translation>
    </message>
    <message>
        <source>Unknown fields ignored</source>
        <translation>Champs inconnus ignorés</translation>
    </message>
    <message>
        <source>Unknown files ignored</source>
        <translation>Fichiers inconnus ignorés</translation>
    </message>
    <message>
        <source>Schedules that are not weekly hours, left out</source>
        <translation>Horaires qui ne sont pas hebdomadaires, laissés de côté</translation>
    </message>
    <message>
        <source>Impossible map coordinates, left out</source>
        <translation>Coordonnées géographiques impossibles, laissées de côté</translation>
    </message>
    <message>
        <source>Attributes pointing to nothing, ignored</source>
        <translation>Attributs qui ne renvoient à rien, ignorés</translation>
    </message>
    <message>
        <source>Attributes without a taxonomy term, ignored</source>
        <translation>Attributs sans terme de taxonomie, ignorés</translation>
    </message>
    <message>
        <source>Languages without a code, ignored</source>
        <translation>Langues sans code, ignorées</translation>
    </message>
    <message>
        <source>Rows without an id where none is needed, kept</source>
        <translation>Lignes sans identifiant là où il n'en faut pas, gardées</translation>
    </message>
    <message>
        <source>Service locations without a place, ignored</source>
        <translation>Points de service sans lieu, ignorés</translation>
    </message>
    <message>
        <source>Unknown Passerelle terms, ignored</source>
        <translation>Termes Passerelle inconnus, ignorés</translation>
    </message>
    <message>
        <source>the same id appears twice</source>
        <translation>le même identifiant paraît deux fois</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>this column is missing</source>
        <translation>cette colonne manque</translation>
    </message>
    <message>
        <source>this file is missing</source>
        <translation>ce fichier manque</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <source>more cells than columns</source>
        <translation>plus de cellules que de colonnes</translation>
    </message>
    <message>
        <source>nested too deeply</source>
        <translation>imbrication trop profonde</translation>
    </message>
    <message>
        <source>no services in the file</source>
        <translation>aucun service dans le fichier</translation>
    </message>
    <message>
        <source>no such location</source>
        <translation>ce lieu n'existe pas</translation>
    </message>
    <message>
        <source>no such organization</source>
        <translation>cet organisme n'existe pas</translation>
    </message>
    <message>
        <source>no such service</source>
        <translation>ce service n'existe pas</translation>
    </message>
    <message>
        <source>not a 24-hour time (HH:MM)</source>
        <translation>ce n'est pas une heure sur 24 heures (HH:MM)</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD)</source>
        <translation>ce n'est pas une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>ce n'est pas un nombre</translation>
    </message>
    <message>
        <source>not a service record</source>
        <translation>ce n'est pas une fiche de service</translation>
    </message>
    <message>
        <source>not a valid zip archive</source>
        <translation>ce n'est pas une archive zip valide</translation>
    </message>
    <message>
        <source>not an HSDS data package</source>
        <translation>ce n'est pas un paquet de données HSDS</translation>
    </message>
    <message>
        <source>not an HSDS record, list or page</source>
        <translation>ce n'est ni une fiche, ni une liste, ni une page HSDS</translation>
    </message>
    <message>
        <source>not valid CSV</source>
        <translation>CSV non valide</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>JSON non valide</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>not allowed by HSDS</source>
        <translation>valeur refusée par HSDS</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>sans identifiant</translation>
    </message>
    <message>
        <source>a language we do not recognise</source>
        <translation>une langue que nous ne reconnaissons pas</translation>
    </message>
    <message>
        <source>the archive is damaged or lies about its contents</source>
        <translation>l'archive est abîmée ou ment sur son contenu</translation>
    </message>
    <message>
        <source>the archive is encrypted or compressed in an unknown way</source>
        <translation>l'archive est chiffrée ou compressée d'une manière inconnue</translation>
    </message>
    <message>
        <source>not readable text</source>
        <translation>pas du texte lisible</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>pas un fichier</translation>
    </message>
    <message>
        <source>left out</source>
        <translation>laissé de côté</translation>
    </message>
    <message>
        <source>repaired, kept</source>
        <translation>réparé, gardé</translation>
    </message>
    <message>
        <source>service</source>
        <translation>service</translation>
    </message>
    <message>
        <source>organization</source>
        <translation>organisme</translation>
    </message>
    <message>
        <source>location</source>
        <translation>lieu</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>opening hours</source>
        <translation>heures d'ouverture</translation>
    </message>
    <message>
        <source>holiday hours</source>
        <translation>heures des jours fériés</translation>
    </message>
    <message>
        <source>service at a location</source>
        <translation>service dans un lieu</translation>
    </message>
    <message>
        <source>taxonomy term</source>
        <translation>terme de taxonomie</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>taxonomy</source>
        <translation>taxonomie</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Audiences</source>
        <translation>Publics</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Locations</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site web</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation>Admissibilité</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Comment y accéder</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>Documents demandés</translation>
    </message>
    <message>
        <source>should be of type {type}</source>
        <translation>devrait être de type {type}</translation>
    </message>
    <message>
        <source>row {n}</source>
        <translation>ligne {n}</translation>
    </message>
    <message>
        <source>line {line}, column {column}</source>
        <translation>ligne {line}, colonne {column}</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>&amp;New service</source>
        <translation>&amp;Nouveau service</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Needs &amp;attention</source>
        <translation>À &amp;vérifier</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifier</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Mark &amp;verified today</source>
        <translation>Marquer &amp;vérifié aujourd'hui</translation>
    </message>
    <message>
        <source>The directory is empty. Import your organization's directory file with Import…, or add the sample directory of fictional Montréal services to try Passerelle.</source>
        <translation>Le répertoire est vide. Importez le fichier de répertoire de votre organisme avec Importer…, ou ajoutez le répertoire d'exemple (services fictifs de Montréal) pour essayer Passerelle.</translation>
    </message>
    <message>
        <source>The directory is empty. Ask a coordinator to import it.</source>
        <translation>Le répertoire est vide. Demandez à la coordination de l'importer.</translation>
    </message>
    <message>
        <source>Add the &amp;sample directory</source>
        <translation>&amp;Ajouter le répertoire d'exemple</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Répertoire</translation>
    </message>
    <message>
        <source>Services shown: {shown} of {total}</source>
        <translation>Services affichés : {shown} sur {total}</translation>
    </message>
    <message>
        <source>Nothing found. Search for “{words}” instead</source>
        <translation>Rien trouvé. Chercher plutôt « {words} »</translation>
    </message>
    <message>
        <source>Needs &amp;attention ({n})</source>
        <translation>À &amp;vérifier ({n})</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>Deactivate “{name}”? It will no longer be suggested for referrals. You can reactivate it later.</source>
        <translation>Désactiver « {name} » ? Il ne sera plus proposé pour les références. Vous pourrez le réactiver plus tard.</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le garder</translation>
    </message>
    <message>
        <source>Import a directory (Open Referral HSDS)</source>
        <translation>Importer un répertoire (Open Referral HSDS)</translation>
    </message>
    <message>
        <source>HSDS files (*.json *.zip datapackage.json);;All files (*)</source>
        <translation>Fichiers HSDS (*.json *.zip datapackage.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the directory (Open Referral HSDS 3.0)</source>
        <translation>Exporter le répertoire (Open Referral HSDS 3.0)</translation>
    </message>
    <message>
        <source>Data package, CSV in a zip (*.zip);;JSON (*.json)</source>
        <translation>Paquet de données, CSV dans un zip (*.zip);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Counting again…</source>
        <translation>Nouveau décompte…</translation>
    </message>
    <message>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message>
        <source>Importing {n} services…</source>
        <translation>Importation de {n} services…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportation…</translation>
    </message>
    <message>
        <source>{n} services exported to {file}.</source>
        <translation>{n} services exportés dans {file}.</translation>
    </message>
    <message>
        <source>Signed by {org} (verified), version {version}, published {date}.</source>
        <translation>Signé par {org} (vérifié), version {version}, publiée le {date}.</translation>
    </message>
    <message>
        <source>Unsigned source: no organization signed this file, so where it comes from and whether it was changed cannot be checked.</source>
        <translation>Source non signée : aucun organisme n'a signé ce fichier, on ne peut donc vérifier ni sa provenance ni s'il a été modifié.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPanel</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Open this client instead</source>
        <translation>Ouvrir plutôt ce dossier</translation>
    </message>
    <message>
        <source>Merge into this record…</source>
        <translation>Fusionner dans ce dossier…</translation>
    </message>
    <message numerus="yes">
        <source>%n possible match(es) already in the vault</source>
        <translation><numerusform>%n dossier semblable existe déjà</numerusform><numerusform>%n dossiers semblables existent déjà</numerusform></translation>
    </message>
    <message>
        <source>Open this client</source>
        <translation>Ouvrir ce dossier</translation>
    </message>
</context>
<context>
    <name>ExchangeSection</name>
    <message>
        <source>This organization</source>
        <translation>Cet organisme</translation>
    </message>
    <message>
        <source>&amp;Export our card…</source>
        <translation>&amp;Exporter notre carte…</translation>
    </message>
    <message>
        <source>&amp;Publish the directory (signed)…</source>
        <translation>&amp;Publier le répertoire (signé)…</translation>
    </message>
    <message>
        <source>Replace our &amp;key…</source>
        <translation>Remplacer notre c&amp;lé…</translation>
    </message>
    <message>
        <source>Agencies you work with</source>
        <translation>Organismes partenaires</translation>
    </message>
    <message>
        <source>&amp;Import a card…</source>
        <translation>&amp;Importer une carte…</translation>
    </message>
    <message>
        <source>&amp;Confirm fingerprint…</source>
        <translation>&amp;Confirmer l'empreinte…</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Receive a &amp;transfer…</source>
        <translation>Recevoir un &amp;transfert…</translation>
    </message>
    <message>
        <source>Accept directory files nobody signed (they are marked "unsigned source")</source>
        <translation>Accepter les répertoires que personne n'a signés (marqués « source non signée »)</translation>
    </message>
    <message>
        <source>Other agencies</source>
        <translation>Autres organismes</translation>
    </message>
    <message>
        <source>{org}: read this fingerprint to an agency that imports your card.</source>
        <translation>{org} : lisez cette empreinte à l'organisme qui importe votre carte.</translation>
    </message>
    <message>
        <source>Save our organization card</source>
        <translation>Enregistrer la carte de notre organisme</translation>
    </message>
    <message>
        <source>Organization cards (*%1)</source>
        <translation>Cartes d'organisme (*%1)</translation>
    </message>
    <message>
        <source>Import an organization card</source>
        <translation>Importer une carte d'organisme</translation>
    </message>
    <message>
        <source>Organization cards (*%1);;All files (*)</source>
        <translation>Cartes d'organisme (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Publish the signed directory</source>
        <translation>Publier le répertoire signé</translation>
    </message>
    <message>
        <source>Signed directory packages (*.zip)</source>
        <translation>Répertoires signés (*.zip)</translation>
    </message>
    <message>
        <source>Open a transfer file</source>
        <translation>Ouvrir un fichier de transfert</translation>
    </message>
    <message>
        <source>Transfers (*%1);;All files (*)</source>
        <translation>Transferts (*%1);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Wrote {file} and a QR code beside it ({qr}). Send the card to the other agency, then read them the fingerprint by phone.</source>
        <translation>{file} et un code QR à côté ({qr}) ont été écrits. Envoyez la carte à l'autre organisme, puis lisez-lui l'empreinte au téléphone.</translation>
    </message>
    <message>
        <source>Make a new key pair for this organization? Use it if the old one may have been copied. Every agency you work with must then import your new card and confirm its fingerprint; transfers already sent to the old key still open.</source>
        <translation>Créer une nouvelle paire de clés pour cet organisme ? À faire si l'ancienne a pu être copiée. Chaque organisme partenaire devra alors importer votre nouvelle carte et confirmer son empreinte ; les transferts déjà envoyés à l'ancienne clé s'ouvrent encore.</translation>
    </message>
    <message>
        <source>Replace the key</source>
        <translation>Remplacer la clé</translation>
    </message>
    <message>
        <source>Keep the key</source>
        <translation>Garder la clé</translation>
    </message>
    <message>
        <source>Publishing the directory…</source>
        <translation>Publication du répertoire…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Publishing cancelled. No file was written.</source>
        <translation>Publication annulée. Aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Published version {v} of the directory ({n} services) to {file}.</source>
        <translation>Version {v} du répertoire ({n} services) publiée dans {file}.</translation>
    </message>
    <message>
        <source>Stop trusting {org}? Their directory updates and transfers will be refused until you confirm a card again.</source>
        <translation>Ne plus faire confiance à {org} ? Ses mises à jour du répertoire et ses transferts seront refusés jusqu'à ce que vous confirmiez de nouveau une carte.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Keep trusting</source>
        <translation>Garder la confiance</translation>
    </message>
    <message>
        <source>The transfer is now client {number}.</source>
        <translation>Le transfert est maintenant le client {number}.</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search services</source>
        <translation>Chercher un service</translation>
    </message>
    <message>
        <source>Search services: name, organization, description (accents ignored)</source>
        <translation>Chercher un service : nom, organisme, description (sans tenir compte des accents)</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <source>Any audience</source>
        <translation>Tous les publics</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>All areas</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>Any way in</source>
        <translation>Tout mode d'accès</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Way in</source>
        <translation>Mode d'accès</translation>
    </message>
    <message>
        <source>Show inactive</source>
        <translation>Afficher les inactifs</translation>
    </message>
    <message>
        <source>Only:</source>
        <translation>Seulement :</translation>
    </message>
</context>
<context>
    <name>FingerprintDialog</name>
    <message>
        <source>Confirm an agency</source>
        <translation>Confirmer un organisme</translation>
    </message>
    <message>
        <source>Call this agency on a phone number you already know (not one from the card). Ask them to read the fingerprint in their Settings, Other agencies. Trust the card only if every digit matches.</source>
        <translation>Appelez cet organisme à un numéro que vous connaissez déjà (pas celui de la carte). Demandez-lui de lire l'empreinte dans ses Paramètres, Autres organismes. Ne faites confiance à la carte que si tous les chiffres correspondent.</translation>
    </message>
    <message>
        <source>The digits match: &amp;trust</source>
        <translation>Les chiffres correspondent : faire &amp;confiance</translation>
    </message>
    <message>
        <source>They do not match</source>
        <translation>Ils ne correspondent pas</translation>
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
        <source>Referral follow-up</source>
        <translation>Suivi des références</translation>
    </message>
    <message>
        <source>When a referral is made, follow up after this many days, by urgency:</source>
        <translation>Après une référence, faire le suivi après ce nombre de jours, selon l'urgence :</translation>
    </message>
    <message>
        <source>Needed today:</source>
        <translation>Besoin aujourd'hui :</translation>
    </message>
    <message>
        <source>Needed this week:</source>
        <translation>Besoin cette semaine :</translation>
    </message>
    <message>
        <source>Later:</source>
        <translation>Plus tard :</translation>
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
        <source> days</source>
        <translation> jours</translation>
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
    <name>HistoryView</name>
    <message>
        <source>What happened to this record</source>
        <translation>Historique de ce dossier</translation>
    </message>
    <message>
        <source>Undo this merge</source>
        <translation>Annuler cette fusion</translation>
    </message>
    <message>
        <source>Record C-%1 was merged into this one on %2.</source>
        <translation>Le dossier C-%1 a été fusionné dans celui-ci le %2.</translation>
    </message>
</context>
<context>
    <name>HoursGrid</name>
    <message>
        <source>Opens</source>
        <translation>Ouvre à</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>Ferme à</translation>
    </message>
    <message>
        <source>Monday</source>
        <translation>Lundi</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Mardi</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Mercredi</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jeudi</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Vendredi</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Samedi</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Dimanche</translation>
    </message>
    <message>
        <source>%1: opens</source>
        <translation>%1 : ouverture</translation>
    </message>
    <message>
        <source>%1: closes</source>
        <translation>%1 : fermeture</translation>
    </message>
</context>
<context>
    <name>ImportModels</name>
    <message>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>vertical bar</source>
        <translation>barre verticale</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <source>Separator</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Endroit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import report</source>
        <translation>Rapport d'importation</translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation>Aperçu de l'importation</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>The same key at every import of this source keeps its services updated.</source>
        <translation>La même clé à chaque importation de cette source tient ses services à jour.</translation>
    </message>
    <message>
        <source>&amp;Count again for this source</source>
        <translation>&amp;Recompter pour cette source</translation>
    </message>
    <message>
        <source>&amp;Publisher:</source>
        <translation>&amp;Éditeur :</translation>
    </message>
    <message>
        <source>Stable &amp;key:</source>
        <translation>&amp;Clé stable :</translation>
    </message>
    <message>
        <source>Records skipped or repaired</source>
        <translation>Enregistrements laissés de côté ou réparés</translation>
    </message>
    <message>
        <source>Skipped and repaired</source>
        <translation>Laissés de côté et réparés</translation>
    </message>
    <message>
        <source>Files read</source>
        <translation>Fichiers lus</translation>
    </message>
    <message>
        <source>How each file was read</source>
        <translation>Comment chaque fichier a été lu</translation>
    </message>
    <message>
        <source>Imported from {file}:</source>
        <translation>Importé de {file} :</translation>
    </message>
    <message>
        <source>{file} is ready to import. Nothing has been stored yet.</source>
        <translation>{file} est prêt à être importé. Rien n'a encore été enregistré.</translation>
    </message>
    <message>
        <source>{n} services will be imported, {m} skipped.</source>
        <translation>{n} services seront importés, {m} laissés de côté.</translation>
    </message>
    <message>
        <source>{n} services imported, {m} skipped.</source>
        <translation>{n} services importés, {m} laissés de côté.</translation>
    </message>
    <message>
        <source>New: {new} · updated: {updated} · unchanged: {unchanged} · changed upstream where you changed them: {conflicting} · gone upstream: {gone}</source>
        <translation>Nouveaux : {new} · mis à jour : {updated} · inchangés : {unchanged} · changés par la source là où vous les aviez modifiés : {conflicting} · disparus de la source : {gone}</translation>
    </message>
    <message>
        <source>Organizations: {orgs} · locations: {locs} · repaired records: {repaired}</source>
        <translation>Organismes : {orgs} · lieux : {locs} · fiches réparées : {repaired}</translation>
    </message>
    <message>
        <source>{n} services have no category yet: routing cannot suggest them until you assign one (Directory, Needs attention).</source>
        <translation>{n} services n'ont pas encore de catégorie : l'orientation ne peut pas les proposer tant que vous ne leur en attribuez pas une (Répertoire, À vérifier).</translation>
    </message>
    <message>
        <source>Your local changes are kept. Services changed upstream or gone are listed under Needs attention.</source>
        <translation>Vos modifications locales sont gardées. Les services changés ou disparus à la source sont listés sous À vérifier.</translation>
    </message>
    <message>
        <source>A source you imported before holds these services.</source>
        <translation>Une source déjà importée contient ces services.</translation>
    </message>
    <message>
        <source>Suggested from the package's name. Check it.</source>
        <translation>Suggéré d'après le nom du paquet. Vérifiez-le.</translation>
    </message>
    <message>
        <source>Named by you.</source>
        <translation>Nommée par vous.</translation>
    </message>
    <message>
        <source>The file does not say which source it is (its name is the HSDS template's). Check the publisher and choose a key you will use for every import of it.</source>
        <translation>Le fichier ne dit pas de quelle source il vient (son nom est celui du modèle HSDS). Vérifiez l'éditeur et choisissez une clé que vous utiliserez à chaque importation de cette source.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import {n} services</source>
        <translation>&amp;Importer {n} services</translation>
    </message>
    <message>
        <source>&amp;Save report…</source>
        <translation>&amp;Enregistrer le rapport…</translation>
    </message>
    <message>
        <source>Save the import report</source>
        <translation>Enregistrer le rapport d'importation</translation>
    </message>
</context>
<context>
    <name>IntakeForm</name>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>What they like to be called, or an alias</source>
        <translation>Le nom que la personne préfère, ou un pseudonyme</translation>
    </message>
    <message>
        <source>For a name in another script: how letters print it</source>
        <translation>Pour un nom écrit dans un autre alphabet : comment les lettres l'impriment</translation>
    </message>
    <message>
        <source>Letters print this name (and make initials from it) when the name is written in another script, so the service can read it. Check the suggestion with the person.</source>
        <translation>Les lettres impriment ce nom (et en tirent les initiales) quand le nom est écrit dans un autre alphabet, pour que le service puisse le lire. Vérifiez la suggestion avec la personne.</translation>
    </message>
    <message>
        <source>Suggest</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <source>or age &amp;range</source>
        <translation>ou tranche d'â&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Given name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nom &amp;usuel</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>Nom &amp;de famille</translation>
    </message>
    <message>
        <source>Na&amp;me in Latin letters</source>
        <translation>No&amp;m en lettres latines</translation>
    </message>
    <message>
        <source>Name on le&amp;tters</source>
        <translation>Nom sur les lettre&amp;s</translation>
    </message>
    <message>
        <source>B&amp;irth year</source>
        <translation>&amp;Année de naissance</translation>
    </message>
    <message>
        <source>A name or an alias is enough. Never ask about immigration status.</source>
        <translation>Un nom ou un pseudonyme suffit. Ne demandez jamais le statut d'immigration.</translation>
    </message>
    <message>
        <source>Languages and contact</source>
        <translation>Langues et coordonnées</translation>
    </message>
    <message>
        <source>The letter's language</source>
        <translation>La langue de la lettre</translation>
    </message>
    <message>
        <source>The part of letters for the person is also printed in this language.</source>
        <translation>La partie des lettres destinée à la personne s'imprime aussi dans cette langue.</translation>
    </message>
    <message>
        <source>&amp;Languages</source>
        <translation>&amp;Langues</translation>
    </message>
    <message>
        <source>Letter lang&amp;uage</source>
        <translation>Langue des lett&amp;res</translation>
    </message>
    <message>
        <source>Reads &amp;best</source>
        <translation>Lit le mieu&amp;x</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Area or neighbourhood</source>
        <translation>&amp;Quartier ou secteur</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Age range…</source>
        <translation>Tranche d'âge…</translation>
    </message>
    <message>
        <source>Age range of the member</source>
        <translation>Tranche d'âge du membre</translation>
    </message>
    <message>
        <source>Add to household</source>
        <translation>Ajouter au ménage</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Household members</source>
        <translation>Membres du ménage</translation>
    </message>
    <message>
        <source>Barriers — private, used only to find services</source>
        <translation>Obstacles — confidentiels, servent seulement à trouver des services</translation>
    </message>
    <message>
        <source>Never printed, never exported. Leave “Not asked” if you did not ask.</source>
        <translation>Jamais imprimé, jamais exporté. Laissez « Non demandé » si vous n'avez pas posé la question.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Private n&amp;otes</source>
        <translation>Notes pri&amp;vées</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Sensitive note</source>
        <translation>Note confidentielle</translation>
    </message>
</context>
<context>
    <name>LanguagePicker</name>
    <message>
        <source>Type a language, then Enter</source>
        <translation>Tapez une langue, puis Entrée</translation>
    </message>
    <message>
        <source>Find a language</source>
        <translation>Trouver une langue</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Chosen, most comfortable first: %1</source>
        <translation>Choisies, la plus à l'aise en premier : %1</translation>
    </message>
    <message>
        <source>Chosen: %1</source>
        <translation>Choisies : %1</translation>
    </message>
    <message>
        <source>No language chosen yet.</source>
        <translation>Aucune langue choisie pour l'instant.</translation>
    </message>
</context>
<context>
    <name>LeftoversDialog</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>This data folder holds files of a Passerelle vault ({found}) but not the vault itself. Its drive may not be connected yet, or the file was moved. No new vault is made here, so nothing is overwritten.</source>
        <translation>Ce dossier de données contient des fichiers d'un coffre Passerelle ({found}), mais pas le coffre lui-même. Son disque n'est peut-être pas encore branché, ou le fichier a été déplacé. Aucun nouveau coffre n'est créé ici : rien n'est écrasé.</translation>
    </message>
    <message>
        <source>Connect the drive and start Passerelle again, restore a backup into this folder, or choose another folder for a new vault.</source>
        <translation>Branchez le disque et relancez Passerelle, restaurez une sauvegarde dans ce dossier ou choisissez un autre dossier pour un nouveau coffre.</translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>&amp;Choisir un autre dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Referral letters</source>
        <translation>Lettres d'orientation</translation>
    </message>
    <message>
        <source>One letter per service. Write a short reason for each letter: the person will carry it, so say only what the service needs to know.</source>
        <translation>Une lettre par service. Rédigez un court motif pour chaque lettre : la personne l'aura sur elle, alors n'écrivez que ce que le service a besoin de savoir.</translation>
    </message>
    <message>
        <source>Letters to prepare</source>
        <translation>Lettres à préparer</translation>
    </message>
    <message>
        <source>For example: needs a family doctor; prefers morning appointments.</source>
        <translation>Par exemple : cherche un médecin de famille; préfère les rendez-vous le matin.</translation>
    </message>
    <message>
        <source>The person has not agreed to share a reason with this service, so no reason will be printed.</source>
        <translation>La personne n'a pas consenti à ce qu'un motif soit communiqué à ce service : aucun motif ne sera imprimé.</translation>
    </message>
    <message>
        <source>Keep these words…</source>
        <translation>Garder ces mots…</translation>
    </message>
    <message>
        <source>A neutral name: the organization's name alone, or the clinic's or centre's</source>
        <translation>Un nom neutre : le nom de l'organisme seul, ou celui de la clinique ou du centre</translation>
    </message>
    <message>
        <source>Print this name</source>
        <translation>Imprimer ce nom</translation>
    </message>
    <message>
        <source>Letter language:</source>
        <translation>Langue de la lettre :</translation>
    </message>
    <message>
        <source>Reason for this letter:</source>
        <translation>Motif de cette lettre :</translation>
    </message>
    <message>
        <source>One file per service</source>
        <translation>Un fichier par service</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The name of this service, “%1”, may reveal something about the person who carries the letter. Choose the name to print instead (a coordinator can save a letter name for it in the directory).</source>
        <translation>Le nom de ce service, « %1 », pourrait révéler quelque chose sur la personne qui porte la lettre. Choisissez le nom à imprimer à la place (la coordination peut enregistrer un nom pour les lettres dans le répertoire).</translation>
    </message>
    <message>
        <source>the reason</source>
        <translation>le motif</translation>
    </message>
    <message>
        <source>the service's name</source>
        <translation>le nom du service</translation>
    </message>
    <message>
        <source>the organization's name</source>
        <translation>le nom de l'organisme</translation>
    </message>
    <message>
        <source>the person's name</source>
        <translation>le nom de la personne</translation>
    </message>
    <message>
        <source>the address</source>
        <translation>l'adresse</translation>
    </message>
    <message>
        <source>your letterhead</source>
        <translation>votre en-tête</translation>
    </message>
    <message>
        <source>your name</source>
        <translation>votre nom</translation>
    </message>
    <message>
        <source>the note for the person</source>
        <translation>la note pour la personne</translation>
    </message>
    <message>
        <source>the person's phone</source>
        <translation>le téléphone de la personne</translation>
    </message>
    <message>
        <source>the service's details</source>
        <translation>les renseignements du service</translation>
    </message>
    <message numerus="yes">
        <source>%n word(s) highlighted may reveal something about the person's status or papers. Change them, or keep them if the service truly needs to know.</source>
        <translation><numerusform>%n mot surligné pourrait révéler quelque chose sur le statut ou les papiers de la personne. Modifiez-le, ou gardez-le si le service doit vraiment le savoir.</numerusform><numerusform>%n mots surlignés pourraient révéler quelque chose sur le statut ou les papiers de la personne. Modifiez-les, ou gardez-les si le service doit vraiment le savoir.</numerusform></translation>
    </message>
    <message>
        <source>Found in: %1.</source>
        <translation>Trouvé dans : %1.</translation>
    </message>
    <message>
        <source>The highlighted words will be printed on a letter the person carries. Anyone who reads it will see them. Print them anyway?</source>
        <translation>Les mots surlignés seront imprimés sur une lettre que la personne aura sur elle. Quiconque la lira les verra. Les imprimer quand même?</translation>
    </message>
    <message>
        <source>Print them</source>
        <translation>Les imprimer</translation>
    </message>
    <message>
        <source>Go back and edit</source>
        <translation>Revenir et modifier</translation>
    </message>
    <message numerus="yes">
        <source>Preparing the preview of %n letter(s)…</source>
        <translation><numerusform>Préparation de l'aperçu de %n lettre…</numerusform><numerusform>Préparation de l'aperçu de %n lettres…</numerusform></translation>
    </message>
    <message>
        <source>The preview was stopped; it shows the letters as they were before.</source>
        <translation>L'aperçu a été arrêté ; il montre les lettres telles qu'elles étaient avant.</translation>
    </message>
    <message>
        <source>Referral letter</source>
        <translation>Lettre d'orientation</translation>
    </message>
    <message>
        <source>Preparing the letters…</source>
        <translation>Préparation des lettres…</translation>
    </message>
    <message>
        <source>Printing was cancelled. Nothing was printed.</source>
        <translation>L'impression a été annulée. Rien n'a été imprimé.</translation>
    </message>
    <message>
        <source>Sent to the printer. The referrals are marked as printed.</source>
        <translation>Envoyé à l'imprimante. Les orientations sont marquées comme imprimées.</translation>
    </message>
    <message>
        <source>Sending the letters to the printer…</source>
        <translation>Envoi des lettres à l'imprimante…</translation>
    </message>
    <message>
        <source>Saving the letters…</source>
        <translation>Enregistrement des lettres…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Saving was cancelled. No file was written.</source>
        <translation>L'enregistrement a été annulé. Aucun fichier n'a été écrit.</translation>
    </message>
    <message>
        <source>Saved. The referrals are marked as printed.</source>
        <translation>Enregistré. Les orientations sont marquées comme imprimées.</translation>
    </message>
</context>
<context>
    <name>LetterSeams</name>
    <message>
        <source>Print referral letters</source>
        <translation>Imprimer les lettres d'orientation</translation>
    </message>
    <message>
        <source>Save the letters as PDF</source>
        <translation>Enregistrer les lettres en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a folder for the letters</source>
        <translation>Choisir un dossier pour les lettres</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>LettersModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Words to check</source>
        <translation>Mots à vérifier</translation>
    </message>
    <message>
        <source>Words on the letter that may reveal the person's status</source>
        <translation>Mots de la lettre qui pourraient révéler le statut de la personne</translation>
    </message>
    <message>
        <source>%1 (choose a name for the letter)</source>
        <translation>%1 (choisir un nom pour la lettre)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
</context>
<context>
    <name>LettersSection</name>
    <message>
        <source>Letterhead</source>
        <translation>En-tête</translation>
    </message>
    <message>
        <source>The organization's name, address, phone and e-mail are changed in the General tab.</source>
        <translation>Le nom, l'adresse, le téléphone et le courriel de l'organisme se modifient dans l'onglet Général.</translation>
    </message>
    <message>
        <source>Choose a logo…</source>
        <translation>Choisir un logo…</translation>
    </message>
    <message>
        <source>Remove the logo</source>
        <translation>Retirer le logo</translation>
    </message>
    <message>
        <source>For example: Settlement counsellor</source>
        <translation>Par exemple : Conseillère en établissement</translation>
    </message>
    <message>
        <source>Printed as:</source>
        <translation>Tel qu'imprimé :</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo :</translation>
    </message>
    <message>
        <source>Line under the signature:</source>
        <translation>Ligne sous la signature :</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Lettres</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>Paper and language</source>
        <translation>Papier et langue</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Print a QR code holding only the reference code</source>
        <translation>Imprimer un code QR qui contient seulement le code de référence</translation>
    </message>
    <message>
        <source>Default letter language:</source>
        <translation>Langue des lettres par défaut :</translation>
    </message>
    <message>
        <source>Paper size:</source>
        <translation>Format du papier :</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>&amp;Enregistrer les modifications</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(aucun nom pour l'instant)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Save to use this logo.</source>
        <translation>Enregistrez pour utiliser ce logo.</translation>
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
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Vault unlocked.</source>
        <translation>Coffre déverrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation><numerusform>%n suivi à faire</numerusform><numerusform>%n suivis à faire</numerusform></translation>
    </message>
    <message>
        <source>Open a client with referrals to prepare their letters.</source>
        <translation>Ouvrez le dossier d'une personne orientée pour préparer ses lettres.</translation>
    </message>
    <message>
        <source>Nothing to save here.</source>
        <translation>Rien à enregistrer ici.</translation>
    </message>
</context>
<context>
    <name>NeedsEditor</name>
    <message>
        <source>A few words, optional</source>
        <translation>Quelques mots, facultatif</translation>
    </message>
    <message>
        <source>&amp;Add need</source>
        <translation>&amp;Ajouter le besoin</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Caté&amp;gorie</translation>
    </message>
    <message>
        <source>Ur&amp;gency</source>
        <translation>&amp;Urgence</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Mark &amp;met / open</source>
        <translation>Marquer &amp;comblé / ouvert</translation>
    </message>
    <message>
        <source>Remove need</source>
        <translation>Retirer le besoin</translation>
    </message>
</context>
<context>
    <name>NeedsToRouteModel</name>
    <message>
        <source>nothing fits</source>
        <translation>rien ne convient</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s)</source>
        <translation><numerusform>%n service</numerusform><numerusform>%n services</numerusform></translation>
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
        <source>Organization na&amp;me:</source>
        <translation>&amp;Nom de l'organisme :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
</context>
<context>
    <name>PartnersModel</name>
    <message>
        <source>Waiting for confirmation</source>
        <translation>En attente de confirmation</translation>
    </message>
    <message>
        <source>Trusted</source>
        <translation>De confiance</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>Directory version</source>
        <translation>Version du répertoire</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase de passe :</translation>
    </message>
    <message>
        <source>&amp;Type it again:</source>
        <translation>Re&amp;tapez-la :</translation>
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
    <name>PeriodPicker</name>
    <message>
        <source>Kind of period</source>
        <translation>Type de période</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Trimestre</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Année</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Sur mesure</translation>
    </message>
    <message>
        <source>Q%1</source>
        <translation>T%1</translation>
    </message>
    <message>
        <source>First month</source>
        <translation>Premier mois</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Dernier mois</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
</context>
<context>
    <name>ReadingLanguagesBox</name>
    <message>
        <source>Languages for the person</source>
        <translation>Langues pour la personne</translation>
    </message>
    <message>
        <source>The part of the letter for the person is also printed in the language they read best. Texts not yet reviewed by a fluent speaker may have mistakes: turn a language off until someone fluent has read it.</source>
        <translation>La partie de la lettre destinée à la personne s'imprime aussi dans la langue qu'elle lit le mieux. Des textes pas encore révisés par une personne qui parle couramment la langue peuvent contenir des erreurs : désactivez une langue jusqu'à ce qu'une telle personne les ait lus.</translation>
    </message>
</context>
<context>
    <name>ReadingLanguagesModel</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Texts</source>
        <translation>Textes</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Imprimée</translation>
    </message>
    <message>
        <source>Reviewed by a fluent speaker</source>
        <translation>Révisés par une personne qui parle couramment la langue</translation>
    </message>
    <message>
        <source>Not yet reviewed by a fluent speaker</source>
        <translation>Pas encore révisés par une personne qui parle couramment la langue</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Oui</translation>
    </message>
</context>
<context>
    <name>ReadingPanel</name>
    <message>
        <source>Only the letter's language</source>
        <translation>Seulement la langue de la lettre</translation>
    </message>
    <message>
        <source>(turned off)</source>
        <translation>(désactivée)</translation>
    </message>
    <message>
        <source>(not yet reviewed)</source>
        <translation>(pas encore révisée)</translation>
    </message>
    <message>
        <source>A short note for the person, in their language (optional).</source>
        <translation>Une courte note pour la personne, dans sa langue (facultatif).</translation>
    </message>
    <message>
        <source>Also for the person in:</source>
        <translation>Aussi pour la personne en :</translation>
    </message>
    <message>
        <source>Note for the person:</source>
        <translation>Note pour la personne :</translation>
    </message>
    <message>
        <source>There are no texts in %1 yet: the part for the person prints in the letter's language only.</source>
        <translation>Il n'existe pas encore de textes en %1 : la partie destinée à la personne s'imprime seulement dans la langue de la lettre.</translation>
    </message>
    <message>
        <source>A coordinator turned %1 off: the part for the person prints in the letter's language only.</source>
        <translation>Une coordonnatrice ou un coordonnateur a désactivé les textes en %1 : la partie destinée à la personne s'imprime seulement dans la langue de la lettre.</translation>
    </message>
    <message>
        <source>The %1 texts are not yet reviewed by a fluent speaker. Read them with the person if you can.</source>
        <translation>Les textes en %1 n'ont pas encore été révisés par une personne qui parle couramment la langue. Lisez-les avec la personne si possible.</translation>
    </message>
</context>
<context>
    <name>ReceiveTransferDialog</name>
    <message>
        <source>Receive a transfer</source>
        <translation>Recevoir un transfert</translation>
    </message>
    <message>
        <source>Signature verified. Sent {sent}, expires {expires}.</source>
        <translation>Signature vérifiée. Envoyé le {sent}, expire le {expires}.</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>Languages: {langs}</source>
        <translation>Langues : {langs}</translation>
    </message>
    <message>
        <source>Household: {n}</source>
        <translation>Ménage : {n}</translation>
    </message>
    <message>
        <source>Needs: {needs}</source>
        <translation>Besoins : {needs}</translation>
    </message>
    <message>
        <source>Referrals before: {n}</source>
        <translation>Orientations précédentes : {n}</translation>
    </message>
    <message>
        <source>What the transfer holds</source>
        <translation>Ce que contient le transfert</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Importer comme</translation>
    </message>
    <message>
        <source>Import as a new client</source>
        <translation>Importer comme nouveau client</translation>
    </message>
    <message>
        <source>Add to {number} {name} (possible match)</source>
        <translation>Ajouter à {number} {name} (correspondance possible)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
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
    <name>ReferConsentPanel</name>
    <message>
        <source>What the person agrees to share with these services</source>
        <translation>Ce que la personne accepte de communiquer à ces services</translation>
    </message>
    <message>
        <source>Date the consent was given</source>
        <translation>Date où le consentement a été donné</translation>
    </message>
    <message>
        <source>&amp;Given:</source>
        <translation>&amp;Donné :</translation>
    </message>
    <message>
        <source>on</source>
        <translation>le</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Chan&amp;ge…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Fold the consent back to its summary</source>
        <translation>Replier le consentement en son résumé</translation>
    </message>
    <message>
        <source>Choose what the person agrees to share and how they agreed</source>
        <translation>Choisir ce que la personne accepte de communiquer et comment elle l'a accepté</translation>
    </message>
    <message>
        <source>the name “%1”</source>
        <translation>le nom « %1 »</translation>
    </message>
    <message>
        <source>initials only (“%1”)</source>
        <translation>les initiales seulement (« %1 »)</translation>
    </message>
    <message>
        <source>the languages spoken</source>
        <translation>les langues parlées</translation>
    </message>
    <message>
        <source>no languages</source>
        <translation>aucune langue</translation>
    </message>
    <message>
        <source>that an interpreter would help, if needed</source>
        <translation>qu'un interprète serait utile, s'il y a lieu</translation>
    </message>
    <message>
        <source>the reason you write</source>
        <translation>le motif que vous écrirez</translation>
    </message>
    <message>
        <source>no reason</source>
        <translation>aucun motif</translation>
    </message>
    <message>
        <source>the person's phone number</source>
        <translation>le numéro de téléphone de la personne</translation>
    </message>
    <message>
        <source>The letter will contain: %1; and always the service's address, hours and phone, the reference and your contact details.</source>
        <translation>La lettre contiendra : %1; et toujours l'adresse, les heures et le téléphone du service, la référence et vos coordonnées.</translation>
    </message>
    <message>
        <source>Refusing is fine: the referral and the letter still go ahead.</source>
        <translation>Refuser ne pose aucun problème : l'orientation et la lettre se font quand même.</translation>
    </message>
    <message>
        <source>The letter will contain: %1.</source>
        <translation>La lettre contiendra : %1.</translation>
    </message>
</context>
<context>
    <name>ReferralLabels</name>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Letter printed</source>
        <translation>Lettre imprimée</translation>
    </message>
    <message>
        <source>Attended</source>
        <translation>S'est présentée</translation>
    </message>
    <message>
        <source>Did not go</source>
        <translation>Ne s'est pas présentée</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>A refusé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Fermée</translation>
    </message>
    <message>
        <source>Letter given</source>
        <translation>Lettre remise</translation>
    </message>
    <message>
        <source>Service received</source>
        <translation>Service reçu</translation>
    </message>
    <message>
        <source>No longer needed</source>
        <translation>Plus nécessaire</translation>
    </message>
    <message>
        <source>Referred elsewhere</source>
        <translation>Référée ailleurs</translation>
    </message>
    <message>
        <source>Lost contact</source>
        <translation>Contact perdu</translation>
    </message>
    <message>
        <source>Not eligible there</source>
        <translation>Non admissible à ce service</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Autre raison</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Made by</source>
        <translation>Faite par</translation>
    </message>
</context>
<context>
    <name>ReferralPanel</name>
    <message>
        <source>What happened?</source>
        <translation>Que s'est-il passé?</translation>
    </message>
    <message>
        <source>Close the referral</source>
        <translation>Clore l'orientation</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Follow up on:</source>
        <translation>Faire le suivi le :</translation>
    </message>
    <message>
        <source>What came of it, in a few words (stays here).</source>
        <translation>Le résultat, en quelques mots (reste ici).</translation>
    </message>
    <message>
        <source>Outcome note:</source>
        <translation>Note de résultat :</translation>
    </message>
    <message>
        <source>Save follow-up</source>
        <translation>Enregistrer le suivi</translation>
    </message>
    <message>
        <source>Open client</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Letter…</source>
        <translation>Lettre…</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler ce changement</translation>
    </message>
    <message>
        <source>Choose a referral in the list.</source>
        <translation>Choisissez une référence dans la liste.</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Pour : %1</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>État : %1</translation>
    </message>
    <message>
        <source>Referral %1 marked “%2”.</source>
        <translation>Orientation %1 marquée « %2 ».</translation>
    </message>
</context>
<context>
    <name>ReferralsPage</name>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>All referrals</source>
        <translation>Toutes les références</translation>
    </message>
    <message>
        <source>Open referrals</source>
        <translation>Références ouvertes</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État :</translation>
    </message>
    <message>
        <source>Made by:</source>
        <translation>Faite par :</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Service :</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today or earlier.</source>
        <translation><numerusform>%n suivi à faire aujourd'hui ou avant.</numerusform><numerusform>%n suivis à faire aujourd'hui ou avant.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s).</source>
        <translation><numerusform>%n orientation.</numerusform><numerusform>%n orientations.</numerusform></translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Moi</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Tous les services</translation>
    </message>
    <message>
        <source>No follow-ups due.</source>
        <translation>Aucun suivi à faire.</translation>
    </message>
</context>
<context>
    <name>ReportTableModel</name>
    <message>
        <source>Hidden to protect confidentiality</source>
        <translation>Masqué pour protéger la confidentialité</translation>
    </message>
    <message>
        <source>hidden</source>
        <translation>masqué</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Whose figures</source>
        <translation>Chiffres de qui</translation>
    </message>
    <message>
        <source>All clients</source>
        <translation>Toutes les personnes</translation>
    </message>
    <message>
        <source>My caseload</source>
        <translation>Ma charge de cas</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>CSV files (zip)…</source>
        <translation>Fichiers CSV (zip)…</translation>
    </message>
    <message>
        <source>PDF report with charts…</source>
        <translation>Rapport PDF avec graphiques…</translation>
    </message>
    <message>
        <source>JSON summary (umbrella organization)…</source>
        <translation>Sommaire JSON (regroupement d'organismes)…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Tables of the report</source>
        <translation>Tableaux du rapport</translation>
    </message>
    <message>
        <source>Figures of the chosen table</source>
        <translation>Chiffres du tableau choisi</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>The last month is before the first.</source>
        <translation>Le dernier mois est avant le premier.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Calcul en cours…</translation>
    </message>
    <message>
        <source>This period has not started yet: there is nothing to count.</source>
        <translation>Cette période n'a pas encore commencé : il n'y a rien à compter.</translation>
    </message>
    <message>
        <source>Period: %1.</source>
        <translation>Période : %1.</translation>
    </message>
    <message>
        <source>This period is still running: the figures go up to today.</source>
        <translation>Cette période est en cours : les chiffres vont jusqu'à aujourd'hui.</translation>
    </message>
    <message>
        <source>Nobody was served in this period.</source>
        <translation>Personne n'a été servi pendant cette période.</translation>
    </message>
    <message>
        <source>Too few people were served in this period: every figure is hidden (x) so that nobody can be recognized. Choose a longer period to see figures.</source>
        <translation>Trop peu de personnes ont été servies pendant cette période : tous les chiffres sont masqués (x) pour que personne ne puisse être reconnu. Choisissez une période plus longue pour voir des chiffres.</translation>
    </message>
    <message>
        <source>%1 figure(s) hidden (x) to protect confidentiality.</source>
        <translation>%1 chiffre(s) masqué(s) (x) pour protéger la confidentialité.</translation>
    </message>
    <message>
        <source>Clients served: %1 · Attendance rate: %2 · Median days from referral to outcome: %3</source>
        <translation>Personnes servies : %1 · Taux de présence : %2 · Jours médians de la référence au résultat : %3</translation>
    </message>
    <message>
        <source>Zip of CSV files (*.zip)</source>
        <translation>Zip de fichiers CSV (*.zip)</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>Report exported.</source>
        <translation>Rapport exporté.</translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message>
        <source>No figure of a report counts fewer people than this: smaller counts are hidden, and other figures too when they would let someone work them out. 5 is usual; never below 3, at most 10.</source>
        <translation>Aucun chiffre d'un rapport ne compte moins de personnes que ce seuil : les plus petits sont masqués, ainsi que d'autres chiffres lorsqu'ils permettraient de les retrouver. 5 est l'usage; jamais moins de 3, au plus 10.</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Smallest count shown</source>
        <translation>Plus petit nombre affiché</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Smallest count shown:</source>
        <translation>Plus petit nombre affiché :</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>ResetPassphraseDialog</name>
    <message>
        <source>New first passphrase</source>
        <translation>Nouvelle phrase de passe initiale</translation>
    </message>
    <message>
        <source>Choose a new first passphrase for %1 and give it to them privately. Their old passphrase stops working now; they will choose their own at the next unlock.</source>
        <translation>Choisissez une nouvelle phrase de passe initiale pour %1 et remettez-la en privé. L'ancienne cesse de fonctionner dès maintenant; la personne choisira la sienne au prochain déverrouillage.</translation>
    </message>
    <message>
        <source>&amp;Set passphrase</source>
        <translation>&amp;Définir la phrase de passe</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Choose a backup file (.pbk), then type the passphrase of any account that existed when it was made, or the recovery key.</source>
        <translation>Choisissez un fichier de sauvegarde (.pbk), puis tapez la phrase de passe d'un compte qui existait au moment de la sauvegarde, ou la clé de récupération.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>Fichier de sauvegarde</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation>Sauvegarde :</translation>
    </message>
    <message>
        <source>Passphrase or recovery key:</source>
        <translation>Phrase de passe ou clé de récupération :</translation>
    </message>
    <message>
        <source>Restoring replaces everything now in this vault with the backup. Work done since the backup was made will be gone. The current vault is kept aside until the restored one opens.</source>
        <translation>La restauration remplace tout le contenu actuel du coffre par la sauvegarde. Le travail fait depuis la sauvegarde sera perdu. Le coffre actuel est mis de côté jusqu'à ce que le coffre restauré s'ouvre.</translation>
    </message>
    <message>
        <source>&amp;Open backup</source>
        <translation>&amp;Ouvrir la sauvegarde</translation>
    </message>
    <message>
        <source>Opening and checking the backup…</source>
        <translation>Ouverture et vérification de la sauvegarde…</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restauration en cours…</translation>
    </message>
    <message>
        <source>Backup made on %1 at %2.</source>
        <translation>Sauvegarde faite le %1 à %2.</translation>
    </message>
    <message>
        <source>Clients: %1</source>
        <translation>Dossiers : %1</translation>
    </message>
    <message>
        <source>Referrals: %1</source>
        <translation>Orientations : %1</translation>
    </message>
    <message>
        <source>Services: %1</source>
        <translation>Services : %1</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Comptes : %1</translation>
    </message>
    <message>
        <source>Opened with the recovery key.</source>
        <translation>Ouverte avec la clé de récupération.</translation>
    </message>
    <message>
        <source>Opened with the passphrase of %1.</source>
        <translation>Ouverte avec la phrase de passe de %1.</translation>
    </message>
    <message>
        <source>This backup comes from another vault.</source>
        <translation>Cette sauvegarde provient d'un autre coffre.</translation>
    </message>
    <message>
        <source>&amp;Restore now</source>
        <translation>&amp;Restaurer maintenant</translation>
    </message>
</context>
<context>
    <name>RetentionModel</name>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
</context>
<context>
    <name>RetentionSection</name>
    <message>
        <source>How long to keep inactive clients</source>
        <translation>Durée de conservation des dossiers inactifs</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>A client with no activity (no change, referral or letter) for longer than this is listed below for deletion. Nothing is deleted without your confirmation.</source>
        <translation>Un dossier sans activité (aucune modification, orientation ni lettre) depuis plus longtemps que cette durée figure ci-dessous pour suppression. Rien n'est supprimé sans votre confirmation.</translation>
    </message>
    <message>
        <source>Keep for:</source>
        <translation>Conserver pendant :</translation>
    </message>
    <message>
        <source>Clients due for deletion</source>
        <translation>Dossiers à supprimer</translation>
    </message>
    <message>
        <source>&amp;Delete these clients…</source>
        <translation>&amp;Supprimer ces dossiers…</translation>
    </message>
    <message>
        <source>A client's request to see their record</source>
        <translation>Demande d'accès d'une personne à son dossier</translation>
    </message>
    <message>
        <source>Makes a PDF of everything held about one client, including barriers and notes, for that client only. The export is recorded in the audit trail.</source>
        <translation>Produit un PDF de tout ce qui est conservé sur une personne, y compris les obstacles et les notes, pour cette personne seulement. L'exportation est inscrite au journal d'audit.</translation>
    </message>
    <message>
        <source>e.g. C-000042</source>
        <translation>p. ex. C-000042</translation>
    </message>
    <message>
        <source>&amp;Export record (PDF)…</source>
        <translation>E&amp;xporter le dossier (PDF)…</translation>
    </message>
    <message>
        <source>Client number:</source>
        <translation>Numéro de dossier :</translation>
    </message>
    <message>
        <source>Retention (%1)</source>
        <translation>Conservation (%1)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message numerus="yes">
        <source>%n client(s) inactive for longer than the period above.</source>
        <translation><numerusform>%n dossier inactif depuis plus longtemps que la durée ci-dessus.</numerusform><numerusform>%n dossiers inactifs depuis plus longtemps que la durée ci-dessus.</numerusform></translation>
    </message>
    <message>
        <source>No client is due for deletion.</source>
        <translation>Aucun dossier n'est à supprimer.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n client record(s) for good? Their needs, consents, referrals and notes are erased. Only anonymous counts remain. This cannot be undone.</source>
        <translation><numerusform>Supprimer définitivement %n dossier? Ses besoins, consentements, orientations et notes seront effacés. Seuls des décomptes anonymes resteront. C'est irréversible.</numerusform><numerusform>Supprimer définitivement %n dossiers? Leurs besoins, consentements, orientations et notes seront effacés. Seuls des décomptes anonymes resteront. C'est irréversible.</numerusform></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Supprimer définitivement</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Les garder</translation>
    </message>
    <message numerus="yes">
        <source>%n client record(s) deleted.</source>
        <translation><numerusform>%n dossier supprimé.</numerusform><numerusform>%n dossiers supprimés.</numerusform></translation>
    </message>
    <message>
        <source>This PDF shows all of this client's private information, including barriers, notes and any sensitive note. Make it only to answer the client's own request, and give it only to them. Continue?</source>
        <translation>Ce PDF montre tous les renseignements privés de cette personne, y compris les obstacles, les notes et toute note confidentielle. Produisez-le seulement pour répondre à sa propre demande, et remettez-le à elle seule. Continuer?</translation>
    </message>
    <message>
        <source>Make the PDF</source>
        <translation>Produire le PDF</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Deleting the client records… Cancel keeps every record; once they are deleted, the vault is compacted and that last step cannot be stopped.</source>
        <translation>Suppression des dossiers des clients… Annuler garde tous les dossiers ; une fois qu'ils sont supprimés, le coffre est compacté et cette dernière étape ne peut pas être arrêtée.</translation>
    </message>
    <message>
        <source>Deletion cancelled. No client record was deleted.</source>
        <translation>Suppression annulée. Aucun dossier de client n'a été supprimé.</translation>
    </message>
    <message>
        <source>Save the client's record</source>
        <translation>Enregistrer le dossier de la personne</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The record was saved. Give it only to the client.</source>
        <translation>Le dossier a été enregistré. Remettez-le seulement à la personne concernée.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Needs attention</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Routing cannot suggest these services until they have a category. Choose several, then a category.</source>
        <translation>L'orientation ne peut pas proposer ces services tant qu'ils n'ont pas de catégorie. Choisissez-en plusieurs, puis une catégorie.</translation>
    </message>
    <message>
        <source>Services without a category</source>
        <translation>Services sans catégorie</translation>
    </message>
    <message>
        <source>&amp;Assign to the selected services</source>
        <translation>&amp;Attribuer aux services choisis</translation>
    </message>
    <message>
        <source>Cate&amp;gory:</source>
        <translation>Caté&amp;gorie :</translation>
    </message>
    <message>
        <source>Services changed or gone upstream</source>
        <translation>Services changés ou disparus à la source</translation>
    </message>
    <message>
        <source>&amp;Take the upstream value</source>
        <translation>&amp;Prendre la valeur de la source</translation>
    </message>
    <message>
        <source>&amp;Keep mine</source>
        <translation>&amp;Garder la mienne</translation>
    </message>
    <message>
        <source>No longer listed by the source</source>
        <translation>N'est plus listé par la source</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>Without a category ({n})</source>
        <translation>Sans catégorie ({n})</translation>
    </message>
    <message>
        <source>Changed or gone upstream ({n})</source>
        <translation>Changés ou disparus à la source ({n})</translation>
    </message>
</context>
<context>
    <name>RoutingView</name>
    <message>
        <source>Open now</source>
        <translation>Ouvert maintenant</translation>
    </message>
    <message>
        <source>Show services left out</source>
        <translation>Afficher les services écartés</translation>
    </message>
    <message>
        <source>Also show services that ask for a document this person does not have, greyed, with the reason.</source>
        <translation>Afficher aussi, en gris et avec la raison, les services qui exigent un document que cette personne n'a pas.</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Référer</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Services that fit the chosen need</source>
        <translation>Services qui conviennent au besoin choisi</translation>
    </message>
    <message>
        <source>Choose a need to jump to its services.</source>
        <translation>Choisissez un besoin pour voir ses services.</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue :</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Quartier :</translation>
    </message>
    <message>
        <source>Looking through the directory…</source>
        <translation>Recherche dans le répertoire…</translation>
    </message>
    <message>
        <source>This person has no open needs. Add needs on the Needs tab to see services.</source>
        <translation>Cette personne n'a aucun besoin ouvert. Ajoutez des besoins dans l'onglet Besoins pour voir des services.</translation>
    </message>
    <message>
        <source>Tick the services to refer to, then press Refer.</source>
        <translation>Cochez les services vers lesquels référer, puis appuyez sur Référer.</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) of the directory have no category and cannot be suggested.</source>
        <translation><numerusform>%n service du répertoire n'a pas de catégorie et ne peut pas être proposé.</numerusform><numerusform>%n services du répertoire n'ont pas de catégorie et ne peuvent pas être proposés.</numerusform></translation>
    </message>
    <message>
        <source>already referred on %1</source>
        <translation>déjà orientée le %1</translation>
    </message>
    <message>
        <source>This person was already referred today to: %1. Make another referral anyway?</source>
        <translation>Cette personne a déjà été orientée aujourd'hui vers : %1. Faire quand même une autre orientation?</translation>
    </message>
    <message>
        <source>Refer again</source>
        <translation>Orienter de nouveau</translation>
    </message>
    <message>
        <source>Do not refer again</source>
        <translation>Ne pas orienter de nouveau</translation>
    </message>
    <message>
        <source>Any language</source>
        <translation>Toutes les langues</translation>
    </message>
    <message>
        <source>Any area</source>
        <translation>Tous les quartiers</translation>
    </message>
    <message>
        <source>%1 (this person's area)</source>
        <translation>%1 (quartier de la personne)</translation>
    </message>
    <message numerus="yes">
        <source>Refer to %n service(s)</source>
        <translation><numerusform>Référer à %n service</numerusform><numerusform>Référer à %n services</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) made: %1</source>
        <translation><numerusform>%n orientation faite : %1</numerusform><numerusform>%n orientations faites : %1</numerusform></translation>
    </message>
</context>
<context>
    <name>SendTransferDialog</name>
    <message>
        <source>Name and birth year</source>
        <translation>Nom et année de naissance</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Ménage</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>Besoins</translation>
    </message>
    <message>
        <source>Referral history</source>
        <translation>Historique des orientations</translation>
    </message>
    <message>
        <source>Phone, email and area</source>
        <translation>Téléphone, courriel et secteur</translation>
    </message>
    <message>
        <source>Barriers (only if the client explicitly agrees)</source>
        <translation>Obstacles (seulement si le client l'accepte expressément)</translation>
    </message>
    <message>
        <source>Transfer to another agency</source>
        <translation>Transférer à un autre organisme</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Organisme :</translation>
    </message>
    <message>
        <source>Ask the client what they agree to send. The sensitive note and private notes are never sent.</source>
        <translation>Demandez au client ce qu'il accepte d'envoyer. La note sensible et les notes privées ne sont jamais envoyées.</translation>
    </message>
    <message>
        <source>Consent given &amp;verbally</source>
        <translation>Consentement donné &amp;verbalement</translation>
    </message>
    <message>
        <source>Consent given in w&amp;riting</source>
        <translation>Consentement donné par é&amp;crit</translation>
    </message>
    <message>
        <source>Exactly what the file will hold:</source>
        <translation>Exactement ce que contiendra le fichier :</translation>
    </message>
    <message>
        <source>Keep the record here</source>
        <translation>Garder le dossier ici</translation>
    </message>
    <message>
        <source>Archive the record here</source>
        <translation>Archiver le dossier ici</translation>
    </message>
    <message>
        <source>Afterwards:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>&amp;Write the transfer file…</source>
        <translation>Écrire le &amp;fichier de transfert…</translation>
    </message>
    <message>
        <source>No trusted agency yet.</source>
        <translation>Aucun organisme de confiance pour l'instant.</translation>
    </message>
    <message>
        <source>Choose at least one thing to share.</source>
        <translation>Choisissez au moins une chose à partager.</translation>
    </message>
    <message>
        <source>Where to write the transfer file</source>
        <translation>Où écrire le fichier de transfert</translation>
    </message>
    <message>
        <source>Wrote {file}. Only {org} can open it; it expires on {date}. Send it by any means (USB stick, email): its name and size say nothing about the client.</source>
        <translation>{file} a été écrit. Seul {org} peut l'ouvrir ; il expire le {date}. Envoyez-le par n'importe quel moyen (clé USB, courriel) : son nom et sa taille ne disent rien du client.</translation>
    </message>
    <message>
        <source>Name: {name}</source>
        <translation>Nom : {name}</translation>
    </message>
    <message>
        <source>Birth year: {year}</source>
        <translation>Année de naissance : {year}</translation>
    </message>
    <message>
        <source>Languages: {langs}</source>
        <translation>Langues : {langs}</translation>
    </message>
    <message>
        <source>Household: {members}</source>
        <translation>Ménage : {members}</translation>
    </message>
    <message>
        <source>Need: {category}</source>
        <translation>Besoin : {category}</translation>
    </message>
    <message>
        <source>Referred {date} to {service} ({state})</source>
        <translation>Orienté le {date} vers {service} ({state})</translation>
    </message>
    <message>
        <source>Contact: {text}</source>
        <translation>Coordonnées : {text}</translation>
    </message>
    <message>
        <source>Barriers: {list}</source>
        <translation>Obstacles : {list}</translation>
    </message>
    <message>
        <source>Expires on {date}. Never included: the sensitive note, private notes.</source>
        <translation>Expire le {date}. Jamais inclus : la note sensible, les notes privées.</translation>
    </message>
</context>
<context>
    <name>ServiceDetail</name>
    <message>
        <source>About the chosen service</source>
        <translation>À propos du service choisi</translation>
    </message>
    <message>
        <source>Choose a service to see everything about it here.</source>
        <translation>Choisissez un service pour tout voir à son sujet ici.</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Not verified for over a year: check before referring</source>
        <translation>Non vérifié depuis plus d'un an : à vérifier avant de référer</translation>
    </message>
    <message>
        <source>Unsigned source: origin not verified</source>
        <translation>Source non signée : origine non vérifiée</translation>
    </message>
    <message>
        <source>On letters: {name}</source>
        <translation>Sur les lettres : {name}</translation>
    </message>
    <message>
        <source>This name may reveal something about the people who use the service: give it a name for letters (Edit), or each letter will wait for one.</source>
        <translation>Ce nom pourrait révéler quelque chose sur les personnes qui utilisent le service : donnez-lui un nom pour les lettres (Modifier), sinon chaque lettre attendra qu'on en choisisse un.</translation>
    </message>
    <message>
        <source>Also known as: {name}</source>
        <translation>Aussi appelé : {name}</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Especially for</source>
        <translation>S'adresse surtout aux</translation>
    </message>
    <message>
        <source>Who may come</source>
        <translation>Qui peut s'y présenter</translation>
    </message>
    <message>
        <source>Documents asked for</source>
        <translation>Documents demandés</translation>
    </message>
    <message>
        <source>How to get in</source>
        <translation>Comment y accéder</translation>
    </message>
    <message>
        <source>Open now</source>
        <translation>Ouvert en ce moment</translation>
    </message>
    <message>
        <source>Closed now</source>
        <translation>Fermé en ce moment</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures d'ouverture</translation>
    </message>
    <message>
        <source>{days}: closed</source>
        <translation>{days} : fermé</translation>
    </message>
    <message>
        <source>{days}: {opens}–{closes}</source>
        <translation>{days} : {opens}–{closes}</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Jours fériés et exceptions</translation>
    </message>
    <message>
        <source>Area: {area}</source>
        <translation>Quartier : {area}</translation>
    </message>
    <message>
        <source>Accessibility: {text}</source>
        <translation>Accessibilité : {text}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>Interpretation offered</source>
        <translation>Interprétation offerte</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Langues</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>Other taxonomies</source>
        <translation>Autres taxonomies</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Last verified</source>
        <translation>Dernière vérification</translation>
    </message>
</context>
<context>
    <name>ServiceEditor</name>
    <message>
        <source>This is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Unknown code.</source>
        <translation>Code inconnu.</translation>
    </message>
    <message>
        <source>A closing time is before its opening time.</source>
        <translation>Une heure de fermeture précède l'heure d'ouverture.</translation>
    </message>
    <message>
        <source>Latitude is between -90 and 90.</source>
        <translation>La latitude est comprise entre -90 et 90.</translation>
    </message>
    <message>
        <source>Longitude is between -180 and 180.</source>
        <translation>La longitude est comprise entre -180 et 180.</translation>
    </message>
    <message>
        <source>Unknown day.</source>
        <translation>Jour inconnu.</translation>
    </message>
    <message>
        <source>Type a number, e.g. 45.5017.</source>
        <translation>Inscrivez un nombre, par exemple 45,5017.</translation>
    </message>
    <message>
        <source>Check this value.</source>
        <translation>Vérifiez cette valeur.</translation>
    </message>
    <message>
        <source>New service</source>
        <translation>Nouveau service</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Modifier le service</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Place and hours</source>
        <translation>Lieu et heures</translation>
    </message>
    <message>
        <source>Access and eligibility</source>
        <translation>Accès et admissibilité</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories :</translation>
    </message>
    <message>
        <source>Especially for:</source>
        <translation>S'adresse surtout aux :</translation>
    </message>
    <message>
        <source>Interpretation offered</source>
        <translation>Interprétation offerte</translation>
    </message>
    <message>
        <source>Name (French):</source>
        <translation>Nom (français) :</translation>
    </message>
    <message>
        <source>Name (English):</source>
        <translation>Nom (anglais) :</translation>
    </message>
    <message>
        <source>Organization:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <source>This name would itself be flagged on a letter: choose a neutral one, such as the organization's name alone.</source>
        <translation>Ce nom serait lui-même signalé sur une lettre : choisissez un nom neutre, par exemple le nom de l'organisme seul.</translation>
    </message>
    <message>
        <source>Printed on letters instead of the name, e.g. Clinique juridique Plateau</source>
        <translation>Imprimé sur les lettres à la place du nom, p. ex. Clinique juridique Plateau</translation>
    </message>
    <message>
        <source>Printed under it, e.g. 2nd floor, door B</source>
        <translation>Imprimé en dessous, p. ex. 2e étage, porte B</translation>
    </message>
    <message>
        <source>The organization's name on letters</source>
        <translation>Le nom de l'organisme sur les lettres</translation>
    </message>
    <message>
        <source>Name on letters:</source>
        <translation>Nom sur les lettres :</translation>
    </message>
    <message>
        <source>Address line on letters:</source>
        <translation>Ligne d'adresse sur les lettres :</translation>
    </message>
    <message>
        <source>Organization on letters:</source>
        <translation>Organisme sur les lettres :</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site Web</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>The organization's {what}</source>
        <translation>{what} de l'organisme</translation>
    </message>
    <message>
        <source>Organization contact:</source>
        <translation>Coordonnées de l'organisme :</translation>
    </message>
    <message>
        <source>Description (French):</source>
        <translation>Description (français) :</translation>
    </message>
    <message>
        <source>Description (English):</source>
        <translation>Description (anglais) :</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Langues :</translation>
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
        <source>Website:</source>
        <translation>Site Web :</translation>
    </message>
    <message>
        <source>empty: centre of the area</source>
        <translation>vide : centre du quartier</translation>
    </message>
    <message>
        <source>Place name:</source>
        <translation>Nom du lieu :</translation>
    </message>
    <message>
        <source>Street address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>City:</source>
        <translation>Ville :</translation>
    </message>
    <message>
        <source>Postal code:</source>
        <translation>Code postal :</translation>
    </message>
    <message>
        <source>Area:</source>
        <translation>Quartier :</translation>
    </message>
    <message>
        <source>Latitude:</source>
        <translation>Latitude :</translation>
    </message>
    <message>
        <source>Longitude:</source>
        <translation>Longitude :</translation>
    </message>
    <message>
        <source>Accessibility:</source>
        <translation>Accessibilité :</translation>
    </message>
    <message>
        <source>Getting there:</source>
        <translation>Pour s'y rendre :</translation>
    </message>
    <message>
        <source>Hours:</source>
        <translation>Heures :</translation>
    </message>
    <message>
        <source>e.g. closed on public holidays</source>
        <translation>p. ex. fermé les jours fériés</translation>
    </message>
    <message>
        <source>About the hours:</source>
        <translation>Précisions sur les heures :</translation>
    </message>
    <message>
        <source>This name may reveal something about the people who use the service. Give a neutral name for letters, or letters will wait for one.</source>
        <translation>Ce nom pourrait révéler quelque chose sur les personnes qui utilisent le service. Donnez un nom neutre pour les lettres, sinon les lettres attendront qu'on en choisisse un.</translation>
    </message>
    <message>
        <source>Letters will print the name on letters instead.</source>
        <translation>Les lettres imprimeront plutôt le nom prévu pour les lettres.</translation>
    </message>
</context>
<context>
    <name>ServicesModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Catégories</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Quartier</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifié</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Unsigned</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <source>Unsigned source: nobody can check where this service's data came from</source>
        <translation>Source non signée : personne ne peut vérifier d'où viennent les données de ce service</translation>
    </message>
    <message>
        <source>{date} — to check</source>
        <translation>{date} — à vérifier</translation>
    </message>
    <message>
        <source>never — to check</source>
        <translation>jamais — à vérifier</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactif)</translation>
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
    <name>ShortcutSheet</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>These keys work everywhere in the main window.</source>
        <translation>Ces touches fonctionnent partout dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu'elles font</translation>
    </message>
</context>
<context>
    <name>SuggestionsModel</name>
    <message>
        <source>No active service fits this need. It is noted for the reports.</source>
        <translation>Aucun service actif ne répond à ce besoin. C'est noté pour les rapports.</translation>
    </message>
    <message>
        <source>On letters: %1</source>
        <translation>Sur les lettres : %1</translation>
    </message>
    <message>
        <source>Name reveals status: choose a letter name</source>
        <translation>Nom révélateur : choisir un nom pour les lettres</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) fit</source>
        <translation><numerusform>%n service convient</numerusform><numerusform>%n services conviennent</numerusform></translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation><numerusform>en retard de %n jour</numerusform><numerusform>en retard de %n jours</numerusform></translation>
    </message>
    <message>
        <source>today</source>
        <translation>aujourd'hui</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(pas encore de nom)</translation>
    </message>
    <message>
        <source>New intake: %1</source>
        <translation>Nouvel accueil : %1</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd'hui, %1</translation>
    </message>
    <message>
        <source>Find a client: name, phone or number</source>
        <translation>Trouver une personne : nom, téléphone ou numéro</translation>
    </message>
    <message>
        <source>Find a client</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <source>&amp;New intake</source>
        <translation>&amp;Nouvel accueil</translation>
    </message>
    <message>
        <source>New intake (Ctrl+N)</source>
        <translation>Nouvel accueil (Ctrl+N)</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Drafts waiting</source>
        <translation>Brouillons en attente</translation>
    </message>
    <message>
        <source>&amp;Recent clients</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <source>Recent clients</source>
        <translation>Dossiers récents</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Follow-ups due: %n</source>
        <translation><numerusform>&amp;Suivis à faire : %n</numerusform><numerusform>&amp;Suivis à faire : %n</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>(%n overdue)</source>
        <translation><numerusform>(%n en retard)</numerusform><numerusform>(%n en retard)</numerusform></translation>
    </message>
    <message>
        <source>&amp;Follow-ups due: none today</source>
        <translation>&amp;Suivis à faire : aucun aujourd'hui</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Drafts waiting: %n</source>
        <translation><numerusform>&amp;Brouillons en attente : %n</numerusform><numerusform>&amp;Brouillons en attente : %n</numerusform></translation>
    </message>
    <message>
        <source>&amp;Drafts waiting: none</source>
        <translation>&amp;Brouillons en attente : aucun</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Matches: %n</source>
        <translation><numerusform>&amp;Résultats : %n</numerusform><numerusform>&amp;Résultats : %n</numerusform></translation>
    </message>
</context>
<context>
    <name>UncategorisedModel</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Terms from the source</source>
        <translation>Termes de la source</translation>
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
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
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
    <name>WorkStrip</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
    <name>client_tabs</name>
    <message>
        <source>Services</source>
        <translation>Services</translation>
    </message>
    <message numerus="yes">
        <source>%n referral(s) made. Prepare the letter(s) now?</source>
        <translation><numerusform>%n orientation faite. Préparer la lettre maintenant?</numerusform><numerusform>%n orientations faites. Préparer les lettres maintenant?</numerusform></translation>
    </message>
    <message>
        <source>Prepare letters</source>
        <translation>Préparer les lettres</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>commands</name>
    <message>
        <source>Start a new intake</source>
        <translation>Commencer un nouvel accueil</translation>
    </message>
    <message>
        <source>Search (clients or services)</source>
        <translation>Chercher (personnes ou services)</translation>
    </message>
    <message>
        <source>Save the open record</source>
        <translation>Enregistrer le dossier ouvert</translation>
    </message>
    <message>
        <source>Letters for the open client</source>
        <translation>Lettres de la personne ouverte</translation>
    </message>
    <message>
        <source>Back to Today</source>
        <translation>Retour à Aujourd'hui</translation>
    </message>
    <message>
        <source>Lock Passerelle now</source>
        <translation>Verrouiller Passerelle maintenant</translation>
    </message>
    <message>
        <source>This list of shortcuts</source>
        <translation>Cette liste de raccourcis</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>Cancel, or close the open record (asks first)</source>
        <translation>Annuler, ou fermer le dossier ouvert (demande d'abord)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>In a search box: open the first match</source>
        <translation>Dans une recherche : ouvrir le premier résultat</translation>
    </message>
    <message>
        <source>Tab / Shift+Tab</source>
        <translation>Tab / Maj+Tab</translation>
    </message>
    <message>
        <source>Next / previous field</source>
        <translation>Champ suivant / précédent</translation>
    </message>
    <message>
        <source>Alt+letter</source>
        <translation>Alt+lettre</translation>
    </message>
    <message>
        <source>The button or field with that letter underlined</source>
        <translation>Le bouton ou le champ dont cette lettre est soulignée</translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation>Ctrl+Tab</translation>
    </message>
    <message>
        <source>Next tab of a client's record</source>
        <translation>Onglet suivant du dossier</translation>
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
    <name>damage_banner</name>
    <message>
        <source>A damaged part was found in the vault, so nothing more can be saved in it: every change is refused to keep your records safe. Lock the vault, then restore the newest backup.</source>
        <translation>Une partie endommagée a été trouvée dans le coffre : plus rien ne peut y être enregistré et chaque modification est refusée pour protéger vos dossiers. Verrouillez le coffre, puis restaurez la sauvegarde la plus récente.</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
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
        <source>This vault was made by Passerelle 0.1, whose key file cannot prove who changed it. It was left unchanged. Create a new vault.</source>
        <translation>Ce coffre a été créé par Passerelle 0.1, dont le fichier de clés ne peut pas prouver qui l'a modifié. Il n'a pas été modifié. Créez un nouveau coffre.</translation>
    </message>
    <message>
        <source>The vault failed its tamper check, so it was not opened and nothing was written. Ask a coordinator to run the vault check and restore a trusted backup.</source>
        <translation>Le coffre n'a pas passé le contrôle d'altération : il n'a pas été ouvert et rien n'a été écrit. Demandez à une coordonnatrice ou un coordonnateur de lancer la vérification du coffre et de restaurer une sauvegarde sûre.</translation>
    </message>
    <message>
        <source>This folder already holds Passerelle files ({found}), so no new vault was made and nothing was overwritten. Restore a backup, or choose another folder.</source>
        <translation>Ce dossier contient déjà des fichiers de Passerelle ({found}) : aucun coffre n'a été créé et rien n'a été écrasé. Restaurez une sauvegarde ou choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>The vault is damaged ({count} damaged part(s)), so it was not opened and nothing was written to it. Restore the newest backup.</source>
        <translation>Le coffre est endommagé ({count} partie(s) endommagée(s)) : il n'a pas été ouvert et rien n'y a été écrit. Restaurez la sauvegarde la plus récente.</translation>
    </message>
    <message>
        <source>The key file next to the vault is damaged: slot {slot} has an impossible {field}. It was not used. Restore your latest backup.</source>
        <translation>Le fichier de clés à côté du coffre est endommagé : l'emplacement {slot} a une valeur impossible ({field}). Il n'a pas été utilisé. Restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The key file next to the vault holds no key slots, so nobody can open the vault with it. Restore your latest backup.</source>
        <translation>Le fichier de clés à côté du coffre ne contient aucun emplacement de clé : personne ne peut ouvrir le coffre avec lui. Restaurez votre dernière sauvegarde.</translation>
    </message>
    <message>
        <source>The key file next to the vault cannot be read: its permissions do not allow it. Nothing was changed. Ask whoever looks after this computer to fix them.</source>
        <translation>Le fichier de clés à côté du coffre ne peut pas être lu : ses permissions ne le permettent pas. Rien n'a été modifié. Demandez à la personne qui s'occupe de cet ordinateur de les corriger.</translation>
    </message>
    <message>
        <source>The data folder is read-only or its permissions do not allow this account to use it. Nothing was changed. Fix its permissions, or choose another folder.</source>
        <translation>Le dossier de données est en lecture seule ou ses permissions ne permettent pas à ce compte de l'utiliser. Rien n'a été modifié. Corrigez ses permissions ou choisissez un autre dossier.</translation>
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
        <source>{file} is not there any more (moved, renamed or on a drive not plugged in).</source>
        <translation>{file} n’est plus là (déplacé, renommé, ou sur un disque qui n’est pas branché).</translation>
    </message>
    <message>
        <source>Something went wrong while reading or writing a file. Nothing was lost.</source>
        <translation>Un problème est survenu en lisant ou en écrivant un fichier. Rien n'a été perdu.</translation>
    </message>
    <message>
        <source>{file} is not an organization card, or it was altered. It was not imported.</source>
        <translation>{file} n'est pas une carte d'organisme, ou elle a été modifiée. Elle n'a pas été importée.</translation>
    </message>
    <message>
        <source>This vault has no organization key yet. It is made when a coordinator unlocks Passerelle with room on the disk: lock, unlock again, then try again.</source>
        <translation>Ce coffre n'a pas encore de clé d'organisme. Elle est créée quand une personne coordonnatrice déverrouille Passerelle avec de la place sur le disque : verrouillez, déverrouillez de nouveau, puis réessayez.</translation>
    </message>
    <message>
        <source>{file} is not signed by any organization (plain exports from 211 or the city are not), and this vault accepts only signed directories. Ask the publisher for a signed package, or a coordinator can allow unsigned imports in Settings, Other agencies: the services are then marked “unsigned source”. Nothing was imported.</source>
        <translation>{file} n'est signé par aucun organisme (les exports ordinaires du 211 ou de la Ville ne le sont pas), et ce coffre n'accepte que des répertoires signés. Demandez à l'éditeur un paquet signé, ou une personne coordonnatrice peut accepter les importations non signées dans Paramètres, Autres organismes : les services portent alors la mention « source non signée ». Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{file} was changed after it was signed, or it is damaged. Nothing was imported. Ask the sender for a new copy.</source>
        <translation>{file} a été modifié après sa signature, ou il est endommagé. Rien n'a été importé. Demandez une nouvelle copie à l'expéditeur.</translation>
    </message>
    <message>
        <source>This file is signed by an organization this vault does not trust yet. Import its card and confirm its fingerprint by phone first (Settings, Other agencies). Nothing was imported.</source>
        <translation>Ce fichier est signé par un organisme auquel ce coffre ne fait pas encore confiance. Importez d'abord sa carte et confirmez son empreinte au téléphone (Paramètres, Autres organismes). Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{file} is version {version}, but version {have} from the same organization is already here. An older directory never replaces a newer one; nothing was changed.</source>
        <translation>{file} est la version {version}, mais la version {have} du même organisme est déjà ici. Un répertoire plus ancien ne remplace jamais un plus récent ; rien n'a été modifié.</translation>
    </message>
    <message>
        <source>{file} is not addressed to this organization, or it was changed on the way. Nothing was imported.</source>
        <translation>{file} n'est pas adressé à cet organisme, ou il a été modifié en chemin. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{file} expired on {date}. Ask the sending agency for a new transfer. Nothing was imported.</source>
        <translation>{file} a expiré le {date}. Demandez un nouveau transfert à l'organisme expéditeur. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{file} was already received on {date}. Nothing was imported again.</source>
        <translation>{file} a déjà été reçu le {date}. Rien n'a été importé de nouveau.</translation>
    </message>
    <message>
        <source>An unexpected error stopped this. It is a bug in Passerelle and was noted in the log, without any client data. Nothing else was changed.</source>
        <translation>Une erreur inattendue a tout arrêté. C’est un défaut de Passerelle ; il a été noté dans le journal, sans aucune donnée de client. Rien d’autre n’a été modifié.</translation>
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
        <source>The file {file} is too large: the limit is {limit_mb} MB.</source>
        <translation>Le fichier {file} est trop volumineux : la limite est de {limit_mb} Mo.</translation>
    </message>
    <message>
        <source>The folder {file} links to files outside itself. It was refused.</source>
        <translation>Le dossier {file} renvoie à des fichiers hors de lui-même. Il a été refusé.</translation>
    </message>
    <message>
        <source>{file} holds more than {limit} records, the most one import takes. Split the file. Nothing was imported.</source>
        <translation>{file} contient plus de {limit} fiches, le maximum pour une importation. Divisez le fichier. Rien n'a été importé.</translation>
    </message>
    <message>
        <source>{file} does not say which source it comes from. Name the source.</source>
        <translation>{file} ne dit pas de quelle source il vient. Nommez la source.</translation>
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
        <source>The chosen folder does not exist or cannot be reached. Is the drive plugged in?</source>
        <translation>Le dossier choisi n'existe pas ou est inaccessible. Le support est-il bien branché?</translation>
    </message>
    <message>
        <source>Some words in the letter may reveal something about the person's status ({count} found). Change them, or confirm that they may be printed.</source>
        <translation>Certains mots de la lettre pourraient révéler quelque chose sur le statut de la personne ({count} trouvés). Modifiez-les, ou confirmez qu'ils peuvent être imprimés.</translation>
    </message>
    <message>
        <source>The name of a service may reveal something about the person's status ({count} letter(s)). Choose the name to print on the letter first.</source>
        <translation>Le nom d'un service pourrait révéler quelque chose sur le statut de la personne ({count} lettre(s)). Choisissez d'abord le nom à imprimer sur la lettre.</translation>
    </message>
    <message>
        <source>One of the chosen services is no longer active in the directory, so no referral was made. Untick it and try again.</source>
        <translation>Un des services choisis n'est plus actif dans le répertoire : aucune référence n'a été faite. Décochez-le et réessayez.</translation>
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
    <message>
        <source>it is not a Passerelle backup.</source>
        <translation>ce n'est pas une sauvegarde Passerelle.</translation>
    </message>
    <message>
        <source>the file is incomplete (cut short while copying?).</source>
        <translation>le fichier est incomplet (copie interrompue?).</translation>
    </message>
    <message>
        <source>the file is damaged.</source>
        <translation>le fichier est endommagé.</translation>
    </message>
    <message>
        <source>its contents were changed after it was made, so it is not trusted.</source>
        <translation>son contenu a été modifié après sa création; on ne peut donc pas s'y fier.</translation>
    </message>
    <message>
        <source>it was made by a newer version of Passerelle.</source>
        <translation>elle a été faite par une version plus récente de Passerelle.</translation>
    </message>
    <message>
        <source>it was made by Passerelle 0.1, which did not sign its backups.</source>
        <translation>elle a été faite par Passerelle 0.1, qui ne signait pas ses sauvegardes.</translation>
    </message>
</context>
<context>
    <name>page_check_wait</name>
    <message>
        <source>Passerelle</source>
        <translation>Passerelle</translation>
    </message>
    <message>
        <source>Checking the vault before saving (done once after unlocking a large vault)…</source>
        <translation>Vérification du coffre avant l'enregistrement (une seule fois après le déverrouillage d'un grand coffre)…</translation>
    </message>
</context>
<context>
    <name>pickers</name>
    <message>
        <source>Choose a backup</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <source>Passerelle backups (*.pbk)</source>
        <translation>Sauvegardes Passerelle (*.pbk)</translation>
    </message>
</context>
<context>
    <name>read_only_banner</name>
    <message>
        <source>The disk is full, so the vault is open for reading only: nothing you change can be saved. You can look records up and make a backup to another drive. Free some space, then lock and unlock to work normally.</source>
        <translation>Le disque est plein : le coffre est ouvert en lecture seule et rien de ce que vous modifiez ne peut être enregistré. Vous pouvez consulter les dossiers et faire une sauvegarde sur un autre disque. Libérez de l'espace, puis verrouillez et déverrouillez pour travailler normalement.</translation>
    </message>
</context>
<context>
    <name>restore_flow</name>
    <message>
        <source>The backup is restored. Unlock with a passphrase that was in use when it was made.</source>
        <translation>La sauvegarde est restaurée. Déverrouillez avec une phrase de passe qui était en usage au moment de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>transfer_flow</name>
    <message>
        <source>No agency is trusted yet. In Settings, Other agencies, import the receiving agency's card and confirm its fingerprint by phone.</source>
        <translation>Aucun organisme n'est encore de confiance. Dans Paramètres, Autres organismes, importez la carte de l'organisme destinataire et confirmez son empreinte au téléphone.</translation>
    </message>
</context>
</TS>