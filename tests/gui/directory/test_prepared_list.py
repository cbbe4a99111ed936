"""The directory list prepared ahead (in the background after unlock): built once per
directory version, the same rows the page would compute, adopted without recomputing."""

from __future__ import annotations

import threading
from dataclasses import replace

from intake_app.directory.use_cases import (
    duplicate_service,
    get_service,
    list_services,
    save_service,
)
from intake_app.domain.common import Lang

from intake_app.ui.context import AppContext
from intake_app.ui.directory import prepared as prepared_module
from intake_app.ui.directory.models import DirectoryProxy, ServicesModel, prepare_rows
from intake_app.ui.directory.prepared import DirectoryListCache, prepare_all


def _today(context: AppContext):
    return context.clock.now().date()


def _shown(model: ServicesModel) -> list[list[str]]:
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_prepared_rows_are_what_the_model_computes(context: AppContext) -> None:
    services = list_services(context.session)
    plain = ServicesModel(Lang.FR, lambda: _today(context))
    plain.set_services(services)
    ahead = ServicesModel(Lang.FR, lambda: _today(context))
    ahead.set_services(services, prepare_rows(services, Lang.FR, _today(context)))
    assert plain.rowCount() == ahead.rowCount() == len(services) > 0
    assert [plain.service_at(i).id for i in range(plain.rowCount())] == [
        ahead.service_at(i).id for i in range(ahead.rowCount())
    ]
    assert _shown(plain) == _shown(ahead) and plain._rank == ahead._rank


def test_rows_for_another_language_are_not_adopted(context: AppContext) -> None:
    services = list_services(context.session)
    model = ServicesModel(Lang.EN, lambda: _today(context))
    model.set_services(services, prepare_rows(services, Lang.FR, _today(context)))
    english = ServicesModel(Lang.EN, lambda: _today(context))
    english.set_services(services)
    assert _shown(model) == _shown(english)


def test_built_once_per_version_and_again_after_a_change(context: AppContext) -> None:
    cache = DirectoryListCache()
    s = context.session
    first = cache.get(s, Lang.FR, _today(context))
    assert cache.get(s, Lang.FR, _today(context)) is first
    one = get_service(s, first.services[0].id)
    assert one is not None
    save_service(s, replace(one, name=one.name + " (nouveau nom)"))
    second = cache.get(s, Lang.FR, _today(context))
    assert second is not first and second.version != first.version
    assert any(x.name.endswith("(nouveau nom)") for x in second.services)


def test_a_caller_during_a_build_waits_for_it_instead_of_building_again(
    context: AppContext, monkeypatch
) -> None:
    builds: list[int] = []
    started, release = threading.Event(), threading.Event()
    real = prepared_module.prepare_rows

    def slow(*args: object):
        builds.append(1)
        started.set()
        release.wait(5)
        return real(*args)

    monkeypatch.setattr(prepared_module, "prepare_rows", slow)
    cache = DirectoryListCache()
    s = context.session
    thread = threading.Thread(
        target=prepare_all,
        args=(s, cache, context.directory_cache.adopt, Lang.FR, _today(context), lambda: False),
    )
    thread.start()
    assert started.wait(5)
    release.set()
    got = cache.get(s, Lang.FR, _today(context))
    thread.join(5)
    assert builds == [1]
    assert got is cache.peek(got.version, Lang.FR)
    routing = context.directory_cache.get(s)  # adopted: not read again
    assert routing is context.directory_cache.get(s)
    assert routing.size == sum(1 for x in got.services if x.active)


def test_the_proxy_reuses_the_prepared_index(context: AppContext) -> None:
    s = context.session
    prepared = DirectoryListCache().get(s, Lang.FR, _today(context))
    model = ServicesModel(Lang.FR, lambda: _today(context))
    proxy = DirectoryProxy()
    proxy.setSourceModel(model)
    proxy.adopt_index(prepared.index)
    model.set_services(prepared.services, prepared.rows)
    assert proxy._index is not None
    assert proxy._index._areas is prepared.index._areas
    assert proxy._index._texts[0] is prepared.index._texts[0]
    # The index's text is the listed record's own, not a copy.
    assert any(prepared.index._texts[0] is x.search_text for x in prepared.services)
    assert proxy.rowCount() == len(prepared.services)


def test_the_page_shows_the_prepared_list(page, context: AppContext) -> None:
    s = context.session
    version = context.directory_list.get(s, context.ui_lang, _today(context)).version
    assert page._version == version
    assert page.model.rowCount() == len(list_services(s))
    copy = duplicate_service(s, list_services(s)[0].id)
    page.activated()
    assert page._version != version
    assert any(page.model.service_at(i).id == copy.id for i in range(page.model.rowCount()))
