"""The one place that knows the order of the stages:
Article -> checks and language -> spaCy analysis -> mentions -> events + tolls."""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator
from itertools import islice

from guetteur.coding.events import code_events
from guetteur.coding.tolls import code_tolls
from guetteur.model import AnalyzedDoc, Article, ArticleResult, Mentions, Reject
from guetteur.understand.actors import actor_countries, find_actors
from guetteur.understand.analysis import MODELS, analyze
from guetteur.understand.attribution import find_attributions
from guetteur.understand.dates import find_dates
from guetteur.understand.figures import find_figures
from guetteur.understand.language import article_language
from guetteur.understand.places import find_places, focus_country
from guetteur.understand.triggers import find_triggers

log = logging.getLogger(__name__)
BATCH = 32


def understand(adoc: AnalyzedDoc) -> Mentions:
    """Run every finder over one analysed article."""
    hints = actor_countries(adoc)   # "les ADF" place a short dispatch in Congo before its villages are resolved
    places = find_places(adoc, hints)
    country = focus_country(adoc, places, hints)
    return Mentions(dates=find_dates(adoc), places=places, actors=find_actors(adoc, country),
                    figures=find_figures(adoc), attributions=find_attributions(adoc),
                    triggers=find_triggers(adoc), country=country)


def code(adoc: AnalyzedDoc, mentions: Mentions) -> ArticleResult:
    events, used = code_events(adoc, mentions)
    return ArticleResult(article=adoc.article, events=events, tolls=code_tolls(adoc, mentions, used))


def check(article: Article) -> Article | Reject:
    """An article ready for analysis (language known and supported), or the reason it is not."""
    if not article.text or not article.text.strip():
        return Reject(source=article.id, doc_id=article.id, reason="empty text")
    lang, _confidence = article_language(article)
    if lang is None:
        return Reject(source=article.id, doc_id=article.id, reason="language could not be identified")
    if lang not in MODELS:
        return Reject(source=article.id, doc_id=article.id, reason=f"unsupported language: {lang}")
    article.lang = lang
    return article


def warnings_for(article: Article) -> list[Reject]:
    """Problems that do not stop extraction but that the user should know about."""
    if article.published_day is None:
        return [Reject(source=article.id, doc_id=article.id,
                       reason="warning: no full publication date; only dates written in the text are used")]
    return []


def extract(items: Iterable[Article | Reject], advance: Callable[[int], None] | None = None,
            ) -> Iterator[ArticleResult | Reject]:
    """Extract events and tolls from a stream of articles (and pass rejects through), batch by batch.

    An article that makes a stage fail becomes a Reject with the error; the rest of the batch goes on.
    """
    stream = iter(items)
    while batch := list(islice(stream, BATCH)):
        ready: dict[str, list[Article]] = {}
        for item in batch:
            checked = check(item) if isinstance(item, Article) else item
            if isinstance(checked, Reject):
                yield checked
                continue
            yield from warnings_for(checked)
            ready.setdefault(checked.lang, []).append(checked)
        for lang, articles in ready.items():
            for adoc in analyze(articles, lang=lang):
                yield _safely(adoc)
        if advance is not None:
            advance(len(batch))


def _safely(adoc: AnalyzedDoc) -> ArticleResult | Reject:
    try:
        return code(adoc, understand(adoc))
    except Exception as error:  # one bad article must not stop the batch
        log.exception("extraction failed on %s", adoc.article.id)
        return Reject(source=adoc.article.id, doc_id=adoc.article.id,
                      reason=f"internal error: {type(error).__name__}: {error}")
