"""The runner's vocabulary (pipeline.nlp.lexical): it computes only the lexical attributes the
pipeline reads, and the records it gives are those of spaCy's own vocabulary, byte for byte."""

import pytest
from spacy import attrs

from pipeline import runner
from pipeline.nlp import build_pipeline, lexical, prepare_doc
from pipeline.speech import Speech

# invented texts: each kind of fact, a possessive the subject rules join through Token.lower_,
# quotation marks after a full stop (spaCy's sentencizer reads is_punct), white space at
# paragraph starts (the sentence starts read is_space), an event the PhraseMatcher cues
TEXTS = [
    ["Lakeland's grain exports grew by 5 percent last year."],
    [
        "Our sales to Brazil rose by 12 percent, to $4.5 billion.",
        "The Second Lakeland Economic Forum will open in Tverskaya on May 14, 2013.",
    ],
    [
        "\u201cWe signed agreements with forty countries.\u201d The turnover grew 7.5 percent.  "
        "Trade with India\u2019s partners reached 300 million roubles."
    ],
    [
        "The harvest was good.",
        "   Grain exports grew by 5 percent.\n\n Our partners in nine countries bought it.",
        "The Winter Games in 2014 were the country\u2019s main sports event.",
    ],
]


def _speech(i: int, paragraphs: list[str]) -> Speech:
    return Speech(doc_id=f"d{i}", source=f"d{i}.txt", paragraphs=paragraphs, date="2013-04-02")


class _SpacyVocabExtractor(runner.Extractor):
    """The runner's Extractor on spaCy's own vocabulary (every lexical attribute)."""

    def _build(self):
        return build_pipeline(self.types)


def _records(extractor: runner.Extractor) -> list[tuple[bytes, bytes]]:
    speeches = [_speech(i, paragraphs) for i, paragraphs in enumerate(TEXTS)]
    return [(o.facts, o.document) for o in runner._annotate(speeches, extractor)]


def test_the_lean_vocabulary_computes_only_the_attributes_read():
    vocab = lexical.lean_vocab()
    assert set(vocab.lex_attr_getters) == {attrs.IDS[a] for a in lexical.LEXICAL_ATTRIBUTES}
    assert vocab.lang == "en"
    word, space, stop, number = vocab["Forum"], vocab["  "], vocab["."], vocab["twelve"]
    assert (word.lower_, word.is_space, word.is_punct) == ("forum", False, False)
    assert (space.is_space, stop.is_punct, number.lower_) == (True, True, "twelve")
    # the others are not computed
    assert not number.like_num and not word.is_title and word.shape_ == ""


def test_a_pipeline_a_user_builds_keeps_spacys_vocabulary():
    nlp = build_pipeline()
    assert len(nlp.vocab.lex_attr_getters) > len(lexical.LEXICAL_ATTRIBUTES)
    assert nlp.vocab["twelve"].like_num


def test_the_runners_pipeline_uses_the_lean_vocabulary():
    extractor = runner.Extractor()
    kept = {attrs.IDS[a] for a in lexical.LEXICAL_ATTRIBUTES}
    assert set(extractor.pipeline_for(1).vocab.lex_attr_getters) == kept


def test_records_are_those_of_spacys_vocabulary():
    records = _records(runner.Extractor())
    assert records == _records(_SpacyVocabExtractor())
    assert all(facts for facts, _ in records)  # every text gives facts


@pytest.mark.parametrize("needed", ["LOWER", "IS_PUNCT"])
def test_an_attribute_read_is_needed(monkeypatch, needed):
    """Without `needed` the records differ: the comparison above can fail."""
    without = tuple(a for a in lexical.LEXICAL_ATTRIBUTES if a != needed)
    monkeypatch.setattr(lexical, "LEXICAL_ATTRIBUTES", without)
    assert _records(runner.Extractor()) != _records(_SpacyVocabExtractor())


@pytest.mark.parametrize(
    "text",
    [
        "We don't know, Mr. Lake said at 5 p.m. in the U.S.A. :) (really)",
        "Sales rose 12% to $4.5bn in 2012-2013; see www.example.org or ask info@example.org.",
    ],
)
def test_a_renewed_vocabulary_tokenises_as_a_new_pipeline(text):
    """The new tokenizer has the special cases and affixes of the old one."""
    nlp = build_pipeline()
    vocab = nlp.vocab
    nlp.make_doc(text)
    assert lexical.renew_vocabulary(nlp)
    assert nlp.vocab is not vocab and nlp.tokenizer.vocab is nlp.vocab
    assert set(nlp.vocab.lex_attr_getters) == {attrs.IDS[a] for a in lexical.LEXICAL_ATTRIBUTES}
    tokens = [(t.text, t.whitespace_, t.norm_) for t in nlp.make_doc(text)]
    fresh = build_pipeline(vocab=lexical.lean_vocab())  # the special cases' norms too
    assert tokens == [(t.text, t.whitespace_, t.norm_) for t in fresh.make_doc(text)]


def test_the_event_components_matcher_follows_the_vocabulary():
    """The PhraseMatcher made for the old vocabulary is let go with it, and made again for the
    Docs of the new one."""
    nlp = build_pipeline()
    event = nlp.get_pipe("speechfacts_event")
    doc = nlp("The Second Lakeland Economic Forum opens on May 14, 2013.")
    assert event._matcher[1].vocab is doc.vocab
    cues = event.cues(doc)
    assert lexical.renew_vocabulary(nlp)
    assert event._matcher is None
    again = nlp("The Second Lakeland Economic Forum opens on May 14, 2013.")
    assert event._matcher[1].vocab is again.vocab is nlp.vocab
    assert event.cues(again) == cues and cues[0]


def test_a_component_that_may_keep_the_vocabulary_stops_a_renewal():
    from spacy.language import Language

    name = "test_lexical_keeper"
    if name not in Language.factories:
        Language.factory(name, func=lambda nlp, name: lambda doc: doc)
    nlp = build_pipeline()
    nlp.add_pipe(name)
    vocab, tokenizer = nlp.vocab, nlp.tokenizer
    assert not lexical.renew_vocabulary(nlp)
    assert nlp.vocab is vocab and nlp.tokenizer is tokenizer


def test_a_renewal_lets_the_old_vocabulary_go_before_making_the_new(monkeypatch):
    nlp = build_pipeline()
    event = nlp.get_pipe("speechfacts_event")
    nlp("The Second Lakeland Economic Forum opens on May 14, 2013.")
    seen = []
    make = lexical.lean_vocab

    def lean_vocab():
        seen.append((nlp.vocab, nlp.tokenizer, event._matcher))
        return make()

    monkeypatch.setattr(lexical, "lean_vocab", lean_vocab)
    assert lexical.renew_vocabulary(nlp)
    assert seen == [(None, None, None)]


# invented texts whose words other lexical attributes would describe (review72): numbers
# written as words (`like_num`), title case and capitals (`is_title`, `is_upper`, `shape`),
# URLs and e-mail addresses (`like_url`, `like_email`), currency signs (`is_currency`),
# other scripts, hyphens and apostrophes (`norm`, `prefix`, `suffix`)
UNUSUAL_TEXTS = [
    ["Exports to twelve countries grew by ten percent, to twelve billion dollars, in 2012."],
    ["TRADE WITH LAKELAND ROSE BY FIFTEEN PERCENT LAST YEAR, REACHING $3.2 BILLION."],
    [
        "Mr. O'Neill said: \u201cWe invested three hundred million roubles in seventy"
        " regions.\u201d",
        "Write to desk@example.org or see www.example.org. Jobless rates fell to 5.4 percent.",
    ],
    [
        "We'll give \u00a520 billion and \u00a3300 million to the well-known co-operation fund.",
        "\u0412\u0412\u041f \u0432\u044b\u0440\u043e\u0441 \u043d\u0430 3%. Output grew by a third;"
        " \u4e2d\u56fd trade rose 8 per cent with forty-five partner nations.",
    ],
    [
        "The Fourth Northern Lakeland Forum will open in Novaport on June 3, 2014.",
        "ONE HUNDRED AND TWENTY FIRMS FROM NINE COUNTRIES CAME TO THE EXPO-2014 FAIR.",
    ],
]


def test_records_of_unusual_texts_on_renewed_lean_vocabularies_are_spacys(monkeypatch):
    """A lean vocabulary renewed before every document gives the records spaCy's own
    vocabulary, never renewed, gives."""
    speeches = [_speech(i, paragraphs) for i, paragraphs in enumerate(UNUSUAL_TEXTS)]
    spacys = runner._annotate(speeches, _SpacyVocabExtractor())
    monkeypatch.setattr(runner, "REFRESH_DOCUMENTS", 1)
    renewed = runner.Extractor()
    lean = [runner._annotate([s], renewed)[0] for s in speeches]
    assert [(o.facts, o.document) for o in lean] == [(o.facts, o.document) for o in spacys]
    assert all(o.facts for o in lean)


def _sentence_starts(nlp) -> list[int]:
    paragraphs = ["The ferry was late.", "   Its cargo of 9 vans grew 5 percent.", "  It left."]
    speech = _speech(0, paragraphs)
    return [t.i for t in nlp(prepare_doc(nlp, speech)) if t.is_sent_start]


def test_the_sentence_starts_read_is_space(monkeypatch):
    """The sentence starts of paragraphs that begin with white space are spaCy's vocabulary's
    on the lean one, and not without IS_SPACE (the records above do not show it)."""
    spacys = _sentence_starts(build_pipeline())
    assert _sentence_starts(build_pipeline(vocab=lexical.lean_vocab())) == spacys
    without = tuple(a for a in lexical.LEXICAL_ATTRIBUTES if a != "IS_SPACE")
    monkeypatch.setattr(lexical, "LEXICAL_ATTRIBUTES", without)
    assert _sentence_starts(build_pipeline(vocab=lexical.lean_vocab())) != spacys
