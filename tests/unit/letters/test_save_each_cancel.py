"""Finding 9 (batch letters): saving one PDF per letter reports progress and can be
cancelled; a cancelled batch leaves no file behind and records nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake_app.domain.audit import Action
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters import use_cases as uc
from intake_app.vault.session import VaultSession
from tests.unit.letters.test_use_cases import _events, _seed


def test_progress_is_reported_per_letter(session: VaultSession, tmp_path: Path) -> None:
    ids = _seed(session)
    released = uc.release_letters(session, uc.prepare_letters(session, ids))
    seen: list[float] = []
    uc.save_each_pdf(
        session,
        tmp_path,
        list(zip(ids, released, strict=True)),
        uc.render_options(session),
        seen.append,
    )
    assert len(seen) == 2 and seen == sorted(seen) and seen[-1] > 0.5


def test_a_cancelled_batch_leaves_no_file_and_no_event(
    session: VaultSession, tmp_path: Path
) -> None:
    ids = _seed(session)
    released = uc.release_letters(session, uc.prepare_letters(session, ids))
    out = tmp_path / "letters"
    out.mkdir()
    asked: list[int] = []

    def cancel_after_first() -> bool:
        asked.append(1)
        return len(asked) > 1

    with pytest.raises(KnownError) as err:
        uc.save_each_pdf(
            session,
            out,
            list(zip(ids, released, strict=True)),
            uc.render_options(session),
            cancelled=cancel_after_first,
        )
    assert err.value.code is ErrorCode.CANCELLED
    assert list(out.iterdir()) == []
    assert _events(session, Action.LETTER_SAVED) == []
