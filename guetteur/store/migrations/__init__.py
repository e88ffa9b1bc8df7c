"""Alembic migrations of the event store (a package so that wheels ship them)."""
