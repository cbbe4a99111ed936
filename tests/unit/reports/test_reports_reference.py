"""The report SQL against a straightforward reference: on random small vaults, every raw
figure the vault computes (the fast path: temp tables, one pass per source) equals what
plain Python makes of the same rows read one table at a time.

The reference follows the rules of `intake_app.vault.reports_repo` literally (who is
served, distinct people, merged clients left out, the caseload, the 12-month trend), with
SQLite's own string rules where they matter (`trim` strips spaces only, `lower` folds
ASCII only), so any refactoring of the SQL that changes a figure fails here.
"""

from __future__ import annotations

import json
import random
import statistics
from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from intake_app.clients.demo import generate_clients
from intake_app.directory.sample import AREAS
from intake_app.domain.clients import AGE_RANGES
from intake_app.domain.languages import known_language_codes
from intake_app.domain.reports import NOT_RECORDED, OTHER, RawFigures, ReportPeriod, add_months
from intake_app.domain.taxonomy import SERVICE_TERMS
from intake_app.vault.clients_repo import bulk_insert_clients
from intake_app.vault.demo_history_repo import spread_history
from intake_app.vault.reports_repo import OUTCOME_STATES, add_year, report_figures
from intake_app.vault.session import VaultSession
from tests.unit.reports.helpers import add_directory, random_world

CATEGORIES = tuple(t.code for t in SERVICE_TERMS)
AGE_BOUNDS = tuple((a, int(a.rstrip("+").split("-")[0])) for a in AGE_RANGES)
OTHER_USER = 999
# Odd but possible stored values: spaces, capitals, empty items, unknown and doubled codes.
ODD_LANGUAGES = ("", " , ", "ES", " fr ,en", "es,es", "xx,  ", "ar,,fa", "ti", "EN, zz ,")


def _ascii_lower(text: str) -> str:
    return "".join(chr(ord(ch) + 32) if "A" <= ch <= "Z" else ch for ch in text)


def _trim(text: str) -> str:
    return text.strip(" ")


def _in(at: str | None, start: str, end: str) -> bool:
    return at is not None and start <= at < end


def _distinct(pairs: Iterable[tuple[str, int]]) -> dict[str, int]:
    people: dict[str, set[int]] = defaultdict(set)
    for category, client in pairs:
        people[category].add(client)
    return {category: len(ids) for category, ids in people.items()}


def _category(code: str) -> str:
    return code if code in CATEGORIES else OTHER


def _days(created: str, changed: str) -> float:
    delta = datetime.fromisoformat(changed) - datetime.fromisoformat(created)
    return max(0.0, delta.total_seconds() / 86400)


def reference(
    session: VaultSession, period: ReportPeriod, today: date, caseload_of: int | None
) -> RawFigures:
    """Every raw figure of a report, by reading each table whole and counting in Python."""
    q = session.conn.execute
    clients = {
        r[0]: r
        for r in q(
            "SELECT id, created_at, birth_year, age_range, languages, letter_language, area,"
            " merged_into, created_by FROM clients"
        )
    }
    needs = q("SELECT client_id, category, created_at FROM client_needs").fetchall()
    referrals = q(
        "SELECT id, client_id, service_id, state, state_changed_at, follow_up_on, created_at,"
        " created_by FROM referrals"
    ).fetchall()
    referral_cats: dict[int, list[str]] = defaultdict(list)
    for rid, cat in q("SELECT referral_id, category FROM referral_needs"):
        referral_cats[rid].append(cat)
    unmet = q("SELECT client_id, category, first_seen_on FROM unmet_needs").fetchall()
    letters = q("SELECT client_id, lang, printed_at FROM letters_printed").fetchall()
    household: dict[int, int] = defaultdict(int)
    for (cid,) in q("SELECT client_id FROM client_household"):
        household[cid] += 1
    org_names = dict(q("SELECT id, name FROM organizations").fetchall())
    service_org = {
        sid: org_names.get(oid) for sid, oid in q("SELECT id, organization_id FROM services")
    }
    areas: dict[str, str] = {}
    for (doc,) in q("SELECT doc FROM services ORDER BY rowid"):
        try:
            locations = json.loads(doc).get("locations") or []
        except ValueError:
            continue
        for location in locations:
            area = location.get("area") if isinstance(location, dict) else None
            if isinstance(area, str) and _trim(area):
                areas.setdefault(_ascii_lower(_trim(area)), _trim(area))

    scope = None
    if caseload_of is not None:
        scope = {cid for cid, c in clients.items() if c[8] == caseload_of}
        scope |= {r[1] for r in referrals if r[7] == caseload_of}

    def kept(cid: int) -> bool:
        return clients[cid][7] is None and (scope is None or cid in scope)

    s, e = period.start.isoformat(), period.end.isoformat()
    months = period.trend_months()
    first = min(period.start, months[0]).isoformat()
    activity = [(c[1], cid) for cid, c in clients.items()]
    activity += [(r[6], r[1]) for r in referrals] + [(r[4], r[1]) for r in referrals]
    activity += [(n[2], n[0]) for n in needs] + [(u[2], u[0]) for u in unmet]
    activity += [(lt[2], lt[0]) for lt in letters]
    by_month: dict[str, set[int]] = defaultdict(set)
    for at, cid in activity:
        if _in(at, first, e) and kept(cid):
            by_month[at[:7]].add(cid)
    served = set().union(*(ids for m, ids in by_month.items() if m >= s[:7]))

    year = add_year(period)
    parts: dict[str, dict[str, int]] = {
        t: defaultdict(int)
        for t in (
            "clients.new",
            "clients.age",
            "clients.household",
            "clients.letter_language",
            "clients.area",
        )
    }
    spoken: list[tuple[str, int]] = []
    no_language = 0
    for cid in served:
        c = clients[cid]
        parts["clients.new"]["new" if _in(c[1], s, e) else "returning"] += 1
        if c[2] is not None and year - c[2] >= 0:
            age = next(
                label
                for label, low in sorted(AGE_BOUNDS, key=lambda a: -a[1])
                if year - c[2] >= low
            )
        else:
            age = c[3] if c[3] in AGE_RANGES else NOT_RECORDED
        parts["clients.age"][age] += 1
        size = household[cid]
        parts["clients.household"]["5+" if size >= 4 else str(size + 1)] += 1
        parts["clients.letter_language"][c[5] if c[5] in ("fr", "en") else OTHER] += 1
        area = NOT_RECORDED if _trim(c[6]) == "" else areas.get(_ascii_lower(_trim(c[6])), OTHER)
        parts["clients.area"][area] += 1
        languages = c[4]
        if _trim(languages.replace(",", "")) == "":
            no_language += 1
        for piece in languages.replace("\\", "").replace('"', "").split(","):
            if _trim(piece):
                code = _ascii_lower(_trim(piece))
                spoken.append((code if code in known_language_codes() else OTHER, cid))

    in_period = [r for r in referrals if _in(r[6], s, e) and kept(r[1])]
    outcomes = [r for r in in_period if r[3] in OUTCOME_STATES]
    median = None
    if outcomes:
        median = round(statistics.median(_days(r[6], r[4]) for r in outcomes), 1)
    follow = []
    for r in referrals:
        if kept(r[1]) and _in(r[5], s, e) and (r[3] in OUTCOME_STATES or r[5] < today.isoformat()):
            on_time = r[3] in OUTCOME_STATES and r[4][:10] <= r[5]
            follow.append(("on-time" if on_time else "late", r[1]))
    spoken_counts = _distinct(spoken)
    if no_language:
        spoken_counts[NOT_RECORDED] = no_language
    multi = {
        "clients.spoken_languages": spoken_counts,
        "needs.category": _distinct(
            (_category(n[1]), n[0]) for n in needs if _in(n[2], s, e) and kept(n[0])
        ),
        "needs.unmet": _distinct(
            (_category(u[1]), u[0]) for u in unmet if _in(u[2], s, e) and kept(u[0])
        ),
        "referrals.category": _distinct(
            (_category(cat), r[1]) for r in in_period for cat in referral_cats[r[0]]
        ),
        "referrals.organization": _distinct(
            (service_org.get(r[2]) or OTHER, r[1]) for r in in_period
        ),
        "referrals.state": _distinct((r[3], r[1]) for r in in_period),
        "referrals.follow_up": _distinct(follow),
        "letters.language": _distinct(
            (lt[1] if lt[1] in ("fr", "en") else OTHER, lt[0])
            for lt in letters
            if _in(lt[2], s, e) and kept(lt[0])
        ),
    }

    t0, month_keys = months[0].isoformat(), [m.isoformat() for m in months]

    def series(rows: Iterable[tuple[str, int]]) -> dict[str, int]:
        got = _distinct((at[:7] + "-01", cid) for at, cid in rows if _in(at, t0, e) and kept(cid))
        return {m: got.get(m, 0) for m in month_keys}

    trend = {
        "served": {m: len(by_month.get(m[:7], ())) for m in month_keys},
        "new": series((c[1], cid) for cid, c in clients.items()),
        "referred": series((r[6], r[1]) for r in referrals),
        "unmet": series((u[2], u[0]) for u in unmet),
        "letters": series((lt[2], lt[0]) for lt in letters),
    }
    new = _distinct(
        (c[1][:7] + "-01", cid) for cid, c in clients.items() if _in(c[1], s, e) and kept(cid)
    )
    period_months = [add_months(period.start, i).isoformat() for i in range(period.month_count)]
    return RawFigures(
        served=len(served),
        partitions={t: dict(v) for t, v in parts.items()},
        multi=multi,
        trend=trend,
        median_days=(median, len({r[1] for r in outcomes})),
        new_by_month={m: new.get(m, 0) for m in period_months},
    )


def _roughen(session: VaultSession, seed: int) -> None:
    """Plant what demo data lacks: odd language lists and areas, merged clients, other
    people's clients and referrals, households of every size, letters in other languages."""
    rng = random.Random(seed)
    with session.write() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM clients ORDER BY id")]
        for cid in ids:
            roll = rng.random()
            if roll < 0.3:
                conn.execute(
                    "UPDATE clients SET languages = ? WHERE id = ?",
                    (rng.choice(ODD_LANGUAGES), cid),
                )
            elif roll < 0.4:
                conn.execute(
                    "UPDATE clients SET area = ? WHERE id = ?",
                    (rng.choice(["", "  ", " PARC-EXTENSION ", "Nowhere"]), cid),
                )
            elif roll < 0.5:
                conn.execute(
                    "UPDATE clients SET birth_year = NULL, age_range = ? WHERE id = ?",
                    (rng.choice(["", "25-34", "bogus"]), cid),
                )
            if rng.random() < 0.25:
                conn.execute("UPDATE clients SET created_by = ? WHERE id = ?", (OTHER_USER, cid))
            for position in range(rng.choice([0, 0, 1, 2, 3, 4, 6])):
                conn.execute(
                    "INSERT INTO client_household (client_id, position) VALUES (?, ?)",
                    (cid, position),
                )
        if len(ids) > 4:
            for a, b in zip(ids[0::7], ids[1::7], strict=False):
                if rng.random() < 0.5:
                    conn.execute("UPDATE clients SET merged_into = ? WHERE id = ?", (a, b))
        conn.execute("UPDATE referrals SET created_by = ? WHERE id % 3 = 0", (OTHER_USER,))
        conn.execute("UPDATE letters_printed SET lang = 'es' WHERE id % 5 = 0")


def assert_vault_figures_equal(
    session: VaultSession,
    period: ReportPeriod,
    today: date,
    caseload_of: int | None,
    expected: RawFigures,
) -> None:
    """The vault's figures equal `expected`, on one connection and in two halves on two."""
    second = session.connect()
    try:
        for other in (None, second):
            fast = report_figures(
                session.conn,
                period,
                today,
                caseload_of=caseload_of,
                known_languages=known_language_codes(),
                categories=CATEGORIES,
                age_ranges=AGE_BOUNDS,
                second=other,
            )
            assert fast.served == expected.served
            assert fast.partitions == expected.partitions
            assert fast.multi == expected.multi
            assert fast.trend == expected.trend
            assert fast.new_by_month == expected.new_by_month
            assert fast.median_days == expected.median_days
    finally:
        session.release(second)


@settings(
    max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    clients=st.integers(0, 40),
    seed=st.integers(0, 10_000),
    months=st.sampled_from(["2026-02", "2026-Q1", "2025-11", "2025", "2025-06"]),
    scope=st.sampled_from(["all", "mine", "other"]),
)
def test_the_vault_figures_equal_a_plain_reference(
    session: VaultSession, clients: int, seed: int, months: str, scope: str
) -> None:
    random_world(session, clients, seed)
    now = session.clock.now()
    _roughen(session, seed)
    period = ReportPeriod.parse(months)
    today = now.date()
    caseload_of = {"all": None, "mine": session.user.id, "other": OTHER_USER}[scope]
    expected = reference(session, period, today, caseload_of)
    assert_vault_figures_equal(session, period, today, caseload_of, expected)


def test_a_cancel_stops_both_halves_and_leaves_no_temporary_table(session: VaultSession) -> None:
    add_directory(session)
    now = session.clock.now()
    with session.write() as conn:
        bulk_insert_clients(conn, generate_clients(30, 7, AREAS), now, session.user.id)
        spread_history(conn, now, 12, 7)

    class Stop(Exception):
        pass

    def step(_fraction: float) -> None:
        raise Stop

    second = session.connect()
    try:
        with pytest.raises(Stop):
            report_figures(
                session.conn,
                ReportPeriod.parse("2025"),
                now.date(),
                caseload_of=None,
                known_languages=known_language_codes(),
                categories=CATEGORIES,
                age_ranges=AGE_BOUNDS,
                step=step,
                second=second,
            )
        for conn in (session.conn, second):
            left = conn.execute("SELECT name FROM sqlite_temp_master WHERE type = 'table'")
            assert [r[0] for r in left] == []
        assert second.execute("SELECT count(*) FROM clients").fetchone()[0] == 30
    finally:
        session.release(second)
