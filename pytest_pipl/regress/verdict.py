"""The verdict on one rule's result: which findings are new, accepted by the baseline, or waived.

An item fails when a finding is new (neither in the baseline nor waived),
when the only waiver that matches has expired, or when the rule could not
analyse the app and nothing accepts that.  Accepted findings stay in every
report, marked as such.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from ..findings import Finding, fingerprint_of
from ..rules import BLIND, FAILED, PASSED, RuleResult
from .baseline import BLIND as BLIND_SUBJECT
from .baseline import Baseline, BaselineEntry
from .waivers import Waiver, find_waiver

NEW, BASELINED, WAIVED, EXPIRED = "new", "baselined", "waived", "expired"


@dataclass
class Verdict:
    result: RuleResult
    package: str = ""
    states: list[tuple[Finding, str, Waiver | None]] = field(default_factory=list)
    blind_state: str = ""  # for blind results: new | baselined | waived | expired
    blind_waiver: Waiver | None = None
    fixed: list[BaselineEntry] = field(default_factory=list)
    baseline_path: str = ""

    @property
    def failed(self) -> bool:
        if self.result.outcome == BLIND:
            return self.blind_state in (NEW, EXPIRED)
        return any(state in (NEW, EXPIRED) for _, state, _ in self.states)

    def count(self, state: str) -> int:
        return sum(1 for _, s, _ in self.states if s == state) + (1 if self.blind_state == state else 0)

    @property
    def outstanding(self) -> RuleResult:
        """The result restricted to what fails: new findings and findings whose waiver expired."""
        keep = [f for f, state, _ in self.states if state in (NEW, EXPIRED)]
        outcome = self.result.outcome if self.result.outcome == BLIND else (FAILED if keep else PASSED)
        return replace(self.result, findings=keep, outcome=outcome)

    def finding_dicts(self) -> list[dict[str, Any]]:
        out = []
        for finding, state, waiver in self.states:
            entry = finding.to_dict()
            entry["state"] = state
            if waiver is not None:
                entry["waiver"] = waiver.to_dict()
            out.append(entry)
        return out

    def notes(self, lang: str = "en") -> list[str]:
        """Lines a report adds after the outstanding findings: what was accepted, what expired, what was fixed."""
        zh = lang == "zh"
        lines = []
        baselined = self.count(BASELINED)
        if baselined:
            lines.append(
                f"基线（{self.baseline_path}）已接受{baselined}处问题，不影响结果。"
                if zh
                else f"{baselined} finding{'s' if baselined != 1 else ''} accepted by the baseline "
                f"({self.baseline_path}) and not failing."
            )
        for finding, state, waiver in self.states:
            if state in (WAIVED, EXPIRED) and waiver is not None:
                if state == WAIVED:
                    lines.append(f"{'已豁免' if zh else 'Waived'}: {finding.subject} — {waiver.describe(lang)}")
                else:
                    lines.append(
                        f"豁免已过期（{waiver.expires.isoformat()}）：{finding.subject} — {waiver.describe(lang)}"
                        if zh
                        else f"Waiver EXPIRED on {waiver.expires.isoformat()}: {finding.subject} — "
                        f"{waiver.describe(lang)}"
                    )
        if self.blind_state == EXPIRED and self.blind_waiver is not None:
            lines.append(
                f"豁免已过期（{self.blind_waiver.expires.isoformat()}）：{self.blind_waiver.describe(lang)}"
                if zh
                else f"Waiver EXPIRED on {self.blind_waiver.expires.isoformat()}: {self.blind_waiver.describe(lang)}"
            )
        if self.fixed:
            subjects = ", ".join(e.subject for e in self.fixed)
            lines.append(f"自基线以来已修复：{subjects}" if zh else f"Fixed since the baseline: {subjects}")
        return lines


def judge(
    result: RuleResult,
    package: str,
    baseline: Baseline | None = None,
    waivers: Sequence[Waiver] = (),
    today: dt.date | None = None,
) -> Verdict:
    """Classify every finding of ``result`` as new, baselined, waived or expired."""
    verdict = Verdict(result, package, baseline_path=baseline.path if baseline else "")

    def classify(rule_id: str, subject: str, fingerprint: str) -> tuple[str, Waiver | None]:
        if baseline is not None and baseline.accepted(package, fingerprint):
            return BASELINED, None
        waiver = find_waiver(waivers, rule_id, subject, fingerprint)
        if waiver is None:
            return NEW, None
        return (EXPIRED if waiver.expired(today) else WAIVED), waiver

    for finding in result.findings:
        verdict.states.append((finding, *classify(finding.rule_id, finding.subject, finding.fingerprint)))
    current = [f.fingerprint for f in result.findings]
    if result.outcome == BLIND:
        blind = fingerprint_of(result.rule.id, BLIND_SUBJECT)
        verdict.blind_state, verdict.blind_waiver = classify(result.rule.id, BLIND_SUBJECT, blind)
        current.append(blind)
    if baseline is not None:
        verdict.fixed = baseline.fixed(package, result.rule.id, current)
    return verdict
