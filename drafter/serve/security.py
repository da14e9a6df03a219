"""Who is asking and whether to let them: the session cookie, the CSRF token every form carries, the role a
route needs, the language of the page, and the refusal every route raises instead of failing."""

from __future__ import annotations

import hmac
from dataclasses import dataclass

from starlette.datastructures import FormData
from starlette.requests import Request

from drafter.serve.records import Session
from drafter.serve.store import Store
from drafter.serve.words import LANGUAGES

SESSION_COOKIE = "desk_session"
LANG_COOKIE = "desk_lang"


class Refusal(Exception):
    """A request the desk refuses: the HTTP status and the words (a key of :data:`words.WORDS` and its values)."""

    def __init__(self, status: int, key: str, **values: object) -> None:
        super().__init__(key)
        self.status = status
        self.key = key
        self.values = values


@dataclass
class Visit:
    """One request's visitor: the session (new when ``fresh``, to be set as a cookie) and the page's language."""

    session: Session
    fresh: bool
    lang: str

    @property
    def is_chair(self) -> bool:
        return self.session.role == "chair"

    @property
    def delegation_id(self) -> int | None:
        return self.session.delegation_id if self.session.role == "delegation" else None


def visit(request: Request, store: Store, default_lang: str) -> Visit:
    """The visitor of ``request``: their session from the cookie, or a new visitor's session."""
    token = request.cookies.get(SESSION_COOKIE, "")
    session = store.session(token) if token else None
    fresh = session is None
    if session is None:
        session = store.new_session()
    return Visit(session, fresh, language(request, default_lang))


def language(request: Request, default: str) -> str:
    """``?lang=`` of the request, else the language cookie, else the desk's default."""
    for value in (request.query_params.get("lang", ""), request.cookies.get(LANG_COOKIE, "")):
        if value in LANGUAGES:
            return value
    return default


def check_csrf(form: FormData, who: Visit) -> None:
    """Refuse (403) a form whose ``csrf`` field is not the session's token."""
    sent = form.get("csrf")
    if not isinstance(sent, str) or not hmac.compare_digest(sent.encode(), who.session.csrf.encode()):
        raise Refusal(403, "csrf")


def need_chair(who: Visit) -> None:
    if not who.is_chair:
        raise Refusal(403, "chair-only")


def need_delegation(who: Visit) -> int:
    """The visitor's delegation; refuse (403) a visitor who signed in as none."""
    if who.delegation_id is None:
        raise Refusal(403, "delegation-only")
    return who.delegation_id
