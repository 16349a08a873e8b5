"""Verification codes: derived from content, stable across versions, forgiving when typed."""

from __future__ import annotations

import hashlib

import pytest

from alianzas_desktop.domain.verification import (
    CODE_LENGTH,
    canonical_json,
    code_from_text,
    normalize_code,
    qr_text,
    verification_code,
)


def test_canonical_json_is_sorted_compact_and_keeps_accents():
    assert canonical_json({"b": "ñ", "a": [1, 2]}) == '{"a":[1,2],"b":"ñ"}'
    assert canonical_json({"z": {"y": 1, "x": None}}) == '{"z":{"x":null,"y":1}}'


def _reference_code(kind: str, canonical: str) -> str:
    """The documented algorithm written out again: SHA-256, first 8 bytes, base32 low first."""
    number = int.from_bytes(hashlib.sha256(f"{kind}\n{canonical}".encode()).digest()[:8], "big")
    alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    chars = ""
    for _ in range(12):
        chars += alphabet[number % 32]
        number //= 32
    return f"{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def test_codes_printed_on_documents_never_change():
    # Codes already printed on paper must verify with every later version of the app.
    assert verification_code("acuerdo", {"a": 1}) == "VB0Y-166G-AMQ5"
    assert verification_code("acta", {"a": 1}) == "7M3J-DWN0-N8W9"
    assert verification_code("acuerdo", {"b": "ñ", "a": [1, 2]}) == "Z8SK-PXH1-0ETW"
    assert _reference_code("acuerdo", '{"a":1}') == "VB0Y-166G-AMQ5"
    assert _reference_code("acuerdo", '{"a":[1,2],"b":"ñ"}') == "Z8SK-PXH1-0ETW"


@pytest.mark.parametrize(
    "content", [{}, {"x": "y" * 300}, {"fecha": "2026-03-02", "n": 3}, [1, "dos", None]]
)
def test_code_follows_the_documented_algorithm(content):
    code = verification_code("acta", content)
    assert code == _reference_code("acta", canonical_json(content))
    assert CODE_LENGTH == 12
    assert len(code) == 14
    assert [len(group) for group in code.split("-")] == [4, 4, 4]
    assert not set(code) & set("ILOU")


def test_any_change_in_kind_or_content_changes_the_code():
    code = verification_code("acuerdo", {"a": 1})
    assert code == verification_code("acuerdo", {"a": 1})
    assert code != verification_code("acuerdo", {"a": 2})
    assert code != verification_code("acta", {"a": 1})


def test_normalize_code_accepts_what_people_type():
    assert normalize_code(" vb0y 166g amq5 ") == "VB0Y-166G-AMQ5"
    assert normalize_code("VB0Y166GAMQ5") == "VB0Y-166G-AMQ5"
    # O is read as zero; I and L as one.
    assert normalize_code("vboy-i66g-amq5") == "VB0Y-166G-AMQ5"
    assert normalize_code("ab1l-cdef-ghjk") == "AB11-CDEF-GHJK"
    assert normalize_code("Oo00-IiLl-1111") == "0000-1111-1111"


def test_normalize_code_of_the_wrong_length_is_only_cleaned():
    assert normalize_code("vb0y-166g") == "VB0Y166G"
    assert normalize_code("vb0y-166g-amq5-x") == "VB0Y166GAMQ5X"
    assert normalize_code("") == ""


def test_code_from_text_finds_the_code_at_the_end_of_a_qr_text():
    text = qr_text("Acta No. 3", "VB0Y-166G-AMQ5")
    assert code_from_text(text) == "VB0Y-166G-AMQ5"
    assert code_from_text(text + "  \n") == "VB0Y-166G-AMQ5"
    assert code_from_text("para verificar: vb0y 166g amq5") == "VB0Y-166G-AMQ5"
    assert code_from_text("para verificar: vb0y166gamq5") == "VB0Y-166G-AMQ5"


def test_code_from_text_without_a_code_at_the_end_falls_back_to_normalizing():
    assert code_from_text(" vboy-166g-amq5 ") == "VB0Y-166G-AMQ5"
    assert code_from_text("hola") == "H01A"
    assert code_from_text("VB0Y-166G-AMQ5 fin") == "VB0Y166GAMQ5F1N"


def test_qr_text_is_plain_ascii_words_and_the_code():
    text = qr_text("Acuerdo de compromisos", "VB0Y-166G-AMQ5")
    assert text == "Alianzas - Acuerdo de compromisos - para verificar: VB0Y-166G-AMQ5"
