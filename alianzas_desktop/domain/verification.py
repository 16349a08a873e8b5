"""Short verification codes derived from a document's content.

The code is the start of the SHA-256 of the document's canonical JSON, in
Crockford-like base32 without ambiguous letters, grouped for reading aloud over
the phone: ``K7M2-Q9XD-4TPA``. Any change in content gives another code.
"""

from __future__ import annotations

import hashlib
import json
import logging
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
