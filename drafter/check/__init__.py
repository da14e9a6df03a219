"""The chair's checker: rules as data (``rules``), rule families over the structure tree (``families``), the
report (``report``), running them (``checker``), and --fix (``fix``).

May import ``drafter.structure``, ``drafter.word``, ``drafter.library`` and the shared leaves.
"""

from drafter.check.checker import check_document, check_file, is_position_paper
from drafter.check.report import Finding, Report

__all__ = ["Finding", "Report", "check_document", "check_file", "is_position_paper"]
