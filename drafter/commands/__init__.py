"""The command line's commands: one module per command group, each with ``add_parsers(subparsers)`` (its
arguments) and its handlers (the run and the printing): library, clauses, countries, listings (blocs, topics,
groups), build, check, new, revise (amend, apply, diff, merge). ``common`` holds what they share; ``browse``
(views of a library) and ``batch`` (building many answers files) are loaded by handlers only.

The top layer: may import anything below. Heavy imports stay inside the handlers, so ``drafter --help`` is fast.
"""
