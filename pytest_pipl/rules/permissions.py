"""Permission rules: what the manifest asks for against what the code uses."""

from __future__ import annotations

from ..analysis.usage import find_calls, summarise_owners
from ..app.code import descriptor
from ..app.model import App
from ..findings import Finding
from ..knowledge.permissions import PermissionUsage
from .base import RuleContext, rule

QUERY_ALL_PACKAGES = "android.permission.QUERY_ALL_PACKAGES"


def _uses(
    app: App, usage: PermissionUsage, invoked: set[tuple[str, str]], fields: set[str], strings: list[str]
) -> bool:
    for api in usage.apis:
        cls, _, member = api.rpartition(".")
        if (descriptor(cls), member) in invoked:
            return True
    for qualified in usage.fields:
        cls, _, member = qualified.rpartition(".")
        if f"{descriptor(cls)}->{member}" in fields:
            return True
    for value in usage.strings:
        if usage.strings_prefix:
            if any(s.startswith(value) for s in strings):
                return True
        elif value in strings:
            return True
    receiver_actions = {a for r in app.receivers for a in r.actions}
    return bool(receiver_actions.intersection(usage.receiver_actions))


def _examples(usage: PermissionUsage, lang: str) -> str:
    apis = usage.examples or usage.apis
    names = [api.rsplit(".", 2)[-2] + "." + api.rsplit(".", 1)[-1] for api in apis[:3]]
    if not names:
        names = [f'"{s}"' for s in usage.strings[:2]]
    joiner = "、" if lang == "zh" else ", "
    return joiner.join(names)


@rule(
    id="PIPL-PERM-001",
    title_en="Dangerous permission declared but used by no code",
    title_zh="声明了未被任何代码使用的危险权限（过度索取）",
    severity="medium",
    basis=("191-4.1", "PIPL-6", "164-2.5"),
    rationale_en=(
        "A runtime (dangerous) permission that no function of the build uses is over-asking: regulators name "
        "apps whose permissions are unrelated to any existing function (违反必要原则)."
    ),
    rationale_zh="声明了但任何功能都不使用的危险权限属于过度索取权限，违反必要原则（与现有业务功能无关的权限）。",
    fix_en=(
        "Delete the <uses-permission>. If an SDK's manifest merges it in, remove it in your manifest with "
        '<uses-permission android:name="…" tools:node="remove"/>. If the permission is used by code this '
        "check cannot see (native code, a WebView page), record that in a baseline with the reason."
    ),
    fix_zh=(
        "删除该<uses-permission>。若由SDK的清单合并引入，在应用清单中使用"
        '<uses-permission android:name="…" tools:node="remove"/>移除；'
        "若权限由本检查无法看到的代码使用（原生代码、WebView页面），请在基线中说明理由。"
    ),
    family="permissions",
    needs_code=True,
    catalogue_ref="R-PERM-001",
)
def unused_dangerous_permissions(ctx: RuleContext) -> list[Finding]:
    """Every dangerous permission the manifest requests must be used somewhere in the code.

    A permission counts as used when any DEX code invokes an API that needs it, reads a static field or
    loads a content URI / string that implies it, names the permission in a string constant (a runtime
    request or check), or the manifest declares a receiver for a broadcast that needs it.  The evidence
    lists are ``knowledge/data/permission_usage.json``.  Permissions whose use is not statically visible
    (marked ``weak`` there), permissions capped by ``maxSdkVersion`` below ``minSdkVersion``, and
    permissions the catalogue does not describe are not judged.

    Failing example: ``<uses-permission android:name="android.permission.RECORD_AUDIO"/>`` in an app with
    no AudioRecord / MediaRecorder / SpeechRecognizer call and no runtime request for RECORD_AUDIO.
    """
    app = ctx.app
    permissions = ctx.knowledge.permissions
    usage_table = permissions.usage
    code = app.code
    invoked = code.invoked_apis()
    fields = code.static_fields_read()
    strings = code.strings
    string_set = set(strings)
    findings = []
    for perm in app.dangerous_permissions:
        usage = usage_table.get(perm.name)
        if usage is None or usage.static_evidence == "weak":
            continue
        if perm.max_sdk is not None and perm.max_sdk < app.min_sdk:
            continue
        if perm.name in string_set or _uses(app, usage, invoked, fields, strings):
            continue
        examples = _examples(usage, "en")
        examples_zh = _examples(usage, "zh")
        findings.append(
            Finding(
                rule_id="PIPL-PERM-001",
                subject=perm.name,
                message=(
                    f"{permissions.label(perm.name)} is declared but no code in the build uses it: no call to an "
                    f"API that needs it (such as {examples}), no content URI or field for it, and no runtime "
                    "request naming it."
                ),
                message_zh=(
                    f"声明了{permissions.label(perm.name, 'zh')}，但应用中没有任何代码使用该权限："
                    f"未调用需要该权限的接口（如{examples_zh}），也没有以该权限名发起运行时申请。"
                ),
                location=f'AndroidManifest.xml <uses-permission android:name="{perm.name}">',
                evidence=(("permission", perm.name), ("protection", perm.protection)),
            )
        )
    return findings


@rule(
    id="PIPL-PERM-002",
    title_en="QUERY_ALL_PACKAGES requested (full installed-app list)",
    title_zh="申请QUERY_ALL_PACKAGES权限（读取全部已安装应用列表）",
    severity="medium",
    basis=("191-4.1", "164-1.2", "PIPL-6"),
    rationale_en=(
        "QUERY_ALL_PACKAGES lets the app read the complete list of installed apps (软件安装列表), one of the items "
        "MIIT names most often; almost every use case can name the few packages it needs in <queries> instead."
    ),
    rationale_zh="QUERY_ALL_PACKAGES使应用可读取完整的软件安装列表，这是工信部通报中最常见的问题之一；几乎所有场景都可改为在<queries>中声明所需的少数应用。",
    fix_en=(
        "Declare the specific packages the app interacts with in <queries> (for example com.tencent.mm for "
        'WeChat sharing) and remove QUERY_ALL_PACKAGES (tools:node="remove" if an SDK merges it in).'
    ),
    fix_zh='在<queries>中声明需要交互的具体应用（例如微信分享需要com.tencent.mm），删除QUERY_ALL_PACKAGES（若由SDK引入，使用tools:node="remove"）。',
    family="permissions",
    catalogue_ref="R-PERM-012",
)
def no_query_all_packages(ctx: RuleContext) -> list[Finding]:
    """The manifest must not request ``android.permission.QUERY_ALL_PACKAGES``.

    The finding lists the code that reads the installed-app list (``PackageManager.getInstalledPackages``
    and similar), grouped by the SDK responsible, so the team knows who needs the list.

    Failing example: ``<uses-permission android:name="android.permission.QUERY_ALL_PACKAGES"/>``.
    """
    app = ctx.app
    if app.permission(QUERY_ALL_PACKAGES) is None:
        return []
    usage = ctx.knowledge.permissions.usage.get(QUERY_ALL_PACKAGES)
    sites = find_calls(app, usage.apis) if usage and app.code_readable else []
    if sites:
        readers = f" Code that reads the installed-app list: {summarise_owners(sites)}."
        readers_zh = f"读取应用列表的代码：{summarise_owners(sites)}。"
    elif app.code_readable:
        readers = " No code in the build calls the installed-app-list APIs, so the permission is not needed at all."
        readers_zh = "应用代码未调用读取应用列表的接口，该权限完全不需要。"
    else:
        readers, readers_zh = "", ""
    sdks = sorted({s.sdk.sdk.id for s in sites if s.sdk})
    return [
        Finding(
            rule_id="PIPL-PERM-002",
            subject=QUERY_ALL_PACKAGES,
            message="The app requests android.permission.QUERY_ALL_PACKAGES, which exposes the full installed-app list."
            + readers,
            message_zh="应用申请了android.permission.QUERY_ALL_PACKAGES，可读取完整的软件安装列表。" + readers_zh,
            sdk=sdks[0] if len(sdks) == 1 else None,
            location=f'AndroidManifest.xml <uses-permission android:name="{QUERY_ALL_PACKAGES}">',
            evidence=(("readers", summarise_owners(sites) if sites else "none"),),
        )
    ]


RULES = [unused_dangerous_permissions, no_query_all_packages]
