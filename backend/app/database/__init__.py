"""Persistence: the engine, sessions, the SQLAlchemy models and the Alembic migrations."""
