"""The Nacimiento wizard from the keyboard alone: Alt+letter, typing, arrows and Tab."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt

from alianzas_desktop.services import alliances
from alianzas_desktop.ui.wizards.nacimiento.base import (
    PAGE_BASICS,
    PAGE_COMMITMENTS,
    PAGE_PARTNERS,
    PAGE_PURPOSE,
    PAGE_STRUCTURE,
    PAGE_SUMMARY,
)

PARTNERS = (
    ("Alcaldía de Sonsón", "publico", "890.980.357-1"),
    ("Comercializadora El Páramo S.A.S.", "privado", "900.456.789-2"),
    ("Cooperativa de Productores de La Loma", "sociedad_civil", ""),
)
# What each partner commits to; the deadline typed three ways, all day/month/year.
COMMITMENTS = (
    ("Dos técnicos agrícolas", "talento_humano", "48.000.000", "15/06/2027", "tecnica"),
    ("Comprar la cosecha", "dinero", "120.000.000", "15062027", "tecnica"),
    ("Convocar a las familias", "talento_humano", "", "15-6-27", "etica"),
)


def next_page(keys, wizard, expected: int) -> None:
    keys.alt("g")  # Si&guiente
    assert wizard.currentId() == expected


def test_a_whole_alliance_is_founded_from_the_keyboard(db, keys, nacimiento_wizard):
    wizard = nacimiento_wizard

    # 1. Datos básicos: the focus starts in the first field.
    assert keys.focused() is wizard.page_widget(PAGE_BASICS).name_edit
    keys.type("Alianza Frijol del Páramo")
    keys.alt("d")
    keys.type("Antioquia")
    completer = keys.focused().completer()
    if completer.popup().isVisible():
        keys.press(Qt.Key.Key_Escape)  # closes the suggestions, not the wizard
    assert wizard.isVisible()
    keys.alt("m")
    keys.type("Sonsón")
    keys.alt("v")
    keys.type("La Loma")
    keys.alt("p")
    keys.choose("productividad")
    keys.alt("i")
    keys.replace("2/3/2026")
    keys.alt("a")
    keys.replace("Ana Milena Zapata")
    next_page(keys, wizard, PAGE_PARTNERS)

    # 2. Socios: Alt+A adds one and puts the focus on its name.
    partners = wizard.page_widget(PAGE_PARTNERS)
    for name, sector, identifier in PARTNERS:
        keys.alt("a")
        assert keys.focused() is partners.editor.name_edit
        keys.type(name)
        keys.alt("r")
        keys.choose(sector)
        if identifier:
            keys.alt("n")
            keys.type(identifier)
        keys.alt("i")
        keys.type(f"Intereses de {name}")
        keys.alt("p")
        keys.type(f"Aporte de {name}")
    next_page(keys, wizard, PAGE_PURPOSE)

    # 3. Propósito común, and the four conditions ticked by their letters.
    keys.alt("p")
    keys.type("Mejorar los ingresos de 60 familias.")
    keys.alt("o")
    keys.type("Aumentar la productividad")
    for letter in "rscm":
        keys.alt(letter)
        keys.tab()  # the condition's note follows its check box
        keys.type("Revisado")
    next_page(keys, wizard, PAGE_COMMITMENTS)

    # 4. Compromisos: one per partner, the deadline typed into the date field.
    for index, (what, kind, value, deadline, logic) in enumerate(COMMITMENTS):
        keys.alt("s")
        keys.choose(wizard.data.partners[index].key)
        keys.alt("a")
        keys.type(what)
        keys.alt("p")
        keys.choose(kind)
        if value:
            keys.alt("v")
            keys.type(value)
        keys.alt("l")
        keys.type(deadline)
        keys.alt("i")
        keys.choose(logic)
    next_page(keys, wizard, PAGE_STRUCTURE)

    # 5. Estructura: radio buttons by their letters.
    keys.alt("f")
    keys.alt("j")
    keys.type("Convenio de asociación")
    keys.alt("s")
    for letter, text in (
        ("c", "Comité de la alianza"),
        ("q", "Un delegado por socio"),
        ("d", "Por consenso"),
        ("r", "Mensual"),
        ("u", "Dos años"),
    ):
        keys.alt(letter)
        keys.type(text)
    next_page(keys, wizard, PAGE_SUMMARY)

    # 6. Resumen: Alt+F founds the alliance.
    keys.alt("f")
    assert wizard.founded_id is not None

    detail = alliances.alliance_detail(db, wizard.founded_id)
    assert detail.name == "Alianza Frijol del Páramo"
    assert (detail.departamento, detail.municipio, detail.vereda) == (
        "Antioquia",
        "Sonsón",
        "La Loma",
    )
    assert detail.area == "productividad"
    assert detail.start_date == date(2026, 3, 2)
    assert detail.facilitator == "Ana Milena Zapata"
    assert [(p.organization, p.sector, p.identifier) for p in detail.partners] == [
        (name, sector, identifier) for name, sector, identifier in PARTNERS
    ]
    stored = {c.description: c for c in detail.commitments}
    assert set(stored) == {c[0] for c in COMMITMENTS}
    for what, kind, value, _typed, logic in COMMITMENTS:
        assert stored[what].deadline == date(2027, 6, 15)
        assert (stored[what].kind, stored[what].logic) == (kind, logic)
        assert stored[what].estimated_value == (int(value.replace(".", "")) if value else None)
