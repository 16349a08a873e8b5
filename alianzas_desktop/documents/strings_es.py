"""The documents' texts in Spanish, the source language (the lookup's keys are identifiers)."""

from __future__ import annotations

import logging

logger = logging.getLogger(__name__)

SPANISH_TEXTS: dict[str, str] = {
    # -- every document ------------------------------------------------------------------
    "page.label": "Página {page} de {total}",
    "page.code": "Código de verificación",
    "page.code_provisional": "Código de verificación provisional",
    "watermark": "BORRADOR",
    "draft_suffix": " (borrador)",
    "not_defined": "No se definió.",
    "yes": "Sí",
    "no": "No",
    "facilitator": "Facilitador(a) del proceso",
    "signature.name": "Nombre:",
    "signature.id": "C.C.",
    "programme": "PROGRAMA NACIONAL DE ALIANZAS",
    # -- the acuerdo de compromisos ------------------------------------------------------
    "agreement.title": "ACUERDO DE COMPROMISOS",
    "agreement.version": "Versión {number}",
    "agreement.draft_notice": (
        "BORRADOR — Este documento es una versión de trabajo y no tiene valor para "
        "firma. Para firmarlo, emita la versión desde la aplicación e imprímala de "
        "nuevo."
    ),
    "agreement.intro": (
        "Las organizaciones que suscriben este documento, del sector público, del sector "
        "privado y de la sociedad civil, acuerdan trabajar en alianza por un propósito "
        "común, con los compromisos, la estructura y los valores que se describen a "
        "continuación."
    ),
    "agreement.area": "Área de aplicación",
    "agreement.start": "Inicio de la alianza",
    "agreement.facilitation": "Facilitación del proceso",
    "agreement.amends": (
        "Esta versión {number} modifica la versión {previous} del "
        "acuerdo (otrosí). Las versiones anteriores se conservan como parte de la "
        "historia de la alianza."
    ),
    "agreement.parties": "Las partes",
    "agreement.col.organization": "Organización",
    "agreement.col.sector": "Sector",
    "agreement.col.nit": "NIT",
    "agreement.col.representative": "Representante",
    "agreement.col.cargo": "Cargo",
    "agreement.purpose": "Propósito común",
    "agreement.objectives": "Objetivos",
    "agreement.conditions": "Condiciones de la alianza",
    "agreement.conditions_intro": (
        "Existe una alianza cuando se conjugan relaciones abiertas, socios activos, "
        "complementariedad en los aportes y un propósito común. Las partes revisaron "
        "estas cuatro condiciones así:"
    ),
    "agreement.col.condition": "Condición",
    "agreement.col.met": "¿Se cumple?",
    "agreement.col.notes": "Observaciones",
    "agreement.commitments": "Compromisos de los socios",
    "agreement.commitments_intro": (
        "Cada socio asume los compromisos que siguen. La lógica de cada compromiso puede "
        "ser técnica (promueve el logro y la eficiencia), política (busca la negociación "
        "y la concertación) o ética (se fundamenta en los valores y en los procesos)."
    ),
    "agreement.col.commitment": "Compromiso",
    "agreement.col.kind": "Tipo de aporte",
    "agreement.col.value": "Valor estimado",
    "agreement.col.deadline": "Fecha límite",
    "agreement.col.logic": "Lógica",
    "agreement.no_commitments": "No registró compromisos.",
    "agreement.total": "Valor total estimado de los aportes:",
    "agreement.structure": "Estructura y funcionamiento",
    "agreement.legal_figure": "{kind}. Figura jurídica: {figure}",
    "agreement.kind": "Tipo de alianza",
    "agreement.organization_form": "Forma de organización",
    "agreement.coordination_body": "Instancia de coordinación",
    "agreement.coordination_members": "Integrantes de la instancia de coordinación",
    "agreement.decision_rules": "Cómo se toman las decisiones",
    "agreement.meeting_rhythm": "Frecuencia de las reuniones",
    "agreement.values": "Valores que orientan el trabajo en alianza",
    "agreement.values_intro": "Las partes se comprometen a trabajar guiadas por estos valores:",
    "agreement.value.confianza": (
        "Cada socio cumple lo que promete y cree en la palabra de los demás. La confianza "
        "se construye con hechos, paso a paso, y se cuida en cada reunión."
    ),
    "agreement.value.respeto": (
        "Las partes reconocen y valoran sus diferencias: los saberes, los tiempos y las "
        "formas de trabajar del sector público, del sector privado y de la sociedad civil."
    ),
    "agreement.value.inclusion": (
        "Todas las voces cuentan, en especial las de la comunidad y las de quienes suelen "
        "quedar por fuera. Las decisiones se toman con la participación de todos los socios."
    ),
    "agreement.value.transparencia": (
        "Los socios comparten la información con franqueza: lo que aporta cada uno, cómo se "
        "usan los recursos y cómo avanzan los compromisos."
    ),
    "agreement.value.responsabilidad_compartida": (
        "El propósito común es tarea de todos: cada socio responde por sus compromisos y, "
        "entre todos, por los resultados de la alianza."
    ),
    "agreement.conflicts": "Manejo de los conflictos",
    "agreement.the_coordination_body": "la instancia de coordinación",
    "agreement.conflict_levels": (
        "Las partes reconocen que en el trabajo en alianza pueden surgir situaciones "
        "conflictivas de tres niveles: <b>aspectos externos</b>, que vienen del entorno "
        "(cambios de gobierno, de normas, del mercado, del clima o del orden público); "
        "<b>dificultades propias del trabajo en alianza</b>, que nacen de las diferencias "
        "entre los socios en intereses, ritmos, culturas y formas de comunicarse; e "
        "<b>incidentes críticos</b>, hechos graves que ponen en riesgo la alianza o la "
        "confianza entre sus socios."
    ),
    "agreement.conflict_handling": (
        "En todos los casos, la situación se llevará primero a "
        "{where}, donde se tratará mediante el diálogo directo y de buena fe, "
        "buscando soluciones concertadas que protejan el propósito común. Si el diálogo no "
        "basta, las partes podrán acudir, de común acuerdo, a la mediación de un tercero. "
        "Lo acordado quedará registrado en el acta de la sesión."
    ),
    "agreement.duration_heading": "Duración, seguimiento y modificaciones",
    "agreement.duration": "<b>Duración:</b> {duration}.",
    "agreement.duration_undefined": "no se definió",
    "agreement.started": " La alianza inició el {start}.",
    "agreement.follow_up": (
        "<b>Seguimiento:</b> el avance de los compromisos se revisará en las reuniones de {where}"
    ),
    "agreement.follow_up_rhythm": ", con la frecuencia acordada: {rhythm}.",
    "agreement.follow_up_acta": (
        " En cada reunión se dejará constancia en un acta de lo revisado, de los "
        "compromisos cumplidos y de los ajustes decididos."
    ),
    "agreement.modifications": (
        "<b>Modificaciones:</b> cualquier cambio en los compromisos, en las partes o en la "
        "estructura de la alianza se hará constar en una nueva versión de este acuerdo "
        "(otrosí), que las partes firman. Las versiones anteriores no se borran: se "
        "conservan como historia de la alianza y siguen siendo válidas para el tiempo en "
        "que rigieron. Cada versión lleva un código de verificación que permite comprobar, "
        "en la aplicación Alianzas, que el texto impreso corresponde a la versión "
        "registrada."
    ),
    "agreement.signatures": "Firmas",
    "agreement.signed_in": " en {place}",
    "agreement.signed_on": "En constancia se firma{place}, el {when}.",
    "agreement.signed": "En constancia se firma{place}.",
    "agreement.witness": "En calidad de testigo",
    "agreement.footer": "Acuerdo de compromisos · Versión {number}",
    "agreement.pdf_title": "Acuerdo de compromisos — {name} — Versión {number}",
    "agreement.pdf_subject": "Acuerdo de compromisos de la alianza",
    # -- the acta -----------------------------------------------------------------------
    "acta.title": "ACTA No. {number}",
    "acta.kind": "Reunión {kind}",
    "acta.draft_notice": (
        "BORRADOR — La sesión no se ha cerrado: esta acta no tiene valor para firma."
    ),
    "acta.date": "Fecha",
    "acta.start": "Hora de inicio",
    "acta.place": "Lugar",
    "acta.end": "Hora de finalización",
    "acta.col.number": "N°",
    "acta.col.name": "Nombre",
    "acta.col.organization_sector": "Organización / sector",
    "acta.col.organization": "Organización",
    "acta.col.cargo": "Cargo",
    "acta.col.signature": "Firma",
    "acta.col.excuse": "Excusa",
    "acta.col.commitment": "Compromiso",
    "acta.col.responsible": "Responsable",
    "acta.col.deadline": "Fecha límite",
    "acta.col.status_change": "Estado (anterior → nuevo)",
    "acta.col.note": "Nota",
    "acta.attendees": "Asistentes",
    "acta.no_attendees": "No se registraron asistentes de los socios.",
    "acta.guests": "Invitados",
    "acta.no_guests": "No hubo invitados.",
    "acta.absent": "Ausentes",
    "acta.excused": "Con excusa",
    "acta.not_excused": "Sin excusa",
    "acta.no_absences": "No hubo ausencias.",
    "acta.officers": "Presidente(a) y secretario(a) de la sesión",
    "acta.chair": "Presidente(a)",
    "acta.secretary": "Secretario(a)",
    "acta.and": " y ",
    "acta.approved_by": "Aprueban y firman el acta, en la lista de asistentes: {names}.",
    "acta.objective": "Objetivo de la reunión",
    "acta.not_recorded": "No se registró.",
    "acta.agenda": "Orden del día",
    "acta.development": "Desarrollo de la reunión",
    "acta.no_notes": "No se registraron anotaciones.",
    "acta.consensus": "Aprobada por consenso.",
    "acta.votes": "Votos: a favor {yes}, en contra {no}, abstenciones {abstentions}.",
    "acta.decision": "Decisión {number}:",
    "acta.commitments": "Compromisos",
    "acta.no_commitments": "No se adquirieron compromisos nuevos en esta reunión.",
    "acta.follow_ups": "Seguimiento de compromisos anteriores",
    "acta.no_follow_ups": "No se revisaron compromisos anteriores.",
    "acta.next_meeting": "Próxima reunión",
    "acta.no_next_meeting": "No se fijó la fecha de la próxima reunión.",
    "acta.closing": "Agotado el orden del día, se levanta la sesión",
    "acta.closing_at": " a las {time}",
    "acta.signatures": "Firmas",
    "acta.signing": (
        "En constancia firman quienes asistieron, cada persona en la columna "
        "«Firma» de la lista de asistentes, y el(la) facilitador(a) del proceso:"
    ),
    "acta.addenda": "Fe de erratas",
    "acta.addenda_intro": (
        "Correcciones registradas después del cierre del acta. El texto del acta no se "
        "modifica: cada corrección se agrega aquí, con su número y su fecha."
    ),
    "acta.addendum": "Fe de erratas No. {number}",
    "acta.annex_code": "Código de los anexos (fe de erratas y firmas): {code}",
    "acta.footer": "Acta No. {number}",
    "acta.pdf_title": "Acta No. {number} — {name}",
    "acta.pdf_subject": "Acta de reunión de la alianza",
    # -- the planilla de asistencia ------------------------------------------------------
    "sheet.title": "PLANILLA DE ASISTENCIA",
    "sheet.time": "Hora",
    "sheet.meeting": "Reunión",
    "sheet.objective": "Objetivo:",
    "sheet.agenda": "Orden del día:",
    "sheet.consent": (
        "<b>* Tratamiento de datos personales (Ley 1581 de 2012).</b> Quien escribe en esta "
        "planilla su documento o su teléfono, y firma, declara: "
    ),
    "sheet.col.number": "N°",
    "sheet.col.name": "Nombre",
    "sheet.col.document": "Documento",
    "sheet.col.organization": "Organización",
    "sheet.col.cargo": "Cargo",
    "sheet.col.phone": "Teléfono *",
    "sheet.col.signature": "Firma",
    "sheet.footer_on": "Planilla de asistencia · {when}",
    "sheet.footer": "Planilla de asistencia",
    "sheet.see_authorization": "vea la autorización (*) al comienzo de la página 1",
    "sheet.personal_data": "Datos personales, Ley 1581 de 2012",
    "sheet.pdf_title": "Planilla de asistencia — {name}",
    "sheet.pdf_subject": "Planilla de asistencia a la reunión de la alianza",
    # -- the informe de evaluación -------------------------------------------------------
    "evaluation.title": "INFORME DE EVALUACIÓN",
    "evaluation.review_of": "Revisión periódica del {when}",
    "evaluation.alliance": "Alianza",
    "evaluation.territory": "Territorio",
    "evaluation.date": "Fecha de la evaluación",
    "evaluation.previous": "Evaluación anterior",
    "evaluation.first": "Es la primera",
    "evaluation.intro": (
        "La evaluación, si bien es un instrumento de control, es sobre todo una "
        "oportunidad de reflexionar para cambiar y actuar frente a los cambios del "
        "entorno. Los socios calificaron de 1 (muy débil) a 5 (muy fuerte) las cuatro "
        "condiciones de la alianza, los cinco valores que orientan su trabajo y los "
        "siete factores de éxito de la consolidación."
    ),
    "evaluation.at_a_glance": "La alianza de un vistazo",
    "evaluation.this_one": "Esta evaluación ({when})",
    "evaluation.previous_one": "Evaluación anterior ({when})",
    "evaluation.trend": "Evolución de cada dimensión",
    "evaluation.first_trend": (
        "Es la primera evaluación de la alianza: la evolución se verá desde la próxima."
    ),
    "evaluation.fulfilment": "Cumplimiento de compromisos por socio",
    "evaluation.no_commitments": "La alianza no tiene compromisos registrados.",
    "evaluation.fulfilment_intro": (
        "Compromisos cumplidos de cada socio sobre el total de sus compromisos no "
        "cancelados, a la fecha de impresión del informe."
    ),
    "evaluation.share": "{fulfilled} de {total} ({percent} %)",
    "evaluation.scores": "Calificación de cada dimensión",
    "evaluation.by_partner": "Por socio: ",
    "evaluation.disagree": " — los socios no coinciden",
    "evaluation.col.dimension": "Dimensión y lo que dice la ficha",
    "evaluation.col.score": "Puntaje",
    "evaluation.col.previous": "Anterior",
    "evaluation.col.comment": "Comentario",
    "evaluation.follow_up": "Seguimiento",
    "evaluation.reviewed": "Compromisos revisados",
    "evaluation.none_changed": "Ningún compromiso cambió de estado en esta revisión.",
    "evaluation.col.partner": "Socio",
    "evaluation.col.was": "Estaba",
    "evaluation.col.now": "Quedó",
    "evaluation.activities": "Actividades del plan de trabajo",
    "evaluation.no_activities": "La alianza no tiene actividades en su plan de trabajo.",
    "evaluation.col.activity": "Actividad",
    "evaluation.col.status": "Estado",
    "evaluation.reflection": "Reflexión",
    "evaluation.context_changes": "Qué cambió alrededor de la alianza",
    "evaluation.learnings": "Qué aprendieron los socios",
    "evaluation.decisions": "Decisiones para adaptar",
    "evaluation.no_decisions": "No se tomaron decisiones en esta revisión.",
    "evaluation.outcome.registro": "Queda registrada",
    "evaluation.outcome.compromiso": "Nuevo compromiso",
    "evaluation.outcome.actividad": "Nueva actividad del plan",
    "evaluation.col.decision": "Decisión",
    "evaluation.col.becomes": "Se convierte en",
    "evaluation.footer": "Informe de evaluación · {when}",
    "evaluation.pdf_title": "Informe de evaluación — {name}",
    "evaluation.pdf_subject": "Informe de evaluación de la alianza (revisión periódica)",
    # -- the personal-data report --------------------------------------------------------
    "person.title": "REPORTE DE DATOS PERSONALES",
    "person.law": "Ley 1581 de 2012 y Decreto 1377 de 2013",
    "person.generated": "Generado el {when}",
    "person.intro": (
        "Este reporte reúne todos los datos personales que la aplicación Alianzas guarda "
        "sobre la persona titular, las autorizaciones que dio para su tratamiento, su "
        "participación en las alianzas, los documentos en los que aparece y las "
        "solicitudes que ha presentado."
    ),
    "person.data": "Datos de la persona",
    "person.document": "Documento de identidad",
    "person.phone": "Teléfono",
    "person.email": "Correo electrónico",
    "person.minor": "Menor de edad",
    "person.registered": "Registrada el",
    "person.erased": "Datos suprimidos el",
    "person.authorizations": "Autorizaciones para el tratamiento de datos",
    "person.no_authorizations": "No hay autorizaciones registradas.",
    "person.method": "Forma",
    "person.revoked": "Revocada el {when}",
    "person.in_force": "Vigente",
    "person.recorded_by": "Registrada por",
    "person.witness": "Testigo",
    "person.guardian": "Representante legal",
    "person.purpose": "Finalidad",
    "person.authorization": "Autorización {number}",
    "person.text_shown": "Texto que se mostró a la persona",
    "person.text_version": " (versión {version}):",
    "person.no_text": "No se conserva el texto de esta versión.",
    "person.participation": "Participación en alianzas",
    "person.no_participation": "No figura como representante de ningún socio.",
    "person.documents": "Documentos en los que aparece",
    "person.no_documents": "No aparece en ningún documento emitido.",
    "person.col.document": "Documento",
    "person.requests": "Solicitudes presentadas",
    "person.pending": "Pendiente",
    "person.no_requests": "No ha presentado solicitudes.",
    "person.col.request": "Solicitud",
    "person.col.received": "Recibida",
    "person.col.due": "Plazo de respuesta",
    "person.col.answered": "Respondida",
    "person.rights": "Sus derechos",
    "person.rights_text": (
        "Como titular de los datos, usted puede en cualquier momento conocerlos, pedir "
        "que se corrijan o actualicen, pedir su supresión y revocar la autorización que "
        "dio (Ley 1581 de 2012, artículo 8). Las consultas se responden en un plazo "
        "máximo de diez días hábiles y los reclamos en quince días hábiles. Los "
        "documentos ya firmados o emitidos, como los acuerdos de compromisos, conservan "
        "el nombre de quienes los suscribieron, porque son parte de un compromiso "
        "adquirido."
    ),
    "person.footer": "Reporte de datos personales",
    "person.report_date": "Fecha del reporte",
    "person.pdf_title": "Reporte de datos personales — {name}",
    "person.pdf_subject": "Reporte de datos personales (Ley 1581 de 2012)",
    # -- the plan de trabajo ---------------------------------------------------------------
    "workplan.title": "Plan de trabajo",
    "workplan.formality": "Alianza {kind}",
    "workplan.activities": "1. Actividades",
    "workplan.count": "{activities} actividades; {milestones} hitos (marcados con {mark}).",
    "workplan.count_one": "{activities} actividades; {milestones} hito (marcados con {mark}).",
    "workplan.col.number": "N°",
    "workplan.col.activity": "Actividad",
    "workplan.col.responsible": "Responsable",
    "workplan.col.dates": "Fechas",
    "workplan.col.expected_result": "Resultado esperado",
    "workplan.col.commitments": "Compromisos que atiende",
    "workplan.col.milestone": "Hito",
    "workplan.from_to": "{start}\na\n{end}",
    "workplan.chart": "2. Cronograma por meses",
    "workplan.window": "De {first} a {last}",
    "workplan.nobody": "Sin responsable",
    "workplan.flows": "3. Intercambio de información",
    "workplan.col.channel": "Canal",
    "workplan.col.frequency": "Frecuencia",
    "workplan.col.informs": "Quién informa",
    "workplan.col.informed": "A quién",
    "workplan.col.records": "Dónde quedan los registros",
    "workplan.roles": "4. Roles en la coordinación",
    "workplan.col.role": "Rol",
    "workplan.col.partner": "Socio",
    "workplan.col.person": "Persona",
    "workplan.col.spokesperson": "Vocería",
    "workplan.speaks_for": "Habla en nombre de la alianza:",
    "workplan.formalization": "5. Formalización",
    "workplan.legal_figure": "Figura jurídica",
    "workplan.convenio_number": "Convenio No.",
    "workplan.convenio_date": "Fecha del convenio",
    "workplan.convenio_signed": "Convenio firmado",
    "workplan.no_scan": "No se adjuntó el escaneo.",
    "workplan.decision_recording": "Cómo se registran las decisiones",
    "workplan.informal": "La alianza es informal: no tiene constitución jurídica.",
    "workplan.footer": "Plan de trabajo",
    "workplan.pdf_title": "Plan de trabajo - {name}",
    "workplan.pdf_subject": "Plan de trabajo de la alianza",
    # -- the ficha de la alianza ----------------------------------------------------------
    "profile.title": "FICHA DE LA ALIANZA",
    "profile.phase": "Fase",
    "profile.area": "Área",
    "profile.since": "Desde",
    "profile.facilitation": "Facilitación",
    "profile.fulfilled": "Compromisos cumplidos",
    "profile.done_of": "{done} de {total}",
    "profile.no_objectives": "No se definieron.",
    "profile.partners": "Socios por sector ({count})",
    "profile.more": "… y {count} más",
    "profile.more_kinds": "… y {count} tipos más",
    "profile.no_commitments": "Sin compromisos registrados",
    "profile.contributions": "Aportes comprometidos",
    "profile.health": "Salud de la alianza",
    "profile.lessons": "Principales lecciones",
    "profile.no_lessons": "Aún no se ha sistematizado la experiencia.",
    "profile.footer": "Ficha de la alianza · {when}",
    "profile.pdf_title": "Ficha de la alianza — {name}",
    "profile.pdf_subject": "Ficha de la alianza",
    # -- the informe de sistematización --------------------------------------------------
    "systematization.title": "INFORME DE SISTEMATIZACIÓN",
    "systematization.subtitle": "Sistematización de la experiencia de la alianza",
    "systematization.period": "{start} a {end}",
    "systematization.phase": "Fase actual",
    "systematization.period_label": "Periodo sistematizado",
    "systematization.date": "Fecha del informe",
    "systematization.intro": (
        "La sistematización de las experiencias permite rescatar y documentar los "
        "principales aprendizajes obtenidos del trabajo en alianza; tener una visión "
        "crítica y retrospectiva del proceso vivido para saber cuáles son las "
        "principales lecciones aprendidas y qué se puede transmitir a otros."
    ),
    "systematization.starting_point": "Punto de partida",
    "systematization.participants": "Quiénes participan",
    "systematization.records": "Registros con que se cuenta",
    "systematization.initial_questions": "Preguntas iniciales",
    "systematization.why": "¿Para qué sistematizar?",
    "systematization.axis": "Eje central",
    "systematization.recovery": "Recuperación del proceso vivido",
    "systematization.empty": "La cronología está vacía.",
    "systematization.timeline_intro": (
        "La línea de tiempo reúne lo que la alianza registró —fundación, acuerdos, "
        "fases, sesiones, compromisos, evaluaciones y conflictos— con las notas y los "
        "hitos que agregaron quienes sistematizan."
    ),
    "systematization.chronology": "Cronología",
    "systematization.note": "Nota: {note}",
    "systematization.moment": "Momento",
    "systematization.what": "Qué pasó",
    "systematization.family.0": "Fundación, fases y acuerdos",
    "systematization.family.1": "Sesiones y evaluaciones",
    "systematization.family.2": "Compromisos y socios",
    "systematization.family.3": "Conflictos",
    "systematization.family.4": "Sostenibilidad, beneficios e hitos",
    "systematization.reflection": "Reflexión de fondo",
    "systematization.no_answers": "No se respondieron las preguntas guía.",
    "systematization.arrival": "Puntos de llegada",
    "systematization.conclusions": "Conclusiones",
    "systematization.lessons": "Lecciones aprendidas",
    "systematization.no_lessons": "No se registraron lecciones.",
    "systematization.lesson": "Lección {number}",
    "systematization.what_happened": "Qué pasó",
    "systematization.why_it_matters": "Por qué importa",
    "systematization.recommendation": "Recomendación para otros",
    "systematization.tags": "Etiquetas: {tags}",
    "systematization.footer": "Informe de sistematización",
    "systematization.pdf_title": "Informe de sistematización — {name}",
}
