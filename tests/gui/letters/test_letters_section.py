"""Settings → Letters on a real vault: saves the letter settings, keeps a logo in the vault,
shows the letterhead as it prints, and is read-only for a role that may not change it."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QColor, QImage

from intake_app.domain.users import Role, User
from intake_app.errors import ErrorCode, KnownError
from intake_app.settings import read_settings
from tests.conftest import ORG_NAME

from intake_app.ui.context import AppContext
from intake_app.ui.letters.letters_section import LettersSection, logo_png_from_file
from intake_app.ui.letters.seams import LogoSeam
from intake_app.ui.settings.registry import build_sections


def _png(width: int, height: int) -> bytes:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("#1F5C70"))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_the_letters_section_is_in_the_settings_registry(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    sections = build_sections(context)
    for s in sections:
        qtbot.addWidget(s)
    assert any(isinstance(s, LettersSection) for s in sections)


def test_saving_stores_the_letter_settings(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    section = LettersSection(context)
    qtbot.addWidget(section)
    section.signature.setText("Intervenante de milieu")
    section.paper.setCurrentIndex(section.paper.findData("a4"))
    section.language.setCurrentIndex(section.language.findData("en"))
    section.qr.setChecked(True)
    with qtbot.waitSignal(section.saved) as saved:
        section.save_button.click()
    assert sorted(saved.args[0]) == [
        "letters.default_language",
        "letters.paper_size",
        "letters.qr_code",
        "letters.signature_line",
    ]
    values = read_settings(context.session)
    assert values["letters.paper_size"] == "a4" and values["letters.qr_code"] is True
    assert values["letters.signature_line"] == "Intervenante de milieu"


def test_a_chosen_logo_is_scaled_and_kept_in_the_vault(
    qtbot,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    logo = tmp_path / "logo.png"
    logo.write_bytes(_png(1600, 400))
    monkeypatch.setattr(LogoSeam, "choose_logo", staticmethod(lambda parent: logo))
    section = LettersSection(context)
    qtbot.addWidget(section)
    section.choose_logo.click()
    section.save_button.click()
    stored = base64.b64decode(read_settings(context.session)["letters.logo_png"])
    image = QImage.fromData(stored)
    assert (image.width(), image.height()) == (600, 150)
    assert not section.logo_preview.pixmap().isNull()
    section.remove_logo.click()
    section.save_button.click()
    assert read_settings(context.session)["letters.logo_png"] == ""


def test_a_file_that_is_not_an_image_is_refused() -> None:
    with pytest.raises(KnownError) as info:
        logo_png_from_file(b"not an image")
    assert info.value.code is ErrorCode.INVALID_INPUT


def test_the_letterhead_shows_the_organization(qtbot, context: AppContext) -> None:  # type: ignore[no-untyped-def]
    section = LettersSection(context)
    qtbot.addWidget(section)
    assert section.letterhead.text().startswith(ORG_NAME)


def test_a_caseworker_sees_the_settings_but_cannot_change_them(
    qtbot,
    context: AppContext,  # type: ignore[no-untyped-def]
) -> None:
    context.session.user = User(id=context.session.user.id, name="Casey", role=Role.CASEWORKER)
    section = LettersSection(context)
    qtbot.addWidget(section)
    assert not section.save_button.isEnabled() and not section.signature.isEnabled()
