"""Where the shipped resources are: `resources/` beside the package (source checkout,
editable install, or a PyInstaller folder). Qt-free, so letters and imports can use it."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    return Path(str(resources.files("intake_app"))).parent / "resources"
