"""What a run takes in: finding files under SOURCE, reading their bytes defensively, and the ingest log that says what is new."""
