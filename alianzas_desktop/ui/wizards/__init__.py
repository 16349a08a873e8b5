"""Step-by-step wizards, one package per wizard."""
