"""Local work over an imported directory: which fields were changed here, and what a
re-import does with them.

A service from a source has two versions: the *upstream* one (as the source last sent
it) and the *local* one (what caseworkers see). A field whose local value differs from
upstream because someone here changed it is an *override*: the next import updates the
upstream value and keeps the local one; if the source changed that very field since,
the field becomes a *conflict* ("changed upstream, your local value kept") until the
coordinator takes the upstream value or keeps theirs. The last-verified date is never a
conflict: the newer of the two dates wins.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from intake_app.domain.services import Service

_NOT_FIELDS = frozenset({"id", "source", "source_id"})
VERIFIED = "last_verified"
FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Service) if f.name not in _NOT_FIELDS
)


class Change(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    CONFLICTING = "conflicting"


@dataclass(frozen=True)
class Stored:
    """A service as the vault holds it, with its upstream version and local state."""

    local: Service
    upstream: Service | None
    overrides: frozenset[str] = frozenset()
    conflicts: frozenset[str] = frozenset()
    gone: bool = False


@dataclass(frozen=True)
class Merged:
    """What a re-import stores for one service."""

    service: Service  # the local version to store
    upstream: Service
    overrides: frozenset[str]
    conflicts: frozenset[str]
    change: Change


def differing(a: Service, b: Service) -> frozenset[str]:
    return frozenset(f for f in FIELDS if getattr(a, f) != getattr(b, f))


def _newer(a: date | None, b: date | None) -> date | None:
    if a is None or b is None:
        return a or b
    return max(a, b)


def merge(incoming: Service, stored: Stored | None) -> Merged:
    """Combine the source's new version with what the vault has (see the module doc)."""
    if stored is None:
        return Merged(incoming, incoming, frozenset(), frozenset(), Change.NEW)
    local = stored.local
    old_upstream = stored.upstream or local
    result = incoming
    overrides = set()
    for f in stored.overrides - {VERIFIED}:
        if getattr(local, f) != getattr(incoming, f):  # otherwise upstream caught up
            overrides.add(f)
            result = replace(result, **{f: getattr(local, f)})
    result = replace(result, last_verified=_newer(local.last_verified, incoming.last_verified))
    fresh = {f for f in overrides if getattr(incoming, f) != getattr(old_upstream, f)}
    conflicts = frozenset((stored.conflicts & overrides) | fresh)
    if fresh:
        change = Change.CONFLICTING
    elif differing(incoming, old_upstream) or stored.gone:
        change = Change.UPDATED
    else:
        change = Change.UNCHANGED
    return Merged(result, incoming, frozenset(overrides), conflicts, change)


def overrides_after_edit(
    edited: Service, upstream: Service | None, conflicts: frozenset[str] = frozenset()
) -> tuple[frozenset[str], frozenset[str]]:
    """(overrides, conflicts) once a local edit is saved: every field now differing from
    upstream is local work; conflicts stay only on fields still overridden."""
    if upstream is None:
        return frozenset(), frozenset()
    overrides = differing(edited, upstream) - {VERIFIED}
    return overrides, conflicts & overrides


def take_upstream(local: Service, upstream: Service, field: str) -> Service:
    """The local service with one field back to the source's value."""
    if field not in FIELDS:
        raise ValueError(field)
    return replace(local, **{field: getattr(upstream, field)})
