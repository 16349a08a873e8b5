"""The history names a systematization's records in words, codes and links hidden."""

from __future__ import annotations

from alianzas_desktop.domain.history_text import field_label, is_shown, record_name


def test_systematization_records_are_named():
    assert record_name("systematizations", {}) == "Sistematización"
    assert (
        record_name("lessons", {"what_happened": "Fijar el precio antes"})
        == "Lección aprendida «Fijar el precio antes»"
    )
    assert (
        record_name("chronology_notes", {"milestone_title": "Primera feria"})
        == "Nota de la cronología «Primera feria»"
    )
    assert record_name("chronology_notes", {"event_key": "meeting:x:closed"}) == (
        "Nota de la cronología"
    )


def test_systematization_fields_in_spanish_and_codes_hidden():
    assert field_label("systematizations", "central_axis") == "eje central"
    assert field_label("lessons", "success_factor") == "factor de éxito"
    assert is_shown("lessons", "tags") and is_shown("chronology_notes", "hidden")
    assert not is_shown("chronology_notes", "event_key")
    assert not is_shown("lessons", "systematization_id")
    assert not is_shown("systematizations", "reflection")  # JSON of answers
