"""The DejaVu Sans family shipped in resources/fonts/, registered once for reportlab.

DejaVu covers Spanish (and far more) in all four faces, so accents print in
bold and italic too; reportlab embeds the subset of glyphs each PDF uses, and here the
subset, compressed, is kept for the next PDF that uses the same glyphs.
"""

from __future__ import annotations

import logging
import struct
import zlib
from functools import cache, lru_cache

from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import FF_NONSYMBOLIC, FF_SYMBOLIC, TTFont, TTFontFace

from alianzas_desktop.paths import resource_path

logger = logging.getLogger(__name__)

FAMILY = "DejaVuSans"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
ITALIC = "DejaVuSans-Oblique"
BOLD_ITALIC = "DejaVuSans-BoldOblique"

_FACES = (REGULAR, BOLD, ITALIC, BOLD_ITALIC)

# reportlab writes the PDF's ToUnicode map with four hex digits per character,
# so characters beyond the Basic Multilingual Plane (most emoji) would print but
# could not be copied or searched: we treat them as not covered.
_BMP_LIMIT = 0xFFFF


class FontMissingError(RuntimeError):
    """A shipped font file is not where it should be (a broken installation)."""


class _SubsetKeepingFace(TTFontFace):
    """A face that embeds each subset as reportlab does, made and compressed once.

    Saving a PDF subsets every face it used (reportlab's ``makeSubset``: the glyphs, and
    the font's tables copied whole, its name table with the copyright and licence
    notices among them) and compresses the result: about 1.5 ms a face, a fifth of a
    short acta, paid again each time the same document is printed (previewed, then
    printed or exported). The same characters in the same order give the same bytes,
    so they are kept per subset; the stream written is what reportlab writes.
    """

    def addSubsetObjects(self, doc, fontname, subset):  # noqa: N802 - reportlab's name
        if not doc.compression:
            return super().addSubsetObjects(doc, fontname, subset)
        length, compressed = _compressed_subset(self, tuple(subset))
        # What reportlab's addSubsetObjects writes, the Flate filter already applied.
        font_file = pdfdoc.PDFStream()
        font_file.content = compressed
        font_file.dictionary["Length1"] = length
        font_file.dictionary["Filter"] = pdfdoc.PDFArray([pdfdoc.PDFName("FlateDecode")])
        font_file_ref = doc.Reference(font_file, f"fontFile:{self.filename}({fontname})")
        flags = (self.flags & ~FF_NONSYMBOLIC) | FF_SYMBOLIC
        descriptor = pdfdoc.PDFDictionary(
            {
                "Type": "/FontDescriptor",
                "Ascent": self.ascent,
                "CapHeight": self.capHeight,
                "Descent": self.descent,
                "Flags": flags,
                "FontBBox": pdfdoc.PDFArray(self.bbox),
                "FontName": pdfdoc.PDFName(fontname),
                "ItalicAngle": self.italicAngle,
                "StemV": self.stemV,
                "FontFile2": font_file_ref,
                "MissingWidth": self.defaultWidth,
            }
        )
        return doc.Reference(descriptor, "fontDescriptor:" + fontname)


@lru_cache(maxsize=32)  # a few documents' worth of the four faces
def _compressed_subset(face: TTFontFace, subset: tuple[int, ...]) -> tuple[int, bytes]:
    """The subset's font file (reportlab's own) and its Flate compression."""
    data = face.makeSubset(list(subset))
    return len(data), _deflated(face, data)


# The font file's tables from "name" on (name, post, prep: reportlab writes them in tag
# order) are the same in every subset of a face: the name table alone, with the notices,
# is 15.6 KB of about 37. They are compressed once per face and the stream is assembled.
_TAIL_TABLE = b"name"
_tails: dict[TTFontFace, tuple[bytes, bytes]] = {}


def _deflated(face: TTFontFace, data: bytes) -> bytes:
    """``data`` as a zlib stream, its tail (the same for every subset) compressed once.

    The head is deflated and flushed to a byte boundary with a full flush (no reference
    back into it), the tail's deflated blocks follow, then the checksum of the whole:
    a valid zlib stream that inflates to ``data``. When the tail is not what was kept (a
    different font file), the whole is compressed as zlib.compress does.
    """
    start = _table_offset(data, _TAIL_TABLE)
    if start is None:
        return zlib.compress(data)
    tail = data[start:]
    kept = _tails.get(face)
    if kept is None or kept[0] != tail:
        packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -zlib.MAX_WBITS)
        kept = _tails[face] = (tail, packer.compress(tail) + packer.flush())
    packer = zlib.compressobj(zlib.Z_DEFAULT_COMPRESSION, zlib.DEFLATED, -zlib.MAX_WBITS)
    head = packer.compress(data[:start]) + packer.flush(zlib.Z_FULL_FLUSH)
    return b"\x78\x9c" + head + kept[1] + struct.pack(">I", zlib.adler32(data))


def _table_offset(font_file: bytes, tag: bytes) -> int | None:
    """Where the table ``tag`` starts in a TrueType file, if it is there."""
    (count,) = struct.unpack_from(">H", font_file, 4)
    for entry in range(count):
        name, _checksum, offset, _length = struct.unpack_from(">4sLLL", font_file, 12 + 16 * entry)
        if name == tag:
            return offset
    return None


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return its name for paragraph styles."""
    for face in _FACES:
        path = resource_path("fonts", f"{face}.ttf")
        if not path.is_file():
            raise FontMissingError(f"Falta el archivo de fuente {path}. Reinstale la aplicación.")
        font = TTFont(face, str(path))
        font.face.__class__ = _SubsetKeepingFace  # made by TTFont itself; only a method differs
        pdfmetrics.registerFont(font)
    # The family mapping is what lets <b> and <i> inside a Paragraph find the faces.
    pdfmetrics.registerFontFamily(
        FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    logger.debug("Fuentes DejaVu registradas")
    return FAMILY


@cache
def covered_characters() -> frozenset[int]:
    """Code points that every face of the family can print (and PDF readers can copy)."""
    register_fonts()
    covered: set[int] | None = None
    for face in _FACES:
        font = pdfmetrics.getFont(face)
        points = {cp for cp in font.face.charToGlyph if cp <= _BMP_LIMIT}
        covered = points if covered is None else covered & points
    return frozenset(covered or ())
