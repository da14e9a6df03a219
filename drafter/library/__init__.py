"""The clause library: typed entries (model), loading and validation, queries, and search.

May import the shared leaves (yamlio, fields, problems, status, punctuation) and nothing else of drafter. The
names below are the library's public face; every other part of drafter reaches the library through them.

- :mod:`~drafter.library.model`: the typed entries; :mod:`~drafter.library.library`: the loaded library and
  its queries; :mod:`~drafter.library.rules`: bloc rules evaluated and explained; :mod:`~drafter.library.search`.
- Loading: :mod:`~drafter.library.folders` (where libraries are), :mod:`~drafter.library.loader` (files and
  sections), one reader per section or group of sections (:mod:`~drafter.library.agendas`,
  :mod:`~drafter.library.blocs`, :mod:`~drafter.library.countries`, :mod:`~drafter.library.phrases`,
  :mod:`~drafter.library.clauses`, :mod:`~drafter.library.sources`, :mod:`~drafter.library.contested`) on
  :mod:`~drafter.library.reading`, then :mod:`~drafter.library.crosscheck`; :mod:`~drafter.library.typography`
  holds the text patterns they share.
"""

from drafter.library.folders import builtin_library, builtin_templates, extends_builtin, library_dirs, with_extended
from drafter.library.library import Library, Membership
from drafter.library.loader import SECTIONS, LibraryError, load, load_with_problems
from drafter.library.rules import evaluate, explain
from drafter.library.typography import PLACEHOLDER

__all__ = ["PLACEHOLDER", "SECTIONS", "Library", "LibraryError", "Membership", "builtin_library",
           "builtin_templates", "evaluate", "explain", "extends_builtin", "library_dirs", "load", "load_with_problems",
           "with_extended"]
