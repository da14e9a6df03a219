"""The desk in a real browser: headless Chromium from the system's packages, driven by Selenium through the
system's chromedriver (never one downloaded), against ``drafter serve`` running as its own process on 127.0.0.1.

Screenshots of every main page, in English and Chinese, go to ``$DRAFTER_SCREENSHOTS`` when it names a folder
(else to the test's temporary folder)."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from liveserver import LiveDesk
from paths import ROOT

from drafter import library
from drafter.check import check_document
from drafter.serve.store import Store
from drafter.serve.words import say
from drafter.word import reader

os.environ.setdefault("SE_OFFLINE", "true")  # Selenium Manager must never fetch a browser or a driver
webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed (pip install -e '.[test]')")
from selenium.common.exceptions import (  # noqa: E402
    StaleElementReferenceException,
    TimeoutException,
    WebDriverException,
)
from selenium.webdriver.chrome.service import Service  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webdriver import WebDriver  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support import expected_conditions as shown  # noqa: E402
from selenium.webdriver.support.select import Select  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

WAIT = 60  # seconds a step may take on a loaded machine; the test fails only when nothing happens at all
STUDENT = ROOT / "bench" / "students" / "word" / "en-w08-list-runs-through-the-preamble.docx"
AMENDMENTS = ROOT / "tests" / "revise" / "amend_fixtures"
CJK = re.compile(r"[\u3400-\u9fff]")
HALF_WIDTH = re.compile(r"[,:;!?()]")
TIME = re.compile(r"\d{4}-\d\d-\d\d \d\d:\d\d(:\d\d)?")  # a date and time as the desk shows them
LATIN = re.compile(r"[A-Za-z0-9/.\-]+(\s[A-Za-z0-9/.\-]+)*")  # symbols, codes, file names: not Chinese prose


def until(driver: WebDriver, condition: Any) -> Any:
    """Wait for ``condition(driver)``; an element of the page before a form's answer loaded is asked again, and so is
    one Chromium's inspector could not answer for while the page was being replaced ("unhandled inspector error")."""

    def asked(current: WebDriver) -> Any:
        try:
            return condition(current)
        except WebDriverException as error:
            if "inspector" not in str(error.msg or ""):
                raise
            return False

    return WebDriverWait(driver, WAIT, poll_frequency=0.1,
                         ignored_exceptions=(StaleElementReferenceException,)).until(asked)


def _program(*names: str) -> str | None:
    for name in names:
        found = shutil.which(name) or next((p for p in (f"/usr/bin/{name}", f"/usr/lib/chromium/{name}")
                                            if os.access(p, os.X_OK)), None)
        if found:
            return found
    return None


BROWSER = _program("chromium", "chromium-browser")
DRIVER = _program("chromedriver")
pytestmark = pytest.mark.skipif(BROWSER is None or DRIVER is None,
                                reason="needs Debian's chromium and chromium-driver (/usr/bin/chromium, "
                                       "/usr/bin/chromedriver); .ci/run installs them")


def _chromium(downloads: Path) -> WebDriver:
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,900", "--lang=en-US", "--no-first-run", "--disable-extensions",
                     "--hide-scrollbars", "--force-device-scale-factor=1"):
        options.add_argument(argument)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads),
                                              "download.prompt_for_download": False,
                                              "safebrowsing.enabled": False})
    driver = webdriver.Chrome(service=Service(DRIVER), options=options)
    driver.execute_cdp_cmd("Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(downloads)})
    return driver


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveDesk]:
    live = LiveDesk(tmp_path_factory.mktemp("browser") / "desk")
    live.start()
    yield live
    live.stop()


@pytest.fixture(scope="module")
def downloads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("downloads")


@pytest.fixture(scope="module")
def browser(downloads: Path) -> Iterator[WebDriver]:
    driver = _chromium(downloads)
    yield driver
    driver.quit()


@pytest.fixture(scope="module")
def shots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    wanted = os.environ.get("DRAFTER_SCREENSHOTS", "")
    if wanted:
        Path(wanted).mkdir(parents=True, exist_ok=True)
        return Path(wanted)
    return tmp_path_factory.mktemp("screenshots")


class Visitor:
    """One browser on the live desk: sign in with a code, open pages, fill forms, wait for what must appear."""

    def __init__(self, driver: WebDriver, server: LiveDesk, shots: Path) -> None:
        self.driver = driver
        self.server = server
        self.shots = shots
        driver.get(f"{server.url}/static/desk.css")  # cookies belong to the desk's address: forget the last test's
        driver.delete_all_cookies()

    def open(self, path: str) -> None:
        self.driver.get(self.server.url + path)

    def find(self, css: str) -> WebElement:
        return until(self.driver, shown.presence_of_element_located((By.CSS_SELECTOR, css)))

    def all(self, css: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, css)

    def path(self) -> str:
        return re.sub(r"^https?://[^/]+", "", self.driver.current_url).split("?")[0]

    def until_path(self, pattern: str) -> re.Match[str]:
        until(self.driver, lambda _: re.fullmatch(pattern, self.path()))
        found = re.fullmatch(pattern, self.path())
        assert found
        return found

    def type(self, css: str, text: str) -> None:
        field = self.find(css)
        field.clear()
        field.send_keys(text)

    def click(self, css: str) -> None:
        self.find(css).click()

    def sign_in(self, code: str, lang: str = "en") -> None:
        self.driver.delete_all_cookies()
        self.open(f"/?lang={lang}")
        self.type("#code", code)
        self.click("#login-button")
        self.until_path(r"/(chair|delegate)")

    def upload(self, path: Path) -> int:
        """Upload ``path`` from the delegate's page; the new submission's number."""
        self.open("/delegate")
        self.find("#file").send_keys(str(path))
        self.click("#upload-button")
        return int(self.until_path(r"/submissions/(\d+)").group(1))

    def shoot(self, name: str) -> Path:
        """A screenshot of the whole page (the window grown to its height, at most 2,400 pixels)."""
        height = int(self.driver.execute_script("return document.documentElement.scrollHeight"))
        width = self.driver.get_window_size()["width"]
        self.driver.set_window_size(width, min(max(height, 700), 2400))
        target = self.shots / f"{name}.png"
        self.driver.save_screenshot(str(target))
        self.driver.set_window_size(width, 900)
        return target

    def chrome_texts(self) -> list[str]:
        """The words of the desk's own frame on this page (headings, labels, buttons, table heads, links of the
        header), not the document's text."""
        found = self.all("header a, header button, header span, h1, h2, h3, th, label, button, .help, .status, "
                         ".downloads a, .lead")
        return [e.text.strip() for e in found if e.text.strip()]


@pytest.fixture
def visitor(browser: WebDriver, server: LiveDesk, shots: Path) -> Visitor:
    return Visitor(browser, server, shots)


def _store(server: LiveDesk) -> Store:
    return Store(server.folder)  # the same SQLite database the server writes (WAL: readers never block it)


def _findings(path: Path, lib: library.Library) -> list[tuple[int, str]]:
    report = check_document(reader.read(path), lib)
    return [(f.paragraph, f.rule) for f in report.findings]


def _downloaded(folder: Path, name: str) -> Path:
    """The file the browser saved as ``name``, once it is complete."""
    target = folder / name
    WebDriverWait(None, WAIT, poll_frequency=0.2).until(
        lambda _: target.exists() and not any(folder.glob("*.crdownload")))
    return target


def test_a_delegate_uploads_reads_the_report_and_downloads_the_fixed_copy(
        visitor: Visitor, server: LiveDesk, downloads: Path, lib: library.Library) -> None:
    chile = _store(server).add_delegation("Chile")
    visitor.sign_in(chile.code)
    visitor.shoot("delegate-empty-en")
    sid = visitor.upload(STUDENT)
    assert visitor.find("h1").text == say("en", "report-title", title=STUDENT.name)
    expected = _findings(STUDENT, lib)
    assert expected, "the student draft has findings"
    for paragraph, rule in expected:  # every finding beside its own paragraph of the rendered document
        row = visitor.find(f"#p-{paragraph}")
        assert row.find_elements(By.CSS_SELECTOR, f'.finding[data-rule="{rule}"]'), (paragraph, rule)
    assert len(visitor.all(".finding")) == len(expected)
    visitor.shoot("report-en")
    visitor.open(f"/submissions/{sid}?lang=zh")  # the same upload's one check, on a Chinese page
    assert len(visitor.all(".finding")) == len(expected)
    for message in visitor.all(".finding .message"):
        assert CJK.search(message.text), message.text
    visitor.shoot("report-en-draft-zh-page")
    visitor.open(f"/submissions/{sid}?lang=en")

    visitor.click("#download-fixed")
    fixed = _downloaded(downloads, f"submission-{sid}-fixed.docx")
    submission = _store(server).submission(sid)
    assert submission is not None
    assert fixed.read_bytes() == (server.folder / "files" / submission.folder / "fixed.docx").read_bytes()
    errors_before = sum(1 for f in check_document(reader.read(STUDENT), lib).findings if f.severity == "error")
    errors_after = sum(1 for f in check_document(reader.read(fixed), lib).findings if f.severity == "error")
    assert errors_after < errors_before

    visitor.open("/delegate")
    row = visitor.find(f"#submission-{sid}")
    assert row.find_element(By.CSS_SELECTOR, ".status").get_attribute("data-status") == "received"
    visitor.shoot("delegate-en")


def test_the_chair_approves_one_draft_and_returns_another_and_the_delegates_see_it(
        visitor: Visitor, server: LiveDesk, drafts: dict[str, Path]) -> None:
    store = _store(server)
    kenya, peru = store.add_delegation("Kenya"), store.add_delegation("Peru")
    visitor.sign_in(kenya.code)
    approved = visitor.upload(drafts["en"])
    visitor.sign_in(peru.code)
    returned = visitor.upload(STUDENT)

    visitor.sign_in(store.chair_code)
    assert visitor.path() == "/chair"
    visitor.shoot("chair-queue-en")
    visitor.type(f"#symbol-{approved}", "A/C.3/L.7")
    visitor.click(f"#approve-button-{approved}")
    visitor.find(f"#desk-link-{approved}")
    comment = "Number the operative paragraphs with Word's list, not typed numbers."
    visitor.type(f"#comment-{returned}", comment)
    visitor.click(f"#return-button-{returned}")
    until(visitor.driver, lambda _: visitor.find(f"#queue-{returned} .status").get_attribute("data-status") == "returned")
    visitor.shoot("chair-en")

    visitor.sign_in(kenya.code)
    status = visitor.find(f"#submission-{approved} .status")
    assert status.get_attribute("data-status") == "approved"
    assert status.text == say("en", "approved", symbol="A/C.3/L.7")
    visitor.sign_in(peru.code)
    row = visitor.find(f"#submission-{returned}")
    assert row.find_element(By.CSS_SELECTOR, ".status").get_attribute("data-status") == "returned"
    assert row.find_element(By.CSS_SELECTOR, ".comment").text == comment
    visitor.open(f"/submissions/{returned}")
    assert comment in visitor.find("#chair-comment").text
    assert not visitor.all(f"#submission-{approved}")  # Kenya's draft is not Peru's to see


def _approve(visitor: Visitor, server: LiveDesk, delegation: str, draft: Path, symbol: str, lang: str) -> int:
    store = _store(server)
    visitor.sign_in(store.add_delegation(delegation).code, lang)
    sid = visitor.upload(draft)
    visitor.sign_in(store.chair_code, lang)
    visitor.type(f"#symbol-{sid}", symbol)
    visitor.click(f"#approve-button-{sid}")
    visitor.click(f"#desk-link-{sid}")
    visitor.until_path(rf"/chair/drafts/{sid}")
    return sid


def _vote(visitor: Visitor, yes: int, no: int) -> None:
    form = visitor.find("form.vote")
    aid = form.get_attribute("id").removeprefix("vote-form-")
    visitor.type(f"#for-{aid}", str(yes))
    visitor.type(f"#against-{aid}", str(no))
    visitor.click(f"#vote-button-{aid}")
    until(visitor.driver, lambda _: visitor.find(f"#amendment-{aid}").get_attribute("data-status") != "pending")


@pytest.fixture
def room(downloads: Path) -> Iterator[WebDriver]:
    """A second browser: the room's screen, open on its own while the chair works in the first."""
    driver = _chromium(downloads)
    driver.set_window_size(1280, 800)
    yield driver
    driver.quit()


def _watch(room: WebDriver, server: LiveDesk, sid: int, lang: str) -> None:
    room.get(f"{server.url}/screen/{sid}?lang={lang}")
    until(room, shown.presence_of_element_located((By.ID, "screen-text")))
    room.execute_script("window.sameScreen = true;")  # gone if the page were ever loaded again
    assert not room.find_elements(By.CSS_SELECTOR, "#screen-text del, #screen-text ins")


def _changed(room: WebDriver, css: str) -> list[WebElement]:
    try:
        marks: list[WebElement] = WebDriverWait(room, WAIT, poll_frequency=0.1).until(
            lambda driver: driver.find_elements(By.CSS_SELECTOR, css))
    except TimeoutException:
        raise AssertionError(f"the screen did not change by itself within {WAIT} s") from None
    assert room.execute_script("return window.sameScreen === true;"), "the screen page was reloaded"
    return marks


def test_an_amendment_passed_changes_the_screen_by_itself(
        visitor: Visitor, server: LiveDesk, drafts: dict[str, Path], room: WebDriver) -> None:
    sid = _approve(visitor, server, "France", drafts["en"], "A/C.3/L.9", "en")
    _watch(room, server, sid, "en")
    before = [p.text for p in room.find_elements(By.CSS_SELECTOR, "#screen-text p")]

    visitor.type("#submitted_by", "USA")
    visitor.type("#address", "2")  # the form's first change: strike the paragraph
    visitor.click("#add-action-button")
    _vote(visitor, 30, 10)
    assert visitor.find(".amendment").get_attribute("data-status") == "adopted"
    visitor.shoot("amend-en")

    deleted = " ".join(d.text for d in _changed(room, "#screen-text del")).strip()
    assert len(deleted) > 20 and any(deleted in text for text in before), deleted  # a whole paragraph struck
    room.save_screenshot(str(visitor.shots / "screen-en.png"))

    visitor.type("#submitted_by", "CAN")
    Select(visitor.find("#action")).select_by_value("replace_words")
    visitor.type("#address", "1")
    visitor.type("#words", "full use")
    visitor.type("#with", "better use")
    visitor.click("#add-action-button")
    _vote(visitor, 25, 3)
    inserted = _changed(room, "#screen-text ins")
    assert "better" in " ".join(i.text for i in inserted)


def _chinese_frame(visitor: Visitor, page: str) -> None:
    """Every heading, label, button and status of the desk's frame is in Chinese, with full-width punctuation."""
    texts = visitor.chrome_texts()
    assert texts, page
    for text in texts:
        if text in ("#", "PDF", "English") or re.fullmatch(r"[\d\s.]+", text):
            continue
        assert CJK.search(text), f"{page}: not in Chinese: {text!r}"
        assert not HALF_WIDTH.search(LATIN.sub("", TIME.sub("", text))), f"{page}: half-width punctuation: {text!r}"


def test_the_chinese_desk_speaks_chinese_on_every_page(
        visitor: Visitor, server: LiveDesk, drafts: dict[str, Path], room: WebDriver) -> None:
    visitor.open("/")
    assert visitor.find("#login-button").text == say("en", "sign-in")
    visitor.click("#lang-switch")  # the switch at the top right
    until(visitor.driver, lambda _: visitor.find("html").get_attribute("lang") == "zh-Hans")
    assert visitor.find("#login-button").text == say("zh", "sign-in")
    assert visitor.find("#lang-switch").text == "English"
    visitor.open("/")  # the language stays without ?lang=
    assert visitor.find("#login-button").text == say("zh", "sign-in")
    _chinese_frame(visitor, "home")
    visitor.shoot("home-zh")
    visitor.open("/?lang=en")
    visitor.shoot("home-en")

    sid = _approve(visitor, server, "巴基斯坦", drafts["zh"], "A/C.3/L.12", "zh")
    _chinese_frame(visitor, "amendment desk")
    for field in ("#submitted_by", "#cosigners", "#phrase"):  # examples in the draft's language
        assert CJK.search(visitor.find(field).get_attribute("placeholder")), field
    visitor.type("#amendment", (AMENDMENTS / "zh-replace-words.yaml").read_text(encoding="utf-8"))
    _watch(room, server, sid, "zh")
    visitor.click("#add-amendment-button")
    _vote(visitor, 20, 5)
    _chinese_frame(visitor, "amendment desk after a vote")
    visitor.shoot("amend-zh")
    inserted = _changed(room, "#screen-text ins")
    assert "执法人员" in "".join(i.text for i in inserted)
    assert room.find_element(By.ID, "live").text == say("zh", "live")
    room.save_screenshot(str(visitor.shots / "screen-zh.png"))

    visitor.open("/chair")
    _chinese_frame(visitor, "chair")
    visitor.shoot("chair-zh")
    store = _store(server)
    pakistan = next(d for d in store.delegations() if d.name == "巴基斯坦")
    visitor.sign_in(pakistan.code, "zh")
    _chinese_frame(visitor, "delegate")
    visitor.shoot("delegate-zh")
    student = visitor.upload(ROOT / "bench" / "students" / "word" / "zh-w12-typed-number-on-a-word-number.docx")
    _chinese_frame(visitor, "report")
    assert visitor.all(".finding"), "the Chinese student draft has findings"
    for message in visitor.all(".finding .message"):
        assert CJK.search(message.text), message.text
    visitor.shoot("report-zh")
    visitor.open(f"/submissions/{student + 1000}")
    assert visitor.find("#message").get_attribute("data-status") == "404"
    _chinese_frame(visitor, "refusal")
