"""Read one DEX file into compact arrays.

Why our own reader: androguard's ``DEX`` builds a Python object for every
instruction of every method, which costs tens of seconds and gigabytes on a
large app.  The rules only need the *references* a method makes (which methods
it invokes, which strings it loads, which static fields it reads, which classes
it instantiates), so this module walks each method's bytecode with a compiled
regular expression that skips uninteresting instructions inside the C regex
engine and yields only the instructions that carry a reference.  Results are
kept as ``array`` columns indexed by the DEX's own string/type/method/field ids;
:mod:`pytest_pipl.app.code` merges several DEX files into one app-wide index.

Format reference: https://source.android.com/docs/core/runtime/dex-format
"""

from __future__ import annotations

import re
import struct
from array import array
from dataclasses import dataclass, field

NO_INDEX = 0xFFFFFFFF

# Reference kinds recorded per method (the low byte of each opcode group).
INVOKE_VIRTUAL, INVOKE_SUPER, INVOKE_DIRECT, INVOKE_STATIC, INVOKE_INTERFACE = range(5)
INVOKE_POLYMORPHIC = 5
INVOKE_KIND_NAMES = ("virtual", "super", "direct", "static", "interface", "polymorphic")


class DexFormatError(ValueError):
    """The bytes are not a well-formed DEX file (the message says where)."""


def _instruction_widths() -> list[int]:
    """Width in 16-bit code units of every Dalvik opcode (unused ones count 1)."""
    widths = [1] * 256
    two = [0x02, 0x05, 0x08, 0x13, 0x15, 0x16, 0x19, 0x1A, 0x1C, 0x1F, 0x20, 0x22, 0x23, 0x29]
    two += list(range(0x2D, 0x3E)) + list(range(0x44, 0x6E)) + list(range(0x90, 0xB0))
    two += list(range(0xD0, 0xE3)) + [0xFE, 0xFF]
    three = [0x03, 0x06, 0x09, 0x14, 0x17, 0x1B, 0x24, 0x25, 0x26, 0x2A, 0x2B, 0x2C]
    three += list(range(0x6E, 0x73)) + list(range(0x74, 0x79)) + [0xFC, 0xFD]
    for op in two:
        widths[op] = 2
    for op in three:
        widths[op] = 3
    widths[0x18] = 5  # const-wide
    widths[0xFA] = widths[0xFB] = 4  # invoke-polymorphic(/range)
    return widths


WIDTHS = _instruction_widths()

# Opcodes whose index operand the model records.
OP_CONST_STRING, OP_CONST_STRING_JUMBO, OP_CONST_CLASS, OP_NEW_INSTANCE = 0x1A, 0x1B, 0x1C, 0x22
SGET_OPS = frozenset(range(0x60, 0x67))  # sget, sget-wide, -object, -boolean, -byte, -char, -short
INVOKE_OPS = {op: kind for kind, op in enumerate(range(0x6E, 0x73))}
INVOKE_OPS.update({op: kind for kind, op in enumerate(range(0x74, 0x79))})
INVOKE_OPS.update({0xFA: INVOKE_POLYMORPHIC, 0xFB: INVOKE_POLYMORPHIC})
INTERESTING = frozenset(
    [OP_CONST_STRING, OP_CONST_STRING_JUMBO, OP_CONST_CLASS, OP_NEW_INSTANCE, *SGET_OPS, *INVOKE_OPS]
)


def _byte_class(ops: list[int]) -> bytes:
    return b"[" + b"".join(b"\\x%02x" % op for op in sorted(ops)) + b"]"


def _reference_pattern() -> re.Pattern[bytes]:
    """One regex that consumes boring instructions and stops on a reference.

    Each match is ``(boring instruction)* (reference | payload | end)``; the
    single group holds the reference instruction's bytes (empty at the end).  Instructions are
    little-endian 16-bit units whose low byte is the opcode, so the opcode is
    the first byte of each instruction.  ``nop`` (0x00) is special: a high byte
    of 1, 2 or 3 starts a switch/array *payload* whose length the regex cannot
    compute, so the group captures its two-byte header and Python skips it.
    The catch-all ``.{1,9}\\Z`` alternative swallows a truncated tail so that a
    match can never fail part-way (which would make the engine retry at an
    unaligned offset).
    """
    boring_by_width: dict[int, list[int]] = {}
    for op, width in enumerate(WIDTHS):
        if op != 0 and op not in INTERESTING:
            boring_by_width.setdefault(width, []).append(op)
    boring = [rb"\x00[\x00\x04-\xff]"]
    for width in sorted(boring_by_width):
        boring.append(_byte_class(boring_by_width[width]) + b"." * (2 * width - 1))
    interesting_by_width: dict[int, list[int]] = {}
    for op in INTERESTING:
        interesting_by_width.setdefault(WIDTHS[op], []).append(op)
    wanted = [_byte_class(ops) + b"." * (2 * w - 1) for w, ops in sorted(interesting_by_width.items())]
    wanted.append(rb"\x00[\x01-\x03]")
    pattern = b"(?:" + b"|".join(boring) + b")*(?:(" + b"|".join(wanted) + rb")|.{1,9}\Z|\Z)"
    return re.compile(pattern, re.DOTALL)


REFERENCE_PATTERN = _reference_pattern()


def _uleb128(data: bytes, pos: int) -> tuple[int, int]:
    result = data[pos]
    pos += 1
    if result <= 0x7F:
        return result, pos
    result &= 0x7F
    shift = 7
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte <= 0x7F:
            return result, pos
        shift += 7


def _decode_mutf8(raw: bytes) -> str:
    """Decode Modified UTF-8 (Java's encoding of DEX strings).

    Plain UTF-8 decoding handles almost every string; MUTF-8 differs only in
    encoding NUL as ``C0 80`` and supplementary characters as surrogate pairs,
    which ``surrogatepass`` accepts.  Anything still undecodable is kept with
    replacement characters rather than failing the whole app.
    """
    try:
        return raw.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        text = raw.replace(b"\xc0\x80", b"\x00").decode("utf-8", "surrogatepass" if b"\xed" in raw else "replace")
        return text


@dataclass
class DexClass:
    """One ``class_def``: indices into the DEX's own type table."""

    type_idx: int
    access_flags: int
    superclass_idx: int  # NO_INDEX for java.lang.Object
    interface_idxs: tuple[int, ...]


@dataclass
class DexFile:
    """What one DEX file defines and references, as compact columns.

    Per defined method ``m`` (row of ``method_idx``), its references are the
    slices ``[ref_start[m], ref_start[m + 1])`` of ``ref_kind``/``ref_value``:
    kinds are ``REF_*`` constants, values are indices into this DEX's tables.
    """

    name: str
    strings: list[str]
    type_descriptor_idx: array  # type id -> string id
    proto_shorty: list[str]  # proto id -> "(Ljava/lang/String;)V"
    method_class: array  # method id -> type id
    method_name: array  # method id -> string id
    method_proto: array  # method id -> proto id
    field_class: array  # field id -> type id
    field_name: array  # field id -> string id
    field_type: array  # field id -> type id
    classes: list[DexClass]
    method_idx: array = field(default_factory=lambda: array("I"))  # defined method -> method id
    method_flags: array = field(default_factory=lambda: array("I"))
    method_owner: array = field(default_factory=lambda: array("I"))  # defined method -> class_def row
    method_code_off: array = field(default_factory=lambda: array("I"))
    ref_start: array = field(default_factory=lambda: array("I", [0]))
    ref_kind: array = field(default_factory=lambda: array("B"))
    ref_value: array = field(default_factory=lambda: array("I"))
    instruction_count: int = 0


# Reference kinds stored in DexFile.ref_kind (invoke kinds 0-5 come first).
REF_STRING = 10
REF_SGET = 11
REF_NEW_INSTANCE = 12
REF_CONST_CLASS = 13


def read_dex(data: bytes, name: str = "classes.dex") -> DexFile:
    """Parse ``data`` (the bytes of one DEX file) into a :class:`DexFile`.

    Raises :class:`DexFormatError` with a one-line reason when the header or a
    table points outside the file.
    """
    if len(data) < 0x70 or data[:4] != b"dex\n":
        raise DexFormatError(f"{name} is not a DEX file (no 'dex' magic at its start: encrypted or replaced)")
    try:
        return _read(data, name)
    except (IndexError, struct.error) as exc:
        raise DexFormatError(f"{name} is truncated or corrupt ({exc})") from None


def _read(data: bytes, name: str) -> DexFile:
    (
        string_ids_size,
        string_ids_off,
        type_ids_size,
        type_ids_off,
        proto_ids_size,
        proto_ids_off,
        field_ids_size,
        field_ids_off,
        method_ids_size,
        method_ids_off,
        class_defs_size,
        class_defs_off,
    ) = struct.unpack_from("<12I", data, 0x38)
    size = len(data)
    (declared_size,) = struct.unpack_from("<I", data, 0x20)
    if declared_size != size:
        raise DexFormatError(f"{name}: its header says {declared_size} bytes but it has {size} (corrupt or truncated)")
    for label, count, off, item in (
        ("string_ids", string_ids_size, string_ids_off, 4),
        ("type_ids", type_ids_size, type_ids_off, 4),
        ("proto_ids", proto_ids_size, proto_ids_off, 12),
        ("field_ids", field_ids_size, field_ids_off, 8),
        ("method_ids", method_ids_size, method_ids_off, 8),
        ("class_defs", class_defs_size, class_defs_off, 32),
    ):
        if count and off + count * item > size:
            raise DexFormatError(f"{name}: the {label} table runs past the end of the file")

    string_offsets = struct.unpack_from(f"<{string_ids_size}I", data, string_ids_off)
    find = data.find
    strings = []
    append = strings.append
    for off in string_offsets:
        # Skip the ULEB128 UTF-16 length: its bytes all have the high bit set but the last.
        while data[off] & 0x80:
            off += 1
        off += 1
        end = find(b"\x00", off)
        if end < 0:
            raise DexFormatError(f"{name}: a string runs past the end of the file")
        raw = data[off:end]
        append(raw.decode("ascii") if raw.isascii() else _decode_mutf8(raw))

    type_descriptor_idx = array("I", struct.unpack_from(f"<{type_ids_size}I", data, type_ids_off))
    descriptors = [strings[i] for i in type_descriptor_idx]

    proto_shorty = []
    for i in range(proto_ids_size):
        _shorty, return_idx, params_off = struct.unpack_from("<3I", data, proto_ids_off + 12 * i)
        if params_off:
            (count,) = struct.unpack_from("<I", data, params_off)
            params = struct.unpack_from(f"<{count}H", data, params_off + 4)
            proto_shorty.append("(" + "".join([descriptors[p] for p in params]) + ")" + descriptors[return_idx])
        else:
            proto_shorty.append("()" + descriptors[return_idx])

    field_raw = struct.unpack_from(f"<{field_ids_size * 4}H", data, field_ids_off)
    field_class = array("I", field_raw[0::4])
    field_type = array("I", field_raw[1::4])
    field_name = array("I", [lo | hi << 16 for lo, hi in zip(field_raw[2::4], field_raw[3::4])])

    method_raw = struct.unpack_from(f"<{method_ids_size * 4}H", data, method_ids_off)
    method_class = array("I", method_raw[0::4])
    method_proto = array("I", method_raw[1::4])
    method_name = array("I", [lo | hi << 16 for lo, hi in zip(method_raw[2::4], method_raw[3::4])])

    dex = DexFile(
        name=name,
        strings=strings,
        type_descriptor_idx=type_descriptor_idx,
        proto_shorty=proto_shorty,
        method_class=method_class,
        method_name=method_name,
        method_proto=method_proto,
        field_class=field_class,
        field_name=field_name,
        field_type=field_type,
        classes=[],
    )
    _read_classes(data, dex, class_defs_size, class_defs_off)
    return dex


def _read_classes(data: bytes, dex: DexFile, count: int, offset: int) -> None:
    defs = struct.unpack_from(f"<{count * 8}I", data, offset)
    unpack_interfaces = struct.unpack_from
    methods_idx, methods_flags, methods_owner, methods_code = (
        dex.method_idx,
        dex.method_flags,
        dex.method_owner,
        dex.method_code_off,
    )
    scan = _MethodScanner(data, dex)
    for row in range(count):
        type_idx, flags, super_idx, interfaces_off, _src, _ann, class_data_off, _static = defs[8 * row : 8 * row + 8]
        interfaces: tuple[int, ...] = ()
        if interfaces_off:
            (n,) = unpack_interfaces("<I", data, interfaces_off)
            interfaces = unpack_interfaces(f"<{n}H", data, interfaces_off + 4)
        dex.classes.append(DexClass(type_idx, flags, super_idx, interfaces))
        if not class_data_off:
            continue
        pos = class_data_off
        static_fields, pos = _uleb128(data, pos)
        instance_fields, pos = _uleb128(data, pos)
        direct_methods, pos = _uleb128(data, pos)
        virtual_methods, pos = _uleb128(data, pos)
        for _ in range(2 * (static_fields + instance_fields)):
            _, pos = _uleb128(data, pos)
        for group in (direct_methods, virtual_methods):
            method_idx = 0
            for _ in range(group):
                diff, pos = _uleb128(data, pos)
                method_flags, pos = _uleb128(data, pos)
                code_off, pos = _uleb128(data, pos)
                method_idx += diff
                methods_idx.append(method_idx)
                methods_flags.append(method_flags)
                methods_owner.append(row)
                methods_code.append(code_off)
                scan(code_off)
    scan.finish()
    if dex.method_idx and max(dex.method_idx) >= len(dex.method_class):
        raise DexFormatError(f"{dex.name}: a class defines a method id outside the method table")


class _MethodScanner:
    """Collect the reference instructions of each method, then decode them in bulk.

    Per method only the regex runs (in C); the per-instruction decoding is two
    list comprehensions over all methods at the end, which is several times
    faster than appending to arrays instruction by instruction.
    """

    PAYLOADS = (b"\x00\x01", b"\x00\x02", b"\x00\x03")

    def __init__(self, data: bytes, dex: DexFile) -> None:
        self.data = data
        self.dex = dex
        self.findall = REFERENCE_PATTERN.findall
        self.unpack = struct.unpack_from
        self.found: list[bytes] = []

    def __call__(self, code_off: int) -> None:
        dex = self.dex
        if code_off:
            data = self.data
            (insns_size,) = self.unpack("<I", data, code_off + 12)
            start = code_off + 16
            end = start + 2 * insns_size
            if end > len(data):
                raise DexFormatError(f"{dex.name}: a method's bytecode runs past the end of the file")
            dex.instruction_count += insns_size
            found = self.findall(data, start, end)
            p1, p2, p3 = self.PAYLOADS
            if p1 in found or p2 in found or p3 in found:
                found = self._with_payloads(start, end)
            while found and not found[-1]:
                found.pop()
            if b"" in found:
                found = [ins for ins in found if ins]
            self.found.extend(found)
        dex.ref_start.append(len(self.found))

    def _with_payloads(self, pos: int, end: int) -> list[bytes]:
        """Scan a method whose bytecode holds switch/array payloads, skipping each payload."""
        found: list[bytes] = []
        while pos < end:
            for match in REFERENCE_PATTERN.finditer(self.data, pos, end):
                ins = match.group(1)
                if ins is not None and len(ins) == 2:
                    pos = self._after_payload(match.start(1), ins[1])
                    break
                if ins:
                    found.append(ins)
            else:
                break
        return found

    def _after_payload(self, p: int, ident: int) -> int:
        data = self.data
        if ident == 1:  # packed-switch: size u2, first_key i4, targets i4[size]
            (n,) = self.unpack("<H", data, p + 2)
            return p + 8 + 4 * n
        if ident == 2:  # sparse-switch: size u2, keys i4[size], targets i4[size]
            (n,) = self.unpack("<H", data, p + 2)
            return p + 4 + 8 * n
        width, n = self.unpack("<HI", data, p + 2)  # fill-array-data
        return p + 8 + ((width * n + 1) & ~1)

    def finish(self) -> None:
        """Decode every collected instruction into the DexFile's kind/value columns."""
        found = self.found
        kind_of = _KIND_OF_OPCODE
        self.dex.ref_kind = array("B", bytes([kind_of[ins[0]] for ins in found]))
        values = array("I", [ins[2] | ins[3] << 8 for ins in found])
        for i, ins in enumerate(found):
            if ins[0] == OP_CONST_STRING_JUMBO:
                values[i] = ins[2] | ins[3] << 8 | ins[4] << 16 | ins[5] << 24
        self.dex.ref_value = values
        self.found = []


def _kind_table() -> list[int]:
    table = [255] * 256
    for op, kind in INVOKE_OPS.items():
        table[op] = kind
    for op in SGET_OPS:
        table[op] = REF_SGET
    table[OP_CONST_STRING] = table[OP_CONST_STRING_JUMBO] = REF_STRING
    table[OP_NEW_INSTANCE] = REF_NEW_INSTANCE
    table[OP_CONST_CLASS] = REF_CONST_CLASS
    return table


_KIND_OF_OPCODE = _kind_table()
