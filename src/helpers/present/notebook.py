"""One call at the top of every notebook: the theme, offline interactive tables, and quiet output.

>>> setup() is None
True
"""

from __future__ import annotations


def setup() -> None:
    """Seaborn theme with a Chinese font; itables in offline mode (its script is embedded in the page, so a
    rendered notebook needs no network); pandas never prints a float in scientific notation."""
    import pandas as pd

    from helpers.present.theme import set_theme

    set_theme()
    pd.set_option("display.float_format", lambda x: f"{x:,.6g}" if abs(x) < 1e15 else f"{x:,.0f}")
    pd.set_option("display.max_colwidth", None)
    try:
        get_ipython  # noqa: F821 — only in a kernel
    except NameError:
        return None
    from itables import init_notebook_mode

    init_notebook_mode(all_interactive=False, connected=False)
    return None
