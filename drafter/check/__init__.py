"""The chair's checker: rules as data (``rules``), rule families over the structure tree, the report, and --fix.

May import ``drafter.structure``, ``drafter.word``, ``drafter.library`` and the shared leaves.
"""

from drafter.check.checker import Finding, Report, check_document, check_file, is_position_paper

__all__ = ["Finding", "Report", "check_document", "check_file", "is_position_paper"]
