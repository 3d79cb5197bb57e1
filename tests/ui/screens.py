"""Virtual screens for the offscreen platform: the sizes SOPDesk must fit (issue 14).

Qt's offscreen plugin reads its screens from a JSON file (``offscreen:configfile=FILE``);
``QT_SCALE_FACTOR`` scales them as a desktop's 125% or 150% does.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

# (name, width, height, scale): 1920x1080 at 150% leaves 1280x720 logical pixels, at 125% 1536x864.
SCREENS = (
    ("1366x768", 1366, 768, 1.0),
    ("1280x720", 1280, 720, 1.0),
    ("1920x1080@125%", 1920, 1080, 1.25),
    ("1920x1080@150%", 1920, 1080, 1.5),
)


def offscreen_platform(width: int, height: int, folder: Path | None = None) -> str:
    """The QT_QPA_PLATFORM value for an offscreen screen of ``width`` x ``height`` pixels."""
    folder = folder or Path(tempfile.gettempdir())
    config = folder / f"sopdesk-screen-{width}x{height}.json"
    config.write_text(
        json.dumps(
            {
                "synchronousWindowSystemEvents": False,
                "windowFrameMargins": True,
                "screens": [
                    {
                        "name": f"screen-{width}x{height}",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    return f"offscreen:configfile={config}"
