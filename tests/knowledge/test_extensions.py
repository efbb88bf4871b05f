"""What the pytest_pipl_add_* hooks return becomes part of the knowledge rules read."""

from __future__ import annotations

import pytest

from pytest_pipl.knowledge.bundle import ConsentGate, Knowledge
from pytest_pipl.knowledge.extensions import ExtensionError, extend_knowledge


def test_added_sdk_replaces_a_builtin_with_the_same_id_and_adds_new_ones():
    base = Knowledge.builtin()
    extended = extend_knowledge(
        base,
        sdks=[
            [
                {"id": "jpush", "name": {"en": "JPush (vendored)"}, "signatures": {"packages": ["cn.jpush.android"]}},
                {"id": "acme", "name": {"en": "ACME"}, "signatures": {"packages": ["com.acme.sdk"]}},
            ],
            None,
        ],
    )
    by_id = {s.id: s for s in extended.sdks}
    assert by_id["jpush"].name_en == "JPush (vendored)" and by_id["jpush"].source == "conftest"
    assert by_id["acme"].packages == ("com.acme.sdk",)
    assert len(extended.sdks) == len(base.sdks) + 1
    assert {s.id: s for s in base.sdks}["jpush"].name_en != "JPush (vendored)"  # the built-in stays intact


def test_added_personal_info_api_and_data_type():
    extended = extend_knowledge(
        Knowledge.builtin(),
        personal_info=[
            {
                "data_types": [
                    {"id": "acme_score", "name": {"en": "credit score", "zh": "信用分"}, "sensitivity": "sensitive"}
                ],
                "apis": [
                    {
                        "id": "acme",
                        "kind": "method",
                        "class": "com.acme.Risk",
                        "member": "score",
                        "data_type": "acme_score",
                    },
                    {
                        "id": "acme_uri",
                        "kind": "uri",
                        "value": "content://com.acme.risk",
                        "match": "prefix",
                        "data_type": "imei",
                    },
                ],
            }
        ],
    )
    catalogue = extended.personal_info
    assert catalogue.data_type("acme_score").name_zh == "信用分"
    assert [a.id for a in catalogue.methods[("com.acme.Risk", "score")]] == ["acme"]
    assert any(a.id == "acme_uri" and a.prefix for a in catalogue.strings)


def test_added_policy_phrases_keep_the_builtin_ones():
    extended = extend_knowledge(
        Knowledge.builtin(), permission_terms=[{"android.permission.CAMERA": {"zh": ["扫一扫"]}}]
    )
    info = extended.permissions.info["android.permission.CAMERA"]
    assert "扫一扫" in info.terms_zh and "相机" in info.terms_zh


def test_consent_gates():
    extended = extend_knowledge(
        Knowledge.builtin(), consent_gates=[[{"method": "com.acme.Privacy.isAgreed", "kind": "check"}]]
    )
    assert extended.consent_gates == (ConsentGate("com.acme.Privacy.isAgreed", "check", "conftest"),)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"sdks": [[{"name": "x"}]]}, "pytest_pipl_add_sdks returned an invalid entry (an SDK entry needs an 'id')"),
        (
            {"personal_info": [[{"id": "x", "kind": "method", "class": "a.B", "data_type": "imei"}]]},
            "needs 'class' and 'member'",
        ),
        (
            {"personal_info": [[{"id": "x", "kind": "string", "value": "v", "data_type": "nope"}]]},
            "refer to unknown data types: nope",
        ),
        ({"consent_gates": [[{"method": "a.B.c", "kind": "maybe"}]]}, "needs 'method' and 'kind' (check or callback)"),
    ],
)
def test_invalid_entries_name_the_hook_and_the_problem(kwargs, message):
    with pytest.raises(ExtensionError, match=message.replace("(", r"\(").replace(")", r"\)")):
        extend_knowledge(Knowledge.builtin(), **kwargs)
