"""The words of the right-of-access PDF, in French and in English.

Kept apart from `record_export.py` so that the record's layout and its vocabulary each
stay small; values are plain text (escaped where they are used).
"""

from __future__ import annotations

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "title": "Your personal information held by {org}",
        "intro": "This is a copy of everything Passerelle holds about you, made at your "
        "request on {date}.",
        "identity": "Identity and contact",
        "number": "Client number",
        "given": "Given name",
        "family": "Family name",
        "preferred": "Preferred name",
        "naming": "Name on letters",
        "birth": "Birth year",
        "age": "Age range",
        "languages": "Languages",
        "letter_lang": "Letter language",
        "phone": "Phone",
        "email": "E-mail",
        "area": "Area",
        "barriers": "Practical barriers (used only to find services)",
        "no_health_card": "No health card",
        "no_photo_id": "No photo ID",
        "no_proof_of_address": "No proof of address",
        "no_income": "No income",
        "needs_interpreter": "Needs an interpreter",
        "needs": "Needs",
        "category": "Service",
        "urgency": "Urgency",
        "reason": "Reason",
        "consents": "Consents",
        "purpose": "Purpose",
        "shares": "Shared",
        "with": "With",
        "given_on": "Given on",
        "expires": "Expires",
        "revoked": "Revoked",
        "household": "Household",
        "relation": "Relation",
        "notes": "Notes",
        "sensitive": "Sensitive note",
        "sensitive_exists": "A further confidential note exists. It is never printed; ask "
        "to read it with a coordinator.",
        "history": "Who looked at or changed this record",
        "when": "When",
        "action": "Action",
        "created": "Created",
        "activity": "Last activity",
        "none": "(none)",
        "yes": "yes",
        "no": "no",
        "unknown": "unknown",
        "latin": "Name in Latin letters",
        "method": "How",
        "referrals": "Referrals",
        "service": "Service",
        "made_on": "Made on",
        "state": "State",
        "follow_up": "Follow-up",
        "outcome": "Outcome",
        "reference": "Reference",
        "steps": "What happened",
        "letters": "Letters printed",
        "letter_printed": "letter printed",
        "letter_saved": "letter saved as a file",
        "state_changed": "state changed to",
        "updated": "follow-up or note updated",
        "withheld": "What this copy does not include",
        "withheld_note": "The confidential note, if one exists, is never printed or copied, "
        "not even here. You may read it on screen with a coordinator: ask {org}{contact}.",
        "withheld_none": "Nothing else Passerelle holds about you is left out of this copy.",
        "any_service": "any service you are referred to",
    },
    "fr": {
        "title": "Vos renseignements personnels détenus par {org}",
        "intro": "Voici une copie de tout ce que Passerelle conserve à votre sujet, faite à "
        "votre demande le {date}.",
        "identity": "Identité et coordonnées",
        "number": "Numéro de dossier",
        "given": "Prénom",
        "family": "Nom de famille",
        "preferred": "Nom d'usage",
        "naming": "Nom sur les lettres",
        "birth": "Année de naissance",
        "age": "Tranche d'âge",
        "languages": "Langues",
        "letter_lang": "Langue des lettres",
        "phone": "Téléphone",
        "email": "Courriel",
        "area": "Secteur",
        "barriers": "Obstacles pratiques (servent seulement à trouver des services)",
        "no_health_card": "Pas de carte d'assurance maladie",
        "no_photo_id": "Pas de pièce d'identité avec photo",
        "no_proof_of_address": "Pas de preuve d'adresse",
        "no_income": "Pas de revenu",
        "needs_interpreter": "Besoin d'un interprète",
        "needs": "Besoins",
        "category": "Service",
        "urgency": "Urgence",
        "reason": "Motif",
        "consents": "Consentements",
        "purpose": "But",
        "shares": "Renseignements partagés",
        "with": "Avec",
        "given_on": "Donné le",
        "expires": "Expire le",
        "revoked": "Retiré le",
        "household": "Ménage",
        "relation": "Lien",
        "notes": "Notes",
        "sensitive": "Note confidentielle",
        "sensitive_exists": "Une note confidentielle existe aussi. Elle n'est jamais "
        "imprimée; demandez à la lire avec la coordination.",
        "history": "Qui a consulté ou modifié ce dossier",
        "when": "Quand",
        "action": "Action",
        "created": "Créé le",
        "activity": "Dernière activité",
        "none": "(aucun)",
        "yes": "oui",
        "no": "non",
        "unknown": "inconnu",
        "latin": "Nom en lettres latines",
        "method": "Comment",
        "referrals": "Orientations",
        "service": "Service",
        "made_on": "Faite le",
        "state": "État",
        "follow_up": "Suivi",
        "outcome": "Résultat",
        "reference": "Référence",
        "steps": "Ce qui s'est passé",
        "letters": "Lettres imprimées",
        "letter_printed": "lettre imprimée",
        "letter_saved": "lettre enregistrée dans un fichier",
        "state_changed": "état changé à",
        "updated": "suivi ou note mis à jour",
        "withheld": "Ce que cette copie ne contient pas",
        "withheld_note": "La note confidentielle, s'il en existe une, n'est jamais imprimée ni "
        "copiée, pas même ici. Vous pouvez la lire à l'écran avec la coordination : "
        "adressez-vous à {org}{contact}.",
        "withheld_none": "Rien d'autre de ce que Passerelle conserve à votre sujet n'est omis "
        "de cette copie.",
        "any_service": "tout service vers lequel vous êtes orienté",
    },
}

STATES = {
    "en": {
        "created": "made",
        "printed": "letter printed",
        "attended": "attended",
        "no-show": "did not go",
        "declined": "declined",
        "closed": "closed",
    },
    "fr": {
        "created": "faite",
        "printed": "lettre imprimée",
        "attended": "rendez-vous honoré",
        "no-show": "absence",
        "declined": "refusée",
        "closed": "fermée",
    },
}

SHARES = {
    "en": {
        "name": "name",
        "languages": "languages",
        "interpreter-needed": "interpreter needed",
        "referral-reason": "reason for referral",
    },
    "fr": {
        "name": "nom",
        "languages": "langues",
        "interpreter-needed": "besoin d'un interprète",
        "referral-reason": "motif de l'orientation",
    },
}

METHODS = {
    "en": {"verbal": "verbal", "written": "written"},
    "fr": {"verbal": "verbal", "written": "écrit"},
}

NAMING = {
    "en": {
        "full-name": "preferred name + family name",
        "first-name": "preferred name only",
        "initials": "initials only",
    },
    "fr": {
        "full-name": "nom d'usage + nom de famille",
        "first-name": "nom d'usage seulement",
        "initials": "initiales seulement",
    },
}

URGENCY = {
    "en": {"today": "today", "this-week": "this week", "later": "later"},
    "fr": {"today": "aujourd'hui", "this-week": "cette semaine", "later": "plus tard"},
}
