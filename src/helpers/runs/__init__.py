"""Runs: notebooks, parameters, papermill execution, run folders, provenance."""
