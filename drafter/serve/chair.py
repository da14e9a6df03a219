"""The chair's routes: the queue (approve with a number, return with a comment), the delegations and their
codes, open submission, and the amendment desk of an approved draft (enter, vote, apply, download)."""

from __future__ import annotations

import json
import re

from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.requests import Request
from starlette.responses import FileResponse, Response

from drafter.conference import Tally, decide
from drafter.serve import work
from drafter.serve.delegates import DOCX, desk_of
from drafter.serve.desk import Desk, one_line, text_field
from drafter.serve.records import Conflict, Submission
from drafter.serve.security import Refusal, Visit, need_chair

SYMBOL = re.compile(r"[\w/.\- ]{1,40}")
MAX_VOTES = 10_000


def _chair(request: Request) -> tuple[Desk, Visit]:
    desk = desk_of(request)
    who = desk.visit(request)
    need_chair(who)
    return desk, who


async def chair(request: Request) -> Response:
    desk, who = _chair(request)
    rules = desk.conference.name if desk.conference else ""
    return desk.page(request, who, "chair.html", submissions=desk.store.submissions(),
                     delegations=desk.store.delegations(), open_submission=desk.store.open_submission, rules=rules)


async def add_delegation(request: Request) -> Response:
    desk, who = _chair(request)
    form = await desk.form(request, who)
    name = one_line(form, "name", 80)
    if not name:
        raise Refusal(400, "bad-name")
    try:
        desk.store.add_delegation(name)
    except Conflict as exc:
        raise Refusal(409, exc.key) from None
    return desk.go(request, who, "/chair#delegations")


async def open_submission(request: Request) -> Response:
    desk, who = _chair(request)
    form = await desk.form(request, who)
    desk.store.set_open_submission(form.get("open") == "1")
    return desk.go(request, who, "/chair#settings")


def _changeable(desk: Desk, who: Visit, submission_id: int) -> Submission:
    """A submission the chair may still approve or return: not an approved draft with amendments entered."""
    found = desk.submission_for(who, submission_id)
    if found.status == "approved" and desk.store.amendments(found.id):
        raise Refusal(409, "already-amended")
    return found


async def approve(request: Request) -> Response:
    desk, who = _chair(request)
    form = await desk.form(request, who)
    found = _changeable(desk, who, request.path_params["sid"])
    if found.kind != "resolution":
        raise Refusal(400, "not-resolution")
    symbol = one_line(form, "symbol", 40)
    if not SYMBOL.fullmatch(symbol):
        raise Refusal(400, "bad-symbol")
    pieces = await run_in_threadpool(work.pieces_of, desk.original(found), desk.lib)
    try:
        desk.store.approve(found.id, symbol, work.ORIGINAL, pieces)
    except Conflict as exc:
        raise Refusal(409, exc.key) from None
    return desk.go(request, who, "/chair")


async def give_back(request: Request) -> Response:
    desk, who = _chair(request)
    form = await desk.form(request, who)
    found = _changeable(desk, who, request.path_params["sid"])
    comment = text_field(form, "comment", 2000)
    if not comment:
        raise Refusal(400, "bad-comment")
    desk.store.give_back(found.id, comment)
    return desk.go(request, who, "/chair")


def _approved(desk: Desk, who: Visit, submission_id: int) -> Submission:
    found = desk.submission_for(who, submission_id)
    if found.status != "approved":
        raise Refusal(409, "not-approved")
    return found


async def amendment_desk(request: Request) -> Response:
    desk, who = _chair(request)
    found = _approved(desk, who, request.path_params["sid"])
    version = desk.store.current_version(found.id)
    return desk.page(request, who, "amend.html", s=found, version=version, amendments=desk.store.amendments(found.id),
                     versions=desk.store.versions(found.id),
                     majority=desk.majority(), draft=request.query_params.get("draft", ""))


def _applied(desk: Desk, found: Submission) -> list[tuple[str, str]]:
    return [(f"amendment {a.number}", a.text) for a in desk.store.applied(found.id)]


async def add_amendment(request: Request) -> Response:
    desk, who = _chair(request)
    form = await desk.form(request, who, cap=64 * 1024)
    found = _approved(desk, who, request.path_params["sid"])
    if form.get("action") is not None:  # the one-action form: made into the same YAML
        names = ("submitted_by", "cosigners", "kind", "action", "address", "text", "phrase", "words", "with")
        text = work.amendment_yaml({name: text_field(form, name, 4000) for name in names})
    else:
        text = text_field(form, "amendment", work.MAX_AMENDMENT_CHARS)
    if not text:
        raise Refusal(400, "bad-amendment", why="—")
    number = len(desk.store.amendments(found.id)) + 1
    name = f"amendment {number}"
    async with desk.amending:  # checked against the text as amended so far
        try:
            amendment = work.read_amendment(text, desk.lib, name)
            await run_in_threadpool(work.revise, desk.original(found), [*_applied(desk, found), (name, text)], desk.lib)
        except work.Refused as exc:
            raise Refusal(400, "bad-amendment", why=exc.text(who.lang)) from None
        country = desk.lib.countries.get(amendment.submitted_by)
        by = (country.name.zh if found.language == "zh" else country.name.en) if country else amendment.submitted_by
        desk.store.add_amendment(found.id, text, by, work.summary(amendment, found.language, desk.lib))
    return desk.go(request, who, f"/chair/drafts/{found.id}")


def _votes(form: FormData) -> tuple[int, int, int]:
    counted = []
    for name in ("for", "against", "abstain"):
        value = text_field(form, name, 6) or ("0" if name == "abstain" else "")
        if not value.isdigit() or int(value) > MAX_VOTES:
            raise Refusal(400, "bad-votes", why=f"{name}={value!r}")
        counted.append(int(value))
    return counted[0], counted[1], counted[2]


async def vote(request: Request) -> Response:
    desk, who = _chair(request)
    form = await desk.form(request, who)
    amendment = desk.store.amendment(request.path_params["aid"])
    if amendment is None:
        raise Refusal(404, "no-amendment")
    found = _approved(desk, who, amendment.submission_id)
    yes, no, abstain = _votes(form)
    majority = desk.majority()
    tally = Tally(yes, no, abstain)
    outcome = decide(tally, majority)
    why = json.dumps({"en": outcome.why("en"), "zh": outcome.why("zh")}, ensure_ascii=False)
    async with desk.amending:
        if desk.store.amendment(amendment.id).status != "pending":  # type: ignore[union-attr]
            raise Refusal(409, "already-decided")
        if not outcome.adopted:
            desk.store.decide(amendment.id, (yes, no, abstain), False, why)
            return desk.go(request, who, f"/chair/drafts/{found.id}")
        try:
            revised = await run_in_threadpool(work.revise, desk.original(found),
                                              [*_applied(desk, found), (f"amendment {amendment.number}", amendment.text)],
                                              desk.lib)
        except work.Refused as exc:
            desk.store.decide(amendment.id, (yes, no, abstain), True, why, problem=str(exc))
            return desk.go(request, who, f"/chair/drafts/{found.id}")
        current = desk.store.current_version(found.id)
        name = f"v{(current.number if current else 0) + 1}.docx"
        desk.store.write_file(found.folder, name, revised.data, replace=True)
        desk.store.decide(amendment.id, (yes, no, abstain), True, why, version=(name, revised.pieces))
    return desk.go(request, who, f"/chair/drafts/{found.id}")


async def current(request: Request) -> Response:
    """The draft as amended so far (or version ``n``), with tracked changes: .docx, or PDF through LibreOffice;
    for the chair and the delegation that submitted it."""
    desk = desk_of(request)
    who = desk.visit(request)
    found = desk.submission_for(who, request.path_params["sid"])
    if found.status != "approved":
        raise Refusal(409, "not-approved")
    if "n" in request.path_params:
        version = next((v for v in desk.store.versions(found.id) if v.number == request.path_params["n"]), None)
        if version is None:
            raise Refusal(404, "not-available")
    else:
        version = desk.store.current_version(found.id)
    assert version is not None  # approving makes version 0
    path = desk.store.file(found.folder, version.file)
    stem = f"{_file_symbol(found.symbol or str(found.id))}-v{version.number}"
    if request.url.path.endswith(".pdf"):
        pdf = desk.store.file(found.folder, f"v{version.number}.pdf")
        if not pdf.exists():
            try:
                await run_in_threadpool(work.pdf_of, path, pdf)
            except work.Refused as exc:
                raise Refusal(503, "no-pdf", why=exc.text(who.lang)) from None
        return desk.finish(request, who, FileResponse(pdf, filename=f"{stem}.pdf", media_type="application/pdf"))
    return desk.finish(request, who, FileResponse(path, filename=f"{stem}.docx", media_type=DOCX))


def _file_symbol(symbol: str) -> str:
    """A symbol as part of a download's name ("A/C.1/L.3" → "A-C.1-L.3")."""
    return re.sub(r"[^\w.\-]+", "-", symbol).strip("-") or "draft"

