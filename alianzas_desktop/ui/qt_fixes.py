"""Work-arounds for defects of the installed PySide6 that our code cannot avoid."""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

logger = logging.getLogger(__name__)

_PROBE_EMITS = 16
_installed = False


class _Probe(QObject):
    fired = Signal()


def _lost_references_per_emit() -> int:
    """References to True that one ``SignalInstance.emit()`` loses (0 when healthy).

    PySide6 6.12.0 does this: every ``signal.emit(...)`` made from Python takes one
    reference away from the ``True`` object. On Python 3.11 (where True is not
    immortal) the count reaches zero after enough emits and the interpreter aborts
    with "Fatal Python error: bool_dealloc", usually at exit, during garbage
    collection (1 lost per emit). Measured rather than guessed from the version, so a fixed
    PySide6 (or Python 3.12+, where True is immortal) is left alone.
    """
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBE_EMITS):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    del probe
    return lost // _PROBE_EMITS


def install_signal_emit_fix() -> bool:
    """Give back the reference PySide6 6.12's ``emit()`` takes, for every signal.

    Every signal emitted from Python (ours and Qt's, e.g. ``dataChanged.emit``) goes
    through ``SignalInstance.emit``, so patching it once covers the whole program.
    Returns whether the fix is active. Safe to call more than once.
    """
    global _installed
    if _installed:
        return True
    lost = _lost_references_per_emit()
    if lost != 1:
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None
    for _ in range(_PROBE_EMITS):  # the probe's own emits
        incref(True)

    def emit(self, *args):
        result = original(self, *args)
        if result is True:
            incref(result)  # the reference emit() returned without owning
        return result

    emit.__doc__ = original.__doc__
    SignalInstance.emit = emit
    _installed = True
    logger.info("PySide6 con error en Signal.emit: se compensa la referencia perdida")
    return True
