"""Access codes: the chair's and one per delegation, made with :mod:`secrets`, compared in constant time."""

from __future__ import annotations

import hashlib
import hmac
import secrets

# no 0/O, 1/I/L: a code is read aloud and typed from a slip of paper
ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CHAIR_LENGTH = 12
DELEGATION_LENGTH = 8


def new_code(length: int) -> str:
    """A random code of ``length`` characters from :data:`ALPHABET`, in groups of four ("K7QX-M2PD")."""
    raw = "".join(secrets.choice(ALPHABET) for _ in range(length))
    return "-".join(raw[i:i + 4] for i in range(0, length, 4))


def normal(typed: str) -> str:
    """A code as typed, made comparable: case, spaces and dashes do not matter."""
    return "".join(c for c in typed.upper() if c.isalnum())


def same(typed: str, code: str) -> bool:
    """Whether ``typed`` is ``code``, compared in constant time."""
    return hmac.compare_digest(normal(typed).encode(), normal(code).encode())


def new_token() -> str:
    """A session or CSRF token."""
    return secrets.token_urlsafe(32)


def digest(token: str) -> str:
    """What the store keeps of a session token (the token itself lives only in the browser's cookie)."""
    return hashlib.sha256(token.encode()).hexdigest()
