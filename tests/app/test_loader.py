"""load_app: manifest facts, container facts, the disk cache, and bad input."""

from __future__ import annotations

import marshal
import os

import pytest

from pytest_pipl import AppLoadError, load_app
from pytest_pipl.app import cache

from ..helpers import apk, app


def test_manifest_facts_of_a_healthy_app():
    a = app("clean_app")
    assert (a.package, a.version_name, a.version_code, a.min_sdk, a.target_sdk) == (
        "com.example.cleanapp",
        "2.3.1",
        231,
        23,
        33,
    )
    assert a.application_class == "com.example.cleanapp.CleanApplication"
    assert a.launcher_activity == "com.example.cleanapp.SplashActivity"
    protections = {p.short_name: p.protection for p in a.permissions}
    assert protections["CAMERA"] == "dangerous"
    assert protections["INTERNET"] == "normal"
    assert {p.short_name for p in a.dangerous_permissions} >= {"CAMERA", "ACCESS_FINE_LOCATION", "READ_CONTACTS"}
    nsc = a.manifest.network_security_config
    assert nsc is not None and nsc.base_cleartext is False and nsc.cleartext_domains == ("10.0.2.2",)
    assert a.manifest.queries_packages == ("com.tencent.mm",)
    receiver = next(r for r in a.receivers if r.name.endswith("RefreshReceiver"))
    assert receiver.actions == ("com.example.cleanapp.ACTION_REFRESH",) and receiver.exported is False
    assert a.code_readable and a.packer is None and a.dex_files == ("classes.dex",)


def test_code_index_of_a_healthy_app():
    a = app("bytecode_edge")
    assert a.code.has_class("com.example.edge.MainActivity")
    assert a.code.class_info("com.example.edge.MainActivity").superclass == "Lcom/example/edge/BaseActivity;"
    assert {m.name for m in a.code.defined_methods("com.example.edge.Switchy")} == {"<init>", "log", "pick", "ranged"}
    assert a.code.string_users("after-packed")["after-packed"][0].qualified == "com.example.edge.Switchy.pick"
    assert a.code.string_users("after-") == {}  # exact match unless prefix=True
    assert "after-packed" in a.code.string_users("after-", prefix=True)


def test_the_cache_returns_the_same_model(tmp_path):
    cold = load_app(apk("bytecode_edge"), cache_dir=tmp_path)
    assert not cold.loaded_from_cache
    assert len(list(tmp_path.glob("*.app"))) == 1
    warm = load_app(apk("bytecode_edge"), cache_dir=tmp_path)
    assert warm.loaded_from_cache
    assert warm.manifest == cold.manifest
    assert warm.files == cold.files
    assert warm.code.to_state() == cold.code.to_state()


def test_a_corrupt_cache_entry_is_rebuilt(tmp_path):
    load_app(apk("bytecode_edge"), cache_dir=tmp_path)
    (entry,) = tmp_path.glob("*.app")
    entry.write_bytes(b"\x00garbage")
    again = load_app(apk("bytecode_edge"), cache_dir=tmp_path)
    assert not again.loaded_from_cache and again.package == "com.example.edge"
    assert load_app(apk("bytecode_edge"), cache_dir=tmp_path).loaded_from_cache


def test_a_stale_cache_entry_is_ignored(tmp_path):
    cold = load_app(apk("bytecode_edge"), cache_dir=tmp_path)
    (entry,) = tmp_path.glob("*.app")
    payload = marshal.loads(entry.read_bytes())
    payload["key"] = "written-by-another-version"
    entry.write_bytes(marshal.dumps(payload))
    assert cache.read_entry(tmp_path, cold.sha256) is None
    assert not load_app(apk("bytecode_edge"), cache_dir=tmp_path).loaded_from_cache


def test_an_unwritable_cache_does_not_fail_the_load(tmp_path):
    blocker = tmp_path / "file-not-dir"
    blocker.write_text("x")
    assert load_app(apk("bytecode_edge"), cache_dir=blocker / "cache").package == "com.example.edge"


@pytest.mark.parametrize(
    ("name", "problem"),
    [
        (
            "bad/not_a_zip",
            "it is not an APK: an APK is a ZIP archive starting with 'PK', "
            "this file starts with 54 68 69 73 (text: 'This')",
        ),
        ("bad/empty", "this file starts with nothing (the file is empty)"),
        ("bad/truncated", "it is not a readable ZIP archive"),
        ("bad/no_manifest", "the archive has no AndroidManifest.xml"),
        ("bad/garbage_manifest", "AndroidManifest.xml is not a readable binary XML manifest"),
        ("bad/text_manifest", "AndroidManifest.xml is plain-text XML, not the compiled binary manifest"),
    ],
)
def test_unreadable_input_gets_one_clear_sentence(name, problem):
    with pytest.raises(AppLoadError) as info:
        load_app(apk(name))
    message = str(info.value)
    assert message.startswith(f"cannot load app {apk(name)}: ")
    assert problem in message
    assert "\n" not in message and "Traceback" not in message


def test_missing_file_and_directory(tmp_path):
    with pytest.raises(AppLoadError, match="the file does not exist"):
        load_app(tmp_path / "nope.apk")
    with pytest.raises(AppLoadError, match="it is a directory, not an APK file"):
        load_app(tmp_path)


@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("bad/corrupt_dex", "classes.dex: the string_ids table runs past the end of the file"),
        ("bad/encrypted_dex", "classes.dex is not a DEX file (no 'dex' magic at its start: encrypted or replaced)"),
    ],
)
def test_unreadable_dex_blinds_the_code_but_keeps_the_manifest(name, reason):
    a = load_app(apk(name))
    assert a.package == "com.example.cleanapp"  # the manifest is still read
    assert not a.code_readable
    assert a.code_blocker == f"the DEX code could not be read ({reason})"


def test_sha256_and_size():
    a = app("bytecode_edge")
    assert a.size == os.path.getsize(apk("bytecode_edge"))
    assert len(a.sha256) == 64
