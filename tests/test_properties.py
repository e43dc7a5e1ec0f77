"""Property-based tests (hypothesis): for any input, the number parser, the cleaners and the record
writer raise nothing, keep offsets inside the text, and write one valid JSON record per line.

Inputs mix arbitrary text with the characters and words the rules react to, so that the
generated strings reach the interesting branches. Runs are kept short (max_examples=200).
"""

from __future__ import annotations

import functools
import json
import math
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.ingest.jsonrecords import parse_json_records
from pipeline.ingest.kremlin import _clean, limit_depth, parse_html
from pipeline.ingest.plaintext import parse_plaintext
from pipeline.ingest.readers import decode_bytes, sniff_format
from pipeline.ingest.speakers import find_label, speaker_from_label
from pipeline.nlp.numbers import find_numbers, words_to_value
from pipeline.nlp.quantities import scan
from pipeline.nlp.rules import installed_rules
from pipeline.output import JsonlWriter
from pipeline.speech import InputError, Skipped, Speech

RULES = installed_rules()  # the installed rule files, passed to the scanners

QUICK = settings(
    max_examples=200,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

PIECES = [
    "$", "€", "£", "RUB", "1", "15", "1,500", "2.5", "1,1,1", "0", "9" * 30, "9" * 400, ".", ",",
    "-", "–", " ", "  ", "\n", "\n\n", "\t", "\u00a0", "%", "percent", "per cent", "about",
    "over", "more than", "almost", "billion", "million", "trillion", "thousand", "bn", "[billion]",
    "one", "twenty", "hundred", "and", "a", "half", "dozen", "countries", "nations", "2019",
    "last year", "Forum", "Summit", "International", "Economic", "St Petersburg", ":", '"', "“",
    "”", "(", ")", "Vladimir Putin:", "President of Russia", "<p>", "</p>", "<b>", "</b>", "<div>",
    "&amp;", "\ud800", "\udcff", "\x00", "\x1b", "\ufeff", "é", "Россия", "😀",
]  # fmt: skip
pieces_text = st.lists(st.sampled_from(PIECES) | st.text(max_size=8), max_size=40).map("".join)
any_text = st.text(max_size=300) | pieces_text


def _inside(text: str, start: int, end: int) -> bool:
    return 0 <= start <= end <= len(text)


# --- the number parser ----------------------------------------------------------------------------


@QUICK
@given(any_text)
def test_find_numbers_offsets_and_values(text):
    for match in find_numbers(RULES, text):
        assert _inside(text, match.start, match.end) and match.start < match.end
        assert text[match.start : match.end] == match.text
        assert math.isfinite(match.value) and match.value >= 0


@QUICK
@given(any_text)
def test_words_to_value_never_raises(text):
    value = words_to_value(RULES, text)
    assert value is None or isinstance(value, float)


@QUICK
@given(any_text, st.lists(st.integers(min_value=0, max_value=400), max_size=5))
def test_scan_offsets_stay_inside(text, starts):
    sentence_starts = sorted({0, *(s for s in starts if s <= len(text))})
    for cand in scan(RULES, text, sentence_starts):
        assert _inside(text, cand.start, cand.end) and cand.start < cand.end
        fields = cand.fields()
        for key in ("value", "high"):
            assert fields.get(key) is None or math.isfinite(fields[key])


@QUICK
@given(st.lists(pieces_text | st.sampled_from(["<" * 400, '"' * 301, "$" * 700]), max_size=6))
def test_make_doc_keeps_the_text(parts):
    from pipeline.nlp.tokens import make_doc

    text = _SURROGATE.sub("\ufffd", " ".join(parts))  # ingestion replaces lone surrogates
    assert make_doc(_blank_english(), text).text == text


@functools.cache
def _blank_english():
    """One blank English pipeline for every example (`dict.setdefault(key, spacy.blank("en"))`
    built a new one, about 0.2 s, per example before it looked the old one up)."""
    import spacy

    return spacy.blank("en")


_SURROGATE = re.compile("[\ud800-\udfff]")


# --- the cleaners ------------------------------------------------------------------------------


def _check_speech(result) -> None:
    assert isinstance(result, Speech | Skipped | InputError)
    if isinstance(result, Speech):
        text = result.text
        for turn in result.turns:
            assert _inside(text, turn.start, turn.end)
        assert all(p == p.strip() and p for p in result.paragraphs)


@QUICK
@given(any_text)
def test_plaintext_cleaner(text):
    _check_speech(parse_plaintext(text, "x.txt", "x"))


@QUICK
@given(any_text)
def test_html_cleaner(text):
    _check_speech(parse_html(text, "x.html", "x"))
    _check_speech(parse_html(f"<html><body><p>{text}</p></body></html>", "x.html", "x"))


MARKUP = ["<div>", "</div>", "<p>", "<b>", " x ", "<a ", "</"]


@QUICK
@given(st.lists(st.sampled_from(MARKUP), max_size=60))
def test_limit_depth_keeps_the_text(parts):
    html = "".join(parts)
    limited = limit_depth(html, max_depth=3)
    assert limited.replace("<wbr", "").count("x") == html.count("x")


@QUICK
@given(any_text)
def test_text_cleaners_never_raise(text):
    cleaned = _clean(text)
    assert cleaned == cleaned.strip() and "  " not in cleaned
    assert sniff_format(text) in ("feed", "html", "json", "jsonl", "text")
    found = find_label(text)
    if found:
        speaker_from_label(found[0])


@QUICK
@given(st.binary(max_size=400) | pieces_text.map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_decode_bytes_never_raises(data):
    result = decode_bytes(data, "x.txt")
    assert isinstance(result, str | InputError)


@QUICK
@given(any_text)
def test_json_records_never_raise(text):
    for fmt in ("json", "jsonl"):
        for item in parse_json_records(text, "x.jsonl", fmt):
            _check_speech(item)


# --- the record writer -------------------------------------------------------------------------

any_chars = st.characters(exclude_categories=())  # lone surrogates included
json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats()  # NaN and infinities included: written as null
    | st.text(alphabet=any_chars),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.text(alphabet=any_chars, max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
records = st.dictionaries(st.text(max_size=10), json_values, max_size=6)


@QUICK
@given(st.lists(records, max_size=8))
def test_writer_lines_are_json(tmp_path, batch):
    path = tmp_path / "records.jsonl"
    with JsonlWriter(str(path)) as writer:
        writer.write_all(batch)
    data = path.read_bytes()
    assert len(data) == writer.position
    lines = data.decode("utf-8").split("\n")  # valid UTF-8 throughout
    assert lines[-1] == ""
    assert len(lines) - 1 == len(batch)
    for line, record in zip(lines, batch, strict=False):
        loaded = json.loads(line, parse_constant=_no_constant)
        assert list(loaded) == list(record)


def _no_constant(name: str):
    raise AssertionError(f"{name} is not JSON")
