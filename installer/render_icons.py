"""Render resources/icons/sopdesk.svg to the PNG (Linux) and ICO (Windows) icons.

Run after editing the SVG and commit the results:
    QT_QPA_PLATFORM=offscreen .venv/bin/python installer/render_icons.py
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path, images: list[bytes], sizes: tuple[int, ...]) -> None:
    """An ICO file whose entries are PNG images (Windows Vista and later read them)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, blob in zip(sizes, images, strict=True):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    path.write_bytes(header + entries + blobs)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 (QImage painting needs an application)
    renderer = QSvgRenderer(str(ICONS / "sopdesk.svg"))
    if not renderer.isValid():
        print("sopdesk.svg tidak sah", file=sys.stderr)
        return 1
    (ICONS / "sopdesk.png").write_bytes(png_bytes(render(renderer, 256)))
    write_ico(ICONS / "sopdesk.ico", [png_bytes(render(renderer, s)) for s in ICO_SIZES], ICO_SIZES)
    print(f"{ICONS / 'sopdesk.png'}, {ICONS / 'sopdesk.ico'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
