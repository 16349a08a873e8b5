"""PySide6's import hook reads whether a module uses PySide6 from its bytes (ui/feature_hook)."""

from __future__ import annotations

import linecache
import sys

from alianzas_desktop.ui import feature_hook


def test_the_hook_answers_as_pyside_did_without_keeping_sources(tmp_path, monkeypatch):
    feature = sys.modules["shibokensupport.feature"]
    assert getattr(feature._mod_uses_pyside, "_alianzas_cheap", False)  # installed with ui/
    assert feature_hook.install() is False  # and only once
    (tmp_path / "con_qt.py").write_text("from PySide6.QtCore import Qt\nVALOR = 1\n")
    (tmp_path / "sin_qt.py").write_text("import json\nVALOR = 2\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import con_qt  # noqa: F401
    import sin_qt  # noqa: F401

    assert feature.pyside_feature_dict["con_qt"] == 0  # uses PySide6: features may switch
    assert feature.pyside_feature_dict["sin_qt"] == -1  # ignored, as PySide6 itself decides
    # Nothing read for the question stays in memory.
    assert str(tmp_path / "con_qt.py") not in linecache.cache
    assert str(tmp_path / "sin_qt.py") not in linecache.cache
    for name in ("con_qt", "sin_qt"):
        monkeypatch.delitem(sys.modules, name)
