#!/usr/bin/env python3
"""Sanity checks for pytest_pipl/knowledge/data/personal_info.json (the PI API catalogue).

Usage: python tools/check_personal_info.py [path/to/personal_info.json] [-q]

Prints one line per problem and a summary (entries per data type and per kind).
Exit status: 0 when no problems were found, 1 otherwise.  Warnings (lines starting
with "warning:") never change the exit status.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "pytest_pipl" / "knowledge" / "data"
DEFAULT_PATH = DATA_DIR / "personal_info.json"
AOSP_PERMISSIONS = DATA_DIR / "permissions_aosp.json"

KINDS = {"method", "field", "string", "uri"}
MATCHES = {"exact", "prefix"}
SENSITIVITIES = {"sensitive", "identifier", "personal", "device"}
PERMISSION_PREFIXES = ("android.permission.", "com.android.permission.")
# Data-type ids the engine expects (extra ids are allowed but reported as info).
BASE_TYPES = [
    "imei",
    "meid",
    "imsi",
    "iccid",
    "serial",
    "android_id",
    "oaid",
    "gaid",
    "mac",
    "bluetooth_mac",
    "ssid_bssid",
    "wifi_scan",
    "ip",
    "location",
    "cell_info",
    "installed_apps",
    "running_apps",
    "clipboard",
    "contacts",
    "call_log",
    "sms",
    "calendar",
    "photos_media",
    "camera",
    "microphone",
    "accounts",
    "sensors",
    "bluetooth",
    "phone_number",
    "carrier",
    "network_type",
    "device_model",
    "os_version",
    "screen",
    "app_usage",
    "face",
    "fingerprint",
    "id_card",
    "payment_account",
    "crash_log",
    "body_sensors",
    "activity_recognition",
    "nearby_devices",
]

ID_RE = re.compile(r"^[a-z0-9]+(?:_[a-z0-9]+)*$")
# Java binary name: dotted package, classes may use $ for nesting.
CLASS_RE = re.compile(r"^[A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*(?:\$[\w]+)*$")
MEMBER_RE = re.compile(r"^(?:<init>|<clinit>|[A-Za-z_$][\w$]*)$")
# DEX method prototype: (params)return
PROTO_RE = re.compile(r"^\((?:\[*(?:[ZBSCIJFD]|L[^;]+;))*\)\[*(?:[VZBSCIJFD]|L[^;]+;)$")


def load_aosp_permissions() -> set[str] | None:
    try:
        return set(json.loads(AOSP_PERMISSIONS.read_text(encoding="utf-8"))["permissions"])
    except (OSError, ValueError, KeyError):
        return None


def check(doc: dict) -> tuple[list[str], list[str], dict]:
    problems: list[str] = []
    warnings: list[str] = []
    aosp = load_aosp_permissions()

    def check_permission(where: str, perm) -> None:
        if perm is None:
            return
        if not isinstance(perm, str) or not perm.startswith(PERMISSION_PREFIXES):
            problems.append(
                f"{where}: permission {perm!r} does not start with android.permission. or com.android.permission."
            )
            return
        if (
            aosp is not None
            and perm.startswith("android.permission.")
            and perm not in aosp
            and not perm.startswith("android.permission.health.")
        ):
            warnings.append(f"{where}: permission {perm} not found in permissions_aosp.json")

    if not isinstance(doc, dict):
        return ["top level is not a JSON object"], warnings, {}
    if not isinstance(doc.get("description"), str) or not doc.get("description"):
        problems.append("missing top-level 'description'")
    types = doc.get("data_types")
    apis = doc.get("apis")
    if not isinstance(types, list) or not isinstance(apis, list):
        problems.append("'data_types' and 'apis' must be lists")
        return problems, warnings, {}

    # ---- data types ----
    type_ids: set[str] = set()
    for i, t in enumerate(types):
        tid = t.get("id") if isinstance(t, dict) else None
        where = f"data_types[{i}] {tid!r}"
        if not isinstance(t, dict) or not isinstance(tid, str) or not tid:
            problems.append(f"{where}: missing id")
            continue
        if tid in type_ids:
            problems.append(f"{where}: duplicate data type id")
        type_ids.add(tid)
        if not ID_RE.match(tid):
            problems.append(f"{where}: id is not snake_case")
        name = t.get("name") or {}
        if not (isinstance(name, dict) and name.get("en") and name.get("zh")):
            problems.append(f"{where}: name needs both 'en' and 'zh'")
        if t.get("sensitivity") not in SENSITIVITIES:
            problems.append(f"{where}: sensitivity {t.get('sensitivity')!r} not one of {sorted(SENSITIVITIES)}")
        if not isinstance(t.get("immutable"), bool):
            problems.append(f"{where}: 'immutable' must be true/false")
        perms = t.get("permissions")
        if not isinstance(perms, list):
            problems.append(f"{where}: 'permissions' must be a list")
        else:
            for p in perms:
                check_permission(where, p)
        terms = t.get("policy_terms") or {}
        umbrella = t.get("umbrella_terms") or {}
        for lang in ("zh", "en"):
            lst = terms.get(lang) if isinstance(terms, dict) else None
            if not lst or not all(isinstance(x, str) and x.strip() for x in lst):
                problems.append(f"{where}: no {lang} policy_terms")
                continue
            if len(set(lst)) != len(lst):
                dups = sorted(x for x, n in Counter(lst).items() if n > 1)
                warnings.append(f"{where}: duplicate {lang} policy_terms {dups}")
            ulst = umbrella.get(lang, []) if isinstance(umbrella, dict) else []
            if not isinstance(ulst, list):
                problems.append(f"{where}: umbrella_terms.{lang} must be a list")
                continue
            both = sorted(set(x.casefold() for x in lst) & set(x.casefold() for x in ulst))
            if both:
                problems.append(f"{where}: term(s) {both} are both policy_terms and umbrella_terms ({lang})")
    for missing in sorted(set(BASE_TYPES) - type_ids):
        problems.append(f"data type {missing!r} from the engine's id list is missing")
    for extra in sorted(type_ids - set(BASE_TYPES)):
        warnings.append(f"extra data type {extra!r} (not in the engine's base id list)")

    # ---- apis ----
    api_ids: set[str] = set()
    per_type: Counter = Counter()
    per_kind: Counter = Counter()
    signatures: Counter = Counter()
    for i, a in enumerate(apis):
        aid = a.get("id") if isinstance(a, dict) else None
        where = f"apis[{i}] {aid!r}"
        if not isinstance(a, dict) or not isinstance(aid, str) or not aid:
            problems.append(f"{where}: missing id")
            continue
        if aid in api_ids:
            problems.append(f"{where}: duplicate api id")
        api_ids.add(aid)
        if not ID_RE.match(aid):
            problems.append(f"{where}: id is not snake_case")
        kind = a.get("kind")
        if kind not in KINDS:
            problems.append(f"{where}: kind {kind!r} not one of {sorted(KINDS)}")
        dt = a.get("data_type")
        if dt not in type_ids:
            problems.append(f"{where}: unknown data_type {dt!r}")
        else:
            per_type[dt] += 1
        per_kind[kind] += 1
        check_permission(where, a.get("permission"))
        if not a.get("source"):
            problems.append(f"{where}: missing source")
        for key in ("min_api", "max_api"):
            v = a.get(key)
            if v is not None and (not isinstance(v, int) or isinstance(v, bool) or not 1 <= v <= 40):
                problems.append(f"{where}: {key} {v!r} is not an API level")
        if isinstance(a.get("min_api"), int) and isinstance(a.get("max_api"), int) and a["min_api"] > a["max_api"]:
            problems.append(f"{where}: min_api {a['min_api']} > max_api {a['max_api']}")
        if "weak" in a and not isinstance(a["weak"], bool):
            problems.append(f"{where}: 'weak' must be true/false")

        if kind in ("method", "field"):
            cls, member = a.get("class"), a.get("member")
            if not cls or not isinstance(cls, str):
                problems.append(f"{where}: {kind} entry without class")
            elif not CLASS_RE.match(cls):
                problems.append(f"{where}: class {cls!r} is not a Java binary name (use dots and $ for inner classes)")
            else:
                parts = cls.split("$")[0].split(".")
                # an upper-case segment followed by more segments = inner class written with '.'
                if any(p[:1].isupper() for p in parts[:-1]):
                    problems.append(f"{where}: class {cls!r} looks like an inner class written with '.' (use '$')")
            if not member or not isinstance(member, str):
                problems.append(f"{where}: {kind} entry without member")
            elif not MEMBER_RE.match(member):
                problems.append(f"{where}: member {member!r} is not a Java identifier")
            proto = a.get("proto")
            if proto is not None:
                if kind == "field":
                    problems.append(f"{where}: field entries take no proto")
                elif not isinstance(proto, str) or not PROTO_RE.match(proto):
                    problems.append(f"{where}: proto {proto!r} is not a DEX prototype like (I)Ljava/lang/String;")
            if a.get("value") not in (None, ""):
                warnings.append(f"{where}: {kind} entry has a value (ignored)")
            signatures[(kind, cls, member, proto)] += 1
        elif kind in ("string", "uri"):
            value = a.get("value")
            if not isinstance(value, str) or not value:
                problems.append(f"{where}: {kind} entry without value")
            elif value != value.strip():
                problems.append(f"{where}: value {value!r} has surrounding whitespace")
            if a.get("match", "exact") not in MATCHES:
                problems.append(f"{where}: match {a.get('match')!r} not one of {sorted(MATCHES)}")
            if kind == "uri" and isinstance(value, str) and not value.startswith("content://"):
                problems.append(f"{where}: uri value {value!r} does not start with content://")
            if a.get("member"):
                warnings.append(f"{where}: {kind} entry has a member (ignored)")
            signatures[(kind, value, a.get("match", "exact"))] += 1

    for sig, n in signatures.items():
        if n > 1:
            problems.append(f"the same matcher appears {n} times: {sig}")
    for tid in sorted(type_ids):
        if per_type[tid] == 0:
            problems.append(f"data type {tid!r} has no apis")

    summary = {"types": len(types), "apis": len(apis), "per_type": per_type, "per_kind": per_kind}
    return problems, warnings, summary


def main(argv: list[str]) -> int:
    quiet = "-q" in argv
    args = [a for a in argv if a != "-q"]
    path = Path(args[0]) if args else DEFAULT_PATH
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        print(f"cannot load {path}: {exc}")
        return 1
    problems, warnings, summary = check(doc)
    for p in problems:
        print(p)
    if not quiet:
        for w in warnings:
            print("warning:", w)
    if summary:
        print(f"{path}: {summary['types']} data types, {summary['apis']} api entries")
        if not quiet:
            print("per kind: " + ", ".join(f"{k}={n}" for k, n in sorted(summary["per_kind"].items(), key=str)))
            print("per data type: " + ", ".join(f"{k}={n}" for k, n in sorted(summary["per_type"].items())))
    print(f"{len(problems)} problem(s), {len(warnings)} warning(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
