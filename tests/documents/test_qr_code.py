"""The footer's QR modules (documents/qr_code.py) are exactly the ones reportlab makes."""

from __future__ import annotations

import random
import string

import pytest
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.barcode.qrencoder import QRCode, QRUtil

from alianzas_desktop.documents.qr_code import _bits, _lost_points, codewords, qr_modules
from alianzas_desktop.domain.verification import qr_text


def _reportlab(payload: str) -> QrCodeWidget:
    qr = QrCodeWidget(payload, barLevel="M").qr
    qr.make()
    return qr


def _payloads() -> list[str]:
    chance = random.Random(13)
    letters = string.ascii_letters + string.digits + string.punctuation + " ñáé"
    found = ["a", "Código ABCD-EFGH-JKLM", qr_text("acta", "ABCD-EFGH-JKLM", "1.ab.cd.ef")]
    found += ["".join(chance.choice(letters) for _ in range(n)) for n in range(20, 400, 9)]
    return found


@pytest.mark.parametrize("payload", _payloads())
def test_the_modules_are_reportlabs(payload):
    assert qr_modules(payload) == _reportlab(payload).modules


@pytest.mark.parametrize("level", ["L", "M", "Q", "H"])
def test_the_codewords_are_reportlabs_at_every_level_and_length(level):
    chance = random.Random(7)
    letters = string.ascii_letters + string.digits + " ñáé-:."
    for length in range(1, 1000, 37):
        qr = QrCodeWidget("".join(chance.choice(letters) for _ in range(length)), barLevel=level).qr
        qr.version = qr.calculate_version()
        expected = QRCode.createData(qr.version, qr.errorCorrectLevel, qr.dataList)
        assert codewords(qr) == expected, length


def test_long_payloads_make_reportlabs_modules_in_versions_with_version_information():
    payload = "Alianzas - acta - ABCD-EFGH-JKLM firma:1." + "z" * 260
    qr = _reportlab(payload)
    assert qr.version >= 7
    assert qr_modules(payload) == qr.modules


def test_each_masks_score_is_reportlabs():
    qr = _reportlab("Alianzas - acuerdo de compromisos - ABCD-EFGH-JKLM firma:1." + "x" * 120)
    for mask in range(8):
        qr.makeImpl(True, mask)
        rows = [_bits(row) for row in qr.modules]
        assert _lost_points(rows, qr.moduleCount) == QRUtil.getLostPoint(qr)
