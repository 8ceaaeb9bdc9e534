"""A Chinese font inside every page, so a reader whose machine has none sees glyphs, not boxes.

The bundled Noto Sans SC (from the pinned ``pylopdf-fonts-zh-cn`` wheel, SIL Open Font
License) is cut down to the characters a page uses and embedded as a ``data:`` URL in an
``@font-face`` rule: the page stays one file that works from ``file://``, any static host
or an e-mail attachment (browsers refuse web fonts loaded from other ``file://`` paths).

Cutting the font takes about half a second, so one subset serves many pages: it is made for
the characters asked for so far and made again, larger, only when a page needs one it lacks.

>>> css = font_face("安顺")
>>> css.startswith('@font-face { font-family: "Noto Sans SC"') and "data:font/otf;base64," in css
True
"""

from __future__ import annotations

import base64
import io
import threading

FAMILY = "Noto Sans SC"
#: Characters every page may show besides its own text (punctuation, symbols of the vocabulary).
ALWAYS = "，。、；：？！“”‘’（）《》【】…—·％≈≠✓✗◐→？–"

_lock = threading.Lock()
_covered: frozenset[str] = frozenset()
_css: str = ""


def _needed(text: str) -> frozenset[str]:
    return frozenset(ch for ch in text if ord(ch) > 0x2000)


def subset(characters: str) -> bytes:
    """An OpenType font holding the glyphs of ``characters`` (and nothing else)."""
    from fontTools import subset as cut

    from helpers.present.theme import _bundled_font

    options = cut.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    font = cut.load_font(str(_bundled_font()), options)
    subsetter = cut.Subsetter(options)
    subsetter.populate(text="".join(sorted(set(characters))))
    subsetter.subset(font)
    buffer = io.BytesIO()
    cut.save_font(font, buffer, options)
    return buffer.getvalue()


def font_face(text: str) -> str:
    """An ``@font-face`` rule whose font covers every character of ``text`` above U+2000."""
    global _covered, _css
    needed = _needed(text) | _needed(ALWAYS)
    with _lock:
        if not needed <= _covered or not _css:
            _covered = _covered | needed
            data = base64.b64encode(subset("".join(_covered))).decode("ascii")
            _css = (f'@font-face {{ font-family: "{FAMILY}"; font-display: block; '
                    f'src: url("data:font/otf;base64,{data}") format("opentype"); }}')
        return _css


def prepare(text: str) -> None:
    """Make the subset cover ``text`` now (the runner calls it with the report and its curated files)."""
    font_face(text)


def stack(family: str = FAMILY) -> str:
    """The CSS font-family list: the embedded face first, then common system fonts."""
    return (f'"{family}", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", '
            '"WenQuanYi Zen Hei", system-ui, sans-serif')
