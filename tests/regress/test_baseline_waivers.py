"""Baselines, waivers and the verdict that combines them with a rule's result."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pytest_pipl.assertions import check_rule
from pytest_pipl.regress.baseline import Baseline, BaselineError
from pytest_pipl.regress.verdict import BASELINED, EXPIRED, NEW, WAIVED, judge
from pytest_pipl.regress.waivers import WaiverError, from_marker, parse_line, parse_lines

from ..helpers import app

TODAY = dt.date(2026, 11, 29)


def _result(rule_id="PIPL-LAUNCH-001", name="news_app"):
    return check_rule(app(name), rule_id)


def _record(result, package="com.example.news"):
    return {"package": package, **result.to_dict()}


def test_baseline_accepts_recorded_findings_and_reports_fixed_ones(tmp_path):
    result = _result()
    assert len(result.findings) == 2
    path = tmp_path / "pipl-baseline.json"
    Baseline.load(path).updated([_record(result)]).write(path)
    baseline = Baseline.load(path)
    verdict = judge(result, "com.example.news", baseline)
    assert not verdict.failed
    assert verdict.count(BASELINED) == 2
    # One finding removed from the file: it is new again.
    data = json.loads(path.read_text(encoding="utf-8"))
    dropped = data["apps"]["com.example.news"].pop(0)
    path.write_text(json.dumps(data), encoding="utf-8")
    verdict = judge(result, "com.example.news", Baseline.load(path))
    assert verdict.failed
    assert [f.subject for f, state, _ in verdict.states if state == NEW] == [dropped["subject"]]
    # A recorded finding the build no longer has is reported as fixed.
    data["apps"]["com.example.news"].append({"rule": "PIPL-LAUNCH-001", "subject": "com.example.news.OldReceiver"})
    path.write_text(json.dumps(data), encoding="utf-8")
    verdict = judge(result, "com.example.news", Baseline.load(path))
    assert [e.subject for e in verdict.fixed] == ["com.example.news.OldReceiver"]


def test_baseline_file_is_sorted_one_finding_per_line_with_messages(tmp_path):
    path = tmp_path / "b.json"
    Baseline().updated([_record(_result("PIPL-PERM-001")), _record(_result("PIPL-LAUNCH-001"))]).write(path)
    lines = path.read_text(encoding="utf-8").splitlines()
    entries = [json.loads(line.strip().rstrip(",")) for line in lines if line.strip().startswith('{"rule"')]
    assert [(e["rule"], e["subject"]) for e in entries] == sorted((e["rule"], e["subject"]) for e in entries)
    assert all(e["message"] and len(e["fingerprint"]) == 16 for e in entries)
    assert json.loads(path.read_text(encoding="utf-8"))["schema"] == "pytest-pipl/baseline"


def test_baseline_update_keeps_other_apps_and_rules(tmp_path):
    first = Baseline().updated([_record(_result("PIPL-PERM-001")), _record(_result("PIPL-LAUNCH-001"), "other.app")])
    second = first.updated([_record(_result("PIPL-LAUNCH-001"))])
    assert {e.rule for e in second.apps["com.example.news"].values()} == {"PIPL-PERM-001", "PIPL-LAUNCH-001"}
    assert "other.app" in second.apps


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("{not json", "not valid JSON"),
        ('{"apps": {}}', "not a pytest-pipl baseline"),
        ('{"schema": "pytest-pipl/baseline", "version": 9, "apps": {}}', "version 9"),
        ('{"schema": "pytest-pipl/baseline", "version": 1, "apps": {"a": [{"rule": "X"}]}}', "rule and a subject"),
    ],
)
def test_bad_baseline_files_are_clear_errors(tmp_path, content, problem):
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(BaselineError, match=problem) as caught:
        Baseline.load(path)
    assert str(path) in str(caught.value)


def test_a_missing_baseline_is_empty_and_says_so(tmp_path):
    baseline = Baseline.load(tmp_path / "none.json")
    assert not baseline.existed and len(baseline) == 0
    assert judge(_result(), "com.example.news", baseline).failed


def test_waiver_lines():
    waiver = parse_line("PIPL-LAUNCH com.example.* | push wake-ups until 5.0 | alice | 2027-01-31", "ini line 1")
    assert (waiver.rule, waiver.subject, waiver.owner, waiver.expires) == (
        "PIPL-LAUNCH",
        "com.example.*",
        "alice",
        dt.date(2027, 1, 31),
    )
    assert waiver.matches("PIPL-LAUNCH-001", "com.example.news.NetworkReceiver")
    assert not waiver.matches("PIPL-LAUNCH-001", "cn.jpush.android.service.PushReceiver")
    assert not waiver.matches("PIPL-PERM-001", "com.example.x")
    assert parse_lines(["", "PIPL-PERM-002 | r | o | 2027-01-01"])[0].subject is None


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("PIPL-PERM-002 | no owner or date", "needs a reason, an owner and an expiry date"),
        ("PIPL-PERM-002 | reason | owner | next year", "is not a date"),
    ],
)
def test_bad_waiver_lines(line, problem):
    with pytest.raises(WaiverError, match=problem):
        parse_line(line, "pipl_waivers line 3")


def test_marker_waivers_need_reason_owner_and_expiry():
    with pytest.raises(WaiverError, match="needs owner, expires"):
        from_marker(("PIPL-PERM-002",), {"reason": "r"}, "marker on t")
    waiver = from_marker(("PIPL-PERM-002",), {"reason": "r", "owner": "o", "expires": "2027-01-01"}, "marker on t")
    assert waiver.expires == dt.date(2027, 1, 1)


def test_waived_findings_pass_until_the_waiver_expires():
    result = _result()
    waiver = parse_line("PIPL-LAUNCH-001 | wake-ups | alice | 2026-12-31", "ini line 1")
    verdict = judge(result, "com.example.news", None, [waiver], today=TODAY)
    assert not verdict.failed and verdict.count(WAIVED) == 2
    assert any("Waived" in line and "alice" in line for line in verdict.notes())
    later = judge(result, "com.example.news", None, [waiver], today=dt.date(2027, 1, 1))
    assert later.failed and later.count(EXPIRED) == 2
    assert any("EXPIRED on 2026-12-31" in line for line in later.notes())
    assert any("豁免已过期" in line for line in later.notes("zh"))


def test_a_blind_rule_can_be_accepted_by_name():
    result = check_rule(app("policy_none"), "PIPL-POLICY-004")
    assert result.outcome == "blind"
    assert judge(result, "x", None, []).failed
    waiver = parse_line("PIPL-POLICY blind | policy is online only | carol | 2027-06-30", "ini line 1")
    assert not judge(result, "x", None, [waiver], today=TODAY).failed
    baseline = Baseline().updated([{"package": "x", **result.to_dict()}])
    assert not judge(result, "x", baseline).failed


def test_written_baseline_matches_its_published_schema(tmp_path):
    import jsonschema

    from pytest_pipl.schemas import __file__ as schemas_init

    schema = json.loads((Path(schemas_init).parent / "baseline.schema.json").read_text(encoding="utf-8"))
    path = tmp_path / "b.json"
    Baseline().updated([_record(_result("PIPL-PERM-001")), _record(_result("PIPL-LAUNCH-001"))]).write(path)
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"schema": "pytest-pipl/baseline", "version": 1, "apps": {"a": [{"rule": "X"}]}}, schema)
