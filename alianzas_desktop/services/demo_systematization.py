"""The demo's systematization: the alliance in Proyección looks back on what it lived.

The demo alliance in Proyección (found by its phase: «Justicia Comunitaria en
Toribío») gets its systematization: who took part, the initial questions, a
note, a hidden event and an own milestone on its chronology, answers to some
guided questions, conclusions and four lessons tagged by phase, condition,
factor and area. Only ``services.systematization`` writes them, as the wizard would.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from alianzas_desktop.domain.systematization import (
    ChronologyKind,
    LessonEntry,
    NoteEntry,
)
from alianzas_desktop.domain.vocabulary import ApplicationArea, Condition, Phase, SuccessFactor
from alianzas_desktop.services import alliances, systematization
from alianzas_desktop.services.systematization import systematization_context
from alianzas_desktop.storage.database import Database

logger = logging.getLogger(__name__)

LESSONS = (
    LessonEntry(
        what_happened=(
            "Los conciliadores en equidad formados en la vereda atendieron más casos que la "
            "casa de justicia itinerante."
        ),
        why_it_matters="La gente confía en quien conoce y vive cerca.",
        recommendation=(
            "Formar conciliadores de las mismas veredas desde el inicio, con las autoridades "
            "propias."
        ),
        phase=Phase.START_UP.value,
        condition=Condition.ACTIVE_PARTNERS.value,
        success_factor=SuccessFactor.PARTNER_STRENGTHS.value,
        area=ApplicationArea.ACCESS_TO_JUSTICE.value,
        tags="conciliación, justicia propia",
    ),
    LessonEntry(
        what_happened=(
            "El diálogo con el cabildo se trabó cuando las decisiones se tomaban en el pueblo "
            "sin consultar a la asamblea."
        ),
        why_it_matters="Sin respeto por la justicia propia la alianza pierde legitimidad.",
        recommendation="Acordar desde el Nacimiento cómo y dónde se toman las decisiones.",
        phase=Phase.BIRTH.value,
        condition=Condition.OPEN_RELATIONS.value,
        success_factor=SuccessFactor.CONFLICT_MANAGEMENT.value,
        area=ApplicationArea.ACCESS_TO_JUSTICE.value,
        tags="cabildo, diálogo intercultural",
    ),
    LessonEntry(
        what_happened="Publicar cada trimestre los casos atendidos sostuvo el apoyo del concejo.",
        why_it_matters="Los resultados tangibles abren la puerta del presupuesto público.",
        recommendation="Llevar las cifras a la plaza y al concejo antes de cada presupuesto.",
        phase=Phase.CONSOLIDATION.value,
        condition=Condition.COMMON_PURPOSE.value,
        success_factor=SuccessFactor.TANGIBLE_RESULTS.value,
        area=ApplicationArea.ACCESS_TO_JUSTICE.value,
        tags="presupuesto, rendición de cuentas",
    ),
    LessonEntry(
        what_happened=(
            "La rotación de funcionarios de la alcaldía dejó compromisos sin responsable."
        ),
        why_it_matters="Los compromisos de las instituciones deben quedar escritos y firmados.",
        recommendation="Firmar el acuerdo con el cargo, no solo con la persona, y hacer empalme.",
        phase=Phase.PROJECTION.value,
        condition=Condition.COMPLEMENTARY_CONTRIBUTIONS.value,
        success_factor=SuccessFactor.FOLLOW_UP.value,
        area=ApplicationArea.ACCESS_TO_JUSTICE.value,
        tags="empalme, sostenibilidad",
    ),
)

REFLECTION = {
    "condicion:relaciones_abiertas": (
        "Al principio las reuniones eran en el pueblo y el cabildo sentía que se decidía sin "
        "él; cuando las sesiones pasaron a las veredas, la relación se volvió horizontal."
    ),
    "valor:confianza": (
        "La confianza creció con cada caso resuelto por un conciliador de la misma vereda."
    ),
    "factor:resultados_tangibles": (
        "Los 600 casos atendidos al año fueron el argumento para que el concejo aprobara el "
        "presupuesto de la casa de justicia."
    ),
}


def _proyeccion_alliance(db: Database) -> str | None:
    found = [a for a in alliances.list_alliances(db) if a.phase == Phase.PROJECTION.value]
    return found[0].id if found else None


def add_demo_systematization(db: Database, today: date | None = None) -> None:
    """Systematize the demo alliance in Proyección (nothing when there is none)."""
    today = today or date.today()
    alliance_id = _proyeccion_alliance(db)
    if alliance_id is None:
        logger.warning("La demostración no tiene alianza en Proyección: no se sistematiza")
        return
    context = systematization_context(db, alliance_id)
    data = systematization.load_systematization(db, alliance_id)
    data.participants = (
        "Diana Marcela Pito (facilitadora), los cinco conciliadores en equidad, el secretario "
        "de gobierno, dos autoridades del cabildo y la personera municipal."
    )
    data.records_available = (
        context.records_summary + " Además: fotografías de las jornadas y el libro de casos."
    )
    data.purpose = (
        "Aprender cómo la justicia comunitaria y la justicia propia pueden trabajar juntas, "
        "para contarlo a otros municipios del Cauca."
    )
    data.period_from = context.start_date
    data.period_to = today
    data.central_axis = "El diálogo entre la justicia comunitaria y la justicia propia."
    founded = next(e for e in context.events if e.kind == ChronologyKind.FOUNDED.value)
    data.touch(founded.key).note = "La primera reunión fue en la casa del cabildo de Tacueyó."
    convened = [e for e in context.events if e.kind == ChronologyKind.MEETING_CONVENED.value]
    if convened:
        data.touch(convened[-1].key).hidden = True  # a session yet to come: not part of the story
    data.notes.append(
        NoteEntry(
            milestone_on=max(context.start_date, today - timedelta(days=200)),
            milestone_title="Primera jornada de conciliación en la vereda El Damián",
            note="Se atendieron 42 casos en un solo día.",
        )
    )
    data.reflection = dict(REFLECTION)
    data.conclusions = (
        "La alianza funcionó cuando la justicia llegó a las veredas y respetó a las autoridades "
        "propias. Los resultados visibles sostuvieron el apoyo institucional; la rotación de "
        "funcionarios fue el mayor riesgo."
    )
    data.lessons = [
        LessonEntry(**{**lesson.__dict__, "key": LessonEntry().key}) for lesson in LESSONS
    ]
    systematization.save_systematization(db, data, today)
    logger.info("Sistematización de demostración guardada para %s", alliance_id)
