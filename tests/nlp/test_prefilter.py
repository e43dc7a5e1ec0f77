"""The paragraph prefilter: which paragraphs the tokenizer reads in full, and that masking the
others changes no fact."""

from __future__ import annotations

import json
import shutil

import pytest

import pipeline
from pipeline.nlp import build_pipeline, prefilter
from pipeline.nlp.events import EventExtractor
from pipeline.nlp.prefilter import LookBack, candidates, is_candidate, tokenizer_text, triggers
from pipeline.nlp.rules import rules_dir
from pipeline.speech import PARAGRAPH_SEPARATOR, Speech, Turn


@pytest.fixture(scope="module")
def default_triggers():
    return triggers(build_pipeline())


@pytest.mark.parametrize(
    "paragraph",
    [
        # a number and what a figure needs: a currency, a percent unit, a country noun
        "Exports reached 12 billion dollars last spring.",
        "The cost ran to a million roubles.",  # "a" before a scale word is a number
        "Prices went up by 4 percent.",
        "Inflation was 3.9% in May.",
        "It cost us $15.",
        "The loan is USD115.",  # a code glued to the digits
        "They paid fifty cents each.",  # a sub-unit
        "Exports of 5 CIS member states grew.",  # a country noun a few words on
        "Twenty countries signed the treaty.",
        "Per cent of twenty-two, said the minister.",  # the unit before the number
        # events: a head of one word, an anniversary word, a longer head whole, acronym-year
        "We met at the summit in the autumn.",
        "The Summit-level talks went well.",  # joined by a hyphen
        "We marked the anniversary together.",
        "The World Cup was a success.",
        "Delegates spoke at the UN General Assembly.",
        "The MAKS-2019 air show opened.",
        "We saw MAKS 2019 from the stands.",
        "The Council Meeting approved it.",
        # a long s: "six" and "percent" to a case-insensitive regex
        "\u017fix per\u017fent",
    ],
)
def test_paragraphs_that_may_hold_a_fact_are_kept(paragraph, default_triggers):
    assert is_candidate(paragraph, default_triggers)


@pytest.mark.parametrize(
    "paragraph",
    [
        # a number without a currency, a percent unit or a country noun: no figure
        "Exports reached 12 billion last spring.",
        "Three new plants will open.",
        "In 2019 we opened two plants and one school.",
        "One of the best teams in the region played 3 games.",  # "games" is a head: see below
        "We need 25 new schools in 14 regions by 2030.",
        # a first word of a longer head, without the rest of it
        "The world is changing fast.",
        "The general mood is good.",
        "The council decided nothing.",
        "Air transport is growing.",
        # neither
        "Thank you very much for your attention.",
        "Someone did it himself, oneself, nobody else.",  # "one" only inside words
        "Colleagues, good afternoon.",
    ],
)
def test_paragraphs_that_cannot_hold_a_fact_are_masked(paragraph, default_triggers):
    if "games" in paragraph:  # a head of one word keeps it, whatever the number does
        assert is_candidate(paragraph, default_triggers)
        paragraph = paragraph.replace("games", "matches")
    assert not is_candidate(paragraph, default_triggers)


def test_the_needs_of_a_figure_come_from_the_rule_files(default_triggers):
    t = default_triggers.numeric
    assert {"dollars", "roubles", "cents", "percent", "countries", "states", "pct"} <= t.needs
    assert {"$", "%", "€", "₽"} <= t.need_chars
    assert {"us", "russian", "member"}.isdisjoint(t.needs)  # "dollars" knows "US dollars"
    assert {"one", "million", "half"} <= t.numbers
    assert t.edge >= 3 + 3  # the words between a number and its country noun, and a form's
    events = default_triggers.events[0]
    assert {"summit", "cup", "anniversary", "meeting"} <= events.words
    assert "world" not in events.words and frozenset({"world", "cup"}) in events.heads["world"]
    assert events.acronym is not None
    assert default_triggers.look_back == LookBack(
        frozenset({"it", "they", "figure", "indicator", "index"}), frozenset({"with"})
    )


def test_no_tokenizer_exception_cuts_a_trigger_word_out_of_a_longer_word(default_triggers):
    """An event word found by the matcher as a token is a whole letter run of the text, except
    where a tokenizer exception splits a run ("cannot" -> "can", "not"): none yields one."""
    from spacy.attrs import ORTH

    nlp = build_pipeline()
    rules = nlp.tokenizer.rules
    assert [p[ORTH] for p in rules["cannot"]] == ["can", "not"]  # what is read below
    words = default_triggers.words()
    for text, pieces in rules.items():
        if text.isalpha() and text.lower() not in words:
            assert not words.intersection(p[ORTH].lower() for p in pieces), text


PARAGRAPHS = [
    "Colleagues, good afternoon.",
    "As you know, colleagues, last year our trade grew by 3.5 percent, to 12 billion dollars.",
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
    ("keep", "spans"),
    [
        ([True, True, True], None),  # nothing masked: the whole text is read
        ([False, True, True], [(1, 2)]),  # a run of kept paragraphs is one span
        ([True, False, True], [(0, 0), (2, 2)]),
        ([False, False, False], []),
        ([True, True, False, True], [(0, 1), (3, 3)]),
    ],
)
def test_masked_text_gives_the_spans_it_kept(keep, spans, monkeypatch):
    nlp = build_pipeline()
    paragraphs = [f"Paragraph {i} of the text." for i in range(len(keep))]
    monkeypatch.setattr(prefilter, "candidates", lambda paragraphs, found: list(keep))
    text, kept = prefilter.masked_text(paragraphs, PARAGRAPH_SEPARATOR, nlp)
    assert text == tokenizer_text(paragraphs, PARAGRAPH_SEPARATOR, nlp)
    starts, offset = [], 0
    for p in paragraphs:
        starts.append(offset)
        offset += len(p) + len(PARAGRAPH_SEPARATOR)
    # (first, last) paragraph of each span -> its character span
    expected = (
        None
        if spans is None
        else tuple((starts[a], starts[b] + len(paragraphs[b])) for a, b in spans)
    )
    assert kept == expected
    joined = PARAGRAPH_SEPARATOR.join(paragraphs)
    for start, end in kept or ():
        assert text[start:end] == joined[start:end]  # what is kept is the real text


def test_prepare_doc_keeps_the_spans_on_the_doc():
    from pipeline.nlp import prepare_doc
    from pipeline.nlp.extensions import kept_spans

    nlp = build_pipeline()
    doc = prepare_doc(nlp, Speech("d", "d", PARAGRAPHS))
    kept = kept_spans(doc)
    assert kept is not None
    assert [doc.text[s:e] for s, e in kept] == [PARAGRAPHS[1], PARAGRAPHS[3]]
    assert kept_spans(prepare_doc(nlp, Speech("d", "d", [PARAGRAPHS[1]]))) is None


@pytest.mark.parametrize(
    ("types", "numeric", "events"),
    [
        (["money"], True, False),
        (["country_count"], True, False),
        (["event"], False, True),  # the subject component reads numbers.json, starts nothing
    ],
)
def test_triggers_are_those_of_the_pipelines_components(types, numeric, events):
    found = triggers(build_pipeline(types))
    assert (found.numeric is not None) is numeric
    assert bool(found.events) is events


class _Wrapped:
    """A component called through another object (a timer, as scripts/bench.py's)."""

    def __init__(self, proc, forward_rules):
        self.proc = proc
        if forward_rules:
            self.rules = getattr(proc, "rules", None)

    def __call__(self, doc):
        return self.proc(doc)


@pytest.mark.parametrize("forward_rules", [True, False])
def test_components_read_through_a_wrapper_by_their_rules_or_nothing_is_masked(forward_rules):
    nlp = build_pipeline()
    expected = triggers(nlp)
    nlp._components = [(name, _Wrapped(proc, forward_rules)) for name, proc in nlp._components]
    assert triggers(nlp) == (expected if forward_rules else None)
    text = PARAGRAPH_SEPARATOR.join(PARAGRAPHS)
    masked = tokenizer_text(PARAGRAPHS, PARAGRAPH_SEPARATOR, nlp)
    assert (masked != text) is forward_rules


def test_a_component_the_prefilter_does_not_know_turns_it_off():
    from spacy.language import Language

    @Language.component("test_prefilter_reads_every_token")
    def reads_every_token(doc):
        return doc

    nlp = build_pipeline()
    nlp.add_pipe("test_prefilter_reads_every_token")
    assert triggers(nlp) is None
    assert tokenizer_text(PARAGRAPHS, "\n\n", nlp) == "\n\n".join(PARAGRAPHS)


def test_an_event_pipeline_masks_figures():
    only_events = triggers(build_pipeline(["event"]))
    assert not is_candidate("Exports reached 12 billion dollars.", only_events)
    assert is_candidate("The forum opened.", only_events)


def _own_rules(tmp_path, names, edit):
    for name in names:
        shutil.copy(rules_dir() / f"{name}.json", tmp_path / f"{name}.json")
    edit(tmp_path)
    return str(tmp_path)


def test_a_pipeline_with_its_own_event_heads_masks_none_of_their_paragraphs(tmp_path):
    """The triggers come from the rules of the pipeline's own components: an event head added to
    a rule copy is read, not masked because the installed files lack it."""

    def add_head(folder):
        events = json.loads((folder / "events.json").read_text())
        events["heads"]["jamboree"] = "festival"
        events["heads"]["scout jamboree"] = "festival"
        (folder / "events.json").write_text(json.dumps(events))

    folder = _own_rules(tmp_path, EventExtractor.rule_files, add_head)
    paragraphs = ["Colleagues, good afternoon.", "Scouts met at the Arctic Jamboree."]
    installed = build_pipeline(["event"])
    own = build_pipeline(["event"])
    own.get_pipe("speechfacts_event").initialize(rules_dir=folder)
    assert "jamboree" in triggers(own).events[0].words
    assert "jamboree" not in triggers(installed).words()
    assert tokenizer_text(paragraphs, "\n\n", own).endswith(paragraphs[1])
    assert not tokenizer_text(paragraphs, "\n\n", installed).endswith(paragraphs[1])


def test_a_pipeline_with_its_own_currency_keeps_its_figures(tmp_path):
    def add_currency(folder):
        data = json.loads((folder / "currencies.json").read_text())
        data["currencies"].append({"code": "ZRK", "name": "zorkmid", "words": ["zorkmids"]})
        (folder / "currencies.json").write_text(json.dumps(data))

    folder = _own_rules(tmp_path, prefilter_numeric_files(), add_currency)
    paragraph = "The castle cost 300 zorkmids."
    own = build_pipeline(["money"])
    own.get_pipe("speechfacts_money").initialize(rules_dir=folder)
    assert "zorkmids" in triggers(own).numeric.needs
    assert is_candidate(paragraph, triggers(own))
    assert not is_candidate(paragraph, triggers(build_pipeline(["money"])))


def prefilter_numeric_files():
    from pipeline.nlp.base import NUMERIC_RULES

    return NUMERIC_RULES


def test_line_breaks_inside_a_masked_paragraph_stay():
    assert prefilter._masked("Thank\nyou") == "x xx \nx  "


def test_a_figure_across_a_paragraph_break_keeps_both_paragraphs(default_triggers):
    assert candidates(["Trade grew by 5", "percent last year."], default_triggers) == [True, True]
    # white space or punctuation between is part of the break
    assert candidates(["Trade grew by 5", "-", "percent."], default_triggers) == [True] * 3
    # far from the ends, each paragraph alone: nothing to join
    far = ["5 new schools opened in the region this year.", "We expect more, many percent more."]
    assert candidates(far, default_triggers) == [False, False]


def test_a_qualifier_opening_the_paragraph_after_a_figure_keeps_it(default_triggers):
    kept = ["Exports grew by 5 percent", "or more, they said."]
    assert candidates(kept, default_triggers) == [True, True]
    assert candidates(["Loans cost 8 percent", "Per annum."], default_triggers) == [True, True]
    # no figure before it, or another first word: masked as before
    assert candidates(["Five new schools", "or more."], default_triggers) == [False, False]
    assert candidates(["It grew by 5 percent.", "Thank you."], default_triggers) == [True, False]


def _facts(speech, enabled, monkeypatch):
    monkeypatch.setattr(prefilter, "ENABLED", enabled)
    return pipeline.extract_facts(speech)


def _speeches(paragraphs, title=None):
    text = PARAGRAPH_SEPARATOR.join(paragraphs)
    turns = [Turn(0, len(text), "Vladimir Putin", "Vladimir Putin")]
    common = dict(source="<test>", paragraphs=paragraphs, date="2020-05-01", title=title)
    return (Speech(doc_id="p", **common), Speech(doc_id="t", turns=turns, **common))


CROSSING = [
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
    # figures and event names across a paragraph break
    ["Trade grew by 5", "percent last year."],
    ["Trade grew by 5", "\u2013", "percent last year."],
    ["We will spend 300 billion", "roubles on roads. Thank you."],
    ["The fund holds about", "$40 billion now."],
    ["We hosted the World", "Cup in the summer. It went well."],
    ["Ten years ago we had 5 CIS", "member states in the programme."],
    # a qualifier or rate after a figure that runs on into the next paragraph ends the fact
    # there, and the record's sentence reads every sentence the fact touches: that paragraph's
    # sentences are cut in the text, not a masked paragraph taken as one sentence
    ["Exports grew by 5 percent", "or more. Nothing else changed. Then we spoke."],
    ["The fund gave 12 billion rubles", ", or so, to the farms. Then it stopped."],
    ["Loans cost 8 percent", "per annum or less. That was all. Thank you."],
    ["Prices rose by 4 percent", "Plus, we built roads. That was all."],
    # "it" gives a later day only after a sentence that names the event's head: the sentence
    # before is read from the text, not from a masked paragraph taken as one sentence
    [
        "The Pine Forum will open in June.",
        "The forums of the region are old. Guests love talks.",
        "This year it will take place on June 18.",
    ],
    # an anniversary's base year is read in a sentence that names its object: sentences cut
    # in the text, not a masked paragraph taken as one sentence
    [
        "Pinevale will soon mark the 300th anniversary of Pinevale.",
        "Pinevale was a fishing village then. Its charter was written in 1731 by the monks.",
    ],
]


@pytest.mark.parametrize("paragraphs", CROSSING)
def test_masking_changes_no_fact(paragraphs, monkeypatch):
    for speech in _speeches(paragraphs):
        assert _facts(speech, True, monkeypatch) == _facts(speech, False, monkeypatch)


# scans of the real text that read the kept paragraphs alone (the number scan, the event
# component's joined words and acronym-and-year names), beside masked paragraphs that hold what
# those scans look for
KEPT_SCANS = [
    [
        "Thank you, colleagues. It was a well-known, long-term plan.",
        "The Summit-2005 in Sochi was a success.",
        "World-class roads and air-conditioned halls were built for 2,000 guests.",
        "The MAKS-2019 air show opened, and the Council/Forum of regions met.",
        "Good-bye, and see you in twenty-twenty.",
    ],
    ["It was twenty", "five percent of it.", "Thank you."],
    ["Some 3", "billion dollars were spent.", "Thank you."],
    ["Exports rose by 5 percent.", "There were 40-odd guests, say 50.", "Thank you."],
]


@pytest.mark.parametrize("paragraphs", KEPT_SCANS)
def test_scans_of_the_kept_paragraphs_change_no_fact(paragraphs, monkeypatch):
    from pipeline.nlp import prepare_doc
    from pipeline.nlp.extensions import kept_spans

    nlp = build_pipeline()
    for speech in _speeches(paragraphs):
        monkeypatch.setattr(prefilter, "ENABLED", True)
        assert kept_spans(prepare_doc(nlp, speech)) is not None  # something is masked
        assert _facts(speech, True, monkeypatch) == _facts(speech, False, monkeypatch)


def test_kept_scans_find_the_events_and_figures_of_kept_paragraphs(monkeypatch):
    speech = _speeches(KEPT_SCANS[0])[0]
    facts = _facts(speech, True, monkeypatch)
    assert "MAKS-2019 air show" in {f["text"] for f in facts if f["type"] == "event"}


# the paragraph before a figure's is read for the figure's subject ("it") or scope ("with")
LOOK_BACK = [
    # "it": the measure opening the sentence before
    ["We met the experts. Unemployment remains within safe limits.", "It stood at 4.1 percent."],
    ["Cattle production continues to grow.", "It rose 3 percent."],
    # "with": another partner named in the sentence before (the paragraph before, cut into its
    # sentences, or not)
    [
        "Trade has grown with Europe much more. We talked about many things.",
        "Over the past difficult years our trade has grown to $30 billion.",
    ],
    # ... before the sentence the subject of "it" was read in
    [
        "Trade has grown with Europe much more. We talked about many things.",
        "Mutual trade is growing.",
        "It reached $2 billion.",
    ],
    # a qualifier before a figure that opens its paragraph
    ["We did a lot. Prices of medicines fell by about", "5 percent. We hope for more."],
]


@pytest.mark.parametrize("paragraphs", LOOK_BACK)
def test_the_paragraphs_a_figure_looks_back_to_are_kept(paragraphs, monkeypatch):
    for speech in _speeches(paragraphs, title="Russian-Chilean talks"):
        assert _facts(speech, True, monkeypatch) == _facts(speech, False, monkeypatch)


@pytest.mark.parametrize(
    ("case", "without"),
    # (an "it" that takes its subject from the sentence before opens a short sentence: its
    # number is near the paragraph's start, which keeps the paragraph before as well)
    [
        (0, ("anaphors", "edge")),
        (1, ("anaphors", "edge")),
        (2, ("partners",)),
        (3, ("partners",)),
        (4, ("edge",)),
    ],
)
def test_each_look_back_case_needs_its_rule(case, without, monkeypatch):
    """Without the rule it is there for, a case above changes: it tests the rule, not a case
    that masking could not change."""
    from dataclasses import replace

    found = triggers(build_pipeline())
    broken = found
    if "edge" in without:
        broken = replace(broken, numeric=replace(found.numeric, edge=0))
    off_words = {w: None for w in without if w != "edge"}
    broken = replace(broken, look_back=replace(found.look_back, **off_words))
    speech = _speeches(LOOK_BACK[case], title="Russian-Chilean talks")[0]
    off = _facts(speech, False, monkeypatch)
    monkeypatch.setattr(prefilter, "triggers", lambda nlp: broken)
    assert _facts(speech, True, monkeypatch) != off


@pytest.mark.parametrize(
    "text",
    [
        "".join(map(chr, range(128))),  # every ASCII character, once
        "Dollars,dollars;DOLLARS_x1dollars2 per-cent\tpercent\nWORLD\x0bcup",
        "",
    ],
)
def test_the_ascii_fast_path_reads_the_letter_runs_the_regex_reads(text, default_triggers):
    relevant = default_triggers.relevant | {"x", "dollars", "per", "cent", "world", "cup"}
    lowered = text.lower()
    expected = relevant.intersection(prefilter._LETTER_RUN.findall(lowered))
    paragraph = prefilter._Paragraph(text, relevant)
    assert paragraph.hits == expected
    assert paragraph.has_word == bool(prefilter._LETTER_RUN.findall(lowered) or paragraph.digit)


def _regex_hits(text, relevant):
    """What the slow path reads: the letter runs of the lower-cased and the case-folded text."""
    runs = prefilter._LETTER_RUN.findall(text.lower())
    folded = prefilter._LETTER_RUN.findall(text.casefold())
    return relevant.intersection(runs + folded), bool(runs)


def test_the_fast_path_reads_every_plain_character_as_the_regex_does(default_triggers):
    relevant = default_triggers.relevant | {"x", "dollars", "percent", "world", "cup"}
    others = sorted(c for c in prefilter._PLAIN if not c.isascii())
    assert {"\u2019", "\u2013", "\u201c", "\u2026", "\u20ac", "\xa0"} <= set(others)
    for c in others:
        text = f"Dollars{c}percent {c}WORLD{c}cup{c}x5{c}"
        paragraph = prefilter._Paragraph(text, relevant)
        hits, has_runs = _regex_hits(text, relevant)
        assert paragraph.hits == hits == {"dollars", "percent", "world", "cup", "x"}, repr(c)
        assert paragraph.has_word and not paragraph.lookalike


@pytest.mark.parametrize("seed", range(20))
def test_the_fast_path_reads_mixed_text_as_the_regex_does(seed, default_triggers):
    import random

    rng = random.Random(seed)
    relevant = default_triggers.relevant | {"x", "ab", "dollars", "stra", "sse"}
    plain = sorted(prefilter._PLAIN)
    # letters a plain character must never be taken for, and ones that make the slow path
    letters = ["\xe9", "\xdf", "\u017f", "\u212a", "\xb2", "\xaa", "\u0430", "\ufb01"]
    words = ["dollars", "Stra", "AB", "x", "5", "_"]
    for _ in range(200):
        pieces = [rng.choice(plain) for _ in range(rng.randint(0, 6))]
        pieces += rng.sample(words, 2)
        if rng.random() < 0.3:
            pieces.append(rng.choice(letters))
        rng.shuffle(pieces)
        text = "".join(pieces)
        paragraph = prefilter._Paragraph(text, relevant)
        hits, has_runs = _regex_hits(text, relevant)
        assert paragraph.hits == hits, repr(text)
        assert paragraph.has_word == (has_runs or paragraph.digit), repr(text)


def test_an_anaphoric_word_without_letters_turns_masking_off(tmp_path):
    """The look-back looks for the subject's anaphoric words among letter runs: a word without
    letters could not be found, so nothing is masked."""

    def add_pronoun(folder):
        data = json.loads((folder / "subjects.json").read_text())
        data["anaphoric_subject_pronouns"] = [*data["anaphoric_subject_pronouns"], "42"]
        (folder / "subjects.json").write_text(json.dumps(data))

    from pipeline.nlp.subject.component import SubjectAnnotator

    # the files the subject component reads (series.json too since round out60)
    folder = _own_rules(tmp_path, SubjectAnnotator.rule_files, add_pronoun)
    nlp = build_pipeline()
    nlp.get_pipe("speechfacts_subject").initialize(rules_dir=folder)
    assert triggers(nlp) is None
    assert tokenizer_text(PARAGRAPHS, "\n\n", nlp) == "\n\n".join(PARAGRAPHS)


@pytest.mark.parametrize(
    ("paragraphs", "keep"),
    [
        (["A " + "$" * 400 + " run.", "Thank you."], [True, False]),
        (["Thank you.", "See " + "ab" * 200], [False, True]),
        (["Nothing long here.", "Nor here."], [True, False]),
    ],
)
def test_make_doc_looks_for_long_runs_in_the_kept_spans(paragraphs, keep, monkeypatch):
    from pipeline.nlp.tokens import LONG_RUN, make_doc

    # a masked paragraph's placeholder words are never a long run
    assert max(map(len, prefilter._masked("word " * 500).split())) < LONG_RUN
    nlp = build_pipeline()
    monkeypatch.setattr(prefilter, "candidates", lambda paragraphs, found: list(keep))
    text, kept = prefilter.masked_text(paragraphs, PARAGRAPH_SEPARATOR, nlp)
    assert kept is not None
    tokens = [t.text for t in make_doc(nlp, text, kept)]
    assert tokens == [t.text for t in make_doc(nlp, text)]
    assert max(map(len, tokens)) <= LONG_RUN


@pytest.mark.parametrize(
    "environ, enabled",
    [
        ({}, True),
        ({"SPEECHFACTS_PREFILTER": "1"}, True),
        ({"SPEECHFACTS_PREFILTER": "on"}, True),
        ({"SPEECHFACTS_PREFILTER": ""}, True),
        ({"SPEECHFACTS_PREFILTER": "0"}, False),
        ({"SPEECHFACTS_PREFILTER": " Off "}, False),
        ({"SPEECHFACTS_PREFILTER": "false"}, False),
        ({"SPEECHFACTS_PREFILTER": "NO"}, False),
        ({"OTHER": "0"}, True),
    ],
)
def test_the_environment_switch(environ, enabled):
    assert prefilter.enabled_in(environ) is enabled
