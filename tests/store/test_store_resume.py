"""Faults with the real pipeline: kill -9 midway then resume equals a clean run; concurrent ingests store
each article once; re-ingesting a corpus adds nothing. The one slow module (about a minute)."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from corpus import write_corpus

from guetteur.store import open_store
from guetteur.store.export import export

WORKER = Path(__file__).resolve().parent / "ingest_worker.py"
KILL_CORPUS = 504          # 63 rounds of the eight dispatches
KILL_AFTER = 150           # articles committed before the kill
CONCURRENT_CORPUS = 48


def start_worker(db: Path, corpus: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, str(WORKER), str(db), str(corpus)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)


def finish(process: subprocess.Popen) -> dict:
    out, err = process.communicate(timeout=600)
    assert process.returncode == 0, err[-2000:]
    return json.loads(out.strip().splitlines()[-1])


def stored_articles(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            conn.close()
    except sqlite3.OperationalError:   # not migrated yet
        return 0


def exported(db: Path, tmp: Path) -> str:
    path = tmp / f"{db.stem}.jsonl"
    with open_store(str(db)) as store:
        export(store, "jsonl", path)
    return path.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    return write_corpus(tmp_path_factory.mktemp("corpus") / "corpus.jsonl", KILL_CORPUS)


def test_kill_midway_then_resume_equals_a_clean_run(corpus, tmp_path):
    clean_db, killed_db = tmp_path / "clean.db", tmp_path / "killed.db"
    clean = start_worker(clean_db, corpus)     # runs alongside the killed one: two cores, half the wait
    victim = start_worker(killed_db, corpus)
    deadline = time.monotonic() + 300
    while stored_articles(killed_db) < KILL_AFTER and victim.poll() is None and time.monotonic() < deadline:
        time.sleep(0.2)
    os.kill(victim.pid, signal.SIGKILL)
    victim.wait()
    before = stored_articles(killed_db)
    assert KILL_AFTER <= before < KILL_CORPUS
    resumed = finish(start_worker(killed_db, corpus))
    assert resumed["articles_known"] == before
    assert resumed["articles_stored"] == KILL_CORPUS - before
    finish(clean)
    assert stored_articles(killed_db) == stored_articles(clean_db) == KILL_CORPUS
    clean_export = exported(clean_db, tmp_path)
    assert len(clean_export.splitlines()) > 100
    assert exported(killed_db, tmp_path) == clean_export
    again = finish(start_worker(clean_db, corpus))
    assert (again["articles_known"], again["events_created"], again["events_merged"]) == (KILL_CORPUS, 0, 0)


def test_concurrent_ingests_store_each_article_once(tmp_path):
    corpus = write_corpus(tmp_path / "small.jsonl", CONCURRENT_CORPUS)
    db = tmp_path / "shared.db"
    open_store(str(db)).close()                # both workers find the schema in place
    summaries = [finish(p) for p in [start_worker(db, corpus), start_worker(db, corpus)]]
    assert sum(s["articles_stored"] for s in summaries) == CONCURRENT_CORPUS
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("SELECT count(*), count(DISTINCT doc_id) FROM articles").fetchone() == (
            CONCURRENT_CORPUS, CONCURRENT_CORPUS)
        assert conn.execute("SELECT count(*) FROM (SELECT article_id, record FROM reports "
                            "GROUP BY article_id, record HAVING count(*) > 1)").fetchone() == (0,)
    finally:
        conn.close()
