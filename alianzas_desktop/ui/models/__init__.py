"""Qt item models over the services' dataclasses (alliances, partners, commitments, versions)."""
