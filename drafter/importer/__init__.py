"""``drafter library import``: adopted resolutions (read through the structure tree) into a clause library folder.

Each document is read with the structure reader (:mod:`drafter.structure`). Every preambular and operative
paragraph becomes a clause: its lead phrase (a phrase of the loaded libraries, or a new one written to the
folder's own phrases.yaml with ``review: true``), its body without the lead and the final mark, its
sub-paragraphs, its topic and its source (document symbol and paragraph). English and Chinese versions of one
resolution (same symbol, or ``--pair``) become bilingual clauses when their structure matches; paragraphs
repeated across documents (similarity >= 0.9 once case, numbers, punctuation and spacing are set aside) become
one clause listing every source. The folder says ``extends: [builtin]``: it is loaded on top of the built-in
library, whose phrases it uses.

Modules: ``read`` (a document through the structure tree into paragraphs), ``clean`` (text normalisation, slugs),
``pair`` (English and Chinese versions), ``entries`` (clauses, phrases and topics being built, near-duplicates),
``write`` (the library folder) and ``run`` (``Options``, ``run``, ``Report``, ``answers_for``).

May import ``drafter.structure``, ``drafter.word``, ``drafter.library`` and the shared leaves.
"""

from drafter.importer.run import Options, Report, answers_for, run

__all__ = ["Options", "Report", "answers_for", "run"]
