"""A write that fails at the last step leaves no hidden copy of the letter beside the target."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.errors import KnownError
from intake_app.vault.atomic import atomic_write_bytes
from tests.conftest import sentinel


def test_a_failed_rename_removes_the_temporary_copy(tmp_path: Path) -> None:
    target = tmp_path / "referral-ABC.pdf"
    target.mkdir()  # a folder where the file should go: the final rename fails
    (target / "inside").write_text("x")
    with pytest.raises(KnownError):
        atomic_write_bytes(target, sentinel("letter").encode())
    leftovers = [p.name for p in tmp_path.iterdir() if p.name != target.name]
    assert leftovers == []
