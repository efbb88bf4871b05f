"""Is a name used in an SDK context, a permission context …?  Judged as a reviewer reads.

A generic name (微信, 极光, 支付宝) names an SDK only where the text is about
SDKs: in the SDK list (a table with an SDK column, a section titled
第三方SDK目录, a document that is the SDK list) or in a sentence, list item or
table row that says SDK / 第三方 / 合作方.  A permission word (定位, 相机)
explains a permission where the sentence speaks of permissions or access,
or under a heading about permissions.  The unit is the sentence for
paragraphs and the whole item or row otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cached_property

from .model import ROW, Block, Policy
from .parts import HEADING, compact

_SENTENCE_END = re.compile(r"[。！？!?；;]")
# Normalised text has ASCII commas for Chinese ones: a comma next to a Chinese character ends a clause,
# a comma between Latin words is an English enumeration.
_CLAUSE_END = re.compile(r"[。！？!?;]|,(?=[\u4e00-\u9fff])|(?<=[\u4e00-\u9fff]),|(?<=[a-z])\.(?=[a-z])")


def _around(text: str, start: int, end: int, boundary: re.Pattern[str]) -> tuple[int, int]:
    """The stretch of ``text`` between the boundaries before ``start`` and after ``end``."""
    lo = 0
    for m in boundary.finditer(text, 0, start):
        lo = m.end()
    m = boundary.search(text, end)
    return lo, (m.start() if m else len(text))


def _inside_title(block: Block, start: int, end: int) -> bool:
    text = block.compact
    opened = text.rfind("《", 0, start)
    return opened >= 0 and text.rfind("》", 0, start) < opened and text.find("》", end) >= 0


class ContextJudge:
    """Answers context questions for one policy and one set of context words."""

    def __init__(
        self,
        policy: Policy,
        words: Iterable[str],
        headings: Iterable[str] = (),
        document_kinds: Iterable[str] = (),
        table_columns: Iterable[str] = (),
    ) -> None:
        self.policy = policy
        self.words = tuple(w for w in {compact(w) for w in words} if w)
        self.headings = tuple(h for h in {compact(h) for h in headings} if h)
        self.document_kinds = frozenset(document_kinds)
        self.table_columns = tuple(c for c in {compact(c) for c in table_columns} if c)

    def unit(self, block: Block, start: int, end: int) -> str:
        """The compact text of the sentence (paragraphs, headings) or whole block around a span."""
        if block.kind in (ROW, "item"):
            return block.compact
        lo, hi = _around(block.compact, start, end, _SENTENCE_END)
        return block.compact[lo:hi]

    def has_words(self, text: str) -> bool:
        return any(w in text for w in self.words)

    def clause_bounds(self, block: Block, start: int, end: int) -> tuple[int, int]:
        """Where the clause around a span starts and ends: between commas, full stops and semicolons
        (Chinese enumerations use 、, so ``访问您的相机、相册、麦克风`` is one clause)."""
        return _around(block.compact, start, end, _CLAUSE_END)

    def word_near(self, block: Block, start: int, end: int, distance: int = 4) -> bool:
        """A context word within ``distance`` characters of the span (``接入了微信提供的SDK``,
        ``第三方SDK：极光``, ``微信 SDK``) — not merely somewhere in a long sentence.  A word inside the
        name itself (the "SDK" of "ShareSDK") does not count."""
        text = block.compact
        lo, hi = max(0, start - distance - 12), min(len(text), end + distance + 12)
        for word in self.words:
            at = text.find(word, lo, hi)
            while at >= 0:
                w_end = at + len(word)
                if w_end <= start:
                    gap = start - w_end
                elif at >= end:
                    gap = at - end
                else:
                    gap = 0 if (at < start or w_end > end) else distance + 1  # overlaps: counts unless inside
                if gap <= distance:
                    return True
                at = text.find(word, at + 1, hi)
        return False

    def at_entry_head(self, block: Block, start: int, head: int = 8) -> bool:
        """The name opens the block (``1. 极光：…``, ``极光推送 | …``): the block is that SDK's entry."""
        text = block.compact
        prefix = text[:start]
        return len(prefix.lstrip("0123456789.、()（）-*•·:：")) <= head and bool(self.block_in_context(block))

    def in_name_cell(self, block: Block, start: int, end: int) -> bool:
        """For a table row: the span lies in the table's name column (or first column when it has none),
        or, in a vertical table, in the value next to a name label (``SDK名称 | 极光``)."""
        if block.table is None:
            return False
        column = self.name_columns.get(block.table, 0)
        first = compact(block.cells[0]) if block.cells else ""
        if len(block.cells) >= 2 and any(w == first or (w in first and len(first) <= 12) for w in self.table_columns):
            column = 1
        offset = 0
        for n, cell in enumerate(block.cells):
            size = len(compact(cell))
            if n == column:
                return offset <= start and end <= offset + size
            offset += size
            if cell:
                offset += 1  # the "|" joining non-empty cells
        return False

    @cached_property
    def name_columns(self) -> dict[int, int]:
        """Table index → the column whose header names the SDK (SDK名称 …)."""
        found: dict[int, int] = {}
        for table in self.policy.tables:
            labels = [compact(c) for c in table.header]
            best = None
            for n, label in enumerate(labels):
                for word in self.table_columns:
                    if word == label or (word in label and len(label) <= 12):
                        score = ("sdk" in label, word == label, len(word))
                        if best is None or score > best[0]:
                            best = (score, n)
            if best is not None:
                found[table.index] = best[1]
        return found

    def names_sdk(self, block: Block, start: int, end: int) -> bool:
        """Whether a generic name at this span names an SDK: in an SDK table's name column, at the head of
        an entry in the SDK list, or right next to an SDK word (``微信SDK``, ``接入了微信提供的SDK``)."""
        if block.kind == ROW:
            return self.block_in_context(block) and self.in_name_cell(block, start, end)
        if _inside_title(block, start, end):  # 《QQ第三方信息共享清单》 is a document's name
            return False
        if self.word_near(block, start, end):
            return True
        return self.at_entry_head(block, start)

    def block_in_context(self, block: Block) -> bool:
        if self.policy.documents[block.document].kind in self.document_kinds:
            return True
        if any(h in compact(title) for title in block.section for h in self.headings):
            return True
        if block.kind == HEADING and any(h in compact(block.text) for h in self.headings):
            return True
        return block.table is not None and block.table in self._context_tables

    @cached_property
    def _context_tables(self) -> frozenset[int]:
        """Tables whose header row (or first column) names a context column, e.g. "SDK名称"."""
        found = set()
        for table in self.policy.tables:
            labels = [compact(c) for c in table.header]
            labels += [compact(self.policy.blocks[i].cells[0]) for i in table.rows if self.policy.blocks[i].cells]
            names_column = any(col in label for label in labels for col in self.table_columns if len(label) <= 20)
            if names_column or any(self.has_words(label) for label in labels[: len(table.header)]):
                found.add(table.index)
        return frozenset(found)
