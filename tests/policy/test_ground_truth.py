"""The policy reader against a reviewer's reading of the fixture policies (tests/policies/expected_zh.json).

For every policy folder the labels say which SDKs the document names, which dangerous permissions it explains
(and which it covers only by an umbrella term or denies), which data types it names, which required sections it
has and which details its SDK list lacks.  The reader must agree, except for the differences listed in KNOWN —
each a limit of reading without understanding, stated rather than hidden.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pytest_pipl.knowledge import permission_protection
from pytest_pipl.knowledge.bundle import Knowledge
from pytest_pipl.knowledge.policy_terms import PolicyVocabulary
from pytest_pipl.policy import load_policy
from pytest_pipl.policy.sdk_list import sdk_entries
from pytest_pipl.policy.sdk_names import SdkNameFinder
from pytest_pipl.policy.sections import section_coverage
from pytest_pipl.policy.terms import data_type_disclosure, permission_disclosure, shared_permission_terms

POLICIES = Path(__file__).parent.parent / "policies"
LABELS = json.loads((POLICIES / "expected_zh.json").read_text(encoding="utf-8"))["policies"]
KNOWLEDGE = Knowledge.builtin()
VOCABULARY = PolicyVocabulary.builtin()
TYPES = list(KNOWLEDGE.personal_info.data_types.values())
DATA_TERMS = [t for d in TYPES for t in (*d.terms_zh, *d.terms_en)]
CORES = {s.id for s in KNOWLEDGE.sdks if s.core_of}
DANGEROUS = [p for p in KNOWLEDGE.permissions.info if permission_protection(p) == "dangerous"]
SHARED = shared_permission_terms(KNOWLEDGE.permissions.info.values())

KNOWN = {
    # "统计分析App使用情况" is the app's own analytics; the same words name other apps' usage statistics.
    ("zh_full_html", "data_type", "app_usage"),
    # "health information … The App does not ask for any of it": the denial is in the next sentence.
    ("en_md", "data_type", "body_sensors"),
}


def _policy(name):
    return load_policy(*[POLICIES / name / f for f in LABELS[name]["files"]])


@pytest.mark.parametrize("name", sorted(LABELS))
def test_sdk_names_agree_with_the_reviewer(name):
    label = LABELS[name]
    names = SdkNameFinder(KNOWLEDGE.sdks, VOCABULARY, DATA_TERMS).find(_policy(name))
    found = {sdk_id for sdk_id, mentions in names.mentions.items() if mentions} - CORES
    assert found == set(label["sdks"])
    assert not found & set(label.get("sdks_not_named", {}))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_permissions_agree_with_the_reviewer(name):
    label, policy = LABELS[name], _policy(name)
    explained = {
        p
        for p in DANGEROUS
        if permission_disclosure(policy, KNOWLEDGE.permissions.info[p], VOCABULARY, TYPES, SHARED).explained
    }
    assert set(label["permissions"]) <= explained
    assert not explained & set(label.get("permissions_umbrella_only", []))
    assert not explained & set(label.get("permissions_denied", []))


@pytest.mark.parametrize("name", sorted(LABELS))
def test_data_types_agree_with_the_reviewer(name):
    label, policy = LABELS[name], _policy(name)
    named = {t.id for t in TYPES if data_type_disclosure(policy, t, VOCABULARY).explained}
    assert set(label["data_types"]) <= named
    wrong = named & (set(label.get("data_types_not_named", {})) | set(label.get("data_types_umbrella_only", [])))
    assert {t for t in wrong if (name, "data_type", t) not in KNOWN} == set()


@pytest.mark.parametrize("name", sorted(LABELS))
def test_sections_agree_with_the_reviewer(name):
    label = LABELS[name]
    covered = {c.section.id for c in section_coverage(_policy(name), VOCABULARY) if c.covered}
    assert covered == set(label["sections"])


@pytest.mark.parametrize("name", sorted(n for n in LABELS if LABELS[n].get("sdk_list")))
def test_sdk_list_details_agree_with_the_reviewer(name):
    label, policy = LABELS[name], _policy(name)
    names = SdkNameFinder(KNOWLEDGE.sdks, VOCABULARY, DATA_TERMS).find(policy)
    sdks = {s.id: s for s in KNOWLEDGE.sdks if s.id in label["sdks"]}
    entries = sdk_entries(policy, names, sdks, VOCABULARY, DATA_TERMS)
    missing = {sdk_id: set(entry.missing) for sdk_id, entry in entries.items() if entry.missing}
    expected = {sdk_id: set(details) for sdk_id, details in label["sdk_list"].get("missing", {}).items()}
    for sdk_id, detail in label["sdk_list"].get("not_listed", {}).items():
        expected[sdk_id] = set(detail["missing"] if isinstance(detail, dict) else detail)
    assert missing == expected
