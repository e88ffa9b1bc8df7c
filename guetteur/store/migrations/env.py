"""Alembic environment: run by ``guetteur.store.db`` with the open connection in ``config.attributes``."""
from __future__ import annotations

from alembic import context

from guetteur.store.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
