"""Report SQL: counts of distinct people over a period, and nothing else.

Every query returns (category, number of distinct clients). No name, note, barrier,
masked note, consent or free-text column is read here: the only client columns used are
the record dates, birth year / age range, letter language, spoken language codes and the
area (which counts only when it matches an area of the directory, so a name typed into it
can never become a category). People are "served" in a period when something was done
for them in it: taken in, a need recorded, routed with an unmet need, referred, a
referral moved on, or a letter printed. Clients merged into another are not counted.

The period's served clients go into a temporary table (in memory: temp_store is MEMORY)
that the other queries join, so the activity union is read once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from typing import Any

from intake_app.domain.reports import NOT_RECORDED, OTHER, RawFigures, ReportPeriod, add_months
from intake_app.vault.database import Connection

OUTCOME_STATES = ("attended", "no-show", "declined", "closed")


def record_letters_printed(
    conn: Connection, referral_ids: Iterable[int], at: datetime, user_id: int | None
) -> None:
    """One row per referral whose letter was printed or saved, in the caller's transaction:
    for "letters printed, by language" (the language is the referral's letter language)."""
    conn.executemany(
        "INSERT INTO letters_printed (referral_id, client_id, lang, printed_at, printed_by)"
        " SELECT id, client_id, letter_language, ?, ? FROM referrals WHERE id = ?",
        [(at.isoformat(timespec="seconds"), user_id, rid) for rid in referral_ids],
    )


def _no_step(_fraction: float) -> None:
    return None


_REPORT_CACHE_KIB = -65536  # 64 MiB of page cache while a report is computed
_TEMP_TABLES = ("rep_scope", "rep_lang", "rep_area", "rep_served", "rep_activity", "rep_merged")

# Everything done for a person, as (client_id, at) in [:s, :e); each reads a covering index.
# The first four are also the trend's series: taken in, referred, unmet need, letter.
_ACTIVITY = (
    "SELECT id AS client_id, created_at AS at FROM clients"
    " WHERE created_at >= :s AND created_at < :e",
    "SELECT client_id, created_at AS at FROM referrals WHERE created_at >= :s AND created_at < :e",
    "SELECT client_id, first_seen_on AS at FROM unmet_needs"
    " WHERE first_seen_on >= :s AND first_seen_on < :e",
    "SELECT client_id, printed_at AS at FROM letters_printed"
    " WHERE printed_at >= :s AND printed_at < :e",
    "SELECT client_id, created_at AS at FROM client_needs"
    " WHERE created_at >= :s AND created_at < :e",
    "SELECT client_id, state_changed_at AS at FROM referrals"
    " WHERE state_changed_at >= :s AND state_changed_at < :e",
)


class ReportQueries:
    """The queries for one report on one connection; `close()` drops the temp tables."""

    def __init__(
        self,
        conn: Connection,
        *,
        caseload_of: int | None,
        known_languages: Iterable[str],
        categories: Sequence[str],
        age_ranges: Sequence[tuple[str, int]],
    ) -> None:
        self.conn = conn
        self.scoped = caseload_of is not None
        self.categories = tuple(categories)
        self.age_ranges = tuple(age_ranges)
        self._cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        # The report reads the same tables several times: a larger page cache for this
        # connection only saves decrypting the same pages again (restored on close).
        conn.execute(f"PRAGMA cache_size = {_REPORT_CACHE_KIB}")
        for name in _TEMP_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        conn.execute("CREATE TEMP TABLE rep_lang (code TEXT PRIMARY KEY) WITHOUT ROWID")
        conn.executemany(
            "INSERT OR IGNORE INTO rep_lang VALUES (?)", [(c,) for c in known_languages]
        )
        conn.execute("CREATE TEMP TABLE rep_area (folded TEXT PRIMARY KEY, label TEXT NOT NULL)")
        conn.execute(
            "INSERT OR IGNORE INTO rep_area SELECT lower(trim(json_extract(l.value, '$.area'))),"
            " trim(json_extract(l.value, '$.area')) FROM services s,"
            " json_each(s.doc, '$.locations') l WHERE json_valid(s.doc)"
            " AND trim(coalesce(json_extract(l.value, '$.area'), '')) != ''"
        )
        conn.execute(
            "CREATE TEMP TABLE rep_served (client_id INTEGER PRIMARY KEY, is_new INTEGER NOT NULL,"
            " age TEXT, household TEXT, letter TEXT, area TEXT, languages TEXT)"
        )
        conn.execute(
            "CREATE TEMP TABLE rep_activity (month TEXT NOT NULL, client_id INTEGER NOT NULL,"
            " PRIMARY KEY (month, client_id)) WITHOUT ROWID"
        )
        conn.execute("CREATE TEMP TABLE rep_merged (client_id INTEGER PRIMARY KEY)")
        conn.execute("INSERT INTO rep_merged SELECT id FROM clients WHERE merged_into IS NOT NULL")
        if caseload_of is not None:
            conn.execute("CREATE TEMP TABLE rep_scope (client_id INTEGER PRIMARY KEY)")
            conn.execute(
                "INSERT OR IGNORE INTO rep_scope SELECT id FROM clients WHERE created_by = :u"
                " UNION SELECT client_id FROM referrals WHERE created_by = :u",
                {"u": caseload_of},
            )

    def close(self) -> None:
        for name in _TEMP_TABLES:
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        self.conn.execute(f"PRAGMA cache_size = {self._cache}")

    def _keep(self, column: str) -> str:
        """The filter every counted row passes: not merged away, and in the caseload."""
        sql = f"{column} NOT IN rep_merged"
        if self.scoped:
            sql += f" AND {column} IN rep_scope"
        return sql

    # -- the period's tables ---------------------------------------------------------------

    def figures(
        self, period: ReportPeriod, today: date, step: Callable[[float], None] = _no_step
    ) -> RawFigures:
        """`step(fraction)` is called between queries (progress; it may raise to stop)."""
        p = {"s": period.start.isoformat(), "e": period.end.isoformat()}
        served = self._fill_served(period)
        step(0.35)
        partitions = self._partitions()
        cat = self._category_case("category")

        def keep(alias: str) -> str:
            return self._keep(f"{alias}.client_id")

        multi = {
            "clients.spoken_languages": self._spoken(),
            "needs.category": self._pairs(
                f"SELECT {cat}, count(DISTINCT n.client_id) FROM client_needs n"
                f" WHERE n.created_at >= :s AND n.created_at < :e AND {keep('n')} GROUP BY 1",
                p,
            ),
            "needs.unmet": self._pairs(
                f"SELECT {cat}, count(DISTINCT u.client_id) FROM unmet_needs u"
                f" WHERE u.first_seen_on >= :s AND u.first_seen_on < :e AND {keep('u')} GROUP BY 1",
                p,
            ),
            "referrals.category": self._pairs(
                f"SELECT {self._category_case('rn.category')}, count(DISTINCT r.client_id)"
                " FROM referrals r JOIN referral_needs rn ON rn.referral_id = r.id"
                f" WHERE r.created_at >= :s AND r.created_at < :e AND {keep('r')} GROUP BY 1",
                p,
            ),
            "referrals.organization": self._pairs(
                f"SELECT coalesce(o.name, '{OTHER}'), count(DISTINCT r.client_id)"
                " FROM referrals r LEFT JOIN services sv ON sv.id = r.service_id"
                " LEFT JOIN organizations o ON o.id = sv.organization_id"
                f" WHERE r.created_at >= :s AND r.created_at < :e AND {keep('r')} GROUP BY 1",
                p,
            ),
            "referrals.state": self._pairs(
                "SELECT r.state, count(DISTINCT r.client_id) FROM referrals r"
                f" WHERE r.created_at >= :s AND r.created_at < :e AND {keep('r')} GROUP BY 1",
                p,
            ),
            "referrals.follow_up": self._follow_ups(p, today),
            "letters.language": self._pairs(
                "SELECT CASE WHEN l.lang IN ('fr', 'en') THEN l.lang ELSE"
                f" '{OTHER}' END, count(DISTINCT l.client_id) FROM letters_printed l"
                f" WHERE l.printed_at >= :s AND l.printed_at < :e AND {keep('l')} GROUP BY 1",
                p,
            ),
        }
        step(0.7)
        trend = self._trend(period)
        step(0.85)
        return RawFigures(
            served=served,
            partitions=partitions,
            multi=multi,
            trend=trend,
            median_days=self._median_days(p),
            new_by_month=self._new_by_month(period),
        )

    def _new_by_month(self, period: ReportPeriod) -> dict[str, int]:
        got = self._pairs(
            "SELECT substr(created_at, 1, 7) || '-01', count(*) FROM clients"
            f" WHERE created_at >= :s AND created_at < :e AND {self._keep('id')} GROUP BY 1",
            {"s": period.start.isoformat(), "e": period.end.isoformat()},
        )
        months = [add_months(period.start, i) for i in range(period.month_count)]
        return {m.isoformat(): got.get(m.isoformat(), 0) for m in months}

    def _fill_served(self, period: ReportPeriod) -> int:
        """Who had something done for them, month by month over the trend's 12 months and
        the period; then, once per person served in the period, their categories."""
        months = period.trend_months()
        first = min(period.start, months[0])
        p = {"s": first.isoformat(), "e": period.end.isoformat()}
        c = self.conn
        for sql in _ACTIVITY:
            c.execute(
                "INSERT OR IGNORE INTO rep_activity SELECT substr(at, 1, 7), client_id"
                f" FROM ({sql}) WHERE {self._keep('client_id')}",
                p,
            )
        c.execute(
            "INSERT INTO rep_served (client_id, is_new, age, household, letter, area, languages)"
            " SELECT c.id, c.created_at >= :s AND c.created_at < :e,"
            f" {self._age_case()},"
            " CASE WHEN coalesce(h.n, 0) >= 4 THEN '5+' ELSE CAST(coalesce(h.n, 0) + 1 AS TEXT)"
            " END,"
            " CASE WHEN c.letter_language IN ('fr', 'en') THEN c.letter_language"
            f" ELSE '{OTHER}' END,"
            f" CASE WHEN trim(c.area) = '' THEN '{NOT_RECORDED}'"
            f" WHEN a.label IS NULL THEN '{OTHER}' ELSE a.label END,"
            " c.languages"
            " FROM (SELECT DISTINCT client_id FROM rep_activity WHERE month >= :m) i"
            " JOIN clients c ON c.id = i.client_id"
            " LEFT JOIN (SELECT client_id, count(*) AS n FROM client_household"
            "   GROUP BY client_id) h ON h.client_id = c.id"
            " LEFT JOIN rep_area a ON a.folded = lower(trim(c.area))",
            {
                "s": period.start.isoformat(),
                "e": period.end.isoformat(),
                "m": period.start.isoformat()[:7],
                "y": add_year(period),
            },
        )
        return int(c.execute("SELECT count(*) FROM rep_served").fetchone()[0])

    def _partitions(self) -> dict[str, dict[str, int]]:
        """The five ways of splitting the people served, from one pass over them."""
        ids = (
            "clients.new",
            "clients.age",
            "clients.household",
            "clients.letter_language",
            "clients.area",
        )
        out: dict[str, dict[str, int]] = {tid: {} for tid in ids}
        for row in self.conn.execute(
            "SELECT CASE is_new WHEN 1 THEN 'new' ELSE 'returning' END, age, household, letter,"
            " area, count(*) FROM rep_served GROUP BY 1, 2, 3, 4, 5"
        ):
            n = int(row[5])
            for tid, value in zip(ids, row[:5], strict=True):
                out[tid][str(value)] = out[tid].get(str(value), 0) + n
        return out

    def _pairs(self, sql: str, params: dict[str, Any] | None = None) -> dict[str, int]:
        return {str(r[0]): int(r[1]) for r in self.conn.execute(sql, params or {})}

    def _age_case(self) -> str:
        """The age range at the end of the period from the birth year, else the range given."""
        parts = [
            f"WHEN :y - c.birth_year >= {low} THEN '{label}'"
            for label, low in sorted(self.age_ranges, key=lambda a: -a[1])
        ]
        known = ", ".join(f"'{label}'" for label, _low in self.age_ranges)
        return (
            "CASE WHEN c.birth_year IS NOT NULL AND :y - c.birth_year >= 0 THEN CASE "
            + " ".join(parts)
            + f" END WHEN c.age_range IN ({known}) THEN c.age_range ELSE '{NOT_RECORDED}' END"
        )

    def _category_case(self, column: str) -> str:
        known = ", ".join(f"'{code}'" for code in self.categories)
        return f"CASE WHEN {column} IN ({known}) THEN {column} ELSE '{OTHER}' END"

    def _spoken(self) -> dict[str, int]:
        """People by each language they speak (one person may count in several)."""
        counts = self._pairs(
            f"SELECT coalesce(k.code, '{OTHER}'), count(DISTINCT s.client_id) FROM rep_served s,"
            " json_each('[\"' || replace(replace(replace(s.languages, '\\', ''), '\"', ''),"
            " ',', '\",\"') || '\"]') j"
            " LEFT JOIN rep_lang k ON k.code = lower(trim(j.value))"
            " WHERE s.languages != '' AND trim(j.value) != '' GROUP BY 1"
        )
        none = self.conn.execute(
            "SELECT count(*) FROM rep_served s WHERE trim(replace(s.languages, ',', '')) = ''"
        ).fetchone()[0]
        if none:
            counts[NOT_RECORDED] = int(none)
        return counts

    def _follow_ups(self, p: dict[str, str], today: date) -> dict[str, int]:
        """Referrals whose follow-up date fell in the period: the outcome recorded on or
        before that date (on time), or after it / still missing once it has passed (late)."""
        outcomes = ", ".join(f"'{s}'" for s in OUTCOME_STATES)
        return self._pairs(
            "SELECT CASE WHEN r.state IN (" + outcomes + ") AND substr(r.state_changed_at, 1, 10)"
            " <= r.follow_up_on THEN 'on-time' ELSE 'late' END, count(DISTINCT r.client_id)"
            " FROM referrals r"
            f" WHERE {self._keep('r.client_id')}"
            " AND r.follow_up_on >= :s AND r.follow_up_on < :e AND (r.state IN ("
            + outcomes
            + ") OR r.follow_up_on < :t) GROUP BY 1",
            {**p, "t": today.isoformat()},
        )

    def _median_days(self, p: dict[str, str]) -> tuple[float | None, int]:
        """Median days from referral to its outcome, over referrals made in the period that
        have one, and how many distinct people those referrals are for."""
        outcomes = ", ".join(f"'{s}'" for s in OUTCOME_STATES)
        base = (
            f" FROM referrals r WHERE {self._keep('r.client_id')}"
            f" AND r.created_at >= :s AND r.created_at < :e AND r.state IN ({outcomes})"
        )
        n, people = self.conn.execute(
            "SELECT count(*), count(DISTINCT r.client_id)" + base, p
        ).fetchone()
        if not n:
            return None, 0
        days = "max(0, julianday(r.state_changed_at) - julianday(r.created_at))"
        rows = self.conn.execute(
            f"SELECT {days} AS d" + base + " ORDER BY d LIMIT :lim OFFSET :off",
            {**p, "lim": 2 - n % 2, "off": (n - 1) // 2},
        ).fetchall()
        values = [float(r[0]) for r in rows]
        return round(sum(values) / len(values), 1), int(people)

    # -- the trend -------------------------------------------------------------------------

    def _trend(self, period: ReportPeriod) -> dict[str, dict[str, int]]:
        """People per month over the 12 months ending with the period: served, new,
        referred, with an unmet need, with a letter printed."""
        months = period.trend_months()
        p = {"s": months[0].isoformat(), "e": period.end.isoformat()}

        def series(sql: str) -> dict[str, int]:
            got = self._pairs(
                "SELECT substr(at, 1, 7) || '-01', count(DISTINCT client_id)"
                f" FROM ({sql}) WHERE {self._keep('client_id')} GROUP BY 1",
                p,
            )
            return {m.isoformat(): got.get(m.isoformat(), 0) for m in months}

        served = self._pairs(
            "SELECT month || '-01', count(*) FROM rep_activity WHERE month >= :m GROUP BY 1",
            {"m": p["s"][:7]},
        )
        new, referred, unmet, letters = _ACTIVITY[:4]
        return {
            "served": {m.isoformat(): served.get(m.isoformat(), 0) for m in months},
            "new": series(new),
            "referred": series(referred),
            "unmet": series(unmet),
            "letters": series(letters),
        }


def add_year(period: ReportPeriod) -> int:
    """The year in which ages are counted: the year of the period's last day."""
    return period.end.year if period.end.month > 1 else period.end.year - 1


def report_figures(
    conn: Connection,
    period: ReportPeriod,
    today: date,
    *,
    caseload_of: int | None,
    known_languages: Iterable[str],
    categories: Sequence[str],
    age_ranges: Sequence[tuple[str, int]],
    step: Callable[[float], None] = _no_step,
) -> RawFigures:
    """Every table of a report, read in one go on `conn` (a worker's own connection)."""
    queries = ReportQueries(
        conn,
        caseload_of=caseload_of,
        known_languages=known_languages,
        categories=categories,
        age_ranges=age_ranges,
    )
    try:
        return queries.figures(period, today, step)
    finally:
        queries.close()
