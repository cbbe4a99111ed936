"""The shipped data files, read through `importlib.resources` wherever the code runs.

The project keeps them in the top-level `resources/` folder; the build installs that folder
as the package `intake_app._resources` (setup.py), so an editable install, a wheel and the
PyInstaller bundle all find it by the same package name, never by a path beside the code.
Qt-free, so letters and imports can use it.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "intake_app._resources"


def resource_files() -> Traversable:
    """The resources as an `importlib.resources` tree (works for any kind of install)."""
    return resources.files(PACKAGE)


def resources_dir() -> Path:
    """The resources folder as a real path, for libraries that want file names (fonts, Qt).

    Every way we install (editable, wheel, PyInstaller folder) keeps the files on disk; a
    zipped install would not, and is refused here rather than half working.
    """
    root = resource_files()
    if isinstance(root, Path):
        return root
    path = Path(str(root))
    if not path.is_dir():
        raise RuntimeError("the resources are not on disk (zipped install is not supported)")
    return path


def resource_path(*parts: str) -> Path:
    """One file or folder inside the resources, e.g. `resource_path("fonts", "DejaVuSans.ttf")`."""
    return resources_dir().joinpath(*parts)
