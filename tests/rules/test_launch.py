"""PIPL-LAUNCH-001 (self-start) and PIPL-LAUNCH-002 (associated start)."""

from __future__ import annotations

from pytest_pipl.assertions import check_rule

from ..helpers import app


def test_self_start_receivers_are_attributed_to_sdk_or_app():
    findings = {f.subject: f for f in check_rule(app("news_app"), "PIPL-LAUNCH-001").findings}
    assert set(findings) == {"cn.jpush.android.service.PushReceiver", "com.example.news.NetworkReceiver"}
    push = findings["cn.jpush.android.service.PushReceiver"]
    assert push.sdk == "jpush"
    assert "android.intent.action.BOOT_COMPLETED (device boot completed)" in push.message
    assert "android.intent.action.USER_PRESENT (user unlocked the screen, only on Android below API 26)" in push.message
    assert findings["com.example.news.NetworkReceiver"].sdk is None


def test_associated_start_receivers():
    (finding,) = check_rule(app("news_app"), "PIPL-LAUNCH-002").findings
    assert finding.subject == "cn.jpush.android.service.PushReceiver"
    assert (
        "android.intent.action.PACKAGE_ADDED (another app installed, only on Android below API 26)" in finding.message
    )


def test_broadcasts_android_no_longer_delivers_and_boot_without_permission_pass():
    """modern_receivers: min 26 / target 31 receivers for CONNECTIVITY_CHANGE, USER_PRESENT, PACKAGE_ADDED, and
    BOOT_COMPLETED without RECEIVE_BOOT_COMPLETED — none of them can start the app."""
    assert check_rule(app("modern_receivers"), "PIPL-LAUNCH-001").passed
    assert check_rule(app("modern_receivers"), "PIPL-LAUNCH-002").passed


def test_compliant_app_passes():
    assert check_rule(app("clean_app"), "PIPL-LAUNCH-001").passed
    assert check_rule(app("clean_app"), "PIPL-LAUNCH-002").passed


def test_packed_app_manifest_receivers_are_still_judged():
    (finding,) = check_rule(app("packed_jiagu"), "PIPL-LAUNCH-001").findings
    assert finding.subject == "com.example.shop.BootReceiver"
