"""What every route shares: the desk (store, library, conference rules, language, upload cap), the visitor,
rendering a page in the visitor's language, reading a form within a size cap, and the submissions a visitor
may see."""

from __future__ import annotations

import asyncio
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jinja2
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from drafter.conference import Conference
from drafter.conference.model import Majority
from drafter.library import Library
from drafter.serve import security
from drafter.serve.records import Submission
from drafter.serve.security import Refusal, Visit
from drafter.serve.store import Store
from drafter.serve.words import MAJORITIES, say

MIB = 1024 * 1024
FORM_CAP = 256 * 1024  # any form but an upload
HERE = Path(__file__).parent
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")


@dataclass
class Desk:
    """One committee's desk, shared by every request."""

    store: Store
    lib: Library
    conference: Conference | None
    lang: str
    max_upload: int  # bytes
    templates: jinja2.Environment = field(init=False)
    amending: asyncio.Lock = field(init=False)  # one change to a draft's text at a time

    def __post_init__(self) -> None:
        self.templates = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                                            undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.amending = asyncio.Lock()

    def visit(self, request: Request) -> Visit:
        return security.visit(request, self.store, self.lang)

    def majority(self) -> Majority:
        """The majority amendments need: the conference's (its only committee's), else a simple one."""
        if self.conference is None:
            return "simple"
        committees = self.conference.committees
        return self.conference.majority("amendments", committees[0] if len(committees) == 1 else None)

    def page(self, request: Request, who: Visit, template: str, status: int = 200, **context: Any) -> Response:
        """The page ``template`` in the visitor's language, setting the session cookie of a new visitor."""
        lang = who.lang
        other = "en" if lang == "zh" else "zh"

        def t(key: str, **values: object) -> str:
            return say(lang, key, **values)

        signed = ""
        if who.is_chair:
            signed = t("signed-in-chair")
        elif who.delegation_id is not None:
            delegation = self.store.delegation(who.delegation_id)
            signed = t("signed-in-as", name=delegation.name) if delegation else ""
        html = self.templates.get_template(template).render(
            t=t, lang=lang, switch=f"{request.url.path}?lang={other}", who=who, csrf=who.session.csrf,
            signed=signed, majorities={k: v[1 if lang == "zh" else 0] for k, v in MAJORITIES.items()}, **context)
        return self.finish(request, who, HTMLResponse(html, status_code=status))

    def finish(self, request: Request, who: Visit, response: Response) -> Response:
        if who.fresh:  # lax, not strict: a link from a chat app must not sign the delegate out (forms carry CSRF)
            response.set_cookie(security.SESSION_COOKIE, who.session.token, httponly=True, samesite="lax",
                                max_age=30 * 24 * 3600)
        asked = request.query_params.get("lang", "")
        if asked in ("en", "zh"):
            response.set_cookie(security.LANG_COOKIE, asked, samesite="lax", max_age=365 * 24 * 3600)
        return response

    def go(self, request: Request, who: Visit, path: str) -> Response:
        """After a form: see the page at ``path``."""
        return self.finish(request, who, RedirectResponse(path, status_code=303))

    async def form(self, request: Request, who: Visit, cap: int = FORM_CAP) -> FormData:
        """The request's form, read within ``cap`` bytes (413 past it), its CSRF token checked (403)."""
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > cap:
            raise Refusal(413, "too-large", mib=cap // MIB or 1)
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > cap:
                raise Refusal(413, "too-large", mib=cap // MIB or 1)
        request._body = bytes(body)  # Starlette reads the form from the body kept here
        try:
            form = await request.form(max_files=1, max_fields=20)
        except Exception as exc:  # python-multipart's and Starlette's errors for a malformed body
            raise Refusal(400, "bad-form", why=str(exc)[:200]) from None
        security.check_csrf(form, who)
        return form

    def submission_for(self, who: Visit, submission_id: int) -> Submission:
        """The submission, for the chair or its own delegation; 403 for a visitor, 404 for anyone else."""
        if not who.is_chair and who.delegation_id is None:
            raise Refusal(403, "delegation-only")
        found = self.store.submission(submission_id)
        if found is None or (not who.is_chair and found.delegation_id != who.delegation_id):
            raise Refusal(404, "no-submission")
        return found

    def original(self, submission: Submission) -> Path:
        return self.store.file(submission.folder, "original.docx")


def text_field(form: FormData, name: str, limit: int) -> str:
    """A text field of the form, stripped of control characters; "" when missing, too long or not text."""
    value = form.get(name)
    if not isinstance(value, str) or len(value) > limit:
        return ""
    return value.strip()


def one_line(form: FormData, name: str, limit: int) -> str:
    """A one-line name: control and invisible characters refused (""), inner spaces kept."""
    value = text_field(form, name, limit)
    return "" if _CONTROL.search(value) else value


def shown_name(raw: str | None) -> str:
    """The uploaded file's name as the person will see it again: the last part, without control characters,
    at most 120 characters. Never a path: the desk names its files itself."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = _CONTROL.sub("", name).strip() or "upload.docx"
    return name if len(name) <= 120 else name[:117] + "…"
