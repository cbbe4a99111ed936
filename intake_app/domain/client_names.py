"""Folding names so that a search forgives accents, case, word order and common variants.

"Côté, Hélène" and "helene cote" fold to the same words; Mohamed, Mohammed and Muhammad
share one canonical form, as do other frequent transliteration variants. Only names, the
client number and phone digits are ever folded into search terms: never notes, barriers,
the sensitive note, household or e-mail.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from intake_app.domain.folding import fold, fold_words

# Each group: transliterations of one name. The first spelling is the canonical form.
_VARIANT_GROUPS: tuple[tuple[str, ...], ...] = (
    (
        "mohamed",
        "mohammed",
        "muhammad",
        "mohammad",
        "muhammed",
        "mohamad",
        "mohamud",
        "mouhamed",
        "mouhammad",
        "mehmet",
        "mahomed",
        "mohmed",
    ),
    ("ahmed", "ahmad", "ahmet", "ahmadou", "amadou"),
    ("hussein", "hussain", "husein", "hossein", "houssein", "husayn"),
    ("yusuf", "youssef", "yousef", "yousuf", "youssouf", "yusif"),
    ("abdul", "abdoul", "abdel", "abdal"),
    ("mariam", "maryam", "myriam", "miriam", "meryem", "maryame"),
    ("fatima", "fatimah", "fatma", "fatoumata", "fatou", "fatimata", "fatumata"),
    ("aisha", "aicha", "aysha", "ayesha", "aishah"),
    ("khadija", "khadidja", "hatice", "khadijah", "kadiatou"),
    ("ibrahim", "ebrahim", "ibrahima", "brahim"),
    ("mustafa", "moustafa", "mostafa", "mustapha", "moustapha"),
    ("omar", "umar", "omer"),
    ("osman", "othman", "usman", "ousmane", "uthman"),
    ("ali", "aly"),
    ("hassan", "hasan", "hacene"),
    ("nguyen", "nguyenn", "ngyuen", "nguen"),
    ("tran", "trann"),
    ("aleksandr", "alexander", "aleksander", "oleksandr", "alexandre", "alejandro", "alessandro"),
    ("mikhail", "michael", "mykhailo", "michel", "miguel", "mikael", "mihail"),
    ("yuri", "iouri", "yury", "jurij", "yurii"),
    ("sergei", "sergey", "serhii", "serge", "sergio"),
    ("olga", "olha"),
    ("natalia", "nataliya", "natalya", "nathalie", "natalie"),
    ("jose", "josé", "joseph", "giuseppe", "yosef"),
    ("catherine", "katherine", "kathryn", "ekaterina", "katerina", "caterina", "catalina"),
    ("mamadou", "mamadu", "mamoudou"),
    ("diallo", "jallow", "djallo", "jallo", "djalo"),
    ("moussa", "musa", "mousa", "mussa"),
    ("souleymane", "souleimane", "sulayman", "suleiman", "suleyman", "soulemane"),
    ("abdoulaye", "abdullahi", "abdulai", "abdoulai"),
    ("khaled", "khalid", "khaleed"),
    ("tatiana", "tatyana", "tetiana", "tatjana"),
    ("dmitri", "dmytro", "dmitry", "dimitri", "dmitrii"),
    ("seyed", "sayed", "sayyid", "seyyed"),
    ("leila", "leyla", "layla", "laila"),
)

# Particles and prefixes of family names (Arabic, Romance, Dutch/German, Gaelic, Haitian):
# written apart, hyphenated or joined ("El Amrani", "El-Amrani", "Elamrani").
PARTICLES = frozenset(
    {
        "el", "al", "ul", "ben", "bin", "bint", "ibn", "abu", "abou", "bou", "ould", "ait",
        "de", "da", "das", "del", "della", "dela", "des", "di", "do", "dos", "du", "la", "le",
        "van", "von", "der", "den", "ter", "mc", "mac", "st", "ste", "saint", "sainte", "y",
    }
)  # fmt: skip
# Abbreviations written for a word ("St-Fleur" is "Saint-Fleur").
EXPANSIONS = {"st": "saint", "ste": "sainte", "mc": "mac"}

_CANONICAL: dict[str, str] = {
    fold(spelling): group[0] for group in _VARIANT_GROUPS for spelling in group
}

_DOUBLES = re.compile(r"(.)\1+")
_DIGITS = re.compile(r"\D+")
_NUMBER = re.compile(r"^c-?0*(\d+)$", re.IGNORECASE)


def words(text: str) -> list[str]:
    return fold_words(text).split()


def canonical(word: str) -> str:
    """The canonical spelling of a folded word (the word itself when it has no variants)."""
    return _CANONICAL.get(word, word)


def skeleton(word: str) -> str:
    """Doubled letters collapsed ("mohammed" -> "mohamed"), for near spellings."""
    return _DOUBLES.sub(r"\1", word)


def variants_of(word: str) -> set[str]:
    """Every form a folded word is indexed under: itself, its canonical form, its skeleton."""
    forms = {word, canonical(word), skeleton(word)}
    forms.add(canonical(skeleton(word)))
    return {f for f in forms if f}


def glue_particles(tokens: list[str]) -> list[str]:
    """["el", "amrani"] → ["elamrani"]; ["de", "la", "cruz"] → ["delacruz"]."""
    out: list[str] = []
    pending = ""
    for t in tokens:
        t = EXPANSIONS.get(t, t)
        if t in PARTICLES:
            pending += t
        else:
            out.append(pending + t)
            pending = ""
    if pending:
        out.append(pending)
    return out


def particle_forms(tokens: list[str]) -> set[str]:
    """Extra forms of a name's words: particles glued to the next word and, for a word
    written with its particle ("elamrani"), the word without it ("amrani")."""
    extra = set(glue_particles(tokens))
    for w in tokens:
        for p in sorted(PARTICLES, key=len, reverse=True):
            if len(p) >= 2 and w.startswith(p) and len(w) - len(p) >= 4:
                extra.add(w[len(p) :])
                break
    return extra - set(tokens)


def phone_digits(phone: str) -> str:
    return _DIGITS.sub("", phone)


# Bump when index_terms changes: vaults re-index their clients once at the next unlock.
INDEX_VERSION = 3  # 3: names folded by domain.folding (compatibility letters lower-cased)


def index_terms(names: Iterable[str], number: str, phone: str) -> str:
    """The text put in the search index for one client: folded names and their variants,
    the client number as `0n42`, the phone digits as `0p5145550123` and `0p5550123`.

    Number and phone terms start with a digit so that a name prefix never has to merge
    their (one per client) entries."""
    terms: list[str] = []
    seen: set[str] = set()
    for name in names:
        folded = words(name)
        for word in folded + sorted(particle_forms(folded)):
            for form in sorted(variants_of(word)):
                if form not in seen:
                    seen.add(form)
                    terms.append(form)
    m = _NUMBER.match(number or "")
    if m:
        terms.append(number_term(int(m.group(1))))
    digits = phone_digits(phone)
    if len(digits) >= 4:
        terms.append(phone_term(digits))
        if len(digits) > 7:
            terms.append(phone_term(digits[-7:]))
    return " ".join(terms)


def number_term(client_id: int) -> str:
    return f"0n{client_id}"


def phone_term(digits: str) -> str:
    return f"0p{digits}"


def is_name_term(term: str) -> bool:
    return not term.startswith(("0n", "0p"))


def number_query(query: str) -> int | None:
    """The client id when the query is a client number ("C-000042", "c42")."""
    m = _NUMBER.match(query.strip().replace(" ", ""))
    return int(m.group(1)) if m else None


def looks_like_phone(query: str) -> str | None:
    """The digits when the query is a phone number or part of one (at least 3 digits)."""
    stripped = query.strip()
    if not stripped or re.search(r"[^\d\s().+\-]", stripped):
        return None
    digits = phone_digits(stripped)
    return digits if len(digits) >= 3 else None
