"""Render the app's SVG icon to PNG, Windows .ico or macOS .icns with Qt's SVG renderer.

    python packaging/render_icon.py resources/icons/billing-manager.svg out.png 256
    python packaging/render_icon.py resources/icons/billing-manager.svg out.ico
    python packaging/render_icon.py resources/icons/billing-manager.svg out.icns

Needs only PySide6 (no display: it uses the offscreen platform). .ico and .icns files
hold one PNG per size, which Windows Vista+ and macOS 10.7+ read.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold PNG data, by pixel size.
ICNS_TYPES = (
    (b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128),
    (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
)  # fmt: skip


def png_bytes(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"Not a valid SVG file: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("Qt could not encode the PNG")
    return bytes(data.data())


def ico_bytes(svg: Path) -> bytes:
    images = [png_bytes(svg, size) for size in ICO_SIZES]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, data in zip(ICO_SIZES, images, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + entries + b"".join(images)


def icns_bytes(svg: Path) -> bytes:
    body = b""
    for kind, size in ICNS_TYPES:
        data = png_bytes(svg, size)
        body += kind + struct.pack(">I", len(data) + 8) + data
    return b"icns" + struct.pack(">I", len(body) + 8) + body


def render(svg: Path, out: Path, size: int = 256) -> Path:
    suffix = out.suffix.lower()
    if suffix == ".ico":
        data = ico_bytes(svg)
    elif suffix == ".icns":
        data = icns_bytes(svg)
    elif suffix == ".png":
        data = png_bytes(svg, size)
    else:
        raise SystemExit(f"Unsupported icon format {suffix!r}: use .png, .ico or .icns")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(data)
    return out


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    render(Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else 256)
