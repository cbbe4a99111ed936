"""What a merge's survivor takes from the other record, step by step (no vault needed)."""

from __future__ import annotations

from datetime import datetime

from intake_app.clients.merge import fills_for
from intake_app.domain.clients import Barriers, Client
from intake_app.domain.common import Tri


def test_blanks_are_filled_and_the_survivors_own_values_kept() -> None:
    survivor = Client(given_name="Amina", phone="514-555-0101")
    other = Client(given_name="Aminah", family_name="Diallo", phone="514-555-0199", birth_year=1990)
    fills = fills_for(survivor, other)
    assert fills["family_name"] == "Diallo" and fills["birth_year"] == 1990
    assert "phone" not in fills and "given_name" not in fills


def test_languages_are_joined_with_the_survivors_first() -> None:
    fills = fills_for(Client(languages=("ff", "fr")), Client(languages=("fr", "en")))
    assert fills["languages"] == "ff,fr,en"
    assert "languages" not in fills_for(Client(languages=("fr",)), Client(languages=("fr",)))


def test_notes_are_appended_never_chosen_between_nor_repeated() -> None:
    fills = fills_for(Client(notes="A", sensitive_note=""), Client(notes="B", sensitive_note="S"))
    assert fills["notes"] == "A\n\nB" and fills["sensitive_note"] == "S"
    assert "notes" not in fills_for(Client(notes="A then B"), Client(notes="B"))


def test_only_unknown_barriers_learn_the_other_records_answer() -> None:
    survivor = Client(barriers=Barriers(no_health_card=Tri.NO))
    other = Client(barriers=Barriers(no_health_card=Tri.YES, no_photo_id=Tri.YES))
    fills = fills_for(survivor, other)
    assert fills["no_photo_id"] == "yes" and "no_health_card" not in fills


def test_the_later_last_activity_wins() -> None:
    early, late = datetime(2026, 1, 5, 9, 0), datetime(2026, 3, 1, 14, 30)
    fills = fills_for(Client(last_activity=early), Client(last_activity=late))
    assert fills["last_activity"] == "2026-03-01T14:30:00"
    assert "last_activity" not in fills_for(Client(last_activity=late), Client(last_activity=early))
