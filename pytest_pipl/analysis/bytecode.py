"""Decode one method's Dalvik bytecode into instructions and a control-flow graph.

The DEX reader (:mod:`pytest_pipl.app.dex`) keeps only references, for
speed.  Deciding whether a call is guarded by a consent check needs the
branches of that one method, so this module re-reads a single method's code
item from the DEX bytes on demand and builds its basic blocks.  It is used
for the few methods that contain a consent check, never for the whole app.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field

from ..app.dex import INVOKE_OPS, WIDTHS

IF_TEST = range(0x32, 0x38)  # if-eq … if-le vA, vB, +CCCC
IF_TESTZ = range(0x38, 0x3E)  # if-eqz … if-lez vAA, +BBBB
GOTO, GOTO16, GOTO32 = 0x28, 0x29, 0x2A
PACKED_SWITCH, SPARSE_SWITCH = 0x2B, 0x2C
RETURNS = frozenset([0x0E, 0x0F, 0x10, 0x11])
THROW = 0x27
MOVE_RESULT = 0x0A
MOVES = frozenset([0x01, 0x02, 0x03])  # move, move/from16, move/16 (booleans are ints)
XOR_LIT8 = 0xDF
IF_EQZ, IF_NEZ = 0x38, 0x39
SGET_BOOLEAN = 0x63


@dataclass
class Instruction:
    pc: int  # in 16-bit code units from the start of the method
    op: int
    width: int
    a: int = 0  # first register operand (vA / vAA)
    b: int = 0  # second register operand or literal
    index: int = -1  # method/string/type/field index for reference instructions
    targets: tuple[int, ...] = ()  # branch targets (pcs)


@dataclass
class Block:
    start: int
    instructions: list[Instruction] = field(default_factory=list)
    successors: list[int] = field(default_factory=list)  # start pcs


@dataclass
class MethodCode:
    instructions: list[Instruction]
    blocks: dict[int, Block]

    def block_of(self, pc: int) -> int:
        """Start pc of the block holding the instruction at ``pc``."""
        best = 0
        for start in self.blocks:
            if start <= pc and start >= best:
                best = start
        return best

    @property
    def invokes(self) -> list[Instruction]:
        return [i for i in self.instructions if i.op in INVOKE_OPS]


def _s16(v: int) -> int:
    return v - 0x10000 if v & 0x8000 else v


def _s8(v: int) -> int:
    return v - 0x100 if v & 0x80 else v


def decode(data: bytes, code_off: int) -> MethodCode:
    """Instructions and basic blocks of the method whose code item starts at ``code_off``."""
    (insns_size,) = struct.unpack_from("<I", data, code_off + 12)
    base = code_off + 16
    units = struct.unpack_from(f"<{insns_size}H", data, base)
    instructions: list[Instruction] = []
    pc = 0
    while pc < insns_size:
        unit = units[pc]
        op = unit & 0xFF
        if op == 0 and unit >> 8 in (1, 2, 3):  # payload: skip its data
            ident = unit >> 8
            if ident == 1:
                pc += 4 + 2 * units[pc + 1]
            elif ident == 2:
                pc += 2 + 4 * units[pc + 1]
            else:
                width, count = units[pc + 1], units[pc + 2] | units[pc + 3] << 16
                pc += 4 + (width * count + 1) // 2
            continue
        width = WIDTHS[op]
        ins = Instruction(pc, op, width)
        hi = unit >> 8
        if op in IF_TESTZ:
            ins.a = hi
            ins.targets = (pc + _s16(units[pc + 1]),)
        elif op in IF_TEST:
            ins.a, ins.b = hi & 0xF, hi >> 4
            ins.targets = (pc + _s16(units[pc + 1]),)
        elif op == GOTO:
            ins.targets = (pc + _s8(hi),)
        elif op == GOTO16:
            ins.targets = (pc + _s16(units[pc + 1]),)
        elif op == GOTO32:
            ins.targets = (pc + struct.unpack("<i", struct.pack("<HH", units[pc + 1], units[pc + 2]))[0],)
        elif op in (PACKED_SWITCH, SPARSE_SWITCH):
            ins.a = hi
            offset = struct.unpack("<i", struct.pack("<HH", units[pc + 1], units[pc + 2]))[0]
            ins.targets = _switch_targets(units, pc, pc + offset, op == PACKED_SWITCH)
        elif 0x60 <= op <= 0x66:  # sget* vAA, field@BBBB
            ins.a = hi
            ins.index = units[pc + 1]
        elif op in INVOKE_OPS:
            ins.index = units[pc + 1]
            ins.a = units[pc + 2] & 0xF if op < 0x74 else units[pc + 2]  # first argument register
        elif op in (MOVE_RESULT, THROW) or op in RETURNS:
            ins.a = hi
        elif op == 0x01:  # move vA, vB
            ins.a, ins.b = hi & 0xF, hi >> 4
        elif op == 0x02:  # move/from16 vAA, vBBBB
            ins.a, ins.b = hi, units[pc + 1]
        elif op == 0x03:  # move/16 vAAAA, vBBBB
            ins.a, ins.b = units[pc + 1], units[pc + 2]
        elif op == XOR_LIT8:  # xor-int/lit8 vAA, vBB, #+CC
            ins.a, ins.b = hi, units[pc + 1] & 0xFF
            ins.index = _s8(units[pc + 1] >> 8)
        instructions.append(ins)
        pc += width
    return MethodCode(instructions, _blocks(instructions, _try_ranges(data, code_off, insns_size)))


def _uleb(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if byte < 0x80:
            return result, pos
        shift += 7


def _sleb(data: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            if byte & 0x40:
                result -= 1 << shift
            return result, pos


def _try_ranges(data: bytes, code_off: int, insns_size: int) -> list[tuple[int, int, tuple[int, ...]]]:
    """(start pc, end pc, handler pcs) of every try block: exceptions are control flow too."""
    (tries_size,) = struct.unpack_from("<H", data, code_off + 6)
    if not tries_size:
        return []
    tries_off = code_off + 16 + 2 * insns_size + (2 if insns_size % 2 else 0)
    handlers_base = tries_off + 8 * tries_size
    ranges = []
    for i in range(tries_size):
        start, count, handler_off = struct.unpack_from("<IHH", data, tries_off + 8 * i)
        pos = handlers_base + handler_off
        size, pos = _sleb(data, pos)
        addrs = []
        for _ in range(abs(size)):
            _type, pos = _uleb(data, pos)
            addr, pos = _uleb(data, pos)
            addrs.append(addr)
        if size <= 0:
            addr, pos = _uleb(data, pos)
            addrs.append(addr)
        ranges.append((start, start + count, tuple(addrs)))
    return ranges


def _switch_targets(units: tuple[int, ...], pc: int, payload: int, packed: bool) -> tuple[int, ...]:
    if payload < 0 or payload + 2 > len(units):
        return ()
    size = units[payload + 1]
    first = payload + 4 if packed else payload + 2 + 2 * size
    targets = []
    for i in range(size):
        lo, hi = units[first + 2 * i], units[first + 2 * i + 1]
        targets.append(pc + struct.unpack("<i", struct.pack("<HH", lo, hi))[0])
    return tuple(targets)


def _blocks(instructions: list[Instruction], tries: list[tuple[int, int, tuple[int, ...]]]) -> dict[int, Block]:
    if not instructions:
        return {}
    leaders = {instructions[0].pc}
    for _start, _end, handlers in tries:
        leaders.update(handlers)
    pcs = [i.pc for i in instructions]
    for n, ins in enumerate(instructions):
        ends = ins.targets or ins.op in RETURNS or ins.op == THROW
        if ends:
            leaders.update(ins.targets)
            if n + 1 < len(instructions):
                leaders.add(instructions[n + 1].pc)
    valid = set(pcs)
    leaders &= valid
    blocks: dict[int, Block] = {}
    current: Block | None = None
    for n, ins in enumerate(instructions):
        if ins.pc in leaders:
            current = blocks[ins.pc] = Block(ins.pc)
        assert current is not None
        current.instructions.append(ins)
        last = n + 1 == len(instructions) or instructions[n + 1].pc in leaders
        if last:
            falls_through = ins.op not in RETURNS and ins.op != THROW and ins.op not in (GOTO, GOTO16, GOTO32)
            successors = [t for t in ins.targets if t in valid]
            if falls_through and n + 1 < len(instructions):
                successors.append(instructions[n + 1].pc)
            current.successors = list(dict.fromkeys(successors))
    for block in blocks.values():
        first, last = block.instructions[0].pc, block.instructions[-1].pc
        for start, end, handlers in tries:
            if first < end and last >= start:
                block.successors += [h for h in handlers if h in valid and h not in block.successors]
    return blocks
