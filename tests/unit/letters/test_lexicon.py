"""The lexicon files: one per language, same structure, each example flagged; and the
normalisation cases the issue names (dash variants, invisible characters, spacing)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from intake_app.letters.leak_guard import LeakKind, find_leaks, is_clean
from intake_app.letters.lexicon import SHAPES_FILE, lexicon_dir, load_lexicon, shipped_lexicon

KEYS = {"language", "name", "status", "barrier", "phrases", "safe", "examples"}


def _language_files() -> list[Path]:
    return [p for p in sorted(lexicon_dir().glob("*.json")) if p.name != SHAPES_FILE]


@pytest.mark.parametrize("path", _language_files(), ids=lambda p: p.stem)
def test_every_language_file_has_the_same_structure(path: Path) -> None:
    data = json.loads(path.read_text("utf-8"))
    assert set(data) == KEYS
    assert data["language"] == path.stem
    assert data["status"] and data["examples"]
    for phrase in data["phrases"]:
        assert set(phrase) == {"kind", "label", "pattern"} and phrase["kind"] in (
            "status",
            "barrier",
        )


@pytest.mark.parametrize("code", shipped_lexicon().languages)
def test_every_example_of_every_language_is_flagged(code: str) -> None:
    missed = [e for e in shipped_lexicon().examples[code] if is_clean(e)]
    assert not missed


def test_a_new_language_plugs_in_as_a_file(tmp_path: Path) -> None:
    for path in lexicon_dir().glob("*.json"):
        (tmp_path / path.name).write_text(path.read_text("utf-8"), "utf-8")
    (tmp_path / "sw.json").write_text(
        json.dumps(
            {
                "language": "sw",
                "name": "Kiswahili",
                "status": ["mkimbizi", "wakimbizi"],
                "barrier": [],
                "phrases": [],
                "safe": [],
                "examples": ["yeye ni mkimbizi"],
            }
        ),
        "utf-8",
    )
    lex = load_lexicon(tmp_path)
    assert "sw" in lex.languages
    assert find_leaks("Yeye ni MKIMBIZI.", lex)
    assert not find_leaks("Yeye ni MKIMBIZI.")


@pytest.mark.parametrize(
    "text",
    [
        "She is without papers.",
        "no papers",
        "out of status",
        "Elle n'a pas de papiers",
        "statut",
        "carte RP",
        "PRAIDA",
        "sin documentos",
        "E001234567",
        "UCI12345678",
        "1234\u20135678",
        "1234\u22125678",
        "1234\u20105678",
        "sans\u2011papiers",
        "sans\u00a0papiers",
        "sans\u200bpapiers",
        "undo\u200bcumented",
        "s a n s p a p i e r s",
        "S.A.N.S-P.A.P.I.E.R.S",
        "sanspapiers",
        "I.R.C.C.",
        "pas de carte RAMQ",
        "H&C",
        "123-456-789",
        "TREM 1234 5678",
        "no tiene papeles",
        "has no papers",
        "PGWP",
        "eTA",
        "PRRA",
        "protected person",
        "stateless",
        "refugee claimant",
        "deportation order",
        "work permit",
        "study permit",
        "PR card",
        "visitor record",
        "CAQ",
        "CSQ",
        "PTET",
        "EIMT",
        "health card",
        "photo ID",
        "proof of address",
        "no income",
        "assurance maladie",
        "\uff29\uff32\uff23\uff23",
        "\uff53\uff41\uff4e\uff53 \uff50\uff41\uff50\uff49\uff45\uff52\uff53",
        "Dossier ircc",
        "r\u0435fug\u0435\u0435",  # Cyrillic U+0435 among Latin letters
        "s\u0430ns p\u0430piers",
        "\u0406RCC",
        "sans_papiers",
        "#SansPapiers",
        "S-A-N-S P-A-P-I-E-R-S",
        "waiting on his PR",
        "risque de renvoi",
        "pidió refugio",
        "UCI 00\u20131234\u20135678",
    ],
)
def test_the_issue_probes_are_flagged(text: str) -> None:
    assert find_leaks(text), text


def test_barrier_words_are_their_own_kind() -> None:
    (span,) = find_leaks("pas de carte RAMQ")
    assert span.kind is LeakKind.BARRIER_WORD


@pytest.mark.parametrize(
    "text",
    [
        "Visa et Mastercard acceptées",
        "Visa and Mastercard accepted",
        "Appelez le 514-555-0199",
        "(514) 555-0199",
        "Rendez-vous le 2026-03-12",
        "Refuge Aurore (démo)",
        "Closed on statutory holidays.",
        "H2X 0A3",
        "Avis d'expulsion du logement",
        "pas de papier de toilette",
        "1-800-555-0199",
    ],
)
def test_ordinary_text_stays_quiet(text: str) -> None:
    assert is_clean(text), [text[s.start : s.end] for s in find_leaks(text)]
