"""Reading printed documents back with pypdf, for the document tests."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader


@dataclass
class ReadBack:
    reader: PdfReader
    pages: list[str]

    @property
    def text(self) -> str:
        """All pages' text with whitespace normalised (extraction breaks long lines)."""
        return " ".join(" ".join(page.split()) for page in self.pages)

    @property
    def body(self) -> str:
        """Like ``text`` without the page footers, so paragraphs read on across pages.

        The footer is drawn last on each page, starting with "Página X de Y".
        """
        bodies = [page[: page.rfind("Página ")] for page in self.pages]
        return " ".join(" ".join(page.split()) for page in bodies)


def read_pdf(data: bytes) -> ReadBack:
    reader = PdfReader(io.BytesIO(data))
    return ReadBack(reader=reader, pages=[page.extract_text() for page in reader.pages])


def embedded_font_names(data: bytes) -> set[str]:
    """The fonts every page uses, each checked to be embedded (a FontFile in its descriptor).

    reportlab leaves its standard fonts (Helvetica) unembedded: a table without a FONT style
    draws in Helvetica, and a laptop without it prints another face.
    """
    names = set()
    for page in PdfReader(io.BytesIO(data)).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            descriptor = descendant.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor), font["/BaseFont"]
            names.add(str(font["/BaseFont"]).split("+")[-1])
    return names
