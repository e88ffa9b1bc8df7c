from pathlib import Path

import pytest

from guetteur.model import Article, Reject
from guetteur.read import read_file, read_sources
from guetteur.read.feeds import as_url, feed_articles, plain_text

FEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "feeds"
RSS, ATOM, BROKEN = FEEDS / "sahel.rss", FEEDS / "kivu.atom", FEEDS / "broken.rss"


def articles(items):
    return [item for item in items if isinstance(item, Article)]


def rejects(items):
    return [item for item in items if isinstance(item, Reject)]


def test_rss_entry_with_full_content():
    first = articles(read_file(RSS))[0]
    assert first == Article(
        id="vigie-2023-0311",
        text="Une patrouille de l'armée nigérienne est tombée vendredi dans une embuscade près de Tillabéri."
             "\n\nTrois soldats ont été tués, selon une source sécuritaire.",
        title="Niger : une patrouille prise dans une embuscade près de Tillabéri", published="2023-03-11",
        url="https://vigie.example.org/2023/03/embuscade-tillaberi", outlet="La Vigie du Sahel")


def test_rss_entry_without_guid_takes_its_link_and_its_summary():
    second = articles(read_file(RSS))[1]
    assert (second.id, second.text, second.published) == (
        "https://vigie.example.org/2023/03/menaka-marche",
        "Des hommes armés ont incendié samedi le marché de Ménaka.\n\nAucune victime n'est signalée.",
        "2023-03-12")   # the outlet's own day (+0100), not the UTC one


def test_rss_entry_without_text_is_rejected():
    assert rejects(read_file(RSS)) == [Reject(source=str(RSS), reason="feed entry has no text", line=3,
                                              doc_id="https://vigie.example.org/2023/03/photo")]


def test_atom_entries():
    found = [(a.id, a.published, a.url, a.outlet, a.text) for a in read_file(ATOM)]
    assert found == [
        ("urn:example:echos-kivu:1042", "2024-02-05", "https://echos.example.net/beni-attaque", "Echos du Kivu",
         "Six civils ont été tués dans la nuit de dimanche à lundi à Beni."),
        ("urn:example:echos-kivu:1043", "2024-02-04", None, "Echos du Kivu",   # updated only; no web link
         "Plusieurs centaines de personnes ont manifesté dimanche à Goma.")]


def test_broken_feed_is_one_reject():
    [reject] = list(read_file(BROKEN))
    assert reject.source == str(BROKEN)
    assert reject.reason.startswith("feed could not be parsed: ")


@pytest.mark.parametrize("data, reason", [
    (b"", "feed has no entries"),
    (b"<rss version='2.0'><channel><title>Vide</title></channel></rss>", "feed has no entries"),
])
def test_feeds_without_entries(data, reason):
    assert list(feed_articles(data, "mem")) == [Reject(source="mem", reason=reason)]


def test_malformed_feed_keeps_readable_entries_with_a_warning():
    data = (b"<rss version='2.0'><channel><title>Coupe</title><item><guid>x-1</guid>"
            b"<description>Des tirs ont \xc3\xa9t\xc3\xa9 entendus lundi \xc3\xa0 Gao.</description></item>"
            b"<item><guid>x-2</guid><description>Tronqu")
    items = list(feed_articles(data, "mem"))
    assert items[0].reason.startswith("warning: malformed feed")
    assert [(a.id, a.text) for a in articles(items)] == [("x-1", "Des tirs ont été entendus lundi à Gao.")]
    assert items[-1] == Reject(source="mem", reason="feed entry has no text", line=2, doc_id="x-2")


def test_published_option_dates_undated_entries():
    data = b"<rss version='2.0'><channel><item><guid>y</guid><description>Calme a Kidal.</description></item>" \
           b"</channel></rss>"
    [article] = feed_articles(data, "mem", published="2023-05-02")
    assert (article.published, article.outlet) == ("2023-05-02", None)


@pytest.mark.parametrize("markup, text", [
    ("<p>Un <b>drone</b>&nbsp;a frappé</p><p>Deux morts.</p>", "Un drone a frappé\n\nDeux morts."),
    ("ligne un<br><br>ligne deux", "ligne un\n\nligne deux"),
    ("<div>avant<script>var x = 1;</script><style>p {}</style> après</div>", "avant après"),
    ("", ""),
    ("texte brut", "texte brut"),
])
def test_plain_text(markup, text):
    assert plain_text(markup) == text


@pytest.mark.parametrize("source, url", [
    ("https://example.org/rss", "https://example.org/rss"),
    (Path("https://example.org/fil/rss.xml"), "https://example.org/fil/rss.xml"),   # a CLI path argument
    ("HTTP://example.org/a", "http://example.org/a"),
    ("feeds/local.rss", None),
    ("ftp://example.org/a", None),
])
def test_as_url(source, url):
    assert as_url(source) == url


def test_unreachable_url_is_a_reject():
    url = "http://127.0.0.1:9/feed.xml"   # the discard port of this machine: nothing listens
    [reject] = list(read_sources([url]))
    assert reject.source == url
    assert reject.reason.startswith("cannot fetch feed: ")


def test_dispatch_by_suffix(tmp_path):
    copy = tmp_path / "fil.xml"
    copy.write_bytes(ATOM.read_bytes())
    assert [a.id for a in articles(read_sources([RSS, copy]))] == [
        "vigie-2023-0311", "https://vigie.example.org/2023/03/menaka-marche", "urn:example:echos-kivu:1042",
        "urn:example:echos-kivu:1043"]
