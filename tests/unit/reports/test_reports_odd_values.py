"""Categories the report does not know (a need, an unmet need or a referral filed under a
retired category code, a letter in a third language) count together as "other", as
distinct people, on one connection and in two halves: against the plain reference."""

from __future__ import annotations

import pytest

from intake_app.domain.reports import OTHER, ReportPeriod
from intake_app.vault.session import VaultSession
from tests.unit.reports.helpers import random_world
from tests.unit.reports.test_reports_reference import assert_vault_figures_equal, reference


def _retire_some_codes(session: VaultSession) -> None:
    with session.write() as conn:
        conn.execute("UPDATE client_needs SET category = 'retired-a' WHERE id % 3 = 0")
        conn.execute("UPDATE client_needs SET category = 'retired-b' WHERE id % 3 = 1")
        conn.execute("UPDATE unmet_needs SET category = 'retired-a' WHERE id % 2 = 0")
        conn.execute("UPDATE referral_needs SET category = 'retired-c' WHERE rowid % 2 = 0")
        conn.execute("UPDATE letters_printed SET lang = 'es' WHERE id % 2 = 0")
        conn.execute("UPDATE letters_printed SET lang = 'ar' WHERE id % 3 = 0")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_unknown_codes_count_once_per_person_as_other(session: VaultSession, seed: int) -> None:
    random_world(session, 40, seed)
    _retire_some_codes(session)
    today = session.clock.now().date()
    period = ReportPeriod.parse(f"{today.year - 1}")
    expected = reference(session, period, today, None)
    for table in ("needs.category", "needs.unmet", "referrals.category", "letters.language"):
        assert expected.multi[table].get(OTHER, 0) > 0, table  # the example has some
    assert_vault_figures_equal(session, period, today, None, expected)
