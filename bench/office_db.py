"""Benchmark ground: an office-size database built with the real migrations.

The programme office of issue 13 follows about 5,000 alliances, 40,000 organisations,
100,000 people, 60,000 meetings, 300,000 attendances, 200,000 commitments and 1.1
million audit entries. ``build(scale)`` makes that file (``scale`` 1.0) or a smaller
one with the same proportions: ``Database.open`` on a new file runs every migration,
then SQLAlchemy Core ``insert()`` fills the tables in large transactions, with valid
foreign keys, statuses through the domain enums, closed actas whose verification code
matches their content, and some signed scans. The file is cached under /tmp, so a
rerun is immediate. Usage:
    python bench/office_db.py [SCALE]      (default 0.2: a fifth of the office)
"""

from __future__ import annotations

import json
import logging
import os
import random
import sys
import time
import uuid
from datetime import date, datetime, timedelta
from datetime import time as clock
from pathlib import Path

from sqlalchemy import bindparam, insert, update

from alianzas_desktop.domain.verification import verification_code
from alianzas_desktop.domain.vocabulary import (
    ApplicationArea,
    AttendanceStatus,
    AuthorizationMethod,
    CommitmentStatus,
    Complexity,
    ContributionKind,
    Formality,
    Influence,
    Logic,
    MeetingKind,
    MeetingStatus,
    Phase,
    Sector,
)
from alianzas_desktop.storage.database import SCHEMA_HEAD, Database
from alianzas_desktop.storage.models import (
    Alliance,
    Attendance,
    AuditEntry,
    Commitment,
    DataAuthorization,
    Meeting,
    Membership,
    Organization,
    Person,
)

logger = logging.getLogger(__name__)

# The office of issue 13, at scale 1.0.
OFFICE = {
    "alliances": 5_000,
    "organizations": 40_000,
    "people": 100_000,
    "meetings": 60_000,
    "attendances": 300_000,
    "commitments": 200_000,
    "audit": 1_100_000,
}
CACHE_DIR = Path(os.environ.get("ALIANZAS_BENCH_CACHE", "/tmp"))
CHUNK = 20_000
# Today for the data: fixed per build, so overdue and upcoming counts are stable.
MEMBERS_PER_ALLIANCE = 8

DEPARTAMENTOS = {
    "Antioquia": ("Sonsón", "Abejorral", "Urrao", "Yarumal", "Santa Fe de Antioquia"),
    "Bolívar": ("El Carmen de Bolívar", "Mompox", "San Jacinto", "María La Baja"),
    "Cauca": ("Silvia", "Popayán", "Piendamó", "Inzá", "Timbío"),
    "Nariño": ("Túquerres", "Ipiales", "La Unión", "Sandoná", "Samaniego"),
    "Boyacá": ("Sogamoso", "Ráquira", "Guicán", "Moniquirá"),
    "Huila": ("Pitalito", "La Plata", "Garzón", "Isnos"),
    "Caldas": ("Riosucio", "Aguadas", "Salamina", "Manzanares"),
}
VEREDAS = ("El Rosal", "La Esperanza", "Alto Bonito", "San Isidro", "Las Palmas", "El Retiro")
PURPOSES = (
    "Mejorar la comercialización del café especial de las familias de la vereda",
    "Recuperar el acueducto comunitario y proteger las fuentes de agua",
    "Abrir un centro de acopio de leche con las asociaciones de productores",
    "Formar a jóvenes rurales en oficios con empleo en el municipio",
    "Llevar la justicia comunitaria a las veredas más alejadas",
)
ORG_WORDS = (
    "Asociación de Productores",
    "Cooperativa",
    "Junta de Acción Comunal",
    "Alcaldía de",
    "Secretaría de Agricultura de",
    "Fundación",
    "Comité de Cafeteros de",
    "Empresa de Servicios Públicos de",
)
FIRST = (
    "María", "José", "Luz", "Carlos", "Ana", "Jorge", "Rosa", "Luis", "Gloria", "Andrés",
    "Yaneth", "Édgar", "Nubia", "Óscar", "Sofía", "Ramón", "Inés", "Julián",
)  # fmt: skip
LAST = (
    "Gómez", "Rodríguez", "Muñoz", "Martínez", "Ortiz", "Peña", "Ramírez", "Castaño",
    "López", "Quintero", "Benavides", "Zúñiga", "Narváez", "Ospina", "Cárdenas",
)  # fmt: skip
COMMITMENTS = (
    "Aportar el transporte de los insumos hasta la vereda",
    "Gestionar ante la gobernación el recurso para la planta",
    "Capacitar a las familias en buenas prácticas agrícolas",
    "Prestar el salón comunal para las sesiones",
    "Entregar el estudio de suelos de las fincas",
    "Convocar a las juntas de acción comunal",
)
PLACES = ("Salón comunal", "Casa de la cultura", "Escuela rural", "Alcaldía, sala de juntas")


def counts(scale: float) -> dict[str, int]:
    return {name: max(1, int(round(n * scale))) for name, n in OFFICE.items()}


def cached_path(scale: float) -> Path:
    return CACHE_DIR / f"alianzas-office-{scale:g}-{SCHEMA_HEAD}.sqlite"


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _name(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)} {rng.choice(LAST)}"


def _acta(meeting_id: str, number: int, when: date, place: str, people: list[str]) -> dict:
    """A closed acta's frozen content: as long as a real one (attendance, agenda, decisions)."""
    return {
        "meeting_id": meeting_id,
        "number": number,
        "date": when.isoformat(),
        "place": place,
        "attendance": [{"name": p, "cargo": "Representante", "signs": True} for p in people],
        "agenda": [
            {
                "title": f"Punto {i + 1}: seguimiento de compromisos",
                "notes": "Se revisaron los avances de cada socio y se acordaron ajustes. " * 6,
                "decisions": ["Se aprueba por consenso el ajuste del cronograma."],
            }
            for i in range(5)
        ],
    }


def _insert(connection, table, rows: list[dict]) -> None:
    for start in range(0, len(rows), CHUNK):
        connection.execute(insert(table), rows[start : start + CHUNK])


def fill(db: Database, scale: float, seed: int = 13) -> dict[str, int]:
    """Insert the office's records into an empty, migrated database; the counts inserted."""
    rng = random.Random(seed)
    n = counts(scale)
    today = date.today()
    now = datetime.now().replace(microsecond=0)
    stamp = {"created_at": now, "updated_at": now}
    phases = list(Phase)
    open_statuses = (CommitmentStatus.PENDING.value, CommitmentStatus.IN_PROGRESS.value)

    organizations = []
    for i in range(n["organizations"]):
        departamento = rng.choice(list(DEPARTAMENTOS))
        municipio = rng.choice(DEPARTAMENTOS[departamento])
        organizations.append(
            dict(
                stamp,
                id=_id(rng),
                name=f"{rng.choice(ORG_WORDS)} {municipio} {i + 1}",
                sector=rng.choice(list(Sector)).value,
                identifier=f"{rng.randrange(800_000_000, 999_999_999)}-{rng.randrange(10)}",
            )
        )
    people = [
        dict(
            stamp,
            id=_id(rng),
            full_name=_name(rng),
            document_number=str(rng.randrange(10_000_000, 1_200_000_000)),
            phone=f"3{rng.randrange(100_000_000, 999_999_999)}",
            email="",
            organization_id=rng.choice(organizations)["id"],
            is_minor=rng.random() < 0.02,
        )
        for _ in range(n["people"])
    ]
    authorizations = [
        dict(
            stamp,
            id=_id(rng),
            person_id=p["id"],
            given_on=today - timedelta(days=rng.randrange(1, 1000)),
            purpose="Registro de asistencia y seguimiento de la alianza",
            method=rng.choice(list(AuthorizationMethod)).value,
            text_version="2025-1",
            recorded_by="Facilitadora de la oficina",
        )
        for p in people
        if rng.random() < 0.36
    ]
    alliances, memberships = [], []
    for i in range(n["alliances"]):
        departamento = rng.choice(list(DEPARTAMENTOS))
        alliance_id = _id(rng)
        alliances.append(
            dict(
                stamp,
                id=alliance_id,
                name=f"Alianza {rng.choice(PURPOSES).split()[0]} {rng.choice(VEREDAS)} {i + 1}",
                departamento=departamento,
                municipio=rng.choice(DEPARTAMENTOS[departamento]),
                vereda=rng.choice(VEREDAS),
                area=rng.choice(list(ApplicationArea)).value,
                phase=rng.choice(phases).value,
                start_date=today - timedelta(days=rng.randrange(60, 1500)),
                facilitator=_name(rng),
                purpose=rng.choice(PURPOSES),
                formality=rng.choice(list(Formality)).value,
                complexity=rng.choice(list(Complexity)).value,
                archived_at=now if rng.random() < 0.03 else None,
            )
        )
        partners = rng.sample(organizations, min(MEMBERS_PER_ALLIANCE, len(organizations)))
        for position, organization in enumerate(partners):
            memberships.append(
                dict(
                    stamp,
                    id=_id(rng),
                    alliance_id=alliance_id,
                    organization_id=organization["id"],
                    representative_id=rng.choice(people)["id"],
                    representative_cargo="Representante legal",
                    influence=rng.choice(list(Influence)).value,
                    position=position,
                )
            )
    members_of = {}
    for m in memberships:
        members_of.setdefault(m["alliance_id"], []).append(m)

    # Attendance is taken while a meeting is open; closing it freezes the acta (triggers).
    meetings, attendances, closing = [], [], []
    per_meeting = max(1, n["attendances"] // n["meetings"])
    numbers: dict[str, int] = {}
    for _ in range(n["meetings"]):
        alliance = rng.choice(alliances)
        meeting_id = _id(rng)
        when = today + timedelta(days=rng.randrange(-1100, 60))
        place = f"{rng.choice(PLACES)}, {alliance['municipio']}"
        row = dict(
            stamp,
            id=meeting_id,
            alliance_id=alliance["id"],
            kind=rng.choice(list(MeetingKind)).value,
            date=when,
            start_time=clock(9, 0),
            place=place,
            objective="Revisar los compromisos del acuerdo y programar la siguiente etapa",
            status=MeetingStatus.CONVENED.value,
            number=None,
            end_time=None,
            content="{}",
            verification_code=None,
            closed_at=None,
            signed_on=None,
            signed_scan_name="",
            signed_scan=None,
        )
        attendees = rng.sample(people, per_meeting)
        if when < today - timedelta(days=3):
            numbers[alliance["id"]] = numbers.get(alliance["id"], 0) + 1
            content = _acta(
                meeting_id,
                numbers[alliance["id"]],
                when,
                place,
                [p["full_name"] for p in attendees],
            )
            closing.append(
                dict(
                    meeting_id=meeting_id,
                    status=MeetingStatus.CLOSED.value,
                    number=numbers[alliance["id"]],
                    end_time=clock(12, 0),
                    content=json.dumps(content, ensure_ascii=False),
                    verification_code=verification_code("acta", content),
                    closed_at=datetime.combine(when, clock(12, 0)),
                    signed_on=None,
                    signed_scan_name="",
                    signed_scan=None,
                )
            )
            if rng.random() < 0.03:  # a signed paper copy scanned in
                closing[-1].update(
                    signed_on=when,
                    signed_scan_name="acta-firmada.pdf",
                    signed_scan=rng.randbytes(100_000),
                )
        meetings.append(row)
        for position, person in enumerate(attendees):
            attendances.append(
                dict(
                    stamp,
                    id=_id(rng),
                    meeting_id=meeting_id,
                    person_id=person["id"],
                    organization_id=person["organization_id"],
                    cargo="Representante",
                    sector=rng.choice(list(Sector)).value,
                    status=(
                        rng.choice(list(AttendanceStatus)[1:]).value
                        if when < today - timedelta(days=3)
                        else AttendanceStatus.INVITED.value
                    ),
                    signs=True,
                    position=position,
                )
            )

    commitments = []
    for position in range(n["commitments"]):
        alliance = rng.choice(alliances)
        deadline = today + timedelta(days=rng.randrange(-1000, 365))
        if deadline < today:
            # Most past commitments were met; about one in nine is still open.
            weights = (0.06, 0.05, 0.7, 0.12, 0.07)
        else:
            weights = (0.55, 0.35, 0.07, 0.0, 0.03)
        status = rng.choices(list(CommitmentStatus), weights)[0].value
        commitments.append(
            dict(
                stamp,
                id=_id(rng),
                alliance_id=alliance["id"],
                membership_id=rng.choice(members_of[alliance["id"]])["id"],
                description=rng.choice(COMMITMENTS),
                kind=rng.choice(list(ContributionKind)).value,
                estimated_value=rng.choice((None, 1_500_000, 12_000_000)),
                deadline=deadline,
                logic=rng.choice(list(Logic)).value,
                status=status,
                position=position % 20,
            )
        )
    assert all(c["status"] for c in commitments) and open_statuses

    audited = (
        ("alliances", alliances),
        ("commitments", commitments),
        ("meetings", meetings),
        ("attendances", attendances),
        ("people", people),
    )
    audit = []
    for i in range(n["audit"]):
        table, rows = audited[i % len(audited)]
        record = rows[rng.randrange(len(rows))]
        changes = {
            key: [None, str(value)]
            for key, value in record.items()
            if key not in ("signed_scan", "content", "created_at", "updated_at")
        }
        audit.append(
            {
                "id": _id(rng),
                "at": now - timedelta(minutes=rng.randrange(1_500_000)),
                "actor": "Facilitadora",
                "action": "insert" if i % 3 else "update",
                "table_name": table,
                "record_id": record["id"],
                "alliance_id": record.get("alliance_id") or None,
                "changes": json.dumps(changes, ensure_ascii=False),
            }
        )

    with db.engine.begin() as connection:
        for table, rows in (
            (Organization, organizations),
            (Person, people),
            (DataAuthorization, authorizations),
            (Alliance, alliances),
            (Membership, memberships),
            (Meeting, meetings),
            (Attendance, attendances),
            (Commitment, commitments),
            (AuditEntry, audit),
        ):
            _insert(connection, table.__table__, rows)
        close = (
            update(Meeting.__table__)
            .where(Meeting.__table__.c.id == bindparam("meeting_id"))
            .values({k: bindparam(k) for k in closing[0] if k != "meeting_id"})
        )
        for start in range(0, len(closing), CHUNK):
            connection.execute(close, closing[start : start + CHUNK])
    return {
        "alliances": len(alliances),
        "organizations": len(organizations),
        "people": len(people),
        "authorizations": len(authorizations),
        "memberships": len(memberships),
        "meetings": len(meetings),
        "attendances": len(attendances),
        "commitments": len(commitments),
        "audit": len(audit),
    }


def build(scale: float = 0.2, *, fresh: bool = False) -> Path:
    """The cached office database of this scale, built when missing (or when ``fresh``)."""
    target = cached_path(scale)
    if target.exists() and not fresh:
        return target
    partial = target.with_name(target.name + ".building")
    for leftover in CACHE_DIR.glob(partial.name + "*"):
        leftover.unlink()
    started = time.perf_counter()
    db = Database.open(partial)
    try:
        made = fill(db, scale)
        with db.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        db.close()
    partial.rename(target)
    logger.info(
        "Base de oficina %s construida en %.1f s: %s",
        target,
        time.perf_counter() - started,
        made,
    )
    return target


def ms(seconds: float) -> str:
    """A duration as the benches print it: milliseconds under a second, else seconds."""
    return f"{seconds * 1000:.0f} ms" if seconds < 1 else f"{seconds:.2f} s"


def window_figures(script: str, scale: float, *args: str) -> dict:
    """Run ``script`` (Python that prints its figures as JSON on its last line) in a fresh
    process under offscreen Qt, on a copy of the office database of ``scale`` (its first
    argument; then ``args``), from a temporary folder so that PYTHONPATH chooses the code
    measured; its figures."""
    import shutil
    import subprocess
    import tempfile

    source = build(scale)
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "oficina.sqlite"
        shutil.copyfile(source, copy)
        env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
        done = subprocess.run(
            [sys.executable, "-c", script, str(copy), *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=folder,
            timeout=900,
            check=True,
        )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    scale = float(sys.argv[1]) if len(sys.argv) > 1 else 0.2
    started = time.perf_counter()
    path = build(scale)
    print(
        f"{path}  ({path.stat().st_size / 2**20:.0f} MiB, scale {scale:g}, "
        f"{time.perf_counter() - started:.1f} s)"
    )


if __name__ == "__main__":
    main()
