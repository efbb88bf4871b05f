"""The baseline file: accepted findings per app package, reviewable in a pull request.

One JSON document, apps by package, findings sorted by rule and subject, one
entry per finding with its message so a reviewer sees what was accepted::

    {
     "schema": "pytest-pipl/baseline",
     "version": 1,
     "apps": {
      "com.example.ledger": [
       {"rule": "PIPL-CONSENT-001", "subject": "TelephonyManager.getDeviceId@umeng_analytics",
        "fingerprint": "3f1c…", "sdk": "umeng_analytics", "message": "…"},
       …

A finding's identity is its rule and subject (an API and the SDK or "app",
a permission, a receiver class, an SDK id) — never a DEX offset, a line
number or an R8-renamed class — so a rebuild of the same code keeps every
fingerprint.  A rule that could not analyse the app is recorded with the
subject ``blind``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import PiplError
from ..findings import fingerprint_of
from ..output import write_output

SCHEMA = "pytest-pipl/baseline"
VERSION = 1
BLIND = "blind"


class BaselineError(PiplError):
    def __init__(self, path: str | Path, problem: str) -> None:
        super().__init__(
            f"cannot read baseline {path}: {problem}. Rewrite it with --pipl-baseline-update "
            "(it is a JSON file written by pytest-pipl)."
        )


@dataclass(frozen=True)
class BaselineEntry:
    rule: str
    subject: str
    message: str = ""
    sdk: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint_of(self.rule, self.subject)

    def to_dict(self) -> dict[str, Any]:
        entry: dict[str, Any] = {"rule": self.rule, "subject": self.subject, "fingerprint": self.fingerprint}
        if self.sdk:
            entry["sdk"] = self.sdk
        entry["message"] = self.message
        return entry


@dataclass
class Baseline:
    """Accepted findings: package → fingerprint → entry."""

    apps: dict[str, dict[str, BaselineEntry]] = field(default_factory=dict)
    path: str = ""
    existed: bool = True

    @classmethod
    def load(cls, path: str | Path) -> Baseline:
        """Read a baseline; a missing file is an empty baseline (the first run writes it)."""
        p = Path(path)
        if not p.exists():
            return cls({}, str(path), existed=False)
        if p.is_dir():
            raise BaselineError(path, "it is a directory")
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            raise BaselineError(path, str(exc)) from None
        except json.JSONDecodeError as exc:
            raise BaselineError(path, f"it is not valid JSON ({exc.msg} at line {exc.lineno})") from None
        if not isinstance(data, dict) or data.get("schema") != SCHEMA:
            raise BaselineError(path, f'it is not a pytest-pipl baseline (no "schema": "{SCHEMA}")')
        if data.get("version") != VERSION:
            raise BaselineError(
                path, f"it has version {data.get('version')!r}; this pytest-pipl reads version {VERSION}"
            )
        apps: dict[str, dict[str, BaselineEntry]] = {}
        for package, entries in (data.get("apps") or {}).items():
            table = apps.setdefault(package, {})
            for n, raw in enumerate(entries or []):
                if not isinstance(raw, dict) or not raw.get("rule") or "subject" not in raw:
                    raise BaselineError(path, f"entry {n + 1} of {package} needs a rule and a subject")
                entry = BaselineEntry(
                    str(raw["rule"]), str(raw["subject"]), str(raw.get("message", "")), raw.get("sdk")
                )
                table[entry.fingerprint] = entry
        return cls(apps, str(path))

    def accepted(self, package: str, fingerprint: str) -> BaselineEntry | None:
        return self.apps.get(package, {}).get(fingerprint)

    def fixed(self, package: str, rule_id: str, current: Iterable[str]) -> list[BaselineEntry]:
        """Entries of ``rule_id`` for ``package`` that the current run no longer finds."""
        now = set(current)
        return sorted(
            (e for fp, e in self.apps.get(package, {}).items() if e.rule == rule_id and fp not in now),
            key=lambda e: e.subject,
        )

    def updated(self, results: Iterable[Mapping[str, Any]]) -> Baseline:
        """A new baseline: every (package, rule) that ran is replaced by its current findings; entries of
        packages and rules that did not run are kept."""
        apps = {package: dict(entries) for package, entries in self.apps.items()}
        for result in results:
            package = result.get("package")
            if not package or result.get("outcome") == "error":
                continue
            table = apps.setdefault(package, {})
            for fp in [fp for fp, e in table.items() if e.rule == result["rule_id"]]:
                del table[fp]
            if result["outcome"] == BLIND:
                entry = BaselineEntry(result["rule_id"], BLIND, result.get("reason", ""))
                table[entry.fingerprint] = entry
            for finding in result.get("findings", []):
                entry = BaselineEntry(finding["rule_id"], finding["subject"], finding["message"], finding.get("sdk"))
                table[entry.fingerprint] = entry
        return Baseline({p: t for p, t in apps.items() if t}, self.path)

    def to_dict(self) -> dict[str, Any]:
        return {
            "schema": SCHEMA,
            "version": VERSION,
            "apps": {
                package: [e.to_dict() for e in sorted(entries.values(), key=lambda e: (e.rule, e.subject))]
                for package, entries in sorted(self.apps.items())
            },
        }

    def write(self, path: str | Path | None = None) -> None:
        """Write the file: one entry per finding, sorted, so pull-request diffs show exactly what changed."""
        write_output(str(path or self.path), _dump(self.to_dict()))

    def __len__(self) -> int:
        return sum(len(t) for t in self.apps.values())


def _dump(data: dict[str, Any]) -> str:
    """JSON with each finding on its own line (readable diffs), Chinese kept as written."""
    lines = ["{", f' "schema": "{SCHEMA}",', f' "version": {VERSION},', ' "apps": {']
    packages = list(data["apps"].items())
    for n, (package, entries) in enumerate(packages):
        lines.append(f"  {json.dumps(package)}: [")
        for m, entry in enumerate(entries):
            comma = "," if m < len(entries) - 1 else ""
            lines.append("   " + json.dumps(entry, ensure_ascii=False) + comma)
        lines.append("  ]" + ("," if n < len(packages) - 1 else ""))
    lines += [" }", "}"]
    return "\n".join(lines) + "\n"
