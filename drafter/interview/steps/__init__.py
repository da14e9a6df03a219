"""The questions of ``drafter new``, one module per part of the document. Each step is a function
``ask_…(flow)`` of the :class:`~drafter.interview.state.FlowState`: it asks through ``flow.asker`` and puts the
answer into ``flow.answers``; :mod:`drafter.interview.flow` orders them."""
