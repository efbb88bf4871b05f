"""The controller-side reporter: load progress, the JSON and SARIF reports, the baseline update and the
end-of-run summary.  Registered by the plugin when apps are given; pytest wiring only — the reports and the
summary are built by plain modules (report_json, report_sarif, summary, regress)."""

from __future__ import annotations

import os
import urllib.parse
from pathlib import Path
from typing import Any

import pytest

from .app.model import App
from .errors import PiplError
from .output import check_output_path
from .session import AppTarget, LoadInfo, PiplSession


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
            size = os.path.getsize(path) / 1e6
            zh = self.session.rule_config.lang == "zh"
            tr.write_line(
                f"pipl：正在分析 {display}（{size:.1f} MB，{total}个DEX）…"
                if zh
                else f"pipl: analysing {display} ({size:.1f} MB, {total} DEX)…"
            )

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
            if self.session.rule_config.lang == "zh":
                how = "来自缓存" if info.from_cache else f"{len(app.dex_files)}个DEX"
                packed = f"，已加固：{app.packer.describe()}" if app.packer else ""
                line = (
                    f"pipl：{target.display}：{app.package} {app.version_name or ''} — {app.code.class_count:,}个类，"
                    f"{len(app.sdks)}个SDK{packed}（{info.seconds:.1f}秒，{how}）"
                )
            else:
                how = "from cache" if info.from_cache else f"{len(app.dex_files)} DEX"
                packed = f", packed: {app.packer.describe()}" if app.packer else ""
                line = (
                    f"pipl: {target.display}: {app.package} {app.version_name or ''} — {app.code.class_count:,} "
                    f"classes, {len(app.sdks)} SDKs{packed} ({info.seconds:.1f}s, {how})"
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
                    relative = Path(target.path).resolve().relative_to(root.resolve()).as_posix()
                    uris[target.path] = urllib.parse.quote(relative)
                except ValueError:
                    uris[target.path] = Path(target.path).resolve().as_uri()
            log = build_sarif(
                self.session.rules,
                self.results,
                uris,
                self.session.rule_config.lang,
                root,
                with_baseline=self.session.baseline is not None,
            )
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
