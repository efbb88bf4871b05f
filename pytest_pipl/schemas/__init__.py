"""JSON schemas of the files pytest-pipl writes: the JSON report and the baseline."""
