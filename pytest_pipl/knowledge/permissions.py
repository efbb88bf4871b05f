"""Permission names, policy phrases and the code that uses each permission.

``data/permissions.json`` holds Chinese/English names and the phrases a
privacy policy uses for each permission; ``data/permission_usage.json`` lists
the framework APIs, static fields, string constants and broadcast actions
whose presence in the code shows that a permission is actually used.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

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


@lru_cache(maxsize=1)
def permission_usage() -> dict[str, PermissionUsage]:
    table = {}
    for name, entry in load_json("permission_usage.json")["permissions"].items():
        table[name] = PermissionUsage(
            permission=name,
            apis=tuple(entry.get("apis", ())),
            fields=tuple(entry.get("fields", ())),
            strings=tuple(entry.get("strings", ())),
            strings_prefix=entry.get("strings_prefix", True),
            receiver_actions=tuple(entry.get("receiver_actions", ())),
            static_evidence=entry.get("static_evidence", "strong"),
        )
    return table


@lru_cache(maxsize=1)
def _permission_names() -> dict[str, dict]:
    return load_json("permissions.json")["permissions"]


def permission_label(name: str, lang: str = "en") -> str:
    """``android.permission.CAMERA (相机/拍摄)``-style label: the name plus its Chinese name."""
    info = _permission_names().get(name)
    if not info:
        return name
    zh = info.get("name", {}).get("zh")
    en = info.get("name", {}).get("en")
    if lang == "zh":
        return f"{name}（{zh}）" if zh else name
    return f"{name} ({zh})" if zh else (f"{name} ({en})" if en else name)
