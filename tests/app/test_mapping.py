"""R8/ProGuard mapping files: parsing, errors, and original names in the model."""

from __future__ import annotations

import pytest

from pytest_pipl import load_app
from pytest_pipl.app.mapping import MappingError, read_mapping
from pytest_pipl.knowledge.sdks import Sdk

from ..helpers import apk

MAPPING = """\
# compiler: R8
# pg_map_id: 1a2b3c
com.example.modern.net.NetworkWatcher -> a.a:
    boolean started -> a
    1:3:void start(android.content.Context,boolean):12:14 -> a
com.weather.sdk.location.LocationProbe -> b.a:
    android.location.Location lastKnown(android.content.Context) -> a
    void refresh(android.content.Context) -> b
"""


@pytest.fixture
def mapping_file(tmp_path):
    path = tmp_path / "mapping.txt"
    path.write_text(MAPPING)
    return path


def test_read_mapping(mapping_file):
    mapping = read_mapping(mapping_file)
    assert mapping.classes == {
        "a.a": "com.example.modern.net.NetworkWatcher",
        "b.a": "com.weather.sdk.location.LocationProbe",
    }
    assert mapping.methods[("b.a", "a")] == {"lastKnown"}
    assert mapping.methods[("a.a", "a")] == {"start"}


def test_mapping_restores_class_method_and_signature_names(mapping_file):
    plain = load_app(apk("modern_receivers"))
    assert plain.code.has_class("b.a") and not plain.code.has_class("com.weather.sdk.location.LocationProbe")
    mapped = load_app(apk("modern_receivers"), mapping=mapping_file)
    assert mapped.mapping == str(mapping_file)
    assert mapped.code.has_class("com.weather.sdk.location.LocationProbe") and not mapped.code.has_class("b.a")
    assert {m.name for m in mapped.code.defined_methods("com.weather.sdk.location.LocationProbe")} == {"lastKnown"}
    watcher = {m.name: m.proto for m in mapped.code.defined_methods("com.example.modern.net.NetworkWatcher")}
    assert watcher["start"] == "(Landroid/content/Context;Z)V"
    assert "b" in watcher  # members the mapping does not mention keep their names
    readers = mapped.code.calls_to("android.location.LocationManager", "getLastKnownLocation")
    assert [c.caller.qualified for c in readers] == ["com.weather.sdk.location.LocationProbe.lastKnown"]


def test_mapping_lets_detection_see_renamed_sdk_packages(mapping_file):
    catalogue = [
        Sdk.from_dict(
            {"id": "weather_sdk", "name": {"en": "Weather SDK"}, "signatures": {"packages": ["com.weather.sdk"]}}
        )
    ]
    assert load_app(apk("modern_receivers"), sdks=catalogue).sdks == ()
    (match,) = load_app(apk("modern_receivers"), sdks=catalogue, mapping=mapping_file).sdks
    assert dict(match.packages) == {"com.weather.sdk": 1}


def test_the_cache_keeps_obfuscated_names(tmp_path, mapping_file):
    load_app(apk("modern_receivers"), cache_dir=tmp_path / "c", mapping=mapping_file)
    again = load_app(apk("modern_receivers"), cache_dir=tmp_path / "c")
    assert again.loaded_from_cache and again.code.has_class("b.a")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("this is not a mapping\n", "line 1 is neither a class line"),
        ("    void a() -> b\n", "line 1 is a member line before any class"),
        ("# only comments\n", "it maps no class"),
        ("a.B -> c:\n    ??? \n", "line 2 is not a member line"),
    ],
)
def test_bad_mapping_files(tmp_path, text, problem):
    path = tmp_path / "mapping.txt"
    path.write_text(text)
    with pytest.raises(MappingError, match=problem) as info:
        read_mapping(path)
    assert str(info.value).startswith(f"cannot read mapping file {path}:")


def test_missing_mapping_file(tmp_path):
    with pytest.raises(MappingError, match="cannot read mapping file .*nope.txt"):
        read_mapping(tmp_path / "nope.txt")


def test_overloads_renamed_to_one_short_name_are_told_apart_by_their_arguments():
    # R8 renamed PrivacyManager.isAgreed(Context) and .setAgreed(Context, boolean) both to "a".
    from pytest_pipl import load_app

    from ..helpers import APPS

    app = load_app(APPS / "ledger_v1_rebuilt.apk", mapping=APPS / "ledger_v1_rebuilt" / "mapping.txt")
    code = app.code
    names = {
        (code.method_name[m], code.method_proto[m])
        for m, cls in enumerate(code.method_class)
        if code.types[cls] == "Lcom/example/ledger/util/PrivacyManager;"
    }
    assert ("isAgreed", "(Landroid/content/Context;)Z") in names
    assert ("setAgreed", "(Landroid/content/Context;Z)V") in names
