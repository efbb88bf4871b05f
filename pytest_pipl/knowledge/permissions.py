"""Permission names, policy phrases and the code that uses each permission.

``data/permissions.json`` holds Chinese/English names and the phrases a
privacy policy uses for each permission (specific terms, and vaguer umbrella
terms that are not enough on their own); ``data/permission_usage.json``
lists the framework APIs, static fields, string constants and broadcast
actions whose presence in the code shows that a permission is actually used.
Projects add phrases with the ``pytest_pipl_add_permission_terms`` hook.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any

from . import load_json


@dataclass(frozen=True)
class PermissionUsage:
    """Code evidence that a permission is used."""

    permission: str
    apis: tuple[str, ...] = ()  # "android.media.AudioRecord.startRecording"
    fields: tuple[str, ...] = ()  # "android.provider.ContactsContract$Contacts.CONTENT_URI"
    strings: tuple[str, ...] = ()
    strings_prefix: bool = True
    receiver_actions: tuple[str, ...] = ()
    static_evidence: str = "strong"
    examples: tuple[str, ...] = ()  # the APIs a message names, most familiar first


@dataclass(frozen=True)
class PermissionInfo:
    """How people and policies name a permission."""

    name: str
    name_en: str = ""
    name_zh: str = ""
    group: str = ""
    terms_zh: tuple[str, ...] = ()
    terms_en: tuple[str, ...] = ()
    umbrella_zh: tuple[str, ...] = ()
    umbrella_en: tuple[str, ...] = ()
    data_types: tuple[str, ...] = ()
    sensitive: bool = False
    guards: str | None = None  # the content it reads: saying that content is collected explains it

    def label(self, lang: str = "en") -> str:
        """``android.permission.CAMERA (相机)`` — the constant plus its Chinese name."""
        if lang == "zh":
            return f"{self.name}（{self.name_zh}）" if self.name_zh else self.name
        extra = self.name_zh or self.name_en
        return f"{self.name} ({extra})" if extra else self.name

    @classmethod
    def from_dict(cls, name: str, d: Mapping[str, Any]) -> PermissionInfo:
        terms, umbrella, names = d.get("policy_terms", {}), d.get("umbrella_terms", {}), d.get("name", {})
        return cls(
            name=name,
            name_en=names.get("en", ""),
            name_zh=names.get("zh", ""),
            group=d.get("group") or "",
            terms_zh=tuple(terms.get("zh", ())),
            terms_en=tuple(terms.get("en", ())),
            umbrella_zh=tuple(umbrella.get("zh", ())),
            umbrella_en=tuple(umbrella.get("en", ())),
            data_types=tuple(d.get("data_types", ())),
            sensitive=bool(d.get("sensitive", False)),
            guards=d.get("guards"),
        )


def _usage(name: str, entry: Mapping[str, Any]) -> PermissionUsage:
    return PermissionUsage(
        permission=name,
        apis=tuple(entry.get("apis", ())),
        fields=tuple(entry.get("fields", ())),
        strings=tuple(entry.get("strings", ())),
        strings_prefix=entry.get("strings_prefix", True),
        receiver_actions=tuple(entry.get("receiver_actions", ())),
        static_evidence=entry.get("static_evidence", "strong"),
        examples=tuple(entry.get("examples", ())),
    )


@dataclass
class PermissionCatalogue:
    """Names, policy phrases and usage evidence of every permission pytest-pipl knows."""

    info: dict[str, PermissionInfo] = field(default_factory=dict)
    usage: dict[str, PermissionUsage] = field(default_factory=dict)

    @classmethod
    def builtin(cls) -> PermissionCatalogue:
        names = load_json("permissions.json")["permissions"]
        usage = load_json("permission_usage.json")["permissions"]
        return cls(
            info={name: PermissionInfo.from_dict(name, d) for name, d in names.items()},
            usage={name: _usage(name, d) for name, d in usage.items()},
        )

    def with_terms(self, additions: Mapping[str, Mapping[str, list[str]]]) -> PermissionCatalogue:
        """A copy with extra policy phrases: ``{permission: {"zh": [...], "en": [...]}}``."""
        info = dict(self.info)
        for name, terms in additions.items():
            current = info.get(name) or PermissionInfo(name)
            info[name] = replace(
                current,
                terms_zh=current.terms_zh + tuple(terms.get("zh", ())),
                terms_en=current.terms_en + tuple(terms.get("en", ())),
            )
        return PermissionCatalogue(info, dict(self.usage))

    def label(self, name: str, lang: str = "en") -> str:
        info = self.info.get(name)
        return info.label(lang) if info else name
