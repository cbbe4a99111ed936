"""Rank a directory's services for one client's needs, and say why.

`prepare()` turns the directory into per-category lists with everything ranking needs
precomputed (language sets, opening spans, coordinates…); do it once per directory load.
`rank_services()` then applies the hard rules (`rules.py`) and sums the soft preferences
(`weights.py`) for each need. The order is deterministic: score, then name, then id.

Ranking is pure: no Qt, no SQL, no clock of its own (`now` is an input), and no client data
leaves it — a `Suggestion` holds the need and the service, and explanation *parts* that
`explain.py` turns into words for the screen. Explanations are never printed on letters.
"""

from __future__ import annotations

import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any, NamedTuple

from intake_app.domain.clients import Barriers, Client, Need
from intake_app.domain.common import Tri, Urgency
from intake_app.domain.folding import area_key
from intake_app.domain.hours import Opening, OpenState, by_weekday, opening_at
from intake_app.domain.services import STALE_AFTER_DAYS, AccessMode, AnyService, Document
from intake_app.routing import weights as w
from intake_app.routing.geo import EARTH_RADIUS_KM, centroid
from intake_app.routing.rules import (
    Exclusion,
    exclusions,
    lacking_documents,
    required_documents,
    waived_documents,
)


class PartKind(StrEnum):
    CATEGORY = "category"
    SPEAKS = "speaks"  # value: ISO 639-1 code
    INTERPRETATION = "interpretation"
    WALK_IN = "walk-in"
    APPOINTMENT = "appointment"
    REFERRAL_ONLY = "referral-only"
    OPEN_NOW = "open-now"  # value: closing time "HH:MM"
    OPENS_SOON = "opens-soon"  # value: opening time "HH:MM"
    CLOSED_NOW = "closed-now"
    NO_DOCUMENT_NEEDED = "no-document-needed"  # value: Document
    SAME_AREA = "same-area"
    DISTANCE = "distance"  # number: kilometres
    STALE = "stale"


@dataclass(frozen=True)
class Part:
    """One fact in an explanation, rendered to words by `explain.py`."""

    kind: PartKind
    value: str = ""
    number: float | None = None


@dataclass(frozen=True)
class RoutingQuery:
    """What routing may know about a client: needs and practical facts, never status."""

    needs: tuple[Need, ...] = ()
    languages: tuple[str, ...] = ()  # most comfortable first
    barriers: Barriers = field(default_factory=Barriers)
    area: str = ""
    origin: tuple[float, float] | None = None  # (lat, lon), when known

    @classmethod
    def from_client(cls, client: Client, origin: tuple[float, float] | None = None) -> RoutingQuery:
        """The client's open needs (met ones are left out) and routing facts."""
        return cls(
            needs=tuple(n for n in client.needs if not n.met),
            languages=client.languages,
            barriers=client.barriers,
            area=client.area,
            origin=origin,
        )


_UNKNOWN_OPENING = Opening(OpenState.UNKNOWN)


class Suggestion(NamedTuple):
    """One service for one need: its score, why it fits, or why it is left out.

    A named tuple rather than a dataclass: ranking builds thousands of them per client,
    and a tuple is what keeps a 10,000-service directory under the 30 ms target.
    """

    service: AnyService
    need: Need
    need_index: int  # position of the need in the query
    score: float
    exclusions: tuple[Exclusion, ...] = ()
    distance_km: float | None = None
    opening: Opening = _UNKNOWN_OPENING
    # What `parts` needs to explain the score: (scorer, candidates, position, urgent).
    context: tuple[Any, ...] | None = None

    @property
    def excluded(self) -> bool:
        return bool(self.exclusions)

    @property
    def parts(self) -> tuple[Part, ...]:
        """The facts behind the score, in reading order (see `explain.py`)."""
        if self.context is None:
            return ()
        scorer, cands, k, urgent = self.context
        parts: tuple[Part, ...] = scorer.parts(
            cands.at(k), self.need.category, urgent, self.distance_km
        )
        return parts


@dataclass(frozen=True, slots=True)
class _Profile:
    """What ranking reads of a service besides its places and date: equal ones are one
    object (thousands of services share their languages, documents, access and hours)."""

    languages: frozenset[str]
    interpretation: bool
    required: frozenset[Document]
    waived: frozenset[Document]
    walk_in: bool
    appointment: bool
    referral: bool
    spans: tuple[tuple[tuple[int, int], ...], ...]
    has_hours: bool


class _Prepared(NamedTuple):
    """One candidate as the scorer reads it, made while ranking from `_Candidates` (a
    named tuple: thousands are made per client, and a frozen dataclass is slow to make)."""

    service: AnyService
    profile: _Profile
    rad_points: tuple[tuple[float, float, float], ...]  # (lat, lon) radians, cos(lat)
    areas: frozenset[str]
    last_verified: date | None


_NAN = math.nan


class _Candidates:
    """The services of one category, in name order, as columns: 50,000 services stay in
    memory, so a service costs a few references and three floats here rather than an
    object of its own. Iterating gives a `_Prepared` for each, made on the way."""

    __slots__ = ("_areas", "_more", "_points", "_profiles", "services")

    def __init__(self) -> None:
        self.services: list[AnyService] = []
        self._profiles: list[_Profile] = []
        self._areas: list[frozenset[str]] = []
        # The first place of each service (radians and cos(lat); NaN when it has none),
        # and the other places of the few services with more than one, by position.
        self._points: array[float] = array("d")
        self._more: dict[int, tuple[tuple[float, float, float], ...]] = {}

    def add(self, p: _Prepared) -> None:
        k = len(self.services)
        self.services.append(p.service)
        self._profiles.append(p.profile)
        self._areas.append(p.areas)
        first = p.rad_points[0] if p.rad_points else (_NAN, _NAN, _NAN)
        self._points.extend(first)
        if len(p.rad_points) > 1:
            self._more[k] = p.rad_points[1:]

    def done(self) -> _Candidates:
        """Trim the lists to their size (they stay in memory)."""
        self.services = self.services[:]
        self._profiles = self._profiles[:]
        self._areas = self._areas[:]
        return self

    def __len__(self) -> int:
        return len(self.services)

    def at(self, k: int) -> _Prepared:
        """The `k`th service as the scorer reads it."""
        points, s = self._points, self.services[k]
        lat = points[3 * k]
        first = () if lat != lat else ((lat, points[3 * k + 1], points[3 * k + 2]),)
        extra = self._more.get(k)
        return _Prepared(
            s, self._profiles[k], first + extra if extra else first, self._areas[k], s.last_verified
        )

    def __iter__(self) -> Iterator[_Prepared]:
        return (self.at(k) for k in range(len(self.services)))


@dataclass(frozen=True)
class PreparedDirectory:
    """The directory indexed for ranking; build with `prepare()`."""

    by_category: dict[str, _Candidates]
    area_centres: dict[str, tuple[float, float]]
    size: int
    uncategorised: int = 0  # active services without a category: never suggested

    def origin_for(self, area: str) -> tuple[float, float] | None:
        """The centre of the services located in `area`: where a client of that area is."""
        return self.area_centres.get(area_key(area)) if area else None


def _lang(code: str) -> str:
    return code.strip().lower().replace("_", "-").split("-")[0]


def _shared(value: Any, pool: dict[Any, Any]) -> Any:
    """One object for equal values: thousands of services share a few language sets,
    document sets, areas and weekly hours, and the prepared directory stays in memory."""
    return pool.setdefault(value, value)


def _prepare_one(s: AnyService, pool: dict[Any, Any] | None = None) -> _Prepared:
    pool = {} if pool is None else pool
    spans = _shared(by_weekday(s.effective_hours), pool)
    profile = _Profile(
        languages=_shared(frozenset(_lang(c) for c in s.languages), pool),
        interpretation=s.interpretation_offered,
        required=_shared(required_documents(s), pool),
        waived=_shared(waived_documents(s), pool),
        walk_in=AccessMode.WALK_IN in s.access,
        appointment=AccessMode.APPOINTMENT in s.access,
        referral=AccessMode.REFERRAL in s.access,
        spans=spans,
        has_hours=any(spans),
    )
    return _Prepared(
        service=s,
        profile=_shared(profile, pool),
        rad_points=tuple(
            (
                math.radians(loc.latitude),
                math.radians(loc.longitude),
                math.cos(math.radians(loc.latitude)),
            )
            for loc in s.locations
            if loc.latitude is not None and loc.longitude is not None
        ),
        areas=_shared(frozenset(area_key(loc.area) for loc in s.locations if loc.area), pool),
        last_verified=s.last_verified,
    )


def prepare(services: Iterable[AnyService]) -> PreparedDirectory:
    """Index the directory once; ranking a client then touches only the needed categories."""
    by_cat: dict[str, _Candidates] = {}
    area_points: dict[str, list[tuple[float, float]]] = {}
    size = 0
    uncategorised = 0
    pool: dict[Any, Any] = {}
    # In name order, so each category's list is built sorted and the position in it is
    # the tie-break between equal scores.
    ordered = sorted(services, key=lambda s: (s.name.casefold(), s.id))
    for s in ordered:
        size += 1
        uncategorised += not s.categories
        p = _prepare_one(s, pool)
        for cat in s.categories:
            by_cat.setdefault(cat, _Candidates()).add(p)
        for loc in s.locations:
            if loc.area and loc.latitude is not None and loc.longitude is not None:
                area_points.setdefault(area_key(loc.area), []).append((loc.latitude, loc.longitude))
    centres = {k: c for k, pts in area_points.items() if (c := centroid(pts)) is not None}
    return PreparedDirectory(
        by_category={k: v.done() for k, v in by_cat.items()},
        area_centres=centres,
        size=size,
        uncategorised=uncategorised,
    )


def _nearest_km(
    o: tuple[float, float, float],
    best: float,
    points: Iterable[tuple[float, float, float]],
) -> float | None:
    """Kilometres from `o` to the nearest of `points` (or of the place whose haversine
    term is `best`): the nearest place has the smallest term, so the root and arc sine
    are taken once. None when there is no place at all."""
    for lat, lon, cos_lat in points:
        h = math.sin((lat - o[0]) / 2) ** 2 + o[2] * cos_lat * math.sin((lon - o[1]) / 2) ** 2
        if h < best:
            best = h
    if best == math.inf:
        return None
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(best)))


@dataclass(frozen=True)
class _Client:
    first_language: str
    languages: frozenset[str]
    needs_interpreter: bool
    lacking: frozenset[Document]
    area: str
    origin: tuple[float, float] | None


# Parts without a value are the same object every time (ranking makes thousands).
_INTERPRETATION = Part(PartKind.INTERPRETATION)
_WALK_IN = Part(PartKind.WALK_IN)
_APPOINTMENT = Part(PartKind.APPOINTMENT)
_REFERRAL_ONLY = Part(PartKind.REFERRAL_ONLY)
_CLOSED_NOW = Part(PartKind.CLOSED_NOW)
_SAME_AREA = Part(PartKind.SAME_AREA)
_STALE = Part(PartKind.STALE)
_NO_DOC = {d: Part(PartKind.NO_DOCUMENT_NEEDED, d.value) for d in Document}


class _Scorer:
    """Scores services for one query at one moment.

    The score is computed for every candidate; the explanation parts only when someone
    reads them (a screen shows a few dozen cards, a 10,000-service directory has
    thousands of candidates).
    """

    def __init__(self, client: _Client, now: datetime) -> None:
        self.c = client
        self.now = now
        self.today = now.date()
        self.first_part = Part(PartKind.SPEAKS, client.first_language)
        self._hours: dict[tuple[tuple[int, int], ...], Opening] = {}
        self._freshness: dict[date | None, float] = {}
        # `access_score` and `opening_score` for both kinds of need, as tables.
        self._walk_in = {u: access_score(True, u) for u in (False, True)}
        self._opening = {
            u: {s: opening_score(Opening(s), u) for s in OpenState} for u in (False, True)
        }
        self._weekday = now.isoweekday()
        self._origin: tuple[float, float, float] | None = None
        if client.origin is not None:
            lat, lon = client.origin
            self._origin = (math.radians(lat), math.radians(lon), math.cos(math.radians(lat)))

    def opening(self, p: _Prepared) -> Opening:
        return self._opening_of(p.profile)

    def _opening_of(self, q: _Profile) -> Opening:
        """Cached by the day's opening spans: many services keep the same hours."""
        if not q.has_hours:
            return _UNKNOWN_OPENING
        key = q.spans[self._weekday]
        hit = self._hours.get(key)
        if hit is None:
            hit = self._hours[key] = opening_at(q.spans, self.now, w.OPENS_SOON_WITHIN)
        return hit

    def distance(self, p: _Prepared) -> float | None:
        """Kilometres to the nearest of the service's places (haversine)."""
        o = self._origin
        if o is None:
            return None
        return _nearest_km(o, math.inf, p.rad_points)

    def distance_at(self, cands: _Candidates, k: int) -> float | None:
        """`distance` of the `k`th candidate, read from the columns (the same sums; the
        first place, which almost every service has alone, worked out inline)."""
        o = self._origin
        if o is None:
            return None
        points, j = cands._points, 3 * k
        lat = points[j]
        best = math.inf
        if lat == lat:  # not NaN: it has a first place
            lon, cos_lat = points[j + 1], points[j + 2]
            best = (
                math.sin((lat - o[0]) / 2) ** 2 + o[2] * cos_lat * math.sin((lon - o[1]) / 2) ** 2
            )
        more = cands._more.get(k) if cands._more else None
        if more:
            return _nearest_km(o, best, more)
        if best == math.inf:
            return None
        return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(best)))

    def score(self, p: _Prepared, urgent: bool) -> tuple[float, float | None, Opening]:
        """(score, distance, opening): the soft preferences of `weights.py` summed, one
        named step each, in the order `parts()` explains them."""
        distance = self.distance(p)
        score, opening = self._score(p.profile, p.areas, distance, p.last_verified, urgent)
        return score, distance, opening

    def _score(
        self,
        q: _Profile,
        areas: frozenset[str],
        distance: float | None,
        verified: date | None,
        urgent: bool,
    ) -> tuple[float, Opening]:
        opening = self._opening_of(q)
        # Thousands of candidates per need: the steps that are a table lookup are looked
        # up here, and a step is called only when it can add something.
        fresh = self._freshness.get(verified)
        if fresh is None:
            fresh = self.freshness_score(verified)
        score = (
            self._language(q)
            + (self._walk_in[urgent] if q.walk_in else 0.0)
            + self._opening[urgent][opening.state]
            + (self._documents(q) if q.waived else 0.0)
            + self._place(areas, distance)
            + fresh
        )
        return score, opening

    def language_score(self, p: _Prepared) -> float:
        return self._language(p.profile)

    def _language(self, q: _Profile) -> float:
        """The best single language match, so adding a language can only help; an
        interpreter counts once more for a client who needs one."""
        c = self.c
        if c.first_language and c.first_language in q.languages:
            score = w.SPEAKS_FIRST_LANGUAGE
        elif not q.languages.isdisjoint(c.languages):
            score = w.SPEAKS_OTHER_LANGUAGE
        elif q.interpretation and c.languages:
            score = w.INTERPRETATION_ONLY
        else:
            score = 0.0
        if q.interpretation and c.needs_interpreter:
            score += w.INTERPRETER_FOR_WHO_NEEDS_ONE
        return score

    def documents_score(self, p: _Prepared) -> float:
        return self._documents(p.profile)

    def _documents(self, q: _Profile) -> float:
        """Documents the client lacks and the service says in writing it does not ask for."""
        lacking, waived = self.c.lacking, q.waived
        if waived and lacking:
            return w.STATES_NO_DOCUMENT_NEEDED * len(waived & lacking)
        return 0.0

    def place_score(self, p: _Prepared, distance: float | None) -> float:
        return self._place(p.areas, distance)

    def _place(self, areas: frozenset[str], distance: float | None) -> float:
        """The client's own area first; elsewhere, the closer the better up to `NEARBY_KM`."""
        if self.c.area and self.c.area in areas:
            return w.SAME_AREA
        if distance is not None and distance < w.NEARBY_KM:
            return w.NEARBY * (1.0 - distance / w.NEARBY_KM)
        return 0.0

    def freshness_score(self, verified: date | None) -> float:
        """Recently verified entries up, stale or never verified ones down. Cached by
        date: a directory has far fewer verification dates than services."""
        hit = self._freshness.get(verified)
        if hit is None:
            age = (self.today - verified).days if verified is not None else None
            if age is not None and age <= w.RECENTLY_VERIFIED_DAYS:
                hit = w.RECENTLY_VERIFIED
            elif age is None or age > STALE_AFTER_DAYS:
                hit = w.STALE
            else:
                hit = 0.0
            self._freshness[verified] = hit
        return hit

    def parts(
        self, p: _Prepared, category: str, urgent: bool, distance: float | None
    ) -> tuple[Part, ...]:
        """The facts behind `score()`, in reading order, for `explain.py`."""
        return (
            Part(PartKind.CATEGORY, category),
            *self.language_parts(p),
            *access_parts(p),
            *opening_parts(self.opening(p), urgent),
            *(_NO_DOC[doc] for doc in sorted(p.profile.waived & self.c.lacking)),
            *self.place_parts(p, distance),
            *((_STALE,) if p.service.is_stale(self.today) else ()),
        )

    def language_parts(self, p: _Prepared) -> tuple[Part, ...]:
        """The language the score counted, and the interpreter — said once even when it
        is both the only way to talk and what the client needs."""
        c, q = self.c, p.profile
        spoken: tuple[Part, ...] = ()
        if c.first_language and c.first_language in q.languages:
            spoken = (self.first_part,)
        elif shared := q.languages & c.languages:
            spoken = (Part(PartKind.SPEAKS, min(shared)),)
        elif q.interpretation and c.languages:
            return (_INTERPRETATION,)
        if q.interpretation and c.needs_interpreter:
            return (*spoken, _INTERPRETATION)
        return spoken

    def place_parts(self, p: _Prepared, distance: float | None) -> tuple[Part, ...]:
        """Same area, else the distance when the client's place is known."""
        if self.c.area and self.c.area in p.areas:
            return (_SAME_AREA,)
        if distance is not None:
            return (Part(PartKind.DISTANCE, number=round(distance, 1)),)
        return ()


def access_score(walk_in: bool, urgent: bool) -> float:
    """Walk-in first, and far first when the need is for today."""
    if not walk_in:
        return 0.0
    return w.WALK_IN_URGENT if urgent else w.WALK_IN


def opening_score(opening: Opening, urgent: bool) -> float:
    """Open now or soon: what counts most for a need of today."""
    if opening.state is OpenState.OPEN_NOW:
        return w.OPEN_NOW_URGENT if urgent else w.OPEN_NOW
    if opening.state is OpenState.OPENS_SOON:
        return w.OPENS_SOON_URGENT if urgent else w.OPENS_SOON
    return 0.0


def access_parts(p: _Prepared) -> tuple[Part, ...]:
    """How to get in, the easiest way the service offers."""
    q = p.profile
    if q.walk_in:
        return (_WALK_IN,)
    if q.appointment:
        return (_APPOINTMENT,)
    if q.referral:
        return (_REFERRAL_ONLY,)
    return ()


def opening_parts(opening: Opening, urgent: bool) -> tuple[Part, ...]:
    """Open now (until when) or soon (from when); closed is said only for a need of today."""
    if opening.state is OpenState.OPEN_NOW:
        return (Part(PartKind.OPEN_NOW, _hhmm(opening)),)
    if opening.state is OpenState.OPENS_SOON:
        return (Part(PartKind.OPENS_SOON, _hhmm(opening)),)
    if opening.state is OpenState.CLOSED and urgent:
        return (_CLOSED_NOW,)
    return ()


def _hhmm(opening: Opening) -> str:
    return opening.at.strftime("%H:%M") if opening.at is not None else ""


def rank_services(
    query: RoutingQuery,
    services: PreparedDirectory | Sequence[AnyService],
    now: datetime,
    *,
    include_excluded: bool = False,
    limit_per_need: int | None = None,
) -> list[Suggestion]:
    """Suggestions for every need of `query`, grouped by need (in query order), best first.

    Excluded services (inactive, or asking for a document the client lacks) are left out
    unless `include_excluded`, in which case they follow the others, each with its reasons.
    `limit_per_need` caps the suggestions kept per need (excluded ones count too).
    """
    directory = services if isinstance(services, PreparedDirectory) else prepare(services)
    langs = tuple(_lang(x) for x in query.languages if x.strip())
    client = _Client(
        first_language=langs[0] if langs else "",
        languages=frozenset(langs),
        needs_interpreter=query.barriers.needs_interpreter is Tri.YES,
        lacking=lacking_documents(query.barriers),
        area=area_key(query.area),
        origin=query.origin or directory.origin_for(query.area),
    )
    scorer = _Scorer(client, now)
    out: list[Suggestion] = []
    for index, need in enumerate(query.needs):
        urgent = need.urgency is Urgency.TODAY
        scored: list[tuple[Any, ...]] = []
        cands = directory.by_category.get(need.category)
        if cands is None:
            continue
        # Read from the category's columns; `k`, the service's place in the category's
        # name order, is the tie-break (a `_Prepared` is made only for an explanation).
        for k, (s, q, areas) in enumerate(
            zip(cands.services, cands._profiles, cands._areas, strict=True)
        ):
            required = q.required
            why_not = (
                exclusions(s, client.lacking, required)
                if (not s.active or (required and client.lacking))
                else ()
            )
            if why_not and not include_excluded:
                continue
            distance = scorer.distance_at(cands, k)
            score, opening = scorer._score(q, areas, distance, s.last_verified, urgent)
            # Rounded so that float noise never decides between two equal services.
            score = round(score, 6)
            scored.append((bool(why_not), -score, k, s, why_not, distance, opening))
        scored.sort(key=_order)
        if limit_per_need is not None:
            scored = scored[:limit_per_need]
        out.extend(
            Suggestion(
                s, need, index, -neg_score, why_not, distance, opening, (scorer, cands, k, urgent)
            )
            for _excluded, neg_score, k, s, why_not, distance, opening in scored
        )
    return out


def _order(row: tuple[Any, ...]) -> tuple[Any, ...]:
    return row[0], row[1], row[2]


def group_by_need(suggestions: Iterable[Suggestion]) -> dict[int, list[Suggestion]]:
    """Need index → its suggestions, in rank order."""
    groups: dict[int, list[Suggestion]] = {}
    for s in suggestions:
        groups.setdefault(s.need_index, []).append(s)
    return groups


def unmet_needs(query: RoutingQuery, suggestions: Iterable[Suggestion]) -> list[Need]:
    """The needs no active, usable service answers (for the unmet-needs report)."""
    met = {s.need_index for s in suggestions if not s.excluded}
    return [n for i, n in enumerate(query.needs) if i not in met]
