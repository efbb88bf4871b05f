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
from .rules import PASSED, Rule
from .session import AppTarget, PiplSession


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
            ("pipl_severity", rule.severity),
            ("pipl_basis", rule.cite()),
        ]

    @property
    def app_node(self) -> AppNode:
        assert isinstance(self.parent, AppNode)
        return self.parent

    def runtest(self) -> None:
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
            raise PiplFailure(f"{self.rule.id} {self.rule.title(lang)} — {exc}") from None
        result = session.result(self.rule, path)
        self.pipl_result = {"app": path, **result.to_dict()}
        if result.outcome != PASSED:
            raise PiplFailure(format_result(result, app, lang))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> Any:
        if isinstance(excinfo.value, PiplFailure):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style=style)

    def reportinfo(self) -> tuple[Path, int | None, str]:
        return self.path, None, f"[pipl] {self.rule.id} {self.rule.title_en}"
