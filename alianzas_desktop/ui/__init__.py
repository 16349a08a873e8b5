"""The PySide6 user interface."""

from alianzas_desktop.ui import feature_hook

feature_hook.install()
