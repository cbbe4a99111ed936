"""Draw the OS icons from `resources/icons/passerelle.svg`: `.ico` (Windows), `.icns` (macOS)
and the PNG sizes a Linux desktop and the AppDir want. Run after changing the SVG:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

Qt draws the SVG (the same renderer the app uses); Pillow writes the icon containers.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "passerelle.svg"
OUT = ROOT / "packaging" / "icons"


def render(size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(data))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication(sys.argv)
    OUT.mkdir(parents=True, exist_ok=True)
    big = render(1024)
    big.save(OUT / "passerelle.icns")  # Pillow writes the 16…1024 px members
    render(256).save(OUT / "passerelle.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])
    for size in (48, 128, 256):
        render(size).save(OUT / f"passerelle-{size}.png", optimize=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
