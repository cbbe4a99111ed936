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

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from intake_app.domain.reports import NOT_RECORDED, OTHER, RawFigures, ReportPeriod
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


def _activity(scoped: bool) -> str:
    """Client ids with something done for them in [:s, :e) (the union of every activity)."""
    sql = """
        SELECT id AS client_id FROM clients WHERE created_at >= :s AND created_at < :e
        UNION SELECT client_id FROM client_needs WHERE created_at >= :s AND created_at < :e
        UNION SELECT client_id FROM unmet_needs WHERE first_seen_on >= :s AND first_seen_on < :e
        UNION SELECT client_id FROM referrals WHERE created_at >= :s AND created_at < :e
        UNION SELECT client_id FROM referrals
            WHERE state_changed_at >= :s AND state_changed_at < :e
        UNION SELECT client_id FROM letters_printed WHERE printed_at >= :s AND printed_at < :e
    """
    if scoped:
        sql = f"SELECT client_id FROM ({sql}) WHERE client_id IN (SELECT client_id FROM rep_scope)"
    return sql


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
        conn.execute("DROP TABLE IF EXISTS temp.rep_scope")
        conn.execute("DROP TABLE IF EXISTS temp.rep_lang")
        conn.execute("DROP TABLE IF EXISTS temp.rep_area")
        conn.execute("DROP TABLE IF EXISTS temp.rep_served")
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
            "CREATE TEMP TABLE rep_served (client_id INTEGER PRIMARY KEY, is_new INTEGER NOT NULL)"
        )
        if caseload_of is not None:
            conn.execute("CREATE TEMP TABLE rep_scope (client_id INTEGER PRIMARY KEY)")
            conn.execute(
                "INSERT OR IGNORE INTO rep_scope SELECT id FROM clients WHERE created_by = :u"
                " UNION SELECT client_id FROM referrals WHERE created_by = :u",
                {"u": caseload_of},
            )

    def close(self) -> None:
        for name in ("rep_scope", "rep_lang", "rep_area", "rep_served"):
            self.conn.execute(f"DROP TABLE IF EXISTS temp.{name}")

    # -- the period's tables ---------------------------------------------------------------

    def figures(self, period: ReportPeriod, today: date) -> RawFigures:
        p = {"s": period.start.isoformat(), "e": period.end.isoformat()}
        c = self.conn
        c.execute("DELETE FROM rep_served")
        c.execute(
            "INSERT INTO rep_served SELECT c.id, c.created_at >= :s AND c.created_at < :e"
            " FROM clients c"
            f" WHERE c.merged_into IS NULL AND c.id IN ({_activity(self.scoped)})",
            p,
        )
        served = int(c.execute("SELECT count(*) FROM rep_served").fetchone()[0])
        partitions = {
            "clients.new": self._pairs(
                "SELECT CASE is_new WHEN 1 THEN 'new' ELSE 'returning' END, count(*)"
                " FROM rep_served GROUP BY 1"
            ),
            "clients.age": self._pairs(
                f"SELECT {self._age_case()}, count(*) FROM rep_served s"
                " JOIN clients c ON c.id = s.client_id GROUP BY 1",
                {"y": add_year(period)},
            ),
            "clients.household": self._pairs(
                "SELECT CASE WHEN n >= 4 THEN '5+' ELSE CAST(n + 1 AS TEXT) END, count(*) FROM"
                " (SELECT (SELECT count(*) FROM client_household h"
                " WHERE h.client_id = s.client_id) AS n FROM rep_served s) GROUP BY 1"
            ),
            "clients.letter_language": self._pairs(
                "SELECT CASE WHEN c.letter_language IN ('fr', 'en') THEN c.letter_language"
                f" ELSE '{OTHER}' END, count(*) FROM rep_served s"
                " JOIN clients c ON c.id = s.client_id GROUP BY 1"
            ),
            "clients.area": self._pairs(
                f"SELECT CASE WHEN trim(c.area) = '' THEN '{NOT_RECORDED}'"
                f" WHEN a.label IS NULL THEN '{OTHER}' ELSE a.label END, count(*)"
                " FROM rep_served s JOIN clients c ON c.id = s.client_id"
                " LEFT JOIN rep_area a ON a.folded = lower(trim(c.area)) GROUP BY 1"
            ),
        }
        cat = self._category_case("category")
        multi = {
            "clients.spoken_languages": self._spoken(),
            "needs.category": self._pairs(
                f"SELECT {cat}, count(DISTINCT n.client_id) FROM client_needs n"
                " JOIN rep_served s ON s.client_id = n.client_id"
                " WHERE n.created_at >= :s AND n.created_at < :e GROUP BY 1",
                p,
            ),
            "needs.unmet": self._pairs(
                f"SELECT {cat}, count(DISTINCT u.client_id) FROM unmet_needs u"
                " JOIN rep_served s ON s.client_id = u.client_id"
                " WHERE u.first_seen_on >= :s AND u.first_seen_on < :e GROUP BY 1",
                p,
            ),
            "referrals.category": self._pairs(
                f"SELECT {self._category_case('rn.category')}, count(DISTINCT r.client_id)"
                " FROM referrals r JOIN rep_served s ON s.client_id = r.client_id"
                " JOIN referral_needs rn ON rn.referral_id = r.id"
                " WHERE r.created_at >= :s AND r.created_at < :e GROUP BY 1",
                p,
            ),
            "referrals.organization": self._pairs(
                f"SELECT coalesce(o.name, '{OTHER}'), count(DISTINCT r.client_id)"
                " FROM referrals r JOIN rep_served s ON s.client_id = r.client_id"
                " LEFT JOIN services sv ON sv.id = r.service_id"
                " LEFT JOIN organizations o ON o.id = sv.organization_id"
                " WHERE r.created_at >= :s AND r.created_at < :e GROUP BY 1",
                p,
            ),
            "referrals.state": self._pairs(
                "SELECT r.state, count(DISTINCT r.client_id) FROM referrals r"
                " JOIN rep_served s ON s.client_id = r.client_id"
                " WHERE r.created_at >= :s AND r.created_at < :e GROUP BY 1",
                p,
            ),
            "referrals.follow_up": self._follow_ups(p, today),
            "letters.language": self._pairs(
                "SELECT CASE WHEN l.lang IN ('fr', 'en') THEN l.lang ELSE"
                f" '{OTHER}' END, count(DISTINCT l.client_id) FROM letters_printed l"
                " JOIN rep_served s ON s.client_id = l.client_id"
                " WHERE l.printed_at >= :s AND l.printed_at < :e GROUP BY 1",
                p,
            ),
        }
        return RawFigures(
            served=served,
            partitions=partitions,
            multi=multi,
            trend=self._trend(period),
            median_days=self._median_days(p),
        )

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
            f"SELECT coalesce(k.code, '{OTHER}'), count(DISTINCT s.client_id) FROM rep_served s"
            " JOIN clients c ON c.id = s.client_id,"
            " json_each('[\"' || replace(replace(replace(c.languages, '\\', ''), '\"', ''),"
            " ',', '\",\"') || '\"]') j"
            " LEFT JOIN rep_lang k ON k.code = lower(trim(j.value))"
            " WHERE c.languages != '' AND trim(j.value) != '' GROUP BY 1"
        )
        none = self.conn.execute(
            "SELECT count(*) FROM rep_served s JOIN clients c ON c.id = s.client_id"
            " WHERE trim(replace(c.languages, ',', '')) = ''"
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
            " FROM referrals r JOIN rep_served s ON s.client_id = r.client_id"
            " WHERE r.follow_up_on >= :s AND r.follow_up_on < :e AND (r.state IN ("
            + outcomes
            + ") OR r.follow_up_on < :t) GROUP BY 1",
            {**p, "t": today.isoformat()},
        )

    def _median_days(self, p: dict[str, str]) -> tuple[float | None, int]:
        """Median days from referral to its outcome, over referrals made in the period that
        have one, and how many distinct people those referrals are for."""
        outcomes = ", ".join(f"'{s}'" for s in OUTCOME_STATES)
        base = (
            " FROM referrals r JOIN rep_served s ON s.client_id = r.client_id"
            f" WHERE r.created_at >= :s AND r.created_at < :e AND r.state IN ({outcomes})"
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
        scope = " AND x.client_id IN (SELECT client_id FROM rep_scope)" if self.scoped else ""
        live = " JOIN clients c ON c.id = x.client_id AND c.merged_into IS NULL"

        def series(sql: str) -> dict[str, int]:
            got = self._pairs(
                f"SELECT substr(x.at, 1, 7) || '-01', count(DISTINCT x.client_id) FROM ({sql}) x"
                f"{live} WHERE x.at >= :s AND x.at < :e{scope} GROUP BY 1",
                p,
            )
            return {m.isoformat(): got.get(m.isoformat(), 0) for m in months}

        activity = """
            SELECT id AS client_id, created_at AS at FROM clients
                WHERE created_at >= :s AND created_at < :e
            UNION ALL SELECT client_id, created_at FROM client_needs
                WHERE created_at >= :s AND created_at < :e
            UNION ALL SELECT client_id, first_seen_on FROM unmet_needs
                WHERE first_seen_on >= :s AND first_seen_on < :e
            UNION ALL SELECT client_id, created_at FROM referrals
                WHERE created_at >= :s AND created_at < :e
            UNION ALL SELECT client_id, state_changed_at FROM referrals
                WHERE state_changed_at >= :s AND state_changed_at < :e
            UNION ALL SELECT client_id, printed_at FROM letters_printed
                WHERE printed_at >= :s AND printed_at < :e
        """
        return {
            "served": series(activity),
            "new": series("SELECT id AS client_id, created_at AS at FROM clients"),
            "referred": series("SELECT client_id, created_at AS at FROM referrals"),
            "unmet": series("SELECT client_id, first_seen_on AS at FROM unmet_needs"),
            "letters": series("SELECT client_id, printed_at AS at FROM letters_printed"),
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
        return queries.figures(period, today)
    finally:
        queries.close()
