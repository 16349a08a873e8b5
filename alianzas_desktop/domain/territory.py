"""Colombia's territory as the forms offer it: the 32 departments and Bogotá, D.C."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

DEPARTAMENTOS: tuple[str, ...] = (
    "Amazonas",
    "Antioquia",
    "Arauca",
    "Archipiélago de San Andrés, Providencia y Santa Catalina",
    "Atlántico",
    "Bogotá, D.C.",
    "Bolívar",
    "Boyacá",
    "Caldas",
    "Caquetá",
    "Casanare",
    "Cauca",
    "Cesar",
    "Chocó",
    "Córdoba",
    "Cundinamarca",
    "Guainía",
    "Guaviare",
    "Huila",
    "La Guajira",
    "Magdalena",
    "Meta",
    "Nariño",
    "Norte de Santander",
    "Putumayo",
    "Quindío",
    "Risaralda",
    "Santander",
    "Sucre",
    "Tolima",
    "Valle del Cauca",
    "Vaupés",
    "Vichada",
)


def is_known_departamento(name: str) -> bool:
    """True when ``name`` is one of the list, ignoring case and surrounding blanks."""
    wanted = name.strip().casefold()
    return any(d.casefold() == wanted for d in DEPARTAMENTOS)
