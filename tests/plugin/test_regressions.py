"""Baselines, waivers, SARIF and JUnit through the pytest surface."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest


def _run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest("-p", "no:cacheprovider", *args)


def test_baseline_round_trip(pytester: pytest.Pytester, here):
    app = here("news_app")
    first = _run(pytester, "--pipl", app, "--pipl-rules", "PIPL-LAUNCH,PIPL-PERM")
    first.assert_outcomes(failed=4)
    update = _run(
        pytester,
        "--pipl",
        app,
        "--pipl-rules",
        "PIPL-LAUNCH,PIPL-PERM",
        "--pipl-baseline",
        "b.json",
        "--pipl-baseline-update",
    )
    update.assert_outcomes(passed=4)
    update.stdout.fnmatch_lines(["pipl baseline written: b.json (6 findings)"])
    data = json.loads((pytester.path / "b.json").read_text(encoding="utf-8"))
    assert {e["rule"] for e in data["apps"]["com.example.news"]} == {
        "PIPL-LAUNCH-001",
        "PIPL-LAUNCH-002",
        "PIPL-PERM-001",
        "PIPL-PERM-002",
    }
    again = _run(pytester, "--pipl", app, "--pipl-rules", "PIPL-LAUNCH,PIPL-PERM", "--pipl-baseline", "b.json")
    again.assert_outcomes(passed=4)
    again.stdout.fnmatch_lines(["*PIPL-PERM-001 *: 2 baselined (app code ×2)*"])
    # Drop one accepted finding: exactly that one fails, the rest stays accepted.
    entries = data["apps"]["com.example.news"]
    data["apps"]["com.example.news"] = [e for e in entries if e["subject"] != "android.permission.RECORD_AUDIO"]
    (pytester.path / "b.json").write_text(json.dumps(data), encoding="utf-8")
    regressed = _run(pytester, "--pipl", app, "--pipl-rules", "PIPL-LAUNCH,PIPL-PERM", "--pipl-baseline", "b.json")
    regressed.assert_outcomes(passed=3, failed=1)
    regressed.stdout.fnmatch_lines(
        [
            "*PIPL-PERM-001 * 1 finding*",
            "*android.permission.RECORD_AUDIO*",
            "1 finding accepted by the baseline (b.json) and not failing.",
        ]
    )
    assert "READ_CALENDAR (" not in regressed.stdout.str().split("1 finding accepted")[0].split("PIPL-PERM-001")[1]


def test_fixed_findings_are_reported(pytester: pytest.Pytester, here):
    baseline = {
        "schema": "pytest-pipl/baseline",
        "version": 1,
        "apps": {
            "com.example.cleanapp": [{"rule": "PIPL-PERM-002", "subject": "android.permission.QUERY_ALL_PACKAGES"}]
        },
    }
    (pytester.path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    result = _run(pytester, "--pipl", here("clean_app"), "--pipl-rules", "PIPL-PERM-002", "--pipl-baseline", "b.json")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(
        ["Fixed since the baseline (b.json): PIPL-PERM-002 android.permission.QUERY_ALL_PACKAGES"]
    )


def test_bad_baseline_is_a_usage_error(pytester: pytest.Pytester, here):
    (pytester.path / "b.json").write_text("[]", encoding="utf-8")
    result = _run(pytester, "--pipl", here("news_app"), "--pipl-baseline", "b.json")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*cannot read baseline b.json: it is not a pytest-pipl baseline*"])
    result = _run(pytester, "--pipl", here("news_app"), "--pipl-baseline-update")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--pipl-baseline-update needs the file to write: --pipl-baseline PATH*"])


def test_ini_waivers_accept_findings_until_they_expire(pytester: pytest.Pytester, here):
    pytester.makeini(
        "[pytest]\npipl_waivers =\n"
        "    PIPL-PERM-002 | the launcher lists apps by design | alice@example.com | 2999-12-31\n"
        "    PIPL-SEC-001 | HTTP until the CDN moves | bob | 2001-01-01\n"
    )
    result = _run(pytester, "--pipl", here("news_app"), "--pipl-rules", "PIPL-PERM-002,PIPL-SEC-001", "-v")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*news_app.apk::PIPL-PERM-002 PASSED*",
            "*Waiver EXPIRED on 2001-01-01: cleartext-traffic — waiver (HTTP until the CDN moves; owner bob*",
            "*PIPL-PERM-002 *: 1 waived*",
        ]
    )


def test_bad_waiver_line_is_a_usage_error(pytester: pytest.Pytester, here):
    pytester.makeini("[pytest]\npipl_waivers = PIPL-PERM-002 | only a reason\n")
    result = _run(pytester, "--pipl", here("news_app"))
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*pipl_waivers line 1: 'PIPL-PERM-002 | only a reason' is not a waiver; write*"])


def test_marker_waives_a_fixture_assertion(pytester: pytest.Pytester, here):
    pytester.makepyfile(
        test_mine="""
        import pytest

        @pytest.mark.pipl_waive("PIPL-PERM-002", reason="launcher", owner="alice", expires="2999-01-01")
        def test_waived(pipl):
            pipl.no_query_all_packages()

        def test_not_waived(pipl):
            pipl.no_query_all_packages()

        @pytest.mark.pipl_waive("PIPL-PERM-002", reason="launcher")
        def test_bad_marker(pipl):
            pipl.no_query_all_packages()
        """
    )
    result = _run(pytester, "--pipl", here("news_app"), "--pipl-no-builtin")
    result.assert_outcomes(passed=1, failed=1, errors=1)  # the bad marker errors the test, naming the problem
    result.stdout.fnmatch_lines(["*pipl_waive needs owner, expires (a waiver is accountable and temporary)*"])


def test_junit_properties(pytester: pytest.Pytester, here):
    _run(pytester, "--pipl", here("news_app"), "--pipl-rules", "PIPL-LAUNCH-001", "--junitxml", "junit.xml")
    case = ET.parse(pytester.path / "junit.xml").getroot().find(".//testcase")
    props = {p.get("name"): p.get("value") for p in case.iter("property")}
    assert props["pipl_rule"] == "PIPL-LAUNCH-001"
    assert props["pipl_sdk"] == "jpush"
    assert props["pipl_new"] == "2"
    assert "164号" in props["pipl_basis"]


def test_chinese_summary(pytester: pytest.Pytester, here):
    result = _run(pytester, "--pipl", here("news_app"), "--pipl-rules", "PIPL-LAUNCH-001", "--pipl-lang", "zh")
    result.stdout.fnmatch_lines(
        [
            "*1项规则检查，1个应用：未通过1项*",
            "*PIPL-LAUNCH-001 自启动*新增2处*极光推送*",
        ]
    )


SARIF_SCHEMA = Path(__file__).parent.parent / "schemas" / "sarif-schema-2.1.0.json"


def test_sarif_report_validates_against_the_official_schema(pytester: pytest.Pytester, here):
    import jsonschema

    pytester.makeini("[pytest]\npipl_waivers = PIPL-PERM-002 | by design | alice | 2999-01-01\n")
    baseline = {
        "schema": "pytest-pipl/baseline",
        "version": 1,
        "apps": {
            "com.example.news": [
                {"rule": "PIPL-SEC-001", "subject": "cleartext-traffic"},
                {"rule": "PIPL-BUILD-002", "subject": "android:debuggable"},
            ]
        },
    }
    (pytester.path / "b.json").write_text(json.dumps(baseline), encoding="utf-8")
    _run(pytester, "--pipl", here("news_app"), "--pipl-baseline", "b.json", "--pipl-sarif", "out/pipl.sarif")
    log = json.loads((pytester.path / "out" / "pipl.sarif").read_text(encoding="utf-8"))
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema)(schema).validate(log)
    (run,) = log["runs"]
    rules = [r["id"] for r in run["tool"]["driver"]["rules"]]
    results = run["results"]
    assert all(len(r["locations"]) == 1 for r in results)
    assert all(rules[r["ruleIndex"]] == r["ruleId"] for r in results)
    by_rule = {r["ruleId"]: r for r in results}
    assert by_rule["PIPL-SEC-001"]["baselineState"] == "unchanged"
    assert by_rule["PIPL-PERM-002"]["suppressions"][0]["justification"].startswith("by design")
    assert by_rule["PIPL-LAUNCH-001"]["baselineState"] == "new"
    assert not [r for r in results if r.get("baselineState") == "absent"]  # fixed ones are in JSON, not alerts
    assert run["tool"]["driver"]["rules"][rules.index("PIPL-CONSENT-001")]["help"]["text"]
    assert all(
        len(r["partialFingerprints"]["piplFindingHash/v1"]) in (16, len("PIPL-POLICY-001:blind")) for r in results
    )


def test_sarif_without_a_baseline_has_no_baseline_state(pytester: pytest.Pytester, here):
    _run(pytester, "--pipl", here("news_app"), "--pipl-rules", "PIPL-LAUNCH", "--pipl-sarif", "pipl.sarif")
    (run,) = json.loads((pytester.path / "pipl.sarif").read_text(encoding="utf-8"))["runs"]
    assert run["results"] and not any("baselineState" in r for r in run["results"])
    assert run["artifacts"] == [{"location": {"uri": "news_app.apk", "uriBaseId": "SRCROOT"}}]
