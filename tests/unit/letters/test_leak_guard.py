"""The leak guard finds status words in French, English and Spanish, ignoring case and
accents, and returns spans of the original text for highlighting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from intake_app.letters.leak_guard import LeakKind, find_leaks, is_clean


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Personne sans papiers depuis 2024", "sans papiers"),
        ("elle est SANS-STATUT", "SANS-STATUT"),
        ("Demandeuse d’asile arrivée en mars", "Demandeuse d’asile"),
        ("demandeur d'asile", "demandeur d'asile"),
        ("He is undocumented", "undocumented"),
        ("pending refugee claim", "refugee claim"),
        ("Refugee claimant, needs housing", "Refugee claimant"),
        ("son visa est échu", "visa"),
        ("attend son permis de travail", "permis de travail"),
        ("Permis d’études expiré", "Permis d’études"),
        ("dossier IRCC en cours", "IRCC"),
        ("convoqué à l'ASFC", "ASFC"),
        ("CBSA appointment", "CBSA"),
        ("risque de déportation", "déportation"),
        ("fear of being deported", "deported"),
        ("overstayed a visitor visa", "overstayed"),
        ("Es indocumentado", "indocumentado"),
        ("solicitante de asilo", "solicitante de asilo"),
        ("miedo a la DEPORTACIÓN", "DEPORTACIÓN"),
        ("sin papeles", "sin papeles"),
        ("sa carte est EXPIRÉE", "EXPIRÉE"),
        ("attend sa résidence permanente", "résidence permanente"),
    ],
)
def test_status_words_are_found_whatever_the_case_and_accents(text: str, word: str) -> None:
    spans = find_leaks(text)
    assert spans, text
    assert any(word in text[s.start : s.end] for s in spans), [text[s.start : s.end] for s in spans]


@pytest.mark.parametrize(
    "text",
    [
        "UCI 1234-5678",
        "UCI: 12-3456-7890",
        "numéro 123 456 789",
        "client C-000042",
        "passeport AB1234567",
        "RAMQ DIAA 8001 0101",
    ],
)
def test_id_like_numbers_are_found(text: str) -> None:
    spans = find_leaks(text)
    assert spans
    assert any(s.kind is LeakKind.ID_NUMBER or s.term == "uci" for s in spans)


@pytest.mark.parametrize(
    "text",
    [
        "Besoin urgent d'un logement pour une famille de quatre.",
        "Needs a family doctor; prefers a morning appointment.",
        "Cherche un emploi en cuisine, disponible le soir.",
        "Le visage de la permission",  # words that merely start like "visa" or "permis"
        "Rendez-vous le 12 mars à 9 h",
        "Necesita ropa de invierno para dos niños.",
    ],
)
def test_ordinary_referral_reasons_are_clean(text: str) -> None:
    assert is_clean(text), [text[s.start : s.end] for s in find_leaks(text)]


def test_overlapping_finds_are_one_highlight() -> None:
    text = "demandeur d'asile"
    spans = find_leaks(text)
    assert [(s.start, s.end) for s in spans] == [(0, len(text))]


def test_spans_point_into_text_with_decomposed_accents() -> None:
    text = "risque de de\u0301portation imminente"  # "é" typed as e + combining accent
    (span,) = find_leaks(text)
    assert text[span.start : span.end] == "de\u0301portation"


@given(st.text(max_size=200))
def test_spans_are_always_inside_the_text_and_ordered(text: str) -> None:
    spans = find_leaks(text)
    last_end = 0
    for s in spans:
        assert 0 <= s.start < s.end <= len(text)
        assert s.start >= last_end
        last_end = s.end
