"""The pytest plugin: options, fixtures, rule items, reports.  Wiring only.

Inert unless an app is given (``--pipl PATH`` or ini ``pipl_apps``): then a
:class:`~pytest_pipl.session.PiplSession` is stored in ``config.stash``, one
rule item per built-in rule per app is added to the collected tests, and the
``pipl_app`` / ``pipl`` fixtures are parametrised over the apps.
"""

from __future__ import annotations

import os
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from .app.model import App
from .errors import PiplError
from .options import add_options, cache_dir, knowledge, regressions, rule_config, rules, targets
from .reporter import PiplReporter
from .session import PiplSession

SESSION_KEY = pytest.StashKey[PiplSession]()
REPORTER_KEY = pytest.StashKey[PiplReporter]()
NO_APP_REASON = "no app to check: pass --pipl path/to/app.apk or set pipl_apps in the pytest ini file"


# -- options --------------------------------------------------------------------------


def pytest_addoption(parser: pytest.Parser) -> None:
    add_options(parser)


def pytest_addhooks(pluginmanager: pytest.PytestPluginManager) -> None:
    from . import hookspecs

    pluginmanager.add_hookspecs(hookspecs)


# -- configuration ----------------------------------------------------------------------


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "pipl: a pytest-pipl built-in rule item")
    config.addinivalue_line(
        "markers",
        "pipl_waive(rule, subject=None, reason, owner, expires): accept a pytest-pipl finding in this test, "
        "with a reason, an owner and an expiry date (YYYY-MM-DD)",
    )
    apps = targets(config)
    if not apps:
        return
    for t in apps:
        if not os.path.isfile(t.path):
            problem = "it is a directory, not an APK file" if os.path.isdir(t.path) else "the file does not exist"
            raise pytest.UsageError(f"pytest-pipl: cannot load app {t.display}: {problem}.")
    session = PiplSession(
        targets=apps,
        rules=rules(config, compare=any(t.previous for t in apps)),
        rule_config=rule_config(config),
        cache_dir=cache_dir(config),
        knowledge=knowledge(config),
    )
    regressions(config, session)
    config.stash[SESSION_KEY] = session
    if not hasattr(config, "workerinput"):
        reporter = PiplReporter(config, session)
        config.stash[REPORTER_KEY] = reporter
        config.pluginmanager.register(reporter, "pipl-reporter")


@pytest.hookimpl(tryfirst=True)
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
