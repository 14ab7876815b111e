"""What a run runs on: worker processes and their fork server, the spaCy pipeline, caches, memory,
Prefect's API, and the progress a run shows.
"""
