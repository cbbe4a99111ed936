"""The directory list shows prepared texts; its declared columns say the same thing, so
anything reading the columns (an export of what is shown) matches the screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from intake_app.directory.sample import sample_services
from intake_app.domain.common import Lang

from intake_app.ui.directory.models import ServicesModel, prepare_rows
from intake_app.ui.widgets.data_role import ROW_ROLE, SORT_ROLE
from intake_app.ui.widgets.tones import Tone, tone_colour

TODAY = date(2026, 3, 18)


def test_declared_columns_match_the_prepared_texts(qtmodeltester) -> None:
    services = sample_services()
    model = ServicesModel(Lang.FR, lambda: TODAY)
    model.set_services(services, prepare_rows(services, Lang.FR, TODAY))
    qtmodeltester.check(model)
    columns = model.columns()
    for row in range(model.rowCount()):
        service = model.index(row, 0).data(ROW_ROLE)
        shown = [model.index(row, c).data() for c in range(model.columnCount())]
        assert shown == [col.text(service) for col in columns]
    assert model.index(0, 0).data(SORT_ROLE) <= model.index(1, 0).data(SORT_ROLE)


def test_inactive_services_are_muted_and_the_name_has_the_description_as_tooltip(qapp) -> None:
    services = [replace(s, active=False) if i == 0 else s for i, s in enumerate(sample_services())]
    model = ServicesModel(Lang.EN, lambda: TODAY)
    model.set_services(services)
    inactive = model.row_of(services[0].id)
    foreground = model.index(inactive, 1).data(Qt.ItemDataRole.ForegroundRole)
    assert foreground.color() == tone_colour(Tone.MUTED)
    row = next(r for r in range(model.rowCount()) if model.service_at(r).description)
    assert model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole) is None
