"""A .docx read as a resolution: one typed tree (heading, organ, preamble, operative paragraphs with
sub-paragraphs, sections, closing, annexes) that the checker, --fix, the revisers and the importer all walk.

Modules: ``detect`` (language, profile), ``phrases`` (lead-phrase matching, misspellings), ``tree`` (the typed
tree: ``Node``, ``Structure``), ``lead`` (a paragraph's lead and emphasis), ``classify`` (what one paragraph looks
like), ``build`` (``read_structure``: the tree from a :class:`drafter.word.reader.Document`; where its parts
begin), ``body`` (each paragraph of the body placed in the tree) and ``phrased`` (drafts
that number nothing, read by their lead phrases).

May import ``drafter.word``, ``drafter.library`` and the shared leaves.
"""

from drafter.structure.body import word_label_kind
from drafter.structure.build import read_structure
from drafter.structure.classify import heading_words
from drafter.structure.detect import detect_language, guess_profile
from drafter.structure.heading import SYMBOL
from drafter.structure.lead import candidate_lead, emphasised_span
from drafter.structure.phrases import ZH_PREFIX, Phrases, fold_spelling
from drafter.structure.tree import UNREAD, LabelKind, Node, Role, Structure

__all__ = ["SYMBOL", "UNREAD", "ZH_PREFIX", "LabelKind", "Node", "Phrases", "Role", "Structure", "candidate_lead",
           "detect_language", "emphasised_span", "fold_spelling", "guess_profile", "heading_words", "read_structure",
           "word_label_kind"]
