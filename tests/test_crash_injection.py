"""A short run of the crash harness: ingest killed at random moments, store intact."""
from crash_harness import run


def test_ingest_survives_random_kills():
    result = run(kills=12, n_articles=24, seed=7)
    assert result["kills"] == 12
