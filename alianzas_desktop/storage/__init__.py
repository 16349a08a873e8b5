"""SQLAlchemy models, the database connection and schema upgrades."""
