"""A team's own compliance assertions, written on pytest-pipl's public query API.

Put a file like this next to your tests: the fixtures below become available
to every test, run once per app given with ``--pipl``, and fail with messages
as explicit as the built-in rules'.  The hook at the end teaches pytest-pipl
an in-house SDK so detection, the consent rules and the policy rules know it.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def starts_after_consent(pipl):
    """``starts_after_consent("jpush")``: no init entry point of that SDK runs before the user agrees."""

    def check(sdk_id: str) -> None:
        early = [site for site in pipl.pre_consent.sdk_inits if site.sdk and site.sdk.id == sdk_id]
        assert not early, f"{sdk_id} starts before consent: " + "; ".join(" → ".join(site.path) for site in early)

    return check


@pytest.fixture
def only_called_from(pipl):
    """``only_called_from("android.telephony.TelephonyManager", "getLine1Number", {"com.example.Login.fill"})``."""

    def check(class_name: str, method: str, allowed: set[str]) -> None:
        callers = set(pipl.callers_of(class_name, method))
        stray = sorted(callers - allowed)
        assert not stray, f"{class_name}.{method} is called outside {sorted(allowed)}: {stray}"

    return check


@pytest.fixture
def policy_says(pipl_policy):
    """``policy_says("个人信息保护负责人")``: the privacy policy contains the phrase (width/space/case-insensitive)."""

    def check(*phrases: str) -> None:
        missing = [p for p in phrases if not pipl_policy.mentions(p)]
        assert not missing, f"the privacy policy ({', '.join(pipl_policy.sources)}) never says: {missing}"

    return check


def pytest_pipl_add_sdks(config):
    """Our in-house analytics SDK, so it is detected, checked before consent and expected in the policy."""
    return [
        {
            "id": "acme_insight",
            "name": {"en": "ACME Insight analytics", "zh": "ACME洞察统计SDK"},
            "aliases": ["ACME洞察", "ACME Insight"],
            "vendor": {"zh": "示例科技有限公司", "en": "Example Tech Co., Ltd."},
            "category": "analytics",
            "signatures": {"packages": ["com.acme.insight"], "meta_data": ["ACME_INSIGHT_KEY"]},
            "init_methods": ["com.acme.insight.Insight.start"],
            "consent_methods": ["com.acme.insight.Insight.preInit"],
            "data_collected": ["android_id", "device_model"],
        }
    ]
