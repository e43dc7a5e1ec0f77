"""Events found on pages nobody tuned to (issue 12, round aa): a counted anniversary after a
possessive (`possessive_counted_anniversaries_named`), a number of years marked
(`anniversary_year_counts`), tournaments and competitions in lowercase after name words
(`lowercase_heads_after_name`), a title after a lowercase head (`title_after_lowercase_head`),
and the heads award ceremony, commemorative event and a war's operation. Each rule has rows
that fail without its key and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_names as _names

from pipeline.nlp.event_names import find_events
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()


# -- a counted anniversary after a possessive ------------------------------------------------

POSSESSIVE_CASES = [
    ("This year the Lakeland constabulary will mark its 300th anniversary.", "300th anniversary"),
    (
        "He congratulated the staff of the Pine Theatre on its 75th anniversary.",
        "75th anniversary",
    ),
    ("The Lake Choir celebrates its centenary this spring.", "centenary"),
    ("Gentlemen, I congratulate you on your fifth anniversary.", "fifth anniversary"),
]


@pytest.mark.parametrize("text, name", POSSESSIVE_CASES)
def test_a_possessives_counted_anniversary_is_an_event(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["possessive_counted_anniversaries_named"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "The plant celebrated its anniversary quietly.",  # neither counted nor named
        "Its staff marked the day with a concert.",
    ],
)
def test_a_possessives_uncounted_anniversary_is_none(text):
    assert _found(text) == []


def test_a_possessives_anniversary_is_no_other_named_later():
    text = (
        "The Pine Collective Farm has recently marked its 100th anniversary.\n\n"
        "We have also marked the 100th anniversary of the Lake Union of Youth."
    )
    assert _names(text) == ["100th anniversary", "100th anniversary of the Lake Union of Youth"]


def test_two_possessive_mentions_of_one_anniversary_are_one_event():
    text = (
        "The Lake Gas Company is celebrating its 25th anniversary.\n\n"
        "I congratulate you on your 25th anniversary."
    )
    assert _names(text) == ["25th anniversary"]


# -- a number of years marked ----------------------------------------------------------------

YEAR_COUNT_CASES = [
    (
        "Next spring Lakeland will mark 20 years of the Treaty on the Lake Union of Pineland and "
        "Hillmark.",
        "20 years of the Treaty on the Lake Union of Pineland and Hillmark",
    ),
    (
        "Pineland marks seventy years since its first trade accord with Lakeland.",
        "seventy years since its first trade accord with Lakeland",
    ),
    (
        "We are celebrating twenty-five years of the Great Lake Victory.",
        "twenty-five years of the Great Lake Victory",
    ),
    (
        "On May 3, the Lakeland Rangers mark 268 years since the muster of the first company.",
        "268 years since the muster of the first company",
    ),
]


@pytest.mark.parametrize("text, name", YEAR_COUNT_CASES)
def test_years_marked_name_an_anniversary(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["anniversary_year_counts"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "It has been 20 years since the Lake Treaty was signed.",  # no verb of marking
        "The institute recently marked 75 years since being founded.",  # of nothing named
        "We marked 30 years, which is a long time.",  # no link
        "They celebrate many years of friendship.",  # no number
        "Next year will mark 20 percent growth of the Lake economy.",  # no years
    ],
)
def test_years_without_a_marking_verb_or_a_tail_are_none(text):
    assert _found(text) == []


def test_years_marked_in_the_components_run():
    text = "This year we will mark 30 years of the Lake Charter. We are proud of it."
    assert _names(text, date="2031-04-02") == ["30 years of the Lake Charter"]


# -- lowercase tournament and competition after name words ----------------------------------

LOWERCASE_AFTER_NAME_CASES = [
    (
        "They won the 2029 Lake Hockey League tournament and a grant.",
        "2029 Lake Hockey League tournament",
    ),
    ("The Pine Rook tournament has a long history.", "Pine Rook tournament"),
    (
        "The finalists of the Leaders of Lakeland management competition met.",
        "Leaders of Lakeland management competition",
    ),
    ("winners of the Anna Pinewood competition from different years", "Anna Pinewood competition"),
]


@pytest.mark.parametrize("text, name", LOWERCASE_AFTER_NAME_CASES)
def test_a_lowercase_tournament_after_name_words_is_named(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["lowercase_heads_after_name"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "Despite fierce competition, the plant grew.",  # one capitalised word: no name
        "We trade with Pineland although competition there is fierce.",
        "They held the European tournament with Pineland.",
        "The tournament was held in May.",
        "There is a regional competition every year.",
    ],
)
def test_a_lowercase_tournament_after_one_or_no_name_word_is_none(text):
    assert _found(text) == []


# -- a title after a lowercase head ---------------------------------------------------------

TITLE_CASES = [
    (
        "He greeted the guests of the international conference Lakeland-Pineland: A "
        "Bridge Across the Water that opened in Pinetown today.",
        "international conference Lakeland-Pineland: A Bridge Across the Water",
    ),
    (
        "He sent greetings to the conference Lake Healthcare: Problems and Solutions, which is "
        "underway.",
        "conference Lake Healthcare: Problems and Solutions",
    ),
    (
        "They opened the exhibition The Lake Kings and the Pine Queens. It runs for a month.",
        "exhibition The Lake Kings and the Pine Queens",
    ),
    ("He visited the festival Days of Lake Sport in Pine Region.", "festival Days of Lake Sport"),
]


@pytest.mark.parametrize("text, name", TITLE_CASES)
def test_a_title_after_a_lowercase_head_names_it(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["title_after_lowercase_head"])
    assert _found(text, without) == WITHOUT_TITLE.get(text, [])


# round ap: "Days" is a head of its own, which names the title alone without the rule
WITHOUT_TITLE = {
    "He visited the festival Days of Lake Sport in Pine Region.": ["Days of Lake Sport"],
}


@pytest.mark.parametrize(
    "text",
    [
        "Speaking at the conference Anna Lake described Pineland as a partner.",  # a subject
        "Before the competition Anna Lake spoke with the judges.",
        "The president of the conference Anna Lake of Pineland, who chaired it, spoke.",
        "President of the festival Anna Lake also attended.",
        "At the forum Lakeland made an offer.",  # one capitalised word
        "They went to a conference on the Lake Region.",  # a tail, not a title
    ],
)
def test_a_person_or_a_clause_after_a_lowercase_head_is_no_title(text):
    assert _found(text) == []


def test_mentions_with_other_modifiers_are_one_event():
    text = (
        "He greeted the nationwide forum Lake Health for All.\n\n"
        "The interdisciplinary forum Lake Health for All will be held in May."
    )
    assert _names(text) == ["nationwide forum Lake Health for All"]


# -- heads: award ceremony, commemorative event, a war's operation --------------------------

HEAD_CASES = [
    (
        "He greeted the guests of the 16th Lakeradio National Radio Award ceremony.",
        "16th Lakeradio National Radio Award ceremony",
        "other",
    ),
    (
        "He greeted the guests of the Keepers of Memory commemorative event.",
        "Keepers of Memory commemorative event",
        "other",
    ),
    (
        "Her father commanded in the Pinetown defence operation during the war.",
        "Pinetown defence operation",
        "war",
    ),
    ("The Lakeside offensive operation began in winter.", "Lakeside offensive operation", "war"),
]


@pytest.mark.parametrize("text, name, kind", HEAD_CASES)
def test_new_heads_name_events_after_name_words(text, name, kind):
    assert [(f["name"], f["kind"]) for f in find_events(RULES, text)] == [(name, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The award ceremony was held in the Kremlin.",  # no name
        "Following the awards ceremony, he met the winners.",
        "This commemorative event gathered many people.",
        "The Pineland operation in the region ended.",  # no war's modifier
        "Our defence operation plans are ready.",
    ],
)
def test_new_heads_without_a_name_are_none(text):
    assert _found(text) == []
