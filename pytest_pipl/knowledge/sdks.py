"""The third-party SDK catalogue (``data/sdks.json``) as typed entries.

Each entry says how to recognise an SDK in a build (package prefixes,
manifest components, native libraries, meta-data keys, assets), how a privacy
policy may name it, who makes it, what starts it and what it collects.
Projects add or override entries through the ``pytest_pipl_add_sdks`` hook.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from . import load_json


@dataclass(frozen=True)
class Sdk:
    """One catalogue entry."""

    id: str
    name_en: str
    name_zh: str
    category: str = "other"
    aliases: tuple[str, ...] = ()
    generic_aliases: tuple[str, ...] = ()
    vendor_zh: str = ""
    vendor_en: str = ""
    vendor_former: tuple[str, ...] = ()  # earlier or other legal names policies still print
    packages: tuple[str, ...] = ()
    components: tuple[str, ...] = ()
    native_libs: tuple[str, ...] = ()
    meta_data: tuple[str, ...] = ()
    assets: tuple[str, ...] = ()
    init_methods: tuple[str, ...] = ()
    consent_methods: tuple[str, ...] = ()
    data_collected: tuple[str, ...] = ()
    privacy_policy_url: str = ""
    core_of: tuple[str, ...] = ()  # products this shared base ships inside (JCore → JPush …)
    report: bool = True  # False: only claims its prefixes (a helper library that is not an SDK)
    source: str = "builtin"  # "builtin" or the plugin/conftest that added it
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)

    @property
    def display_name(self) -> str:
        return self.name_en if self.name_en == self.name_zh else f"{self.name_en} ({self.name_zh})"

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], source: str = "builtin") -> Sdk:
        """Build an entry from the catalogue's JSON shape (see data/sdks.json)."""
        name = data.get("name") or {}
        if isinstance(name, str):
            name = {"en": name, "zh": name}
        vendor = data.get("vendor") or {}
        if isinstance(vendor, str):
            vendor = {"zh": vendor, "en": vendor}
        sig = data.get("signatures") or {}
        if not data.get("id"):
            raise ValueError("an SDK entry needs an 'id'")
        return cls(
            id=data["id"],
            name_en=name.get("en") or name.get("zh") or data["id"],
            name_zh=name.get("zh") or name.get("en") or data["id"],
            category=data.get("category", "other"),
            aliases=tuple(data.get("aliases", ())),
            generic_aliases=tuple(data.get("generic_aliases", ())),
            vendor_zh=vendor.get("zh", ""),
            vendor_en=vendor.get("en", ""),
            vendor_former=tuple(vendor.get("former_zh", ())) + tuple(vendor.get("former_en", ())),
            packages=tuple(p.rstrip(".") for p in sig.get("packages", ())),
            components=tuple(sig.get("components", ())),
            native_libs=tuple(sig.get("native_libs", ())),
            meta_data=tuple(sig.get("meta_data", ())),
            assets=tuple(sig.get("assets", ())),
            init_methods=tuple(data.get("init_methods", ())),
            consent_methods=tuple(data.get("consent_methods", ())),
            data_collected=tuple(data.get("data_collected", ())),
            privacy_policy_url=data.get("privacy_policy_url", ""),
            core_of=tuple(data.get("core_of", ())),
            report=bool(data.get("report", True)),
            source=source,
            extra={k: v for k, v in data.items() if k in ("sources", "notes", "verified")},
        )


def builtin_sdks() -> list[Sdk]:
    """The catalogue shipped with pytest-pipl."""
    return [Sdk.from_dict(entry) for entry in load_json("sdks.json")["sdks"]]


def merge_sdks(base: Iterable[Sdk], additions: Iterable[Sdk]) -> list[Sdk]:
    """``base`` with ``additions`` appended; an addition with an existing id replaces it."""
    table = {s.id: s for s in base}
    for sdk in additions:
        table[sdk.id] = sdk
    return list(table.values())
