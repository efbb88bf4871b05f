"""`pytest --pipl APP` as a user runs it: items, selection, options, errors."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pytest_pipl.rules import builtin_rules

from ..helpers import apk

RULE_IDS = [r.id for r in builtin_rules()]


def test_one_item_per_rule_per_app(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("clean_app"), "--pipl", here("bytecode_edge"), "--collect-only", "-q")
    expected = [f"{name}.apk::{rid}" for name in ("clean_app", "bytecode_edge") for rid in RULE_IDS]
    assert [line for line in result.outlines if "::PIPL-" in line] == expected
    result.stdout.fnmatch_lines([f"{len(expected)} tests collected*"])


def test_rule_items_run_next_to_the_users_tests(pytester: pytest.Pytester, here):
    pytester.makepyfile(test_mine="def test_mine(): pass")
    result = pytester.runpytest("--pipl", here("clean_app"))
    result.assert_outcomes(passed=len(RULE_IDS) + 1)
    result.stdout.fnmatch_lines(["pipl: clean_app.apk: com.example.cleanapp 2.3.1 — * classes, * SDKs (*s, 1 DEX)"])


def test_select_rules_with_k(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("clean_app"), "-k", "PIPL-PERM", "--collect-only", "-q")
    assert [line for line in result.outlines if "::" in line] == [
        f"clean_app.apk::{r}" for r in RULE_IDS if r.startswith("PIPL-PERM")
    ]


def test_select_and_skip_rules_with_pipl_rules(pytester: pytest.Pytester, here):
    result = pytester.runpytest(
        "--pipl",
        here("clean_app"),
        "--pipl-rules",
        "PIPL-BUILD,PIPL-SEC",
        "--pipl-rules=-PIPL-BUILD-002",
        "--collect-only",
        "-q",
    )
    assert [line for line in result.outlines if "::" in line] == [
        "clean_app.apk::PIPL-BUILD-001",
        "clean_app.apk::PIPL-SEC-001",
    ]


def test_pipl_rules_ini(pytester: pytest.Pytester, here):
    pytester.makeini("[pytest]\npipl_rules = -PIPL-PERM -PIPL-LAUNCH -PIPL-CONSENT -PIPL-POLICY\n")
    result = pytester.runpytest("--pipl", here("clean_app"), "--collect-only", "-q")
    assert [line.split("::")[1] for line in result.outlines if "::" in line] == [
        r for r in RULE_IDS if r.startswith(("PIPL-BUILD", "PIPL-SEC"))
    ]


def test_unknown_rule_is_a_usage_error(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("clean_app"), "--pipl-rules", "PIPL-NOPE")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--pipl-rules: no rule matches 'PIPL-NOPE'; known rules: PIPL-BUILD-001*"])


def test_no_builtin(pytester: pytest.Pytester, here):
    pytester.makepyfile(test_mine="def test_pkg(pipl_app): assert pipl_app.package == 'com.example.cleanapp'")
    result = pytester.runpytest("--pipl", here("clean_app"), "--pipl-no-builtin", "-q")
    result.assert_outcomes(passed=1)


def test_apps_from_ini_relative_to_the_ini_file(pytester: pytest.Pytester, here):
    target = pytester.path / "build" / "app.apk"
    target.parent.mkdir()
    target.write_bytes(Path(apk("clean_app")).read_bytes())
    pytester.makeini("[pytest]\npipl_apps = build/app.apk\n")
    result = pytester.runpytest("--collect-only", "-q")
    assert f"build/app.apk::{RULE_IDS[0]}" in result.outlines


def test_missing_app_is_a_usage_error(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", "does/not/exist.apk")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["ERROR: pytest-pipl: cannot load app does/not/exist.apk: the file does not exist."])
    assert "Traceback" not in result.stderr.str()


@pytest.mark.parametrize(
    ("name", "problem"),
    [("bad/not_a_zip", "it is not an APK"), ("bad/no_manifest", "the archive has no AndroidManifest.xml")],
)
def test_unloadable_app_fails_every_rule_item_without_a_traceback(pytester: pytest.Pytester, here, name, problem):
    result = pytester.runpytest("--pipl", here(name))
    result.assert_outcomes(failed=len(RULE_IDS))
    out = result.stdout.str()
    assert "Traceback" not in out and "pytest_pipl/" not in out
    result.stdout.fnmatch_lines([f"PIPL-BUILD-001 * — cannot load app {name.split('/')[-1]}.apk: {problem}*"])
    result.stdout.fnmatch_lines([f"cannot load app {name.split('/')[-1]}.apk: {problem}*"])


def test_unloadable_app_fails_the_run_even_without_rule_items(pytester: pytest.Pytester, here):
    pytester.makepyfile(test_mine="def test_mine(): pass")
    result = pytester.runpytest("--pipl", here("bad/not_a_zip"), "--pipl-no-builtin")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*cannot load app not_a_zip.apk: it is not an APK*"])


def test_unreadable_dex_makes_code_rules_fail_as_blind(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("bad/corrupt_dex"), "-k", "PIPL-PERM-001")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(
        [
            "PIPL-PERM-001 * — corrupt_dex.apk (com.example.cleanapp 2.3.1): "
            "cannot analyse: the DEX code could not be read (classes.dex: *"
        ]
    )


def test_help_lists_the_options_and_does_not_import_androguard():
    out = subprocess.run(
        [sys.executable, "-c", "import sys, pytest; pytest.main(['--help']); print('androguard' in sys.modules)"],
        capture_output=True,
        text=True,
    ).stdout
    for option in (
        "--pipl=PATH",
        "--pipl-rules=IDS",
        "--pipl-no-builtin",
        "--pipl-json=PATH",
        "--pipl-min-target-sdk=N",
    ):
        assert option in out
    assert out.strip().endswith("False")


def test_json_report(pytester: pytest.Pytester, here):
    report = pytester.path / "out" / "pipl.json"
    pytester.runpytest("--pipl", here("clean_app"), "--pipl", here("bad/not_a_zip"), "--pipl-json", str(report))
    data = json.loads(report.read_text(encoding="utf-8"))
    assert data["schema"] == "pytest-pipl/report" and data["version"] == 1
    clean, broken = data["apps"]
    assert clean["package"] == "com.example.cleanapp" and clean["target_sdk"] == 33 and len(clean["sha256"]) == 64
    assert {"name": "android.permission.CAMERA", "protection": "dangerous", "max_sdk": None} in clean["permissions"]
    assert [r["rule_id"] for r in clean["rules"]] == RULE_IDS
    assert {r["outcome"] for r in clean["rules"]} == {"passed"}
    assert broken["load_error"].startswith("cannot load app not_a_zip.apk: it is not an APK")
    assert {r["outcome"] for r in broken["rules"]} == {"error"}
    _validate_report(data)


def _validate_report(data):
    import jsonschema

    from pytest_pipl.schemas import __file__ as schemas_init

    schema = json.loads((Path(schemas_init).parent / "report.schema.json").read_text(encoding="utf-8"))
    jsonschema.validate(data, schema, format_checker=jsonschema.FormatChecker())


def test_json_report_of_findings_matches_its_schema(pytester: pytest.Pytester, here):
    report = pytester.path / "pipl.json"
    pytester.makeini("[pytest]\npipl_waivers = PIPL-PERM-002 | by design | alice | 2999-01-01\n")
    pytester.runpytest("--pipl", here("news_app"), "--pipl-json", str(report))
    data = json.loads(report.read_text(encoding="utf-8"))
    _validate_report(data)
    (app,) = data["apps"]
    states = {f["state"] for r in app["rules"] for f in r["findings"]}
    assert states == {"new", "waived"}
    perm = next(r for r in app["rules"] if r["rule_id"] == "PIPL-PERM-002")
    assert perm["verdict"] == "accepted" and perm["findings"][0]["waiver"]["owner"] == "alice"


def test_progress_and_cache_across_runs(pytester: pytest.Pytester, here):
    first = pytester.runpytest("--pipl", here("clean_app"), "-p", "cacheprovider")
    first.stdout.fnmatch_lines(["pipl: clean_app.apk: * (*s, 1 DEX)"])
    second = pytester.runpytest("--pipl", here("clean_app"), "-p", "cacheprovider")
    second.stdout.fnmatch_lines(["pipl: clean_app.apk: * (*s, from cache)"])


def test_packed_app_code_rules_fail_as_cannot_analyse(pytester: pytest.Pytester, here):
    result = pytester.runpytest("--pipl", here("packed_jiagu"), "-k", "PIPL-PERM-001 or PIPL-BUILD")
    result.assert_outcomes(failed=1, passed=2)
    result.stdout.fnmatch_lines(
        [
            "pipl: packed_jiagu.apk: com.example.shop * packed: 360加固*",
            "PIPL-PERM-001 * — packed_jiagu.apk (com.example.shop *): cannot analyse: the code is packed by 360加固*"
            "Application class com.stub.StubApp*",
            "A check that cannot see the code never passes: run it on the release build before packing (加固).",
        ]
    )


def test_mapping_option_pairs_with_apps(pytester: pytest.Pytester, here):
    pytester.path.joinpath("mapping.txt").write_text("com.weather.Probe -> b.a:\n")
    pytester.makepyfile(
        test_mine="def test_mapped(pipl_app):\n    assert pipl_app.code.has_class('com.weather.Probe')\n"
    )
    app = here("modern_receivers")
    result = pytester.runpytest("--pipl", app, "--pipl-mapping", "mapping.txt", "--pipl-no-builtin")
    result.assert_outcomes(passed=1)
    result = pytester.runpytest("--pipl", app, "--pipl-mapping", f"{app}=mapping.txt", "--pipl-no-builtin")
    result.assert_outcomes(passed=1)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--pipl-mapping", "missing.txt"],
            "*--pipl-mapping: cannot read mapping file *missing.txt: the file does not exist.*",
        ),
        (
            ["--pipl-mapping", "other.apk=m.txt"],
            "*--pipl-mapping other.apk=m.txt: other.apk is not one of the apps given*",
        ),
    ],
)
def test_mapping_option_errors(pytester: pytest.Pytester, here, args, message):
    result = pytester.runpytest("--pipl", here("modern_receivers"), *args)
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


def test_unreadable_mapping_fails_the_apps_items(pytester: pytest.Pytester, here):
    pytester.path.joinpath("mapping.txt").write_text("garbage\n")
    result = pytester.runpytest("--pipl", here("modern_receivers"), "--pipl-mapping", "mapping.txt", "-k", "BUILD-001")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*cannot read mapping file *mapping.txt: line 1 is neither a class line*"])


def test_json_report_follows_symlinks_and_refuses_directories(pytester: pytest.Pytester, here):
    real = pytester.path / "reports" / "real.json"
    real.parent.mkdir()
    real.write_text("{}")
    link = pytester.path / "link.json"
    link.symlink_to(real)
    pytester.runpytest("--pipl", here("clean_app"), "--pipl-json", str(link), "-k", "BUILD-001")
    assert link.is_symlink() and json.loads(real.read_text())["schema"] == "pytest-pipl/report"
    assert oct(real.stat().st_mode & 0o777) != "0o600"
    result = pytester.runpytest("--pipl", here("clean_app"), "--pipl-json", str(real.parent))
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*--pipl-json *reports: this is a directory; give the path of the file to write*"])
    assert list(real.parent.glob(".pipl-*")) == []


def test_consent_gates_from_ini_and_command_line(pytester: pytest.Pytester, here):
    app = here("consent_obfuscated")
    result = pytester.runpytest("--pipl", app, "--pipl-rules", "PIPL-CONSENT-001")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*TelephonyManager.getDeviceId*", "Consent boundary: none found*"])
    result = pytester.runpytest("--pipl", app, "--pipl-rules", "PIPL-CONSENT-001", "--pipl-consent-check", "a.b.c.a")
    result.assert_outcomes(passed=1)
    pytester.makeini("[pytest]\npipl_consent_checks =\n    a.b.c.a\n")
    result = pytester.runpytest("--pipl", app, "--pipl-rules", "PIPL-CONSENT-001")
    result.assert_outcomes(passed=1)
    result = pytester.runpytest("--pipl", app, "--pipl-consent-check", "isAgreed")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*consent gate 'isAgreed' is not a method name: write package.Class.method*"])
