"""Recognise packed (加固) builds whose real code is not in the DEX.

Commercial packers replace ``classes.dex`` with a stub that decrypts the real
code at run time.  Static checks on such a build see only the stub, so a
code-based rule must say "cannot analyse: packed by …" instead of passing.
Known packers are matched by their stub Application class, stub classes,
native libraries and assets (``knowledge/data/packers.json``); an unknown
packer or runtime code loading shows as manifest components whose classes
are missing from every DEX.
"""

from __future__ import annotations

from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from ..knowledge import load_json
from .model import PROVIDER, App

# Share of the app's own manifest components (its package) that must be
# missing from the DEX before we call the code hidden.  Real unpacked apps
# define every component they declare; dynamic-feature and plugin apps miss a
# few, packed apps miss nearly all.
MISSING_COMPONENT_SHARE = 0.5


@dataclass(frozen=True)
class PackerMatch:
    """Why we believe the code is packed."""

    id: str
    name_zh: str
    name_en: str
    evidence: tuple[str, ...]

    def describe(self) -> str:
        name = self.name_en if self.name_zh == self.name_en else f"{self.name_zh} ({self.name_en})"
        return f"{name}: " + "; ".join(self.evidence)


class _ClassNames(set):
    """The app's class names, converted only if a packer pattern needs the whole set (a glob)."""

    def __init__(self, app: App) -> None:
        super().__init__()
        self.app = app
        self.filled = False

    def fill(self) -> _ClassNames:
        if not self.filled:
            self.update(c.replace("/", ".")[1:-1] for c in self.app.code.class_names())
            self.filled = True
        return self

    def __contains__(self, name: object) -> bool:
        return (
            self.app.code.has_class(name) if isinstance(name, str) and not self.filled else super().__contains__(name)
        )


def _signals(app: App) -> dict[str, set[str]]:
    classes = _ClassNames(app)
    libs = set(app.native_lib_names)
    assets = {a[len("assets/") :] for a in app.assets}
    asset_names = {a.rsplit("/", 1)[-1] for a in assets}
    app_classes = {app.application_class or "", app.manifest.application.app_component_factory or ""} - {""}
    return {
        "application_classes": app_classes,
        "classes": classes,
        "native_libs": libs,
        "assets": assets | asset_names,
        "files": set(app.files),
    }


def _matches(patterns: list[str], values: set[str]) -> list[str]:
    found = []
    for pattern in patterns:
        if any(ch in pattern for ch in "*?["):
            if isinstance(values, _ClassNames):
                values = values.fill()
            found += sorted(v for v in values if fnmatchcase(v, pattern))
        elif pattern in values:
            found.append(pattern)
    return found


def _hits(sig: dict[str, list[str]], signals: dict[str, set[str]]) -> dict[str, list[str]]:
    """Signal kind → the values of ``signals`` that the patterns in ``sig`` match."""
    hits = {kind: _matches(sig.get(kind, []), values) for kind, values in signals.items()}
    prefixes = sig.get("class_prefixes", [])
    classes = signals["classes"]
    if prefixes and isinstance(classes, _ClassNames):
        classes = classes.fill()
    hits["class_prefixes"] = [p for p in prefixes if any(c.startswith(p + ".") for c in classes)]
    return {kind: found for kind, found in hits.items() if found}


_LABELS = {
    "application_classes": "Application class",
    "classes": "stub class",
    "class_prefixes": "stub package",
    "native_libs": "native library",
    "assets": "asset",
    "files": "file",
}


def detect_packer(app: App, packers: list[dict[str, Any]] | None = None) -> PackerMatch | None:
    """The packer protecting ``app``, or None when its code is readable."""
    if packers is None:
        packers = load_json("packers.json")["packers"]
    signals = _signals(app)
    for packer in packers:
        strength = packer.get("strength", {})
        strong: list[str] = []
        weak: list[str] = []
        for block, default in (("signatures", "strong"), ("weak_signatures", "weak")):
            sig = packer.get(block, {})
            for kind, hits in _hits(sig, signals).items():
                level = strength.get(kind, default) if block == "signatures" else "weak"
                (strong if level == "strong" else weak).extend(f"{_LABELS[kind]} {hit}" for hit in hits)
        # One conclusive signal, or two independent weak ones (e.g. two KiwiSec libraries).
        if strong or len(set(weak)) >= 2:
            name = packer.get("name", {})
            return PackerMatch(
                id=packer["id"],
                name_zh=name.get("zh", packer["id"]),
                name_en=name.get("en", packer["id"]),
                evidence=tuple(dict.fromkeys(strong + weak)),
            )
    return _hidden_code(app)


def _hidden_code(app: App) -> PackerMatch | None:
    """An unknown packer: most of the app's own components have no code."""
    if not app.dex_files:
        return None
    own = [
        c.name
        for c in app.manifest.components
        if c.kind != PROVIDER and c.name.startswith(app.package + ".") and c.kind != "activity-alias"
    ]
    if app.application_class and app.application_class.startswith(app.package + "."):
        own.append(app.application_class)
    if len(own) < 2:
        return None
    missing = [name for name in own if not app.code.has_class(name)]
    if len(missing) / len(own) < MISSING_COMPONENT_SHARE:
        return None
    return PackerMatch(
        id="unknown",
        name_zh="未知加固或动态加载",
        name_en="an unknown packer or runtime code loading",
        evidence=(
            f"{len(missing)} of {len(own)} classes the manifest names have no code in the DEX"
            f" (e.g. {', '.join(missing[:3])})",
        ),
    )
