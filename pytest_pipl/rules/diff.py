"""Build-to-build rules (``--pipl-compare OLD.apk``): fail on what this build adds.

A release review asks "what changed?": a new SDK needs a privacy review and a
policy update, a new dangerous permission needs a reason and a disclosure, a
new pre-consent collection or self-start receiver is a new violation, and a
lower target SDK undoes a store requirement.  Each rule compares the two
builds' models and names every addition; what the old build already had is
not reported here (the other rules and the baseline cover it).
"""

from __future__ import annotations

from collections import Counter

from ..app.model import App
from ..errors import CannotAnalyse
from ..findings import Finding
from .base import RuleContext, rule
from .consent import pre_consent
from .launch import _describe, _triggers


def _previous(ctx: RuleContext) -> App:
    if ctx.previous is None:
        raise CannotAnalyse(
            "no previous build to compare with: pass --pipl-compare OLD.apk",
            "没有可比较的上一版本：请用 --pipl-compare 旧版本.apk 指定",
        )
    return ctx.previous


def _versions(ctx: RuleContext, old: App) -> tuple[str, str]:
    return (old.version_name or str(old.version_code or "?")), (
        ctx.app.version_name or str(ctx.app.version_code or "?")
    )


@rule(
    id="PIPL-DIFF-001",
    title_en="New third-party SDK since the previous build",
    title_zh="相比上一版本新增第三方SDK",
    severity="medium",
    basis=("191-2.1", "TC-SDK-disclose", "41391-6.6"),
    rationale_en=(
        "Every SDK added to a release collects personal information and must be reviewed, disclosed in the "
        "policy's SDK list and initialised only after consent before the release ships."
    ),
    rationale_zh="新增的每个SDK都会收集个人信息，发布前须经隐私评估、在第三方SDK目录中披露，并仅在用户同意后初始化。",
    fix_en="Review the SDK, add it to the privacy policy's SDK list, initialise it after consent — or remove it.",
    fix_zh="评估该SDK，将其加入隐私政策的第三方SDK目录，并在用户同意后初始化；或移除该SDK。",
    family="diff",
)
def new_sdks(ctx: RuleContext) -> list[Finding]:
    """Every SDK detected in this build but not in the previous one (``--pipl-compare``)."""
    old = _previous(ctx)
    before = {m.id for m in old.sdks if m.sdk.report}
    was, now = _versions(ctx, old)
    findings = []
    for match in ctx.app.sdks:
        if not match.sdk.report or match.id in before:
            continue
        sdk = match.sdk
        findings.append(
            Finding(
                rule_id="PIPL-DIFF-001",
                subject=sdk.id,
                message=f"{sdk.display_name} is new in {now} (not in {was}); found by {match.describe_evidence()}.",
                message_zh=f"{now}新增{sdk.name_zh}（{was}中没有）；识别依据：{match.describe_evidence(lang='zh')}。",
                sdk=sdk.id,
                sdk_name=sdk.name_en,
                evidence=(("previous", was), ("signals", ",".join(match.signals))),
            )
        )
    return findings


@rule(
    id="PIPL-DIFF-002",
    title_en="New dangerous permission since the previous build",
    title_zh="相比上一版本新增敏感权限",
    severity="medium",
    basis=("191-4.1", "PIPL-6", "164-2.5"),
    rationale_en=(
        "A permission that can collect personal information, added in a release, must be necessary for a "
        "function of that release, requested when the function is used and explained in the policy."
    ),
    rationale_zh="新版本新增的可收集个人信息的权限，须为该版本功能所必需、在使用功能时申请，并在隐私政策中说明。",
    fix_en="Confirm the function needs it, explain it in the policy, request it only when used — or remove it.",
    fix_zh="确认功能确需该权限，在隐私政策中说明，仅在使用功能时申请；或删除该权限。",
    family="diff",
)
def new_dangerous_permissions(ctx: RuleContext) -> list[Finding]:
    """Every dangerous permission this build requests that the previous one did not (``--pipl-compare``)."""
    old = _previous(ctx)
    before = {p.name for p in old.dangerous_permissions}
    was, now = _versions(ctx, old)
    catalogue = ctx.knowledge.permissions
    return [
        Finding(
            rule_id="PIPL-DIFF-002",
            subject=p.name,
            message=f"{catalogue.label(p.name, 'en')} is newly requested in {now} (not in {was}).",
            message_zh=f"{now}新申请{catalogue.label(p.name, 'zh')}（{was}中没有）。",
            location="AndroidManifest.xml <uses-permission>",
            evidence=(("previous", was),),
        )
        for p in ctx.app.dangerous_permissions
        if p.name not in before
    ]


@rule(
    id="PIPL-DIFF-003",
    title_en="New pre-consent personal-information collection since the previous build",
    title_zh="相比上一版本新增同意前收集个人信息",
    severity="high",
    basis=("191-3.1", "164-1.1", "PIPL-13"),
    rationale_en=(
        "A collection of personal information reachable before consent that the previous release did not have "
        "is a new violation of 认定方法 三.1 introduced by this change."
    ),
    rationale_zh="上一版本没有、本版本新增的同意前可达的个人信息收集，是本次改动引入的新违规（认定方法 三.1）。",
    fix_en="Move the new call (or the SDK initialisation that leads to it) behind consent.",
    fix_zh="将新增调用（或引起它的SDK初始化）移到用户同意之后。",
    family="diff",
    needs_code=True,
)
def new_pre_consent_collection(ctx: RuleContext) -> list[Finding]:
    """Pre-consent personal-information sites (as PIPL-CONSENT-001 finds them) that are new in this build:
    an API collected by an owner (an SDK or the app's code) that did not collect it before consent in the
    previous build, or that now does so from more places.  The consent boundary is found in each build."""
    old = _previous(ctx)
    if old.code_blocker:
        raise CannotAnalyse(
            f"cannot analyse the previous build: {old.code_blocker}", f"无法分析上一版本：{old.code_blocker}"
        )
    was, now = _versions(ctx, old)

    def key(site) -> tuple[str, str]:
        return (site.api.id if site.api else site.what, site.sdk.sdk.id if site.sdk else "app")

    def sites(app: App):
        analysis = pre_consent(app, ctx.knowledge, ctx.config)
        return [s for s in analysis.personal_info_sites if s.data_type is None or s.data_type.sensitivity != "device"]

    before = Counter(key(s) for s in sites(old))
    current = sites(ctx.app)
    after = Counter(key(s) for s in current)
    findings = []
    seen: set[tuple[str, str]] = set()
    for site in sorted(current, key=lambda s: len(s.path)):
        k = key(site)
        if k in seen or after[k] <= before[k]:
            continue
        seen.add(k)
        owner_en, owner_zh, _ = ctx.app.code_owner(site.method.class_desc)
        change_en = (
            "newly reached before consent" if not before[k] else f"reached from {after[k]} places (was {before[k]})"
        )
        change_zh = "新增同意前调用" if not before[k] else f"调用位置由{before[k]}处增至{after[k]}处"
        data = f" ({site.data_type.name_en})" if site.data_type else ""
        data_zh = f"（{site.data_type.name_zh}）" if site.data_type else ""
        findings.append(
            Finding(
                rule_id="PIPL-DIFF-003",
                subject=f"{k[0]}@{k[1]}",
                message=(
                    f"{site.what}{data} is {change_en} in {now} (vs {was}), in {owner_en}: {site.method.qualified}."
                ),
                message_zh=f"{now}相比{was}：{owner_zh}的{site.what}{data_zh}{change_zh}，位置{site.method.qualified}。",
                sdk=site.sdk.sdk.id if site.sdk else None,
                sdk_name=site.sdk.sdk.name_en if site.sdk else None,
                location=site.method.qualified,
                call_path=site.path,
                evidence=(("previous", was), ("before", str(before[k])), ("now", str(after[k]))),
            )
        )
    return findings


@rule(
    id="PIPL-DIFF-004",
    title_en="New self-start or associated-start receiver since the previous build",
    title_zh="相比上一版本新增自启动或关联启动",
    severity="medium",
    basis=("164-2.6", "26-launch"),
    rationale_en="A receiver that lets the system or other apps start this app without the user, added in a release, "
    "is a new 频繁自启动和关联启动 finding (164号).",
    rationale_zh="新版本新增的、使系统或其他应用在用户不知情时启动本应用的接收器，是新的“频繁自启动和关联启动”问题（164号）。",
    fix_en="Remove the new receiver or its system-broadcast actions, or register it at run time after consent.",
    fix_zh="删除新增接收器或其系统广播action，或在用户同意后于运行时动态注册。",
    family="diff",
)
def new_launch_receivers(ctx: RuleContext) -> list[Finding]:
    """Manifest receivers started by system broadcasts or other apps' events (as PIPL-LAUNCH-001/002 find
    them) that are new in this build, or that listen to a start-up broadcast they did not listen to before."""
    old = _previous(ctx)
    was, now = _versions(ctx, old)
    table = ctx.knowledge.broadcasts

    def starts(app: App) -> dict[str, set[str]]:
        found: dict[str, set[str]] = {}
        for receiver in app.receivers:
            if not receiver.enabled:
                continue
            for kind in ("self-start", "associated-start"):
                for broadcast, _ in _triggers(app, receiver, kind, table):
                    found.setdefault(receiver.name, set()).add(broadcast.action)
        return found

    before, after = starts(old), starts(ctx.app)
    findings = []
    for name, actions in sorted(after.items()):
        added = actions - before.get(name, set())
        if not added:
            continue
        receiver = next(r for r in ctx.app.receivers if r.name == name)
        sdk = ctx.app.sdk_of_component(receiver)
        triggers = [(table[a], None) for a in sorted(added)]
        findings.append(
            Finding(
                rule_id="PIPL-DIFF-004",
                subject=f"{name}/{'+'.join(sorted(added))}",
                message=f"Receiver {name} starts the app on {_describe(triggers, 'en')}, new in {now} (not in {was}).",
                message_zh=f"{now}新增：接收器{name}在{_describe(triggers, 'zh')}时启动应用（{was}中没有）。",
                sdk=sdk.sdk.id if sdk else None,
                sdk_name=sdk.sdk.name_en if sdk else None,
                location=f'AndroidManifest.xml <receiver android:name="{name}">',
                evidence=(("previous", was), ("actions", ", ".join(sorted(added)))),
            )
        )
    return findings


@rule(
    id="PIPL-DIFF-005",
    title_en="targetSdkVersion lowered since the previous build",
    title_zh="相比上一版本降低targetSdkVersion",
    severity="high",
    basis=("TAF-API-2023", "TC-PERM-runtime"),
    rationale_en=(
        "Lowering the target SDK brings back old platform behaviour (background starts, broad storage and "
        "broadcast access, install-time permissions below 23) and can drop the build below the stores' floor."
    ),
    rationale_zh="降低targetSdkVersion会恢复旧平台行为（后台启动、宽泛的存储和广播访问，低于23时安装即授权），并可能低于应用商店的最低要求。",
    fix_en="Keep targetSdkVersion at least at the previous release's level.",
    fix_zh="targetSdkVersion不得低于上一版本。",
    family="diff",
)
def target_sdk_lowered(ctx: RuleContext) -> list[Finding]:
    """This build's targetSdkVersion is lower than the previous build's (``--pipl-compare``)."""
    old = _previous(ctx)
    was, now = _versions(ctx, old)
    if ctx.app.target_sdk >= old.target_sdk:
        return []
    return [
        Finding(
            rule_id="PIPL-DIFF-005",
            subject="targetSdkVersion",
            message=f"targetSdkVersion is lowered from {old.target_sdk} ({was}) to {ctx.app.target_sdk} ({now}).",
            message_zh=f"targetSdkVersion由{old.target_sdk}（{was}）降至{ctx.app.target_sdk}（{now}）。",
            location="AndroidManifest.xml <uses-sdk android:targetSdkVersion>",
            evidence=(("previous", str(old.target_sdk)), ("now", str(ctx.app.target_sdk))),
        )
    ]


RULES = [new_sdks, new_dangerous_permissions, new_pre_consent_collection, new_launch_receivers, target_sdk_lowered]
