"""Letters for a set of referrals of one client: prepare, check, render, print or save.

The flow the dialog (and any other caller) follows:

1. `prepare_letters(session, referral_ids)` loads the referrals, the client, the services
   and the letterhead settings and fills one `LetterData` per referral through the
   allowlist; the client record goes no further than this module.
2. The caseworker writes a reason per letter; `apply_reasons()` puts them in, and
   `leaks_in()` lists status words found by the leak guard.
3. `release_letters()` refuses (`LETTER_LEAK_WARNING`) while words are found, unless the
   caseworker confirmed; a confirmation is audited (`LEAK_WARNING_CONFIRMED`, with counts).
4. `render_pdf()` makes the PDF in memory; `record_printed()` / `save_pdf()` audit
   (`LETTER_PRINTED` / `LETTER_SAVED`, ids and counts only) and move the referrals to
   "printed" through the referrals use case.

Everything here needs `Permission.PRINT_LETTERS`.
"""

from __future__ import annotations

import base64
import binascii
import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from intake_app.clock import today as clock_today
from intake_app.domain.audit import Action
from intake_app.domain.common import Lang
from intake_app.domain.permissions import Permission, require
from intake_app.domain.referrals import Referral
from intake_app.domain.services import Organization, Service
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.allowlist import (
    LetterData,
    Letterhead,
    ReferralFacts,
    ServiceNaming,
    build_letter_data,
    default_file_name,
    service_naming,
    with_reason,
)
from intake_app.letters.client_texts import Fallback, resolve, suggest
from intake_app.letters.leak_guard import LeakSpan, find_leaks
from intake_app.letters.options import PaperSize, RenderOptions
from intake_app.letters.printed import fingerprint, letter_leaks
from intake_app.referrals.state import mark_printed
from intake_app.source_lines import drop_source_lines
from intake_app.vault import clients_repo, directory_repo, referrals_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.reports_repo import record_letters_printed
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

log = logging.getLogger(__name__)

RECORD = "referral"


@dataclass(frozen=True)
class PreparedLetter:
    """One letter to be: the referral it is for, and what it may print.

    `naming` says how the service is named; when its plain name would be flagged and the
    directory has no letter name, the letter is held (`naming.held`) until the caseworker
    picks a name with `choose_service_name()`."""

    referral_id: int
    data: LetterData
    naming: ServiceNaming | None = None
    # The reading language asked for (the referral's, the client's, or the suggestion) and,
    # when it does not print, why (`data.reading_language` is then "").
    reading_asked: str = ""
    reading_fallback: Fallback = Fallback.NONE

    @property
    def held(self) -> bool:
        return not self.data.service_name.strip()

    @property
    def reference(self) -> str:
        return self.data.reference


def letterhead_from_settings(session: VaultSession) -> Letterhead:
    conn = session.conn
    logo = b""
    encoded = get_setting(conn, "letters.logo_png")
    if encoded:
        try:
            logo = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            log.info("the letterhead logo setting is not valid base64; printing without it")
    return Letterhead(
        name=get_setting(conn, "org.name"),
        address=get_setting(conn, "org.address"),
        phone=get_setting(conn, "org.phone"),
        email=get_setting(conn, "org.email"),
        signature_line=get_setting(conn, "letters.signature_line"),
        logo_png=logo,
    )


def render_options(session: VaultSession) -> RenderOptions:
    conn = session.conn
    return RenderOptions(
        paper=PaperSize.parse(get_setting(conn, "letters.paper_size")),
        qr_code=bool(get_setting(conn, "letters.qr_code")),
    )


def default_language(session: VaultSession) -> Lang:
    try:
        return Lang(get_setting(session.conn, "letters.default_language"))
    except ValueError:
        return Lang.FR


def turned_off_languages(session: VaultSession) -> frozenset[str]:
    """The reading languages a coordinator turned off (Settings → Letters)."""
    raw = str(get_setting(session.conn, "letters.reading_languages_off"))
    return frozenset(c.strip() for c in raw.split(",") if c.strip())


def reading_language_asked(referral: Referral, client_reading: str, spoken: Sequence[str]) -> str:
    """The referral's remembered language, else the client's, else one suggested by the
    languages they speak (the first we have texts for). `client_texts.NONE` on the
    referral or the client is a choice too: the letter's language only."""
    return referral.reading_language or client_reading or suggest(spoken)


def with_reading_language(
    letter: PreparedLetter, code: str, turned_off: frozenset[str] = frozenset()
) -> PreparedLetter:
    """The letter with its client part repeated in `code` — or, when `code` has no texts or
    is turned off, in the letter's language only, saying why (`reading_fallback`)."""
    resolved = resolve(code, turned_off)
    return replace(
        letter,
        data=replace(letter.data, reading_language=resolved.code),
        reading_asked=code,
        reading_fallback=resolved.fallback,
    )


def with_client_note(letter: PreparedLetter, note: str) -> PreparedLetter:
    """The letter with the caseworker's note to the client (checked by the leak guard with
    every language's lexicon, like everything printed)."""
    return replace(letter, data=replace(letter.data, client_note=" ".join(note.split())))


def _service_for(session: VaultSession, referral: Referral) -> Service:
    service = None
    if referral.service_id:
        service = directory_repo.load_service(session.conn, referral.service_id)
    if service is None:
        # The service left the directory since: the name kept on the referral still prints.
        return Service(
            id=referral.service_id or "",
            name=referral.service_name,
            organization=Organization(id="", name=""),
        )
    return service


def prepare_letters(
    session: VaultSession,
    referral_ids: Sequence[int],
    *,
    lang: Lang | None = None,
) -> list[PreparedLetter]:
    """One letter per referral (in the given order), all for the same client.

    `lang` overrides each referral's letter language. Reasons start empty: a reason is
    written for the letter, not copied from the intake notes.
    """
    require(session.user, Permission.PRINT_LETTERS)
    if not referral_ids:
        raise KnownError(ErrorCode.INVALID_INPUT, field="referrals", reason="none chosen")
    c = session.conn
    referrals = referrals_repo.load_referrals(c, referral_ids)
    if len(referrals) != len(set(referral_ids)):
        raise KnownError(ErrorCode.NOT_FOUND, record="referral")
    client_ids = {r.client_id for r in referrals}
    if len(client_ids) != 1:
        raise KnownError(ErrorCode.INVALID_INPUT, field="referrals", reason="more than one client")
    client = clients_repo.load_client(c, client_ids.pop())
    if client is None:
        raise KnownError(ErrorCode.NOT_FOUND, record="client")
    head = letterhead_from_settings(session)
    off = turned_off_languages(session)
    today = clock_today(session.clock)
    letters: list[PreparedLetter] = []
    for referral in referrals:
        assert referral.id is not None
        service = _service_for(session, referral)
        letter_lang = lang or referral.letter_language
        data = build_letter_data(
            client,
            service,
            ReferralFacts(reference=referral.code, need_categories=referral.categories),
            head,
            session.user.name,
            "",
            client.consents,
            today,
            letter_lang,
        )
        prepared = PreparedLetter(referral.id, data, service_naming(service, letter_lang))
        asked = reading_language_asked(referral, client.reading_language, client.languages)
        letters.append(with_reading_language(prepared, asked, off))
    log.info("prepared %d letter(s)", len(letters))
    return letters


def apply_reasons(
    letters: Sequence[PreparedLetter], reasons: Mapping[int, str]
) -> list[PreparedLetter]:
    """The letters with the reasons written for them (by referral id)."""
    return [
        replace(p, data=with_reason(p.data, reasons.get(p.referral_id, p.data.reason)))
        for p in letters
    ]


def choose_service_name(letter: PreparedLetter, name: str) -> PreparedLetter:
    """The letter with the name the caseworker picked for a held service (checked by the
    guard like everything printed: a flagged choice still needs confirming)."""
    return replace(letter, data=replace(letter.data, service_name=" ".join(name.split())))


def leaks_in(letters: Sequence[PreparedLetter]) -> dict[int, list[LeakSpan]]:
    """Everything the leak guard finds in each letter's printed text (letters with finds)."""
    found: dict[int, list[LeakSpan]] = {}
    for p in letters:
        spans = [s for field_spans in letter_leaks(p.data).values() for s in field_spans]
        if spans:
            found[p.referral_id] = spans
    return found


def field_leaks(letter: PreparedLetter) -> dict[str, list[LeakSpan]]:
    """The finds of one letter by printed field (`reason`, `service_name`, `address.street`…)."""
    return letter_leaks(letter.data)


def reason_leaks(letter: PreparedLetter) -> list[LeakSpan]:
    return find_leaks(letter.data.reason)


def release_letters(
    session: VaultSession, letters: Sequence[PreparedLetter], *, confirmed: bool = False
) -> list[LetterData]:
    """The letters, cleared for printing or saving.

    Refuses with `LETTER_LEAK_WARNING` while the leak guard finds words and the
    caseworker has not confirmed; a confirmation is audited once per letter concerned,
    with the number of words found (never the words).
    """
    require(session.user, Permission.PRINT_LETTERS)
    held = [p for p in letters if p.held]
    if held:
        raise KnownError(ErrorCode.LETTER_NAME_NEEDED, count=len(held))
    found = leaks_in(letters)
    count = sum(len(v) for v in found.values())
    if found and not confirmed:
        raise KnownError(ErrorCode.LETTER_LEAK_WARNING, count=count)
    with session.write() as conn:
        for rid, spans in found.items():
            session.audit(conn, Action.LEAK_WARNING_CONFIRMED, RECORD, rid, words=len(spans))
        # Each referral remembers the reading language chosen for its letter (batch
        # letters keep each their own).
        for p in letters:
            referrals_repo.set_reading_language(conn, p.referral_id, p.reading_asked)
    if found:
        log.info("leak warning confirmed on %d letter(s)", len(found))
    return [
        replace(p.data, cleared=fingerprint(letter_leaks(p.data), p.data))
        if p.referral_id in found
        else p.data
        for p in letters
    ]


def render_pdf(
    letters: Sequence[LetterData],
    options: RenderOptions,
    progress: Callable[[float], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    *,
    preview: bool = False,
) -> bytes:
    """One PDF with every letter, in memory (nothing is written to disk). Only released
    letters make paper; `preview` renders what the dialog shows on screen."""
    from intake_app.letters.render import LetterRenderer  # reportlab, on the first letter

    drop_source_lines()
    return LetterRenderer(options).render(letters, progress, cancelled, preview=preview)


def record_printed(session: VaultSession, referral_ids: Sequence[int], pages: int) -> list[int]:
    """Audit the printing and move the referrals to "printed"; returns the ids that moved."""
    require(session.user, Permission.PRINT_LETTERS)
    with session.write() as conn:
        for rid in referral_ids:
            session.audit(
                conn, Action.LETTER_PRINTED, RECORD, rid, pages=pages, letters=len(referral_ids)
            )
        record_letters_printed(conn, referral_ids, session.clock.now(), session.user.id)
    moved = mark_printed(session, referral_ids)
    log.info("printed %d letter(s), %d page(s)", len(referral_ids), pages)
    return moved


def save_pdf(
    session: VaultSession, path: Path, pdf: bytes, referral_ids: Sequence[int]
) -> list[int]:
    """Write the PDF atomically where the user chose, audit it, mark the referrals printed.

    The audit records the referral ids and the size, never the path (a folder name can
    carry a person's name).
    """
    require(session.user, Permission.PRINT_LETTERS)
    atomic_write_bytes(Path(path), pdf, mode=0o600)
    with session.write() as conn:
        for rid in referral_ids:
            session.audit(
                conn, Action.LETTER_SAVED, RECORD, rid, bytes=len(pdf), letters=len(referral_ids)
            )
        record_letters_printed(conn, referral_ids, session.clock.now(), session.user.id)
    moved = mark_printed(session, referral_ids)
    log.info("saved %d letter(s) as one PDF", len(referral_ids))
    return moved


def save_each_pdf(
    session: VaultSession,
    folder: Path,
    letters: Sequence[tuple[int, LetterData]],
    options: RenderOptions,
    progress: Callable[[float], None] = lambda _f: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[Path]:
    """One PDF per letter in `folder`, each named `referral-<reference>.pdf` (replacing an
    older copy of the same letter), audited and marked printed like `save_pdf`.

    Cancelling (between letters) removes the files this call wrote and records nothing."""
    require(session.user, Permission.PRINT_LETTERS)
    folder = Path(folder)
    if not folder.is_dir():
        raise KnownError(ErrorCode.FOLDER_MISSING)
    from intake_app.letters.render import LetterRenderer  # reportlab, on the first letter

    drop_source_lines()
    renderer = LetterRenderer(options)
    written: list[tuple[int, Path, int]] = []
    for n, (rid, data) in enumerate(letters):
        if cancelled():
            for _rid, done, _size in written:
                done.unlink(missing_ok=True)
            raise KnownError(ErrorCode.CANCELLED)
        pdf = renderer.render([data])
        path = folder / data.file_name
        atomic_write_bytes(path, pdf, mode=0o600)
        written.append((rid, path, len(pdf)))
        progress(0.9 * (n + 1) / max(len(letters), 1))
    with session.write() as conn:
        for rid, _path, size in written:
            session.audit(conn, Action.LETTER_SAVED, RECORD, rid, bytes=size, letters=1)
        record_letters_printed(
            conn, [rid for rid, _p, _s in written], session.clock.now(), session.user.id
        )
    mark_printed(session, [rid for rid, _d in letters])
    log.info("saved %d letter(s) as separate PDFs", len(written))
    return [path for _rid, path, _size in written]


def suggested_file_name(letters: Sequence[PreparedLetter]) -> str:
    """`referral-<reference>.pdf` for one letter; the first reference plus a count else."""
    if not letters:
        return default_file_name("")
    if len(letters) == 1:
        return default_file_name(letters[0].reference)
    return default_file_name(f"{letters[0].reference}-and-{len(letters) - 1}")
