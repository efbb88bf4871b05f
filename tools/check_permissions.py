"""Consistency check for the two Android permission knowledge files.

    pytest_pipl/knowledge/data/permission_usage.json   which code uses a permission
    pytest_pipl/knowledge/data/permissions.json        names, policy terms, data types

Prints one line per problem and exits 1 if there is any, 0 otherwise.

Run:  python tools/check_permissions.py
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "pytest_pipl" / "knowledge" / "data"

# Data-type ids are defined by the personal-information catalogue; permissions may only refer to those.
DATA_TYPES = frozenset(t["id"] for t in json.loads((DATA / "personal_info.json").read_text("utf-8"))["data_types"])

# Permissions both files must cover besides the AOSP dangerous ones.
EXTRA_BOTH = ("com.android.permission.GET_INSTALLED_APPS", "android.permission.QUERY_ALL_PACKAGES")
# Permissions permissions.json must cover besides dangerous and special ones.
EXTRA_NAMES = (
    "android.permission.RECEIVE_BOOT_COMPLETED",
    "android.permission.ACCESS_WIFI_STATE",
    "android.permission.CHANGE_WIFI_STATE",
    "android.permission.BLUETOOTH",
    "android.permission.ACCESS_NETWORK_STATE",
    "android.permission.INTERNET",
    "android.permission.GET_TASKS",
    "android.permission.FOREGROUND_SERVICE",
    "android.permission.VIBRATE",
    "android.permission.WAKE_LOCK",
)

_ID = r"[A-Za-z_$][A-Za-z0-9_$]*"
# package.Class[$Inner].member: at least one lower-case package segment, the class segment starts with a capital.
CLASS_MEMBER = re.compile(rf"^(?:[a-z_][a-z0-9_]*\.)+[A-Z][A-Za-z0-9_]*(?:\${_ID})*\.(?:<init>|{_ID})$")
ACTION = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+$")
PERMISSION_NAME = re.compile(r"^[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)*\.permission\.[A-Z0-9_]+$")
USAGE_KEYS = {
    "apis",
    "fields",
    "strings",
    "strings_prefix",
    "receiver_actions",
    "static_evidence",
    "note",
    "sources",
    "examples",  # the evidence a message names first (most familiar APIs)
}
NAME_KEYS = {
    "name",
    "os_label_zh",
    "group",
    "policy_terms",
    "umbrella_terms",
    "data_types",
    "sensitive",
    "tc260_name",
    "aosp_label_zh",
    "sensitive_conditional",
    "guards",
    "note",
}


def load(name: str, problems: list[str]) -> dict:
    path = DATA / name
    try:
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
    except (OSError, ValueError) as exc:
        problems.append(f"{name}: cannot load: {exc}")
        return {}
    canonical = json.dumps(data, indent=1, ensure_ascii=False, sort_keys=True) + "\n"
    if text != canonical:
        problems.append(f"{name}: not in canonical form (UTF-8, indent=1, ensure_ascii=False, sort_keys=True)")
    if not isinstance(data.get("description"), str) or not data["description"].strip():
        problems.append(f"{name}: missing description")
    if not isinstance(data.get("permissions"), dict):
        problems.append(f"{name}: 'permissions' must be an object")
        data["permissions"] = {}
    return data


def aosp_classes() -> tuple[list[str], list[str]]:
    perms = json.loads((DATA / "permissions_aosp.json").read_text(encoding="utf-8"))["permissions"]
    dangerous = sorted(k for k, v in perms.items() if v.get("protection") == "dangerous")
    special = sorted(k for k, v in perms.items() if v.get("protection") == "special")
    return dangerous, special


def check_usage(usage: dict, dangerous: list[str], problems: list[str]) -> None:
    perms = usage["permissions"]
    for name in dangerous + list(EXTRA_BOTH):
        if name not in perms:
            problems.append(f"permission_usage.json: {name} missing")
    for name, entry in sorted(perms.items()):
        where = f"permission_usage.json: {name}"
        if not PERMISSION_NAME.match(name):
            problems.append(f"{where}: not a permission name")
        if not isinstance(entry, dict):
            problems.append(f"{where}: entry must be an object")
            continue
        for key in sorted(set(entry) - USAGE_KEYS):
            problems.append(f"{where}: unknown key {key!r}")
        evidence = entry.get("static_evidence")
        if evidence not in ("strong", "weak"):
            problems.append(f"{where}: static_evidence must be 'strong' or 'weak', not {evidence!r}")
        if not isinstance(entry.get("note"), str) or not entry["note"].strip():
            problems.append(f"{where}: empty note")
        if not entry.get("sources"):
            problems.append(f"{where}: no sources")
        total = 0
        for key, pattern, what in (
            ("apis", CLASS_MEMBER, "Class.method"),
            ("fields", CLASS_MEMBER, "Class.FIELD"),
            ("receiver_actions", ACTION, "dotted action"),
        ):
            values = entry.get(key, [])
            if not isinstance(values, list):
                problems.append(f"{where}: {key} must be a list")
                continue
            total += len(values)
            if len(values) != len(set(values)):
                problems.append(f"{where}: duplicate {key}")
            for value in values:
                if not isinstance(value, str) or not pattern.match(value):
                    problems.append(f"{where}: {key} entry not in {what} form: {value!r}")
                elif key == "apis" and value.rsplit(".", 1)[-1][:1].isupper():
                    problems.append(f"{where}: api looks like a class or field, not a method: {value!r}")
        strings = entry.get("strings", [])
        if not isinstance(strings, list):
            problems.append(f"{where}: strings must be a list")
            strings = []
        total += len(strings)
        if strings and not isinstance(entry.get("strings_prefix"), bool):
            problems.append(f"{where}: strings given but strings_prefix is not a boolean")
        if len(strings) != len(set(strings)):
            problems.append(f"{where}: duplicate strings")
        for value in strings:
            if not isinstance(value, str) or len(value.strip()) < 4:
                problems.append(f"{where}: string too short to be evidence: {value!r}")
            elif PERMISSION_NAME.match(value):
                problems.append(f"{where}: permission names are handled by the engine, do not list {value!r}")
        if evidence == "strong" and total == 0:
            problems.append(f"{where}: static_evidence 'strong' but no evidence listed")


def check_names(names: dict, dangerous: list[str], special: list[str], problems: list[str]) -> None:
    perms = names["permissions"]
    for name in dangerous + special + list(EXTRA_BOTH) + list(EXTRA_NAMES):
        if name not in perms:
            problems.append(f"permissions.json: {name} missing")
    for name, entry in sorted(perms.items()):
        where = f"permissions.json: {name}"
        if not PERMISSION_NAME.match(name):
            problems.append(f"{where}: not a permission name")
        if not isinstance(entry, dict):
            problems.append(f"{where}: entry must be an object")
            continue
        for key in sorted(set(entry) - NAME_KEYS):
            problems.append(f"{where}: unknown key {key!r}")
        display = entry.get("name") or {}
        for lang in ("zh", "en"):
            if not isinstance(display.get(lang), str) or not display[lang].strip():
                problems.append(f"{where}: name.{lang} empty")
        if not isinstance(entry.get("os_label_zh"), str) or not entry["os_label_zh"].strip():
            problems.append(f"{where}: os_label_zh empty (use '—' when the OS shows none)")
        if not isinstance(entry.get("sensitive"), bool):
            problems.append(f"{where}: sensitive must be a boolean")
        if "group" not in entry or not (entry["group"] is None or isinstance(entry["group"], str)):
            problems.append(f"{where}: group must be a string or null")
        if "tc260_name" not in entry or not (entry["tc260_name"] is None or isinstance(entry["tc260_name"], str)):
            problems.append(f"{where}: tc260_name must be a string or null")
        terms = entry.get("policy_terms") or {}
        umbrella = entry.get("umbrella_terms") or {}
        if not terms.get("zh"):
            problems.append(f"{where}: empty policy_terms.zh")
        if not terms.get("en"):
            problems.append(f"{where}: empty policy_terms.en")
        for label, block in (("policy_terms", terms), ("umbrella_terms", umbrella)):
            for lang in ("zh", "en"):
                values = block.get(lang, [])
                if not isinstance(values, list) or not all(isinstance(v, str) and v.strip() for v in values):
                    problems.append(f"{where}: {label}.{lang} must be a list of non-empty strings")
                    continue
                if len(values) != len(set(values)):
                    problems.append(f"{where}: duplicate {label}.{lang}")
        for lang in ("zh", "en"):
            both = set(terms.get(lang, [])) & set(umbrella.get(lang, []))
            for term in sorted(both):
                problems.append(f"{where}: {term!r} is both a policy term and an umbrella term")
        types = entry.get("data_types")
        if not isinstance(types, list):
            problems.append(f"{where}: data_types must be a list")
            types = []
        for value in types:
            if value not in DATA_TYPES:
                problems.append(f"{where}: unknown data type id {value!r}")
        guards = entry.get("guards")
        if guards is not None and guards not in types:
            problems.append(f"{where}: guards {guards!r} must be one of its data_types")
    seen: set[tuple[str, str]] = set()
    for item in names.get("umbrella_terms", []):
        term, lang = item.get("term"), item.get("lang")
        where = f"permissions.json: umbrella term {term!r}"
        if not isinstance(term, str) or not term.strip():
            problems.append("permissions.json: umbrella term without text")
            continue
        if lang not in ("zh", "en"):
            problems.append(f"{where}: lang must be 'zh' or 'en'")
        if (term, lang) in seen:
            problems.append(f"{where}: listed twice")
        seen.add((term, lang))
        covers = item.get("covers")
        if not covers:
            problems.append(f"{where}: covers nothing")
        for value in covers or []:
            if value not in DATA_TYPES:
                problems.append(f"{where}: unknown data type id {value!r}")


def main() -> int:
    problems: list[str] = []
    dangerous, special = aosp_classes()
    usage = load("permission_usage.json", problems)
    names = load("permissions.json", problems)
    if usage:
        check_usage(usage, dangerous, problems)
    if names:
        check_names(names, dangerous, special, problems)
    for line in problems:
        print(line)
    if problems:
        print(f"{len(problems)} problem(s)")
        return 1
    print(
        f"ok: {len(usage.get('permissions', {}))} permissions in permission_usage.json, "
        f"{len(names.get('permissions', {}))} in permissions.json, {len(dangerous)} dangerous and "
        f"{len(special)} special AOSP permissions covered"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
