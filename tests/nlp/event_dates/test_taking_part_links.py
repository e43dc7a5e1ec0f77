"""Event dates of issue 12, round dw: an event that a clause says someone will take part in,
participate in or attend (`upcoming_event_frame_cues.links`, as round bg's "will meet on the
sidelines of") is still to come, so of the page's year when nothing else dates it and the page is
written no later than October. Each row it dates fails without those links; the kept rows are
where it must not fire. The round's second rule (the page's year for "the X, which is to be held
in P") was dropped after a second reading: a place without a time dates nothing (convention C4),
and a kept row holds that. The pages are invented."""

import pytest

from pipeline import extract_facts
from pipeline.speech import Speech, Turn


def _spoken_dates(text, title, date):
    """{event name: date} of an invented page whose whole text is one speaker's turn (in a news
    report, `narrative_doc_date_cues` dates an event someone takes part in to the page's date
    already)."""
    speech = Speech(
        doc_id="t",
        source="<test>",
        paragraphs=[text],
        title=title,
        date=date,
        turns=[Turn(0, len(text), "Anna Berg", "Anna Berg")],
    )
    return {f["text"]: f["date"] for f in extract_facts(speech, types="event")}


# (page text, title, page date, event, with the links, without them)
TAKING_PART_CASES = [
    (
        "The Premier of Lakeland will take part in the Pine Economic Forum with a delegation.",
        "Talks with the Premier of Lakeland",
        "2031-06-04",
        "Pine Economic Forum",
        "2031",
        None,
    ),
    (
        "We hope that a unit of the Lakeland navy will participate in the Harbour Naval Parade "
        "with crews from several other countries.",
        "Meeting with the President of Lakeland",
        "2031-03-03",
        "Harbour Naval Parade",
        "2031",
        None,
    ),
    (
        "After the talks the two of us will attend the Lake Regions Cooperation Forum.",
        "Talks with the President of Pineland",
        "2031-10-14",
        "Lake Regions Cooperation Forum",
        "2031",
        None,
    ),
]

ROUND_LINKS = ("take part in", "participate in", "attend")

# not fired: a page of November, another time in the sentence, games, a past or present tense,
# a phrase that is not right after the name, a main clause with the name as its subject, taking
# part said in the past (all spoken); a part of the year is read by its own rule (the year)
KEPT_CASES = [
    (
        "The ministers pledged to work for the success of the Lake Conference on Fisheries, "
        "which is to be held in Pinetown.",
        "Telephone conversation with the Premier of Lakeland",
        "2031-05-21",
        "Lake Conference on Fisheries",
        None,
    ),
    (
        "The ministers pledged to work for the success of the Lake Conference on Fisheries, "
        "which is to be held in Pinetown.",
        "Telephone conversation with the Premier of Lakeland",
        "2031-11-21",
        "Lake Conference on Fisheries",
        None,
    ),
    (
        "The Pine Valley Summit, which will be held in two years, will decide on the canal.",
        "Meeting with the Foreign Minister of Pineland",
        "2031-05-20",
        "Pine Valley Summit",
        None,
    ),
    (
        "Our skaters are training for the Lake Winter Games, which will take place in Pinetown.",
        "Meeting with the Minister of Sport",
        "2031-04-09",
        "Lake Winter Games",
        None,
    ),
    (
        "The Pine Valley Summit was held in Oakport, and the next round is to be held in Pinetown.",
        "Meeting with the Foreign Minister of Pineland",
        "2031-05-20",
        "Pine Valley Summit",
        None,
    ),
    (
        "The Lake Writers Congress will be held in the old city hall.",
        "Meeting with the Minister of Culture",
        "2031-09-08",
        "Lake Writers Congress",
        None,
    ),
    (
        "The Pine Valley Summit, which will be held in Oakport in the middle of the year, matters.",
        "Meeting with the Foreign Minister of Pineland",
        "2031-02-20",
        "Pine Valley Summit",
        "2031",
    ),
    (
        "The Lake Writers Congress was held in the old city hall.",
        "Meeting with the Minister of Culture",
        "2031-09-08",
        "Lake Writers Congress",
        None,
    ),
    (
        "The Premier of Lakeland took part in the Pine Economic Forum with a large delegation.",
        "Talks with the Premier of Lakeland",
        "2031-06-04",
        "Pine Economic Forum",
        None,
    ),
    (
        "The Premier of Lakeland will take part in the Pine Economic Forum with a delegation.",
        "Talks with the Premier of Lakeland",
        "2031-12-04",
        "Pine Economic Forum",
        None,
    ),
    (
        "Our team will take part in the Lake Cup of Rowing with high hopes.",
        "Meeting with the Minister of Sport",
        "2031-04-09",
        "Lake Cup of Rowing",
        None,
    ),
]


@pytest.mark.parametrize("text, title, date, event, with_rule, without", TAKING_PART_CASES)
def test_an_event_someone_will_take_part_in_takes_the_year(
    text, title, date, event, with_rule, without, monkeypatch, events_component
):
    assert _spoken_dates(text, title, date)[event] == with_rule
    rules = events_component.rules
    frame = dict(rules.get("events")["upcoming_event_frame_cues"])
    frame["links"] = [link for link in frame["links"] if link not in ROUND_LINKS]
    monkeypatch.setattr(
        events_component,
        "rules",
        rules.edited("events", upcoming_event_frame_cues=frame),
    )
    assert _spoken_dates(text, title, date)[event] == without


@pytest.mark.parametrize("text, title, date, event, expected", KEPT_CASES)
def test_other_times_and_tenses_are_left_to_other_rules(text, title, date, event, expected):
    assert _spoken_dates(text, title, date)[event] == expected
