#!/usr/bin/env python3
"""Sanity checks for pytest_pipl/knowledge/data/policy_terms.json (the privacy-policy vocabulary).

Usage: python tools/check_policy_terms.py [path/to/policy_terms.json] [-q]

Prints one line per problem and a summary (terms per list).  Exit status: 0 when
no problems were found, 1 otherwise.  Warnings (lines starting with "warning:")
never change the exit status.

Checked:
  - the file matches schemas/policy_terms.schema.json (when jsonschema is installed);
  - every list holds non-empty strings without surrounding whitespace, and no two
    terms of one list are equal after normalisation (NFKC, lower-case, whitespace
    removed: the compact form the engine compares, so "SDK名称" and "SDK 名称" are
    one term);
  - file_name_cues are lower-case;
  - every section id the engine expects is present exactly once, every basis key
    exists in legal_basis.json ("clauses"), and section patterns compile;
  - every category used in sdks.json has an entry in "categories";
  - no generic_sdk_terms entry is a non-generic alias of an SDK in sdks.json
    (the engine would both credit and flag it);
  - the file is formatted as json.dumps(indent=1, ensure_ascii=False) plus a newline.
"""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "pytest_pipl" / "knowledge" / "data"
DEFAULT_PATH = DATA_DIR / "policy_terms.json"
SCHEMA_PATH = ROOT / "pytest_pipl" / "knowledge" / "schemas" / "policy_terms.schema.json"
LEGAL_BASIS = DATA_DIR / "legal_basis.json"
SDKS = DATA_DIR / "sdks.json"

TOP_KEYS = (
    "description",
    "version",
    "documents",
    "file_name_cues",
    "body_cues",
    "sdk_context",
    "permission_context",
    "sdk_list_headings",
    "sdk_list_columns",
    "sections",
    "categories",
    "generic_sdk_terms",
    "false_friends",
)
DOCUMENT_KINDS = ("policy", "sdk_list", "collection_list", "permission_list", "children", "not_policy")
COLUMN_FIELDS = ("name", "company", "purpose", "data", "link", "permissions", "method")
SECTION_IDS = (
    "contact",
    "complaint",
    "correct_delete",
    "account_cancellation",
    "withdraw_consent",
    "effective_date",
    "minors",
    "sensitive_pi",
    "third_party_sharing",
    "retention",
)
LANGS = ("zh", "en")
_SPACES = re.compile(r"\s+")


def normalise(text: str) -> str:
    """The form the engine matches on: NFKC, lower-case, runs of whitespace collapsed."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text).casefold()).strip()


def compact(text: str) -> str:
    """The engine's comparison key: the normalised text without any whitespace."""
    return "".join(normalise(text).split())


def _load(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def schema_problems(doc) -> list[str]:
    """Schema violations, or [] when jsonschema is not installed."""
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is a test dependency
        return []
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    validator = jsonschema.Draft202012Validator(schema)
    return [f"schema: {e.json_path}: {e.message[:200]}" for e in validator.iter_errors(doc)]


def term_lists(doc: dict):
    """(where, list) for every list of terms in the file."""
    for kind in DOCUMENT_KINDS:
        yield from _bilingual(f"documents.{kind}", (doc.get("documents") or {}).get(kind))
    yield "file_name_cues", doc.get("file_name_cues")
    bilingual = (
        "body_cues",
        "sdk_context",
        "permission_context",
        "sdk_list_headings",
        "generic_sdk_terms",
        "false_friends",
    )
    for key in bilingual:
        yield from _bilingual(key, doc.get(key))
    for field in COLUMN_FIELDS:
        yield from _bilingual(f"sdk_list_columns.{field}", (doc.get("sdk_list_columns") or {}).get(field))
    for i, section in enumerate(doc.get("sections") or []):
        if isinstance(section, dict):
            sid = section.get("id", i)
            yield from _bilingual(f"sections[{sid}].heading_terms", section.get("heading_terms"))
            yield from _bilingual(f"sections[{sid}].body_terms", section.get("body_terms"))
    for cat, terms in (doc.get("categories") or {}).items():
        yield from _bilingual(f"categories.{cat}", terms)


def _bilingual(where: str, value):
    if not isinstance(value, dict):
        yield where, value
        return
    for lang in LANGS:
        yield f"{where}.{lang}", value.get(lang)


def check(doc, legal=None, sdks=None) -> tuple[list[str], list[str], dict]:
    problems: list[str] = []
    warnings: list[str] = []
    if not isinstance(doc, dict):
        return ["top level is not a JSON object"], warnings, {}
    missing = [k for k in TOP_KEYS if k not in doc]
    if missing:
        problems.append(f"missing top-level keys: {', '.join(missing)}")
    extra = [k for k in doc if k not in TOP_KEYS]
    if extra:
        problems.append(f"unknown top-level keys: {', '.join(extra)}")
    if not isinstance(doc.get("description"), str) or not doc.get("description", "").strip():
        problems.append("missing top-level 'description'")
    if not isinstance(doc.get("version"), str) or not str(doc.get("version")).isdigit():
        problems.append(f"version {doc.get('version')!r} is not a string of digits")
    problems += schema_problems(doc)

    counts: dict[str, int] = {}
    for where, terms in term_lists(doc):
        if not isinstance(terms, list) or not terms:
            problems.append(f"{where}: must be a non-empty list of strings")
            continue
        counts[where] = len(terms)
        for t in terms:
            if not isinstance(t, str) or not t.strip():
                problems.append(f"{where}: empty or non-string term {t!r}")
            elif t != t.strip():
                problems.append(f"{where}: term {t!r} has surrounding whitespace")
        folded = Counter(compact(t) for t in terms if isinstance(t, str) and t.strip())
        for term, n in sorted(folded.items()):
            if n > 1:
                problems.append(f"{where}: duplicate term {term!r} ({n}x after normalisation)")
    for cue in doc.get("file_name_cues") or []:
        if isinstance(cue, str) and cue != cue.lower():
            problems.append(f"file_name_cues: {cue!r} is not lower-case")

    # ---- sections and their legal basis ----
    sections = doc.get("sections") if isinstance(doc.get("sections"), list) else []
    ids = [s.get("id") for s in sections if isinstance(s, dict)]
    for sid, n in Counter(ids).items():
        if n > 1:
            problems.append(f"sections: id {sid!r} appears {n} times")
    for sid in SECTION_IDS:
        if sid not in ids:
            problems.append(f"sections: required section {sid!r} is missing")
    for sid in ids:
        if sid not in SECTION_IDS:
            problems.append(f"sections: unknown section id {sid!r}")
    clause_keys = set((legal or {}).get("clauses") or {}) if legal is not None else None
    if clause_keys is None:
        warnings.append("legal_basis.json not readable: basis keys not checked")
    for s in sections:
        if not isinstance(s, dict):
            continue
        basis = s.get("basis")
        if not isinstance(basis, list) or not basis:
            problems.append(f"sections[{s.get('id')}]: basis must be a non-empty list of legal_basis.json keys")
            continue
        for key in basis:
            if clause_keys is not None and key not in clause_keys:
                problems.append(f"sections[{s.get('id')}]: basis key {key!r} is not in legal_basis.json clauses")
        patterns = s.get("patterns", [])
        if not isinstance(patterns, list):
            problems.append(f"sections[{s.get('id')}]: patterns must be a list of regular expressions")
            patterns = []
        for pattern in patterns:
            try:
                re.compile(pattern, re.IGNORECASE)
            except (re.error, TypeError) as exc:
                problems.append(f"sections[{s.get('id')}]: pattern {pattern!r} does not compile: {exc}")
        for part in ("title", "advice"):
            text = s.get(part)
            if not isinstance(text, dict) or not all(
                isinstance(text.get(lang), str) and text[lang].strip() for lang in LANGS
            ):
                problems.append(f"sections[{s.get('id')}]: {part} needs non-empty 'zh' and 'en'")

    # ---- categories against the SDK catalogue ----
    categories = doc.get("categories") if isinstance(doc.get("categories"), dict) else {}
    if sdks is None:
        warnings.append("sdks.json not readable: categories and generic terms not checked against it")
    else:
        used = {s.get("category") for s in sdks.get("sdks", []) if isinstance(s, dict)}
        for cat in sorted(c for c in used if isinstance(c, str)):
            if cat not in categories:
                problems.append(f"categories: SDK category {cat!r} (used in sdks.json) has no entry")
        for cat in sorted(set(categories) - used):
            warnings.append(f"categories: {cat!r} is not used by any SDK in sdks.json")
        specific: dict[str, list[str]] = {}
        for s in sdks.get("sdks", []):
            if not isinstance(s, dict):
                continue
            generic = {compact(a) for a in s.get("generic_aliases", []) if isinstance(a, str)}
            for alias in s.get("aliases", []):
                if isinstance(alias, str) and compact(alias) not in generic:
                    specific.setdefault(compact(alias), []).append(str(s.get("id")))
        for lang in LANGS:
            for term in (doc.get("generic_sdk_terms") or {}).get(lang) or []:
                if isinstance(term, str) and compact(term) in specific:
                    problems.append(
                        f"generic_sdk_terms.{lang}: {term!r} is a non-generic alias of "
                        f"{', '.join(sorted(set(specific[compact(term)])))} in sdks.json"
                    )

    return problems, warnings, {"lists": counts, "terms": sum(counts.values())}


def main(argv: list[str]) -> int:
    quiet = "-q" in argv
    args = [a for a in argv if a != "-q"]
    path = Path(args[0]) if args else DEFAULT_PATH
    try:
        raw = path.read_text(encoding="utf-8")
        doc = json.loads(raw)
    except (OSError, ValueError) as exc:
        print(f"cannot load {path}: {exc}")
        return 1
    problems, warnings, summary = check(doc, _load(LEGAL_BASIS), _load(SDKS))
    if raw != json.dumps(doc, indent=1, ensure_ascii=False) + "\n":
        problems.append("file is not formatted as json.dumps(indent=1, ensure_ascii=False) plus a final newline")
    for p in problems:
        print(p)
    if not quiet:
        for w in warnings:
            print("warning:", w)
        if summary:
            print(f"{path}: {len(summary['lists'])} term lists, {summary['terms']} terms")
            for where, n in summary["lists"].items():
                print(f"  {where}: {n}")
    print(f"{len(problems)} problem(s), {len(warnings)} warning(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
