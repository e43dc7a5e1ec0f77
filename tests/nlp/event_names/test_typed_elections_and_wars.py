"""Events on fresh random pages (issue 12, round ah): an election named by its type alone
(`typed_elections`), a war named inside an anniversary's name (`wars_inside_anniversaries`),
a war written as an abbreviation (`abbreviated_wars`), and a word made of the letters of roman
numerals that is no numeral ("Civil War" is not "War" once the numeral is dropped). Each rule
has rows that change without its key and rows where it must not fire. The sentences are
invented."""

import pytest
from conftest import found_event_names as _found

from pipeline import extract_facts
from pipeline.nlp.events import _core_words
from pipeline.nlp.rules import installed_rules
from pipeline.speech import Speech

RULES = installed_rules()


def _facts(text, date="2031-04-15", title="Visit"):
    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return [(f["text"], f["kind"], f["date"]) for f in extract_facts(speech, types="event")]


def _names(text, **kw):
    return [name for name, _, _ in _facts(text, **kw)]


# -- an election named by its type ----------------------------------------------------------

TYPED_CASES = [
    ("She thanked him for his support in the presidential election.", "presidential election"),
    ("Pineland will soon hold parliamentary elections, he said.", "parliamentary elections"),
    (
        "The mayor intends to run in the gubernatorial election next autumn.",
        "gubernatorial election",
    ),
    ("They talked about the upcoming mayoral election in the harbour town.", "mayoral election"),
    ("Lake Party won a majority in the general election.", "general election"),
]


@pytest.mark.parametrize("text, name", TYPED_CASES)
def test_an_election_named_by_its_type_is_an_event(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["typed_elections"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "Any presidential election must be open and fair.",  # elections in general
        "We are in favour of direct gubernatorial elections.",
        "The council passed the law on presidential elections last year.",
        "They adopted laws on presidential and parliamentary elections.",  # "and" passed over
        "He led the presidential election campaign in the region.",  # the campaign
        "The parliamentary election law was amended twice.",
        "Her election as Chair of the committee was unanimous.",  # no type word
        "The Presidential elections will be held in May.",  # capitalised: as before
    ],
)
def test_elections_in_general_or_their_laws_are_no_typed_event(text):
    assert "presidential election" not in _found(text)
    assert not any(
        n.lower().startswith(("presidential", "parliamentary", "gubernatorial")) and n.islower()
        for n in _found(text)
    )


def test_a_typed_election_and_its_place_are_one_event():
    text = (
        "He congratulated her on her victory in the presidential election.\n\n"
        "It was the first presidential election in Lakeland since the reform."
    )
    assert _names(text) == ["presidential election"]


def test_a_typed_election_with_a_place_keeps_its_place():
    assert _found("He spoke of the presidential election in Lakeland.") == [
        "presidential election in Lakeland"
    ]


# -- a war inside an anniversary's name -----------------------------------------------------

NESTED_CASES = [
    (
        "Next spring we will mark the 80th anniversary of victory in the Lake War.",
        ["80th anniversary of victory in the Lake War", "Lake War"],
    ),
    (
        "The veterans gathered for the centenary of the end of the Second Pine War.",
        ["centenary of the end of the Second Pine War", "Second Pine War"],
    ),
]


@pytest.mark.parametrize("text, names", NESTED_CASES)
def test_a_war_inside_an_anniversary_is_an_event_too(text, names):
    assert _found(text) == names
    without = RULES.edited("events", drop=["wars_inside_anniversaries"])
    assert _found(text, without) == names[:1]


def test_the_war_inside_an_anniversary_is_not_dated_by_its_clause():
    text = "Next year we will celebrate the 80th anniversary of victory in the Lake War."
    facts = _facts(text, date="2031-04-15")
    assert ("Lake War", "war", None) in facts
    assert any(kind == "anniversary" and date == "2032" for _, kind, date in facts)


def test_a_war_inside_an_anniversary_joins_its_later_mentions():
    text = (
        "We will mark the 80th anniversary of victory in the Lake War.\n\n"
        "The Lake War took the lives of many thousands."
    )
    names = _names(text)
    assert names.count("Lake War") == 1 and len(names) == 2


def test_no_other_kind_is_kept_inside_an_anniversary():
    text = "Last spring we marked the 20th anniversary of the Lake Forum."
    assert _found(text) == ["20th anniversary of the Lake Forum"]


# -- a war written as an abbreviation -------------------------------------------------------


@pytest.mark.parametrize(
    "text, name",
    [
        ("Her grandfather, a WWII veteran, told us about the front.", "WWII"),
        ("The bridge was destroyed during WWI and rebuilt later.", "WWI"),
    ],
)
def test_an_abbreviated_war_is_an_event(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["abbreviated_wars"])
    assert _found(text, without) == []


def test_an_abbreviated_war_and_its_full_name_are_one_event():
    text = (
        "Her grandfather, a WWII veteran, told us about the front.\n\n"
        "He had fought in the Second World War from its first days."
    )
    assert _names(text) == ["WWII"]


@pytest.mark.parametrize("text", ["The WWIII scenario is fiction.", "Call the WWII-era archive."])
def test_an_abbreviation_inside_a_longer_word_is_no_war(text):
    assert "WWII" not in _found(text) and "WWI" not in _found(text)


# -- a word of roman numerals' letters -------------------------------------------------------


def test_civil_and_civic_are_no_numerals():
    assert _core_words(frozenset({"civil", "war"})) == frozenset({"civil", "war"})
    assert _core_words(frozenset({"civic", "forum"})) == frozenset({"civic", "forum"})
    assert _core_words(frozenset({"xiv", "lake", "forum"})) == frozenset({"lake", "forum"})
    assert _core_words(frozenset({"ii", "world", "war"})) == frozenset({"world", "war"})


def test_two_wars_of_one_sentence_are_two_events():
    text = "The estate was kept safe during the Civil War and again during the Lake War."
    assert _names(text) == ["Civil War", "Lake War"]


# -- a meeting of a council of states' leaders ------------------------------------------------

COUNCIL_CASES = [
    (
        "Later today the two presidents will attend one more meeting of the Supreme Lake "
        "Council of the Pine Union.",
        "meeting of the Supreme Lake Council of the Pine Union",
    ),
    (
        "He thanked his colleague for the invitation to the Lake Council of Heads of State "
        "meeting in the spring.",
        "Lake Council of Heads of State meeting",
    ),
    (
        "They discussed the regular meeting of the High-Level Lakeland-Pineland Cooperation "
        "Council.",
        "meeting of the High-Level Lakeland-Pineland Cooperation Council",
    ),
    (
        "The ministers prepared one more meeting of the Interstate Lake Council of Pine.",
        "meeting of the Interstate Lake Council of Pine",
    ),
]


@pytest.mark.parametrize("text, name", COUNCIL_CASES)
def test_a_meeting_of_a_council_of_leaders_is_an_event(text, name):
    assert _found(text) == [name]
    without = RULES.edited("events", drop=["interstate_council_meetings"])
    assert _found(text, without) == []


@pytest.mark.parametrize(
    "text",
    [
        "They attended a meeting of the Lake Council last week.",  # no word of leaders
        "The Security Council meeting lasted three hours.",
        "He spoke at the Council of Heads of State meeting.",  # no body named
        "The committee held a meeting of its council of elders.",
    ],
)
def test_a_meeting_of_another_council_is_no_event(text):
    assert _found(text) == []


def test_a_council_meeting_with_an_ordinal_is_as_before():
    text = "Pineland hosted the sixth meeting of the High-Level Lake Cooperation Council."
    assert _found(text) == ["sixth meeting of the High-Level Lake Cooperation Council"]


@pytest.mark.parametrize(
    "title",
    [
        "Lake Union summit",  # the body's word
        "The Supreme Pine Council of the Lake Union met in Pinetown",
        # the initials ("will take part" would make it an announcement since round ci)
        "The President at the LUTO summit",
    ],
)
def test_a_council_meeting_the_title_names_otherwise_is_the_pages_own(title):
    text = (
        "The President took part in one more meeting of the Supreme Pine Council of the Lake "
        "Union Treaty Organisation."
    )
    assert _names(text, title=title) == []
    assert _names(text, title="Telephone conversation with the President of Pineland") == [
        "meeting of the Supreme Pine Council of the Lake Union Treaty Organisation"
    ]


def test_a_council_meeting_of_a_page_naming_its_summit_is_the_summit():
    text = (
        "The leaders met on the sidelines of the Lake Union summit.\n\n"
        "He spoke at the meeting of the Lake Union Council of Heads of State."
    )
    assert _names(text) == ["Lake Union summit"]


def test_an_accreditation_title_leaves_the_council_meeting_a_fact():
    text = "Journalists may cover the meeting of the Supreme Lake Council in Pinetown."
    title = "Accreditation for the meeting of the Supreme Lake Council and the Lake summit"
    assert _names(text, title=title) == ["meeting of the Supreme Lake Council"]
