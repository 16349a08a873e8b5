"""Each vocabulary member has its own Spanish label, even when two enums share a code."""

from __future__ import annotations

from alianzas_desktop.domain import vocabulary
from alianzas_desktop.domain.vocabulary import DraftKind, MeetingStatus, Phase, _Labelled


def _labelled_enums() -> list[type[_Labelled]]:
    return [
        obj
        for obj in vars(vocabulary).values()
        if isinstance(obj, type) and issubclass(obj, _Labelled) and obj is not _Labelled
    ]


def test_every_member_of_every_vocabulary_has_a_label():
    missing = [f"{e.__name__}.{m.name}" for e in _labelled_enums() for m in e if not m.label]
    assert missing == []


def test_members_that_share_a_code_keep_their_own_labels():
    # "nacimiento" is both a phase and the Nacimiento wizard's draft kind.
    assert Phase.BIRTH == DraftKind.NACIMIENTO
    assert Phase.BIRTH.label == "Nacimiento"
    assert DraftKind.NACIMIENTO.label == "Nueva alianza (Nacimiento)"
    assert MeetingStatus.IN_PROGRESS.label == "En curso"


def test_only_the_described_vocabularies_have_descriptions():
    assert Phase.BIRTH.description == ""
    assert vocabulary.Logic.ETHICAL.description.startswith("Se fundamenta en los valores")
