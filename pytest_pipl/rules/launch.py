"""Launch rules: manifest receivers that start the app without the user (164号 (二)6)."""

from __future__ import annotations

from ..app.model import App, Component
from ..findings import Finding
from ..knowledge.broadcasts import ASSOCIATED_START, SELF_START, LaunchBroadcast
from .base import RuleContext, rule


def _triggers(
    app: App, receiver: Component, kind: str, table: dict[str, LaunchBroadcast]
) -> list[tuple[LaunchBroadcast, int | None]]:
    """Broadcasts of ``kind`` that really reach ``receiver``, each with the API level it stops at."""
    found = []
    for action in receiver.actions:
        broadcast = table.get(action)
        if broadcast is None or broadcast.kind != kind or not broadcast.reaches(app.min_sdk, app.target_sdk):
            continue
        if broadcast.requires_permission and app.permission(broadcast.requires_permission) is None:
            continue  # Android does not deliver it without the permission
        found.append((broadcast, broadcast.stops_at(app.target_sdk)))
    return found


def _describe(triggers: list[tuple[LaunchBroadcast, int | None]], lang: str) -> str:
    parts = []
    for broadcast, stop in triggers:
        if lang == "zh":
            note = f"，仅Android API {stop}以下" if stop else ""
            parts.append(f"{broadcast.action}（{broadcast.zh}{note}）")
        else:
            note = f", only on Android below API {stop}" if stop else ""
            parts.append(f"{broadcast.action} ({broadcast.en}{note})")
    return ("、" if lang == "zh" else ", ").join(parts)


def _launch_findings(ctx: RuleContext, rule_id: str, kind: str, what_en: str, what_zh: str) -> list[Finding]:
    app = ctx.app
    findings = []
    for receiver in app.receivers:
        if not receiver.enabled:
            continue
        triggers = _triggers(app, receiver, kind, ctx.knowledge.broadcasts)
        if not triggers:
            continue
        sdk = app.sdk_of_component(receiver)
        owner_en = f" [SDK: {sdk.sdk.display_name}]" if sdk else " [app code]"
        owner_zh = f"［SDK：{sdk.sdk.name_zh}］" if sdk else "［应用自身代码］"
        findings.append(
            Finding(
                rule_id=rule_id,
                subject=receiver.name,
                message=f"Receiver {receiver.name}{owner_en} {what_en} {_describe(triggers, 'en')}.",
                message_zh=f"接收器{receiver.name}{owner_zh}{what_zh}{_describe(triggers, 'zh')}。",
                sdk=sdk.sdk.id if sdk else None,
                sdk_name=sdk.sdk.name_en if sdk else None,
                location=f'AndroidManifest.xml <receiver android:name="{receiver.name}">',
                evidence=(("receiver", receiver.name), ("actions", ", ".join(b.action for b, _ in triggers))),
            )
        )
    return findings


@rule(
    id="PIPL-LAUNCH-001",
    title_en="Self-start: receivers for system broadcasts",
    title_zh="自启动：监听系统广播的接收器",
    severity="medium",
    basis=("164-2.6", "26-launch"),
    rationale_en=(
        "A manifest receiver for a system broadcast (boot, unlock, network change, power, SMS …) lets Android "
        "start the app without the user opening it. MIIT names apps that self-start without notice, consent or "
        "a reasonable scene (APP频繁自启动); SDK receivers (push, analytics) are the usual source."
    ),
    rationale_zh="清单中监听系统广播（开机、解锁、网络变化、电源、短信等）的接收器使系统可在用户未打开应用时启动应用；工信部通报未告知、未经同意或无合理场景的自启动行为，常见来源为推送、统计等SDK的接收器。",
    fix_en=(
        "Remove the system-broadcast actions (for an SDK's receiver, override it in your manifest with "
        'tools:node="remove" or drop its intent-filter); if a feature truly needs them, register the receiver '
        "at run time after the user consents and state the self-start (自启动) and its purpose in the privacy policy."
    ),
    fix_zh='删除这些系统广播（SDK的接收器可在应用清单中用tools:node="remove"移除或去掉其intent-filter）；确有需要时，在用户同意后动态注册接收器，并在隐私政策中说明自启动行为及其目的。',
    family="launch",
    catalogue_ref="R-LAUNCH-001",
)
def no_self_start_receivers(ctx: RuleContext) -> list[Finding]:
    """No enabled manifest receiver may listen for a system broadcast that starts the app.

    Only broadcasts that actually reach a manifest receiver count: those Android stopped delivering to
    apps targeting API 24/26+ count only when ``minSdkVersion`` still admits older devices, and
    ``BOOT_COMPLETED`` counts only with ``RECEIVE_BOOT_COMPLETED``.  The list of broadcasts is
    ``knowledge/data/launch_broadcasts.json``.

    Failing example: a receiver with ``<action android:name="android.intent.action.BOOT_COMPLETED"/>`` in an
    app that holds RECEIVE_BOOT_COMPLETED.
    """
    return _launch_findings(
        ctx, "PIPL-LAUNCH-001", SELF_START, "starts the app on system broadcasts:", "会在以下系统广播时启动应用："
    )


@rule(
    id="PIPL-LAUNCH-002",
    title_en="Associated start: receivers for other apps' install/update events",
    title_zh="关联启动：监听其他应用安装/卸载/更新的接收器",
    severity="medium",
    basis=("164-2.6", "26-launch"),
    rationale_en=(
        "A manifest receiver for package events (another app installed, removed or updated) starts the app "
        "because of what other apps do, and also reads which apps are installed (软件安装列表)."
    ),
    rationale_zh="监听应用安装、卸载、更新等广播的接收器会因其他应用的行为而启动本应用（关联启动），同时获知已安装应用信息。",
    fix_en=(
        'Remove the package-event actions from the receiver (tools:node="remove" for an SDK\'s receiver) or '
        "register it at run time only while the feature that needs it is in use."
    ),
    fix_zh='删除接收器中的应用安装/卸载广播（SDK的接收器使用tools:node="remove"），或仅在需要的功能使用期间动态注册。',
    family="launch",
    catalogue_ref="R-LAUNCH-002",
)
def no_associated_start_receivers(ctx: RuleContext) -> list[Finding]:
    """No enabled manifest receiver may listen for other apps' package events.

    Failing example: a receiver with ``<action android:name="android.intent.action.PACKAGE_ADDED"/>`` in an
    app whose minSdkVersion is below 26.
    """
    return _launch_findings(
        ctx,
        "PIPL-LAUNCH-002",
        ASSOCIATED_START,
        "starts the app when other apps change:",
        "会在其他应用发生以下变化时启动本应用：",
    )


RULES = [no_self_start_receivers, no_associated_start_receivers]
