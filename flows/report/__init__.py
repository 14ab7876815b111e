"""What a person reads about the tables or a file: the HTML report, its charts and map, a run's Prefect artifacts, `wirecopy inspect`."""
