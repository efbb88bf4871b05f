"""The personal-information API catalogue (``data/personal_info.json``).

Data types (IMEI, Android ID, location, installed-app list …) with their
sensitivity, the permission behind them and the phrases privacy policies use
for them; and the framework methods, static fields, string constants and
content URIs through which code collects each type.  Projects add entries
with the ``pytest_pipl_add_personal_info`` hook.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from . import load_json

KINDS = ("method", "field", "string", "uri")


@dataclass(frozen=True)
class DataType:
    """A kind of personal information."""

    id: str
    name_en: str
    name_zh: str
    sensitivity: str  # sensitive | identifier | personal | device
    immutable: bool = False
    permissions: tuple[str, ...] = ()
    terms_zh: tuple[str, ...] = ()
    terms_en: tuple[str, ...] = ()
    umbrella_zh: tuple[str, ...] = ()
    umbrella_en: tuple[str, ...] = ()

    def name(self, lang: str = "en") -> str:
        return self.name_zh if lang == "zh" else self.name_en

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> DataType:
        terms, umbrella = d.get("policy_terms", {}), d.get("umbrella_terms", {})
        name = d.get("name", {})
        return cls(
            id=d["id"],
            name_en=name.get("en", d["id"]),
            name_zh=name.get("zh", name.get("en", d["id"])),
            sensitivity=d.get("sensitivity", "personal"),
            immutable=bool(d.get("immutable", False)),
            permissions=tuple(d.get("permissions", ())),
            terms_zh=tuple(terms.get("zh", ())),
            terms_en=tuple(terms.get("en", ())),
            umbrella_zh=tuple(umbrella.get("zh", ())),
            umbrella_en=tuple(umbrella.get("en", ())),
        )


@dataclass(frozen=True)
class PiApi:
    """One way code collects a data type: a method, a static field, a string or a content URI."""

    id: str
    kind: str
    data_type: str
    class_name: str = ""  # Java name, inner classes with $
    member: str = ""
    proto: str | None = None
    value: str = ""  # for string / uri
    prefix: bool = False
    permission: str | None = None
    min_api: int | None = None
    max_api: int | None = None
    weak: bool = False  # also common for harmless reasons: needs corroboration
    source: str = "builtin"

    @property
    def short(self) -> str:
        """``TelephonyManager.getDeviceId`` or ``"content://sms"`` — for messages."""
        if self.kind in ("method", "field"):
            return f"{self.class_name.rsplit('.', 1)[-1]}.{self.member}"
        return f'"{self.value}"'

    @classmethod
    def from_dict(cls, d: Mapping[str, Any], source: str = "builtin") -> PiApi:
        kind = d.get("kind", "method")
        if kind not in KINDS:
            raise ValueError(f"personal-information API {d.get('id')!r}: kind must be one of {KINDS}")
        if kind in ("method", "field") and not (d.get("class") and d.get("member")):
            raise ValueError(f"personal-information API {d.get('id')!r} needs 'class' and 'member'")
        if kind in ("string", "uri") and not d.get("value"):
            raise ValueError(f"personal-information API {d.get('id')!r} needs a 'value'")
        if not d.get("data_type"):
            raise ValueError(f"personal-information API {d.get('id')!r} needs a 'data_type'")
        return cls(
            id=d.get("id") or f"{d.get('class', '')}.{d.get('member', '')}{d.get('value', '')}",
            kind=kind,
            data_type=d["data_type"],
            class_name=d.get("class") or "",
            member=d.get("member") or "",
            proto=d.get("proto"),
            value=d.get("value") or "",
            prefix=d.get("match") == "prefix",
            permission=d.get("permission"),
            min_api=d.get("min_api"),
            max_api=d.get("max_api"),
            weak=bool(d.get("weak", False)),
            source=source,
        )


@dataclass
class PersonalInfoCatalogue:
    """Data types and collection APIs, indexed for lookup from the code index."""

    data_types: dict[str, DataType] = field(default_factory=dict)
    apis: list[PiApi] = field(default_factory=list)

    @classmethod
    def builtin(cls) -> PersonalInfoCatalogue:
        data = load_json("personal_info.json")
        return cls(
            data_types={d["id"]: DataType.from_dict(d) for d in data["data_types"]},
            apis=[PiApi.from_dict(a) for a in data["apis"]],
        )

    def extended(self, data_types: Iterable[DataType] = (), apis: Iterable[PiApi] = ()) -> PersonalInfoCatalogue:
        """A copy with more data types and APIs (same id replaces)."""
        types = dict(self.data_types)
        types.update({t.id: t for t in data_types})
        by_id = {a.id: a for a in self.apis}
        by_id.update({a.id: a for a in apis})
        unknown = sorted({a.data_type for a in by_id.values()} - set(types))
        if unknown:
            raise ValueError(f"personal-information APIs refer to unknown data types: {', '.join(unknown)}")
        return PersonalInfoCatalogue(types, list(by_id.values()))

    def data_type(self, type_id: str) -> DataType:
        return self.data_types[type_id]

    @cached_property
    def methods(self) -> dict[tuple[str, str], list[PiApi]]:
        """(Java class, method name) → API entries."""
        table: dict[tuple[str, str], list[PiApi]] = {}
        for api in self.apis:
            if api.kind == "method":
                table.setdefault((api.class_name, api.member), []).append(api)
        return table

    @cached_property
    def fields(self) -> dict[tuple[str, str], list[PiApi]]:
        table: dict[tuple[str, str], list[PiApi]] = {}
        for api in self.apis:
            if api.kind == "field":
                table.setdefault((api.class_name, api.member), []).append(api)
        return table

    @cached_property
    def strings(self) -> list[PiApi]:
        return [a for a in self.apis if a.kind in ("string", "uri")]
