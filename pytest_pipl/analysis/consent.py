"""The consent boundary: which code runs only after the user agreed to the privacy policy.

Two kinds of gate:

- a **consent callback** runs when the user agrees (``SplashActivity.onAgree``,
  a method that stores the "agreed" flag): what is reachable only through it
  is post-consent;
- a **consent check** is a boolean that is true only after agreement
  (``PrivacyStore.isAgreed()``, ``prefs.getBoolean("privacy_agreed", false)``):
  code that runs only on its "agreed" branch is post-consent, so
  ``if (PrivacyStore.isAgreed(ctx)) initSdks();`` and the splash screen's
  ``if (!agreed) { showDialog(); return; }`` are not violations.

Gates come from configuration (``pipl_consent_checks`` / ``pipl_consent_callbacks``,
``--pipl-consent-check`` / ``--pipl-consent-callback``, the
``pytest_pipl_add_consent_gates`` hook).  Without configuration they are
guessed from method names and SharedPreferences / MMKV keys about privacy,
agree, consent, protocol, 隐私, 同意 — and every report says which gates it
used and why, so a user can correct them.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from ..app.code import CodeIndex, descriptor, java_name
from ..app.dex import INTERESTING, INVOKE_POLYMORPHIC, REF_SGET, REF_STRING
from ..app.model import App
from ..knowledge.android_model import AndroidModel, split_api
from ..knowledge.bundle import ConsentGate
from . import bytecode

CHECK, CALLBACK = "check", "callback"


@dataclass(frozen=True)
class Gate:
    """A method that marks the consent boundary, and why we believe it does."""

    method: str  # package.Class.method
    kind: str  # check | callback
    reason: str
    method_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class InlineCheck:
    """A preference read whose key is about consent, used directly as a condition."""

    method_id: int
    slot: int
    key: str
    api: str


@dataclass
class ConsentBoundary:
    gates: list[Gate] = field(default_factory=list)
    inline_checks: list[InlineCheck] = field(default_factory=list)
    configured: bool = False
    unresolved: list[str] = field(default_factory=list)  # configured methods the app does not define

    @property
    def checks(self) -> list[Gate]:
        return [g for g in self.gates if g.kind == CHECK]

    @property
    def callbacks(self) -> list[Gate]:
        return [g for g in self.gates if g.kind == CALLBACK]

    @cached_property
    def callback_ids(self) -> frozenset[int]:
        return frozenset(m for g in self.callbacks for m in g.method_ids)

    @cached_property
    def check_ids(self) -> frozenset[int]:
        return frozenset(m for g in self.checks for m in g.method_ids)

    @property
    def found(self) -> bool:
        return bool(self.gates or self.inline_checks)

    def describe(self, code: CodeIndex | None = None, lang: str = "en", limit: int = 4) -> str:
        """One paragraph: which boundary the analysis used, why, and how to correct it."""
        zh = lang == "zh"
        parts = []
        for gate in self.gates[:limit]:
            parts.append(
                f"{'检查' if zh else 'check'} {gate.method} ({gate.reason})"
                if gate.kind == CHECK
                else f"{'回调' if zh else 'callback'} {gate.method} ({gate.reason})"
            )
        for inline in self.inline_checks[: max(0, limit - len(parts))]:
            where = code.method(inline.method_id).qualified if code else str(inline.method_id)
            parts.append(f'{"检查" if zh else "check"} {inline.api}("{inline.key}") in {where}')
        more = len(self.gates) + len(self.inline_checks) - len(parts)
        if more > 0:
            parts.append(f"{more} more")
        if zh:
            if not parts:
                head = "同意边界：未找到（未配置，也未识别出同意检查或回调），从入口可达的全部代码均视为同意前执行"
            else:
                head = ("同意边界（配置）：" if self.configured else "同意边界（推断）：") + "；".join(parts)
            return head + "。可通过 pipl_consent_checks / pipl_consent_callbacks 指定。"
        if not parts:
            head = (
                "Consent boundary: none found (nothing configured, and no consent check or callback recognised), so "
                "everything reachable from the entry points counts as pre-consent"
            )
        else:
            head = (
                "Consent boundary (configured): " if self.configured else "Consent boundary (inferred): "
            ) + "; ".join(parts)
        return head + ". Correct it with pipl_consent_checks / pipl_consent_callbacks."

    def to_dict(self, code: CodeIndex | None = None) -> dict[str, object]:
        return {
            "configured": self.configured,
            "checks": [{"method": g.method, "reason": g.reason} for g in self.checks],
            "callbacks": [{"method": g.method, "reason": g.reason} for g in self.callbacks],
            "inline_checks": [
                {"method": code.method(i.method_id).qualified if code else i.method_id, "api": i.api, "key": i.key}
                for i in self.inline_checks
            ],
            "unresolved": list(self.unresolved),
        }


def _method_ids(code: CodeIndex, qualified: str) -> list[int]:
    cls, name = split_api(qualified)
    return [m.id for m in code.find_methods(cls, name) if code.is_defined(m.id)]


def find_boundary(app: App, model: AndroidModel, configured: Iterable[ConsentGate] = ()) -> ConsentBoundary:
    """The gates to use: the configured ones if any, otherwise the ones the heuristics recognise."""
    configured = list(configured)
    code = app.code
    if configured:
        boundary = ConsentBoundary(configured=True)
        for gate in configured:
            ids = _method_ids(code, gate.method)
            if not ids and gate.kind == CHECK:
                cls, name = split_api(gate.method)
                fields = set(code._fields_by_key.get(f"{descriptor(cls)}->{name}", ()))
                boundary.inline_checks += _field_checks(code, fields)
                if fields:
                    continue
            if not ids:
                boundary.unresolved.append(gate.method)
                continue
            source = {"configuration": "configured", "conftest": "configured by a conftest hook"}.get(
                gate.source, gate.source
            )
            boundary.gates.append(Gate(gate.method, gate.kind, source, tuple(ids)))
        return boundary
    return _inferred(app, model)


def _inferred(app: App, model: AndroidModel) -> ConsentBoundary:
    """Gates guessed from method names and from preference keys about consent, in the app's own code.

    Only names containing a consent-like word are matched against the full
    patterns, and only methods that load a consent-like string are scanned for
    preference reads and writes, so this stays cheap on apps with 100k methods.
    """
    code = app.code
    boundary = ConsentBoundary()
    reads = {(descriptor(c), n) for c, n in map(split_api, model.preference_reads)}
    writes = {(descriptor(c), n) for c, n in map(split_api, model.preference_writes)}
    app_owned: dict[int, bool] = {}

    def own(mid: int) -> bool:
        t = code.method_class[mid]
        if t not in app_owned:
            app_owned[t] = app.sdk_of_class(code.types[t]) is None
        return app_owned[t]

    # One regex scan over all names joined by newlines finds the few consent-like ones.
    joined = "\n".join({code.method_name[m] for m in code.dm_method})
    hinted = set(model.name_hint_lines.findall(joined))
    candidates = {
        n
        for n in hinted
        if (model.check_name.search(n) or model.check_name_contains.search(n) or model.callback_name.search(n))
        and not model.exclude_name.search(n)
    }
    checks: dict[int, str] = {}
    callbacks: dict[int, str] = {}
    for mid in code.dm_method:
        name = code.method_name[mid]
        if name not in candidates or not own(mid):
            continue
        proto = code.method_proto[mid]
        if proto.endswith(")Z") and (model.check_name.search(name) or model.check_name_contains.search(name)):
            checks[mid] = "heuristic: a boolean method named like a consent check"
        elif proto.endswith(")V") and model.callback_name.search(name):
            callbacks[mid] = "heuristic: named like a consent callback"
    for mid in _methods_loading(
        code, {i for i, s in enumerate(code.strings) if len(s) < 80 and model.consent_key.search(s)}
    ):
        if not own(mid) or model.exclude_name.search(code.method_name[mid]):
            continue
        key_read, key_written = _preference_keys(code, mid, model, reads, writes)
        proto = code.method_proto[mid]
        for slot, key, api in key_read:
            if proto.endswith(")Z") and mid not in checks:
                checks[mid] = f'heuristic: returns the preference "{key}"'
            boundary.inline_checks.append(InlineCheck(mid, slot, key, api))
        if key_written and mid not in callbacks and mid not in checks:
            callbacks[mid] = f'heuristic: stores the preference "{key_written[0]}"'
    flags = {
        f
        for f in range(len(code.field_name))
        if code.types[code.field_type[f]] == "Z"
        and model.consent_key.search(code.field_name[f])
        and not model.exclude_name.search(code.field_name[f])
    }
    boundary.inline_checks += _field_checks(code, flags)
    for mid, reason in checks.items():
        boundary.gates.append(Gate(code.method(mid).qualified, CHECK, reason, (mid,)))
    for mid, reason in callbacks.items():
        boundary.gates.append(Gate(code.method(mid).qualified, CALLBACK, reason, (mid,)))
    return boundary


def _field_checks(code: CodeIndex, fields: set[int]) -> list[InlineCheck]:
    """Reads of static boolean fields (``if (App.sPrivacyAgreed)``) used as consent checks."""
    if not fields:
        return []
    values, checks = code.ref_value, []
    positions = [i for i in code.ref_positions(REF_SGET) if values[i] in fields]
    for i in positions:
        row = bisect_right(code.ref_start, i) - 1
        field = values[i]
        name = f"{java_name(code.types[code.field_class[field]]).rsplit('.', 1)[-1]}.{code.field_name[field]}"
        checks.append(InlineCheck(code.dm_method[row], i - code.ref_start[row], code.field_name[field], name))
    return checks


def _methods_loading(code: CodeIndex, string_ids: set[int]) -> list[int]:
    """Defined methods that load any of ``string_ids`` (in DEX order, each once)."""
    if not string_ids:
        return []
    values = code.ref_value
    positions = [i for i in code.ref_positions(REF_STRING) if values[i] in string_ids]
    return [code.dm_method[row] for row in code.ref_rows(positions)]


def _preference_keys(
    code: CodeIndex, mid: int, model: AndroidModel, reads: set[tuple[str, str]], writes: set[tuple[str, str]]
) -> tuple[list[tuple[int, str, str]], list[str]]:
    """Consent-like keys this method reads (slot of the read, key, API) or writes."""
    row = code._defined_row.get(mid)
    if row is None:
        return [], []
    lo, hi = code.ref_start[row], code.ref_start[row + 1]
    last_key: tuple[int, str] | None = None
    read, written = [], []
    for slot, (kind, value) in enumerate(zip(code.ref_kind[lo:hi], code.ref_value[lo:hi])):
        if kind == REF_STRING:
            text = code.strings[value]
            last_key = (slot, text) if len(text) < 80 and model.consent_key.search(text) else last_key
            continue
        if kind > INVOKE_POLYMORPHIC or last_key is None or slot - last_key[0] > 4:
            continue
        target = (code.types[code._resolve_owner(value)[0]], code.method_name[value])
        api = f"{java_name(target[0]).rsplit('.', 1)[-1]}.{target[1]}"
        if target in reads or _boolean_getter(code, value, model):
            read.append((slot, last_key[1], api))
            last_key = None
        elif target in writes or _setter(code, value, model):
            written.append(last_key[1])
            last_key = None
    return read, written


def _boolean_getter(code: CodeIndex, mid: int, model: AndroidModel) -> bool:
    """A boolean getter such as an app's own ``SpUtils.getBoolean(ctx, key, def)`` wrapper."""
    return code.method_proto[mid].endswith(")Z") and bool(model.getter_name.search(code.method_name[mid]))


def _setter(code: CodeIndex, mid: int, model: AndroidModel) -> bool:
    """A setter such as an app's own ``SpUtils.putBoolean(ctx, key, true)`` wrapper."""
    return bool(model.setter_name.search(code.method_name[mid]))


def guarded_slots(app: App, mid: int, boundary: ConsentBoundary, check_slots: list[int]) -> frozenset[int]:
    """Reference slots of ``mid`` that run only on the "agreed" side of a consent check.

    ``check_slots`` are the slots of the invokes that are consent checks.  The
    method's control-flow graph is decoded from the DEX; the edges leaving each
    check's conditional branch towards the "agreed" side are removed, and every
    block no longer reachable from the method's entry is post-consent.
    """
    code = app.code
    row = code._defined_row[mid]
    code_off = code.dm_code_off[row]
    if not code_off:
        return frozenset()
    dex_name = code.dex_names[code.class_dex[code.dm_class[row]]]
    try:
        method = bytecode.decode(app.dex_bytes(dex_name), code_off)
    except Exception:  # unreadable bytecode: treat nothing as guarded (the conservative side)
        return frozenset()
    refs = [i for i in method.instructions if i.op in INTERESTING]
    if len(refs) != code.ref_start[row + 1] - code.ref_start[row]:
        return frozenset()
    index_of = {id(ins): n for n, ins in enumerate(method.instructions)}
    removed: set[tuple[int, int]] = set()
    for slot in check_slots:
        edge = _agreed_edge(method, index_of[id(refs[slot])])
        if edge is not None:
            removed.add(edge)
    if not removed:
        return frozenset()
    reachable: set[int] = set()
    todo = [method.instructions[0].pc]
    while todo:
        start = todo.pop()
        if start in reachable or start not in method.blocks:
            continue
        reachable.add(start)
        todo += [s for s in method.blocks[start].successors if (start, s) not in removed]
    post_pcs = {
        ins.pc for start, block in method.blocks.items() if start not in reachable for ins in block.instructions
    }
    return frozenset(n for n, ins in enumerate(refs) if ins.pc in post_pcs)


def _agreed_edge(method: bytecode.MethodCode, at: int) -> tuple[int, int] | None:
    """(block start, successor pc) leaving towards the branch where the check at instruction ``at`` was true.

    The check is an invoke followed by ``move-result``, or a read of a static boolean field.
    """
    instructions = method.instructions
    if instructions[at].op == bytecode.SGET_BOOLEAN:
        tracked, first = {instructions[at].a: False}, at + 1
    elif at + 1 < len(instructions) and instructions[at + 1].op == bytecode.MOVE_RESULT:
        tracked, first = {instructions[at + 1].a: False}, at + 2  # register → negated?
    else:
        return None
    for n in range(first, min(first + 10, len(instructions))):
        ins = instructions[n]
        if ins.op in bytecode.MOVES and ins.b in tracked:
            tracked[ins.a] = tracked[ins.b]
        elif ins.op == bytecode.XOR_LIT8 and ins.b in tracked and ins.index == 1:
            tracked[ins.a] = not tracked[ins.b]
        elif ins.op in (bytecode.IF_EQZ, bytecode.IF_NEZ) and ins.a in tracked:
            negated = tracked[ins.a]
            fallthrough = instructions[n + 1].pc if n + 1 < len(instructions) else None
            jumps_when_true = (ins.op == bytecode.IF_NEZ) != negated
            agreed = ins.targets[0] if jumps_when_true else fallthrough
            if agreed is None:
                return None
            return method.block_of(ins.pc), agreed
        elif ins.targets or ins.op in bytecode.RETURNS:
            return None
    return None
