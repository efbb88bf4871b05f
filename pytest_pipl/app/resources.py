"""The string values in ``resources.arsc``, read straight from its global string pool.

Apps that show their privacy policy from a string resource keep the text in
the resource table's global string pool (every ``<string>`` value of every
configuration).  Reading that one chunk needs no resource-table walk and no
androguard: a ResTable header, then a ResStringPool of UTF-8 or UTF-16
strings.  Names of the resources are not needed to recognise a policy.
"""

from __future__ import annotations

import struct

RES_TABLE_TYPE = 0x0002
RES_STRING_POOL_TYPE = 0x0001
UTF8_FLAG = 1 << 8


class ResourceError(ValueError):
    """resources.arsc is not a resource table we can read."""


def string_pool(data: bytes) -> list[str]:
    """Every string in the global value pool of a ``resources.arsc`` file."""
    if len(data) < 12:
        raise ResourceError("resources.arsc is too short")
    kind, header_size, _size = struct.unpack_from("<HHI", data, 0)
    if kind != RES_TABLE_TYPE:
        raise ResourceError(f"resources.arsc does not start with a resource table (chunk type {kind:#x})")
    pos = header_size
    kind, header_size, size = struct.unpack_from("<HHI", data, pos)
    if kind != RES_STRING_POOL_TYPE:
        raise ResourceError("resources.arsc has no global string pool")
    count, _styles, flags, strings_start, _styles_start = struct.unpack_from("<IIIII", data, pos + 8)
    if pos + size > len(data) or count > size:
        raise ResourceError("resources.arsc string pool is truncated")
    offsets = struct.unpack_from(f"<{count}I", data, pos + header_size)
    base = pos + strings_start
    utf8 = bool(flags & UTF8_FLAG)
    strings = []
    for offset in offsets:
        at = base + offset
        try:
            strings.append(_utf8_at(data, at) if utf8 else _utf16_at(data, at))
        except (IndexError, struct.error, UnicodeDecodeError):
            strings.append("")
    return strings


def _length8(data: bytes, at: int) -> tuple[int, int]:
    n = data[at]
    if n & 0x80:
        return ((n & 0x7F) << 8) | data[at + 1], at + 2
    return n, at + 1


def _utf8_at(data: bytes, at: int) -> str:
    _chars, at = _length8(data, at)
    nbytes, at = _length8(data, at)
    return data[at : at + nbytes].decode("utf-8", errors="replace")


def _utf16_at(data: bytes, at: int) -> str:
    (n,) = struct.unpack_from("<H", data, at)
    at += 2
    if n & 0x8000:
        (low,) = struct.unpack_from("<H", data, at)
        n = ((n & 0x7FFF) << 16) | low
        at += 2
    return data[at : at + 2 * n].decode("utf-16-le", errors="replace")
