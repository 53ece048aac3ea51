"""Draw the application icon's PNG sizes and the Windows .ico from the one SVG.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py

Writes resources/icons/permit-review-<size>.png (the sizes desktops ask for,
installed into the hicolor theme on Linux) and packaging/windows/permit-review.ico
(PNG-compressed entries, as Windows Vista and later read them). Run it again after
changing resources/icons/permit-review.svg and commit what it wrote.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "permit-review.svg"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICO = ROOT / "packaging" / "windows" / "permit-review.ico"


def png_bytes(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit(f"cannot encode a {size} px PNG")
    return bytes(data.data())


def ico_bytes(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are whole PNG files (ICONDIR, ICONDIRENTRYs, data)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = [], []
    for size, png in sorted(images.items()):
        edge = 0 if size >= 256 else size  # 0 stands for 256 in the directory
        entries.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset))
        blobs.append(png)
        offset += len(png)
    return header + b"".join(entries) + b"".join(blobs)


def main() -> int:
    QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"{SVG} is not a valid SVG")
    images = {size: png_bytes(renderer, size) for size in PNG_SIZES}
    for size, png in images.items():
        (SVG.parent / f"permit-review-{size}.png").write_bytes(png)
    ICO.parent.mkdir(parents=True, exist_ok=True)
    ICO.write_bytes(ico_bytes({size: images[size] for size in ICO_SIZES}))
    print(f"wrote {len(PNG_SIZES)} PNG sizes to {SVG.parent} and {ICO}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
