"""Run the frozen app the way a user does: `python packaging/package_test.py dist/passerelle`.

`--help`, `init`, `seed-demo`, `check` on a data folder in a temporary directory, then the
window offscreen (`--demo`, and the new vault) until the unlock window shows
(the hidden `--exit-when-shown`), and nothing left behind. Prints the bundle size and the
start time to the unlock window; exits 1 on the first failure. `make package-test` runs it.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PASSPHRASE = "violet lantern harbour maple\n"
COMMANDS = ("init", "check", "seed-demo", "backup", "restore")
# What the app reads at run time, inside the bundle (PyInstaller 6 puts it in _internal/).
BUNDLED = (
    "intake_app/_resources/fonts/DejaVuSans.ttf",
    "intake_app/_resources/fonts/DejaVuSans-Bold.ttf",
    "intake_app/_resources/translations/passerelle_fr.qm",
    "intake_app/_resources/catalogs/fr/LC_MESSAGES/letters.mo",
    "intake_app/_resources/catalogs/fr/LC_MESSAGES/routing.mo",
    "intake_app/_resources/catalogs/fr/LC_MESSAGES/record.mo",
    "intake_app/_resources/catalogs/ar/LC_MESSAGES/reading.mo",
    "intake_app/_resources/catalogs/ar/language.json",
    "intake_app/_resources/hsds/3.0/datapackage.json",
    "intake_app/_resources/hsds/LICENSE-HSDS-CC-BY-SA-4.0.txt",
    "intake_app/_resources/directory/sample_directory.json",
    "intake_app/vault/migrations/0001_core.sql",
    "LICENSE",
    # kept by the trimming: letter dates (Babel) and Qt's own dialog texts in French
    "babel/locale-data/root.dat",
    "babel/locale-data/fr_CA.dat",
    "babel/locale-data/en_CA.dat",
    "PySide6/Qt/translations/qtbase_fr.qm",
)


def _fail(what: str, done: subprocess.CompletedProcess[str]) -> None:
    print(f"package-test: FAILED {what} (exit {done.returncode})", file=sys.stderr)
    print(done.stdout[-2000:], done.stderr[-4000:], sep="\n", file=sys.stderr)
    raise SystemExit(1)


def _size_mib(folder: Path) -> float:
    total = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return total / 2**20


def main(argv: list[str]) -> int:
    bundle = Path(argv[1] if len(argv) > 1 else "dist/passerelle").resolve()
    exe = ".exe" if os.name == "nt" else ""
    gui = bundle / f"intake-app{exe}"
    cli = bundle / f"intake-app-cli{exe}" if os.name == "nt" else gui
    if not gui.is_file():
        print(f"package-test: no frozen program at {gui} (run `make package`)", file=sys.stderr)
        return 1
    internal = bundle / "_internal"
    missing = [name for name in BUNDLED if not (internal / name).is_file()]
    if missing:
        print(f"package-test: FAILED, not in the bundle: {missing}", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="passerelle-package-test-") as tmp_name:
        tmp = Path(tmp_name)
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL"))}
        env |= {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp / "home"),
            "USERPROFILE": str(tmp / "home"),
            "APPDATA": str(tmp / "home" / "AppData"),
            "LOCALAPPDATA": str(tmp / "home" / "AppData" / "Local"),
            "XDG_CONFIG_HOME": str(tmp / "home" / ".config"),
            "XDG_DATA_HOME": str(tmp / "home" / ".local" / "share"),
            "TMPDIR": str(tmp),
            "TEMP": str(tmp),
            "TMP": str(tmp),
        }
        away = tmp / "elsewhere"  # not the checkout, not the bundle
        away.mkdir()

        def run(
            program: Path, *args: str, stdin: str = "", **extra: str
        ) -> tuple[subprocess.CompletedProcess[str], float]:
            start = time.perf_counter()
            done = subprocess.run(
                [str(program), *args], input=stdin, capture_output=True, text=True,
                timeout=300, cwd=away, env=env | extra, check=False,
            )  # fmt: skip
            return done, time.perf_counter() - start

        done, _ = run(cli, "--help")
        if done.returncode != 0 or not all(c in done.stdout for c in COMMANDS):
            _fail("--help lists every subcommand", done)
        data = str(tmp / "data")
        vault = ("--data-dir", data, "--passphrase-stdin")
        steps = [
            ("init", ["init", *vault, "--org", "Package test", "--admin", "Ana"]),
            ("seed-demo", ["seed-demo", *vault, "--user", "Ana", "--clients", "20",
                           "--services", "20"]),
            ("check", ["check", *vault, "--user", "Ana"]),
        ]  # fmt: skip
        for name, args in steps:
            done, took = run(cli, *args, stdin=PASSPHRASE)
            if done.returncode != 0:
                _fail(name, done)
            print(f"package-test: {name} ok ({took:.1f} s)")
        if "audit chain: intact" not in done.stdout:
            _fail("check reports an intact audit chain", done)

        done, took = run(gui, "--demo", "--exit-when-shown")
        if done.returncode != 0 or "shown" not in done.stdout or "Traceback" in done.stderr:
            _fail("--demo shows the unlock window", done)
        if list(tmp.glob("passerelle-demo-*")):
            _fail("--demo deletes its folder", done)
        print(f"package-test: --demo ok ({took:.1f} s, creating the demo vault included)")

        starts = []
        for _ in range(5):
            done, took = run(gui, "--data-dir", data, "--exit-when-shown")
            if done.returncode != 0 or "shown" not in done.stdout:
                _fail("the window opens on the new vault", done)
            starts.append(took)
        print(
            f"package-test: start to the unlock window, median of 5: "
            f"{statistics.median(starts):.2f} s (min {min(starts):.2f} s)"
        )
    print(f"package-test: bundle {bundle.name}/ is {_size_mib(bundle):.0f} MiB; all passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
