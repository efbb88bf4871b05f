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


def test_family_names_name_the_product_their_entry_describes():
    # Umeng's own template sentence: the family name with what it is used for.
    names = named("<p>我们的产品集成友盟+SDK，友盟+SDK需要收集您的设备Mac地址，以提供统计分析服务。</p>")
    assert names.named("umeng_analytics")
    assert not names.named("umeng_push")
    entry = named("# 第三方SDK目录\n\n2） SDK名称：友盟+SDK\n\n使用目的：消息推送\n")
    assert entry.named("umeng_push") and not entry.named("umeng_analytics")
    # Without words saying what it does, a family name names every product of the family.
    bare = named("<p>我们接入了友盟+SDK。</p>")
    assert bare.named("umeng_analytics") and bare.named("umeng_push")


def test_family_name_next_to_a_package_names_that_product():
    names = named("# 第三方SDK目录\n\n- SDK包名：cn.jpush.android（JIGUANG）｜提供方：深圳市和讯华谷信息技术有限公司\n")
    assert names.named("jpush")
    assert not names.named("jiguang_verify")


def test_only_the_name_column_of_an_sdk_table_names_the_row_sdk():
    names = named(
        "<table><tr><th>第三方名称</th><th>SDK名称</th><th>使用目的</th></tr>"
        "<tr><td>百度地图开放平台</td><td>百度定位SDK</td><td>定位</td></tr></table>"
    )
    assert names.named("baidu_location")
    assert not names.named("baidu_map"), "百度地图开放平台 is the partner column of the location SDK's row"


def test_vendor_short_names_and_entries_spread_over_lines():
    names = named("# 10、统计SDK\n\n运营公司：神策网络科技\n\n功能/服务：数据统计及分析\n")
    assert [m.via for m in names.mentions["sensorsdata"]] == [VENDOR]


def test_two_character_names_are_generic_even_when_catalogued_as_specific():
    assert not named("<p>若你关闭此权限，将无法使用音乐播放功能。</p>").named("hpplay_lebo")


def test_names_inside_urls_and_document_titles_name_nothing():
    names = named("<p>请阅读《QQ第三方信息共享清单》。Bugly SDK 隐私政策：https://privacy.qq.com/document/bugly</p>")
    assert names.named("tencent_bugly")
    assert not names.named("qq_connect")
