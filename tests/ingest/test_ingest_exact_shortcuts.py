"""Ingestion's shortcuts give the answers of the full work they spare (issue 19, round ing63):
the control-character bound, the file read without a buffered reader, the language check's
letter bound, the bold labels looked up once per container, pages without labels, the block
walk's text nodes, and the start-tag count at the page's edges. Every text here is written for
the test."""

from __future__ import annotations

import os

import pytest

from pipeline.ingest import kremlin, language, readers, turns
from pipeline.ingest.kremlin import parse_html
from pipeline.ingest.language import not_english
from pipeline.ingest.readers import _control_ratio, _too_many_controls, read_source

# --- the control-character share ----------------------------------------------------------------


def _texts_around_the_bound() -> list[str]:
    body = "Trade grew in the northern ports this spring. "
    texts = ["", "a", "\x01", "\t\n\r\x0b\x0c", "\x1f" * 3, body * 50]
    for length in (99, 100, 101, 200, 1000):
        for controls in (0, 1, 2, length // 100, length // 100 + 1, length // 50):
            filler = ("x" * (length - controls))[: max(length - controls, 0)]
            texts.append("\x07" * controls + filler)
            texts.append(filler + "\x1b" * controls)
    # many line breaks and tabs (below 0x20 but no control characters), then a few controls
    texts.append(("line\n\ttab\r\n" * 40) + "\x02")
    texts.append(("\n" * 30) + "words" * 10 + "\x03\x04")
    texts.append("Рубль «курс» —\n" * 7 + "\x05")
    return texts


@pytest.mark.parametrize("text", _texts_around_the_bound())
def test_the_control_bound_gives_the_ratio_test_answer(text):
    utf8 = text.encode("utf-8")
    expected = _control_ratio(text, utf8) > 0.01
    assert _too_many_controls(text, utf8) == expected
    assert _too_many_controls(text) == expected


def test_a_long_text_is_judged_on_its_sample():
    text = "ordinary words " * 10_000 + "\x01" * 5_000  # controls past the 100,000-character sample
    for utf8 in (None, text.encode("utf-8")):
        assert _too_many_controls(text, utf8) is (_control_ratio(text, utf8) > 0.01)
    assert not _too_many_controls(text, text.encode("utf-8"))


def test_the_second_compare_is_spared_when_the_bytes_below_space_are_few(monkeypatch):
    def fail(*args):
        raise AssertionError("the full count was made")

    monkeypatch.setattr(readers, "_control_ratio", fail)
    text = ("A page of text on one long line, as the archive's pages are. " * 4 + "\n") * 3
    assert _too_many_controls(text, text.encode("utf-8")) is False


# --- the file read ------------------------------------------------------------------------------


@pytest.mark.parametrize("piece", [1, 7, 4096])
def test_short_reads_are_read_on(tmp_path, monkeypatch, piece):
    data = ("<p>Тема встречи — the harbour’s budget.</p>\n" * 300).encode("utf-8")
    path = tmp_path / "page.html"
    path.write_bytes(data)
    whole = read_source(str(path))
    calls = []

    def short_read(fd, size):
        calls.append(size)
        return os.read(fd, min(size, piece))

    fake_os = type(os)("fake_os")
    fake_os.__dict__.update(os.__dict__)
    fake_os.read = short_read
    monkeypatch.setattr(readers, "os", fake_os)
    assert read_source(str(path)) == whole
    assert whole[2] == data
    assert len(calls) >= len(data) // piece


def test_read_up_to_stops_at_the_end_of_the_file(tmp_path):
    path = tmp_path / "f.txt"
    path.write_bytes(b"0123456789")
    fd = os.open(str(path), os.O_RDONLY)
    try:
        assert readers._read_up_to(fd, 4) == b"0123"
        assert readers._read_up_to(fd, 100) == b"456789"
        assert readers._read_up_to(fd, 5) == b""
    finally:
        os.close(fd)


# --- the language check's letter bound ----------------------------------------------------------

_ENGLISH = (
    "The council met on Tuesday to discuss the budget of the harbour and the plans for a new "
    "bridge over the river, which the mayor said would be built within two years. "
)


def _samples() -> list[str]:
    cyrillic = "Совет обсудил бюджет гавани и планы нового моста через реку. "
    accented = "Le conseil a étudié le budget du port et les ponts à bâtir près de la rivière. "
    greek = "Το συμβούλιο συζήτησε τον προϋπολογισμό. "
    samples = [
        "",
        "Short.",
        "x" * 39,
        "x" * 40,
        "é" * 40,
        _ENGLISH * 5,
        cyrillic * 5,
        accented * 5,
        greek * 5,
        "ЖЖЖ " * 20 + "abc " * 20,
        "Ǆemal Ẁales ſtate \u212a " * 10,
        "lone \ud800 surrogate " * 10,
    ]
    # around the Latin share of one half: ASCII letters against Cyrillic ones, and against
    # characters that are no letters at all (quotes, dashes: the bound counts them as possible)
    for ascii_letters in (40, 50, 60, 99, 100, 101):
        samples.append("a" * ascii_letters + "ж" * 100)
        samples.append("b" * ascii_letters + "—" * 50)
        samples.append("c" * ascii_letters + "€" * 34)
        samples.append(("the " * (ascii_letters // 3)) + "«»" * 30)
    for cut in (1, 3, 7):
        samples.append((_ENGLISH + "Ещё немного. ") * cut)
    return samples


@pytest.mark.parametrize("sample", _samples())
def test_the_letter_bound_changes_no_answer(monkeypatch, sample):
    answer = not_english(sample)
    monkeypatch.setattr(language, "_mostly_ascii_letters", lambda sample, r: False)
    assert not_english(sample) == answer


@pytest.mark.parametrize("sample", _samples())
def test_the_letter_bound_holds_only_when_both_letter_tests_pass(sample):
    r = language._rules()
    if language._mostly_ascii_letters(sample, r):
        latin = language._count_latin(sample)
        letters = latin + language._count(language._other_scripts(), sample)
        assert letters >= r.min_letters
        assert latin / letters >= r.min_latin_share


def test_english_text_runs_no_letter_regex(monkeypatch):
    def fail(*args):
        raise AssertionError("a letter regex ran")

    monkeypatch.setattr(language, "_count", fail)
    monkeypatch.setattr(language, "_count_latin", fail)
    assert not_english(_ENGLISH * 20) is None


# --- bold labels, looked up once per container -------------------------------------------------


def _interview(rounds: int) -> str:
    turns_html = "".join(
        f"<p><b>Ivan Petrov:</b> Question number {n} about the harbour.</p>"
        f"<p><strong>Anna Sokolova (retranslated):</strong> Answer {n}, on the bridge.</p>"
        f"<p><b>Note:</b> the hall applauded.</p>"
        f"<p><b>He said that the river</b> is wide.</p>"
        for n in range(rounds)
    )
    return (
        "<html><head><title>Interview</title>"
        '<meta property="og:url" content="https://example.org/news/91001"></head><body>'
        '<h1 class="entry-title">An interview</h1>'
        f'<div itemprop="articleBody">{turns_html}</div></body></html>'
    )


@pytest.mark.parametrize("rounds", [1, 2, 9])
def test_labels_read_once_per_container_give_the_same_document(monkeypatch, rounds):
    html = _interview(rounds)
    calls = []
    original_find = kremlin.find_label

    def counting(text, strict=True):
        calls.append(text)
        return original_find(text, strict)

    monkeypatch.setattr(kremlin, "find_label", counting)
    memo = parse_html(html, "91001.html", "91001")
    assert len(calls) == len(set(calls)) <= 3  # each distinct bold opening once

    original_label_of = kremlin._label_of
    monkeypatch.setattr(
        kremlin, "_label_of", lambda raw, persons, read=None: original_label_of(raw, persons)
    )
    calls.clear()
    plain = parse_html(html, "91001.html", "91001")
    assert len(calls) == len(set(calls)) * rounds
    assert repr(memo) == repr(plain)
    assert memo.turns == plain.turns and memo.turns


# --- pages without labels -----------------------------------------------------------------------


def test_a_page_without_labels_resolves_no_speaker(monkeypatch):
    def fail(*args):
        raise AssertionError("speakers were resolved")

    monkeypatch.setattr(turns, "_resolve", fail)
    paragraphs = ["The council met.", "It approved the budget."]
    assert turns.build_turns(paragraphs, [None, None], "context") == []
    assert turns.build_turns([], [], "") == []


def test_a_default_speaker_still_speaks_a_page_without_labels():
    paragraphs = ["The council met.", "It approved the budget."]
    found = turns.build_turns(paragraphs, [None, None], "", default_speaker="Ivan Petrov")
    assert [(t.start, t.end, t.speaker) for t in found] == [
        (0, len("\n\n".join(paragraphs)), "Ivan Petrov")
    ]


# --- the start-tag count ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "html",
    ["<", "</", "a<", "a</", "<</", "<a></a><", "</</</", "/<" * 5, "«<»/</«</»", "x" * 9],
)
def test_start_tags_counted_in_the_bytes_at_the_edges(html):
    expected = html.count("<") - html.count("</")
    assert kremlin._possible_start_tags(html, html.encode("utf-8")) == expected


# --- the walk of a block's text nodes -----------------------------------------------------------


def _reference_walk(node, out, persons):
    """The walk as it read text nodes before (text(deep=False) per node), recursively."""
    for child in node.iter(include_text=True):
        tag = child.tag
        if tag == "-text":
            out.append(child.text(deep=False))
        elif tag == "br":
            out.append(" ")
        elif tag in ("b", "strong"):
            out.append(kremlin._OPEN)
            _reference_walk(child, out, persons)
            out.append(kremlin._CLOSE)
        elif tag in ("-comment", "img", "meta"):
            continue
        else:
            if tag == "a" and "person_tag" in (child.attributes.get("class") or ""):
                persons.append((sum(map(len, out)), kremlin._clean(child.text(deep=True))))
            _reference_walk(child, out, persons)


@pytest.mark.parametrize(
    "markup",
    [
        "<p>plain words of a paragraph</p>",
        "<p>a<!-- note -->b<b></b>c<br>d<img src=x>e</p>",
        "<p><b>Ivan Petrov:</b> the <i>harbour</i> <span>and <em>bridge</em></span>.</p>",
        '<p>Met <a class="person_tag" href="/p/1">Anna <b>Sokolova</b></a> at noon.</p>',
        "<p>stray \udcff byte and &#0; a NUL reference, &amp; an ampersand</p>",
        "<p></p><p> </p><p>\n\t</p>",
        "<blockquote><p>quoted <strong>twice</strong></p><p>and again</p></blockquote>",
        "<ul><li>one<ul><li>two<br/>three</li></ul></li></ul>",
    ],
)
def test_the_walk_reads_each_text_node_as_text_deep_false_does(markup):
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(f"<html><body>{markup}</body></html>".encode("utf-8", "surrogatepass"))
    for block in kremlin._css(tree, kremlin._BLOCKS):
        out, persons = [], []
        kremlin._walk(block, out, persons)
        expected_out, expected_persons = [], []
        _reference_walk(block, expected_out, expected_persons)
        assert ("".join(out), persons) == ("".join(expected_out), expected_persons)
