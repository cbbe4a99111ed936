"""Follow-up dates: the default per urgency (a vault setting), and what is due."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from intake_app.domain.common import Urgency
from intake_app.domain.permissions import Permission, require
from intake_app.domain.referrals import ReferralFilter, ReferralRow
from intake_app.vault import referrals_repo as repo
from intake_app.vault import users_repo
from intake_app.vault.session import VaultSession
from intake_app.vault.settings_repo import get_setting

_SETTING = {
    Urgency.TODAY: "referrals.follow_up_days.today",
    Urgency.THIS_WEEK: "referrals.follow_up_days.this_week",
    Urgency.LATER: "referrals.follow_up_days.later",
}


def follow_up_days(session: VaultSession, urgency: Urgency) -> int:
    return int(get_setting(session.conn, _SETTING[urgency]))


def default_follow_up(session: VaultSession, urgencies: Iterable[Urgency], on: date) -> date:
    """The soonest follow-up any of the needs calls for (a need for today: in two days)."""
    days = [follow_up_days(session, u) for u in urgencies] or [
        follow_up_days(session, Urgency.THIS_WEEK)
    ]
    return on + timedelta(days=min(days))


def follow_ups_due(
    session: VaultSession, on: date | None = None, *, mine_only: bool = False
) -> list[ReferralRow]:
    """Open referrals whose follow-up date has come, oldest first: today's work."""
    require(session.user, Permission.MAKE_REFERRALS)
    day = on or session.clock.now().date()
    return repo.list_referrals(
        session.conn,
        ReferralFilter(due_on_or_before=day, created_by=session.user.id if mine_only else None),
    )


def list_referrals(session: VaultSession, f: ReferralFilter) -> list[ReferralRow]:
    require(session.user, Permission.MAKE_REFERRALS)
    return repo.list_referrals(session.conn, f)


def filter_choices(session: VaultSession) -> tuple[list[tuple[int, str]], list[tuple[str, str]]]:
    """(user id, name) of active staff and (service id, name) of referred services, for the
    referral list's filters."""
    require(session.user, Permission.MAKE_REFERRALS)
    users = [(u.id, u.name) for u in users_repo.list_users(session.conn)]
    return users, list(repo.referred_services(session.conn))
