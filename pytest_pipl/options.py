"""pytest-pipl's options and ini keys, and reading them into a session's settings.

Part of the pytest surface (it raises ``pytest.UsageError`` for bad values,
with one sentence naming the option and the problem); the analysis itself
never sees pytest.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

import pytest

from .output import check_output_path
from .session import AppTarget, PiplSession

_METHOD_NAME = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+\.[A-Za-z_$<][\w$>]*$")


def add_options(parser: pytest.Parser) -> None:
    """Every command-line option and ini key of pytest-pipl."""
    group = parser.getgroup("pipl", "China personal-information compliance (pytest-pipl)")
    group.addoption(
        "--pipl",
        action="append",
        default=[],
        metavar="PATH",
        dest="pipl_apps",
        help="Android build (APK) to check; repeat for several apps",
    )
    group.addoption(
        "--pipl-rules",
        action="append",
        default=[],
        metavar="IDS",
        help="Rules to run: comma-separated IDs or prefixes (PIPL-PERM); prefix with - to skip one",
    )
    group.addoption(
        "--pipl-no-builtin", action="store_true", default=None, help="Do not collect the built-in rule items"
    )
    group.addoption("--pipl-json", metavar="PATH", default=None, help="Write a machine-readable JSON report to PATH")
    group.addoption(
        "--pipl-min-target-sdk",
        type=int,
        metavar="N",
        default=None,
        help="Lowest acceptable targetSdkVersion (default 30, the Chinese app stores' floor)",
    )
    group.addoption("--pipl-lang", choices=("en", "zh"), default=None, help="Language of failure messages (default en)")
    group.addoption(
        "--pipl-consent-check",
        action="append",
        default=[],
        metavar="CLASS.METHOD",
        help="A boolean method that is true only after the user agreed (repeatable); replaces the inferred boundary",
    )
    group.addoption(
        "--pipl-consent-callback",
        action="append",
        default=[],
        metavar="CLASS.METHOD",
        help="A method that runs when the user agrees (repeatable); replaces the inferred boundary",
    )
    group.addoption(
        "--pipl-mapping",
        action="append",
        default=[],
        metavar="[APP=]MAPPING",
        help="R8/ProGuard mapping.txt of an obfuscated build (APP=MAPPING when several apps are given)",
    )
    group.addoption(
        "--pipl-policy",
        action="append",
        default=[],
        metavar="[APP=]FILE|DIR|URL",
        help="The app's privacy policy (repeatable: policy, SDK list, collection list); "
        "default: the policy bundled in the build",
    )
    group.addoption(
        "--pipl-baseline",
        metavar="PATH",
        default=None,
        help="Findings recorded in this file are reported but do not fail; new ones fail",
    )
    group.addoption(
        "--pipl-baseline-update",
        action="store_true",
        default=False,
        help="Rewrite the --pipl-baseline file with this run's findings (rule items pass)",
    )
    group.addoption(
        "--pipl-compare",
        action="append",
        default=[],
        metavar="[APP=]OLD.apk",
        help="The previous build: add items that fail on what this build adds (SDKs, dangerous permissions, "
        "pre-consent collection, self-start receivers, a lower target SDK)",
    )
    group.addoption("--pipl-sarif", metavar="PATH", default=None, help="Write a SARIF 2.1.0 report to PATH")
    group.addoption(
        "--pipl-cache-dir", metavar="DIR", default=None, help="Where to cache analysed apps (default: pytest's cache)"
    )
    group.addoption(
        "--pipl-no-cache", action="store_true", default=False, help="Analyse apps afresh, ignoring the cache"
    )

    parser.addini("pipl_apps", "Android builds (APKs) to check, one per line", type="paths", default=[])
    parser.addini("pipl_rules", "Rules to run (IDs or prefixes; -ID skips)", type="args", default=[])
    parser.addini("pipl_no_builtin", "Do not collect the built-in rule items", type="bool", default=False)
    parser.addini("pipl_json", "Write a JSON report to this path", default="")
    parser.addini("pipl_min_target_sdk", "Lowest acceptable targetSdkVersion", default="30")
    parser.addini("pipl_lang", "Language of failure messages: en or zh", default="en")
    parser.addini(
        "pipl_consent_checks", "Boolean methods true only after consent (package.Class.method)", type="linelist"
    )
    parser.addini(
        "pipl_consent_callbacks", "Methods that run when the user agrees (package.Class.method)", type="linelist"
    )
    parser.addini("pipl_cache_dir", "Where to cache analysed apps", default="")
    parser.addini(
        "pipl_policy", "Privacy policy files, directories or URLs ([APP=]SOURCE), one per line", type="linelist"
    )
    parser.addini("pipl_baseline", "Baseline file of accepted findings", default="")
    parser.addini("pipl_sarif", "Write a SARIF 2.1.0 report to this path", default="")
    parser.addini(
        "pipl_waivers",
        "Accepted findings, one per line: RULE-ID [SUBJECT] | reason | owner | YYYY-MM-DD",
        type="linelist",
    )


def targets(config: pytest.Config) -> list[AppTarget]:
    paths: list[Path] = [Path(os.path.abspath(p)) for p in config.getoption("pipl_apps")]
    paths += [Path(p) for p in config.getini("pipl_apps")]
    seen: dict[str, None] = {}
    for p in paths:
        seen.setdefault(str(p.resolve()) if p.exists() else str(p), None)
    rootdir = config.rootpath
    targets = []
    names: dict[str, int] = {}
    for path in seen:
        p = Path(path)
        try:
            display = p.relative_to(rootdir).as_posix()
        except ValueError:
            display = p.name
        names[display] = names.get(display, 0) + 1
        targets.append(AppTarget(path=path, display=display))
    for t in targets:
        if names[t.display] > 1:
            t.display = t.path
    mappings = _pair_files("--pipl-mapping", "mapping file", config.getoption("pipl_mapping"), targets)
    previous = _pair_files("--pipl-compare", "previous build", config.getoption("pipl_compare"), targets)
    for target in targets:
        target.mapping = mappings.get(target.path)
        target.previous = previous.get(target.path)
    inifile_dir = Path(config.inipath).parent if config.inipath else config.rootpath
    policies = [(v, inifile_dir) for v in config.getini("pipl_policy")]
    policies += [(v, Path.cwd()) for v in config.getoption("pipl_policy")]
    _assign_policies(policies, targets)
    return targets


def _find_target(app_part: str, targets: list[AppTarget]) -> AppTarget | None:
    """The app an ``APP=…`` prefix names: by path (as given or resolved) or by its display name."""
    wanted = os.path.abspath(app_part)
    for t in targets:
        if t.path in (wanted, os.path.realpath(wanted)) or t.display == app_part or Path(t.path).name == app_part:
            return t
    return None


def _pair_files(option: str, what: str, values: list[str], targets: list[AppTarget]) -> dict[str, str]:
    """App path → absolute file for an option taking one file per app: ``APP=FILE`` each, or plain files
    paired with the apps in order.  Unknown apps, a wrong count and missing files are usage errors."""
    paired: dict[str, str] = {}
    plain = []
    for value in values:
        app_part, sep, file = value.rpartition("=")
        if not (sep and app_part):
            plain.append(os.path.abspath(value))
            continue
        target = _find_target(app_part, targets)
        if target is None:
            raise pytest.UsageError(f"{option} {value}: {app_part} is not one of the apps given with --pipl")
        paired[target.path] = os.path.abspath(file)
    if plain:
        if len(plain) != len(targets):
            raise pytest.UsageError(f"{option}: give one {what} per app (paired in order) or APP=FILE for each")
        paired.update((target.path, file) for target, file in zip(targets, plain))
    for file in paired.values():
        if not os.path.isfile(file):
            raise pytest.UsageError(f"{option}: cannot read {what} {file}: the file does not exist.")
    return paired


def _assign_policies(values: list[tuple[str, Path]], targets: list[AppTarget]) -> None:
    """``--pipl-policy`` / ``pipl_policy`` values: ``APP=SOURCE`` for one app, plain ``SOURCE`` for every app."""
    shared: list[str] = []
    own: dict[str, list[str]] = {}
    for value, base in values:
        target, source = _policy_target(value, targets)
        if not source.lower().startswith(("http://", "https://")):
            path = Path(source[7:] if source.lower().startswith("file://") else source)
            path = path if path.is_absolute() else base / path
            if not path.exists():
                raise pytest.UsageError(
                    f"--pipl-policy {value}: cannot read privacy policy {path}: the file does not exist."
                )
            source = str(path)
        if target is None:
            shared.append(source)
        else:
            own.setdefault(target.path, []).append(source)
    for target in targets:
        target.policy_sources = tuple(own.get(target.path, ())) or tuple(shared)


def _policy_target(value: str, targets: list[AppTarget]) -> tuple[AppTarget | None, str]:
    """Split ``APP=SOURCE`` when APP names one of the apps (a URL's query may contain "=")."""
    app_part, sep, source = value.partition("=")
    if sep and not app_part.lower().startswith(("http:", "https:", "file:")):
        target = _find_target(app_part, targets)
        if target is not None:
            return target, source
        if app_part.lower().endswith(".apk"):
            raise pytest.UsageError(f"--pipl-policy {value}: {app_part} is not one of the apps given with --pipl")
    return None, value


def rule_config(config: pytest.Config) -> Any:
    from .rules import RuleConfig

    floor = config.getoption("pipl_min_target_sdk")
    if floor is None:
        raw = config.getini("pipl_min_target_sdk")
        try:
            floor = int(raw)
        except ValueError:
            raise pytest.UsageError(f"pipl_min_target_sdk must be an integer API level, got {raw!r}") from None
    lang = config.getoption("pipl_lang") or config.getini("pipl_lang") or "en"
    if lang not in ("en", "zh"):
        raise pytest.UsageError(f"pipl_lang must be 'en' or 'zh', got {lang!r}")
    checks = list(config.getini("pipl_consent_checks")) + list(config.getoption("pipl_consent_check"))
    callbacks = list(config.getini("pipl_consent_callbacks")) + list(config.getoption("pipl_consent_callback"))
    for name in checks + callbacks:
        if not _METHOD_NAME.match(name):
            raise pytest.UsageError(
                f"consent gate {name!r} is not a method name: write package.Class.method, "
                "e.g. com.example.privacy.PrivacyStore.isAgreed (inner classes as Outer$Inner)"
            )
    return RuleConfig(min_target_sdk=floor, lang=lang, consent_checks=tuple(checks), consent_callbacks=tuple(callbacks))


def rules(config: pytest.Config, compare: bool = False) -> list[Any]:
    from .rules import RuleSelectionError, builtin_rules, diff_rules, select_rules

    rules = builtin_rules() + (diff_rules() if compare else [])
    known = {r.id for r in rules}
    for added in config.hook.pytest_pipl_add_rules(config=config):
        for rule in added or []:
            if rule.id in known:
                raise pytest.UsageError(f"pytest_pipl_add_rules: rule {rule.id} already exists")
            known.add(rule.id)
            rules.append(rule)
    patterns = list(config.getini("pipl_rules")) + list(config.getoption("pipl_rules"))
    try:
        return select_rules(rules, patterns)
    except RuleSelectionError as exc:
        raise pytest.UsageError(f"--pipl-rules: {exc}") from None


def knowledge(config: pytest.Config) -> Any:
    """The built-in knowledge plus what conftest files and plugins add through the hooks."""
    from .knowledge.bundle import Knowledge
    from .knowledge.extensions import ExtensionError, extend_knowledge

    hook = config.hook
    try:
        return extend_knowledge(
            Knowledge.builtin(),
            sdks=hook.pytest_pipl_add_sdks(config=config),
            personal_info=hook.pytest_pipl_add_personal_info(config=config),
            permission_terms=hook.pytest_pipl_add_permission_terms(config=config),
            consent_gates=hook.pytest_pipl_add_consent_gates(config=config),
        )
    except ExtensionError as exc:
        raise pytest.UsageError(str(exc)) from None


def cache_dir(config: pytest.Config) -> Path | None:
    if config.getoption("pipl_no_cache"):
        return None
    explicit = config.getoption("pipl_cache_dir") or config.getini("pipl_cache_dir")
    if explicit:
        return Path(explicit)
    cache = getattr(config, "cache", None)
    return cache.mkdir("pipl") if cache is not None else None


def regressions(config: pytest.Config, session: PiplSession) -> None:
    """Baseline and waivers from options and ini keys; a bad file or line is a usage error."""
    from .errors import PiplError
    from .regress.baseline import Baseline
    from .regress.waivers import parse_lines

    path = config.getoption("pipl_baseline") or config.getini("pipl_baseline") or None
    session.baseline_update = bool(config.getoption("pipl_baseline_update"))
    if session.baseline_update and not path:
        raise pytest.UsageError("--pipl-baseline-update needs the file to write: --pipl-baseline PATH")
    try:
        if path:
            check_output_path("--pipl-baseline", path)
            session.baseline = Baseline.load(path)
        session.waivers = parse_lines(config.getini("pipl_waivers"))
    except PiplError as exc:
        raise pytest.UsageError(str(exc)) from None
