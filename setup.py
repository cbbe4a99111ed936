"""The one thing pyproject.toml cannot say: install the top-level `resources/` folder as the
package `intake_app._resources`, next to every package found under `intake_app/`.

Everything else (metadata, dependencies, entry points) is in pyproject.toml.
"""

from pathlib import Path

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "intake_app._resources"


def _resource_packages() -> list[str]:
    """`resources/` and its subfolders whose names Python could import (`fonts`, `icons`…).

    They are listed so setuptools knows they are data, not packages it forgot; folders such
    as `hsds/3.0` are not importable names and travel as plain package data.
    """
    found = [
        f"{RESOURCES}.{name}"
        for name in find_namespace_packages(where="resources")
        if all(part.isidentifier() for part in name.split("."))
        and Path("resources", *name.split(".")).is_dir()
    ]
    return [RESOURCES, *found]


setup(
    packages=[*find_packages(include=["intake_app", "intake_app.*"]), *_resource_packages()],
    package_dir={RESOURCES: "resources"},
    package_data={
        # Every file in every subfolder, whatever its type (json, txt, ttf, otf, svg, qm, csv…).
        RESOURCES: ["**/*"],
        "intake_app.vault.migrations": ["*.sql"],
    },
    exclude_package_data={RESOURCES: ["**/*.lock", "**/__pycache__/*", "**/*.pyc"]},
)
