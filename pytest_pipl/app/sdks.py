"""Recognise third-party SDKs in a build, with the evidence for each.

Four independent signals, so that an SDK whose classes R8 renamed is still
found: Java package prefixes of defined classes (longest prefix wins, so
``cn.jiguang.verifysdk`` and ``cn.jiguang`` are different SDKs), manifest
component class names, native library file names, and application
``<meta-data>`` keys (plus asset names where an SDK ships distinctive ones).

Shared bases that ship inside products (JIGUANG's JCore inside JPush, the
Umeng common SDK inside every Umeng product, HMS Core inside each HMS kit)
are catalogued with ``core_of``: when one of their products is present the
base is not reported on its own — its evidence is folded into the product,
as a reviewer would list "JPush", not "JPush" and "JCore".
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from fnmatch import fnmatchcase

from ..knowledge.sdks import Sdk
from .code import java_name
from .model import App


@dataclass(frozen=True)
class SdkMatch:
    """An SDK found in the build and the signals that found it."""

    sdk: Sdk
    class_count: int = 0
    packages: tuple[tuple[str, int], ...] = ()  # (matched prefix, classes under it)
    components: tuple[str, ...] = ()
    native_libs: tuple[str, ...] = ()
    meta_data: tuple[str, ...] = ()
    assets: tuple[str, ...] = ()
    bundled: tuple[SdkMatch, ...] = ()  # shared bases folded into this product

    @property
    def id(self) -> str:
        return self.sdk.id

    @property
    def own_signals(self) -> bool:
        return bool(self.packages or self.components or self.native_libs or self.meta_data or self.assets)

    @property
    def signals(self) -> tuple[str, ...]:
        """Which kinds of evidence matched: code, component, native-lib, meta-data, asset."""
        found = []
        for signal, value in (
            ("code", self.packages),
            ("component", self.components),
            ("native-lib", self.native_libs),
            ("meta-data", self.meta_data),
            ("asset", self.assets),
        ):
            if value or any(signal in b.signals for b in self.bundled):
                found.append(signal)
        return tuple(found)

    def evidence(self) -> list[dict[str, object]]:
        """Evidence records for reports: one per matched signal value."""
        items: list[dict[str, object]] = []
        for prefix, count in self.packages:
            items.append({"signal": "code", "value": prefix, "classes": count})
        items += [{"signal": "component", "value": v} for v in self.components]
        items += [{"signal": "native-lib", "value": v} for v in self.native_libs]
        items += [{"signal": "meta-data", "value": v} for v in self.meta_data]
        items += [{"signal": "asset", "value": v} for v in self.assets]
        for base in self.bundled:
            items += [{**item, "via": base.sdk.id} for item in base.evidence()]
        return items

    def describe_evidence(self, limit: int = 3, lang: str = "en") -> str:
        """``code com.umeng.commonsdk (41 classes); meta-data UMENG_APPKEY`` — for messages."""
        if lang == "zh":
            parts = [f"代码 {p}（{n}个类）" for p, n in self.packages[:limit]]
            parts += [f"组件 {c}" for c in self.components[:limit]]
            parts += [f"原生库 {n}" for n in self.native_libs[:limit]]
            parts += [f"meta-data {m}" for m in self.meta_data[:limit]]
            parts += [f"资源 {a}" for a in self.assets[:limit]]
            parts += [f"{b.sdk.name_zh}：{b.describe_evidence(limit, lang)}" for b in self.bundled]
            return "；".join(parts)
        parts = [f"code {p} ({n} classes)" for p, n in self.packages[:limit]]
        parts += [f"component {c}" for c in self.components[:limit]]
        parts += [f"native library {n}" for n in self.native_libs[:limit]]
        parts += [f"meta-data {m}" for m in self.meta_data[:limit]]
        parts += [f"asset {a}" for a in self.assets[:limit]]
        parts += [f"{b.sdk.name_en}: {b.describe_evidence(limit)}" for b in self.bundled]
        return "; ".join(parts)


def _prefixes_of(dotted: str) -> Iterable[str]:
    """``a.b.c.D`` → ``a.b.c.D``, ``a.b.c``, ``a.b`` (longest first, at least two segments)."""
    parts = dotted.split(".")
    for n in range(len(parts), 1, -1):
        yield ".".join(parts[:n])


def detect_sdks(app: App, catalogue: Sequence[Sdk]) -> tuple[SdkMatch, ...]:
    """Every catalogue SDK with at least one matching signal in ``app``."""
    prefix_owner: dict[str, Sdk] = {}
    for sdk in catalogue:
        for prefix in sdk.packages:
            prefix_owner.setdefault(prefix, sdk)

    per_sdk_prefix: dict[str, dict[str, int]] = {}
    # Whole class names are candidates too: a prefix may name a class (an old
    # SDK's single entry class such as com.umeng.analytics.MobclickAgent).
    # Classes are grouped by package first: an app has ten times fewer packages.
    packages: dict[str, list[str]] = {}
    for desc in app.code.class_names():
        package, _, simple = desc[1:-1].rpartition("/")
        packages.setdefault(package, []).append(simple)
    for package, simples in packages.items():
        dotted = package.replace("/", ".")
        package_owner = (
            next(((p, prefix_owner[p]) for p in _prefixes_of(dotted) if p in prefix_owner), None) if dotted else None
        )
        for simple in simples:
            owner = prefix_owner.get(f"{dotted}.{simple}") if dotted else None
            prefix = f"{dotted}.{simple}" if owner is not None else None
            if owner is None and package_owner is not None:
                prefix, owner = package_owner
            if owner is not None and prefix is not None:
                bucket = per_sdk_prefix.setdefault(owner.id, {})
                bucket[prefix] = bucket.get(prefix, 0) + 1

    component_names = {c.name for c in app.manifest.components}
    lib_names = app.native_lib_names
    meta_keys = {k for k, _ in app.manifest.meta_data}
    asset_names = {a.rsplit("/", 1)[-1] for a in app.assets} | {a[len("assets/") :] for a in app.assets}

    matches = []
    for sdk in catalogue:
        packages = tuple(sorted(per_sdk_prefix.get(sdk.id, {}).items(), key=lambda kv: (-kv[1], kv[0])))
        components = tuple(c for c in sdk.components if c in component_names)
        libs = tuple(lib for lib in lib_names if any(fnmatchcase(lib, pat) for pat in sdk.native_libs))
        meta = tuple(k for k in sdk.meta_data if k in meta_keys)
        assets = tuple(sorted(a for a in asset_names if any(fnmatchcase(a, pat) for pat in sdk.assets)))
        if packages or components or libs or meta or assets:
            matches.append(
                SdkMatch(
                    sdk=sdk,
                    class_count=sum(n for _, n in packages),
                    packages=packages,
                    components=components,
                    native_libs=libs,
                    meta_data=meta,
                    assets=assets,
                )
            )
    matches.sort(key=lambda m: m.sdk.id)
    return tuple(m for m in fold_cores(matches) if m.sdk.report)


def fold_cores(matches: list[SdkMatch]) -> tuple[SdkMatch, ...]:
    """Drop shared bases whose products are present, attaching them to those products."""
    present = {m.sdk.id for m in matches}
    folded = {m.sdk.id: m for m in matches if present.intersection(m.sdk.core_of)}
    result = []
    for m in matches:
        if m.sdk.id in folded:
            continue
        bases = tuple(b for b in folded.values() if m.sdk.id in b.sdk.core_of)
        result.append(replace(m, bundled=bases) if bases else m)
    return tuple(result)


def prefix_owners(matches: Iterable[SdkMatch]) -> dict[str, SdkMatch]:
    """Package prefix → the reported SDK that owns it.

    A prefix of a folded shared base (JCore) belongs to the product reported
    for it (JPush).
    """
    by_prefix: dict[str, SdkMatch] = {}
    for m in matches:
        for base in m.bundled:
            for p in base.sdk.packages:
                by_prefix.setdefault(p, m)
        for p in m.sdk.packages:
            by_prefix[p] = m
    return by_prefix


def owner_of_class(
    matches: Iterable[SdkMatch], class_name: str, by_prefix: dict[str, SdkMatch] | None = None
) -> SdkMatch | None:
    """The detected SDK whose longest package prefix covers ``class_name``."""
    name = java_name(class_name)
    if by_prefix is None:
        by_prefix = prefix_owners(matches)
    for prefix in _prefixes_of(name):
        owner = by_prefix.get(prefix)
        if owner is not None:
            return owner
    return None
