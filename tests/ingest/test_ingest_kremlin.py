import html as html_module
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


_PUBLISHED = '<time class="read__published" datetime="2015-03-04">March 4, 2015</time>'
_FOOTER = (
    '<div class="read__bottommeta masha-ignore"><p>Publication date: '
    '<time datetime="{0}">{0}, 10:00</time></p><p>Direct link: x</p></div>'
)
_UPDATED = (
    '<div class="read__updated">Last updated at <time datetime="2016-01-01">Jan 1</time></div>'
)
_ANNOUNCED = '<div class="announce_date"><div>Announcement, March 9, 2015</div></div>'


@pytest.mark.parametrize(
    ("published", "footer", "extra", "date"),
    [
        # a news page: its read__published wins over any other date on the page
        (True, "2015-03-02", _UPDATED, "2015-03-04"),
        # an announcement: no read__published; the footer's publication line, not the announced
        # day of the header, nor the "last updated" date
        (False, "2015-03-02", _ANNOUNCED + _UPDATED, "2015-03-02"),
        (False, "2015-03-02T09:00:00+03:00", _ANNOUNCED, "2015-03-02"),
        # neither: no date (the "last updated" date is not a publication date)
        (False, None, _ANNOUNCED + _UPDATED, None),
        # a publication line whose datetime is not a date
        (False, "soon", "", None),
    ],
)
def test_publication_date(published, footer, extra, date):
    text = (FIXTURES / "article.html").read_text()
    if not published:
        text = text.replace(_PUBLISHED, "")
    body_end = "</div>\n</article>"
    furniture = (_FOOTER.format(footer) if footer else "") + extra
    text = text.replace(body_end, furniture + body_end)
    result = parse_html(text, "article.html", "article")
    assert isinstance(result, Speech)
    assert result.date == date
    assert "Publication date" not in result.text and "Announcement" not in result.text


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

    open_by_name: dict[str, int] = {}  # an end tag closes one only when one of its name is open
    deepest = 0
    for match in _TAG_NAME.finditer(html):
        name = match.group(2).lower()
        if name in _NOT_NESTING:
            continue
        if not match.group(1):
            open_by_name[name] = open_by_name.get(name, 0) + 1
        elif open_by_name.get(name):
            open_by_name[name] -= 1
        deepest = max(deepest, sum(open_by_name.values()))
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
        ("<span></div>" * 30, True),  # an end tag that closes nothing: 30, not 1 (sp91)
        ("<div></span>" * 30 + "</div>" * 30, True),
        ("<a><b></a></b>" * 30, True),  # crossed pairs close by name
        ("<span></spanx>" * 30, True),
        ("<Span></span>" * 30, False),  # the count matches names in any case; the bound does not
        ("<span></SPAN>" * 30, False),  # an upper-case end tag is not counted down by the bound
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


_BYTE_BOUND_CASES = [
    "",
    "no tags at all",
    "<",
    "</",
    "<div><p>one<p>two</div>",
    "</div></div><div><div><div>",
    "<div>" * 40 + "</div>" * 40,
    "<ul><li>a<ul><li>b</ul></ul><br><img src=x><hr>",
    "<p-x><pre><paragraph><li-item></p-x></pre></paragraph></li-item>",
    "<div><div</div>unclosed<span",
    "<DIV><Span>x</SPAN></div>",
    "<div></P>" * 30,
    "<div></p>" * 30,  # the end tag of an element that does not nest is not counted down
    "<div></li><div></br><div></td>",
    "<div></DIV>" * 30,
    "<div></divA></di-v></div2></h1>",
    "<div></dIV><div><div>",  # an upper-case letter inside an end tag's name: not counted down
    "<div></1div><div></-x><div>",  # nor a name that starts with a digit or "-"
    "<BR><IMG><Br><bR>",
    "<optgroup><colgroup></optgroup></colgroup><optgroups></optgroups>",
    "<blockquote><abcdefgh></abcdefgh><abcdefghi></abcdefghi></blockquote>",
    "<section></section><address></address><figcaption></figcaption>",
    "<div>é<lié><bré></divé></aé>«</p»",
    "<a><a><a></a" + "</a>",
    "<div><br",
    "<div></div",
    "<!-- <div> --><!DOCTYPE html><?xml?><1div></1div>< div>",
    "<div>" * 600 + "</div>" * 600,
    "<div><br>" * 300 + "</div>" * 300,
    "<li><p><meta><link>" * 200 + "<div>",
    "<span></div>" * 600,
    "<div></span>" * 300 + "</div>" * 300,
    "<i></b><b></i>" * 300,
    "<span></spanx><abcdefgh></abcdefgh><optgroup></optgroup>" * 200,
    "<Span></span><DIV></div><div></DIV>" * 200,
]


@pytest.mark.parametrize("html", _BYTE_BOUND_CASES)
def test_the_byte_bound_is_never_below_the_regex_bound(html):
    """The array bound on the bytes lets a page skip the regex pass only when the regex's own
    bound would have let it through: it is never below it, and equal on lower-case markup of
    short names."""
    from pipeline.ingest.kremlin import _byte_nesting_bound, limit_depth, nesting_bound

    bound = _byte_nesting_bound(html.encode("utf-8"))
    assert bound >= nesting_bound(html) >= _reference_nesting(html)
    for depth in (0, 1, 3, 40, 512):
        assert limit_depth(html, depth, html.encode("utf-8")) == limit_depth(html, depth)


@pytest.mark.parametrize("seed", range(30))
def test_per_name_counts_by_arrays_match_a_loop(seed):
    """sp91: `_counted_steps` (a stable sort by name, one clamped running sum per name) drops
    exactly the end tags whose name has no count left, from any start counts, with few names
    (sorted as bytes) or many."""
    import random

    import numpy

    from pipeline.ingest.kremlin import _counted_steps

    rng = random.Random(seed)
    names_count = rng.choice([1, 3, 67, 127, 128, 500])
    size = rng.randrange(1, 600)
    dtype = numpy.int8 if names_count < 128 and seed % 2 else numpy.int64
    steps = numpy.array([rng.choice([-1, 0, 1]) for _ in range(size)], dtype=dtype)
    names = numpy.array([rng.randrange(names_count) for _ in range(size)], dtype=dtype)
    starts = numpy.array([rng.randrange(3) for _ in range(names_count)], dtype=numpy.int64)
    expected, counts = [], starts.tolist()
    for step, name in zip(steps.tolist(), names.tolist(), strict=True):
        if step == -1 and counts[name] == 0:
            expected.append(0)
        else:
            counts[name] += step
            expected.append(step)
    assert _counted_steps(steps, names, starts).tolist() == expected
    assert starts.tolist() == counts


@pytest.mark.parametrize("seed", range(8))
def test_the_regex_bound_is_the_same_in_pieces_and_bounded_past_its_names(seed, monkeypatch):
    """sp91: nesting_bound reads the text in pieces that begin at a "<" (the same bound for any
    piece size) and counts at most _BOUND_NAMES names (past them a looser bound, never below
    the count of limit_depth)."""
    import random

    from pipeline.ingest import kremlin

    rng = random.Random(seed)
    tags = ["<div>", "</div>", "<p>", "</span>", "<span>", "<a", "x", "</a>", "<", "<Span>"]
    tags += ["</x-y>", "<x-y>", "<DIV>", "</b>", "<b>", "</", "<br>"]
    page = "".join(rng.choice(tags) for _ in range(rng.randrange(1, 3000)))
    whole = kremlin.nesting_bound(page)
    for piece in (1, 2, 7, 64):
        monkeypatch.setattr(kremlin, "_BOUND_PIECE", piece)
        assert kremlin.nesting_bound(page) == whole
    for names in (0, 1, 3):
        monkeypatch.setattr(kremlin, "_BOUND_NAMES", names)
        assert kremlin.nesting_bound(page) >= whole
        assert kremlin.nesting_bound(page) >= _reference_nesting(page)


def test_the_regex_bound_holds_no_more_for_a_longer_page_full_of_tags():
    """sp91: the tags found, with their names, take over 100 bytes each in Python objects; read
    in pieces, a page four times as long needs no more memory at once (a 50 MB page read whole
    took over 1 GB)."""
    import tracemalloc

    from pipeline.ingest import kremlin

    peaks = []
    for size in (1_000_000, 4_000_000):
        page = "<abc" * (size // 4)
        tracemalloc.start()
        try:
            bound = kremlin.nesting_bound(page)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        assert bound == size // 4
        peaks.append(peak)
    assert peaks[1] < 1.5 * peaks[0] + 1_000_000


def test_the_byte_bound_reads_few_start_tags_without_names():
    """sp91: given the limit, a page with no more start tags than it is passed without the
    per-name counts (a looser bound, still no more than the limit); without it, exactly."""
    from pipeline.ingest.kremlin import _byte_nesting_bound

    page = ("<div><span></span></div></div>" * 100).encode()
    assert _byte_nesting_bound(page) == 2
    assert _byte_nesting_bound(page, 512) == 200
    assert _byte_nesting_bound(page, 199) == 2
    assert _byte_nesting_bound(b"<span></div>" * 600, 512) == 600


def test_the_byte_bounds_known_tags_are_read_as_the_regex_reads_them():
    """Each tag the byte bound knows: a start tag of an element that does not nest (step 0), or
    the start tag (+1) or end tag (-1) of a lower-case element that does, counted under its
    name, of at most 8 bytes."""
    from pipeline.ingest.kremlin import (
        _COUNTED_NAMES,
        _KNOWN_NAMES,
        _KNOWN_STEPS,
        _KNOWN_TAGS,
        _NOT_NESTING,
        _OTHER_NAME,
        _byte_nesting_bound,
        nesting_bound,
    )

    rows = zip(_KNOWN_TAGS.tolist(), _KNOWN_STEPS.tolist(), _KNOWN_NAMES.tolist(), strict=True)
    for key, step, counted in rows:
        tag = key.to_bytes(8, "little").rstrip(b"\x00").decode("ascii")
        name = tag.removeprefix("/")
        assert re.fullmatch(r"[a-z][a-z0-9-]*", name)
        if step == 0:
            assert tag in _NOT_NESTING and counted == _OTHER_NAME
        else:
            assert _COUNTED_NAMES[counted] == name and name not in _NOT_NESTING
            assert (step, tag) in ((-1, "/" + name), (1, name))
            assert nesting_bound(f"<{name}><{name}></{name}><{name}>") == 2  # counted down
            assert nesting_bound(f"<{name}></x-y><{name}>") == 2  # by its own name only
            assert _byte_nesting_bound(f"<{name}></x-y><{name}></{name}>".encode()) == 2


@pytest.mark.parametrize("seed", range(20))
def test_the_byte_bound_on_random_tag_soup(seed):
    """Random runs of tags of every kind the bound reads (void, optional, nesting, upper case,
    long names, end tags with no start tag, cut at any byte): never below the regex's bound."""
    import random

    from pipeline.ingest.kremlin import _byte_nesting_bound, limit_depth, nesting_bound

    rng = random.Random(seed)
    names = ["div", "span", "a", "p", "li", "br", "img", "DIV", "Span", "optgroup", "colgroup"]
    names += ["abcdefgh", "abcdefghi", "h1", "p-x", "li2", "x", "tbody", "é", "", "!--", "dIV"]
    names += ["1div", "-x"]
    pieces = []
    for _ in range(rng.randrange(1, 400)):
        name = rng.choice(names)
        pieces.append(rng.choice(["<", "</"]) + name + rng.choice([">", " ", "é", "", "/>"]))
        if rng.random() < 0.2:
            pieces.append(rng.choice(["text", "«", "<", "/", "-"]))
    html = "".join(pieces)[: rng.randrange(1, 4000)]
    assert _byte_nesting_bound(html.encode("utf-8")) >= nesting_bound(html)
    for depth in (0, 2, 10):
        assert limit_depth(html, depth, html.encode("utf-8")) == limit_depth(html, depth)


def test_shallow_pages_with_many_tags_skip_the_regex_with_the_bytes(monkeypatch):
    """A page with more possible start tags than the limit but shallow markup (most kremlin.ru
    articles) passes on the byte bound: the regex pass is not made; without the bytes it is."""
    from pipeline.ingest import kremlin

    calls = []
    monkeypatch.setattr(kremlin, "nesting_bound", lambda html: calls.append(html) or 0)
    page = "<div><p>Тема</p><br><span>x</span><ul><li>y</li></ul></div>" * 200
    assert kremlin.limit_depth(page, 512, page.encode("utf-8")) == page
    assert not calls
    assert kremlin.limit_depth(page, 512) == page
    assert calls == [page]


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
        # references that cannot make a marker word, and non-ASCII text: still decided early
        (
            "news/12/photos.html",
            "<p>&#171;Фото&#187; &#x2014; &#8212 K \u212a &amp;</p>",
            "gallery",
            True,
        ),
        ("news/page/7.html", "<p>&#1058;&#x41f; article&#171;body</p>", "listing", True),
        # numeric references to letters, with leading zeros, upper-case X, no semicolon
        (
            "news/12/photos.html",
            _ARTICLE_BODY.replace("articleBody", "&#X0061;rticle&#0000066ody"),
            "article",
            False,
        ),
    ],
)
def test_skip_before_parsing_agrees_with_the_parse(path, body, parsed_kind, decides, monkeypatch):
    """Where the early skip decides, it returns what the full parse returns; where the parse
    would find an article or a gallery by its markup, it does not decide."""
    from pipeline.ingest import kremlin

    html = f"<html><head><title>t</title></head><body>{body}</body></html>"
    early = kremlin.skip_before_parsing(html, path)
    # the file's bytes, when the caller has them, give the same decision
    assert kremlin.skip_before_parsing(html, path, html.encode("utf-8")) == early
    monkeypatch.setattr(kremlin, "skip_before_parsing", lambda *args: None)
    parsed = parse_html(html, path, "x")  # the full parse, tree and selectors
    assert (parsed.kind if isinstance(parsed, Skipped) else "article") == parsed_kind
    assert (early is not None) == decides
    if early is not None:
        assert early == parsed


def _skips_by_full_unescape(text, path):
    """The early decision as first written: every character reference of the page decoded."""
    from pipeline.ingest import kremlin

    clean = path.removesuffix(".gz")
    gallery = kremlin._GALLERY_PATH.search(clean) is not None
    words = kremlin._ARTICLE_WORDS + (() if gallery else kremlin._GALLERY_WORDS)
    forms = [text.encode("utf-8", "surrogatepass").lower()]
    forms.append(html_module.unescape(text).encode("utf-8", "surrogatepass").lower())
    return not any(word in form for form in forms for word in words)


_PIECES = [
    "article",
    "Body",
    "body",
    "&#66;",
    "&#x42",
    "&#0098;",
    "&#1;",  # html.unescape drops it: "article&#1;body" reads "articlebody"
    "&#x7f;",
    "&#11;",
    "&#171;",
    "&#8490;",  # the Kelvin sign, "K" only in Unicode case
    "&#x110000;",
    "&#99999999999;",
    "&colon;",
    "&lowbar;",
    "&amp;",
    "&bogus;",
    "og",
    ":type",
    "media_",
    "_video",
    "photo",
    "set",
    "Ф",
    "\u212a",
    "&",
    "#",
    ";",
]


@pytest.mark.parametrize("path", ["news/12/photos.html", "news/page/7.html"])
def test_skip_before_parsing_decides_as_decoding_every_reference(path):
    """Decoding only the references that could make a marker word (and reading the file's bytes
    instead of encoding the text) decides every page as decoding all of them would: all
    sequences of three pieces, marker words split by references and non-ASCII text."""
    from pipeline.ingest import kremlin

    for first in _PIECES:
        for second in _PIECES:
            for third in _PIECES:
                text = f"<p>{first}{second}{third}</p>"
                expected = _skips_by_full_unescape(text, path)
                assert (kremlin.skip_before_parsing(text, path) is not None) == expected, text
                early = kremlin.skip_before_parsing(text, path, text.encode("utf-8"))
                assert (early is not None) == expected, text


@pytest.mark.parametrize("hexadecimal", [False, True])
def test_numeric_references_that_may_make_a_word_are_every_one_that_can(hexadecimal):
    """A numeric reference is read as one that may add a marker word exactly when html.unescape
    makes it a character of the words (in any case) or nothing; every code point, and beyond."""
    from pipeline.ingest import kremlin

    for code in [*range(0x110000), 0x110000 + ord("a"), 2**32 + ord("a")]:
        reference = f"&#x{code:X};" if hexadecimal else f"&#{code};"
        decoded = html_module.unescape(reference)
        can = not decoded or bool(kremlin._WORD_CHARS.intersection(decoded.lower()))
        assert kremlin._references_may_add_words(reference.lower().encode()) == can, reference


def test_a_reference_html_unescape_cannot_read_fails_the_page_as_before():
    """A decimal reference too long for int() made the full decoding fail, so the page was an
    error record; it still is, whatever marker words the page holds."""
    text = '<div itemprop="articleBody"><p>x &#' + "9" * 5000 + ";</p></div>"
    for utf8 in (None, text.encode("utf-8")):
        result = parse_html(text, "news/12/photos.html", "x", utf8=utf8)
        assert isinstance(result, InputError)
        assert result.kind == "malformed"


@pytest.mark.parametrize(
    "html",
    [
        "",
        "<",
        "/",
        "</",
        "<<//",
        "a</b<c/<</",
        "Фото</div>«<p>»</p>\u212a<",
        "<div>" * 600 + "</div>" * 10,
        "<div></div>" * 600,
        "<" * 700 + "/" * 700,
    ],
)
def test_start_tags_counted_in_bytes_as_in_the_text(html):
    from pipeline.ingest.kremlin import _possible_start_tags, limit_depth

    expected = html.count("<") - html.count("</")
    assert _possible_start_tags(html, None) == expected
    assert _possible_start_tags(html, html.encode("utf-8")) == expected
    for depth in (0, 1, 3, 512):
        assert limit_depth(html, depth, html.encode("utf-8")) == limit_depth(html, depth)


def test_shallow_pages_skip_the_closer_look_with_the_bytes(monkeypatch):
    """The byte count lets the same pages through as the text count: a page with fewer
    possible start tags than the limit is never scanned tag by tag."""
    from pipeline.ingest import kremlin

    calls = []
    monkeypatch.setattr(kremlin, "nesting_bound", lambda html: calls.append(html) or 10**9)
    page = "<p>Тема</p><div>x</div>" * 200
    assert kremlin.limit_depth(page, 512, page.encode("utf-8")) == page
    assert not calls


def test_clean_collapses_whitespace_as_the_unicode_regex_does():
    # _clean joins str.split()'s words; that must equal re.sub(r"\s+", " ", t).strip() for every
    # code point, as the text of every page depends on it
    spaces = re.compile(r"\s+")
    for code in range(0x110000):
        text = f" a{chr(code)}b {chr(code)}"
        assert _clean(text) == spaces.sub(" ", text).strip(), hex(code)


@pytest.mark.parametrize(
    ("replacement", "expected"),
    [
        # an announcement has no time.read__published: its "Publication date:" line dates it
        (
            '<div class="read__meta"></div><p>Published in sections: News</p>'
            '<p> Publication date:    <time datetime="2015-03-02">March 2, 2015, 15:30</time></p>',
            "2015-03-02",
        ),
        # also when the line is in a block that the text leaves out
        (
            '<div class="read__meta"></div><div class="entry-content e-content">'
            '<p>The President will visit Oslo.</p><div class="read__status masha-ignore">'
            '<p>Publication date: <time datetime="2015-03-02">March 2, 2015</time></p></div>'
            "</div>",
            "2015-03-02",
        ),
        # another time on the page (when it was last updated) does not
        (
            '<div class="read__meta"></div>'
            '<div>Last updated at <time datetime="2015-03-05">March 5, 2015</time></div>',
            None,
        ),
    ],
)
def test_a_page_without_its_published_time_is_dated_by_its_publication_line(replacement, expected):
    text = (FIXTURES / "article.html").read_text()
    start = text.index('<div class="read__meta">')
    end = text.index('<div class="entry-content')
    page = text[:start] + replacement + text[end:]
    result = parse_html(page, "a.html", "a")
    assert isinstance(result, Speech)
    assert result.date == expected


# bold labels holding commas (invented): each turn gets the person the label names; bold
# sentences that end in a colon stay text in the turn before them
_COMMA_TURNS = [
    (
        "<p><b>Minister of Roads, Bridges and Tunnels Ivan Petrov</b>: The bridge is ready.</p>",
        "Ivan Petrov",
        "Minister of Roads, Bridges and Tunnels Ivan Petrov",
    ),
    (
        "<p><b>Head of the Glass Guild, Pope Leo XX </b>(<i>retranslated</i>)<b>:</b> Peace.</p>",
        "Leo XX",
        "Head of the Glass Guild, Pope Leo XX (retranslated)",
    ),
    (
        "<p><b>Anna Belova</b><b>, engineer at the Eastport bakery:</b> We bake at night.</p>",
        "Anna Belova",
        "Anna Belova, engineer at the Eastport bakery",
    ),
    (
        '<p><b>Chairman of the Freedonia Chess Union, </b><a class="person_tag read__tag" '
        'href="x"><b>Oleg Orlov</b></a>: We play.</p>',
        "Oleg Orlov",
        "Chairman of the Freedonia Chess Union, Oleg Orlov",
    ),
]
_COMMA_SENTENCES = [
    "<p><b>As for the harvest, I must say:</b> we are ready.</p>",
    "<p><b>Healthcare, education:</b> more schools were built.</p>",
    "<p><b>Dear friends, colleagues:</b> welcome.</p>",
]


@pytest.mark.parametrize(("block", "speaker", "label"), _COMMA_TURNS)
@pytest.mark.parametrize("sentence", _COMMA_SENTENCES)
def test_bold_labels_with_commas_make_turns(block, speaker, label, sentence):
    text = (FIXTURES / "article.html").read_text()
    body_end = "</div>\n</article>"
    page = text.replace(body_end, block + sentence + body_end)
    result = parse_html(page, "article.html", "article")
    assert isinstance(result, Speech)
    last = result.turns[-1]
    assert (last.speaker, last.label) == (speaker, label)
    assert result.text[last.start : last.end].startswith(label + ":")
    assert result.speaker_at(result.text.index(_clean(re.sub("<[^>]+>", "", sentence)))) == speaker


def test_the_byte_bound_holds_a_few_bytes_per_byte_of_a_page_full_of_tags():
    """review90: the byte bound made arrays of about 90 bytes per "<" at once (a 50 MB page of
    "<a" took over 2 GB, three times the regex pass's memory); it works through the "<" in
    blocks, so its memory stays within a few bytes per byte of the page (the "<" positions, 8
    bytes each, and a copy of the page) and a few MB per block, and its bound is the one a
    single block gives."""
    import tracemalloc

    from pipeline.ingest import kremlin

    page = ("<a" * 500_000 + "<div></div><br></span>" * 20_000).encode()
    tracemalloc.start()
    try:
        bound = kremlin._byte_nesting_bound(page)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert bound == kremlin.nesting_bound(page.decode())
    assert peak < 8 * len(page) + 8_000_000  # (in one block: over 60 MB)


@pytest.mark.parametrize("seed", range(6))
def test_the_byte_bound_is_the_same_in_blocks_of_any_size(seed, monkeypatch):
    """review90: the running depth carried from block to block gives the bound of one block."""
    import random

    from pipeline.ingest import kremlin

    rng = random.Random(seed)
    tags = ["<div>", "</div>", "<p>", "</p>", "<br>", "</span>", "<a>", "x", "</a>", "<"]
    page = "".join(rng.choice(tags) for _ in range(rng.randrange(1, 3000))).encode()
    whole = kremlin._byte_nesting_bound(page)
    for block in (1, 2, 7, 64):
        monkeypatch.setattr(kremlin, "_BOUND_BLOCK", block)
        assert kremlin._byte_nesting_bound(page) == whole


def _parsed_depth(html):
    """The depth of the deepest node of the tree the parser builds from `html`."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    deepest, stack = 0, [(tree.root, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        child = node.child
        while child is not None:
            stack.append((child, depth + 1))
            child = child.next
    return deepest


def _guarded_depth(unit: str) -> int:
    """The parsed depth of a page of 2,000 `unit`s after `limit_depth` at a limit of 100."""
    from pipeline.ingest.kremlin import limit_depth

    return _parsed_depth(limit_depth("<p>x</p>" + unit * 2000, 100))


@pytest.mark.parametrize("unit", ["<div>", "<b></p>"])
def test_the_guard_keeps_the_parsed_tree_shallow(unit):
    """review90: what the guard is for, seen in the parsed tree (not in its own count)."""
    assert _guarded_depth(unit) <= 105


@pytest.mark.parametrize(
    "unit", ["<span></div>", "<div></span>", "<i></b>", "<span></spanx>", "<b></a><a></b>"]
)
def test_end_tags_that_close_nothing_do_not_hide_depth_from_the_guard(unit):
    """review90, sp91: a hostile page of such pairs is as deep as a page of start tags alone;
    an end tag counts down only while an element of its name is counted open."""
    assert _guarded_depth(unit) <= 105


# sp91: shapes where the parser keeps an element open although an end tag of its name comes
# while it is open, so the per-name count closes it and the parse still nests them (parse time
# grows with the square: 10,000 units about 0.2 s, 20,000 about 1 s). The guard does not model
# the parser's blocking rules (an end tag of a non-special element is ignored when a special
# element such as div is above it; a div's end tag is out of scope behind a table, object or
# template): a bound on the bytes that stayed above such a count would need the order of the
# open elements, not counts per name.
@pytest.mark.xfail(strict=True, reason="sp91: the parser's blocking rules are not modelled")
@pytest.mark.parametrize(
    "unit",
    [
        "<span><div></span></div>",
        "<span><h1></span></h1>",
        "<div><table></div></table>",
        "<div><object></div></object>",
        "<div><template></div></template>",
    ],
)
def test_end_tags_the_parser_ignores_for_blocking_elements(unit):
    assert _guarded_depth(unit) <= 105


# review91: end tags the guard counts down although the parser closes nothing with them, so the
# elements still nest under a small count (parse time grows with the square, as issue 19's
# shapes did): the guard reads a name only up to the first character outside [A-Za-z0-9-] and
# lowers non-ASCII letters too, while the parser's name runs to whitespace, "/" or ">" and only
# ASCII letters are lowered ("</span_>", "</a.2>", "</dé>" after "<DÉ>", "</span<br>"); and
# it reads tags inside comments and attribute values, which the parser does not. Not fixed in
# review91 (the three passes and their proofs would all change): strict xfail until they are.
@pytest.mark.xfail(strict=True, reason="review91: the guard's names and tags are not the parser's")
@pytest.mark.parametrize(
    "unit",
    [
        "<span></span_>",
        "<a.1></a.2>",
        "<DÉ></dé>",
        "<span></span<br>",
        "<i><!--</i>--></x>",
        '<i title="</i>"></x>',
    ],
)
def test_end_tags_the_guard_misreads_do_not_hide_depth(unit):
    assert _guarded_depth(unit) <= 105


def test_the_byte_bound_may_be_below_the_regex_bound_past_its_names_but_not_the_count():
    """review91: past _BOUND_NAMES spellings nesting_bound stops counting end tags down (a looser
    bound), while the byte bound still counts its known names exactly: it is then below
    nesting_bound, yet never below the count limit_depth makes (the sum of per-spelling counts
    with no cap), which is all limit_depth needs of it."""
    from pipeline.ingest.kremlin import _byte_nesting_bound, nesting_bound

    # end tags of 4,096 names fill nesting_bound's names in the first piece; "div" comes later
    page = "".join(f"</z{n}>" for n in range(4096)) + "x" * 300_000
    page += ("<div>" * 10 + "</div>" * 10) * 100
    assert _reference_nesting(page) == 10
    assert _byte_nesting_bound(page.encode()) == 10
    assert nesting_bound(page) == 1000
