"""Does the policy explain a permission, or name a kind of personal information?

Each permission and data type has specific phrases (电话权限, 读取手机状态,
IMEI, 通讯录) and umbrella phrases (设备信息, 设备权限) in the catalogues.  A
specific phrase explains it; an umbrella phrase alone does not, and the
finding says so.

For permissions, a phrase that names the permission (contains 权限 /
permission, or is the system's own label such as 读取电话状态, or the
constant) counts anywhere.  Other phrases are ordinary words (相机, 定位,
文件, IMEI) and count only as the subject of a permission statement: right
next to a permission word (开启相机, 访问您的通讯录, 相机（权限）), at the head
of an item or row under a heading about permissions (``相机：用于扫码``), or
in the permission column of a table.  "我们会收集您的IMEI" describes data,
not the phone permission.  Collecting the data a content permission guards
does explain that permission: "为实现骚扰拦截，我们会读取您的通话记录" explains
READ_CALL_LOG — for sensitive and personal data types (contacts, call log,
SMS, calendar, location, photos, microphone …), not for identifiers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..knowledge.permissions import PermissionInfo
from ..knowledge.personal_info import DataType
from ..knowledge.policy_terms import PolicyVocabulary
from .context import ContextJudge
from .model import Mention, Policy
from .parts import compact, normalise

_PERMISSION_WORDS = ("权限", "permission")
_PERMISSION_HEADINGS = ("权限", "permission")
_NEAR = 6  # characters between a permission word and an ordinary word naming the permission
_ITEM_TITLE = 60  # in a permission list, an item's opening characters name its permissions


@dataclass
class TermDisclosure:
    """What the policy says about one permission or data type."""

    key: str
    specific: list[Mention] = field(default_factory=list)
    umbrella: list[Mention] = field(default_factory=list)
    out_of_context: list[Mention] = field(default_factory=list)
    denied: list[Mention] = field(default_factory=list)  # the policy says it does not do what only this needs

    @property
    def explained(self) -> bool:
        return bool(self.specific)


def _specific_mentions(
    policy: Policy,
    terms: Iterable[str],
    judge: ContextJudge | None,
    strong: Iterable[str] = (),
    false_friends: Iterable[str] = (),
) -> tuple[list[Mention], list[Mention]]:
    """Mentions of ``terms``; with a ``judge``, ordinary words must be placed as a permission's subject.
    A term inside a longer false friend (短信 in 短信验证码) is not a mention."""
    found: list[Mention] = []
    unplaced: list[Mention] = []
    seen: set[str] = set()
    strong_keys = {compact(t) for t in strong}
    friends: dict[int, list[tuple[int, int]]] = {}
    for friend in false_friends:
        for block, start, end in policy.index.find(friend):
            friends.setdefault(block.index, []).append((start, end))
    for term in sorted(set(terms), key=len, reverse=True):
        key = compact(term)
        if not key or key in seen:
            continue
        seen.add(key)
        named = key in strong_keys or any(w in key for w in _PERMISSION_WORDS)
        for block, start, end in policy.index.find(term):
            if any(fs <= start and end <= fe and fe - fs > end - start for fs, fe in friends.get(block.index, ())):
                continue
            mention = policy.mention_at(term, block, start, end)
            if judge is None or named or _placed(judge, block, start, end):
                found.append(mention)
            else:
                unplaced.append(mention)
        if len(found) >= 3:
            break
    return found, unplaced


def _placed(judge: ContextJudge, block, start: int, end: int) -> bool:
    latin = block.norm[:1].isascii() and block.compact[start : start + 1].isascii()
    near = _NEAR * 4 if latin else _NEAR  # English words are longer: "access to your device's storage"
    if _governed(judge, block, start, end, near) or _listed_after_permission_word(block, start):
        return True
    if block.kind == "row":
        return judge.block_in_context(block) and judge.in_name_cell(block, start, end)
    if block.kind in ("item", "heading") and start < _ITEM_TITLE:  # an entry of a permission list
        return judge.block_in_context(block)
    return judge.at_entry_head(block, start, head=12 if latin else 2)


def _governed(judge: ContextJudge, block, start: int, end: int, distance: int) -> bool:
    """A permission verb shortly before the word (开启相机, 访问您的通讯录, access to your camera) or
    权限 / permission shortly after it (相机（权限）, 通讯录等权限) — the word is what is asked for."""
    text = block.compact
    before = text[max(0, start - distance) : start]
    after = text[end : end + distance]
    return any(w in before for w in judge.words) or any(w in after for w in _PERMISSION_WORDS)


_LIST_OPEN = ("(", ":")
_LIST_STOP = frozenset("，。；;!?！？)")


def _listed_after_permission_word(block, start: int) -> bool:
    """The word is an item of a list introduced by a permission word: ``敏感权限（例如通讯录、麦克风、相册）``,
    ``需要以下权限：相机、相册``."""
    text = block.compact
    i = start - 1
    while i >= 0 and start - i <= 60:
        ch = text[i]
        if ch in _LIST_STOP:
            return False
        if ch in _LIST_OPEN:
            before = text[max(0, i - 8) : i]
            return any(w in before for w in _PERMISSION_WORDS)
        i -= 1
    return False


_COLLECT = ("收集", "获取", "读取", "访问", "调用", "采集", "collect", "access", "read")


def _collected(policy: Policy, judge: ContextJudge, terms: Iterable[str]) -> list[Mention]:
    """Mentions of data terms that a collection verb governs: "读取您的通话记录", "收集您的黑白名单号码、
    短信内容关键词、通话记录" — not a word inside a bracketed example list of something else
    ("收集…客服沟通记录（线上聊天记录、电话录音）")."""
    verbs = tuple(compact(v) for v in _COLLECT)
    for term in sorted(set(terms), key=len, reverse=True):
        for block, start, end in policy.index.find(term):
            lo, _ = judge.clause_bounds(block, start, end)
            before = block.compact[lo:start]
            at = max((before.rfind(v) + len(v) for v in verbs if v in before), default=-1)
            if at >= 0 and "(" not in before[at:]:
                return [policy.mention_at(term, block, start, end)]
    return []


def permission_disclosure(
    policy: Policy,
    info: PermissionInfo,
    vocabulary: PolicyVocabulary,
    data_types: Iterable[DataType] = (),
    shared: frozenset[str] = frozenset(),
) -> TermDisclosure:
    judge = ContextJudge(
        policy,
        vocabulary.permission_context,
        headings=_PERMISSION_HEADINGS,
        document_kinds=("permission_list",),
        table_columns=("权限", "permission"),
    )
    # The system's own label names the permission when it is long enough not to be an everyday phrase
    # (读取手机状态和身份 yes, 发送短信 no).
    strong = [info.name, info.name.rsplit(".", 1)[-1]] + ([info.name_zh] if len(info.name_zh) >= 6 else [])
    terms = [*info.terms_zh, *info.terms_en, *strong]
    found, unplaced = _specific_mentions(policy, terms, judge, strong, vocabulary.false_friends)
    guarded = info.guards  # data/permissions.json: the content this (foreground, read) permission guards
    if not found and guarded:
        content = [t for t in data_types if t.id == guarded]
        found = _collected(policy, judge, [term for t in content for term in (*t.terms_zh, *t.terms_en)])
    denied: list[Mention] = []
    if found and shared:
        # "位置权限（获取大致位置）… 我们不会获取您的精确位置": a phrase shared with a sibling permission does
        # not explain this one when the policy denies what only this one does.
        own = [t for t in terms if compact(t) not in shared]
        if all(compact(m.term) in shared for m in found):
            denied = [m for m in policy.mentions_any(own) if _negated(judge, m) and _acted_on(judge, m)]
            if denied:
                found = []
    umbrella = [] if found else policy.mentions_any((*info.umbrella_zh, *info.umbrella_en))
    return TermDisclosure(info.name, found, umbrella[:3], unplaced[:3], denied[:1])


_NEGATIONS_ZH = ("不会", "不", "无需", "未", "从不")
_NEGATION_EN = re.compile(r"\b(?:not|never|no|don't|doesn't|won't)\b", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[，,。.；;！!？?]")


def _negated(judge: ContextJudge, mention: Mention) -> bool:
    """The clause says the opposite: "我们不会获取您的精确位置", "we never collect your precise location"."""
    lo, _ = judge.clause_bounds(mention.block, mention.start, mention.end)
    before = mention.block.compact[lo : mention.start]
    if any(n in before for n in _NEGATIONS_ZH):
        return True
    shown = mention.excerpt_around(80)
    at = normalise(shown).find(normalise(mention.term))
    if at < 0:
        return False
    prefix = _CLAUSE_BREAK.split(normalise(shown)[:at])[-1]
    return bool(_NEGATION_EN.search(prefix))


def _acted_on(judge: ContextJudge, mention: Mention) -> bool:
    """A verb of collecting or a permission word right before the term: "不会获取您的精确位置"."""
    text = mention.block.compact
    near = _NEAR * 4 if text[mention.start : mention.start + 1].isascii() else _NEAR
    before = text[max(0, mention.start - near) : mention.start]
    verbs = (*judge.words, *(compact(v) for v in _COLLECT))
    return any(v in before for v in verbs)


def shared_permission_terms(infos: Iterable[PermissionInfo]) -> frozenset[str]:
    """Phrases that name more than one permission (位置权限 names fine and coarse location)."""
    seen: dict[str, set[str]] = {}
    for info in infos:
        for term in (*info.terms_zh, *info.terms_en):
            seen.setdefault(compact(term), set()).add(info.name)
    return frozenset(t for t, names in seen.items() if len(names) > 1)


def data_type_disclosure(
    policy: Policy, data_type: DataType, vocabulary: PolicyVocabulary | None = None
) -> TermDisclosure:
    friends = (vocabulary or PolicyVocabulary.builtin()).false_friends
    found, _ = _specific_mentions(policy, (*data_type.terms_zh, *data_type.terms_en), None, (), friends)
    umbrella = [] if found else policy.mentions_any((*data_type.umbrella_zh, *data_type.umbrella_en))
    return TermDisclosure(data_type.id, found, umbrella[:3])
