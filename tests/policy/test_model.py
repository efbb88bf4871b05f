"""The policy model: sections, tables and finding terms as a reader would."""

from __future__ import annotations

from .conftest import make_policy


def test_mentions_ignore_width_case_and_spaces():
    policy = make_policy("<p>我们接入了 友盟+ ＳＤＫ 与 腾 讯 Bugly。</p>")
    assert [m.term for m in policy.mentions("友盟+SDK")] == ["友盟+SDK"]
    assert len(policy.mentions("腾讯bugly")) == 1
    assert policy.mentions("友盟+SDK")[0].excerpt == "我们接入了 友盟+ ＳＤＫ 与 腾 讯 Bugly。"


def test_latin_terms_match_on_word_boundaries_only():
    policy = make_policy("<p>X500 series; TBSP spoon; usex5 here; BuglySDK; we use X5 and TBS.</p>")
    assert len(policy.mentions("x5")) == 1
    assert len(policy.mentions("tbs")) == 1
    assert len(policy.mentions("bugly")) == 1  # "BuglySDK" names Bugly


def test_sections_follow_heading_levels():
    policy = make_policy("# 隐私政策\n\n## 一、收集\n\n### （一）注册\n\n手机号\n\n## 二、联系我们\n\n邮箱：a@b.cn\n")
    assert [(s.title, s.level) for s in policy.sections] == [
        ("隐私政策", 1),
        ("一、收集", 2),
        ("（一）注册", 3),
        ("二、联系我们", 2),
    ]
    (mention,) = policy.mentions("手机号")
    assert mention.section == "隐私政策 › 一、收集 › （一）注册"
    assert policy.sections[1].text(policy) == "一、收集\n（一）注册\n手机号"


def test_tables_are_header_aware():
    policy = make_policy(
        "<table><caption>x</caption><tr><td colspan=3>第三方SDK目录</td></tr>"
        "<tr><td>SDK名称</td><td>第三方主体</td><td>隐私政策</td></tr>"
        "<tr><td>极光推送</td><td>深圳市和讯华谷信息技术有限公司</td><td>https://www.jiguang.cn/license/privacy</td></tr>"
        "</table>"
    )
    (table,) = policy.tables
    assert table.header == ("SDK名称", "第三方主体", "隐私政策")
    (row,) = [policy.blocks[i] for i in table.rows]
    assert table.record(row) == {
        "SDK名称": "极光推送",
        "第三方主体": "深圳市和讯华谷信息技术有限公司",
        "隐私政策": "https://www.jiguang.cn/license/privacy",
    }
    assert any(b.text == "第三方SDK目录" for b in policy.blocks)  # the spanning caption row is kept as text


def test_several_documents_make_one_policy():
    policy = make_policy(
        "# 隐私政策\n\n详见《第三方SDK目录》", ("<h1>第三方SDK目录</h1><p>极光推送</p>", "html", "sdk_list")
    )
    (mention,) = policy.mentions("极光推送")
    assert mention.source == "doc1.html"
    assert mention.section == "第三方SDK目录"
    assert policy.text.splitlines() == ["隐私政策", "详见《第三方SDK目录》", "第三方SDK目录", "极光推送"]
