"""Opening the store: where it lives, migrations equal to the models, damaged and locked files."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from guetteur.store import StoreError, default_url, open_store
from guetteur.store.db import normalised_url
from guetteur.store.schema import metadata


@pytest.mark.parametrize("env, expected", [
    ({"GUETTEUR_DATA": "/data/g"}, "sqlite:////data/g/guetteur.db"),
    ({"XDG_DATA_HOME": "/xdg"}, "sqlite:////xdg/guetteur/guetteur.db"),
    ({"HOME": "/home/ana"}, "sqlite:////home/ana/.local/share/guetteur/guetteur.db"),
])
def test_default_location(monkeypatch, env, expected):
    for name in ("GUETTEUR_DATA", "XDG_DATA_HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert default_url() == expected


@pytest.mark.parametrize("given, expected", [
    ("/tmp/x/store.db", "sqlite:////tmp/x/store.db"),
    ("sqlite:///rel.db", "sqlite:///rel.db"),
    ("postgresql://u@127.0.0.1:5432/g", "postgresql+psycopg://u@127.0.0.1:5432/g"),
    ("postgresql+psycopg://u@h/g", "postgresql+psycopg://u@h/g"),
])
def test_urls(given, expected):
    assert normalised_url(given) == expected


def test_migrated_schema_equals_the_models(tmp_path):
    with open_store(str(tmp_path / "s.db")) as store, store.engine.connect() as conn:
        assert compare_metadata(MigrationContext.configure(conn), metadata) == []


def test_opening_twice_keeps_the_data(tmp_path):
    path = str(tmp_path / "s.db")
    with open_store(path) as store, store.write() as conn:
        conn.exec_driver_sql("INSERT INTO actors (name, inter) VALUES ('Wagner Group', 8)")
    with open_store(path) as store, store.read() as conn:
        assert conn.exec_driver_sql("SELECT name, inter FROM actors").all() == [("Wagner Group", 8)]


def _damaged_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (x TEXT)")
    conn.executemany("INSERT INTO t VALUES (?)", [("ligne %d" % i * 40,) for i in range(300)])
    conn.commit()
    conn.close()
    data = bytearray(path.read_bytes())
    data[4096 * 2:4096 * 4] = b"\xff" * (4096 * 2)   # pages of the table overwritten
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("make, message", [
    (lambda p: p.write_bytes(b"ceci n'est pas une base\n" * 50), "not a SQLite database"),
    (_damaged_sqlite, "damaged"),
])
def test_a_bad_file_gives_a_clear_error_and_is_not_touched(tmp_path, make, message):
    path = tmp_path / "bad.db"
    make(path)
    before = path.read_bytes()
    with pytest.raises(StoreError, match=message):
        open_store(str(path))
    assert path.read_bytes() == before


def test_a_directory_is_not_a_database(tmp_path):
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "x").write_text("x")
    with pytest.raises(StoreError, match="directory"):
        open_store(str(tmp_path / "d"))


def test_a_database_locked_past_the_timeout_gives_a_clear_error(tmp_path):
    path = tmp_path / "s.db"
    open_store(str(path)).close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StoreError, match="locked by another process"):
            open_store(str(path), timeout=0.2)
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_an_unreachable_server_gives_a_clear_error_without_the_password():
    with pytest.raises(StoreError, match="cannot open") as caught:
        open_store("postgresql://guetteur:secret@127.0.0.1:1/guetteur", timeout=1)
    assert "secret" not in str(caught.value)
