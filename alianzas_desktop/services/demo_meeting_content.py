"""What the demo alliances' meetings say: agendas, notes, decisions and commitments.

Plain data read by ``services.demo_meetings``; the texts are written the way a
facilitator records them in a Colombian municipality.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import time

from alianzas_desktop.domain.vocabulary import (
    AttendanceStatus,
    CommitmentStatus,
    ContributionKind,
    Logic,
    MeetingKind,
    Sector,
)

logger = logging.getLogger(__name__)

QUORUM = "Verificación de asistencia y aprobación del orden del día"
VARIOS = "Proposiciones y varios"


@dataclass(frozen=True)
class DemoPerson:
    name: str
    organization: str
    sector: str
    cargo: str
    is_guest: bool = True
    status: str = AttendanceStatus.PRESENT


@dataclass(frozen=True)
class DemoSession:
    objective: str
    place: str
    agenda: tuple[tuple[str, str], ...]  # (title, notes)
    start: time = time(9, 0)
    end: time = time(11, 30)
    kind: str = MeetingKind.ORDINARY
    # (agenda item, text, (for, against, abstentions) or None for consensus)
    decisions: tuple[tuple[int, str, tuple[int, int, int] | None], ...] = ()
    # (partner, description, kind, days after the meeting, logic, estimated value)
    commitments: tuple[tuple[int, str, str, int, str, int | None], ...] = ()
    # (start of the commitment's description, new status, note)
    follow_ups: tuple[tuple[str, str, str], ...] = ()
    others: tuple[DemoPerson, ...] = ()
    excused_partner: int | None = None


MEETINGS: dict[str, tuple[DemoSession, DemoSession, DemoSession]] = {
    "Alianza Frijol del Páramo": (
        DemoSession(
            objective="Instalar el comité de la alianza y acordar el plan de visitas técnicas.",
            place="Caseta comunal de la vereda La Loma",
            agenda=(
                (QUORUM, "Asistieron los tres socios. El orden del día se aprobó sin cambios."),
                (
                    "Lectura del acuerdo de compromisos",
                    "La facilitadora leyó el acuerdo firmado y cada socio confirmó sus aportes.",
                ),
                (
                    "Plan de visitas de asistencia técnica",
                    "La Secretaría de Agricultura propuso empezar por las fincas de la parte "
                    "alta, donde la roya afectó la última cosecha.",
                ),
                (
                    VARIOS,
                    "La cooperativa pidió reunirse los sábados para que asistan las familias.",
                ),
            ),
            decisions=(
                (3, "El comité se reunirá el primer sábado de cada mes en la caseta.", None),
                (2, "Iniciar las visitas técnicas por las 20 fincas de la parte alta.", (3, 0, 1)),
            ),
            commitments=(
                (
                    0,
                    "Entregar el cronograma de visitas técnicas por finca",
                    ContributionKind.TECHNICAL_KNOWLEDGE,
                    12,
                    Logic.TECHNICAL,
                    None,
                ),
                (
                    2,
                    "Levantar el censo de área sembrada de las 60 familias",
                    ContributionKind.HUMAN_TALENT,
                    20,
                    Logic.TECHNICAL,
                    None,
                ),
            ),
            follow_ups=(
                (
                    "Convocar y organizar",
                    CommitmentStatus.IN_PROGRESS,
                    "Se han inscrito 42 de las 60 familias.",
                ),
            ),
            others=(
                DemoPerson(
                    "Julián Andrés Restrepo",
                    "Agrosavia",
                    Sector.PUBLIC,
                    "Investigador en leguminosas",
                ),
            ),
        ),
        DemoSession(
            objective="Revisar las visitas técnicas y acordar el precio de compra de la cosecha.",
            place="Casa de la Cultura de Sonsón",
            start=time(14, 0),
            end=time(16, 45),
            agenda=(
                (QUORUM, "Hay quórum. Se aprobó el orden del día."),
                (
                    "Informe de las visitas técnicas",
                    "Los técnicos visitaron 38 fincas. Nueve fincas de la parte baja tienen "
                    "problemas de drenaje.",
                ),
                (
                    "Precio de compra de la cosecha",
                    "La comercializadora ofreció $ 4.000 por kilo de frijol cargamanto de "
                    "primera; la cooperativa pidió $ 4.400. Se propuso $ 4.200.",
                ),
                (VARIOS, "Sin proposiciones."),
            ),
            decisions=(
                (2, "Fijar el precio de compra en $ 4.200 por kilo de primera calidad.", (3, 1, 0)),
                (1, "Programar una capacitación en drenajes para las nueve fincas.", None),
            ),
            commitments=(
                (
                    1,
                    "Enviar el borrador del contrato de compra con el precio acordado",
                    ContributionKind.OTHER,
                    10,
                    Logic.POLITICAL,
                    None,
                ),
                (
                    0,
                    "Capacitar en manejo de drenajes a las familias de la parte baja",
                    ContributionKind.TECHNICAL_KNOWLEDGE,
                    30,
                    Logic.TECHNICAL,
                    None,
                ),
            ),
            follow_ups=(
                (
                    "Entregar el cronograma",
                    CommitmentStatus.DONE,
                    "Cronograma entregado a las familias.",
                ),
                (
                    "Levantar el censo",
                    CommitmentStatus.IN_PROGRESS,
                    "Van 51 familias; faltan las de la parte alta.",
                ),
                (
                    "Convocar y organizar",
                    CommitmentStatus.DONE,
                    "Las 60 familias quedaron en 4 grupos.",
                ),
            ),
            others=(
                DemoPerson(
                    "Aurelio Cañas Muñoz",
                    "Cooperativa de Productores de La Loma",
                    Sector.CIVIL_SOCIETY,
                    "Tesorero",
                    is_guest=False,
                ),
                DemoPerson(
                    "Óscar Iván Londoño",
                    "Personería de Sonsón",
                    Sector.PUBLIC,
                    "Personero municipal",
                    status=AttendanceStatus.EXCUSED,
                ),
            ),
        ),
        DemoSession(
            objective="Revisar el contrato de compra y preparar la primera cosecha.",
            place="Caseta comunal de la vereda La Loma",
            agenda=((QUORUM, ""), ("Contrato de compra", ""), ("Plan de acopio", ""), (VARIOS, "")),
        ),
    ),
    "Agua Limpia para San Jacinto": (
        DemoSession(
            objective="Aprobar los diseños del acueducto y el cronograma de obra.",
            place="Salón comunal del corregimiento Las Palmas",
            start=time(8, 30),
            end=time(11, 0),
            agenda=(
                (QUORUM, "Asistieron los cuatro socios: hay quórum para decidir."),
                (
                    "Presentación de los diseños de ingeniería",
                    "La fundación presentó los diseños: bocatoma en el arroyo Las Palmas, "
                    "tanque de 120 m³ y 6,8 km de redes.",
                ),
                (
                    "Estado de los predios",
                    "El predio del tanque está escriturado; el de la bocatoma sigue en trámite.",
                ),
                ("Cronograma de obra", "La obra durará siete meses si no hay retrasos en predios."),
            ),
            decisions=(
                (1, "Aprobar los diseños de ingeniería presentados por la fundación.", (6, 0, 1)),
                (3, "Iniciar la obra por el tanque mientras se legaliza la bocatoma.", None),
            ),
            commitments=(
                (
                    1,
                    "Terminar la legalización del predio de la bocatoma",
                    ContributionKind.POLITICAL_BACKING,
                    45,
                    Logic.POLITICAL,
                    None,
                ),
                (
                    3,
                    "Organizar las cuadrillas de trabajo comunitario por sectores",
                    ContributionKind.HUMAN_TALENT,
                    20,
                    Logic.ETHICAL,
                    None,
                ),
            ),
            follow_ups=(
                ("Diseños de ingeniería", CommitmentStatus.DONE, "Diseños entregados y aprobados."),
                (
                    "Entregar los predios",
                    CommitmentStatus.IN_PROGRESS,
                    "Falta el predio de la bocatoma.",
                ),
            ),
            others=(
                DemoPerson(
                    "Luis Fernando Barrios",
                    "Aguas de Bolívar S.A. E.S.P.",
                    Sector.PUBLIC,
                    "Ingeniero de proyectos",
                ),
                DemoPerson(
                    "Mirledis Arrieta",
                    "Junta de Acción Comunal de Las Palmas",
                    Sector.CIVIL_SOCIETY,
                    "Fiscal",
                    is_guest=False,
                ),
            ),
        ),
        DemoSession(
            objective="Revisar el avance de la obra y el informe de la veeduría ciudadana.",
            place="Institución Educativa Las Palmas",
            agenda=(
                (QUORUM, "Hay quórum. La Gobernación envió excusa por agenda en Cartagena."),
                (
                    "Informe de avance de obra",
                    "La interventoría reporta 35 % de avance: tanque en obra gris y 2,1 km de "
                    "tubería instalados.",
                ),
                (
                    "Informe de la veeduría ciudadana",
                    "La veeduría pidió publicar el estado de los recursos y señaló retrasos en "
                    "la entrega de la tubería.",
                ),
                ("Desembolsos", "La segunda cuota de la Gobernación está en trámite."),
            ),
            decisions=(
                (
                    2,
                    "Publicar cada mes en la caseta el avance físico y financiero de la obra.",
                    None,
                ),
                (1, "Pedir al contratista un plan de choque para recuperar el retraso.", (5, 1, 1)),
            ),
            commitments=(
                (
                    0,
                    "Realizar el segundo desembolso de la cofinanciación",
                    ContributionKind.MONEY,
                    30,
                    Logic.POLITICAL,
                    425_000_000,
                ),
                (
                    2,
                    "Entregar el informe de interventoría de mitad de obra",
                    ContributionKind.TECHNICAL_KNOWLEDGE,
                    25,
                    Logic.TECHNICAL,
                    None,
                ),
            ),
            follow_ups=(
                ("Terminar la legalización", CommitmentStatus.DONE, "Escritura registrada."),
                (
                    "Organizar las cuadrillas",
                    CommitmentStatus.DONE,
                    "Funcionan 4 cuadrillas de 10 personas.",
                ),
                ("Veeduría ciudadana", CommitmentStatus.IN_PROGRESS, "Van dos informes mensuales."),
            ),
            excused_partner=0,
        ),
        DemoSession(
            objective="Recibir el informe de mitad de obra y revisar los desembolsos.",
            place="Salón comunal del corregimiento Las Palmas",
            start=time(8, 30),
            agenda=(
                (QUORUM, ""),
                ("Informe de interventoría", ""),
                ("Desembolsos", ""),
                (VARIOS, ""),
            ),
        ),
    ),
    "Tejedoras de San Jacinto": (
        DemoSession(
            objective="Evaluar la temporada de ventas y definir la colección del próximo año.",
            place="Sede de la Asociación Manos de San Jacinto",
            agenda=(
                (QUORUM, "Asistieron los tres socios y dos tejedoras delegadas."),
                (
                    "Resultados de la temporada de ventas",
                    "Se vendieron 212 hamacas en Bogotá y Medellín; las de colores naturales "
                    "se agotaron primero.",
                ),
                (
                    "Registro de la marca colectiva",
                    "La Superintendencia de Industria y Comercio publicó la solicitud y no hubo "
                    "oposiciones.",
                ),
                (
                    "Colección del próximo año",
                    "Las tejedoras propusieron recuperar los tintes naturales.",
                ),
            ),
            decisions=(
                (3, "Desarrollar una colección de ocho diseños con tintes naturales.", None),
                (
                    1,
                    "Destinar el 5 % de las ventas a un fondo común para compra de hilo.",
                    (7, 1, 1),
                ),
            ),
            commitments=(
                (
                    0,
                    "Acompañar el diseño de la nueva colección con dos talleres",
                    ContributionKind.TECHNICAL_KNOWLEDGE,
                    60,
                    Logic.TECHNICAL,
                    12_000_000,
                ),
                (
                    2,
                    "Elaborar las muestras de los ocho diseños",
                    ContributionKind.IN_KIND,
                    45,
                    Logic.ETHICAL,
                    None,
                ),
            ),
            follow_ups=(
                (
                    "Taller de diseño",
                    CommitmentStatus.DONE,
                    "Marca «Manos de San Jacinto» registrada ante la SIC.",
                ),
                (
                    "Exhibición en dos tiendas",
                    CommitmentStatus.IN_PROGRESS,
                    "Activa en Bogotá; Medellín abre el próximo mes.",
                ),
            ),
            others=(
                DemoPerson(
                    "Camila Andrea Torres",
                    "Cámara de Comercio de Cartagena",
                    Sector.PRIVATE,
                    "Asesora de emprendimiento",
                ),
                DemoPerson(
                    "Yarledis Mercado",
                    "Asociación de Tejedoras Manos de San Jacinto",
                    Sector.CIVIL_SOCIETY,
                    "Tejedora delegada",
                    is_guest=False,
                ),
            ),
        ),
        DemoSession(
            objective="Aprobar las muestras y las condiciones de la segunda temporada.",
            place="Casa de la Cultura de San Jacinto",
            agenda=(
                (QUORUM, "Hay quórum. Artesanías de Colombia envió excusa."),
                (
                    "Revisión de las muestras",
                    "Dos de las ocho muestras requieren ajustes en los flecos.",
                ),
                (
                    "Condiciones de la segunda temporada",
                    "El almacén propuso pasar de consignación a compra en firme de 150 hamacas.",
                ),
                (VARIOS, "Sin proposiciones."),
            ),
            decisions=(
                (1, "Aprobar seis diseños y ajustar los otros dos.", None),
                (2, "Aceptar la compra en firme de 150 hamacas a $ 280.000 cada una.", (6, 0, 1)),
            ),
            commitments=(
                (
                    1,
                    "Emitir la orden de compra de 150 hamacas",
                    ContributionKind.MONEY,
                    20,
                    Logic.POLITICAL,
                    42_000_000,
                ),
                (
                    2,
                    "Ajustar el acabado de los dos diseños pendientes",
                    ContributionKind.IN_KIND,
                    30,
                    Logic.ETHICAL,
                    None,
                ),
            ),
            follow_ups=(
                ("Acompañar el diseño", CommitmentStatus.DONE, "Dos talleres con 34 tejedoras."),
                (
                    "Elaborar las muestras",
                    CommitmentStatus.DONE,
                    "Muestras entregadas en esta sesión.",
                ),
                (
                    "Entregar 300 hamacas",
                    CommitmentStatus.IN_PROGRESS,
                    "Van 180 hamacas con control de calidad.",
                ),
            ),
            excused_partner=0,
        ),
        DemoSession(
            objective="Hacer seguimiento a la orden de compra y a la producción.",
            place="Sede de la Asociación Manos de San Jacinto",
            agenda=((QUORUM, ""), ("Orden de compra", ""), ("Producción", ""), (VARIOS, "")),
        ),
    ),
    "Justicia Comunitaria en Toribío": (
        DemoSession(
            objective="Revisar los resultados del año y preparar la sistematización.",
            place="Casa del Cabildo de Tacueyó",
            agenda=(
                (
                    "Armonización y verificación de asistencia",
                    "El médico tradicional hizo la armonización. Asistieron los tres socios.",
                ),
                (
                    "Informe de casos atendidos",
                    "Se atendieron 540 casos; el 71 % terminó en acuerdo. Temas frecuentes: "
                    "linderos, alimentos y deudas.",
                ),
                (
                    "Coordinación con la justicia propia",
                    "El Cabildo pidió remitir primero a la autoridad tradicional los casos "
                    "entre comuneros.",
                ),
                ("Sistematización de la experiencia", "Se propuso hacerla con una universidad."),
            ),
            decisions=(
                (2, "Los casos entre comuneros irán primero a la autoridad tradicional.", None),
                (3, "Contratar la sistematización con una universidad regional.", (2, 0, 1)),
            ),
            commitments=(
                (
                    0,
                    "Gestionar los recursos para la sistematización de la experiencia",
                    ContributionKind.MONEY,
                    60,
                    Logic.POLITICAL,
                    30_000_000,
                ),
                (
                    2,
                    "Elaborar con los conciliadores el protocolo de remisión de casos",
                    ContributionKind.TECHNICAL_KNOWLEDGE,
                    45,
                    Logic.ETHICAL,
                    None,
                ),
            ),
            follow_ups=(
                (
                    "Formar y certificar",
                    CommitmentStatus.DONE,
                    "25 conciliadores certificados; 23 activos.",
                ),
                (
                    "Facilitar las asambleas",
                    CommitmentStatus.IN_PROGRESS,
                    "Van 9 de 12 asambleas veredales.",
                ),
            ),
            others=(
                DemoPerson(
                    "Martha Lucía Quiguanás",
                    "Personería de Toribío",
                    Sector.PUBLIC,
                    "Personera municipal",
                ),
            ),
        ),
        DemoSession(
            kind=MeetingKind.EXTRAORDINARY,
            objective="Atender la suspensión de la casa de justicia itinerante por orden público.",
            place="Casa del Cabildo de Tacueyó",
            start=time(10, 0),
            end=time(12, 15),
            agenda=(
                (QUORUM, "Hay quórum. El Ministerio envió excusa."),
                (
                    "Situación de orden público",
                    "Por los enfrentamientos en la zona alta se suspendieron las jornadas en "
                    "tres veredas durante dos semanas.",
                ),
                (
                    "Medidas para continuar la atención",
                    "Se propuso atender en la cabecera municipal y por teléfono.",
                ),
                ("Protocolo de remisión de casos", "Los conciliadores presentaron el protocolo."),
            ),
            decisions=(
                (2, "Atender temporalmente en la cabecera municipal y por teléfono.", None),
                (
                    3,
                    "Aprobar el protocolo de remisión de casos a la autoridad tradicional.",
                    (4, 1, 0),
                ),
            ),
            commitments=(
                (
                    1,
                    "Habilitar una línea telefónica para solicitudes de conciliación",
                    ContributionKind.IN_KIND,
                    15,
                    Logic.TECHNICAL,
                    None,
                ),
                (
                    2,
                    "Informar a las comunidades el nuevo lugar de atención",
                    ContributionKind.POLITICAL_BACKING,
                    7,
                    Logic.ETHICAL,
                    None,
                ),
            ),
            follow_ups=(
                (
                    "Elaborar con los conciliadores",
                    CommitmentStatus.DONE,
                    "Protocolo aprobado en esta sesión.",
                ),
                (
                    "Gestionar los recursos",
                    CommitmentStatus.IN_PROGRESS,
                    "La solicitud está en el comité de proyectos.",
                ),
            ),
            excused_partner=0,
        ),
        DemoSession(
            objective="Evaluar la atención en la cabecera y el regreso a las veredas.",
            place="Casa del Cabildo de Tacueyó",
            agenda=((QUORUM, ""), ("Balance de la atención", ""), ("Regreso a las veredas", "")),
        ),
    ),
    "Jóvenes Rurales de Samaná": (
        DemoSession(
            objective="Instalar el comité juvenil y escoger los cursos técnicos.",
            place="Institución Educativa de Florencia",
            start=time(8, 0),
            end=time(10, 30),
            agenda=(
                (QUORUM, "Asistieron los tres socios y seis jóvenes delegados de las veredas."),
                ("Instalación del comité juvenil", "Se presentaron los delegados de cada vereda."),
                (
                    "Cursos técnicos",
                    "Los jóvenes priorizaron cafés especiales y turismo de naturaleza.",
                ),
                (VARIOS, "Sin proposiciones."),
            ),
            decisions=(
                (
                    2,
                    "Los dos cursos serán de cafés especiales y de turismo de naturaleza.",
                    (7, 2, 0),
                ),
                (1, "El comité juvenil se reunirá cada mes en la institución educativa.", None),
            ),
            commitments=(
                (
                    0,
                    "Presentar el diseño de los dos cursos técnicos",
                    ContributionKind.TECHNICAL_KNOWLEDGE,
                    5,
                    Logic.TECHNICAL,
                    None,
                ),
                (
                    2,
                    "Inscribir a los jóvenes interesados en cada curso",
                    ContributionKind.HUMAN_TALENT,
                    15,
                    Logic.ETHICAL,
                    None,
                ),
            ),
            follow_ups=(
                (
                    "Convocar a 80 jóvenes",
                    CommitmentStatus.IN_PROGRESS,
                    "Hay 47 jóvenes inscritos.",
                ),
            ),
            others=(
                DemoPerson(
                    "Sebastián Ocampo",
                    "Comité de Cafeteros de Caldas",
                    Sector.PRIVATE,
                    "Extensionista",
                ),
            ),
        ),
        DemoSession(
            objective="Aprobar los cursos y las reglas del fondo de capital semilla.",
            place="Institución Educativa de Florencia",
            start=time(8, 0),
            end=time(10, 0),
            agenda=(
                (QUORUM, "Hay quórum."),
                ("Diseño de los cursos", "El SENA presentó dos cursos de 220 horas, los sábados."),
                (
                    "Reglas del fondo de capital semilla",
                    "La CHEC propuso apoyos de hasta $ 5.000.000 por emprendimiento.",
                ),
                (VARIOS, "Sin proposiciones."),
            ),
            decisions=(
                (1, "Aprobar el diseño de los dos cursos técnicos.", None),
                (
                    2,
                    "El jurado del fondo tendrá dos jóvenes y un delegado de cada entidad.",
                    (6, 1, 1),
                ),
            ),
            commitments=(
                (
                    1,
                    "Publicar la convocatoria del fondo de capital semilla",
                    ContributionKind.OTHER,
                    20,
                    Logic.POLITICAL,
                    None,
                ),
                (
                    0,
                    "Iniciar el curso de cafés especiales",
                    ContributionKind.TECHNICAL_KNOWLEDGE,
                    30,
                    Logic.TECHNICAL,
                    None,
                ),
            ),
            follow_ups=(
                ("Presentar el diseño", CommitmentStatus.DONE, "Diseño aprobado en esta sesión."),
                (
                    "Inscribir a los jóvenes",
                    CommitmentStatus.IN_PROGRESS,
                    "Van 31 en cafés y 22 en turismo.",
                ),
            ),
            others=(
                DemoPerson(
                    "Daniela Marín",
                    "Corporación Juvenil Florencia Viva",
                    Sector.CIVIL_SOCIETY,
                    "Delegada juvenil",
                    is_guest=False,
                    status=AttendanceStatus.EXCUSED,
                ),
            ),
        ),
        DemoSession(
            objective="Revisar la convocatoria del fondo y el inicio de los cursos.",
            place="Institución Educativa de Florencia",
            start=time(8, 0),
            agenda=((QUORUM, ""), ("Convocatoria del fondo", ""), ("Inicio de los cursos", "")),
        ),
    ),
}
