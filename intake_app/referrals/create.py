"""Creating referrals: several at once, each with its own code, audited one by one.

The audit trail gets ids and counts (client id, service id, how many needs); never the
client's name, the reason for the need or anything about barriers.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from intake_app.domain.audit import Action
from intake_app.domain.common import Lang
from intake_app.domain.permissions import Permission, require
from intake_app.domain.referrals import Referral, ReferralState, new_reference_code
from intake_app.errors import ErrorCode, KnownError
from intake_app.letters.leak_guard import is_clean
from intake_app.referrals.follow_up import default_follow_up
from intake_app.vault import clients_repo, directory_repo
from intake_app.vault import referrals_repo as repo
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)

# Referral events are recorded on the client, so the client's history lists them; the
# referral id is in the detail (`referral_history()` reads one referral's events back).
RECORD = "client"
_CODE_ATTEMPTS = 20


@dataclass(frozen=True)
class ReferralPick:
    """One service chosen for one or more of the client's needs."""

    service_id: str
    need_ids: tuple[int, ...]


def create_referrals(
    session: VaultSession,
    client_id: int,
    picks: Sequence[ReferralPick],
    *,
    letter_language: Lang | None = None,
    new_code: Callable[[], str] = new_reference_code,
) -> list[Referral]:
    """Create one referral per pick in one transaction: all of them, or none."""
    require(session.user, Permission.MAKE_REFERRALS)
    if not picks:
        raise KnownError(ErrorCode.INVALID_INPUT, field="services", reason="none chosen")
    now = session.clock.now()
    today = now.date()
    created: list[Referral] = []
    with session.write() as conn:
        client = clients_repo.load_client(conn, client_id)
        if client is None:
            raise KnownError(ErrorCode.NOT_FOUND, record="client", id=client_id)
        needs = {n.id: n for n in client.needs if n.id is not None}
        for pick in picks:
            if not pick.need_ids or any(nid not in needs for nid in pick.need_ids):
                raise KnownError(ErrorCode.INVALID_INPUT, field="need", reason="not this client's")
            service = directory_repo.load_service(conn, pick.service_id)
            if service is None:
                raise KnownError(ErrorCode.NOT_FOUND, record="service")
            if not service.active:
                raise KnownError(ErrorCode.SERVICE_INACTIVE)
            chosen = [needs[nid] for nid in pick.need_ids]
            referral = Referral(
                client_id=client_id,
                service_id=service.id,
                service_name=service.name,
                need_ids=tuple(pick.need_ids),
                categories=tuple(n.category for n in chosen),
                code=_fresh_code(session, new_code),
                created_at=now,
                created_by=session.user.id,
                letter_language=letter_language or client.letter_language,
                reading_language=client.reading_language,
                state=ReferralState.CREATED,
                state_changed_at=now,
                follow_up_on=default_follow_up(session, (n.urgency for n in chosen), today),
            )
            rid = repo.insert_referral(conn, referral, referral.categories)
            repo.resolve_unmet(conn, referral.need_ids, today)
            session.audit(
                conn,
                Action.REFERRAL_CREATED,
                RECORD,
                client_id,
                referral_id=rid,
                service_id=service.id,
                needs=len(chosen),
            )
            created.append(replace(referral, id=rid))
        clients_repo.touch_activity(conn, client_id, now)
    log.info("created %d referrals for client %d", len(created), client_id)
    return created


def _fresh_code(session: VaultSession, new_code: Callable[[], str]) -> str:
    """A code not taken and that the leak guard reads nothing into: about 1 random code in
    300 holds an abbreviation of the lexicon ("RP7V-…", "…-TFW6", "PEQ"), which would flag
    every letter of the referral."""
    for _ in range(_CODE_ATTEMPTS):
        code = new_code()
        if is_clean(code) and not repo.code_exists(session.conn, code):
            return code
    raise KnownError(ErrorCode.IO_ERROR, reason="no free reference code")
