"""--pipl-policy, ini pipl_policy, the pipl_policy fixture and the policy assertions on ``pipl``."""

from __future__ import annotations

import http.server
import json
import shutil
import threading
from pathlib import Path

import pytest

POLICIES = Path(__file__).parent.parent / "policies"
POLICY_RULES = [f"PIPL-POLICY-00{n}" for n in range(1, 6)]


def _copy_policy(pytester: pytest.Pytester, name: str) -> str:
    source = POLICIES / name
    target = pytester.path / source.name
    if source.is_dir():
        shutil.copytree(source, target)
    else:
        shutil.copyfile(source, target)
    return target.name


def test_policy_rule_items_use_the_given_policy(pytester: pytest.Pytester, here):
    policy = _copy_policy(pytester, "news_full.html")
    result = pytester.runpytest(
        "--pipl", here("news_app"), "--pipl-policy", policy, "--pipl-rules", "PIPL-POLICY", "-v"
    )
    result.assert_outcomes(passed=5)
    generic = _copy_policy(pytester, "news_generic.txt")
    result = pytester.runpytest("--pipl", here("news_app"), "--pipl-policy", generic, "--pipl-rules", "PIPL-POLICY-001")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*JPush (JIGUANG push)*is in the build but the policy does not name it*"])


def test_without_any_policy_the_policy_items_fail_saying_where_they_looked(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("policy_none"), "--pipl-rules", "PIPL-POLICY")
    result.assert_outcomes(failed=5)
    result.stdout.fnmatch_lines(["*No privacy policy found for policy_none.apk. Looked at:*", "*--pipl-policy*"])
    assert "Traceback" not in result.stdout.str()


def test_ini_policy_paths_are_relative_to_the_ini_file(pytester: pytest.Pytester, here, monkeypatch):
    legal = pytester.mkdir("legal")
    shutil.copyfile(POLICIES / "news_full.html", legal / "privacy.html")
    app = here("news_app")
    pytester.makeini("[pytest]\npipl_policy = legal/privacy.html\n")
    monkeypatch.chdir(pytester.mkdir("sub"))
    result = pytester.runpytest("--pipl", f"../{app}", "--pipl-rules", "PIPL-POLICY-001", "-v")
    result.assert_outcomes(passed=1)


def test_policies_pair_with_apps(pytester: pytest.Pytester, here):
    full = _copy_policy(pytester, "news_full.html")
    result = pytester.runpytest(
        "--pipl",
        here("news_app"),
        "--pipl",
        here("policy_none"),
        "--pipl-policy",
        f"news_app.apk={full}",
        "--pipl-rules",
        "PIPL-POLICY-004",
        "-v",
    )
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*news_app.apk::PIPL-POLICY-004 PASSED*", "*policy_none.apk::PIPL-POLICY-004 FAILED*"])


def test_a_missing_policy_file_is_a_usage_error(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("news_app"), "--pipl-policy", "nowhere/privacy.html")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            "*--pipl-policy nowhere/privacy.html: cannot read privacy policy *nowhere/privacy.html: "
            "the file does not exist.*"
        ]
    )


def test_pipl_policy_fixture_and_policy_assertions(pytester: pytest.Pytester, here):
    _copy_policy(pytester, "news_generic.txt")
    pytester.makepyfile(
        test_mine="""
        def test_dpo_named(pipl_policy):
            assert pipl_policy.mentions("隐私政策")

        def test_sdks(pipl):
            pipl.policy_mentions_all_sdks()

        def test_sections(pipl):
            pipl.policy_has_required_sections()
        """
    )
    result = pytester.runpytest("--pipl", here("news_app"), "--pipl-policy", "news_generic.txt", "--pipl-no-builtin")
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "E*AssertionError: PIPL-POLICY-001 SDK in the build not named in the privacy policy*",
            "E*AssertionError: PIPL-POLICY-004 Privacy policy lacks a required section*",
        ]
    )


def test_pipl_policy_fixture_fails_without_a_policy(pytester: pytest.Pytester, here):
    pytester.makepyfile(test_mine="def test_policy(pipl_policy):\n    pass\n")
    result = pytester.runpytest("--pipl", here("policy_none"), "--pipl-no-builtin")
    result.assert_outcomes(errors=1)  # a fixture that cannot provide errors the test: never a skip
    result.stdout.fnmatch_lines(["*No privacy policy found for policy_none.apk*"])


def test_policy_url_and_the_json_report(pytester: pytest.Pytester, here):
    body = (POLICIES / "news_full.html").read_bytes()

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - http.server's name
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/privacy.html?lang=zh&v=2"
    try:
        report = pytester.path / "pipl.json"
        result = pytester.runpytest(
            "--pipl", here("news_app"), "--pipl-policy", url, "--pipl-rules", "PIPL-POLICY", "--pipl-json", str(report)
        )
    finally:
        server.shutdown()
        server.server_close()
    result.assert_outcomes(passed=5)
    (app,) = json.loads(report.read_text(encoding="utf-8"))["apps"]
    assert app["policy"] == {
        "documents": [
            {
                "source": url,
                "kind": "policy",
                "format": "html",
                "encoding": "utf-8",
                "chars": app["policy"]["documents"][0]["chars"],
                "given": True,
            }
        ],
        "error": None,
    }
    assert app["policy"]["documents"][0]["chars"] > 5000


def test_json_report_says_why_there_is_no_policy(pytester: pytest.Pytester, here):
    report = pytester.path / "pipl.json"
    pytester.runpytest("--pipl", here("policy_none"), "--pipl-rules", "PIPL-POLICY-004", "--pipl-json", str(report))
    (app,) = json.loads(report.read_text(encoding="utf-8"))["apps"]
    assert app["policy"]["documents"] == []
    assert app["policy"]["error"].startswith("No privacy policy found for policy_none.apk")
    assert [r["outcome"] for r in app["rules"]] == ["blind"]
