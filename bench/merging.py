"""Cross-report merging on ../shared/examples/dev: merged-pair precision and recall.

Targets: precision >= 0.95, recall >= 0.90. The dev gold marks two reports of one event by different outlets
with a shared ``event_key`` (and ``merged.documents``). The pipeline's events are merged as the store merges
them (candidates of the same country within MERGE_DAYS, ``best_match``, ``merge_into``, in input order), in
memory or, with --store, through a temporary SQLite store. A predicted pair is two reports of different
documents folded into one event; it is right when the referee's ``match`` pairs each report with a gold event
of its document and both gold events carry the same event_key. Wrong and missed pairs are listed.

usage: python bench/merging.py [--shared DIR] [--events EVENTS.jsonl] [--store]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass
from datetime import timedelta
from itertools import combinations
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import SHARED, load_articles  # noqa: E402

from guetteur.model import Event, day_of  # noqa: E402
from guetteur.store import merge  # noqa: E402
from guetteur.store.records import event_from_record  # noqa: E402

TARGET_PRECISION, TARGET_RECALL = 0.95, 0.90


@dataclass(slots=True)
class Group:
    """One merged event and the per-article reports folded into it."""
    event: Event
    reports: list[Event]


# --------------------------------------------------------------------------- reports
def extracted_reports(articles_path: Path) -> list[Event]:
    """Every article's events, in input order, as the pipeline codes them."""
    from guetteur.model import ArticleResult
    from guetteur.pipeline import extract
    return [event for result in extract(load_articles(articles_path)) if isinstance(result, ArticleResult)
            for event in result.events]


def saved_reports(events_path: Path) -> list[Event]:
    """The events of an earlier `guetteur extract` run (one document each), in file order."""
    with events_path.open(encoding="utf-8") as fh:
        return [event_from_record(json.loads(line)) for line in fh if line.strip()]


# --------------------------------------------------------------------------- merging
def _candidates(groups: list[Group], report: Event) -> list[Group]:
    """What the store offers: same country, day within MERGE_DAYS, by event_id (best_match never picks one
    that shares a document with the report)."""
    day = day_of(report.event_date)
    if day is None or not report.iso3:
        return []
    window = timedelta(days=merge.MERGE_DAYS)
    found = [g for g in groups if g.event.iso3 == report.iso3 and (d := day_of(g.event.event_date)) is not None
             and abs(d - day) <= window]
    return sorted(found, key=lambda g: g.event.event_id)


def merge_in_memory(reports: list[Event]) -> list[Group]:
    groups: list[Group] = []
    for report in reports:
        candidates = _candidates(groups, report)
        stored = merge.best_match(report, [g.event for g in candidates])
        if stored is None:
            groups.append(Group(report, [report]))
            continue
        group = next(g for g in candidates if g.event is stored)
        group.event = merge.merge_into(stored, report)
        group.reports.append(report)
    return groups


def merge_in_store(articles_path: Path) -> list[Group]:
    """Ingest the articles into a temporary SQLite store and read back its events and their reports."""
    from sqlalchemy import select

    from guetteur.store import open_store
    from guetteur.store.ingest import ingest
    from guetteur.store.schema import EventRow, ReportRow

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{Path(tmp) / 'bench.db'}")
        ingest(store, load_articles(articles_path))
        with store.read() as conn:
            live = conn.execute(select(EventRow.event_id, EventRow.record).where(EventRow.deleted.is_(False)))
            groups = {event_id: Group(event_from_record(record), []) for event_id, record in live}
            reports = conn.execute(select(ReportRow.event_id, ReportRow.record).order_by(ReportRow.id))
            for event_id, record in reports:
                if event_id in groups:
                    groups[event_id].reports.append(event_from_record(record))
        store.close()
    return list(groups.values())


# --------------------------------------------------------------------------- scoring
def _referee(shared: Path):
    spec = importlib.util.spec_from_file_location("referee_score", shared / "bench" / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def load_gold(path: Path) -> dict[str, list[dict]]:
    with path.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    return {record["doc_id"]: record.get("events") or [] for record in records}


def gold_keys(reports: list[Event], gold: dict[str, list[dict]], referee) -> dict[int, str | None]:
    """For each report (by id()), the event_key of the gold event the referee pairs it with in its document."""
    by_doc: dict[str, list[Event]] = defaultdict(list)
    for report in reports:
        by_doc[report.documents[0]].append(report)
    keys: dict[int, str | None] = {}
    for doc_id, doc_reports in by_doc.items():
        records = [r.to_dict() for r in doc_reports]
        pairs = referee.match(gold.get(doc_id, []), records)
        for report, record in zip(doc_reports, records):
            keys[id(report)] = next((g.get("event_key") for g, p in pairs if p is record), None)
    return keys


def gold_pairs(gold: dict[str, list[dict]]) -> dict[str, tuple[str, str]]:
    """event_key -> the two documents that report it."""
    pairs: dict[str, tuple[str, str]] = {}
    for events in gold.values():
        for event in events:
            documents = (event.get("merged") or {}).get("documents") or []
            if len(documents) == 2:
                pairs[event["event_key"]] = (documents[0], documents[1])
    return pairs


def score(groups: list[Group], gold: dict[str, list[dict]], referee) -> tuple[list, list, list]:
    """(right predicted pairs, wrong predicted pairs, missed gold pairs)."""
    keys = gold_keys([r for g in groups for r in g.reports], gold, referee)
    wanted = gold_pairs(gold)
    right, wrong, found = [], [], set()
    for group in groups:
        for a, b in combinations(group.reports, 2):
            if a.documents[0] == b.documents[0]:
                continue
            key = keys.get(id(a))
            if key is not None and key == keys.get(id(b)) and key in wanted:
                right.append((key, a, b))
                found.add(key)
            else:
                wrong.append((keys.get(id(a)), keys.get(id(b)), a, b))
    missed = [(key, docs) for key, docs in wanted.items() if key not in found]
    return right, wrong, missed


def _describe(event: Event) -> str:
    return (f"{event.documents[0]} {event.event_date} {event.sub_event_type} | {event.actor1} | {event.actor2} "
            f"| {event.location} (p{event.geo_precision}) | {event.fatalities}")


def _report(right: list, wrong: list, missed: list, gold_count: int, groups: list[Group]) -> None:
    predicted = len(right) + len(wrong)
    # pairs of two reports that match no gold event: extraction false positives, which the gold cannot judge
    unjudged = [w for w in wrong if w[0] is None and w[1] is None]
    precision = len(right) / predicted if predicted else 1.0
    judged = len(right) / (predicted - len(unjudged)) if predicted - len(unjudged) else 1.0
    recall = (gold_count - len(missed)) / gold_count if gold_count else 1.0
    print(f"merged pairs: {predicted} predicted, {len(right)} right, {len(unjudged)} of two reports that match "
          f"no gold event; gold pairs {gold_count}, {gold_count - len(missed)} found")
    print(f"precision {precision:.3f} (target {TARGET_PRECISION}); on pairs the gold judges {judged:.3f}")
    print(f"recall    {recall:.3f} (target {TARGET_RECALL})")
    for key_a, key_b, a, b in wrong:
        print(f"WRONG  [{key_a} / {key_b}]\n   {_describe(a)}\n   {_describe(b)}")
    for key, docs in missed:
        print(f"MISSED {key} {docs[0]} + {docs[1]}")
        for group in groups:
            for report in group.reports:
                if report.documents[0] in docs:
                    print(f"   {_describe(report)}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--events", type=Path, help="reuse the events.jsonl of an earlier extract of dev")
    parser.add_argument("--store", action="store_true", help="merge through a temporary SQLite store")
    args = parser.parse_args()
    dev = args.shared / "examples" / "dev"
    if not (dev / "articles.jsonl").is_file() or not (dev / "gold.jsonl").is_file():
        print(f"no dev examples under {dev}: nothing to measure")
        return 0
    gold = load_gold(dev / "gold.jsonl")
    if args.store:
        groups = merge_in_store(dev / "articles.jsonl")
    else:
        reports = saved_reports(args.events) if args.events else extracted_reports(dev / "articles.jsonl")
        groups = merge_in_memory(reports)
    right, wrong, missed = score(groups, gold, _referee(args.shared))
    _report(right, wrong, missed, len(gold_pairs(gold)), groups)
    return 0


if __name__ == "__main__":
    sys.exit(main())
