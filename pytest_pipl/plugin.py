"""The pytest plugin: options, fixtures, rule items, reports.  Wiring only.

Inert unless an app is given (``--pipl PATH`` or ini ``pipl_apps``): then a
:class:`~pytest_pipl.session.PiplSession` is stored in ``config.stash``, one
rule item per built-in rule per app is added to the collected tests, and the
``pipl_app`` / ``pipl`` fixtures are parametrised over the apps.
"""

from __future__ import annotations

import os
import re
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from .app.model import App
from .errors import PiplError
from .output import check_output_path
from .session import AppTarget, LoadInfo, PiplSession

SESSION_KEY = pytest.StashKey[PiplSession]()
_METHOD_NAME = re.compile(r"^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)+\.[A-Za-z_$<][\w$>]*$")
REPORTER_KEY = pytest.StashKey["PiplReporter"]()
NO_APP_REASON = "no app to check: pass --pipl path/to/app.apk or set pipl_apps in the pytest ini file"


# -- options --------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
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


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from . import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


# -- configuration ----------------------------------------------------------------------


def _targets(config: pytest.Config) -> list[AppTarget]:
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
    _assign_mappings(config.getoption("pipl_mapping"), targets)
    inifile_dir = Path(config.inipath).parent if config.inipath else config.rootpath
    policies = [(v, inifile_dir) for v in config.getini("pipl_policy")]
    policies += [(v, Path.cwd()) for v in config.getoption("pipl_policy")]
    _assign_policies(policies, targets)
    _assign_previous(config.getoption("pipl_compare"), targets)
    return targets


def _assign_previous(values: list[str], targets: list[AppTarget]) -> None:
    """Pair ``--pipl-compare`` values with apps: ``APP=OLD.apk``, or one per app in order."""
    plain = []
    for value in values:
        app_part, sep, old = value.partition("=")
        if sep and app_part:
            wanted = os.path.abspath(app_part)
            match = [t for t in targets if t.path in (wanted, os.path.realpath(wanted)) or t.display == app_part]
            if not match:
                raise pytest.UsageError(f"--pipl-compare {value}: {app_part} is not one of the apps given with --pipl")
            match[0].previous = os.path.abspath(old)
        else:
            plain.append(os.path.abspath(value))
    if plain:
        if len(plain) != len(targets):
            raise pytest.UsageError(
                "--pipl-compare: give one previous build per app (paired in order) or APP=OLD.apk for each"
            )
        for target, old in zip(targets, plain):
            target.previous = old
    for target in targets:
        if target.previous and not os.path.isfile(target.previous):
            raise pytest.UsageError(
                f"--pipl-compare: cannot load previous build {target.previous}: the file does not exist."
            )


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
        wanted = os.path.abspath(app_part)
        for t in targets:
            if t.path in (wanted, os.path.realpath(wanted)) or t.display == app_part or Path(t.path).name == app_part:
                return t, source
        if app_part.lower().endswith(".apk"):
            raise pytest.UsageError(f"--pipl-policy {value}: {app_part} is not one of the apps given with --pipl")
    return None, value


def _assign_mappings(values: list[str], targets: list[AppTarget]) -> None:
    """Pair ``--pipl-mapping`` values with apps: ``APP=MAPPING``, or one per app in order."""
    plain = []
    for value in values:
        app_part, sep, mapping = value.rpartition("=")
        if not (sep and app_part):
            plain.append(os.path.abspath(value))
            continue
        wanted = os.path.abspath(app_part)
        match = [t for t in targets if t.path in (wanted, os.path.realpath(wanted)) or t.display == app_part]
        if not match:
            raise pytest.UsageError(f"--pipl-mapping {value}: {app_part} is not one of the apps given with --pipl")
        match[0].mapping = os.path.abspath(mapping)
    if plain:
        if len(plain) != len(targets):
            raise pytest.UsageError(
                "--pipl-mapping: give one mapping per app (paired in order) or APP=MAPPING for each"
            )
        for target, mapping in zip(targets, plain):
            target.mapping = mapping
    for target in targets:
        if target.mapping and not os.path.isfile(target.mapping):
            raise pytest.UsageError(
                f"--pipl-mapping: cannot read mapping file {target.mapping}: the file does not exist."
            )


def _rule_config(config: pytest.Config) -> Any:
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


def _rules(config: pytest.Config, compare: bool = False) -> list[Any]:
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


def _knowledge(config: pytest.Config) -> Any:
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


def _cache_dir(config: pytest.Config) -> Path | None:
    if config.getoption("pipl_no_cache"):
        return None
    explicit = config.getoption("pipl_cache_dir") or config.getini("pipl_cache_dir")
    if explicit:
        return Path(explicit)
    cache = getattr(config, "cache", None)
    return cache.mkdir("pipl") if cache is not None else None


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "pipl: a pytest-pipl built-in rule item")
    config.addinivalue_line(
        "markers",
        "pipl_waive(rule, subject=None, reason, owner, expires): accept a pytest-pipl finding in this test, "
        "with a reason, an owner and an expiry date (YYYY-MM-DD)",
    )
    targets = _targets(config)
    if not targets:
        return
    for t in targets:
        if not os.path.isfile(t.path):
            problem = "it is a directory, not an APK file" if os.path.isdir(t.path) else "the file does not exist"
            raise pytest.UsageError(f"pytest-pipl: cannot load app {t.display}: {problem}.")
    session = PiplSession(
        targets=targets,
        rules=_rules(config, compare=any(t.previous for t in targets)),
        rule_config=_rule_config(config),
        cache_dir=_cache_dir(config),
        knowledge=_knowledge(config),
    )
    _regressions(config, session)
    config.stash[SESSION_KEY] = session
    if not hasattr(config, "workerinput"):
        reporter = PiplReporter(config, session)
        config.stash[REPORTER_KEY] = reporter
        config.pluginmanager.register(reporter, "pipl-reporter")


def _regressions(config: pytest.Config, session: PiplSession) -> None:
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


def pytest_unconfigure(config: pytest.Config) -> None:
    reporter = config.stash.get(REPORTER_KEY, None)
    if reporter is not None:
        config.pluginmanager.unregister(reporter)
        del config.stash[REPORTER_KEY]
    if SESSION_KEY in config.stash:
        # Test items still point at the session; dropping the analysed apps now keeps the
        # garbage collections pytest runs at exit from walking millions of objects.
        config.stash[SESSION_KEY].close()
        del config.stash[SESSION_KEY]


def _builtin_enabled(config: pytest.Config) -> bool:
    return not (config.getoption("pipl_no_builtin") or config.getini("pipl_no_builtin"))


# -- collection -----------------------------------------------------------------------


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items: list[pytest.Item]) -> None:
    """Add the rule items before -k/-m deselection runs, so they can be selected like any test."""
    pipl = config.stash.get(SESSION_KEY, None)
    if pipl is None or not _builtin_enabled(config):
        return
    from .items import AppNode

    for target in pipl.targets:
        node = AppNode.from_parent(
            session, path=Path(target.path), nodeid=target.display, target=target, pipl_session=pipl
        )
        # Go through the collect-report hooks like any collected file, so the
        # terminal's "collected N items", junitxml and xdist see these items.
        report = node.ihook.pytest_make_collect_report(collector=node)
        node.ihook.pytest_collectreport(report=report)
        items.extend(x for x in report.result if isinstance(x, pytest.Item))


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "_pipl_target" not in metafunc.fixturenames:
        return
    pipl = metafunc.config.stash.get(SESSION_KEY, None)
    if pipl is None:
        metafunc.parametrize(
            "_pipl_target",
            [pytest.param(None, marks=pytest.mark.skip(reason=NO_APP_REASON))],
            ids=["no-app"],
            indirect=True,
        )
        return
    metafunc.parametrize(
        "_pipl_target", [t.path for t in pipl.targets], ids=[t.display for t in pipl.targets], indirect=True
    )


# -- fixtures ---------------------------------------------------------------------------


@pytest.fixture
def _pipl_target(request: pytest.FixtureRequest) -> str:
    """The app path this test runs for (parametrised by pytest-pipl)."""
    path = getattr(request, "param", None)
    if path is None:
        pytest.skip(NO_APP_REASON)
    return path


@pytest.fixture
def pipl_app(request: pytest.FixtureRequest, _pipl_target: str) -> App:
    """The analysed Android build (:class:`pytest_pipl.App`), one test per app given with ``--pipl``.

    Example::

        def test_no_sms_permission(pipl_app):
            assert pipl_app.permission("android.permission.READ_SMS") is None
    """
    pipl = request.config.stash[SESSION_KEY]
    try:
        return pipl.app(_pipl_target)
    except PiplError as exc:
        pytest.fail(str(exc), pytrace=False)


@pytest.fixture
def pipl(request: pytest.FixtureRequest, pipl_app: App, _pipl_target: str) -> Any:
    """Compliance assertions bound to the app under test (:class:`pytest_pipl.assertions.Pipl`).

    Example::

        def test_launch(pipl):
            pipl.no_self_start_receivers()
            pipl.assert_passes("PIPL-PERM-001")
    """
    from .assertions import Pipl

    session = request.config.stash[SESSION_KEY]
    from .errors import PiplError
    from .items import marker_waivers

    try:
        waivers = session.waivers + marker_waivers(request.node)
    except PiplError as exc:
        pytest.fail(str(exc), pytrace=False)
    return Pipl(
        pipl_app,
        session.rule_config,
        session.rules,
        session.knowledge,
        policy=lambda: session.policy(_pipl_target),
        baseline=session.baseline,
        waivers=waivers,
    )


@pytest.fixture
def pipl_policy(request: pytest.FixtureRequest, pipl_app: App, _pipl_target: str) -> Any:
    """The app's privacy policy (:class:`pytest_pipl.policy.Policy`): from ``--pipl-policy`` or bundled in the
    build.  Fails (never skips) with where it looked when there is none.

    Example::

        def test_policy_names_the_dpo(pipl_policy):
            assert pipl_policy.mentions("个人信息保护负责人")
    """
    session = request.config.stash[SESSION_KEY]
    policy = session.policy(_pipl_target)
    if isinstance(policy, PiplError):
        explain = getattr(policy, "explain", None)
        pytest.fail(explain(session.rule_config.lang) if explain else str(policy), pytrace=False)
    return policy


# -- reporting -----------------------------------------------------------------------------


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Generator[None, Any, Any]:
    report = yield
    result = getattr(item, "pipl_result", None)
    if call.when == "call" and result is not None:
        # A plain dict attribute survives xdist's report serialisation.
        report.pipl_result = result
    return report


class PiplReporter:
    """Controller-side: load progress, the JSON report and the end-of-run summary."""

    def __init__(self, config: pytest.Config, session: PiplSession) -> None:
        self.config = config
        self.session = session
        self.results: list[dict[str, Any]] = []
        self.load_errors: dict[str, PiplError] = {}
        self.json_path = config.getoption("pipl_json") or config.getini("pipl_json") or None
        self.sarif_path = config.getoption("pipl_sarif") or config.getini("pipl_sarif") or None
        self.baseline_written: int | None = None
        try:
            if self.json_path:
                check_output_path("--pipl-json", self.json_path)
            if self.sarif_path:
                check_output_path("--pipl-sarif", self.sarif_path)
        except PiplError as exc:
            raise pytest.UsageError(str(exc)) from None
        session.progress = self._progress
        session.on_loaded = self._loaded
        self._progress_shown: set[str] = set()

    @property
    def _tr(self) -> Any:
        return self.config.pluginmanager.get_plugin("terminalreporter")

    def _progress(self, path: str, message: str, done: int, total: int) -> None:
        tr = self._tr
        if tr is None or self.config.option.verbose < 0:
            return
        display = self.session.target(path).display if any(t.path == path for t in self.session.targets) else path
        if getattr(tr, "isatty", False):
            self._progress_shown.add(path)
            tr.rewrite(f"pipl: {display}: {message} ({done}/{total})", erase=True)
        elif path not in self._progress_shown:
            self._progress_shown.add(path)
            tr.write_line(f"pipl: analysing {display} ({os.path.getsize(path) / 1e6:.1f} MB, {total} DEX)…")

    def _loaded(self, target: AppTarget, app: App | None, error: PiplError | None, info: LoadInfo) -> None:
        tr = self._tr
        if error is not None:
            self.load_errors[target.path] = error
        if tr is None or self.config.option.verbose < 0:
            return
        if error is not None:
            line = f"pipl: {error}"
        else:
            assert app is not None
            how = "from cache" if info.from_cache else f"{len(app.dex_files)} DEX"
            packed = f", packed: {app.packer.describe()}" if app.packer else ""
            line = (
                f"pipl: {target.display}: {app.package} {app.version_name or ''} — {app.code.class_count:,} classes, "
                f"{len(app.sdks)} SDKs{packed} ({info.seconds:.1f}s, {how})"
            )
        if getattr(tr, "isatty", False) and target.path in self._progress_shown:
            tr.rewrite(line, erase=True, red=error is not None)
            tr.write("\n")
        else:
            tr.write_line(line, red=error is not None)

    def pytest_collection_finish(self, session: pytest.Session) -> None:
        """Load every app now, so progress shows before the test run and a broken app
        fails the run even when no selected test uses it."""
        if self.config.option.collectonly:
            return
        for target in self.session.targets:
            self.session.load_error(target.path)

    def pytest_runtest_logreport(self, report: pytest.TestReport) -> None:
        result = getattr(report, "pipl_result", None)
        if result is not None:
            self.results.append(result)

    @pytest.hookimpl(trylast=True)
    def pytest_sessionfinish(self, session: pytest.Session, exitstatus: int) -> None:
        if self.json_path:
            from .report_json import build_report, write_report

            apps = []
            policies = {}
            wants_policy = any(r.family == "policy" for r in self.session.rules)
            for target in self.session.targets:
                try:
                    app, error = self.session.app(target.path), None
                except PiplError as exc:
                    app, error = None, exc
                apps.append((target.path, target.display, app, error))
                if app is not None and wants_policy:
                    policies[target.path] = self.session.policy(target.path)
            extra = {
                "baseline": self.session.baseline.path if self.session.baseline else None,
                "previous": {t.path: t.previous for t in self.session.targets if t.previous},
            }
            write_report(self.json_path, build_report(apps, self.results, policies, **extra))
        if self.sarif_path:
            from .report_sarif import build_sarif, write_sarif

            root = self.config.rootpath
            uris = {}
            for target in self.session.targets:
                try:
                    uris[target.path] = Path(target.path).resolve().relative_to(root.resolve()).as_posix()
                except ValueError:
                    uris[target.path] = Path(target.path).resolve().as_uri()
            log = build_sarif(self.session.rules, self.results, uris, self.session.rule_config.lang, root)
            write_sarif(self.sarif_path, log)
        baseline = self.session.baseline
        if self.session.baseline_update and baseline is not None:
            updated = baseline.updated(self.results)
            updated.write(baseline.path)
            self.baseline_written = len(updated)
        if self.load_errors and session.exitstatus in (pytest.ExitCode.OK, pytest.ExitCode.NO_TESTS_COLLECTED):
            session.exitstatus = pytest.ExitCode.TESTS_FAILED

    def pytest_terminal_summary(self, terminalreporter: Any) -> None:
        from .summary import summary_lines

        zh = self.session.rule_config.lang == "zh"
        baseline = self.session.baseline
        if self.results or self.load_errors:
            terminalreporter.write_sep("-", "pytest-pipl")
            lines = summary_lines(
                self.results,
                len(self.session.targets),
                self.session.rule_config.lang,
                baseline.path if baseline else None,
            )
            for n, line in enumerate(lines):
                terminalreporter.write_line(line, bold=n == 0)
            for error in self.load_errors.values():
                terminalreporter.write_line(str(error), red=True)
        if baseline is not None and self.baseline_written is not None:
            terminalreporter.write_line(
                f"已更新基线 {baseline.path}（{self.baseline_written}处问题）"
                if zh
                else f"pipl baseline written: {baseline.path} ({self.baseline_written} findings)"
            )
        elif baseline is not None and not baseline.existed:
            terminalreporter.write_line(
                f"基线文件 {baseline.path} 不存在：所有问题均视为新增；用 --pipl-baseline-update 生成。"
                if zh
                else f"pipl baseline {baseline.path} does not exist yet: every finding counts as new; "
                "write it with --pipl-baseline-update."
            )
        if self.json_path:
            terminalreporter.write_line(f"{'JSON报告' if zh else 'pipl JSON report'}: {self.json_path}")
        if self.sarif_path:
            terminalreporter.write_line(f"{'SARIF报告' if zh else 'pipl SARIF report'}: {self.sarif_path}")
