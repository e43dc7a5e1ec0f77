"""Issue 19: the tokenizer's affix searches keep their answers (pipeline.nlp.tokens.AffixMemo);
the tokens are spaCy's own, a saved or pickled tokenizer is the same, and a memo that is full
starts again and still answers as the pattern does."""

from __future__ import annotations

import pickle

import pytest
import spacy

from pipeline.nlp import build_pipeline
from pipeline.nlp import tokens as tokens_module
from pipeline.nlp.lexical import lean_vocab, renew_vocabulary
from pipeline.nlp.tokens import AffixMemo, memoise_affix_searches

TEXTS = [
    "",
    "About 5% of the budget (about $3.2bn), and 10km of road; roughly 2,500 tonnes...",
    "“Lake Forum-2031” opened: (about) twenty guests, about. about, “about” 'about'",
    "The state-owned company's U.S.-based unit earned 3.5 million rubles in 2030!?",
    "e-mail: info@example.org, see https://example.org/page?id=7 -- or call +7 (495) 123",
    "Ms. Pine's 40th birthday... 1990s; 15-20 km², 30 m/s, 100°C, 5kg, 12pm",
    "Well—no; it is (was) “so”: [sic] {x} <y> ‘quoted’ «guillemets» ¿qué? ¡sí!",
    "Line one\nline two\n\n  spaced   out\tby tabs ",
]


def _tokens(nlp, text: str) -> list[tuple[str, str]]:
    return [(t.text, t.whitespace_) for t in nlp.make_doc(text)]


@pytest.fixture(scope="module")
def built():
    """The runner's kind of pipeline (one for the module: a build takes seconds)."""
    return build_pipeline(vocab=lean_vocab())


@pytest.mark.parametrize("text", TEXTS)
def test_the_memoised_tokenizer_gives_spacys_tokens(built, text):
    plain = spacy.blank("en")
    assert isinstance(built.tokenizer.suffix_search.__self__, AffixMemo)
    assert _tokens(built, text) == _tokens(plain, text)
    # again with spaCy's cache of whole chunks emptied, which would otherwise answer without a
    # search: now the affix searches answer what their memos kept
    built.tokenizer._flush_cache()
    assert _tokens(built, text) == _tokens(plain, text)


@pytest.mark.parametrize("name", ["prefix_search", "suffix_search", "infix_finditer"])
def test_a_full_memo_starts_again_and_answers_as_the_pattern(monkeypatch, name):
    monkeypatch.setattr(tokens_module, "AFFIX_MEMO_SIZE", 3)
    search = getattr(spacy.blank("en").tokenizer, name)
    many = name == "infix_finditer"
    memo = AffixMemo(search, many)
    pieces = ["about,", "(about", "about", "3.2bn", "well-known", "“so”", "about,", "10km", "x"]
    for piece in pieces * 2:
        kept = memo.search(piece)
        expected = search(piece)
        if many:
            assert [m.span() for m in kept] == [m.span() for m in expected]
        else:
            assert (kept and kept.span()) == (expected and expected.span())
        assert len(memo._found) <= 3


def test_a_saved_tokenizer_is_the_same():
    plain = spacy.blank("en").tokenizer
    memoised = spacy.blank("en").tokenizer
    memoise_affix_searches(memoised)
    assert memoised.to_bytes() == plain.to_bytes()


def test_memoising_twice_keeps_one_memo():
    tokenizer = spacy.blank("en").tokenizer
    memoise_affix_searches(tokenizer)
    first = tokenizer.suffix_search
    memoise_affix_searches(tokenizer)
    assert tokenizer.suffix_search == first


def test_a_pickled_tokenizer_keeps_the_memo_without_its_answers(built):
    _tokens(built, TEXTS[1])
    assert "3.2bn)," in built.tokenizer.suffix_search.__self__._found
    copy = pickle.loads(pickle.dumps(built.tokenizer))
    assert isinstance(copy.suffix_search.__self__, AffixMemo)
    assert "3.2bn)," not in copy.suffix_search.__self__._found
    assert _tokens(built, TEXTS[3]) == [(t.text, t.whitespace_) for t in copy(TEXTS[3])]


def test_a_renewed_vocabulary_keeps_the_memos():
    nlp = build_pipeline(vocab=lean_vocab())
    memo = nlp.tokenizer.suffix_search.__self__
    assert renew_vocabulary(nlp)
    assert nlp.tokenizer.suffix_search.__self__ is memo
    assert _tokens(nlp, TEXTS[5]) == _tokens(spacy.blank("en"), TEXTS[5])


@pytest.mark.parametrize("text", ["(" * 400 + "x", "x" + ")" * 400, "“" * 200 + "x" + "”" * 200])
def test_no_long_piece_is_kept(text):
    """spaCy searches every shorter rest of a whitespace-free run: a long run read by `nlp(text)`
    (without `make_doc`'s cut) would leave its rests of hundreds of characters in the memo."""
    nlp = spacy.blank("en")
    memoise_affix_searches(nlp.tokenizer)
    assert _tokens(nlp, text) == _tokens(spacy.blank("en"), text)
    for name in ("prefix_search", "suffix_search", "infix_finditer"):
        kept = getattr(nlp.tokenizer, name).__self__._found
        # longer than any piece `make_doc` hands the tokenizer
        assert all(len(piece) < tokens_module.LONG_RUN for piece in kept)


def test_an_infix_memo_counts_the_matches_it_keeps(monkeypatch):
    """A piece of many hyphenated letters keeps a match for each hyphen: the memo's bound
    counts them, not only its pieces."""
    monkeypatch.setattr(tokens_module, "AFFIX_MEMO_SIZE", 40)
    search = spacy.blank("en").tokenizer.infix_finditer
    memo = AffixMemo(search, many=True)
    for letter in "abcdefghij":
        piece = "-".join(letter * 20)  # 19 infix matches
        assert [m.span() for m in memo.search(piece)] == [m.span() for m in search(piece)]
        kept = len(memo._found) + sum(len(answer) for answer in memo._found.values())
        assert kept <= 40
