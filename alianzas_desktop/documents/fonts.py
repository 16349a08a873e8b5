"""The DejaVu Sans family shipped in resources/fonts/, registered once for reportlab.

DejaVu covers Spanish (and far more) in all four faces, so accents print in
bold and italic too; reportlab embeds the subset of glyphs each PDF uses.
"""

from __future__ import annotations

import logging
from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

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


@cache
def register_fonts() -> str:
    """Register the family (idempotent) and return its name for paragraph styles."""
    for face in _FACES:
        path = resource_path("fonts", f"{face}.ttf")
        if not path.is_file():
            raise FontMissingError(f"Falta el archivo de fuente {path}. Reinstale la aplicación.")
        pdfmetrics.registerFont(TTFont(face, str(path)))
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
