"""What runs before the user agrees to the privacy policy, and what that code does.

:class:`PreConsent` walks the call graph from the *pre-consent entry points*
— the Application class (and its component factory), every content provider
(they start before ``Application.onCreate``), receivers for system broadcasts
(they run without the user opening the app) and the launcher activity — and
stops at the consent boundary (:mod:`.consent`).  Every method it reaches runs
before consent; in them it finds:

- calls of catalogued personal-information APIs (also through reflection with
  constant names, static fields and string constants such as ``content://sms``);
- runtime permission requests;
- SDK init entry points (an SDK's compliant pre-init is allowed).

Each finding carries the shortest call path from its entry point.  The same
object answers custom queries: which methods run before consent, the path to
a method, pre-consent calls of any API.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from ..app.code import MethodRef, descriptor, java_name
from ..app.dex import INVOKE_POLYMORPHIC, REF_SGET, REF_STRING
from ..app.model import ACTIVITY_ALIAS, PROVIDER, RECEIVER, App
from ..app.sdks import SdkMatch
from ..knowledge.android_model import android_model, split_api
from ..knowledge.bundle import ConsentGate, Knowledge
from ..knowledge.personal_info import DataType, PiApi
from .callgraph import ASYNC, CLINIT, START, CallGraph
from .consent import ConsentBoundary, find_boundary, guarded_slots

APPLICATION, FACTORY, LAUNCHER = "application", "component-factory", "launcher"


@dataclass(frozen=True)
class EntryPoint:
    """A method Android runs before the user can have agreed to anything."""

    method: MethodRef
    kind: str  # application | component-factory | provider | receiver | launcher
    component: str
    why_en: str
    why_zh: str


@dataclass(frozen=True)
class Site:
    """One pre-consent use of something we look for, with its proof."""

    what: str  # "TelephonyManager.getDeviceId", "android.permission.CAMERA request", "UMConfigure.init"
    method: MethodRef  # the method that contains it
    path: tuple[str, ...]  # entry point → … → method → what
    entry: EntryPoint
    sdk: SdkMatch | None
    via: str = "call"  # call | field | string | reflection
    data_type: DataType | None = None
    api: PiApi | None = None
    permissions: tuple[str, ...] = ()
    library: str = ""

    @property
    def owner(self) -> str:
        return self.sdk.sdk.name_en if self.sdk else "app code"


@dataclass
class _Visit:
    parent: int | None
    kind: str
    entry: EntryPoint
    depth: int
    library_depth: int = 0  # consecutive library methods on the path (walked a few levels only)


@dataclass
class PreConsent:
    """The pre-consent part of one app (see module docstring)."""

    app: App
    knowledge: Knowledge = field(default_factory=Knowledge.builtin)
    configured_gates: tuple[ConsentGate, ...] = ()

    def __post_init__(self) -> None:
        self.model = android_model()
        self.code = self.app.code
        components: dict[str, str] = {}
        for c in self.app.manifest.components:
            if c.kind == ACTIVITY_ALIAS:
                continue
            components[c.name] = c.kind
        self.graph = CallGraph(self.code, self.model, components)
        gates = tuple(self.configured_gates) + tuple(self.knowledge.consent_gates)
        self.boundary: ConsentBoundary = find_boundary(self.app, self.model, gates)
        self._visits: dict[int, _Visit] = {}
        self._guards: dict[int, frozenset[int]] = {}
        self._walk()

    # -- entry points ---------------------------------------------------------------
    @cached_property
    def entry_points(self) -> list[EntryPoint]:
        app, graph, lifecycle = self.app, self.graph, self.model.lifecycle
        found: list[EntryPoint] = []

        def add(class_name: str | None, kind: str, names: Iterable[str], en: str, zh: str) -> None:
            if not class_name:
                return
            type_id = self.code._type_ids.get(descriptor(class_name))
            if type_id is None:
                return
            for name in names:
                for mid in graph.method_named(type_id, name):
                    found.append(EntryPoint(self.code.method(mid), kind, class_name, en, zh))

        add(
            app.manifest.application.app_component_factory,
            FACTORY,
            lifecycle["component_factory"],
            "the AppComponentFactory creates the app's components at process start",
            "AppComponentFactory在进程启动时创建应用组件",
        )
        add(
            app.application_class,
            APPLICATION,
            lifecycle["application"],
            "Application runs when the app process starts, before any screen is shown",
            "Application在应用进程启动时运行，早于任何界面",
        )
        for provider in app.providers:
            add(
                provider.name,
                PROVIDER,
                lifecycle["provider"],
                "ContentProviders are created at process start, before Application.onCreate",
                "ContentProvider在进程启动时创建，早于Application.onCreate",
            )
        broadcasts = self.knowledge.broadcasts
        for receiver in app.receivers:
            actions = [
                a for a in receiver.actions if a in broadcasts and broadcasts[a].reaches(app.min_sdk, app.target_sdk)
            ]
            if receiver.enabled and actions:
                add(
                    receiver.name,
                    RECEIVER,
                    lifecycle["receiver"],
                    f"the receiver runs on {', '.join(actions[:3])} without the user opening the app",
                    f"接收器在{'、'.join(actions[:3])}时运行，用户无需打开应用",
                )
        add(
            app.launcher_activity,
            LAUNCHER,
            lifecycle["activity"],
            "the launcher activity runs when the app is opened, before the user can agree",
            "启动页在应用打开时运行，早于用户同意",
        )
        return found

    # -- the walk --------------------------------------------------------------------------
    def _walk(self) -> None:
        callbacks = self.boundary.callback_ids
        queue: deque[int] = deque()
        for entry in self.entry_points:
            mid = entry.method.id
            if mid not in self._visits and mid not in callbacks:
                library = 1 if self.graph.is_library(self.code.method_class[mid]) else 0
                self._visits[mid] = _Visit(None, "entry", entry, 0, library)
                queue.append(mid)
        graph, code, limit = self.graph, self.code, self.model.library_depth
        while queue:
            mid = queue.popleft()
            visit = self._visits[mid]
            if visit.library_depth > limit:
                continue  # deep inside a general-purpose library: stop here
            guard = self._guard(mid)
            for edge in graph.edges(mid):
                if edge.slot in guard or edge.target in self._visits or edge.target in callbacks:
                    continue
                in_library = graph.is_library(code.method_class[edge.target])
                depth = visit.library_depth + 1 if in_library else 0
                self._visits[edge.target] = _Visit(mid, edge.kind, visit.entry, visit.depth + 1, depth)
                queue.append(edge.target)

    def _guard(self, mid: int) -> frozenset[int]:
        """Slots of ``mid`` that run only after a consent check said "agreed"."""
        if mid in self._guards:
            return self._guards[mid]
        checks = self.boundary.check_ids
        slots = [i.slot for i in self.boundary.inline_checks if i.method_id == mid]
        code = self.code
        if checks:
            for slot, (kind, value) in enumerate(self.graph.refs(mid)):
                if kind <= INVOKE_POLYMORPHIC and (value in checks or code._resolve_owner(value)[1] in checks):
                    slots.append(slot)
        guard = guarded_slots(self.app, mid, self.boundary, sorted(set(slots))) if slots else frozenset()
        self._guards[mid] = guard
        return guard

    # -- queries ------------------------------------------------------------------------------
    def runs_before_consent(self, method: MethodRef | str) -> bool:
        """True if the method (``MethodRef`` or ``package.Class.method``) is reachable before consent."""
        return any(m in self._visits for m in self._ids(method))

    def methods(self) -> list[MethodRef]:
        """Every app method reachable before consent, in walk order (nearest to an entry first)."""
        return [self.code.method(m) for m in self._visits]

    def path(self, method: MethodRef | str) -> list[str]:
        """Entry point → … → method, as ``package.Class.method`` steps (empty if not reachable)."""
        for mid in self._ids(method):
            if mid in self._visits:
                return list(self._path(mid))
        return []

    def entry_of(self, method: MethodRef | str) -> EntryPoint | None:
        for mid in self._ids(method):
            if mid in self._visits:
                return self._visits[mid].entry
        return None

    def calls_to(self, class_name: str, name: str | None = None) -> list[Site]:
        """Pre-consent invokes of ``class_name.name`` (any method of the class if name is None)."""
        target = descriptor(class_name)
        sites = []
        for mid, _slot, owner, callee in self._invokes():
            if self.code.types[owner] == target and (name is None or callee == name):
                what = f"{java_name(target).rsplit('.', 1)[-1]}.{callee}"
                sites.append(self._site(mid, what))
        return sites

    def _ids(self, method: MethodRef | str) -> list[int]:
        if isinstance(method, MethodRef):
            return [method.id]
        cls, name = split_api(method)
        return [m.id for m in self.code.find_methods(cls, name)]

    def _path(self, mid: int) -> tuple[str, ...]:
        steps: list[str] = []
        current: int | None = mid
        while current is not None:
            visit = self._visits[current]
            label = self.code.method(current).qualified
            if visit.kind == ASYNC:
                label += " (async)"
            elif visit.kind == START:
                label += " (started)"
            elif visit.kind == CLINIT:
                label += " (static init)"
            steps.append(label)
            current = visit.parent
        return tuple(reversed(steps))

    def _site(self, mid: int, what: str, **kwargs: object) -> Site:
        method = self.code.method(mid)
        return Site(
            what=what,
            method=method,
            path=self._path(mid) + (what,),
            entry=self._visits[mid].entry,
            sdk=self.app.sdk_of_class(method.class_desc),
            **kwargs,  # type: ignore[arg-type]
        )

    def _invokes(self) -> list[tuple[int, int, int, str]]:
        """(method, slot, resolved class type id, method name) of every unguarded pre-consent invoke."""
        return self._invoke_list

    @cached_property
    def _invoke_list(self) -> list[tuple[int, int, int, str]]:
        code = self.code
        resolve, names = code._resolve_owner, code.method_name
        found = []
        for mid in self._visits:
            guard = self._guards.get(mid, frozenset())
            for slot, (kind, value) in enumerate(self.graph.refs(mid)):
                if kind <= INVOKE_POLYMORPHIC and slot not in guard:
                    found.append((mid, slot, resolve(value)[0], names[value]))
        return found

    # -- what the rules report ---------------------------------------------------------------
    @cached_property
    def personal_info_sites(self) -> list[Site]:
        """Pre-consent collection of catalogued personal information (weak entries need corroboration)."""
        catalogue = self.knowledge.personal_info
        code = self.code
        reflection = {(descriptor(c), n) for c, n in map(split_api, self.model.reflection)}
        by_member: dict[str, list[PiApi]] = {}
        for (_cls, member), apis in catalogue.methods.items():
            by_member.setdefault(member, []).extend(apis)
        hits: dict[int, list[tuple[PiApi, str, str]]] = {}  # method → (api, via, shown)
        uses_reflection: set[int] = set()
        for mid, _slot, owner, name in self._invokes():
            cls = java_name(code.types[owner])
            for api in catalogue.methods.get((cls, name), ()):
                hits.setdefault(mid, []).append((api, "call", api.short))
            if (code.types[owner], name) in reflection:
                uses_reflection.add(mid)
        exact: dict[str, list[PiApi]] = {}
        prefixed: list[PiApi] = []
        for api in catalogue.strings:
            if api.prefix:
                prefixed.append(api)
            else:
                exact.setdefault(api.value, []).append(api)
        string_hits: dict[int, list[PiApi]] = {}  # string id → entries it matches (computed once)
        for mid in self._visits:
            guard = self._guards.get(mid, frozenset())
            refs = self.graph.refs(mid)
            method_strings = []
            for slot, (kind, value) in enumerate(refs):
                if slot in guard:
                    continue
                if kind == REF_SGET:
                    key = (java_name(code.types[code.field_class[value]]), code.field_name[value])
                    for api in catalogue.fields.get(key, ()):
                        hits.setdefault(mid, []).append((api, "field", api.short))
                elif kind == REF_STRING:
                    text = code.strings[value]
                    method_strings.append(text)
                    matched = string_hits.get(value)
                    if matched is None:
                        matched = string_hits[value] = exact.get(text, []) + [
                            a for a in prefixed if text.startswith(a.value)
                        ]
                    for api in matched:
                        hits.setdefault(mid, []).append((api, "string", f'"{text}"'))
            if mid in uses_reflection and method_strings:
                present = set(method_strings)
                reflected = set()
                for text in present:
                    for api in by_member.get(text, ()):
                        if api.class_name in present:
                            hits.setdefault(mid, []).append((api, "reflection", f"{api.short} (reflection)"))
                            reflected.add(text)
                if reflected:  # the method-name constant is the same call, not a second one
                    hits[mid] = [h for h in hits[mid] if not (h[1] == "string" and h[2].strip('"') in reflected)]
        sites = []
        benign = {descriptor(c) for c in self.model.benign_callers}
        for mid, found in hits.items():
            if code.types[code.method_class[mid]] in benign:
                continue
            # A weak entry (a call that is also common for harmless reasons) counts only when a strong
            # entry of the same data type appears in the same method, e.g. Settings.Secure.getString
            # together with the "android_id" constant.
            strong_types = {api.data_type for api, _, _ in found if not api.weak}
            seen: set[tuple[str, str]] = set()
            for api, via, shown in found:
                if api.weak and api.data_type not in strong_types:
                    continue
                if (api.id, shown) in seen:
                    continue
                seen.add((api.id, shown))
                data_type = catalogue.data_types.get(api.data_type)
                sites.append(self._site(mid, shown, via=via, data_type=data_type, api=api))
        return sorted(sites, key=lambda s: (len(s.path), s.what))

    @cached_property
    def permission_requests(self) -> list[Site]:
        """Pre-consent runtime permission requests, with the permissions named nearby."""
        code = self.code
        apis = {}
        for request in self.model.permission_requests:
            if request.needs_class and not any(
                code.has_class(c) or code.instantiations_of(c) for c in request.needs_class
            ):
                continue
            cls, name = split_api(request.api)
            apis[(descriptor(cls), name)] = request
        # A request helper (ActivityCompat …) calls the framework request itself: report the
        # app's call of the helper, not the helper's own call inside.
        helper_classes = {split_api(r.api)[0] for r in self.model.permission_requests}
        declared = {p.name for p in self.app.permissions}
        sites = []
        for mid, _slot, owner, name in self._invokes():
            request = apis.get((code.types[owner], name))
            if request is None:
                continue
            caller_class = java_name(code.types[code.method_class[mid]])
            if any(caller_class == h or caller_class.startswith(h + "$") for h in helper_classes):
                continue
            permissions = self._permissions_near(mid)
            if permissions and not declared.intersection(permissions):
                continue  # Android ignores requests for permissions the manifest does not declare
            permissions = tuple(p for p in permissions if p in declared) or permissions
            what = f"{request.api.rsplit('.', 2)[-2]}.{name}"
            sites.append(self._site(mid, what, permissions=permissions, library=request.library))
        return sorted(sites, key=lambda s: (len(s.path), s.what))

    def _permissions_near(self, mid: int) -> tuple[str, ...]:
        """Permission names in the requesting method (or the static initialisers of the classes whose
        fields it reads, where ``static final String[] PERMISSIONS`` arrays are built), else in its callers."""
        code = self.code
        current: int | None = mid
        for _ in range(4):
            if current is None:
                break
            sources = [current]
            for kind, value in self.graph.refs(current):
                if kind == REF_SGET:
                    sources += self.graph.method_named(code.field_class[value], "<clinit>")
            names = [
                s
                for source in dict.fromkeys(sources)
                for _, s in self.graph.strings(source)
                if s.startswith(("android.permission.", "com.android.permission."))
            ]
            if names:
                return tuple(dict.fromkeys(names))
            current = self._visits[current].parent
        return ()

    @cached_property
    def sdk_inits(self) -> list[Site]:
        """Pre-consent calls of SDK init entry points (not of their compliant pre-init methods)."""
        inits: dict[tuple[str, str], object] = {}
        for sdk in self.knowledge.sdks:
            consent = set(sdk.consent_methods)
            for method in sdk.init_methods:
                if method not in consent:
                    cls, name = split_api(method)
                    inits.setdefault((descriptor(cls), name), sdk)
        code = self.code
        detected = {m.sdk.id: m for m in self.app.sdks}
        sites = []
        for mid, _slot, owner, name in self._invokes():
            sdk = inits.get((code.types[owner], name))
            if sdk is None:
                continue
            what = f"{java_name(code.types[owner]).rsplit('.', 1)[-1]}.{name}"
            match = detected.get(sdk.id) or self.app.sdk_of_class(code.types[owner])
            sites.append(replace(self._site(mid, what), sdk=match, library=sdk.id))
        return sorted(sites, key=lambda s: (len(s.path), s.what))
