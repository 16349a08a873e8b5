"""Short verification codes derived from a document's content.

The code is the start of the SHA-256 of the document's canonical JSON, in
Crockford-like base32 without ambiguous letters, grouped for reading aloud over
the phone: ``K7M2-Q9XD-4TPA``. Any change in content gives another code.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
from typing import Any

logger = logging.getLogger(__name__)

_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # no I, L, O, U
CODE_LENGTH = 12


def canonical_json(content: Any) -> str:
    return json.dumps(content, sort_keys=True, ensure_ascii=False, separators=(",", ":"))


def verification_code(kind: str, content: Any) -> str:
    digest = hashlib.sha256(f"{kind}\n{canonical_json(content)}".encode()).digest()
    number = int.from_bytes(digest[:8], "big")
    chars = []
    for _ in range(CODE_LENGTH):
        number, rest = divmod(number, 32)
        chars.append(_ALPHABET[rest])
    raw = "".join(chars)
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def normalize_code(text: str) -> str:
    """Accept what people type: lower case, spaces, O for 0, I/L for 1."""
    cleaned = (
        text.strip()
        .upper()
        .replace(" ", "")
        .replace("-", "")
        .replace("O", "0")
        .replace("I", "1")
        .replace("L", "1")
    )
    if len(cleaned) != CODE_LENGTH:
        return cleaned
    return "-".join(cleaned[i : i + 4] for i in range(0, CODE_LENGTH, 4))


# A code as printed, or as a phone reads it from the QR: three groups of four.
_CODE_IN_TEXT = re.compile(r"([0-9A-Za-z]{4})[ -]?([0-9A-Za-z]{4})[ -]?([0-9A-Za-z]{4})\s*$")


def code_from_text(text: str) -> str:
    """The normalised code in what was typed or pasted: the bare code, or the QR's whole text."""
    match = _CODE_IN_TEXT.search(text.strip())
    if match:
        return normalize_code("".join(match.groups()))
    return normalize_code(text)


def qr_text(document: str, code: str, signature: str = "") -> str:
    """What a phone shows on scanning a document's QR: plain words and the code to check,
    with the issuing device's signature (``sync.signing``, ``firma:1.…``) before the code
    when the document has one; the code stays last, where readers find it.

    ASCII only: a QR carries no charset, and scanners guess wrong on accented
    letters (zbar reads «código» as «c籀digo»); these words need none.
    """
    if signature:
        return f"Alianzas - {document} - {signature} - para verificar: {code}"
    return f"Alianzas - {document} - para verificar: {code}"
