"""Revising drafts as Word tracked changes: amendments (amend), apply, diff, merge and the amendment sheet.

May import ``drafter.structure``, ``drafter.word``, ``drafter.library``, ``drafter.compose`` (to turn an answers file
into a draft) and the shared leaves.
"""
