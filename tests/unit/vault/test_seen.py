"""This computer's note of the last audit head seen, per vault and data folder."""

from __future__ import annotations

from pathlib import Path

from intake_app.vault import seen
from intake_app.vault.keyslots import HighWater


def test_the_note_only_rises_unless_told_and_keeps_folders_apart(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    seen.remember(a, "v", HighWater(5, "h5"))
    seen.remember(a, "v", HighWater(3, "h3"))
    assert seen.seen(a, "v") == HighWater(5, "h5")
    seen.remember(a, "v", HighWater(2, "h2"), lower=True)  # a deliberate restore
    assert seen.seen(a, "v") == HighWater(2, "h2")
    assert seen.seen(b, "v") == HighWater()  # a restore into another folder is its own


def test_the_note_keeps_only_the_newest_folders(tmp_path: Path) -> None:
    for i in range(seen.MAX_ENTRIES + 5):
        seen.remember(tmp_path / str(i), "v", HighWater(1, "h"))
    assert seen.seen(tmp_path / "0", "v") == HighWater()
    assert seen.seen(tmp_path / str(seen.MAX_ENTRIES + 4), "v") == HighWater(1, "h")
