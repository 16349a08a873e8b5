"""Tests of the user interface (pytest-qt)."""
