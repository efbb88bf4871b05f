"""Measure the policy reader against a hand-labelled corpus of real privacy policies.

    python tools/eval_policy_corpus.py CORPUS_DIR            # summary
    python tools/eval_policy_corpus.py CORPUS_DIR --details  # per-document differences

CORPUS_DIR holds the documents and a ``labels.json``: per file, the SDKs a
reviewer says it names (``sdks[].catalogue_id``), the dangerous permissions
it explains (``permissions``), the personal-information types it names
(``data_types``) and which required sections it has (``sections``).  The
corpus itself is not in the repository (the policies are third-party text);
see the issue notes for the figures measured on it.

For each document the script reports what pytest-pipl finds and computes,
over the whole corpus:

* SDK names: precision and recall of catalogue ids found vs labelled;
* permissions: for every dangerous permission, explained or not, vs labelled;
* data types and sections: found vs labelled.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pytest_pipl.knowledge.bundle import Knowledge  # noqa: E402
from pytest_pipl.knowledge.policy_terms import PolicyVocabulary  # noqa: E402
from pytest_pipl.policy import load_policy  # noqa: E402
from pytest_pipl.policy.sdk_names import SdkNameFinder  # noqa: E402
from pytest_pipl.policy.sections import section_coverage  # noqa: E402
from pytest_pipl.policy.terms import data_type_disclosure, permission_disclosure  # noqa: E402


class Score:
    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0

    def add(self, found: set[str], truth: set[str], universe: set[str] | None = None) -> None:
        self.tp += len(found & truth)
        self.fp += len(found - truth)
        self.fn += len(truth - found)
        if universe is not None:
            self.tn += len(universe - found - truth)

    def line(self, name: str) -> str:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return f"{name:30} precision {precision:.3f}  recall {recall:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--details", action="store_true")
    args = parser.parse_args()
    labels = json.loads((args.corpus / "labels.json").read_text(encoding="utf-8"))
    knowledge = Knowledge.builtin()
    vocabulary = PolicyVocabulary.builtin()
    data_terms = [t for d in knowledge.personal_info.data_types.values() for t in (*d.terms_zh, *d.terms_en)]
    finder = SdkNameFinder(knowledge.sdks, vocabulary, data_terms)
    dangerous = {name for name, info in knowledge.permissions.info.items() if _dangerous(name)}
    types = list(knowledge.personal_info.data_types.values())
    scores = {k: Score() for k in ("sdks", "permissions", "permissions (siblings allowed)", "data types", "sections")}
    seconds = 0.0
    for name, label in sorted(labels.items()):
        start = time.perf_counter()
        policy = load_policy(args.corpus / name)
        names = finder.find(policy)
        seconds += time.perf_counter() - start
        found_sdks = {sdk_id for sdk_id, found in names.mentions.items() if found}
        truth_sdks = {s["catalogue_id"] for s in label.get("sdks", []) if s.get("catalogue_id")}
        # A family name (友盟+SDK) legitimately names several products: count a found id as right when
        # the labelled entry's family (id before the first "_") was named.
        families = {t.split("_")[0] for t in truth_sdks}
        extra = {f for f in found_sdks - truth_sdks if f.split("_")[0] in families}
        scores["sdks"].add(found_sdks - extra, truth_sdks)
        truth_perms = set(label.get("permissions", []))
        found_perms = {
            p
            for p in dangerous
            if permission_disclosure(policy, knowledge.permissions.info[p], vocabulary, types).explained
        }
        scores["permissions"].add(found_perms, truth_perms & dangerous, dangerous)
        # Labels name the permissions a policy explains by name; a sibling in the same group (READ_MEDIA_IMAGES
        # next to READ_EXTERNAL_STORAGE, COARSE next to FINE location) explained by the same words is not an error.
        groups = {knowledge.permissions.info[p].group for p in truth_perms if p in knowledge.permissions.info}
        siblings = {p for p in found_perms - truth_perms if knowledge.permissions.info[p].group in groups}
        scores["permissions (siblings allowed)"].add(found_perms - siblings, truth_perms & dangerous)
        truth_types = set(label.get("data_types", []))
        found_types = {
            t.id for t in knowledge.personal_info.data_types.values() if data_type_disclosure(policy, t).explained
        }
        scores["data types"].add(found_types, truth_types)
        truth_sections = {k for k, v in label.get("sections", {}).items() if v}
        found_sections = {c.section.id for c in section_coverage(policy, vocabulary) if c.covered}
        scores["sections"].add(found_sections, truth_sections)
        if args.details:
            print(f"== {name}: {policy.describe()}")
            _diff("sdks", found_sdks - extra, truth_sdks)
            _diff("permissions", found_perms, truth_perms & dangerous)
            _diff("data types", found_types, truth_types)
            _diff("sections", found_sections, truth_sections)
    print(f"{len(labels)} documents, {seconds:.2f} s reading and SDK matching")
    for key, score in scores.items():
        print(score.line(key))
    return 0


def _dangerous(name: str) -> bool:
    from pytest_pipl.knowledge import permission_protection

    return permission_protection(name) == "dangerous"


def _diff(what: str, found: set[str], truth: set[str]) -> None:
    if found - truth:
        print(f"   {what} found, not labelled: {sorted(found - truth)}")
    if truth - found:
        print(f"   {what} labelled, not found: {sorted(truth - found)}")


if __name__ == "__main__":
    raise SystemExit(main())
