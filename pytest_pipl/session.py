"""Per-run state: the apps under test, loaded once, and the rules to run on them.

Plain Python (no pytest import): the pytest layer builds a
:class:`PiplSession` from options and ini keys and asks it for apps and rule
results.  Apps are loaded lazily, once per run (and from the on-disk cache
across runs); a load error is remembered and reported by every item that
needs that app.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from .app.loader import Progress, load_app
from .app.model import App
from .errors import AppLoadError, CannotAnalyse, PiplError
from .gcpause import gc_paused
from .knowledge.bundle import Knowledge
from .rules import BLIND, Rule, RuleConfig, RuleContext, RuleResult, run_rule

if TYPE_CHECKING:
    from .policy import Policy
    from .regress.baseline import Baseline
    from .regress.verdict import Verdict
    from .regress.waivers import Waiver


@dataclass
class AppTarget:
    """One app given on the command line or in ini, with its display name."""

    path: str  # absolute
    display: str  # what node IDs and messages show (relative to rootdir, or the file name)
    mapping: str | None = None  # R8/ProGuard mapping.txt for this build
    policy_sources: tuple[str, ...] = ()  # --pipl-policy files/URLs; empty: look in the build
    previous: str | None = None  # --pipl-compare: the previous build of this app


@dataclass
class LoadInfo:
    seconds: float
    from_cache: bool


@dataclass
class PiplSession:
    targets: list[AppTarget]
    rules: list[Rule]
    rule_config: RuleConfig = field(default_factory=RuleConfig)
    cache_dir: Path | None = None
    knowledge: Knowledge = field(default_factory=Knowledge.builtin)
    progress: Progress | None = None
    on_loaded: Callable[[AppTarget, App | None, PiplError | None, LoadInfo], None] | None = None
    _apps: dict[str, App] = field(default_factory=dict)
    _errors: dict[str, PiplError] = field(default_factory=dict)
    _results: dict[tuple[str, str], RuleResult] = field(default_factory=dict)
    _policies: dict[tuple[str, ...], Policy | PiplError] = field(default_factory=dict)
    baseline: Baseline | None = None
    baseline_update: bool = False  # --pipl-baseline-update: record every finding, fail none
    waivers: list[Waiver] = field(default_factory=list)
    _previous: dict[str, App | PiplError] = field(default_factory=dict)

    def target(self, path: str) -> AppTarget:
        for t in self.targets:
            if t.path == path:
                return t
        raise KeyError(path)

    def app(self, path: str) -> App:
        """The loaded App for ``path``; raises the (remembered) error if it cannot load."""
        if path in self._apps:
            return self._apps[path]
        if path in self._errors:
            raise self._errors[path]
        target = self.target(path)
        start = time.perf_counter()
        try:
            app = load_app(
                path, cache_dir=self.cache_dir, sdks=self.knowledge.sdks, progress=self.progress, mapping=target.mapping
            )
        except PiplError as exc:
            error: PiplError = (
                AppLoadError(target.display, exc.problem, exc.hint) if isinstance(exc, AppLoadError) else exc
            )
            self._errors[path] = error
            if self.on_loaded:
                self.on_loaded(target, None, error, LoadInfo(time.perf_counter() - start, False))
            raise error from None
        self._apps[path] = app
        if self.on_loaded:
            self.on_loaded(target, app, None, LoadInfo(time.perf_counter() - start, app.loaded_from_cache))
        return app

    def previous_app(self, path: str) -> App | None:
        """The previous build given with ``--pipl-compare`` for the app at ``path`` (loaded once)."""
        old = self.target(path).previous
        if old is None:
            return None
        if old not in self._previous:
            try:
                self._previous[old] = load_app(old, cache_dir=self.cache_dir, sdks=self.knowledge.sdks)
            except PiplError as exc:
                self._previous[old] = exc
        found = self._previous[old]
        if isinstance(found, PiplError):
            raise CannotAnalyse(f"cannot load the previous build: {found}", f"无法读取上一版本：{found}")
        return found

    def verdict(self, rule: Rule, path: str, waivers: list[Waiver] | None = None) -> Verdict:
        """The rule's result on the app, judged against the baseline and the waivers."""
        from .regress.verdict import judge

        result = self.result(rule, path)
        return judge(result, self.app(path).package, self.baseline, self.waivers + list(waivers or ()))

    def close(self) -> None:
        """Forget the loaded apps, policies and results (they can be large)."""
        self._apps.clear()
        self._results.clear()
        self._policies.clear()
        self._previous.clear()

    def policy(self, path: str) -> Policy | PiplError:
        """The policy of the app at ``path``: read from its ``--pipl-policy`` sources (shared by
        apps given the same ones) or found in the build; the error that explains why there is none."""
        from .policy import load_policy

        target = self.target(path)
        key = target.policy_sources or ("bundled", path)
        if key not in self._policies:
            try:
                if target.policy_sources:
                    self._policies[key] = load_policy(*target.policy_sources)
                else:
                    self._policies[key] = load_policy(app=self.app(path))
            except PiplError as exc:
                self._policies[key] = exc
        return self._policies[key]

    def load_error(self, path: str) -> PiplError | None:
        try:
            self.app(path)
        except PiplError as exc:
            return exc
        return None

    def result(self, rule: Rule, path: str) -> RuleResult:
        """Run ``rule`` on the app at ``path`` once per session."""
        key = (rule.id, path)
        if key not in self._results:
            app = self.app(path)
            try:
                previous = self.previous_app(path) if rule.family == "diff" else None
            except CannotAnalyse as exc:
                self._results[key] = RuleResult(rule, path, BLIND, reason=exc.reason, reason_zh=exc.reason_zh)
                return self._results[key]
            ctx = RuleContext(
                app=app,
                config=self.rule_config,
                knowledge=self.knowledge,
                policy=lambda: self.policy(path),
                previous=previous,
            )
            with gc_paused():
                self._results[key] = run_rule(rule, ctx)
        return self._results[key]
