"""The DEX reader: exact references, payloads, hierarchy resolution, corrupt input."""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections import Counter

import pytest

from pytest_pipl.app.dex import (
    INVOKE_POLYMORPHIC,
    REF_CONST_CLASS,
    REF_NEW_INSTANCE,
    REF_SGET,
    REF_STRING,
    DexFormatError,
    read_dex,
)

from ..helpers import APPS, apk, app

DEXDUMP_KINDS = {
    "invoke": re.compile(r"\|[0-9a-f]{4}: invoke-"),
    "const-string": re.compile(r"\|[0-9a-f]{4}: const-string"),
    "sget": re.compile(r"\|[0-9a-f]{4}: sget"),
    "new-instance": re.compile(r"\|[0-9a-f]{4}: new-instance"),
    "const-class": re.compile(r"\|[0-9a-f]{4}: const-class"),
}


def _our_counts(data: bytes) -> Counter:
    dex = read_dex(data)
    names = {
        REF_STRING: "const-string",
        REF_SGET: "sget",
        REF_NEW_INSTANCE: "new-instance",
        REF_CONST_CLASS: "const-class",
    }
    return Counter("invoke" if k <= INVOKE_POLYMORPHIC else names[k] for k in dex.ref_kind)


@pytest.mark.skipif(shutil.which("dexdump") is None, reason="needs Debian's dexdump")
@pytest.mark.parametrize("apk_path", sorted(str(p) for p in APPS.glob("*.apk")), ids=lambda p: p.rsplit("/", 1)[-1])
def test_reference_counts_match_dexdump(apk_path, tmp_path):
    """Every reference instruction dexdump disassembles, and no other, is recorded."""
    with zipfile.ZipFile(apk_path) as zf:
        for name in zf.namelist():
            if not re.fullmatch(r"classes\d*\.dex", name):
                continue
            data = zf.read(name)
            (tmp_path / name).write_bytes(data)
            listing = subprocess.run(["dexdump", "-d", str(tmp_path / name)], capture_output=True, text=True).stdout
            expected = Counter({kind: len(rx.findall(listing)) for kind, rx in DEXDUMP_KINDS.items()})
            assert _our_counts(data) == +expected, name


def test_payloads_in_the_middle_of_a_method_are_skipped():
    """Switch and array payloads whose data looks like invoke/const-string opcodes add no references."""
    code = app("bytecode_edge").code
    pick = code.find_methods("com.example.edge.Switchy", "pick")[0]
    assert [(kind, callee.short) for kind, callee in code.invokes(pick)] == [
        ("static", "Switchy.log"),
        ("static", "Process.myPid"),
    ]
    assert code.strings_of(pick) == ["after-packed"]
    assert code.static_fields_read_by(pick) == ["Landroid/os/Build;->SERIAL"]


def test_range_invokes_const_class_and_new_instance():
    code = app("bytecode_edge").code
    ranged = code.find_methods("com.example.edge.Switchy", "ranged")[0]
    assert [(k, c.short) for k, c in code.invokes(ranged)] == [
        ("virtual", "Object.equals"),
        ("direct", "StringBuilder.<init>"),
    ]
    assert code.instantiated_by(ranged) == ["Ljava/lang/StringBuilder;"]
    assert [m.qualified for m in code.instantiations_of("android.telephony.TelephonyManager")] == [
        "com.example.edge.Switchy.ranged"
    ]


def test_calls_resolve_through_the_app_class_hierarchy():
    """javac names the static type; resolution finds the class that defines the method."""
    code = app("bytecode_edge").code
    on_create = code.find_methods("com.example.edge.MainActivity", "onCreate")[0]
    resolved = {callee.name: code.resolve(callee.id).class_name for _, callee in code.invokes(on_create)}
    assert resolved == {
        "onCreate": "android.app.Activity",  # BaseActivity does not override it
        "helper": "com.example.edge.BaseActivity",
        "getSystemService": "android.app.Activity",
        "pick": "com.example.edge.Switchy",
    }
    assert [i.caller.qualified for i in code.calls_to("android.app.Activity", "getSystemService")] == [
        "com.example.edge.MainActivity.onCreate"
    ]
    assert code.superclasses("com.example.edge.MainActivity") == [
        "Lcom/example/edge/BaseActivity;",
        "Landroid/app/Activity;",
    ]
    assert code.is_subclass("com.example.edge.MainActivity", "android.app.Activity")


def test_not_a_dex_file():
    with pytest.raises(DexFormatError, match="classes.dex is not a DEX file"):
        read_dex(b"\x00" * 200, "classes.dex")


def test_tables_pointing_past_the_end():
    with zipfile.ZipFile(apk("bytecode_edge")) as zf:
        data = bytearray(zf.read("classes.dex"))
    data[0x3C:0x40] = (len(data) + 10).to_bytes(4, "little")  # string_ids_off past the end
    with pytest.raises(DexFormatError, match="string_ids table runs past the end"):
        read_dex(bytes(data), "classes2.dex")


def test_truncated_dex():
    with zipfile.ZipFile(apk("bytecode_edge")) as zf:
        data = zf.read("classes.dex")
    with pytest.raises(DexFormatError, match="classes.dex"):
        read_dex(data[: len(data) // 2], "classes.dex")
