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
# (English, Chinese) pieces of the summary's first line, in order; shown when their count is not zero
_HEAD = {
    "checks": ("{n} rule checks on {apps} app{apps_s}: ", "{n}项规则检查，{apps}个应用："),
    "failing": ("{n} failing", "未通过{n}项"),
    "blind": (" ({n} could not analyse)", "（其中无法分析{n}项）"),
    "accepted": (", {n} accepted", "，已接受{n}项"),
    "passed": (", {n} passed", "，通过{n}项"),
    "recorded": (", {n} recorded in the baseline", "，记入基线{n}项"),
    "findings": (" — {n} finding{s}: {new} new", "；问题{n}处：新增{new}处"),
    "baselined": (", {n} accepted by the baseline", "，基线已接受{n}处"),
    "waived": (", {n} waived", "，已豁免{n}处"),
    "expired": (", {n} with an expired waiver", "，豁免过期{n}处"),
}
_STATE_LABELS = {
    "new": ("new", "新增"),
    "expired": ("expired waiver", "豁免过期"),
    "baselined": ("baselined", "基线已接受"),
    "waived": ("waived", "已豁免"),
}


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
    counts = [
        ("checks", len(results), True),
        ("failing", verdicts["failed"], True),
        ("blind", blind_failing, blind_failing),
        ("accepted", verdicts["accepted"], True),
        ("blind", blind_accepted, blind_accepted),
        ("passed", verdicts["passed"], True),
        ("recorded", verdicts["recorded"], verdicts["recorded"]),
        ("findings", total, True),
        ("baselined", states["baselined"], states["baselined"]),
        ("waived", states["waived"], states["waived"]),
        ("expired", states["expired"], states["expired"]),
    ]
    language = 1 if zh else 0
    head = "".join(
        _HEAD[key][language].format(
            n=n, apps=apps, apps_s="" if apps == 1 else "s", s="" if n == 1 else "s", new=states["new"]
        )
        for key, n, shown in counts
        if shown
    )
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
            en, zh_label = _STATE_LABELS[state]
            parts.append(f"{zh_label}{len(chosen)}处（{who}）" if zh else f"{len(chosen)} {en} ({who})")
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
