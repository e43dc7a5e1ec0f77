"""Issue 19 round r: the quick forms of three ingest checks agree with the plain ones they
replace, on invented texts where the quick path decides and where it hands over."""

from __future__ import annotations

import random

import pytest

from pipeline.ingest import language
from pipeline.ingest.kremlin import _looks_truncated
from pipeline.ingest.readers import _utf16_without_bom


def _truncated_plain(text: str) -> bool:
    return "</html>" not in text[-2000:].lower()


PAGE = "<html><head><title>Pine Forum</title></head><body><p>Lakeland ’news’.</p></body>"


@pytest.mark.parametrize(
    "text",
    [
        PAGE + "</html>",
        PAGE + "</HTML>\n",
        PAGE + "</Html>  <!-- end -->\n",
        PAGE + "</html >",  # not "</html>"
        PAGE + "</htm>",
        PAGE,
        "",
        "</",
        "</html",
        "<</html>",
        "</</html>>",
        "İ</html>",  # the one character whose lower case is two characters
        "</İhtml>",
        "</HTMLİ>",
        "</ＨTML>",  # a full-width letter: no ASCII lower case
        "</html>" + "x" * 1994,  # just inside the last 2,000 characters
        "</html>" + "x" * 1995,  # one character too far
        "</html>" + "x" * 1993,
        "ab</html>" + "</p>" * 600,  # many "</" after it
        "</p>" * 600,
    ],
)
def test_truncation_check_as_the_lower_cased_tail(text: str) -> None:
    assert _looks_truncated(text) == _truncated_plain(text)


def test_truncation_check_on_random_tails() -> None:
    rng = random.Random(19)
    pieces = ["</html>", "</HTML>", "</hTmL>", "</", "<", "/", ">", "html", "İ", "’", "x", " "]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 700)))
        assert _looks_truncated(text) == _truncated_plain(text), text


def _utf16_plain(sample: bytes) -> str | None:
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.05:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.05:
        return "utf-16-be"
    return None


@pytest.mark.parametrize(
    "sample",
    [
        b"",
        b"ab\x00",
        b"<html>Lakeland</html>",  # no NUL: the quick answer
        "Lakeland".encode("utf-16-le"),
        "Lakeland".encode("utf-16-be"),
        "Pine Forum".encode("utf-16-le") + b"\x00" * 9,
        b"\x00" * 40,
        b"plain text with one \x00 byte in it",
        "Лейкленд".encode("utf-16-le"),
    ],
)
def test_utf16_detection_as_before(sample: bytes) -> None:
    assert _utf16_without_bom(sample) == _utf16_plain(sample)


def test_utf16_detection_on_random_samples() -> None:
    rng = random.Random(20)
    for _ in range(2000):
        sample = bytes(rng.choice(b"\x00ab ") for _ in range(rng.randint(0, 64)))
        assert _utf16_without_bom(sample) == _utf16_plain(sample)


def _not_english_plain(text: str) -> str | None:
    """language.not_english as it read every word of the sample (before round r)."""
    r = language._rules()
    sample = text[: language._SAMPLE_CHARS]
    latin = language._count_latin(sample)
    other = language._count(language._other_scripts(), sample)
    letters = latin + other
    if letters < r.min_letters:
        return None
    if latin / letters < r.min_latin_share:
        return language.not_english(text)  # (the script branch is unchanged)
    words = language._WORD.findall(sample.replace("’", "'"))[: language._SAMPLE_WORDS]
    if len(words) < r.min_words:
        return None
    share = sum(map(r.function_words.__contains__, words)) / len(words)
    if share < r.min_function_word_share:
        return (
            f"the text does not read as English: {share:.0%} of its words are common English "
            f'words ("the", "of", "and"...), where English has about a third; the extraction '
            "rules read English only"
        )
    return None


ENGLISH = "the delegation of Lakeland met the mayor of Pine Forum and they spoke of trade. "
OTHER = "lorem ipsum dolor sit amet consectetur adipiscing elit sed eiusmod tempor magna. "


@pytest.mark.parametrize(
    "text",
    [
        ENGLISH * 400,  # decided by its first words
        OTHER * 400,  # read to its 3,000th word
        OTHER * 300 + ENGLISH * 100,
        ENGLISH * 3 + OTHER * 400,
        OTHER * 45 + ENGLISH * 8,  # a share near the bound
        ENGLISH * 2,
        OTHER * 2,
        "x" * 30_000,  # no space: one piece
        ("don’t " * 700) + ("rock’n’roll the " * 300),  # apostrophes around the cuts
        ("a" * 3_999 + " the") * 10,
        ("Lakeland’s " * 400) + ENGLISH * 50,
        "",
    ],
)
def test_language_words_read_in_pieces(text: str) -> None:
    assert language.not_english(text) == _not_english_plain(text)


def test_language_words_read_in_pieces_random() -> None:
    rng = random.Random(21)
    words = ENGLISH.split() + OTHER.split() + ["don’t", "it's", "Pine", "x1", "’", "'", "a-b"]
    for _ in range(300):
        n = rng.randint(0, 6000)
        text = "".join(rng.choice(words) + rng.choice("  \n,.") for _ in range(n))
        assert language.not_english(text) == _not_english_plain(text)
