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
