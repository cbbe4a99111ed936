"""Create or edit one service: what it offers, where and when, and who may come.

Problems are shown beside the fields (from `directory.use_cases.validate_service`) and the
dialog stays open until they are fixed. Only the first location is edited here; others a
service brought from an import are kept as they are.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from intake_app.directory.sample import AREA_POINTS_BY_NAME, AREAS
from intake_app.directory.use_cases import new_id, validate_service
from intake_app.domain.common import Lang
from intake_app.domain.services import (
    Address,
    Location,
    OpeningHours,
    Organization,
    Phone,
    Service,
    Translation,
)
from intake_app.domain.taxonomy import AUDIENCE_TERMS, SERVICE_TERMS, Term
from intake_app.letters.leak_guard import is_clean

from intake_app.ui.clients.languages import LanguagePicker
from intake_app.ui.directory.access_tab import AccessTab
from intake_app.ui.directory.hours_grid import HoursGrid
from intake_app.ui.i18n import QT_TRANSLATE_NOOP
from intake_app.ui.widgets.screen_fit import fit_to_screen
from intake_app.ui.widgets.tones import Tone, set_tone

_PROBLEMS = {
    "required": QT_TRANSLATE_NOOP("ServiceEditor", "This is required."),
    "unknown-code": QT_TRANSLATE_NOOP("ServiceEditor", "Unknown code."),
    "hours-order": QT_TRANSLATE_NOOP("ServiceEditor", "A closing time is before its opening time."),
    "latitude": QT_TRANSLATE_NOOP("ServiceEditor", "Latitude is between -90 and 90."),
    "longitude": QT_TRANSLATE_NOOP("ServiceEditor", "Longitude is between -180 and 180."),
    "weekday": QT_TRANSLATE_NOOP("ServiceEditor", "Unknown day."),
    "number": QT_TRANSLATE_NOOP("ServiceEditor", "Type a number, e.g. 45.5017."),
    "letter-flagged": QT_TRANSLATE_NOOP(
        "ServiceEditor",
        "This name would itself be flagged on a letter: choose a neutral one, such as the "
        "organization's name alone.",
    ),
}
_CHECK = QT_TRANSLATE_NOOP("ServiceEditor", "Check this value.")

_DEFAULT_CITY = "Montréal"  # a new place's city, as the program is used in Montréal


def _checklist(
    terms: tuple[Term, ...], lang: Lang, chosen: frozenset[str], parent: QWidget
) -> tuple[QListView, QStandardItemModel]:
    model = QStandardItemModel(parent)
    for t in terms:
        item = QStandardItem(t.label(lang))
        item.setData(t.code, Qt.ItemDataRole.UserRole)
        item.setCheckable(True)
        item.setEditable(False)
        item.setCheckState(Qt.CheckState.Checked if t.code in chosen else Qt.CheckState.Unchecked)
        model.appendRow(item)
    view = QListView(parent)
    view.setModel(model)
    view.setMinimumHeight(150)
    return view, model


def _checked(model: QStandardItemModel) -> frozenset[str]:
    return frozenset(
        model.item(i).data(Qt.ItemDataRole.UserRole)
        for i in range(model.rowCount())
        if model.item(i).checkState() == Qt.CheckState.Checked
    )


class ServiceEditor(QDialog):
    def __init__(
        self,
        service: Service | None,
        organizations: list[Organization],
        lang: Lang,
        parent: QWidget | None = None,
    ) -> None:
        if service is not None and not isinstance(service, Service):  # a listed record
            # Saving one would lose the texts the list does not keep.
            raise ValueError("the editor edits a whole service, read from the vault by id")
        super().__init__(parent)
        self.setObjectName("service-editor")
        self.lang = lang
        self.original = service
        self.organizations = organizations
        self.setWindowTitle(self.tr("New service") if service is None else self.tr("Edit service"))
        fit_to_screen(self, QSize(780, 640))
        s = service or Service(
            id=new_id(), organization=Organization(id=new_id(), name=""), name=""
        )
        self._base = s
        loc = s.locations[0] if s.locations else Location(id=new_id())
        self._loc = loc
        self.errors: dict[str, QLabel] = {}
        tabs = QTabWidget(self)
        tabs.addTab(self._service_tab(s), self.tr("Service"))
        tabs.addTab(self._place_tab(s, loc), self.tr("Place and hours"))
        tabs.addTab(self._access_tab(s), self.tr("Access and eligibility"))
        self.tabs = tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 12)
        layout.addWidget(tabs)
        layout.addWidget(buttons)

    # -- building ------------------------------------------------------------------------

    def _error_label(self, key: str) -> QLabel:
        label = QLabel(self)
        label.setObjectName(f"error-{key}")
        set_tone(label, Tone.BAD)
        label.setWordWrap(True)
        label.hide()
        self.errors[key] = label
        return label

    def _with_error(self, widget: QWidget, key: str) -> QWidget:
        box = QWidget(self)
        v = QVBoxLayout(box)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(2)
        v.addWidget(widget)
        v.addWidget(self._error_label(key))
        return box

    def _form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget(self)
        form = QFormLayout(page)
        form.setContentsMargins(12, 12, 12, 12)
        form.setVerticalSpacing(8)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        return page, form

    def _service_tab(self, s: Service) -> QWidget:
        page, form = self._form()
        self.name_fr = QLineEdit(s.name, self)
        self.name_fr.setObjectName("edit-name")
        en = next((t for t in s.translations if t.lang == "en"), Translation("en"))
        self.name_en = QLineEdit(en.name, self)
        self.letter_name = QLineEdit(s.letter_name, self)
        self.letter_name.setObjectName("edit-letter-name")
        self.letter_name.setPlaceholderText(
            self.tr("Printed on letters instead of the name, e.g. Clinique juridique Plateau")
        )
        self.letter_line = QLineEdit(s.letter_address_line, self)
        self.letter_line.setObjectName("edit-letter-line")
        self.letter_line.setPlaceholderText(self.tr("Printed under it, e.g. 2nd floor, door B"))
        self.name_hint = QLabel(self)
        self.name_hint.setObjectName("edit-name-hint")
        self.name_hint.setWordWrap(True)
        set_tone(self.name_hint, Tone.WARN)
        for edit in (self.name_fr, self.name_en, self.letter_name):
            edit.textChanged.connect(self._check_letter_name)
        self.org_letter_name = QLineEdit(s.organization.letter_name, self)
        self.org_letter_name.setObjectName("edit-org-letter-name")
        self.org_letter_name.setPlaceholderText(self.tr("The organization's name on letters"))
        self.org = QComboBox(self)
        self.org.setObjectName("edit-organization")
        self.org.setEditable(True)
        for o in self.organizations:
            self.org.addItem(o.name, o.id)
        self.org.setCurrentText(s.organization.name)
        self.org_website = QLineEdit(s.organization.website, self)
        self.org_email = QLineEdit(s.organization.email, self)
        self.org_phone = QLineEdit(
            s.organization.phones[0].number if s.organization.phones else "", self
        )
        self.org.currentTextChanged.connect(self._organization_chosen)
        self.desc_fr = QPlainTextEdit(s.description, self)
        self.desc_en = QPlainTextEdit(en.description, self)
        for box in (self.desc_fr, self.desc_en):
            box.setTabChangesFocus(True)
            box.setFixedHeight(64)
        self.cat_view, self.cat_model = _checklist(SERVICE_TERMS, self.lang, s.categories, self)
        self.aud_view, self.aud_model = _checklist(AUDIENCE_TERMS, self.lang, s.audiences, self)
        lists = QWidget(self)
        grid = QGridLayout(lists)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(QLabel(self.tr("Categories:"), self), 0, 0)
        grid.addWidget(QLabel(self.tr("Especially for:"), self), 0, 1)
        grid.addWidget(self._with_error(self.cat_view, "categories"), 1, 0)
        grid.addWidget(self.aud_view, 1, 1)
        # Languages by name (type "espa", Enter), not raw codes.
        self.languages = LanguagePicker(self.lang, self, ranked=False)
        self.languages.setObjectName("edit-languages")
        self.languages.set_codes(tuple(sorted(s.languages)))
        self.interp = QCheckBox(self.tr("Interpretation offered"), self)
        self.interp.setChecked(s.interpretation_offered)
        self.phone = QLineEdit(s.phones[0].number if s.phones else "", self)
        self.email = QLineEdit(s.email, self)
        self.url = QLineEdit(s.url, self)
        self.name_fr.setAccessibleName(self.tr("Name (French):"))
        self.org.setAccessibleName(self.tr("Organization:"))
        self.cat_view.setAccessibleName(self.tr("Categories:"))
        self.aud_view.setAccessibleName(self.tr("Especially for:"))
        self.letter_name.setAccessibleName(self.tr("Name on letters:"))
        self.org_letter_name.setAccessibleName(self.tr("Organization on letters:"))
        form.addRow(self.tr("Name (French):"), self._with_error(self.name_fr, "name"))
        form.addRow(self.tr("Name (English):"), self.name_en)
        form.addRow(self.tr("Name on letters:"), self._with_error(self.letter_name, "letter_name"))
        form.addRow("", self.name_hint)
        form.addRow(self.tr("Address line on letters:"), self.letter_line)
        form.addRow(self.tr("Organization:"), self._with_error(self.org, "organization"))
        form.addRow(
            self.tr("Organization on letters:"),
            self._with_error(self.org_letter_name, "org_letter_name"),
        )
        org_details = QWidget(self)
        row = QGridLayout(org_details)
        row.setContentsMargins(0, 0, 0, 0)
        for col, (label, edit) in enumerate(
            (
                (self.tr("Website"), self.org_website),
                (self.tr("E-mail"), self.org_email),
                (self.tr("Phone"), self.org_phone),
            )
        ):
            edit.setPlaceholderText(label)
            edit.setAccessibleName(self.tr("The organization's {what}").format(what=label.lower()))
            edit.setToolTip(self.tr("The organization's {what}").format(what=label.lower()))
            row.addWidget(edit, 0, col)
        form.addRow(self.tr("Organization contact:"), org_details)
        form.addRow(self.tr("Description (French):"), self.desc_fr)
        form.addRow(self.tr("Description (English):"), self.desc_en)
        form.addRow(lists)
        form.addRow(self.tr("Languages:"), self.languages)
        form.addRow("", self.interp)
        form.addRow(self.tr("Phone:"), self.phone)
        form.addRow(self.tr("E-mail:"), self.email)
        form.addRow(self.tr("Website:"), self.url)
        self._check_letter_name()
        return self._scroll(page)

    def _scroll(self, page: QWidget) -> QWidget:
        from PySide6.QtWidgets import QFrame, QScrollArea

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(page)
        return scroll

    def _place_tab(self, s: Service, loc: Location) -> QWidget:
        page, form = self._form()
        a = loc.address or Address()
        self.loc_name = QLineEdit(loc.name, self)
        self.street = QLineEdit(a.street, self)
        self.city = QLineEdit(a.city or _DEFAULT_CITY, self)
        self.postal = QLineEdit(a.postal_code, self)
        self.area = QComboBox(self)
        self.area.setObjectName("edit-area")
        self.area.setEditable(True)
        self.area.addItem("")
        self.area.addItems(list(AREAS))
        self.area.setCurrentText(loc.area)
        self.lat = QLineEdit("" if loc.latitude is None else str(loc.latitude), self)
        self.lon = QLineEdit("" if loc.longitude is None else str(loc.longitude), self)
        self.lat.setPlaceholderText(self.tr("empty: centre of the area"))
        self.lon.setPlaceholderText(self.tr("empty: centre of the area"))
        self.accessibility = QLineEdit(loc.accessibility, self)
        self.transit = QLineEdit(loc.transit, self)
        form.addRow(self.tr("Place name:"), self.loc_name)
        form.addRow(self.tr("Street address:"), self.street)
        form.addRow(self.tr("City:"), self.city)
        form.addRow(self.tr("Postal code:"), self.postal)
        form.addRow(self.tr("Area:"), self.area)
        self.lat.setAccessibleName(self.tr("Latitude:"))
        self.lon.setAccessibleName(self.tr("Longitude:"))
        form.addRow(self.tr("Latitude:"), self._with_error(self.lat, "latitude"))
        form.addRow(self.tr("Longitude:"), self._with_error(self.lon, "longitude"))
        form.addRow(self.tr("Accessibility:"), self.accessibility)
        form.addRow(self.tr("Getting there:"), self.transit)
        self.hours_grid = HoursGrid(loc.hours or s.hours, self)
        self.day_rows = self.hours_grid.day_rows
        hours = self.hours_grid
        form.addRow(self.tr("Hours:"), self._with_error(hours, "hours"))
        self.hours_note = QLineEdit(s.hours_note, self)
        self.hours_note.setPlaceholderText(self.tr("e.g. closed on public holidays"))
        form.addRow(self.tr("About the hours:"), self.hours_note)
        return self._scroll(page)

    def _access_tab(self, s: Service) -> QWidget:
        self.access_tab = AccessTab(s, self)
        return self._scroll(self.access_tab)

    # -- reading back --------------------------------------------------------------------

    def _coordinate(self, edit: QLineEdit, key: str, problems: dict[str, str]) -> float | None:
        text = edit.text().strip().replace(",", ".")
        if not text:
            point = AREA_POINTS_BY_NAME.get(self.area.currentText().strip())
            if point is None:
                return None
            return point[0] if key == "latitude" else point[1]
        try:
            return float(text)
        except ValueError:
            problems[key] = "number"
            return None

    def _check_letter_name(self, *_args: object) -> None:
        """Say, while typing, when the plain name would hold a letter for a neutral name."""
        names = [self.name_fr.text(), self.name_en.text()]
        flagged = any(n.strip() and not is_clean(n) for n in names)
        if flagged and not self.letter_name.text().strip():
            self.name_hint.setText(
                self.tr(
                    "This name may reveal something about the people who use the service. "
                    "Give a neutral name for letters, or letters will wait for one."
                )
            )
        elif flagged:
            self.name_hint.setText(self.tr("Letters will print the name on letters instead."))
        else:
            self.name_hint.setText("")
        self.name_hint.setVisible(bool(self.name_hint.text()))

    def _organization_chosen(self, name: str) -> None:
        """Picking an existing organization shows its contact details."""
        org = next((o for o in self.organizations if o.name == name.strip()), None)
        if org is not None:
            self.org_website.setText(org.website)
            self.org_email.setText(org.email)
            self.org_phone.setText(org.phones[0].number if org.phones else "")
            self.org_letter_name.setText(org.letter_name)

    def _organization(self, org: Organization) -> Organization:
        return replace(
            org,
            website=self.org_website.text().strip(),
            email=self.org_email.text().strip(),
            phones=_first_phone_edited(org.phones, self.org_phone.text().strip()),
            letter_name=self.org_letter_name.text().strip(),
        )

    def service(self, problems: dict[str, str] | None = None) -> Service:
        """The service as the form now describes it; what the form cannot read (a bad
        coordinate, a letter name that would be flagged) goes into `problems`."""
        problems = {} if problems is None else problems
        base = self._base
        org = self._chosen_organization(problems)
        hours = self.hours_grid.hours()
        hours_changed = set(hours) != set(self._loc.hours or base.hours)
        locations = self._locations(org.name, hours if hours_changed else None, problems)
        service_hours = (() if locations else hours) if hours_changed else base.hours
        return replace(
            base,
            organization=org,
            name=self.name_fr.text().strip(),
            description=self.desc_fr.toPlainText().strip(),
            categories=_checked(self.cat_model),
            audiences=_checked(self.aud_model),
            languages=frozenset(code.strip().lower() for code in self.languages.codes() if code),
            interpretation_offered=self.interp.isChecked(),
            locations=locations,
            hours=service_hours,
            phones=_first_phone_edited(base.phones, self.phone.text().strip()),
            email=self.email.text().strip(),
            url=self.url.text().strip(),
            translations=self._translations(),
            hours_note=self.hours_note.text().strip(),
            letter_name=self._letter_text(self.letter_name, "letter_name", problems),
            letter_address_line=self.letter_line.text().strip(),
            **self.access_tab.values(),
        )

    def _chosen_organization(self, problems: dict[str, str]) -> Organization:
        """An organization of the directory by its name, the service's own renamed, or a
        new one; with the contact details the form shows."""
        base = self._base
        org_name = self.org.currentText().strip()
        org = next((o for o in self.organizations if o.name == org_name), None)
        if org is None:
            same = base.organization.name == org_name and base.organization.id
            org = (
                replace(base.organization, name=org_name)
                if same
                else Organization(id=new_id(), name=org_name)
            )
        org = self._organization(org)
        if org.letter_name and not is_clean(org.letter_name):
            problems["org_letter_name"] = "letter-flagged"
        return org

    def _address(self) -> Address | None:
        street = self.street.text().strip()
        city = self.city.text().strip()
        postal = self.postal.text().strip()
        old = self._loc.address
        if not (street or city or postal):
            shown = old is not None and (old.street or old.city or old.postal_code)
            return None if shown else old
        if old is not None:  # keep what the form does not show (region, country…)
            return replace(old, street=street, city=city, postal_code=postal)
        return Address(street, city, "QC", postal)

    def _locations(
        self, org_name: str, new_hours: tuple[OpeningHours, ...] | None, problems: dict[str, str]
    ) -> tuple[Location, ...]:
        """The form's place first (then the service's other places); none for an imported
        service without a place the form left as it found it. `new_hours`: None when the
        hours were not changed."""
        base = self._base
        address = self._address()
        location = replace(
            self._loc,
            # An imported place may have no name; a new one is named after the organization.
            name=self.loc_name.text().strip() or ("" if base.source else org_name),
            address=address,
            area=self.area.currentText().strip(),
            latitude=self._coordinate(self.lat, "latitude", problems),
            longitude=self._coordinate(self.lon, "longitude", problems),
            accessibility=self.accessibility.text().strip(),
            transit=self.transit.text().strip(),
            hours=self._loc.hours if new_hours is None else new_hours,
        )
        # An imported service without a place keeps none unless the form gives it one.
        untouched = Location(id=self._loc.id)
        only_default_city = not (self.street.text().strip() or self.postal.text().strip())
        if address is not None and address.city == _DEFAULT_CITY and only_default_city:
            untouched = replace(untouched, address=address)  # only the form's default city
        if base.locations or not base.source or location != untouched:
            return (location, *base.locations[1:])
        return ()

    def _translations(self) -> tuple[Translation, ...]:
        """The English name and description replace the English translation, if any."""
        kept = tuple(t for t in self._base.translations if t.lang != "en")
        name, desc = self.name_en.text().strip(), self.desc_en.toPlainText().strip()
        return (*kept, Translation("en", name, desc)) if name or desc else kept

    def _letter_text(self, edit: QLineEdit, key: str, problems: dict[str, str]) -> str:
        text = " ".join(edit.text().split())
        if text and not is_clean(text):
            problems[key] = "letter-flagged"
        return text

    def show_problems(self, problems: dict[str, str]) -> None:
        for label in self.errors.values():
            label.hide()
        for key, code in problems.items():
            short = key.rsplit(".", 1)[-1]
            shown = self.errors.get(short) or self.errors.get(key)
            if shown is not None:
                shown.setText(self.tr(str(_PROBLEMS.get(code, _CHECK))))
                shown.show()

    def accept(self) -> None:
        problems: dict[str, str] = {}
        service = self.service(problems)
        problems.update(validate_service(service))
        if problems:
            self.show_problems(problems)
            first = next(iter(problems)).rsplit(".", 1)[-1]
            self.tabs.setCurrentIndex(
                1
                if first in ("latitude", "longitude", "hours")
                else 2
                if first in ("access",)
                else 0
            )
            return
        self.result_service = service
        super().accept()


def _first_phone_edited(phones: tuple[Phone, ...], shown: str) -> tuple[Phone, ...]:
    """The form shows the first phone only: an edit replaces it, the others stay."""
    if shown == (phones[0].number if phones else ""):
        return phones
    return ((Phone(shown),) if shown else ()) + phones[1:]
