"""The report SQL: distinct people, what counts as served, and what never counts."""

from __future__ import annotations

from datetime import date

from intake_app.clients.merge import merge_clients
from intake_app.domain.clients import AGE_RANGES
from intake_app.domain.languages import known_language_codes
from intake_app.domain.reports import OTHER, RawFigures, ReportPeriod
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.letters.use_cases import record_printed
from intake_app.vault.reports_repo import report_figures
from intake_app.vault.session import VaultSession
from tests.unit.reports.helpers import add_directory, at, refer, service_for, take_in

FEB = ReportPeriod.parse("2026-02")


def figures(
    session: VaultSession, period: ReportPeriod = FEB, caseload_of: int | None = None
) -> RawFigures:
    return report_figures(
        session.conn,
        period,
        date(2026, 3, 11),
        caseload_of=caseload_of,
        known_languages=known_language_codes(),
        categories=[t.code for t in SERVICE_TERMS],
        age_ranges=[(a, int(a.rstrip("+").split("-")[0])) for a in AGE_RANGES],
    )


def test_one_client_referred_three_times_counts_once(session: VaultSession) -> None:
    services = add_directory(session)
    [client] = take_in(session, at(2026, 2, 3))
    for day in (4, 5, 6):
        refer(session, client, service_for(services, "housing"), at(2026, 2, day))
    raw = figures(session)
    assert raw.served == 1
    assert raw.multi["referrals.state"] == {"created": 1}
    assert raw.multi["referrals.category"] == {"housing": 1}
    assert raw.trend["referred"]["2026-02-01"] == 1


def test_new_and_returning_follow_the_intake_date(session: VaultSession) -> None:
    services = add_directory(session)
    [old] = take_in(session, at(2025, 12, 1))
    take_in(session, at(2026, 2, 2), count=2)
    take_in(session, at(2026, 4, 2))  # after the period: not served in it
    refer(session, old, service_for(services, "housing"), at(2026, 2, 20))
    raw = figures(session)
    assert raw.served == 3
    assert raw.partitions["clients.new"] == {"new": 2, "returning": 1}
    assert sum(raw.partitions["clients.age"].values()) == 3


def test_merged_clients_are_not_counted_twice(session: VaultSession) -> None:
    a, b = take_in(session, at(2026, 2, 3), count=2)
    assert a.id is not None and b.id is not None
    merge_clients(session, a.id, b.id)
    assert figures(session).served == 1


def test_the_caseload_is_what_the_person_took_in_or_referred(session: VaultSession) -> None:
    services = add_directory(session)
    mine = take_in(session, at(2026, 2, 3), count=2)
    assert figures(session, caseload_of=session.user.id).served == 2
    assert figures(session, caseload_of=session.user.id + 99).served == 0
    refer(session, mine[0], service_for(services, "housing"), at(2026, 2, 5))
    assert figures(session, caseload_of=session.user.id).served == 2


def test_an_area_counts_only_when_the_directory_knows_it(session: VaultSession) -> None:
    add_directory(session)
    take_in(session, at(2026, 2, 3), area="parc-extension")
    take_in(session, at(2026, 2, 3), area="Chez Amina Diallo, 3e étage")
    take_in(session, at(2026, 2, 3), area="")
    areas = figures(session).partitions["clients.area"]
    assert areas == {"Parc-Extension": 1, OTHER: 1, "~not-recorded": 1}


def test_unknown_language_codes_are_other_and_a_person_counts_in_each_language(
    session: VaultSession,
) -> None:
    take_in(session, at(2026, 2, 3), languages=("es", "fr", "zz-nonsense\"'"))
    spoken = figures(session).multi["clients.spoken_languages"]
    assert spoken == {"es": 1, "fr": 1, OTHER: 1}


def test_printing_a_letter_records_its_language_for_the_reports(session: VaultSession) -> None:
    services = add_directory(session)
    [client] = take_in(session, at(2026, 2, 3))
    rid = refer(session, client, service_for(services, "housing"), at(2026, 2, 4))
    session.clock.current = at(2026, 2, 5)  # type: ignore[attr-defined]
    record_printed(session, [rid], pages=1)
    raw = figures(session)
    assert raw.multi["letters.language"] == {"en": 1}
    assert raw.trend["letters"]["2026-02-01"] == 1


def test_an_empty_period_counts_nobody(session: VaultSession) -> None:
    take_in(session, at(2026, 2, 3), count=4)
    raw = figures(session, ReportPeriod.parse("2025-06"))
    assert raw.served == 0
    assert all(v == 0 for v in raw.partitions["clients.new"].values())
