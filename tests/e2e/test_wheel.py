"""The wheel carries everything the app reads, and works installed away from the checkout.

The build runs on a copy of the project in a temporary folder (so the checkout is never
written to), offline: setuptools comes from the test lock (`--no-build-isolation`). The
install goes into a throw-away venv that borrows this venv's third-party packages through a
`.pth` line (no network), while Passerelle itself comes only from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PASSPHRASE = "violet lantern harbour maple\n"
_NOT_SOURCE = shutil.ignore_patterns(
    ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".hypothesis", ".*_cache",
    "tests", "screenshots", "bench-results.json",
)  # fmt: skip


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    qm = ROOT / "resources" / "translations" / "passerelle_fr.qm"
    assert qm.is_file(), "run `make translations` first (make test does)"
    for po in (ROOT / "resources" / "catalogs").glob("*/LC_MESSAGES/*.po"):
        assert po.with_suffix(".mo").is_file(), "run `make translations` first (make test does)"
    work = tmp_path_factory.mktemp("wheel")
    source = work / "source"
    shutil.copytree(ROOT, source, ignore=_NOT_SOURCE)
    out = work / "out"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "--no-build-isolation",
         "--no-index", "-w", str(out), str(source)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    (found,) = out.glob("intake_app-*.whl")
    return found


def _names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as z:
        return set(z.namelist())


def test_the_wheel_carries_migrations_resources_and_licences(wheel: Path) -> None:
    names = _names(wheel)
    migrations = {p.name for p in (ROOT / "intake_app" / "vault" / "migrations").glob("*.sql")}
    assert (
        migrations
        and {n.rsplit("/", 1)[1] for n in names if n.startswith("intake_app/vault/migrations/")}
        >= migrations
    )
    res = "intake_app/_resources/"
    for needed in (
        "fonts/DejaVuSans.ttf",
        "fonts/DejaVuSans-Bold.ttf",
        "fonts/coverage.json",
        "fonts/LICENSE-DejaVu.txt",
        "translations/passerelle_fr.qm",
        "translations/passerelle_en.qm",
        "hsds/3.0/datapackage.json",
        "hsds/3.1-dev/schema/service.json",
        "hsds/LICENSE-HSDS-CC-BY-SA-4.0.txt",
        "directory/sample_directory.json",
        "icons/passerelle.svg",
        "catalogs/fr/LC_MESSAGES/letters.mo",
        "catalogs/fr/LC_MESSAGES/record.mo",
        "catalogs/fr/LC_MESSAGES/routing.mo",
        "catalogs/ar/LC_MESSAGES/reading.mo",
        "catalogs/ar/language.json",
    ):
        assert res + needed in names, needed
    # Every catalog travels compiled (the .mo files are built, not kept in git).
    for po in (ROOT / "resources" / "catalogs").glob("*/LC_MESSAGES/*.po"):
        mo = po.with_suffix(".mo").relative_to(ROOT / "resources").as_posix()
        assert res + mo in names, mo
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
    assert not any(n.startswith("resources/") for n in names), "a top-level resources package"
    assert not any(n.startswith("tests/") for n in names)


def test_every_file_under_resources_is_in_the_wheel(wheel: Path) -> None:
    """New subfolders and file types under resources/ travel without touching setup.py."""
    names = _names(wheel)
    on_disk = {
        "intake_app/_resources/" + p.relative_to(ROOT / "resources").as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and p.suffix not in (".lock", ".pyc")
    }
    assert on_disk - names == set()


def test_every_package_of_the_code_is_in_the_wheel(wheel: Path) -> None:
    names = _names(wheel)
    packages = {
        p.parent.relative_to(ROOT).as_posix() + "/__init__.py"
        for p in (ROOT / "intake_app").rglob("__init__.py")
        if "__pycache__" not in p.parts
    }
    assert packages - names == set()


def _venv_with_the_wheel(wheel: Path, where: Path) -> Path:
    venv = where / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    bin_dir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bin_dir / ("python.exe" if os.name == "nt" else "python")
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    # Third-party packages from this venv; a plain path line does not run its .pth files,
    # so this venv's editable Passerelle is not seen.
    Path(site, "borrowed.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", "utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--quiet",
         "--no-index", "--no-deps", "--force-reinstall", str(wheel)],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return bin_dir


@pytest.mark.slow
def test_the_installed_wheel_runs_the_cli_and_the_demo_outside_the_checkout(
    wheel: Path, tmp_path: Path
) -> None:
    bin_dir = _venv_with_the_wheel(wheel, tmp_path)
    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")} | {
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "home" / ".config"),
        "XDG_DATA_HOME": str(tmp_path / "home" / ".local" / "share"),
        "TMPDIR": str(tmp_path),
    }

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(bin_dir / "intake-app-cli"), *args], input=stdin, capture_output=True,
            text=True, timeout=180, cwd=away, env=env, check=False,
        )  # fmt: skip

    where = subprocess.run(
        [str(bin_dir / "python"), "-c",
         "import intake_app, intake_app.resources as r;"
         "from intake_app.letters.render import register_fonts;"
         "register_fonts(); print(intake_app.__file__); print(r.resources_dir());"
         "from intake_app.domain.common import Lang;"
         "from intake_app.letters.texts import text;"
         "from intake_app.letters.client_texts import shipped;"
         "print(text(Lang.FR, 'To'), shipped()['es'].phrase('Where'))"],
        capture_output=True, text=True, cwd=away, env=env, check=False,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr[-3000:]
    assert str(ROOT) not in where.stdout and str(tmp_path / "venv") in where.stdout
    assert "Destinataire Dónde" in where.stdout, "the installed catalogs print French/Spanish"

    data = str(tmp_path / "data")
    init = run("init", "--data-dir", data, "--org", "Org", "--admin", "Ana",
               "--passphrase-stdin", stdin=PASSPHRASE)  # fmt: skip
    assert init.returncode == 0, init.stderr
    seed = run("seed-demo", "--data-dir", data, "--passphrase-stdin", "--user", "Ana",
               "--clients", "5", "--services", "5", stdin=PASSPHRASE)  # fmt: skip
    assert seed.returncode == 0, seed.stderr
    check = run("check", "--data-dir", data, "--passphrase-stdin", "--user", "Ana",
                stdin=PASSPHRASE)  # fmt: skip
    assert check.returncode == 0, check.stderr
    assert "audit chain: intact" in check.stdout

    demo = subprocess.run(
        [str(bin_dir / "intake-app"), "--demo", "--exit-when-shown"], capture_output=True,
        text=True, timeout=180, cwd=away, env=env, check=False,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stderr[-3000:]
    assert "shown" in demo.stdout and "Traceback" not in demo.stderr
    assert not list(tmp_path.glob("passerelle-demo-*")), "the demo folder was left behind"
