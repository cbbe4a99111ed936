"""Routing a client from the vault: load the directory once, rank, record unmet needs.

The directory is loaded and prepared once (`load_directory`) and reused for every client
until it changes; ranking itself is pure (`intake_app.routing`).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from intake_app.domain.clients import Client, Need
from intake_app.domain.permissions import Permission, require
from intake_app.domain.services import AnyService
from intake_app.errors import ErrorCode, KnownError
from intake_app.routing.rank import (
    PreparedDirectory,
    RoutingQuery,
    Suggestion,
    prepare,
    rank_services,
    unmet_needs,
)
from intake_app.vault import clients_repo, directory_repo
from intake_app.vault import referrals_repo as repo
from intake_app.vault.session import VaultSession

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RoutingResult:
    client: Client
    query: RoutingQuery
    suggestions: list[Suggestion]
    unmet: list[Need]


def load_directory(session: VaultSession) -> PreparedDirectory:
    """Every active service, indexed for ranking (on a worker: its `session.worker()`),
    as listed records (`ListedService`): a suggestion names its service, and what shows
    or prints one reads it whole from the vault."""
    return prepare(directory_repo.load_listing(session.conn, include_inactive=False))


class DirectoryCache:
    """The prepared directory, reused from one client to the next until the directory
    changes (a counter in the vault moves on every directory write). Thread-safe: the
    routing view loads it from a worker."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._building = threading.Lock()  # one build at a time: a second caller waits
        self._version: int | None = None
        self._directory: PreparedDirectory | None = None

    def get(self, session: VaultSession) -> PreparedDirectory:
        version = directory_repo.directory_version(session.conn)
        with self._lock:
            if self._directory is not None and version == self._version:
                return self._directory
        with self._building:  # the background preparation after unlock may be on it
            with self._lock:
                if self._directory is not None and version == self._version:
                    return self._directory
            directory = load_directory(session)
            with self._lock:
                self._version, self._directory = version, directory
            return directory

    def adopt(self, version: int, active_services: Sequence[AnyService]) -> PreparedDirectory:
        """Prepare from services already read at `version` (the Directory page's list,
        filtered to the active ones), so both share the same objects in memory."""
        with self._building:
            with self._lock:
                if self._directory is not None and version == self._version:
                    return self._directory
            directory = prepare(active_services)
            with self._lock:
                self._version, self._directory = version, directory
            return directory

    def clear(self) -> None:
        with self._lock:
            self._version, self._directory = None, None


def route_client(
    session: VaultSession,
    client_id: int,
    directory: PreparedDirectory,
    *,
    now: datetime | None = None,
    include_excluded: bool = True,
) -> RoutingResult:
    """The client's open needs ranked against the directory; unmet needs are recorded."""
    require(session.user, Permission.WORK_WITH_CLIENTS)
    client = clients_repo.load_client(session.conn, client_id)
    if client is None:
        raise KnownError(ErrorCode.NOT_FOUND, record="client", id=client_id)
    query = RoutingQuery.from_client(client)
    suggestions = rank_services(
        query, directory, now or session.clock.now(), include_excluded=include_excluded
    )
    unmet = unmet_needs(query, suggestions)
    if unmet:
        record_unmet_needs(session, client_id, unmet)
    return RoutingResult(client, query, suggestions, unmet)


def record_unmet_needs(session: VaultSession, client_id: int, needs: Sequence[Need]) -> int:
    """Remember needs nothing fits (for the reports); return how many are new.

    Not audited: it changes no client data, only the anonymous counts, and it happens
    each time a client's services are looked at.
    """
    today = session.clock.now().date()
    needs = [n for n in needs if n.id is not None]
    seen = repo.unmet_last_seen(session.conn, (n.id for n in needs if n.id is not None))
    if all(seen.get(n.id or 0) == today for n in needs):
        return 0  # already noted today: no write on every look
    new = 0
    with session.write() as conn:
        for need in needs:
            if need.id is None:
                continue
            if repo.record_unmet(
                conn, client_id, need.id, need.category, need.urgency.value, today
            ):
                new += 1
    if new:
        log.info("client %d: %d unmet needs recorded", client_id, new)
    return new
