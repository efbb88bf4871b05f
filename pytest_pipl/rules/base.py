"""What a rule is, how it runs, and what running it yields.

A rule is a stable ID, English and Chinese titles, a severity, the legal
basis (keys into the legal-basis table), a rationale, a fix and a
``check(ctx) -> list[Finding]`` function whose docstring is its
documentation.  :func:`run_rule` turns a check into a :class:`RuleResult`:
``passed``, ``failed`` (findings), or ``blind`` (the rule could not see what
it needs — packed code, no policy — which never counts as a pass).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from ..app.model import App
from ..errors import CannotAnalyse
from ..findings import Finding
from ..knowledge.bundle import Knowledge
from ..knowledge.legal import Clause, clause

SEVERITIES = ("high", "medium", "low")
PASSED, FAILED, BLIND = "passed", "failed", "blind"


@dataclass(frozen=True)
class RuleConfig:
    """Settings rules read (from ini keys / command-line options)."""

    min_target_sdk: int = 30
    lang: str = "en"
    consent_checks: tuple[str, ...] = ()  # package.Class.method, true only after the user agreed
    consent_callbacks: tuple[str, ...] = ()  # package.Class.method, run when the user agrees


@dataclass
class RuleContext:
    """Everything a check may look at."""

    app: App
    config: RuleConfig = field(default_factory=RuleConfig)
    policy: Any = None  # a Policy, the PiplError saying why there is none, a callable giving one, or None
    knowledge: Knowledge = field(default_factory=Knowledge.builtin)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (en, zh) context a check wants reported
    previous: App | None = None  # the previous build, for the --pipl-compare rules

    def resolved_policy(self) -> Any:
        """``policy`` with a lazy provider called (once); None means: look in the build."""
        if callable(self.policy):
            self.policy = self.policy()
        return self.policy

    def note(self, en: str, zh: str = "") -> None:
        """Add a line every report of this result shows (e.g. which consent boundary was used)."""
        self.notes.append((en, zh or en))


Check = Callable[[RuleContext], list[Finding]]


@dataclass(frozen=True)
class Rule:
    id: str
    title_en: str
    title_zh: str
    severity: str
    basis: tuple[str, ...]
    rationale_en: str
    rationale_zh: str
    fix_en: str
    fix_zh: str
    check: Check
    family: str
    needs_code: bool = False
    catalogue_ref: str = ""  # the R-… id in the research catalogue (regulations.md)

    @property
    def doc(self) -> str:
        return inspect.getdoc(self.check) or ""

    @property
    def clauses(self) -> tuple[Clause, ...]:
        return tuple(clause(k) for k in self.basis)

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang == "zh" else self.title_en

    def fix(self, lang: str = "en") -> str:
        return self.fix_zh if lang == "zh" else self.fix_en

    def rationale(self, lang: str = "en") -> str:
        return self.rationale_zh if lang == "zh" else self.rationale_en

    def cite(self, lang: str = "en") -> str:
        return "; ".join(c.cite(lang) for c in self.clauses)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title_en,
            "title_zh": self.title_zh,
            "severity": self.severity,
            "family": self.family,
            "basis": [c.to_dict() for c in self.clauses],
            "rationale": self.rationale_en,
            "rationale_zh": self.rationale_zh,
            "fix": self.fix_en,
            "fix_zh": self.fix_zh,
        }


def rule(
    *,
    id: str,
    title_en: str,
    title_zh: str,
    severity: str,
    basis: tuple[str, ...],
    rationale_en: str,
    rationale_zh: str,
    fix_en: str,
    fix_zh: str,
    family: str,
    needs_code: bool = False,
    catalogue_ref: str = "",
) -> Callable[[Check], Rule]:
    """Decorator turning a check function into a :class:`Rule`."""
    if severity not in SEVERITIES:
        raise ValueError(f"{id}: severity must be one of {SEVERITIES}")
    for key in basis:
        clause(key)  # fail at import time on a typo'd basis key

    def wrap(check: Check) -> Rule:
        return Rule(
            id=id,
            title_en=title_en,
            title_zh=title_zh,
            severity=severity,
            basis=basis,
            rationale_en=rationale_en,
            rationale_zh=rationale_zh,
            fix_en=fix_en,
            fix_zh=fix_zh,
            check=check,
            family=family,
            needs_code=needs_code,
            catalogue_ref=catalogue_ref,
        )

    return wrap


@dataclass
class RuleResult:
    """The outcome of one rule on one app."""

    rule: Rule
    app_path: str
    outcome: str
    findings: list[Finding] = field(default_factory=list)
    reason: str = ""  # why the rule was blind
    reason_zh: str = ""
    notes: list[tuple[str, str]] = field(default_factory=list)  # (en, zh)

    @property
    def passed(self) -> bool:
        return self.outcome == PASSED

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule.id,
            "title": self.rule.title_en,
            "title_zh": self.rule.title_zh,
            "severity": self.rule.severity,
            "outcome": self.outcome,
            "reason": self.reason,
            "reason_zh": self.reason_zh,
            "notes": [en for en, _ in self.notes],
            "findings": [f.to_dict() for f in self.findings],
        }


def run_rule(rule: Rule, ctx: RuleContext) -> RuleResult:
    """Run one rule; a rule that cannot see (packed code, no policy) comes back ``blind``."""
    path = ctx.app.path
    try:
        if rule.needs_code and ctx.app.code_blocker:
            blocker = ctx.app.code_blocker
            raise CannotAnalyse(f"cannot analyse: {blocker}", f"无法分析：{blocker}")
        findings = rule.check(ctx)
    except CannotAnalyse as exc:
        return RuleResult(rule, path, BLIND, reason=exc.reason, reason_zh=exc.reason_zh, notes=ctx.notes)
    return RuleResult(rule, path, FAILED if findings else PASSED, findings=list(findings), notes=ctx.notes)
