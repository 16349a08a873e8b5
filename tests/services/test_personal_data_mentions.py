"""Finding and redacting a person's mentions regardless of accents and case."""

from __future__ import annotations

import sqlite3
import unicodedata

from alianzas_desktop.services import personal_data
from alianzas_desktop.services.mentions import ERASED_NAME, ERASED_VALUE, Needles, fold
from alianzas_desktop.storage import backup
from alianzas_desktop.storage.database import SCHEMA_HEAD

NEEDLES = Needles.of("María Eugenia Ríos", ("43.123.456", "3104567890", "maria@sonson.gov.co"))


def test_fold_ignores_accents_and_case():
    assert fold("MARÍA Eugenia RÍOS") == fold("maria eugenia rios") == "maria eugenia rios"


def test_redact_keeps_the_rest_of_the_text_as_typed():
    text = "Según MARIA EUGENIA RIOS (cédula 43.123.456), la vereda Ñame queda lejos."
    assert NEEDLES.redact(text) == (
        f"Según {ERASED_NAME} (cédula {ERASED_VALUE}), la vereda Ñame queda lejos."
    )


def test_redact_finds_decomposed_accents_and_every_occurrence():
    decomposed = unicodedata.normalize("NFD", "maría eugenia ríos llamó; María Eugenia Ríos")
    expected = unicodedata.normalize("NFD", f"{ERASED_NAME} llamó; ") + ERASED_NAME
    assert NEEDLES.redact(decomposed) == expected
    assert NEEDLES.redact("Escribir a MARIA@SONSON.GOV.CO o al 3104567890") == (
        f"Escribir a {ERASED_VALUE} o al {ERASED_VALUE}"
    )


def test_json_is_redacted_value_by_value_escaped_or_not():
    escaped = '{"nombre": "Mar\\u00eda Eugenia R\\u00edos", "n": 3}'
    assert NEEDLES.redact_json_text(escaped) == f'{{"nombre": "{ERASED_NAME}", "n": 3}}'
    assert NEEDLES.redact_json_text('{"x": "nada"}') == '{"x": "nada"}'


def test_short_values_are_not_needles():
    assert not Needles.of("", ("12", "", "  "))
    assert not Needles.of(ERASED_NAME)


def test_a_backup_from_an_older_schema_is_upgraded_and_cleaned(db):
    from alianzas_desktop.services import nacimiento
    from tests.factories import nacimiento_data

    nacimiento.found_alliance(db, nacimiento_data())
    person = next(p for p in personal_data.list_people(db) if p.name == "María Eugenia Ríos")
    older = backup.automatic_backup(db.path, "diario")
    # The backup taken back to the schema before head by the migrations' own downgrade.
    import sqlalchemy as sa
    from alembic import command

    from alianzas_desktop.storage.migrate import alembic_config

    engine = sa.create_engine(f"sqlite:///{older}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), f"{int(SCHEMA_HEAD) - 1:04d}")
    engine.dispose()
    with sqlite3.connect(older) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] != (
            SCHEMA_HEAD
        )

    result = personal_data.erase_person(db, person.id)

    assert result.backups_cleaned == 1
    with sqlite3.connect(older) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            SCHEMA_HEAD
        )
    assert "Ríos".encode() not in older.read_bytes()
    assert sorted(p.name for p in older.parent.iterdir()) == [older.name]


def test_a_signature_drawn_for_an_open_acta_is_deleted(db):
    from alianzas_desktop.services import meetings, nacimiento
    from tests.factories import nacimiento_data
    from tests.meeting_factories import convened_meeting

    alliance_id = nacimiento.found_alliance(db, nacimiento_data())
    meeting_id = meetings.save_convocation(db, convened_meeting(db, alliance_id))
    meetings.mark_in_progress(db, meeting_id)
    data = meetings.meeting_data(db, meeting_id)
    for entry in data.attendees:
        entry.status = "asistio"
    meetings.save_convocation(db, data, meeting_id)
    data = meetings.meeting_data(db, meeting_id)
    [attendee] = [a for a in data.attendees if a.name == "María Eugenia Ríos"]
    meetings.record_signature(db, meeting_id, attendee.key, b"\x89PNG firma de Maria")

    personal_data.erase_person(db, attendee.person_id)

    with sqlite3.connect(db.path) as connection:
        assert connection.execute("SELECT count(*) FROM meeting_signatures").fetchone() == (0,)


def test_erasing_again_reaches_a_backup_the_first_erasure_missed(db, tmp_path):
    """A power cut during the first erasure, or a copy put back in the folder later."""
    from alianzas_desktop import paths
    from alianzas_desktop.services import nacimiento
    from tests.factories import nacimiento_data

    nacimiento.found_alliance(db, nacimiento_data())
    person = next(p for p in personal_data.list_people(db) if p.name == "María Eugenia Ríos")
    missed = tmp_path / "antes.sqlite"
    backup.copy_database(db.path, missed)
    personal_data.erase_person(db, person.id)
    put_back = paths.backups_dir() / "alianzas-20261101-090000-diario.sqlite"
    missed.replace(put_back)
    log = paths.data_dir() / "alianzas-comandos.log"
    log.write_text("Error al guardar a María Eugenia Ríos\n", encoding="utf-8")

    again = personal_data.erase_person(db, person.id)

    assert again.already_erased and again.kept_in_documents == []
    assert again.backups_cleaned == 1 and again.log_files_cleaned == 1
    assert "Ríos".encode() not in put_back.read_bytes()
    assert log.read_text(encoding="utf-8") == "Error al guardar a Persona suprimida\n"


def test_only_whole_mentions_and_no_one_word_names():
    needles = Needles.of("Ana Ríos", ("1234",))
    assert needles.redact("Mariana Ríos y ANA RIOS; clave 1234") == (
        f"Mariana Ríos y {ERASED_NAME}; clave 1234"
    )
    assert not Needles.of("Ana")
    assert not Needles.of("Ana").found_in("Ana Milena Zapata")
