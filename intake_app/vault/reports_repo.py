"""Report SQL: counts of distinct people over a period, and nothing else.

Every query returns (category, number of distinct clients). No name, note, barrier,
masked note, consent or free-text column is read here: the only client columns used are
the record dates, birth year / age range, letter language, spoken language codes and the
area (which counts only when it matches an area of the directory, so a name typed into it
can never become a category). People are "served" in a period when something was done
for them in it: taken in, a need recorded, routed with an unmet need, referred, a
referral moved on, or a letter printed. Clients merged into another are not counted.

What was done for whom, month by month, goes into a temporary table (in memory:
temp_store is MEMORY) read once for the people served and the trend. Distinct people per
category are counted without a temporary B-tree per category wherever possible: through
(category, client, date) indexes (migration 0190), or through a table keyed by one
integer per (category, person). On two connections the people served and the activity
are counted side by side and the two halves' counts are added up (`reports_repo_halves`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from datetime import date, datetime
from typing import Any

from intake_app.domain.reports import OTHER, RawFigures, ReportPeriod, add_months
from intake_app.vault.database import Connection, OperationalError
from intake_app.vault.reports_repo_halves import Counts
from intake_app.vault.reports_repo_served import add_year as add_year
from intake_app.vault.reports_repo_served import served_people

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
    "rep_activity",
    "rep_merged",
    "rep_pairs",
    "rep_code",
    "rep_name",
    "rep_days",
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
# An activity row's key: its month (year * 12 + month - 1) above a client id's 32 bits
# (ids are counted up from 1, so they stay far below 2**32).
_ACTIVITY_KEY = (
    "((CAST(substr(at, 1, 4) AS INTEGER) * 12 + CAST(substr(at, 6, 2) AS INTEGER) - 1) << 32)"
    " | client_id"
)


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
        # One row per person and month, `kinds` the bits of what was done (see _ACTIVITY),
        # keyed by one integer (`_ACTIVITY_KEY`): its B-tree takes the half-million
        # upserts of a year at 100,000 clients a fifth faster than a (month, client) key.
        conn.execute(
            "CREATE TEMP TABLE rep_activity (key INTEGER PRIMARY KEY, kinds INTEGER NOT NULL)"
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
        self._fill_activity(period)
        step(0.5)
        served, partitions, spoken = served_people(
            self.conn, period, self.age_ranges, self.known_languages
        )
        step(0.8)
        monthly = self._monthly()
        step(0.85)
        return served, partitions, spoken, monthly

    def activity(self, period: ReportPeriod, today: date) -> dict[str, dict[str, int]]:
        """What was done in the period, by category: needs, unmet needs, referrals and
        letters (distinct people in each)."""
        p = {"s": period.start.isoformat(), "e": period.end.isoformat()}
        referrals = self._referral_people(p)
        return {
            "needs.category": self._people_by(
                "client_needs", "category", "created_at", p, self.categories
            ),
            "needs.unmet": self._people_by(
                "unmet_needs", "category", "first_seen_on", p, self.categories
            ),
            "referrals.category": referrals.get("category", {}),
            "referrals.organization": referrals.get("organization", {}),
            "referrals.state": self._people_by("referrals", "state", "created_at", p, None),
            "referrals.follow_up": self._follow_ups(p, today),
            "letters.language": self._people_by(
                "letters_printed", "lang", "printed_at", p, LETTER_LANGUAGES
            ),
        }

    def _monthly(self) -> dict[str, dict[str, int]]:
        """People per month (first day, ISO) over every month of the activity: served, and
        each of the trend's series, in one ordered pass over the activity."""
        bits = ", ".join(f"sum((kinds & {bit}) != 0)" for _name, bit in _SERIES_BITS)
        out: dict[str, dict[str, int]] = {}
        for row in self.conn.execute(
            f"SELECT key >> 32, count(*), {bits} FROM rep_activity GROUP BY 1"
        ):
            year, month = divmod(int(row[0]), 12)
            out[f"{year:04d}-{month + 1:02d}-01"] = {
                n: int(v) for n, v in zip(_SERIES, row[1:], strict=True)
            }
        return out

    def _fill_activity(self, period: ReportPeriod) -> None:
        """Who had something done for them, month by month over the trend's 12 months and
        the period (`rep_activity`), and the directory's areas (`rep_area`)."""
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
                f"INSERT INTO rep_activity SELECT {_ACTIVITY_KEY}, kind"
                f" FROM ({sql}) WHERE {self._keep('client_id')} AND true"
                f" ON CONFLICT (key) {kept}",
                p,
            )

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

    def _follow_ups(self, p: dict[str, str], today: date) -> dict[str, int]:
        """Referrals whose follow-up date fell in the period: the outcome recorded on or
        before that date (on time), or after it / still missing once it has passed (late)."""
        outcomes = ", ".join(f"'{s}'" for s in OUTCOME_STATES)
        return self._people_keyed(
            "SELECT CASE WHEN r.state IN (" + outcomes + ") AND substr(r.state_changed_at, 1, 10)"
            " <= r.follow_up_on THEN 1 ELSE 2 END AS n, r.client_id FROM referrals r"
            f" WHERE {self._keep('r.client_id')}"
            " AND r.follow_up_on >= :s AND r.follow_up_on < :e AND (r.state IN ("
            + outcomes
            + ") OR r.follow_up_on < :t)",
            {1: "on-time", 2: "late"},
            {**p, "t": today.isoformat()},
        )

    def _people_keyed(self, sql: str, names: dict[int, str], p: dict[str, str]) -> dict[str, int]:
        """Distinct people per category of `sql`'s rows (n: the category's number in
        `names`, client_id). Each (category, person) goes once into `rep_pairs`, keyed by
        one integer, the number above the client id: its inserts are cheaper than
        count(DISTINCT) per category, which sorts every row and keeps a B-tree per
        category."""
        c = self.conn
        c.execute("CREATE TEMP TABLE IF NOT EXISTS rep_pairs (key INTEGER PRIMARY KEY)")
        c.execute("DELETE FROM rep_pairs")
        c.execute(f"INSERT OR IGNORE INTO rep_pairs SELECT (n << 32) | client_id FROM ({sql})", p)
        return {
            names[int(n)]: int(people)
            for n, people in c.execute("SELECT key >> 32, count(*) FROM rep_pairs GROUP BY 1")
        }

    def _referral_people(self, p: dict[str, str]) -> dict[str, dict[str, int]]:
        """People referred in the period by the referral's categories and by the
        organization (by name) of its service ({"category": …, "organization": …}).

        Counted by `_people_keyed`, the categories and names by number."""
        c = self.conn
        # Category codes and organization names by number (0: OTHER), looked up in memory.
        c.execute("CREATE TEMP TABLE rep_code (code TEXT PRIMARY KEY, n INTEGER NOT NULL)")
        c.executemany(
            "INSERT INTO rep_code VALUES (?, ?)",
            [(code, n) for n, code in enumerate(self.categories, start=1)],
        )
        c.execute("CREATE TEMP TABLE rep_name (n INTEGER PRIMARY KEY, name TEXT UNIQUE NOT NULL)")
        c.execute("INSERT OR IGNORE INTO rep_name (name) SELECT name FROM organizations")
        c.execute(
            "CREATE TEMP TABLE rep_org (service_id TEXT PRIMARY KEY, n INTEGER NOT NULL)"
            " WITHOUT ROWID"
        )
        c.execute(
            "INSERT INTO rep_org SELECT sv.id, rn.n FROM services sv"
            " JOIN organizations o ON o.id = sv.organization_id"
            " JOIN rep_name rn ON rn.name = o.name"
        )
        in_period = f"r.created_at >= :s AND r.created_at < :e AND {self._keep('r.client_id')}"
        sources = {
            "category": (
                "SELECT coalesce((SELECT k.n FROM rep_code k WHERE k.code = rn.category), 0)"
                " AS n, r.client_id FROM referrals r"
                f" JOIN referral_needs rn ON rn.referral_id = r.id WHERE {in_period}"
            ),
            "organization": (
                "SELECT coalesce(o.n, 0) AS n, r.client_id FROM referrals r"
                f" LEFT JOIN rep_org o ON o.service_id = r.service_id WHERE {in_period}"
            ),
        }
        names = {
            "category": dict(enumerate((OTHER, *self.categories))),
            "organization": {
                0: OTHER,
                **{int(n): str(name) for n, name in c.execute("SELECT n, name FROM rep_name")},
            },
        }
        return {table: self._people_keyed(sql, names[table], p) for table, sql in sources.items()}

    def median_days(self, period: ReportPeriod) -> tuple[float | None, int]:
        """Median days from referral to its outcome, over referrals made in the period that
        have one, and how many distinct people those referrals are for. The days are
        computed once, into `rep_days`, then counted and the middle one or two read."""
        outcomes = ", ".join(f"'{s}'" for s in OUTCOME_STATES)
        c = self.conn
        c.execute("CREATE TEMP TABLE rep_days (client_id INTEGER NOT NULL, days REAL NOT NULL)")
        c.execute(
            "INSERT INTO rep_days SELECT client_id, days FROM (SELECT r.client_id,"
            " max(0, julianday(r.state_changed_at) - julianday(r.created_at)) AS days"
            " FROM referrals r WHERE r.created_at >= :s AND r.created_at < :e"
            f" AND r.state IN ({outcomes}) AND {self._keep('r.client_id')}) WHERE days IS NOT NULL",
            {"s": period.start.isoformat(), "e": period.end.isoformat()},
        )
        n, people = c.execute("SELECT count(*), count(DISTINCT client_id) FROM rep_days").fetchone()
        if not n:
            return None, 0
        rows = c.execute(
            "SELECT days FROM rep_days ORDER BY days LIMIT :lim OFFSET :off",
            {"lim": 2 - n % 2, "off": (n - 1) // 2},
        ).fetchall()
        values = [float(r[0]) for r in rows]
        return round(sum(values) / len(values), 1), int(people)


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
    the period's activity tables and the median are counted on it in a thread while the
    people served and the trend are counted on `conn`: the two halves read different
    indexes, share no temporary table and no relation the disclosure control relies on
    (every sum and repeated figure is within the first). About as much work each at
    100,000 clients (issue 21); splitting the clients between the two instead made each
    connection read every row and cost a quarter more in all."""

    def queries(on: Connection) -> ReportQueries:
        return ReportQueries(
            on,
            caseload_of=caseload_of,
            known_languages=known_languages,
            categories=categories,
            age_ranges=age_ranges,
        )

    def people(on: Connection, progress: Callable[[float], None]) -> Counts:
        q = queries(on)
        try:
            served, partitions, spoken, monthly = q.people(period, progress)
            return Counts(served, partitions, {"clients.spoken_languages": spoken}, monthly)
        finally:
            q.close()

    def activity(on: Connection) -> Counts:
        q = queries(on)
        try:
            return Counts(0, {}, q.activity(period, today), {}, q.median_days(period))
        finally:
            q.close()

    pool = ThreadPoolExecutor(max_workers=1) if second is not None else None
    pending = pool.submit(activity, second) if pool is not None and second is not None else None
    try:
        counts = people(conn, step)
        step(0.9)
        counts = counts.plus(pending.result() if pending is not None else activity(conn))
    except BaseException:
        if pending is not None and second is not None and not pending.done():
            second.interrupt()  # stop the other half now (cancel, or an error here)
        raise
    finally:
        if pool is not None:
            pool.shutdown(wait=True)
    monthly = counts.monthly

    def by_month(series: str, months: list[date]) -> dict[str, int]:
        return {m.isoformat(): monthly.get(m.isoformat(), {}).get(series, 0) for m in months}

    in_period = [add_months(period.start, i) for i in range(period.month_count)]
    return RawFigures(
        served=counts.served,
        partitions=counts.partitions,
        multi=counts.multi,
        trend={series: by_month(series, period.trend_months()) for series in _SERIES},
        median_days=counts.median_days or (None, 0),
        new_by_month=by_month("new", in_period),
    )
