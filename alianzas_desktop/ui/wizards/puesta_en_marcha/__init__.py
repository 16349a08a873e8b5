"""The Puesta en marcha wizard: plan de trabajo, information, roles, formalisation."""
