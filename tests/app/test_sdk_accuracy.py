"""SDK detection against hand-labelled fixture apps (tests/apps/sdk_*/expected_sdks.json).

The labels were written from public SDK documentation and decompiled apps,
independently of the catalogue.  A labelled product counts as found when one
of its signals (class, component, native library, meta-data key, asset) is
attributed to a reported SDK; a reported SDK counts as correct when it is the
owner of some labelled product's signal.  The issue's bar is precision ≥ 0.95
and recall ≥ 0.90.
"""

from __future__ import annotations

import json
from fnmatch import fnmatchcase

import pytest

from pytest_pipl import load_app
from pytest_pipl.app.sdks import SdkMatch

from ..helpers import APPS

LABELLED = sorted(p.parent.name for p in APPS.glob("sdk_*/expected_sdks.json"))


def _owners(app, signals: dict) -> set[str]:
    """Reported SDK ids that own any of a labelled product's signals."""
    owners: set[str] = set()
    for cls in signals.get("code", []):
        match = app.sdk_of_class(cls)
        if match is not None:
            owners.add(match.sdk.id)
    for match in app.sdks:
        everything: list[SdkMatch] = [match, *match.bundled]
        if any(c in m.sdk.components for m in everything for c in signals.get("components", [])):
            owners.add(match.sdk.id)
        if any(k in m.meta_data for m in everything for k in signals.get("meta_data", [])):
            owners.add(match.sdk.id)
        if any(
            fnmatchcase(lib, pattern)
            for m in everything
            for lib in signals.get("native_libs", [])
            for pattern in m.sdk.native_libs
        ):
            owners.add(match.sdk.id)
    return owners


def _score(name: str, mapping: bool = False) -> tuple[int, int, int, int, list[str], list[str]]:
    labels = json.loads((APPS / name / "expected_sdks.json").read_text(encoding="utf-8"))
    mapping_file = APPS / name / "mapping.txt"
    app = load_app(APPS / f"{name}.apk", mapping=mapping_file if mapping and mapping_file.exists() else None)
    reported = {m.sdk.id for m in app.sdks}
    explained: set[str] = set()
    missed = []
    for product in labels["present"]:
        owners = _owners(app, product.get("signals", {"code": [product["evidence"]]}))
        explained |= owners
        if not owners:
            missed.append(product["name"])
    for product in labels.get("optional", []):
        explained |= _owners(app, product.get("signals", {}))
    false_positives = sorted(reported - explained)
    found = len(labels["present"]) - len(missed)
    return found, len(labels["present"]), len(reported) - len(false_positives), len(reported), missed, false_positives


@pytest.mark.parametrize("name", LABELLED)
def test_detection_meets_the_precision_and_recall_bar(name):
    found, labelled, correct, reported, missed, false_positives = _score(name)
    if labelled:
        assert found / labelled >= 0.90, f"missed: {missed}"
    if reported:
        assert correct / reported >= 0.95, f"false positives: {false_positives}"


def test_overall_precision_and_recall():
    totals = [0, 0, 0, 0]
    for name in LABELLED:
        for i, value in enumerate(_score(name)[:4]):
            totals[i] += value
    found, labelled, correct, reported = totals
    assert labelled >= 40 and found / labelled >= 0.95
    assert correct / reported >= 0.97


def test_mapping_keeps_detection_of_the_obfuscated_build():
    if "sdk_obfuscated" not in LABELLED:
        pytest.skip("no obfuscated fixture")
    found, labelled, correct, reported, missed, false_positives = _score("sdk_obfuscated", mapping=True)
    assert not missed and not false_positives
