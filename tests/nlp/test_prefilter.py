"""The paragraph prefilter: which paragraphs the tokenizer reads in full, and that masking the
others changes no fact."""

from __future__ import annotations

import pytest

import pipeline
from pipeline.nlp import build_pipeline, prefilter
from pipeline.nlp.prefilter import is_candidate, tokenizer_text, trigger_words
from pipeline.speech import PARAGRAPH_SEPARATOR, Speech, Turn


@pytest.mark.parametrize(
    ("paragraph", "candidate"),
    [
        ("Exports reached 12 billion last spring.", True),
        ("Three new plants will open.", True),
        ("The cost ran to a million roubles.", True),  # "a" before a scale word is a number
        ("Half of the plan is done.", True),
        ("We met at the summit in the autumn.", True),  # an event head
        ("The Summit-level talks went well.", True),  # joined by a hyphen
        ("We marked the anniversary together.", True),
        ("\u017fix new plants", True),  # a long s: "six" to a case-insensitive regex
        ("Thank you very much for your attention.", False),
        ("Someone did it himself, oneself, nobody else.", False),  # "one" only inside words
        ("Colleagues, good afternoon.", False),
    ],
)
def test_is_candidate(paragraph, candidate):
    assert is_candidate(paragraph, trigger_words(build_pipeline())) is candidate


def test_trigger_words_are_lower_case_letter_runs():
    words = trigger_words(build_pipeline())
    assert {"three", "million", "half", "summit", "anniversary"} <= words
    assert all(w == w.lower() and w.isalpha() for w in words)


def test_no_tokenizer_exception_cuts_a_trigger_word_out_of_a_longer_word():
    """A trigger word found by the matchers as a token is a whole letter run of the text, except
    where a tokenizer exception splits a run ("cannot" -> "can", "not"): none yields one."""
    from spacy.attrs import ORTH

    nlp = build_pipeline()
    rules = nlp.tokenizer.rules
    assert [p[ORTH] for p in rules["cannot"]] == ["can", "not"]  # what is read below
    words = trigger_words(nlp)
    for text, pieces in rules.items():
        if text.isalpha() and text.lower() not in words:
            assert not words.intersection(p[ORTH].lower() for p in pieces), text


PARAGRAPHS = [
    "Colleagues, good afternoon.",
    "Trade grew by 3.5 percent last year, to 12 billion dollars.",
    "Thank you.",
    "The summit in Sochi opened on Monday.",
]


def test_tokenizer_text_masks_only_paragraphs_without_a_trigger():
    nlp = build_pipeline()
    text = PARAGRAPH_SEPARATOR.join(PARAGRAPHS)
    masked = tokenizer_text(PARAGRAPHS, PARAGRAPH_SEPARATOR, nlp)
    assert len(masked) == len(text)
    kept = masked.split(PARAGRAPH_SEPARATOR)
    assert kept[1] == PARAGRAPHS[1] and kept[3] == PARAGRAPHS[3]
    assert kept[0] == "x " + "x" * (len(PARAGRAPHS[0]) - 3) + " "
    long = "Thank you. " * 30
    assert len(prefilter._masked(long)) == len(long)
    assert set(prefilter._masked(long).split()) == {"x", "x" * 127, "x" * (327 % 128)}
    assert kept[2] == "x " + "x" * (len(PARAGRAPHS[2]) - 3) + " "
    # a component that reads other words (quantulum3) sees every paragraph
    assert "x" * 127 in nlp.vocab  # the placeholders are words the tokenizer can cache
    with_quantities = build_pipeline(["money", "quantity"])
    assert tokenizer_text(PARAGRAPHS, "\n\n", with_quantities) == text


@pytest.mark.parametrize(
    ("types", "triggers", "not_triggers"),
    [
        (["money"], {"million", "three"}, {"summit", "anniversary"}),
        (["event"], {"summit", "anniversary", "million"}, set()),  # subject reads numbers.json
    ],
)
def test_trigger_words_are_those_of_the_pipelines_components(types, triggers, not_triggers):
    words = trigger_words(build_pipeline(types))
    assert triggers <= words and not (not_triggers & words)


def test_a_pipeline_with_its_own_event_heads_masks_none_of_their_paragraphs(tmp_path):
    """The triggers come from the rules of the pipeline's own components: an event head added to
    a rule copy is read, not masked because the installed files lack it."""
    import json
    import shutil

    from pipeline.nlp.rules import rules_dir

    for name in ("events", "temporal", "event_gazetteer"):
        shutil.copy(rules_dir() / f"{name}.json", tmp_path / f"{name}.json")
    events = json.loads((tmp_path / "events.json").read_text())
    events["heads"]["jamboree"] = "festival"
    (tmp_path / "events.json").write_text(json.dumps(events))
    paragraphs = ["Colleagues, good afternoon.", "Scouts met at the Arctic Jamboree."]
    installed = build_pipeline(["event"])
    assert "jamboree" not in trigger_words(installed)
    own = build_pipeline(["event"])
    own.get_pipe("speechfacts_event").initialize(rules_dir=str(tmp_path))
    assert "jamboree" in trigger_words(own)
    assert tokenizer_text(paragraphs, "\n\n", own).endswith(paragraphs[1])
    assert not tokenizer_text(paragraphs, "\n\n", installed).endswith(paragraphs[1])


def test_line_breaks_inside_a_masked_paragraph_stay():
    assert prefilter._masked("Thank\nyou") == "x xx \nx  "


def _facts(speech, enabled, monkeypatch):
    monkeypatch.setattr(prefilter, "ENABLED", enabled)
    return pipeline.extract_facts(speech)


@pytest.mark.parametrize(
    "paragraphs",
    [
        PARAGRAPHS,
        # the speaker of a quotation is found in the paragraph before it, which holds no figure
        [
            "Vladimir Putin stressed the results at the meeting, saying:",
            "\u201cInvestment rose by 7 percent, and we expect more.\u201d",
        ],
        # a pronoun resolved through an earlier paragraph without a figure
        [
            "Dmitry Medvedev spoke to the governors.",
            "Thank you all for coming today.",
            "He said that the budget would grow by 5 percent next year.",
        ],
        ["Nothing here to count.", "Nor here."],
    ],
)
def test_masking_changes_no_fact(paragraphs, monkeypatch):
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    turns = [Turn(0, len(text), "Vladimir Putin", "Vladimir Putin")]
    for speech in (
        Speech(doc_id="p", source="<test>", paragraphs=paragraphs, date="2020-05-01"),
        Speech(doc_id="t", source="<test>", paragraphs=paragraphs, date="2020-05-01", turns=turns),
    ):
        assert _facts(speech, True, monkeypatch) == _facts(speech, False, monkeypatch)
