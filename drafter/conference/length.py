"""How long a draft is: the page and line counts of :mod:`drafter.word.pages` (LibreOffice when installed,
otherwise an estimate that says so)."""

from __future__ import annotations

import shutil  # tests replace shutil.which here to run without LibreOffice

from drafter.word.pages import Measure, line_count, page_counts

__all__ = ["Measure", "line_count", "page_counts", "shutil"]
