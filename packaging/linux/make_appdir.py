"""Lay out `Passerelle.AppDir` from the PyInstaller folder, then make the AppImage if
`appimagetool` is on PATH (the CI workflow fetches it; this machine cannot):

    python packaging/linux/make_appdir.py dist/passerelle dist/Passerelle.AppDir

The AppDir is what appimagetool packs: AppRun, the desktop entry and icon at its top, the
program under usr/lib/passerelle, and the same entry, icon and AppStream metainfo under
usr/share where desktops and software centres look for them.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ICONS = HERE.parent / "icons"
APP_ID = "org.passerelle.Passerelle"


def make_appdir(bundle: Path, appdir: Path) -> None:
    if appdir.exists():
        shutil.rmtree(appdir)
    shutil.copytree(bundle, appdir / "usr" / "lib" / "passerelle", symlinks=True)
    shutil.copy2(HERE / "AppRun", appdir / "AppRun")
    (appdir / "AppRun").chmod(0o755)
    desktop = f"{APP_ID}.desktop"
    share = appdir / "usr" / "share"
    for folder in (appdir, share / "applications"):
        folder.mkdir(parents=True, exist_ok=True)
        shutil.copy2(HERE / desktop, folder / desktop)
    (share / "metainfo").mkdir(parents=True)
    shutil.copy2(HERE / f"{APP_ID}.metainfo.xml", share / "metainfo" / f"{APP_ID}.appdata.xml")
    shutil.copy2(ICONS / "passerelle-256.png", appdir / f"{APP_ID}.png")
    os.symlink(f"{APP_ID}.png", appdir / ".DirIcon")
    for size in (48, 128, 256):
        icon_dir = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icon_dir.mkdir(parents=True)
        shutil.copy2(ICONS / f"passerelle-{size}.png", icon_dir / f"{APP_ID}.png")


def main(argv: list[str]) -> int:
    bundle, appdir = Path(argv[1]), Path(argv[2])
    if not (bundle / "intake-app").is_file():
        print(f"make_appdir: no frozen program in {bundle} (run `make package`)", file=sys.stderr)
        return 1
    make_appdir(bundle, appdir)
    print(f"make_appdir: {appdir} ready")
    tool = shutil.which("appimagetool")
    if tool is None:
        print("make_appdir: appimagetool is not on PATH, so no AppImage (see packaging/BUILD.md)")
        return 0
    image = appdir.parent / "Passerelle-x86_64.AppImage"
    subprocess.run([tool, "--no-appstream", str(appdir), str(image)], check=True,
                   env=os.environ | {"ARCH": "x86_64"})  # fmt: skip
    print(f"make_appdir: {image} built")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
