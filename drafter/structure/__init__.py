"""A .docx read as a resolution: one typed tree (heading, organ, preamble, operative paragraphs with
sub-paragraphs, sections, closing, annexes) that the checker, --fix, the revisers and the importer all walk.

May import ``drafter.word``, ``drafter.library`` and the shared leaves.
"""

from drafter.structure.tree import (
    SYMBOL,
    ZH_PREFIX,
    Node,
    Phrases,
    Structure,
    candidate_lead,
    detect_language,
    fold_spelling,
    guess_profile,
    read_structure,
)

__all__ = ["SYMBOL", "ZH_PREFIX", "Node", "Phrases", "Structure", "candidate_lead", "detect_language",
           "fold_spelling", "guess_profile", "read_structure"]
