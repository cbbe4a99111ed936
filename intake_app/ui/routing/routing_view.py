"""The routing view on a client: needs on the left, ranked services on the right.

Each card says why the service is suggested, in the interface language. Filters narrow
by language, area and "open now"; a toggle shows services left out (greyed, with the
reason). Tick cards, press "Refer": one referral per ticked service, made at once.
Nothing on this screen is printed: explanations mention barriers and stay here.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from intake_app.clients.consent import record_referral_consent
from intake_app.clock import today as clock_today
from intake_app.domain.languages import capitalised, language_name
from intake_app.domain.permissions import Permission, allowed
from intake_app.domain.referrals import ReferralFilter
from intake_app.errors import KnownError
from intake_app.referrals.create import ReferralPick, create_referrals
from intake_app.referrals.follow_up import list_referrals
from intake_app.referrals.route import RoutingResult, route_client
from intake_app.routing.rank import PreparedDirectory

from intake_app.ui.clients.models import day_text
from intake_app.ui.context import AppContext
from intake_app.ui.dialogs import Alert, Question
from intake_app.ui.routing.card_delegate import CardDelegate
from intake_app.ui.routing.needs_to_route_model import NeedsToRouteModel
from intake_app.ui.routing.refer_consent import ReferConsentPanel
from intake_app.ui.routing.suggestions_model import SuggestionsFilter, SuggestionsModel
from intake_app.ui.widgets.tab_order import tab_in_order
from intake_app.ui.workers import Worker

log = logging.getLogger(__name__)

# Cards shown per need; the best ones. A need rarely has more worth reading.
PER_NEED = 25


class RoutingView(QWidget):
    """`RoutingView(context, client_id)`; emits `referrals_created(list[int])`."""

    referrals_created = Signal(list)

    def __init__(self, context: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("routing-view")
        self.context = context
        self.client_id = client_id
        self._directory: PreparedDirectory | None = None
        self._result: RoutingResult | None = None
        self._worker: Worker | None = None
        self._referred_on: dict[str, date] = {}
        lang = context.ui_lang

        self.needs_model = NeedsToRouteModel(lang, self)
        self.needs_view = QListView(self)
        self.needs_view.setObjectName("routing-needs")
        self.needs_view.setModel(self.needs_model)
        self.needs_view.setSpacing(4)
        self.needs_view.setWordWrap(True)
        self.needs_view.setMinimumWidth(150)
        self.needs_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.needs_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needs_view.selectionModel().selectionChanged.connect(self._need_chosen)

        self.model = SuggestionsModel(lang, self)
        self.proxy = SuggestionsFilter(self)
        self.proxy.setSourceModel(self.model)
        self.view = QListView(self)
        self.view.setObjectName("routing-suggestions")
        self.view.setModel(self.proxy)
        self.view.setItemDelegate(CardDelegate(self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setUniformItemSizes(False)
        self.view.setMouseTracking(True)
        self.view.installEventFilter(self)
        self.model.dataChanged.connect(self._update_refer)
        self.model.modelReset.connect(self._update_refer)

        self.language = QComboBox(self)
        self.language.setObjectName("routing-language")
        self.area = QComboBox(self)
        self.area.setObjectName("routing-area")
        self.open_now = QCheckBox(self.tr("Open now"), self)
        self.show_excluded = QCheckBox(self.tr("Show services left out"), self)
        self.show_excluded.setToolTip(
            self.tr(
                "Also show services that ask for a document this person does not have, greyed, "
                "with the reason."
            )
        )
        for combo in (self.language, self.area):
            combo.currentIndexChanged.connect(self._apply_filters)
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        for box in (self.open_now, self.show_excluded):
            box.toggled.connect(self._apply_filters)

        self.status = QLabel(self)
        self.status.setObjectName("routing-status")
        self.status.setWordWrap(True)
        self.refer_button = QPushButton(self.tr("Refer"), self)
        self.refer_button.setObjectName("routing-refer")
        self.refer_button.setDefault(True)
        self.refer_button.clicked.connect(self.refer)
        self.refer_button.setVisible(allowed(context.session.user, Permission.MAKE_REFERRALS))
        self.needs_view.setAccessibleName(self.tr("Needs"))
        self.view.setAccessibleName(self.tr("Services that fit the chosen need"))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 8, 0)
        needs_title = QLabel(self.tr("Needs"), left)
        needs_title.setStyleSheet("font-weight: bold;")
        left_layout.addWidget(needs_title)
        left_layout.addWidget(self.needs_view)
        hint = QLabel(self.tr("Choose a need to jump to its services."), left)
        hint.setWordWrap(True)
        hint.setEnabled(False)
        left_layout.addWidget(hint)
        # Here rather than under the cards: on a small screen every line there is a card less.
        left_layout.addWidget(self.status)

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        # Two rows, so that the filters fit beside the needs even at 1366×768.
        filters = QGridLayout()
        filters.setHorizontalSpacing(8)
        filters.setVerticalSpacing(4)
        language_label = QLabel(self.tr("Language:"), right)
        language_label.setBuddy(self.language)
        area_label = QLabel(self.tr("Area:"), right)
        area_label.setBuddy(self.area)
        filters.addWidget(language_label, 0, 0)
        filters.addWidget(self.language, 0, 1)
        filters.addWidget(area_label, 0, 2)
        filters.addWidget(self.area, 0, 3)
        filters.addWidget(self.open_now, 1, 0, 1, 2)
        filters.addWidget(self.show_excluded, 1, 2, 1, 2)
        filters.setColumnStretch(1, 1)
        filters.setColumnStretch(3, 1)
        right_layout.addLayout(filters)
        right_layout.addWidget(self.view, 1)
        self.consent = ReferConsentPanel(clock_today(context.session.clock), right)
        self.consent.setVisible(allowed(context.session.user, Permission.MAKE_REFERRALS))
        right_layout.addWidget(self.consent)
        # Refer closes the consent's row: one step, and both hidden without the permission.
        self.consent.buttons.addWidget(self.refer_button)
        tab_in_order(
            self.needs_view,
            self.language,
            self.area,
            self.open_now,
            self.show_excluded,
            self.view,
            self.consent.toggle,
            *self.consent.boxes.values(),
            self.consent.method,
            self.consent.given_on,
            self.refer_button,
        )

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([190, 810])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 12, 4)
        layout.addWidget(splitter)

        self._update_refer()
        self.load()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab into the cards lands on the first service, drawn with its focus frame
        (Space ticks it, arrows move)."""
        if watched is self.view and event.type() == QEvent.Type.FocusIn:
            current = self.view.currentIndex()
            if not current.isValid() or not (current.flags() & Qt.ItemFlag.ItemIsUserCheckable):
                for row in range(self.proxy.rowCount()):
                    index = self.proxy.index(row, 0)
                    if index.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                        self.view.setCurrentIndex(index)
                        break
        return super().eventFilter(watched, event)

    # -- loading ---------------------------------------------------------------------------

    def load(self) -> None:
        """Load the directory off the GUI thread, then rank for the client."""
        self.status.setText(self.tr("Looking through the directory…"))
        session = self.context.session
        cache = self.context.directory_cache

        def job(_progress: object, _cancelled: object) -> PreparedDirectory:
            with session.worker() as worker:
                return cache.get(worker)

        worker = Worker(job)
        worker.signals.finished.connect(self._directory_loaded)
        worker.signals.failed.connect(self._failed)
        self._worker = worker
        self.context.pool.start(worker)

    def _directory_loaded(self, directory: PreparedDirectory) -> None:
        self._directory = directory
        self.refresh()

    def _failed(self, exc: KnownError) -> None:
        self.status.setText("")
        Alert.error(self, exc)

    def refresh(self) -> None:
        """Rank again (after the client's needs or the clock changed)."""
        if self._directory is None:
            return
        try:
            result = route_client(
                self.context.session, self.client_id, self._directory, include_excluded=True
            )
        except KnownError as exc:
            Alert.error(self, exc)
            return
        self._result = result
        self.consent.set_client(result.client, clock_today(self.context.session.clock))
        kept = []
        seen: dict[int, int] = {}
        for s in result.suggestions:
            seen[s.need_index] = seen.get(s.need_index, 0) + 1
            if seen[s.need_index] <= PER_NEED:
                kept.append(s)
        self.model.set_suggestions(result.query.needs, kept)
        self._show_earlier_referrals()
        counts = {i: 0 for i in range(len(result.query.needs))}
        for s in result.suggestions:
            if not s.excluded:
                counts[s.need_index] += 1
        self.needs_model.set_needs([(n, counts[i]) for i, n in enumerate(result.query.needs)])
        self._fill_filters(result)
        if not result.query.needs:
            self.status.setText(
                self.tr(
                    "This person has no open needs. Add needs on the Needs tab to see services."
                )
            )
        else:
            self.status.setText(self.tr("Tick the services to refer to, then press Refer."))
        if self._directory.uncategorised:
            self.status.setText(
                self.status.text()
                + " "
                + self.tr(
                    "%n service(s) of the directory have no category and cannot be suggested.",
                    "",
                    self._directory.uncategorised,
                )
            )

    def _earlier_referrals(self) -> dict[str, date]:
        """The day this person was last referred to each service."""
        try:
            rows = list_referrals(self.context.session, ReferralFilter(client_id=self.client_id))
        except KnownError:
            return {}
        latest: dict[str, date] = {}
        for r in rows:
            if r.service_id:
                day = r.created_at.date()
                latest[r.service_id] = max(day, latest.get(r.service_id, day))
        return latest

    def _show_earlier_referrals(self) -> None:
        self._referred_on = self._earlier_referrals()
        lang = self.context.ui_lang
        self.model.set_referred(
            {
                sid: self.tr("already referred on %1").replace("%1", day_text(day, lang))
                for sid, day in self._referred_on.items()
            }
        )

    def _confirm_repeat(self, service_ids: list[str]) -> bool:
        """A second referral to the same service the same day is usually a slip."""
        today = self.context.clock.now().date()
        again = [sid for sid in service_ids if self._referred_on.get(sid) == today]
        if not again:
            return True
        names = [
            s.service.name_in(self.context.ui_lang.value)
            for s in self.model.checked()
            if s.service.id in again
        ]
        return Question.ask(
            self,
            self.tr(
                "This person was already referred today to: %1. Make another referral anyway?"
            ).replace("%1", ", ".join(dict.fromkeys(names))),
            self.tr("Refer again"),
            self.tr("Do not refer again"),
            destructive=True,
        )

    def _fill_filters(self, result: RoutingResult) -> None:
        lang = self.context.ui_lang
        for combo in (self.language, self.area):
            combo.blockSignals(True)
            combo.clear()
        self.language.addItem(self.tr("Any language"), "")
        codes = list(dict.fromkeys([*result.client.languages, "fr", "en"]))
        for code in codes:
            self.language.addItem(capitalised(language_name(code, lang)), code)
        self.area.addItem(self.tr("Any area"), "")
        areas = sorted(
            {s.service.area for s in result.suggestions if s.service.area}, key=str.casefold
        )
        if result.client.area:
            self.area.addItem(
                self.tr("%1 (this person's area)").replace("%1", result.client.area),
                result.client.area,
            )
        for a in areas:
            if a != result.client.area:
                self.area.addItem(a, a)
        for combo in (self.language, self.area):
            combo.blockSignals(False)

    # -- filters and choosing --------------------------------------------------------------

    def _apply_filters(self) -> None:
        self.proxy.set_filters(
            language=self.language.currentData() or "",
            area=self.area.currentData() or "",
            open_now=self.open_now.isChecked(),
            show_excluded=self.show_excluded.isChecked(),
        )

    def _need_chosen(self, selected: QItemSelection, _old: QItemSelection) -> None:
        indexes = selected.indexes()
        if not indexes:
            return
        row = self.model.header_row(indexes[0].row())
        if row < 0:
            return
        proxy_index = self.proxy.mapFromSource(self.model.index(row))
        if proxy_index.isValid():
            self.view.scrollTo(proxy_index, QAbstractItemView.ScrollHint.PositionAtTop)

    def _update_refer(self, *_args: object) -> None:
        count = len(self.model.checked())
        self.refer_button.setEnabled(count > 0)
        if count > 0 and self.consent.isVisibleTo(self) and self.consent.picked():
            self.view.scrollTo(self.view.currentIndex())  # the card just ticked stays in sight
        if count == 0:
            self.refer_button.setText(self.tr("Refer"))
        else:
            self.refer_button.setText(self.tr("Refer to %n service(s)", "", count))

    def refer(self) -> None:
        """One referral per ticked service; a service ticked for two needs gets one referral."""
        chosen = self.model.checked()
        if not chosen:
            return
        picks: dict[str, list[int]] = {}
        for s in chosen:
            if s.need.id is not None:
                picks.setdefault(s.service.id, []).append(s.need.id)
        if not self._confirm_repeat(list(picks)):
            return
        try:
            made = create_referrals(
                self.context.session,
                self.client_id,
                [ReferralPick(sid, tuple(dict.fromkeys(ids))) for sid, ids in picks.items()],
            )
        except KnownError as exc:
            Alert.error(self, exc)
            return
        try:
            record_referral_consent(
                self.context.session,
                self.client_id,
                list(picks),
                self.consent.shares(),
                self.consent.method_chosen(),
                self.consent.date_given(),
            )
        except KnownError as exc:  # the referrals stand; the letter falls back to initials
            Alert.error(self, exc)
        self.model.uncheck_all()
        codes = ", ".join(r.code for r in made)
        self.status.setText(self.tr("%n referral(s) made: %1", "", len(made)).replace("%1", codes))
        self._show_earlier_referrals()
        self.referrals_created.emit([r.id for r in made if r.id is not None])

    def shutdown(self) -> None:
        if self._worker is not None:
            self._worker.cancel()
        self.model.clear()
        self.needs_model.set_needs([])

    def select_need(self, row: int) -> None:
        self.needs_view.setCurrentIndex(self.needs_model.index(row))
