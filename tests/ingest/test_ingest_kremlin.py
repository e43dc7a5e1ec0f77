import re
from pathlib import Path

import pytest

from pipeline.ingest.kremlin import _clean, parse_html
from pipeline.speech import InputError, Skipped, Speech

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def article() -> Speech:
    result = parse_html((FIXTURES / "article.html").read_text(), "article.html", "article")
    assert isinstance(result, Speech)
    return result


def test_metadata(article):
    assert article.doc_id == "99901"
    assert article.title == "Meeting with the Governor of Example Region"
    assert article.date == "2015-03-04"
    assert article.place == "The Kremlin, Moscow"
    assert article.url == "http://en.kremlin.ru/events/president/news/99901"
    assert article.lead == "The President met with the Governor to discuss the regional budget."


def test_site_furniture_removed(article):
    assert "leaked" not in article.text
    assert "caption" not in article.text.lower()
    assert "See also" not in article.text
    assert "* * *" not in article.paragraphs
    assert "<…>" not in article.paragraphs


def test_tooltip_removed_but_link_text_kept(article):
    assert "in the State Duma elections." in article.text


def test_paragraphs_cleaned(article):
    assert article.paragraphs[0].startswith("The President met")  # lead first
    assert "Tell me about the budget." in article.text  # hard-wrapped line joined
    assert "Is it 5 billion roubles?" in article.paragraphs  # nbsp collapsed
    assert "A quoted passage." in article.paragraphs  # blockquote kept once
    assert article.paragraphs.count("A quoted passage.") == 1


def test_turns(article):
    assert [t.speaker for t in article.turns] == [
        "Vladimir Putin",
        "Ivan Petrovich Sidorov",
        "Vladimir Putin",
    ]
    assert [t.label for t in article.turns] == [
        "President of Russia Vladimir Putin",
        "Governor of Example Region Ivan Petrovich Sidorov (retranslated)",
        "Vladimir Putin",  # adjacent <b>Vladimir</b><b>Putin</b> are two words
    ]
    text = article.text
    for turn in article.turns:
        assert text[turn.start : turn.end].startswith(turn.label + ":")
    first, second, third = article.turns
    assert "Is it 5 billion roubles?" in text[first.start : first.end]
    assert first.end <= second.start and second.end <= third.start
    assert "A quoted passage." in text[second.start : second.end]
    assert article.speaker_at(0) is None  # the lead has no speaker


def test_bold_heading_is_not_a_label(article):
    assert "Badges will be issued at the following sites:" in article.paragraphs
    assert article.speaker_at(article.text.index("Badges")) == "Vladimir Putin"


def test_gallery_by_markup():
    result = parse_html((FIXTURES / "gallery.html").read_text(), "x/99901/gallery.html", "g")
    assert isinstance(result, Skipped) and result.kind == "gallery"


@pytest.mark.parametrize("path", ["news/123/photos.html", "news/123/videos.html"])
def test_gallery_by_path(path):
    html = "<html><head><title>t</title></head><body><p>Photos</p></body></html>"
    result = parse_html(html, path, "x")
    assert isinstance(result, Skipped) and result.kind == "gallery"


def test_listing():
    result = parse_html((FIXTURES / "listing.html").read_text(), "page/2.html", "2")
    assert isinstance(result, Skipped) and result.kind == "listing"
    result = parse_html("<html><body><p>x</p></body></html>", "news/by-date/01.02.2003.html", "x")
    assert isinstance(result, Skipped) and result.kind == "listing"


def test_generic_html_page():
    html = (
        "<html><head><title>My page</title></head><body><nav><p>Menu</p></nav>"
        "<p>First paragraph.</p><p>Vladimir Putin: Second.</p></body></html>"
    )
    result = parse_html(html, "page.html", "page")
    assert isinstance(result, Speech)
    assert result.title == "My page"
    assert result.doc_id == "page"
    assert result.paragraphs == ["First paragraph.", "Vladimir Putin: Second."]


def test_empty_html():
    result = parse_html("<html><head><title></title></head><body> </body></html>", "e.html", "e")
    assert isinstance(result, InputError) and result.kind == "empty"


def test_truncated_page_with_body_is_a_speech():
    text = (FIXTURES / "article.html").read_text()
    cut = text[: text.index("Is it 5")]
    result = parse_html(cut, "cut.html", "cut")
    assert isinstance(result, Speech)
    assert result.speakers == ["Vladimir Putin"]


def test_truncated_page_without_body_is_malformed():
    text = (FIXTURES / "article.html").read_text()
    cut = text[: text.index('<div class="read__meta">')]
    result = parse_html(cut, "cut.html", "cut")
    assert isinstance(result, InputError) and result.kind == "malformed"
    assert "truncated" in result.reason
    cut = text[: text.index("<p>The Governor reported")]
    result = parse_html(cut, "cut.html", "cut")
    assert isinstance(result, InputError) and "truncated" in result.reason


def test_title_only_news_item():
    html = (
        '<html><head><meta property="og:url" content="http://en.kremlin.ru/events/president/news/5"/>'
        '</head><body><h1 class="entry-title">The President signed a decree</h1>'
        '<div class="read__lead"> </div><div itemprop="articleBody"> </div></body></html>'
    )
    result = parse_html(html, "5.html", "5")
    assert isinstance(result, Speech)
    assert result.paragraphs == ["The President signed a decree"]


@pytest.mark.parametrize("junk", ["", "<", "<<<>>>", "\x00\x01", "<p>" * 10_000])
def test_never_raises(junk):
    result = parse_html(junk, "junk.html", "junk")
    assert isinstance(result, Speech | Skipped | InputError)


def _reference_nesting(html):
    """The depth rule of limit_depth, one tag at a time."""
    from pipeline.ingest.kremlin import _NOT_NESTING, _TAG_NAME

    depth = deepest = 0
    for match in _TAG_NAME.finditer(html):
        if match.group(2).lower() in _NOT_NESTING:
            continue
        depth = max(depth - 1, 0) if match.group(1) else depth + 1
        deepest = max(deepest, depth)
    return deepest


@pytest.mark.parametrize(
    ("html", "exact"),
    [
        ("", True),
        ("no tags at all", True),
        ("<div><p>one<p>two</div>", True),
        ("</div></div><div><div><div>", True),  # end tags before any start tag
        ("<div>" * 40 + "</div>" * 40, True),
        ("<ul><li>a<ul><li>b</ul></ul><br><img src=x><hr>", True),
        ("<p-x><pre><paragraph><li-item>", True),  # names that start like void or optional ones
        ("<div><div</div>unclosed<span", True),
        ("<DIV><Span>x</SPAN></div>", True),
        ("<div></P>" * 30, True),  # a stray upper-case end tag does not hide the nesting
        ("<div></DIV>" * 30, False),  # upper-case end tags are not counted down: 30, not 1
        ("<BR><IMG>", False),  # upper-case void tags count as openings: 2, not 0
    ],
)
def test_nesting_bound_is_never_below_the_depth_limit_depth_counts(html, exact):
    from pipeline.ingest.kremlin import limit_depth, nesting_bound

    depth = _reference_nesting(html)
    assert nesting_bound(html) >= depth
    if exact:
        assert nesting_bound(html) == depth
    else:
        assert nesting_bound(html) > depth
    # a page no deeper than the bound comes back unchanged; one tag deeper does not
    assert limit_depth(html, max_depth=depth) == html
    if depth:
        assert limit_depth(html, max_depth=depth - 1) != html


# --- skip_before_parsing: the same outcome as the parsed page, or no decision --------------

_ARTICLE_BODY = '<div itemprop="articleBody"><p>The budget grew by 5 percent.</p></div>'


@pytest.mark.parametrize(
    ("path", "body", "parsed_kind", "decides"),
    [
        ("news/12/photos.html", "<p>Photos of the visit</p>", "gallery", True),
        ("news/12/videos.html.gz", "<p>Video</p>", "gallery", True),
        ("news/by-date/01.02.2003.html", "<p>Item one</p><p>Item two</p>", "listing", True),
        ("news/page/7.html", "<p>Item &amp; more</p>", "listing", True),
        # an article body makes an article page of any path: only the parse can tell
        ("news/12/photos.html", _ARTICLE_BODY, "article", False),
        ("news/page/7.html", _ARTICLE_BODY.replace("itemprop", "ITEMPROP"), "article", False),
        # written with a character reference, which the parser decodes
        (
            "news/12/photos.html",
            _ARTICLE_BODY.replace("articleBody", "article&#66;ody"),
            "article",
            False,
        ),
        (
            "news/12/photos.html",
            _ARTICLE_BODY.replace("articleBody", "&#x61;rticleBody"),
            "article",
            False,
        ),
        # a listing path with gallery markup is a gallery: only the parse can tell
        ("news/page/7.html", '<div class="photoset"><p>x</p></div>', "gallery", False),
        # a page without a doctype is read in quirks mode, where class names match in any case
        ("news/page/7.html", '<div class="PhotoSet"><p>x</p></div>', "gallery", False),
        ("news/page/7.html", '<meta property="og&colon;type" content="video">', "gallery", False),
        ("news/page/7.html", '<div class="media&lowbar;_video"><p>x</p></div>', "gallery", False),
        ("news/12.html", "<p>Photos</p>", "article", False),
        ("news/12/print.html", "<p>Photos</p>", "article", False),
    ],
)
def test_skip_before_parsing_agrees_with_the_parse(path, body, parsed_kind, decides, monkeypatch):
    """Where the early skip decides, it returns what the full parse returns; where the parse
    would find an article or a gallery by its markup, it does not decide."""
    from pipeline.ingest import kremlin

    html = f"<html><head><title>t</title></head><body>{body}</body></html>"
    early = kremlin.skip_before_parsing(html, path)
    monkeypatch.setattr(kremlin, "skip_before_parsing", lambda text, source: None)
    parsed = parse_html(html, path, "x")  # the full parse, tree and selectors
    assert (parsed.kind if isinstance(parsed, Skipped) else "article") == parsed_kind
    assert (early is not None) == decides
    if early is not None:
        assert early == parsed


def test_clean_collapses_whitespace_as_the_unicode_regex_does():
    # _clean joins str.split()'s words; that must equal re.sub(r"\s+", " ", t).strip() for every
    # code point, as the text of every page depends on it
    spaces = re.compile(r"\s+")
    for code in range(0x110000):
        text = f" a{chr(code)}b {chr(code)}"
        assert _clean(text) == spaces.sub(" ", text).strip(), hex(code)
