"""papermill's execution engine, in a kernel the caller keeps, writing the executed notebook twice instead of ~20 times.

papermill (its ``nbclient`` engine) starts a kernel for every notebook and shuts it down after, and
writes the executed notebook — validated against the notebook schema, about 1 MB with the
itables bundle and the figures — when each cell starts and when it ends. The engine registered here
as ``helpers`` (``papermill.execute_notebook(..., engine_name=NAME, km=..., kc=...)``) differs in two
ways only:

- it runs the notebook in the kernel ``km`` with the client ``kc`` it is given and leaves both
  running (:mod:`helpers.runs.kernels` resets, reuses and kills them);
- it writes the notebook when it starts, every 30 s of a long cell, and when it ends or fails —
  so a failed or timed-out notebook still leaves its executed copy with papermill's error cell.

Everything else (parameters cell, error cell, metadata, exceptions) is papermill's own.
"""

from __future__ import annotations

from papermill.clientwrap import PapermillNotebookClient
from papermill.engines import NBClientEngine, NotebookExecutionManager, papermill_engines
from papermill.log import logger

NAME = "helpers"


class _WritesAtStartAndEnd(NotebookExecutionManager):
    """papermill's record of an execution, saving the notebook at its start and end (and on autosave) only."""

    _quiet = False

    def save(self, **kwargs) -> None:
        if not self._quiet:
            super().save(**kwargs)

    def cell_start(self, cell, cell_index=None, **kwargs) -> None:
        self._quiet = True
        try:
            super().cell_start(cell, cell_index, **kwargs)
        finally:
            self._quiet = False

    def cell_complete(self, cell, cell_index=None, **kwargs) -> None:
        self._quiet = True
        try:
            super().cell_complete(cell, cell_index, **kwargs)
        finally:
            self._quiet = False


class KeptKernelEngine(NBClientEngine):
    """The ``nbclient`` engine in a kernel that outlives the notebook (see the module's docstring)."""

    @classmethod
    def execute_notebook(cls, nb, kernel_name, output_path=None, progress_bar=True, log_output=False,
                         autosave_cell_every=30, **kwargs):
        record = _WritesAtStartAndEnd(nb, output_path=output_path, progress_bar=progress_bar,
                                      log_output=log_output, autosave_cell_every=autosave_cell_every)
        record.notebook_start()
        try:
            cls.execute_managed_notebook(record, kernel_name, log_output=log_output, **kwargs)
        finally:
            record.cleanup_pbar()
            record.notebook_complete()
        return record.nb

    @classmethod
    def execute_managed_notebook(cls, nb_man, kernel_name, log_output=False, stdout_file=None, stderr_file=None,
                                 start_timeout=60, execution_timeout=None, km=None, kc=None, **kwargs):
        if km is None or kc is None:
            raise ValueError(f"the {NAME!r} engine runs in a kernel it is given: pass km= and kc=")
        for unused in ("input_path", "timeout", "startup_timeout"):
            kwargs.pop(unused, None)
        client = PapermillNotebookClient(
            nb_man, km=km, timeout=execution_timeout, startup_timeout=start_timeout, kernel_name=kernel_name,
            log=logger, log_output=log_output, stdout_file=stdout_file, stderr_file=stderr_file, **kwargs)
        client.kc = kc                 # nbclient then neither starts a client nor stops one: the kernel stays
        return client.execute()


papermill_engines.register(NAME, KeptKernelEngine)
