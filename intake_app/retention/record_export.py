"""A client's own record as a readable PDF, for a right-of-access request.

Quebec's private-sector privacy law lets a person see the information an organization
holds about them. This is the **only** document Passerelle makes that shows a client's
private fields (barriers, notes, household, contact). The sensitive note is the exception:
it is never exported, so the record only says that one exists. The PDF is made only after the caller
confirms explicitly, only for coordinators, and every export is audited. The PDF's
metadata (title, author, subject) carries the client number only, never the name, and the
default file name is the number too.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from babel.dates import format_date, format_datetime

from intake_app.domain.audit import Action, AuditEvent
from intake_app.domain.clients import Client
from intake_app.domain.languages import babel_locale
from intake_app.domain.permissions import Permission, require
from intake_app.domain.referrals import ReferralFilter
from intake_app.errors import ErrorCode, KnownError
from intake_app.retention.record_labels import STATES, record_label, record_text
from intake_app.source_lines import drop_source_lines
from intake_app.vault import accounts_repo, audit, clients_repo, directory_repo, referrals_repo
from intake_app.vault.atomic import atomic_write_bytes
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

if TYPE_CHECKING:
    from intake_app.retention.record_pdf import ReferralRecord

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RecordExport:
    path: Path
    pages: int


def default_file_name(number: str) -> str:
    """The number only: a file name must never carry the client's name."""
    return f"record-{number}.pdf"


def export_client_record(
    session: VaultSession, client_id: int, dest: Path, *, confirmed: bool, lang: str = ""
) -> RecordExport:
    """Write client `client_id`'s full record to `dest` (after explicit confirmation)."""
    from intake_app.retention.record_pdf import render_record  # reportlab, on first export

    drop_source_lines()
    require(session.user, Permission.EXPORT_CLIENT_RECORD)
    if not confirmed:
        raise KnownError(ErrorCode.INVALID_INPUT, field="confirmation", reason="required")
    client = clients_repo.load_client(session.conn, client_id)
    if client is None:
        raise KnownError(ErrorCode.NOT_FOUND, record="client", id=client_id)
    lang = lang or client.letter_language.value
    locale = babel_locale(lang)
    names = accounts_repo.user_names(session.conn)
    events = audit.events_for_record(session.conn, "client", client.number)
    events += audit.events_for_record(session.conn, "client", str(client.id))
    history = [
        (format_datetime(e.at, "short", locale=locale), names.get(e.user_id or 0, ""), e.action)
        for e in sorted(events, key=lambda e: e.id)
    ]
    org = str(get_setting(session.conn, "org.name"))
    phone = str(get_setting(session.conn, "org.phone"))
    client_events = [*events]
    records = _referral_records(session, client, client_events, lang, locale)
    service_names = {
        c.with_whom: _service_name(session, c.with_whom, lang)
        for c in client.consents
        if c.with_whom
    }
    data, pages = render_record(
        client,
        history,
        org,
        lang,
        format_date(session.clock.now(), "long", locale=locale),
        records,
        service_names,
        f" ({phone})" if phone else "",
    )
    atomic_write_bytes(Path(dest), data)
    with session.write() as conn:
        session.audit(conn, Action.CLIENT_RECORD_EXPORTED, "client", client.number, pages=pages)
    log.info("client record #%d exported (%d pages)", client_id, pages)
    return RecordExport(Path(dest), pages)


def _service_name(session: VaultSession, service_id: str, lang: str) -> str:
    service = directory_repo.load_service(session.conn, service_id)
    return service.name_in(lang) if service is not None else service_id


def _referral_records(
    session: VaultSession,
    client: Client,
    client_events: list[AuditEvent],
    lang: str,
    locale: str,
) -> list[ReferralRecord]:
    """Every referral of the client, with its steps (from the client's audit events) and
    the letters printed or saved for it (from the referral's own events)."""
    from intake_app.retention.record_pdf import ReferralRecord

    assert client.id is not None
    rows = referrals_repo.list_referrals(
        session.conn, ReferralFilter(client_id=client.id, limit=100_000)
    )
    out: list[ReferralRecord] = []
    for row in sorted(rows, key=lambda r: (r.created_at, r.id)):
        referral = referrals_repo.load_referral(session.conn, row.id)
        if referral is None:
            continue
        steps: list[tuple[str, str]] = []
        for e in client_events:
            if e.detail.get("referral_id") != row.id:
                continue
            when = format_datetime(e.at, "short", locale=locale)
            if e.action == Action.REFERRAL_STATE_CHANGED:
                to = str(e.detail.get("to_state", ""))
                changed = record_text(lang, "state changed to")
                steps.append((when, f"{changed} {record_label(lang, STATES, to)}"))
            elif e.action == Action.REFERRAL_UPDATED:
                steps.append((when, record_text(lang, "follow-up or note updated")))
        letters = [
            (
                format_datetime(e.at, "short", locale=locale),
                record_text(lang, "letter printed")
                if e.action == Action.LETTER_PRINTED
                else record_text(lang, "letter saved as a file"),
            )
            for e in audit.events_for_record(session.conn, "referral", row.id)
            if e.action in (Action.LETTER_PRINTED, Action.LETTER_SAVED)
        ]
        out.append(
            ReferralRecord(referral, row.service_name_in(lang), tuple(steps), tuple(letters))
        )
    return out
