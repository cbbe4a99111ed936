"""The agencies this vault knows, as a table: name, trust, fingerprint, directory version."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication

from intake_app.exchange.identity import Partner, PartnerState

from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.rows_model import Col, RowsModel

_STATES = {
    PartnerState.PENDING: QT_TRANSLATE_NOOP("PartnersModel", "Waiting for confirmation"),
    PartnerState.TRUSTED: QT_TRANSLATE_NOOP("PartnersModel", "Trusted"),
    PartnerState.REVOKED: QT_TRANSLATE_NOOP("PartnersModel", "Revoked"),
}


def state_text(state: PartnerState) -> str:
    return QCoreApplication.translate("PartnersModel", _STATES[state])


class PartnersModel(RowsModel[Partner]):
    CONTEXT = "PartnersModel"

    def columns(self) -> Sequence[Col[Partner]]:
        return (
            Col(QT_TRANSLATE_NOOP("PartnersModel", "Agency"), lambda p: p.card.name),
            Col(QT_TRANSLATE_NOOP("PartnersModel", "State"), lambda p: state_text(p.state)),
            Col(QT_TRANSLATE_NOOP("PartnersModel", "Fingerprint"), lambda p: p.card.fingerprint),
            Col(
                QT_TRANSLATE_NOOP("PartnersModel", "Directory version"),
                lambda p: str(p.directory_version) if p.directory_version else "",
            ),
        )

    @property
    def partners(self) -> list[Partner]:
        return self._rows

    def set_partners(self, partners: list[Partner]) -> None:
        self.set_rows(partners)
