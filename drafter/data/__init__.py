"""Data shipped with the package: clauses/ and templates/ are mapped here at install time."""
