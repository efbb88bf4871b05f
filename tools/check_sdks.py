"""Check the third-party SDK catalogue (pytest_pipl/knowledge/data/sdks.json).

Prints one line per problem and nothing when the file is clean; exits 1 if there
were problems.  ``--stats`` also prints counts by category and verification.

An entry may carry ``core_of``: the ids of the products a shared base ships
inside (JCore inside JPush, the Umeng common SDK inside every Umeng product).
Detection reports such a base only when none of its products is present and
otherwise folds its evidence into them.  Checked: the ids exist, none is a base
itself, none is the base's own id, and a product has at most one base from its
own vendor (its platform core).  Bases of other vendors that a product bundles
(Alibaba ACCS/UTDID inside Umeng U-Push) may list it as well.

    python tools/check_sdks.py [path/to/sdks.json] [--stats]
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "pytest_pipl" / "knowledge" / "data" / "sdks.json"

CATEGORIES = {
    "analytics",
    "push",
    "ads",
    "crash",
    "payment",
    "social",
    "login",
    "map",
    "location",
    "risk-control",
    "hotfix",
    "im",
    "audio-video",
    "cloud",
    "speech",
    "ocr",
    "face",
    "oaid",
    "webview",
    "customer-service",
    "attribution",
    "performance",
    "storage",
    "other",
}
# Data-type ids are defined by the personal-information catalogue; SDK entries may only refer to those.
DATA_TYPES = frozenset(
    t["id"] for t in json.loads((DEFAULT.parent / "personal_info.json").read_text("utf-8"))["data_types"]
)
SIGNATURE_KEYS = ("packages", "components", "native_libs", "meta_data", "assets")
VERIFIED_KEYS = set(SIGNATURE_KEYS) | {"init_methods", "consent_methods"}
REQUIRED = (
    "id",
    "name",
    "aliases",
    "generic_aliases",
    "vendor",
    "category",
    "signatures",
    "init_methods",
    "consent_methods",
    "data_collected",
    "privacy_policy_url",
    "sources",
    "verified",
    "notes",
)
OPTIONAL = ("core_of", "report")

# Namespaces shared by many unrelated libraries: never an SDK signature on their own.
TOO_GENERIC = {
    "com.google",
    "com.google.android",
    "com.google.android.gms",
    "com.google.firebase",
    "com.tencent",
    "com.tencent.mm",
    "com.baidu",
    "com.alibaba",
    "com.alipay",
    "com.taobao",
    "com.huawei",
    "com.xiaomi",
    "com.facebook",
    "com.bytedance",
    "com.ss.android",
    "com.netease",
    "com.sina",
    "com.qq",
    "com.heytap",
    "com.android",
    "android.support",
    "androidx",
    "okhttp3",
    "okio",
    "retrofit2",
    "com.squareup",
    "org.repackage",
    "org.apache",
    "org.json",
    "kotlin",
    "kotlinx",
    "java",
    "javax",
    "io.reactivex",
    "com.bumptech",
    "com.google.gson",
    "org.greenrobot",
}

ID_RE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
SEGMENT = r"[A-Za-z_$][A-Za-z0-9_$]*"
PACKAGE_RE = re.compile(rf"^{SEGMENT}(\.{SEGMENT})+$")
CLASS_RE = re.compile(rf"^{SEGMENT}(\.{SEGMENT})+$")
METHOD_RE = re.compile(rf"^{SEGMENT}(\.{SEGMENT}){{2,}}(\.<init>)?$|^{SEGMENT}(\.{SEGMENT})+\.<init>$")
NATIVE_RE = re.compile(r"^[A-Za-z0-9_.+*-]+\.so$")


def problems(doc) -> list[str]:
    out: list[str] = []
    if not isinstance(doc, dict) or set(doc) != {"description", "sdks"}:
        return ["top level must be an object with exactly 'description' and 'sdks'"]
    if not isinstance(doc["description"], str) or not doc["description"].strip():
        out.append("description is empty")
    sdks = doc["sdks"]
    if not isinstance(sdks, list) or not sdks:
        return out + ["sdks must be a non-empty list"]

    ids = [s.get("id") for s in sdks if isinstance(s, dict)]
    if ids != sorted(ids):
        out.append("sdks are not sorted by id")
    for dup, n in Counter(ids).items():
        if n > 1:
            out.append(f"duplicate id {dup!r} ({n}x)")

    owners: dict[str, dict[str, list[str]]] = {k: defaultdict(list) for k in SIGNATURE_KEYS}
    for s in sdks:
        if not isinstance(s, dict):
            out.append(f"entry is not an object: {s!r:.60}")
            continue
        sid = s.get("id", "?")
        where = f"[{sid}]"
        missing = [k for k in REQUIRED if k not in s]
        extra = [k for k in s if k not in REQUIRED and k not in OPTIONAL]
        if missing:
            out.append(f"{where} missing keys: {', '.join(missing)}")
            continue
        if extra:
            out.append(f"{where} unknown keys: {', '.join(extra)}")
        if not isinstance(sid, str) or not ID_RE.match(sid):
            out.append(f"{where} id is not snake_case")

        name, vendor = s["name"], s["vendor"]
        for part in ("en", "zh"):
            if not isinstance(name, dict) or not str(name.get(part, "")).strip():
                out.append(f"{where} missing name.{part}")
            if not isinstance(vendor, dict) or not str(vendor.get(part, "")).strip():
                out.append(f"{where} missing vendor.{part}")
        if isinstance(vendor, dict):
            bad = set(vendor) - {"zh", "en", "former_zh"}
            if bad:
                out.append(f"{where} unknown vendor keys: {', '.join(sorted(bad))}")
            if "former_zh" in vendor and not (
                isinstance(vendor["former_zh"], list) and all(isinstance(x, str) and x for x in vendor["former_zh"])
            ):
                out.append(f"{where} vendor.former_zh must be a list of names")

        aliases, generic = s["aliases"], s["generic_aliases"]
        if not isinstance(aliases, list) or not aliases or not all(isinstance(a, str) and a.strip() for a in aliases):
            out.append(f"{where} aliases must be a non-empty list of strings")
            aliases = []
        folded = [a.casefold() for a in aliases]
        for a, n in Counter(folded).items():
            if n > 1:
                out.append(f"{where} duplicate alias {a!r}")
        if not isinstance(generic, list) or not set(generic) <= set(aliases):
            out.append(f"{where} generic_aliases not a subset of aliases: {sorted(set(generic or []) - set(aliases))}")

        if s["category"] not in CATEGORIES:
            out.append(f"{where} unknown category {s['category']!r}")
        dc = s["data_collected"]
        if not isinstance(dc, list):
            out.append(f"{where} data_collected must be a list")
        else:
            for d in dc:
                if d not in DATA_TYPES:
                    out.append(f"{where} unknown data-type id {d!r}")
            if len(set(dc)) != len(dc):
                out.append(f"{where} duplicate data-type ids")

        sig = s["signatures"]
        if not isinstance(sig, dict) or set(sig) != set(SIGNATURE_KEYS):
            out.append(f"{where} signatures must have exactly: {', '.join(SIGNATURE_KEYS)}")
            continue
        if not any(sig[k] for k in SIGNATURE_KEYS):
            out.append(f"{where} has no signature at all")
        for key in SIGNATURE_KEYS:
            vals = sig[key]
            if not isinstance(vals, list) or not all(isinstance(v, str) and v for v in vals):
                out.append(f"{where} signatures.{key} must be a list of strings")
                continue
            if len(set(vals)) != len(vals):
                out.append(f"{where} duplicate values in signatures.{key}")
            for v in vals:
                owners[key][v].append(sid)
        for p in sig["packages"]:
            if p.endswith("."):
                out.append(f"{where} package prefix ends with a dot: {p}")
            elif not PACKAGE_RE.match(p):
                out.append(f"{where} package prefix has fewer than two segments or bad characters: {p}")
            if p.rstrip(".") in TOO_GENERIC:
                out.append(f"{where} package prefix is a shared namespace: {p}")
        for c in sig["components"]:
            if not CLASS_RE.match(c):
                out.append(f"{where} component is not a fully qualified class name: {c}")
        for lib in sig["native_libs"]:
            if not NATIVE_RE.match(lib) or lib in ("*.so", "lib*.so"):
                out.append(f"{where} bad native lib pattern: {lib}")
        for key in ("meta_data", "assets"):
            for v in sig[key]:
                if v != v.strip():
                    out.append(f"{where} {key} value has surrounding spaces: {v!r}")

        for key in ("init_methods", "consent_methods"):
            vals = s[key]
            if not isinstance(vals, list):
                out.append(f"{where} {key} must be a list")
                continue
            for m in vals:
                if not isinstance(m, str) or "(" in m or not METHOD_RE.match(m):
                    out.append(f"{where} {key} entry is not package.Class.method: {m!r}")
        if set(s["init_methods"]) & set(s["consent_methods"]):
            out.append(f"{where} method listed as both init and consent")

        if not isinstance(s["privacy_policy_url"], str) or (
            s["privacy_policy_url"] and not s["privacy_policy_url"].startswith(("http://", "https://"))
        ):
            out.append(f"{where} privacy_policy_url must be empty or an http(s) URL")
        if (
            not isinstance(s["sources"], list)
            or not s["sources"]
            or not all(isinstance(x, str) and x for x in s["sources"])
        ):
            out.append(f"{where} sources must be a non-empty list of strings")
        if not isinstance(s["notes"], str):
            out.append(f"{where} notes must be a string")

        ver = s["verified"]
        if (
            not isinstance(ver, dict)
            or not set(ver) <= VERIFIED_KEYS
            or not all(isinstance(v, bool) for v in ver.values())
        ):
            out.append(f"{where} verified must map {sorted(VERIFIED_KEYS)} to booleans")
        else:
            for k, v in ver.items():
                empty = not (sig.get(k) if k in SIGNATURE_KEYS else s.get(k))
                if v and empty:
                    out.append(f"{where} verified.{k} is true for an empty list")

    out += core_problems([s for s in sdks if isinstance(s, dict)])

    for key, table in owners.items():
        for value, who in sorted(table.items()):
            if len(set(who)) > 1:
                out.append(
                    f"same {key[:-1] if key.endswith('s') else key} {value!r} "
                    f"in several SDKs: {', '.join(sorted(set(who)))}"
                )
    return out


def core_problems(sdks: list[dict]) -> list[str]:
    """Problems with ``core_of`` (shared bases folded into their products)."""
    out: list[str] = []
    by_id = {s.get("id"): s for s in sdks}
    cores = {s["id"]: s["core_of"] for s in sdks if "core_of" in s}
    own_vendor_cores: dict[str, list[str]] = defaultdict(list)

    def vendor_of(entry) -> str:
        vendor = entry.get("vendor")
        return str(vendor.get("zh", "")) if isinstance(vendor, dict) else str(vendor or "")

    for cid, products in sorted(cores.items(), key=lambda kv: str(kv[0])):
        where = f"[{cid}]"
        if not isinstance(products, list) or not products or not all(isinstance(p, str) and p for p in products):
            out.append(f"{where} core_of must be a non-empty list of SDK ids")
            continue
        for dup, n in Counter(products).items():
            if n > 1:
                out.append(f"{where} core_of names {dup!r} {n} times")
        for pid in dict.fromkeys(products):
            if pid == cid:
                out.append(f"{where} core_of names the base itself")
            elif pid not in by_id:
                out.append(f"{where} core_of names unknown SDK {pid!r}")
            elif pid in cores:
                out.append(f"{where} core_of names {pid!r}, which is itself a shared base")
            elif vendor_of(by_id[pid]) == vendor_of(by_id[cid]):
                own_vendor_cores[pid].append(cid)
    for pid, bases in sorted(own_vendor_cores.items()):
        if len(bases) > 1:
            out.append(f"[{pid}] belongs to several shared bases of its own vendor: {', '.join(sorted(bases))}")
    return out


def stats(doc) -> str:
    sdks = doc["sdks"]
    lines = [f"{len(sdks)} SDKs, {sum(1 for s in sdks if 'core_of' in s)} of them shared bases (core_of)"]
    for cat, n in sorted(Counter(s["category"] for s in sdks).items()):
        lines.append(f"  {cat:17} {n}")
    for key in ("packages", "components", "native_libs", "meta_data", "assets", "init_methods", "consent_methods"):
        have = sum(1 for s in sdks if (s["signatures"].get(key) if key in SIGNATURE_KEYS else s[key]))
        ver = sum(1 for s in sdks if s["verified"].get(key))
        lines.append(f"  {key:17} present in {have:3}, verified in {ver:3}")
    return "\n".join(lines)


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    raw = path.read_text(encoding="utf-8")
    try:
        doc = json.loads(raw)
    except json.JSONDecodeError as exc:
        print(f"{path}: not valid JSON: {exc}")
        return 1
    found = problems(doc)
    if raw != json.dumps(doc, indent=1, ensure_ascii=False) + "\n":
        found.append("file is not formatted as json.dumps(indent=1, ensure_ascii=False) plus a final newline")
    for p in found:
        print(p)
    if "--stats" in argv:
        print(stats(doc))
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
