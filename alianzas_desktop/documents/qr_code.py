"""The footer's QR code: reportlab's own encoding, with its mask chosen in a fraction of the time.

reportlab (``QrCodeWidget(...).qr.make()``) lays the symbol out nine times: once per
mask pattern to score it (penalty rules 1 to 4, module by module in Python), then again
with the best. That is about 20 ms, most of a short acta's fixed cost. Here the same
encoder lays it out once; the eight trials are rows of bits XORed with each mask, scored
with string and integer operations by the very rules reportlab applies (including its
quirks), and reportlab then lays it out with the mask it would have chosen. A test
compares the modules with reportlab's for many payloads.
"""

from __future__ import annotations

import logging
import re
from functools import lru_cache

from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRUtil

logger = logging.getLogger(__name__)

MASKS = range(8)
# Rule 3's finder-like pattern, only this way round and never overlapping itself.
_FINDER_LIKE = "10111010000"
_RUN = re.compile(r"0{5,}|1{5,}")


def qr_modules(payload: str, level: str = "M") -> list[list[bool]]:
    """The modules of ``QrCodeWidget(payload, barLevel=level)`` once made, row by row."""
    qr = QrCodeWidget(payload, barLevel=level).qr
    if qr.version is None:
        qr.version = qr.calculate_version()
    # A trial layout: function patterns, type information left blank (as in every
    # trial), the data XORed with mask 0.
    qr.makeImpl(True, 0)
    count = qr.moduleCount
    positions = tuple(qr.dataPosIterator())
    trial = [_bits(row) for row in qr.modules]
    plain = _xor(trial, _mask_rows(count, positions, 0))
    scores = [_lost_points(_xor(plain, _mask_rows(count, positions, m)), count) for m in MASKS]
    # reportlab keeps the first of equal scores.
    qr.makeImpl(False, scores.index(min(scores)))
    return qr.modules


def _bits(row: list[bool]) -> int:
    value = 0
    for column, dark in enumerate(row):
        if dark:
            value |= 1 << column
    return value


def _xor(rows: list[int], mask: tuple[int, ...]) -> list[int]:
    return [row ^ bits for row, bits in zip(rows, mask, strict=True)]


@lru_cache(maxsize=16)  # a version's eight masks (documents' payloads are all about as long)
def _mask_rows(count: int, positions: tuple[tuple[int, int], ...], pattern: int) -> tuple[int, ...]:
    """Each row's data modules that ``pattern`` darkens, as bits (bit c is column c)."""
    mask = QRUtil.getMask(pattern)
    rows = [0] * count
    for column, row in positions:
        if mask(row, column):
            rows[row] |= 1 << column
    return tuple(rows)


def _lost_points(rows: list[int], count: int) -> int:
    """reportlab's ``QRUtil.getLostPoint`` of the symbol whose rows are ``rows``."""
    lines = [format(row, f"0{count}b")[::-1] for row in rows]  # character c is column c
    columns = ["".join(column) for column in zip(*lines, strict=True)]
    score = 0
    for line in (*lines, *columns):
        # Rule 1: each run of five or more of a colour, length - 2.
        score += sum(len(run) - 2 for run in _RUN.findall(line))
    for line in lines:
        # Rule 3: 40 per pattern starting before the last 11 modules (reportlab's bound). Only
        # in rows: reportlab compares each column (a tuple) with the pattern (a list), never equal.
        score += 40 * line[: count - 1].count(_FINDER_LIKE)
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
