"""Consent runs twelve months by default, can be revoked, and expiring ones are listed."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from intake_app.clients.consent import (
    add_months,
    default_expiry,
    expiring_consents,
    is_expiring,
    new_consent,
    revoke,
    shares_in_force,
)
from intake_app.domain.clients import Client, ShareItem
from intake_app.vault.session import VaultSession
from tests.unit.clients.helpers import add


def test_default_expiry_is_twelve_months_and_handles_leap_days() -> None:
    assert default_expiry(date(2026, 3, 11)) == date(2027, 3, 11)
    assert default_expiry(date(2028, 2, 29)) == date(2029, 2, 28)
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


@given(
    st.dates(min_value=date(2000, 1, 1), max_value=date(2090, 1, 1)),
    st.integers(min_value=1, max_value=60),
)
def test_add_months_always_lands_in_the_right_month(day: date, months: int) -> None:
    later = add_months(day, months)
    assert (later.year * 12 + later.month) - (day.year * 12 + day.month) == months
    assert later.day <= day.day


def test_a_revoked_or_expired_consent_no_longer_shares() -> None:
    c = new_consent("referral", frozenset({ShareItem.NAME}), date(2026, 1, 1))
    client = Client(given_name="A", consents=(c,))
    assert shares_in_force(client, date(2026, 6, 1)) == {ShareItem.NAME}
    assert shares_in_force(client, date(2027, 1, 2)) == frozenset()
    revoked = Client(given_name="A", consents=(revoke(c, date(2026, 2, 1)),))
    assert shares_in_force(revoked, date(2026, 6, 1)) == frozenset()


def test_expiring_consents_are_listed_soonest_first(session: VaultSession) -> None:
    today = session.clock.now().date()
    soon = new_consent("referral", frozenset({ShareItem.NAME}), date(2025, 3, 20))
    later = new_consent("referral", frozenset({ShareItem.NAME}), date(2025, 3, 15))
    far = new_consent("referral", frozenset({ShareItem.NAME}), date(2026, 1, 1))
    a = add(session, "A", consents=(soon,))
    b = add(session, "B", consents=(later, far))
    listed = expiring_consents(session, today, within_days=30)
    assert [(h.id, c.expires_on) for h, c in listed] == [
        (b.id, date(2026, 3, 15)),
        (a.id, date(2026, 3, 20)),
    ]
    assert is_expiring(soon, today) and not is_expiring(far, today)
