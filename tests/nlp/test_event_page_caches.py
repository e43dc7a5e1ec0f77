"""The caches of clauses, tenses, event keys and content words (`event_dates.clause_bounds`,
`_tense`, `event_keys`'s cache of `event_key`, `events.content_words`) hold one page's entries,
not the run's (issue 19, rounds mem72 and mem73): the event component empties them as a page
starts, so what they hold after two pages is what the second alone leaves. Invented pages."""

import pytest

from pipeline import _cached_pipeline, extract_document
from pipeline.nlp import event_dates
from pipeline.nlp.event_dates import forget_page_clauses
from pipeline.nlp.event_keys import _cache, event_key, forget_keys
from pipeline.nlp.events import content_words, forget_page_words
from pipeline.speech import Speech

DATED = [
    "Last year the leaders of Pineland met at the Lakemoor Economic Forum, which they praised.",
    "The 2031 Hillside Cup was held in May, and the Lake Union summit will open in June 2032.",
]
OTHER = ["In 2029 the ministers said that the Pinecrest Forum would open again next spring."]
PLAIN = ["They talked about roads, bridges and new schools for the valley."]


def _read(paragraphs: list[str]) -> None:
    speech = Speech(doc_id="p", source="<test>", paragraphs=paragraphs, date="2031-06-03")
    extract_document(speech)


def _sizes() -> tuple[int, int, int, int]:
    rules = _cached_pipeline(None).get_pipe("speechfacts_event").rules
    return (
        event_dates.clause_bounds.cache_info().currsize,
        event_dates._tense.cache_info().currsize,
        len(_cache(rules)),
        content_words.cache_info().currsize,
    )


def _forget() -> None:
    forget_page_clauses()
    forget_keys(_cached_pipeline(None).get_pipe("speechfacts_event").rules)
    forget_page_words()


def test_a_dated_page_fills_the_caches_and_a_plain_one_empties_them():
    _read(DATED)
    assert all(_sizes())
    _read(PLAIN)
    # the plain page's title alone is asked for its content words
    assert _sizes() == (0, 0, 0, 1)


def test_forget_page_words_empties_the_cache_and_words_stay_the_same():
    words = content_words("The Lake Union Summit's Opening")
    assert content_words.cache_info().currsize >= 1
    forget_page_words()
    assert content_words.cache_info().currsize == 0
    assert (
        content_words("The Lake Union Summit's Opening")
        == words
        == {
            "lake",
            "union",
            "summit",
            "opening",
        }
    )


@pytest.mark.parametrize("second", [PLAIN, OTHER, DATED])
@pytest.mark.parametrize("first", [PLAIN, OTHER, DATED])
def test_the_caches_hold_the_last_page_only(first, second):
    _forget()
    _read(second)
    alone = _sizes()
    _read(first)
    _read(second)
    assert _sizes() == alone


def test_forget_keys_empties_the_cache_and_keys_stay_the_same():
    rules = _cached_pipeline(None).get_pipe("speechfacts_event").rules
    key = event_key(rules, "Lake Union summit", "summit", "2032-06")
    assert len(_cache(rules)) >= 1
    forget_keys(rules)
    assert len(_cache(rules)) == 0
    assert event_key(rules, "Lake Union summit", "summit", "2032-06") == key
