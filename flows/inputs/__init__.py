"""What a run takes in: files found under SOURCE, their bytes read defensively, the ingest log of what is new."""
