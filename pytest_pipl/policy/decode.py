"""Bytes of a policy document → text, whatever encoding the author saved it in.

Chinese policies ship as UTF-8, GBK/GB18030 (older Windows editors) or UTF-16
(Word's "Unicode text"), often without a declaration.  The order of guesses
matters: a byte-order mark is certain; UTF-16 without one shows as NUL bytes
in every other position; valid UTF-8 is almost never accidental for Chinese
text; GB18030 (a superset of GBK and GB2312) decodes the rest.  An HTML
``charset`` declaration is used only when the bytes agree with it, because
declarations are often copied from templates and wrong.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
_GB_NAMES = {"gbk", "gb2312", "gb18030", "x-gbk", "cp936", "euc-cn"}


class DecodeError(ValueError):
    """The bytes are not text in any encoding we accept."""


def decode(data: bytes) -> tuple[str, str]:
    """``(text, encoding)`` for a document's bytes; raises :class:`DecodeError` for binary data."""
    text, encoding = _decode(data)
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    if sample and controls > 0.01 * len(sample):
        raise DecodeError("it is binary data, not text (control characters)")
    return text, encoding


def _decode(data: bytes) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            name = "utf-8" if encoding == "utf-8-sig" else encoding.rsplit("-", 1)[0]
            try:
                text = data[len(bom) :].decode(encoding.replace("-sig", ""))
            except UnicodeDecodeError as exc:
                raise DecodeError(f"it starts with a {name} byte-order mark but is not valid {name}: {exc}") from None
            return text, name
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), "utf-16"
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:4096]:
        raise DecodeError("it is binary data, not text (NUL bytes)")
    declared = _declared_charset(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        if declared and declared not in _GB_NAMES:
            try:
                return data.decode(declared), declared
            except (LookupError, UnicodeDecodeError):
                pass
        raise DecodeError("it is neither UTF-8, UTF-16 nor GBK/GB18030 text") from None
    return text, "gbk" if declared in (None, "gbk", "gb2312", "x-gbk", "cp936") else "gb18030"


def _utf16_without_bom(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs sit in every other byte of the first kilobyte."""
    sample = data[:1024]
    if len(sample) < 8:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    if odd > 0.3 * half and even < 0.05 * half:
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half:
        return "utf-16-be"
    return None


def _declared_charset(data: bytes) -> str | None:
    match = _CHARSET.search(data[:4096])
    if not match:
        return None
    name = match.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name if name not in _GB_NAMES else name
    except LookupError:
        return None
