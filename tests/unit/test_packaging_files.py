"""The desktop metadata agree with each other and with the program's version."""

from __future__ import annotations

import configparser
import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path

from intake_app import __version__

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "packaging" / "linux"
APP_ID = "org.passerelle.Passerelle"


def test_the_desktop_entry_starts_the_program_with_its_icon() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"].split()[0] == "intake-app"
    assert section["Icon"] == APP_ID and section["Terminal"] == "false"
    assert section["Name[fr]" if "Name[fr]" in section else "Name"] == "Passerelle"
    assert section["Comment[fr]"]


def test_the_metainfo_names_the_desktop_entry_and_the_current_release() -> None:
    root = ET.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == f"{APP_ID}.desktop"
    assert root.findtext("project_license") == "AGPL-3.0-or-later"
    assert root.find("releases/release").get("version") == __version__  # type: ignore[union-attr]


def test_the_os_icons_and_plist_are_there() -> None:
    icons = ROOT / "packaging" / "icons"
    assert (icons / "passerelle.ico").read_bytes()[:4] == b"\x00\x00\x01\x00"
    assert (icons / "passerelle.icns").read_bytes()[:4] == b"icns"
    plist = plistlib.loads((ROOT / "packaging" / "macos" / "Info.plist").read_bytes())
    assert plist["CFBundleIdentifier"] == APP_ID
    template = (ROOT / "packaging" / "windows" / "version_info.txt").read_text("utf-8")
    assert "@TUPLE@" in template and "@VERSION@" in template


def test_the_licence_is_the_agpl() -> None:
    text = (ROOT / "LICENSE").read_text("utf-8")
    assert text.lstrip().startswith("GNU AFFERO GENERAL PUBLIC LICENSE")
    assert "Version 3, 19 November 2007" in text and len(text.splitlines()) == 661
