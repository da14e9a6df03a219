"""The web desk under Starlette's TestClient: a desk in a folder, drafts built with ``drafter build``, and a
browser that signs in and sends forms as a real one would (with the page's CSRF token)."""

from __future__ import annotations

import io
import re
from pathlib import Path

from paths import ROOT
from starlette.testclient import TestClient

from drafter import library
from drafter.cli import main
from drafter.environment import Environment
from drafter.serve.app import create_app
from drafter.serve.store import Store

AMENDMENTS = ROOT / "tests" / "revise" / "amend_fixtures"
CSRF = re.compile(r'name="csrf" value="([^"]+)"')


def build_drafts(out: Path) -> dict[str, Path]:
    """Word drafts built with ``drafter build`` into ``out``: "en" and "zh" resolutions (the drafts the amendment
    fixtures amend), "paper" a position paper."""
    sources = {"en": AMENDMENTS / "draft-en.yaml", "zh": AMENDMENTS / "draft-zh.yaml",
               "paper": ROOT / "examples" / "kenya-position-paper-en.yaml"}
    built = {}
    for key, source in sources.items():
        target = out / f"{key}.docx"
        env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), stdin=io.StringIO(), cwd=out, variables={})
        assert main(["build", str(source), "--out", str(target)], env) == 0, env.stderr.getvalue()
        built[key] = target
    return built


class Desk:
    """A desk in a folder, and browsers on it."""

    def __init__(self, folder: Path, lib: library.Library, **options: object) -> None:
        self.folder = folder
        self.options = options
        self.app = create_app(folder, lib=lib, **options)  # type: ignore[arg-type]
        self.store: Store = self.app.state.desk.store

    def browser(self) -> Browser:
        return Browser(TestClient(self.app, follow_redirects=True))


class Browser:
    """One visitor: a cookie jar and the CSRF token of the last page seen."""

    def __init__(self, client: TestClient) -> None:
        self.client = client
        self.csrf = ""

    def get(self, path: str, **kwargs: object):  # type: ignore[no-untyped-def]
        response = self.client.get(path, **kwargs)  # type: ignore[arg-type]
        found = CSRF.search(response.text)
        if found:
            self.csrf = found.group(1)
        return response

    def post(self, path: str, data: dict[str, str] | None = None, csrf: bool = True, **kwargs: object):  # type: ignore[no-untyped-def]
        if not self.csrf:
            self.get("/")
        fields = dict(data or {})
        if csrf:
            fields["csrf"] = self.csrf
        response = self.client.post(path, data=fields, **kwargs)  # type: ignore[arg-type]
        found = CSRF.search(response.text)
        if found:
            self.csrf = found.group(1)
        return response

    def sign_in(self, code: str):  # type: ignore[no-untyped-def]
        return self.post("/login", {"code": code})

    def upload(self, path: Path, name: str | None = None, csrf: bool = True):  # type: ignore[no-untyped-def]
        with path.open("rb") as handle:
            return self.post("/delegate/upload", csrf=csrf, files={"file": (name or path.name, handle.read())})


def submission_id(response) -> int:  # type: ignore[no-untyped-def]
    """The id in the URL a form sent the browser to (/submissions/N)."""
    found = re.search(r"/submissions/(\d+)$", str(response.url))
    assert found, response.url
    return int(found.group(1))
