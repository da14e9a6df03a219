"""``drafter library import``: adopted resolutions (read through the structure tree) into a clause library folder.

May import ``drafter.structure``, ``drafter.word``, ``drafter.library`` and the shared leaves.
"""

from drafter.importer.core import Options, Report, answers_for, run

__all__ = ["Options", "Report", "answers_for", "run"]
