"""HTML, Markdown and plain-text policies are read into the same parts a reviewer sees."""

from __future__ import annotations

from pytest_pipl.policy.html import read_html
from pytest_pipl.policy.markdown import read_markdown
from pytest_pipl.policy.parts import HEADING, ITEM, PARAGRAPH, Part, TablePart


def _parts(parts, kind=None):
    return [(p.kind, p.text) for p in parts if isinstance(p, Part) and (kind is None or p.kind == kind)]


def _tables(parts):
    return [p for p in parts if isinstance(p, TablePart)]


def test_html_bold_paragraphs_and_numbered_lines_are_headings():
    parts = read_html(
        "<body><p><strong>一、我们如何收集和使用您的个人信息</strong></p>"
        "<p>（一）注册登录</p><p>我们会收集您的手机号码。</p>"
        '<p><span style="font-weight: bold">联系我们</span></p></body>'
    )
    assert [(p.text, p.level) for p in parts if p.kind == HEADING] == [
        ("一、我们如何收集和使用您的个人信息", 1),
        ("（一）注册登录", 2),
        ("联系我们", 4),
    ]
    assert _parts(parts, PARAGRAPH) == [(PARAGRAPH, "我们会收集您的手机号码。")]


def test_html_line_breaks_split_paragraphs_and_links_stay_with_their_line():
    parts = read_html(
        '<p>SDK名称：极光推送<br/>隐私政策：<a href="https://www.jiguang.cn/license/privacy">链接</a><br>'
        "使用目的：推送</p>"
    )
    assert [p.text for p in parts] == ["SDK名称：极光推送", "隐私政策： 链接", "使用目的：推送"]
    assert [p.links for p in parts] == [(), ("https://www.jiguang.cn/license/privacy",), ()]


def test_html_lists_nested_lists_and_loose_text():
    parts = read_html(
        "<div>前言<ul><li>设备信息<ol><li>IMEI</li><li>Android ID</li></ol></li><li>位置信息</li></ul>结语</div>"
    )
    assert _parts(parts) == [
        (PARAGRAPH, "前言"),
        (ITEM, "设备信息"),
        (ITEM, "IMEI"),
        (ITEM, "Android ID"),
        (ITEM, "位置信息"),
        (PARAGRAPH, "结语"),
    ]


def test_html_tables_expand_row_and_column_spans():
    parts = read_html(
        "<table><tr><th>公司</th><th>SDK名称</th><th>目的</th></tr>"
        "<tr><td rowspan='2'>深圳市腾讯计算机系统有限公司</td><td>微信SDK</td><td>分享</td></tr>"
        "<tr><td>腾讯Bugly</td><td>崩溃<br>分析</td></tr>"
        "<tr><td colspan='3'>以上SDK均在您同意后初始化</td></tr></table>"
    )
    (table,) = _tables(parts)
    assert table.rows == [
        ["公司", "SDK名称", "目的"],
        ["深圳市腾讯计算机系统有限公司", "微信SDK", "分享"],
        ["深圳市腾讯计算机系统有限公司", "腾讯Bugly", "崩溃；分析"],
        ["以上SDK均在您同意后初始化"] * 3,
    ]


def test_html_scripts_styles_and_comments_are_not_text():
    parts = read_html(
        "<html><head><style>p{color:red}</style><script>var 隐私政策 = 1;</script></head>"
        "<body><!-- 注销账号 --><p>正文</p><noscript>请开启JS</noscript></body></html>"
    )
    assert _parts(parts) == [(PARAGRAPH, "正文")]


def test_html_parser_expands_no_external_entities():
    hostile = (
        '<?xml version="1.0"?><!DOCTYPE p [<!ENTITY xxe SYSTEM "file:///etc/hostname">'
        '<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        "<html><body><p>x&xxe;y&b;z</p></body></html>"
    )
    text = " ".join(p.text for p in read_html(hostile) if isinstance(p, Part))
    assert "aaaaaaaaaa" not in text
    with open("/etc/hostname", encoding="utf-8") as f:
        assert f.read().strip() not in text


def test_markdown_headings_lists_tables_and_links():
    parts = read_markdown(
        "# 隐私政策\n\n更新日期：2024年1月1日\n\n## 三、第三方SDK\n\n"
        "- **极光推送**（深圳市和讯华谷信息技术有限公司）：[隐私政策](https://www.jiguang.cn/license/privacy)\n"
        "  用于消息推送\n"
        "- 友盟+\n\n"
        "| SDK名称 | 使用目的 |\n|:--|--|\n| 腾讯Bugly | 崩溃分析 |\n"
    )
    assert [(p.text, p.level) for p in parts if isinstance(p, Part) and p.kind == HEADING] == [
        ("隐私政策", 1),
        ("三、第三方SDK", 2),
    ]
    items = [p for p in parts if isinstance(p, Part) and p.kind == ITEM]
    assert items[0].text == "极光推送（深圳市和讯华谷信息技术有限公司）：隐私政策 用于消息推送"
    assert items[0].links == ("https://www.jiguang.cn/license/privacy",)
    assert [t.rows for t in _tables(parts)] == [[["SDK名称", "使用目的"], ["腾讯Bugly", "崩溃分析"]]]


def test_plain_text_lines_are_paragraphs_and_numbered_lines_headings():
    parts = read_markdown(
        "一、我们如何收集和使用您的个人信息\n（一）消息推送\n1. 极光推送SDK\n"
        "使用目的：向您推送消息。\n隐私政策：https://www.jiguang.cn/license/privacy\n"
    )
    assert [(p.kind, p.text, p.level) for p in parts] == [
        (HEADING, "一、我们如何收集和使用您的个人信息", 1),
        (HEADING, "（一）消息推送", 2),
        (HEADING, "1. 极光推送SDK", 3),
        (PARAGRAPH, "使用目的：向您推送消息。", 0),
        (PARAGRAPH, "隐私政策：https://www.jiguang.cn/license/privacy", 0),
    ]
    assert parts[-1].links == ("https://www.jiguang.cn/license/privacy",)


def test_tab_separated_text_is_a_table():
    parts = read_markdown("SDK名称\t公司\t目的\n极光推送\t和讯华谷\t推送\n友盟\t友盟同欣\t统计\n")
    assert [t.rows for t in _tables(parts)] == [
        [["SDK名称", "公司", "目的"], ["极光推送", "和讯华谷", "推送"], ["友盟", "友盟同欣", "统计"]]
    ]


def test_html_title_is_the_documents_first_heading():
    parts = read_html("<html><head><title>某某App隐私政策</title></head><body><p>欢迎使用本应用。</p></body></html>")
    assert _parts(parts) == [(HEADING, "某某App隐私政策"), (PARAGRAPH, "欢迎使用本应用。")]
