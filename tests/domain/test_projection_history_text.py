"""The history names a projection's records in words, codes and links hidden."""

from __future__ import annotations

from alianzas_desktop.domain.history_text import field_label, is_shown, record_name


def test_projection_records_are_named():
    assert (
        record_name("sustainability_items", {"what": "Centro de acopio"})
        == "Acción de sostenibilidad «Centro de acopio»"
    )
    assert record_name("replications", {"place": "Abejorral"}) == (
        "Réplica o escalamiento «Abejorral»"
    )
    assert record_name("observed_benefits", {"benefit": "aprendizaje_social"}) == (
        "Beneficio observado «Mejor aprendizaje social»"
    )


def test_projection_fields_in_spanish_and_links_hidden():
    assert field_label("sustainability_items", "policy_path") == "dónde se inscribe"
    assert field_label("observed_benefits", "evidence") == "evidencia"
    assert is_shown("replications", "adaptations")
    assert not is_shown("sustainability_items", "commitment_id")


def test_a_benefit_is_masculine_in_the_summary():
    from alianzas_desktop.domain.history_text import TABLES

    assert TABLES["observed_benefits"] == ("Beneficio observado", False)
    assert TABLES["sustainability_items"][1] and TABLES["replications"][1]
