"""Conflict register entries: cleaning, which statuses are open, each check's message."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.conflicts import ConflictData, is_open, validate_conflict

TODAY = date(2026, 6, 15)


def test_cleaned_strips_typed_text_and_keeps_codes_and_dates():
    data = ConflictData(
        level="incidentes_criticos",
        occurred_on=date(2026, 5, 1),
        description="  Retraso\x00 en los pagos ",
        parties=" Alcaldía\n",
        handling="",
        status="resuelto",
        resolution=" Diálogo ",
        learned="\tAcordar fechas ",
        resolved_on=date(2026, 5, 20),
    )
    assert data.cleaned() == ConflictData(
        level="incidentes_criticos",
        occurred_on=date(2026, 5, 1),
        description="Retraso en los pagos",
        parties="Alcaldía",
        handling="",
        status="resuelto",
        resolution="Diálogo",
        learned="Acordar fechas",
        resolved_on=date(2026, 5, 20),
    )
    assert ConflictData(handling=None).cleaned().handling == ""
    assert ConflictData(handling="comite").cleaned().handling == "comite"


def test_open_statuses():
    assert is_open("abierto")
    assert is_open("en_manejo")
    assert is_open("escalado")
    assert not is_open("resuelto")
    assert not is_open("")


def test_messages_of_each_check():
    data = ConflictData(level="x", status="y", handling="z", occurred_on=None, description="")
    assert validate_conflict(data, TODAY) == {
        "level": "Elija el nivel del conflicto.",
        "status": "Elija el estado del conflicto.",
        "handling": "Elija cómo se está manejando.",
        "occurred_on": "Indique la fecha.",
        "description": "Escriba qué pasó.",
    }


def test_a_resolved_conflict_needs_how_and_when():
    data = ConflictData(occurred_on=date(2026, 5, 1), description="x", status="resuelto")
    assert validate_conflict(data, TODAY) == {
        "resolution": "Escriba cómo se resolvió.",
        "resolved_on": "Indique la fecha en que se resolvió.",
    }
    data.resolution = "Diálogo"
    data.resolved_on = date(2026, 6, 16)
    assert validate_conflict(data, TODAY) == {
        "resolved_on": "La fecha no puede estar en el futuro."
    }
    data.resolved_on = TODAY
    assert validate_conflict(data, TODAY) == {}
    data.resolved_on = date(1989, 1, 1)
    assert validate_conflict(data, TODAY) == {
        "resolved_on": "La fecha no es razonable: debe estar entre 1990 y 2056."
    }
    data.occurred_on = None
    data.resolved_on = date(2026, 1, 1)
    assert validate_conflict(data, TODAY) == {"occurred_on": "Indique la fecha."}


def test_an_open_conflict_needs_no_resolution():
    data = ConflictData(
        occurred_on=TODAY,
        description="x",
        status="en_manejo",
        handling="comite",
        resolved_on=date(1800, 1, 1),
    )
    assert validate_conflict(data, TODAY) == {}


def test_dates_against_today_and_the_start():
    data = ConflictData(occurred_on=date(2026, 3, 2), description="x")
    assert validate_conflict(data, TODAY, start_date=date(2026, 3, 2)) == {}
    data.occurred_on = date(2026, 3, 1)
    assert validate_conflict(data, TODAY, start_date=date(2026, 3, 2)) == {
        "occurred_on": "La fecha es anterior al inicio de la alianza."
    }
    data.occurred_on = date(2057, 1, 1)
    assert validate_conflict(data, TODAY) == {
        "occurred_on": "La fecha no es razonable: debe estar entre 1990 y 2056."
    }


def test_text_limits():
    data = ConflictData(
        occurred_on=TODAY, description="d" * 20_000, parties="p" * 20_000, learned="l" * 20_000
    )
    assert validate_conflict(data, TODAY) == {}
    data = ConflictData(
        occurred_on=TODAY,
        description="d",
        parties="p" * 20_001,
        learned="l" * 20_001,
        resolution="r" * 20_001,
    )
    too_long = "El texto es demasiado largo: máximo 20.000 caracteres."
    assert validate_conflict(data, TODAY) == {
        "parties": too_long,
        "learned": too_long,
        "resolution": too_long,
    }
