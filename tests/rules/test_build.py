"""PIPL-BUILD-001, PIPL-BUILD-002, PIPL-SEC-001 on fixture apps."""

from __future__ import annotations

import pytest

from pytest_pipl.assertions import check_rule, target_sdk_meets_store_floor
from pytest_pipl.rules import RuleConfig

from ..helpers import app


def outcome(name: str, rule_id: str, config: RuleConfig | None = None):
    return check_rule(app(name), rule_id, config)


@pytest.mark.parametrize(
    ("name", "expected"), [("clean_app", "passed"), ("news_app", "failed"), ("debug_legacy", "failed")]
)
def test_target_sdk_floor(name, expected):
    assert outcome(name, "PIPL-BUILD-001").outcome == expected


def test_target_sdk_message_and_install_time_grant_below_23():
    (finding,) = outcome("debug_legacy", "PIPL-BUILD-001").findings
    assert finding.message.startswith(
        "targetSdkVersion is 22, below the app-store floor of 30; below 23 Android grants"
    )
    assert "低于23时所有危险权限在安装时即被授予" in finding.message_zh
    (finding,) = outcome("news_app", "PIPL-BUILD-001").findings
    assert finding.message == "targetSdkVersion is 28, below the app-store floor of 30."


def test_target_sdk_floor_is_configurable():
    assert outcome("news_app", "PIPL-BUILD-001", RuleConfig(min_target_sdk=28)).passed
    assert not outcome("clean_app", "PIPL-BUILD-001", RuleConfig(min_target_sdk=34)).passed
    with pytest.raises(AssertionError, match="targetSdkVersion is 33, below the app-store floor of 34"):
        target_sdk_meets_store_floor(app("clean_app"), floor=34)


@pytest.mark.parametrize(
    ("name", "expected"), [("clean_app", "passed"), ("news_app", "passed"), ("debug_legacy", "failed")]
)
def test_debuggable(name, expected):
    assert outcome(name, "PIPL-BUILD-002").outcome == expected


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("news_app", 'the manifest sets android:usesCleartextTraffic="true"'),
        ("debug_legacy", "targetSdkVersion 22 (< 28) allows cleartext by default and the manifest does not forbid it"),
        ("nsc_cleartext", 'sets cleartextTrafficPermitted="true" in base-config'),
    ],
)
def test_cleartext_allowed(name, reason):
    (finding,) = outcome(name, "PIPL-SEC-001").findings
    assert reason in finding.message


def test_cleartext_only_for_named_domains_passes():
    """clean_app's network security config blocks cleartext except for 10.0.2.2."""
    assert outcome("clean_app", "PIPL-SEC-001").passed
