"""Presentation: numbers and verdicts for a reader, tables, figures, pages."""
