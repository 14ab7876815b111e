"""What a person reads: the HTML report with its charts and map, a run's Prefect artifacts, `wirecopy inspect`."""
