"""SDK detection: signals, longest prefix, shared bases folded into products, in-house SDKs."""

from __future__ import annotations

from pytest_pipl.app.sdks import detect_sdks, owner_of_class
from pytest_pipl.knowledge.sdks import Sdk

from ..helpers import app


def sdk(id: str, **signatures) -> Sdk:
    core_of = signatures.pop("core_of", [])
    return Sdk.from_dict({"id": id, "name": {"en": id}, "signatures": signatures, "core_of": core_of})


def test_every_signal_is_reported_with_its_evidence():
    catalogue = [
        sdk(
            "jpush",
            packages=["cn.jpush.android"],
            components=["cn.jpush.android.service.PushReceiver"],
            meta_data=["JPUSH_APPKEY"],
        ),
        sdk("umeng", packages=["com.umeng.analytics", "com.umeng.commonsdk"], meta_data=["UMENG_APPKEY"]),
        sdk("absent", packages=["com.example.nothere"], native_libs=["libabsent*.so"]),
    ]
    found = {m.sdk.id: m for m in detect_sdks(app("news_app"), catalogue)}
    assert set(found) == {"jpush", "umeng"}
    jpush = found["jpush"]
    assert jpush.signals == ("code", "component", "meta-data")
    assert jpush.components == ("cn.jpush.android.service.PushReceiver",)
    assert {"signal": "meta-data", "value": "JPUSH_APPKEY"} in jpush.evidence()
    assert dict(found["umeng"].packages) == {"com.umeng.commonsdk": 2, "com.umeng.analytics": 1}


def test_longest_prefix_wins():
    catalogue = [sdk("jcore", packages=["cn.jiguang"]), sdk("jcore_api", packages=["cn.jiguang.api"])]
    found = {m.sdk.id: dict(m.packages) for m in detect_sdks(app("news_app"), catalogue)}
    assert found == {"jcore": {"cn.jiguang": 1}, "jcore_api": {"cn.jiguang.api": 1}}


def test_a_shared_base_is_folded_into_its_product():
    catalogue = [
        sdk("jiguang_core", packages=["cn.jiguang"], meta_data=["JPUSH_APPKEY"], core_of=["jpush"]),
        sdk("jpush", packages=["cn.jpush.android"]),
    ]
    matches = detect_sdks(app("news_app"), catalogue)
    assert [m.sdk.id for m in matches] == ["jpush"]
    (jpush,) = matches
    assert [b.sdk.id for b in jpush.bundled] == ["jiguang_core"]
    assert {"signal": "meta-data", "value": "JPUSH_APPKEY", "via": "jiguang_core"} in jpush.evidence()
    assert "meta-data" in jpush.signals
    assert owner_of_class(matches, "cn.jiguang.a.a").sdk.id == "jpush"


def test_a_shared_base_alone_is_reported_itself():
    catalogue = [sdk("jiguang_core", packages=["cn.jiguang"], core_of=["jpush"])]
    assert [m.sdk.id for m in detect_sdks(app("news_app"), catalogue)] == ["jiguang_core"]


def test_obfuscated_build_is_still_found_by_manifest_signals():
    """modern_receivers has R8-renamed code (a.a, b.a …): only manifest evidence can find an SDK there."""
    catalogue = [sdk("sdk_by_component", components=["com.example.modern.BootReceiver"], packages=["com.vendor.gone"])]
    (match,) = detect_sdks(app("modern_receivers"), catalogue)
    assert match.signals == ("component",) and match.class_count == 0


def test_builtin_catalogue_on_the_news_app():
    found = {m.sdk.id for m in app("news_app").sdks}
    assert "jpush" in found
    assert any(i.startswith("umeng") for i in found)
    assert app("news_app").sdk_of_class("com.example.news.MainActivity") is None
