"""The words of a referral letter, written in full in French and in English.

Each language is its own letter, written the way an agency in Québec writes it, not a
translation stitched from fragments. Placeholders are filled by `compose.py`; the values
are escaped there, never here.

Need labels on a letter are the taxonomy's labels, except where a label would say more
about the bearer than the need: "Aide juridique et immigration" becomes "Aide juridique".
"""

from __future__ import annotations

from intake_app.domain.common import Lang
from intake_app.domain.services import AccessMode
from intake_app.domain.taxonomy import term

TEXTS: dict[Lang, dict[str, str]] = {
    Lang.FR: {
        "reference": "Référence : {reference}",
        "to": "Destinataire",
        "subject": "Objet : Orientation vers vos services",
        "salutation": "Madame, Monsieur,",
        "intro": (
            "Nous accompagnons <b>{name}</b> à {org} et vous l’adressons pour le besoin "
            "suivant : {needs}."
        ),
        "intro_many": (
            "Nous accompagnons <b>{name}</b> à {org} et vous l’adressons pour les besoins "
            "suivants : {needs}."
        ),
        "intro_no_need": "Nous accompagnons <b>{name}</b> à {org} et vous l’adressons.",
        "welcome": "Nous vous serions reconnaissants de bien vouloir l’accueillir.",
        "program": "Cette demande concerne votre programme « {program} ».",
        "sincerely": "",
        "reason": "Précisions : {reason}",
        "languages": "Langues parlées : {languages}.",
        "interpreter": "La présence d’un interprète serait souhaitable lors de la rencontre.",
        "person_phone": "Vous pouvez joindre la personne au {phone}.",
        "contact": (
            "Pour toute question au sujet de cette demande, n’hésitez pas à communiquer avec "
            "moi{how}, en mentionnant la référence {reference}."
        ),
        "contact_phone": " au {phone}",
        "contact_email": " à l’adresse {email}",
        "contact_both": " au {phone} ou à l’adresse {email}",
        "closing": (
            "Je vous remercie de l’accueil que vous lui réserverez et vous prie d’agréer, "
            "Madame, Monsieur, l’expression de mes salutations distinguées."
        ),
        "box_title": "Pour vous : comment vous rendre au service",
        "where": "Où aller",
        "when": "Heures d’ouverture",
        "how": "Comment s’y présenter",
        "phone": "Téléphone",
        "transit": "Pour s’y rendre",
        "web": "Site Web",
        "email": "Courriel",
        "bring": "Apportez cette lettre avec vous.",
        "hours_unknown": "Téléphonez avant de vous déplacer pour connaître les heures.",
        "closed": "fermé",
        "range_days": "du {first} au {last}",
        "one_day": "le {day}",
        "period": "de {opens} à {closes}",
        "all_day": "ouvert 24 h sur 24",
        "every_day": "tous les jours",
        "and": " et ",
        "list_sep": ", ",
        "list_last": " et ",
        "extension": "poste",
        "footer": "Document remis en main propre à la personne concernée · Réf. {reference}",
        "meta_title": "Lettre d’orientation {reference}",
        "meta_subject": "Lettre d’orientation",
        "page": "Page {page}",
    },
    Lang.EN: {
        "reference": "Reference: {reference}",
        "to": "To",
        "subject": "Re: Referral to your services",
        "salutation": "Dear colleagues,",
        "intro": (
            "We are supporting <b>{name}</b> at {org} and are referring this person to your "
            "service for the following need: {needs}."
        ),
        "intro_many": (
            "We are supporting <b>{name}</b> at {org} and are referring this person to your "
            "service for the following needs: {needs}."
        ),
        "intro_no_need": (
            "We are supporting <b>{name}</b> at {org} and are referring this person to your "
            "service."
        ),
        "welcome": "We would be grateful if you could welcome them.",
        "program": "This referral is for your program “{program}”.",
        "reason": "Details: {reason}",
        "languages": "Languages spoken: {languages}.",
        "interpreter": "An interpreter would be helpful at the meeting.",
        "person_phone": "You can reach this person at {phone}.",
        "contact": (
            "If you have any questions about this referral, please do not hesitate to contact "
            "me{how}, quoting reference {reference}."
        ),
        "contact_phone": " at {phone}",
        "contact_email": " at {email}",
        "contact_both": " at {phone} or {email}",
        "closing": "Thank you for the welcome you will give this person.",
        "sincerely": "Sincerely,",
        "box_title": "For you: how to get to the service",
        "where": "Where to go",
        "when": "Opening hours",
        "how": "How to get in",
        "phone": "Phone",
        "transit": "Getting there",
        "web": "Website",
        "email": "E-mail",
        "bring": "Bring this letter with you.",
        "hours_unknown": "Call before you go to check the opening hours.",
        "closed": "closed",
        "range_days": "{first} to {last}",
        "one_day": "{day}",
        "period": "{opens} to {closes}",
        "all_day": "open 24 hours",
        "every_day": "every day",
        "and": " and ",
        "list_sep": ", ",
        "list_last": " and ",
        "extension": "ext.",
        "footer": "Handed to the person concerned · Ref. {reference}",
        "meta_title": "Referral letter {reference}",
        "meta_subject": "Referral letter",
        "page": "Page {page}",
    },
}

ACCESS_TEXT: dict[Lang, dict[AccessMode, str]] = {
    Lang.FR: {
        AccessMode.WALK_IN: "Sans rendez-vous : présentez-vous pendant les heures d’ouverture.",
        AccessMode.APPOINTMENT: "Sur rendez-vous : téléphonez d’abord pour prendre rendez-vous.",
        AccessMode.REFERRAL: "Sur présentation de cette lettre d’orientation.",
    },
    Lang.EN: {
        AccessMode.WALK_IN: "Walk in: come any time during opening hours.",
        AccessMode.APPOINTMENT: "By appointment: call first to book a time.",
        AccessMode.REFERRAL: "With this referral letter.",
    },
}

# Labels that would describe the bearer rather than the need are replaced on letters.
_LETTER_NEED_LABELS: dict[str, tuple[str, str]] = {
    "legal": ("Aide juridique", "Legal aid"),
    "settlement": ("Accompagnement et démarches", "Support and paperwork"),
    "safety": ("Soutien et sécurité", "Support and safety"),
    "crisis": ("Soutien immédiat", "Immediate support"),
}


def need_label(code: str, lang: Lang) -> str:
    """The need's label as printed in a sentence of a letter in `lang` ("" if unknown)."""
    if code in _LETTER_NEED_LABELS:
        fr, en = _LETTER_NEED_LABELS[code]
        label = fr if lang is Lang.FR else en
    else:
        try:
            label = term(code).label(lang)
        except KeyError:
            return ""
    if label.startswith(("French", "LGBTQ")):
        return label
    return label[0].lower() + label[1:]


_NBSP = "\u00a0"


def text(lang: Lang, key: str) -> str:
    """The text for `key`; French gets its non-breaking spaces before ":" and inside « »."""
    value = TEXTS[lang][key]
    if lang is Lang.FR:
        value = value.replace(" :", _NBSP + ":").replace("« ", "«" + _NBSP)
        value = value.replace(" »", _NBSP + "»")
    return value
