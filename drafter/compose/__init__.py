"""Composing documents: answers file → Draft (the document model) → .docx / .md / .txt / .pdf.

May import ``drafter.word``, ``drafter.library`` and the shared leaves; never the reading side (structure, check).
"""
