"""Text -> Speech, for every format whose documents are text: plain-text files, and the text
field of JSON, JSON-lines and CSV records (pipeline.ingest.fields).

- Paragraphs: blank lines separate paragraphs and hard-wrapped lines are joined ("bil-\\nlion" ->
  "billion"); in a text without blank lines a line that ends like a sentence or is clearly
  shorter than the others ends a paragraph (one paragraph per line keeps its paragraphs); a
  line that starts with a speaker label always starts a paragraph.
- The head: a title line ("News conference following Russian-Chinese talks") is the title, never
  text, where no title is given; a date line ("March 22, 2013", "22 March 2013, 13:00") gives
  the date where none is given; both are removed from the text. A first line equal to the given
  title is removed too, unless it ends like a sentence (a lead that repeats the title is text,
  as in HTML). A plain-text file may open with YAML front matter (title, date, speaker, id, url,
  place) between "---" lines: metadata, not text.
- Speaker labels at paragraph starts make the turns (pipeline.ingest.turns).
- Plain-text files only: a trailing source credit ("Source - ...") and the page debris after it
  are dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.ingest.dates import date_line, read_date
from pipeline.ingest.options import DEFAULT_OPTIONS, IngestOptions
from pipeline.ingest.speakers import find_label, rules
from pipeline.ingest.turns import build_turns, text_labels
from pipeline.speech import InputError, Speech

_BLANK_LINE = re.compile(r"\n[ \t\f\v\u00a0]*\n\s*")
# "bil-\nlion" -> "billion" only with lowercase letters on both sides; otherwise the hyphen is
# real ("Russia-\nAfrica" -> "Russia-Africa").
_HYPHEN_BREAK = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_SPACES = re.compile(r"\s+")
_SURROGATE = re.compile("[\ud800-\udfff]")
_SOURCE_CREDIT = re.compile(r"^source\s*(?:[-–—:]|$)", re.I)
_SENTENCE_END = re.compile(r"[.!?…:;\"'”’)\]]$")
_LINE_END = re.compile(r"[.!?…:;\"'”’)\]]\s*$")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_FRONT_MATTER_MAX = 64 * 1024
_TITLE_MAX_WORDS = 25
_TITLE_END = re.compile(r"[.:;,]$")
_HEAD_LINES = 3  # title, date and one more line at most are read as the head
_SHORT_LINE = 0.7  # of the longest line: a line that ends a paragraph in hard-wrapped text


@dataclass(frozen=True)
class DocMeta:
    """What the input says about a document besides its text (record fields, front matter)."""

    title: str | None = None
    date: object = None  # as given: a string to read, a date, or None
    url: str | None = None
    place: str | None = None
    speaker: str | None = None  # who speaks the paragraphs before the first label


def _join_lines(block: str) -> str:
    def dehyphen(match: re.Match[str]) -> str:
        before = block[match.start() - 1]
        after = block[match.end()]
        return "" if before.islower() and after.islower() else "-"

    block = _HYPHEN_BREAK.sub(dehyphen, block)
    return _SPACES.sub(" ", block).strip()


def _lines_to_paragraphs(lines: list[str]) -> list[str]:
    """A text without blank lines: a line ends a paragraph when it ends like a sentence, is
    clearly shorter than the longest line (a title, a date, a paragraph's last line), is or
    comes before a date line at the head, or the next line starts a speaker's paragraph; other
    lines are hard-wrapped and joined."""
    width = max(len(line.rstrip()) for line in lines)
    pieces: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        pieces[-1].append(line)
        if index + 1 == len(lines):
            break
        stripped = line.rstrip()
        following = lines[index + 1].strip()
        if (
            _LINE_END.search(stripped)
            or len(stripped) < _SHORT_LINE * width
            or _starts_turn(following, stripped)
            or (index < _HEAD_LINES and (date_line(stripped) or date_line(following)))
        ):
            pieces.append([])
    return ["\n".join(piece) for piece in pieces]


def _starts_turn(line: str, previous: str) -> bool:
    """A line inside a block that starts a speaker's paragraph: it opens with a label, and the
    line before ends a sentence or the label is unmistakable (two words or more, a role)."""
    found = find_label(line)
    if found is None:
        return False
    if _LINE_END.search(previous) or " " in found[0]:
        return True
    r = rules()
    word = found[0].lower().strip(".")
    return word in r.role_labels or word in r.answers


def _blocks_at_labels(block: str) -> list[str]:
    """A block cut before every line that starts a speaker's paragraph."""
    lines = block.split("\n")
    pieces: list[list[str]] = [[]]
    for line in lines:
        if pieces[-1] and _starts_turn(line.strip(), pieces[-1][-1]):
            pieces.append([])
        pieces[-1].append(line)
    return ["\n".join(piece) for piece in pieces]


def _split_head_date_lines(block: str) -> list[str]:
    """The first block of a text with blank lines, cut before and after a date line among its
    first lines ("Harbour talks\nMarch 22, 2013"), as a text without blank lines is; else whole."""
    lines = [line for line in block.split("\n") if line.strip()]
    pieces: list[list[str]] = [[]]
    for index, line in enumerate(lines):
        is_date = index < _HEAD_LINES and date_line(line.strip())
        if is_date and pieces[-1]:
            pieces.append([])
        pieces[-1].append(line)
        if is_date and index + 1 < len(lines):
            pieces.append([])
    return ["\n".join(piece) for piece in pieces]


def split_paragraphs(text: str) -> list[str]:
    """The paragraphs of a text (see the module docstring), whitespace folded."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = [b for b in _BLANK_LINE.split(text) if b.strip()]
    if len(blocks) == 1:
        lines = [line for line in blocks[0].split("\n") if line.strip()]
        if len(lines) > 1:
            blocks = _lines_to_paragraphs(lines)
    elif blocks:
        blocks = _split_head_date_lines(blocks[0]) + blocks[1:]
    paragraphs = [_join_lines(piece) for block in blocks for piece in _blocks_at_labels(block)]
    return [p for p in paragraphs if p]


def _is_fragment(paragraph: str, max_words: int) -> bool:
    return len(paragraph.split()) < max_words and not _SENTENCE_END.search(paragraph)


def _drop_debris(paragraphs: list[str]) -> list[str]:
    """Drop a trailing "Source - Official website of ..." credit with the short fragments after
    it (menu text copied with the article), and a last fragment without final punctuation."""
    for index in range(len(paragraphs) - 1, -1, -1):
        if _SOURCE_CREDIT.match(paragraphs[index]):
            tail = paragraphs[index + 1 :]
            if all(_is_fragment(p, 8) for p in tail) and index > 0:
                paragraphs = paragraphs[:index]
            break
    if len(paragraphs) > 1 and _is_fragment(paragraphs[-1], 5):
        paragraphs = paragraphs[:-1]
    return paragraphs


def _is_title_line(paragraph: str) -> bool:
    words = paragraph.split()
    return (
        0 < len(words) <= _TITLE_MAX_WORDS
        and paragraph[:1].isupper()
        and not _TITLE_END.search(paragraph)
        and find_label(paragraph) is None
    )


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold().rstrip(".") == " ".join(b.split()).casefold().rstrip(".")


def _read_head(
    paragraphs: list[str], title: str | None, order: str | None
) -> tuple[list[str], str | None, str | None]:
    """(paragraphs without the head lines, title line, date line's ISO date)."""
    title_line = date_found = None
    for _ in range(_HEAD_LINES):
        if len(paragraphs) < 2:
            break
        first = paragraphs[0]
        if date_found is None and (iso := date_line(first, order)):
            date_found = iso
        elif title is not None and title_line is None and _same_text(first, title):
            if _TITLE_END.search(first):
                break  # a lead that repeats the title as a sentence is text (as in HTML)
            title_line = first
        elif title is None and title_line is None and _is_title_line(first):
            title_line = first
        else:
            break
        paragraphs = paragraphs[1:]
    return paragraphs, title_line, date_found


def front_matter(text: str, source: str) -> tuple[dict, str, list[InputError]]:
    """(metadata, the text after it, warnings) for a text that may open with YAML front matter."""
    match = _FRONT_MATTER.match(text[:_FRONT_MATTER_MAX])
    if not match:
        return {}, text, []
    import yaml  # only texts with front matter need it

    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError as exc:
        reason = f"the front matter is not valid YAML ({exc.__class__.__name__}); read as text"
        return {}, text, [InputError(source, "front_matter", reason)]
    if not isinstance(data, dict):
        reason = "the front matter is not a mapping of keys to values; read as text"
        return {}, text, [InputError(source, "front_matter", reason)]
    meta = {str(k).strip().lower(): v for k, v in data.items()}
    return meta, text[match.end() :], []


def _text_or_none(value: object) -> str | None:
    if value is None or isinstance(value, dict | list):
        return None
    text = " ".join(str(value).split())
    return text or None


def meta_from_mapping(fields: dict) -> DocMeta:
    """DocMeta from front matter or record fields named title, date, url, place, speaker."""
    return DocMeta(
        title=_text_or_none(fields.get("title")),
        date=fields.get("date"),
        url=_text_or_none(fields.get("url")),
        place=_text_or_none(fields.get("place")),
        speaker=_text_or_none(fields.get("speaker")),
    )


def speech_from_text(
    text: str,
    source: str,
    doc_id: str,
    meta: DocMeta | None = None,
    options: IngestOptions = DEFAULT_OPTIONS,
    plain_file: bool = False,
    warnings: list[InputError] | None = None,
) -> Speech | InputError:
    """A document from its text and metadata (see the module docstring). `plain_file`: the
    text is a whole plain-text file (its page debris is dropped)."""
    meta = meta or DocMeta()
    warnings = list(warnings or [])
    text = _SURROGATE.sub("\ufffd", text)  # lone surrogates (JSON "\ud800") cannot be written
    paragraphs = split_paragraphs(text)
    if plain_file:
        paragraphs = _drop_debris(paragraphs)
    if not paragraphs:
        return InputError(source, "empty", "the document has no text")
    paragraphs, title_line, line_date = _read_head(paragraphs, meta.title, options.date_order)
    date = None
    if meta.date is not None:
        reading = read_date(meta.date, options.date_order)
        date = reading.iso
        if reading.problem:
            warnings.append(InputError(source, f"{reading.problem}_date", reading.reason or ""))
    title = meta.title or title_line or options.title
    context = f"{title or ''}\n\n" + "\n\n".join(paragraphs)
    labels = text_labels(paragraphs, context)
    turns = build_turns(paragraphs, labels, context, default_speaker=meta.speaker)
    return Speech(
        doc_id=doc_id,
        source=source,
        paragraphs=paragraphs,
        title=title,
        date=date or line_date or options.date,
        url=meta.url,
        place=meta.place,
        turns=turns,
        warnings=warnings,
    )


def parse_plaintext(
    text: str, source: str, doc_id: str, options: IngestOptions = DEFAULT_OPTIONS
) -> Speech | InputError:
    """Parse a plain-text file: front matter, head lines, paragraphs, labels."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    fields, body, warnings = front_matter(text, source)
    doc_id = _text_or_none(fields.get("id")) or doc_id
    result = speech_from_text(
        body, source, doc_id, meta_from_mapping(fields), options, True, warnings
    )
    if isinstance(result, InputError) and result.kind == "empty":
        return InputError(source, "empty", "the text file has no text")
    return result
