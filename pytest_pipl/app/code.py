"""The app's code as one index: classes, methods and what each method references.

:func:`build_code_index` merges the per-DEX tables of :mod:`.dex` into
app-wide tables keyed by global ids (a method referenced from two DEX files
gets one id).  Everything is stored as lists of strings and ``array`` columns
so the index is small, fast to serialise (:meth:`CodeIndex.to_state`) and
cheap to query.  Reverse indexes (callers of a method, readers of a field,
users of a string) are built lazily on first use.

Names: the index stores DEX descriptors (``Lcom/example/App;``).  Queries
accept Java names (``com.example.App``) too; :func:`descriptor` and
:func:`java_name` convert.
"""

from __future__ import annotations

import re
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import cached_property

from .dex import (
    INVOKE_KIND_NAMES,
    INVOKE_POLYMORPHIC,
    NO_INDEX,
    REF_CONST_CLASS,
    REF_NEW_INSTANCE,
    REF_SGET,
    REF_STRING,
    DexFile,
)

ACC_PUBLIC, ACC_PRIVATE, ACC_STATIC, ACC_FINAL = 0x1, 0x2, 0x8, 0x10
ACC_INTERFACE, ACC_ABSTRACT, ACC_SYNTHETIC, ACC_CONSTRUCTOR = 0x200, 0x400, 0x1000, 0x10000
NONE = NO_INDEX

STATE_FORMAT = 1


def descriptor(name: str) -> str:
    """``com.example.App`` → ``Lcom/example/App;`` (descriptors pass through)."""
    if name.startswith("L") and name.endswith(";"):
        return name
    return "L" + name.replace(".", "/") + ";"


def java_name(desc: str) -> str:
    """``Lcom/example/App;`` → ``com.example.App`` (other names pass through)."""
    if desc.startswith("L") and desc.endswith(";"):
        return desc[1:-1].replace("/", ".")
    return desc


def package_of(desc: str) -> str:
    """Java package of a class descriptor (``Lcom/a/B;`` → ``com.a``)."""
    name = java_name(desc)
    return name.rsplit(".", 1)[0] if "." in name else ""


@dataclass(frozen=True)
class MethodRef:
    """A method as referenced in bytecode: class descriptor, name and proto."""

    id: int
    class_desc: str
    name: str
    proto: str

    @property
    def class_name(self) -> str:
        return java_name(self.class_desc)

    @property
    def short(self) -> str:
        """``TelephonyManager.getDeviceId`` — for messages."""
        return f"{self.class_name.rsplit('.', 1)[-1]}.{self.name}"

    @property
    def qualified(self) -> str:
        """``android.telephony.TelephonyManager.getDeviceId``."""
        return f"{self.class_name}.{self.name}"

    def __str__(self) -> str:
        return f"{self.class_desc}->{self.name}{self.proto}"


@dataclass(frozen=True)
class ClassInfo:
    """A class defined in the app's DEX files."""

    name: str  # descriptor
    access_flags: int
    superclass: str | None
    interfaces: tuple[str, ...]
    dex: str

    @property
    def java_name(self) -> str:
        return java_name(self.name)

    @property
    def is_interface(self) -> bool:
        return bool(self.access_flags & ACC_INTERFACE)


@dataclass(frozen=True)
class Invoke:
    """One invoke instruction: ``caller`` calls ``callee`` with ``kind``."""

    caller: MethodRef
    callee: MethodRef
    kind: str  # virtual | super | direct | static | interface | polymorphic


class CodeIndex:
    """Classes, methods and per-method references of every ``classes*.dex``."""

    def __init__(
        self,
        types: list[str],
        strings: list[str],
        method_class: array,
        method_name: list[str],
        method_proto: list[str],
        field_class: array,
        field_name: list[str],
        field_type: array,
        class_type: array,
        class_flags: array,
        class_super: array,
        class_interfaces: list[tuple[int, ...]],
        class_dex: array,
        dex_names: list[str],
        dm_method: array,
        dm_flags: array,
        dm_class: array,
        dm_code_off: array,
        ref_start: array,
        ref_kind: array,
        ref_value: array,
        instruction_count: int = 0,
    ) -> None:
        self.types = types
        self.strings = strings
        self.method_class = method_class
        self.method_name = method_name
        self.method_proto = method_proto
        self.field_class = field_class
        self.field_name = field_name
        self.field_type = field_type
        self.class_type = class_type
        self.class_flags = class_flags
        self.class_super = class_super
        self.class_interfaces = class_interfaces
        self.class_dex = class_dex
        self.dex_names = dex_names
        self.dm_method = dm_method
        self.dm_flags = dm_flags
        self.dm_class = dm_class
        self.dm_code_off = dm_code_off
        self.ref_start = ref_start
        self.ref_kind = ref_kind
        self.ref_value = ref_value
        self.instruction_count = instruction_count

    # -- sizes -------------------------------------------------------------------
    @property
    def class_count(self) -> int:
        return len(self.class_type)

    @property
    def method_count(self) -> int:
        """Methods defined (with or without code) in the app."""
        return len(self.dm_method)

    @property
    def invoke_count(self) -> int:
        return sum(1 for k in self.ref_kind if k <= INVOKE_POLYMORPHIC)

    # -- lookup tables -----------------------------------------------------------
    @cached_property
    def _type_ids(self) -> dict[str, int]:
        return {d: i for i, d in enumerate(self.types)}

    @cached_property
    def _class_row(self) -> dict[int, int]:
        return {t: row for row, t in enumerate(self.class_type)}

    @cached_property
    def _defined_row(self) -> dict[int, int]:
        """Global method id → row in the ``dm_*`` columns."""
        return {m: row for row, m in enumerate(self.dm_method)}

    @cached_property
    def _methods_by_class_name(self) -> dict[tuple[int, str], list[int]]:
        table: dict[tuple[int, str], list[int]] = {}
        for mid, (cls, name) in enumerate(zip(self.method_class, self.method_name)):
            table.setdefault((cls, name), []).append(mid)
        return table

    @cached_property
    def _class_methods(self) -> dict[int, dict[tuple[str, str], int]]:
        """Class type id → {(name, proto): method id} for methods it defines."""
        table: dict[int, dict[tuple[str, str], int]] = {}
        names, protos, mclass = self.method_name, self.method_proto, self.method_class
        for mid in self.dm_method:
            table.setdefault(mclass[mid], {})[(names[mid], protos[mid])] = mid
        return table

    # -- classes ---------------------------------------------------------------------
    def has_class(self, name: str) -> bool:
        """True if the app's DEX defines the class (Java or descriptor name)."""
        t = self._type_ids.get(descriptor(name))
        return t is not None and t in self._class_row

    def class_info(self, name: str) -> ClassInfo | None:
        t = self._type_ids.get(descriptor(name))
        row = self._class_row.get(t) if t is not None else None
        return None if row is None else self._class_info(row)

    def _class_info(self, row: int) -> ClassInfo:
        sup = self.class_super[row]
        return ClassInfo(
            name=self.types[self.class_type[row]],
            access_flags=self.class_flags[row],
            superclass=None if sup == NONE else self.types[sup],
            interfaces=tuple(self.types[i] for i in self.class_interfaces[row]),
            dex=self.dex_names[self.class_dex[row]],
        )

    def classes(self) -> Iterator[ClassInfo]:
        for row in range(len(self.class_type)):
            yield self._class_info(row)

    def class_names(self) -> list[str]:
        """Descriptors of every defined class, in DEX order."""
        types = self.types
        return [types[t] for t in self.class_type]

    def superclasses(self, name: str) -> list[str]:
        """The superclass chain of ``name`` (descriptors), up to the first class not in the app."""
        chain: list[str] = []
        t = self._type_ids.get(descriptor(name))
        seen = set()
        while t is not None and t not in seen:
            seen.add(t)
            row = self._class_row.get(t)
            if row is None:
                break
            sup = self.class_super[row]
            if sup == NONE:
                break
            chain.append(self.types[sup])
            t = sup
        return chain

    def is_subclass(self, name: str, ancestor: str) -> bool:
        """True if ``name`` extends or implements ``ancestor`` (transitively, within the app)."""
        target = descriptor(ancestor)
        todo = [descriptor(name)]
        seen: set[str] = set()
        while todo:
            current = todo.pop()
            if current == target:
                return True
            if current in seen:
                continue
            seen.add(current)
            info = self.class_info(current)
            if info is not None:
                if info.superclass:
                    todo.append(info.superclass)
                todo.extend(info.interfaces)
        return False

    # -- methods ---------------------------------------------------------------------
    def method(self, mid: int) -> MethodRef:
        return MethodRef(mid, self.types[self.method_class[mid]], self.method_name[mid], self.method_proto[mid])

    def find_methods(self, class_name: str, name: str, proto: str | None = None) -> list[MethodRef]:
        """Method references (defined or only called) matching class, name and optional proto."""
        t = self._type_ids.get(descriptor(class_name))
        if t is None:
            return []
        ids = self._methods_by_class_name.get((t, name), [])
        return [self.method(m) for m in ids if proto is None or self.method_proto[m] == proto]

    def defined_methods(self, class_name: str | None = None) -> Iterator[MethodRef]:
        """Methods the app defines (optionally only those of one class)."""
        if class_name is None:
            for mid in self.dm_method:
                yield self.method(mid)
            return
        t = self._type_ids.get(descriptor(class_name))
        for mid in self._class_methods.get(t, {}).values() if t is not None else ():
            yield self.method(mid)

    def methods_of_type(self, type_id: int) -> list[int]:
        """Ids of the methods the class ``type_id`` defines (empty if the app does not define it).

        Defined methods are stored class by class in DEX order, so the
        ``dm_class`` column is sorted and a class's methods are one slice.
        """
        row = self._class_row.get(type_id)
        if row is None:
            return []
        lo = bisect_left(self.dm_class, row)
        hi = bisect_right(self.dm_class, row, lo)
        return list(self.dm_method[lo:hi])

    def is_defined(self, mid: int) -> bool:
        return mid in self._defined_row

    def method_flags(self, mid: int) -> int | None:
        row = self._defined_row.get(mid)
        return None if row is None else self.dm_flags[row]

    def resolve(self, mid: int) -> MethodRef:
        """Resolve a referenced method the way the VM would, over the app's classes.

        javac names the *static* type at the call site: ``MainActivity.requestPermissions``
        for a method inherited from ``android.app.Activity``.  Walk the superclass
        chain (then interfaces) until a class that defines the method, or until
        the first class the app does not define, and return that method — for an
        inherited framework API this is the framework class's method.
        """
        name, proto = self.method_name[mid], self.method_proto[mid]
        t, found = self._resolve_owner(mid)
        if found is not None:
            return self.method(found)
        if t == self.method_class[mid]:
            return self.method(mid)
        existing = [m for m in self._methods_by_class_name.get((t, name), []) if self.method_proto[m] == proto]
        return self.method(existing[0]) if existing else MethodRef(-1, self.types[t], name, proto)

    def _class_keys(self, type_id: int) -> dict[tuple[str, str], int]:
        """(name, proto) → method id for the methods one class defines, built when first needed."""
        cache = self._class_key_cache
        found = cache.get(type_id)
        if found is None:
            names, protos = self.method_name, self.method_proto
            found = cache[type_id] = {(names[m], protos[m]): m for m in self.methods_of_type(type_id)}
        return found

    @cached_property
    def _class_key_cache(self) -> dict[int, dict[tuple[str, str], int]]:
        return {}

    def _resolve_owner(self, mid: int) -> tuple[int, int | None]:
        """Type id of the class a reference resolves to, and the app method id if the app defines it."""
        t = self.method_class[mid]
        if t not in self._class_row:
            return t, None  # a framework or library class the app does not define
        if mid in self._defined_row:
            return t, mid  # defined by the very class the call names (most calls)
        cache = self._resolved
        found = cache.get(mid)
        if found is None:
            found = cache[mid] = self._walk_up(mid, t)
        return found

    @cached_property
    def _resolved(self) -> dict[int, tuple[int, int | None]]:
        return {}

    def _walk_up(self, mid: int, t: int) -> tuple[int, int | None]:
        class_row = self._class_row
        key = (self.method_name[mid], self.method_proto[mid])
        class_super = self.class_super
        seen: set[int] = set()
        while t not in seen:
            seen.add(t)
            found = self._class_keys(t).get(key) if t in class_row else None
            if found is not None:
                return t, found
            row = class_row.get(t)
            if row is None:
                break  # first class outside the app: the framework or a library
            sup = class_super[row]
            if sup == NONE:
                break
            t = sup
        # Interface default methods (rare in DEX) and unresolved refs resolve to the last class reached.
        return t, None

    # -- references ------------------------------------------------------------------
    def _refs(self, row: int) -> tuple[int, int]:
        return self.ref_start[row], self.ref_start[row + 1]

    def invokes(self, caller: MethodRef | int) -> list[tuple[str, MethodRef]]:
        """``(kind, callee)`` for every invoke instruction in ``caller``'s body, in order."""
        mid = caller if isinstance(caller, int) else caller.id
        row = self._defined_row.get(mid)
        if row is None:
            return []
        lo, hi = self._refs(row)
        kinds, values = self.ref_kind, self.ref_value
        return [
            (INVOKE_KIND_NAMES[kinds[i]], self.method(values[i]))
            for i in range(lo, hi)
            if kinds[i] <= INVOKE_POLYMORPHIC
        ]

    def strings_of(self, method: MethodRef | int) -> list[str]:
        """String constants (``const-string``) loaded by a method, in order."""
        return self._values_of(method, REF_STRING, self.strings)

    def static_fields_read_by(self, method: MethodRef | int) -> list[str]:
        """Static fields read (``sget*``) by a method, as ``Lcls;->name``."""
        mid = method if isinstance(method, int) else method.id
        row = self._defined_row.get(mid)
        if row is None:
            return []
        lo, hi = self._refs(row)
        return [self.field_key(self.ref_value[i]) for i in range(lo, hi) if self.ref_kind[i] == REF_SGET]

    def instantiated_by(self, method: MethodRef | int) -> list[str]:
        """Classes a method instantiates (``new-instance``), as descriptors."""
        return self._values_of(method, REF_NEW_INSTANCE, self.types)

    def _values_of(self, method: MethodRef | int, kind: int, table: Sequence[str]) -> list[str]:
        mid = method if isinstance(method, int) else method.id
        row = self._defined_row.get(mid)
        if row is None:
            return []
        lo, hi = self._refs(row)
        return [table[self.ref_value[i]] for i in range(lo, hi) if self.ref_kind[i] == kind]

    def field_key(self, fid: int) -> str:
        return f"{self.types[self.field_class[fid]]}->{self.field_name[fid]}"

    # -- reverse indexes (built on first use) ----------------------------------------
    def ref_positions(self, kind: int) -> list[int]:
        """Positions in the reference columns holding references of one kind (found by a C-level scan)."""
        raw = self.ref_kind.tobytes()
        return [m.start() for m in re.finditer(re.escape(bytes([kind])), raw)]

    def ref_rows(self, positions: Iterable[int]) -> list[int]:
        """Defined-method rows owning the given reference positions (each once, in order)."""
        starts = self.ref_start
        return list(dict.fromkeys(bisect_right(starts, i) - 1 for i in positions))

    @cached_property
    def _ref_owner(self) -> array:
        """For every reference slot, the defined-method row that holds it."""
        owner = array("I")
        starts = self.ref_start
        for row in range(len(self.dm_method)):
            owner.extend([row] * (starts[row + 1] - starts[row]))
        return owner

    def _reverse(self, kinds: Iterable[int]) -> dict[int, list[int]]:
        wanted = set(kinds)
        table: dict[int, list[int]] = {}
        owner, dm = self._ref_owner, self.dm_method
        for i, (k, v) in enumerate(zip(self.ref_kind, self.ref_value)):
            if k in wanted:
                table.setdefault(v, []).append(dm[owner[i]])
        return table

    @cached_property
    def _callers(self) -> dict[int, list[int]]:
        return self._reverse(range(INVOKE_POLYMORPHIC + 1))

    @cached_property
    def _string_users(self) -> dict[int, list[int]]:
        return self._reverse([REF_STRING])

    @cached_property
    def _field_readers(self) -> dict[int, list[int]]:
        return self._reverse([REF_SGET])

    @cached_property
    def _instantiators(self) -> dict[int, list[int]]:
        return self._reverse([REF_NEW_INSTANCE, REF_CONST_CLASS])

    @cached_property
    def _string_ids(self) -> dict[str, int]:
        return {s: i for i, s in enumerate(self.strings)}

    @cached_property
    def _fields_by_key(self) -> dict[str, list[int]]:
        table: dict[str, list[int]] = {}
        for fid in range(len(self.field_name)):
            table.setdefault(self.field_key(fid), []).append(fid)
        return table

    def callers_of(self, method: MethodRef | int) -> list[MethodRef]:
        """Defined methods that invoke exactly this method reference (no resolution)."""
        mid = method if isinstance(method, int) else method.id
        return [self.method(c) for c in dict.fromkeys(self._callers.get(mid, ()))]

    def invoked_method_ids(self) -> Iterable[int]:
        """Ids of every method reference that some instruction invokes."""
        return self._invoked_ids

    @cached_property
    def _invoked_ids(self) -> set[int]:
        last_invoke = INVOKE_POLYMORPHIC
        return {v for k, v in zip(self.ref_kind, self.ref_value) if k <= last_invoke}

    @cached_property
    def _resolved_targets(self) -> dict[tuple[str, str], list[int]]:
        """(class descriptor, method name) after :meth:`resolve` → invoked method-ref ids."""
        table: dict[tuple[str, str], list[int]] = {}
        types, names, mclass, class_row = self.types, self.method_name, self.method_class, self._class_row
        defined = self._defined_row
        for mid in self._invoked_ids:
            t = mclass[mid]
            if t in class_row and mid not in defined:
                t = self._resolve_owner(mid)[0]
            table.setdefault((types[t], names[mid]), []).append(mid)
        return table

    @cached_property
    def _invoked_apis(self) -> frozenset[tuple[str, str]]:
        return frozenset(self._resolved_targets)

    def invoked_apis(self) -> frozenset[tuple[str, str]]:
        """Every ``(class descriptor, method name)`` the app invokes, after resolution."""
        return self._invoked_apis

    def calls_to(self, class_name: str, name: str | None = None) -> list[Invoke]:
        """Every invoke of ``class_name.name`` (any overload; any method if name is None).

        Calls are matched after :meth:`resolve`, so ``MainActivity.requestPermissions``
        counts as a call to ``android.app.Activity.requestPermissions`` when
        MainActivity inherits it from there.
        """
        target = descriptor(class_name)
        if name is None:
            mids = [m for (c, _), ms in self._resolved_targets.items() if c == target for m in ms]
        else:
            mids = self._resolved_targets.get((target, name), [])
        found: list[Invoke] = []
        for mid in mids:
            resolved = self.resolve(mid)
            for caller in self._invokers(mid):
                kind = next((k for k, callee in self.invokes(caller) if callee.id == mid), "virtual")
                found.append(Invoke(self.method(caller), resolved, kind))
        return found

    def _invokers(self, mid: int) -> list[int]:
        """Defined methods that invoke method reference ``mid``, found without a full reverse index.

        The value columns are searched as bytes for the id (C speed), keeping aligned hits
        whose kind is an invoke.
        """
        if "_callers" in self.__dict__ or self.ref_value.itemsize != 4 or sys.byteorder != "little":
            return list(dict.fromkeys(self._callers.get(mid, ())))
        raw = self._ref_value_bytes
        needle = mid.to_bytes(4, "little")
        kinds = self.ref_kind
        positions = []
        start = raw.find(needle)
        while start >= 0:
            if start % 4 == 0 and kinds[start // 4] <= INVOKE_POLYMORPHIC:
                positions.append(start // 4)
            start = raw.find(needle, start + 1)
        return [self.dm_method[row] for row in self.ref_rows(positions)]

    @cached_property
    def _ref_value_bytes(self) -> bytes:
        return self.ref_value.tobytes()

    def string_users(self, value: str, prefix: bool = False) -> dict[str, list[MethodRef]]:
        """Methods loading a string constant equal to (or starting with) ``value``."""
        if prefix:
            ids = [i for i, s in enumerate(self.strings) if s.startswith(value)]
        else:
            sid = self._string_ids.get(value)
            ids = [] if sid is None else [sid]
        return {
            self.strings[i]: [self.method(m) for m in dict.fromkeys(self._string_users.get(i, ()))]
            for i in ids
            if i in self._string_users
        }

    def static_fields_read(self) -> set[str]:
        """``Lcls;->name`` of every static field some method reads."""
        read = {v for k, v in zip(self.ref_kind, self.ref_value) if k == REF_SGET}
        return {self.field_key(fid) for fid in read}

    def field_readers(self, class_name: str, field: str) -> list[MethodRef]:
        """Methods that read the static field ``class_name.field``."""
        key = f"{descriptor(class_name)}->{field}"
        users: dict[int, None] = {}
        for fid in self._fields_by_key.get(key, ()):
            for m in self._field_readers.get(fid, ()):
                users[m] = None
        return [self.method(m) for m in users]

    def instantiations_of(self, class_name: str) -> list[MethodRef]:
        """Methods that instantiate (or load the ``Class`` object of) ``class_name``."""
        t = self._type_ids.get(descriptor(class_name))
        return [] if t is None else [self.method(m) for m in dict.fromkeys(self._instantiators.get(t, ()))]

    # -- serialisation -------------------------------------------------------------------
    _ARRAYS = (
        "method_class",
        "field_class",
        "field_type",
        "class_type",
        "class_flags",
        "class_super",
        "class_dex",
        "dm_method",
        "dm_flags",
        "dm_class",
        "dm_code_off",
        "ref_start",
        "ref_kind",
        "ref_value",
    )
    _LISTS = ("types", "strings", "method_name", "method_proto", "field_name", "dex_names")

    def to_state(self) -> dict:
        """Builtin-types-only state for :mod:`marshal` (arrays as typecode + bytes)."""
        state: dict = {"format": STATE_FORMAT, "instruction_count": self.instruction_count}
        for name in self._ARRAYS:
            arr = getattr(self, name)
            state[name] = (arr.typecode, arr.tobytes())
        for name in self._LISTS:
            state[name] = getattr(self, name)
        state["class_interfaces"] = self.class_interfaces
        return state

    @classmethod
    def from_state(cls, state: dict) -> CodeIndex:
        if state.get("format") != STATE_FORMAT:
            raise ValueError("code index state has another format")
        kwargs: dict = {name: state[name] for name in cls._LISTS}
        for name in cls._ARRAYS:
            typecode, raw = state[name]
            arr = array(typecode)
            arr.frombytes(raw)
            kwargs[name] = arr
        kwargs["class_interfaces"] = [tuple(x) for x in state["class_interfaces"]]
        kwargs["instruction_count"] = state["instruction_count"]
        return cls(**kwargs)


def empty_code_index() -> CodeIndex:
    return build_code_index([])


def build_code_index(dex_files: Sequence[DexFile]) -> CodeIndex:
    """Merge DEX files (in load order) into one :class:`CodeIndex`.

    A class defined in two DEX files keeps its first definition, as Android's
    class loader does; the later copy's methods are ignored.
    """
    types: list[str] = []
    type_ids: dict[str, int] = {}
    strings: list[str] = []
    string_ids: dict[str, int] = {}
    method_ids: dict[tuple[int, str, str], int] = {}
    method_class, method_name, method_proto = array("I"), [], []
    field_ids: dict[tuple[int, str, int], int] = {}
    field_class, field_name, field_type = array("I"), [], array("I")
    class_type, class_flags, class_super, class_dex = array("I"), array("I"), array("I"), array("H")
    class_interfaces: list[tuple[int, ...]] = []
    defined_types: set[int] = set()
    dm_method, dm_flags, dm_class, dm_code_off = array("I"), array("I"), array("I"), array("I")
    ref_start, ref_kind, ref_value = array("I", [0]), array("B"), array("I")
    instruction_count = 0

    def intern(value: str, index: dict[str, int], table: list[str]) -> int:
        gid = index.get(value)
        if gid is None:
            gid = index[value] = len(table)
            table.append(value)
        return gid

    for dex_no, dex in enumerate(dex_files):
        instruction_count += dex.instruction_count
        dstrings = dex.strings
        tmap = [intern(dstrings[s], type_ids, types) for s in dex.type_descriptor_idx]
        mmap = []
        for c, n, p in zip(dex.method_class, dex.method_name, dex.method_proto):
            key = (tmap[c], dstrings[n], dex.proto_shorty[p])
            gid = method_ids.get(key)
            if gid is None:
                gid = method_ids[key] = len(method_name)
                method_class.append(key[0])
                method_name.append(key[1])
                method_proto.append(key[2])
            mmap.append(gid)
        fmap = []
        for c, n, t in zip(dex.field_class, dex.field_name, dex.field_type):
            fkey = (tmap[c], dstrings[n], tmap[t])
            gid = field_ids.get(fkey)
            if gid is None:
                gid = field_ids[fkey] = len(field_name)
                field_class.append(fkey[0])
                field_name.append(fkey[1])
                field_type.append(fkey[2])
            fmap.append(gid)
        kinds, values = dex.ref_kind, dex.ref_value
        smap: list[int] = [0] * len(dstrings)
        for sid in {v for k, v in zip(kinds, values) if k == REF_STRING}:
            smap[sid] = intern(dstrings[sid], string_ids, strings)
        # One lookup table per reference kind: invokes → methods, strings, fields, types.
        maps: list = [mmap] * (INVOKE_POLYMORPHIC + 1) + [None] * (REF_CONST_CLASS - INVOKE_POLYMORPHIC)
        maps[REF_STRING], maps[REF_SGET], maps[REF_NEW_INSTANCE], maps[REF_CONST_CLASS] = smap, fmap, tmap, tmap
        mapped = array("I", [maps[k][v] for k, v in zip(kinds, values)])

        class_rows: list[int | None] = []
        for cls in dex.classes:
            t = tmap[cls.type_idx]
            if t in defined_types:
                class_rows.append(None)
                continue
            defined_types.add(t)
            class_rows.append(len(class_type))
            class_type.append(t)
            class_flags.append(cls.access_flags)
            class_super.append(NONE if cls.superclass_idx == NO_INDEX else tmap[cls.superclass_idx])
            class_interfaces.append(tuple(tmap[i] for i in cls.interface_idxs))
            class_dex.append(dex_no)

        starts = dex.ref_start
        base = len(ref_kind)
        if None not in class_rows:  # the usual case: take the DEX's columns whole
            dm_method.extend([mmap[m] for m in dex.method_idx])
            dm_flags.extend(dex.method_flags)
            dm_class.extend([class_rows[o] for o in dex.method_owner])  # type: ignore[misc]
            dm_code_off.extend(dex.method_code_off)
            ref_kind.extend(kinds)
            ref_value.extend(mapped)
            ref_start.extend([base + s for s in starts[1:]])
            continue
        kept = 0
        for row, (lmid, flags, owner, code_off) in enumerate(
            zip(dex.method_idx, dex.method_flags, dex.method_owner, dex.method_code_off)
        ):
            class_row = class_rows[owner]
            if class_row is None:
                continue
            lo, hi = starts[row], starts[row + 1]
            dm_method.append(mmap[lmid])
            dm_flags.append(flags)
            dm_class.append(class_row)
            dm_code_off.append(code_off)
            ref_kind.extend(kinds[lo:hi])
            ref_value.extend(mapped[lo:hi])
            kept += hi - lo
            ref_start.append(base + kept)

    return CodeIndex(
        types=types,
        strings=strings,
        method_class=method_class,
        method_name=method_name,
        method_proto=method_proto,
        field_class=field_class,
        field_name=field_name,
        field_type=field_type,
        class_type=class_type,
        class_flags=class_flags,
        class_super=class_super,
        class_interfaces=class_interfaces,
        class_dex=class_dex,
        dex_names=[d.name for d in dex_files],
        dm_method=dm_method,
        dm_flags=dm_flags,
        dm_class=dm_class,
        dm_code_off=dm_code_off,
        ref_start=ref_start,
        ref_kind=ref_kind,
        ref_value=ref_value,
        instruction_count=instruction_count,
    )
