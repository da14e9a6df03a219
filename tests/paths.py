"""Where the tests' shared material stands (fixtures used by tests of several packages)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
LIBRARY_FIXTURES = TESTS / "library_fixtures"  # small clause libraries, one fault each, and a valid base
UN_FIXTURES = TESTS / "fixtures" / "un"  # adopted UN resolutions copied from the shared corpus
UN_SC_FIXTURES = TESTS / "fixtures" / "un-sc"  # Security Council resolutions copied from the shared corpus
VOTE_FIXTURES = TESTS / "fixtures" / "votes"  # recorded votes
