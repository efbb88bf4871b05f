"""Read a Markdown or plain-text policy into parts.

Markdown policies come from documentation sites and repositories; plain-text
ones from ``res/raw`` and string resources.  Both are read line by line:
``#`` headings and numbered heading lines (``一、…``, ``（二）…``), bullet and
numbered list items with their continuation lines, pipe tables (with or
without the ``|---|`` rule), tab-separated tables, and paragraphs.  Inline
Markdown (emphasis, code, links, images, stray HTML tags) is reduced to its
text, keeping link targets.
"""

from __future__ import annotations

import re

from .parts import HEADING, ITEM, PARAGRAPH, Part, TablePart, clean, numbered_heading_level, urls_in

_ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_BULLET = re.compile(r"^(\s*)(?:[-*+•●○◆■▪·]|\d{1,3}[.)]|[（(]\d{1,3}[)）])\s+(.*)$")
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
_LINK = re.compile(r"!?\[([^\]]*)\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<((?:https?://|www\.)[^>\s]+)>")
_TAG = re.compile(r"</?[A-Za-z][^>]*>")
_EMPHASIS = re.compile(r"(\*\*|__|\*|`|~~)")
_BOLD_LINE = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*$")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|>])")


def inline(text: str) -> tuple[str, tuple[str, ...], bool]:
    """(plain text, link targets, whether the whole line was bold) of one Markdown line."""
    bold = bool(_BOLD_LINE.match(text))
    links: list[str] = []

    def link(match: re.Match[str]) -> str:
        target = match.group(2)
        if target.lower().startswith(("http://", "https://", "www.")):
            links.append(target)
        return "" if match.group(0).startswith("!") else match.group(1)

    text = _LINK.sub(link, text)
    text = _AUTOLINK.sub(lambda m: m.group(1), text)
    text = _TAG.sub(" ", text)
    text = _EMPHASIS.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    for url in urls_in(text):
        if url not in links:
            links.append(url)
    return clean(text), tuple(links), bold


def _cells(line: str) -> list[str]:
    line = line.strip()
    if line.startswith("|"):
        line = line[1:]
    if line.endswith("|") and not line.endswith("\\|"):
        line = line[:-1]
    return [c.strip() for c in re.split(r"(?<!\\)\|", line)]


def read_markdown(text: str) -> list[Part | TablePart]:
    """The parts of a Markdown (or plain-text) document, in order."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [re.sub(r"^(\s*\d{1,3})\\([.)])", r"\1\2", line) for line in lines]  # "4\. Title" is "4. Title"
    parts: list[Part | TablePart] = []
    paragraph: list[str] = []
    item: list[str] | None = None
    plain = not any(_ATX.match(line) or _RULE.match(line) and "|" in line for line in lines)

    def flush() -> None:
        nonlocal paragraph, item
        if item is not None:
            _emit(parts, " ".join(item), ITEM)
            item = None
        if paragraph:
            # Plain text: a line is a paragraph.  Markdown: lines join until a blank line.
            chunks = paragraph if plain else [" ".join(paragraph)]
            for chunk in chunks:
                _emit(parts, chunk, PARAGRAPH)
            paragraph = []

    i = 0
    while i < len(lines):
        line = lines[i]
        if not line.strip():
            flush()
            i += 1
            continue
        heading = _ATX.match(line)
        if heading:
            flush()
            text, links, _ = inline(heading.group(2))
            if text:
                parts.append(Part(HEADING, text, len(heading.group(1)), links))
            i += 1
            continue
        table_end = _table_at(lines, i)
        if table_end:
            flush()
            parts.append(_table(lines[i:table_end]))
            i = table_end
            continue
        if not plain and i + 1 < len(lines) and _SETEXT.match(lines[i + 1]) and not paragraph and line.strip():
            flush()
            text, links, _ = inline(line)
            parts.append(Part(HEADING, text, 1 if lines[i + 1].strip()[0] == "=" else 2, links))
            i += 2
            continue
        bullet = _BULLET.match(line)
        if bullet and not numbered_heading_level(inline(line)[0]):
            flush()
            item = [bullet.group(2)]
            i += 1
            continue
        if item is not None and (line.startswith((" ", "\t")) and not plain):
            item.append(line.strip())
            i += 1
            continue
        if item is not None:
            flush()
        paragraph.append(line.strip())
        if plain or _ends_block(line):
            flush()
        i += 1
    flush()
    return parts


def _ends_block(line: str) -> bool:
    return line.endswith("  ") or line.rstrip().endswith("<br>")


def _emit(parts: list[Part | TablePart], raw: str, kind: str) -> None:
    text, links, bold = inline(raw)
    if not text:
        return
    level = numbered_heading_level(text, emphasised=bold)
    parts.append(Part(HEADING, text, level, links) if level else Part(kind, text, 0, links))


def _table_at(lines: list[str], i: int) -> int:
    """End index (exclusive) of a pipe or tab table starting at line ``i``, or 0."""
    line = lines[i]
    if "|" in line and i + 1 < len(lines) and _RULE.match(lines[i + 1]) and "-" in lines[i + 1]:
        end = i + 2
        while end < len(lines) and "|" in lines[end] and lines[end].strip():
            end += 1
        return end
    if line.lstrip().startswith("|") and line.rstrip().endswith("|") and line.count("|") >= 3:
        end = i
        while end < len(lines) and lines[end].lstrip().startswith("|"):
            end += 1
        return end if end - i >= 2 else 0
    tabs = line.strip().count("\t")
    if tabs >= 1:
        end = i
        while end < len(lines) and lines[end].strip().count("\t") == tabs:
            end += 1
        return end if end - i >= 3 else 0
    return 0


def _table(lines: list[str]) -> TablePart:
    rows: list[list[str]] = []
    links: list[list[tuple[str, ...]]] = []
    for line in lines:
        if _RULE.match(line) and "-" in line:
            continue
        cells = line.strip().split("\t") if "|" not in line else _cells(line)
        row, row_links = [], []
        for cell in cells:
            text, found, _ = inline(cell.replace("<br>", "；").replace("<br/>", "；"))
            row.append(text)
            row_links.append(found)
        if any(row):
            rows.append(row)
            links.append(row_links)
    return TablePart(rows, links)
