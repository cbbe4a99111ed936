"""The directory list prepared once per directory version, in any thread.

At 10,000 services, reading the directory and preparing its list (texts, sort keys,
filter index, facets) takes a few seconds on an old laptop. The main window starts this
in the background right after unlock (`prepare_in_background`) on its own connection,
so the Directory page and a client's Services tab find it ready; a page that asks while
it is being built waits for that build rather than starting a second one.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from intake_app.directory import use_cases
from intake_app.directory.search import DirectoryIndex, facet_values
from intake_app.domain.common import Lang
from intake_app.domain.services import ListedService
from intake_app.memory import release_free_memory
from intake_app.vault.session import VaultSession

from intake_app.ui.directory.models import PreparedRows, prepare_rows


@dataclass(frozen=True)
class PreparedList:
    version: int
    services: list[ListedService]
    rows: PreparedRows
    index: DirectoryIndex  # in the order of `rows`
    facets: dict[str, list[str]]


class DirectoryListCache:
    """The prepared list of the current directory version (one per language)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._building = threading.Lock()  # one build at a time; others wait for it
        self._prepared: PreparedList | None = None

    def peek(self, version: int, lang: Lang) -> PreparedList | None:
        with self._lock:
            p = self._prepared
        if p is not None and p.version == version and p.rows.lang is lang:
            return p
        return None

    def get(self, session: VaultSession, lang: Lang, today: date) -> PreparedList:
        """The prepared list for the directory as it is now (read through `session`, on a
        worker thread its `session.worker()` view)."""
        version = use_cases.directory_version(session)
        hit = self.peek(version, lang)
        if hit is not None:
            return hit
        with self._building:
            hit = self.peek(version, lang)  # built by the thread we waited for
            if hit is not None:
                return hit
            services = use_cases.list_listing(session)
            rows = prepare_rows(services, lang, today)
            prepared = PreparedList(
                version, services, rows, DirectoryIndex(rows.rows), facet_values(services)
            )
            with self._lock:
                self._prepared = prepared
            return prepared

    def clear(self) -> None:
        with self._lock:
            self._prepared = None


def prepare_all(
    session: VaultSession,
    lists: DirectoryListCache,
    routing: Callable[[int, list[ListedService]], object],
    lang: Lang,
    today: date,
    cancelled: Callable[[], bool],
) -> None:
    """Prepare the list, then the routing directory from the same services (read once,
    shared in memory), on a connection of this thread. `routing(version, active)` is
    `DirectoryCache.adopt`."""
    if cancelled():
        return
    with session.worker() as worker:
        prepared = lists.get(worker, lang, today)
    if not cancelled():
        routing(prepared.version, [s for s in prepared.services if s.active])
    # The rows and documents read to build it are garbage now; give their pages back.
    release_free_memory()
