"""The pipl_app / pipl fixtures, the extension hooks, languages and xdist."""

from __future__ import annotations

import json

import pytest

from pytest_pipl.rules import builtin_rules

RULE_IDS = [r.id for r in builtin_rules()]


def test_fixtures_are_parametrised_over_every_app(pytester: pytest.Pytester, here):
    pytester.makepyfile(
        test_mine="""
        def test_package(pipl_app):
            assert pipl_app.package.startswith("com.example.")

        def test_helper(pipl):
            pipl.not_debuggable()
        """
    )
    result = pytester.runpytest("--pipl", here("clean_app"), "--pipl", here("news_app"), "--pipl-no-builtin", "-v")
    result.assert_outcomes(passed=4)
    result.stdout.fnmatch_lines(["*test_package?clean_app.apk? PASSED*", "*test_package?news_app.apk? PASSED*"])


def test_fixture_users_are_skipped_without_an_app(pytester: pytest.Pytester):
    pytester.makepyfile(test_mine="def test_needs_app(pipl): pass\ndef test_plain(): pass")
    result = pytester.runpytest("-rs")
    result.assert_outcomes(passed=1, skipped=1)
    result.stdout.fnmatch_lines(
        ["*no app to check: pass --pipl path/to/app.apk or set pipl_apps in the pytest ini file*"]
    )


def test_fixture_assertions_fail_with_the_reviewers_note(pytester: pytest.Pytester, here):
    pytester.makepyfile(test_mine="def test_launch(pipl):\n    pipl.no_self_start_receivers()\n")
    result = pytester.runpytest("--pipl", here("news_app"), "--pipl-no-builtin")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "E*AssertionError: PIPL-LAUNCH-001 Self-start: * system broadcasts — news_app.apk *: 2 findings",
            "E*JPush (JIGUANG push):",
            "E*2. Receiver cn.jpush.android.service.PushReceiver*",
            "E*Basis: 《关于开展纵深推进APP侵害用户权益专项整治行动的通知》（工信部信管函〔2020〕164号） problem 6*",
        ]
    )


def test_unloadable_app_fails_fixture_users_without_a_traceback(pytester: pytest.Pytester, here):
    pytester.makepyfile(test_mine="def test_pkg(pipl_app): pass")
    result = pytester.runpytest("--pipl", here("bad/no_manifest"), "--pipl-no-builtin")
    result.assert_outcomes(errors=1)
    result.stdout.fnmatch_lines(["*cannot load app no_manifest.apk: the archive has no AndroidManifest.xml*"])
    assert "Traceback" not in result.stdout.str()


def test_conftest_adds_an_in_house_sdk(pytester: pytest.Pytester, here):
    pytester.makeconftest(
        """
        def pytest_pipl_add_sdks(config):
            return [{
                "id": "news_inhouse_tracker",
                "name": {"en": "News in-house tracker", "zh": "新闻自有统计"},
                "category": "analytics",
                "signatures": {"packages": ["com.example.news.legacy"]},
            }]
        """
    )
    report = pytester.path / "pipl.json"
    pytester.runpytest("--pipl", here("news_app"), "--pipl-json", str(report), "-k", "PIPL-BUILD-001")
    (app,) = json.loads(report.read_text(encoding="utf-8"))["apps"]
    sdk = next(s for s in app["sdks"] if s["id"] == "news_inhouse_tracker")
    assert sdk["name_zh"] == "新闻自有统计"
    assert sdk["evidence"] == [{"signal": "code", "value": "com.example.news.legacy", "classes": 1}]


def test_conftest_returning_a_broken_sdk_is_a_usage_error(pytester: pytest.Pytester, here):
    pytester.makeconftest("def pytest_pipl_add_sdks(config):\n    return [{'name': 'no id'}]\n")
    result = pytester.runpytest("--pipl", here("clean_app"))
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*pytest_pipl_add_sdks returned an invalid entry (an SDK entry needs an 'id')*"])


def test_conftest_adds_a_rule(pytester: pytest.Pytester, here):
    pytester.makeconftest(
        """
        from pytest_pipl.findings import Finding
        from pytest_pipl.rules.base import rule

        @rule(id="ACME-001", title_en="No SMS permissions", title_zh="禁止短信权限", severity="high",
              basis=("PIPL-6",), rationale_en="We never need SMS.", rationale_zh="业务不需要短信。",
              fix_en="Remove it.", fix_zh="删除。", family="acme")
        def no_sms(ctx):
            return [Finding(rule_id="ACME-001", subject=p.name, message=f"{p.name} requested")
                    for p in ctx.app.permissions if "SMS" in p.name]

        def pytest_pipl_add_rules(config):
            return [no_sms]
        """
    )
    result = pytester.runpytest("--pipl", here("clean_app"), "-k", "ACME", "-v")
    result.stdout.fnmatch_lines(["*clean_app.apk::ACME-001 PASSED*"])


def test_chinese_messages(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("news_app"), "--pipl-lang", "zh", "-k", "PIPL-PERM-001")
    result.stdout.fnmatch_lines(
        [
            "PIPL-PERM-001 声明了未被任何代码使用的危险权限（过度索取） — news_app.apk *：发现2处问题",
            "*声明了android.permission.RECORD_AUDIO（录音），但应用中没有任何代码使用该权限*",
            "依据: 《App违法违规收集使用个人信息行为认定方法》（国信办秘字〔2019〕191号） 四.1*",
        ]
    )


def test_xdist_workers_share_the_cache_and_the_report(pytester: pytest.Pytester, here):
    """A run with two workers reports exactly what a plain run reports."""
    pytest.importorskip("xdist")
    apps = ("--pipl", here("news_app"), "--pipl", here("clean_app"))
    outcomes = []
    for extra in ((), ("-n", "2")):
        report = pytester.path / f"pipl{len(extra)}.json"
        pytester.runpytest_subprocess(*extra, "-p", "cacheprovider", "--pipl-json", str(report), *apps)
        data = json.loads(report.read_text(encoding="utf-8"))
        outcomes.append([[(r["rule_id"], r["outcome"], len(r["findings"])) for r in a["rules"]] for a in data["apps"]])
    assert outcomes[0] == outcomes[1]
    assert [len(rules) for rules in outcomes[1]] == [len(RULE_IDS), len(RULE_IDS)]
    assert {outcome for _, outcome, _ in outcomes[1][1]} == {"passed"}
    assert len(list((pytester.path / ".pytest_cache" / "d" / "pipl").glob("*.app"))) == 2
