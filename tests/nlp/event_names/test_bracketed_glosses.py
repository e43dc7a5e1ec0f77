"""Names a bracketed gloss interrupts (issue 12, round ev90): events.json's `bracketed_glosses`
runs a gathering's capitalised name on across initials or a translation in round brackets,
back to the capitalised run before the bracket ("the 5th International Lake (Lake State
Institute) Alumni Forum") or on through the run after it in an "of" tail ("the 12th meeting of
the Pobeda (Victory) Organising Committee"), where the finder cut the name at the bracket or
gave two names. Each case changes without the key; the rows where it must not fire stay as
they were. The sentences are invented (issue 12, round ev90)."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", bracketed_glosses={})

BRIDGED = [
    # back: a run before the bracket, an ordinal first
    (
        "He greeted the guests of the 5th International Lake (Lake State Institute of Pine "
        "Relations) Alumni Forum, which is underway in Pinetown.",
        "5th International Lake (Lake State Institute of Pine Relations) Alumni Forum",
    ),
    # back: a name inside the run is taken in ("Pine Energy Week")
    (
        "He sent greetings to the guests of the Pine Energy Week (PEW) Energy Efficiency and "
        "Energy Development International Forum.",
        "Pine Energy Week (PEW) Energy Efficiency and Energy Development International Forum",
    ),
    # back: a body's full name and its initials before its council's meeting
    (
        "He will take part in the Lake Treaty Organisation (LTO) Collective Security Council "
        "meeting in Pinetown.",
        "Lake Treaty Organisation (LTO) Collective Security Council meeting",
    ),
    # back: the sentence's first word is dropped from the run
    (
        "On Lake Energy Week (LEW) Energy Forum the ministers met.",
        "Lake Energy Week (LEW) Energy Forum",
    ),
    # on: an "of" tail through a translation
    (
        "The Premier chaired the 12th meeting of the Lake Pobeda (Victory) Organising Committee "
        "in the Grand Palace.",
        "12th meeting of the Lake Pobeda (Victory) Organising Committee",
    ),
    (
        "A working group was formed by the 11th meeting of the Zarya (Dawn) Committee, which "
        "sat in Tver.",
        "11th meeting of the Zarya (Dawn) Committee",
    ),
]


@pytest.mark.parametrize("text, name", BRIDGED)
def test_a_bracketed_gloss_inside_a_name_is_bridged(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)


NOT_BRIDGED = [
    # a lowercase word before the bracket: no run to take
    ("In the spring of last year (2030) Lake Forum opened.", ["Lake Forum"]),
    # a weekday and a month alone make no run
    ("On Monday (May 5) Lake Forum opened.", ["Lake Forum"]),
    # no "of" tail: a bracket after the name ends it ("Business Council" is a body)
    (
        "The delegates of the Lake Economic Forum (LEF) Business Council met.",
        ["Lake Economic Forum"],
    ),
    # a lowercase word after the bracket: nothing to run on to
    (
        "He opened the session of the Pine Council (PC) in Lakeville.",
        ["session of the Pine Council"],
    ),
    # a title before a person's name stops the run after the bracket
    (
        "At the session of the Lake Council (LC) President Smith spoke.",
        ["session of the Lake Council"],
    ),
    # initials right before the head: round bo's rule, as before
    ("The Lake Union (LU) summit opened.", ["Lake Union (LU) summit"]),
]


@pytest.mark.parametrize("text, names", NOT_BRIDGED)
def test_a_gloss_outside_a_name_is_left(text, names):
    assert _found(text) == names
    assert _found(text, WITHOUT) == names


def test_a_later_mention_of_a_name_taken_in_is_the_same_event():
    # "Pine Energy Week" (kind other) was taken into the forum's name: named again later, it
    # is that forum, not another event
    text = (
        "He sent greetings to the guests of the Pine Energy Week (PEW) Energy Efficiency "
        "International Forum. He hoped that the Pine Energy Week guests would agree."
    )
    assert page_event_names(text, title="Greetings") == [
        "Pine Energy Week (PEW) Energy Efficiency International Forum"
    ]


# review90: what the rule must not take for a gloss, or for a name's run; each row bridged
# before the fix (so failed), and finds the names it found without the key
NOT_A_GLOSS_OR_RUN = [
    # a bracket holding a clause (a verb) or a date is no gloss of the name around it
    "He spoke at the Lake Pine (founded in 2030) Business Forum.",
    "He spoke at the Lake Pine (see above) Business Forum.",
    "He spoke at the Lake Pine (2030) Business Forum.",
    "He spoke at the Lake Pine (May 5) Business Forum.",
    # the run before the bracket is the tail of a longer name joined by "of" or "and": taking it
    # alone would cut that name in two ("Free Lake States (UFLS) Heads ... meeting")
    "He attended the Union of Free Lake States (UFLS) Heads of State Council meeting.",
    "He spoke at the Bank of Lakeland (BL) Finance Congress.",
    "He spoke at the Council of the Pine Sea States (CPSS) Energy Forum.",
    "He spoke at the 3rd Lake and Pine (LP) Business Forum.",
]


@pytest.mark.parametrize("text", NOT_A_GLOSS_OR_RUN)
def test_no_bridge_over_a_clause_a_date_or_a_cut_run(text):
    assert _found(text) == _found(text, WITHOUT)


# review90: glosses the round took that the restriction above must keep taking
GLOSSES_KEPT = [
    (
        "He greeted the guests of the 2nd International Lake (Lake Institute of Pine and Fir "
        "Relations) Alumni Forum.",
        "2nd International Lake (Lake Institute of Pine and Fir Relations) Alumni Forum",
    ),
    ("He opened the Ninth (WFPS) Festival of Pinetown.", "Ninth (WFPS) Festival of Pinetown"),
    ("He spoke at the Lake Pine (G20) Business Forum.", "Lake Pine (G20) Business Forum"),
    ("He spoke at the Lake Pine (“Pobeda”) Business Forum.", "Lake Pine (“Pobeda”) Business Forum"),
]


@pytest.mark.parametrize("text, name", GLOSSES_KEPT)
def test_glosses_of_capitalised_words_and_joiners_are_still_bridged(text, name):
    assert name in _found(text)
    assert name not in _found(text, WITHOUT)
