"""Check the legal-basis table (pytest_pipl/knowledge/data/legal_basis.json).

Prints one line per problem and nothing when the file is clean; exits 1 if there
were problems.  ``--stats`` also prints clause counts per document.

    python tools/check_legal_basis.py [path/to/legal_basis.json] [--stats]

Checks: duplicate keys (JSON objects silently keep the last one), required
fields present and non-empty, clauses referring to a known document, document
Chinese names starting with 《 or a standard number (GB/T, T/TAF), paraphrases
that are not empty, one sentence or so, and not identical in both languages,
unknown fields, and documents no clause uses.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

DEFAULT = Path(__file__).resolve().parent.parent / "pytest_pipl" / "knowledge" / "data" / "legal_basis.json"

DOC_FIELDS = ("name_zh", "name_en", "number", "issuer", "date", "status")
DOC_REQUIRED_NONEMPTY = ("name_zh", "name_en", "issuer", "date", "status")  # number may be "" (no document number)
CLAUSE_FIELDS = ("document", "clause", "clause_en", "text_en", "text_zh")
CLAUSE_OPTIONAL = ("note",)
NAME_PREFIXES = ("《", "GB/T", "T/TAF")
MAX_TEXT_EN = 400  # characters: a short paraphrase, not the official text
MAX_TEXT_ZH = 200


class _Duplicates(list):
    pass


def _pairs_hook(pairs):
    """object_pairs_hook that records duplicate keys instead of dropping them."""
    seen: dict = {}
    dups = []
    for key, value in pairs:
        if key in seen:
            dups.append(key)
        seen[key] = value
    if dups:
        seen.setdefault("__duplicates__", _Duplicates()).extend(dups)
    return seen


def _collect_duplicates(node, path, problems):
    if isinstance(node, dict):
        for key in node.pop("__duplicates__", []):
            problems.append(f"{path or '<root>'}: duplicate key {key!r}")
        for key, value in node.items():
            _collect_duplicates(value, f"{path}.{key}" if path else key, problems)
    elif isinstance(node, list):
        for i, value in enumerate(node):
            _collect_duplicates(value, f"{path}[{i}]", problems)


def _blank(value) -> bool:
    return not isinstance(value, str) or not value.strip()


def check(data) -> list[str]:
    problems: list[str] = []
    _collect_duplicates(data, "", problems)
    if not isinstance(data, dict):
        return problems + ["top level is not an object"]
    if _blank(data.get("description")):
        problems.append("missing or empty top-level 'description'")
    docs = data.get("documents")
    clauses = data.get("clauses")
    if not isinstance(docs, dict) or not docs:
        problems.append("missing or empty 'documents' object")
        docs = {}
    if not isinstance(clauses, dict) or not clauses:
        problems.append("missing or empty 'clauses' object")
        clauses = {}
    for key in set(data) - {"description", "documents", "clauses"}:
        problems.append(f"unknown top-level field {key!r}")

    for key, doc in docs.items():
        where = f"documents.{key}"
        if not isinstance(doc, dict):
            problems.append(f"{where}: not an object")
            continue
        for field in DOC_FIELDS:
            if field not in doc:
                problems.append(f"{where}: missing field {field!r}")
            elif not isinstance(doc[field], str):
                problems.append(f"{where}: field {field!r} is not a string")
        for field in DOC_REQUIRED_NONEMPTY:
            if field in doc and _blank(doc[field]):
                problems.append(f"{where}: empty {field!r}")
        for field in set(doc) - set(DOC_FIELDS):
            problems.append(f"{where}: unknown field {field!r}")
        name = doc.get("name_zh", "")
        if isinstance(name, str) and name and not name.startswith(NAME_PREFIXES):
            problems.append(f"{where}: name_zh {name!r} does not start with 《, GB/T or T/TAF")
        if isinstance(name, str) and name.count("《") != name.count("》"):
            problems.append(f"{where}: name_zh {name!r} has unbalanced 《》")

    used = Counter()
    for key, clause in clauses.items():
        where = f"clauses.{key}"
        if not isinstance(clause, dict):
            problems.append(f"{where}: not an object")
            continue
        if key != key.strip() or " " in key:
            problems.append(f"{where}: key contains whitespace")
        for field in CLAUSE_FIELDS:
            if field not in clause:
                problems.append(f"{where}: missing field {field!r}")
            elif _blank(clause[field]):
                problems.append(f"{where}: empty {field!r}")
        for field in set(clause) - set(CLAUSE_FIELDS) - set(CLAUSE_OPTIONAL):
            problems.append(f"{where}: unknown field {field!r}")
        if "note" in clause and _blank(clause["note"]):
            problems.append(f"{where}: 'note' present but empty")
        document = clause.get("document")
        if isinstance(document, str) and document:
            if document not in docs:
                problems.append(f"{where}: unknown document {document!r}")
            else:
                used[document] += 1
                prefix = key.split("-", 1)[0]
                if not key.startswith(document + "-") and prefix != document:
                    problems.append(f"{where}: key does not start with its document key {document!r}")
        text_en, text_zh = clause.get("text_en", ""), clause.get("text_zh", "")
        if isinstance(text_en, str) and len(text_en) > MAX_TEXT_EN:
            problems.append(f"{where}: text_en is {len(text_en)} characters (max {MAX_TEXT_EN}); paraphrase shorter")
        if isinstance(text_zh, str) and len(text_zh) > MAX_TEXT_ZH:
            problems.append(f"{where}: text_zh is {len(text_zh)} characters (max {MAX_TEXT_ZH}); paraphrase shorter")
        if isinstance(text_zh, str) and text_zh and not any("\u4e00" <= ch <= "\u9fff" for ch in text_zh):
            problems.append(f"{where}: text_zh contains no Chinese")
        if isinstance(text_en, str) and text_en and text_en == text_zh:
            problems.append(f"{where}: text_en and text_zh are identical")

    for key in docs:
        if not used[key]:
            problems.append(f"documents.{key}: no clause refers to this document")
    return problems


def main(argv: list[str]) -> int:
    args = [a for a in argv if not a.startswith("--")]
    path = Path(args[0]) if args else DEFAULT
    try:
        data = json.loads(path.read_text(encoding="utf-8"), object_pairs_hook=_pairs_hook)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        print(f"{path}: cannot read: {exc}")
        return 1
    problems = check(data)
    for line in problems:
        print(line)
    if "--stats" in argv:
        counts = Counter(c.get("document") for c in data.get("clauses", {}).values() if isinstance(c, dict))
        noted = sum(1 for c in data.get("clauses", {}).values() if isinstance(c, dict) and c.get("note"))
        print(f"{len(data.get('documents', {}))} documents, {sum(counts.values())} clauses ({noted} with a note)")
        for doc, n in sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0]))):
            print(f"  {doc}: {n}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
