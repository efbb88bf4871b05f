"""SARIF 2.1.0 output (``--pipl-sarif PATH``), for code-scanning views such as GitHub's.

One run, one result per finding, each with exactly one location: the APK as
the artifact, plus the method (or manifest element) as a logical location.
``partialFingerprints`` carry the finding's stable fingerprint so a scanning
service tracks it across builds; baseline and waiver states map to SARIF's
``baselineState`` and ``suppressions``; findings the baseline recorded but
this build no longer has are reported with ``baselineState: absent``.  Built
from plain dicts so the xdist controller can write it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from . import __version__
from .output import write_output
from .rules import Rule

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/pytest-pipl/"
LEVELS = {"high": "error", "medium": "warning", "low": "note"}
SECURITY_SEVERITY = {"high": "8.0", "medium": "5.0", "low": "2.0"}


def _rule_descriptor(rule: Rule, lang: str) -> dict[str, Any]:
    basis = rule.cite("zh")
    help_text = f"{rule.rationale(lang)}\n\nFix: {rule.fix(lang)}\n\nBasis: {basis}"
    help_md = (
        f"**{rule.title(lang)}**\n\n{rule.rationale(lang)}\n\n**Fix.** {rule.fix(lang)}\n\n"
        f"**Basis.** {basis}\n\n{rule.doc}"
    )
    return {
        "id": rule.id,
        "name": "".join(w.capitalize() for w in rule.title_en.replace("-", " ").split() if w.isalnum()),
        "shortDescription": {"text": rule.title(lang)},
        "fullDescription": {"text": rule.rationale(lang)},
        "help": {"text": help_text, "markdown": help_md},
        "defaultConfiguration": {"level": LEVELS.get(rule.severity, "warning")},
        "properties": {
            "tags": ["security", "privacy", "pipl", rule.family],
            "precision": "high" if rule.family in ("build", "launch", "permissions", "diff") else "medium",
            "problem.severity": {"high": "error", "medium": "warning", "low": "recommendation"}[rule.severity],
            "security-severity": SECURITY_SEVERITY[rule.severity],
            "title_zh": rule.title_zh,
            "basis": [c.to_dict() for c in rule.clauses],
        },
    }


def build_sarif(
    rules: Sequence[Rule],
    results: Iterable[dict[str, Any]],
    apps: dict[str, str],
    lang: str = "en",
    root: Path | None = None,
    with_baseline: bool = False,
) -> dict[str, Any]:
    """``results``: rule-result dicts as the items record them (with ``app``, ``findings`` carrying ``state``,
    ``fixed``); ``apps``: app path → artifact URI (relative to ``root`` when the app lies under it, else a
    ``file:`` URI)."""
    index = {rule.id: n for n, rule in enumerate(rules)}
    sarif_results: list[dict[str, Any]] = []
    artifacts: dict[str, int] = {}
    for result in results:
        rule_id = result["rule_id"]
        if rule_id not in index:
            continue
        uri = apps.get(result["app"], result["app"])
        artifact = artifacts.setdefault(uri, len(artifacts))
        if result["outcome"] in ("blind", "error"):
            reason = result.get("reason_zh" if lang == "zh" else "reason") or result.get("reason", "")
            sarif_results.append(
                _result(
                    rule_id, index[rule_id], "error", f"{rule_id}: {reason}", uri, artifact, None, f"{rule_id}:blind"
                )
            )
            state = result.get("blind_state")
            if with_baseline:
                sarif_results[-1]["baselineState"] = "unchanged" if state == "baselined" else "new"
            if state == "waived":
                sarif_results[-1]["suppressions"] = [{"kind": "external", "status": "accepted"}]
        for finding in result.get("findings", []):
            message = finding.get("message_zh") if lang == "zh" and finding.get("message_zh") else finding["message"]
            entry = _result(
                rule_id,
                index[rule_id],
                None,
                message,
                uri,
                artifact,
                finding.get("location"),
                finding["fingerprint"],
            )
            state = finding.get("state", "new")
            if with_baseline:
                entry["baselineState"] = "unchanged" if state == "baselined" else "new"
            if finding.get("waiver") and state == "waived":
                waiver = finding["waiver"]
                entry["suppressions"] = [
                    {
                        "kind": "external",
                        "status": "accepted",
                        "justification": f"{waiver['reason']} (owner {waiver['owner']}, until {waiver['expires']})",
                    }
                ]
            props = {"subject": finding["subject"]}
            if finding.get("sdk"):
                props["sdk"] = finding["sdk"]
            if finding.get("call_path"):
                props["call_path"] = finding["call_path"]
            entry["properties"] = props
            sarif_results.append(entry)
        # Findings the baseline recorded that this build no longer has are not written: code-scanning
        # services (GitHub) would open them as alerts. The JSON report and the terminal list them as fixed.
    driver = {
        "name": "pytest-pipl",
        "version": __version__,
        "semanticVersion": __version__.split(".dev")[0],
        "informationUri": INFORMATION_URI,
        "rules": [_rule_descriptor(rule, lang) for rule in rules],
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "artifacts": [
            {"location": {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "SRCROOT"}}
            for uri in artifacts
        ],
        "results": sarif_results,
        "columnKind": "unicodeCodePoints",
    }
    if root is not None:
        run["originalUriBaseIds"] = {"SRCROOT": {"uri": root.resolve().as_uri() + "/"}}
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def _result(
    rule_id: str,
    rule_index: int,
    level: str | None,
    message: str,
    uri: str,
    artifact: int,
    logical: str | None,
    fingerprint: str,
) -> dict[str, Any]:
    artifact_location: dict[str, Any] = {"uri": uri, "index": artifact}  # uri is already percent-encoded
    if not uri.startswith("file:"):
        artifact_location["uriBaseId"] = "SRCROOT"
    location: dict[str, Any] = {"physicalLocation": {"artifactLocation": artifact_location}}
    if logical:
        kind = "element" if logical.startswith("AndroidManifest.xml") else "function"
        location["logicalLocations"] = [{"fullyQualifiedName": logical, "kind": kind}]
    entry: dict[str, Any] = {
        "ruleId": rule_id,
        "ruleIndex": rule_index,
        "message": {"text": message},
        "locations": [location],
        # GitHub keys alerts on primaryLocationLineHash and computes it only for results with a source
        # region; an APK has none, so the finding's own stable fingerprint is given in its place.
        "partialFingerprints": {"piplFindingHash/v1": fingerprint, "primaryLocationLineHash": f"{fingerprint}:1"},
    }
    if level:
        entry["level"] = level
    return entry


def write_sarif(path: str, log: dict[str, Any]) -> None:
    write_output(path, json.dumps(log, ensure_ascii=False, indent=2) + "\n")
