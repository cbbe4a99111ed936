"""Adapters from the benchmark to the program's use cases.

Each adapter calls the real use case as the app would. When the feature is not in the
program yet, it raises `FeatureMissing` and the metric says "not available".
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from intake_app.vault.session import VaultSession
from tests.benchmarks.harness import FeatureMissing

__all__ = ["FeatureMissing"]


def _module(name: str) -> ModuleType:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name and name.startswith(exc.name):
            raise FeatureMissing(f"{name} is missing") from None
        raise


def _attr(module: ModuleType, name: str) -> Any:
    try:
        return getattr(module, name)
    except AttributeError:
        raise FeatureMissing(f"{module.__name__}.{name} is missing") from None


def _never() -> bool:
    return False


# -- generated data ---------------------------------------------------------------------


def seed_services(session: VaultSession, count: int, seed: int) -> int:
    """The embedded sample directory first, then generated services up to `count`."""
    sample = _module("intake_app.directory.sample")
    use_cases = _module("intake_app.directory.use_cases")
    directory = list(_attr(sample, "sample_services")())[:count]
    if count > len(directory):
        directory += list(_attr(sample, "generate_services")(count - len(directory), seed))
    _attr(use_cases, "add_services")(session, directory, lambda _f: None, _never)
    return len(directory)


def seed_clients(session: VaultSession, count: int, seed: int) -> int:
    demo = _module("intake_app.clients.demo")
    areas = _attr(_module("intake_app.directory.sample"), "AREAS")
    added = _attr(demo, "add_generated_clients")(
        session, count, seed, areas, lambda _f: None, _never
    )
    return int(added)


# -- the workloads ----------------------------------------------------------------------


def client_search(session: VaultSession) -> Callable[[str], Any]:
    raise FeatureMissing("client search is not wired yet")


def search_queries(session: VaultSession, count: int, seed: int) -> list[str]:
    raise FeatureMissing("client search is not wired yet")


def ranker(session: VaultSession) -> Callable[[int], Any]:
    raise FeatureMissing("routing is not wired yet")


def client_ids(session: VaultSession, count: int, seed: int) -> list[int]:
    raise FeatureMissing("clients are not wired yet")


def directory_filter(session: VaultSession) -> Callable[[str], Any]:
    raise FeatureMissing("the directory filter is not wired yet")


def directory_queries(session: VaultSession, count: int, seed: int) -> list[str]:
    raise FeatureMissing("the directory filter is not wired yet")


def letter_renderer(
    session: VaultSession,
) -> tuple[Callable[[int], int], Callable[[int], Any]]:
    """(render a batch of n letters -> pages, render letter number i)."""
    raise FeatureMissing("letters are not wired yet")


def hsds_import(session: VaultSession, root: Path, count: int) -> Callable[[], Any]:
    """Write an HSDS export of `count` generated services under `root`; return the import."""
    raise FeatureMissing("HSDS import is not wired yet")
