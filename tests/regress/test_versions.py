"""Two releases of one app (tests/apps/ledger_v1, ledger_v2, ledger_v1_rebuilt; see tests/apps/ledger_pairs.md).

v2 adds exactly: the Getui SDK, READ_CONTACTS, a pre-consent Wi-Fi MAC read in the app's own code, a
USER_PRESENT receiver and a lower target SDK.  v1_rebuilt is v1 as another R8 run emits it.  A baseline
written on v1 must pass on v1 and on the rebuild and fail on v2 naming only what v2 added; so must
``--pipl-compare v1.apk``.
"""

from __future__ import annotations

import json

import pytest

from pytest_pipl.assertions import check_rule
from pytest_pipl.rules import builtin_rules, diff_rules
from pytest_pipl.rules.base import RuleContext, run_rule

from ..helpers import app

V2_ADDS = {
    "PIPL-DIFF-001": ["getui_push"],
    "PIPL-DIFF-002": ["android.permission.READ_CONTACTS"],
    "PIPL-DIFF-003": ["wifi_info_get_mac_address@app", "wifi_manager_get_connection_info@app"],
    "PIPL-DIFF-004": ["com.example.ledger.receiver.ReminderReceiver/android.intent.action.USER_PRESENT"],
    "PIPL-DIFF-005": ["targetSdkVersion"],
}


def _identities(name):
    found = set()
    for rule in builtin_rules():
        if rule.family == "policy":
            continue
        found |= {(rule.id, f.subject, f.fingerprint) for f in check_rule(app(name), rule).findings}
    return found


def test_a_rebuild_keeps_every_finding_identity():
    v1 = _identities("ledger_v1")
    assert v1, "v1 has findings to compare"
    assert _identities("ledger_v1_rebuilt") == v1


@pytest.mark.parametrize("rule", diff_rules(), ids=lambda r: r.id)
def test_compare_names_exactly_what_v2_adds(rule):
    result = run_rule(rule, RuleContext(app=app("ledger_v2"), previous=app("ledger_v1")))
    assert result.outcome == "failed"
    assert sorted(f.subject for f in result.findings) == V2_ADDS[rule.id]
    assert all("2.4.0" in f.message and "2.3.0" in f.message for f in result.findings)


@pytest.mark.parametrize("rule", diff_rules(), ids=lambda r: r.id)
@pytest.mark.parametrize("old", ["ledger_v1", "ledger_v1_rebuilt"])
def test_compare_passes_when_nothing_was_added(rule, old):
    assert run_rule(rule, RuleContext(app=app("ledger_v1_rebuilt"), previous=app(old))).outcome == "passed"
    assert run_rule(rule, RuleContext(app=app(old), previous=app("ledger_v2"))).outcome == "passed"


def test_compare_without_a_previous_build_cannot_analyse():
    result = run_rule(diff_rules()[0], RuleContext(app=app("ledger_v1")))
    assert result.outcome == "blind" and "--pipl-compare" in result.reason


def test_baseline_from_v1_passes_v1_and_its_rebuild_and_fails_v2_on_its_additions(pytester: pytest.Pytester, here):
    for name in ("ledger_v1", "ledger_v1_rebuilt", "ledger_v2"):
        here(name)
    common = ["-p", "no:cacheprovider", "--pipl-baseline", "b.json"]
    pytester.runpytest("--pipl", "ledger_v1.apk", *common, "--pipl-baseline-update").assert_outcomes(passed=15)
    pytester.runpytest("--pipl", "ledger_v1.apk", *common).assert_outcomes(passed=15)
    pytester.runpytest("--pipl", "ledger_v1_rebuilt.apk", *common).assert_outcomes(passed=15)
    result = pytester.runpytest("--pipl", "ledger_v2.apk", *common, "--pipl-json", "v2.json")
    result.assert_outcomes(passed=12, failed=3)
    report = json.loads((pytester.path / "v2.json").read_text(encoding="utf-8"))
    new = sorted(
        (r["rule_id"], f["subject"]) for r in report["apps"][0]["rules"] for f in r["findings"] if f["state"] == "new"
    )
    assert new == [
        ("PIPL-BUILD-001", "targetSdkVersion"),
        ("PIPL-CONSENT-001", "wifi_info_get_mac_address@app"),
        ("PIPL-CONSENT-001", "wifi_manager_get_connection_info@app"),
        ("PIPL-LAUNCH-001", "com.example.ledger.receiver.ReminderReceiver"),
    ]


def test_compare_option_adds_items_that_fail_on_the_additions(pytester: pytest.Pytester, here):
    here("ledger_v1")
    here("ledger_v2")
    result = pytester.runpytest(
        "-p", "no:cacheprovider", "--pipl", "ledger_v2.apk", "--pipl-compare", "ledger_v1.apk", "-k", "DIFF", "-v"
    )
    result.assert_outcomes(failed=5)
    result.stdout.fnmatch_lines(
        [
            "*Getui*is new in 2.4.0 (not in 2.3.0)*",
            "*android.permission.READ_CONTACTS*newly requested in 2.4.0*",
            "*WifiInfo.getMacAddress*newly reached before consent in 2.4.0*",
            "*ReminderReceiver starts the app on android.intent.action.USER_PRESENT*new in 2.4.0*",
            "*targetSdkVersion is lowered from 31 (2.3.0) to 29 (2.4.0)*",
        ],
        consecutive=False,
    )
    same = pytester.runpytest(
        "-p", "no:cacheprovider", "--pipl", "ledger_v1.apk", "--pipl-compare", "ledger_v1.apk", "-k", "DIFF"
    )
    same.assert_outcomes(passed=5)
    missing = pytester.runpytest("-p", "no:cacheprovider", "--pipl", "ledger_v1.apk", "--pipl-compare", "gone.apk")
    assert missing.ret == pytest.ExitCode.USAGE_ERROR
    missing.stderr.fnmatch_lines(["*--pipl-compare: cannot read previous build *gone.apk: the file does not exist.*"])
