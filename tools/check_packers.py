"""Check pytest_pipl/knowledge/data/packers.json for mistakes.

Prints one line per problem and exits 1 if there are any, 0 when clean.

Checked:
  * file shape: top-level keys, per-packer keys and types, id syntax,
    duplicate ids, names / vendor / sources / notes present;
  * signatures: known categories only, no packer without any signal,
    no duplicate pattern inside a category, no pattern both in
    ``signatures`` and ``weak_signatures``;
  * strength: exactly one entry ("strong" or "weak") per non-empty
    signature category, nothing for empty or unknown ones;
  * pattern syntax: fnmatch globs only (``*``, ``?``, ``[...]`` with
    balanced brackets, no regex tokens), per-category shape (class names,
    ``.so`` file names without directories, asset paths without the
    ``assets/`` prefix, ZIP paths without a leading ``/``);
  * the same signal claimed by two packers: identical patterns, a glob of
    one packer matching a literal or glob of another, a class prefix of one
    packer covering a class of another;
  * known false positives: libraries, classes and assets that ship in
    ordinary unpacked apps (crash, anti-cheat, security-guard SDKs …) must
    not be hit by any strong signal.

Run:  python tools/check_packers.py [path/to/packers.json]
"""

from __future__ import annotations

import json
import re
import sys
from fnmatch import fnmatchcase
from pathlib import Path
from typing import Any

DEFAULT = Path(__file__).resolve().parent.parent / "pytest_pipl" / "knowledge" / "data" / "packers.json"

CATEGORIES = ("application_classes", "classes", "class_prefixes", "native_libs", "assets", "files")
STRENGTHS = {"strong", "weak"}
PACKER_KEYS = {"id", "name", "vendor", "signatures", "strength", "weak_signatures", "sources", "notes"}
REQUIRED_KEYS = PACKER_KEYS - {"weak_signatures"}
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
GLOB_CHARS = set("*?[")
# Characters that mean someone wrote a regex instead of a glob.
REGEX_TOKENS = ("\\", "(", ")", "|", "+", "^", "{", "}")
# A Java class name where each segment may also carry glob characters.
CLASS_RE = re.compile(r"^[A-Za-z_$*?\[][\w$*?\[\]\-]*(\.[A-Za-z_$*?\[][\w$*?\[\]\-]*)*$")
PACKAGE_RE = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$")

FP_REASON = "ships in unpacked apps or is a generic name"

# Signals that legitimately appear in unpacked apps. No strong signature may
# match one of these (weak ones may, but then it must be deliberate).
FALSE_POSITIVE_PROBES: dict[str, list[str]] = {
    "native_libs": [
        "libBugly.so",  # Tencent Bugly crash SDK
        "libBugly_Native.so",
        "libtersafe.so",  # Tencent game anti-cheat (手游安全 SDK)
        "libtersafe2.so",
        "libtprt.so",  # Tencent game protection runtime
        "libsgmain.so",  # Alibaba Security Guard (无线保镖)
        "libsgmainso-6.4.36.so",
        "libsgsecuritybodyso-6.4.90.so",
        "libsgmiddletierso-6.4.36.so",
        "libalisecuritysdk.so",
        "libmsaoaidsec.so",  # MSA OAID SDK
        "libNetHTProtect.so",  # NetEase game anti-cheat
        "libjiagu_sdk_360.so",  # 360 in-app protection SDK (lib/), not DEX packing
        "libwbsafeedit.so",  # Bangcle secure keyboard SDK
        "libbangcle_crypto_tool.so",
        "libdxbase.so",  # NSHC DxShield, not DingXiang
        "libhdog.so",  # APKiD "Crazy Dog Wrapper", not Nagain
        "libshell.so",  # generic name
        "libexec.so",  # generic name
        "libshellapp.so",
        "libapp.so",
        "libflutter.so",
        "libc++_shared.so",
        "libmmkv.so",
    ],
    "classes": [
        "com.tencent.bugly.crashreport.CrashReport",
        "com.tencent.bugly.Bugly",
        "com.alibaba.wireless.security.open.SecurityGuardManager",
        "com.taobao.wireless.security.adapter.JNICLibrary",
        "com.dingxiang.mobile.risk.DXRisk",
        "com.dx.mobile.risk.utils.ContextFinder",
        "com.netease.nis.captcha.Captcha",
        "com.stub.Helper",
        "com.example.app.MyApplication",
    ],
    "application_classes": [
        "com.example.app.MyApplication",
        "com.example.app.App",
        "io.flutter.app.FlutterApplication",
        "androidx.multidex.MultiDexApplication",
        "com.tencent.tinker.loader.app.TinkerApplication",
        "androidx.core.app.CoreComponentFactory",
    ],
    "assets": [
        "flutter_assets/AssetManifest.json",
        "classes.jar",
        "classes0.jar",
        "mode",
        "virtual",
        "PK",
        "sign.bin",
        "dexopt",
        "index.android.bundle",
    ],
    "files": ["classes.dex", "classes2.dex", "resources.arsc", "AndroidManifest.xml", "META-INF/CERT.RSA"],
}


def is_glob(pattern: str) -> bool:
    return any(ch in GLOB_CHARS for ch in pattern)


def glob_syntax_problem(pattern: str, category: str = "") -> str | None:
    """Why ``pattern`` is not a clean fnmatch glob, or None."""
    if not pattern or pattern != pattern.strip():
        return "empty or padded with spaces"
    for token in REGEX_TOKENS:
        if token in pattern:
            return f"contains regex token {token!r} (patterns are fnmatch globs)"
    # '$' is legal inside Java class names (inner classes) but is a regex anchor elsewhere.
    if "$" in pattern and category not in ("application_classes", "classes", "class_prefixes"):
        return "contains regex token '$' (patterns are fnmatch globs)"
    depth = 0
    for ch in pattern:
        if ch == "[":
            if depth:
                return "nested '['"
            depth = 1
        elif ch == "]":
            if not depth:
                return "']' without '['"
            depth = 0
    if depth:
        return "unclosed '['"
    if "[]" in pattern or "[!]" in pattern:
        return "empty character class"
    if "**" in pattern:
        return "'**' is not special in fnmatch; use a single '*'"
    return None


def shape_problem(category: str, pattern: str) -> str | None:
    """Why ``pattern`` does not look like a value of ``category``, or None."""
    if category in ("application_classes", "classes"):
        if not CLASS_RE.match(pattern) or "/" in pattern or pattern.startswith("L") and pattern.endswith(";"):
            return "not a dotted Java class name"
    elif category == "class_prefixes":
        if is_glob(pattern) or not PACKAGE_RE.match(pattern):
            return "class prefix must be a plain dotted package name (no globs)"
        if pattern.count(".") < 1:
            return "class prefix with a single segment is too broad"
    elif category == "native_libs":
        if "/" in pattern:
            return "native_libs are file names, not paths"
        if not pattern.endswith(".so"):
            return "native library name must end with .so"
    elif category == "assets":
        if pattern.startswith("assets/") or pattern.startswith("/"):
            return "asset patterns are relative to assets/ (drop the prefix)"
    elif category == "files" and pattern.startswith("/"):
        return "ZIP entry paths have no leading '/'"
    return None


def overlaps(category: str, a: str, b: str) -> bool:
    """True when patterns ``a`` and ``b`` can match the same value."""
    if category == "class_prefixes":
        return a == b or a.startswith(b + ".") or b.startswith(a + ".")
    if a == b:
        return True
    return fnmatchcase(b, a) or fnmatchcase(a, b)


def check(doc: Any) -> list[str]:
    problems: list[str] = []
    add = problems.append

    if not isinstance(doc, dict):
        return ["top level is not an object"]
    for key in doc:
        if key not in ("description", "packers"):
            add(f"unknown top-level key {key!r}")
    if not isinstance(doc.get("description"), str) or not doc["description"].strip():
        add("missing description")
    packers = doc.get("packers")
    if not isinstance(packers, list) or not packers:
        return problems + ["'packers' must be a non-empty list"]

    seen_ids: dict[str, int] = {}
    # (category, pattern) -> list of (packer id, strength)
    claims: list[tuple[str, str, str, str]] = []

    for index, packer in enumerate(packers):
        where = f"packers[{index}]"
        if not isinstance(packer, dict):
            add(f"{where}: not an object")
            continue
        pid = packer.get("id")
        if isinstance(pid, str):
            where = pid
            if not ID_RE.match(pid):
                add(f"{pid}: id must match {ID_RE.pattern}")
            if pid in seen_ids:
                add(f"{pid}: duplicate id (also packers[{seen_ids[pid]}])")
            seen_ids[pid] = index
        else:
            add(f"{where}: missing id")

        for key in packer:
            if key not in PACKER_KEYS:
                add(f"{where}: unknown key {key!r}")
        for key in REQUIRED_KEYS:
            if key not in packer:
                add(f"{where}: missing {key!r}")

        for key in ("name", "vendor"):
            value = packer.get(key)
            if not isinstance(value, dict) or set(value) != {"zh", "en"}:
                add(f"{where}: {key} must be {{'zh': …, 'en': …}}")
            elif not all(isinstance(v, str) and v.strip() for v in value.values()):
                add(f"{where}: {key} has an empty translation")

        sources = packer.get("sources")
        if not isinstance(sources, list) or not sources or not all(isinstance(s, str) and s.strip() for s in sources):
            add(f"{where}: sources must be a non-empty list of strings")
        elif len(set(sources)) != len(sources):
            add(f"{where}: duplicate source")
        if not isinstance(packer.get("notes"), str) or not packer.get("notes", "").strip():
            add(f"{where}: notes must be a non-empty string")

        sig = packer.get("signatures")
        weak = packer.get("weak_signatures", {})
        strength = packer.get("strength")
        if not isinstance(sig, dict):
            add(f"{where}: signatures must be an object")
            continue
        if not isinstance(weak, dict):
            add(f"{where}: weak_signatures must be an object")
            weak = {}
        if not isinstance(strength, dict):
            add(f"{where}: strength must be an object")
            strength = {}

        for block_name, block in (("signatures", sig), ("weak_signatures", weak)):
            for category, values in block.items():
                if category not in CATEGORIES:
                    add(f"{where}: {block_name} has unknown category {category!r}")
                    continue
                if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
                    add(f"{where}: {block_name}.{category} must be a list of strings")
                    continue
                if block_name == "weak_signatures" and not values:
                    add(f"{where}: weak_signatures.{category} is empty (omit it)")
                dupes = {v for v in values if values.count(v) > 1}
                for v in sorted(dupes):
                    add(f"{where}: {block_name}.{category} lists {v!r} twice")
                for v in values:
                    problem = glob_syntax_problem(v, category) or shape_problem(category, v)
                    if problem:
                        add(f"{where}: {block_name}.{category} {v!r}: {problem}")
        for category in CATEGORIES:
            if category not in sig:
                add(f"{where}: signatures.{category} missing (use an empty list)")

        if not any(sig.get(c) for c in CATEGORIES if isinstance(sig.get(c), list)):
            add(f"{where}: empty signatures (no category has a pattern)")

        for category in CATEGORIES:
            values = sig.get(category) or []
            if values and category not in strength:
                add(f"{where}: strength.{category} missing")
            if not values and category in strength:
                add(f"{where}: strength.{category} set but signatures.{category} is empty")
        for category, level in strength.items():
            if category not in CATEGORIES:
                add(f"{where}: strength has unknown category {category!r}")
            elif level not in STRENGTHS:
                add(f"{where}: strength.{category} = {level!r} (must be one of {sorted(STRENGTHS)})")

        for category in CATEGORIES:
            strong_vals = sig.get(category) or []
            weak_vals = weak.get(category) or []
            for v in weak_vals:
                for s in strong_vals:
                    if overlaps(category, v, s):
                        add(f"{where}: {category} {v!r} is both in signatures ({s!r}) and weak_signatures")

        if isinstance(pid, str):
            for category in CATEGORIES:
                level = strength.get(category, "strong") if isinstance(strength, dict) else "strong"
                for v in sig.get(category) or []:
                    claims.append((category, v, pid, level))
                for v in weak.get(category) or []:
                    claims.append((category, v, pid, "weak"))

    # The same signal owned by two packers.
    by_category: dict[str, list[tuple[str, str, str]]] = {}
    for category, value, pid, level in claims:
        by_category.setdefault(category, []).append((value, pid, level))
    for category, items in by_category.items():
        for i, (a, pa, _) in enumerate(items):
            for b, pb, _ in items[i + 1 :]:
                if pa != pb and overlaps(category, a, b):
                    add(f"{category}: {a!r} ({pa}) and {b!r} ({pb}) match the same thing")
    # A class prefix of one packer covering a class of another.
    for prefix, pa, _ in by_category.get("class_prefixes", []):
        for category in ("classes", "application_classes"):
            for cls, pb, _ in by_category.get(category, []):
                if pa != pb and cls.startswith(prefix + "."):
                    add(f"class prefix {prefix!r} ({pa}) covers {category} {cls!r} ({pb})")

    # Known false positives must not hit a strong signal.
    for category, probes in FALSE_POSITIVE_PROBES.items():
        for probe in probes:
            for pattern, pid, level in by_category.get(category, []):
                if level == "strong" and fnmatchcase(probe, pattern):
                    add(f"{pid}: strong {category} {pattern!r} matches {probe!r} ({FP_REASON})")
    for probe in FALSE_POSITIVE_PROBES["classes"] + FALSE_POSITIVE_PROBES["application_classes"]:
        for prefix, pid, level in by_category.get("class_prefixes", []):
            if level == "strong" and probe.startswith(prefix + "."):
                add(f"{pid}: strong class prefix {prefix!r} covers {probe!r} ({FP_REASON})")

    return problems


def summary(doc: dict[str, Any]) -> str:
    packers = doc.get("packers", [])
    strong = weak = 0
    for packer in packers:
        strength = packer.get("strength", {})
        for category, values in packer.get("signatures", {}).items():
            if strength.get(category) == "strong":
                strong += len(values)
            else:
                weak += len(values)
        weak += sum(len(v) for v in packer.get("weak_signatures", {}).values())
    return f"{len(packers)} packers, {strong} strong and {weak} weak patterns"


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        print(f"{path}: cannot read: {exc}")
        return 1
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        print(f"{path}: invalid JSON: {exc}")
        return 1
    problems = check(doc)
    for problem in problems:
        print(problem)
    if problems:
        print(f"{path}: {len(problems)} problem(s)")
        return 1
    print(f"{path}: OK — {summary(doc)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
