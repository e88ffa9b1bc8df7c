from datetime import date
from pathlib import Path

import pytest

from guetteur.model import Article, Reject
from guetteur.read import read_file, read_sources
from guetteur.read.common import check_published
from guetteur.read.text import dateline_date

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"
JSONL = FIXTURES / "articles.jsonl"


def articles(items):
    return [item for item in items if isinstance(item, Article)]


def rejects(items):
    return [item for item in items if isinstance(item, Reject)]


# --------------------------------------------------------------------------- JSON Lines
def test_jsonl_articles_keep_every_field():
    first = articles(read_sources([JSONL]))[0]
    assert first == Article(
        id="mali-001",
        text="Des hommes armés ont attaqué mardi un poste de la gendarmerie à Ménaka, tuant deux gendarmes, "
             "selon une source sécuritaire.",
        title="Mali : attaque contre la gendarmerie de Ménaka", published="2023-03-15",
        url="https://example.org/mali-001", outlet="Le Veilleur", lang="fr")


def test_jsonl_ids_and_dates():
    found = [(a.id, a.published) for a in articles(read_sources([JSONL]))]
    assert found == [("mali-001", "2023-03-15"), ("rdc-002", None), ("haiti-003", None), ("5", "2023-04"),
                     ("tchad-006", None), ("rca-007", "2023-06-10T18:45:00+01:00")]


def test_jsonl_rejects_carry_line_numbers_and_reasons():
    found = [(r.line, r.doc_id, r.reason) for r in rejects(read_sources([JSONL]))]
    assert found == [
        (4, None, "malformed JSON: Invalid control character at (column 41)"),
        (5, None, "missing field 'id'"),
        (6, "haiti-003", "warning: unparseable published 'hier soir' ignored"),
        (7, "niger-004", "empty text"),
        (9, "tchad-006", "warning: published '2999-01-01T10:00:00Z' is in the future, ignored"),
        (10, None, "not a JSON object"),
    ]
    assert {r.source for r in rejects(read_sources([JSONL]))} == {str(JSONL)}


def test_published_option_dates_only_undated_articles():
    found = {a.id: a.published for a in articles(read_sources([JSONL], published="2023-07-01"))}
    assert found["rdc-002"] == "2023-07-01"
    assert found["haiti-003"] == "2023-07-01"   # its own date was unusable
    assert found["mali-001"] == "2023-03-15"


def test_bad_published_option_is_a_warning():
    items = list(read_sources([JSONL], published="demain"))
    assert items[0] == Reject(source="--published", reason="warning: unparseable published 'demain' ignored")
    assert articles(items)[1].published is None


def test_json_array_file(tmp_path):
    path = tmp_path / "lot.json"
    path.write_text('[{"id": "a", "text": "Combats à Kismayo."}, {"id": "b"}]', encoding="utf-8")
    items = list(read_sources([path]))
    assert items == [Article(id="a", text="Combats à Kismayo."),
                     Reject(source=str(path), reason="missing field 'text'", doc_id="b")]


def test_json_file_holding_json_lines(tmp_path):
    path = tmp_path / "lot.json"
    path.write_text('{"id": "a", "text": "Un"}\n{"id": "b", "text": "Deux"}\n', encoding="utf-8")
    assert [a.id for a in articles(read_sources([path]))] == ["a", "b"]


def test_invalid_utf8_line_and_bom(tmp_path):
    path = tmp_path / "lot.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "text": "Un"}\n{"id": "b", "text": "\xff"}\n')
    assert list(read_sources([path])) == [
        Article(id="a", text="Un"), Reject(source=str(path), reason="invalid UTF-8 at byte 21", line=2)]


def test_duplicate_ids_are_rejected(tmp_path):
    path = tmp_path / "lot.jsonl"
    path.write_text('{"id": "a", "text": "Un"}\n{"id": "a", "text": "Deux"}\n', encoding="utf-8")
    assert list(read_sources([path])) == [
        Article(id="a", text="Un"), Reject(source=str(path), reason="duplicate id 'a'", doc_id="a")]


# --------------------------------------------------------------------------- plain text
def test_text_dateline_with_french_month():
    article = articles(read_file(FIXTURES / "gao_mine.txt"))[0]
    assert (article.id, article.published, article.title) == ("gao_mine", "2023-04-01", None)
    assert article.text.startswith("Gao, 1er avril 2023 (Dépêche) – Une mine artisanale")
    assert article.text.endswith("lancée dans la zone.\n")


def test_text_option_wins_over_dateline():
    article = articles(read_file(FIXTURES / "gao_mine.txt", published="2023-04-02"))[0]
    assert article.published == "2023-04-02"


def test_text_without_date_and_empty_text():
    assert articles(read_file(FIXTURES / "undated.txt"))[0].published is None
    assert list(read_file(FIXTURES / "empty.txt")) == [
        Reject(source=str(FIXTURES / "empty.txt"), reason="empty text", doc_id="empty")]


def test_text_in_windows_encoding(tmp_path):
    path = tmp_path / "kayes.txt"
    path.write_bytes("Kayes, 2 février 2023\r\nAttaque d'un convoi.".encode("cp1252"))
    assert list(read_file(path)) == [
        Article(id="kayes", text="Kayes, 2 février 2023\nAttaque d'un convoi.", published="2023-02-02")]


@pytest.mark.parametrize("text, expected", [
    ("Gao, 1er avril 2023 (Dépêche) – Une mine", date(2023, 4, 1)),
    ("Maiduguri\nPublié le 14/05/2023\nDes combattants", date(2023, 5, 14)),
    ("Bangui, 3 June 2023 - Des tirs", date(2023, 6, 3)),
    ("GOMA, June 3rd, 2023 - Des tirs", date(2023, 6, 3)),
    ("Mis à jour le 2023-08-30 à 10h", date(2023, 8, 30)),
    ("Niamey (AFP) - 12 DÉCEMBRE 2022 - Manifestation", date(2022, 12, 12)),
    ("Titre\n\nSous-titre\nChapeau\nLe 4 mai 2023, des tirs", None),   # beyond the first three lines
    ("Bamako, 31 février 2023", None),
    ("En mars 2023, des tirs", None),
    ("", None),
])
def test_dateline_date(text, expected):
    assert dateline_date(text) == expected


# --------------------------------------------------------------------------- HTML
def test_html_body_title_date_and_metadata():
    article = articles(read_file(FIXTURES / "tillaberi.html"))[0]
    assert article.id == "tillaberi"
    assert article.title == "Niger : une embuscade près de Tillabéri"
    assert article.published == "2023-05-04"
    assert article.url == "https://example.org/niger/embuscade-tillaberi"
    assert article.outlet == "Le Veilleur"
    assert article.text.startswith("Une patrouille de l'armée nigérienne est tombée mardi")
    assert "Accueil" not in article.text and "Tous droits réservés" not in article.text


def test_broken_html_is_rejected():
    assert list(read_file(FIXTURES / "broken.html")) == [
        Reject(source=str(FIXTURES / "broken.html"), reason="no text extracted from HTML", doc_id="broken")]


# --------------------------------------------------------------------------- dispatch
def test_directory_is_read_recursively_in_sorted_order():
    items = list(read_sources([FIXTURES]))
    assert [a.id for a in articles(items)] == [
        "mali-001", "rdc-002", "haiti-003", "5", "tchad-006", "rca-007", "english_report", "gao_mine",
        "maiduguri", "bangui", "spanish_report", "tillaberi", "undated"]   # nested/.cache.txt is hidden
    assert Reject(source=str(FIXTURES / "table.csv"), reason="unsupported file type") in items


def test_missing_path():
    assert list(read_sources([Path("/nowhere/lot.jsonl")])) == [
        Reject(source="/nowhere/lot.jsonl", reason="file not found")]


@pytest.mark.parametrize("value, expected", [
    ("2023-03-15", ("2023-03-15", None)),
    ("2023-03", ("2023-03", None)),
    ("2023-03-15T09:30:00Z", ("2023-03-15T09:30:00Z", None)),
    ("2023-03-15 09:30", ("2023-03-15 09:30", None)),
    (" 2023-03-15 ", ("2023-03-15", None)),
    (None, (None, None)),
    ("", (None, None)),
    ("2023-13", (None, "warning: unparseable published '2023-13' ignored")),
    ("15/03/2023", (None, "warning: unparseable published '15/03/2023' ignored")),
    (20230315, (None, "warning: unparseable published '20230315' ignored")),
    ("2023-03-17", (None, "warning: published '2023-03-17' is in the future, ignored")),
    ("2023-03-16", ("2023-03-16", None)),   # one day of time-zone slack
])
def test_check_published(value, expected):
    assert check_published(value, today=date(2023, 3, 15)) == expected


def test_html_without_date_takes_the_option(tmp_path):
    path = tmp_path / "bunia.htm"
    body = ("Des miliciens ont attaqué jeudi un site de déplacés au nord de Bunia, dans l'Ituri, tuant au moins "
            "huit civils, selon un responsable de la société civile joint sur place par téléphone.")
    more = "Les blessés ont été évacués vers l'hôpital général de Bunia, où les équipes manquent de sang."
    path.write_text(f"<html><body><article><p>{body}</p><p>{more}</p></article></body></html>", encoding="utf-8")
    [article] = read_file(path, published="2023-02-09")
    assert (article.id, article.published, article.text) == ("bunia", "2023-02-09", f"{body}\n{more}")
