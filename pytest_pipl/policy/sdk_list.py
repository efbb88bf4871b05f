"""The SDK list (第三方SDK目录): for each SDK, its company, purpose, data and policy link.

Regulators expect one entry per SDK naming the company that runs it, what
it is used for, what personal information it collects and a link to its own
privacy policy (GB/T 41391 6.6, TC260 SDK guide).  Entries come in three
shapes and are read in each:

* a table row, columns identified by their header whatever their order
  (SDK名称 | 使用目的 | 第三方主体 …); a cell "无" or "/" is empty;
* a vertical table per SDK, labels in the first column;
* a list entry — the item or paragraph naming the SDK and the lines after it
  up to the next SDK or heading (``SDK名称：…`` / ``使用目的：…`` / ``隐私政策：https://…``).

Where a table has no column for a detail, the row's text is read as a list
entry would be.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from ..knowledge.policy_terms import PolicyVocabulary
from ..knowledge.sdks import Sdk
from .model import ROW, Block, Policy, Table
from .parts import HEADING, compact, urls_in
from .sdk_names import SdkNames

DETAILS = ("company", "purpose", "data", "link")
_EMPTY = {"", "无", "暂无", "-", "--", "/", "—", "——", "n/a", "na", "none", "null", "不涉及", "未提供", "空"}
_COMPANY = re.compile(
    r"(有限公司|有限责任公司|股份公司|集团|公司|co\.?,?ltd|\bltd\b|\binc\b|\bllc\b|limited|corporation|gmbh|pte\.?ltd)",
    re.IGNORECASE,
)
_PURPOSE_WORDS = (
    "用于",
    "为了",
    "以便",
    "实现",
    "提供",
    "目的",
    "用途",
    "功能",
    "场景",
    "used for",
    "to provide",
    "purpose",
)
_ENTRY_BLOCKS = 10
_ENTRY_HEAD_CHARS = 16  # a name this close to a line's start opens a new entry


@dataclass
class SdkEntry:
    """What the policy's list says about one SDK."""

    sdk_id: str
    shape: str  # table row | vertical table | list entry
    blocks: list[Block]
    present: dict[str, str] = field(default_factory=dict)  # detail → the text that shows it

    @property
    def missing(self) -> tuple[str, ...]:
        return tuple(d for d in DETAILS if d not in self.present)

    @property
    def source(self) -> str:
        return self.blocks[0].section_title if self.blocks else ""


class SdkListReader:
    def __init__(self, policy: Policy, vocabulary: PolicyVocabulary, data_terms: Iterable[str]) -> None:
        self.policy = policy
        self.vocabulary = vocabulary
        self.labels = {f: tuple(compact(t) for t in terms if compact(t)) for f, terms in vocabulary.columns.items()}
        self.data_terms = tuple(t for t in {compact(t) for t in data_terms} if len(t) >= 2)
        self._columns: dict[int, dict[str, int]] = {}

    # -- tables ----------------------------------------------------------------------------
    def columns(self, table: Table) -> dict[str, int]:
        """detail/field → column index, from the header row."""
        if table.index not in self._columns:
            self._columns[table.index] = self._map_labels([compact(c) for c in table.header])
        return self._columns[table.index]

    def _map_labels(self, labels: list[str]) -> dict[str, int]:
        scored: list[tuple[int, int, str, int]] = []  # (exact, length, field, column)
        for col, label in enumerate(labels):
            if not label or len(label) > 24:
                continue
            for name, words in self.labels.items():
                for word in words:
                    if word == label:
                        scored.append((1, len(word), name, col))
                    elif word in label:
                        scored.append((0, len(word), name, col))
        mapping: dict[str, int] = {}
        used: set[int] = set()
        for _exact, _length, name, col in sorted(scored, reverse=True):
            if name in mapping or col in used:
                continue
            mapping[name] = col
            used.add(col)
        # "第三方名称" is the SDK in some tables and the company in others: with a second
        # name-like column and no company column, the one without "SDK" is the company.
        if "company" not in mapping and "name" in mapping:
            name_label = labels[mapping["name"]]
            for col, label in enumerate(labels):
                sdk_named = "sdk" in name_label or "产品" in name_label
                if col not in used and "名称" in label and "sdk" not in label and sdk_named:
                    mapping["company"] = col
                    break
        return mapping

    def _vertical(self, table: Table) -> dict[str, int] | None:
        """Row index per detail when the table's first column holds the labels (one table per SDK)."""
        rows = ([table.header_block] if table.header_block is not None else []) + list(table.rows)
        labels = [compact(self.policy.blocks[i].cells[0]) if self.policy.blocks[i].cells else "" for i in rows]
        mapping = self._map_labels(labels)
        if len(mapping) >= 3:
            return {name: rows[n] for name, n in mapping.items()}
        return None

    # -- entries -----------------------------------------------------------------------------
    def entry(self, sdk: Sdk, block: Block, names: SdkNames, named_in: Mapping[int, dict[str, int]]) -> SdkEntry:
        if block.kind == ROW and block.table is not None:
            table = self.policy.tables[block.table]
            vertical = self._vertical(table)
            if vertical is not None and not self.columns(table).get("company"):
                return self._vertical_entry(sdk, table, vertical)
            return self._row_entry(sdk, table, block)
        return self._list_entry(sdk, block, named_in)

    def _row_entry(self, sdk: Sdk, table: Table, block: Block) -> SdkEntry:
        entry = SdkEntry(sdk.id, "table row", [block])
        columns = self.columns(table)
        for detail in DETAILS:
            col = columns.get(detail)
            if col is None or col >= len(block.cells):
                continue
            value = block.cells[col].strip()
            if detail == "link":
                link = _first_url(value) or (block.links[0] if block.links and not _is_empty(value) else "")
                if link:
                    entry.present[detail] = link
            elif not _is_empty(value):
                entry.present[detail] = value
        missing_columns = [d for d in DETAILS if d not in columns]
        if missing_columns:
            self._read_text(sdk, entry, [block], only=missing_columns)
        return entry

    def _vertical_entry(self, sdk: Sdk, table: Table, rows: dict[str, int]) -> SdkEntry:
        blocks = [self.policy.blocks[i] for i in ([table.header_block] if table.header_block is not None else [])]
        blocks += [self.policy.blocks[i] for i in table.rows]
        entry = SdkEntry(sdk.id, "vertical table", blocks)
        for detail in DETAILS:
            if detail not in rows:
                continue
            row = self.policy.blocks[rows[detail]]
            value = " ".join(row.cells[1:]).strip()
            if detail == "link":
                link = _first_url(value) or (row.links[0] if row.links else "")
                if link:
                    entry.present[detail] = link
            elif not _is_empty(value):
                entry.present[detail] = value
        return entry

    def _list_entry(self, sdk: Sdk, block: Block, named_in: Mapping[int, dict[str, int]]) -> SdkEntry:
        blocks = [block]
        stop_level = block.level if block.kind == HEADING else 0
        for nxt in self.policy.blocks[block.index + 1 : block.index + 1 + _ENTRY_BLOCKS]:
            if nxt.document != block.document or nxt.kind == ROW:
                break
            if nxt.kind == HEADING and (not stop_level or nxt.level <= stop_level):
                break
            if _opens_another_entry(nxt, sdk.id, named_in):
                break
            blocks.append(nxt)
        entry = SdkEntry(sdk.id, "list entry", blocks)
        self._read_text(sdk, entry, blocks, only=DETAILS)
        return entry

    def _read_text(self, sdk: Sdk, entry: SdkEntry, blocks: list[Block], only: Iterable[str]) -> None:
        """Details found in free text: labels, the vendor's name, purpose words, data terms, URLs."""
        text = "".join(b.compact for b in blocks)
        spaced = " ".join(b.norm for b in blocks)  # Latin company suffixes need word boundaries
        links = [link for b in blocks for link in b.links] + [u for b in blocks for u in urls_in(b.text)]
        for detail in only:
            if detail in entry.present:
                continue
            if detail == "link":
                if links:
                    entry.present["link"] = links[0]
                continue
            if detail == "company":
                vendors = [compact(v) for v in (sdk.vendor_zh, sdk.vendor_en, *sdk.vendor_former) if v]
                hit = next((v for v in vendors if len(v) >= 4 and v in text), "")
                match = _COMPANY.search(spaced)
                label = self._labelled(text, "company")
                if hit or match or label:
                    entry.present["company"] = hit or label or (match.group(0) if match else "")
            elif detail == "purpose":
                words = [compact(w) for w in self.vocabulary.categories.get(sdk.category, ())]
                hit = self._labelled(text, "purpose") or next(
                    (w for w in (*_PURPOSE_WORDS, *words) if w and compact(w) in text), ""
                )
                if hit:
                    entry.present["purpose"] = hit
            elif detail == "data":
                hit = self._labelled(text, "data") or next((t for t in self.data_terms if t in text), "")
                if hit:
                    entry.present["data"] = hit
        return

    def _labelled(self, text: str, detail: str) -> str:
        """``使用目的：消息推送`` → "消息推送" when a label for ``detail`` is followed by a colon and a value."""
        for label in self.labels.get(detail, ()):
            at = text.find(label)
            while at >= 0:
                rest = text[at + len(label) : at + len(label) + 41]
                if not rest.startswith((":", "：")):
                    at = text.find(label, at + 1)
                    continue
                rest = rest[1:]
                value = re.split(r"[;；。]", rest, maxsplit=1)[0]
                if (
                    value
                    and not _is_empty(value)
                    and not any(value.startswith(lb) for ls in self.labels.values() for lb in ls)
                ):
                    return value
                at = text.find(label, at + 1)
        return ""


def _opens_another_entry(block: Block, sdk_id: str, named_in: Mapping[int, dict[str, int]]) -> bool:
    """A following line starts the next SDK's entry when it names another SDK at its head
    (``2. 友盟+SDK``, ``SDK名称：个推``) — not when it merely mentions one in passing."""
    others = {other: at for other, at in named_in.get(block.index, {}).items() if other != sdk_id}
    if not others:
        return False
    return block.kind in (HEADING, "item") or min(others.values()) <= _ENTRY_HEAD_CHARS


def _is_empty(value: str) -> bool:
    return compact(value).strip("。.") in _EMPTY


def _first_url(value: str) -> str:
    found = urls_in(value)
    return found[0] if found else ""


def sdk_entries(
    policy: Policy,
    names: SdkNames,
    sdks: Mapping[str, Sdk],
    vocabulary: PolicyVocabulary,
    data_terms: Iterable[str],
) -> dict[str, SdkEntry]:
    """The most complete entry the policy gives for each named SDK in ``sdks``."""
    reader = SdkListReader(policy, vocabulary, data_terms)
    named_in: dict[int, dict[str, int]] = {}  # block → SDK id → where in the block it is first named
    for sdk_id, mentions in names.mentions.items():
        for m in mentions:
            at = named_in.setdefault(m.mention.block.index, {})
            at[sdk_id] = min(at.get(sdk_id, m.start), m.start)
    best: dict[str, SdkEntry] = {}
    for sdk_id, sdk in sdks.items():
        seen: set[int] = set()
        for m in names.mentions.get(sdk_id, ()):
            block = m.mention.block
            if block.index in seen:
                continue
            seen.add(block.index)
            entry = reader.entry(sdk, block, names, named_in)
            current = best.get(sdk_id)
            if current is None or len(entry.present) > len(current.present):
                best[sdk_id] = entry
            if not entry.missing:
                break
    return best
