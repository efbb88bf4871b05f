"""How Android runs app code without an explicit call (``data/android_model.json``).

Lifecycle methods per component kind, asynchronous hand-offs (``Thread.start``
→ ``run``), component starts, runtime permission requests, reflection APIs,
and the name and preference-key patterns that usually mark a consent
boundary.  The pre-consent call graph reads this instead of hard-coding it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from . import load_json


def split_api(qualified: str) -> tuple[str, str]:
    """``android.app.Activity.requestPermissions`` → (``android.app.Activity``, ``requestPermissions``)."""
    cls, _, member = qualified.rpartition(".")
    return cls, member


@dataclass(frozen=True)
class Handoff:
    """A framework call after which the framework calls back into app objects."""

    class_name: str
    methods: tuple[str, ...]
    receiver_callbacks: tuple[str, ...]  # called on the (app-class) object the call is made on
    argument_callbacks: tuple[str, ...]  # called on app objects created in the calling method


@dataclass(frozen=True)
class PermissionRequestApi:
    api: str
    library: str
    needs_class: tuple[str, ...] = ()  # e.g. the RequestPermission contract for ActivityResultLauncher.launch


@dataclass(frozen=True)
class AndroidModel:
    lifecycle: dict[str, tuple[str, ...]]
    handoffs: tuple[Handoff, ...]
    always_run: tuple[tuple[str, tuple[str, ...]], ...]  # (superclass, callbacks)
    component_starts: dict[str, tuple[str, ...]]  # component kind → start APIs
    permission_requests: tuple[PermissionRequestApi, ...]
    reflection: tuple[str, ...]
    check_name: re.Pattern[str]
    check_name_contains: re.Pattern[str]
    callback_name: re.Pattern[str]
    exclude_name: re.Pattern[str]  # disagree / reject / withdraw: never a consent gate
    name_hint: re.Pattern[str]  # every consent-like name contains one of these words
    name_hint_lines: re.Pattern[str]  # the same, matching whole lines of newline-joined names
    getter_name: re.Pattern[str]  # boolean getters (preference wrappers) that read a consent key
    setter_name: re.Pattern[str]  # setters (preference wrappers) that store a consent key
    consent_key: re.Pattern[str]
    preference_reads: tuple[str, ...]
    preference_writes: tuple[str, ...]
    benign_callers: dict[str, str]  # library class → why its catalogued calls are not collection
    library_packages: tuple[str, ...]  # general-purpose libraries: walked shallowly, no call expansion
    library_depth: int


@cache
def android_model() -> AndroidModel:
    data = load_json("android_model.json")
    consent = data["consent"]
    return AndroidModel(
        lifecycle={kind: tuple(names) for kind, names in data["lifecycle"].items()},
        handoffs=tuple(
            Handoff(
                h["class"],
                tuple(h["methods"]),
                tuple(h.get("receiver_callbacks", ())),
                tuple(h.get("argument_callbacks", ())),
            )
            for h in data["handoffs"]
        ),
        always_run=tuple((a["extends"], tuple(a["callbacks"])) for a in data["always_run"]),
        component_starts={kind: tuple(apis) for kind, apis in data["component_starts"].items()},
        permission_requests=tuple(
            PermissionRequestApi(p["api"], p["library"], tuple(p.get("needs_class", ())))
            for p in data["permission_requests"]
        ),
        reflection=tuple(data["reflection"]),
        check_name=re.compile(consent["check_name"]),
        check_name_contains=re.compile(consent["check_name_contains"]),
        callback_name=re.compile(consent["callback_name"]),
        exclude_name=re.compile(consent["exclude_name"]),
        name_hint=re.compile(consent["name_hint"]),
        getter_name=re.compile(consent["getter_name"]),
        setter_name=re.compile(consent["setter_name"]),
        name_hint_lines=re.compile(r"(?im)^.*(?:" + consent["name_hint"].removeprefix("(?i)") + r").*$"),
        consent_key=re.compile(consent["key"]),
        preference_reads=tuple(consent["preference_reads"]),
        preference_writes=tuple(consent["preference_writes"]),
        benign_callers={b["class"]: b["reason"] for b in data.get("benign_callers", ())},
        library_packages=tuple(data["library_namespaces"]["packages"]),
        library_depth=int(data["library_namespaces"]["depth"]),
    )
