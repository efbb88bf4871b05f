"""Custom compliance checks written on pytest-pipl's model, next to the built-in suite.

Run:  pytest --pipl demo-news.apk --pipl-policy demo-news-privacy.html   (from this folder; or your own app)

Each test runs once per app given with --pipl; without an app they are skipped.
"""

from __future__ import annotations


def test_no_sms_permissions(pipl_app):
    """Our product never needs SMS access: fail if any SMS permission sneaks in through an SDK."""
    sms = [p.name for p in pipl_app.permissions if "SMS" in p.name or "MMS" in p.name]
    assert not sms, f"SMS permissions requested: {sms}"


def test_every_detected_sdk_is_on_our_approved_list(pipl_app):
    """A new third-party SDK needs a privacy review before it ships (第三方SDK管理)."""
    approved = {"umeng_analytics", "jpush", "jiguang_core"}
    unexpected = {m.sdk.id: m.describe_evidence() for m in pipl_app.sdks if m.sdk.id not in approved}
    assert not unexpected, f"SDKs not approved by the privacy team: {unexpected}"


def test_nothing_reads_the_clipboard_outside_the_paste_button(pipl_app):
    """Clipboard reads (剪切板) are only allowed in our paste handler."""
    readers = {
        call.caller.qualified for call in pipl_app.code.calls_to("android.content.ClipboardManager", "getPrimaryClip")
    }
    assert readers <= {"com.example.news.ui.PasteButton.onClick"}, f"clipboard read in {sorted(readers)}"


def test_launch_behaviour(pipl):
    """The built-in assertions are available as methods too (same text as the rule items)."""
    pipl.no_associated_start_receivers()


def test_policy_names_the_personal_information_officer(pipl_policy):
    """Our legal team requires the policy to name the 个人信息保护负责人 and how to reach them (PIPL art. 52)."""
    found = pipl_policy.mentions("个人信息保护负责人")
    assert found, f"the policy ({', '.join(pipl_policy.sources)}) never names the personal-information officer"


def test_policy_lists_every_sdk_in_the_build(pipl):
    """The same check as PIPL-POLICY-001, inside our own suite."""
    pipl.policy_mentions_all_sdks()
