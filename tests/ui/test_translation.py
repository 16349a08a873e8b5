"""The English translation is complete and current: every string the code shows has one.

lupdate runs over the package into a temporary file (scripts/update_translations.py,
with a timeout) and its messages are compared with resources/translations/alianzas_en.ts;
the committed .qm must be what lrelease makes of that .ts. Domain labels are checked
through the compiled file itself: a label nobody marked for lupdate has no translation.
"""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from alianzas_desktop.domain import evaluation, systematization, vocabulary
from alianzas_desktop.domain.history_text import TABLES
from alianzas_desktop.services.audit import ACTION_LABELS

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "update_translations", ROOT / "scripts" / "update_translations.py"
)
update_translations = importlib.util.module_from_spec(_spec)
sys.modules["update_translations"] = update_translations
_spec.loader.exec_module(update_translations)

TS = update_translations.ts_path("en")
QM = update_translations.qm_path("en")
SPANISH_SIGNS = re.compile(r"[áéíóúñ¿¡]|\b(de|la|el|los|las|que|para|con|una?|se)\b", re.I)


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^}]*\}|%\d|<[^>]+>", text))


def _has_mnemonic(text: str) -> bool:
    return re.search(r"&\w", text.replace("&&", "")) is not None


@pytest.fixture(scope="module")
def messages():
    return update_translations.read_messages(TS)


@pytest.fixture(scope="module")
def english(qapp):
    translator = QTranslator()
    assert translator.load(str(QM))
    return translator


def test_every_message_has_a_finished_english_translation(messages):
    assert len(messages) > 1500
    untranslated = [
        f"[{m.context}] {m.source}" for m in messages if not m.finished or not m.translation.strip()
    ]
    assert untranslated == []
    # The same text in both languages is fine for "Sector", "A4" or "{percent} %"; not for
    # a sentence that still has Spanish letters or words in it.
    left_in_spanish = [
        m.source
        for m in messages
        if m.translation == m.source and SPANISH_SIGNS.search(m.source.replace("&", ""))
    ]
    assert left_in_spanish == []


def test_lupdate_finds_no_string_missing_from_the_ts(messages):
    kept = {(m.context, m.source) for m in messages}
    missing = sorted(update_translations.extracted_now("en") - kept)
    assert missing == [], "run scripts/update_translations.py and translate the new strings"


def test_the_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    built = tmp_path / "alianzas_en.qm"
    update_translations.lrelease(TS, built)
    assert QM.read_bytes() == built.read_bytes(), "run scripts/update_translations.py"


def test_translations_keep_placeholders_mnemonics_and_lines(messages):
    broken = [
        f"[{m.context}] {m.source!r} -> {m.translation!r}"
        for m in messages
        if _placeholders(m.source) != _placeholders(m.translation)
        or _has_mnemonic(m.source) != _has_mnemonic(m.translation)
        or m.source.count("\n") != m.translation.count("\n")
        or m.source.startswith(" ") != m.translation.startswith(" ")
    ]
    assert broken == []


def _labelled_enums():
    return [
        value
        for value in vars(vocabulary).values()
        if isinstance(value, type)
        and issubclass(value, vocabulary._Labelled)
        and value is not vocabulary._Labelled
    ]


def test_every_vocabulary_label_and_description_has_an_english_translation(english):
    shown = []
    for enum_cls in [*_labelled_enums(), systematization.ChronologyKind]:
        for member in enum_cls:
            shown.append(member.label)
            description = getattr(member, "description", "")
            if description:
                shown.append(description)
    assert len(shown) > 120
    missing = [text for text in shown if not english.translate("vocabulary", text)]
    assert missing == []
    assert english.translate("vocabulary", "Consolidación y sostenibilidad") == (
        "Consolidation and sustainability"
    )


def test_guided_questions_seed_words_and_audit_labels_have_english_translations(english):
    missing = [q.text for q in systematization.guided_questions()]
    missing = [t for t in missing if not english.translate("GuidedQuestion", t)]
    missing += [
        d.seed_words
        for d in evaluation.dimensions()
        if not english.translate("evaluation", d.seed_words)
    ]
    labels = [*ACTION_LABELS.values(), *(label for label, _feminine in TABLES.values())]
    missing += [t for t in labels if not english.translate("AuditTableModel", t)]
    assert len(systematization.guided_questions()) == 16
    assert missing == []


def test_dashboard_titles_columns_and_notes_have_english_translations(db, english):
    from alianzas_desktop.services.dashboard import build_dashboard

    tables = build_dashboard(db).tables
    texts = [t for table in tables for t in (table.title, table.note, *table.columns) if t]
    assert len(tables) >= 9
    assert [t for t in texts if not english.translate("Dashboard", t)] == []


def test_health_reasons_are_worded_in_english(english):
    from datetime import date

    from alianzas_desktop.domain import health, i18n

    reading = health.read_health(
        health.HealthFacts(
            today=date(2026, 11, 30),
            commitments=[health.CommitmentFact(date(2026, 10, d), "pendiente") for d in (1, 2, 3)],
            latest_scores={"valor": 2.0},
            latest_evaluation_on=date(2026, 9, 1),
        )
    )
    spanish = [str(reason) for reason in reading.reasons]
    words = [i18n.worded(reason, "en", english.translate) for reason in reading.reasons]
    assert spanish[0] == "3 compromisos vencidos sin cumplir (el más antiguo venció el 01/10/2026)."
    assert words[0] == "3 overdue commitments not fulfilled (the oldest was due on Oct 1, 2026)."
    assert "the average for values is 2,0 out of 5" in words[1]
