"""Run in its own process: the unlock a caseworker sees, from pressing Unlock in the real
unlock window to the main window shown and painted once, with the Argon2id time apart.

    python -m tests.benchmarks.unlock_probe DATA_DIR USER   (passphrase on stdin)

Then, as a caseworker would a few seconds later: waits for the directory prepared in
the background, opens a client and clicks its Services tab (timed until the suggestions
are shown), opens the Directory page (timed until it is filled), runs the search workload
and reads the resident memory (`rss`). Then, as a caseworker does next, makes one referral
letter PDF for the opened client through the letters use case (the first letter of the
session: reportlab and the fonts load then) and reads the memory again
(`rss_after_letter`). Last, as a coordinator does, shows the Reports page until its
report is counted, then every other page, and reads it once more (`rss_every_page`).
Prints one JSON line: {"total": s, "kdf": s, "prepared": s, "services_tab": s,
"open_and_services": s, "directory_page": s, "rss": bytes, "letter": s,
"rss_after_letter": bytes, "report": s, "rss_every_page": bytes, ...}.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Any

import psutil

TYPING_SECONDS = 1.5


class LetterUnavailable(Exception):
    """The client has no referral and none could be made (no need, no suggestion)."""


def one_letter(session: Any, client_id: Any, view: object) -> int:
    """One referral letter PDF for the client, as the letter dialog makes it: the letters
    use case prepares it, releases it and renders it for printing (nothing is recorded as
    printed). Uses the client's newest referral, else refers them to the first service
    the Services tab suggested for a need (writing the referral to this bench vault, as a
    caseworker would), else takes the vault's newest referral. Returns the PDF's size in
    bytes."""
    from intake_app.domain.referrals import ReferralFilter
    from intake_app.letters import use_cases as letters
    from intake_app.referrals.create import ReferralPick, create_referrals
    from intake_app.referrals.follow_up import list_referrals

    rows = list_referrals(session, ReferralFilter(client_id=client_id, limit=1))
    if rows:
        referral_id = rows[0].id
    else:
        result = getattr(view, "_result", None)
        pick = next(
            (
                s
                for s in getattr(result, "suggestions", ())
                if not s.excluded and s.need.id is not None
            ),
            None,
        )
        if pick is not None:
            made = create_referrals(
                session, client_id, [ReferralPick(pick.service.id, (pick.need.id,))]
            )
            referral_id = made[0].id
        else:  # nothing to refer this client to: another client's newest referral
            anyone = list_referrals(session, ReferralFilter(limit=1))
            if not anyone:
                raise LetterUnavailable("no referral and no suggestion to refer to")
            referral_id = anyone[0].id
    prepared = letters.prepare_letters(session, [referral_id])
    reason = "Rendez-vous demandé pour la semaine prochaine."
    prepared = letters.apply_reasons(prepared, {p.referral_id: reason for p in prepared})
    # A service whose plain name the guard flags is held until a name is picked: the
    # first the dialog offers, as a caseworker accepting its suggestion.
    prepared = [
        letters.choose_service_name(p, p.naming.options[0])
        if p.held and p.naming is not None and p.naming.options
        else p
        for p in prepared
    ]
    released = letters.release_letters(session, prepared, confirmed=True)
    pdf = letters.render_pdf(released, letters.render_options(session))
    return len(pdf)


def main(argv: list[str]) -> int:
    data_dir, user_name = Path(argv[0]), argv[1]
    passphrase = sys.stdin.readline().rstrip("\n")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from intake_app.clock import SystemClock
    from intake_app.domain.common import Lang
    from intake_app.errors import KnownError
    from intake_app.vault import keyslots
    from intake_app.vault.keyslots import KdfPolicy
    from intake_app.vault.paths import VaultPaths
    from tests.benchmarks import features

    from intake_app.ui.controller import AppController

    app = QApplication(["unlock-probe"])
    app.setOrganizationName("PasserelleBench")
    app.setApplicationName("PasserelleBench")
    kdf: list[float] = []
    real_derive = keyslots.derive_key

    def timed_derive(secret: str, params: keyslots.KdfParams) -> bytes:
        start = time.perf_counter()
        try:
            return real_derive(secret, params)
        finally:
            kdf.append(time.perf_counter() - start)

    keyslots.derive_key = timed_derive
    controller = AppController(VaultPaths(data_dir), SystemClock(), KdfPolicy(), Lang.EN)
    outcome: dict[str, float] = {}
    # PASSERELLE_BENCH_PROFILE=FILE writes a pyinstrument profile of the unlock there.
    profile_to = os.environ.get("PASSERELLE_BENCH_PROFILE", "")
    if profile_to:
        from pyinstrument import Profiler

        profiler = Profiler(interval=0.001, async_mode="disabled")

    def on_shown(window: object) -> None:
        # A person needs a moment to type a passphrase; the app loads the page code in
        # that time, so Unlock is pressed after TYPING_SECONDS, as a fast typist would.
        def press() -> None:
            window.user.setCurrentText(user_name)  # type: ignore[attr-defined]
            window.passphrase.setText(passphrase)  # type: ignore[attr-defined]
            if profile_to:
                profiler.start()
            outcome["start"] = time.perf_counter()
            window.try_unlock()  # type: ignore[attr-defined]

        QTimer.singleShot(int(TYPING_SECONDS * 1000), press)

    def painted() -> None:
        outcome["total"] = time.perf_counter() - outcome["start"]
        if profile_to:
            profiler.stop()
            Path(profile_to).write_text(profiler.output_text(unicode=False, color=False))
        wait_prepared()

    def wait_prepared() -> None:
        worker = controller.directory_prepared
        if worker is None or not worker.done.is_set():
            QTimer.singleShot(10, wait_prepared)
            return
        outcome["prepared"] = time.perf_counter() - outcome["start"]
        outcome["rss_prepared"] = psutil.Process().memory_info().rss
        QTimer.singleShot(0, open_client)

    clicked: dict[str, object] = {}

    def open_client() -> None:
        window = controller.main_window
        session = controller.session
        if window is None or session is None:
            app.quit()
            return
        ids = features.client_ids(session, 1, seed=1)
        clicked["client_id"] = ids[0]
        page = window.page_named("ClientsPage")
        window.show_page(page)  # type: ignore[arg-type]
        opened = time.perf_counter()
        page.open_client(ids[0])  # type: ignore[union-attr]
        editor = page.editor  # type: ignore[union-attr]
        view = editor._extra[0] if editor._extra else None
        tab = editor.tabs.indexOf(view) if view is not None else -1
        if tab < 0:
            QTimer.singleShot(0, after_services)
            return
        clicked.update(opened=opened, view=view, at=time.perf_counter())
        editor.tabs.setCurrentIndex(tab)
        wait_suggestions()

    def wait_suggestions() -> None:
        view = clicked["view"]
        if getattr(view, "_result", None) is None and time.perf_counter() - clicked["at"] < 60:
            QTimer.singleShot(1, wait_suggestions)
            return
        now = time.perf_counter()
        outcome["services_tab"] = now - float(clicked["at"])  # type: ignore[arg-type]
        outcome["open_and_services"] = now - float(clicked["opened"])  # type: ignore[arg-type]
        outcome["rss_services_tab"] = psutil.Process().memory_info().rss
        QTimer.singleShot(0, after_services)

    def after_services() -> None:
        window = controller.main_window
        if window is not None:
            page = window.page_named("DirectoryPage")
            start = time.perf_counter()
            window.show_page(page)  # type: ignore[arg-type]
            page.repaint()  # type: ignore[union-attr]
            outcome["directory_page"] = time.perf_counter() - start
            outcome["rss_directory_page"] = psutil.Process().memory_info().rss
        search_and_measure()

    def search_and_measure() -> None:
        # Then search as a caseworker would, and read the memory of the whole app.
        session = controller.session
        if session is not None:
            try:
                search = features.client_search(session)
                for query in features.search_queries(session, 400, seed=7):
                    search(query)
                outcome["searched"] = 400
            except features.FeatureMissing:
                outcome["searched"] = 0
        outcome["rss"] = psutil.Process().memory_info().rss
        if session is not None and clicked.get("client_id") is not None:
            try:
                start = time.perf_counter()
                size = one_letter(session, clicked["client_id"], clicked.get("view"))
                outcome["letter"] = time.perf_counter() - start
                outcome["letter_bytes"] = size
                outcome["rss_after_letter"] = psutil.Process().memory_info().rss
            except (LetterUnavailable, KnownError) as exc:
                print(f"no letter: {type(exc).__name__} {exc}", file=sys.stderr)
        QTimer.singleShot(0, show_reports)

    shown: dict[str, float] = {}

    def show_reports() -> None:
        window = controller.main_window
        if window is None:
            app.quit()
            return
        shown["at"] = time.perf_counter()
        window.show_page(window.page_named("ReportsPage"))  # type: ignore[arg-type]
        wait_report()

    def wait_report() -> None:
        window = controller.main_window
        page = window.page_named("ReportsPage") if window is not None else None
        worker = getattr(page, "_worker", None)
        busy = worker is None or not worker.done.is_set()
        if busy and time.perf_counter() - shown["at"] < 60:
            QTimer.singleShot(10, wait_report)
            return
        outcome["report"] = time.perf_counter() - shown["at"]
        if window is not None:
            for name in ("SettingsPage", "ReferralsPage", "TodayPage"):
                window.show_page(window.page_named(name))  # type: ignore[arg-type]
                app.processEvents()
        QTimer.singleShot(200, every_page_shown)

    def every_page_shown() -> None:
        outcome["rss_every_page"] = psutil.Process().memory_info().rss
        app.quit()

    def on_unlocked(main_window: object) -> None:
        main_window.repaint()  # type: ignore[attr-defined]
        QTimer.singleShot(0, painted)

    controller.unlock_window_shown.connect(on_shown)
    controller.unlocked.connect(on_unlocked)
    QTimer.singleShot(120_000, app.quit)
    controller.start()
    app.exec()
    controller.shutdown()
    if "total" not in outcome:
        print("the main window never showed", file=sys.stderr)
        return 1
    print(json.dumps({**outcome, "kdf": sum(kdf)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
