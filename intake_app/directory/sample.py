"""The fictional sample directory, and a deterministic generator of more.

Everything here is made up and says so: organization names end in "(démo)", phone numbers
are 555 numbers, addresses are invented.

The sample directory has one source: `resources/directory/sample_directory.json`, an HSDS
3.0 file (the wheel and the frozen app carry it). `sample_services()` reads it through the
directory import itself, so the file a coordinator may try importing is, by construction,
the directory the demo vault is seeded with. To change the sample, edit that file (or
import it into a vault, edit the services there and export them over it); its ids are
fixed UUIDs, so the demo and the tests find the same services every time.

The generator makes any number of further services from a seed, with UUIDv5 ids over a
fixed namespace (seed-demo, benchmarks and tests rely on it).
"""

from __future__ import annotations

import random
import uuid
from datetime import date, timedelta
from functools import lru_cache

from intake_app.directory.hsds_import import read_directory_file
from intake_app.domain.hours import parse_hours
from intake_app.domain.services import (
    AccessMode,
    Address,
    Eligibility,
    Location,
    Organization,
    Phone,
    Service,
    Translation,
)
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS
from intake_app.resources import resource_path

SAMPLE_SOURCE = "passerelle-sample"
GENERATED_SOURCE = "passerelle-generated"
_GENERATED_NS = uuid.uuid5(uuid.NAMESPACE_URL, "https://passerelle.invalid/generated-directory")

#: Canonical area / neighbourhood names with a central latitude and longitude. Clients and
#: services are matched by these names; the generator places its services around them.
AREA_POINTS: tuple[tuple[str, float, float], ...] = (
    ("Centre-Ville", 45.5017, -73.5673),
    ("Côte-des-Neiges", 45.4960, -73.6230),
    ("Parc-Extension", 45.5300, -73.6290),
    ("Villeray", 45.5450, -73.6240),
    ("Saint-Michel", 45.5630, -73.6120),
    ("Montréal-Nord", 45.5980, -73.6350),
    ("Ahuntsic", 45.5560, -73.6670),
    ("Saint-Laurent", 45.5140, -73.6820),
    ("Plateau", 45.5220, -73.5810),
    ("Rosemont", 45.5430, -73.5830),
    ("Hochelaga", 45.5470, -73.5410),
    ("Verdun", 45.4580, -73.5700),
    ("LaSalle", 45.4310, -73.6300),
    ("Pointe-aux-Trembles", 45.6500, -73.5000),
)
#: The area names alone.
AREAS: tuple[str, ...] = tuple(name for name, _lat, _lon in AREA_POINTS)
#: Area name → (latitude, longitude) of its centre.
AREA_POINTS_BY_NAME: dict[str, tuple[float, float]] = {n: (la, lo) for n, la, lo in AREA_POINTS}

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
    """Flags: s = no status required, i = no ID required, h = no health card required,
    f = free."""
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


def sample_services() -> list[Service]:
    """The sample directory: about 60 fictional services across every category of our
    taxonomy, from `sample_directory.json`, with "passerelle-sample" as their source."""
    return list(_sample_services())


@lru_cache(maxsize=1)
def _sample_services() -> tuple[Service, ...]:
    """Read once per process: the services are frozen, every caller may share them."""
    services, _format, _warnings = read_directory_file(
        resource_path("directory", "sample_directory.json"), source=SAMPLE_SOURCE
    )
    return tuple(services)


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
