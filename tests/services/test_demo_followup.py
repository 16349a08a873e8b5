"""The demo's follow-up content: conflicts of every level, evidence, overdue commitments."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.services import commitment_board, conflicts, demo, health


def test_demo_alliances_get_conflicts_evidence_and_readings(db):
    today = date.today()
    ids = demo.build_demo(db, today)  # calls add_demo_conflicts after plans and reviews
    levels = {c.level for aid in ids for c in conflicts.list_conflicts(db, aid)}
    assert levels == {"aspectos_externos", "dificultades_propias", "incidentes_criticos"}
    assert list(conflicts.open_critical_counts(db).values()) == [1]
    rows = commitment_board.board_rows(db, today=today)
    assert any(r.overdue for r in rows)
    with_evidence = [r for r in rows if r.evidence_count]
    assert len(with_evidence) >= 2
    kinds = {
        e.media_type
        for r in with_evidence
        for entry in commitment_board.commitment_history(db, r.id)
        for e in entry.evidence
    }
    assert kinds == {"image/png", "application/pdf"}
    readings = health.health_of_all(db, today=today)
    assert {r.health for r in readings.values()} >= {"rojo", "amarillo"}
    assert all(r.reasons for r in readings.values())
