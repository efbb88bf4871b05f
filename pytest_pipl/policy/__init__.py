"""Privacy policies: find them, read them as a reviewer does, hold them against the build.

Public API::

    from pytest_pipl.policy import load_policy
    policy = load_policy("privacy.html", "sdk_list.md")   # or load_policy(app=app) for the bundled one
    policy.mentions("极光推送")                          # [Mention(excerpt, section, source) …]
    policy.sections, policy.tables, policy.text

This package does not import pytest.
"""

from __future__ import annotations

from .finder import PolicyNotFound, PolicySourceError, load_policy
from .model import Block, Mention, Policy, PolicyDocument, Table

__all__ = [
    "Block",
    "Mention",
    "Policy",
    "PolicyDocument",
    "PolicyNotFound",
    "PolicySourceError",
    "Table",
    "load_policy",
]
