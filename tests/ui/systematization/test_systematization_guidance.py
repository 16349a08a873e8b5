"""Every sistematización page shows its guidance from systematization.json (the seed's words)."""

from __future__ import annotations

from alianzas_desktop.ui.widgets.guidance_panel import load_guidance


def test_every_page_shows_its_guidance(alliance_id, make_wizard):
    guidance = load_guidance("systematization")
    wizard = make_wizard(alliance_id)
    topics = [page.topic for page in wizard.pages.values()]
    assert sorted(topics) == sorted(guidance)  # no page without guidance, no guidance unused
    for page in wizard.pages.values():
        shown = page.guidance.toPlainText()
        assert guidance[page.topic]["title"] in shown
        assert guidance[page.topic]["questions"][0] in shown
    assert "visión crítica y retrospectiva" in wizard.pages[2].guidance.toPlainText()
