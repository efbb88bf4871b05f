"""The machine-readable JSON report (``--pipl-json``).

Schema ``pytest-pipl/report`` version 1, documented in docs/json-report.md.
Built from plain data (App models and rule-result dicts) so it can be
written on the xdist controller from results workers sent.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import datetime, timezone
from typing import Any

from . import __version__
from .app.model import App
from .errors import PiplError
from .knowledge import knowledge_version
from .output import write_output

SCHEMA = "pytest-pipl/report"
SCHEMA_VERSION = 1


def app_summary(app: App) -> dict[str, Any]:
    """What the report says about one loaded app (independent of rules)."""
    return {
        "package": app.package,
        "version_name": app.version_name,
        "version_code": app.version_code,
        "min_sdk": app.min_sdk,
        "target_sdk": app.target_sdk,
        "application_class": app.application_class,
        "launcher_activity": app.launcher_activity,
        "debuggable": app.manifest.application.debuggable,
        "permissions": [{"name": p.name, "protection": p.protection, "max_sdk": p.max_sdk} for p in app.permissions],
        "components": {kind: len(app.components_of(kind)) for kind in ("activity", "service", "receiver", "provider")},
        "dex_files": list(app.dex_files),
        "classes": app.code.class_count,
        "methods": app.code.method_count,
        "native_libs": list(app.native_lib_names),
        "sdks": [
            {
                "id": m.sdk.id,
                "name": m.sdk.name_en,
                "name_zh": m.sdk.name_zh,
                "vendor": m.sdk.vendor_zh or m.sdk.vendor_en,
                "category": m.sdk.category,
                "signals": list(m.signals),
                "classes": m.class_count,
                "evidence": m.evidence(),
            }
            for m in app.sdks
        ],
        "packer": None
        if app.packer is None
        else {"id": app.packer.id, "name": app.packer.name_zh, "evidence": list(app.packer.evidence)},
        "code_readable": app.code_readable,
        "code_blocker": app.code_blocker,
    }


def policy_summary(policy: Any) -> dict[str, Any]:
    """Where the app's privacy policy came from, or why there is none."""
    if isinstance(policy, PiplError):
        return {"documents": [], "error": str(policy)}
    return {
        "documents": [
            {
                "source": d.source,
                "kind": d.kind,
                "format": d.format,
                "encoding": d.encoding,
                "chars": d.chars,
                "given": d.given,
            }
            for d in policy.documents
        ],
        "error": None,
    }


def build_report(
    apps: Iterable[tuple[str, str, App | None, PiplError | None]],
    results: Iterable[dict[str, Any]],
    policies: dict[str, Any] | None = None,
    baseline: str | None = None,
    previous: dict[str, str] | None = None,
) -> dict[str, Any]:
    """``apps``: (path, display name, App or None, load error or None); ``results``: rule-result dicts
    carrying an ``app`` key with the app's path; ``policies``: app path → Policy or the error explaining
    why there is none (apps whose policy was not looked at are left out)."""
    by_app: dict[str, list[dict[str, Any]]] = {}
    for result in results:
        by_app.setdefault(result["app"], []).append({k: v for k, v in result.items() if k not in ("app", "package")})
    report_apps = []
    for path, display, app, error in apps:
        entry: dict[str, Any] = {"path": path, "name": display}
        if app is not None:
            entry["sha256"] = app.sha256
            entry["size"] = app.size
            entry.update(app_summary(app))
            entry["load_error"] = None
        else:
            entry["load_error"] = str(error) if error else "not loaded"
        entry["previous"] = (previous or {}).get(path)
        if policies is not None and path in policies:
            entry["policy"] = policy_summary(policies[path])
        else:
            entry["policy"] = None
        rules = sorted(by_app.get(path, []), key=lambda r: r["rule_id"])
        entry["rules"] = rules
        entry["summary"] = {
            outcome: sum(1 for r in rules if r["outcome"] == outcome)
            for outcome in ("passed", "failed", "blind", "error")
        }
        report_apps.append(entry)
    return {
        "schema": SCHEMA,
        "version": SCHEMA_VERSION,
        "tool": {"name": "pytest-pipl", "version": __version__, "knowledge_version": knowledge_version()},
        "generated_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "baseline": baseline,
        "apps": report_apps,
    }


def write_report(path: str, report: dict[str, Any]) -> None:
    """Write the report as UTF-8 JSON with Chinese kept readable (see :mod:`pytest_pipl.output`)."""
    write_output(path, json.dumps(report, ensure_ascii=False, indent=2) + "\n")
