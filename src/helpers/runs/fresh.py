"""What a notebook leaves behind in a kernel, taken away: a reused kernel starts each notebook as a new one would.

This module runs *inside* a kernel, sent there by :mod:`helpers.runs.kernels`: :func:`snapshot` once,
before the kernel's first notebook (after :func:`preload` has imported the libraries the notebooks
import, while the runner was still planning the run), and :func:`restore` before each later one.
What it restores:

- IPython: the user namespace, ``In``/``Out`` and the ``_`` variables, the execution counter (back to
  1: a reused kernel's cells are numbered ``[1]``, ``[2]``, … as a new kernel's are);
- the process: working folder, ``sys.path``, ``os.environ``, the recursion limit, ``sys.stdout`` and
  its siblings, and the warnings filters — with every "show once" record, so a warning a notebook
  showed is shown again by the next;
- matplotlib: open figures closed, ``rcParams`` back to the values read at import (plus the inline
  backend's own, as ``%matplotlib inline`` sets them), the one-letter colour codes seaborn redefines;
- pandas: every option at its default, and matplotlib's unit converters as they were before pandas
  plotted its first date;
- itables: ``init_notebook_mode``'s effects undone (DataFrames' own HTML, the connected flag) and its
  options as a first import sets them;
- ``helpers``: every ``functools`` cache of the library emptied — an analysis is a set of DataFrames a
  notebook could change in place — but for :data:`KEEP`, caches of immutable values.

What cannot be put back raises :class:`NotFresh` (a matplotlib backend switched with ``matplotlib.use``),
and the runner gives the next notebook a new kernel instead. A library this list does not name keeps
whatever state a notebook gave it; that is why the runner also gives a new kernel to the notebook after
one that imports such a library itself (:func:`helpers.runs.kernels.reuse_barrier`). Importing this
module outside a kernel does nothing.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import types
import warnings

#: Caches of the library that hold immutable values and are costly to fill again; every other
#: ``lru_cache`` of a ``helpers`` module is emptied between notebooks.
KEEP = frozenset({
    "helpers.present.theme.cjk_font_family",     # a font family's name (registering the font is done once)
    "helpers.quantities.scan._read",             # tuples of numbers read from numerals
    "helpers.quantities.scan._bounds",
})

_fresh: dict | None = None


class NotFresh(RuntimeError):
    """State a notebook changed that :func:`restore` cannot put back: the kernel must be replaced."""


def preload(modules: tuple[str, ...]) -> None:
    """Import ``modules`` now, binding no name: a notebook's ``import`` then finds them loaded, as it would
    after any earlier notebook in this kernel. A module that fails to import is left to the notebook."""
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:                    # noqa: BLE001 — the notebook's own import reports it
            pass


def snapshot() -> None:
    """Record what this kernel holds before any notebook ran in it (called once, right after it started)."""
    global _fresh
    _fresh = {
        "cwd": os.getcwd(),
        "path": list(sys.path),
        "environ": dict(os.environ),
        "recursion_limit": sys.getrecursionlimit(),
        "streams": (sys.stdin, sys.stdout, sys.stderr, sys.displayhook, sys.excepthook),
        "filters": list(warnings.filters),
        "backend": _backend(),
    }


def _backend() -> str | None:
    """matplotlib's backend as rcParams hold it (without resolving it), or None before matplotlib is imported."""
    matplotlib = sys.modules.get("matplotlib")
    return matplotlib.rcParams._get("backend") if matplotlib is not None else None


def restore() -> None:
    """Make this kernel what it was at :func:`snapshot`, as far as the list above goes."""
    if _fresh is None:
        raise RuntimeError("helpers.runs.fresh.restore() before snapshot(): nothing to restore to")
    shell = get_ipython()  # noqa: F821 — a kernel's builtin
    shell.reset(new_session=True)            # namespace, In/Out, _ variables; the counter back to 1
    _process()
    _matplotlib(shell)
    _pandas()
    _itables()
    _helpers_caches()


def _process() -> None:
    if os.getcwd() != _fresh["cwd"]:
        os.chdir(_fresh["cwd"])
    sys.path[:] = _fresh["path"]
    if dict(os.environ) != _fresh["environ"]:
        os.environ.clear()
        os.environ.update(_fresh["environ"])
    sys.setrecursionlimit(_fresh["recursion_limit"])
    sys.stdin, sys.stdout, sys.stderr, sys.displayhook, sys.excepthook = _fresh["streams"]
    warnings.resetwarnings()                 # also forgets which warnings were already shown once
    warnings.filters[:] = _fresh["filters"]


def _matplotlib(shell) -> None:
    matplotlib = sys.modules.get("matplotlib")
    if matplotlib is None:
        return
    expected = _fresh["backend"] or matplotlib.rcParamsOrig._get("backend")
    if _backend() != expected:
        raise NotFresh(f"matplotlib's backend is {_backend()!r}, not {expected!r} (matplotlib.use)")
    pyplot = sys.modules.get("matplotlib.pyplot")
    if pyplot is not None:
        pyplot.close("all")
    matplotlib.rc_file_defaults()
    if getattr(shell, "_saved_rcParams", None) is not None:    # the inline backend applied its rc at pyplot's import
        from matplotlib_inline.config import InlineBackend

        if InlineBackend.initialized():
            matplotlib.rcParams.update(InlineBackend.instance().rc)
    colors = sys.modules.get("matplotlib.colors")
    if colors is not None:                   # seaborn's set_color_codes redefines "b", "g", "r", …
        colors.colorConverter.colors.update(colors.BASE_COLORS)
        colors.colorConverter.cache.clear()


def _pandas() -> None:
    pandas = sys.modules.get("pandas")
    if pandas is None or not hasattr(pandas, "reset_option"):
        return
    with warnings.catch_warnings():          # resetting a deprecated option warns that it is deprecated
        warnings.simplefilter("ignore")
        pandas.reset_option("all")
    if "pandas.plotting._matplotlib" in sys.modules:        # pandas has plotted: its converters may be registered
        pandas.plotting.deregister_matplotlib_converters()


def _itables() -> None:
    javascript = sys.modules.get("itables.javascript")
    if javascript is not None and getattr(javascript, "_ORIGINAL_REPR_HTML", None):   # init_notebook_mode ran
        javascript.set_itables_repr_html_methods(False)             # DataFrames' own HTML again
    for name in ("itables.options", "itables.javascript"):          # options; the connected flag
        if name in sys.modules:
            _as_first_imported(sys.modules[name])


def _as_first_imported(module) -> None:
    """Give ``module`` the values a first import gives it: its code is run again in a new module object
    (the live one keeps its identity, so everything that holds it sees the change), and every global
    that is not a function, class or module is copied over; globals the new run does not define go."""
    spec = importlib.util.find_spec(module.__name__)
    if spec is None or spec.loader is None:
        return
    fresh = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(fresh)

    def data(values: dict) -> dict:
        return {name: value for name, value in values.items() if not name.startswith("__")
                and not isinstance(value, (type, types.FunctionType, types.ModuleType))}

    live, first = data(vars(module)), data(vars(fresh))
    for name in live.keys() - first.keys():
        delattr(module, name)
    for name, value in first.items():
        setattr(module, name, value)


def _helpers_caches() -> None:
    kept = set()
    for qualified in KEEP:
        module, _, attribute = qualified.rpartition(".")
        if module in sys.modules:
            kept.add(id(getattr(sys.modules[module], attribute, None)))
    for name, module in list(sys.modules.items()):
        if module is None or not (name == "helpers" or name.startswith("helpers.")):
            continue
        for value in list(vars(module).values()):
            if (callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info")
                    and str(getattr(value, "__module__", "")).startswith("helpers") and id(value) not in kept):
                kept.add(id(value))          # (a function imported into several modules is emptied once)
                value.cache_clear()
