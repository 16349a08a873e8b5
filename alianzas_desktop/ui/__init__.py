"""The PySide6 user interface."""

# PySide6 6.12.0 loses a reference to True on every signal.emit() and the interpreter
# aborts later ("bool_dealloc"); fixed here, before any screen emits anything.
from alianzas_desktop.ui.qt_fixes import install_signal_emit_fix

install_signal_emit_fix()
