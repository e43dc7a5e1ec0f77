"""Event precision and names (issue 12, round as): a general assembly spoken of as a body
(`context_refusals`: 'general_assembly_as_body'), someone's election campaign
('campaign_of_a_person'), a forum or conference spoken of as a body ('forum_as_body'), names
that begin with 'Organisation of' or are a party named by 'Congress' (`not_events`), plurals of
bodies and a treaty's title words after a head (`organisation_words`), and an anniversary's name
that runs on into what the subject did next (`anniversary_tail_stops`). Each rule has rows that
change without it and rows where it must not fire. The sentences are invented."""

import pytest
from conftest import found_event_names as _found

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
EVENTS = RULES.get("events")


def _without_refusal(name):
    """The installed rules with the context refusal `name` taken out."""
    refusals = [r for r in EVENTS["context_refusals"] if r["name"] != name]
    return RULES.edited("events", context_refusals=refusals)


def _without_list_items(key, items):
    """The installed rules with `items` taken out of the list `key`."""
    return RULES.edited("events", **{key: [w for w in EVENTS[key] if w not in items]})


# -- a general assembly as a body --------------------------------------------------------------

ASSEMBLY_BODY_CASES = [
    "The charter on lakes, adopted by the Lake Nations General Assembly in 2031, came into force.",
    "Both sides called for a settlement in line with the resolutions of the Lake Nations General "
    "Assembly on the islands.",
    "Pineland thanked Lakeland for backing the Lake Nations General Assembly resolution on rivers.",
    "Last spring the Lake Nations General Assembly adopted a text on clean water.",
    "The Rowing League General Assembly will choose the next host city at its autumn meeting.",
    "The league was granted observer status in the Lake Nations General Assembly last year.",
]


@pytest.mark.parametrize("text", ASSEMBLY_BODY_CASES)
def test_a_general_assembly_that_acts_is_a_body(text):
    assert not any("General Assembly" in n for n in _found(text))
    assert any(
        "General Assembly" in n for n in _found(text, _without_refusal("general_assembly_as_body"))
    )


@pytest.mark.parametrize(
    "text",
    [
        "The minister spoke at the 86th session of the Lake Nations General Assembly in Pinetown.",
        "The delegates met on the sidelines of the Lake Nations General Assembly in the autumn.",
        "The Rowing League General Assembly opened in Pinetown on Monday.",
    ],
)
def test_a_general_assembly_that_meets_is_still_an_event(text):
    assert any("General Assembly" in n for n in _found(text))


# -- someone's election campaign ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Volunteers of Anna Lake’s election campaign handed out leaflets in the square.",
        "Co-chair of Peter Pine's election campaign Maria Hill: Thank you for the question.",
        "He asked whether the leak had hurt Mr Brook’s election campaign team.",
    ],
)
def test_a_persons_election_campaign_is_no_event(text):
    assert not any("election" in n for n in _found(text))
    assert any("election" in n for n in _found(text, _without_refusal("campaign_of_a_person")))


@pytest.mark.parametrize(
    "text",
    [
        "The Lakeland parliamentary election campaign ended quietly on Friday.",
        "Pineland’s presidential election will be held in March.",
    ],
)
def test_elections_not_named_by_a_person_stay(text):
    assert any("election" in n for n in _found(text))


# -- a forum or conference as a body -----------------------------------------------------------

FORUM_BODY_CASES = [
    "Our two states cooperate within the Lake Fishing Nations Forum on quotas.",
    "We were among the founders of the Pine Conference on River Law and sit on its board.",
    "Pineland supports Lakeland’s chairmanship of the Conference on Trust among River States.",
]


@pytest.mark.parametrize("text", FORUM_BODY_CASES)
def test_a_forum_spoken_of_as_a_body_is_no_event(text):
    assert _found(text) == []
    assert _found(text, _without_refusal("forum_as_body")) != []


def test_a_forum_that_meets_is_still_an_event():
    text = "The ministers will attend the Lake Fishing Nations Forum in Pinetown next week."
    assert _found(text) == ["Lake Fishing Nations Forum"]


def test_a_conference_called_an_organisation_is_a_body():
    text = "The Pine Conference as an organisation keeps out of single disputes."
    assert _found(text) == []


# -- bodies by name ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, items",
    [
        (
            "Pineland thanked the Organisation of Lake Conference for its support.",
            ["Organisation of"],
        ),
        (
            "The leader of the African National Congress thanked the voters of Lakeland.",
            ["African National Congress"],
        ),
        (
            "Members of the American Jewish Congress attended the reception.",
            ["American Jewish Congress"],
        ),
    ],
)
def test_bodies_named_like_meetings(text, items):
    assert _found(text) == []
    assert _found(text, _without_list_items("not_events", items)) != []


def test_plural_bodies_and_treaty_titles_after_a_head():
    text = "The heads of the regional Lake Election Commissions met in Pinetown."
    assert _found(text) == []
    assert _found(text, _without_list_items("organisation_words", ["Commissions"])) != []
    text = "The text of the Treaty on Lake Offensive Reductions is nearly ready."
    assert _found(text) == []
    assert _found(text, _without_list_items("organisation_words", ["Reductions"])) != []


# -- an anniversary's name that runs on --------------------------------------------------------

RUN_ON_CASES = [
    (
        "The leaders marked the 20th anniversary of the Lake Treaty and met with the press.",
        "20th anniversary of the Lake Treaty",
        "met",
    ),
    (
        "The 300th anniversary of the founding of Pinetown envisaged some forty projects.",
        "300th anniversary of the founding of Pinetown",
        "envisaged",
    ),
    (
        "He hoped the 10th anniversary of the Lake Court showed how far the court had come.",
        "10th anniversary of the Lake Court",
        "showed",
    ),
]


@pytest.mark.parametrize("text, name, verb", RUN_ON_CASES)
def test_an_anniversary_name_ends_before_a_verb(text, name, verb):
    assert _found(text) == [name]
    longer = _found(text, _without_list_items("anniversary_tail_stops", [verb]))
    assert longer != [name]
