"""Alianzas: offline companion for facilitators of public–private–civil alliances."""

__version__ = "0.1.0"
