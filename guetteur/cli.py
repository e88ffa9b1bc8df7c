"""Command line: thin wrappers that parse options, call the pipeline and print."""
from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from guetteur.model import ArticleResult, Event, Reject, Toll
from guetteur.read.common import SHOWN_REJECTS, WARNING

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="guetteur: news reports about armed conflict in, sourced ACLED-style events out.")
console = Console(stderr=True)

EXIT_OK, EXIT_REJECTS = 0, 1
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
URL_PREFIXES = ("http://", "https://")


def _sources(values: list[str]) -> list[Path | str]:
    """Feed URLs as they are, everything else as an existing path (a typo stops here, before any work)."""
    sources: list[Path | str] = [v if v.startswith(URL_PREFIXES) else Path(v) for v in values]
    missing = [str(s) for s in sources if isinstance(s, Path) and not s.exists()]
    if missing:
        raise typer.BadParameter(f"no such file or directory: {', '.join(missing)}", param_hint="SOURCES")
    return sources


def _check_day(value: str | None) -> str | None:
    if value is not None and not _DAY.match(value):
        raise typer.BadParameter("expected YYYY-MM-DD")
    return value


PublishedOption = Annotated[str | None, typer.Option(
    help="Publication date (YYYY-MM-DD) for articles that carry none.", callback=_check_day)]


@app.callback()
def main() -> None:
    """guetteur: French-first conflict event extraction."""


@app.command()
def extract(
    inputs: Annotated[list[str], typer.Argument(
        help="JSON Lines, .txt, .html, RSS/Atom, WARC files, directories, or feed URLs.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the output files.")],
    published: PublishedOption = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Read articles, extract events and tolls, and write events.jsonl, tolls.jsonl, acled.csv,
    events.geojson, plover.jsonl and rejects.jsonl. Exit code 1 when any article was rejected."""
    from guetteur.pipeline import extract as run_pipeline
    from guetteur.read import read_sources
    from guetteur.write import write_outputs

    started = time.perf_counter()
    items = list(read_sources(_sources(inputs), published=published))
    events: list[Event] = []
    tolls: list[Toll] = []
    rejects: list[Reject] = []
    articles = 0
    with _progress(quiet) as progress:
        task = progress.add_task("extracting", total=len(items))
        for result in run_pipeline(items, advance=lambda n: progress.advance(task, n)):
            if isinstance(result, ArticleResult):
                articles += 1
                events.extend(result.events)
                tolls.extend(result.tolls)
            else:
                rejects.append(result)
    paths = write_outputs(out, events, tolls, rejects)
    rejected = [r for r in rejects if not r.reason.startswith(WARNING)]
    _summary(articles, rejected, len(rejects) - len(rejected), events, tolls, paths, time.perf_counter() - started)
    raise typer.Exit(EXIT_REJECTS if rejected else EXIT_OK)


def _progress(quiet: bool) -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), console=console, disable=quiet, transient=False)


def _summary(articles: int, rejected: list[Reject], warnings: int, events: list[Event], tolls: list[Toll],
             paths: dict[str, Path], seconds: float) -> None:
    table = Table(title="guetteur extract", show_header=False)
    table.add_row("articles extracted", str(articles))
    table.add_row("articles rejected", str(len(rejected)))
    table.add_row("warnings", str(warnings))
    table.add_row("events", str(len(events)))
    table.add_row("tolls", str(len(tolls)))
    table.add_row("seconds", f"{seconds:.1f}")
    for name, path in paths.items():
        table.add_row(name, str(path))
    console.print(table)
    _print_rejects(rejected[:SHOWN_REJECTS], len(rejected), "rejects.jsonl")


def _print_rejects(shown: list[Reject], total: int, kept_in: str) -> None:
    """The first rejects with their reasons; where the others are."""
    for reject in shown:
        where = f"{reject.source}" + (f":{reject.line}" if reject.line else "")
        console.print(f"[yellow]rejected[/] {where}: {reject.reason}")
    if total > len(shown):
        console.print(f"... and {total - len(shown)} more in {kept_in}")


# --------------------------------------------------------------------------- the event store
DbOption = Annotated[str | None, typer.Option(
    "--db", help="Database URL (sqlite:///FILE, postgresql://...) or a file path; default: the user's data "
                 "directory ($GUETTEUR_DATA).")]
EXIT_STORE = 2


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(
        help="Files, directories, JSON Lines, HTML, RSS/Atom feeds, WARC files, or feed URLs.")],
    db: DbOption = None,
    published: PublishedOption = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Store articles and their events in the database: each article once, reports of one event merged,
    every change versioned. Re-running is a no-op; an interrupted run resumes. Exit 1 when any input was
    rejected, 2 when the database cannot be used."""
    from guetteur.read import read_sources
    from guetteur.store.ingest import ingest as run_ingest

    started = time.perf_counter()
    items = read_sources(_sources(sources), published=published)
    with _opened_store(db, create=True) as store, _progress(quiet) as progress:
        task = progress.add_task("ingesting", total=None)
        summary = _guarded(lambda: run_ingest(store, items, advance=lambda n: progress.advance(task, n)))
    table = Table(title="guetteur ingest", show_header=False)
    for name, value in vars(summary).items():
        if isinstance(value, int):
            table.add_row(name.replace("_", " "), str(value))
    table.add_row("database", store.url)
    table.add_row("seconds", f"{time.perf_counter() - started:.1f}")
    console.print(table)
    _print_rejects(summary.first_rejects, summary.rejected, "the rejects table")
    raise typer.Exit(EXIT_REJECTS if summary.rejected else EXIT_OK)


@app.command()
def changes(
    since: Annotated[str, typer.Option(help="ISO date or time (UTC unless it says otherwise).")],
    db: DbOption = None,
) -> None:
    """Print every change of an event since a moment (created, updated by a merge, deleted) as JSON lines."""
    import json
    import sys

    from guetteur.store.changes import iter_changes, parse_since

    try:
        moment = parse_since(since)
    except ValueError:
        raise typer.BadParameter("expected an ISO date or time, e.g. 2024-06-01 or 2024-06-01T12:00:00Z",
                                 param_hint="--since") from None
    with _opened_store(db) as store:
        def feed() -> None:
            for change in iter_changes(store, moment):
                sys.stdout.write(json.dumps(change.to_dict(), ensure_ascii=False) + "\n")
        _guarded(feed)


@app.command()
def export(
    format: Annotated[str, typer.Option("--format", "-f", help="acled-csv, geojson, jsonl or plover.")],
    db: DbOption = None,
    since: Annotated[str | None, typer.Option(help="Only events changed since (ISO date or time, UTC).")] = None,
    country: Annotated[str | None, typer.Option(help="ISO3 code or country name.")] = None,
    bbox: Annotated[str | None, typer.Option(help="min_lon,min_lat,max_lon,max_lat")] = None,
    type: Annotated[str | None, typer.Option("--type", help="Event type or sub-event type.")] = None,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Output file (default: standard output).")]
        = None,
) -> None:
    """Export the stored events, in a stable order (event date, then id)."""
    from guetteur.store.changes import parse_since
    from guetteur.store.export import FORMATS, ExportFilter, country_code, export as run_export, parse_bbox

    if format not in FORMATS:
        raise typer.BadParameter(f"expected one of {', '.join(FORMATS)}", param_hint="--format")
    filters = ExportFilter(since=_parsed(parse_since, since, "--since"),
                           country=_parsed(country_code, country, "--country"),
                           bbox=_parsed(parse_bbox, bbox, "--bbox"), type=type)
    with _opened_store(db) as store:
        if out is not None:
            count = _guarded(lambda: run_export(store, format, out, filters))
            console.print(f"{count} events written to {out}")
        else:
            _guarded(lambda: _export_to_stdout(store, format, filters, run_export))


def _export_to_stdout(store, fmt: str, filters, run_export) -> None:
    """The writers write files: write a temporary one and copy it out."""
    import shutil
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export"
        run_export(store, fmt, path, filters)
        with path.open(encoding="utf-8") as fh:
            shutil.copyfileobj(fh, sys.stdout)


def _parsed(parse, value: str | None, hint: str):
    if value is None:
        return None
    try:
        return parse(value)
    except ValueError as error:
        raise typer.BadParameter(str(error), param_hint=hint) from None


def _opened_store(db: str | None, create: bool = False):
    from guetteur.store import open_store
    return _guarded(lambda: open_store(db, create=create))


def _guarded(work):
    """Run store work; a StoreError (locked, damaged, unreachable) is a message and exit code 2."""
    from guetteur.store import StoreError
    try:
        return work()
    except StoreError as error:
        console.print(f"[red]error[/]: {error}")
        raise typer.Exit(EXIT_STORE) from None


if __name__ == "__main__":
    app()
