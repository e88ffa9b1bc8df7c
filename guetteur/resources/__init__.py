"""Language resources shipped as data files; this module only finds and loads them."""
from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml


def path(*parts: str) -> Path:
    """Path of a shipped resource file (``path("fr", "triggers.yml")``)."""
    return Path(str(resources.files("guetteur.resources").joinpath(*parts)))


def language_folder(lang: str | None, name: str) -> str:
    """The folder to read a language resource from: the language's own when it has this file, else French
    (the first language, whose lexicons every stage falls back on)."""
    code = (lang or "fr").lower()[:2]
    return code if path(code, name).is_file() else "fr"


@lru_cache(maxsize=None)
def load_yaml(*parts: str):
    """Parsed content of a shipped YAML resource, read once per process."""
    with path(*parts).open(encoding="utf-8") as fh:
        return yaml.safe_load(fh)
