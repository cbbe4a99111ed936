"""Adapters from the benchmark to the program's use cases.

Each adapter calls the real use case as the app would. When the feature is not in the
program yet, it raises `FeatureMissing` and the metric says "not available".
"""

from __future__ import annotations

import contextlib
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


def generate_services(count: int, seed: int) -> list[Any]:
    """The embedded sample directory first, then generated services up to `count`
    (what `intake-app seed-demo` stores)."""
    sample = _module("intake_app.directory.sample")
    directory = list(_attr(sample, "sample_services")())[:count]
    if count > len(directory):
        directory += list(_attr(sample, "generate_services")(count - len(directory), seed))
    return directory


def store_services(session: VaultSession, services: list[Any]) -> int:
    use_cases = _module("intake_app.directory.use_cases")
    return int(_attr(use_cases, "add_services")(session, services, lambda _f: None, _never))


def seed_services(session: VaultSession, count: int, seed: int) -> int:
    return store_services(session, generate_services(count, seed))


def generate_clients(count: int, seed: int) -> int:
    """Generate (and drop) `count` clients: the generator's own share of seeding."""
    demo = _module("intake_app.clients.demo")
    return sum(1 for _ in _attr(demo, "generate_clients")(count, seed, areas()))


def client_chunk_seed(seed: int, chunk: int) -> int:
    """Clients are seeded in chunks (to interleave the two vaults); chunk k's seed."""
    return seed * 1000 + chunk


def warm_up() -> None:
    """Import the generators and run them once on a few items, so the first vault timed
    does not pay for what the second then gets for free."""
    for fn in (
        lambda: list(_attr(_module("intake_app.directory.sample"), "generate_services")(5, 99)),
        lambda: _attr(_module("intake_app.directory.sample"), "sample_services")(),
        lambda: _module("intake_app.directory.use_cases"),
        lambda: list(_attr(_module("intake_app.clients.demo"), "generate_clients")(5, 99, areas())),
    ):
        with contextlib.suppress(FeatureMissing):
            fn()


# Used only while the directory's own list of areas is not there yet.
_FALLBACK_AREAS = (
    "Centre-Sud",
    "Côte-des-Neiges",
    "Parc-Extension",
    "Montréal-Nord",
    "Saint-Michel",
    "Verdun",
    "Hochelaga",
    "Villeray",
)


def areas() -> tuple[str, ...]:
    try:
        return tuple(_attr(_module("intake_app.directory.sample"), "AREAS"))
    except FeatureMissing:
        return _FALLBACK_AREAS


def seed_clients(session: VaultSession, count: int, seed: int) -> int:
    demo = _module("intake_app.clients.demo")
    added = _attr(demo, "add_generated_clients")(
        session, count, seed, areas(), lambda _f: None, _never
    )
    return int(added)


# -- the workloads ----------------------------------------------------------------------


def client_search(session: VaultSession) -> Callable[[str], Any]:
    """What the search box calls on each keystroke (one searcher per session, as the UI)."""
    searcher = _attr(_module("intake_app.clients.search"), "ClientSearch")(session)
    return searcher.search  # type: ignore[no-any-return]


def _typing(text: str, start: int = 1) -> list[str]:
    """Every prefix of `text` as it is typed, one keystroke at a time."""
    return [text[:i] for i in range(start, len(text) + 1) if not text[:i].endswith(" ")]


def search_queries(session: VaultSession, count: int, seed: int, data_seed: int = 1) -> list[str]:
    """Partial queries as caseworkers type them at the desk, for clients in the vault.

    Names of generated clients (the generator is deterministic, so they are in the vault),
    typed keystroke by keystroke: given then family name, family name alone, without the
    accents, with a slip of the finger, and a few phone and client numbers.
    """
    import random
    import unicodedata

    demo = _module("intake_app.clients.demo")
    # The first chunk's first clients: in the vault whatever the size of the run.
    people = list(
        _attr(demo, "generate_clients")(
            min(2_000, max(count, 50)), client_chunk_seed(data_seed, 0), areas()
        )
    )
    rng = random.Random(seed)
    queries: list[str] = []

    def plain(text: str) -> str:
        decomposed = unicodedata.normalize("NFD", text)
        return "".join(ch for ch in decomposed if not unicodedata.combining(ch))

    while len(queries) < count:
        person = rng.choice(people)
        given, family = person.given_name, person.family_name
        style = rng.random()
        if style < 0.35 and family:
            queries += _typing(f"{given} {family}".lower())
        elif style < 0.6 and family:
            queries += _typing(family)
        elif style < 0.8:
            queries += _typing(plain(f"{given} {family}").strip().lower())
        elif style < 0.9 and len(given) > 4:
            slip = list(given.lower())
            i = rng.randrange(1, len(slip) - 1)
            slip[i], slip[i + 1] = slip[i + 1], slip[i]
            queries += _typing("".join(slip), start=3)
        elif person.phone:
            queries += _typing(person.phone.replace("-", ""), start=3)
        else:
            queries += _typing(f"C-{rng.randint(1, 999):06d}", start=3)
    return queries[:count]


def load_directory(session: VaultSession) -> list[Any]:
    """The whole directory from the vault, as the directory page and routing load it: the
    in-memory listing records where the program has them, else whole services."""
    use_cases = _module("intake_app.directory.use_cases")
    load = getattr(use_cases, "list_listing", None) or _attr(use_cases, "list_services")
    return list(load(session))


def whole_services(session: VaultSession) -> list[Any]:
    """The whole directory as whole services: what a letter is built from (the app reads
    each letter's service whole by id)."""
    return list(_attr(_module("intake_app.directory.use_cases"), "list_services")(session))


def prepare_routing(services: list[Any]) -> Any:
    """The directory indexed for ranking (done once per directory load)."""
    return _attr(_module("intake_app.routing.rank"), "prepare")(services)


def routing_directory(session: VaultSession) -> Any:
    """The active directory read from the vault and prepared for ranking, as routing does
    once per directory change."""
    try:
        route = _module("intake_app.referrals.route")
    except FeatureMissing:
        return prepare_routing([s for s in load_directory(session) if s.active])
    return _attr(route, "load_directory")(session)


def ranker(session: VaultSession, prepared: Any) -> Callable[[int], Any]:
    """Route one client from the vault: the referrals use case (load the client, rank,
    record unmet needs); before it existed, an audited client view and a ranking."""
    try:
        route = _module("intake_app.referrals.route")
    except FeatureMissing:
        pass
    else:
        route_client = _attr(route, "route_client")
        return lambda client_id: route_client(session, client_id, prepared)
    rank = _module("intake_app.routing.rank")
    query_for = _attr(rank, "RoutingQuery").from_client
    rank_services = _attr(rank, "rank_services")
    view_client = _attr(_module("intake_app.clients.intake"), "view_client")
    now = session.clock.now()

    def route(client_id: int) -> Any:
        client = view_client(session, client_id)
        return rank_services(query_for(client), prepared, now)

    return route


def rank_only(session: VaultSession, prepared: Any, client_ids: list[int]) -> Callable[[int], Any]:
    """Rank for an already-open client: the part routing itself adds."""
    rank = _module("intake_app.routing.rank")
    query_for = _attr(rank, "RoutingQuery").from_client
    rank_services = _attr(rank, "rank_services")
    view_client = _attr(_module("intake_app.clients.intake"), "view_client")
    queries = {i: query_for(view_client(session, i)) for i in client_ids}
    now = session.clock.now()
    return lambda client_id: rank_services(queries[client_id], prepared, now)


def client_ids(session: VaultSession, count: int, seed: int) -> list[int]:
    """`count` client ids spread over the vault (the most recent first, then others)."""
    searcher = _attr(_module("intake_app.clients.search"), "ClientSearch")(session, limit=count)
    ids = [hit.id for hit in searcher.search("")]
    if not ids:
        raise FeatureMissing("no clients in the vault")
    return ids


def directory_index(services: list[Any]) -> Any:
    """The directory page's prepared filter index (built once per directory load)."""
    return _attr(_module("intake_app.directory.search"), "DirectoryIndex")(services)


def directory_filter(index: Any) -> Callable[[str], Any]:
    """What the directory page runs on each keystroke of its filter box."""
    search = _module("intake_app.directory.search")
    make_filter = _attr(search, "DirectoryFilter")
    return lambda text: index.filter(make_filter(text=text))


def directory_list_filter(services: list[Any], today: Any) -> Callable[[str], Any]:
    """The directory page's own list: its table model and filtering, sorted proxy, sorted
    by name as the page shows it; each call is what one keystroke in the filter box costs
    before the view repaints (filter, re-sort, count)."""
    models = _module("intake_app.ui.directory.models")
    search = _module("intake_app.directory.search")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from intake_app.domain.common import Lang

    app = QApplication.instance() or QApplication(["passerelle-bench"])
    model = _attr(models, "ServicesModel")(Lang.FR, lambda: today)
    proxy = _attr(models, "DirectoryProxy")()
    proxy.setSourceModel(model)
    proxy.sort(0, Qt.SortOrder.AscendingOrder)
    model.set_services(services)
    make_filter = _attr(search, "DirectoryFilter")
    keep = (app, model, proxy)  # the closure keeps the Qt objects alive

    def run(text: str) -> int:
        keep[2].set_filter(make_filter(text=text))
        return int(keep[2].rowCount())

    return run


def directory_queries(services: list[Any], count: int, seed: int) -> list[str]:
    """Words of service names, organizations and areas typed keystroke by keystroke,
    sometimes two words, sometimes without accents."""
    import random
    import unicodedata

    rng = random.Random(seed)
    common = [
        "logement",
        "aide alimentaire",
        "santé",
        "francisation",
        "emploi",
        "clinique",
        "refuge",
        "juridique",
        "femmes",
        "vêtements",
        "sante mentale",
    ]
    queries: list[str] = []
    while len(queries) < count:
        pick = rng.random()
        if pick < 0.4 or not services:
            text = rng.choice(common)
        else:
            service = rng.choice(services)
            source = service.name if pick < 0.8 else service.organization.name
            parts = source.split()
            text = " ".join(parts[: rng.randint(1, min(2, len(parts)))]).lower()
        if rng.random() < 0.4:
            text = "".join(
                c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
            )
        queries += _typing(text)
    return queries[:count]


def letter_renderer(
    session: VaultSession,
) -> tuple[Callable[[int], int], Callable[[int], Any]]:
    """(render a batch of n letters into one PDF -> its size, render letter number i).

    Each letter is built from a client and a service of the vault through the allowlist
    (`build_letter_data`) and rendered by the shared `LetterRenderer`, as printing does.
    """
    allowlist = _module("intake_app.letters.allowlist")
    render = _module("intake_app.letters.render")
    build = _attr(allowlist, "build_letter_data")
    letterhead = _attr(allowlist, "Letterhead")(
        name="Maison Passerelle (banc d'essai)",
        address="1000, rue Fictive, bureau 200\nMontréal (Québec)  H2X 0A0",
        phone="514-555-0100",
        signature_line="Intervenante",
    )
    facts = _attr(allowlist, "ReferralFacts")
    renderer = _attr(render, "LetterRenderer")()
    from intake_app.domain.common import Lang

    services = [s for s in whole_services(session) if s.active][:200]
    ids = client_ids(session, 200, seed=3)
    view_client = _attr(_module("intake_app.clients.intake"), "view_client")
    clients = [view_client(session, i) for i in ids]
    today = session.clock.now().date()

    def data(i: int) -> Any:
        client = clients[i % len(clients)]
        service = services[i % len(services)]
        lang = Lang.FR if i % 3 else Lang.EN
        return build(
            client,
            service,
            facts(f"R-BENCH-{i:05d}", tuple(sorted(service.categories))[:1]),
            letterhead,
            "Bench Coordinator",
            "Suivi demandé.",
            client.consents,
            today,
            lang,
        )

    def render_one(i: int) -> bytes:
        return bytes(renderer.render([data(i)]))

    def render_batch(n: int) -> int:
        return len(renderer.render([data(i) for i in range(n)]))

    return render_batch, render_one


def minimal_pdf() -> Callable[[], bytes]:
    """The floor of a letter: reportlab alone building a one-page PDF with one paragraph
    in the letters' embedded font (registered by the renderer)."""
    import io

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    render = _module("intake_app.letters.render")
    regular, _bold = _attr(render, "register_fonts")()
    style = ParagraphStyle("floor", fontName=regular, fontSize=10, leading=14)

    def build() -> bytes:
        out = io.BytesIO()
        SimpleDocTemplate(out).build([Paragraph("Madame, Monsieur, à bientôt.", style)])
        return out.getvalue()

    return build


def hsds_import(session: VaultSession, path: Path) -> Callable[[], Any]:
    """The import as the command line and the import dialog run it: read, check against
    the HSDS schema, preview, then store in one transaction."""
    run = _attr(_module("intake_app.directory.hsds_import"), "import_directory")
    return lambda: run(session, path)


def hsds_export(services: list[Any], path: Path, tabular: bool) -> None:
    export = _module("intake_app.directory.hsds_export")
    _attr(export, "export_tabular" if tabular else "export_json")(services, path)
