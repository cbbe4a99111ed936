"""Moving a referral along: printed, attended, no-show, declined, closed with a reason.

Every change is one audited event with the states and the reason *code*; the outcome note
is the caseworker's own words and stays out of the audit trail and the logs.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import date, timedelta

from intake_app.domain.audit import Action, AuditEvent
from intake_app.domain.common import Urgency
from intake_app.domain.permissions import Permission, require
from intake_app.domain.referrals import (
    CloseReason,
    Referral,
    ReferralState,
    can_move,
)
from intake_app.errors import ErrorCode, KnownError
from intake_app.referrals.follow_up import follow_up_days
from intake_app.vault import clients_repo
from intake_app.vault import referrals_repo as repo
from intake_app.vault.audit import events_for_record
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)

RECORD = "client"  # see intake_app.referrals.create
MAX_NOTE = 2000
_KEEP = object()


def _load(session: VaultSession, referral_id: int) -> Referral:
    referral = repo.load_referral(session.conn, referral_id)
    if referral is None or referral.id is None:
        raise KnownError(ErrorCode.NOT_FOUND, record="referral", id=referral_id)
    return referral


def _next_follow_up(
    session: VaultSession, referral: Referral, state: ReferralState, today: date
) -> date | None:
    """A no-show calls for reaching the client again soon; an outcome ends the chase."""
    if state is ReferralState.NO_SHOW:
        return today + timedelta(days=follow_up_days(session, Urgency.TODAY))
    if state in (ReferralState.ATTENDED, ReferralState.DECLINED, ReferralState.CLOSED):
        return None
    return referral.follow_up_on


def change_state(
    session: VaultSession,
    referral_id: int,
    state: ReferralState,
    *,
    close_reason: CloseReason | None = None,
    outcome_note: str | None = None,
) -> Referral:
    """Move the referral to `state` (if the move is allowed) and audit it."""
    require(session.user, Permission.MAKE_REFERRALS)
    referral = _load(session, referral_id)
    if state is referral.state:
        return referral
    if not can_move(referral.state, state):
        raise KnownError(
            ErrorCode.INVALID_INPUT,
            field="state",
            reason=f"{referral.state.value} to {state.value}",
        )
    if state is ReferralState.CLOSED and close_reason is None:
        raise KnownError(ErrorCode.INVALID_INPUT, field="close_reason", reason="required")
    note = referral.outcome_note if outcome_note is None else outcome_note.strip()
    if len(note) > MAX_NOTE:
        raise KnownError(ErrorCode.INVALID_INPUT, field="outcome_note", reason="too long")
    now = session.clock.now()
    follow_up = _next_follow_up(session, referral, state, now.date())
    reason = close_reason if state is ReferralState.CLOSED else None
    with session.write() as conn:
        repo.update_referral(
            conn,
            referral_id,
            state=state,
            changed_at=now,
            follow_up_on=follow_up,
            close_reason=reason,
            outcome_note=note,
        )
        detail: dict[str, object] = {
            "referral_id": referral_id,
            "from_state": referral.state.value,
            "to_state": state.value,
        }
        if reason is not None:
            detail["reason"] = reason.value
        if note != referral.outcome_note:
            detail["note_changed"] = True
        session.audit(conn, Action.REFERRAL_STATE_CHANGED, RECORD, referral.client_id, **detail)
        clients_repo.touch_activity(conn, referral.client_id, now)
    log.info("referral %d: %s -> %s", referral_id, referral.state.value, state.value)
    return _load(session, referral_id)


def update_follow_up(
    session: VaultSession,
    referral_id: int,
    *,
    follow_up_on: date | object | None = _KEEP,
    outcome_note: str | None = None,
) -> Referral:
    """Change the follow-up date and/or the outcome note without changing the state."""
    require(session.user, Permission.MAKE_REFERRALS)
    referral = _load(session, referral_id)
    new_date = referral.follow_up_on if follow_up_on is _KEEP else follow_up_on
    if new_date is not None and not isinstance(new_date, date):
        raise KnownError(ErrorCode.INVALID_INPUT, field="follow_up_on", reason="not a date")
    note = referral.outcome_note if outcome_note is None else outcome_note.strip()
    if len(note) > MAX_NOTE:
        raise KnownError(ErrorCode.INVALID_INPUT, field="outcome_note", reason="too long")
    changed = []
    if new_date != referral.follow_up_on:
        changed.append("follow_up_on")
    if note != referral.outcome_note:
        changed.append("outcome_note")
    if not changed:
        return referral
    with session.write() as conn:
        repo.update_referral(
            conn,
            referral_id,
            state=referral.state,
            changed_at=referral.state_changed_at or session.clock.now(),
            follow_up_on=new_date,
            close_reason=referral.close_reason,
            outcome_note=note,
        )
        session.audit(
            conn,
            Action.REFERRAL_UPDATED,
            RECORD,
            referral.client_id,
            referral_id=referral_id,
            fields=changed,
        )
    return _load(session, referral_id)


def mark_printed(session: VaultSession, referral_ids: Iterable[int]) -> list[int]:
    """After a letter is printed or saved: created or no-show referrals become printed.

    Returns the ids that changed. For the letters area; audited per referral.
    """
    require(session.user, Permission.PRINT_LETTERS)
    changed: list[int] = []
    now = session.clock.now()
    with session.write() as conn:
        for rid in referral_ids:
            referral = repo.load_referral(conn, rid)
            if referral is None or not can_move(referral.state, ReferralState.PRINTED):
                continue
            if referral.state is ReferralState.PRINTED:
                continue
            repo.update_referral(
                conn,
                rid,
                state=ReferralState.PRINTED,
                changed_at=now,
                follow_up_on=referral.follow_up_on,
                close_reason=None,
                outcome_note=referral.outcome_note,
            )
            session.audit(
                conn,
                Action.REFERRAL_STATE_CHANGED,
                RECORD,
                referral.client_id,
                referral_id=rid,
                from_state=referral.state.value,
                to_state=ReferralState.PRINTED.value,
            )
            changed.append(rid)
    return changed


def referral_history(session: VaultSession, referral_id: int) -> list[AuditEvent]:
    """The audit events of one referral, oldest first (they are kept on its client)."""
    require(session.user, Permission.MAKE_REFERRALS)
    referral = _load(session, referral_id)
    return [
        e
        for e in events_for_record(session.conn, RECORD, referral.client_id)
        if e.detail.get("referral_id") == referral_id
    ]


def undo_state_change(session: VaultSession, before: Referral) -> Referral:
    """Put a referral back as it was just before a change made by mistake ("Attended"
    clicked on the wrong row). `before` is the referral as loaded before that change; the
    undo is refused if the referral changed again since. Audited like any change."""
    require(session.user, Permission.MAKE_REFERRALS)
    if before.id is None:
        raise KnownError(ErrorCode.INVALID_INPUT, field="referral", reason="unsaved")
    current = _load(session, before.id)
    if current.state is before.state:
        return current
    now = session.clock.now()
    with session.write() as conn:
        repo.update_referral(
            conn,
            before.id,
            state=before.state,
            changed_at=now,
            follow_up_on=before.follow_up_on,
            close_reason=before.close_reason,
            outcome_note=before.outcome_note,
        )
        session.audit(
            conn,
            Action.REFERRAL_STATE_CHANGED,
            RECORD,
            before.client_id,
            referral_id=before.id,
            from_state=current.state.value,
            to_state=before.state.value,
            undo=True,
        )
    log.info("referral %d: undo %s -> %s", before.id, current.state.value, before.state.value)
    return _load(session, before.id)


def load_referral(session: VaultSession, referral_id: int) -> Referral:
    """The referral as stored now (e.g. to keep for an undo)."""
    require(session.user, Permission.MAKE_REFERRALS)
    return _load(session, referral_id)
