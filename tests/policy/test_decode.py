"""Policy bytes in every encoding Chinese policies are saved in come back as the same text."""

from __future__ import annotations

import codecs

import pytest

from pytest_pipl.policy.decode import DecodeError, decode

TEXT = "隐私政策\n我们会收集您的设备信息（IMEI、Android ID），用于消息推送。"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
        (TEXT.encode("gbk"), "gbk"),
        (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    ],
    ids=["utf8", "utf8-bom", "gbk", "utf16le-bom", "utf16be-bom"],
)
def test_encodings_are_detected(data, encoding):
    text, found = decode(data)
    assert text == TEXT
    assert found == encoding


def test_utf16_without_bom_is_recognised_by_its_nul_bytes():
    html = "<html><body><p>隐私政策 privacy policy</p></body></html>"
    text, found = decode(html.encode("utf-16-le"))
    assert text == html
    assert found == "utf-16"


def test_gb18030_only_characters_decode():
    text = "隐私政策：𠀀 和 ㈠"  # a character outside GBK (needs GB18030's four-byte form)
    decoded, found = decode(text.encode("gb18030"))
    assert decoded == text
    assert found in ("gbk", "gb18030")


def test_declared_gbk_that_is_really_utf8_is_read_as_utf8():
    html = '<meta charset="gbk"><p>隐私政策</p>'
    text, found = decode(html.encode("utf-8"))
    assert text == html
    assert found == "utf-8"


def test_binary_data_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


def test_bom_with_invalid_body_is_refused():
    with pytest.raises(DecodeError, match="byte-order mark"):
        decode(codecs.BOM_UTF8 + b"\xff\xfe\xfd")
