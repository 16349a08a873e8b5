"""pdfium is used by one thread at a time.

A preview draws its pages in a worker while the window may ask the page sizes to print
(«Emitir e imprimir» does both at once); pdfium used from two threads crashed the
process (a segmentation fault seen in the suite).
"""

from __future__ import annotations

import io
import threading

from reportlab.lib.pagesizes import letter
from reportlab.pdfgen import canvas

from alianzas_desktop.ui import printing


def one_page_pdf() -> bytes:
    out = io.BytesIO()
    page = canvas.Canvas(out, pagesize=letter)
    page.drawString(72, 720, "Acta No. 1 — señal")
    page.save()
    return out.getvalue()


def test_a_second_thread_waits_while_a_pdf_is_open_in_another():
    pdf = one_page_pdf()
    opened, release, sizes_done = threading.Event(), threading.Event(), threading.Event()
    sizes: list = []

    def drawing():  # as the preview's worker: the document open while its pages are drawn
        with printing.open_pdf(pdf):
            opened.set()
            release.wait(10)

    def asking_sizes():  # as the window, getting ready to print
        sizes.extend(printing.page_sizes(pdf))
        sizes_done.set()

    first = threading.Thread(target=drawing)
    first.start()
    assert opened.wait(10)
    second = threading.Thread(target=asking_sizes)
    second.start()
    try:
        assert not sizes_done.wait(0.3), "pdfium was used by two threads at once"
    finally:
        release.set()
        first.join(10)
    assert sizes_done.wait(10)
    second.join(10)
    assert len(sizes) == 1 and round(sizes[0][0]) == 612  # letter


def test_the_same_thread_may_open_a_pdf_inside_another():
    pdf = one_page_pdf()
    with printing.open_pdf(pdf) as outer:
        assert len(outer) == 1
        assert printing.page_sizes(pdf) == [tuple(outer[0].get_size())]
