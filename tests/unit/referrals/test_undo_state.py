"""Undo after a referral outcome clicked by mistake."""

from __future__ import annotations

from intake_app.domain.audit import Action
from intake_app.domain.referrals import ReferralState
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.referrals.state import change_state, load_referral, undo_state_change
from intake_app.vault.audit import query_events
from intake_app.vault.session import VaultSession
from tests.unit.referrals.helpers import seed


def test_undo_puts_state_follow_up_and_note_back_and_is_audited(session: VaultSession) -> None:
    world = seed(session)
    need = world.client.needs[0]
    assert need.id is not None
    [made] = create_referrals(
        session, world.client.id, [ReferralPick(world.service_for(need.category).id, (need.id,))]
    )
    assert made.id is not None
    before = load_referral(session, made.id)
    after = change_state(session, made.id, ReferralState.ATTENDED, outcome_note="went")
    assert after.state is ReferralState.ATTENDED and after.follow_up_on is None
    undone = undo_state_change(session, before)
    assert undone.state is before.state
    assert undone.follow_up_on == before.follow_up_on
    assert undone.outcome_note == before.outcome_note
    events = query_events(session.conn, action=Action.REFERRAL_STATE_CHANGED, limit=10)
    assert events[0].detail["undo"] is True
    assert events[0].detail["to_state"] == before.state.value
