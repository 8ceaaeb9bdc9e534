"""Claims and checks: the ledger, interval arithmetic, checks as data and those found by pattern."""
