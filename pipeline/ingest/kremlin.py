"""kremlin.ru HTML pages -> Speech (articles), Skipped (galleries, listings) or InputError.

Also handles generic HTML: any page with <p> text becomes a Speech from its paragraphs.
Uses selectolax's lexbor backend (measured ~3x faster than lxml on this archive).
`parse_html` never raises.
"""

from __future__ import annotations

import hashlib
import html
import html.entities
import re
import threading
from collections.abc import Iterator

import numpy
from selectolax.lexbor import LexborCSSSelector, LexborHTMLParser, LexborNode

from pipeline.ingest.speakers import find_label
from pipeline.ingest.turns import build_turns
from pipeline.speech import InputError, PageKey, Skipped, Speech, Turn

# Site furniture inside the article body: photo sliders, media figures, "See also" blocks,
# person/glossary tooltips (inside <a class="person_tag">, whose own text must stay).
_REMOVE = "script, style, noscript, template, .masha-ignore, .read__tooltip, .video__description"
_BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li"
_GALLERY_MARKUP = ".photoset, .media__video, .media__container_video"
_LISTING_MARKUP = ".hentry_event, .events .hentry"
_GENERIC_REMOVE = _REMOVE + ", nav, header, footer, form, aside"

_BOLD = {"b", "strong"}
_OPEN, _CLOSE = "\x01", "\x02"  # bold markers inside the raw paragraph text
_PARENS = re.compile(r"[(\[][^)\]]*[)\]]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_LISTING_PATH = re.compile(r"(?:^|/)(?:by-date/[^/]+|page/\d+)\.html?$")
_GALLERY_PATH = re.compile(r"(?:^|/)(?:photos|videos)(?:\.html?)?$")


# One selector engine for every page (one per thread: a query keeps its state in the engine while
# it runs). selectolax makes one per parsed tree on its first query (a CSS parser and a matcher:
# ~30 us a page, a tenth of the cleaning's selector work) and keeps no state in it between
# queries; `find` runs a query from the node given, as `node.css` does (from the tree's root for
# a whole-page query, as `tree.css` does). (A tree is told as not a node: a profiler may wrap the
# parser class in a function, as scripts/bench.py does.)
_ENGINES = threading.local()


def _engine() -> LexborCSSSelector:
    """This thread's selector engine."""
    engine = getattr(_ENGINES, "selector", None)
    if engine is None:
        engine = _ENGINES.selector = LexborCSSSelector()
    return engine


def _css(where: LexborHTMLParser | LexborNode, query: str) -> list[LexborNode]:
    """`where.css(query)`, run by the thread's shared selector engine."""
    node = where if isinstance(where, LexborNode) else where.root
    return [] if node is None else _engine().find(query, node)


def _css_first(where: LexborHTMLParser | LexborNode, query: str) -> LexborNode | None:
    """`where.css_first(query)`, run by the thread's shared selector engine."""
    node = where if isinstance(where, LexborNode) else where.root
    found = [] if node is None else _engine().find_first(query, node)
    return found[0] if found else None


# Nesting bound. The HTML5 tree builder scans the stack of open elements for many start and end
# tags, so block elements (div, ul, blockquote, dl...) nested N deep cost O(N^2) to parse (200,000
# <div>s: over a minute). Real pages nest a few dozen levels; start tags deeper than MAX_DEPTH
# (and the end tags that close them) are renamed to <wbr>, an empty element that nests nothing,
# so the stack stays at most MAX_DEPTH deep, the text stays and the page is read as usual.
# Counted: start tags of elements that need an end tag (not void elements, not those whose end
# tag may be omitted) minus the end tags that close one: an end tag counts only while a start
# tag of its name is counted and not yet closed (per-name counts). An end tag that closes
# nothing ("<span></div>" with no div open) is ignored by the parser, so counting it down hid
# real nesting: 40,000 such pairs nested 40,000 deep under a count of 1 (review90, sp91).
MAX_DEPTH = 512
_DEEP_TAG = "wbr"
_TAG_NAME = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)")  # no ">" needed: linear on any input
_NOT_NESTING = frozenset(
    "area base br col embed hr img input keygen link meta param source track wbr "
    "p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp rtc colgroup caption "
    "html head body".split()
)
# Blocks nested in blocks repeat the inner text in each (a <li> holds its sub-list's text too);
# past this many characters of text per character of HTML the page is reported, not expanded.
_TEXT_PER_CHAR = 4


_NOT_NESTING_NAME = (
    "(?:" + "|".join(sorted(_NOT_NESTING, key=lambda n: (-len(n), n))) + ")(?![A-Za-z0-9-])"
)
# For a quick bound on the depth: a start tag of any element not in _NOT_NESTING (an upper-case
# "<P>" counts too), and an end tag only when its name is lower case and not in _NOT_NESTING;
# each captured with its name ("/div", "Span"). Counting more openings and fewer closings than
# limit_depth can only overestimate the depth, so a page under the bound needs no closer look.
# Case-sensitive: an IGNORECASE alternation is several times slower.
_BOUND_TAG = re.compile(
    rf"<(/(?!{_NOT_NESTING_NAME})[a-z][a-z0-9-]*(?![A-Za-z0-9-])"
    rf"|(?!/)(?!{_NOT_NESTING_NAME})[A-Za-z][A-Za-z0-9-]*)"
)
# nesting_bound reads the text in pieces of about this many characters (its lists of tags take
# some 60 bytes a tag: a whole 50 MB page at once would take GBs), and keeps a count for at most
# this many names (a hostile page may spell millions; the rest share one count never counted
# down)
_BOUND_PIECE = 1 << 18
_BOUND_NAMES = 1 << 12


def _counted_steps(
    steps: numpy.ndarray, names: numpy.ndarray, starts: numpy.ndarray
) -> numpy.ndarray:
    """Per-name counts, by array operations: `steps` (+1 a start tag, -1 an end tag, 0 neither)
    as they count when every name (`names`: ints from 0 to len(starts) - 1) keeps its
    own count, never below 0, from `starts` (updated in place to each name's count after
    the last tag): a -1 becomes 0 where its name's count is 0 (an end tag that closes nothing).

    The tags sorted by name (stable: each name's tags keep their order) make one run per name.
    In a run, with c the running sum over the sorted steps and base the sum before the run less
    the name's start count, the name's count is c - min(base, lowest c so far in the run), so a
    -1 is dropped exactly where c falls below both base and every earlier c of its run. The
    lowest c so far is taken over all runs at once: run k is lowered by k * spread, more than
    any two sums of the block and the starts can differ, so no earlier run's values reach below
    a later one's."""
    # (a stable sort of bytes is a radix sort: several times faster than of 8-byte integers)
    order = numpy.argsort(names.astype(numpy.int8) if len(starts) < 128 else names, kind="stable")
    by_name = names.take(order)
    running = numpy.cumsum(steps.take(order), dtype=numpy.int64)
    per_name = numpy.bincount(by_name, minlength=len(starts))
    ends = numpy.cumsum(per_name)
    base = numpy.concatenate(([0], running))[ends - per_name] - starts
    spread = 2 * (len(steps) + int(starts.max(initial=0)) + 1)
    lowering = by_name.astype(numpy.int64) * spread
    floor = base.take(by_name) - lowering  # each tag's run's base, lowered
    lowest = numpy.minimum.accumulate(numpy.minimum(running - lowering, floor))
    before = numpy.empty_like(lowest)
    before[0] = floor[0]
    before[1:] = lowest[:-1]  # (a run's first tag: the run before it is never lower than floor)
    dropped = numpy.empty(len(steps), dtype=bool)
    dropped[order] = running - lowering < numpy.minimum(before, floor)
    ran = per_name > 0
    last = ends[ran] - 1
    starts[ran] = running[last] - lowest[last] - lowering[last]
    return steps + dropped


def _block_depths(
    steps: numpy.ndarray, names: numpy.ndarray, counts: numpy.ndarray, depth: int
) -> tuple[int, int]:
    """(the highest depth, the depth after the last tag) of a block of tags read from `depth`
    with per-name `counts` (`_counted_steps`, which carries `counts` on to the next block): the
    running sum both bounds take of their blocks."""
    running = depth + numpy.cumsum(_counted_steps(steps, names, counts), dtype=numpy.int64)
    return int(running.max()), int(running[-1])


def nesting_bound(html: str) -> int:
    """An upper bound of the depth `limit_depth` counts; equal to it on lower-case markup with
    fewer than _BOUND_NAMES names.

    Each tag's name (as spelt) keeps its own count, and only a lower-case end tag counts down,
    so each lower-cased name's count in limit_depth (which lowers names) is at most the sum of
    the counts of its spellings here: a start tag adds 1 to both; an end tag limit_depth counts
    down leaves its count no lower than before it here, as one here either counts down too (its
    spelling's count is above 0) or its spelling's count is 0 and so no higher than the rest,
    whose sum was at least limit_depth's count, now 1 less; names here not counted there only
    add. Past _BOUND_NAMES names, the start tags of the others all go in one count never counted
    down (no lower than the sum of their own counts) and their end tags count nothing. So the
    total here, the sum of the counts, is at least limit_depth's after each tag. The pieces the
    text is read in each begin at a "<": a tag never holds one, so each is found whole in its
    piece and read as in the whole text (a name ends at the end of a piece as before a "<")."""
    name_indexes: dict[str, int] = {}  # a name as spelt -> its count (first _BOUND_NAMES)
    counts = numpy.zeros(_BOUND_NAMES + 1, dtype=numpy.int64)
    highest = depth = begin = 0
    while begin < len(html):
        end = html.find("<", begin + _BOUND_PIECE)
        end = len(html) if end < 0 else end
        found = _BOUND_TAG.findall(html, begin, end)
        begin = end
        if not found:
            continue
        codes = {}  # a tag as found ("/div", "Span") -> its name's count * 2 + 1 if an end tag
        for tag in set(found):
            name = tag.removeprefix("/")
            index = name_indexes.get(name)
            if index is None and len(name_indexes) < _BOUND_NAMES:
                index = name_indexes[name] = len(name_indexes)
            if index is None:  # past the names counted: a start tag counts in the last count
                codes[tag] = -1 if name != tag else 2 * _BOUND_NAMES
            else:
                codes[tag] = 2 * index + (name != tag)
        coded = numpy.array([codes[tag] for tag in found], dtype=numpy.int64)
        steps = numpy.where(coded < 0, 0, 1 - 2 * (coded % 2))
        names = numpy.where(coded < 0, _BOUND_NAMES, coded // 2)
        block_highest, depth = _block_depths(steps, names, counts, depth)
        highest = max(highest, block_highest)
    return highest


def _possible_start_tags(html: str, utf8: bytes | None) -> int:
    """How many "<" of `html` are not followed by "/" (utf8: `html` encoded as UTF-8, if known).

    On the bytes, with array compares (several times faster than two str.count passes over a
    two-byte-per-character page): "<" and "/" are single bytes in UTF-8 and never part of a
    longer sequence, so counting them and their pairs in the bytes counts them in the text."""
    if utf8 is None:
        return html.count("<") - html.count("</")
    data = numpy.frombuffer(utf8, dtype=numpy.uint8)
    opening = data == ord("<")
    pairs = numpy.count_nonzero(opening[:-1] & (data[1:] == ord("/")))
    return int(numpy.count_nonzero(opening)) - int(pairs)


# For the byte-level bound (`_byte_nesting_bound`): the bytes a tag name may hold; the steps it
# knows for a tag spelt exactly so (0 for a start tag of _NOT_NESTING, -1 for the end tag of a
# common lower-case element that nests), each tag as the little-endian integer of its "/" and
# name (at most 8 bytes), sorted for a binary search; the masks that keep the first 0-8 bytes of
# an 8-byte integer.
_NAME_BYTE = numpy.zeros(256, dtype=bool)
_NAME_BYTE[list(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-")] = True
_NESTING_END_TAGS = frozenset(
    "a abbr address article aside audio b bdi bdo button canvas cite code data del details dfn "
    "dialog div dl em figure footer form h1 h2 h3 h4 h5 h6 header i iframe ins kbd label legend "
    "main map mark menu meter nav object ol output picture pre q s samp script section select "
    "small span strong style sub summary sup table time title u ul var video".split()
)
# the names (at most 7 bytes, so their end tags fit in 8) whose counts the byte bound keeps; a
# start tag of any other name counts in one more count, never counted down
_COUNTED_NAMES = sorted(name for name in _NESTING_END_TAGS - _NOT_NESTING if len(name) < 8)
_OTHER_NAME = len(_COUNTED_NAMES)
_KNOWN_TAG_STEPS = sorted(
    [(int.from_bytes(name.encode("ascii"), "little"), 0, _OTHER_NAME) for name in _NOT_NESTING]
    + [
        (int.from_bytes(prefix + name.encode("ascii"), "little"), step, index)
        for index, name in enumerate(_COUNTED_NAMES)
        for prefix, step in ((b"/", -1), (b"", 1))
    ]
)
_KNOWN_TAGS = numpy.array([key for key, _, _ in _KNOWN_TAG_STEPS], dtype=numpy.uint64)
_KNOWN_STEPS = numpy.array([step for _, step, _ in _KNOWN_TAG_STEPS], dtype=numpy.int8)
_KNOWN_NAMES = numpy.array([name for _, _, name in _KNOWN_TAG_STEPS], dtype=numpy.int8)
_KEY_MASKS = numpy.array([(1 << (8 * length)) - 1 for length in range(9)], dtype=numpy.uint64)


def _byte_nesting_bound(utf8: bytes, enough: int = -1) -> int:
    """An upper bound of the depth `limit_depth` counts in the text `utf8` encodes (and of
    `nesting_bound` while it counts fewer than _BOUND_NAMES spellings), by array operations on the
    bytes (faster than its regex pass; most kremlin.ru articles have more than MAX_DEPTH "<"
    and reach this check, and all of them pass it). enough: a block of "<" that cannot take
    the depth above it (its start tags and the depth before it are no more) is not read name
    by name (a looser bound, never above `enough` where it is used, for less work; over half
    the pages that reach this check are passed so).

    Each "<" is read as a tag of _KNOWN_TAG_STEPS when what follows it is one of its tags,
    whole (the next byte is no name byte): a start tag of _NOT_NESTING, step 0, as
    nesting_bound reads it; or the start tag (+1) or end tag (-1) of a lower-case nesting name
    of _COUNTED_NAMES, counted in that name's count, as nesting_bound counts that spelling;
    otherwise +1 in the one other count (never counted down) when a letter follows, 0 when none
    does (an end tag not known here is not counted down). So each counted name's count here is
    nesting_bound's count of that spelling, tag by tag, and the other count holds at least as
    many start tags as nesting_bound counts under all other spellings (each of whose counts is
    at most its start tags), so the sum here is never below nesting_bound's (`_counted_steps`)
    without its cap on names, which is at least limit_depth's (past the cap nesting_bound stops
    counting the end tags of later names down, and may then be above this bound; review91).
    "<", "/", letters, digits and "-" are single bytes in UTF-8 and never part of a longer
    sequence, so the bytes after a "<" spell the characters after it; a byte past the end reads
    as 0, no name byte, as the end of the text ends a name. A block not read name by name adds
    each start tag to its name's count (and the depth): no count is then lower than if it were
    read, and a name's count only ever comes out higher from a higher count before it."""
    data = numpy.frombuffer(utf8, dtype=numpy.uint8)
    opens = numpy.flatnonzero(data == ord("<"))
    if not opens.size:
        return 0
    padded = numpy.zeros(len(data) + 10, dtype=numpy.uint8)
    padded[: len(data)] = data
    # the "<" in blocks: the arrays made per "<" take about 90 bytes each, so a hostile page of
    # 50 MB of "<a" took over 2 GB at once (review90); the counts are carried from block to block
    counts = numpy.zeros(_OTHER_NAME + 1, dtype=numpy.int64)
    highest = depth = 0
    for at in range(0, len(opens), _BOUND_BLOCK):
        steps, names = _tag_steps(padded, opens[at : at + _BOUND_BLOCK])
        starting = steps > 0
        if depth + numpy.count_nonzero(starting) <= enough:
            counts += numpy.bincount(names[starting], minlength=len(counts))
            depth = int(counts.sum())
            highest = max(highest, depth)
            continue
        block_highest, depth = _block_depths(steps, names, counts, depth)
        highest = max(highest, block_highest)
    return highest


# how many "<" `_byte_nesting_bound` reads at once (a few MB of arrays)
_BOUND_BLOCK = 1 << 16


def _tag_steps(padded: numpy.ndarray, opens: numpy.ndarray) -> tuple[numpy.ndarray, numpy.ndarray]:
    """The step and the count (an index of _COUNTED_NAMES, or _OTHER_NAME) of each "<" at
    `opens` of the page's bytes `padded` (followed by 10 zero bytes), as `_byte_nesting_bound`
    reads it."""
    # per "<": the 8 bytes after it, read at once as one little-endian integer (a view of the
    # bytes as integers starting at every byte), and those bytes and the 9th after it as bytes
    words = numpy.ndarray((len(padded) - 8,), dtype="<u8", buffer=padded, strides=(1,))
    raw = words[opens + 1]
    after = raw.view(numpy.uint8).reshape(-1, 8)
    first = after[:, 0]
    letter = ((first | 0x20) - numpy.uint8(ord("a"))) < 26  # (wraps below "a": not under 26)
    name_byte = numpy.empty((len(opens), 9), dtype=bool)
    name_byte[:, :8] = _NAME_BYTE.take(after)  # (take: several times faster than [after])
    name_byte[:, 8] = _NAME_BYTE.take(padded[opens + 9])
    name_byte[:, 0] |= first == ord("/")  # an end tag's "/" is read as part of its tag
    # the tag's length: the first column that holds no name byte (0 when all 9 do: too long
    # to be a known tag; a length of 0 keeps no byte of the key, and no known tag is empty)
    length = numpy.argmin(name_byte, axis=1)
    key = raw & _KEY_MASKS[length]
    at = numpy.minimum(numpy.searchsorted(_KNOWN_TAGS, key), len(_KNOWN_TAGS) - 1)
    known = _KNOWN_TAGS[at] == key
    steps = numpy.where(known, _KNOWN_STEPS[at], letter)
    return steps, numpy.where(known, _KNOWN_NAMES[at], _OTHER_NAME)


def limit_depth(html: str, max_depth: int = MAX_DEPTH, utf8: bytes | None = None) -> str:
    """`html` with start tags nested deeper than `max_depth` renamed (see MAX_DEPTH).

    utf8: `html` encoded as UTF-8, when the caller has it (it only makes the first checks
    cheaper; the result is the same)."""
    # a first bound: the depth never exceeds the number of start tags, and every "<" that does
    # not open an end tag may start one (nine pages in ten of the archive pass); then, on the
    # bytes, the array bound, and only past it the regex's
    if _possible_start_tags(html, utf8) <= max_depth:
        return html
    if utf8 is not None and _byte_nesting_bound(utf8, max_depth) <= max_depth:
        return html
    if nesting_bound(html) <= max_depth:
        return html  # real pages: at most one regex pass and array sums, no loop per tag
    depth = 0
    counts: dict[str, int] = {}  # per name: start tags counted and not yet closed
    pieces: list[str] = []
    last = 0
    for match in _TAG_NAME.finditer(html):
        closing, name = match.group(1), match.group(2).lower()
        if name in _NOT_NESTING:
            continue
        if closing:
            if not counts.get(name):
                continue  # closes nothing: the parser ignores it
            deep = depth > max_depth
            counts[name] -= 1
            depth -= 1
        else:
            counts[name] = counts.get(name, 0) + 1
            depth += 1
            deep = depth > max_depth
        if deep:
            pieces.append(html[last : match.start()])
            pieces.append(f"<{closing}{_DEEP_TAG}")
            last = match.end()
    if not pieces:
        return html
    pieces.append(html[last:])
    return "".join(pieces)


class _TooMuchText(Exception):
    pass


def _clean(text: str) -> str:
    # the same as re.sub(r"\s+", " ", text).strip(): str.split() and the regex's \s use the
    # same Unicode whitespace table (a test checks every code point); four times faster
    return " ".join(text.split())


def _walk(node: LexborNode, out: list[str], persons: list[tuple[int, str]]) -> None:
    """Append the text of `node`'s children to `out`, wrapping bold runs in markers and noting
    where person links start (their text is the speaker's name as the site tags it).

    Iterative (a stack of child iterators), so markup nested any number of levels deep cannot
    raise RecursionError; `length` keeps the offset of person links linear in the text."""
    length = sum(map(len, out))
    stack: list[tuple[Iterator[LexborNode], str | None]] = [(node.iter(include_text=True), None)]
    while stack:
        children, closing = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if closing is not None:
                out.append(closing)
                length += len(closing)
            continue
        tag = child.tag
        if tag == "-text":
            # the node's own text, as text(deep=False) gives it (the same bytes decoded the
            # same way), without the text collector that call makes for each node
            piece = child.text_content or ""
            out.append(piece)
            length += len(piece)
        elif tag == "br":
            out.append(" ")
            length += 1
        elif tag in _BOLD:
            out.append(_OPEN)
            length += 1
            stack.append((child.iter(include_text=True), _CLOSE))
        elif tag in ("-comment", "img", "meta"):
            continue
        else:
            if tag == "a" and "person_tag" in (child.attributes.get("class") or ""):
                persons.append((length, _clean(child.text(deep=True))))
            stack.append((child.iter(include_text=True), None))


def _label_of(
    raw: str, persons: list[tuple[int, str]], read: dict[str, bool] | None = None
) -> tuple[str, str | None] | None:
    """Return (label, person hint) when the paragraph opens with a bold "Label:". read: the
    labels of this container already looked up, and whether each reads as a label (an
    interview repeats its few labels many times; the answer depends on the label alone)."""
    if _OPEN not in raw:  # (most paragraphs: no copy of the text made to tell)
        return None
    stripped = raw.lstrip()
    if not stripped.startswith(_OPEN):
        return None
    offset = len(raw) - len(stripped)
    colon = raw.find(":", offset, offset + 400)
    if colon < 0:
        return None
    head = raw[:colon]
    # Everything before the colon must be bold, apart from spaces and parenthesised remarks
    # such as "(retranslated)".
    outside: list[str] = []
    depth = 0
    for ch in head:
        if ch == _OPEN:
            depth += 1
        elif ch == _CLOSE:
            depth = max(depth - 1, 0)
        elif depth == 0:
            outside.append(ch)
    if _PARENS.sub("", "".join(outside)).strip():
        return None
    label = _clean(head.replace(_OPEN, "").replace(_CLOSE, ""))
    found = None if read is None else read.get(label)
    if found is None:
        found = bool(find_label(label + ":", strict=False))
        if read is not None:
            read[label] = found
    if not found:
        return None
    hint = next((name for pos, name in persons if pos < colon and name), None)
    return label, hint


# two bold runs side by side, not before a comma or an apostrophe (see _blocks_and_total)
_BOLD_RUNS = re.compile(_CLOSE + _OPEN + r"(?![,’'])")

# a letter or digit: re's \w is str.isalnum() or "_" for every code point (a test checks them)
_ALNUM = re.compile(r"[^\W_]")


def _is_separator(text: str) -> bool:
    # "* * *", "<…>", "–": no letters or digits at all (a search in C, where a generator over
    # the characters cost a Python call per block)
    return _ALNUM.search(text) is None


def _paragraphs(
    container: LexborNode, budget: int | None = None
) -> list[tuple[str, tuple[str, str | None] | None]]:
    """Text blocks of `container` in document order, each with its speaker label if any.

    Raises _TooMuchText when the blocks hold more than `budget` characters (nested blocks
    repeat their inner text, see _TEXT_PER_CHAR)."""
    return _blocks_and_total(container, budget)[0]


def _blocks_and_total(
    container: LexborNode, budget: int | None = None
) -> tuple[list[tuple[str, tuple[str, str | None] | None]], int]:
    """`_paragraphs`, and the characters its blocks held (what the budget is checked against:
    it raises _TooMuchText exactly when this total is above `budget`)."""
    result: list[tuple[str, tuple[str, str | None] | None]] = []
    blocks = _css(container, _BLOCKS)
    total = 0
    read: dict[str, bool] = {}  # (bounded by the container's blocks)
    for block in blocks:
        # A quote or list item made of <p>s is read through its <p>s.
        if block.tag in ("blockquote", "li") and _css_first(block, "p"):
            continue
        out: list[str] = []
        persons: list[tuple[int, str]] = []
        _walk(block, out, persons)
        raw = "".join(out)
        total += len(raw)
        if budget is not None and total > budget:
            raise _TooMuchText
        label = _label_of(raw, persons, read) if block.tag == "p" else None
        if label is not None:
            # "<b>Vladimir</b><b>Putin</b>:" in the source: adjacent bold runs are two words;
            # "<b>Ivan Petrov</b><b>, engineer</b>:": no space before the comma.
            colon = raw.find(":")
            head = _BOLD_RUNS.sub(" ", raw[:colon])
            raw = head + raw[colon:]
            label = (_clean(head.replace(_OPEN, "").replace(_CLOSE, "")), label[1])
        text = _clean(raw.replace(_OPEN, "").replace(_CLOSE, ""))
        if not text or _is_separator(text):
            continue
        result.append((text, label))
    return result, total


def _build(
    doc_id: str,
    source: str,
    blocks: list[tuple[str, tuple[str, str | None] | None]],
    speaker_turns: bool,
    **meta: str | None,
) -> Speech:
    paragraphs = [text for text, _ in blocks]
    labels = [label for _, label in blocks]
    speech = Speech(doc_id=doc_id, source=source, paragraphs=paragraphs, **meta)
    if not speaker_turns:
        speech.unbuilt_labels = labels  # see pipeline.ingest.completed
        return speech
    speech.turns = turns_of(speech, labels)
    return speech


def turns_of(speech: Speech, labels: list[tuple[str, str | None] | None]) -> list[Turn]:
    """The speaker turns of a parsed page, from the label found at the start of each paragraph
    (None where there is none); names are resolved against the title and the text."""
    context = f"{speech.title or ''}\n\n" + speech.text
    return build_turns(speech.paragraphs, labels, context)


def _meta(tree: LexborHTMLParser, prop: str) -> str | None:
    node = _css_first(tree, f'meta[property="{prop}"]')
    value = node.attributes.get("content") if node else None
    return value.strip() if value and value.strip() else None


def _text_of(tree: LexborHTMLParser, selector: str) -> str | None:
    node = _css_first(tree, selector)
    if node is None:
        return None
    text = _clean(node.text(deep=True, separator=" "))
    return text or None


def _doc_id(url: str | None, fallback_id: str) -> str:
    if url:
        last = url.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
        if last:
            return last
    return fallback_id


def _published(tree: LexborHTMLParser) -> str | None:
    """The page's publication date: its `time.read__published`, or on a page without one (an
    announcement, "On September 27, the President will visit ...") the time of its
    "Publication date:" line."""
    node = _css_first(tree, "time.read__published")
    if node is None:
        node = next(
            (
                t
                for t in _css(tree, "time[datetime]")
                if t.parent is not None
                and _clean(t.parent.text(deep=True)).startswith(_PUBLICATION_DATE_LINE)
            ),
            None,
        )
    date = node.attributes.get("datetime") if node is not None else None
    return date[:10] if date and _ISO_DATE.match(date) else None


# the line that dates a page with no time.read__published
_PUBLICATION_DATE_LINE = "Publication date:"


def _looks_truncated(text: str) -> bool:
    """Whether the page's last 2,000 characters, lower-cased, lack "</html>".

    Looked for where "</" stands in them, from the end (where a whole page has it), those
    seven characters lower-cased, not the whole tail (str.lower of a tail with one curly
    quote is a slow, non-ASCII copy): only letters change case, no character but "<" and "/"
    lower-cases to them, and the one character whose lower case is longer (U+0130, "i" and a
    combining dot) gives none of "</html>"'s characters, so each "</html>" of the lower-cased
    tail is seven characters of the tail starting with "</"."""
    tail = text[-2000:]
    at = tail.rfind("</")
    while at >= 0:
        if tail[at : at + 7].lower() == "</html>":
            return False
        at = tail.rfind("</", 0, at)
    return True


def _article_parts(
    tree: LexborHTMLParser, body: LexborNode, for_key: bool = False
) -> tuple[str | None, str | None, LexborNode | None, str | None, str | None]:
    """What `_article` reads of the tree besides the text blocks: url, date, the lead's node
    (None: no lead), title and place; the removals (_REMOVE) are made in the body and the
    lead, so that their blocks are read from the two subtrees alone. for_key: the page is
    wanted for its PageKey alone if it can have one (not truncated); then, when its url names
    its document, the date and the place, which no PageKey holds, are not read (None)."""
    url = _meta(tree, "og:url")
    record = not (for_key and url and _doc_id(url, ""))  # else only the PageKey is made
    # before the removals: the publication line may be among them
    date = _published(tree) if record else None
    for node in _css(body, _REMOVE):
        node.decompose()
    lead_node = _css_first(tree, ".read__lead")
    if lead_node is not None:
        for node in _css(lead_node, _REMOVE):
            node.decompose()
    title = _text_of(tree, "h1.entry-title") or _meta(tree, "og:title")
    place = _text_of(tree, ".read__place") if record else None
    return url, date, lead_node, title, place


def _page_key(
    url: str | None, title: str | None, body: LexborNode, lead_node: LexborNode | None
) -> str:
    """A digest of what a document's doc_id and text are made of, once `_article_parts` made
    the removals: two pages with the same key give documents with the same doc_id (when its url
    names it) and the same text (the lead's and the body's blocks, or the title when there are
    none), if neither page's text budget (_TEXT_PER_CHAR) stops it; that is all that tells a
    print version a duplicate of its page (pipeline.runner: the same doc_id, the same text),
    so the date and the place, which are not in the text, are not in the key. The blocks are a
    function of the body's and the lead's subtrees (tag names, the class of links, text and
    nesting: `_paragraphs` reads nothing else), which their serialisations spell out."""
    digest = hashlib.blake2b(digest_size=16)
    for part in (url, title, body.html, None if lead_node is None else lead_node.html):
        if part is None:
            digest.update(b"\x00")
        else:
            data = part.encode("utf-8", "surrogatepass")
            digest.update(b"\x01%d:" % len(data))
            digest.update(data)
    return digest.hexdigest()


def _article(
    tree: LexborHTMLParser,
    body: LexborNode,
    text: str,
    source: str,
    fallback_id: str,
    speaker_turns: bool,
    key_only: bool = False,
) -> Speech | PageKey | InputError:
    truncated = _looks_truncated(text)
    url, date, lead_node, title, place = _article_parts(tree, body, key_only and not truncated)
    budget = _TEXT_PER_CHAR * len(text) + 10_000
    key = None
    if url and _doc_id(url, "") and not truncated:
        key = _page_key(url, title, body, lead_node)
        if key_only:
            return PageKey(source, key, budget)
    lead = None
    used = 0  # the most characters of blocks one container held (see PageKey)
    if lead_node is not None:
        # inline markup ("19<sup>th</sup>") joins without a space; blocks are joined by one
        lead_blocks, used = _blocks_and_total(lead_node, budget)
        lead_texts = [t for t, _ in lead_blocks]
        lead = _clean(" ".join(lead_texts) if lead_texts else lead_node.text(deep=True)) or None
    blocks, body_total = _blocks_and_total(body, budget)
    used = max(used, body_total)
    if not blocks:
        if truncated:
            return InputError(
                source,
                "malformed",
                "the page is truncated: the article body ends before any paragraph",
            )
    if lead:
        blocks.insert(0, (lead, None))
    elif not blocks:
        # Title-only news items (common in the early 2000s): the headline is the whole news.
        if not title:
            return InputError(source, "empty", "the article has no title, lead or body text")
        blocks = [(title, None)]
    speech = _build(
        _doc_id(url, fallback_id),
        source,
        blocks,
        speaker_turns,
        title=title,
        date=date,
        place=place,
        url=url,
        lead=lead,
    )
    if key is not None:
        speech.page_key = (key, used)
    return speech


def _generic(
    tree: LexborHTMLParser, text: str, source: str, fallback_id: str, speaker_turns: bool
) -> Speech | InputError:
    root = tree.body or tree.root
    if root is None:
        return InputError(source, "empty", "the HTML page has no text")
    for node in _css(root, _GENERIC_REMOVE):
        node.decompose()
    blocks = _paragraphs(root, _TEXT_PER_CHAR * len(text) + 10_000)
    if not blocks:
        text = _clean(root.text(deep=True, separator=" "))
        if not text:
            return InputError(source, "empty", "the HTML page has no text")
        blocks = [(text, None)]
    title = _text_of(tree, "title") or _meta(tree, "og:title")
    url = _meta(tree, "og:url")
    return _build(_doc_id(url, fallback_id), source, blocks, speaker_turns, title=title, url=url)


# What the selectors of parse_html look for before they call a page a gallery or a listing
# (`[itemprop="articleBody"]`, the gallery classes, `meta[property="og:type"]`): a page whose text
# holds none of these words, in any ASCII case, as written or with its character references
# decoded, cannot match them (see skip_before_parsing).
_ARTICLE_WORDS = (b"articlebody",)
_GALLERY_WORDS = (b"photoset", b"media__video", b"media__container_video", b"og:type")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz_:")
# the named character references that decode to a character of those words ("&colon;",
# "&lowbar;"...), lower-cased like the page; numeric ones are read one by one
_NAMED_WORD_REFERENCES = re.compile(
    b"&(?:"
    + b"|".join(
        sorted(
            {
                re.escape(name.rstrip(";").lower().encode("ascii"))
                for name, value in html.entities.html5.items()
                if _WORD_CHARS.intersection(value.lower())
            }
        )
    )
    + b")"
)
# a numeric reference as html.unescape reads it (all the digits; lower-cased like the page)
_NUMERIC_REFERENCE = re.compile(rb"&#(?:x[0-9a-f]+|[0-9]+)")
_GALLERY_REASON = "photo or video gallery page, no article text"
_LISTING_REASON = "listing of news items, no article text"


def _ampersands(data: bytes) -> list[int]:
    """Where "&" stands in `data`: the only places a character reference can start. (Found with
    bytes.find, a memchr: a page has a few, and a regex search for one walks the page a byte at a
    time; matching the reference patterns at these places finds what searching for them finds,
    as each pattern starts with "&" and holds no other.)"""
    found: list[int] = []
    at = data.find(b"&")
    while at >= 0:
        found.append(at)
        at = data.find(b"&", at + 1)
    return found


def _references_may_add_words(lowered: bytes) -> bool:
    """Whether decoding the character references of a page (`lowered`: its UTF-8 bytes, ASCII
    lower-cased) could make one of the marker words appear that is not in it as written.

    Only a reference that decodes to a character of the words, or to nothing (html.unescape
    drops some code points, joining the text around them), can: the text between references
    is kept as written. Numeric references are decoded one by one, each distinct one once, in
    the order of the page (so that a reference html.unescape cannot read fails here as it
    would there)."""
    ampersands = _ampersands(lowered)
    if any(_NAMED_WORD_REFERENCES.match(lowered, at) for at in ampersands):
        return True
    numeric = (_NUMERIC_REFERENCE.match(lowered, at) for at in ampersands)
    for reference in dict.fromkeys(match.group() for match in numeric if match):
        decoded = html.unescape(reference.decode("ascii") + ";")
        if not decoded or _WORD_CHARS.intersection(decoded.lower()):
            return True
    return False


def skip_before_parsing(text: str, source: str, utf8: bytes | None = None) -> Skipped | None:
    """The Skipped that parse_html would return for this gallery or listing page, told from its
    path and a plain search of its text, without building the tree; None when only the parsed
    page can tell (it may hold an article body or gallery markup, or is not at such a path).

    Exact: a page is skipped here only if none of the words the selectors need appears in it,
    in any ASCII case (the parser matches class names so in quirks mode; the rest it matches
    exactly), neither as written nor with character references decoded ("article&#66;ody"), so
    that no attribute the parser reads can hold them either. utf8: `text` encoded as UTF-8,
    when the caller has it (the same decision, without encoding the text again)."""
    path = source.replace("\\", "/").removesuffix(".gz")
    gallery = _GALLERY_PATH.search(path) is not None
    if not gallery and _LISTING_PATH.search(path) is None:
        return None
    words = _ARTICLE_WORDS if gallery else _ARTICLE_WORDS + _GALLERY_WORDS
    # bytes.lower() folds ASCII letters only, as the parser does, and fast
    lowered = (utf8 if utf8 is not None else text.encode("utf-8", "surrogatepass")).lower()
    forms = [lowered]
    # (before the words are looked for, as html.unescape can fail on a page: a reference with
    # thousands of digits; then the page is an error record, whatever words it holds)
    if _references_may_add_words(lowered):
        forms.append(html.unescape(text).encode("utf-8", "surrogatepass").lower())
    if any(word in form for form in forms for word in words):
        return None
    if gallery:
        return Skipped(source, "gallery", _GALLERY_REASON)
    return Skipped(source, "listing", _LISTING_REASON)


def parse_html(
    text: str,
    source: str,
    fallback_id: str,
    speaker_turns: bool = True,
    utf8: bytes | None = None,
    key_only: bool = False,
) -> Speech | PageKey | Skipped | InputError:
    """Parse one HTML page. Never raises. speaker_turns=False: the page is read for its text
    and id alone (a print version); its labels wait in `Speech.unbuilt_labels`. utf8: `text`
    encoded as UTF-8 when the caller has those bytes (the file's), for the quick checks.
    key_only: a kremlin.ru article whose url names it is read only as far as its PageKey (its
    blocks are not made); any other page as without it."""
    try:
        skipped = skip_before_parsing(text, source, utf8)
        if skipped is not None:
            return skipped
        limited = limit_depth(text, utf8=utf8)
        # lexbor parses UTF-8: given the file's bytes when the text is them decoded and kept as
        # it is, it need not encode the text again (selectolax encodes a str with
        # errors="ignore", which drops nothing from a text decoded as strict UTF-8)
        tree = LexborHTMLParser(utf8 if utf8 is not None and limited is text else limited)
        body = _css_first(tree, '[itemprop="articleBody"]')
        if body is not None:
            return _article(tree, body, text, source, fallback_id, speaker_turns, key_only)
        url = _meta(tree, "og:url") or ""
        path = source.replace("\\", "/")
        if (
            _GALLERY_PATH.search(path.removesuffix(".gz"))
            or _css_first(tree, _GALLERY_MARKUP) is not None
            or (_meta(tree, "og:type") or "").startswith("video")
        ):
            return Skipped(source, "gallery", _GALLERY_REASON)
        if _LISTING_PATH.search(path.removesuffix(".gz")) or len(_css(tree, _LISTING_MARKUP)) >= 2:
            return Skipped(source, "listing", _LISTING_REASON)
        kremlin = "kremlin.ru" in url or _meta(tree, "og:site_name") == "President of Russia"
        if kremlin and (_css_first(tree, "h1.entry-title") or _css_first(tree, ".read__lead")):
            return InputError(
                source,
                "malformed",
                "kremlin.ru article page without its body; the file is probably truncated",
            )
        return _generic(tree, text, source, fallback_id, speaker_turns)
    except _TooMuchText:
        return InputError(
            source,
            "malformed",
            f"nested blocks repeat their text over {_TEXT_PER_CHAR} times the page's size",
        )
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop a whole run
        return InputError(source, "malformed", f"could not parse the HTML: {exc}")
