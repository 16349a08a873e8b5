"""The Proyección wizard: sustainability, replication, partners and benefits observed."""
