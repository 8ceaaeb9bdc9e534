"""Kernels kept for many notebooks: one per worker, made fresh again between notebooks, killed at the end.

Starting a kernel and importing pandas, matplotlib and the library takes about two seconds of each
notebook's run, more than most notebooks' own work. A :class:`KernelPool` gives each of its worker
threads one kernel (an :class:`IPCKernelManager`: Unix sockets, no TCP port) that runs notebook after
notebook through papermill — its parameters cell, error cell and metadata, as before:

- the pool starts its kernels at once, and each imports the libraries the notebooks import
  (:func:`preloaded`, :func:`helpers.runs.fresh.preload`) while the runner is still planning;
- then the kernel records what it holds (:func:`helpers.runs.fresh.snapshot`);
  before each later notebook it is reset to that (:func:`helpers.runs.fresh.restore`: namespace and
  execution counter, working folder, warnings, matplotlib, pandas, itables, the library's caches), so
  every output is the one a new kernel gives (``tests/test_speed_kernels.py`` compares them cell by cell);
- a kernel is *replaced* by a new one, never reset, when a reset could not promise that: after a
  notebook that failed (an error, a cell over its time limit, a dead kernel), after a notebook the
  reset does not cover (:func:`reuse_barrier`: IPython magics or shell lines, ``exec``, a module whose
  state the reset does not restore, such as numpy), before and after a notebook whose metadata asks
  for a kernel of its own (``"helpers": {"fresh_kernel": true}``), and when the reset itself fails;
- every kernel is killed at once when its worker has no more notebooks to run: the outputs are
  already in the runner's hands, so there is nothing a graceful shutdown would save.

Everything one kernel does (start, notebooks, resets, kill) happens in its worker's thread, on that
thread's event loop. ``KernelPool(jobs, reuse=False)`` gives every notebook a new kernel (the way
to compare, and what ``bench/run_bench.py`` measures against).

>>> from helpers import paths
>>> [reuse_barrier(notebook) for notebook in sorted(paths.NOTEBOOKS.glob("*.ipynb"))]
[None, None, None, None, None]
"""

from __future__ import annotations

import ast
import json
import os
import queue
import signal
import sys
import tempfile
import threading
import uuid
from concurrent.futures import Future
from pathlib import Path
from typing import Callable, TypeVar

from jupyter_client import AsyncKernelManager
from jupyter_core.paths import jupyter_runtime_dir
from jupyter_core.utils import run_sync
from traitlets import default

#: The runner's own interpreter: "python3" is ipykernel's native kernel of sys.executable, so notebooks run
#: in exactly the environment the runner was started from, whatever kernel name they carry for JupyterLab.
KERNEL = "python3"
#: What nbclient passes a kernel it starts: history in memory, never in the user's ~/.ipython.
HISTORY = "--HistoryManager.hist_file=:memory:"
START_TIMEOUT = 120          # seconds a kernel may take to answer after it was started
RESET_TIMEOUT = 60           # seconds a reset may take

#: Modules (and their submodules) a notebook may import and still leave a kernel that :mod:`helpers.runs.fresh`
#: makes new again: the library, and the libraries whose state the reset restores (of IPython, only its display
#: functions: the shell's own settings are not restored); the standard library but for :data:`STATEFUL_STDLIB`.
#: A notebook importing anything else is followed by a new kernel.
REUSABLE_IMPORTS = frozenset({"helpers", "pandas", "matplotlib", "seaborn", "itables", "IPython.display"})
#: Standard modules that hold process-wide settings the reset does not restore.
STATEFUL_STDLIB = frozenset({
    "_thread", "asyncio", "atexit", "bdb", "builtins", "codecs", "concurrent", "copyreg", "ctypes", "decimal",
    "faulthandler", "gc", "importlib", "locale", "logging", "multiprocessing", "pdb", "readline", "resource",
    "signal", "site", "socket", "threading", "tracemalloc", "unittest",
})
#: Calls that reach past what a reset can see: code built at run time, the IPython shell itself.
OPAQUE_CALLS = frozenset({"exec", "eval", "__import__", "get_ipython"})

_PRELOAD = "__import__('helpers.runs.fresh', fromlist=['preload']).preload({modules!r})"
_SNAPSHOT = "__import__('helpers.runs.fresh', fromlist=['snapshot']).snapshot()"
_RESTORE = "__import__('helpers.runs.fresh', fromlist=['restore']).restore()"

T = TypeVar("T")


class IPCKernelManager(AsyncKernelManager):
    """A kernel reached over Unix sockets in Jupyter's private runtime folder instead of TCP ports.

    No port is chosen, so kernels started at once cannot collide (``ZMQError: Address already in
    use``), and nothing listens on the network (no "running over TCP without encryption" warning).
    """

    @default("transport")
    def _default_transport(self) -> str:
        return "ipc"

    @default("ip")
    def _ip_default(self) -> str:
        """A socket path of this kernel's own: jupyter_client's default ("kernel-ipc" in the working folder
        unless a connection file is named first) is shared by kernels started at once."""
        folder = jupyter_runtime_dir()
        if len(folder) > 60:               # a Unix socket's path holds at most 107 bytes
            folder = tempfile.gettempdir()
        os.makedirs(folder, mode=0o700, exist_ok=True)
        return os.path.join(folder, f"kernel-{uuid.uuid4().hex[:16]}-ipc")


def _imported(tree: ast.AST) -> list[str]:
    """Every module a cell imports, as it names it (``"."`` for a relative import)."""
    names = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names += [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            names.append("." if node.level else node.module or "")
    return names


def _reusable(module: str) -> bool:
    top = module.split(".")[0]
    return (any(module == allowed or module.startswith(allowed + ".") for allowed in REUSABLE_IMPORTS)
            or (top in sys.stdlib_module_names and top not in STATEFUL_STDLIB))


def _opaque_calls(tree: ast.AST) -> list[str]:
    return [node.func.id for node in ast.walk(tree)
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in OPAQUE_CALLS]


def reuse_barrier(notebook: Path) -> str | None:
    """Why the kernel that ran ``notebook`` may not run another, or None when a reset makes it new again.

    Read from the notebook's cells, before it runs: every code cell must be plain Python (no ``%``
    magic, ``!`` shell line, ``exec`` or ``get_ipython()``) importing only :data:`REUSABLE_IMPORTS` and
    the standard library but :data:`STATEFUL_STDLIB`; and its metadata must not ask for a kernel of
    its own.
    """
    try:
        document = json.loads(Path(notebook).read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return f"{notebook} could not be read ({error})"
    if document.get("metadata", {}).get("helpers", {}).get("fresh_kernel"):
        return "its metadata asks for a kernel of its own (fresh_kernel)"
    code = [c for c in document.get("cells", []) if c.get("cell_type") == "code"]
    for number, cell in enumerate(code, 1):
        source = cell.get("source", "")
        try:
            tree = ast.parse("".join(source) if isinstance(source, list) else source)
        except SyntaxError:
            return f"its code cell {number} is not plain Python (an IPython magic or shell line)"
        calls = _opaque_calls(tree)
        if calls:
            return f"its code cell {number} calls {calls[0]}(), which a reset cannot follow"
        for name in _imported(tree):
            if name == ".":
                return f"its code cell {number} imports relative to the working folder"
            if not _reusable(name):
                return f"its code cell {number} imports {name}, whose state a reset does not restore"
    return None


def wants_own_kernel(notebook: Path) -> bool:
    """True when the notebook's metadata asks for a kernel no other notebook ran in (``fresh_kernel``)."""
    try:
        document = json.loads(Path(notebook).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(document.get("metadata", {}).get("helpers", {}).get("fresh_kernel"))


def preloaded(notebooks: list[Path]) -> tuple[str, ...]:
    """The modules of :data:`REUSABLE_IMPORTS` that these notebooks import, as they name them
    (``helpers.present.figures``, ``matplotlib.pyplot``), in order: what a kept kernel imports before
    its first notebook. Cells that are not plain Python are passed over.

    >>> from helpers import paths
    >>> preloaded([paths.NOTEBOOKS / "00-read-the-report.ipynb"])[:2]
    ('helpers.analysis', 'helpers.present.figures')
    """
    found: dict[str, None] = {}
    for notebook in notebooks:
        try:
            cells = json.loads(Path(notebook).read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in (c for c in cells if c.get("cell_type") == "code"):
            source = cell.get("source", "")
            try:
                tree = ast.parse("".join(source) if isinstance(source, list) else source)
            except SyntaxError:
                continue
            for node in ast.walk(tree):
                names = ([alias.name for alias in node.names] if isinstance(node, ast.Import) else
                         [node.module] if isinstance(node, ast.ImportFrom) and node.module and not node.level else [])
                found.update((name, None) for name in names if _reusable(name) and name.split(".")[0] not in
                             sys.stdlib_module_names)
    return tuple(found)


class KernelError(RuntimeError):
    """A kernel that did not start, or whose reset failed."""


class Kernel:
    """One kernel process and its client, used by one thread; started by its pool, or by its first notebook."""

    def __init__(self, snapshot: bool = True, start_timeout: float = START_TIMEOUT,
                 preload: tuple[str, ...] = ()) -> None:
        self.snapshot = snapshot          # record the fresh state, so the kernel can be reset and reused
        self.preload = preload            # modules to import before the snapshot (only with one)
        self.start_timeout = start_timeout
        self.manager: IPCKernelManager | None = None
        self.client = None
        self.notebooks = 0                # notebooks run in it so far
        self.clean = True                 # nothing has run since it started or was reset
        self.retired: str | None = None   # why it may not run another notebook
        self._starting: str | None = None  # the request that preloads and snapshots, until its reply is read

    def start(self) -> None:
        """Start the process and wait until it answers; the preload and snapshot are sent, not waited for."""
        manager = IPCKernelManager(kernel_name=KERNEL)
        self.manager = manager
        run_sync(manager.start_kernel)(extra_arguments=[HISTORY])
        self.client = manager.client()
        self.client.start_channels()
        self.client.allow_stdin = False
        run_sync(self.client.wait_for_ready)(timeout=self.start_timeout)
        if self.snapshot:
            code = (_PRELOAD.format(modules=tuple(self.preload)) + "; " if self.preload else "") + _SNAPSHOT
            self._starting = self._send(code)

    def run(self, notebook: Path, output: Path, parameters: dict, cell_timeout: float):
        """Execute ``notebook`` into ``output`` with papermill in this kernel; returns the executed notebook.

        Raises what :func:`papermill.execute_notebook` raises (``PapermillExecutionError`` for an error in
        a cell, nbclient's ``CellTimeoutError``, ``DeadKernelError``, …).
        """
        import papermill

        from helpers.runs import engine

        if self.manager is None:
            self.start()
        try:
            self._started()
        except KernelError as error:         # the notebook still runs; the kernel is not kept after it
            self.snapshot = False
            self.retire(f"it could not record its fresh state ({error})")
        if not self.clean:
            raise KernelError("a kernel must be reset before it runs another notebook")
        self.notebooks += 1
        self.clean = False
        return papermill.execute_notebook(
            str(notebook), str(output), parameters=parameters, engine_name=engine.NAME, kernel_name=KERNEL,
            progress_bar=False, start_timeout=self.start_timeout, execution_timeout=cell_timeout,
            km=self.manager, kc=self.client,
            # no cwd=: papermill would chdir the whole process, which races between threads;
            # notebooks take every path from helpers.paths or their parameters instead.
        )

    def reset(self) -> None:
        """Make the kernel what it was when it started (:func:`helpers.runs.fresh.restore`); KernelError if not."""
        if not self.snapshot:
            raise KernelError("started without a snapshot of its fresh state")
        self._started()
        self._check(run_sync(self._reply)(self._send(_RESTORE), RESET_TIMEOUT))
        self.clean = True

    def _started(self) -> None:
        """Wait for the preload and snapshot sent by :meth:`start`; KernelError if they failed."""
        if self._starting is not None:
            msg_id, self._starting = self._starting, None
            self._check(run_sync(self._reply)(msg_id, self.start_timeout))

    @staticmethod
    def _check(reply: dict) -> None:
        content = reply.get("content", {})
        if content.get("status") != "ok":
            raise KernelError(f"{content.get('ename', 'error')}: {content.get('evalue', content.get('status'))}")

    def _send(self, code: str) -> str:
        """Ask the kernel to run ``code`` silently (no output, no history, the execution counter untouched)."""
        return self.client.execute(code, silent=True, store_history=False, allow_stdin=False)

    async def _reply(self, msg_id: str, timeout: float) -> dict:
        """The shell reply to request ``msg_id``; KernelError if the kernel dies or ``timeout`` passes first."""
        import asyncio
        import time
        from queue import Empty

        deadline = time.monotonic() + timeout
        while True:
            try:
                reply = await self.client.get_shell_msg(timeout=1)
            except Empty:
                if not await self.manager.is_alive():
                    raise KernelError("the kernel died") from None
                if time.monotonic() > deadline:
                    raise KernelError(f"no answer in {timeout:g} s") from None
                await asyncio.sleep(0)
                continue
            if reply.get("parent_header", {}).get("msg_id") == msg_id:
                return reply

    def retire(self, why: str) -> None:
        """Mark this kernel as not to run another notebook: its worker replaces it before the next."""
        self.retired = self.retired or why

    def stop_now(self) -> None:
        """SIGKILL the kernel's process group from any thread: whatever it runs fails at once (DeadKernelError).
        Its own thread still calls :meth:`kill` to reap it and clean up."""
        manager = self.manager
        provisioner = getattr(manager, "provisioner", None) if manager is not None else None
        pgid, pid = getattr(provisioner, "pgid", None), getattr(provisioner, "pid", None)
        try:
            if pgid:
                os.killpg(pgid, signal.SIGKILL)
            elif pid:
                os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
        self.retire("the run was abandoned")

    def kill(self) -> None:
        """End the kernel now (SIGKILL to its process group), reap it and remove its connection file and sockets."""
        manager, self.manager = self.manager, None
        if manager is None:
            return
        try:
            if self.client is not None:
                self.client.stop_channels()
            if manager.has_kernel:
                run_sync(manager.signal_kernel)(signal.SIGKILL)
            run_sync(manager.shutdown_kernel)(now=True)      # the process is gone: this only reaps and cleans up
        except Exception:                   # noqa: BLE001 — a kernel that is already gone is what we wanted
            pass
        finally:
            self.client = None


class KernelPool:
    """``size`` worker threads, each running notebooks in a kernel it keeps (see the module's docstring).

    Each worker starts its kernel at once (importing ``preload`` before its snapshot).
    ``submit(task)`` runs ``task(kernel)`` on the next free worker and returns a Future of its result;
    the task calls :meth:`Kernel.run` and, when what it ran must not be followed in that kernel,
    :meth:`Kernel.retire` — the worker then replaces the kernel instead of resetting it. ``note`` is told
    every replacement and why. Leaving the ``with`` block (or :meth:`close`) kills every kernel at once.
    """

    def __init__(self, size: int, reuse: bool = True, note: Callable[[str], None] = lambda line: None,
                 start_timeout: float = START_TIMEOUT, preload: tuple[str, ...] = ()) -> None:
        self.reuse = reuse
        self.note = note
        self.start_timeout = start_timeout
        self.preload = preload if reuse else ()     # a new kernel per notebook stays exactly a new kernel
        self._closed = False
        self._busy: dict[str, Kernel] = {}             # worker name → the kernel running a task now
        self._tasks: queue.SimpleQueue = queue.SimpleQueue()
        self._threads = [threading.Thread(target=self._work, name=f"kernel-{n + 1}", daemon=True)
                         for n in range(max(1, size))]
        for thread in self._threads:
            thread.start()

    def submit(self, task: Callable[[Kernel], T], own_kernel: bool = False) -> Future:
        """Run ``task(kernel)`` on a free worker; ``own_kernel``: in a kernel no notebook ran in before."""
        future: Future = Future()
        self._tasks.put((task, own_kernel, future))
        return future

    def close(self, now: bool = False) -> None:
        """No more tasks: every worker kills its kernel at once and ends (a second call does nothing).

        ``now``: the run is being abandoned (an exception, Ctrl-C) — kernels still running a notebook are
        killed too, so that notebook fails at once instead of being waited for."""
        if self._closed:
            return
        self._closed = True
        if now:
            for kernel in list(self._busy.values()):
                kernel.stop_now()
        for _ in self._threads:
            self._tasks.put(None)
        for thread in self._threads:
            thread.join()

    def __enter__(self) -> KernelPool:
        return self

    def __exit__(self, kind, *exc) -> None:
        self.close(now=kind is not None)

    def _new(self) -> Kernel:
        return Kernel(snapshot=self.reuse, start_timeout=self.start_timeout, preload=self.preload)

    def _ready(self, kernel: Kernel, own_kernel: bool) -> Kernel:
        """The kernel the next task runs in: this one reset, or a new one when it cannot or may not be reused."""
        if kernel.notebooks == 0 and kernel.retired is None:
            return kernel
        why = kernel.retired
        if why is None and not self.reuse:
            why = "every notebook runs in a new kernel (reuse=False)"
        if why is None and own_kernel:
            why = "the next notebook asks for a kernel of its own"
        if why is None:
            try:
                kernel.reset()
                return kernel
            except Exception as error:       # noqa: BLE001 — any failure to reset means a new kernel
                detail = str(error) if isinstance(error, KernelError) else f"{type(error).__name__}: {error}"
                why = f"its reset failed ({detail})"
        kernel.kill()
        if self.reuse:
            self.note(f"{threading.current_thread().name}: a new kernel, because {why}")
        return self._new()

    def _work(self) -> None:
        kernel = self._new()
        try:
            kernel.start()                           # now, while the runner plans
        except Exception:                            # noqa: BLE001 — the first notebook starts one and says why not
            kernel.kill()
            kernel = self._new()
        try:
            while True:
                item = self._tasks.get()
                if item is None:
                    return
                task, own_kernel, future = item
                if not future.set_running_or_notify_cancel():
                    continue
                name = threading.current_thread().name
                try:
                    kernel = self._ready(kernel, own_kernel)
                    self._busy[name] = kernel
                    result = task(kernel)
                except BaseException as error:       # noqa: BLE001 — handed to whoever waits on the future
                    kernel.retired = kernel.retired or f"its task raised {type(error).__name__}"
                    future.set_exception(error)
                else:
                    future.set_result(result)
                finally:
                    self._busy.pop(name, None)
                if kernel.retired is not None:
                    kernel.kill()                    # at once: a failed or unresettable kernel is of no more use
        finally:
            kernel.kill()
