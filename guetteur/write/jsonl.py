"""JSON Lines output, one record per line, written as results stream in."""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from types import TracebackType
from typing import IO, Any


def as_record(item: Any) -> dict:
    """A plain dict of an output record (Event, Toll, Reject, any dataclass, or a dict)."""
    if isinstance(item, dict):
        return item
    if hasattr(item, "to_dict"):
        return item.to_dict()
    if dataclasses.is_dataclass(item) and not isinstance(item, type):
        return dataclasses.asdict(item)
    raise TypeError(f"cannot write {type(item).__name__} as a JSON record")


def json_line(item: Any) -> str:
    """One record as a line of UTF-8 JSON (accents kept readable)."""
    return json.dumps(as_record(item), ensure_ascii=False) + "\n"


class JsonlWriter:
    """Context manager writing records one at a time: ``with JsonlWriter(p) as w: w.write(event)``.

    ``append=True`` adds to an existing file (a run resumed, or several runs into one output).
    """

    def __init__(self, path: Path, append: bool = False) -> None:
        self.path = Path(path)
        self.append = append
        self.count = 0
        self._fh: IO[str] | None = None

    def __enter__(self) -> "JsonlWriter":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._fh = self.path.open("a" if self.append else "w", encoding="utf-8")
        return self

    def write(self, item: Any) -> None:
        if self._fh is None:
            raise RuntimeError("JsonlWriter used outside its 'with' block")
        self._fh.write(json_line(item))
        self.count += 1

    def write_all(self, items: Iterable[Any]) -> None:
        for item in items:
            self.write(item)

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None


def write_jsonl(path: Path, items: Iterable[Any]) -> int:
    """Write every record to a fresh file; returns how many were written."""
    with JsonlWriter(path) as writer:
        writer.write_all(items)
        return writer.count
