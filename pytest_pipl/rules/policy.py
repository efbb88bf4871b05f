"""Policy rules: the privacy policy says what the build does (认定方法 二, PIPL 17/23).

Every rule reads one :class:`~pytest_pipl.policy.review.PolicyReview` of the
app's policy — the one given with ``--pipl-policy`` or, failing that, the one
the build bundles.  With no policy every rule is blind (a failure) and says
where it looked; a policy rule never passes without a policy.
"""

from __future__ import annotations

from ..errors import CannotAnalyse, PiplError
from ..findings import Finding
from ..knowledge.personal_info import DataType
from ..policy.finder import PolicyNotFound, load_policy
from ..policy.model import Mention, Policy
from ..policy.review import PolicyReview, review
from .base import RuleContext, rule

_DETAIL_EN = {
    "company": "company",
    "purpose": "purpose",
    "data": "personal information collected",
    "link": "privacy-policy link",
}
_DETAIL_ZH = {"company": "第三方主体", "purpose": "使用目的", "data": "收集的个人信息类型", "link": "隐私政策链接"}


def bundled_policy(ctx: RuleContext) -> Policy | PiplError:
    """The policy bundled in the build (searched once per app and vocabulary)."""
    cache = ctx.app.__dict__.setdefault("_bundled_policy", {})
    if "policy" not in cache:
        try:
            cache["policy"] = load_policy(app=ctx.app)
        except PiplError as exc:
            cache["policy"] = exc
    return cache["policy"]


def _review(ctx: RuleContext) -> PolicyReview:
    policy = ctx.resolved_policy()
    if policy is None:
        policy = bundled_policy(ctx)
    if isinstance(policy, PolicyNotFound):
        raise CannotAnalyse(policy.explain("en"), policy.explain("zh"))
    if isinstance(policy, PiplError):
        raise CannotAnalyse(str(policy), str(policy))
    if not isinstance(policy, Policy):
        raise TypeError(f"RuleContext.policy must be a Policy, got {type(policy).__name__}")
    where = "; ".join(d.source for d in policy.documents)
    ctx.note(f"Policy read from: {where}", f"隐私政策来源：{where}")
    return review(ctx.app, policy, ctx.knowledge)


def _quote(mentions: list[Mention], limit: int = 2, lang: str = "en", width: int = 40) -> str:
    return ("；" if lang == "zh" else "; ").join(m.describe(lang, width) for m in mentions[:limit])


@rule(
    id="PIPL-POLICY-001",
    title_en="SDK in the build not named in the privacy policy",
    title_zh="隐私政策未列明应用集成的第三方SDK",
    severity="high",
    basis=("191-2.1", "PIPL-23", "TC-SDK-disclose", "41391-6.6"),
    rationale_en=(
        "Every third-party SDK embedded in the app collects personal information on the app's behalf or for "
        "itself; not naming each one (with its company, purpose and data) is 未逐一列出 third-party collection "
        "(认定方法 二.1) and the finding stores cite most after pre-consent collection."
    ),
    rationale_zh=(
        "应用集成的每个第三方SDK都会收集个人信息；未在隐私政策中逐一列明SDK名称、"
        "第三方主体、目的和收集的信息，属于“未逐一列出嵌入的第三方代码收集使用个人信息的目的、方式、范围”（认定方"
        "法 二.1）。"
    ),
    fix_en=(
        "Add each missing SDK to the policy's SDK list (第三方SDK目录): SDK name, company, purpose, the personal "
        "information it collects, and a link to its privacy policy — or remove the SDK from the build."
    ),
    fix_zh=(
        "在隐私政策的第三方SDK目录中逐一补充缺少的SDK：SDK名称、第三方主体、使用目的、收集的个人信息类型及其隐私政策"
        "链接；或从构建中移除该SDK。"
    ),
    family="policy",
    needs_code=True,
    catalogue_ref="R-SDK-001",
)
def policy_mentions_all_sdks(ctx: RuleContext) -> list[Finding]:
    """Every SDK detected in the build is named in the policy or its SDK list, under any of its aliases.

    A name counts under any catalogued alias (友盟+统计SDK, U-App, Umeng), a Java package of the SDK
    (``com.tencent.bugly``) or, in an SDK-list row that names no SDK, the vendor's legal name with a purpose
    of the SDK's kind.  Generic names (微信, 极光, 支付宝, 高德) count only in an SDK context: the SDK list, or
    a sentence, item or row that speaks of SDKs, third parties or partners.  Overlapping names resolve to the
    longest, so 友盟推送SDK names Umeng Push and not Umeng Analytics.  Phrases such as 统计SDK name no SDK.

    Failing example: the build contains ``com.igexin`` (Getui) and the policy's SDK list names only JPush
    and Umeng.
    """
    r = _review(ctx)
    findings = []
    for gap in r.undisclosed_sdks():
        sdk = gap.match.sdk
        data = _data_names(ctx, sdk.data_collected)
        alias = sdk.name_zh
        company = sdk.vendor_zh or sdk.vendor_en or "the company that provides it"
        link = sdk.privacy_policy_url or "its privacy-policy URL"
        hints_en, hints_zh = [], []
        if gap.generic_phrases:
            quoted = _quote(gap.generic_phrases, 1, width=12)
            hints_en.append(f"The policy refers only generically to {quoted} — name the SDK itself.")
            hints_zh.append(f"政策仅笼统提到{_quote(gap.generic_phrases, 1, 'zh', 12)}，须写明具体SDK。")
        if gap.vendor_mentions:
            hints_en.append(
                f"The vendor is mentioned ({_quote(gap.vendor_mentions, 1, width=12)}) but not as this SDK."
            )
            hints_zh.append(f"政策提到了该厂商{_quote(gap.vendor_mentions, 1, 'zh', 12)}，但未写明此SDK。")
        if gap.out_of_context:
            hints_en.append(
                f"Its generic name appears only outside an SDK context: {_quote(gap.out_of_context, 1, width=12)}."
            )
            hints_zh.append(f"其通用名称仅出现在与SDK无关的上下文中：{_quote(gap.out_of_context, 1, 'zh', 12)}。")
        findings.append(
            Finding(
                rule_id="PIPL-POLICY-001",
                subject=sdk.id,
                message=(
                    f"{sdk.display_name} is in the build but the policy does not name it "
                    f"(found by {gap.match.describe_evidence()}). Disclose: name ({alias}), company ({company}), "
                    f"purpose, personal information it collects ({data[0] or 'see its documentation'}), "
                    f"privacy-policy link ({link})." + "".join(" " + h for h in hints_en)
                ),
                message_zh=(
                    f"构建中集成了{sdk.name_zh}，但隐私政策未列明（识别依据：{gap.match.describe_evidence(lang='zh')}）。"
                    f"应披露：SDK名称（{alias}）、第三方主体（{sdk.vendor_zh or sdk.vendor_en or '提供方公司'}）、"
                    f"使用目的、收集的个人信息（{data[1] or '见其文档'}）、"
                    f"隐私政策链接（{sdk.privacy_policy_url or '其隐私政策地址'}）。" + "".join(hints_zh)
                ),
                sdk=sdk.id,
                sdk_name=sdk.name_en,
                evidence=(("signals", ",".join(gap.match.signals)), ("vendor", sdk.vendor_zh or sdk.vendor_en)),
            )
        )
    return findings


def _data_names(ctx: RuleContext, type_ids: tuple[str, ...], limit: int = 6) -> tuple[str, str]:
    types = ctx.knowledge.personal_info.data_types
    known = [types[t] for t in type_ids if t in types][:limit]
    return ", ".join(t.name_en for t in known), "、".join(t.name_zh for t in known)


@rule(
    id="PIPL-POLICY-002",
    title_en="Dangerous permission not explained in the privacy policy",
    title_zh="隐私政策未说明应用申请的敏感权限",
    severity="medium",
    basis=("191-2.1", "191-2.3", "PIPL-17"),
    rationale_en=(
        "Each permission that can collect personal information must be explained — what it is for and when it "
        "is asked; umbrella wording such as 设备信息 or 设备权限 does not tell the user which permission is "
        "meant (认定方法 二.1/二.3)."
    ),
    rationale_zh=(
        "可收集个人信息的权限须在隐私政策中逐项说明用途和申请场景；“设备信息”“设备权限”等笼统表述不能说明具体权限（认"
        "定方法 二.1、二.3）。"
    ),
    fix_en=(
        "Explain each permission in the policy's permission list by its name (e.g. 相机权限 / camera permission) "
        "with the function that needs it — or remove the permission from the manifest."
    ),
    fix_zh="在隐私政策的权限说明中逐项写明权限名称（如“相机权限”）及需要它的功能；或从清单中删除该权限。",
    family="policy",
    catalogue_ref="R-NOTICE-008",
)
def policy_mentions_all_permissions(ctx: RuleContext) -> list[Finding]:
    """Every dangerous permission the manifest requests is explained in the policy.

    A permission is explained by one of its Chinese or English phrases (``data/permissions.json``: 电话权限,
    读取手机状态, camera permission …).  Phrases that contain 权限 / permission count anywhere; ordinary
    words (定位, 相机, 文件) count where the sentence, item or row speaks of permissions or access, or under a
    heading about permissions.  An umbrella term alone (设备信息, 设备权限) is not enough and the finding
    says so.

    Failing example: the manifest requests ``READ_CONTACTS`` and the policy never mentions 通讯录 or contacts.
    """
    r = _review(ctx)
    catalogue = ctx.knowledge.permissions
    findings = []
    for permission, disclosure in r.permissions():
        if disclosure.explained:
            continue
        label_en, label_zh = catalogue.label(permission.name, "en"), catalogue.label(permission.name, "zh")
        if disclosure.umbrella:
            detail_en = (
                f" Only an umbrella term is used ({_quote(disclosure.umbrella, 1)}); it does not say which permission."
            )
            detail_zh = f"政策仅使用笼统表述{_quote(disclosure.umbrella, 1, 'zh')}，未说明具体权限。"
        elif disclosure.out_of_context:
            quoted = _quote(disclosure.out_of_context, 1)
            detail_en = f" Its wording appears only where permissions are not discussed: {quoted}."
            detail_zh = f"相关字词仅出现在与权限无关的上下文中：{_quote(disclosure.out_of_context, 1, 'zh')}。"
        else:
            detail_en = detail_zh = ""
        findings.append(
            Finding(
                rule_id="PIPL-POLICY-002",
                subject=permission.name,
                message=f"{label_en} is requested in the manifest but not explained in the policy.{detail_en}",
                message_zh=f"清单申请了{label_zh}，但隐私政策未说明。{detail_zh}",
                location="AndroidManifest.xml <uses-permission>",
                evidence=(("umbrella_only", "yes" if disclosure.umbrella else "no"),),
            )
        )
    return findings


@rule(
    id="PIPL-POLICY-003",
    title_en="Personal information collected by the code not named in the privacy policy",
    title_zh="隐私政策未说明代码收集的个人信息类型",
    severity="medium",
    basis=("191-2.1", "PIPL-17", "41391-6.4", "35273-5.5"),
    rationale_en=(
        "The policy must state every type of personal information the app collects, including what its SDKs "
        "collect; an identifier or data type the code reads but the policy never names is undisclosed "
        "collection (认定方法 二.1, 三.9)."
    ),
    rationale_zh=(
        "隐私政策须说明应用（含SDK）收集的每一类个人信息；代码读取但政策未提及的标识符或信息类型属于未明示收集（认定"
        "方法 二.1、三.9）。"
    ),
    fix_en=(
        "Name the data type in the policy (e.g. IMEI, Android ID, 应用列表) with the function that needs it, "
        "or stop collecting it."
    ),
    fix_zh="在隐私政策中写明该类个人信息（如IMEI、Android ID、应用列表）及其用途，或停止收集。",
    family="policy",
    needs_code=True,
    catalogue_ref="R-NOTICE-003",
)
def policy_mentions_collected_data(ctx: RuleContext) -> list[Finding]:
    """Every type of personal information the code collects (anywhere, SDKs included) is named in the policy.

    Collection is found as for the consent rules (``data/personal_info.json``: methods, fields, constant
    strings and content URIs), over all code.  A type is named by one of its specific phrases (IMEI,
    国际移动设备识别码, Android ID, MAC地址, 应用列表 …).  Umbrella phrases (设备信息, 设备标识符) name the
    basic device attributes (model, OS version, screen, network type, carrier) but not identifiers or
    anything more sensitive: for those the finding says that only an umbrella term was used.

    Failing example: the code calls ``PackageManager.getInstalledPackages`` and the policy never mentions
    应用列表 / installed apps.
    """
    r = _review(ctx)
    findings = []
    for gap in r.data_types():
        disclosure = gap.disclosure
        if disclosure.explained or (gap.data_type.sensitivity == "device" and disclosure.umbrella):
            continue
        data: DataType = gap.data_type
        owners: dict[str, list[str]] = {}
        for api, site in gap.sites:
            owners.setdefault(site.owner, []).append(f"{api.short} in {site.method.qualified}")
        where = "; ".join(
            f"{owner}: {sites[0]}" + (f" (+{len(sites) - 1})" if len(sites) > 1 else "")
            for owner, sites in list(owners.items())[:3]
        )
        first_api, first_site = gap.sites[0]
        umbrella_en = umbrella_zh = ""
        if disclosure.umbrella:
            umbrella_en = (
                f" Only an umbrella term is used ({_quote(disclosure.umbrella, 1)}); name {data.name_en} itself."
            )
            umbrella_zh = f"政策仅使用笼统表述{_quote(disclosure.umbrella, 1, 'zh')}，须写明{data.name_zh}。"
        findings.append(
            Finding(
                rule_id="PIPL-POLICY-003",
                subject=data.id,
                message=f"The code collects {data.name_en} ({where}) but the policy does not name it.{umbrella_en}",
                message_zh=f"代码收集{data.name_zh}（{where}），但隐私政策未提及。{umbrella_zh}",
                sdk=first_site.sdk.sdk.id if first_site.sdk else None,
                sdk_name=None,
                location=first_site.method.qualified,
                evidence=(("api", first_api.short), ("sites", str(len(gap.sites))), ("sensitivity", data.sensitivity)),
            )
        )
    return findings


@rule(
    id="PIPL-POLICY-004",
    title_en="Privacy policy lacks a required section",
    title_zh="隐私政策缺少必备内容",
    severity="medium",
    basis=("PIPL-17", "191-1.1", "191-6.1", "191-6.5"),
    rationale_en=(
        "A policy must tell users who to contact, how to complain, how to access, correct and delete their "
        "information, how to cancel the account, how to withdraw consent, when the policy took effect, how "
        "children's information is handled and which information is sensitive (PIPL 17; 认定方法 一, 六)."
    ),
    rationale_zh=(
        "隐私政策须说明联系方式、投诉渠道、查阅更正删除、注销账号、撤回同意、更新生效日期、未成年人信息保护和敏感个人"
        "信息（个人信息保护法第十七条；认定方法 一、六）。"
    ),
    fix_en="Add the missing sections; the finding for each says what it must contain.",
    fix_zh="补充缺少的章节；每条问题说明了应写明的内容。",
    family="policy",
    catalogue_ref="R-NOTICE-001",
)
def policy_has_required_sections(ctx: RuleContext) -> list[Finding]:
    """The policy covers every required topic: contact, complaints, access/correction/deletion, account
    cancellation (注销), withdrawing consent, update/effective date, minors under 14 and sensitive personal
    information — plus third-party sharing and retention where the vocabulary lists them.

    A topic is covered by a heading naming it (如何联系我们) or an unmistakable phrase in the text (注销账号,
    撤回同意, 不满十四周岁) or a pattern (an e-mail address for contact, a date for the effective date).  The
    phrases are in ``data/policy_terms.json``.

    Failing example: a policy with no word on cancelling the account (注销).
    """
    r = _review(ctx)
    findings = []
    for coverage in r.sections():
        if coverage.covered:
            continue
        section = coverage.section
        basis = ", ".join(section.basis)
        findings.append(
            Finding(
                rule_id="PIPL-POLICY-004",
                subject=section.id,
                message=f"No section on {section.title_en} ({section.title_zh}). {section.advice_en} [{basis}]".strip(),
                message_zh=f"缺少“{section.title_zh}”相关内容。{section.advice_zh}【{basis}】",
                evidence=(("section", section.id),),
            )
        )
    return findings


@rule(
    id="PIPL-POLICY-005",
    title_en="SDK list lacks company, purpose, data or link",
    title_zh="第三方SDK目录信息不完整",
    severity="low",
    basis=("TC-SDK-disclose", "41391-6.6", "PIPL-23"),
    rationale_en=(
        "For each SDK the list must give the company that runs it, the purpose, the personal information it "
        "collects and a link to its own privacy policy, so users know who receives their data (PIPL 23; "
        "TC260 SDK guide)."
    ),
    rationale_zh=(
        "第三方SDK目录须逐一写明SDK的运营主体、使用目的、收集的个人信息类型和其隐私政策链接，使用户知道谁接收了其个人"
        "信息（个人信息保护法第二十三条；TC260 SDK指南）。"
    ),
    fix_en="Complete each SDK's entry in the SDK list with the missing details.",
    fix_zh="在第三方SDK目录中补全每个SDK缺少的信息。",
    family="policy",
    needs_code=True,
    catalogue_ref="R-SDK-008",
)
def policy_lists_sdk_details(ctx: RuleContext) -> list[Finding]:
    """For every SDK in the build that the policy names, its entry gives company, purpose, data and link.

    The entry is a table row (columns found by their headers in any order: SDK名称, 第三方主体, 使用目的,
    收集个人信息类型, 隐私政策链接 …), a vertical table per SDK, or a list entry (the item or paragraph naming
    the SDK and the lines after it up to the next SDK or heading).  A cell "无" or "/" is empty; a link must
    be a URL.  SDKs the policy does not name at all are PIPL-POLICY-001's findings, not this rule's.

    Failing example: an SDK table without a link column.
    """
    r = _review(ctx)
    entries = r.sdk_entries()
    findings = []
    for match in r.detected_sdks:
        if not r.sdk_names.named(match.id):
            continue
        sdk = match.sdk
        entry = entries.get(match.id)
        if entry is not None and not entry.missing:
            continue
        if entry is None:
            missing = ("company", "purpose", "data", "link")
            where_en = where_zh = ""
        else:
            missing = entry.missing
            first = entry.blocks[0]
            where_en = f" Its {entry.shape}: “{first.text[:80]}”" + (
                f" in “{first.section_title}”" if first.section_title else ""
            )
            where_zh = f"其条目：“{first.text[:80]}”"
        findings.append(
            Finding(
                rule_id="PIPL-POLICY-005",
                subject=sdk.id,
                message=(
                    f"{sdk.display_name}: the policy does not give its "
                    f"{', '.join(_DETAIL_EN[d] for d in missing)}.{where_en}"
                ),
                message_zh=f"{sdk.name_zh}：政策未写明其{'、'.join(_DETAIL_ZH[d] for d in missing)}。{where_zh}",
                sdk=sdk.id,
                sdk_name=sdk.name_en,
                evidence=(("missing", ",".join(missing)),),
            )
        )
    return findings


RULES = [
    policy_mentions_all_sdks,
    policy_mentions_all_permissions,
    policy_mentions_collected_data,
    policy_has_required_sections,
    policy_lists_sdk_details,
]
