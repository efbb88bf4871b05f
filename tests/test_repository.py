"""Repository hygiene that a clean CI clone would otherwise reveal too late."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True)


def test_fixture_apks_match_their_sources():
    result = _run("tools/build_fixtures.py", "--check")
    assert result.returncode == 0, result.stdout


def test_generated_docs_are_current():
    result = _run("tools/gen_docs.py", "--check")
    assert result.returncode == 0, result.stdout


def test_ci_runs_the_readme_test_command():
    readme_commands = [
        line[4:] for line in (ROOT / "README.md").read_text().splitlines()[:6] if line.startswith("    python3")
    ]
    assert len(readme_commands) == 2
    assert "pytest --pipl examples/" in readme_commands[0]
    assert readme_commands[1].endswith("pytest")
    ci_lines = (ROOT / ".ci" / "run").read_text().splitlines()
    assert readme_commands[1] in ci_lines, ".ci/run must run the README's test command verbatim"
    assert ci_lines[-1] == readme_commands[1]


def test_the_demo_app_is_a_fixture_build():
    demo = ROOT / "examples" / "demo-news.apk"
    assert demo.read_bytes() == (ROOT / "tests" / "apps" / "news_app.apk").read_bytes()
    cases = json.loads((ROOT / "tests" / "policies" / "expected.json").read_text(encoding="utf-8"))["cases"]
    assert ["../../examples/demo-news-privacy.html"] in [c["policies"] for c in cases], "the demo policy is tested"


@pytest.mark.skipif(
    shutil.which("ruff") is None and not (Path(sys.executable).parent / "ruff").exists(), reason="ruff not installed"
)
def test_ruff_clean():
    ruff = shutil.which("ruff") or str(Path(sys.executable).parent / "ruff")
    result = subprocess.run(
        [ruff, "check", "pytest_pipl", "tests", "tools", "benchmarks"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout


def test_docs_and_ci_examples_use_only_options_that_exist():
    import re

    from pytest_pipl.options import add_options

    known = set()

    class Recorder:
        def getgroup(self, *args, **kwargs):
            return self

        def addoption(self, *names, **kwargs):
            known.update(names)

        def addini(self, name, *args, **kwargs):
            known.add(name)

    add_options(Recorder())
    texts = [ROOT / "README.md", *(ROOT / "examples" / "ci").iterdir(), ROOT / "examples" / "README.md"]
    used = set()
    for path in texts:
        text = path.read_text(encoding="utf-8")
        used |= set(re.findall(r"--pipl(?:-[a-z]+)*", text))
        used |= {m for m in re.findall(r"\bpipl_[a-z_]+\b", text) if not m.startswith(("pipl_app", "pipl_policy_"))}
    fixtures_and_markers = {"pipl_waive", "pipl_app", "pipl_policy", "pipl_rule", "pipl_title", "pipl_severity"}
    fixtures_and_markers |= {"pipl_basis", "pipl_sdk", "pipl_new", "pipl_baselined", "pipl_waived", "pipl_outcome"}
    fixtures_and_markers |= {"pipl_findings", "pipl_add_sdks", "pipl_add_rules", "pipl_add_personal_info"}
    unknown = sorted(u for u in used - known - fixtures_and_markers if not u.startswith("pipl_add_"))
    assert unknown == []
    assert {"--pipl-baseline", "--pipl-compare", "--pipl-sarif", "pipl_waivers"} <= used
