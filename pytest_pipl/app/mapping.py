"""R8/ProGuard ``mapping.txt``: turn obfuscated class and method names back into the originals.

With a mapping, SDK detection sees ``com.umeng.commonsdk.UMConfigure`` instead
of ``a.b.c`` and call paths in messages read like source code.  Format
(R8 and ProGuard write the same)::

    com.example.news.NewsApp -> a.a:
        void onCreate() -> onCreate
        1:4:void initSdks(android.content.Context):20:23 -> a
        java.lang.String token -> b

Class lines end with ``:``; member lines are indented; ``#`` lines are
comments.  The mapping is applied to a copy of the code index after it is
loaded (the cache keeps the obfuscated names, so one cache entry serves runs
with and without a mapping).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import PiplError
from .code import CodeIndex, descriptor, java_name

_CLASS_LINE = re.compile(r"^(\S+) -> (\S+):\s*$")
_METHOD_LINE = re.compile(r"^\s+(?:\d+:\d+:)?(\S+) ([^\s(]+)\(([^)]*)\)(?::\d+(?::\d+)?)? -> (\S+)\s*$")
_FIELD_LINE = re.compile(r"^\s+(\S+) (\S+) -> (\S+)\s*$")
_DESCRIPTOR = re.compile(r"L[^;]+;")


class MappingError(PiplError):
    """The mapping file cannot be read."""


@dataclass
class Mapping:
    """Obfuscated → original names."""

    path: str
    classes: dict[str, str] = field(default_factory=dict)  # obfuscated Java name → original
    methods: dict[tuple[str, str], set[str]] = field(default_factory=dict)  # (obf class, obf name) → originals
    # (obf class, obf name, original argument types) → original name: R8 gives overloads one short name
    signatures: dict[tuple[str, str, str], str] = field(default_factory=dict)

    def original_class(self, obfuscated: str) -> str:
        return self.classes.get(obfuscated, obfuscated)


def read_mapping(path: str | Path) -> Mapping:
    """Parse a mapping file; :class:`MappingError` names the file and line of a problem."""
    path = str(path)
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise MappingError(f"cannot read mapping file {path}: {exc.strerror or exc}.") from None
    mapping = Mapping(path)
    current: str | None = None
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if not line[0].isspace():
            match = _CLASS_LINE.match(line)
            if match is None:
                raise MappingError(
                    f"cannot read mapping file {path}: line {number} is neither a class line "
                    f"('original -> obfuscated:') nor an indented member line: {line.strip()[:80]!r}. "
                    "Pass the mapping.txt that R8/ProGuard wrote for this build."
                )
            original, obfuscated = match.groups()
            mapping.classes[obfuscated] = original
            current = obfuscated
            continue
        if current is None:
            raise MappingError(
                f"cannot read mapping file {path}: line {number} is a member line before any class line."
            )
        method = _METHOD_LINE.match(line)
        if method is not None:
            _ret, original_name, args, obfuscated_name = method.groups()
            if "." in original_name:  # an inlined frame of another class: not this class's method
                continue
            mapping.methods.setdefault((current, obfuscated_name), set()).add(original_name)
            mapping.signatures[(current, obfuscated_name, args.replace(" ", ""))] = original_name
        elif _FIELD_LINE.match(line) is None:
            raise MappingError(
                f"cannot read mapping file {path}: line {number} is not a member line: {line.strip()[:80]!r}."
            )
    if not mapping.classes:
        raise MappingError(f"cannot read mapping file {path}: it maps no class.")
    return mapping


def apply_mapping(code: CodeIndex, mapping: Mapping) -> CodeIndex:
    """A copy of ``code`` whose class and method names are the original ones."""
    renamed_types = {descriptor(obf): descriptor(orig) for obf, orig in mapping.classes.items()}
    types = [renamed_types.get(t, t) for t in code.types]

    def rename_proto(proto: str) -> str:
        return _DESCRIPTOR.sub(lambda m: renamed_types.get(m.group(0), m.group(0)), proto) if "L" in proto else proto

    method_name = list(code.method_name)
    for mid, (cls, name) in enumerate(zip(code.method_class, code.method_name)):
        owner = java_name(code.types[cls])
        originals = mapping.methods.get((owner, name))
        if originals is None:
            continue
        if len(originals) == 1:
            method_name[mid] = next(iter(originals))
            continue
        # Overloads R8 renamed to one short name: tell them apart by their (original) argument types.
        args = ",".join(_java_type(t) for t in _parameters(rename_proto(code.method_proto[mid])))
        original = mapping.signatures.get((owner, name, args))
        if original is not None:
            method_name[mid] = original
    state = code.to_state()
    state.update(
        types=types,
        method_name=method_name,
        method_proto=[rename_proto(p) for p in code.method_proto],
    )
    return CodeIndex.from_state(state)


_PRIMITIVES = {
    "Z": "boolean",
    "B": "byte",
    "C": "char",
    "S": "short",
    "I": "int",
    "J": "long",
    "F": "float",
    "D": "double",
    "V": "void",
}
_PARAMETER = re.compile(r"\[*(?:L[^;]+;|[ZBCSIJFDV])")


def _parameters(proto: str) -> list[str]:
    """``(Landroid/content/Context;I)V`` → ``['Landroid/content/Context;', 'I']``."""
    inside = proto[proto.find("(") + 1 : proto.find(")")] if "(" in proto else ""
    return _PARAMETER.findall(inside)


def _java_type(desc: str) -> str:
    """``[Ljava/lang/String;`` → ``java.lang.String[]`` (as mapping files write types)."""
    dims = len(desc) - len(desc.lstrip("["))
    base = desc[dims:]
    name = _PRIMITIVES.get(base) or java_name(base)
    return name + "[]" * dims
