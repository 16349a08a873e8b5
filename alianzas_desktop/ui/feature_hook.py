"""PySide6's import hook made cheap: every module imported after Qt no longer costs its source.

PySide6 replaces ``__import__`` to support ``from __feature__ import snake_case``. After
each import it asks whether the module uses PySide6 by reading the module's whole source
through ``inspect.getsource``, which tokenizes it and keeps every line in ``linecache``:
for SQLAlchemy, our services and screens, about 20 MiB held for the life of the process
and a few hundred milliseconds at start-up (measured on the office database: the window's
imports 106 → 84 MiB peak). Alianzas uses no ``__feature__``; the same question is asked
here of the file's bytes, and the lines read meanwhile are let go.
"""

from __future__ import annotations

import linecache
import logging
import os
import sys

import PySide6.QtCore  # noqa: F401  (loads shibokensupport.feature, the hook replaced below)

logger = logging.getLogger(__name__)

_MARK = "_alianzas_cheap"


def _uses_pyside_by_bytes(upstream):
    def uses_pyside(module) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return upstream(module)  # no plain source file: PySide's own answer

    setattr(uses_pyside, _MARK, True)
    return uses_pyside


def install() -> bool:
    """Replace PySide6's source check with a byte search; False when PySide6 has none."""
    feature = sys.modules.get("shibokensupport.feature")
    upstream = getattr(feature, "_mod_uses_pyside", None)
    if upstream is None or getattr(upstream, _MARK, False):
        return False
    feature._mod_uses_pyside = _uses_pyside_by_bytes(upstream)
    # The sources the hook read so far (modules imported with Qt itself): read again from
    # their files if a traceback ever needs them.
    for name in [n for n in linecache.cache if n.endswith(".py") and os.path.isfile(n)]:
        linecache.cache.pop(name, None)
    return True
