"""The clause library: typed entries (model), loading and validation, and search.

May import the shared leaves (yamlio, problems, status, punctuation) and nothing else of drafter. The names below
are the library's public face; every other part of drafter reaches the library through them.
"""

from drafter.library.loader import (
    PLACEHOLDER,
    SECTIONS,
    TERMINAL,
    Library,
    LibraryError,
    Membership,
    builtin_library,
    builtin_templates,
    evaluate,
    explain,
    extends_builtin,
    library_dirs,
    load,
    load_with_problems,
    with_extended,
)

__all__ = ["PLACEHOLDER", "SECTIONS", "TERMINAL", "Library", "LibraryError", "Membership", "builtin_library",
           "builtin_templates", "evaluate", "explain", "extends_builtin", "library_dirs", "load", "load_with_problems",
           "with_extended"]
