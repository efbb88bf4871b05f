"""pytest nodes for built-in rule items: one collector per app, one item per rule.

Node IDs read ``<app>::<RULE-ID>`` (``Yosemite.apk::PIPL-PERM-001``), so ``-k``
selects rules, families (``-k PIPL-PERM``) or apps by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .assertions import format_result
from .errors import PiplError
from .regress.verdict import BASELINED, NEW, WAIVED
from .regress.waivers import Waiver, from_marker
from .rules import PASSED, Rule
from .session import AppTarget, PiplSession


def marker_waivers(node: pytest.Item) -> list[Waiver]:
    """Waivers from ``@pytest.mark.pipl_waive(...)`` markers on a node (and its parents)."""
    return [
        from_marker(mark.args, dict(mark.kwargs), f"pipl_waive marker on {node.nodeid}")
        for mark in node.iter_markers("pipl_waive")
    ]


class PiplFailure(Exception):
    """A rule item's failure: its text is the complete, self-explaining report."""


class AppNode(pytest.File):
    """The rule items of one app."""

    def __init__(self, *, target: AppTarget, pipl_session: PiplSession, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.target = target
        self.pipl_session = pipl_session

    def collect(self) -> list[RuleItem]:
        return [RuleItem.from_parent(self, name=rule.id, rule=rule) for rule in self.pipl_session.rules]


class RuleItem(pytest.Item):
    """One built-in rule run on one app."""

    def __init__(self, *, rule: Rule, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.rule = rule
        self.pipl_result: dict[str, Any] | None = None
        self.add_marker("pipl")
        self.user_properties += [
            ("pipl_rule", rule.id),
            ("pipl_title", rule.title_en),
            ("pipl_severity", rule.severity),
            ("pipl_basis", rule.cite("zh")),
        ]

    @property
    def app_node(self) -> AppNode:
        assert isinstance(self.parent, AppNode)
        return self.parent

    def runtest(self) -> None:
        # The failure is raised from a frame that holds no App: pytest keeps the last failure's
        # traceback alive, and an App's code index would otherwise outlive the run.
        failure = self._judge()
        if failure is not None:
            raise PiplFailure(failure)

    def _judge(self) -> str | None:
        """Run the rule, record the result for the reports, and return the failure text (None: passes)."""
        session = self.app_node.pipl_session
        path = self.app_node.target.path
        lang = session.rule_config.lang
        try:
            app = session.app(path)
        except PiplError as exc:
            self.pipl_result = {
                "app": path,
                "rule_id": self.rule.id,
                "outcome": "error",
                "reason": str(exc),
                "findings": [],
            }
            return f"{self.rule.id} {self.rule.title(lang)} — {exc}"
        try:
            waivers = self.waivers()
        except PiplError as exc:
            return str(exc)
        verdict = session.verdict(self.rule, path, waivers)
        result = verdict.result
        self.pipl_result = {
            "app": path,
            "app_name": self.app_node.target.display,
            "package": app.package,
            **result.to_dict(),
            "findings": verdict.finding_dicts(),
            "blind_state": verdict.blind_state or None,
            "verdict": (
                "recorded"
                if session.baseline_update and result.outcome != PASSED
                else "failed"
                if verdict.failed
                else ("accepted" if result.outcome != PASSED else "passed")
            ),
            "fixed": [e.to_dict() for e in verdict.fixed],
        }
        sdks = sorted({f.sdk for f in result.findings if f.sdk})
        self.user_properties += [
            ("pipl_outcome", result.outcome),
            ("pipl_findings", str(len(result.findings))),
            ("pipl_new", str(verdict.count(NEW))),
            ("pipl_baselined", str(verdict.count(BASELINED))),
            ("pipl_waived", str(verdict.count(WAIVED))),
        ]
        if sdks:
            self.user_properties.append(("pipl_sdk", ",".join(sdks)))
        if session.baseline_update or not verdict.failed:
            return None
        outstanding = verdict.outstanding
        text = format_result(outstanding, app, lang) if outstanding.outcome != PASSED else ""
        if not text:  # only expired waivers: name them
            text = f"{self.rule.id} {self.rule.title(lang)} — {app.name}"
        return "\n".join([text, *verdict.notes(lang)])

    def waivers(self) -> list[Any]:
        """Waivers declared with the ``pipl_waive`` marker on this item (e.g. via ``pytestmark`` in conftest)."""
        return marker_waivers(self)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, PiplFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        lang = self.app_node.pipl_session.rule_config.lang
        return self.path, None, f"[pipl] {self.rule.id} {self.rule.title(lang)}"
