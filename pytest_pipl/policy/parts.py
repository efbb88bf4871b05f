"""The parts every reader (HTML, Markdown, plain text) turns a document into.

Readers differ in syntax only; what a reviewer looks at is the same: headings
that open sections, paragraphs, list items, and tables whose first row often
names the columns.  Readers emit these parts in document order and
:mod:`pytest_pipl.policy.model` assigns sections and indexes the text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

HEADING, PARAGRAPH, ITEM = "heading", "paragraph", "item"

_URL = re.compile(r"(?:https?://|www\.)[^\s\"'<>()（）【】，。；、]+", re.IGNORECASE)
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_BRACKETS = dict.fromkeys(map(ord, "【】「」『』〖〗"), " ")  # decoration: 【友盟+】SDK is 友盟+ SDK
_SPACE = re.compile(r"\s+")


@dataclass
class Part:
    """A heading, paragraph or list item."""

    kind: str
    text: str
    level: int = 0  # headings: 1 (top) … 6
    links: tuple[str, ...] = ()


@dataclass
class TablePart:
    """A table as rows of cell texts (row/column spans already expanded)."""

    rows: list[list[str]]
    links: list[list[tuple[str, ...]]] = field(default_factory=list)  # per row, per cell


def clean(text: str) -> str:
    """Visible text with invisible characters dropped and whitespace collapsed (case kept)."""
    return _SPACE.sub(" ", text.translate(_INVISIBLE)).strip()


def normalise(text: str) -> str:
    """What matching compares: NFKC (full-width → half-width), lower case, single spaces."""
    text = unicodedata.normalize("NFKC", text.translate(_INVISIBLE)).translate(_BRACKETS)
    return _SPACE.sub(" ", text.lower()).strip()


def compact(text: str) -> str:
    """Normalised text without any whitespace: what terms are matched against (Chinese puts spaces anywhere)."""
    return "".join(normalise(text).split())


def urls_in(text: str) -> tuple[str, ...]:
    return tuple(m.group(0).rstrip(".,;:") for m in _URL.finditer(text))


# -- headings written as numbered lines ------------------------------------------------------------

_CN_NUM = "一二三四五六七八九十百零〇"
_HEADING_PATTERNS = (
    (1, re.compile(rf"^第[{_CN_NUM}\d]+[章部篇]")),
    (1, re.compile(r"^(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩⅪⅫ]|(?:X{0,1}(?:IX|IV|V?I{0,3})))[、.．]\s*\S")),
    (1, re.compile(rf"^[{_CN_NUM}]+[、.．]\s*\S")),
    (2, re.compile(rf"^第[{_CN_NUM}\d]+[条节]")),
    (2, re.compile(rf"^[(（][{_CN_NUM}]+[)）]\s*\S")),
    (3, re.compile(r"^\d{1,2}(?:[.．]\d{1,2})*(?:[、.．]|\s)\s*[^\d\s.．、]")),
    (4, re.compile(r"^[(（]\d{1,2}[)）]\s*\S")),
)
_SENTENCE_END = tuple("。；;：:，,")  # a question ("我们如何使用Cookie？") is a fine heading
_MAX_HEADING_CHARS = 48


def numbered_heading_level(text: str, *, emphasised: bool = False) -> int:
    """The heading level of a short numbered line (``一、…``, ``（二）…``, ``3.1 …``), else 0.

    Policies saved from Word or written as plain text mark structure only by
    numbering.  A numbered line is a heading when it is short and does not
    read as a sentence; an emphasised (bold) short line is a heading even
    without a number.
    """
    text = text.strip()
    if not text or len(text) > _MAX_HEADING_CHARS or text.endswith(_SENTENCE_END):
        return 0
    if "。" in text:
        return 0
    for level, pattern in _HEADING_PATTERNS:
        if pattern.match(text):
            if level >= 3 and not emphasised and len(text) > 30:
                return 0
            return level
    return 4 if emphasised else 0
