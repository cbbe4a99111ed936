"""Letters from referrals in a real vault: permission, one client, leak guard refusal and
audited confirmation, audit of printing and saving (ids and counts only), state change."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from intake_app.clients.intake import create_client
from intake_app.domain.audit import Action
from intake_app.domain.clients import Naming, Need
from intake_app.domain.common import Lang
from intake_app.domain.referrals import ReferralState
from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters import use_cases as uc
from intake_app.letters.render import PaperSize
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.settings import change_settings
from intake_app.vault import referrals_repo
from intake_app.vault.audit import query_events
from intake_app.vault.directory_repo import save_services
from intake_app.vault.session import VaultSession
from tests.conftest import SENTINEL_PREFIX, sentinel
from tests.helpers.pdf import page_count, pdf_text
from tests.unit.letters.helpers import client, service


def _seed(session: VaultSession, count: int = 2) -> list[int]:
    services = [service(), replace(service(), id="svc-2", name="Banque alimentaire du Mile End")]
    with session.write() as conn:
        save_services(conn, services)
    saved = create_client(
        session,
        client(
            notes=sentinel("notes"),
            naming=Naming.FULL_NAME,
            letter_language=Lang.EN,
            needs=(Need("health", reason=sentinel("needreason")), Need("food")),
        ),
    )
    needs = {n.category: n.id for n in saved.needs}
    picks = [ReferralPick("svc-1", (needs["health"],)), ReferralPick("svc-2", (needs["food"],))]
    made = create_referrals(session, saved.id or 0, picks[:count])
    return [r.id for r in made if r.id is not None]


def _events(session: VaultSession, action: Action) -> list:  # type: ignore[type-arg]
    return [e for e in query_events(session.conn) if e.action == action.value]


def test_prepare_makes_one_letter_per_referral_in_the_referral_language(
    session: VaultSession,
) -> None:
    ids = _seed(session)
    letters = uc.prepare_letters(session, ids)
    assert [p.referral_id for p in letters] == ids
    assert [p.data.lang for p in letters] == [Lang.EN, Lang.EN]
    assert letters[0].data.service_name == "Clinique pour tous"
    assert letters[0].data.client_name == "Amina Diallo"
    assert letters[0].data.reason == ""  # written for the letter, never copied from intake
    assert letters[0].data.letterhead.name == "Centre d'accueil Exemple"
    assert uc.prepare_letters(session, ids, lang=Lang.FR)[0].data.lang is Lang.FR


def test_letters_for_two_clients_at_once_are_refused(session: VaultSession) -> None:
    ids = _seed(session, 1)
    other = create_client(session, client(given_name="Bo", needs=(Need("food"),)))
    other_ref = create_referrals(
        session, other.id or 0, [ReferralPick("svc-2", (other.needs[0].id or 0,))]
    )
    with pytest.raises(KnownError) as info:
        uc.prepare_letters(session, [ids[0], other_ref[0].id or 0])
    assert info.value.code is ErrorCode.INVALID_INPUT


def test_unknown_referral_is_not_found(session: VaultSession) -> None:
    with pytest.raises(KnownError) as info:
        uc.prepare_letters(session, [999])
    assert info.value.code is ErrorCode.NOT_FOUND


def test_a_role_without_print_permission_is_refused(
    session: VaultSession, monkeypatch: pytest.MonkeyPatch
) -> None:
    ids = _seed(session, 1)
    from intake_app.domain import permissions

    monkeypatch.setitem(permissions.ROLE_PERMISSIONS, Role.CASEWORKER, frozenset())
    session.user = User(id=session.user.id, name="Casey", role=Role.CASEWORKER)
    with pytest.raises(KnownError) as info:
        uc.prepare_letters(session, ids)
    assert info.value.code is ErrorCode.NOT_ALLOWED


def test_status_words_hold_the_letter_until_confirmed_and_the_confirmation_is_audited(
    session: VaultSession,
) -> None:
    ids = _seed(session)
    letters = uc.apply_reasons(
        uc.prepare_letters(session, ids),
        {ids[0]: "Demandeuse d'asile, UCI 1234-5678", ids[1]: "Food"},
    )
    found = uc.leaks_in(letters)
    assert set(found) == {ids[0]} and len(found[ids[0]]) == 2
    with pytest.raises(KnownError) as info:
        uc.release_letters(session, letters)
    assert info.value.code is ErrorCode.LETTER_LEAK_WARNING
    assert info.value.params == {"count": 2}
    assert _events(session, Action.LEAK_WARNING_CONFIRMED) == []
    released = uc.release_letters(session, letters, confirmed=True)
    assert len(released) == 2
    (event,) = _events(session, Action.LEAK_WARNING_CONFIRMED)
    assert event.record_id == str(ids[0]) and event.detail == {"words": 2}


def test_clean_letters_are_released_without_a_confirmation(session: VaultSession) -> None:
    ids = _seed(session)
    letters = uc.apply_reasons(uc.prepare_letters(session, ids), {ids[0]: "Family doctor"})
    assert uc.release_letters(session, letters)[0].reason == "Family doctor"
    assert _events(session, Action.LEAK_WARNING_CONFIRMED) == []


def test_printing_audits_each_letter_and_moves_referrals_to_printed(
    session: VaultSession,
) -> None:
    ids = _seed(session)
    letters = uc.release_letters(session, uc.prepare_letters(session, ids))
    pdf = uc.render_pdf(letters, uc.render_options(session))
    assert page_count(pdf) == 2
    moved = uc.record_printed(session, ids, pages=2)
    assert moved == ids
    for rid in ids:
        referral = referrals_repo.load_referral(session.conn, rid)
        assert referral is not None and referral.state is ReferralState.PRINTED
    printed = _events(session, Action.LETTER_PRINTED)
    assert sorted(int(e.record_id) for e in printed) == sorted(ids)
    assert printed[0].detail == {"pages": 2, "letters": 2}


def test_saving_writes_the_file_audits_without_the_path_and_marks_printed(
    session: VaultSession, tmp_path: Path
) -> None:
    ids = _seed(session, 1)
    prepared = uc.prepare_letters(session, ids)
    pdf = uc.render_pdf(uc.release_letters(session, prepared), uc.render_options(session))
    target = tmp_path / "Amina" / uc.suggested_file_name(prepared)
    target.parent.mkdir()
    uc.save_pdf(session, target, pdf, ids)
    assert target.read_bytes() == pdf
    assert target.name == f"referral-{prepared[0].reference}.pdf"
    assert (target.stat().st_mode & 0o777) == 0o600
    (event,) = _events(session, Action.LETTER_SAVED)
    assert "Amina" not in repr(event.detail) and event.detail["bytes"] == len(pdf)
    referral = referrals_repo.load_referral(session.conn, ids[0])
    assert referral is not None and referral.state is ReferralState.PRINTED


def test_saving_to_a_missing_folder_is_a_known_error_and_changes_nothing(
    session: VaultSession, tmp_path: Path
) -> None:
    ids = _seed(session, 1)
    with pytest.raises(KnownError):
        uc.save_pdf(session, tmp_path / "nope" / "x.pdf", b"%PDF", ids)
    assert _events(session, Action.LETTER_SAVED) == []
    referral = referrals_repo.load_referral(session.conn, ids[0])
    assert referral is not None and referral.state is ReferralState.CREATED


def test_letters_follow_the_letter_settings(session: VaultSession) -> None:
    ids = _seed(session, 1)
    change_settings(
        session,
        {
            "letters.paper_size": "a4",
            "letters.qr_code": True,
            "letters.signature_line": "Intervenante de milieu",
            "org.phone": "514 555-0100",
        },
    )
    options = uc.render_options(session)
    assert options.paper is PaperSize.A4 and options.qr_code
    letters = uc.release_letters(session, uc.prepare_letters(session, ids))
    text = pdf_text(uc.render_pdf(letters, options))
    assert "Intervenante de milieu" in text and "514 555-0100" in text


def test_nothing_private_reaches_the_pdf_or_the_audit(session: VaultSession) -> None:
    ids = _seed(session)
    letters = uc.release_letters(session, uc.prepare_letters(session, ids))
    pdf = uc.render_pdf(letters, uc.render_options(session))
    uc.record_printed(session, ids, pages=page_count(pdf))
    assert SENTINEL_PREFIX not in pdf_text(pdf)
    assert all(SENTINEL_PREFIX not in repr(e.detail) for e in query_events(session.conn))


def test_suggested_file_name_for_several_letters_counts_the_others(
    session: VaultSession,
) -> None:
    ids = _seed(session)
    letters = uc.prepare_letters(session, ids)
    assert uc.suggested_file_name(letters) == f"referral-{letters[0].reference}-and-1.pdf"


def test_one_file_per_service_writes_each_letter_under_its_reference(
    session: VaultSession, tmp_path: Path
) -> None:
    ids = _seed(session)
    prepared = uc.prepare_letters(session, ids)
    released = uc.release_letters(session, prepared)
    paths = uc.save_each_pdf(
        session, tmp_path, list(zip(ids, released, strict=True)), uc.render_options(session)
    )
    assert [p.name for p in paths] == [f"referral-{p.reference}.pdf" for p in prepared]
    assert all(page_count(p.read_bytes()) == 1 for p in paths)
    assert len(_events(session, Action.LETTER_SAVED)) == 2
    assert all(
        (r := referrals_repo.load_referral(session.conn, rid)) is not None
        and r.state is ReferralState.PRINTED
        for rid in ids
    )


def test_one_file_per_service_into_a_missing_folder_is_refused(
    session: VaultSession, tmp_path: Path
) -> None:
    ids = _seed(session, 1)
    released = uc.release_letters(session, uc.prepare_letters(session, ids))
    with pytest.raises(KnownError) as info:
        uc.save_each_pdf(
            session, tmp_path / "gone", [(ids[0], released[0])], uc.render_options(session)
        )
    assert info.value.code is ErrorCode.FOLDER_MISSING


def test_a_service_gone_from_the_directory_still_prints_its_name(session: VaultSession) -> None:
    from datetime import datetime

    from intake_app.domain.referrals import Referral

    gone = Referral(
        client_id=1,
        service_id="no-longer-here",
        need_ids=(),
        code="ACDE-FHJK",
        created_at=datetime(2026, 1, 1),
        created_by=None,
        service_name="Ancien service",
    )
    service = uc._service_for(session, gone)
    assert service.name == "Ancien service" and service.eligibility.text == ""
