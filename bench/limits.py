"""The largest inputs drafter accepts, and what each costs: wall time and peak memory (ru_maxrss).

Each case runs in a new process so its peak memory is its own; "baseline" is the same command on a
small input. Inputs are generated just under the limits in drafter/yamlio.py and drafter/reader.py.
Run: python bench/limits.py            (about a minute or two on the development machine)
"""

from __future__ import annotations

import io
import os
import resource
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

ANSWERS_HEAD = "kind: resolution\nlanguage: en\ncountry: CHN\npreambular: [cyb-core-pp-01]\noperative:\n"


def largest_answers(folder: Path) -> Path:
    """Own operative clauses filling the answers file up to the byte limit."""
    from drafter.yamlio import MAX_FILE_BYTES

    clause = "  - {phrase: requests, text: " + "the Secretariat to report on capacity-building " * 4 + "}\n"
    count = (MAX_FILE_BYTES - len(ANSWERS_HEAD) - 100) // len(clause.encode())
    path = folder / "largest-answers.yaml"
    path.write_text(ANSWERS_HEAD + clause * count, encoding="utf-8")
    return path


def largest_aliases(folder: Path) -> Path:
    """A small file whose aliases expand to just under the expansion limit."""
    from drafter.yamlio import MAX_EXPANDED

    base = "x" * 100
    items = [f"&l0 [{base}, {base}, {base}, {base}]"]
    size, level = 4 * 101 + 1, 0
    while size * 4 + 1 < MAX_EXPANDED - 100:
        level += 1
        items.append(f"&l{level} [{', '.join([f'*l{level - 1}'] * 4)}]")
        size = size * 4 + 1
    path = folder / "largest-aliases.yaml"
    path.write_text(ANSWERS_HEAD + "  - cyb-core-op-14\nposition_paper:\n  proposals:\n"
                    + "".join(f"    - {item}\n" for item in items), encoding="utf-8")
    return path


def small_answers(folder: Path) -> Path:
    path = folder / "small-answers.yaml"
    path.write_text(ANSWERS_HEAD + "  - cyb-core-op-14\n", encoding="utf-8")
    return path


def largest_library(folder: Path) -> Path:
    """The built-in library plus one file of generated clauses up to the per-file byte limit."""
    from drafter.yamlio import MAX_FILE_BYTES

    lib = folder / "library"
    lib.mkdir()
    entry = ("  - id: gen-{n}\n    kind: operative\n    phrase: requests\n    topics: [capacity-building]\n"
             "    en: the Secretariat to report on capacity-building number {n} in every region\n"
             "    zh: 秘书处报告各区域第{n}项能力建设工作\n    source: {{note: generated for bench/limits.py}}\n")
    text, n = "clauses:\n", 0
    while len((text + entry.format(n=n)).encode()) < MAX_FILE_BYTES - 1000:
        text += entry.format(n=n)
        n += 1
    (lib / "generated.yaml").write_text(text, encoding="utf-8")
    return lib


def docx_with(folder: Path, name: str, document_xml: bytes | None = None, extra: dict[str, bytes] | None = None) -> Path:
    """The English example draft, its body replaced and parts added (and linked, so python-docx loads them)."""
    from drafter import library
    from drafter.compose import answers, assemble, render

    lib = library.load()
    draft = render.to_docx(assemble.assemble(answers.read(ROOT / "examples" / "usa-resolution-en-un.yaml", lib), lib))
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(draft)) as old, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            data = old.read(info)
            if info.filename == "word/document.xml" and document_xml is not None:
                data = document_xml
            if info.filename == "word/_rels/document.xml.rels" and extra:
                links = "".join(f'<Relationship Id="rIdBench{i}" Target="{part[5:]}" Type="http://schemas.openxml'
                                f'formats.org/officeDocument/2006/relationships/image"/>' for i, part in enumerate(extra))
                data = data.replace(b"</Relationships>", links.encode() + b"</Relationships>")
            if info.filename == "[Content_Types].xml" and extra:
                data = data.replace(b"</Types>", b'<Default Extension="png" ContentType="image/png"/></Types>')
            new.writestr(info.filename, data)
        for part, data in (extra or {}).items():
            new.writestr(part, data)
    path = folder / name
    path.write_bytes(out.getvalue())
    return path


def largest_document_xml(folder: Path) -> Path:
    """A body of numbered operative paragraphs whose document.xml is just under the XML part limit."""
    from drafter.word import package

    with zipfile.ZipFile(docx_with(folder, "tmp.docx")) as archive:
        xml = archive.read("word/document.xml")
    start, end = xml.index(b"<w:body>") + len(b"<w:body>"), xml.rindex(b"<w:sectPr")
    paragraphs = xml[start:end]
    room = package.MAX_XML_PART_BYTES - (len(xml) - len(paragraphs)) - 1000
    body = paragraphs * (room // len(paragraphs))
    return docx_with(folder, "largest-document.docx", xml[:start] + body + xml[end:])


def largest_package(folder: Path) -> Path:
    """Incompressible media parts filling the package up to its total limit."""
    from drafter.word import package

    media = package.MAX_TOTAL_BYTES - 2 * 1024 * 1024
    parts = {f"word/media/image{i}.png": os.urandom(media // 4) for i in range(4)}
    return docx_with(folder, "largest-package.docx", extra=parts)


def two_large_drafts(folder: Path) -> Path:
    """Two blocs' answers files of 300 own operative clauses each, all alike in length (issue 22: merge was
    quadratic, 100 s)."""
    pair = folder / "merge-pair"
    pair.mkdir()
    for name, country, offset in (("a.yaml", "BRA", 0), ("b.yaml", "CHN", 150)):
        own = "".join(f"  - {{phrase: calls-upon, text: Member States to consider measure {(i + offset) % 300} on "
                      f"topic {i * 7919 % 1000} with care}}\n" for i in range(300))
        (pair / name).write_text(f"kind: resolution\nlanguage: en\ncountry: {country}\nsponsors: [{country}]\n"
                                 f"operative:\n{own}", encoding="utf-8")
    return pair


def two_long_resolutions(folder: Path) -> Path:
    """Two resolutions of 1,000 operative paragraphs each, alike in length and lead, half of the second's a word away
    from one of the first's (issue 22: import compared every pair, 89 s)."""
    import docx

    syllables = ["ca", "de", "fi", "go", "lu", "ma", "ne", "po", "ri", "sa", "te", "vo", "xi", "ze"]
    vocabulary = [a + b + c for a in syllables for b in syllables for c in syllables[:10]]  # 1,960 words
    state = 12345

    def word() -> str:
        nonlocal state
        state = (state * 1103515245 + 12345) % 2**31
        return vocabulary[state % len(vocabulary)]

    first = [" ".join(word() for _ in range(24)) for _ in range(1000)]
    second = [text.replace(text.split()[5], word(), 1) if n % 2 else " ".join(word() for _ in range(24))
              for n, text in enumerate(first)]
    pair = folder / "import-pair"
    pair.mkdir()
    for name, symbol, bodies in (("a.docx", "A/RES/74/901", first), ("b.docx", "A/RES/74/902", second)):
        document = docx.Document()
        for line in ("United Nations", symbol, "General Assembly", "Seventy-fourth session", "Agenda item 12",
                     "Generated paragraphs", "Resolution adopted by the General Assembly"):
            document.add_paragraph(line)
        document.add_paragraph().add_run("The General Assembly").italic = True
        paragraph = document.add_paragraph()
        paragraph.add_run("Recalling").italic = True
        paragraph.add_run(" its earlier resolutions,")
        for n, body in enumerate(bodies, 1):
            paragraph = document.add_paragraph(f"{n}.\t")
            paragraph.add_run("Calls upon").italic = True
            paragraph.add_run(f" Member States to consider {body};")
        document.save(str(pair / name))
    return pair


def _draft_pair(folder: Path, name: str, old: list[str], new: list[str]) -> Path:
    from docx import Document

    pair = folder / name
    pair.mkdir()
    for file, paragraphs in (("old.docx", old), ("new.docx", new)):
        document = Document()
        document.add_paragraph("The General Assembly,")
        for text in paragraphs:
            document.add_paragraph(text)
        document.save(str(pair / file))
    return pair


WORDS = ("Member States cooperate information exchange capacity building evidence cybercrime prevention victims "
         "training judges data protection the of and to in").split()


def one_long_paragraph(folder: Path) -> Path:
    """Two versions of one 100,000-character operative paragraph, reworded throughout (issue 22: minutes)."""
    import random

    rng = random.Random(7)
    old = " ".join(rng.choice(WORDS) for _ in range(14_000))[:100_000]
    new = " ".join(w if rng.random() > 0.05 else rng.choice(WORDS) for w in old.split())
    return _draft_pair(folder, "long-paragraph", [f"1. Urges {old}."], [f"1. Urges {new}."])


def many_paragraphs(folder: Path) -> Path:
    """Two versions of a 20,000-paragraph draft, every 50th paragraph changed (issue 22: minutes)."""
    import random

    def body(i: int) -> str:
        rng = random.Random(i)
        return " ".join(rng.choice(WORDS) for _ in range(12))

    old = [f"{i}. Urges {body(i)};" for i in range(1, 20_001)]
    new = [f"{i}. Urges {body(i)}{' further' if i % 50 == 0 else ''};" for i in range(1, 20_001)]
    return _draft_pair(folder, "many-paragraphs", old, new)


def run_case(kind: str, path: str) -> None:
    """In the child process: run one command on one input; print seconds and peak RSS."""
    from drafter.cli import main
    from drafter.environment import Environment

    out = Path(tempfile.mkdtemp(prefix="drafter-limits-"))
    argv = {"build": ["build", path, "--out-dir", str(out)],
            "lint": ["library", "lint", path],
            "check": ["check", path, "--format", "json"],
            "diff": ["diff", str(Path(path) / "old.docx"), str(Path(path) / "new.docx"), "--out", str(out / "d.docx")],
            "merge": ["merge", str(Path(path) / "a.yaml"), str(Path(path) / "b.yaml"), "--out", str(out / "m.yaml")],
            "import": ["library", "import", str(Path(path) / "a.docx"), str(Path(path) / "b.docx"), "--out",
                       str(out / "imported")]}[kind]
    env = Environment(stdout=io.StringIO(), stderr=io.StringIO(), cwd=out)
    start = time.perf_counter()
    status = main(argv, env)
    seconds = time.perf_counter() - start
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"{status} {seconds:.2f} {peak_kib / 1024:.0f} {env.stderr.getvalue().strip()[:160]!r}")


def measure(kind: str, path: Path) -> tuple[int, float, float, str]:
    result = subprocess.run([sys.executable, __file__, "--case", kind, str(path)], capture_output=True, text=True,
                            check=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    status, seconds, mib, message = result.stdout.strip().split(" ", 3)
    return int(status), float(seconds), float(mib), message


CASES = [
    ("build", "a small answers file (baseline)", small_answers),
    ("build", "the largest answers file", largest_answers),
    ("build", "the largest alias expansion", largest_aliases),
    ("lint", "the built-in library (baseline)", lambda folder: ROOT / "clauses"),
    ("lint", "built-in + the largest library file", largest_library),
    ("check", "a 15-clause draft (baseline)", lambda folder: docx_with(folder, "small.docx")),
    ("check", "the largest document.xml", largest_document_xml),
    ("check", "the largest package (media)", largest_package),
    ("merge", "two drafts of 300 own clauses each", two_large_drafts),
    ("diff", "one 100,000-character paragraph", one_long_paragraph),
    ("diff", "20,000 paragraphs, 400 changed", many_paragraphs),
    ("import", "two resolutions of 1,000 paragraphs each", two_long_resolutions),
]


def generate(folder: Path) -> None:
    """In a child process, so the parent's peak memory (inherited by every child) stays small."""
    for n, (_, _, make) in enumerate(CASES):
        (folder / f"case-{n}").write_text(str(make(folder)), encoding="utf-8")


def main() -> None:
    from drafter import yamlio
    from drafter.word import package

    print(f"limits: YAML files up to {yamlio.MAX_FILE_BYTES // 2**20} MiB, nested up to {yamlio.MAX_NESTING} levels, "
          f"up to {yamlio.MAX_ALIASES} aliases expanding to {yamlio.MAX_EXPANDED // 2**20} Mi characters; .docx "
          f"packages up to {package.MAX_PARTS} parts and {package.MAX_TOTAL_BYTES // 2**20} MiB unpacked, "
          f"XML parts up to {package.MAX_XML_PART_BYTES // 2**20} MiB, other parts up to "
          f"{package.MAX_PART_BYTES // 2**20} MiB")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        subprocess.run([sys.executable, __file__, "--generate", tmp], check=True,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)))
        for n, (kind, what, _) in enumerate(CASES):
            path = Path((folder / f"case-{n}").read_text(encoding="utf-8"))
            status, seconds, mib, message = measure(kind, path)
            size = sum(p.stat().st_size for p in path.rglob("*")) if path.is_dir() else path.stat().st_size
            print(f"{kind:5} {what:40} input {size / 2**20:6.2f} MiB  exit {status}  {seconds:6.2f} s  "
                  f"peak {mib:6.0f} MiB" + (f"  ({message})" if status not in (0, 1) else ""))


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--case":
        run_case(sys.argv[2], sys.argv[3])
    elif len(sys.argv) == 3 and sys.argv[1] == "--generate":
        generate(Path(sys.argv[2]))
    else:
        main()
