"""What a caseworker returns to: follow-ups due and overdue, drafts waiting, recent clients.

One use case so the Today screen and its tests read the same thing; it holds names only
for the signed-in person's own screen, never for a log or an export.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from intake_app.clients.drafts import client_from_json
from intake_app.clients.search import ClientSearch
from intake_app.domain.clients import ClientHit
from intake_app.domain.permissions import Permission, allowed
from intake_app.domain.referrals import ReferralRow
from intake_app.referrals.follow_up import follow_ups_due
from intake_app.vault import client_drafts_repo
from intake_app.vault.session import VaultSession


@dataclass(frozen=True)
class DraftWaiting:
    """Unsaved work of this user: a new intake (client_id None) or changes to a record."""

    client_id: int | None
    name: str
    saved_at: datetime


@dataclass(frozen=True)
class Today:
    day: date
    follow_ups: tuple[ReferralRow, ...]
    drafts: tuple[DraftWaiting, ...]
    recent: tuple[ClientHit, ...]

    @property
    def overdue(self) -> int:
        """Follow-ups whose date is before today (the rest fall due today)."""
        return sum(1 for r in self.follow_ups if r.follow_up_on and r.follow_up_on < self.day)


def drafts_waiting(session: VaultSession) -> list[DraftWaiting]:
    found = []
    for row in client_drafts_repo.drafts_of_user(session.conn, session.user.id):
        client = client_from_json(row.payload)
        found.append(DraftWaiting(row.client_id, client.display_name, row.saved_at))
    return found


def load_today(session: VaultSession, search: ClientSearch, recent: int = 8) -> Today:
    day = session.clock.now().date()
    due = follow_ups_due(session, day) if allowed(session.user, Permission.MAKE_REFERRALS) else []
    hits = search.search("", include_archived=False)[:recent]
    return Today(day, tuple(due), tuple(drafts_waiting(session)), tuple(hits))
