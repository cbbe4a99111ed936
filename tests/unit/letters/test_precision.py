"""Precision: ordinary letters do not drown the caseworker in warnings.

Letters from every sample service (and 300 generated ones), in French and English, for the
demo clients with their need reasons as the letter's reason, must carry no find at all; a
corpus of ordinary phrases (hours, payment notes, transit, reasons) may raise at most one
false alarm in a hundred. The sample directory shows no status word unflagged: its three
services named after their audience print under neutral letter names.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from intake_app.clients.demo import generate_clients
from intake_app.demo import DEMO_ADDRESS, DEMO_ORG
from intake_app.directory.sample import AREAS, generate_services, sample_services
from intake_app.domain.clients import Consent, ShareItem
from intake_app.domain.common import Lang
from intake_app.letters.allowlist import (
    Letterhead,
    ReferralFacts,
    build_letter_data,
    plain_name_flagged,
)
from intake_app.letters.leak_guard import find_leaks
from intake_app.letters.printed import letter_leaks, printed_texts

FIXTURE = Path(__file__).parents[2] / "fixtures" / "letters" / "ordinary_phrases.txt"
RENAMED = {
    "Soutien aux demandeurs d'asile",
    "Soutien psychosocial pour personnes réfugiées",
    "Consultation juridique en immigration",
}


def _demo_letters() -> list:
    services = sample_services() + generate_services(300, 1)
    clients = list(generate_clients(30, 1, AREAS))
    head = Letterhead(
        DEMO_ORG, DEMO_ADDRESS, "514 555-0100", "accueil@passerelle.example", "Intervenante"
    )
    consents = (Consent("letters", frozenset(ShareItem), given_on=date(2026, 1, 1)),)
    out = []
    for i, svc in enumerate(services):
        c = clients[i % len(clients)]
        for lang in Lang:
            out.append(
                build_letter_data(
                    c,
                    svc,
                    ReferralFacts("K7QX-4M9", tuple(n.category for n in c.needs)),
                    head,
                    "Demo Caseworker",
                    c.needs[0].reason if c.needs else "",
                    consents,
                    date(2026, 3, 11),
                    lang,
                )
            )
    return out


def test_demo_letters_raise_no_false_alarm() -> None:
    letters = _demo_letters()
    flagged = [d for d in letters if letter_leaks(d)]
    fields = sum(len(printed_texts(d)) for d in letters)
    assert len(letters) == 2 * 362 and fields > 15_000
    assert flagged == [], [letter_leaks(d) for d in flagged[:3]]
    assert all(d.service_name for d in letters)  # nothing held: letter names exist


def test_ordinary_phrases_raise_at_most_one_false_alarm_in_a_hundred() -> None:
    lines = [x.strip() for x in FIXTURE.read_text("utf-8").splitlines()]
    phrases = [x for x in lines if x and not x.startswith("#")]
    flagged = [p for p in phrases if find_leaks(p)]
    assert len(phrases) >= 90
    assert len(flagged) / len(phrases) <= 0.011, flagged


@pytest.mark.parametrize("name", sorted(RENAMED))
def test_the_three_sample_services_print_under_a_neutral_name(name: str) -> None:
    (svc,) = [s for s in sample_services() if s.name == name]
    assert plain_name_flagged(svc) and plain_name_flagged(svc, Lang.EN)
    assert svc.letter_name and not find_leaks(svc.letter_name)


def test_no_other_sample_service_name_is_flagged() -> None:
    flagged = {
        s.name for s in sample_services() if plain_name_flagged(s) or plain_name_flagged(s, Lang.EN)
    }
    assert flagged == RENAMED
