"""The reading language through the letter use cases: suggested, remembered per referral,
falling back (and saying why) when it has no texts or a coordinator turned it off."""

from __future__ import annotations

import unicodedata
from dataclasses import replace

from intake_app.clients.intake import create_client
from intake_app.domain.clients import Need
from intake_app.letters import use_cases as uc
from intake_app.letters.client_texts import Fallback
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.settings import change_settings
from intake_app.vault import referrals_repo
from intake_app.vault.directory_repo import save_services
from intake_app.vault.session import VaultSession
from tests.helpers.pdf import pdf_text
from tests.unit.letters.helpers import client, service


def _seed(session: VaultSession, **fields: object) -> list[int]:
    services = [service(), replace(service(), id="svc-2", name="Banque alimentaire du Mile End")]
    with session.write() as conn:
        save_services(conn, services)
    saved = create_client(session, client(needs=(Need("health"), Need("food")), **fields))
    needs = {n.category: n.id for n in saved.needs}
    picks = [ReferralPick("svc-1", (needs["health"],)), ReferralPick("svc-2", (needs["food"],))]
    return [r.id for r in create_referrals(session, saved.id or 0, picks) if r.id is not None]


def test_reading_language_is_suggested_from_spoken_languages(session: VaultSession) -> None:
    ids = _seed(session, languages=("ff", "ar", "fr"))
    letters = uc.prepare_letters(session, ids)
    assert [p.data.reading_language for p in letters] == ["ar", "ar"]
    pdf = uc.render_pdf([letters[0].data], uc.render_options(session))
    assert "الرسالة" in unicodedata.normalize("NFKC", pdf_text(pdf))


def test_the_clients_reading_language_wins_over_the_suggestion(session: VaultSession) -> None:
    ids = _seed(session, languages=("ar",), reading_language="ta")
    assert uc.prepare_letters(session, ids)[0].data.reading_language == "ta"


def test_a_language_without_texts_falls_back_and_says_why(session: VaultSession) -> None:
    ids = _seed(session, reading_language="wo")
    letter = uc.prepare_letters(session, ids)[0]
    assert letter.data.reading_language == "" and letter.reading_fallback is Fallback.NO_TEXTS
    assert letter.reading_asked == "wo"


def test_a_turned_off_language_falls_back_and_says_why(session: VaultSession) -> None:
    change_settings(session, {"letters.reading_languages_off": "es,ta"})
    ids = _seed(session, reading_language="ta")
    letter = uc.prepare_letters(session, ids)[0]
    assert letter.data.reading_language == "" and letter.reading_fallback is Fallback.TURNED_OFF


def test_each_referral_remembers_its_own_language_after_release(session: VaultSession) -> None:
    ids = _seed(session, reading_language="es")
    first, second = uc.prepare_letters(session, ids)
    second = uc.with_reading_language(second, "zh")
    released = uc.release_letters(session, [first, second])
    assert [d.reading_language for d in released] == ["es", "zh"]
    stored = referrals_repo.load_referrals(session.conn, ids)
    assert [r.reading_language for r in stored] == ["es", "zh"]
    # a batch prepared again keeps each referral's language
    assert [p.data.reading_language for p in uc.prepare_letters(session, ids)] == ["es", "zh"]


def test_the_note_for_the_client_is_guarded_in_their_language(session: VaultSession) -> None:
    ids = _seed(session, reading_language="es")
    letter = uc.with_client_note(uc.prepare_letters(session, ids)[0], "Usted no tiene papeles.")
    assert "client_note" in uc.field_leaks(letter)
    arabic = uc.with_client_note(letter, "لا تنس. أنت لاجئ")
    assert "client_note" in uc.field_leaks(arabic)
    clean = uc.with_client_note(letter, "Llegue a las 9:00, por favor.")
    assert "client_note" not in uc.field_leaks(clean)


def test_the_letters_language_only_is_a_choice_the_suggestion_respects(
    session: VaultSession,
) -> None:
    ids = _seed(session, languages=("ar",), reading_language="none")
    letters = uc.prepare_letters(session, ids)
    assert [p.data.reading_language for p in letters] == ["", ""]
    assert letters[0].reading_fallback is Fallback.NONE
    # chosen on one referral's letter: remembered for that referral only
    first = uc.with_reading_language(letters[0], "es")
    second = uc.with_reading_language(letters[1], "none")
    uc.release_letters(session, [first, second])
    assert [p.data.reading_language for p in uc.prepare_letters(session, ids)] == ["es", ""]
