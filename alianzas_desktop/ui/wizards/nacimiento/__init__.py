"""The Nacimiento wizard: one module per page, assembled in wizard.py."""
