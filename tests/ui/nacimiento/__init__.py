"""Tests of the Nacimiento wizard."""
