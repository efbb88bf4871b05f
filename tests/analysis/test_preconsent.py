"""The pre-consent analysis on the fixture apps: entry points, paths, boundary, queries."""

from __future__ import annotations

from pytest_pipl.analysis.preconsent import PreConsent
from pytest_pipl.assertions import Pipl, check_rule
from pytest_pipl.knowledge.bundle import ConsentGate, Knowledge
from pytest_pipl.rules import RuleConfig

from ..helpers import app


def test_entry_points_of_the_news_app():
    entries = {(e.kind, e.method.qualified) for e in PreConsent(app("news_app")).entry_points}
    assert ("application", "com.example.news.NewsApp.onCreate") in entries
    assert ("receiver", "cn.jpush.android.service.PushReceiver.onReceive") in entries
    assert ("launcher", "com.example.news.SplashActivity.onCreate") in entries


def test_sdk_code_collecting_inside_itself_is_found_with_its_call_path():
    analysis = PreConsent(app("news_app"))
    site = next(s for s in analysis.personal_info_sites if s.what == "TelephonyManager.getDeviceId")
    assert site.path == (
        "com.example.news.NewsApp.onCreate",
        "com.umeng.commonsdk.UMConfigure.init",
        "com.umeng.commonsdk.UMConfigure.a",
        "com.umeng.commonsdk.statistics.common.DeviceConfig.getDeviceId",
        "TelephonyManager.getDeviceId",
    )
    assert site.sdk is not None and site.sdk.sdk.id.startswith("umeng")
    assert site.data_type.id == "imei"


def test_started_services_and_receivers_are_followed():
    analysis = PreConsent(app("news_app"))
    site = next(s for s in analysis.personal_info_sites if s.what == "PackageManager.getInstalledPackages")
    assert site.path[:2] == (
        "cn.jpush.android.service.PushReceiver.onReceive",
        "cn.jpush.android.service.PushService.onStartCommand (started)",
    )
    assert site.entry.kind == "receiver"


def test_dead_code_is_not_reached():
    analysis = PreConsent(app("news_app"))
    assert not analysis.runs_before_consent("com.example.news.legacy.OldShareHelper.readClipboard")
    assert not analysis.calls_to("android.content.ClipboardManager")


def test_the_inferred_boundary_guards_the_compliant_app():
    analysis = PreConsent(app("clean_app"))
    assert analysis.boundary.found and not analysis.boundary.configured
    assert [g.method for g in analysis.boundary.checks] == ["com.example.cleanapp.CleanApplication.hasAgreed"]
    assert not analysis.personal_info_sites and not analysis.permission_requests and not analysis.sdk_inits
    assert (
        "Consent boundary (inferred): check com.example.cleanapp.CleanApplication.hasAgreed"
        in analysis.boundary.describe(app("clean_app").code)
    )


def test_a_configured_boundary_replaces_the_inferred_one():
    gates = (ConsentGate("com.example.news.NewsApp.onCreate", "callback"),)
    analysis = PreConsent(app("news_app"), Knowledge.builtin(), gates)
    assert analysis.boundary.configured
    assert not analysis.runs_before_consent("com.example.news.NewsApp.onCreate")
    assert analysis.runs_before_consent("com.example.news.SplashActivity.onCreate")


def test_configured_gate_that_does_not_exist_is_reported():
    result = check_rule(app("news_app"), "PIPL-CONSENT-001", RuleConfig(consent_checks=("com.example.Nope.isAgreed",)))
    assert any(
        "Configured consent gates not found in the app (check the names): com.example.Nope.isAgreed" in en
        for en, _ in result.notes
    )


def test_consent_rules_on_the_news_app():
    a = app("news_app")
    pi = check_rule(a, "PIPL-CONSENT-001")
    assert pi.outcome == "failed"
    apis = {f.evidence[0][1] for f in pi.findings}
    assert {"TelephonyManager.getDeviceId", "WifiInfo.getMacAddress", "PackageManager.getInstalledPackages"} <= apis
    assert all(f.call_path and f.call_path[-1] in apis for f in pi.findings)
    inits = check_rule(a, "PIPL-CONSENT-003")
    assert {f.evidence[0][1] for f in inits.findings} >= {"UMConfigure.init", "JPushInterface.init"}
    assert check_rule(a, "PIPL-CONSENT-002").passed


def test_failure_text_names_api_sdk_path_boundary_and_basis():
    text = str(_assertion_error(lambda: Pipl(app("news_app")).no_personal_info_before_consent()))
    assert "TelephonyManager.getDeviceId (IMEI / MEID) is reached before consent in Umeng" in text
    assert "call path: com.example.news.NewsApp.onCreate → com.umeng.commonsdk.UMConfigure.init →" in text
    assert "Consent boundary: none found" in text
    assert "《App违法违规收集使用个人信息行为认定方法》（国信办秘字〔2019〕191号） item 3.1" in text
    text = str(_assertion_error(lambda: Pipl(app("news_app")).no_sdk_init_before_consent()))
    assert "is initialised (UMConfigure.init) before consent, called from the app's own code: " in text
    assert "called from the app's own code: com.example.news.NewsApp.onCreate" in text


def test_query_api():
    pipl = Pipl(app("news_app"))
    assert pipl.pre_consent.runs_before_consent("com.umeng.commonsdk.UMConfigure.init")
    assert pipl.pre_consent.path("com.umeng.commonsdk.UMConfigure.init") == [
        "com.example.news.NewsApp.onCreate",
        "com.umeng.commonsdk.UMConfigure.init",
    ]
    assert pipl.callers_of("com.umeng.commonsdk.UMConfigure", "init") == ["com.example.news.NewsApp.onCreate"]
    assert pipl.sdk_of("cn.jiguang.a.a") == "jpush"
    assert pipl.sdk_of("com.example.news.MainActivity") is None


def test_packed_app_consent_rules_are_blind():
    assert check_rule(app("packed_jiagu"), "PIPL-CONSENT-001").outcome == "blind"


def _assertion_error(call):
    try:
        call()
    except AssertionError as exc:
        return exc
    raise AssertionError("expected the assertion to fail")
