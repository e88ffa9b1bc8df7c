from pathlib import Path

import pytest

from guetteur.model import Article
from guetteur.understand.language import article_language, detect_language

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"

LONG_FRENCH = (
    "Des hommes armés ont attaqué dans la nuit de samedi à dimanche un camp de déplacés près de Djibo, dans le "
    "nord du Burkina Faso, tuant au moins douze personnes, selon des sources locales. Les assaillants, arrivés "
    "à moto, ont incendié des abris et emporté du bétail avant de se replier vers la frontière malienne. "
) * 8


@pytest.mark.parametrize("text, expected", [
    ("Des hommes armés ont attaqué mardi le village de Kidal.", "fr"),
    ("Gunmen attacked a village near Kidal on Tuesday.", "en"),
    ("Hombres armados atacaron una aldea cerca de Kidal el martes.", "es"),
    ("هاجم مسلحون قرية قرب كيدال يوم الثلاثاء", "ar"),
    ("Bewaffnete Männer haben am Dienstag ein Dorf bei Kidal angegriffen.", "de"),
    ("Homens armados atacaram uma aldeia perto de Kidal na terça-feira.", "pt"),
    ("Uomini armati hanno attaccato martedì un villaggio vicino a Kidal.", "it"),
    (LONG_FRENCH, "fr"),
])
def test_detects_language(text, expected):
    lang, confidence = detect_language(text)
    assert lang == expected
    assert confidence >= 0.5


@pytest.mark.parametrize("text", ["", "   ", "12 34 !", "Kidal", "ok", None])
def test_unreliable_or_empty_text_gives_none(text):
    assert detect_language(text)[0] is None


def test_only_the_opening_is_read():
    # a French opening decides, whatever follows after the sampled characters
    assert detect_language(LONG_FRENCH + "Gunmen attacked the town again. " * 200)[0] == "fr"


@pytest.mark.parametrize("name, expected", [
    ("english_report.txt", "en"), ("spanish_report.txt", "es"), ("gao_mine.txt", "fr")])
def test_fixture_articles(name, expected):
    text = (FIXTURES / name).read_text(encoding="utf-8")
    assert detect_language(text)[0] == expected


def test_declared_language_is_trusted():
    article = Article(id="a", text="Gunmen attacked a village near Kidal on Tuesday.", lang="FR-fr")
    assert article_language(article) == ("fr", 1.0)
    assert article_language(Article(id="b", text="Gunmen attacked a village near Kidal."))[0] == "en"


