"""Event names, kinds and dates."""

import pytest

from pipeline.nlp.events import EventExtractor, content_words, event_date, find_events


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "They met at the Eastern Economic Forum in Vladivostok.",
            "Eastern Economic Forum",
            "forum",
        ),
        ("the 3rd Arctic Summit opened", "3rd Arctic Summit", "summit"),
        ("the Forum for Regional Initiatives", "Forum for Regional Initiatives", "forum"),
        ("the Conference on Security in the Baltic Sea", "Conference on Security", "conference"),
        ("veterans of the Great Patriotic War", "Great Patriotic War", "war"),
        ("after World War II ended", "World War II", "war"),
        ("ahead of the State Duma elections", "State Duma elections", "election"),
        ("the 75th anniversary of the Victory", "75th anniversary of the Victory", "anniversary"),
        ("visitors of MAKS-2021 saw", "MAKS-2021", "other"),
        ("the Kazan-Samara business forum", "Kazan-Samara business forum", "forum"),
        ("the 2018 FIFA World Cup", "2018 FIFA World Cup", "sports"),
        (
            "the Moscow International Film Festival",
            "Moscow International Film Festival",
            "festival",
        ),
    ],
)
def test_names_and_kinds(text, name, kind):
    found = find_events(text)
    assert [(f["name"], f["kind"]) for f in found] == [(name, kind)]


@pytest.mark.parametrize(
    "text",
    [
        "The forum was a success.",  # generic, no name
        "Forum participants arrived.",  # capitalised only as the first word
        "We held a plenary session.",
        "the UN Security Council resolution",
        "We discussed it at the meeting.",
    ],
)
def test_not_events(text):
    assert find_events(text) == []


@pytest.mark.parametrize(
    ("sentence", "name", "date", "expected"),
    [
        (
            "It hosted the Arctic Summit in October last year.",
            "Arctic Summit",
            "2020-05-14",
            "2019-10",
        ),
        (
            "The Arctic Summit will open on May 9, 2021.",
            "Arctic Summit",
            "2020-05-14",
            "2021-05-09",
        ),
        ("The Arctic Summit is held this year.", "Arctic Summit", "2020-05-14", "2020"),
        ("Last June, the Arctic Summit took place.", "Arctic Summit", "2016-03-29", "2015-06"),
        ("The Arctic Forum has opened in Murmansk.", "Arctic Forum", "2017-07-12", "2017-07"),
        ("Last June, the Army-2015 Forum took place.", "Army-2015 Forum", "2016-03-29", "2015-06"),
        ("The 2018 FIFA World Cup was great.", "2018 FIFA World Cup", "2020-01-01", "2018"),
        ("The Arctic Summit was a success.", "Arctic Summit", "2020-05-14", None),
    ],
)
def test_dates(sentence, name, date, expected):
    start = sentence.index(name)
    assert event_date(name, sentence, start, start + len(name), date) == expected


@pytest.mark.parametrize(
    ("event", "title", "date", "own"),
    [
        ("EurAsEC Interstate Council summit", "EurAsEC summit", "2012-12-19", True),
        (
            "19th World Congress of Russian Press",
            "Greetings to the 19th World Congress of Russian Press",
            "2017-07-12",
            False,
        ),
        (
            "2019 Russian Junior Sambo championship",
            "Russian Sambo championship",
            "2020-02-22",
            False,
        ),
        ("Arctic Summit", "Meeting with the Governor", "2020-01-01", False),
    ],
)
def test_own_event(event, title, date, own):
    words, title_words = content_words(event), content_words(title)
    assert EventExtractor.is_own_event(words, title_words, title, int(date[:4])) is own


@pytest.mark.parametrize(
    "text",
    [
        "Our team has won three world and two European championships.",  # a count, no name
        "We have held 3 Arctic summits since then.",
        "The plant has just celebrated its 50th anniversary.",  # whose, but no name
        "The town marked their 300th anniversary last week.",
    ],
)
def test_counted_or_unnamed_happenings_are_not_events(text):
    assert find_events(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the 50th anniversary of the Arctic Fleet", "50th anniversary of the Arctic Fleet"),
        ("held the 2014 Winter Games in the south", "2014 Winter Games"),
        ("many visitors to the Northern Trade Forum", "Northern Trade Forum"),
    ],
)
def test_names_kept_next_to_count_words(text, name):
    assert [f["name"] for f in find_events(text)] == [name]


def _events(text: str, title: str, date: str) -> list[dict]:
    from pipeline import extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return [f for f in extract_facts(speech, types="event")]


def test_the_plant_anniversary_does_not_hide_a_named_one():
    text = (
        "The plant marked its 80th anniversary in spring.\n\n"
        "We have also marked the 80th anniversary of the Arctic Fleet."
    )
    names = [f["name"] for f in _events(text, "Visit to a plant", "2019-05-06")]
    assert names == ["80th anniversary of the Arctic Fleet"]


@pytest.mark.parametrize(
    "heading",
    [
        "Speech at the Northern Trade Forum plenary session",
        "Opening remarks at the Northern Trade Forum",
        "Beginning of the Northern Trade Forum",
    ],
)
def test_event_named_in_a_speech_heading_is_the_documents_own(heading):
    text = (
        "The leaders met in the capital.\n\n"
        f"{heading}\n\n"
        "Colleagues, the Northern Trade Forum brings together 40 countries. "
        "The Baltic Summit last June set the course."
    )
    events = _events(text, "Meeting of northern leaders", "2021-03-04")
    assert [(f["name"], f["date"]) for f in events] == [("Baltic Summit", "2020-06")]


def test_sentence_with_a_full_stop_is_not_a_heading():
    text = "Speech at the Northern Trade Forum was given by the minister."
    events = _events(text, "Minister's visit", "2021-03-04")
    assert [f["name"] for f in events] == ["Northern Trade Forum"]


def test_date_is_taken_from_a_later_mention_of_the_same_event():
    text = (
        "The President sent greetings to the participants of the 7th Congress of Arctic Towns.\n\n"
        "The 7th Congress of Arctic Towns has opened in Murmansk."
    )
    events = _events(text, "Greetings to the Congress participants", "2018-09-14")
    assert [(f["name"], f["date"], f["start"]) for f in events] == [
        ("7th Congress of Arctic Towns", "2018-09", text.index("7th"))
    ]


@pytest.mark.parametrize(
    ("sentence", "name", "date", "expected"),
    [
        ("The Arctic Summit ended yesterday.", "Arctic Summit", "2020-05-14", "2020-05-13"),
        ("The Arctic Summit opens tomorrow.", "Arctic Summit", "2020-05-14", "2020-05-15"),
        # a week that lies in one month gives the month; across two months only the year
        ("The Arctic Summit is next week.", "Arctic Summit", "2020-05-06", "2020-05"),
        ("The Arctic Summit is next week.", "Arctic Summit", "2020-06-24", "2020"),
        ("The Arctic Summit was held three months ago.", "Arctic Summit", "2020-05-14", "2020-02"),
        ("Seven decades ago, the Battle of Kursk ended.", "Battle of Kursk", "2013-08-23", "1943"),
        ("Two years ago the Arctic Summit met.", "Arctic Summit", "2020-05-14", "2018"),
        # a document dated only by year cannot resolve a day
        ("The Arctic Summit ended yesterday.", "Arctic Summit", "2020", None),
    ],
)
def test_relative_dates(sentence, name, date, expected):
    start = sentence.index(name)
    assert event_date(name, sentence, start, start + len(name), date) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Summit of the forum, a summit-level FORUM and an Air  Show at the air show.",
        "Summitry is not a summit; forums are not a Forum; 2018Summit and G20summit are one word.",
        "Exhibition exhibition exhibitions, the Congress of People's Deputies and congress.",
        "",
        "no heads at all in this sentence",
    ],
)
def test_head_matches_equal_the_patterns_own_search(text):
    from pipeline.nlp.event_names import grammar, head_matches

    g = grammar()
    fast = [(m.start(), m.end()) for m in head_matches(text, g.head_re, g.head_first_words)]
    assert fast == [(m.start(), m.end()) for m in g.head_re.finditer(text)]
