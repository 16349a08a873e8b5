"""Sistematización de la experiencia: Óscar Jara's five moments as a wizard."""
