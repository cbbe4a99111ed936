"""The embedded fictional sample directory and a deterministic generator of more.

Everything here is made up and says so: organization names end in "(démo)", phone numbers
are 555 numbers, addresses are invented. Ids are UUIDv5 over fixed namespaces, so the same
call always gives the same services (seed-demo, benchmarks and tests rely on it).

`resources/directory/sample_directory.json` is the same directory as an HSDS 3.0 file, for
trying an import; a test keeps the two in step. After changing `sample_data.py`, rewrite it
with `hsds_export.export_json(sample_services(), path)`.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta

from intake_app.directory.sample_data import AREA_POINTS, LETTER_NAMES, ORGANIZATIONS, SERVICES
from intake_app.domain.hours import parse_hours
from intake_app.domain.services import (
    AccessMode,
    Address,
    Document,
    Eligibility,
    Location,
    Organization,
    Phone,
    Service,
    Translation,
)
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS

SAMPLE_SOURCE = "passerelle-sample"
GENERATED_SOURCE = "passerelle-generated"
_SAMPLE_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/sample-directory")
_GENERATED_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/generated-directory")

#: The canonical area / neighbourhood names; clients and services are matched by these.
AREAS: tuple[str, ...] = tuple(name for name, _lat, _lon in AREA_POINTS)
#: Area name → (latitude, longitude) of its centre.
AREA_POINTS_BY_NAME: dict[str, tuple[float, float]] = {n: (la, lo) for n, la, lo in AREA_POINTS}
_POINTS = AREA_POINTS_BY_NAME

_STREETS = (
    "rue des Érables",
    "avenue du Parc-Vert",
    "rue de l'Harmonie",
    "boulevard des Nations",
    "rue Bellevue",
    "rue du Ruisseau",
    "avenue des Tilleuls",
    "rue de la Montagne-Douce",
    "rue des Hirondelles",
    "boulevard du Fleuve",
    "rue du Marché",
    "avenue des Pins-Gris",
)


def _uuid(ns: uuid.UUID, key: str) -> str:
    return str(uuid.uuid5(ns, key))


def _eligibility(flags: str, text_fr: str) -> Eligibility:
    return Eligibility(
        no_status_required="s" in flags,
        no_id_required="i" in flags,
        no_health_card_required="h" in flags,
        free="f" in flags,
        text=text_fr,
    )


def _elig_text(flags: str) -> str:
    parts = []
    if "s" in flags:
        parts.append("Ouvert à toutes et à tous, sans égard au statut.")
    if "i" in flags:
        parts.append("Aucune pièce d'identité demandée.")
    if "f" in flags:
        parts.append("Gratuit.")
    return " ".join(parts)


def _organizations() -> dict[str, Organization]:
    orgs: dict[str, Organization] = {}
    for n, (key, (name, fr, en)) in enumerate(ORGANIZATIONS.items()):
        orgs[key] = Organization(
            id=_uuid(_SAMPLE_NS, f"org:{key}"),
            name=name,
            description=f"{fr} {en} Données de démonstration / demo data.",
            website=f"https://{key}.example.org",
            email=f"info@{key}.example.org",
            phones=(Phone(f"514-555-{100 + n:04d}", "Accueil / Reception"),),
            source_id=f"org-{key}",
        )
    return orgs


def sample_services() -> list[Service]:
    """About 60 fictional services across every category of our taxonomy."""
    orgs = _organizations()
    out: list[Service] = []
    for n, row in enumerate(SERVICES):
        (
            org_key,
            name_fr,
            name_en,
            desc_fr,
            desc_en,
            cats,
            auds,
            langs,
            access,
            flags,
            area,
            hours,
            docs,
        ) = row
        lat, lon = _POINTS[area]
        key = f"{org_key}:{name_en}"
        letter_name, letter_line = LETTER_NAMES.get((org_key, name_en), ("", ""))
        location = Location(
            id=_uuid(_SAMPLE_NS, f"loc:{key}"),
            name=orgs[org_key].name,
            address=Address(
                street=f"{1000 + 37 * n}, {_STREETS[n % len(_STREETS)]}",
                city="Montréal",
                region="QC",
                postal_code=f"H{2 + n % 8}X 0A{n % 10}",
            ),
            area=area,
            latitude=round(lat + ((n * 7) % 11 - 5) * 0.0009, 6),
            longitude=round(lon + ((n * 5) % 11 - 5) * 0.0011, 6),
            accessibility="Entrée de plain-pied, ascenseur." if n % 3 else "Escalier de 6 marches.",
            hours=parse_hours(hours),
            transit=f"Métro ou autobus, arrêt {area}.",
            source_id=f"loc-{n + 1}",
        )
        out.append(
            Service(
                id=_uuid(_SAMPLE_NS, f"service:{key}"),
                organization=orgs[org_key],
                name=name_fr,
                description=desc_fr,
                categories=frozenset(cats.split()),
                audiences=frozenset(auds.split()),
                languages=frozenset(langs.split()),
                interpretation_offered=len(langs.split()) > 3,
                eligibility=_eligibility(flags, _elig_text(flags)),
                required_documents=frozenset(Document(d) for d in docs.split()),
                access=frozenset(AccessMode(a) for a in access.split()),
                locations=(location,),
                phones=(Phone(f"514-555-{200 + n:04d}"),),
                email=f"info@{org_key}.example.org",
                last_verified=date(2026, 2, 1) - timedelta(days=(n * 13) % 150)
                if n % 9
                else date(2024, 9, 15),
                source=SAMPLE_SOURCE,
                source_id=f"svc-{n + 1}",
                translations=(Translation("en", name_en, desc_en),),
                application_process={
                    "walk-in": "Présentez-vous sur place pendant les heures d'ouverture.",
                    "appointment": "Téléphonez pour prendre rendez-vous.",
                    "referral": "Sur recommandation d'un organisme (lettre de référence).",
                }[access.split()[0]],
                letter_name=letter_name,
                letter_address_line=letter_line,
            )
        )
    return out


# -- the generator -----------------------------------------------------------------------

_GEN_PREFIX = ("Centre", "Maison", "Carrefour", "Réseau", "Collectif", "Atelier", "Comptoir")
_GEN_NOUN = (
    "Entraide",
    "Horizon",
    "Tremplin",
    "Solidarité",
    "Passage",
    "Boussole",
    "Racines",
    "Envol",
    "Partage",
    "Rencontre",
    "Lumière",
    "Ancrage",
)
_GEN_HOURS = (
    "1-5 9:00-17:00",
    "1-4 8:30-16:30",
    "1-5 10:00-18:00; 6 10:00-14:00",
    "2-6 12:00-20:00",
    "1-7 0:00-23:59",
    "1 13:00-19:00; 3 13:00-19:00; 5 9:00-12:00",
    "1-5 8:00-12:00",
    "6-7 10:00-16:00",
)
_GEN_LANGS = ("es", "ar", "fa", "ur", "ta", "pa", "ht", "zh", "ru", "uk", "ti", "sw", "pt")


def generate_services(count: int, seed: int) -> list[Service]:
    """`count` fictional services, the same for the same (count, seed)."""
    rng = random.Random(seed)
    org_count = max(1, count // 5)
    orgs = [
        Organization(
            id=_uuid(_GENERATED_NS, f"{seed}:org:{i}"),
            name=f"{rng.choice(_GEN_PREFIX)} {rng.choice(_GEN_NOUN)} {i + 1} (démo)",
            description="Organisme fictif généré. Generated fictional organization.",
            phones=(Phone(f"438-555-{i % 10000:04d}"),),
            source_id=f"gen-org-{i + 1}",
        )
        for i in range(org_count)
    ]
    services: list[Service] = []
    for i in range(count):
        cat = rng.choice(SERVICE_TERMS)
        cats = {cat.code}
        if rng.random() < 0.3:
            cats.add(rng.choice(SERVICE_TERMS).code)
        auds = {t.code for t in rng.sample(AUDIENCE_TERMS, rng.randint(0, 2))}
        langs = {"fr"} | ({"en"} if rng.random() < 0.8 else set())
        langs |= set(rng.sample(_GEN_LANGS, rng.randint(0, 3)))
        area = rng.choice(AREA_POINTS)
        org = orgs[i % org_count]
        access = {rng.choice(list(AccessMode))}
        flags = "".join(f for f in "sihf" if rng.random() < 0.6)
        location = Location(
            id=_uuid(_GENERATED_NS, f"{seed}:loc:{i}"),
            name=org.name,
            address=Address(
                f"{rng.randint(10, 9999)}, {rng.choice(_STREETS)}",
                "Montréal",
                "QC",
                f"H{rng.randint(1, 9)}X 0B{rng.randint(0, 9)}",
            ),
            area=area[0],
            latitude=round(area[1] + rng.uniform(-0.01, 0.01), 6),
            longitude=round(area[2] + rng.uniform(-0.01, 0.01), 6),
            hours=parse_hours(rng.choice(_GEN_HOURS)),
        )
        services.append(
            Service(
                id=_uuid(_GENERATED_NS, f"{seed}:service:{i}"),
                organization=org,
                name=f"{cat.fr} — {org.name.removesuffix(' (démo)')} {i + 1}",
                description=f"Service fictif généré : {cat.fr.lower()}, quartier {area[0]}.",
                categories=frozenset(cats),
                audiences=frozenset(auds),
                languages=frozenset(langs),
                interpretation_offered=len(langs) > 3,
                eligibility=_eligibility(flags, _elig_text(flags)),
                access=frozenset(access),
                locations=(location,),
                phones=(Phone(f"514-555-{rng.randint(0, 9999):04d}"),),
                last_verified=date(2025, 1, 1) + timedelta(days=rng.randint(0, 420)),
                source=GENERATED_SOURCE,
                source_id=f"gen-{seed}-{i + 1}",
                translations=(
                    Translation(
                        "en",
                        f"{cat.en} — {org.name.removesuffix(' (démo)')} {i + 1}",
                        f"Generated fictional service: {cat.en.lower()}, {area[0]} area.",
                    ),
                ),
                # "Aide juridique et immigration" would tell a letter's reader too much.
                letter_name=f"Aide juridique — {org.name.removesuffix(' (démo)')} {i + 1}"
                if cat.code == "legal"
                else "",
            )
        )
    return services
