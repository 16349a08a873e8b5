"""The departments the forms offer."""

from __future__ import annotations

from alianzas_desktop.domain.territory import DEPARTAMENTOS, is_known_departamento


def test_thirty_two_departments_and_the_capital_district():
    assert len(DEPARTAMENTOS) == 33
    assert len(set(DEPARTAMENTOS)) == 33
    assert "Bogotá, D.C." in DEPARTAMENTOS
    assert "Archipiélago de San Andrés, Providencia y Santa Catalina" in DEPARTAMENTOS


def test_known_departamento_ignores_case_and_blanks():
    assert is_known_departamento("Antioquia")
    assert is_known_departamento("  antioquia \n")
    assert is_known_departamento("BOGOTÁ, D.C.")
    assert is_known_departamento("Vichada")
    assert is_known_departamento("amazonas")


def test_unknown_departamento():
    assert not is_known_departamento("Bogota")  # the accent is part of the name
    assert not is_known_departamento("Antioquía")
    assert not is_known_departamento("")
    assert not is_known_departamento("Sonsón")
