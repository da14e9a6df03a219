"""WordprocessingML only: package limits, run text, reading with resolved formatting, writing helpers, revisions.

This layer knows nothing of resolutions, clauses or profiles: it reads and writes Word paragraphs and runs.
It may import the shared leaves (``drafter.status``, ``drafter.labels``, ``drafter.files``) and nothing else
of drafter.
"""
