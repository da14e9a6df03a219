"""The booklet tests' drafts, written once for the module."""

from __future__ import annotations

from pathlib import Path

import pytest
from booklet_drafts import make_drafts

from drafter.library import Library


@pytest.fixture(scope="module")
def drafts(tmp_path_factory: pytest.TempPathFactory, lib: Library) -> Path:
    return make_drafts(tmp_path_factory.mktemp("drafts"), lib)
