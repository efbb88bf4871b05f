"""Permissions and data types: what explains them, what only looks like it does."""

from __future__ import annotations

from pytest_pipl.knowledge.bundle import Knowledge
from pytest_pipl.knowledge.policy_terms import PolicyVocabulary
from pytest_pipl.policy.terms import data_type_disclosure, permission_disclosure, shared_permission_terms

from .conftest import make_policy

KNOWLEDGE = Knowledge.builtin()
VOCABULARY = PolicyVocabulary.builtin()
TYPES = list(KNOWLEDGE.personal_info.data_types.values())
SHARED = shared_permission_terms(KNOWLEDGE.permissions.info.values())
P = "android.permission."


def explained(doc: str, permission: str):
    info = KNOWLEDGE.permissions.info[P + permission]
    return permission_disclosure(make_policy(doc), info, VOCABULARY, TYPES, SHARED)


def test_a_phrase_naming_the_permission_counts_anywhere():
    assert explained("<p>我们会申请相机权限，用于扫码。</p>", "CAMERA").explained


def test_ordinary_words_count_only_as_what_a_permission_statement_asks_for():
    assert explained("<p>扫码时我们会开启相机。</p>", "CAMERA").explained
    assert explained("<p>敏感权限（例如通讯录、麦克风、相册）均不会默认开启。</p>", "RECORD_AUDIO").explained
    assert explained("# 设备权限说明\n\n- 相机：用于扫描二维码\n", "CAMERA").explained
    loose = explained("<p>您可以在相机旁边摆放样品拍照上传。</p>", "CAMERA")
    assert not loose.explained
    assert loose.out_of_context


def test_collecting_identifiers_does_not_explain_the_phone_permission():
    result = explained("<p>我们会收集您的设备信息（IMEI、Android ID）。</p>", "READ_PHONE_STATE")
    assert not result.explained
    assert [m.term for m in result.umbrella] == ["设备信息"]


def test_collecting_content_explains_the_read_permission_that_guards_it():
    assert explained("<p>为实现骚扰拦截，我们会读取您的通话记录。</p>", "READ_CALL_LOG").explained
    # …but not a word inside a bracketed example of something else
    doc = "<p>我们可能需要收集与你的客服沟通记录（线上聊天记录、电话录音），以便处理投诉。</p>"
    assert not explained(doc, "RECORD_AUDIO").explained


def test_a_denial_overrides_a_phrase_shared_with_a_sibling_permission():
    doc = "<p>位置权限（获取大致位置）：用于推荐当地菜谱。我们不会获取您的精确位置。</p>"
    assert explained(doc, "ACCESS_COARSE_LOCATION").explained
    fine = explained(doc, "ACCESS_FINE_LOCATION")
    assert not fine.explained
    assert fine.denied


def test_false_friends_do_not_name_data():
    policy = make_policy("<p>注册时我们会向您的手机号码发送短信验证码。</p>")
    assert not data_type_disclosure(policy, KNOWLEDGE.personal_info.data_types["sms"], VOCABULARY).explained
    policy = make_policy("<p>经您授权，我们会读取短信验证码并自动填写。</p>")
    assert data_type_disclosure(policy, KNOWLEDGE.personal_info.data_types["sms"], VOCABULARY).explained
