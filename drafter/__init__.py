"""drafter: bilingual drafting assistant for Model United Nations."""

__version__ = "0.1.0"
