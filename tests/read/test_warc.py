from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from guetteur.model import Article, Reject
from guetteur.read import read_file, read_sources

PAGE = """<html><head><title>Bamako : marche des enseignants</title>{meta}</head><body><article>
<h1>Bamako : marche des enseignants</h1>
<p>Plusieurs centaines d'enseignants ont défilé mardi dans les rues de Bamako pour réclamer le paiement de leurs
primes, a constaté notre correspondant sur place au milieu de la matinée.</p>
<p>Le cortège est parti de la Bourse du travail et s'est dispersé dans le calme devant le ministère de
l'Education nationale, où une délégation a été reçue par le secrétaire général.</p>
</article></body></html>"""
DATED = '<meta property="article:published_time" content="2022-11-08T10:00:00Z">'


def _response(writer: WARCWriter, uri: str, body: str, content_type: str = "text/html; charset=utf-8",
              status: str = "200 OK", day: str = "2022-11-09T06:00:00Z") -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(body.encode("utf-8")),
                                       http_headers=http, warc_headers_dict={"WARC-Date": day})
    writer.write_record(record)


def build_warc(path: Path, compressed: bool) -> Path:
    with path.open("wb") as fh:
        writer = WARCWriter(fh, gzip=compressed)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        _response(writer, "https://journal.example.ml/marche-undated", PAGE.format(meta=""))
        _response(writer, "https://journal.example.ml/logo.png", "PNG", content_type="image/png")
        _response(writer, "https://journal.example.ml/ancien", "", status="301 Moved Permanently")
        _response(writer, "https://journal.example.ml/marche-dated", PAGE.format(meta=DATED))
    return path


@pytest.fixture(params=[False, True], ids=["warc", "warc.gz"])
def archive(request, tmp_path) -> Path:
    return build_warc(tmp_path / ("pages.warc.gz" if request.param else "pages.warc"), request.param)


def test_html_responses_become_articles(archive):
    found = [(a.id, a.url, a.published, a.title) for a in read_file(archive)]
    assert found == [
        ("https://journal.example.ml/marche-undated", "https://journal.example.ml/marche-undated", "2022-11-09",
         "Bamako : marche des enseignants"),
        ("https://journal.example.ml/marche-dated", "https://journal.example.ml/marche-dated", "2022-11-08",
         "Bamako : marche des enseignants")]


def test_article_text_is_the_page_body(archive):
    article = next(iter(read_file(archive)))
    assert isinstance(article, Article)
    assert article.text.startswith("Plusieurs centaines d'enseignants ont défilé mardi")
    assert "délégation a été reçue" in article.text


def test_truncated_archive_keeps_what_was_read(tmp_path):
    whole = build_warc(tmp_path / "whole.warc.gz", compressed=True).read_bytes()
    cut = tmp_path / "cut.warc.gz"
    cut.write_bytes(whole[:len(whole) - 200])
    items = list(read_file(cut))
    assert [i.id for i in items if isinstance(i, Article)] == ["https://journal.example.ml/marche-undated"]
    [reject] = [i for i in items if isinstance(i, Reject)]
    assert reject.source == str(cut)
    assert reject.reason.startswith("damaged WARC: records after the 4 read were lost")


def test_garbage_is_a_reject_not_a_crash(tmp_path):
    path = tmp_path / "noise.warc"
    path.write_bytes(b"\x00\x01 this is no archive \xff")
    items = list(read_file(path))
    assert len(items) == 1 and isinstance(items[0], Reject)
    assert items[0].reason.startswith("damaged WARC: records after the 0 read were lost")


def test_empty_archive_gives_nothing(tmp_path):
    path = tmp_path / "empty.warc"
    path.write_bytes(b"")
    assert list(read_file(path)) == []


def test_directory_reading_dispatches_warc_by_double_suffix(tmp_path):
    build_warc(tmp_path / "a.warc.gz", compressed=True)
    assert [a.id for a in read_sources([tmp_path])] == [
        "https://journal.example.ml/marche-undated", "https://journal.example.ml/marche-dated"]
