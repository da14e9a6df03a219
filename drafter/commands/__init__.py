"""The command line's commands: one module per command group (arguments, handler, printing).

The top layer: may import anything below. Heavy imports stay inside the handlers, so ``drafter --help`` is fast.
"""
