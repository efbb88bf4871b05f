"""The app's call graph, built lazily method by method from the code index.

An edge leaves a *reference slot* of a method (its n-th reference
instruction, the same numbering the code index and the bytecode decoder use)
so that the consent analysis can drop the edges of guarded code.  Edges:

- ``call``: an invoke of an app method; virtual and interface calls also
  reach the overriding methods of instantiated app subclasses (class
  hierarchy analysis limited to classes the app instantiates);
- ``async``: a hand-off the framework completes later — ``Thread.start`` →
  ``run``, ``Handler.post`` → ``run``, ``Executor.execute`` → ``run``/``call``,
  ``AsyncTask.execute`` → ``doInBackground``, coroutine bodies … (the list is
  ``knowledge/data/android_model.json``);
- ``start``: an explicit intent to one of the app's own activities, services
  or receivers (a ``const-class`` of the component in a method that starts it);
- ``clinit``: the static initialiser of a class whose members are used.

UI callbacks (click listeners …) get no edge: they need a user.
Framework and library methods the app does not define are leaves; rules
look at them through :meth:`CallGraph.api_calls`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from ..app.code import NONE, CodeIndex, descriptor, java_name
from ..app.dex import (
    INVOKE_DIRECT,
    INVOKE_INTERFACE,
    INVOKE_POLYMORPHIC,
    INVOKE_STATIC,
    INVOKE_VIRTUAL,
    REF_CONST_CLASS,
    REF_NEW_INSTANCE,
    REF_SGET,
    REF_STRING,
)
from ..knowledge.android_model import AndroidModel, split_api

CALL, ASYNC, START, CLINIT = "call", "async", "start", "clinit"


@dataclass(frozen=True)
class Edge:
    target: int  # method id of an app-defined method
    kind: str  # call | async | start | clinit
    slot: int  # reference slot in the caller that causes it (-1: none)


@dataclass(frozen=True)
class ApiCall:
    """An invoke of a method the app does not define (framework or unresolved library)."""

    slot: int
    class_name: str  # Java name of the class the call resolves to
    name: str
    static_class: str  # Java name of the class named at the call site


class CallGraph:
    """Edges between the app's methods (see module docstring)."""

    def __init__(self, code: CodeIndex, model: AndroidModel, components: dict[str, str] | None = None) -> None:
        self.code = code
        self.model = model
        # Java class name → manifest component kind (activity, service, receiver, provider);
        # activity-aliases appear under their target activity.
        self.components = components or {}
        self._edges: dict[int, list[Edge]] = {}
        self._api_calls: dict[int, list[ApiCall]] = {}

    # -- indexes over the whole app ------------------------------------------------
    @cached_property
    def _instantiated(self) -> frozenset[int]:
        """Type ids the app creates objects of (new-instance), or loads as singletons."""
        code = self.code
        values = code.ref_value
        types = {values[i] for i in code.ref_positions(REF_NEW_INSTANCE)}
        fields = {values[i] for i in code.ref_positions(REF_SGET)}
        types.update(code.field_class[f] for f in fields if code.field_name[f] == "INSTANCE")
        return frozenset(types)

    @cached_property
    def _overrides(self) -> dict[tuple[str, str], list[tuple[int, int]]]:
        """(name, proto) → [(class type id, method id)] over the classes the app instantiates:
        the candidates of class hierarchy analysis."""
        code = self.code
        names, protos = code.method_name, code.method_proto
        table: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for cls in self._instantiated:
            if self.is_library(cls):
                continue  # calls on library types are never expanded (see _build)
            for mid in code.methods_of_type(cls):
                name = names[mid]
                if name[0] != "<":
                    table.setdefault((name, protos[mid]), []).append((cls, mid))
        return table

    @cached_property
    def _handoffs(self) -> dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]]:
        table: dict[tuple[str, str], tuple[tuple[str, ...], tuple[str, ...]]] = {}
        for h in self.model.handoffs:
            for method in h.methods:
                table[(descriptor(h.class_name), method)] = (h.receiver_callbacks, h.argument_callbacks)
        return table

    @cached_property
    def _start_names(self) -> dict[str, str]:
        """Method name → component kind it starts (startActivity → activity …)."""
        names: dict[str, str] = {}
        for kind, apis in self.model.component_starts.items():
            for api in apis:
                names.setdefault(split_api(api)[1], kind)
        return names

    @cached_property
    def _always_run(self) -> list[tuple[int, tuple[str, ...]]]:
        ids = self.code._type_ids
        return [(ids[descriptor(base)], cbs) for base, cbs in self.model.always_run if descriptor(base) in ids]

    def is_library(self, type_id: int) -> bool:
        """True for classes of general-purpose libraries (``library_namespaces`` in the model)."""
        cache = self.__dict__.setdefault("_library", {})
        found = cache.get(type_id)
        if found is None:
            desc = self.code.types[type_id]
            found = cache[type_id] = any(desc.startswith(p) for p in self._library_prefixes)
        return found

    @cached_property
    def _library_prefixes(self) -> tuple[str, ...]:
        return tuple("L" + p.replace(".", "/") + "/" for p in self.model.library_packages)

    def ancestors(self, type_id: int) -> frozenset[int]:
        """The type and every superclass and interface of it the app knows (transitively)."""
        cache = self.__dict__.setdefault("_ancestors", {})
        if type_id in cache:
            return cache[type_id]
        code = self.code
        found: set[int] = set()
        todo = [type_id]
        while todo:
            t = todo.pop()
            if t in found:
                continue
            found.add(t)
            row = code._class_row.get(t)
            if row is None:
                continue
            sup = code.class_super[row]
            if sup != NONE:
                todo.append(sup)
            todo.extend(code.class_interfaces[row])
        cache[type_id] = frozenset(found)
        return cache[type_id]

    def method_named(self, type_id: int, name: str) -> list[int]:
        """Methods called ``name`` (any proto) on ``type_id``, searched up the app's superclasses."""
        code = self.code
        seen: set[int] = set()
        t = type_id
        names = code.method_name
        while t not in seen:
            seen.add(t)
            found = [m for m in code.methods_of_type(t) if names[m] == name]
            if found:
                return found
            row = code._class_row.get(t)
            if row is None or code.class_super[row] == NONE:
                return []
            t = code.class_super[row]
        return []

    # -- per-method edges -----------------------------------------------------------------
    def edges(self, mid: int) -> list[Edge]:
        if mid not in self._edges:
            self._build(mid)
        return self._edges[mid]

    def api_calls(self, mid: int) -> list[ApiCall]:
        """Invokes of methods the app does not define, with the class they resolve to."""
        if mid not in self._api_calls:
            self._build(mid)
        return self._api_calls[mid]

    def refs(self, mid: int) -> list[tuple[int, int]]:
        """(kind, value) of every reference slot of a defined method, in instruction order."""
        code = self.code
        row = code._defined_row.get(mid)
        if row is None:
            return []
        lo, hi = code.ref_start[row], code.ref_start[row + 1]
        return list(zip(code.ref_kind[lo:hi], code.ref_value[lo:hi]))

    def _build(self, mid: int) -> None:
        code = self.code
        edges: list[Edge] = []
        apis: list[ApiCall] = []
        refs = self.refs(mid)
        created: list[tuple[int, int]] = []  # (slot, type id) of objects made here
        classes: list[tuple[int, int]] = []  # (slot, type id) of const-class
        handoff_slots: list[tuple[int, tuple[str, ...]]] = []
        start_slots: list[tuple[int, str]] = []
        class_row = code._class_row
        own_class = code.method_class[mid]
        # Calls made from library code, or on library types, go to the method they resolve to only:
        # expanding them to every override in the app would reach code no path really runs.
        expand = not self.is_library(own_class)
        for slot, (kind, value) in enumerate(refs):
            if kind == REF_NEW_INSTANCE:
                created.append((slot, value))
                self._clinit(value, slot, edges)
            elif kind == REF_CONST_CLASS:
                classes.append((slot, value))
            elif kind == REF_SGET:
                fclass = code.field_class[value]
                if code.field_name[value] == "INSTANCE":
                    created.append((slot, fclass))
                if fclass != own_class:
                    self._clinit(fclass, slot, edges)
            elif kind <= INVOKE_POLYMORPHIC:
                static_type = code.method_class[value]
                owner, defined = code._resolve_owner(value) if static_type in class_row else (static_type, None)
                name = code.method_name[value]
                if defined is not None:
                    edges.append(Edge(defined, CALL, slot))
                    if kind in (INVOKE_STATIC, INVOKE_DIRECT) and static_type != own_class:
                        self._clinit(code.method_class[defined], slot, edges)
                else:
                    apis.append(ApiCall(slot, java_name(code.types[owner]), name, java_name(code.types[static_type])))
                if (
                    kind in (INVOKE_VIRTUAL, INVOKE_INTERFACE)
                    and expand
                    and static_type in class_row
                    and not self.is_library(static_type)
                ):
                    edges += [Edge(t, CALL, slot) for t in self._overriders(value, static_type) if t != defined]
                handoff = self._handoffs.get((code.types[owner], name))
                if handoff is not None:
                    receiver_cbs, argument_cbs = handoff
                    if static_type in class_row:
                        for cb in receiver_cbs:
                            edges += [Edge(t, ASYNC, slot) for t in self.method_named(static_type, cb)]
                    handoff_slots.append((slot, argument_cbs))
                start_kind = self._start_names.get(name)
                if start_kind is not None:
                    start_slots.append((slot, start_kind))
        for slot, callbacks in handoff_slots:
            for _, type_id in created:
                if type_id in class_row:
                    for cb in callbacks:
                        edges += [Edge(t, ASYNC, slot) for t in self.method_named(type_id, cb)]
        for _, type_id in created:
            for base, callbacks in self._always_run:
                if type_id in class_row and base in self.ancestors(type_id):
                    for cb in callbacks:
                        edges += [Edge(t, ASYNC, -1) for t in self.method_named(type_id, cb)]
        for slot, start_kind in start_slots:
            for _, type_id in classes:
                if self.components.get(java_name(code.types[type_id])) == start_kind:
                    for name in self.model.lifecycle.get(start_kind, ()):
                        edges += [Edge(t, START, slot) for t in self.method_named(type_id, name)]
        self._edges[mid] = list(dict.fromkeys(edges))
        self._api_calls[mid] = apis

    def _clinit(self, type_id: int, slot: int, edges: list[Edge]) -> None:
        if type_id in self.code._class_row:
            names = self.code.method_name
            edges += [Edge(t, CLINIT, slot) for t in self.code.methods_of_type(type_id) if names[t] == "<clinit>"]

    def _overriders(self, mid: int, static_type: int) -> list[int]:
        """Methods of instantiated app subclasses of ``static_type`` overriding ``mid``'s name and proto."""
        cache = self.__dict__.setdefault("_overrider_cache", {})
        key = (mid, static_type)
        if key not in cache:
            code = self.code
            candidates = self._overrides.get((code.method_name[mid], code.method_proto[mid]), ())
            cache[key] = [t for cls, t in candidates if cls != static_type and static_type in self.ancestors(cls)]
        return cache[key]

    # -- strings of a method (for reflection and personal-information constants) -------
    def strings(self, mid: int) -> list[tuple[int, str]]:
        code = self.code
        return [(slot, code.strings[v]) for slot, (k, v) in enumerate(self.refs(mid)) if k == REF_STRING]
