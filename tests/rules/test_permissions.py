"""PIPL-PERM-001 (dangerous permission used by no code) and PIPL-PERM-002 (QUERY_ALL_PACKAGES)."""

from __future__ import annotations

import pytest

from pytest_pipl.assertions import check_rule, no_unused_dangerous_permissions

from ..helpers import app


def test_unused_dangerous_permissions_are_named_exactly():
    result = check_rule(app("news_app"), "PIPL-PERM-001")
    assert [f.subject for f in result.findings] == [
        "android.permission.RECORD_AUDIO",
        "android.permission.READ_CALENDAR",
    ]
    assert (
        "android.permission.RECORD_AUDIO (录音) is declared but no code in the build uses it"
        in result.findings[0].message
    )


def test_permissions_used_by_sdk_code_apis_fields_and_runtime_requests_pass():
    """clean_app uses CAMERA (Camera.open), location (LocationManager), contacts (a ContactsContract field)
    and requests POST_NOTIFICATIONS by name; news_app's READ_PHONE_STATE is used inside Umeng."""
    assert check_rule(app("clean_app"), "PIPL-PERM-001").passed
    assert "android.permission.READ_PHONE_STATE" not in {
        f.subject for f in check_rule(app("news_app"), "PIPL-PERM-001").findings
    }


def test_assertion_text_is_a_reviewers_note():
    with pytest.raises(AssertionError) as info:
        no_unused_dangerous_permissions(app("news_app"))
    text = str(info.value)
    assert text.startswith(
        "PIPL-PERM-001 Dangerous permission declared but used by no code — news_app.apk (com.example.news"
    )
    assert "Basis: 《App违法违规收集使用个人信息行为认定方法》（国信办秘字〔2019〕191号） item 4.1" in text
    assert 'tools:node="remove"' in text


def test_packed_code_makes_the_rule_blind():
    result = check_rule(app("packed_jiagu"), "PIPL-PERM-001")
    assert result.outcome == "blind"
    assert result.reason.startswith("cannot analyse: the code is packed by 360加固")
    with pytest.raises(AssertionError, match="run it on the release build before packing"):
        no_unused_dangerous_permissions(app("packed_jiagu"))


def test_unknown_packer_makes_the_rule_blind():
    result = check_rule(app("packed_unknown"), "PIPL-PERM-001")
    assert result.outcome == "blind"
    assert "an unknown packer or runtime code loading" in result.reason


def test_query_all_packages_names_the_sdk_that_reads_the_list():
    (finding,) = check_rule(app("news_app"), "PIPL-PERM-002").findings
    assert "PackageManager.getInstalledPackages in cn.jiguang." in finding.message
    assert finding.message.startswith("The app requests android.permission.QUERY_ALL_PACKAGES")


def test_query_all_packages_on_packed_apps_is_still_judged_from_the_manifest():
    (finding,) = check_rule(app("packed_jiagu"), "PIPL-PERM-002").findings
    assert finding.subject == "android.permission.QUERY_ALL_PACKAGES"


def test_queries_element_instead_of_query_all_packages_passes():
    assert check_rule(app("clean_app"), "PIPL-PERM-002").passed
