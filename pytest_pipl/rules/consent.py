"""Consent rules: nothing collects, asks or initialises before the user agrees (认定方法 三.1).

All three rules read one :class:`~pytest_pipl.analysis.preconsent.PreConsent`
analysis per app, and every failure states the consent boundary it used, so
a wrong guess can be corrected with ``pipl_consent_checks`` /
``pipl_consent_callbacks``.
"""

from __future__ import annotations

from ..analysis.preconsent import PreConsent, Site
from ..app.model import App
from ..findings import Finding
from ..knowledge.bundle import ConsentGate, Knowledge
from .base import RuleConfig, RuleContext, rule

BASIS = ("191-3.1", "164-1.1", "PIPL-13", "PIPL-14")


def pre_consent(app: App, knowledge: Knowledge | None = None, config: RuleConfig | None = None) -> PreConsent:
    """The pre-consent analysis of ``app``, computed once per app, knowledge and configured gates."""
    knowledge = knowledge or Knowledge.builtin()
    config = config or RuleConfig()
    gates = tuple(ConsentGate(m, "check") for m in config.consent_checks) + tuple(
        ConsentGate(m, "callback") for m in config.consent_callbacks
    )
    key = (id(knowledge), gates)
    cache = app.__dict__.setdefault("_pre_consent", {})
    if key not in cache:
        cache[key] = PreConsent(app, knowledge, gates)
    return cache[key]


def _analysis(ctx: RuleContext) -> PreConsent:
    analysis = pre_consent(ctx.app, ctx.knowledge, ctx.config)
    ctx.note(analysis.boundary.describe(ctx.app.code, "en"), analysis.boundary.describe(ctx.app.code, "zh"))
    if analysis.boundary.unresolved:
        missing = ", ".join(analysis.boundary.unresolved)
        ctx.note(
            f"Configured consent gates not found in the app (check the names): {missing}.",
            f"配置的同意边界方法在应用中不存在（请检查名称）：{missing}。",
        )
    if not analysis.entry_points:
        ctx.note(
            "No pre-consent entry point found "
            "(no Application class, provider, self-start receiver or launcher activity).",
            "未找到同意前入口（无Application、ContentProvider、自启动接收器或启动页）。",
        )
    return analysis


def _owner(site: Site, app: App) -> tuple[str | None, str | None, str, str]:
    """(sdk id, sdk name, English owner, Chinese owner) of the code that contains a site."""
    if site.sdk is not None:
        return site.sdk.sdk.id, site.sdk.sdk.name_en, site.sdk.sdk.name_en, site.sdk.sdk.name_zh
    en, zh, _ = app.code_owner(site.method.class_desc)
    return None, None, en, zh


def _grouped(sites: list[Site], key) -> list[tuple[Site, int]]:
    """One representative (shortest path) per key, with how many sites share it."""
    groups: dict[object, list[Site]] = {}
    for site in sites:
        groups.setdefault(key(site), []).append(site)
    return [(min(group, key=lambda s: len(s.path)), len(group)) for group in groups.values()]


@rule(
    id="PIPL-CONSENT-001",
    title_en="Personal information collected before consent",
    title_zh="征得用户同意前收集个人信息",
    severity="high",
    basis=BASIS,
    rationale_en=(
        "Collecting personal information before the user agrees to the privacy policy is the finding MIIT and CAC "
        "name most often (认定方法 三.1); SDK code initialised at app start is the usual source."
    ),
    rationale_zh=(
        "在用户同意隐私政策前收集个人信息是工信部、网信办通报中最常见"
        "的问题（认定方法 三.1），通常来自应用启动时初始化的SDK。"
    ),
    fix_en=(
        "Move the call (or the SDK initialisation that leads to it) behind consent: run it only after the user "
        "agrees, e.g. in the agree callback or under `if (privacyAgreed)`; for SDKs use their compliant pre-init "
        "before consent and the full init after."
    ),
    fix_zh=(
        "将该调用（或引起它的SDK初始化）移到用户同意之后：仅在同意回调中或`if (已"
        "同意)`分支中执行；SDK在同意前只调用其合规预初始化接口，同意后再完整初始化。"
    ),
    family="consent",
    needs_code=True,
    catalogue_ref="R-CONSENT-001",
)
def no_personal_info_before_consent(ctx: RuleContext) -> list[Finding]:
    """No catalogued personal-information API may be reachable before consent — including inside SDK code.

    Reachable means: on a call path from a pre-consent entry point (Application, providers, self-start
    receivers, the launcher activity) through direct, virtual and interface calls, asynchronous hand-offs
    (threads, handlers, executors, coroutines …) and component starts, not crossing a consent callback and
    not inside the "agreed" branch of a consent check.  APIs are those of
    ``knowledge/data/personal_info.json`` (methods, static fields, constant strings such as
    ``content://sms``, and reflection with constant names).  Device basics (model, OS version, screen,
    network type — sensitivity ``device`` in the catalogue) are not counted: every library reads them, and
    regulators name identifiers, location, app lists, clipboard, contacts and the like.  Catalogued calls
    inside libraries known to make them conditional (AndroidX TwilightManager) are not counted either.

    Failing example: ``Application.onCreate`` calls ``UMConfigure.init``, which reads
    ``TelephonyManager.getDeviceId``.
    """
    analysis = _analysis(ctx)
    findings = []
    sites = [s for s in analysis.personal_info_sites if s.data_type is None or s.data_type.sensitivity != "device"]
    for site, count in _grouped(sites, lambda s: (s.api.id if s.api else s.what, _owner(s, ctx.app)[0])):
        sdk_id, sdk_name, owner_en, owner_zh = _owner(site, ctx.app)
        data = site.data_type
        kind_en = f" ({data.name_en})" if data else ""
        kind_zh = f"（{data.name_zh}）" if data else ""
        more = f" ({count} call sites)" if count > 1 else ""
        findings.append(
            Finding(
                rule_id="PIPL-CONSENT-001",
                subject=f"{site.api.id if site.api else site.what}@{sdk_id or 'app'}",
                message=(
                    f"{site.what}{kind_en} is reached before consent in {owner_en}: "
                    f"{site.method.qualified}{more}, via {site.entry.method.short} ({site.entry.why_en})."
                ),
                message_zh=f"用户同意前，{owner_zh}在{site.method.qualified}中调用{site.what}"
                f"收集{kind_zh or '个人信息'}（入口{site.entry.method.short}：{site.entry.why_zh}）。",
                sdk=sdk_id,
                sdk_name=sdk_name,
                location=site.method.qualified,
                call_path=site.path,
                evidence=(
                    ("api", site.what),
                    ("data_type", data.id if data else ""),
                    ("via", site.via),
                    ("entry_point", site.entry.method.qualified),
                    ("sites", str(count)),
                ),
            )
        )
    return findings


@rule(
    id="PIPL-CONSENT-002",
    title_en="Runtime permission requested before consent",
    title_zh="征得用户同意前申请权限",
    severity="high",
    basis=("191-3.1", "164-2.5", "TC-PERM-runtime"),
    rationale_en=(
        "Asking for a permission that can collect personal information before the user agrees to the privacy "
        'policy is "opening permissions before consent" (认定方法 三.1) and requesting before the function is used '
        "(164号 (二)5)."
    ),
    rationale_zh=(
        "在用户同意隐私政策前申请可收集个人信息的权限属于“征得用户同意前打开可收集个"
        "人信息的权限”（认定方法 三.1），也属于提前申请权限（164号（二）5）。"
    ),
    fix_en="Request the permission only after consent, and only when the user starts the function that needs it.",
    fix_zh="仅在用户同意隐私政策后、并在用户使用需要该权限的功能时再申请。",
    family="consent",
    needs_code=True,
    catalogue_ref="R-CONSENT-002",
)
def no_permission_before_consent(ctx: RuleContext) -> list[Finding]:
    """No runtime permission request may be reachable before consent.

    Requests are Activity / Fragment ``requestPermissions``, ``ActivityCompat.requestPermissions``, the
    Activity Result API's RequestPermission contracts and common permission libraries (XXPermissions,
    PermissionX, RxPermissions, EasyPermissions, AndPermission, Dexter, AndroidUtilCode); the permissions are
    the ``android.permission.*`` constants in the requesting method or its callers.

    Failing example: the splash activity's ``onCreate`` calls
    ``ActivityCompat.requestPermissions(this, {"android.permission.READ_PHONE_STATE"}, 1)`` before showing the
    privacy dialog.
    """
    analysis = _analysis(ctx)
    findings = []
    for site, count in _grouped(analysis.permission_requests, lambda s: (s.what, s.permissions, _owner(s, ctx.app)[0])):
        sdk_id, sdk_name, owner_en, owner_zh = _owner(site, ctx.app)
        perms = ", ".join(site.permissions) or "permissions passed in a variable"
        perms_zh = "、".join(site.permissions) or "（变量传入的权限）"
        more = f" ({count} call sites)" if count > 1 else ""
        findings.append(
            Finding(
                rule_id="PIPL-CONSENT-002",
                subject=f"{site.what}/{'+'.join(site.permissions)}/{sdk_id or 'app'}",
                message=(
                    f"{site.what} requests {perms} before consent, in {owner_en}: {site.method.qualified}{more}, "
                    f"via {site.entry.method.short} ({site.entry.why_en})."
                ),
                message_zh=f"用户同意前，{owner_zh}在{site.method.qualified}中通过{site.what}申请{perms_zh}"
                f"（入口{site.entry.method.short}：{site.entry.why_zh}）。",
                sdk=sdk_id,
                sdk_name=sdk_name,
                location=site.method.qualified,
                call_path=site.path,
                evidence=(
                    ("request", site.what),
                    ("library", site.library),
                    ("permissions", ", ".join(site.permissions)),
                    ("entry_point", site.entry.method.qualified),
                ),
            )
        )
    return findings


@rule(
    id="PIPL-CONSENT-003",
    title_en="Third-party SDK initialised before consent",
    title_zh="征得用户同意前初始化第三方SDK",
    severity="high",
    basis=("191-3.1", "164-1.1", "TC-SDK-consent"),
    rationale_en=(
        "An SDK's init starts its collection (device identifiers, app list, location …); initialising it before the "
        "user agrees is collection before consent (认定方法 三.1, 164号 (一)1). Most Chinese SDKs now ship a compliant "
        "pre-init for exactly this."
    ),
    rationale_zh=(
        "SDK初始化即开始收集（设备标识符、应用列表、位置等）；在用户同意前初始化即为同意"
        "前收集（认定方法 三.1、164号（一）1）。主流SDK均提供合规的预初始化接口。"
    ),
    fix_en=(
        "Initialise the SDK only after the user agrees; before that call only its compliant pre-init, if it has one."
    ),
    fix_zh="仅在用户同意后初始化SDK；同意前只调用其合规预初始化接口（如有）。",
    family="consent",
    needs_code=True,
    catalogue_ref="R-CONSENT-003",
)
def no_sdk_init_before_consent(ctx: RuleContext) -> list[Finding]:
    """No catalogued SDK init entry point may be reachable before consent; compliant pre-init calls are allowed.

    Init and pre-init methods are the catalogue's ``init_methods`` and ``consent_methods``
    (``knowledge/data/sdks.json``): for Umeng ``UMConfigure.init`` is an init, ``UMConfigure.preInit`` is allowed.

    Failing example: ``Application.onCreate`` calls ``JPushInterface.init(this)`` unconditionally.
    """
    analysis = _analysis(ctx)
    findings = []
    for site, _count in _grouped(analysis.sdk_inits, lambda s: (s.library, s.what)):
        sdk = site.sdk.sdk if site.sdk else None
        name_en = sdk.name_en if sdk else site.library
        name_zh = sdk.name_zh if sdk else site.library
        caller = ctx.app.code_owner(site.method.class_desc)[0]
        pre = [m for m in (sdk.consent_methods if sdk else ())]
        pre_en = (
            f" Before consent call only {', '.join(m.rsplit('.', 2)[-2] + '.' + m.rsplit('.', 1)[-1] for m in pre)}."
            if pre
            else ""
        )
        pre_zh = (
            f"同意前仅可调用{'、'.join(m.rsplit('.', 2)[-2] + '.' + m.rsplit('.', 1)[-1] for m in pre)}。"
            if pre
            else ""
        )
        findings.append(
            Finding(
                rule_id="PIPL-CONSENT-003",
                subject=f"{site.library}/{site.what}",
                message=(
                    f"{name_en} is initialised ({site.what}) before consent, called from {caller}: "
                    f"{site.method.qualified}, via {site.entry.method.short} ({site.entry.why_en}).{pre_en}"
                ),
                message_zh=f"用户同意前初始化了{name_zh}（{site.what}），调用位置{site.method.qualified}"
                f"（入口{site.entry.method.short}：{site.entry.why_zh}）。{pre_zh}",
                sdk=sdk.id if sdk else site.library,
                sdk_name=name_en,
                location=site.method.qualified,
                call_path=site.path,
                evidence=(
                    ("init", site.what),
                    ("caller", site.method.qualified),
                    ("entry_point", site.entry.method.qualified),
                ),
            )
        )
    return findings


RULES = [no_personal_info_before_consent, no_permission_before_consent, no_sdk_init_before_consent]
