"""The policy model: what a reviewer reads, indexed for finding names in it.

A :class:`Policy` is one or more documents (the policy, its SDK list, its
collection list …) turned into :class:`Block` s — headings, paragraphs, list
items and table rows — each knowing its section (the headings above it), its
document and, for rows, its table and the header cell of every column.

Matching works on normalised text (NFKC: full-width → half-width, lower
case) with all whitespace removed, because Chinese text puts spaces
anywhere (``友盟+ SDK``, ``友 盟``) and none where English would.  Latin terms
still match on word boundaries (``x5`` is not found in ``x500``); the
boundaries are remembered where whitespace was removed.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from .parts import HEADING, Part, TablePart, compact, normalise

ROW = "row"
_LATIN = re.compile(r"[a-z0-9]")
_SEP = "\x00"


@dataclass(frozen=True)
class PolicyDocument:
    """One file, URL or resource the policy was read from."""

    source: str  # what messages show: a path, a URL, or ``app.apk!assets/privacy.html``
    kind: str  # policy | sdk_list | collection_list | permission_list | children | unknown
    format: str  # html | markdown | text
    encoding: str
    chars: int
    given: bool  # passed with --pipl-policy (True) or found in the build (False)

    def describe(self) -> str:
        return f"{self.source} ({self.format}, {self.encoding}, {self.chars:,} characters)"


@dataclass(frozen=True)
class Block:
    """A heading, paragraph, list item or table row."""

    index: int
    kind: str  # heading | paragraph | item | row
    text: str  # as written, whitespace collapsed
    document: int
    section: tuple[str, ...] = ()  # titles of the enclosing headings, outermost first
    level: int = 0  # headings only
    table: int | None = None  # rows only
    cells: tuple[str, ...] = ()  # rows only
    links: tuple[str, ...] = ()

    @cached_property
    def norm(self) -> str:
        return normalise(self.text)

    @cached_property
    def compact(self) -> str:
        """:attr:`norm` without whitespace; match positions are offsets in this text."""
        return "".join(self.norm.split())

    @property
    def section_title(self) -> str:
        return " › ".join(self.section)


@dataclass(frozen=True)
class Table:
    """A table: its header row (if the first row reads as one) and its data rows (block indices)."""

    index: int
    document: int
    section: tuple[str, ...]
    header: tuple[str, ...]
    rows: tuple[int, ...]
    header_block: int | None = None

    def record(self, block: Block) -> dict[str, str]:
        """A row as ``{header cell: value}`` (columns without a header keyed by position)."""
        return {
            (self.header[i] if i < len(self.header) and self.header[i] else str(i)): value
            for i, value in enumerate(block.cells)
        }


@dataclass(frozen=True)
class Section:
    """A heading and everything under it up to the next heading of the same or a higher level."""

    title: str
    level: int
    path: tuple[str, ...]  # enclosing headings' titles, outermost first, then this one
    document: int
    heading: int  # block index of the heading
    end: int  # block index after the section's last block

    def blocks(self, policy: Policy) -> list[Block]:
        return policy.blocks[self.heading : self.end]

    def text(self, policy: Policy) -> str:
        return "\n".join(b.text for b in self.blocks(policy))


@dataclass(frozen=True)
class Mention:
    """Where a term occurs: the block, the excerpt around it and the section."""

    term: str
    block: Block
    excerpt: str
    source: str
    start: int = 0  # compact offsets of the match in the block
    end: int = 0

    @property
    def section(self) -> str:
        return self.block.section_title

    def excerpt_around(self, width: int) -> str:
        """A shorter or longer excerpt than :attr:`excerpt` (which shows 40 characters each side)."""
        return _excerpt(self.block, self.start, self.end, width)

    def describe(self, lang: str = "en", width: int = 40) -> str:
        excerpt = self.excerpt if width == 40 else self.excerpt_around(width)
        if lang == "zh":
            where = f"，位于“{self.section}”" if self.section else ""
            return f"“{excerpt}”（{self.source}{where}）"
        where = f" in “{self.section}”" if self.section else ""
        return f"“{excerpt}”{where} ({self.source})"


@dataclass
class Policy:
    """The privacy policy of an app, possibly spread over several documents."""

    documents: list[PolicyDocument]
    blocks: list[Block]
    tables: list[Table]
    notes: list[str] = field(default_factory=list)  # what the finder wants reported (skipped files …)

    # -- reading --------------------------------------------------------------------------
    @property
    def text(self) -> str:
        """All text, one block per line."""
        return "\n".join(b.text for b in self.blocks)

    @property
    def sources(self) -> list[str]:
        return [d.source for d in self.documents]

    @property
    def headings(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == HEADING]

    @cached_property
    def sections(self) -> list[Section]:
        """Every heading's section, in document order (nested sections overlap their parents)."""
        found = []
        blocks = self.blocks
        for block in blocks:
            if block.kind != HEADING:
                continue
            end = block.index + 1
            while (
                end < len(blocks)
                and blocks[end].document == block.document
                and not (blocks[end].kind == HEADING and blocks[end].level <= block.level)
            ):
                end += 1
            found.append(
                Section(block.text, block.level, (*block.section, block.text), block.document, block.index, end)
            )
        return found

    @property
    def items(self) -> list[Block]:
        """List items (bulleted or numbered lines)."""
        return [b for b in self.blocks if b.kind == "item"]

    def section_blocks(self, title_part: str) -> list[Block]:
        """Blocks under any heading whose title contains ``title_part`` (normalised)."""
        wanted = compact(title_part)
        return [b for b in self.blocks if any(wanted in compact(t) for t in b.section)]

    def describe(self) -> str:
        return "; ".join(d.describe() for d in self.documents)

    # -- finding ----------------------------------------------------------------------------
    def mentions(self, term: str) -> list[Mention]:
        """Every place ``term`` occurs (case-, width- and space-insensitive; Latin on word boundaries)."""
        return [self.mention_at(term, block, start, end) for block, start, end in self.index.find(term)]

    def mentions_any(self, terms: Iterable[str]) -> list[Mention]:
        found: list[Mention] = []
        for term in terms:
            found.extend(self.mentions(term))
        return found

    def mention_at(self, term: str, block: Block, start: int, end: int) -> Mention:
        return Mention(term, block, _excerpt(block, start, end), self.documents[block.document].source, start, end)

    @cached_property
    def index(self) -> TextIndex:
        return TextIndex(self.blocks)


def _excerpt(block: Block, start: int, end: int, width: int = 40) -> str:
    """The block's text as written around compact positions ``start``–``end``."""
    shown = block.text
    positions: list[int] = []  # compact position → index in the written text
    for i, ch in enumerate(shown):
        positions.extend([i] * len("".join(unicodedata.normalize("NFKC", ch).lower().split())))
    if len(positions) != len(block.compact):  # normalisation joined characters: show normalised text
        shown = block.norm
        positions = [i for i, ch in enumerate(shown) if not ch.isspace()]
    if not positions:
        return ""
    s = positions[min(start, len(positions) - 1)]
    e = positions[min(max(end - 1, 0), len(positions) - 1)] + 1
    lo, hi = max(0, s - width), min(len(shown), e + width)
    return ("…" if lo else "") + shown[lo:hi] + ("…" if hi < len(shown) else "")


class TextIndex:
    """Finds terms in the blocks' compact normalised text, one ``str.find`` scan per term."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self.blocks = blocks
        pieces: list[str] = []
        starts: list[int] = []
        boundary = bytearray()  # 1 where whitespace was removed before this compact position
        offset = 0
        for block in blocks:
            starts.append(offset)
            compact: list[str] = []
            spaced = False
            for ch in block.norm:
                if ch.isspace():
                    spaced = True
                    continue
                compact.append(ch)
                boundary.append(1 if spaced else 0)
                spaced = False
            pieces.append("".join(compact))
            boundary.append(1)  # the separator
            offset += len(compact) + 1
        self.text = _SEP.join(pieces) + _SEP
        self.starts = starts
        self.boundary = boundary
        self._cache: dict[str, list[tuple[Block, int, int]]] = {}

    def find(self, term: str) -> list[tuple[Block, int, int]]:
        """``(block, start, end)`` for each occurrence; positions are compact offsets in the block."""
        key = compact(term)
        if not key:
            return []
        if key in self._cache:
            return self._cache[key]
        found = []
        text, latin_start, latin_end = self.text, bool(_LATIN.match(key[0])), bool(_LATIN.match(key[-1]))
        pos = text.find(key)
        while pos >= 0:
            end = pos + len(key)
            if self._bounded(pos, end, latin_start, latin_end):
                b = bisect.bisect_right(self.starts, pos) - 1
                found.append((self.blocks[b], pos - self.starts[b], end - self.starts[b]))
            pos = text.find(key, pos + 1)
        self._cache[key] = found
        return found

    def _bounded(self, start: int, end: int, latin_start: bool, latin_end: bool) -> bool:
        text = self.text
        if latin_start and start > 0 and not self.boundary[start] and _LATIN.match(text[start - 1]):
            return False
        if latin_end and end < len(text) and not self.boundary[end] and _LATIN.match(text[end]):
            return text.startswith("sdk", end)  # "BuglySDK" still names Bugly
        return True


def build_policy(
    parsed: Sequence[tuple[PolicyDocument, Sequence[Part | TablePart]]], notes: Iterable[str] = ()
) -> Policy:
    """Assemble documents' parts into one :class:`Policy`, assigning sections and tables."""
    blocks: list[Block] = []
    tables: list[Table] = []
    documents: list[PolicyDocument] = []
    for doc_index, (document, parts) in enumerate(parsed):
        documents.append(document)
        stack: list[tuple[int, str]] = []  # (level, title) of the open headings
        for part in parts:
            section = tuple(title for _, title in stack)
            if isinstance(part, TablePart):
                tables.append(_table(part, len(tables), doc_index, section, blocks))
                continue
            if part.kind == HEADING:
                while stack and stack[-1][0] >= part.level:
                    stack.pop()
                blocks.append(
                    Block(len(blocks), HEADING, part.text, doc_index, tuple(t for _, t in stack), part.level,
                          links=part.links)
                )  # fmt: skip
                stack.append((part.level, part.text))
                continue
            blocks.append(Block(len(blocks), part.kind, part.text, doc_index, section, links=part.links))
    return Policy(documents, blocks, tables, list(notes))


def _table(part: TablePart, index: int, document: int, section: tuple[str, ...], blocks: list[Block]) -> Table:
    rows = [list(r) for r in part.rows]
    width = max(len(r) for r in rows)
    for r in rows:
        r.extend([""] * (width - len(r)))
    links = list(part.links) or [[() for _ in r] for r in rows]
    while len(rows) > 1 and width > 1 and len(set(rows[0])) == 1:  # a caption spanning every column
        blocks.append(Block(len(blocks), "paragraph", rows[0][0], document, section))
        rows, links = rows[1:], links[1:]
    has_header = len(rows) > 1 and _reads_as_header(rows[0], rows[1:])
    header = tuple(rows[0]) if has_header else ()
    header_block = None
    row_blocks = []
    for n, cells in enumerate(rows):
        text = " | ".join(c for c in cells if c)
        row_links = tuple(dict.fromkeys(link for cell in (links[n] if n < len(links) else ()) for link in cell))
        block = Block(len(blocks), ROW, text, document, section, table=index, cells=tuple(cells), links=row_links)
        blocks.append(block)
        if n == 0 and has_header:
            header_block = block.index
        else:
            row_blocks.append(block.index)
    return Table(index, document, section, header, tuple(row_blocks), header_block)


def _reads_as_header(first: list[str], rest: list[list[str]]) -> bool:
    """A first row of short labels with no links or long sentences is a header row."""
    cells = [c for c in first if c]
    return bool(cells) and not any(len(c) > 30 or "://" in c for c in cells)
