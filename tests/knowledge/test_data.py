"""Schema and consistency checks of the bundled knowledge data."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

from pytest_pipl.knowledge import knowledge_version, load_json, permission_protection
from pytest_pipl.knowledge.broadcasts import launch_broadcasts
from pytest_pipl.knowledge.bundle import Knowledge
from pytest_pipl.knowledge.legal import clauses
from pytest_pipl.knowledge.sdks import builtin_sdks
from pytest_pipl.rules import builtin_rules

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "pytest_pipl" / "knowledge" / "data"


@pytest.mark.parametrize(
    "script",
    [
        "check_sdks.py",
        "check_packers.py",
        "check_permissions.py",
        "check_personal_info.py",
        "check_legal_basis.py",
        "check_policy_terms.py",
    ],
)
def test_data_checker_finds_no_problem(script):
    result = subprocess.run([sys.executable, f"tools/{script}"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", sorted(DATA.glob("*.json")), ids=lambda p: p.name)
def test_every_data_file_is_utf8_json_with_a_description(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert isinstance(data.get("description"), str) and data["description"]


def test_sdk_catalogue_shape():
    sdks = builtin_sdks()
    assert len(sdks) >= 250
    assert len({s.id for s in sdks}) == len(sdks)
    owners: dict[str, str] = {}
    for sdk in sdks:
        assert sdk.name_en and sdk.name_zh and sdk.category
        assert sdk.packages or sdk.components or sdk.native_libs or sdk.meta_data, sdk.id
        for prefix in sdk.packages:
            assert prefix.count(".") >= 1 and not prefix.endswith("."), (sdk.id, prefix)
            assert owners.setdefault(prefix, sdk.id) == sdk.id, f"{prefix} claimed by {owners[prefix]} and {sdk.id}"
        assert set(sdk.generic_aliases) <= set(sdk.aliases), sdk.id


def test_packers_have_signatures():
    packers = load_json("packers.json")["packers"]
    assert len(packers) >= 10
    for packer in packers:
        assert packer["name"]["zh"] and packer["name"]["en"]
        assert any(
            packer["signatures"].get(k) for k in ("application_classes", "classes", "native_libs", "assets", "files")
        )


def test_every_dangerous_permission_has_usage_evidence():
    aosp = load_json("permissions_aosp.json")["permissions"]
    dangerous = {name for name, info in aosp.items() if info["protection"] == "dangerous"}
    usage = Knowledge.builtin().permissions.usage
    assert dangerous <= set(usage)
    for name in dangerous:
        entry = usage[name]
        assert entry.static_evidence in ("strong", "weak")
        if entry.static_evidence == "strong":
            assert entry.apis or entry.fields or entry.strings or entry.receiver_actions, name


def test_permission_protection_levels():
    assert permission_protection("android.permission.CAMERA") == "dangerous"
    assert permission_protection("android.permission.SYSTEM_ALERT_WINDOW") == "special"
    assert permission_protection("android.permission.INTERNET") == "normal"
    assert permission_protection("android.permission.READ_PRIVILEGED_PHONE_STATE") == "signature"
    assert permission_protection("com.android.permission.GET_INSTALLED_APPS") == "dangerous"
    assert permission_protection("com.example.CUSTOM") == "custom"


def test_every_rule_cites_known_clauses_with_chinese_document_names():
    table = clauses()
    for rule in builtin_rules():
        assert rule.basis, rule.id
        for key in rule.basis:
            assert key in table
            assert table[key].document_zh.startswith(("《", "GB/T", "T/TAF"))


def test_launch_broadcasts():
    table = launch_broadcasts()
    assert (
        table["android.intent.action.BOOT_COMPLETED"].requires_permission == "android.permission.RECEIVE_BOOT_COMPLETED"
    )
    boot, unlock = table["android.intent.action.BOOT_COMPLETED"], table["android.intent.action.USER_PRESENT"]
    assert boot.reaches(min_sdk=26, target_sdk=34)
    assert unlock.reaches(min_sdk=21, target_sdk=34) and unlock.stops_at(34) == 26
    assert not unlock.reaches(min_sdk=26, target_sdk=34)
    assert unlock.stops_at(25) is None


def test_knowledge_version_is_a_stable_digest():
    assert knowledge_version() == knowledge_version()
    assert len(knowledge_version()) == 12


@pytest.mark.parametrize("name", ["sdks", "personal_info", "policy_terms"])
def test_catalogue_matches_its_published_json_schema(name):
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "pytest_pipl" / "knowledge" / "schemas" / f"{name}.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    data = json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))
    errors = [f"{e.json_path}: {e.message[:200]}" for e in jsonschema.Draft202012Validator(schema).iter_errors(data)]
    assert not errors, "\n".join(errors[:20])


def test_the_schema_rejects_what_the_loader_would_misread():
    jsonschema = pytest.importorskip("jsonschema")
    schema = json.loads((ROOT / "pytest_pipl" / "knowledge" / "schemas" / "sdks.schema.json").read_text())
    entry = json.loads((DATA / "sdks.json").read_text(encoding="utf-8"))["sdks"][0]
    broken = {**entry, "signatures": {**entry["signatures"], "packages": ["com."]}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"description": "x", "sdks": [broken]}, schema)


def _policy_terms_checker():
    spec = importlib.util.spec_from_file_location("check_policy_terms", ROOT / "tools" / "check_policy_terms.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_policy_terms_pass_the_checker_and_cover_every_sdk_category():
    checker = _policy_terms_checker()
    doc = load_json("policy_terms.json")
    problems, _warnings, summary = checker.check(doc, load_json("legal_basis.json"), load_json("sdks.json"))
    assert not problems, "\n".join(problems)
    assert {s["id"] for s in doc["sections"]} == set(checker.SECTION_IDS)
    assert {s.category for s in builtin_sdks()} <= set(doc["categories"])
    table = clauses()
    assert all(key in table for s in doc["sections"] for key in s["basis"])
    assert summary["terms"] > 500


def test_policy_terms_checker_reports_what_the_engine_would_misread():
    jsonschema = pytest.importorskip("jsonschema")
    checker = _policy_terms_checker()
    doc = copy.deepcopy(load_json("policy_terms.json"))
    doc["documents"]["policy"]["zh"].append("隐私 政策")  # same compact form as 隐私政策
    doc["sdk_context"]["en"].append("")
    doc["sections"][0]["basis"].append("PIPL-999")
    doc["sections"] = [s for s in doc["sections"] if s["id"] != "retention"]
    del doc["categories"]["push"]
    doc["generic_sdk_terms"]["zh"].append("极光推送SDK")  # a specific alias of jpush
    problems, _w, _s = checker.check(doc, load_json("legal_basis.json"), load_json("sdks.json"))
    text = "\n".join(problems)
    assert "documents.policy.zh: duplicate term '隐私政策'" in text
    assert "sdk_context.en: empty or non-string term ''" in text
    assert "basis key 'PIPL-999'" in text
    assert "required section 'retention' is missing" in text
    assert "SDK category 'push'" in text
    assert "'极光推送SDK' is a non-generic alias of jpush" in text
    schema = json.loads((ROOT / "pytest_pipl" / "knowledge" / "schemas" / "policy_terms.schema.json").read_text())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(doc, schema)
