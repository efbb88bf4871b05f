"""Tests written with the team fixtures of conftest.py (run: pytest --pipl demo-news.apk --pipl-policy
demo-news-privacy.html from this folder)."""

from __future__ import annotations


def test_push_starts_only_after_consent(starts_after_consent):
    starts_after_consent("jpush")  # fails on the demo app: JPush starts in Application.onCreate


def test_phone_number_is_read_only_by_the_login_screen(only_called_from):
    only_called_from("android.telephony.TelephonyManager", "getLine1Number", {"com.example.news.login.PhoneLogin.fill"})


def test_policy_names_the_protection_officer_and_the_complaint_channel(policy_says):
    policy_says("个人信息保护负责人", "投诉")
