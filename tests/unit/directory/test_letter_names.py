"""Letter names travel with the directory: stored in the vault, exported to HSDS (JSON and
tabular) as Passerelle text attributes, and read back by the import."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from intake_app.directory.hsds_export import export_json, export_tabular
from intake_app.directory.hsds_import import read_directory_file
from intake_app.directory.sample import sample_services
from intake_app.domain.services import Service
from intake_app.vault.directory_repo import load_service, save_service
from intake_app.vault.session import VaultSession


def _named() -> Service:
    s = next(x for x in sample_services() if x.letter_name)
    org = replace(s.organization, letter_name="Le Phare", letter_address_line="Porte B")
    return replace(s, organization=org, letter_address_line="2e étage")


def test_letter_names_are_stored(session: VaultSession) -> None:
    s = _named()
    with session.write() as conn:
        save_service(conn, s)
    back = load_service(session.conn, s.id)
    assert back is not None
    assert (back.letter_name, back.letter_address_line) == (s.letter_name, "2e étage")
    assert back.organization.letter_name == "Le Phare"
    assert back.organization.letter_address_line == "Porte B"


@pytest.mark.parametrize("kind", ["json", "zip"])
def test_letter_names_survive_an_export_and_an_import(kind: str, tmp_path: Path) -> None:
    s = _named()
    path = tmp_path / f"dir.{kind}"
    (export_json if kind == "json" else export_tabular)([s], path)
    (back,), _files, _warnings = read_directory_file(path)
    assert back.letter_name == s.letter_name
    assert back.letter_address_line == "2e étage"
    assert back.organization.letter_name == "Le Phare"
    assert back.organization.letter_address_line == "Porte B"
    assert all(t.lang in ("en", "fr") for t in back.translations)


def test_the_shipped_sample_file_carries_the_three_letter_names() -> None:
    names = {s.letter_name for s in sample_services() if s.letter_name}
    assert len(names) == 3
