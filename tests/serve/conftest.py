"""Fixtures of the web desk's tests (the helpers are in tests/webdesk.py, for other browser tests to share)."""

from __future__ import annotations

from pathlib import Path

import pytest
from webdesk import Desk, build_drafts

from drafter import library


@pytest.fixture(scope="session")
def drafts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return build_drafts(tmp_path_factory.mktemp("drafts"))


@pytest.fixture
def desk(tmp_path: Path, lib: library.Library) -> Desk:
    return Desk(tmp_path / "desk", lib)
