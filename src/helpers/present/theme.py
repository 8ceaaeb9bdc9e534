"""One seaborn theme for every figure, with a font that has the Chinese glyphs.

Matplotlib's default font (DejaVu Sans) has no Chinese characters: labels come
out as empty boxes with a "Glyph … missing from current font" warning. This
module looks for a CJK font already known to matplotlib (system fonts such as
Noto Sans CJK or WenQuanYi), checks that it really covers the characters, and
otherwise registers Noto Sans SC, which the pinned dependency
``pylopdf-fonts-zh-cn`` ships inside the virtual environment — so a fresh
machine needs no system package.

>>> from helpers.present.theme import set_theme
>>> family = set_theme()
>>> isinstance(family, str) and len(family) > 0
True
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import matplotlib
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

# Families tried in order; the first installed one that covers PROBE wins.
PREFERRED_FAMILIES = (
    "Noto Sans CJK SC",
    "Noto Sans SC",
    "Source Han Sans SC",
    "WenQuanYi Zen Hei",
    "WenQuanYi Micro Hei",
    "Droid Sans Fallback",
    "SimHei",
    "Microsoft YaHei",
    "PingFang SC",
)
# Characters a report chart must draw: simplified-only forms, punctuation, units.
PROBE = "脱贫攻坚减贫发生率财政帮扶资金县均亿万元℃，、（）"


def _covers(path: str, characters: str = PROBE) -> bool:
    try:
        charmap = FT2Font(path).get_charmap()
    except (OSError, RuntimeError):
        return False
    return all(ord(ch) in charmap for ch in characters)


def _bundled_font() -> Path:
    import pylopdf_fonts_zh_cn  # the pinned wheel that carries Noto Sans SC

    return Path(pylopdf_fonts_zh_cn.sans_path())


@lru_cache(maxsize=1)
def cjk_font_family() -> str:
    """Name of a font family that draws Chinese; registers the bundled font if none is installed."""
    by_family: dict[str, list[str]] = {}
    for entry in font_manager.fontManager.ttflist:
        by_family.setdefault(entry.name, []).append(entry.fname)
    for family in PREFERRED_FAMILIES:
        if any(_covers(path) for path in by_family.get(family, [])):
            return family
    path = _bundled_font()
    if not path.exists():
        raise RuntimeError(
            f"No CJK font found and the bundled one is missing at {path}; "
            "reinstall the environment (make install) or install fonts-noto-cjk"
        )
    font_manager.fontManager.addfont(str(path))
    family = font_manager.FontProperties(fname=str(path)).get_name()
    if not _covers(str(path)):
        raise RuntimeError(f"{path}: bundled font {family!r} lacks Chinese glyphs")
    return family


def set_theme(context: str = "notebook", **kwargs) -> str:
    """Apply the project's seaborn theme with a Chinese-capable font; returns the family used."""
    import seaborn as sns

    family = cjk_font_family()
    rc = {
        "font.family": "sans-serif",
        "font.sans-serif": [family, "DejaVu Sans"],
        "axes.unicode_minus": False,   # CJK fonts often lack U+2212 MINUS SIGN
        "figure.dpi": 110,
        "savefig.dpi": 150,
        "savefig.bbox": "tight",
    }
    rc.update(kwargs.pop("rc", {}))
    sns.set_theme(context=context, style="whitegrid", rc=rc, **kwargs)
    matplotlib.rcParams.update(rc)
    return family
