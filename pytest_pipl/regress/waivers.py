"""Waivers: a finding accepted on purpose, with a reason, an owner and an expiry date.

From the ini key ``pipl_waivers`` (one per line)::

    pipl_waivers =
        PIPL-PERM-002 | the launcher lists installed apps by design (录屏工具) | alice@example.com | 2027-03-31
        PIPL-CONSENT-001 TelephonyManager.getDeviceId@umeng_* | Umeng upgrade in 4.3 | bob | 2026-12-31

or the marker on a test that uses the ``pipl`` fixture::

    @pytest.mark.pipl_waive("PIPL-PERM-002", reason="…", owner="alice", expires="2027-03-31")

The rule is an ID or a prefix (``PIPL-PERM``); the optional subject is a
finding's subject or fingerprint, with ``*`` wildcards (``blind`` accepts a
rule that cannot analyse).  A waiver past its date no longer accepts
anything: the finding fails and says the waiver expired.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from fnmatch import fnmatchcase
from typing import Any

from ..errors import PiplError

FORMAT = "RULE-ID [SUBJECT] | reason | owner | YYYY-MM-DD"


class WaiverError(PiplError):
    pass


@dataclass(frozen=True)
class Waiver:
    rule: str  # an ID or a prefix
    subject: str | None  # subject or fingerprint glob; None: every finding of the rule
    reason: str
    owner: str
    expires: dt.date
    source: str  # where it was written: "pipl_waivers line 2", "marker on test_x"

    def matches(self, rule_id: str, subject: str, fingerprint: str = "") -> bool:
        if not rule_id.upper().startswith(self.rule.upper()):
            return False
        if self.subject is None:
            return True
        return fnmatchcase(subject, self.subject) or (bool(fingerprint) and fnmatchcase(fingerprint, self.subject))

    def expired(self, today: dt.date | None = None) -> bool:
        return (today or dt.date.today()) > self.expires

    def describe(self, lang: str = "en") -> str:
        if lang == "zh":
            return f"豁免（{self.reason}；负责人 {self.owner}；有效期至 {self.expires.isoformat()}；{self.source}）"
        return f"waiver ({self.reason}; owner {self.owner}; until {self.expires.isoformat()}; {self.source})"

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "subject": self.subject,
            "reason": self.reason,
            "owner": self.owner,
            "expires": self.expires.isoformat(),
            "source": self.source,
        }


def _date(value: str, where: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise WaiverError(f"{where}: expiry {value.strip()!r} is not a date; write YYYY-MM-DD") from None


def parse_line(line: str, where: str) -> Waiver:
    """One ``pipl_waivers`` line."""
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 4 or not all(parts):
        raise WaiverError(
            f"{where}: {line.strip()!r} is not a waiver; write {FORMAT} "
            "(a waiver needs a reason, an owner and an expiry date)"
        )
    head, reason, owner, expires = parts
    rule, _, subject = head.partition(" ")
    return Waiver(rule.strip(), subject.strip() or None, reason, owner, _date(expires, where), where)


def parse_lines(lines: Iterable[str], origin: str = "pipl_waivers") -> list[Waiver]:
    return [parse_line(line, f"{origin} line {n}") for n, line in enumerate(lines, 1) if line.strip()]


def from_marker(args: tuple[Any, ...], kwargs: dict[str, Any], where: str) -> Waiver:
    """``@pytest.mark.pipl_waive("RULE", subject=…, reason=…, owner=…, expires="YYYY-MM-DD")``."""
    if len(args) != 1 or not isinstance(args[0], str):
        raise WaiverError(f"{where}: pipl_waive takes the rule ID as its only positional argument")
    missing = [k for k in ("reason", "owner", "expires") if not kwargs.get(k)]
    if missing:
        raise WaiverError(f"{where}: pipl_waive needs {', '.join(missing)} (a waiver is accountable and temporary)")
    unknown = set(kwargs) - {"subject", "reason", "owner", "expires"}
    if unknown:
        raise WaiverError(f"{where}: pipl_waive does not take {', '.join(sorted(unknown))}")
    expires = kwargs["expires"]
    date = expires if isinstance(expires, dt.date) else _date(str(expires), where)
    return Waiver(args[0], kwargs.get("subject"), str(kwargs["reason"]), str(kwargs["owner"]), date, where)


def find_waiver(waivers: Iterable[Waiver], rule_id: str, subject: str, fingerprint: str = "") -> Waiver | None:
    """The first waiver that matches, preferring one still valid."""
    matching = [w for w in waivers if w.matches(rule_id, subject, fingerprint)]
    valid = [w for w in matching if not w.expired()]
    return (valid or matching or [None])[0]
