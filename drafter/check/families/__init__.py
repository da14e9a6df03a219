"""The checker's rule families, one module each, every one a ``check(context)`` over the structure tree.

:data:`drafter.check.checker.FAMILIES` runs them in a fixed order (the order findings are reported in
for one place in a document).
"""
