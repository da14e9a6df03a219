"""A .docx read as a resolution: one typed tree (heading, organ, preamble, operative paragraphs with
sub-paragraphs, sections, closing, annexes) that the checker, --fix, the revisers and the importer all walk.

May import ``drafter.word``, ``drafter.library`` and the shared leaves.
"""

from drafter.structure.tree import (
    SYMBOL,
    TYPED_NUMBER,
    ZH_PREFIX,
    Node,
    Phrases,
    Structure,
    candidate_lead,
    detect_language,
    expected_label,
    fold_spelling,
    guess_profile,
    read_structure,
)

__all__ = ["SYMBOL", "TYPED_NUMBER", "ZH_PREFIX", "Node", "Phrases", "Structure", "candidate_lead", "detect_language",
           "expected_label", "fold_spelling", "guess_profile", "read_structure"]
