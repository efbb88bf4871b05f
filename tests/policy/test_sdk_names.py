"""Which SDKs a policy names: aliases, generic names in context, packages, vendors, longest match."""

from __future__ import annotations

from pytest_pipl.knowledge.bundle import Knowledge
from pytest_pipl.policy.sdk_names import GENERIC, NAME, PACKAGE, VENDOR, sdk_names_in

from .conftest import make_policy

SDKS = Knowledge.builtin().sdks


def named(*docs):
    return sdk_names_in(make_policy(*docs), SDKS)


def test_specific_alias_names_the_sdk():
    names = named("<p>为向您推送消息，我们使用了极光推送。</p>")
    assert [m.via for m in names.mentions["jpush"]] == [NAME]


def test_generic_name_counts_only_in_an_sdk_context():
    outside = named("<p>您可以通过微信联系客服。</p>")
    assert not outside.named("wechat_opensdk")
    assert [m.excerpt for m in outside.generic_out_of_context["wechat_opensdk"]] == ["您可以通过微信联系客服。"]
    inside = named("<p>您可以通过微信联系客服。为实现分享功能，我们接入了微信提供的SDK。</p>")
    assert [m.via for m in inside.mentions["wechat_opensdk"]] == [GENERIC]
    assert "接入了微信提供的SDK" in inside.mentions["wechat_opensdk"][0].mention.excerpt


def test_generic_name_in_an_sdk_table_row_counts():
    names = named(
        "<table><tr><th>SDK名称</th><th>使用目的</th></tr><tr><td>微信</td><td>分享到微信好友</td></tr></table>"
    )
    assert names.named("wechat_opensdk")


def test_generic_name_under_an_sdk_list_heading_counts():
    names = named("# 第三方SDK目录\n\n微信：用于登录与分享\n")
    assert names.named("wechat_opensdk")


def test_longest_name_wins_over_the_generic_name_inside_it():
    names = named("<p>我们接入了极光推送SDK（第三方SDK）。</p>")
    assert names.named("jpush")
    # "极光" alone is generic for every JIGUANG product; inside 极光推送SDK it names JPush only.
    assert not names.named("jiguang_verify")
    assert not names.named("jiguang_share")


def test_company_names_hide_the_generic_names_inside_them():
    names = named(
        "<table><tr><th>SDK名称</th><th>第三方主体</th></tr><tr><td>高德定位SDK</td><td>北京高德图强科技有限公司</td></tr></table>"
    )
    assert names.named("amap_location")
    assert not names.named("amap_navi"), "高德 inside the company name must not name every AMap SDK"


def test_java_packages_name_the_sdk():
    names = named("<p>崩溃分析服务的包名为 com.tencent.bugly.crashreport。</p>")
    assert PACKAGE in [m.via for m in names.mentions["tencent_bugly"]]


def test_vendor_alone_names_an_sdk_only_in_a_list_row_with_a_matching_purpose():
    row = named(
        "<table><tr><th>第三方名称</th><th>使用目的</th></tr>"
        "<tr><td>深圳市和讯华谷信息技术有限公司</td><td>消息推送</td></tr></table>"
    )
    assert [m.via for m in row.mentions["jpush"]] == [VENDOR]
    assert not row.named("jiguang_verify"), "a push row names JIGUANG's push SDK, not its one-tap login"
    prose = named("<p>我们的合作伙伴包括深圳市和讯华谷信息技术有限公司。</p>")
    assert not prose.named("jpush")
    assert prose.vendor_only["jpush"]


def test_generic_phrases_name_no_sdk_but_are_recorded():
    names = named("<p>我们接入了第三方统计SDK和推送SDK。</p>")
    assert not names.mentions
    assert {m.term for m in names.generic_phrases} >= {"统计SDK", "推送SDK"}
