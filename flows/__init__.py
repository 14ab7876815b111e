"""Orchestration and I/O: Prefect flows and tasks, storage, the CLI.

Nothing heavy is imported here, so `wirecopy --help` and `wirecopy query`
start without paying for Prefect or spaCy.
"""
