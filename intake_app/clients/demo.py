"""Deterministic, clearly fictional clients for training, demos and benchmarks.

Names are common given and family names from many origins, combined at random, so no
generated person is real; phone numbers use the fictional 555-01xx range. The same seed
always gives the same clients.
"""

from __future__ import annotations

import logging
import random
from collections.abc import Iterator, Sequence
from datetime import date, timedelta

from intake_app.clients.consent import default_expiry
from intake_app.domain.audit import Action
from intake_app.domain.clients import (
    AGE_RANGES,
    Barriers,
    Client,
    Consent,
    ConsentMethod,
    HouseholdMember,
    Naming,
    Need,
    ShareItem,
)
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.errors import ErrorCode, KnownError
from intake_app.progress import Cancelled, Progress, never_cancelled, no_progress
from intake_app.vault.clients_repo import bulk_insert_clients
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)


# (given names, family names, languages, a preferred name in the native script or None)
_ORIGINS: tuple[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]], ...] = (
    (
        ("Hélène", "François", "Émilie", "Jérôme", "Geneviève", "Benoît", "Chloé", "Léa"),
        ("Côté", "Bélanger", "Tremblay", "Gagnon", "Lévesque", "Bérubé", "Gélinas"),
        ("fr",),
    ),
    (
        (
            "Mohamed",
            "Mohammed",
            "Muhammad",
            "Fatima",
            "Aïcha",
            "Youssef",
            "Khadija",
            "Omar",
            "Mariam",
            "Ibrahim",
            "Amina",
            "Hassan",
        ),
        ("Benali", "El Amrani", "Haddad", "Mansour", "Saïdi", "Khalil", "Abdallah", "Nasser"),
        ("ar", "fr"),
    ),
    (
        ("Nguyễn Văn", "Thị Lan", "Minh", "Huong", "Quang", "Thu", "Anh", "Duc"),
        ("Nguyễn", "Nguyen", "Trần", "Lê", "Phạm", "Hoàng", "Võ"),
        ("vi",),
    ),
    (
        ("Jean-Baptiste", "Marie-Claire", "Emmanuel", "Nadège", "Wilfried", "Fabiola", "Ricardo"),
        ("Joseph", "Pierre-Louis", "Désir", "Saint-Fleur", "Augustin", "Jean-Baptiste"),
        ("ht", "fr"),
    ),
    (
        ("María José", "José Luis", "Alejandro", "Lucía", "Guadalupe", "Andrés", "Sofía", "Ángel"),
        ("González", "Rodríguez", "Hernández", "Muñoz", "Peña", "Gutiérrez", "Ortiz"),
        ("es",),
    ),
    (
        ("Olena", "Oleksandr", "Iryna", "Dmytro", "Natalia", "Yurii", "Svitlana"),
        ("Kovalenko", "Shevchenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk"),
        ("uk", "ru"),
    ),
    (
        ("Amadou", "Fatoumata", "Mamadou", "Aminata", "Ousmane", "Mariama", "Ibrahima"),
        ("Diallo", "Traoré", "Koné", "Ndiaye", "Camara", "Sow", "Keïta"),
        ("fr", "ff"),
    ),
    (
        ("Wei", "Li Na", "Xiu Ying", "Jun", "Mei", "Hao"),
        ("Wang", "Zhang", "Chen", "Liu", "Huang", "Zhao"),
        ("zh",),
    ),
    (
        ("Priya", "Arjun", "Harpreet", "Sanjay", "Anjali", "Gurpreet"),
        ("Singh", "Kaur", "Patel", "Sharma", "Kumar", "Gill"),
        ("pa", "hi"),
    ),
    (
        ("Ahmad", "Zahra", "Reza", "Maryam", "Hossein", "Shirin"),
        ("Ahmadi", "Hosseini", "Karimi", "Rahimi", "Mohammadi", "Sadeghi"),
        ("fa",),
    ),
    (
        ("Eden", "Selam", "Dawit", "Meron", "Yonas", "Hiwot"),
        ("Tesfaye", "Bekele", "Haile", "Girma", "Alemu", "Kebede"),
        ("ti", "am"),
    ),
    (
        ("Ana", "Carlos", "Valentina", "Juan Pablo", "Camila", "Diego"),
        ("Silva", "Pérez", "Ramírez", "Cárdenas", "Vargas", "Rojas"),
        ("es", "pt"),
    ),
)
# Preferred names in the person's own script, for some clients.
_NATIVE: dict[str, str] = {
    "Mohamed": "محمد",
    "Fatima": "فاطمة",
    "Youssef": "يوسف",
    "Omar": "عمر",
    "Mariam": "مريم",
    "Olena": "Олена",
    "Iryna": "Ірина",
    "Dmytro": "Дмитро",
    "Wei": "伟",
    "Mei": "梅",
    "Zahra": "زهرا",
    "Reza": "رضا",
    "Selam": "ሰላም",
    "Priya": "ਪ੍ਰਿਯਾ",
}
_RELATIONS = ("child", "child", "partner", "parent", "sibling")
_NEED_CODES = tuple(t.code for t in SERVICE_TERMS)
_REASONS = ("", "", "asked at the desk", "referred by a friend", "follow-up", "urgent today")


def _barrier(rng: random.Random) -> Tri:
    return rng.choices((Tri.UNKNOWN, Tri.YES, Tri.NO), weights=(5, 3, 2))[0]


def generate_clients(count: int, seed: int, areas: Sequence[str]) -> Iterator[Client]:
    """`count` fictional clients; the same (count, seed, areas) always gives the same ones."""
    rng = random.Random(seed)
    base = date(2025, 1, 1)
    for i in range(count):
        givens, families, langs = _ORIGINS[rng.randrange(len(_ORIGINS))]
        given = rng.choice(givens)
        family = rng.choice(families) if rng.random() < 0.93 else ""
        preferred = ""
        if given in _NATIVE and rng.random() < 0.4:
            preferred = _NATIVE[given]
        elif rng.random() < 0.05:
            preferred = given.split()[0].split("-")[0][:3]
        birth_year = rng.randint(1950, 2007) if rng.random() < 0.75 else None
        age_range = "" if birth_year else rng.choice(AGE_RANGES[3:])
        languages = tuple(
            dict.fromkeys(
                (*langs[: rng.randint(1, len(langs))], *(("en",) if rng.random() < 0.3 else ()))
            )
        )
        given_on = base + timedelta(days=rng.randrange(0, 700))
        needs = tuple(
            Need(
                category=code,
                urgency=rng.choice(tuple(Urgency)),
                reason=rng.choice(_REASONS),
                met=rng.random() < 0.2,
            )
            for code in rng.sample(_NEED_CODES, rng.randint(1, 3))
        )
        consents: tuple[Consent, ...] = ()
        if rng.random() < 0.7:
            consents = (
                Consent(
                    purpose="referral",
                    shares=frozenset(rng.sample(tuple(ShareItem), rng.randint(1, 4))),
                    with_whom="any referred service",
                    method=rng.choice(tuple(ConsentMethod)),
                    given_on=given_on,
                    expires_on=default_expiry(given_on),
                ),
            )
        yield Client(
            given_name=given,
            family_name=family,
            preferred_name=preferred,
            naming=rng.choices(tuple(Naming), weights=(6, 3, 1))[0],
            birth_year=birth_year,
            age_range=age_range,
            languages=languages,
            letter_language=Lang.FR if rng.random() < 0.65 else Lang.EN,
            phone=f"514-555-01{i % 100:02d}" if rng.random() < 0.6 else "",
            area=rng.choice(areas) if areas else "",
            household=tuple(
                HouseholdMember(rng.choice(_RELATIONS), rng.choice(AGE_RANGES))
                for _ in range(rng.choice((0, 0, 0, 1, 2, 3)))
            ),
            barriers=Barriers(
                no_health_card=_barrier(rng),
                no_photo_id=_barrier(rng),
                no_proof_of_address=_barrier(rng),
                no_income=_barrier(rng),
                needs_interpreter=Tri.YES
                if "fr" not in languages and "en" not in languages
                else Tri.NO,
            ),
            needs=needs,
            consents=consents,
        )


def add_generated_clients(
    session: VaultSession,
    count: int,
    seed: int,
    areas: Sequence[str],
    progress: Progress = no_progress,
    cancelled: Cancelled = never_cancelled,
) -> int:
    """Insert `count` generated clients in one transaction; all or nothing if cancelled."""
    if count <= 0:
        return 0
    now = session.clock.now()

    def on_batch(done: int) -> bool:
        progress(done / count)
        return not cancelled()

    with session.write() as conn:
        added = bulk_insert_clients(
            conn, generate_clients(count, seed, areas), now, session.user.id, on_batch=on_batch
        )
        if cancelled():
            raise KnownError(ErrorCode.CANCELLED)
        session.audit(conn, Action.CLIENTS_SEEDED, "client", "", count=added)
    log.info("added %d generated clients", added)
    return added


def _slip(word: str, rng: random.Random) -> str:
    """A caseworker's typing: accents dropped, sometimes one letter doubled or lost."""
    from intake_app.domain.folding import fold_words

    plain = fold_words(word)
    roll = rng.random()
    if len(plain) > 4 and roll < 0.15:
        i = rng.randrange(1, len(plain) - 1)
        return plain[:i] + plain[i + 1 :]
    if len(plain) > 3 and roll < 0.3:
        i = rng.randrange(1, len(plain) - 1)
        return plain[:i] + plain[i] + plain[i:]
    return plain if roll < 0.8 else word


def search_keystrokes(count: int, seed: int) -> list[str]:
    """What the search box holds after each keystroke of `count` typed searches: names from
    the generator (family first, given first, a variant spelling, slips), client numbers
    and phone fragments. For the search-as-you-type benchmark."""
    rng = random.Random(seed)
    typed: list[str] = []
    for _ in range(count):
        givens, families, _langs = _ORIGINS[rng.randrange(len(_ORIGINS))]
        given, family = rng.choice(givens), rng.choice(families)
        kind = rng.random()
        if kind < 0.08:
            query = f"C-{rng.randint(1, 99999):06d}"
        elif kind < 0.15:
            query = f"514 555 01{rng.randint(0, 99):02d}"
        elif kind < 0.55:
            query = f"{_slip(family, rng)} {_slip(given.split()[0], rng)}"
        else:
            query = f"{_slip(given.split()[0], rng)} {_slip(family, rng)}"
        typed.extend(query[:i] for i in range(1, len(query) + 1))
    return typed
