"""The footer's QR code: reportlab's own encoding, made in a fraction of the time.

reportlab (``QrCodeWidget(...).qr.make()``) lays the symbol out nine times: once per
mask pattern to score it (penalty rules 1 to 4, module by module in Python), then again
with the best; and it computes the error-correction codewords by multiplying and dividing
polynomials one term at a time. That was about 20 ms, most of a short acta's fixed cost.
Here the codewords are reportlab's data with the same Reed-Solomon remainder worked out
from logarithm tables; the same encoder lays the symbol out once; the eight trials are
rows of bits XORed with each mask, scored with string and integer operations by the very
rules reportlab applies (including its quirks); and the kept symbol is that layout with
the data under the chosen mask and its type information written by reportlab. Tests
compare the codewords and the modules with reportlab's for many payloads.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import (
    EXP_TABLE,
    LOG_TABLE,
    QRCode,
    QRErrorCorrectLevel,
    QRRSBlock,
    QRUtil,
)

logger = logging.getLogger(__name__)

MASKS = range(8)
# Rule 3's finder-like pattern, only this way round and never overlapping itself.
_FINDER_LIKE = "10111010000"
_RUN = re.compile("00000+|11111+")  # five or more of a colour (a literal start is quicker)


def qr_modules(payload: str, level: str = "M") -> list[list[bool]]:
    """The modules of ``QrCodeWidget(payload, barLevel=level)`` once made, row by row."""
    qr = QrCodeWidget(payload, barLevel=level).qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    version = qr.version
    patterns, positions = _layout(version)
    count = len(patterns)
    # The data as reportlab's mapData places it, before any mask.
    data = [0] * count
    bits = "".join(format(codeword, "08b") for codeword in codewords(qr))
    for (column, row), bit in zip(positions, bits, strict=False):
        if bit == "1":
            data[row] |= 1 << column
    # Each trial is the function patterns (type information left blank, as reportlab's
    # trials have it) beside the data under one mask.
    plain = [pattern | bits for pattern, bits in zip(_bits_of(patterns), data, strict=True)]
    scores = [_lost_points(_xor(plain, _mask_rows(version, m)), count) for m in MASKS]
    # reportlab keeps the first of equal scores and lays the symbol out again with it: the
    # function patterns, the type information written, the data under that mask.
    best = scores.index(min(scores))
    qr.moduleCount = count
    qr.modules = [list(row) for row in patterns]
    qr.setupTypeInfo(False, best)
    if version >= 7:
        qr.setupTypeNumber(False)
    for row, dark in zip(qr.modules, _xor(data, _mask_rows(version, best)), strict=True):
        while dark:
            lowest = dark & -dark
            row[lowest.bit_length() - 1] = True
            dark ^= lowest
    return qr.modules


@lru_cache(maxsize=8)
def _layout(version: int) -> tuple[tuple[tuple[bool, ...], ...], tuple[tuple[int, int], ...]]:
    """A version's function patterns (as in a trial: type information blank) and the
    positions reportlab's mapData fills with data bits, in order (column, row).

    What ``makeImpl(True, mask)`` lays out before it maps the data (the same calls).
    """
    qr = QRCode(version, QRErrorCorrectLevel.M)
    qr.moduleCount = count = version * 4 + 17
    qr.modules = [[False] * count for _ in range(count)]
    qr.setupPositionProbePattern(0, 0)
    qr.setupPositionProbePattern(count - 7, 0)
    qr.setupPositionProbePattern(0, count - 7)
    qr.setupPositionAdjustPattern()
    qr.setupTimingPattern()
    qr.setupTypeInfo(True, 0)
    if version >= 7:
        qr.setupTypeNumber(True)
    return tuple(tuple(row) for row in qr.modules), tuple(qr.dataPosIterator())


@lru_cache(maxsize=8)
def _bits_of(modules: tuple[tuple[bool, ...], ...]) -> tuple[int, ...]:
    return tuple(_bits(row) for row in modules)


def codewords(qr: QRCode) -> list[int]:
    """What reportlab's ``QRCode.createData`` returns: data and error correction, interleaved.

    The data bits and their padding are written by reportlab's own classes; the
    error-correction codewords (each block's remainder by the generator polynomial) are
    computed with the logarithm tables instead of reportlab's polynomial objects.
    """
    blocks = QRRSBlock.getRSBlocks(qr.version, qr.errorCorrectLevel)
    buffer = _BitBuffer()
    for data in qr.dataList:
        data.write(buffer, qr.version)
    capacity = 8 * sum(block.dataCount for block in blocks)
    if buffer.getLengthInBits() > capacity:
        raise ValueError(f"code length overflow. ({buffer.getLengthInBits()} > {capacity})")
    if buffer.getLengthInBits() + 4 <= capacity:
        buffer.put(0, 4)
    while buffer.getLengthInBits() % 8:
        buffer.putBit(False)
    written = buffer.codewords()
    pads = (QRCode.PAD0, QRCode.PAD1)
    data = written + [pads[n % 2] for n in range(capacity // 8 - len(written))]
    data_blocks, error_blocks = [], []
    offset = 0
    for block in blocks:
        chunk = data[offset : offset + block.dataCount]
        offset += block.dataCount
        data_blocks.append(chunk)
        error_blocks.append(_remainder(chunk, block.totalCount - block.dataCount))
    return [
        codeword
        for group in (data_blocks, error_blocks)
        for index in range(max(len(b) for b in group))
        for codeword in (b[index] for b in group if index < len(b))
    ]


class _BitBuffer:
    """reportlab's QRBitBuffer as the data's ``write`` uses it, its bits kept in one integer.

    QRBitBuffer stores each bit with a method call: a few thousand for a footer's code.
    """

    def __init__(self) -> None:
        self.value = 0
        self.length = 0

    def put(self, number: int, length: int) -> None:
        """The low ``length`` bits of ``number``, most significant first (as QRBitBuffer)."""
        self.value = (self.value << length) | (number & ((1 << length) - 1))
        self.length += length

    def putBit(self, bit: bool) -> None:  # noqa: N802 - reportlab's name
        self.put(1 if bit else 0, 1)

    def getLengthInBits(self) -> int:  # noqa: N802 - reportlab's name
        return self.length

    def codewords(self) -> list[int]:
        """The bytes written so far (a whole number of them)."""
        return list(self.value.to_bytes(self.length // 8, "big"))


@lru_cache(maxsize=8)
def _generator_logs(degree: int) -> tuple[int, ...]:
    """The logarithms of the generator's coefficients after the leading 1: (x - α⁰)…(x - αⁿ⁻¹)."""
    coefficients = [1]
    for power in range(degree):
        root = EXP_TABLE[power]
        shifted = [*coefficients, 0]
        for i in range(1, len(shifted)):
            previous = coefficients[i - 1]
            if previous:
                shifted[i] ^= EXP_TABLE[(LOG_TABLE[previous] + LOG_TABLE[root]) % 255]
        coefficients = shifted
    return tuple(LOG_TABLE[c] for c in coefficients[1:])


def _remainder(data: list[int], degree: int) -> list[int]:
    """The block's error-correction codewords: data·xⁿ modulo the generator (long division)."""
    logs = _generator_logs(degree)
    remainder = [0] * degree
    for value in data:
        factor = value ^ remainder[0]
        remainder = remainder[1:]
        remainder.append(0)
        if factor:
            scale = LOG_TABLE[factor]
            for i, log in enumerate(logs):
                remainder[i] ^= EXP_TABLE[(scale + log) % 255]
    return remainder


def _bits(row: list[bool]) -> int:
    value = 0
    for column, dark in enumerate(row):
        if dark:
            value |= 1 << column
    return value


def _xor(rows: list[int], mask: tuple[int, ...]) -> list[int]:
    return [row ^ bits for row, bits in zip(rows, mask, strict=True)]


@lru_cache(maxsize=64)  # eight masks a version (documents' payloads are all about as long)
def _mask_rows(version: int, pattern: int) -> tuple[int, ...]:
    """Each row's data modules that ``pattern`` darkens, as bits (bit c is column c)."""
    patterns, positions = _layout(version)
    mask = QRUtil.getMask(pattern)
    rows = [0] * len(patterns)
    for column, row in positions:
        if mask(row, column):
            rows[row] |= 1 << column
    return tuple(rows)


def _lost_points(rows: list[int], count: int) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of the symbol whose rows are ``rows``."""
    lines = [format(row, f"0{count}b")[::-1] for row in rows]  # character c is column c
    symbol = "".join(lines)
    columns = [symbol[column::count] for column in range(count)]
    # Rule 1: each run of five or more of a colour, length - 2 (no run crosses a "|").
    runs = _RUN.findall("|".join((*lines, *columns)))
    score = sum(map(len, runs)) - 2 * len(runs)
    # Rule 3: 40 per pattern starting before the last 11 modules (reportlab's bound). Only
    # in rows: reportlab compares each column (a tuple) with the pattern (a list), never equal.
    score += 40 * "|".join(line[: count - 1] for line in lines).count(_FINDER_LIKE)
    # Rule 2: 3 per 2×2 block of one colour.
    inner = (1 << (count - 1)) - 1
    for above, below in zip(rows, rows[1:], strict=False):
        same_down = ~(above ^ below)
        same_across = ~(below ^ (below >> 1))
        score += 3 * (same_down & (same_down >> 1) & same_across & inner).bit_count()
    # Rule 4: the share of dark modules away from half.
    dark = sum(row.bit_count() for row in rows)
    score += 10 * (abs(100 * dark // (count * count) - 50) // 5)
    return score
