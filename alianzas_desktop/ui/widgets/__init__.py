"""Reusable widgets of the user interface."""
