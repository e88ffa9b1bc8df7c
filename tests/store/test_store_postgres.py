"""SQLite and PostgreSQL give identical exports of the same corpus (needs GUETTEUR_TEST_PG_URL, set by .ci/run)."""
from __future__ import annotations

import os

import pytest
from corpus import generate
from sqlalchemy import text

from guetteur.model import Article
from guetteur.store import open_store
from guetteur.store.changes import changes
from guetteur.store.export import FORMATS, ExportFilter, export
from guetteur.store.ingest import ingest
from guetteur.store.schema import metadata

PG_URL = os.environ.get("GUETTEUR_TEST_PG_URL")
pytestmark = pytest.mark.skipif(not PG_URL, reason="GUETTEUR_TEST_PG_URL is not set (scripts/ci_postgres.sh)")
CORPUS = 48


def fresh_postgres(url: str):
    """The test database emptied, then migrated from nothing."""
    with open_store(url) as store, store.engine.begin() as conn:
        metadata.drop_all(conn)
        conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    return open_store(url)


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    sqlite_store = open_store(str(tmp_path_factory.mktemp("sqlite") / "s.db"))
    pg_store = fresh_postgres(PG_URL)
    for store in (sqlite_store, pg_store):
        ingest(store, (Article(**record) for record in generate(CORPUS)))
    yield sqlite_store, pg_store
    sqlite_store.close()
    pg_store.close()


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("filters", [ExportFilter(), ExportFilter(country="COD"), ExportFilter(type="Battles")])
def test_identical_exports(stores, tmp_path, fmt, filters):
    outputs = []
    for name, store in zip(("sqlite", "postgres"), stores):
        path = tmp_path / f"{name}.{fmt}"
        export(store, fmt, path, filters)
        outputs.append(path.read_bytes())
    assert outputs[0] == outputs[1]
    assert outputs[0]


def test_same_changes_and_reingest_is_a_no_op(stores):
    from datetime import datetime
    feeds = [[(c.event_id, c.version, c.change, c.doc_id) for c in changes(s, datetime(2000, 1, 1))] for s in stores]
    assert feeds[0] == feeds[1]
    again = ingest(stores[1], (Article(**record) for record in generate(CORPUS)))
    assert (again.articles_known, again.articles_stored, again.reports) == (CORPUS, 0, 0)
