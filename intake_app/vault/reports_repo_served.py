"""The people served in a report's period, split five ways and by spoken language, from
one grouped read of their records (see `reports_repo`: the only client columns read are
the record dates, birth year / age range, letter language, area and spoken languages)."""

from __future__ import annotations

from collections.abc import Sequence

from intake_app.domain.reports import NOT_RECORDED, OTHER, ReportPeriod
from intake_app.vault.database import Connection

CLIENT_BITS = 0xFFFFFFFF  # the client id's share of an activity key (`reports_repo`)


def add_year(period: ReportPeriod) -> int:
    """The year in which ages are counted: the year of the period's last day."""
    return period.end.year if period.end.month > 1 else period.end.year - 1


def served_people(
    conn: Connection,
    period: ReportPeriod,
    age_ranges: Sequence[tuple[str, int]],
    known_languages: frozenset[str],
) -> tuple[int, dict[str, dict[str, int]], dict[str, int]]:
    """The people served in the period and their five partitions and spoken languages,
    from one read of their records.

    Each person's five categories are folded into one small integer in SQL (new,
    then age, household, letter language and area, each a few bits) and the people
    grouped by it and by their language list: SQLite sorts integers far faster than
    five strings, and the few thousand groups are unfolded here."""
    ages = sorted(age_ranges, key=lambda a: -a[1])
    if len(ages) >= 15:
        raise ValueError("at most 14 age ranges fit the packed key")
    age_labels = [label for label, _low in ages] + [NOT_RECORDED]
    by_year = " ".join(
        f"WHEN :y - c.birth_year >= {low} THEN {i}" for i, (_l, low) in enumerate(ages)
    )
    given = " ".join(f"WHEN '{label}' THEN {i}" for i, (label, _low) in enumerate(ages))
    none = len(ages)
    age = (
        f"CASE WHEN c.birth_year IS NOT NULL AND :y - c.birth_year >= 0 THEN CASE {by_year}"
        f" ELSE {none} END ELSE CASE c.age_range {given} ELSE {none} END END"
    )
    household = "min(4, (SELECT count(*) FROM client_household h WHERE h.client_id = c.id))"
    letter = "CASE c.letter_language WHEN 'fr' THEN 0 WHEN 'en' THEN 1 ELSE 2 END"
    # 0: not recorded, 1: not one of the directory's areas, else the area's row + 1.
    area = (
        "CASE WHEN trim(c.area) = '' THEN 0 ELSE coalesce((SELECT a.rowid + 1 FROM rep_area a"
        " WHERE a.folded = lower(trim(c.area))), 1) END"
    )
    # SQLite gives `|` and `<<` the same precedence: every part in parentheses.
    parts = [("c.created_at >= :s AND c.created_at < :e", 0), (age, 1), (household, 5)]
    parts += [(letter, 8), (area, 10)]
    key = " | ".join(f"(({sql}) << {shift})" for sql, shift in parts)
    areas = {0: NOT_RECORDED, 1: OTHER}
    areas.update(
        (int(r[0]) + 1, str(r[1])) for r in conn.execute("SELECT rowid, label FROM rep_area")
    )
    letters = ("fr", "en", OTHER)
    households = ("1", "2", "3", "4", "5+")
    ids = (
        "clients.new",
        "clients.age",
        "clients.household",
        "clients.letter_language",
        "clients.area",
    )
    partitions: dict[str, dict[str, int]] = {tid: {} for tid in ids}
    lists: dict[str, int] = {}
    served = 0
    for packed, languages, n in conn.execute(
        f"SELECT {key}, c.languages, count(*) FROM clients c WHERE c.id IN"
        f" (SELECT key & {CLIENT_BITS} FROM rep_activity WHERE key >= :k) GROUP BY 1, 2",
        {
            "s": period.start.isoformat(),
            "e": period.end.isoformat(),
            "k": (period.start.year * 12 + period.start.month - 1) << 32,
            "y": add_year(period),
        },
    ):
        k, n = int(packed), int(n)
        served += n
        values = (
            "new" if k & 1 else "returning",
            age_labels[k >> 1 & 15],
            households[k >> 5 & 7],
            letters[k >> 8 & 3],
            areas[k >> 10],
        )
        for tid, value in zip(ids, values, strict=True):
            partitions[tid][value] = partitions[tid].get(value, 0) + n
        text = str(languages or "")
        lists[text] = lists.get(text, 0) + n
    return served, partitions, spoken_languages(lists, known_languages)


def spoken_languages(lists: dict[str, int], known: frozenset[str]) -> dict[str, int]:
    """People by each language they speak (one person may count in several), from the
    number of people with each stored list.

    The stored lists are few and short: each distinct list is split here once (spaces
    trimmed, ASCII capitals folded, as SQLite would)."""
    people: dict[str, int] = {}
    for text, n in lists.items():
        codes = set()
        for piece in text.replace("\\", "").replace('"', "").split(","):
            code = _ascii_lower(piece.strip(" "))
            if code:
                codes.add(code if code in known else OTHER)
        if not text.replace(",", "").strip(" "):
            codes.add(NOT_RECORDED)
        for code in codes:
            people[code] = people.get(code, 0) + int(n)
    return people


def _ascii_lower(text: str) -> str:
    """SQLite's lower(): ASCII capitals only (codes are compared as the SQL did)."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}
