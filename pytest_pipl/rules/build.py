"""Build-level rules: what the manifest alone proves about the build."""

from __future__ import annotations

from ..findings import Finding
from .base import RuleContext, rule

MANIFEST = "AndroidManifest.xml"


@rule(
    id="PIPL-BUILD-001",
    title_en="targetSdkVersion below the Chinese app stores' floor",
    title_zh="targetSdkVersion低于国内应用商店要求",
    severity="high",
    basis=("TAF-API-2023", "191-3.1", "TC-PERM-runtime"),
    rationale_en=(
        "Huawei, Xiaomi, OPPO and vivo refuse new apps and updates that target an API level below the floor "
        "of the TAF high-API-level convention (30 since late 2023). Below 23 Android grants every dangerous "
        "permission at installation, i.e. before the user can consent to anything."
    ),
    rationale_zh=(
        "依据《移动应用软件高API等级预置与分发自律公约》，华为、小米、OPPO、vivo等商店自2023年底起拒绝"
        "targetSdkVersion低于30的新应用和更新；低于23时所有危险权限在安装时即被授予，早于用户同意。"
    ),
    fix_en=(
        "Raise targetSdkVersion in build.gradle (defaultConfig.targetSdk) to at least the floor and test the "
        "runtime-permission flows."
    ),
    fix_zh="在build.gradle中将targetSdk提升至不低于要求的等级，并验证运行时权限申请流程。",
    family="build",
    catalogue_ref="R-BUILD-001",
)
def target_sdk_floor(ctx: RuleContext) -> list[Finding]:
    """The build's targetSdkVersion must be at least the store floor (ini ``pipl_min_target_sdk``, default 30).

    Failing example: ``<uses-sdk android:targetSdkVersion="28"/>`` → "targetSdkVersion is 28, below 30".
    """
    app, floor = ctx.app, ctx.config.min_target_sdk
    if app.target_sdk >= floor:
        return []
    en = f"targetSdkVersion is {app.target_sdk}, below the app-store floor of {floor}"
    zh = f"targetSdkVersion为{app.target_sdk}，低于应用商店要求的{floor}"
    if app.target_sdk < 23:
        en += (
            "; below 23 Android grants every requested dangerous permission at installation, before the user "
            "has agreed to the privacy policy"
        )
        zh += "；低于23时所有危险权限在安装时即被授予，早于用户同意隐私政策"
    return [
        Finding(
            rule_id="PIPL-BUILD-001",
            subject="targetSdkVersion",
            message=en + ".",
            message_zh=zh + "。",
            location=f"{MANIFEST} <uses-sdk>",
            evidence=(("targetSdkVersion", str(app.target_sdk)), ("floor", str(floor))),
        )
    ]


@rule(
    id="PIPL-BUILD-002",
    title_en="Debuggable build",
    title_zh="应用可调试（debuggable）",
    severity="high",
    basis=("PIPL-51",),
    rationale_en=(
        "A debuggable build lets anyone with a USB cable attach a debugger, read the app's private files and "
        "memory, and so the personal information it holds; stores reject debuggable builds."
    ),
    rationale_zh="可调试的应用允许任何人通过调试器读取其私有文件和内存中的个人信息，应用商店会拒绝此类构建。",
    fix_en='Build the release variant (debuggable false) and remove android:debuggable="true" from the manifest.',
    fix_zh='使用release构建（debuggable false），并删除清单中的android:debuggable="true"。',
    family="build",
)
def not_debuggable(ctx: RuleContext) -> list[Finding]:
    """``<application android:debuggable="true">`` fails.

    Failing example: an APK built from the debug variant.
    """
    if not ctx.app.manifest.application.debuggable:
        return []
    return [
        Finding(
            rule_id="PIPL-BUILD-002",
            subject="android:debuggable",
            message='The build is debuggable (<application android:debuggable="true">).',
            message_zh='应用可被调试（<application android:debuggable="true">）。',
            location=f"{MANIFEST} <application>",
            evidence=(("android:debuggable", "true"),),
        )
    ]


@rule(
    id="PIPL-SEC-001",
    title_en="Cleartext (HTTP) traffic allowed",
    title_zh="允许明文（HTTP）传输",
    severity="medium",
    basis=("PIPL-51",),
    rationale_en=(
        "Personal information sent over cleartext HTTP can be read and changed by anyone on the network path; "
        "PIPL Art. 51 requires encryption. Android blocks cleartext by default from targetSdkVersion 28 unless "
        "the app opts back in."
    ),
    rationale_zh="通过明文HTTP传输的个人信息可被网络路径上的任何人读取和篡改；《个人信息保护法》第五十一条要求采取加密等安全措施。",
    fix_en=(
        'Remove android:usesCleartextTraffic="true" (or cleartextTrafficPermitted="true" in the base-config of '
        "the network security config); if a host really needs HTTP, allow it in a domain-config for that host only."
    ),
    fix_zh='删除android:usesCleartextTraffic="true"（或网络安全配置base-config中的cleartextTrafficPermitted="true"）；确需HTTP的域名在domain-config中单独放行。',
    family="build",
    catalogue_ref="R-SEC-001",
)
def no_cleartext_traffic(ctx: RuleContext) -> list[Finding]:
    """Cleartext traffic must not be allowed app-wide.

    Allowed app-wide means: a network security config whose ``base-config`` permits cleartext; or, without
    such a config, ``android:usesCleartextTraffic="true"``; or, with neither, targetSdkVersion below 28
    (Android's default then allows cleartext).  Cleartext allowed for specific domains only is the
    recommended way to handle a legacy host and is not reported.

    Failing example: ``<application android:usesCleartextTraffic="true">``.
    """
    app = ctx.app
    nsc = app.manifest.network_security_config
    attr = app.manifest.application.uses_cleartext_traffic
    reason_en = reason_zh = ""
    location = f"{MANIFEST} <application>"
    if nsc is not None and nsc.readable:
        if nsc.base_cleartext or (nsc.base_cleartext is None and app.target_sdk < 28):
            location = nsc.path
            if nsc.base_cleartext:
                reason_en = (
                    f'the network security config {nsc.path} sets cleartextTrafficPermitted="true" in base-config'
                )
                reason_zh = f'网络安全配置{nsc.path}的base-config设置了cleartextTrafficPermitted="true"'
            else:
                reason_en = (
                    f"the network security config {nsc.path} leaves cleartext at the default, "
                    f"which targetSdkVersion {app.target_sdk} (< 28) allows"
                )
                reason_zh = f"网络安全配置{nsc.path}未禁止明文，targetSdkVersion {app.target_sdk}（<28）默认允许明文"
    elif attr:
        reason_en = 'the manifest sets android:usesCleartextTraffic="true"'
        reason_zh = '清单设置了android:usesCleartextTraffic="true"'
    elif attr is None and app.target_sdk < 28:
        reason_en = (
            f"targetSdkVersion {app.target_sdk} (< 28) allows cleartext by default and the manifest does not forbid it"
        )
        reason_zh = f"targetSdkVersion {app.target_sdk}（<28）默认允许明文，清单未禁止"
    if not reason_en:
        return []
    return [
        Finding(
            rule_id="PIPL-SEC-001",
            subject="cleartext-traffic",
            message=f"Cleartext HTTP is allowed for every host: {reason_en}.",
            message_zh=f"应用对所有域名允许明文HTTP传输：{reason_zh}。",
            location=location,
            evidence=(("reason", reason_en),),
        )
    ]


RULES = [target_sdk_floor, not_debuggable, no_cleartext_traffic]
