"""Realistic test content for the Nacimiento wizard and the services."""

from __future__ import annotations

from datetime import date

from alianzas_desktop.domain.nacimiento import (
    CommitmentDraft,
    NacimientoData,
    PartnerDraft,
    Representative,
)


def nacimiento_data() -> NacimientoData:
    alcaldia = PartnerDraft(
        name="Alcaldía de Sonsón",
        sector="publico",
        identifier="890.980.357-1",
        representative=Representative(
            name="María Eugenia Ríos",
            cargo="Secretaria de Agricultura",
            document_number="43.123.456",
            phone="3104567890",
            email="agricultura@sonson.gov.co",
            consent=True,
            consent_date=date(2026, 3, 2),
        ),
        interests="Mejorar ingresos de los productores de frijol",
        contribution="Asistencia técnica y transporte",
        influence="alta",
    )
    empresa = PartnerDraft(
        name="Comercializadora El Páramo S.A.S.",
        sector="privado",
        identifier="900.456.789-2",
        representative=Representative(name="Jorge Iván Cardona", cargo="Gerente"),
        interests="Asegurar compra de frijol de calidad",
        contribution="Compra garantizada de la cosecha",
        influence="media",
    )
    cooperativa = PartnerDraft(
        name="Cooperativa de Productores de La Loma",
        sector="sociedad_civil",
        representative=Representative(
            name="Luz Dary Ñustes", cargo="Representante legal", consent=False
        ),
        interests="Precio justo y asociatividad",
        contribution="Organización de 60 familias productoras",
        influence="media",
    )
    data = NacimientoData(
        name="Alianza Frijol del Páramo",
        departamento="Antioquia",
        municipio="Sonsón",
        vereda="La Loma",
        area="productividad",
        start_date=date(2026, 3, 2),
        facilitator="Ana Milena Zapata",
        partners=[alcaldia, empresa, cooperativa],
        purpose="Mejorar los ingresos de 60 familias productoras de frijol de La Loma.",
        objectives="1. Aumentar la productividad.\n2. Asegurar la comercialización.",
        formality="informal",
        complexity="simple",
        coordination_body="Comité de la alianza",
        coordination_members="Un delegado por socio",
        decision_rules="Por consenso; si no lo hay, por mayoría de socios",
        meeting_rhythm="Mensual",
        duration="Dos años",
    )
    for check in data.conditions:
        check.met = True
        check.note = "Revisado en la reunión de lanzamiento"
    data.commitments = [
        CommitmentDraft(
            partner_key=alcaldia.key,
            description="Dos técnicos agrícolas de tiempo completo",
            kind="talento_humano",
            estimated_value=48_000_000,
            deadline=date(2026, 12, 15),
            logic="tecnica",
        ),
        CommitmentDraft(
            partner_key=empresa.key,
            description="Comprar toda la cosecha a precio acordado",
            kind="dinero",
            estimated_value=120_000_000,
            deadline=date(2027, 6, 30),
            logic="politica",
        ),
        CommitmentDraft(
            partner_key=cooperativa.key,
            description="Convocar y organizar a las familias productoras",
            kind="talento_humano",
            estimated_value=None,
            deadline=date(2026, 6, 1),
            logic="etica",
        ),
    ]
    return data
