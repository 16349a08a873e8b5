"""The user's settings file: language choice stored, system language resolved, damage tolerated."""

from __future__ import annotations

import pytest

from alianzas_desktop import settings


def test_spanish_until_the_user_chooses():
    assert settings.language_choice() == "es"
    assert settings.language() == "es"


def test_a_chosen_language_is_kept_with_other_settings():
    settings.set_value("tamaño_texto", 150)
    settings.set_language_choice("en")
    assert settings.language() == "en"
    assert settings.value("tamaño_texto") == 150


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("en_GB.UTF-8", "en"), ("es_CO.UTF-8", "es"), ("fr_FR.UTF-8", "es"), ("C", "es")],
)
def test_following_the_system_speaks_its_language_when_the_app_knows_it(
    monkeypatch, lang, expected
):
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setenv("LANG", lang)
    monkeypatch.setattr(settings.locale, "getlocale", lambda *a: (None, None))
    settings.set_language_choice("system")
    assert settings.language_choice() == "system"
    assert settings.language() == expected


def test_an_unreadable_or_strange_file_means_spanish(_data_dir):
    _data_dir.mkdir(parents=True, exist_ok=True)
    (_data_dir / settings.FILE_NAME).write_text("{no es json", encoding="utf-8")
    assert settings.language() == "es"
    (_data_dir / settings.FILE_NAME).write_text('{"idioma": "klingon"}', encoding="utf-8")
    assert settings.language() == "es"


def test_an_unknown_choice_is_refused():
    with pytest.raises(ValueError):
        settings.set_language_choice("fr")
