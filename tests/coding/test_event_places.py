"""Where an event happened: not where a source speaks from, nor where the attackers set out from."""
from __future__ import annotations

import pytest

from guetteur.model import Article, ArticleResult
from guetteur.pipeline import extract


def events_of(text: str) -> list:
    results = list(extract([Article(id="t", text=text, published="2024-03-14", lang="fr")]))
    return [e for r in results if isinstance(r, ArticleResult) for e in r.events
            if e.event_type != "Strategic developments"]


@pytest.mark.parametrize("text,location", [
    # the source's town is named inside the attribution, nearer the event word than the scene
    ("Selon un porte-parole de l'armée à Goma, des rebelles ont attaqué mercredi la localité de Rutshuru.",
     "Rutshuru"),
    ("Des hommes armés ont attaqué mercredi la localité de Minova, tuant quatre civils, selon un responsable "
     "de la société civile à Bukavu.", "Minova"),
])
def test_a_place_naming_the_source_is_not_the_scene(text, location):
    assert [e.location for e in events_of(text)] == [location]


def test_origin_and_source_places_do_not_stand_for_an_unnamed_scene():
    text = ("Les forces gouvernementales ont repris mercredi le contrôle de Gao après de violents combats.\n\n"
            "Appuyées par des renforts venus de Sévaré, les unités de l'armée sont entrées dans la ville à l'aube "
            "après une attaque menée sur plusieurs axes, selon un porte-parole militaire à Bamako.")
    assert {e.location for e in events_of(text)} == {"Gao"}
