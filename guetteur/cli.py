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

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="guetteur: news reports about armed conflict in, sourced ACLED-style events out.")
console = Console(stderr=True)

EXIT_OK, EXIT_REJECTS = 0, 1
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@app.callback()
def main() -> None:
    """guetteur: French-first conflict event extraction."""


@app.command()
def extract(
    inputs: Annotated[list[Path], typer.Argument(help="JSON Lines, .txt, .html files or directories.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the output files.")],
    published: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) for articles that carry none.")] = None,
    quiet: Annotated[bool, typer.Option(help="No progress bar.")] = False,
) -> None:
    """Read articles, extract events and tolls, and write events.jsonl, tolls.jsonl, acled.csv,
    events.geojson, plover.jsonl and rejects.jsonl. Exit code 1 when any article was rejected."""
    from guetteur.pipeline import extract as run_pipeline
    from guetteur.read import read_sources
    from guetteur.write import write_outputs

    if published is not None and not _DAY.match(published):
        raise typer.BadParameter("expected YYYY-MM-DD", param_hint="--published")
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise typer.BadParameter(f"no such file or directory: {', '.join(missing)}", param_hint="INPUTS")
    started = time.perf_counter()
    items = list(read_sources(inputs, published=published))
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
    rejected = [r for r in rejects if not r.reason.startswith("warning")]
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
    for reject in rejected[:10]:
        where = f"{reject.source}" + (f":{reject.line}" if reject.line else "")
        console.print(f"[yellow]rejected[/] {where}: {reject.reason}")
    if len(rejected) > 10:
        console.print(f"... and {len(rejected) - 10} more in rejects.jsonl")


if __name__ == "__main__":
    app()
