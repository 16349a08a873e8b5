"""The stored plan as a document: plain JSON content for its verification code."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.workplan import (
    PlanActivityLine,
    PlanFlowLine,
    PlanRoleLine,
    WorkplanDocument,
)


def test_content_is_plain_json_with_lists_and_iso_dates():
    document = WorkplanDocument(
        alliance_id="a1",
        alliance_name="Cacao",
        territory="Sonsón",
        purpose="Ingresos",
        formality="formal",
        formality_label="Formal",
        activities=(
            PlanActivityLine(
                "Taller",
                "Coop",
                "Luz",
                date(2026, 5, 1),
                date(2026, 6, 30),
                "Ocho sesiones",
                ("c1", "c2"),
                True,
                "Pendiente",
            ),
        ),
        flows=(PlanFlowLine("Reunión", "Mensual", "Comité", "Socios", "Actas"),),
        roles=(PlanRoleLine("Coordinación", "Coop", "Luz", "", True),),
        convenio_date=date(2026, 4, 2),
    )
    assert document.is_formal
    content = document.content()
    assert content["activities"] == [
        {
            "title": "Taller",
            "organization": "Coop",
            "person": "Luz",
            "start_date": "2026-05-01",
            "end_date": "2026-06-30",
            "expected_result": "Ocho sesiones",
            "commitments": ["c1", "c2"],
            "is_milestone": True,
            "status_label": "Pendiente",
        }
    ]
    assert content["flows"] == [
        {
            "channel_label": "Reunión",
            "frequency": "Mensual",
            "informs": "Comité",
            "informed": "Socios",
            "records_kept_at": "Actas",
        }
    ]
    assert content["roles"][0]["is_spokesperson"] is True
    assert content["convenio_date"] == "2026-04-02"
    assert content["alliance_name"] == "Cacao"
    assert content["scan_name"] == ""
