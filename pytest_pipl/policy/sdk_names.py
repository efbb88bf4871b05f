"""Which SDKs a policy names, and where.

Rules, in the order a reviewer applies them:

* an alias names exactly the SDKs whose catalogue entry lists it — a family
  name such as 友盟+SDK names every product that lists it;
* overlapping names resolve to the longest (``友盟推送SDK`` names Umeng Push,
  not every SDK listing the generic ``友盟``);
* a generic alias (微信, 极光, 支付宝, 高德) counts only in an SDK context
  (:mod:`pytest_pipl.policy.context`);
* a Java package of the SDK (``com.tencent.bugly``) names it; a shorter
  family package (``com.umeng.umsdk`` style, three segments or more) names
  the SDKs under it;
* the vendor's legal name alone names an SDK only in an SDK-list row or item
  that names no SDK and states a purpose of the SDK's category (a row
  "深圳市和讯华谷信息技术有限公司 | 消息推送").

Generic phrases (统计SDK, 推送SDK) name no SDK; they are kept to explain a
failure ("the policy only says 统计SDK").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from ..knowledge.policy_terms import PolicyVocabulary
from ..knowledge.sdks import Sdk
from .context import ContextJudge
from .model import Block, Mention, Policy
from .parts import compact

NAME, GENERIC, PACKAGE, VENDOR = "name", "generic name in an SDK context", "package", "vendor"
_URL_OR_COMPANY = re.compile(
    r"(?:https?://|www\.)[a-z0-9./_%?=&#:~+-]+"
    r"|[\u4e00-\u9fff()]{2,14}?(?:有限责任公司|股份有限公司|有限公司|集团)"
)
_PACKAGE_TOKEN = re.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+){1,8}")
_MIN_VENDOR_CHARS = 5
_ENTRY_TITLE = 40  # a line this short that names an SDK opens that SDK's entry
_BRACKETED = re.compile(r"[（(][^）)]{1,12}[）)]")


@dataclass(frozen=True)
class SdkMention:
    sdk_id: str
    via: str  # NAME | GENERIC | PACKAGE | VENDOR
    mention: Mention
    start: int = 0  # compact offset of the name in its block


@dataclass
class SdkNames:
    """What the policy says about SDKs: mentions per SDK id, and generic phrases."""

    mentions: dict[str, list[SdkMention]] = field(default_factory=dict)
    generic_phrases: list[Mention] = field(default_factory=list)
    vendor_only: dict[str, list[Mention]] = field(default_factory=dict)  # vendor named, SDK not
    generic_out_of_context: dict[str, list[Mention]] = field(default_factory=dict)

    def named(self, sdk_id: str) -> bool:
        return bool(self.mentions.get(sdk_id))

    def first(self, sdk_id: str) -> SdkMention | None:
        found = self.mentions.get(sdk_id)
        return found[0] if found else None


@dataclass(frozen=True)
class _Alias:
    text: str  # as catalogued
    ids: frozenset[str]  # SDKs naming it
    generic_for: frozenset[str]  # of those, the ones for which it is generic


class SdkNameFinder:
    """Finds SDK names in a policy; built once per catalogue."""

    def __init__(self, sdks: Sequence[Sdk], vocabulary: PolicyVocabulary, data_terms: Iterable[str] = ()) -> None:
        self.sdks = {s.id: s for s in sdks if s.report}
        self.vocabulary = vocabulary
        # A generic alias that is also the name of a kind of data (OAID, 人脸核身) names data, not an SDK.
        self.data_terms = frozenset(compact(t) for t in data_terms)

    @cached_property
    def aliases(self) -> dict[str, _Alias]:
        table: dict[str, tuple[str, set[str], set[str]]] = {}
        for sdk in self.sdks.values():
            generic = {compact(a) for a in sdk.generic_aliases}
            for alias in (*sdk.aliases, *sdk.generic_aliases, sdk.name_zh, sdk.name_en):
                key = compact(alias)
                if len(key) < 2 or (key in generic and key in self.data_terms):
                    continue
                shown, ids, generic_for = table.setdefault(key, (alias, set(), set()))
                ids.add(sdk.id)
                # Two Chinese characters are too easily part of other words (乐播 in 音乐播放): generic.
                if key in generic or (len(key) <= 2 and not key.isascii()):
                    generic_for.add(sdk.id)
        aliases = {k: _Alias(shown, frozenset(ids), frozenset(g)) for k, (shown, ids, g) in table.items()}
        # Company names name no SDK but hide the generic names inside them
        # (北京高德图强科技有限公司 does not say 高德 in an SDK context).
        for key in self.vendors:
            if key not in aliases:
                aliases[key] = _Alias(key, frozenset(), frozenset())
        return aliases

    @cached_property
    def packages(self) -> dict[str, frozenset[str]]:
        table: dict[str, set[str]] = {}
        for sdk in self.sdks.values():
            for package in sdk.packages:
                if package.count(".") >= 1:
                    table.setdefault(package.lower(), set()).add(sdk.id)
        return {k: frozenset(v) for k, v in table.items()}

    def find(self, policy: Policy) -> SdkNames:
        vocabulary = self.vocabulary
        judge = ContextJudge(
            policy,
            vocabulary.sdk_context,
            headings=vocabulary.sdk_list_headings + vocabulary.documents.get("sdk_list", ()),
            document_kinds=("sdk_list",),
            table_columns=vocabulary.columns.get("name", ()),
        )
        result = SdkNames()
        spans = self._alias_spans(policy)
        # In an SDK table row the name column says which SDK the row is about; a name in another column
        # (百度地图开放平台 as the partner of 百度定位SDK) names nothing more.
        row_named = {
            block.index
            for block, start, end, alias in spans
            if block.table is not None and alias.ids and judge.in_name_cell(block, start, end)
        }
        named_blocks: set[int] = set()
        self._packages(policy, result, named_blocks)
        specific: dict[int, set[str]] = {}  # block → SDKs it names unambiguously (name or package)
        for sdk_id, found in result.mentions.items():
            for m in found:
                specific.setdefault(m.mention.block.index, set()).add(sdk_id)
        for block, _start, _end, alias in spans:
            if len(alias.ids) == 1:
                specific.setdefault(block.index, set()).update(alias.ids - alias.generic_for)
        for block, start, end, alias in spans:
            if block.index in row_named and not judge.in_name_cell(block, start, end):
                continue
            mention = policy.mention_at(alias.text, block, start, end)
            context = None
            narrowed = self._narrowed(policy, judge, alias, block, start, end, specific.get(block.index, set()))
            for sdk_id in sorted(narrowed):
                if sdk_id in alias.generic_for:
                    if context is None:
                        context = judge.names_sdk(block, start, end)
                    if not context:
                        result.generic_out_of_context.setdefault(sdk_id, []).append(mention)
                        continue
                    result.mentions.setdefault(sdk_id, []).append(SdkMention(sdk_id, GENERIC, mention, start))
                else:
                    result.mentions.setdefault(sdk_id, []).append(SdkMention(sdk_id, NAME, mention, start))
                named_blocks.add(block.index)
        self._vendors(policy, judge, result, named_blocks)
        named_spans = {(b.index, s, e) for b, s, e, alias in spans if alias.ids}
        for phrase in vocabulary.generic_sdk_terms:
            for m in policy.mentions(phrase):
                # 推送SDK inside 极光推送SDK is part of a name, not a generic phrase
                if not any(i == m.block.index and s <= m.start and m.end <= e for i, s, e in named_spans):
                    result.generic_phrases.append(m)
        return result

    def _narrowed(
        self,
        policy: Policy,
        judge: ContextJudge,
        alias: _Alias,
        block: Block,
        start: int,
        end: int,
        named_here: set[str],
    ) -> frozenset[str]:
        """A family name (友盟+SDK, 高德, JIGUANG) used with what the product does names that product only:
        "集成友盟+SDK…以提供统计分析服务" is Umeng Analytics, 高德的定位SDK is AMap Location,
        ``cn.jpush.android（JIGUANG）`` is JPush.  Without such words it names every product of the family."""
        if len(alias.ids) < 2:
            return alias.ids
        if alias.ids & named_here:  # the same item or row names the product: the family name is about it
            return frozenset(alias.ids & named_here)
        if block.kind in ("row", "item") or judge.block_in_context(block) or len(block.text) <= _ENTRY_TITLE:
            # an SDK-list entry (or a short line that opens one): its purpose says what the product does
            window = "".join(b.compact for b in _entry_window(policy, block))
        else:
            window = judge.unit(block, start, end)
        by_category: dict[str, set[str]] = {}
        for sdk_id in alias.ids:
            by_category.setdefault(self.sdks[sdk_id].category, set()).add(sdk_id)
        words = {w for category in by_category for w in self._category_words.get(category, ()) if w and w in window}
        hits = {c for c in by_category if words & set(self._category_words.get(c, ()))}
        if not hits:
            return alias.ids
        narrowed = {sdk_id for category in hits for sdk_id in by_category[category]}
        # Several products of that kind (AMap Location and AMap Track are both location): the one whose own
        # names use the word (高德定位SDK) is meant.
        own = {i for i in narrowed if any(w in compact(a) for a in self.sdks[i].aliases for w in words)}
        return frozenset(own or narrowed)

    @cached_property
    def _category_words(self) -> dict[str, tuple[str, ...]]:
        return {c: tuple(compact(w) for w in words) for c, words in self.vocabulary.categories.items()}

    def _alias_spans(self, policy: Policy) -> list[tuple[Block, int, int, _Alias]]:
        """Alias occurrences, overlaps resolved to the longest; names inside a URL or a company's
        legal name (高德 in 北京高德图强科技有限公司, qq in bugly.qq.com) are not names."""
        index = policy.index
        present = _bigrams(index.text)
        by_block: dict[int, list[tuple[int, int, _Alias | None]]] = {}
        for key, alias in self.aliases.items():
            if not _bigrams(key) <= present:
                continue
            for block, start, end in index.find(key):
                by_block.setdefault(block.index, []).append((start, end, alias))
        kept: list[tuple[Block, int, int, _Alias]] = []
        for block_index, spans in sorted(by_block.items()):
            block = policy.blocks[block_index]
            text = block.compact
            spans += [(m.start(), m.end(), None) for m in _URL_OR_COMPANY.finditer(text)]
            spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
            taken: list[tuple[int, int]] = []
            for start, end, alias in spans:
                if any(ts <= start and end <= te and (te - ts) > (end - start) for ts, te in taken):
                    continue
                taken.append((start, end))
                if alias is not None and alias.ids:
                    kept.append((block, start, end, alias))
        return kept

    def _packages(self, policy: Policy, result: SdkNames, named_blocks: set[int]) -> None:
        packages = self.packages
        for block in policy.blocks:
            text = block.compact
            if "." not in text:
                continue
            for token in _PACKAGE_TOKEN.findall(text):
                ids = _package_owners(token, packages)
                if not ids:
                    continue
                start = text.find(token)
                mention = policy.mention_at(token, block, start, start + len(token))
                for sdk_id in ids:
                    result.mentions.setdefault(sdk_id, []).append(SdkMention(sdk_id, PACKAGE, mention, start))
                named_blocks.add(block.index)

    @cached_property
    def vendors(self) -> dict[str, frozenset[str]]:
        """Compact vendor name → SDKs: legal names, former names, and their short forms
        (神策网络科技 for 神策网络科技（北京）有限公司), as SDK lists print them."""
        table: dict[str, set[str]] = {}
        for sdk in self.sdks.values():
            for vendor in (sdk.vendor_zh, sdk.vendor_en, *sdk.vendor_former):
                for n, form in enumerate(_vendor_forms(vendor)):
                    key = compact(form)
                    # An English short form ("Google" for Google LLC) is a brand, not a legal name.
                    if len(key) >= _MIN_VENDOR_CHARS and not (n and key.isascii()):
                        table.setdefault(key, set()).add(sdk.id)
        return {k: frozenset(v) for k, v in table.items()}

    def _vendors(self, policy: Policy, judge: ContextJudge, result: SdkNames, named_blocks: set[int]) -> None:
        """Attribute an SDK-list entry that names only the vendor, with a purpose of the SDK's kind."""
        categories = {c: tuple(compact(w) for w in words) for c, words in self.vocabulary.categories.items()}
        for key, ids in self.vendors.items():
            for block, start, end in policy.index.find(key):
                mention = policy.mention_at(key, block, start, end)
                entry = _entry_window(policy, block)
                entry_text = "".join(b.compact for b in entry)
                context = judge.has_words(entry_text) or judge.block_in_context(block)
                lone = context and not any(b.index in named_blocks for b in entry)
                fitting = {
                    i for i in ids if any(w and w in entry_text for w in categories.get(self.sdks[i].category, ()))
                }
                for sdk_id in ids:
                    if result.named(sdk_id):
                        continue
                    # The vendor's only SDKs of that kind (two at most: a product and its older version).
                    if lone and sdk_id in fitting and len(fitting) <= 2:
                        result.mentions.setdefault(sdk_id, []).append(SdkMention(sdk_id, VENDOR, mention, start))
                    else:
                        result.vendor_only.setdefault(sdk_id, []).append(mention)


def _vendor_forms(vendor: str) -> list[str]:
    """A legal name and its short forms: without the remark, the company suffix and the city in brackets."""
    name = _strip_note(vendor)
    forms = [name]
    short = name
    for suffix in (
        "股份有限公司",
        "有限责任公司",
        "有限公司",
        "集团",
        " Co., Ltd.",
        " Co.,Ltd.",
        " Ltd.",
        " Inc.",
        " LLC",
    ):
        if short.endswith(suffix):
            short = short[: -len(suffix)].strip(" ,")
            break
    short = _BRACKETED.sub("", short).strip()
    if short and short != name:
        forms.append(short)
    return forms


def _entry_window(policy: Policy, block: Block, reach: int = 4) -> list[Block]:
    """The SDK-list entry around a block: its table row, or the lines from the heading or item above it
    to the next heading or item (at most ``reach`` blocks each way)."""
    if block.kind in ("row", "item"):
        return [block]
    blocks = policy.blocks
    lo = block.index
    while lo > 0 and block.index - lo < reach and blocks[lo].kind not in ("heading", "item", "row"):
        if blocks[lo - 1].document != block.document:
            break
        lo -= 1
    hi = block.index + 1
    while hi < len(blocks) and hi - block.index <= reach and blocks[hi].kind not in ("heading", "item", "row"):
        hi += 1
    return blocks[lo:hi]


def _package_owners(token: str, packages: dict[str, frozenset[str]]) -> frozenset[str]:
    """SDKs a package written in the policy names: the longest catalogue package it lies under,
    else (for a family package of three or more segments) every SDK under it."""
    under = [p for p in packages if token == p or token.startswith(p + ".")]
    if under:
        return packages[max(under, key=len)]
    if token.count(".") < 2:
        return frozenset()
    return frozenset(sdk for p, owners in packages.items() if p.startswith(token + ".") for sdk in owners)


def _strip_note(vendor: str) -> str:
    """A legal name without a trailing remark: ``X (Alibaba group)`` → ``X``, ``易传媒（AdChina）`` → ``易传媒``."""
    vendor = vendor.strip()
    for opener, closer in (("（", "）"), ("(", ")")):
        if vendor.endswith(closer) and opener in vendor:
            return vendor[: vendor.rindex(opener)].strip()
    return vendor


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)} if len(text) > 1 else {text}


def sdk_names_in(
    policy: Policy, sdks: Iterable[Sdk], vocabulary: PolicyVocabulary | None = None, data_terms: Iterable[str] = ()
) -> SdkNames:
    """Convenience: the SDK names ``policy`` contains, for a catalogue of ``sdks``."""
    return SdkNameFinder(list(sdks), vocabulary or PolicyVocabulary.builtin(), data_terms).find(policy)
