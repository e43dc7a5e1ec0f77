"""kremlin.ru HTML pages -> Speech (articles), Skipped (galleries, listings) or InputError.

Also handles generic HTML: any page with <p> text becomes a Speech from its paragraphs.
Uses selectolax's lexbor backend (measured ~3x faster than lxml on this archive).
`parse_html` never raises.
"""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from pipeline.ingest.speakers import find_label, speaker_from_label
from pipeline.speech import PARAGRAPH_SEPARATOR, InputError, Skipped, Speech, Turn

# Site furniture inside the article body: photo sliders, media figures, "See also" blocks,
# person/glossary tooltips (inside <a class="person_tag">, whose own text must stay).
_REMOVE = "script, style, noscript, template, .masha-ignore, .read__tooltip, .video__description"
_BLOCKS = "p, h2, h3, h4, h5, h6, blockquote, li"
_GALLERY_MARKUP = ".photoset, .media__video, .media__container_video"
_LISTING_MARKUP = ".hentry_event, .events .hentry"
_GENERIC_REMOVE = _REMOVE + ", nav, header, footer, form, aside"

_BOLD = {"b", "strong"}
_OPEN, _CLOSE = "\x01", "\x02"  # bold markers inside the raw paragraph text
_SPACES = re.compile(r"\s+")
_PARENS = re.compile(r"[(\[][^)\]]*[)\]]")
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_LISTING_PATH = re.compile(r"(?:^|/)(?:by-date/[^/]+|page/\d+)\.html?$")
_GALLERY_PATH = re.compile(r"(?:^|/)(?:photos|videos)(?:\.html?)?$")


def _clean(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _walk(node: LexborNode, out: list[str], persons: list[tuple[int, str]]) -> None:
    """Append the text of `node`'s children to `out`, wrapping bold runs in markers and noting
    where person links start (their text is the speaker's name as the site tags it)."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append(child.text(deep=False))
        elif tag == "br":
            out.append(" ")
        elif tag in _BOLD:
            out.append(_OPEN)
            _walk(child, out, persons)
            out.append(_CLOSE)
        elif tag in ("-comment", "img", "meta"):
            continue
        else:
            if tag == "a" and "person_tag" in (child.attributes.get("class") or ""):
                persons.append((sum(map(len, out)), _clean(child.text(deep=True))))
            _walk(child, out, persons)


def _label_of(raw: str, persons: list[tuple[int, str]]) -> tuple[str, str | None] | None:
    """Return (label, person hint) when the paragraph opens with a bold "Label:"."""
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
    found = find_label(label + ":", strict=False)
    if not found:
        return None
    hint = next((name for pos, name in persons if pos < colon and name), None)
    return label, hint


def _is_separator(text: str) -> bool:
    # "* * *", "<…>", "–": no letters or digits at all.
    return not any(ch.isalnum() for ch in text)


def _paragraphs(container: LexborNode) -> list[tuple[str, tuple[str, str | None] | None]]:
    """Text blocks of `container` in document order, each with its speaker label if any."""
    result: list[tuple[str, tuple[str, str | None] | None]] = []
    blocks = container.css(_BLOCKS)
    for block in blocks:
        # A quote or list item made of <p>s is read through its <p>s.
        if block.tag in ("blockquote", "li") and block.css_first("p"):
            continue
        out: list[str] = []
        persons: list[tuple[int, str]] = []
        _walk(block, out, persons)
        raw = "".join(out)
        label = _label_of(raw, persons) if block.tag == "p" else None
        if label is not None:
            # "<b>Vladimir</b><b>Putin</b>:" in the source: adjacent bold runs are two words.
            colon = raw.find(":")
            head = raw[:colon].replace(_CLOSE + _OPEN, " ")
            raw = head + raw[colon:]
            label = (_clean(head.replace(_OPEN, "").replace(_CLOSE, "")), label[1])
        text = _clean(raw.replace(_OPEN, "").replace(_CLOSE, ""))
        if not text or _is_separator(text):
            continue
        result.append((text, label))
    return result


def _build(
    doc_id: str,
    source: str,
    blocks: list[tuple[str, tuple[str, str | None] | None]],
    **meta: str | None,
) -> Speech:
    paragraphs = [text for text, _ in blocks]
    turns: list[Turn] = []
    offset = 0
    open_turn: tuple[int, str, str] | None = None
    last_end = 0
    for text, label in blocks:
        if label is not None:
            if open_turn:
                turns.append(Turn(open_turn[0], last_end, open_turn[1], open_turn[2]))
            speaker = speaker_from_label(label[0], label[1]) or label[0]
            open_turn = (offset, speaker, label[0])
        last_end = offset + len(text)
        offset = last_end + len(PARAGRAPH_SEPARATOR)
    if open_turn:
        turns.append(Turn(open_turn[0], last_end, open_turn[1], open_turn[2]))
    return Speech(doc_id=doc_id, source=source, paragraphs=paragraphs, turns=turns, **meta)


def _meta(tree: LexborHTMLParser, prop: str) -> str | None:
    node = tree.css_first(f'meta[property="{prop}"]')
    value = node.attributes.get("content") if node else None
    return value.strip() if value and value.strip() else None


def _text_of(tree: LexborHTMLParser, selector: str) -> str | None:
    node = tree.css_first(selector)
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


def _looks_truncated(text: str) -> bool:
    return "</html>" not in text[-2000:].lower()


def _article(
    tree: LexborHTMLParser, body: LexborNode, text: str, source: str, fallback_id: str
) -> Speech | InputError:
    url = _meta(tree, "og:url")
    for node in body.css(_REMOVE):
        node.decompose()
    lead_node = tree.css_first(".read__lead")
    lead = None
    if lead_node is not None:
        for node in lead_node.css(_REMOVE):
            node.decompose()
        # inline markup ("19<sup>th</sup>") joins without a space; blocks are joined by one
        lead_blocks = [text for text, _ in _paragraphs(lead_node)]
        lead = _clean(" ".join(lead_blocks) if lead_blocks else lead_node.text(deep=True)) or None
    blocks = _paragraphs(body)
    if not blocks:
        if _looks_truncated(text):
            return InputError(
                source,
                "malformed",
                "the page is truncated: the article body ends before any paragraph",
            )
    title = _text_of(tree, "h1.entry-title") or _meta(tree, "og:title")
    if lead:
        blocks.insert(0, (lead, None))
    elif not blocks:
        # Title-only news items (common in the early 2000s): the headline is the whole news.
        if not title:
            return InputError(source, "empty", "the article has no title, lead or body text")
        blocks = [(title, None)]
    date_node = tree.css_first("time.read__published")
    date = date_node.attributes.get("datetime") if date_node else None
    date = date[:10] if date and _ISO_DATE.match(date) else None
    return _build(
        _doc_id(url, fallback_id),
        source,
        blocks,
        title=title,
        date=date,
        place=_text_of(tree, ".read__place"),
        url=url,
        lead=lead,
    )


def _generic(tree: LexborHTMLParser, source: str, fallback_id: str) -> Speech | InputError:
    root = tree.body or tree.root
    if root is None:
        return InputError(source, "empty", "the HTML page has no text")
    for node in root.css(_GENERIC_REMOVE):
        node.decompose()
    blocks = _paragraphs(root)
    if not blocks:
        text = _clean(root.text(deep=True, separator=" "))
        if not text:
            return InputError(source, "empty", "the HTML page has no text")
        blocks = [(text, None)]
    title = _text_of(tree, "title") or _meta(tree, "og:title")
    url = _meta(tree, "og:url")
    return _build(_doc_id(url, fallback_id), source, blocks, title=title, url=url)


def parse_html(text: str, source: str, fallback_id: str) -> Speech | Skipped | InputError:
    """Parse one HTML page. Never raises."""
    try:
        tree = LexborHTMLParser(text)
        body = tree.css_first('[itemprop="articleBody"]')
        if body is not None:
            return _article(tree, body, text, source, fallback_id)
        url = _meta(tree, "og:url") or ""
        path = source.replace("\\", "/")
        if (
            _GALLERY_PATH.search(path.removesuffix(".gz"))
            or tree.css_first(_GALLERY_MARKUP) is not None
            or (_meta(tree, "og:type") or "").startswith("video")
        ):
            return Skipped(source, "gallery", "photo or video gallery page, no article text")
        if _LISTING_PATH.search(path.removesuffix(".gz")) or len(tree.css(_LISTING_MARKUP)) >= 2:
            return Skipped(source, "listing", "listing of news items, no article text")
        kremlin = "kremlin.ru" in url or _meta(tree, "og:site_name") == "President of Russia"
        if kremlin and (tree.css_first("h1.entry-title") or tree.css_first(".read__lead")):
            return InputError(
                source,
                "malformed",
                "kremlin.ru article page without its body; the file is probably truncated",
            )
        return _generic(tree, source, fallback_id)
    except Exception as exc:  # noqa: BLE001 - a parser bug must not stop a whole run
        return InputError(source, "malformed", f"could not parse the HTML: {exc}")
