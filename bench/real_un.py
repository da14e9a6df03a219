"""The checker on adopted UN resolutions: share of documents without an error, and seeded-fault detection.

    python bench/real_un.py [FOLDER ...] [--slips YAML] [--seed-faults] [--show N] [--speed]

FOLDER defaults to the General Assembly folder ga74 of the shared UN corpus; a relative FOLDER that does not exist
from here is looked for from the repository's parent folders (``../shared/un-corpus/sc2020``). Each folder is
reported on its own: every .docx is checked with the profile the checker guesses (adopted texts: ``un``), and the
share of documents without an error-level finding is printed by organ (from the document symbol) and language,
raw and against the true slips of the UN's own source listed in ``bench/un_slips.yaml`` (folder name -> file ->
``{paragraph, kind, note}``): there an error-level finding on a listed paragraph is the slip found (one finding
per listed slip; a second one there is a false alarm), and the listed slips no finding reports are printed.
``--seed-faults`` copies each document, injects one known fault per copy and prints the share found.
``--speed`` compares checking every file of the folder in one call (in-process, and as one ``drafter check`` run)
with what python-docx alone needs to open the same files, and prints the ratio.
"""

from __future__ import annotations

import argparse
import collections
import copy
import io
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SLIPS = ROOT / "bench" / "un_slips.yaml"

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
ORGANS = (("S/RES/", "Security Council"), ("A/RES/", "General Assembly"), ("E/RES/", "ECOSOC"),
          ("Security Council", "Security Council"), ("安全理事会", "Security Council"),
          ("General Assembly", "General Assembly"), ("大会", "General Assembly"))


def find_folder(folder: Path) -> Path:
    """``folder`` as given, else (when relative) from the repository's parent folders; exits when nowhere."""
    if folder.is_dir() or folder.is_absolute():
        return folder
    for base in ROOT.parents:
        if (base / folder).is_dir():
            return (base / folder).resolve()
    sys.exit(f"no folder {folder} (looked from here and from {ROOT.parent})")


def default_folder() -> Path:
    return find_folder(Path("..") / "shared" / "un-corpus" / "ga74")


def organ_of(doc: Any) -> str:
    """The organ that adopted the text, from its document symbol, else its name, in the heading block."""
    texts = [p.text.strip().replace(" ", "") for p in doc.paragraphs[:15]]
    for prefix, organ in ORGANS:
        if any(text.startswith(prefix.replace(" ", "")) for text in texts):
            return organ
    return "other"


def language_of(path: Path, manifest: dict[str, str]) -> str:
    return manifest.get(path.name) or ("zh" if path.stem.endswith("_C") else "en")


def load_manifest(folder: Path) -> dict[str, str]:
    found = folder / "manifest.json"
    if not found.exists():
        return {}
    return {entry["file"]: entry["lang"] for entry in json.loads(found.read_text(encoding="utf-8"))}


Slips = dict[str, list[dict[str, Any]]]  # file name -> its listed slips


def load_slips(path: Path) -> dict[str, Slips]:
    """The listed true slips by folder name; exits with a message naming the file when it cannot be read."""
    import yaml

    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as error:
        sys.exit(f"{path}: cannot read the listed slips ({error})")
    shape = f"{path}: expected folder names mapping to file names, each to a list of {{paragraph, kind, note}}"
    if not isinstance(data, dict) or not all(isinstance(files, dict | None) for files in data.values()):
        sys.exit(shape)
    listed = {str(folder): {str(name): slips or [] for name, slips in (files or {}).items()}
              for folder, files in data.items()}
    for folder, files in listed.items():
        for name, slips in files.items():
            if not isinstance(slips, list) or not all(isinstance(s, dict) and "paragraph" in s for s in slips):
                sys.exit(f"{shape} ({folder} / {name})")
    return listed


def match_slips(errors: list[Any], slips: list[dict[str, Any]]) -> tuple[list[Any], list[dict[str, Any]]]:
    """Split a document's error findings against its listed slips: (findings that are no listed slip, listed slips
    no finding reports). Each listed slip answers one finding on its paragraph, so a slip reported twice leaves a
    false alarm."""
    open_slips = list(slips)
    unlisted = []
    for finding in errors:
        slip = next((s for s in open_slips if s.get("paragraph") == finding.paragraph), None)
        if slip is None:
            unlisted.append(finding)
        else:
            open_slips.remove(slip)
    return unlisted, open_slips


# -- fault seeding ------------------------------------------------------------------------------------
# Each seeder changes one paragraph of a structure it is given and returns (rule ids that count as
# finding it, paragraph index) or None when the document has no place for that fault.

def _set_text(p: Any, text: str) -> None:
    runs = [r for r in p.iter(f"{W}r") if r.find(f"{W}t") is not None]
    first = True
    for r in runs:
        for t in r.findall(f"{W}t"):
            if first:
                t.text = text
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                first = False
            else:
                t.text = ""


def _plain_lead(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    body = [n for n in structure.preamble + structure.operative if n.lead and n.phrase is not None]
    if not body:
        return None
    node = rng.choice(body)
    for run in node.para.runs:
        rpr = run.element.find(f"{W}rPr")
        if rpr is not None:
            for tag in ("i", "b", "u", "iCs", "bCs"):
                for el in rpr.findall(f"{W}{tag}"):
                    rpr.remove(el)
    return {"lead-emphasis"}, node.para.index


def _wrong_end(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    body = [n for n in structure.preamble if n.content.strip()]
    if not body:
        return None
    node = rng.choice(body)
    end = node.para.text.rstrip()[-1]
    new = {",": ";", "，": "；"}.get(end, "," if structure.language == "en" else "，")
    _replace_last_char(node.para, new)
    return {"preambular-end"}, node.para.index


def _replace_last_char(para: Any, char: str) -> None:
    for run in reversed(para.runs):
        ts = [t for t in run.element.findall(f"{W}t") if t.text and t.text.strip()]
        if ts:
            t = ts[-1]
            stripped = t.text.rstrip()
            t.text = stripped[:-1] + char + t.text[len(stripped):]
            return


def _numbering_gap(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    ops = [n for n in structure.operative if not n.auto and n.label]
    if len(ops) < 2:
        return None
    node = rng.choice(ops[1:])
    label = node.label
    new = str(int(label) + 1) if label.isdigit() else label
    for run in node.para.runs:
        for t in run.element.findall(f"{W}t"):
            if t.text and label in t.text:
                t.text = t.text.replace(label, new, 1)
                return {"numbering-sequence"}, node.para.index
    return None


def _preambular_after(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    if not structure.preamble or len(structure.operative) < 2:
        return None
    node = rng.choice(structure.preamble)
    target = rng.choice(structure.operative[1:])
    element = copy.deepcopy(node.para.element)
    last = target
    while last.children:
        last = last.children[-1]
    last.para.element.addnext(element)
    return {"preambular-after-operative"}, -1


def _half_width_comma(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    if structure.language != "zh":
        return None
    body = [n for n in structure.preamble + structure.operative if "，" in n.para.text[:-1]]
    if not body:
        return None
    node = rng.choice(body)
    texts = [t for run in node.para.runs for t in run.element.findall(f"{W}t") if t.text]
    for t in texts:  # the first inner comma; the paragraph's own final mark is left alone
        inner = t.text[:-1] if t is texts[-1] else t.text
        if "，" in inner:
            t.text = t.text.replace("，", ",", 1)
            return {"half-width-zh"}, node.para.index
    return None


def _missing_final_stop(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    if not structure.operative:
        return None
    last = structure.operative[-1]
    while last.children:
        last = last.children[-1]
    text = last.para.text.rstrip()
    if not text.endswith((".", "。")):
        return None
    for run in reversed(last.para.runs):
        ts = [t for t in run.element.findall(f"{W}t") if t.text and t.text.strip()]
        if ts:
            t = ts[-1]
            stripped = t.text.rstrip()
            t.text = stripped[:-1] + t.text[len(stripped):]
            return {"final-stop"}, last.para.index
    return None


def _pasted_twice(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    body = [n for n in structure.operative if not n.children and not n.continuation and len(n.content) > 20]
    if not body:
        return None
    node = rng.choice(body)
    node.para.element.addnext(copy.deepcopy(node.para.element))
    return {"duplicate-paragraph"}, -1


def _open_quote(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    body = [n for n in structure.preamble + structure.operative
            if not any(q in n.para.text for q in "“”\"「」") and len(n.content.split()) > 4]
    if not body:
        return None
    node = rng.choice(body)
    texts = [t for run in node.para.runs for t in run.element.findall(f"{W}t") if t.text and t.text.strip()]
    last = texts[-1]  # an opening mark before the paragraph's last words, never closed
    cut = max(0, len(last.text.rstrip()) - 8)
    last.text = last.text[:cut] + "“" + last.text[cut:]
    return {"quote-unclosed"}, node.para.index


def _inner_full_stop(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    """A comma inside a preambular paragraph (before a word, in a piece of text without quotations) becomes a
    full stop that starts another sentence."""
    en = structure.language == "en"
    inner = re.compile(r", (?=[a-z]{3})" if en else r"，(?=[\u4e00-\u9fff])")
    body = list(structure.preamble)
    rng.shuffle(body)
    for node in body:
        for t in (t for run in node.para.runs for t in run.element.findall(f"{W}t")):
            text = t.text or ""
            found = inner.search(text, 1)
            if found and not any(q in text for q in "“”《》\""):
                at = found.start()
                rest = text[at + (2 if en else 1):]
                t.text = text[:at] + (". " + rest[:1].upper() + rest[1:] if en else "。" + rest)
                return {"stray-full-stop"}, node.para.index
    return None


def _other_font(structure: Any, rng: random.Random) -> tuple[set[str], int] | None:
    """One operative paragraph pasted in another font (Latin and East Asian)."""
    if len(structure.operative) < 3:
        return None
    node = rng.choice(structure.operative)
    for run in node.para.runs:
        rpr = run.element.find(f"{W}rPr")
        if rpr is None:
            rpr = run.element.makeelement(f"{W}rPr", {})
            run.element.insert(0, rpr)
        fonts = rpr.find(f"{W}rFonts")
        if fonts is None:
            fonts = rpr.makeelement(f"{W}rFonts", {})
            rpr.insert(0, fonts)
        for name in ("ascii", "hAnsi"):
            fonts.set(f"{W}{name}", "Arial")
        fonts.set(f"{W}eastAsia", "KaiTi")
    return {"fonts-mixed"}, node.para.index


SEEDERS: dict[str, Callable[[Any, random.Random], tuple[set[str], int] | None]] = {
    "lead not emphasised": _plain_lead,
    "wrong preambular punctuation": _wrong_end,
    "numbering gap": _numbering_gap,
    "preambular paragraph after the operative part": _preambular_after,
    "half-width comma in Chinese": _half_width_comma,
    "missing final full stop": _missing_final_stop,
    "clause pasted twice": _pasted_twice,
    "quotation mark left open": _open_quote,
    "full stop inside a preambular paragraph": _inner_full_stop,
    "one clause in another font": _other_font,
}


Key = tuple[str, str]  # (organ, language)


@dataclass
class Tally:
    """Documents by organ and language: all, without an error-level finding, without one that is no listed slip;
    and the listed slips, found and missed."""

    total: collections.Counter[Key] = field(default_factory=collections.Counter)
    clean: collections.Counter[Key] = field(default_factory=collections.Counter)
    clean_of_slips: collections.Counter[Key] = field(default_factory=collections.Counter)
    slips: collections.Counter[Key] = field(default_factory=collections.Counter)
    slips_found: collections.Counter[Key] = field(default_factory=collections.Counter)
    missed: list[str] = field(default_factory=list)

    def update(self, other: Tally) -> None:
        for mine, theirs in ((self.total, other.total), (self.clean, other.clean),
                             (self.clean_of_slips, other.clean_of_slips), (self.slips, other.slips),
                             (self.slips_found, other.slips_found)):
            mine.update(theirs)
        self.missed += other.missed

    def print(self) -> None:
        for key in sorted(self.total):
            total = self.total[key]
            print(f"  {key[0]}, {key[1]}: {self.clean[key]}/{total} without an error-level finding "
                  f"({100 * self.clean[key] / total:.1f} %); {self.clean_of_slips[key]}/{total} without one that is "
                  f"no listed slip ({100 * self.clean_of_slips[key] / total:.1f} %); listed slips found "
                  f"{self.slips_found[key]}/{self.slips[key]}")
        everything, found, listed = sum(self.total.values()), sum(self.slips_found.values()), sum(self.slips.values())
        print(f"  all: {sum(self.clean.values())}/{everything} raw, {sum(self.clean_of_slips.values())}/{everything} "
              f"against the listed slips; listed slips found {found}/{listed} "
              f"({100 * found / max(1, listed):.1f} %)")
        for line in self.missed:
            print(f"  slip not found: {line}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="*", type=Path, metavar="FOLDER")
    parser.add_argument("--slips", type=Path, help="the listed true slips (default bench/un_slips.yaml)")
    parser.add_argument("--seed-faults", action="store_true", help="inject one known fault per copy and count detections")
    parser.add_argument("--show", type=int, default=0, help="print the first N error findings of failing documents")
    parser.add_argument("--speed", action="store_true", help="compare with python-docx opening the same files")
    args = parser.parse_args()

    from drafter import library

    lib = library.load()
    folders = [find_folder(f) for f in args.folders] or [default_folder()]
    if args.slips is not None and not args.slips.is_file():
        sys.exit(f"{args.slips}: no such file of listed slips")
    slips_file = args.slips or SLIPS
    slips = load_slips(slips_file) if slips_file.is_file() else {}
    tally = Tally()
    for folder in folders:
        files = sorted(folder.glob("*.docx"))
        if not files:
            sys.exit(f"no .docx files in {folder}")
        tally.update(report_folder(folder, files, lib, args.show, slips.get(folder.name, {})))
        if args.seed_faults:
            seed_faults(files, lib)
        if args.speed:
            speed(files, lib)
        print()
    if len(folders) > 1:
        print("all folders, by organ and language:")
        tally.print()


def report_folder(folder: Path, files: list[Path], lib: Any, show: int, slips: Slips) -> Tally:
    """Check every file of ``folder``; print the shares by organ and language (raw and against the listed
    ``slips``), the listed slips not found and the rules that fire; return the counts."""
    from drafter import check

    manifest = load_manifest(folder)
    tally = Tally()
    rules_fired: collections.Counter[str] = collections.Counter()
    failing: list[tuple[str, list[Any]]] = []
    profiles: collections.Counter[str] = collections.Counter()
    for name in sorted(set(slips) - {f.name for f in files}):
        print(f"  (listed slips name {name}, which {folder} does not hold)")
    for path in files:
        report, doc = check.check_file(path, lib)
        key = (organ_of(doc), language_of(path, manifest))
        profiles[report.profile] += 1
        errors = [f for f in report.findings if f.severity == "error"]
        listed = slips.get(path.name, [])
        unlisted, missed = match_slips(errors, listed)
        tally.total[key] += 1
        tally.clean[key] += not errors
        tally.clean_of_slips[key] += not unlisted
        tally.slips[key] += len(listed)
        tally.slips_found[key] += len(listed) - len(missed)
        tally.missed += [f"{path.name} ¶{s.get('paragraph')} {s.get('kind')}: {s.get('note')}" for s in missed]
        if unlisted:
            failing.append((path.name, unlisted))
        for finding in report.findings:
            rules_fired[f"{finding.rule} ({finding.severity})"] += 1
    print(f"{len(files)} adopted resolutions in {folder} (profiles guessed: "
          + ", ".join(f"{p} {n}" for p, n in profiles.most_common()) + ")")
    tally.print()
    print("rules that fire (findings, all severities):")
    for rule, count in rules_fired.most_common():
        print(f"  {count:5d}  {rule}")
    if failing[:show]:
        print("error-level findings that are no listed slip:")
    for name, errors in failing[:show]:
        print(f"-- {name}")
        for finding in errors[:6]:
            print(f"   ¶{finding.paragraph}:{finding.column} {finding.rule}: {finding.message} | {finding.excerpt}")
    return tally


def seed_faults(files: list[Path], lib: Any) -> None:
    """One fault per copy; found when a finding of the expected rule appears that the clean copy lacks."""
    from drafter import check, structure
    from drafter.word import reader

    rng = random.Random(74)
    found: collections.Counter[str] = collections.Counter()
    tried: collections.Counter[str] = collections.Counter()
    missed: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            base_report, _ = check.check_file(path, lib)
            before = collections.Counter(f.rule for f in base_report.findings)
            for name, seeder in SEEDERS.items():
                doc = reader.read(path)
                tree = structure.read_structure(doc, lib)
                seeded = seeder(tree, rng)
                if seeded is None:
                    continue
                rules, _ = seeded
                copy_path = Path(tmp) / f"{path.stem}-{len(tried)}.docx"
                buffer = io.BytesIO()
                doc.docx.save(buffer)
                copy_path.write_bytes(buffer.getvalue())
                report, _ = check.check_file(copy_path, lib)
                after = collections.Counter(f.rule for f in report.findings)
                tried[name] += 1
                if any(after[r] > before[r] for r in rules):
                    found[name] += 1
                else:
                    missed.append(f"{path.name}: {name}")
    print("seeded faults (one per copy):")
    for name in SEEDERS:
        if tried[name]:
            print(f"  {name}: {found[name]}/{tried[name]}")
    all_found, all_tried = sum(found.values()), sum(tried.values())
    print(f"  detection rate: {all_found}/{all_tried} ({100 * all_found / max(1, all_tried):.1f} %)")
    for line in missed[:15]:
        print(f"  missed: {line}")


def speed(files: list[Path], lib: Any) -> None:
    """Checking every file in one call against python-docx opening them: in-process (library loaded), and as one
    ``drafter check`` run against one Python process opening them (start-up included on both sides). Times are
    CPU seconds (this process's, or its children's), so that other work on a shared machine does not count."""
    from docx import Document as open_document

    from drafter import check

    def open_all() -> None:
        for path in files:
            open_document(str(path))

    def check_all() -> None:
        for path in files:
            check.check_file(path, lib, writes=False)  # as `drafter check` without --fix reads

    opening = ("import sys\nfrom docx import Document\nfor name in sys.argv[1:]:\n    Document(name)\n")
    names = [str(f) for f in files]

    def open_process() -> None:
        subprocess.run([sys.executable, "-c", opening, *names], check=True)

    def check_process() -> None:
        subprocess.run([sys.executable, "-m", "drafter", "check", *names, "--format", "json"], check=False,
                       stdout=subprocess.DEVNULL, cwd=ROOT)

    def children_cpu() -> float:
        usage = resource.getrusage(resource.RUSAGE_CHILDREN)
        return usage.ru_utime + usage.ru_stime

    for label, (base, job), clock in (("in-process", (open_all, check_all), time.process_time),
                                      ("one run each", (open_process, check_process), children_cpu)):
        timings = []
        for fn in (base, job):
            runs = []
            for _ in range(3):
                start = clock()
                fn()
                runs.append(clock() - start)
            timings.append(sorted(runs)[1])
        print(f"speed on {len(files)} files, {label}: python-docx open {timings[0]:.2f} s, "
              f"drafter check {timings[1]:.2f} s (CPU), ratio {timings[1] / timings[0]:.2f}x (median of 3)")


if __name__ == "__main__":
    main()
