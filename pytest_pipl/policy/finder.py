"""Find an app's privacy policy and read it into a :class:`~pytest_pipl.policy.model.Policy`.

Sources, in order:

1. what the user names — files, directories of files, or ``http(s)://`` URLs
   (``--pipl-policy``, ini ``pipl_policy``); several sources make one policy,
   because a policy is often split into the policy, its SDK list and its
   collection list.  A URL is fetched only when given, with a timeout and a
   size bound.
2. otherwise what the build bundles: HTML, Markdown and text files under
   ``assets/`` and ``res/`` recognised by title *and* wording (a file named
   ``privacy.html`` holding a user agreement is skipped, a policy named
   ``a1.html`` is found), then string resources holding policy text.

When nothing is found the error lists where it looked, what it skipped and
why, and any policy URL the app's code refers to — the usual reason a build
bundles no policy.
"""

from __future__ import annotations

import os
import re
import zipfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..app.model import App
from ..app.resources import ResourceError, string_pool
from ..errors import PiplError
from ..knowledge.policy_terms import PolicyVocabulary
from .documents import (
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    MAX_BYTES,
    Classification,
    DocumentError,
    classify,
    format_of,
    make_document,
    parse,
    text_of,
)
from .model import Policy, PolicyDocument, build_policy
from .parts import Part, TablePart, compact

FETCH_TIMEOUT = 15.0
MAX_BUNDLED_FILES = 400  # text files read from one build
MIN_POLICY_CUES = 3  # distinct policy phrases a bundled document needs besides its title
MIN_UNTITLED_CUES = 8  # … and without a recognisable title
MIN_STRING_CHARS = 400  # shorter string resources are dialog texts, not policies
_TEXT_SUFFIXES = (*HTML_SUFFIXES, *MARKDOWN_SUFFIXES, ".txt", ".text", "")
_URL = re.compile(r"^https?://[^\s\"'<>]+$", re.IGNORECASE)
_URL_CUES = ("privacy", "yinsi", "policy", "protocol", "agreement", "xieyi", "隐私", "privacypolicy")

Parsed = tuple[PolicyDocument, list[Part | TablePart]]


class PolicySourceError(PiplError):
    """A policy source the user named cannot be read."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"cannot read privacy policy {source}: {problem}.")


class PolicyNotFound(PiplError):
    """No policy was given and none could be found in the build."""

    def __init__(self, looked: Sequence[tuple[str, str]], app_name: str, code_urls: Sequence[str] = ()) -> None:
        self.looked = list(looked)
        self.code_urls = list(code_urls)
        self.app_name = app_name
        super().__init__(self.explain("en"))

    def explain(self, lang: str = "en") -> str:
        zh = lang == "zh"
        if zh:
            lines = [f"找不到{self.app_name}的隐私政策。查找范围："]
        else:
            lines = [f"No privacy policy found for {self.app_name}. Looked at:"]
        lines += [f"  - {z if zh else e}" for e, z in self.looked]
        if self.code_urls:
            urls = ", ".join(self.code_urls)
            lines.append(
                f"应用代码引用了在线政策页面：{urls} —— 用 --pipl-policy URL（或保存后的文件）提供。"
                if zh
                else f"The app's code refers to an online policy: {urls} — pass it with --pipl-policy URL "
                "(or a saved copy of the page)."
            )
        lines.append(
            "提供隐私政策：--pipl-policy 文件/目录/URL（可重复：政策正文、第三方SDK目录、个人信息收集清单），"
            "或在pytest配置中设置 pipl_policy。"
            if zh
            else "Supply the policy with --pipl-policy FILE|DIR|URL (repeatable: the policy, its SDK list, its "
            "collection list) or the ini key pipl_policy."
        )
        return "\n".join(lines)


@dataclass
class _Search:
    """What the bundled-policy search saw, for the not-found message and the report."""

    found: list[Parsed] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (source, why)
    files_read: int = 0
    too_many: int = 0
    strings_seen: int = 0
    dialog_texts: int = 0
    string_error: str = ""


def load_policy(
    *sources: str | os.PathLike[str],
    app: App | None = None,
    vocabulary: PolicyVocabulary | None = None,
    timeout: float = FETCH_TIMEOUT,
) -> Policy:
    """The privacy policy read from ``sources`` (files, directories, URLs) or, without sources, found in ``app``.

    Raises :class:`PolicySourceError` when a named source cannot be read and
    :class:`PolicyNotFound` when nothing was named and the build holds no policy.
    """
    vocabulary = vocabulary or PolicyVocabulary.builtin()
    if sources:
        parsed: list[Parsed] = []
        for source in sources:
            parsed.extend(read_source(os.fspath(source), vocabulary, timeout))
        return build_policy(parsed)
    if app is None:
        raise PiplError("load_policy needs policy sources or an app whose bundled policy to find.")
    search = _search_bundled(app, vocabulary)
    if not search.found:
        raise PolicyNotFound(_looked(app, search), app.name, policy_urls_in_code(app))
    notes = [f"Policy found in the build: {', '.join(d.source for d, _ in search.found)}"]
    return build_policy(search.found, notes)


# -- sources the user names ---------------------------------------------------------------------


def read_source(source: str, vocabulary: PolicyVocabulary, timeout: float = FETCH_TIMEOUT) -> list[Parsed]:
    """The document(s) one ``--pipl-policy`` value names."""
    if source.lower().startswith(("http://", "https://")):
        data, charset = fetch(source, timeout)
        return [_parse_given(source, data, vocabulary, charset)]
    if source.lower().startswith("file://"):
        source = source[7:]
    path = Path(source)
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in _TEXT_SUFFIXES[:-1])
        if not files:
            raise PolicySourceError(source, "the directory holds no .html, .md or .txt file")
        return [_parse_given(str(p), _read_file(p), vocabulary) for p in files]
    if not path.exists():
        raise PolicySourceError(source, "the file does not exist")
    return [_parse_given(source, _read_file(path), vocabulary)]


def _read_file(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise PolicySourceError(str(path), f"it is {size / 1e6:.1f} MB, larger than a policy can be")
        return path.read_bytes()
    except OSError as exc:
        raise PolicySourceError(str(path), exc.strerror or str(exc)) from None


def fetch(url: str, timeout: float = FETCH_TIMEOUT) -> tuple[bytes, str | None]:
    """(body, charset from Content-Type) of an explicitly given policy URL; bounded in time and size."""
    import urllib.error  # only when a URL is given
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": "pytest-pipl (privacy-policy check)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310 - http(s) only, user-given
            data = response.read(MAX_BYTES + 1)
            charset = response.headers.get_content_charset()
    except urllib.error.HTTPError as exc:
        raise PolicySourceError(url, f"the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise PolicySourceError(url, f"the page could not be fetched ({exc.reason})") from None
    except (TimeoutError, OSError) as exc:
        raise PolicySourceError(url, f"the page could not be fetched ({exc})") from None
    if len(data) > MAX_BYTES:
        raise PolicySourceError(url, f"the page is larger than {MAX_BYTES // 2**20} MB")
    return data, charset


def _parse_given(source: str, data: bytes, vocabulary: PolicyVocabulary, charset: str | None = None) -> Parsed:
    try:
        text, encoding = _decode_with(data, source, charset)
    except DocumentError as exc:
        raise PolicySourceError(source, str(exc)) from None
    fmt = format_of(source, text)
    parts = parse(text, fmt)
    if not parts:
        raise PolicySourceError(source, "it holds no text")
    kind = classify(parts, vocabulary).kind
    return make_document(source, kind if kind != "unrelated" else "policy", fmt, encoding, text, True), parts


def _decode_with(data: bytes, source: str, charset: str | None) -> tuple[str, str]:
    if charset:
        try:
            return data.decode(charset), charset
        except (LookupError, UnicodeDecodeError):
            pass
    return text_of(data, source)


# -- what the build bundles ------------------------------------------------------------------------


def _search_bundled(app: App, vocabulary: PolicyVocabulary) -> _Search:
    search = _Search()
    candidates = [f for f in app.files if _is_text_candidate(f)]
    candidates.sort(key=lambda f: (not _name_cue(f, vocabulary), f))
    if len(candidates) > MAX_BUNDLED_FILES:
        search.too_many = len(candidates) - MAX_BUNDLED_FILES
        candidates = candidates[:MAX_BUNDLED_FILES]
    try:
        with zipfile.ZipFile(app.path) as zf:
            for name in candidates:
                info = zf.getinfo(name)
                if info.file_size > MAX_BYTES:
                    continue
                search.files_read += 1
                _consider(f"{app.name}!{name}", name, zf.read(name), vocabulary, search)
            if not search.found and "resources.arsc" in app.files:
                _search_strings(app, zf.read("resources.arsc"), vocabulary, search)
    except (OSError, zipfile.BadZipFile, KeyError) as exc:
        search.skipped.append((app.name, f"the APK could not be read again ({exc})"))
    return search


def _is_text_candidate(name: str) -> bool:
    if not name.startswith(("assets/", "res/")) or name.endswith("/"):
        return False
    base = name.rsplit("/", 1)[-1].lower()
    suffix = ("." + base.rsplit(".", 1)[-1]) if "." in base else ""
    if name.startswith("res/") and suffix == "":
        return name.startswith("res/raw")
    return suffix in _TEXT_SUFFIXES


def _name_cue(name: str, vocabulary: PolicyVocabulary) -> bool:
    low = name.lower()
    return any(cue in low for cue in vocabulary.file_name_cues) or any(
        t in name for t in vocabulary.documents.get("policy", ()) if not t.isascii()
    )


def _consider(source: str, name: str, data: bytes, vocabulary: PolicyVocabulary, search: _Search) -> None:
    try:
        text, encoding = text_of(data, name)
    except DocumentError:
        return
    if not _quick_cue(text, vocabulary):
        if _name_cue(name, vocabulary):
            search.skipped.append((source, "no privacy-policy wording"))
        return
    fmt = format_of(name, text)
    parts = parse(text, fmt)
    verdict = classify(parts, vocabulary)
    why = _rejection(verdict, text)
    if why:
        search.skipped.append((source, why))
        return
    kind = verdict.kind if verdict.kind != "unrelated" else "policy"
    search.found.append((make_document(source, kind, fmt, encoding, text, False), parts))


_QUICK_CHARS = 30_000  # a policy names itself and its topics early


def _quick_cue(text: str, vocabulary: PolicyVocabulary) -> bool:
    """Cheap test before parsing: does the start of the text contain a document title or two policy phrases?"""
    titles, cues = _cue_keys(vocabulary)
    start = compact(text[:_QUICK_CHARS])
    if any(t in start for t in titles):
        return True
    return sum(1 for cue in cues if cue in start) >= 2


_CUE_KEYS: dict[int, tuple[PolicyVocabulary, tuple[str, ...], tuple[str, ...]]] = {}


def _cue_keys(vocabulary: PolicyVocabulary) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Compacted document titles and body cues, computed once per vocabulary."""
    cached = _CUE_KEYS.get(id(vocabulary))
    if cached is None or cached[0] is not vocabulary:
        titles = tuple({compact(t) for kind in vocabulary.documents for t in vocabulary.documents[kind]} - {""})
        cues = tuple({compact(c) for c in vocabulary.body_cues} - {""})
        cached = _CUE_KEYS[id(vocabulary)] = (vocabulary, titles, cues)
    return cached[1], cached[2]


def _rejection(verdict: Classification, text: str) -> str:
    """Why a bundled document is not (part of) the policy, or "" when it is."""
    if verdict.kind == "not_policy":
        return f"it is a {verdict.title_cue} (《{verdict.title_cue}》), not the privacy policy"
    if verdict.kind == "policy" and verdict.body_cues < MIN_POLICY_CUES:
        return f"titled {verdict.title_cue} but holds too little policy text ({len(text)} characters)"
    if verdict.kind == "unrelated" and verdict.body_cues < MIN_UNTITLED_CUES:
        return "no privacy-policy title and little policy wording"
    return ""


def _search_strings(app: App, arsc: bytes, vocabulary: PolicyVocabulary, search: _Search) -> None:
    try:
        strings = string_pool(arsc)
    except ResourceError as exc:
        search.string_error = str(exc)
        return
    search.strings_seen = len(strings)
    for n, value in enumerate(strings):
        if len(value) < 120 or not _quick_cue(value, vocabulary):
            continue
        fmt = "html" if "<p" in value or "<br" in value or "<h" in value else "text"
        parts = parse(value, fmt)
        verdict = classify(parts, vocabulary)
        if len(value) < MIN_STRING_CHARS or _rejection(verdict, value):
            if verdict.title_cue or verdict.body_cues:
                search.dialog_texts += 1
            continue
        kind = verdict.kind if verdict.kind != "unrelated" else "policy"
        source = f"{app.name}!resources.arsc (string #{n})"
        search.found.append((make_document(source, kind, fmt, "utf-8", value, False), parts))


def _looked(app: App, search: _Search) -> list[tuple[str, str]]:
    looked = [("no --pipl-policy (or ini pipl_policy) was given", "未提供 --pipl-policy（或 ini 配置 pipl_policy）")]
    files = f"{search.files_read} HTML/Markdown/text file{'s' if search.files_read != 1 else ''}"
    looked.append(
        (
            f"{files} under assets/ and res/ (res/raw/ included) in {app.name}: none reads as a privacy policy",
            f"{app.name} 中 assets/ 与 res/（含 res/raw/）下的 {search.files_read} 个"
            "HTML/Markdown/文本文件：均不是隐私政策",
        )
    )
    if search.too_many:
        looked.append((f"{search.too_many} more text files were not read", f"另有 {search.too_many} 个文本文件未读取"))
    for source, why in search.skipped[:8]:
        looked.append((f"skipped {source}: {why}", f"跳过 {source}：{why}"))
    if search.string_error:
        looked.append((f"string resources: {search.string_error}", f"字符串资源：{search.string_error}"))
    else:
        dialog = (
            f"; {search.dialog_texts} shorter text{'s' if search.dialog_texts != 1 else ''} mention the policy "
            "(consent-dialog wording, not the policy itself)"
            if search.dialog_texts
            else ""
        )
        dialog_zh = ""
        if search.dialog_texts:
            dialog_zh = f"；{search.dialog_texts} 段较短文字提到隐私政策（同意弹窗文案，不是政策全文）"
        looked.append(
            (
                f"{search.strings_seen:,} string resources: none holds policy text{dialog}",
                f"{search.strings_seen:,} 条字符串资源：均不含政策全文{dialog_zh}",
            )
        )
    return looked


def policy_urls_in_code(app: App, limit: int = 3) -> list[str]:
    """URLs in the app's constant strings that look like its online policy or agreement page."""
    try:
        strings: Iterable[str] = app.code.strings
    except Exception:  # noqa: BLE001 - a build whose code cannot be read still gets the message
        return []
    found: list[str] = []
    for value in strings:
        if len(value) < 12 or len(value) > 300 or not _URL.match(value):
            continue
        low = value.lower()
        if any(cue in low for cue in _URL_CUES) and value not in found:
            found.append(value)
    own = app.package.split(".")
    found.sort(key=lambda u: (not any(part in u for part in own if len(part) > 3), len(u)))
    return found[:limit]
