"""The event store: articles, reports, merged events and their versions in SQLite or PostgreSQL
(see docs/store.md)."""
from guetteur.store.db import Store, StoreError, default_url, open_store

__all__ = ["Store", "StoreError", "default_url", "open_store"]
