"""The cheaper paths of the kremlin.ru reader (issue 19, round h): one selector engine shared by
every parsed page, the file's own UTF-8 bytes given to lexbor, the separator test as a regex.
Each must give what the path it replaces gave. Pages written here; no archive text."""

from __future__ import annotations

import threading

import pytest
from selectolax.lexbor import LexborHTMLParser

from pipeline.ingest import kremlin
from pipeline.ingest.kremlin import _css, _css_first, _is_separator, limit_depth, parse_html
from pipeline.speech import Speech

_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"/>
<meta property="og:url" content="http://en.kremlin.ru/events/president/news/{id}"/>
<meta property="og:title" content="Ferry timetables"/>
</head><body>
<div class="read">
<h1 class="entry-title">Ferry <i>timetables</i> for the islands</h1>
<time class="read__published" datetime="2019-04-07">April 7, 2019</time>
<div class="read__place">Coastal Town</div>
<div class="read__lead"><p>The minister met the ferry crews {lead}.</p></div>
<div class="entry-content" itemprop="articleBody">
{body}
</div></div></body></html>
"""

# bodies with nested, odd and deep markup: quotes and lists made of paragraphs, bold labels
# split in runs, removed furniture inside text, unclosed and upper-case tags, non-ASCII text
_BODIES = [
    "<p><b>Olga Marsh:</b> The morning boat leaves at seven.</p><p>It — “mostly” — does.</p>",
    "<blockquote><p>We sail <strong>twice</strong> a day.</p><p>Sometimes thrice.</p></blockquote>"
    "<ul><li>Pier one<ul><li>Pier two</li></ul></li><li><p>Pier three</p></li></ul>",
    "<P><B>Pavel</B><B>Grant</B>: Wind stops us<BR>in winter.<p>Снег и лёд</p>"
    "<h3>Tickets<span class='read__tooltip'>hidden</span></h3><p>* * *</p>",
    "<div>" * 40 + "<p>Deep <em>inside <b>the</b> harbour</em> 😀</p>" + "</div>" * 40,
    "<p>A <a class='person_tag' href='/p/1'>Nina <b>Lund</b></a> note"
    "<script>var x = '<p>no</p>';</script><!-- a comment --></p><table><tr><td><p>cell</p>",
]
_QUERIES = [
    kremlin._BLOCKS,
    kremlin._REMOVE,
    "p",
    "b, strong, br",
    '[itemprop="articleBody"]',
    'meta[property="og:url"]',
    "time.read__published",
    ".read__lead",
    "h1.entry-title",
    ".read__place",
    "time[datetime]",
    "nothing-matches",
]


def _page(body: str, lead: str = "at the pier") -> str:
    return _ARTICLE.format(id="70431", lead=lead, body=body)


def _htmls(nodes: list) -> list[str]:
    return [node.html for node in nodes]


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("query", _QUERIES)
def test_shared_engine_finds_what_the_tree_finds(body, query):
    tree = LexborHTMLParser(_page(body))
    assert _htmls(_css(tree, query)) == _htmls(tree.css(query))
    first, expected = _css_first(tree, query), tree.css_first(query)
    assert (first is None) == (expected is None)
    if first is not None:
        assert first.html == expected.html
    container = tree.css_first('[itemprop="articleBody"]')
    assert _htmls(_css(container, query)) == _htmls(container.css(query))
    for block in container.css(kremlin._BLOCKS):  # (a node matches itself, as with node.css)
        assert _htmls(_css(block, query)) == _htmls(block.css(query))


def test_an_empty_tree_finds_nothing():
    tree = LexborHTMLParser("")
    assert _css(tree, "p") == tree.css("p")
    assert _css_first(tree, "p") is tree.css_first("p")


class _CountingEngine:
    """The shared engine, counting the queries run through it."""

    def __init__(self, engine):
        self.engine, self.calls = engine, 0

    def find(self, query, node):
        self.calls += 1
        return self.engine.find(query, node)

    def find_first(self, query, node):
        self.calls += 1
        return self.engine.find_first(query, node)


@pytest.mark.parametrize("body", _BODIES)
def test_pages_are_read_through_the_shared_engine(body, monkeypatch):
    before = parse_html(_page(body), "p.html", "p")
    engine = _CountingEngine(kremlin._engine())
    monkeypatch.setattr(kremlin, "_engine", lambda: engine)
    after = parse_html(_page(body), "p.html", "p")
    assert engine.calls >= 8  # body, url, date, removals, lead, title, place, blocks
    assert isinstance(after, Speech)
    assert after == before
    assert after.page_key == before.page_key


class _RecordingParser(LexborHTMLParser):
    """LexborHTMLParser, noting what it was given."""

    given: list = []

    def __init__(self, html, *args, **kwargs):
        _RecordingParser.given.append(html)
        super().__init__(html, *args, **kwargs)


@pytest.mark.parametrize("body", _BODIES)
@pytest.mark.parametrize("lead", ["at the pier", "at the pier (café, naïve, Œuvre, ½)"])
def test_the_file_bytes_are_parsed_when_the_text_is_kept(body, lead, monkeypatch):
    text = _page(body, lead)
    utf8 = text.encode("utf-8")
    without = parse_html(text, "p.html", "p")
    monkeypatch.setattr(kremlin, "LexborHTMLParser", _RecordingParser)
    _RecordingParser.given = []
    with_bytes = parse_html(text, "p.html", "p", utf8=utf8)
    assert _RecordingParser.given == [utf8]
    assert isinstance(with_bytes, Speech)
    assert with_bytes == without
    assert with_bytes.turns == without.turns
    assert with_bytes.page_key == without.page_key


def test_a_page_changed_by_the_depth_guard_is_parsed_as_its_new_text(monkeypatch):
    text = _page("<div>" * 600 + "<p>Far below the deck.</p>" + "</div>" * 600)
    limited = limit_depth(text)
    assert limited != text
    monkeypatch.setattr(kremlin, "LexborHTMLParser", _RecordingParser)
    _RecordingParser.given = []
    speech = parse_html(text, "p.html", "p", utf8=text.encode("utf-8"))
    assert _RecordingParser.given == [limited]
    assert isinstance(speech, Speech)
    assert "Far below the deck." in speech.paragraphs


def test_without_the_bytes_the_text_is_parsed(monkeypatch):
    text = _page(_BODIES[0])
    monkeypatch.setattr(kremlin, "LexborHTMLParser", _RecordingParser)
    _RecordingParser.given = []
    parse_html(text, "p.html", "p")
    assert _RecordingParser.given == [text]


def test_separator_test_as_isalnum_for_every_code_point():
    # _is_separator searches for [^\W_]; that must be str.isalnum() for every code point, as
    # every page's paragraphs depend on it
    for code in range(0x110000):
        char = chr(code)
        assert _is_separator(f"* {char} *") is not char.isalnum(), hex(code)


@pytest.mark.parametrize(
    ("text", "separator"),
    [("* * *", True), ("<…>", True), ("–", True), ("_", True), ("Ⅻ", False), ("a", False)],
)
def test_separators(text, separator):
    assert _is_separator(text) is separator


def _references_by_regex_search(lowered: bytes) -> bool:
    """_references_may_add_words as it was: the two patterns searched for over the whole page."""
    import html

    if kremlin._NAMED_WORD_REFERENCES.search(lowered):
        return True
    for reference in dict.fromkeys(kremlin._NUMERIC_REFERENCE.findall(lowered)):
        decoded = html.unescape(reference.decode("ascii") + ";")
        if not decoded or kremlin._WORD_CHARS.intersection(decoded.lower()):
            return True
    return False


@pytest.mark.parametrize(
    "lowered",
    [
        b"",
        b"no references at all",
        b"&",
        b"&&&",
        b"tom &amp; jerry &nbsp;&copy; &#169; &#xa9;",
        b"a&colon;b",
        b"x&lowbar",
        b"&&#97;",
        b"&#x6",
        b"&#x61;rticle",
        b"&#1;&#1;",  # decodes to nothing
        b"&#8212; &#x2014 &#65 &#65;",
        b"&#;&#x;&#xg;&amp;#97;",
        b"&#" + b"9" * 50 + b";",
        "caf\u00e9 &#233; &eacute;".encode(),
        b"&amp" * 300 + b"&#98;",
    ],
)
def test_references_found_at_ampersands_as_by_a_search(lowered):
    assert kremlin._references_may_add_words(lowered) == _references_by_regex_search(lowered)


def test_an_unreadable_reference_fails_as_before():
    lowered = b"&#" + b"7" * 5000 + b";"
    with pytest.raises(ValueError):
        _references_by_regex_search(lowered)
    with pytest.raises(ValueError):
        kremlin._references_may_add_words(lowered)


@pytest.mark.parametrize(
    ("data", "places"),
    [(b"", []), (b"&", [0]), (b"a&b&&", [1, 3, 4]), (b"none", [])],
)
def test_ampersands(data, places):
    assert kremlin._ampersands(data) == places


def test_a_parser_wrapped_in_a_function_still_reads_pages(monkeypatch):
    # scripts/bench.py times the parse by wrapping LexborHTMLParser in a function: the queries
    # must not take the wrapper for the class
    expected = parse_html(_page(_BODIES[0]), "p.html", "p")
    parse = kremlin.LexborHTMLParser
    monkeypatch.setattr(kremlin, "LexborHTMLParser", lambda *a, **k: parse(*a, **k))
    speech = parse_html(_page(_BODIES[0]), "p.html", "p")
    assert isinstance(speech, Speech)
    assert speech == expected


def test_each_thread_has_its_own_engine_and_reads_pages_alike():
    # a query keeps its state in the engine while it runs: threads must not share one
    expected = [parse_html(_page(body), "p.html", "p") for body in _BODIES]
    engines, results = {}, {}

    def read(name: str) -> None:
        engines[name] = kremlin._engine()
        results[name] = [parse_html(_page(body), "p.html", "p") for body in _BODIES * 20]

    threads = [threading.Thread(target=read, args=(str(n),)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(engine) for engine in engines.values()}) == 4
    assert kremlin._engine() not in engines.values()
    assert all(found == expected * 20 for found in results.values())
