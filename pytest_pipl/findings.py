"""Findings: what a rule reports, with a stable identity.

A finding's ``subject`` is the stable key of what it is about (a permission
name, a receiver class, an API, an SDK id) — never a DEX offset or a line
number — so its :attr:`Finding.fingerprint` survives rebuilds of the same
code.  Baselines and SARIF use that fingerprint.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any


def fingerprint_of(rule_id: str, subject: str) -> str:
    """The stable identity of a finding: its rule and subject, hashed."""
    return hashlib.sha256(f"{rule_id}\x00{subject}".encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Finding:
    """One violation found by one rule in one app."""

    rule_id: str
    subject: str
    message: str
    message_zh: str = ""
    sdk: str | None = None  # catalogue id of the SDK responsible; None = the app's own code
    sdk_name: str | None = None
    location: str | None = None  # "AndroidManifest.xml <receiver …>" or a method
    call_path: tuple[str, ...] = ()
    evidence: tuple[tuple[str, str], ...] = field(default=())

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.rule_id, self.subject)

    def text(self, lang: str = "en") -> str:
        return self.message_zh if lang == "zh" and self.message_zh else self.message

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule_id": self.rule_id,
            "fingerprint": self.fingerprint,
            "subject": self.subject,
            "message": self.message,
            "message_zh": self.message_zh,
            "sdk": self.sdk,
            "sdk_name": self.sdk_name,
            "location": self.location,
            "call_path": list(self.call_path),
            "evidence": dict(self.evidence),
        }
