"""The booklet of adopted resolutions: drafts from any author read through the structure reader, votes decided
under the conference's majority, and the booklet written by :mod:`drafter.compose.bookletword`.

May import ``drafter.conference``, ``drafter.compose``, ``drafter.structure``, ``drafter.library``, ``drafter.word``
and the shared leaves.
"""

from drafter.booklet.assemble import Assembled, Request, assemble, read_drafts
from drafter.booklet.read import ReadDraft, read_draft
from drafter.booklet.votes import Vote, read_votes

__all__ = ["Assembled", "ReadDraft", "Request", "Vote", "assemble", "read_draft", "read_drafts", "read_votes"]
