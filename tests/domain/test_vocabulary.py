"""The methodology's vocabulary: stored codes that never change, and their Spanish labels."""

from __future__ import annotations

import pytest

from alianzas_desktop.domain import vocabulary
from alianzas_desktop.domain.vocabulary import (
    OPEN_COMMITMENT_STATUSES,
    ApplicationArea,
    AttendanceStatus,
    CommitmentStatus,
    Logic,
    MeetingStatus,
    Sector,
    label_of,
)

ENUMS = [
    value
    for value in vars(vocabulary).values()
    if isinstance(value, type) and issubclass(value, vocabulary._Labelled)
    if value is not vocabulary._Labelled
]


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_every_member_has_a_spanish_label(enum):
    for member in enum:
        assert member.label.strip() == member.label != ""
        assert member.label[0].isupper() or member.label[0].isdigit()


@pytest.mark.parametrize("enum", ENUMS, ids=lambda e: e.__name__)
def test_labels_are_distinct_within_an_enum(enum):
    labels = [m.label for m in enum]
    assert len(set(labels)) == len(labels)


def test_choices_are_code_and_label_in_declaration_order():
    assert Sector.choices() == [
        ("publico", "Público"),
        ("privado", "Privado"),
        ("sociedad_civil", "Sociedad civil"),
    ]
    assert AttendanceStatus.choices() == [
        ("invitado", "Convocado"),
        ("asistio", "Asistió"),
        ("ausente_excusa", "Ausente con excusa"),
        ("ausente", "Ausente sin excusa"),
    ]


def test_stored_codes_do_not_change():
    # These are in every database already written: renaming one would orphan records.
    assert [s.value for s in CommitmentStatus] == [
        "pendiente",
        "en_curso",
        "cumplido",
        "incumplido",
        "cancelado",
    ]
    assert [s.value for s in MeetingStatus] == ["convocada", "en_curso", "cerrada"]
    assert OPEN_COMMITMENT_STATUSES == ("pendiente", "en_curso")


def test_descriptions_are_sentences_or_empty():
    assert Logic.TECHNICAL.description == "Promueve el logro y la eficiencia."
    assert ApplicationArea.ACCESS_TO_JUSTICE.description.startswith("Acceso a servicios de")
    assert Sector.PUBLIC.description == ""
    for area in ApplicationArea:
        assert area.description.endswith(".")


def test_label_of_a_stored_code():
    assert label_of(CommitmentStatus, "cumplido") == "Cumplido"
    assert label_of(MeetingStatus, "en_curso") == "En curso"
    # A code written by a newer version of the app is shown as it is.
    assert label_of(CommitmentStatus, "aplazado") == "aplazado"
