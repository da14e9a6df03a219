"""Where the tests' shared material stands (fixtures used by tests of several packages)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
LIBRARY_FIXTURES = TESTS / "library_fixtures"  # small clause libraries, one fault each, and a valid base
UN_FIXTURES = TESTS / "fixtures" / "un"  # adopted UN resolutions copied from the shared corpus
