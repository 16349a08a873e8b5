"""The sesión con socios wizard: convocatoria, asistencia, desarrollo, compromisos, cierre."""
