"""The end-of-run summary: per rule, what failed, grouped by the SDK responsible.

Plain text lines from the rule-result dicts the items record (so the xdist
controller can print it), in English or Chinese.  New findings are what
fails; baselined and waived ones are counted so they stay visible; findings
the baseline recorded that this build no longer has are listed as fixed.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import Any

from .knowledge.bundle import Knowledge

_STATES = ("new", "expired", "baselined", "waived")


def _owner(finding: dict[str, Any], lang: str, names: dict[str, str]) -> str:
    sdk = finding.get("sdk")
    if not sdk:
        return "应用自身代码" if lang == "zh" else "app code"
    return names.get(sdk) or finding.get("sdk_name") or sdk


def summary_lines(
    results: Sequence[dict[str, Any]], apps: int, lang: str = "en", baseline_path: str | None = None
) -> list[str]:
    """The summary, one line per rule that did not simply pass, then fixed findings and expired waivers."""
    zh = lang == "zh"
    names = {s.id: (s.name_zh if zh else s.name_en) for s in Knowledge.builtin().sdks}
    outcomes = Counter(r["outcome"] for r in results)
    blind_failing = sum(1 for r in results if r["outcome"] == "blind" and r.get("verdict", "failed") == "failed")
    blind_accepted = outcomes["blind"] - blind_failing
    verdicts = Counter(r.get("verdict", "failed" if r["outcome"] != "passed" else "passed") for r in results)
    states: Counter[str] = Counter()
    for r in results:
        for f in r.get("findings", []):
            states[f.get("state", "new")] += 1
    total = sum(states.values())
    if zh:
        head = (
            f"{len(results)}项规则检查，{apps}个应用：未通过{verdicts['failed']}项"
            + (f"（其中无法分析{blind_failing}项）" if blind_failing else "")
            + f"，已接受{verdicts['accepted']}项"
            + (f"（其中无法分析{blind_accepted}项）" if blind_accepted else "")
            + f"，通过{verdicts['passed']}项"
            + (f"，记入基线{verdicts['recorded']}项" if verdicts["recorded"] else "")
            + f"；问题{total}处：新增{states['new']}处"
        )
        if states["baselined"]:
            head += f"，基线已接受{states['baselined']}处"
        if states["waived"]:
            head += f"，已豁免{states['waived']}处"
        if states["expired"]:
            head += f"，豁免过期{states['expired']}处"
    else:
        plural = "s" if total != 1 else ""
        head = (
            f"{len(results)} rule checks on {apps} app{'s' if apps != 1 else ''}: {verdicts['failed']} failing"
            + (f" ({blind_failing} could not analyse)" if blind_failing else "")
            + f", {verdicts['accepted']} accepted"
            + (f" ({blind_accepted} could not analyse)" if blind_accepted else "")
            + f", {verdicts['passed']} passed"
            + (f", {verdicts['recorded']} recorded in the baseline" if verdicts["recorded"] else "")
            + f" — {total} finding{plural}: {states['new']} new"
        )
        if states["baselined"]:
            head += f", {states['baselined']} accepted by the baseline"
        if states["waived"]:
            head += f", {states['waived']} waived"
        if states["expired"]:
            head += f", {states['expired']} with an expired waiver"
    lines = [head]
    many_apps = apps > 1
    for r in sorted(results, key=lambda r: (r["rule_id"], r.get("app", ""))):
        title = r.get("title_zh") if zh else r.get("title")
        where = f" [{r.get('app_name', '')}]" if many_apps and r.get("app_name") else ""
        if r["outcome"] in ("blind", "error"):
            reason = (r.get("reason_zh") if zh else r.get("reason")) or r.get("reason", "")
            reason = reason.splitlines()[0].removesuffix(" Looked at:").removesuffix("查找范围：") if reason else ""
            accepted = r.get("blind_state") in ("baselined", "waived")
            label = (
                ("无法分析（已接受）" if accepted else "无法分析")
                if zh
                else ("cannot analyse (accepted)" if accepted else "cannot analyse")
            )
            lines.append(f"  {r['rule_id']} {title}{where}: {label} — {reason}")
            continue
        findings = r.get("findings", [])
        if not findings:
            continue
        parts = []
        for state in _STATES:
            chosen = [f for f in findings if f.get("state", "new") == state]
            if not chosen:
                continue
            owners = Counter(_owner(f, lang, names) for f in chosen)
            who = ", ".join(f"{o} ×{n}" if n > 1 else o for o, n in owners.most_common())
            label = {
                "new": ("新增", "new"),
                "expired": ("豁免过期", "expired waiver"),
                "baselined": ("基线已接受", "baselined"),
                "waived": ("已豁免", "waived"),
            }[state]
            parts.append(f"{label[0]}{len(chosen)}处（{who}）" if zh else f"{len(chosen)} {label[1]} ({who})")
        lines.append(f"  {r['rule_id']} {title}{where}: " + ("；".join(parts) if zh else "; ".join(parts)))
    fixed = [(r["rule_id"], e) for r in results for e in r.get("fixed", [])]
    if fixed:
        shown = "; ".join(f"{rule} {e['subject']}" for rule, e in fixed[:10])
        more = f" (+{len(fixed) - 10})" if len(fixed) > 10 else ""
        where = f" ({baseline_path})" if baseline_path else ""
        lines.append(
            f"自基线{where}以来已修复{len(fixed)}处：{shown}{more}"
            if zh
            else f"Fixed since the baseline{where}: {shown}{more}"
        )
    return lines
