"""The checker's rules read from their data files (drafter/check/ruledata/: one YAML file per rule family, each
rule with its messages and its failing and passing examples; catalogue.yaml gives the rules' order).

Reading YAML costs more than the rest of ``drafter check``'s start, so the rules' fields (not their examples)
are kept in the cache as ``marshal`` data named by the SHA-256 of every rule file's bytes, checked value by value
when read back. A damaged file is refused with its name and line, never with a traceback.
"""

from __future__ import annotations

import hashlib
import marshal
import re
import string
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

from drafter import cachedir
from drafter.oserrors import reason_zh
from drafter.patterns import lazy
from drafter.status import DrafterError

FOLDER = Path(__file__).resolve().parent / "ruledata"
CATALOGUE = "catalogue.yaml"
FORMAT = 2
RULE_KEYS = ("id", "severity", "fixable", "source", "message", "words", "examples")
EXAMPLE_KEYS = ("kind", "paragraph", "language", "profile", "font", "size", "east-asia", "conference", "paragraphs")
PROFILES = ("un", "una-usa", "thimun", "cn-mun")
RULE_ID = lazy(r"[a-z][a-z0-9-]*\Z")

# a rule's word lists by name: each word -> what the rule's family reads with it (() for a plain list of words)
Words = dict[str, dict[str, tuple[str, ...]]]
Fields = tuple[str, str, str, str, str, bool, Words]  # id, severity, en, zh, source, fixable, words: a Rule's fields
Refuse = Callable[..., NoReturn]  # (the field, the problem in English, in Chinese[, the line])


class RuleFileError(DrafterError):
    """A rule file that is damaged or says something the checker cannot use."""

    def __init__(self, path: Path, line: int, problem: str, problem_zh: str) -> None:
        where = f"{path}:{line}" if line else str(path)
        super().__init__(f"{where}: drafter's rule file is damaged: {problem} (reinstall drafter, or mend the file)",
                         zh=f"{where}：drafter 的规则文件已损坏：{problem_zh}（请重新安装 drafter，或修正该文件）")
        self.path, self.line, self.problem = path, line, problem


def files(folder: Path | None = None) -> list[Path]:
    """The family files of ``folder`` (by default :data:`FOLDER`): every ``*.yaml`` but the catalogue, by name."""
    return sorted(p for p in (folder or FOLDER).glob("*.yaml") if p.name != CATALOGUE)


def rule_fields(severities: tuple[str, ...], folder: Path | None = None) -> list[Fields]:
    """Every rule's fields in the catalogue's order, from the cache when it holds these files' contents."""
    folder = folder or FOLDER
    paths = [folder / CATALOGUE, *files(folder)]
    try:
        contents = [p.read_bytes() for p in paths]
    except OSError as exc:
        raise RuleFileError(Path(exc.filename or folder), 0, exc.strerror or str(exc),
                            f"无法读取（{reason_zh(exc)}）") from None
    digest = hashlib.sha256(b"drafter rules %d\n" % FORMAT)
    for path, data in zip(paths, contents, strict=True):
        digest.update(b"%d %s %d\n" % (len(path.name), path.name.encode(), len(data)))
        digest.update(data)
    cache = cachedir.folder("rules")
    entry = cache / f"{digest.hexdigest()}.marshal" if cache is not None else None
    if entry is not None:
        kept = _kept(entry, severities)
        if kept is not None:
            return kept
    fields = [_fields(rule) for _, rule in read(severities, folder)]
    if entry is not None:
        from drafter.files import write_atomic  # loaded on use: only when the entry is built

        try:
            write_atomic(entry, marshal.dumps((FORMAT, tuple(fields))), force=True)
            for old in sorted(entry.parent.glob("*.marshal"), key=lambda p: p.stat().st_mtime)[:-20]:
                old.unlink(missing_ok=True)
        except Exception:  # noqa: BLE001 - a cache that cannot be written only costs time
            pass
    return fields


def _kept(entry: Path, severities: tuple[str, ...]) -> list[Fields] | None:
    """The fields an entry holds when it is whole and every value has its type; None otherwise."""
    try:
        stored = marshal.loads(entry.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    if type(stored) is not tuple or len(stored) != 2 or stored[0] != FORMAT or type(stored[1]) is not tuple:
        return None
    out: list[Fields] = []
    for item in stored[1]:
        if type(item) is not tuple or len(item) != 7 or any(type(v) is not str for v in item[:5]) \
                or type(item[5]) is not bool or item[1] not in severities or not _words_kept(item[6]):
            return None
        out.append(item)
    return out


def _words_kept(words: object) -> bool:
    """Whether a cache entry's word lists have the types :data:`Words` says."""
    return type(words) is dict and all(
        type(name) is str and type(entries) is dict and all(
            type(word) is str and type(said) is tuple and all(type(s) is str for s in said)
            for word, said in entries.items())
        for name, entries in words.items())


def _fields(rule: dict[str, Any]) -> Fields:
    message = rule["message"]
    words: Words = {}
    for name, entries in (rule.get("words") or {}).items():
        if isinstance(entries, list):
            words[str(name)] = {str(word): () for word in entries}
        else:
            words[str(name)] = {str(word): tuple(str(s) for s in (said if isinstance(said, list) else [said]))
                                for word, said in entries.items()}
    return (rule["id"], rule["severity"], message["en"], message["zh"], rule["source"], bool(rule.get("fixable")),
            words)


def read(severities: tuple[str, ...], folder: Path | None = None) -> list[tuple[Path, Any]]:
    """Every rule of the family files as (file, its mapping with line numbers), checked, in the catalogue's order."""
    folder = folder or FOLDER
    from drafter import yamlio  # loaded on use: the cache usually spares the YAML parser

    found: dict[str, tuple[Path, Any]] = {}
    for path in files(folder):
        data = _parse(path, yamlio)
        if not isinstance(data, dict) or not isinstance(data.get("family"), str) or \
                not isinstance(data.get("rules"), list):
            raise RuleFileError(path, 1, "the file must be a mapping with family: and a list under rules:",
                                "文件应为映射，含 family: 和 rules: 下的列表")
        for index, rule in enumerate(data["rules"]):
            line = _line(data["rules"], index)
            if not isinstance(rule, dict):
                raise RuleFileError(path, line, "a rule must be a mapping (id:, severity:, message: …)",
                                    "每条规则应为映射（id:、severity:、message: 等）")
            _check_rule(path, rule, severities)
            if rule["id"] in found:
                first, other = found[rule["id"]]
                raise RuleFileError(path, line, f"rule {rule['id']!r} is defined twice (first in {first.name}, "
                                    f"line {other.mark[0]})", f"规则“{rule['id']}”重复定义（首次见于{first.name}第"
                                    f"{other.mark[0]}行）")
            found[rule["id"]] = (path, rule)
    return [found[rule_id] for rule_id in _order(folder / CATALOGUE, found, yamlio)]


def _line(items: list[Any], index: int) -> int:
    """The line of item ``index`` of a list read by :mod:`drafter.yamlio` (a YList)."""
    where: Any = getattr(items, "where", None)
    return int(where(index)[0]) if where is not None else 0


def _parse(path: Path, yamlio: Any) -> Any:
    try:
        return yamlio.read(path)
    except yamlio.YamlProblem as exc:
        raise RuleFileError(path, exc.line, exc.message, f"不是有效的YAML（{exc.message}）") from None
    except OSError as exc:
        raise RuleFileError(path, 0, exc.strerror or str(exc), f"无法读取（{reason_zh(exc)}）") from None


def _order(path: Path, found: dict[str, tuple[Path, Any]], yamlio: Any) -> list[str]:
    """The rule ids as catalogue.yaml orders them: each once, none unknown, none left out."""
    data = _parse(path, yamlio)
    order = data.get("order") if isinstance(data, dict) else None
    if not isinstance(order, list) or not all(isinstance(i, str) for i in order):
        raise RuleFileError(path, 1, "the catalogue must be a mapping with a list of rule ids under order:",
                            "目录文件应为映射，order: 下为规则编号列表")
    seen: set[str] = set()
    for index, rule_id in enumerate(order):
        line = _line(order, index)
        if rule_id in seen:
            raise RuleFileError(path, line, f"rule {rule_id!r} is listed twice", f"规则“{rule_id}”被列出两次")
        if rule_id not in found:
            raise RuleFileError(path, line, f"rule {rule_id!r} is in no family file", f"规则“{rule_id}”不在任何规则族文件中")
        seen.add(rule_id)
    for rule_id, (rule_path, rule) in found.items():
        if rule_id not in seen:
            raise RuleFileError(rule_path, rule.mark[0], f"rule {rule_id!r} is missing from {CATALOGUE}",
                                f"规则“{rule_id}”未列入{CATALOGUE}")
    return list(order)


def _check_rule(path: Path, rule: Any, severities: tuple[str, ...]) -> None:
    """Refuse a rule with a field missing, of the wrong kind or unknown, or messages that do not agree."""
    line = rule.mark[0]

    def refuse(key: str, problem: str, problem_zh: str, at: int = 0) -> NoReturn:
        name = f"rule {rule.get('id')!r}: " if isinstance(rule.get("id"), str) else ""
        name_zh = f"规则“{rule.get('id')}”：" if isinstance(rule.get("id"), str) else ""
        raise RuleFileError(path, at or (rule.where(key)[0] if key in rule else line), name + problem,
                            name_zh + problem_zh)

    for key in rule:
        if key not in RULE_KEYS:
            refuse(key, f"unknown field {key!r} (fields: {', '.join(RULE_KEYS)})", f"未知字段“{key}”")
    for key in ("id", "severity", "source", "message", "examples"):
        if key not in rule:
            refuse(key, f"the field {key!r} is missing", f"缺少字段“{key}”")
    if not isinstance(rule["id"], str) or not RULE_ID.match(rule["id"]):
        refuse("id", "id must be lower-case words joined by '-'", "id 应为以“-”连接的小写单词")
    if rule["severity"] not in severities:
        refuse("severity", f"unknown severity {rule['severity']!r} (one of {', '.join(severities)})",
               f"未知的严重程度“{rule['severity']}”（应为{'、'.join(severities)}之一）")
    if not isinstance(rule["source"], str) or not rule["source"].strip():
        refuse("source", "source must name the conventions the rule stands on", "source 应写明规则所依据的格式约定")
    if "fixable" in rule and not isinstance(rule["fixable"], bool):
        refuse("fixable", "fixable must be true or false", "fixable 应为 true 或 false")
    _check_messages(rule, refuse)
    if "words" in rule:
        _check_words(rule, refuse)
    _check_examples(rule, refuse)


def _check_words(rule: Any, refuse: Refuse) -> None:
    """``words:``: named word lists the rule's family reads, each a list of words or a mapping of each word to a
    text or a list of texts ('' allowed: "none")."""
    lists = rule["words"]
    if not isinstance(lists, dict) or not lists:
        refuse("words", "words must be a mapping of named word lists", "words 应为具名词表的映射")
    for name, entries in lists.items():
        at = lists.where_key(name)[0] if hasattr(lists, "where_key") else 0
        if not isinstance(name, str) or not RULE_ID.match(name):
            refuse("words", f"the word list {name!r} needs a name of lower-case words joined by '-'",
                   f"词表“{name}”的名称应为以“-”连接的小写单词", at)
        words = list(entries) if isinstance(entries, (list, dict)) else []
        if not words or not all(isinstance(w, str) and w.strip() == w and w for w in words):
            refuse("words", f"the word list {name!r} must list words (or map each word to what it stands for)",
                   f"词表“{name}”应列出词语（或将每个词映射到其所指）", at)
        if isinstance(entries, list) and len(set(words)) != len(words):
            twice = next(w for w in words if words.count(w) > 1)
            refuse("words", f"the word list {name!r} names {twice!r} twice", f"词表“{name}”两次列出“{twice}”", at)
        if isinstance(entries, dict):
            for word, said in entries.items():
                texts = said if isinstance(said, list) else [said]
                if not texts or not all(isinstance(t, str) for t in texts):
                    refuse("words", f"the word list {name!r}: {word!r} must map to a text or a list of texts",
                           f"词表“{name}”：“{word}”应映射到文本或文本列表",
                           entries.where_key(word)[0] if hasattr(entries, "where_key") else at)


def _check_messages(rule: Any, refuse: Refuse) -> None:
    """``message:``: an English and a Chinese template naming the same fields."""
    texts = rule["message"]
    if not isinstance(texts, dict) or set(texts) != {"en", "zh"} or \
            not all(isinstance(t, str) and t.strip() for t in texts.values()):
        refuse("message", "message must give en: and zh: texts", "message 应包含 en: 和 zh: 两种文本")
    names: list[set[str]] = []
    for lang in ("en", "zh"):
        try:
            names.append({f for _, f, _spec, _conv in string.Formatter().parse(texts[lang]) if f is not None})
        except ValueError as exc:
            refuse("message", f"the {lang} message is not a valid template ({exc})", f"{lang} 提示不是有效的模板（{exc}）")
    if names[0] != names[1]:
        refuse("message", f"the en and zh messages name different fields: {sorted(names[0])} and {sorted(names[1])}",
               f"en 与 zh 提示的字段不同：{sorted(names[0])} 与 {sorted(names[1])}")
    if any(not re.fullmatch(r"[a-z_]+", name) for name in names[0]):
        refuse("message", "a field is a lower-case name in braces, like {lead}", "字段应为花括号中的小写名称，如 {lead}")


def _check_examples(rule: Any, refuse: Refuse) -> None:
    """At least one failing and one passing example, each with its paragraphs (built and run by the tests)."""
    examples = rule["examples"]
    if not isinstance(examples, list):
        refuse("examples", "examples must be a list", "examples 应为列表")
    kinds = set()
    for index, example in enumerate(examples):
        line = _line(examples, index)
        where, where_zh = "an example", "示例"
        if not isinstance(example, dict):
            refuse("examples", f"{where} must be a mapping", f"{where_zh}应为映射", line)
        unknown = [k for k in example if k not in EXAMPLE_KEYS]
        if unknown:
            refuse("examples", f"{where} has an unknown field {unknown[0]!r}", f"{where_zh}含未知字段“{unknown[0]}”",
                   line)
        kind = example.get("kind")
        if kind not in ("fail", "pass"):
            refuse("examples", f"{where} needs kind: fail or kind: pass", f"{where_zh}需写明 kind: fail 或 kind: pass",
                   line)
        paragraph = example.get("paragraph")
        if kind == "fail" and (type(paragraph) is not int or paragraph < 1):
            refuse("examples", f"{where} fails: it needs paragraph: the number of the paragraph the rule names",
                   f"{where_zh}为 fail，需用 paragraph: 写明规则所指段落的编号", line)
        if example.get("language") not in ("en", "zh"):
            refuse("examples", f"{where} needs language: en or zh", f"{where_zh}需写明 language: en 或 zh", line)
        if example.get("profile", "un") not in PROFILES:
            refuse("examples", f"{where}: unknown profile {example['profile']!r}",
                   f"{where_zh}：未知格式“{example['profile']}”", line)
        if not isinstance(example.get("paragraphs"), list) or not example["paragraphs"]:
            refuse("examples", f"{where} needs its paragraphs", f"{where_zh}缺少 paragraphs:", line)
        kinds.add(kind)
    if kinds != {"fail", "pass"}:
        refuse("examples", "a rule needs a failing (kind: fail) and a passing (kind: pass) example",
               "每条规则都需要一个不通过（kind: fail）和一个通过（kind: pass）的示例")
