"""PageKey: a print version read only as far as the digest of what its document's id and text
are made of (pipeline.ingest.kremlin). Two pages with the same key must give documents with the
same doc_id and text (all that tells a duplicate); pages that differ only where neither reads
(links, the head's furniture, removed elements, the date and place) should share the key.
Pages written here; no archive text."""

from __future__ import annotations

import pytest

from pipeline.ingest import load_source
from pipeline.ingest.kremlin import parse_html
from pipeline.speech import InputError, PageKey, Speech

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/>
<title>Talks on river transport • Example</title>
<meta property="og:title" content="Talks on river transport"/>
<meta property="og:url" content="http://en.kremlin.ru/events/president/news/{id}"/>
<link rel="canonical" href="{canonical}"/>
<link rel="stylesheet" href="{css}" media="{media}"/>
</head><body>
<div class="nav"><a href="{nav}">Back to the news</a></div>
<div class="read" data-href="{data_href}">
<h1 class="entry-title">{title}</h1>
<time class="read__published" datetime="{date}">{date}</time>
<div class="read__place">{place}</div>
<div class="read__lead"><p>{lead}</p></div>
<div class="entry-content" itemprop="articleBody">
<p><b>Anna Petrova:</b> Barges on the northern canal carried {figure} tonnes of grain.</p>
<p>Loading at the <a class="person_tag" href="{person}">Ivan Sokolov</a> pier went well.
<span class="read__tooltip">{tooltip}</span></p>
<blockquote><p>We will add two new locks, she said.</p></blockquote>
<script>var page = "{script}";</script>
</div>
<div class="share"><a href="{share}">Print</a></div>
</div>
{tail}</body></html>
"""

_ARTICLE = {
    "id": "90017",
    "canonical": "90017.html",
    "css": "../../static/screen.css",
    "media": "print",
    "nav": "90017.html#top",
    "data_href": "http://en.kremlin.ru/events/president/news/90017",
    "title": "Talks on river transport",
    "date": "2021-06-02",
    "place": "Volga Region",
    "lead": "The President discussed river freight with the region's governor.",
    "figure": "400",
    "person": "/catalog/persons/1",
    "tooltip": "A short biography.",
    "script": "article",
    "share": "90017/print.html",
    "tail": '<script src="app.js"></script>',
}
# the print version as kremlin.ru writes it: other links, another style sheet, no app script
_PRINT = {
    **_ARTICLE,
    "canonical": "../90017.html",
    "css": "../../../static/screen.css",
    "media": "all",
    "nav": "print.html#top",
    "data_href": "http://en.kremlin.ru/events/president/news/90017/print",
    "share": "print.html",
    "tooltip": "A longer biography, removed from the text anyway.",
    "script": "print",
    "tail": "",
}


def page(**changes: str) -> str:
    return _PAGE.format(**{**_ARTICLE, **changes})


def read(text: str, key_only: bool = False):
    return parse_html(text, "news/90017.html", "fallback", not key_only, key_only=key_only)


def document(text: str) -> tuple:
    """What a document read whole holds (speaker_turns=False, as a print version is read)."""
    speech = parse_html(text, "news/90017/print.html", "fallback", False)
    assert isinstance(speech, Speech)
    return (
        speech.doc_id,
        speech.paragraphs,
        speech.title,
        speech.date,
        speech.place,
        speech.url,
        speech.lead,
        speech.unbuilt_labels,
    )


def test_a_print_version_has_its_page_key():
    article, printed = page(), _PAGE.format(**_PRINT)
    speech = read(article)
    key = read(printed, key_only=True)
    assert isinstance(speech, Speech) and isinstance(key, PageKey)
    assert speech.page_key is not None and speech.page_key[0] == key.key
    assert key.budget == 4 * len(printed) + 10_000
    # the blocks' size is what the budget is checked against: the body's blocks here
    assert 0 < speech.page_key[1] < len(article)
    assert document(article) == document(printed)


@pytest.mark.parametrize(
    "changes",
    [
        {"figure": "401"},  # the body's text
        {"title": "Talks on rail transport"},
        {"lead": "The President discussed river freight."},
        {"id": "90018"},  # the url, so the doc_id
    ],
)
def test_what_a_document_reads_changes_the_key(changes):
    assert document(page()) != document(page(**changes))
    assert read(page(), key_only=True).key != read(page(**changes), key_only=True).key


def identity(text: str) -> tuple:
    """What tells a print version its page's duplicate: the doc_id and the text."""
    speech = parse_html(text, "news/90017/print.html", "fallback", False)
    assert isinstance(speech, Speech)
    return speech.doc_id, speech.text


@pytest.mark.parametrize(
    "changes",
    [{"date": "2021-06-03"}, {"place": "Volga Region, Samara"}],
)
def test_what_only_the_document_record_reads_keeps_the_key(changes):
    """The date and the place are in the document record, not in its text: a print version
    that differs from its page only there is its duplicate all the same (the runner compares
    doc_id and text), so the key leaves them out and a print version is not dated or placed."""
    assert document(page()) != document(page(**changes))
    assert identity(page()) == identity(page(**changes))
    assert read(page(), key_only=True).key == read(page(**changes), key_only=True).key
    assert read(page()).page_key == read(page(**changes)).page_key


@pytest.mark.parametrize(
    "changes",
    [
        {"canonical": "elsewhere.html", "nav": "x.html", "share": "y.html", "media": "screen"},
        {"tooltip": "Removed with the tooltip."},  # inside an element the body drops
        {"script": "other"},
        {"tail": "<div>After the article.</div>"},
    ],
)
def test_what_no_document_reads_keeps_the_key(changes):
    assert document(page()) == document(page(**changes))
    assert read(page(), key_only=True).key == read(page(**changes), key_only=True).key


def test_a_link_of_the_body_changes_the_key():
    """The key is exact, not complete: a link's address in the body is in the body's markup
    (the runner then reads the print version whole: tests/test_runner.py)."""
    assert document(page()) == document(page(person="../catalog/persons/1"))
    assert read(page(), key_only=True).key != read(page(person="x"), key_only=True).key


def test_no_key_without_a_url_that_names_the_document():
    for url_less in (
        page().replace('<meta property="og:url"', '<meta property="og:other"'),
        # a url without a last segment: the doc_id would be the file's name
        page().replace("http://en.kremlin.ru/events/president/news/90017", "/?page=2"),
    ):
        speech = read(url_less)
        assert isinstance(speech, Speech) and speech.page_key is None
        # read whole instead, as without key_only
        whole = read(url_less, key_only=True)
        assert isinstance(whole, Speech) and whole.doc_id == "fallback"


def test_no_key_for_a_truncated_page():
    truncated = page().replace("</body></html>", "")
    assert isinstance(read(truncated), Speech) and read(truncated).page_key is None
    assert isinstance(read(truncated, key_only=True), Speech)


@pytest.mark.parametrize(
    "text",
    [
        page().replace("</body></html>", ""),  # truncated
        page().replace('<meta property="og:url"', '<meta property="og:other"'),  # no url
    ],
)
def test_a_page_without_a_key_is_read_whole_with_its_date_and_place(text):
    """key_only leaves out the date and the place only when the key is made: a page that
    cannot have one comes back whole, as without key_only."""
    keyed = read(text, key_only=True)  # (read for its text: no turns, as a print version)
    whole = parse_html(text, "news/90017.html", "fallback", False)
    assert isinstance(keyed, Speech) and keyed.date == "2021-06-02" == whole.date
    assert keyed.place == "Volga Region" == whole.place
    assert keyed == whole


def test_other_pages_are_read_as_without_key_only():
    generic = "<html><body><p>Barges carried grain on the canal this year.</p></body></html>"
    assert read(generic, key_only=True) == read(generic)
    broken = page().replace('itemprop="articleBody"', "").replace("</body></html>", "")
    assert isinstance(read(broken, key_only=True), InputError)


def test_load_source_key_only(tmp_path):
    path = tmp_path / "90017" / "print.html"
    path.parent.mkdir()
    path.write_text(_PAGE.format(**_PRINT), encoding="utf-8")
    (key,) = load_source(str(path), text_only=True, key_only=True)
    assert isinstance(key, PageKey) and key.source == str(path)
    # key_only needs text_only: a document read whole is checked and has its turns
    (speech,) = load_source(str(path), key_only=True)
    assert isinstance(speech, Speech) and speech.turns and speech.page_key[0] == key.key


def _article_element(text: str) -> str:
    """The bytes of the article's element as written, found by a plain search: from its start
    tag to the end tag before the share block."""
    start = text.index('<div class="entry-content" itemprop="articleBody">')
    return text[start : text.index('<div class="share">', start)]


@pytest.mark.parametrize(
    "before",
    [
        "<xmp>",  # everything after it is raw text: no article element at all
        "<!--",  # a comment that runs to the end of the page
        "<script>",  # script text up to the article's own script end tag
    ],
)
def test_the_article_elements_bytes_alone_do_not_tell_a_duplicate(before):
    """Why the key is made from the parsed tree, not from the raw bytes of the article's
    element: how those bytes parse depends on everything before them. Each print version here
    has its page's article element byte for byte, after some navigation markup; none gives its
    page's document, and none has its page's key."""
    printed = page(nav=f'90017.html#top">Back</a>{before}<a href="x')
    assert _article_element(printed) == _article_element(page())
    key = read(printed, key_only=True)
    assert not isinstance(key, PageKey) or key.key != read(page()).page_key[0]
    outcome = parse_html(printed, "news/90017/print.html", "fallback", False)
    assert not isinstance(outcome, Speech) or identity(printed) != identity(page())


def test_a_url_in_the_head_changes_the_key_though_the_article_is_the_same():
    """The doc_id comes from the head (og:url), outside the article's element."""
    printed = page().replace('news/{id}"/>'.format(id="90017"), 'news/90018"/>')
    assert _article_element(printed) == _article_element(page())
    assert identity(printed) != identity(page())
    assert read(printed, key_only=True).key != read(page()).page_key[0]
