"""The agencies this vault knows, as a table: name, trust, fingerprint, directory version."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from intake_app.exchange.identity import Partner, PartnerState

from intake_app.ui.i18n import QT_TRANSLATE_NOOP

_STATES = {
    PartnerState.PENDING: QT_TRANSLATE_NOOP("PartnersModel", "Waiting for confirmation"),
    PartnerState.TRUSTED: QT_TRANSLATE_NOOP("PartnersModel", "Trusted"),
    PartnerState.REVOKED: QT_TRANSLATE_NOOP("PartnersModel", "Revoked"),
}


def state_text(state: PartnerState) -> str:
    return QCoreApplication.translate("PartnersModel", _STATES[state])


class PartnersModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("PartnersModel", "Agency"),
        QT_TRANSLATE_NOOP("PartnersModel", "State"),
        QT_TRANSLATE_NOOP("PartnersModel", "Fingerprint"),
        QT_TRANSLATE_NOOP("PartnersModel", "Directory version"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.partners: list[Partner] = []

    def set_partners(self, partners: list[Partner]) -> None:
        self.beginResetModel()
        self.partners = partners
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.partners)

    def columnCount(self, parent: QModelIndex | Any = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("PartnersModel", self.HEADERS[section])
        return None

    def data(self, index: QModelIndex | Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        p = self.partners[index.row()]
        return (
            p.card.name,
            state_text(p.state),
            p.card.fingerprint,
            str(p.directory_version) if p.directory_version else "",
        )[index.column()]
