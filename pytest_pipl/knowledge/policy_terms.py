"""How privacy policies word things (``data/policy_terms.json``).

The words that identify a policy document and its SDK list, the column
headers SDK tables use, the words that put a name in an SDK or a permission
context, the sections a complete policy has, and what each SDK category is
called.  SDK names, permission names and data-type names live with their
catalogues; this file holds the policy-side vocabulary around them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from . import load_json

FIELDS = ("name", "company", "purpose", "data", "link", "permissions", "method")


def _both(entry: Mapping[str, Any] | None) -> tuple[str, ...]:
    entry = entry or {}
    return tuple(dict.fromkeys([*entry.get("zh", ()), *entry.get("en", ())]))


@dataclass(frozen=True)
class RequiredSection:
    """A topic a complete policy covers (contact, account cancellation …)."""

    id: str
    title_zh: str
    title_en: str
    basis: tuple[str, ...]
    heading_terms: tuple[str, ...]
    body_terms: tuple[str, ...]
    advice_zh: str
    advice_en: str
    patterns: tuple[str, ...] = ()  # regexes over compact normalised text (an e-mail address, a date …)

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def advice(self, lang: str = "en") -> str:
        return self.advice_zh if lang == "zh" else self.advice_en

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> RequiredSection:
        title, advice = d.get("title", {}), d.get("advice", {})
        return cls(
            id=d["id"],
            title_zh=title.get("zh", d["id"]),
            title_en=title.get("en", d["id"]),
            basis=tuple(d.get("basis", ())),
            heading_terms=_both(d.get("heading_terms")),
            body_terms=_both(d.get("body_terms")),
            advice_zh=advice.get("zh", ""),
            advice_en=advice.get("en", ""),
            patterns=tuple(d.get("patterns", ())),
        )


@dataclass(frozen=True)
class PolicyVocabulary:
    documents: Mapping[str, tuple[str, ...]]  # kind → titles (policy, sdk_list, …, not_policy)
    file_name_cues: tuple[str, ...]
    body_cues: tuple[str, ...]
    sdk_context: tuple[str, ...]
    permission_context: tuple[str, ...]
    sdk_list_headings: tuple[str, ...]
    columns: Mapping[str, tuple[str, ...]]  # field → header texts
    sections: tuple[RequiredSection, ...]
    categories: Mapping[str, tuple[str, ...]]  # SDK category → purpose words
    generic_sdk_terms: tuple[str, ...]
    false_friends: tuple[str, ...] = ()  # 短信验证码 contains 短信 but is not SMS content

    @classmethod
    def builtin(cls) -> PolicyVocabulary:
        return _builtin()

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PolicyVocabulary:
        return cls(
            documents={kind: _both(v) for kind, v in data.get("documents", {}).items()},
            file_name_cues=tuple(c.lower() for c in data.get("file_name_cues", ())),
            body_cues=_both(data.get("body_cues")),
            sdk_context=_both(data.get("sdk_context")),
            permission_context=_both(data.get("permission_context")),
            sdk_list_headings=_both(data.get("sdk_list_headings")),
            columns={f: _both(v) for f, v in data.get("sdk_list_columns", {}).items()},
            sections=tuple(RequiredSection.from_dict(s) for s in data.get("sections", ())),
            categories={c: _both(v) for c, v in data.get("categories", {}).items()},
            generic_sdk_terms=_both(data.get("generic_sdk_terms")),
            false_friends=_both(data.get("false_friends")),
        )

    def section(self, section_id: str) -> RequiredSection:
        for s in self.sections:
            if s.id == section_id:
                return s
        raise KeyError(section_id)


@cache
def _builtin() -> PolicyVocabulary:
    return PolicyVocabulary.from_dict(load_json("policy_terms.json"))
