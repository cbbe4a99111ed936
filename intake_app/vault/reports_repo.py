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
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any

from intake_app.domain.reports import NOT_RECORDED, OTHER, RawFigures, ReportPeriod, add_months
from intake_app.vault.database import Connection, OperationalError

OUTCOME_STATES = ("attended", "no-show", "declined", "closed")
LETTER_LANGUAGES = ("fr", "en")  # the others count together as OTHER


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
_TEMP_TABLES = (
    "rep_scope",
    "rep_area",
    "rep_org",
    "rep_served",
    "rep_activity",
    "rep_merged",
    "rep_ref",
)

# Everything done for a person, as (client_id, at, kind) in [:s, :e); each reads a covering
# index. The kind is a bit: the first four are also the trend's series (taken in, referred,
# unmet need, letter printed), so one pass over the activity gives the whole trend.
_ACTIVITY = (
    "SELECT id AS client_id, created_at AS at, 1 AS kind FROM clients"
    " WHERE created_at >= :s AND created_at < :e",
    "SELECT client_id, created_at AS at, 2 AS kind FROM referrals"
    " WHERE created_at >= :s AND created_at < :e",
    "SELECT client_id, first_seen_on AS at, 4 AS kind FROM unmet_needs"
    " WHERE first_seen_on >= :s AND first_seen_on < :e",
    "SELECT client_id, printed_at AS at, 8 AS kind FROM letters_printed"
    " WHERE printed_at >= :s AND printed_at < :e",
    "SELECT client_id, created_at AS at, 16 AS kind FROM client_needs"
    " WHERE created_at >= :s AND created_at < :e",
    "SELECT client_id, state_changed_at AS at, 32 AS kind FROM referrals"
    " WHERE state_changed_at >= :s AND state_changed_at < :e",
)
_SERIES_BITS = (("new", 1), ("referred", 2), ("unmet", 4), ("letters", 8))
_SERIES = ("served", *(name for name, _bit in _SERIES_BITS))


_SERIES_MASK = sum(bit for _name, bit in _SERIES_BITS)


def _is_series(activity_sql: str) -> bool:
    """Whether an activity source is one of the trend's series (its kind bit is kept)."""
    kind = int(activity_sql.split(" AS kind ")[0].rsplit(" ", 1)[1])
    return bool(kind & _SERIES_MASK)


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
        self.known_languages = frozenset(known_languages)
        self._cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
        # The report reads the same tables several times: a larger page cache for this
        # connection only saves decrypting the same pages again (restored on close).
        conn.execute(f"PRAGMA cache_size = {_REPORT_CACHE_KIB}")
        # Made under a try: a cancel interrupts this connection (`second.interrupt()`) and
        # may land between two of these statements; what was made is dropped again.
        try:
            self._make_tables(conn, caseload_of)
        except BaseException:
            self.close()
            raise

    @staticmethod
    def _make_tables(conn: Connection, caseload_of: int | None) -> None:
        for name in _TEMP_TABLES:
            conn.execute(f"DROP TABLE IF EXISTS temp.{name}")
        conn.execute(
            "CREATE TEMP TABLE rep_served (client_id INTEGER PRIMARY KEY, is_new INTEGER NOT NULL,"
            " age TEXT, household TEXT, letter TEXT, area TEXT, languages TEXT)"
        )
        # One row per person and month, `kinds` the bits of what was done (see _ACTIVITY).
        conn.execute(
            "CREATE TEMP TABLE rep_activity (month TEXT NOT NULL, client_id INTEGER NOT NULL,"
            " kinds INTEGER NOT NULL, PRIMARY KEY (month, client_id)) WITHOUT ROWID"
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
        """Drop the temporary tables and restore the page cache. A cancel's interrupt can
        land on one of these statements too: it stops only the statement it meets, so each
        is tried once more."""
        statements = [f"DROP TABLE IF EXISTS temp.{name}" for name in _TEMP_TABLES]
        for sql in [*statements, f"PRAGMA cache_size = {self._cache}"]:
            try:
                self.conn.execute(sql)
            except OperationalError:
                self.conn.execute(sql)

    def _keep(self, column: str) -> str:
        """The filter every counted row passes: not merged away, and in the caseload."""
        sql = f"{column} NOT IN rep_merged"
        if self.scoped:
            sql += f" AND {column} IN rep_scope"
        return sql

    # -- the period's tables ---------------------------------------------------------------

    def people(
        self, period: ReportPeriod, step: Callable[[float], None] = _no_step
    ) -> tuple[int, dict[str, dict[str, int]], dict[str, int], dict[str, dict[str, int]]]:
        """Who was served and how they split, and the month-by-month figures: (served,
        partitions, spoken languages, by month). `step(fraction)` is called between
        queries (progress; it may raise to stop)."""
        served = self._fill_served(period)
        step(0.5)
        partitions = self._partitions()
        step(0.7)
        spoken = self._spoken()
        monthly = self._monthly()
        step(0.85)
        return served, partitions, spoken, monthly

    def activity(
        self, period: ReportPeriod, today: date
    ) -> tuple[dict[str, dict[str, int]], tuple[float | None, int]]:
        """What was done in the period, by category: needs, unmet needs, referrals and
        letters (distinct people in each), and the median days to an outcome."""
        p = {"s": period.start.isoformat(), "e": period.end.isoformat()}
        self._fill_referrals(p)
        cat = self._category_case("category")

        def keep(alias: str) -> str:
            return self._keep(f"{alias}.client_id")

        multi = {
            "needs.category": self._people_by(
                "client_needs", "category", "created_at", p, self.categories
            ),
            "needs.unmet": self._people_by(
                "unmet_needs", "category", "first_seen_on", p, self.categories
            ),
            "referrals.category": self._pairs(
                f"SELECT {self._category_case('rn.category')}, count(DISTINCT r.client_id)"
                " FROM rep_ref r JOIN referral_needs rn ON rn.referral_id = r.id GROUP BY 1",
            ),
            "referrals.organization": self._pairs(
                f"SELECT coalesce(o.name, '{OTHER}'), count(DISTINCT r.client_id)"
                " FROM rep_ref r LEFT JOIN rep_org o ON o.service_id = r.service_id GROUP BY 1",
            ),
            "referrals.state": self._people_by("referrals", "state", "created_at", p, None),
            "referrals.follow_up": self._follow_ups(p, today),
            "letters.language": self._people_by(
                "letters_printed", "lang", "printed_at", p, LETTER_LANGUAGES
            ),
        }
        return multi, self._median_days()

    def _monthly(self) -> dict[str, dict[str, int]]:
        """People per month (first day, ISO) over every month of the activity: served, and
        each of the trend's series, in one ordered pass over the activity."""
        bits = ", ".join(f"sum((kinds & {bit}) != 0)" for _name, bit in _SERIES_BITS)
        out: dict[str, dict[str, int]] = {}
        for row in self.conn.execute(
            f"SELECT month, count(*), {bits} FROM rep_activity GROUP BY month"
        ):
            out[f"{row[0]}-01"] = {n: int(v) for n, v in zip(_SERIES, row[1:], strict=True)}
        return out

    def _fill_served(self, period: ReportPeriod) -> int:
        """Who had something done for them, month by month over the trend's 12 months and
        the period; then, once per person served in the period, their categories."""
        months = period.trend_months()
        first = min(period.start, months[0])
        p = {"s": first.isoformat(), "e": period.end.isoformat()}
        c = self.conn
        # The directory's areas (folded → as written): an area typed for a client counts
        # only when it is one of these, so a name typed into it never becomes a category.
        c.execute("CREATE TEMP TABLE rep_area (folded TEXT PRIMARY KEY, label TEXT NOT NULL)")
        c.execute(
            "INSERT OR IGNORE INTO rep_area SELECT lower(trim(json_extract(l.value, '$.area'))),"
            " trim(json_extract(l.value, '$.area')) FROM services s,"
            " json_each(s.doc, '$.locations') l WHERE json_valid(s.doc)"
            " AND trim(coalesce(json_extract(l.value, '$.area'), '')) != ''"
        )
        for sql in _ACTIVITY:
            # Only the trend's series need their bit kept: the others skip a known month.
            kept = (
                "DO UPDATE SET kinds = kinds | excluded.kinds" if _is_series(sql) else "DO NOTHING"
            )
            c.execute(
                "INSERT INTO rep_activity SELECT substr(at, 1, 7), client_id, kind"
                f" FROM ({sql}) WHERE {self._keep('client_id')} AND true"
                f" ON CONFLICT (month, client_id) {kept}",
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
            " FROM clients c"
            " LEFT JOIN (SELECT client_id, count(*) AS n FROM client_household"
            "   GROUP BY client_id) h ON h.client_id = c.id"
            " LEFT JOIN rep_area a ON a.folded = lower(trim(c.area))"
            " WHERE c.id IN (SELECT client_id FROM rep_activity WHERE month >= :m)",
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

    def _people_by(
        self,
        table: str,
        column: str,
        at: str,
        p: dict[str, str],
        known: Sequence[str] | None,
    ) -> dict[str, int]:
        """Distinct people per value of `column` among `table`'s rows dated in the period;
        values outside `known` (when given) count together as OTHER.

        Read through the (column, client_id, date) index (migration 0190): each value's
        people arrive in order, so the distinct count streams. The `+` keeps the planner
        off the date index, whose order would need a temporary B-tree per value."""
        period = f"+{at} >= :s AND +{at} < :e AND {self._keep('client_id')}"
        counts = self._pairs(
            f"SELECT {column}, count(DISTINCT client_id) FROM {table} WHERE {period} GROUP BY 1",
            p,
        )
        if known is None or all(value in known for value in counts):
            return counts
        marks = ", ".join(f"'{value}'" for value in known)
        out = {value: n for value, n in counts.items() if value in known}
        out[OTHER] = int(
            self.conn.execute(
                f"SELECT count(DISTINCT client_id) FROM {table}"
                f" WHERE {column} NOT IN ({marks}) AND {period}",
                p,
            ).fetchone()[0]
        )
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
        """People by each language they speak (one person may count in several).

        The stored lists are few and short: they are grouped in SQL, then each distinct
        list is split here once (spaces trimmed, ASCII capitals folded, as SQLite would)."""
        people: dict[str, int] = {}
        for languages, n in self.conn.execute(
            "SELECT languages, count(*) FROM rep_served GROUP BY languages"
        ):
            text = str(languages or "")
            codes = set()
            for piece in text.replace("\\", "").replace('"', "").split(","):
                code = _ascii_lower(piece.strip(" "))
                if code:
                    codes.add(code if code in self.known_languages else OTHER)
            if not text.replace(",", "").strip(" "):
                codes.add(NOT_RECORDED)
            for code in codes:
                people[code] = people.get(code, 0) + int(n)
        return people

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

    def _fill_referrals(self, p: dict[str, str]) -> None:
        """The period's referrals, read once for their four tables and the median; `days`
        (referral to outcome) only for those that have an outcome."""
        outcomes = ", ".join(f"'{s}'" for s in OUTCOME_STATES)
        # Each service's organization, looked up in memory.
        self.conn.execute(
            "CREATE TEMP TABLE rep_org (service_id TEXT PRIMARY KEY, name TEXT NOT NULL)"
            " WITHOUT ROWID"
        )
        self.conn.execute(
            "INSERT INTO rep_org SELECT sv.id, o.name FROM services sv"
            " JOIN organizations o ON o.id = sv.organization_id"
        )
        self.conn.execute(
            "CREATE TEMP TABLE rep_ref (id INTEGER NOT NULL, client_id INTEGER NOT NULL,"
            " state TEXT NOT NULL, service_id TEXT, days REAL)"
        )
        self.conn.execute(
            "INSERT INTO rep_ref SELECT r.id, r.client_id, r.state, r.service_id,"
            f" CASE WHEN r.state IN ({outcomes}) THEN"
            " max(0, julianday(r.state_changed_at) - julianday(r.created_at)) END"
            f" FROM referrals r WHERE r.created_at >= :s AND r.created_at < :e"
            f" AND {self._keep('r.client_id')}",
            p,
        )

    def _median_days(self) -> tuple[float | None, int]:
        """Median days from referral to its outcome, over referrals made in the period that
        have one, and how many distinct people those referrals are for."""
        n, people = self.conn.execute(
            "SELECT count(days), count(DISTINCT CASE WHEN days IS NOT NULL THEN client_id END)"
            " FROM rep_ref"
        ).fetchone()
        if not n:
            return None, 0
        rows = self.conn.execute(
            "SELECT days FROM rep_ref WHERE days IS NOT NULL ORDER BY days LIMIT :lim OFFSET :off",
            {"lim": 2 - n % 2, "off": (n - 1) // 2},
        ).fetchall()
        values = [float(r[0]) for r in rows]
        return round(sum(values) / len(values), 1), int(people)


def _ascii_lower(text: str) -> str:
    """SQLite's lower(): ASCII capitals only (codes are compared as the SQL did)."""
    return text.translate(_ASCII_LOWER)


_ASCII_LOWER = {c: c + 32 for c in range(ord("A"), ord("Z") + 1)}


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
    second: Connection | None = None,
) -> RawFigures:
    """Every table of a report, read on `conn` (a worker's own connection).

    With `second` (another connection of the same vault, used by no one else meanwhile)
    the period's activity tables are counted on it in a thread while the people served
    are counted on `conn`: the two halves share no temporary table and no relation the
    disclosure control relies on (every sum and repeated figure is within the first)."""

    def queries(on: Connection) -> ReportQueries:
        return ReportQueries(
            on,
            caseload_of=caseload_of,
            known_languages=known_languages,
            categories=categories,
            age_ranges=age_ranges,
        )

    def count_activity(
        on: Connection,
    ) -> tuple[dict[str, dict[str, int]], tuple[float | None, int]]:
        q = queries(on)
        try:
            return q.activity(period, today)
        finally:
            q.close()

    pool = ThreadPoolExecutor(max_workers=1) if second is not None else None
    pending = pool.submit(count_activity, second) if pool is not None and second else None
    try:
        q = queries(conn)
        try:
            served, partitions, spoken, monthly = q.people(period, step)
        finally:
            q.close()
        multi, median = pending.result() if pending is not None else count_activity(conn)
    except BaseException:
        if pending is not None and second is not None and not pending.done():
            second.interrupt()  # stop the other half now (cancel, or an error here)
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True)

    def by_month(series: str, months: list[date]) -> dict[str, int]:
        return {m.isoformat(): monthly.get(m.isoformat(), {}).get(series, 0) for m in months}

    in_period = [add_months(period.start, i) for i in range(period.month_count)]
    return RawFigures(
        served=served,
        partitions=partitions,
        multi={"clients.spoken_languages": spoken, **multi},
        trend={series: by_month(series, period.trend_months()) for series in _SERIES},
        median_days=median,
        new_by_month=by_month("new", in_period),
    )
