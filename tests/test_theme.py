"""Chinese labels must draw with real glyphs, not boxes."""

import warnings

import matplotlib.pyplot as plt
from matplotlib import font_manager
from matplotlib.ft2font import FT2Font

from helpers.present.theme import PROBE, set_theme


def test_chinese_labels_draw_without_missing_glyph_warnings(tmp_path):
    family = set_theme()
    fig, ax = plt.subplots()
    ax.bar(["减贫人口", "县均6200万元", "贫困发生率（%）"], [54.58, 0.62, 13.74])
    ax.set_title("青岛—安顺东西部扶贫协作 ℃ −3.27%")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from current font" would raise here
        fig.savefig(tmp_path / "zh.png")
    path = font_manager.findfont(font_manager.FontProperties(family=family), fallback_to_default=False)
    charmap = FT2Font(path).get_charmap()
    assert all(ord(ch) in charmap for ch in PROBE + "减贫人口县均万元")


def test_the_default_font_would_have_failed(tmp_path):
    """Guards the guard: without the theme, matplotlib does warn about missing glyphs."""
    import matplotlib

    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.sans-serif": ["DejaVu Sans"]}):
        fig, ax = plt.subplots()
        ax.set_title("脱贫")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            fig.savefig(tmp_path / "boxes.png")
    assert any("missing from" in str(w.message) for w in caught)
