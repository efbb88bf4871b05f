from __future__ import annotations

import pytest

from pytest_pipl.policy.documents import parse
from pytest_pipl.policy.model import Policy, PolicyDocument, build_policy


def make_policy(*docs: str | tuple[str, str, str]) -> Policy:
    """A policy from document texts: ``"<html>…"`` / markdown text, or ``(text, format, kind)``."""
    parsed = []
    for n, doc in enumerate(docs):
        text, fmt, kind = (
            doc if isinstance(doc, tuple) else (doc, "html" if doc.lstrip().startswith("<") else "markdown", "policy")
        )
        document = PolicyDocument(f"doc{n}.{fmt}", kind, fmt, "utf-8", len(text), True)
        parsed.append((document, parse(text, fmt)))
    return build_policy(parsed)


@pytest.fixture
def policy_of():
    return make_policy
