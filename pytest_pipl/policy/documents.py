"""One policy document: bytes → text → parts, and what kind of document it is.

The format comes from the file name when it says (``.html``, ``.md``,
``.txt``) and from the content when it does not (``res/raw/privacy`` with no
extension, a string resource holding HTML).  The kind — the policy itself,
its SDK list, its collection list, a children's policy, or something else
such as the user agreement — comes from the title and the wording.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ..knowledge.policy_terms import PolicyVocabulary
from .decode import DecodeError, decode
from .model import PolicyDocument
from .parts import HEADING, Part, TablePart, compact

MAX_BYTES = 8 * 1024 * 1024  # a policy is tens of kilobytes; anything this big is not one
HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown")
TEXT_SUFFIXES = (".txt", ".text", "")
UNREADABLE_SUFFIXES = {
    ".pdf": "a PDF",
    ".doc": "a Word document",
    ".docx": "a Word document",
    ".rtf": "an RTF document",
    ".png": "an image",
    ".jpg": "an image",
    ".jpeg": "an image",
}


class DocumentError(ValueError):
    """The document cannot be read as text; the message says why."""


@dataclass(frozen=True)
class Classification:
    kind: str  # policy | sdk_list | collection_list | permission_list | children | not_policy | unrelated
    title_cue: str  # the title wording that decided it, if any
    body_cues: int  # how many distinct policy phrases the text holds

    @property
    def is_policy_part(self) -> bool:
        return self.kind in ("policy", "sdk_list", "collection_list", "permission_list", "children")


def text_of(data: bytes, source: str) -> tuple[str, str]:
    """(text, encoding); raises :class:`DocumentError` naming the problem."""
    suffix = _suffix(source)
    if suffix in UNREADABLE_SUFFIXES:
        raise DocumentError(
            f"it is {UNREADABLE_SUFFIXES[suffix]}; save the policy as HTML, Markdown or text and pass that"
        )
    if len(data) > MAX_BYTES:
        raise DocumentError(f"it is {len(data) / 1e6:.1f} MB, larger than the {MAX_BYTES // 2**20} MB a policy can be")
    if not data.strip():
        raise DocumentError("it is empty")
    try:
        return decode(data)
    except DecodeError as exc:
        raise DocumentError(str(exc)) from None


def format_of(source: str, text: str) -> str:
    suffix = _suffix(source)
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    if looks_like_html(text):
        return "html"
    return "text"


def looks_like_html(text: str) -> bool:
    head = text[:2048].lower()
    return "<html" in head or "<body" in head or "<p" in head or "<div" in head or "<!doctype html" in head


def parse(text: str, fmt: str) -> list[Part | TablePart]:
    # The readers load lxml and regexes: imported on first use, not when pytest loads the plugin.
    if fmt == "html":
        from .html import read_html

        return read_html(text)
    from .markdown import read_markdown

    return read_markdown(text)


def classify(parts: Sequence[Part | TablePart], vocabulary: PolicyVocabulary) -> Classification:
    """What a document is, from its title and its wording.

    The title is the first heading (or, in text without headings, the first short line); only when it
    says nothing is the opening text read — with 《…》 references removed, because a policy's preamble
    routinely refers to 《用户协议》, 《儿童隐私保护声明》 and 《第三方信息共享清单》 by name.
    """
    whole = compact(" ".join(p.text if isinstance(p, Part) else " ".join(" ".join(r) for r in p.rows) for p in parts))
    body = sum(1 for cue in vocabulary.body_cues if compact(cue) in whole)
    for text in (_title(parts), _opening(parts)):
        if not text:
            continue
        kind, cue = _kind_in(text, vocabulary)
        if kind:
            return Classification(kind, cue, body)
    return Classification("unrelated", "", body)


_ORDER = ("sdk_list", "collection_list", "permission_list", "children", "policy", "not_policy")
_REFERENCE = re.compile(r"《[^》]{0,40}》|“[^”]{0,40}”|\"[^\"]{0,40}\"")


def _kind_in(text: str, vocabulary: PolicyVocabulary) -> tuple[str, str]:
    """The document kind a title names; the earliest-placed title wins, then the more specific kind."""
    found = []
    for rank, kind in enumerate(_ORDER):
        for title in vocabulary.documents.get(kind, ()):
            at = text.find(compact(title))
            if at >= 0:
                found.append((at, rank, -len(title), kind, title))
    if not found:
        return "", ""
    if any(f[3] == "policy" for f in found) and any(f[3] == "not_policy" for f in found):
        found = [f for f in found if f[3] != "not_policy"]  # 《用户协议与隐私政策》 is still the policy
    _, _, _, kind, title = min(found)
    return kind, title


def _title(parts: Sequence[Part | TablePart]) -> str:
    for part in parts[:8]:
        if isinstance(part, TablePart):
            return ""
        if part.kind == HEADING or len(part.text) <= 40:
            return compact(_REFERENCE.sub(" ", part.text))
    return ""


def _opening(parts: Sequence[Part | TablePart]) -> str:
    """Compact normalised text of the first ~300 characters, 《…》 references removed."""
    chunks: list[str] = []
    size = 0
    for part in parts[:12]:
        if isinstance(part, TablePart) or size >= 300:
            break
        chunks.append(part.text)
        size += len(part.text)
    return compact(_REFERENCE.sub(" ", " ".join(chunks)))


def _suffix(source: str) -> str:
    name = source.rsplit("?", 1)[0].rsplit("/", 1)[-1].rsplit("!", 1)[-1]
    return ("." + name.rsplit(".", 1)[-1].lower()) if "." in name else ""


def make_document(source: str, kind: str, fmt: str, encoding: str, text: str, given: bool) -> PolicyDocument:
    return PolicyDocument(source=source, kind=kind, format=fmt, encoding=encoding, chars=len(text), given=given)
