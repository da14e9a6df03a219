"""Where the tests' shared material stands (fixtures used by tests of several packages)."""

from pathlib import Path

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
LIBRARY_FIXTURES = TESTS / "library_fixtures"  # small clause libraries, one fault each, and a valid base
UN_FIXTURES = TESTS / "fixtures" / "un"  # adopted UN resolutions copied from the shared corpus
UN_SLIP_FIXTURES = TESTS / "fixtures" / "un-slips"  # adopted UN texts with a slip of their own: one finding each
UN_SC_FIXTURES = TESTS / "fixtures" / "un-sc"  # Security Council resolutions copied from the shared corpus
VOTE_FIXTURES = TESTS / "fixtures" / "votes"  # recorded votes
STUDENT_FIXTURES = TESTS / "fixtures" / "students"  # six student drafts as text, one paragraph a line


def outside(*parts: str) -> Path | None:
    """A folder beside the repository (or beside the folder of its worktree), e.g. the shared UN corpus; None
    when it is not there (the tests that use it do not run)."""
    for base in (ROOT.parent, ROOT.parent.parent):
        if (base.joinpath(*parts)).is_dir():
            return base.joinpath(*parts)
    return None


UN_CORPUS = outside("shared", "un-corpus")  # every adopted resolution of ga74 and sc2020
STUDENT_CORPUS = ROOT / "bench" / "students"  # the 30 student drafts bench/students.py measures the checker on
