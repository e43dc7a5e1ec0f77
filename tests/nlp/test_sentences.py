"""speechfacts_sentence_cap: sentences over max_tokens are cut into pieces of piece_tokens."""

from __future__ import annotations

import pytest
import spacy

from pipeline.nlp.sentences import SentenceCap


@pytest.fixture(scope="module")
def nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _starts(doc):
    return [s.start for s in doc.sents]


@pytest.mark.parametrize(
    ("words", "max_tokens", "piece", "expected"),
    [
        # one sentence of 30 tokens (29 words + "."), under the cap: unchanged
        (["w"] * 29 + ["."], 40, 8, [0]),
        # 50 tokens, cap 40: pieces start every 8 tokens
        (["w"] * 49 + ["."], 40, 8, [0, 8, 16, 24, 32, 40, 48]),
        # a short sentence, a long one (tokens 3..52), a short one: only the long one is cut
        (["a", "b", "."] + ["w"] * 49 + ["."] + ["c", "."], 40, 10, [0, 3, 13, 23, 33, 43, 53]),
        # exactly at the cap: unchanged
        (["w"] * 39 + ["."], 40, 8, [0]),
    ],
)
def test_long_sentences_are_cut_into_pieces(nlp, words, max_tokens, piece, expected):
    doc = nlp(" ".join(words))
    assert len(doc) == len(words)
    doc = SentenceCap(nlp, "cap", max_tokens=max_tokens, piece_tokens=piece)(doc)
    assert _starts(doc) == expected


def test_a_short_doc_is_left_alone(nlp):
    doc = nlp("Trade grew by 5 percent. Exports reached $5 billion.")
    before = _starts(doc)
    assert _starts(SentenceCap(nlp, "cap")(doc)) == before == [0, 6]


def test_a_200000_token_sentence_is_cut_everywhere(nlp):
    # thousands of cuts, made in one pass over the SENT_START array (setting Token.is_sent_start
    # one by one made spaCy scan the whole Doc per cut: minutes for this; now a few milliseconds)
    doc = nlp.make_doc("$1 " * 100_000)
    doc = nlp.get_pipe("sentencizer")(doc)
    doc = SentenceCap(nlp, "cap")(doc)
    assert _starts(doc) == list(range(0, len(doc), 64))


# --- speechfacts_paragraph_starts: no sentence crosses a paragraph or a turn --------------------


@pytest.fixture(scope="module")
def pipeline_nlp():
    from pipeline.nlp import build_pipeline

    return build_pipeline(["money", "percentage"])


@pytest.mark.parametrize(
    ("paragraphs", "sentences"),
    [
        # a heading and a date line without full stops stay sentences of their own
        (
            ["Budget review 2014", "March 22, 2013", "Spending grew by 5 percent."],
            ["Budget review 2014", "March 22, 2013", "Spending grew by 5 percent."],
        ),
        # a question without a question mark does not run into the answer
        (
            ["Question: What happened in 2014", "Ivan Petrov: Spending grew by 5 percent."],
            ["Question: What happened in 2014", "Ivan Petrov: Spending grew by 5 percent."],
        ),
        (["One. Two.", "Three"], ["One.", "Two.", "Three"]),
    ],
)
def test_sentences_start_at_every_paragraph(pipeline_nlp, paragraphs, sentences, monkeypatch):
    from pipeline.nlp import prefilter, prepare_doc
    from pipeline.speech import Speech

    # the sentences of the real text: a paragraph the prefilter masks is one sentence
    monkeypatch.setattr(prefilter, "ENABLED", False)

    doc = pipeline_nlp(prepare_doc(pipeline_nlp, Speech("d", "d", paragraphs)))
    assert [s.text.strip() for s in doc.sents] == sentences
    assert all(s.text.strip() for s in doc.sents)  # no sentence of white space alone


def test_a_figure_takes_no_year_from_the_paragraph_before(pipeline_nlp):
    from pipeline.nlp import prepare_doc
    from pipeline.records import fact_records
    from pipeline.speech import Speech

    speech = Speech("d", "d", ["Question: What about 2014", "Spending grew by 5 percent."])
    doc = pipeline_nlp(prepare_doc(pipeline_nlp, speech))
    (fact,) = fact_records(doc, speech)
    assert fact["sentence"] == "Spending grew by 5 percent." and fact["period"] is None


# --- speechfacts_abbreviation_joins: no sentence starts after an abbreviation's full stop -------


@pytest.mark.parametrize(
    ("paragraphs", "sentences"),
    [
        # before a number
        (
            ["The council passed Decree No. 718 on harbour fees. It takes effect in May."],
            ["The council passed Decree No. 718 on harbour fees.", "It takes effect in May."],
        ),
        (["Rules Nos. 4 and 5 were dropped."], ["Rules Nos. 4 and 5 were dropped."]),
        (
            ["They paid 90 million pesos [ca. $5 million] for the bridge."],
            ["They paid 90 million pesos [ca. $5 million] for the bridge."],
        ),
        (
            ["Wages reached 800 lari(approx. 300 euros). Then they fell."],
            ["Wages reached 800 lari(approx. 300 euros).", "Then they fell."],
        ),
        (
            ["See Para. 3 of Article 12 and Art. 15 of the code."],
            ["See Para. 3 of Article 12 and Art. 15 of the code."],
        ),
        # before a lower-case word
        (
            ["Roads, ports, etc. were on the agenda. Nothing else was."],
            ["Roads, ports, etc. were on the agenda.", "Nothing else was."],
        ),
        (
            ["Roads (and ports, etc.) were on the agenda. Nothing else was."],
            ["Roads (and ports, etc.) were on the agenda.", "Nothing else was."],
        ),
        (
            ["Mr Lane Sr. told the guests about the farm."],
            ["Mr Lane Sr. told the guests about the farm."],
        ),
        # a name or quotation ending in "!" or "?" before a lower-case word
        (
            ["Guests of the Welcome Home! festival sang. Then they left."],
            ["Guests of the Welcome Home! festival sang.", "Then they left."],
        ),
        (
            ["She asked “Why now?” and left the hall. Nobody replied!"],
            ["She asked “Why now?” and left the hall.", "Nobody replied!"],
        ),
        (["Stop! The road is closed."], ["Stop!", "The road is closed."]),
        # left alone: a lower-case "no." before a number, an abbreviation before a capital or
        # at a paragraph's end, a word that only ends like one, a full stop before a number
        (["The answer was no. 5 people came."], ["The answer was no.", "5 people came."]),
        (["Roads, ports, etc. The list went on."], ["Roads, ports, etc.", "The list went on."]),
        (["He quoted Rule No.", "5 was next."], ["He quoted Rule No.", "5 was next."]),
        (["They voted Casino. 12 votes were cast."], ["They voted Casino.", "12 votes were cast."]),
        (
            ["It was the year 2005. 12 votes were cast."],
            ["It was the year 2005.", "12 votes were cast."],
        ),
    ],
)
def test_no_sentence_starts_after_an_abbreviation(pipeline_nlp, paragraphs, sentences, monkeypatch):
    from pipeline.nlp import prefilter, prepare_doc
    from pipeline.speech import Speech

    monkeypatch.setattr(prefilter, "ENABLED", False)
    doc = pipeline_nlp(prepare_doc(pipeline_nlp, Speech("d", "d", paragraphs)))
    assert [s.text.strip() for s in doc.sents] == sentences


@pytest.mark.parametrize("gap", ["  ", "\u00a0", "\t", " \u2009", "\u202f"])
def test_a_join_over_more_than_one_plain_space(pipeline_nlp, gap, monkeypatch):
    """The sentencizer puts the start on the white-space token spaCy makes of a second space, a
    tab or a no-break space after the full stop, not on the number: that start is removed too."""
    from pipeline.nlp import prefilter, prepare_doc
    from pipeline.speech import Speech

    monkeypatch.setattr(prefilter, "ENABLED", False)
    text = f"The council passed Decree No.{gap}718 on harbour fees. It takes effect in May."
    doc = pipeline_nlp(prepare_doc(pipeline_nlp, Speech("d", "d", [text])))
    first = text.index(" It")
    assert [s.text.strip() for s in doc.sents] == [text[:first], text[first + 1 :]]


def test_a_figure_after_an_abbreviation_keeps_its_sentence(pipeline_nlp):
    from pipeline.nlp import prepare_doc
    from pipeline.records import fact_records
    from pipeline.speech import Speech

    text = "They paid 90 million pesos [ca. $5 million] for the bridge in 2019."
    speech = Speech("d", "d", [text])
    doc = pipeline_nlp(prepare_doc(pipeline_nlp, speech))
    dollars = [f for f in fact_records(doc, speech) if f["unit"] == "USD"]
    assert [(f["sentence"], f["period"]) for f in dollars] == [(text, 2019)]


@pytest.mark.parametrize(
    ("rules", "text", "starts"),
    [
        ({"before_numbers": [], "before_lowercase": []}, "Rule No. 5 holds.", 2),
        ({"before_numbers": ["No"], "before_lowercase": []}, "Rule No. 5 holds.", 1),
        ({"before_numbers": ["No"], "before_lowercase": []}, "Roads etc. were built.", 2),
        ({"before_numbers": [], "before_lowercase": ["etc"]}, "Roads etc. were built.", 1),
    ],
)
def test_the_abbreviations_are_the_rule_files(rules, text, starts):
    import json

    from pipeline.nlp.rules import installed_rules
    from pipeline.nlp.sentences import AbbreviationJoins

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    joins = AbbreviationJoins(nlp, "joins")
    joins.rules = installed_rules().edited("sentences", **rules)
    doc = joins(nlp(text))
    assert len(list(doc.sents)) == starts
    assert json.loads(joins.rules.texts["sentences"])["before_numbers"] == rules["before_numbers"]


@pytest.mark.parametrize("word", ["e.g", "No 2", "", "No."])
def test_an_abbreviation_of_other_than_letters_is_refused_at_load(word):
    from pipeline.nlp.rules import RuleError, installed_rules
    from pipeline.nlp.sentences import AbbreviationJoins

    nlp = spacy.blank("en")
    joins = AbbreviationJoins(nlp, "joins")
    with pytest.raises(RuleError, match="sentences.json: before_numbers"):
        joins.rules = installed_rules().edited("sentences", before_numbers=["No", word])


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Rule No. 5 and Rule No.  6 and No.\t7.", [9, 25, 35]),
        ("xNo. 5, 3No. 5, _No. 5, .No. 5, éNo. 5", []),
        ("Item No. a and etc. 5", []),  # each list's own followers
        ("No. 5", [4]),  # an abbreviation at the text's start
        # closing brackets and commas the sentencizer keeps with the full stop
        ("Roads (ports etc.) were built, plus mills etc., which ran.", [19, 48]),
        ("Lists etc.). But No.. 6", []),
    ],
)
def test_joined_starts(text, starts):
    from pipeline.nlp.sentences import joined_starts

    assert joined_starts(text, frozenset({"No"}), frozenset({"etc"})) == starts


@pytest.mark.parametrize(
    ("marks", "text", "starts"),
    [
        ([], "The Go North! rally opened.", 2),
        (["!"], "The Go North! rally opened.", 1),
        (["!"], "Is it North? rally opened.", 2),
        (["!", "?"], "Is it North? rally opened.", 1),
        (["!", "?"], "Is it North?\nrally opened.", 2),  # a line break: left alone
    ],
)
def test_the_marks_are_the_rule_files(marks, text, starts):
    from pipeline.nlp.rules import installed_rules
    from pipeline.nlp.sentences import AbbreviationJoins

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    joins = AbbreviationJoins(nlp, "joins")
    joins.rules = installed_rules().edited("sentences", marks_before_lowercase=marks)
    doc = joins(nlp(text))
    assert len([s for s in doc.sents if s.text.strip()]) == starts
