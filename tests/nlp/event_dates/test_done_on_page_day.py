"""Event dates of issue 12 round bf (the page fixes the event to its day): an event a sentence
says its speaker has just taken part in, or that a news report's sentence says something was
done right before or on the completion of, is on the page's day (events.json's
`done_on_doc_day_cues`); a news report's sentence opening "On the same day" is of the page's
day (`same_day_report_openers`, amended); an anniversary a reception is held "on" is of the
page's day, also where its count gave the page's year (`anniversary_event_held_day`, amended).
Each rule has rows that fail without its key and rows where it must not fire. The sentences are
invented."""

import pytest
from conftest import check_with_and_without_key
from conftest import event_date_of as date_of

from pipeline.nlp.event_page_dates import done_on_doc_day
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT_DONE = RULES.edited("events", drop=["done_on_doc_day_cues"])


def _without_new_phrases(key: str, field: str, new: list[str]):
    """The installed rules with `new` taken out of the list `field` of rule `key`: what the
    rows said before this round."""
    rule = dict(RULES.get("events")[key])
    rule[field] = [p for p in rule[field] if p not in new]
    return RULES.edited("events", **{key: rule})


WITHOUT_SAME_DAY = _without_new_phrases(
    "same_day_report_openers",
    "openers",
    ["on the same day", "the same day", "that same day", "on that same day"],
)
WITHOUT_ON = _without_new_phrases("anniversary_event_held_day", "marking", ["on"])

# (text, title, page's date, event, with the rule, without it): invented pages
DONE_PAGES = [
    # a speaker who has just attended the forum: the page's day
    (
        "President: Good afternoon.\n\nPresident: The Premier and I have just attended the Lake "
        "Regions Forum, which brought together many governors.",
        "Meeting with the Premier of Pineland",
        "2031-06-30",
        "Lake Regions Forum",
        "2031-06-30",
        "2031-06",
    ),
    # a news report: the leaders met right before a session of the council
    (
        "The two presidents met before a meeting of the Supreme Lake Council of the Union of "
        "Pineland and Hillmark to discuss trade.",
        "Meeting with the President of Pineland",
        "2031-06-30",
        "meeting of the Supreme Lake Council of the Union of Pineland and Hillmark",
        "2031-06-30",
        None,
    ),
    # a news report: questions answered on the completion of the election
    (
        "The President answered reporters' questions following the completion of the "
        "presidential election.",
        "Answers to reporters' questions",
        "2031-03-18",
        "presidential election",
        "2031-03-18",
        "2031-03",
    ),
    # the same, a time to come: not the page's day
    (
        "The President will answer reporters' questions following the completion of the "
        "presidential election.",
        "Answers to reporters' questions",
        "2031-03-18",
        "presidential election",
        "2031-03",
        "2031-03",
    ),
]


@pytest.mark.parametrize("case", DONE_PAGES)
def test_issue_12bf_done_on_doc_day_pages(case, monkeypatch, events_component):
    check_with_and_without_key(case, "done_on_doc_day_cues", monkeypatch, events_component)


# (sentence, news report, expected): the name starts at "Lake" or "annual"
DONE_SENTENCES = [
    ("We have just attended the Lake Forum.", False, True),
    ("I just took part in the annual meeting of the Pine Board.", False, True),
    ("The two ministers talked shortly before the Lake Summit.", True, True),
    # "before" is a news report's cue only
    ("We talked shortly before the Lake Summit.", False, False),
    # the day before, a time to come, another time: not the page's day
    ("The day before the Lake Summit, the ministers met in Pinetown.", True, False),
    ("The ministers will meet before the Lake Summit.", True, False),
    ("We had just attended the Lake Forum when the news came.", False, False),
    ("The ministers met shortly before the Lake Summit, held in late November.", True, False),
    # no cue right before the name
    ("We have just attended a concert, and the Lake Forum was a success.", False, False),
]


@pytest.mark.parametrize(("sentence", "narrative", "expected"), DONE_SENTENCES)
def test_issue_12bf_done_on_doc_day_cues(sentence, narrative, expected):
    start = sentence.index("annual") if "annual" in sentence else sentence.index("Lake ")
    assert done_on_doc_day(RULES, sentence, start, narrative) is expected
    assert done_on_doc_day(WITHOUT_DONE, sentence, start, narrative) is False


# (sentence, name, page's date, kind, news report, with the rules, without the new phrases)
CASES = [
    (
        "On the same day, both premiers will attend the third meeting of the Lake Cooperation "
        "Council in Pinetown.",
        "third meeting of the Lake Cooperation Council",
        "2031-04-03",
        "meeting",
        True,
        "2031-04-03",
        "2031-04",
    ),
    # a date of its own is kept
    (
        "On the same day, the President will take part in the Lake Forum, which opens on April 9.",
        "Lake Forum",
        "2031-04-03",
        "forum",
        True,
        "2031-04-09",
        "2031-04-09",
    ),
    # a speaker's turn: no report of the page's day
    (
        "On the same day, we will attend the third meeting of the Lake Cooperation Council.",
        "third meeting of the Lake Cooperation Council",
        "2031-04-03",
        "meeting",
        False,
        None,
        None,
    ),
]


@pytest.mark.parametrize(
    ("sentence", "name", "doc_date", "kind", "narrative", "expected", "without"), CASES
)
def test_issue_12bf_same_day_openers(sentence, name, doc_date, kind, narrative, expected, without):
    assert date_of(sentence, name, doc_date, kind, narrative) == expected
    assert date_of(sentence, name, doc_date, kind, narrative, rules=WITHOUT_SAME_DAY) == without


ANNIVERSARY_CASES = [
    # a reception "on" the anniversary: the page's day
    (
        "The President met the veterans before a reception on the Lake Institute’s 50th "
        "anniversary.",
        "Lake Institute’s 50th anniversary",
        "2031-12-14",
        "2031-12-14",
        WITHOUT_ON,
    ),
    # a concert for an anniversary whose count gives the page's year: the page's day
    (
        "In the evening, the Premier attended a gala concert dedicated to the 30th anniversary "
        "of the signing of the 2001 Lake Treaty.",
        "30th anniversary of the signing of the 2001 Lake Treaty",
        "2031-05-08",
        "2031-05-08",
        RULES.edited("events", drop=["anniversary_event_held_day"]),
    ),
]


def test_issue_12bf_concert_for_another_years_anniversary():
    """An anniversary whose count gives another year than the page's keeps it."""
    sentence = (
        "In the evening, the Premier attended a gala concert dedicated to the 52nd anniversary "
        "of the Great Patriotic War victory."
    )
    name = "52nd anniversary of the Great Patriotic War victory"
    assert date_of(sentence, name, "2031-05-08", "anniversary", True) == "1997"


@pytest.mark.parametrize(("sentence", "name", "doc_date", "expected", "rules"), ANNIVERSARY_CASES)
def test_issue_12bf_reception_on_anniversary(sentence, name, doc_date, expected, rules):
    assert date_of(sentence, name, doc_date, "anniversary", True) == expected
    assert date_of(sentence, name, doc_date, "anniversary", True, rules=rules) != expected
