"""Letters with the client's part repeated in the client's reading language: one letter
per language (the longest scripts — Arabic, Tamil — shape every word with HarfBuzz) and a
batch of mixed languages, as the letter dialog prints them."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from intake_app.vault.session import VaultSession
from tests.benchmarks import features
from tests.benchmarks.harness import FeatureMissing, Results, percentile, time_each, timed

LETTER_MS = 15.0  # the target for one letter, longest script included
MIXED_BATCH = 500
MIXED_BATCH_S = 10.0


def reading_renderer(session: VaultSession) -> tuple[list[str], Callable[[int, str], bytes]]:
    """(the shipped reading languages, render letter i with its client part in code)."""
    try:
        texts = features._module("intake_app.letters.client_texts")
        allowlist = features._module("intake_app.letters.allowlist")
        render = features._module("intake_app.letters.render")
    except FeatureMissing:
        raise
    codes = list(features._attr(texts, "shipped")())
    build = features._attr(allowlist, "build_letter_data")
    head = features._attr(allowlist, "Letterhead")(
        name="Maison Passerelle (banc d'essai)",
        address="1000, rue Fictive, bureau 200\nMontréal (Québec)  H2X 0A0",
        phone="514-555-0100",
        signature_line="Intervenante",
    )
    facts = features._attr(allowlist, "ReferralFacts")
    renderer = features._attr(render, "LetterRenderer")()
    from intake_app.domain.common import Lang

    services = [s for s in features.whole_services(session) if s.active][:200]
    view_client = features._attr(features._module("intake_app.clients.intake"), "view_client")
    clients = [view_client(session, i) for i in features.client_ids(session, 200, seed=5)]
    today = session.clock.now().date()

    def data(i: int, code: str) -> Any:
        client = clients[i % len(clients)]
        service = services[i % len(services)]
        letter = build(
            client,
            service,
            facts(f"R-BENCH-{i:05d}", tuple(sorted(service.categories))[:1]),
            head,
            "Bench Coordinator",
            "Suivi demandé.",
            client.consents,
            today,
            Lang.FR if i % 3 else Lang.EN,
        )
        return replace(letter, reading_language=code)

    def render_one(i: int, code: str) -> bytes:
        return bytes(renderer.render([data(i, code)]))

    def render_batch(items: list[tuple[int, str]]) -> int:
        return len(renderer.render([data(i, c) for i, c in items]))

    render_one.batch = render_batch  # type: ignore[attr-defined]
    return codes, render_one


def measure_reading_letters(results: Results, enc: VaultSession, batch: int) -> None:
    try:
        codes, render_one = reading_renderer(enc)
    except FeatureMissing as exc:
        results.missing(
            "one letter with the client's part in a reading language", "ms", LETTER_MS, str(exc)
        )
        return
    for code in codes:
        render_one(0, code)  # fonts and glyph tables load once per process
        cpu = [_cpu_ms(lambda i=i, c=code: render_one(i, c)) for i in range(1, 21)]
        samples = time_each(lambda i=i, c=code: render_one(i, c) for i in range(1, 21))
        results.add(
            f"one letter + client part in '{code}' (median)",
            percentile(samples, 50),
            "ms",
            LETTER_MS,
            f"p95 {percentile(samples, 95):.1f} ms; CPU median {percentile(cpu, 50):.1f} ms "
            "(the wall time counts other processes on a shared machine); 20 letters",
        )
    mix = ["", *codes]
    items = [(i, mix[i % len(mix)]) for i in range(batch)]
    start_cpu = time.process_time()
    seconds, size = timed(lambda: render_one.batch(items))  # type: ignore[attr-defined]
    cpu_s = time.process_time() - start_cpu
    results.add(
        f"{batch} mixed-language letters in one batch",
        seconds,
        "s",
        MIXED_BATCH_S * batch / MIXED_BATCH,
        f"CPU {cpu_s:.1f} s; one PDF of {size / 2**20:.1f} MB; {len(codes)} languages and "
        "none, in turn",
    )


def _cpu_ms(fn: Callable[[], Any]) -> float:
    start = time.process_time()
    fn()
    return (time.process_time() - start) * 1000
