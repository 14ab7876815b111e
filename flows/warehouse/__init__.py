"""Where OUT is and what it holds: the Delta tables, how a run's rows commit to them, and reading them back
(query, inventory, migrate).
"""
