"""The periodic review wizard (Consolidación): follow-up, evaluation, reflection."""
