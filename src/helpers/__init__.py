"""helpers — a small library under the report notebooks.

Data flows one way: read the report (``report``) → split it (``segment``) →
find quantities (``quantities``) → ledger and checks → figures (``figures``) →
run the notebooks (``runner``).
"""

__version__ = "0.1.0"
