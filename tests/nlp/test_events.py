"""Event names, kinds and dates."""

import pytest
import spacy

from pipeline.nlp.events import EventExtractor, content_words, find_events
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()  # the installed rule files, passed to the scanners


@pytest.mark.parametrize(
    ("event", "title", "date", "own"),
    [
        ("EurAsEC Interstate Council summit", "EurAsEC summit", "2012-12-19", True),
        (
            "19th World Congress of Lakeland Press",
            "Greetings to the 19th World Congress of Lakeland Press",
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
        # a title cue may be a phrase: an executive order, not its executive chairman
        (
            "300th anniversary of Novoarkhangelsk",
            "Executive Order on celebrating 300th anniversary of Novoarkhangelsk",
            "2020-01-01",
            False,
        ),
        (
            "Northern Economic Forum",
            "Meeting with Northern Economic Forum Executive Chairman",
            "2020-01-01",
            True,
        ),
        ("Sambo championship", "Meeting with sambo prize-winners", "2020-01-01", False),
    ],
)
def test_own_event(event, title, date, own):
    words, title_words = content_words(event), content_words(title)
    extractor = EventExtractor(spacy.blank("en"), "speechfacts_event")
    assert extractor.is_own_event(words, title_words, title, int(date[:4])) is own


@pytest.mark.parametrize(
    "text",
    [
        "Our team has won three world and two European championships.",  # a count, no name
        "We have held 3 Arctic summits since then.",
        # a possessive's counted anniversary is one since issue 12aa
        # (event_names/test_counted_anniversaries_and_lowercase_heads.py)
        "The plant has just celebrated its anniversary.",  # whose, but neither counted nor named
    ],
)
def test_counted_or_unnamed_happenings_are_not_events(text):
    assert find_events(RULES, text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("the 50th anniversary of the Arctic Fleet", "50th anniversary of the Arctic Fleet"),
        ("held the 2014 Winter Games in the south", "2014 Winter Games"),
        ("many visitors to the Northern Trade Forum", "Northern Trade Forum"),
    ],
)
def test_names_kept_next_to_count_words(text, name):
    assert [f["name"] for f in find_events(RULES, text)] == [name]


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
    # the plant's counted anniversary is an event of its own since issue 12aa
    assert names == ["80th anniversary", "80th anniversary of the Arctic Fleet"]


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


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        # the heading's own meeting is with people who take part in the event: it is a fact
        ("Opening remarks at a meeting with participants of the Northern Trade Forum", True),
        ("Speech at the meeting with winners of the Northern Trade Forum", True),
        ("Opening remarks at the Northern Trade Forum", False),
    ],
)
def test_a_heading_about_an_events_participants_names_no_own_event(heading, expected):
    text = f"The leaders met in the capital.\n\n{heading}\n\nColleagues, welcome."
    names = [f["name"] for f in _events(text, "Meeting of northern leaders", "2021-03-04")]
    assert ("Northern Trade Forum" in names) is expected


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
    # the page's day since issue 12 round ag (a greeting to an event's participants is read
    # out there on the page's day); the page's month before
    assert [(f["name"], f["date"], f["start"]) for f in events] == [
        ("7th Congress of Arctic Towns", "2018-09-14", text.index("7th"))
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a generic first mention is refined once by a later, fuller one: one event
        (
            "The Olympics changed the city.\n\nThe Oslo Olympics left new stadiums.",
            ["Olympics"],
        ),
        # refined once, a group does not take a mention refining it another way
        (
            "The Olympics changed the city.\n\nThe Oslo Olympics left new stadiums, "
            "unlike the Lima Olympics.",
            ["Olympics", "Lima Olympics"],
        ),
        # a plural and a singular name one event
        (
            "The Regional Duma elections went well.\n\nThe Regional Duma election had 40 parties.",
            ["Regional Duma elections"],
        ),
        # an anniversary of a war is another event than the war
        (
            "Veterans of the Great Northern War met.\n\n"
            "We mark the 80th anniversary of Victory in the Great Northern War.",
            ["Great Northern War", "80th anniversary of Victory in the Great Northern War"],
        ),
    ],
)
def test_mentions_are_grouped_per_event(text, expected):
    assert [f["name"] for f in _events(text, "Meeting with veterans", "2021-05-06")] == expected


def test_a_later_mention_with_a_year_dates_the_event():
    text = "The Winter Olympics in Oslo were a success.\n\nThe 2031 Oslo Olympics left stadiums."
    events = _events(text, "Meeting with athletes", "2033-05-06")
    assert [(f["name"], f["date"]) for f in events] == [("Winter Olympics in Oslo", "2031")]


def test_each_event_is_recorded_once_per_document():
    text = (
        "The Arctic Forum opened today. The Arctic Forum gathered 40 countries.\n\n"
        "Delegates of the Arctic Forum thanked the hosts."
    )
    events = _events(text, "Visit to the north", "2021-03-04")
    assert [(f["name"], f["start"]) for f in events] == [("Arctic Forum", text.index("Arctic"))]


@pytest.mark.parametrize(
    "text",
    [
        "The Arctic Summit-2031 opened; the Forum/Congress met at the summit.",
        "Our air- and sea-based forum, the FORUM's guests and the 75th Anniversary of Victory.",
        "A pre‑summit talk (the Summit) and “the Forum” before the centenary.",
        "Summitry is not a summit; G20summit is one word, forums are not a forum.",
    ],
)
def test_the_components_cues_are_those_of_the_text(text):
    """The component finds heads and anniversary words among the Doc's tokens (PhraseMatcher);
    `find_events(rules, text)` alone scans the text: both give the same places."""
    from pipeline.nlp import build_pipeline
    from pipeline.nlp.event_names import cue_positions

    nlp = build_pipeline(["event"])
    doc = nlp.make_doc(text)
    assert nlp.get_pipe("speechfacts_event").cues(doc) == cue_positions(RULES, text)


@pytest.mark.parametrize(
    ("title", "text", "expected"),
    [
        # a war in the title is never the document's own meeting
        (
            "Meeting with Crimean War veterans",
            "The President met Crimean War veterans.",
            ["Crimean War"],
        ),
        # the winners of an event in the title: the event is not the document's own
        (
            "Presentation of decorations to winners of 5th Arctic Winter Games",
            "He met the medallists of the 5th Arctic Winter Games in Murmansk.",
            ["5th Arctic Winter Games in Murmansk"],
        ),
        # the document's own meeting stays out
        ("Arctic Summit", "The Arctic Summit opened today.", []),
        # a title about a document or about those who take part: the event is a fact
        (
            "Executive Order on celebrating the 200th anniversary of Novoarkhangelsk",
            "The President signed an order to mark the 200th anniversary of Novoarkhangelsk.",
            ["200th anniversary of Novoarkhangelsk"],
        ),
        (
            "List of journalists accredited to cover the Northern Lights Festival",
            "The list of reporters for the Northern Lights Festival is out.",
            ["Northern Lights Festival"],
        ),
        (
            "Meeting with athletes to compete in 9th Arctic Winter Games",
            "He met the skiers bound for the 9th Arctic Winter Games.",
            ["9th Arctic Winter Games"],
        ),
    ],
)
def test_own_event_on_unseen_titles(title, text, expected):
    assert [f["name"] for f in _events(text, title, "2021-03-04")] == expected


def test_a_session_named_by_its_day_joins_the_ordinal_session():
    text = (
        "The sixth session of the Northern Council has just finished.\n\n"
        "Today’s session of the Northern Council shows our close work."
    )
    events = _events(text, "News conference", "2021-03-04")
    assert [f["name"] for f in events] == ["sixth session of the Northern Council"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an undated event takes the date the next sentence gives "the <head>"
        (
            "He was invited to the 5th summit of the Arctic Council. "
            "He accepted the invitation to the summit in Tromso next October.",
            "2021-10",
        ),
        (
            "Preparations for the Northern Lights Festival were discussed. "
            "The festival will open on May 20.",
            "2021-05-20",
        ),
        # not when that sentence names another event: its dates may be that one's
        (
            "He was invited to the 5th summit of the Arctic Council. "
            "The summit will mark the 75th anniversary of the Polar Treaty of 1947.",
            None,
        ),
        # unless "the <head>" and its date come before that other event
        (
            "They discussed the coming summit of the Arctic Council. "
            "The summit will be held in late May in Oslo, just before the 75th anniversary "
            "of the Polar Treaty.",
            "2021-05",
        ),
        (
            "They discussed the coming summit of the Arctic Council. "
            "The Polar Games will follow the summit in late May.",
            None,
        ),
        # not a date the sentence does not say (a cue for the document's date)
        (
            "He was invited to the 5th summit of the Arctic Council. "
            "Preparations for the summit are under way.",
            None,
        ),
        # not from a sentence further on
        (
            "He was invited to the 5th summit of the Arctic Council. "
            "The talks went well. The summit will be held next October.",
            None,
        ),
    ],
)
def test_an_undated_event_is_dated_by_the_next_sentence(text, expected):
    events = _events(text, "News", "2021-03-04")
    assert events[0]["date"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an event held to mark an anniversary is in the anniversary's year
        (
            "The rehearsal of the Harbour Parade to mark the 76th anniversary of Victory in "
            "the war of 1941–1945 went well.",
            "2021",
        ),
        ("The Lake Festival, dedicated to the 100th anniversary of the port, opened.", "2021-03"),
        (
            "The Harbour Festival to celebrate the 100th anniversary of the port founded in 1921 "
            "will be held.",
            "2021",
        ),
        # a date of the clause that refines the anniversary's is kept
        (
            "The Harbour Festival on May 20 to celebrate the 100th anniversary of the port "
            "founded in 1921 will be held.",
            "2021-05-20",
        ),
        # not when the anniversary is not what the event marks
        (
            "The Harbour Festival in 2019 and the 100th anniversary of the port founded in 1921.",
            "2019",
        ),
        ("We spoke of the Harbour Festival. The 100th anniversary of the port is near.", None),
    ],
)
def test_an_event_held_to_mark_an_anniversary_takes_its_date(text, expected):
    events = _events(text, "News", "2021-03-04")
    assert events[0]["date"] == expected


def test_a_war_is_not_dated_by_an_anniversary_after_it():
    text = "The Crimean War, marking the 70th anniversary of the treaty, was recalled."
    events = _events(text, "News", "2021-03-04")
    assert (events[0]["name"], events[0]["date"]) == ("Crimean War", None)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a summit of a body named like an event, then the body alone: one event
        (
            "He went to the summit of the Conference on Polar Security in Oslo.\n\n"
            "The Conference on Polar Security brings 20 countries together.",
            ["summit of the Conference on Polar Security"],
        ),
        # an anniversary of a war is not the war
        (
            "We mark the 80th anniversary of the beginning of the Polar War.\n\n"
            "The Polar War lasted four years.",
            ["80th anniversary of the beginning of the Polar War", "Polar War"],
        ),
        # two events of different kinds otherwise stay apart
        (
            "He went to the Polar Summit.\n\nThe Polar Conference opened later.",
            ["Polar Summit", "Polar Conference"],
        ),
    ],
)
def test_a_meeting_of_a_body_and_the_body_name_one_event(text, expected):
    assert [f["name"] for f in _events(text, "News", "2021-03-04")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the first mention gives the month; a later one the day
        (
            "The President sent his greetings to the Tundra Herders Forum.\n\n"
            "The Tundra Herders Forum opened today in Salekhard.",
            "2021-03-04",
        ),
        # a later date that does not refine the first is not taken (the greeting gives the
        # page's day since issue 12 round ag; the page's month before)
        (
            "The President sent his greetings to the Tundra Herders Forum.\n\n"
            "The Tundra Herders Forum will meet again on May 5.",
            "2021-03-04",
        ),
        # greetings to people, not to the event, give no day or month (the year is one of a
        # meeting to come, "will meet at the", issue 12 round bg)
        (
            "He asked to convey greetings to the leaders, who will meet at the Tundra Summit.",
            "2021",
        ),
    ],
)
def test_a_later_mention_refines_the_first_ones_date(text, expected):
    events = _events(text, "News", "2021-03-04")
    assert events[0]["date"] == expected


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a date right after another event's name is that event's
        (
            "We invite you to the Lake Forum in June and the Harbour Summit in Oslo in September.",
            "Harbour Summit in Oslo",
            "2021-09",
        ),
        # (not the summit's May: the document's day, the forum being under way; issue 12s)
        (
            "The Lake Forum is taking place in Bergen and the Harbour Summit is taking place "
            "in Oslo on May 18–20, 2021.",
            "Lake Forum",
            "2021-03-04",
        ),
        (
            "Oslo will host the Lake Games this summer, the Harbour Summit will be held in "
            "February 2022.",
            "Harbour Summit",
            "2022-02",
        ),
        # two events that share a predicate share its date
        (
            "Plenary meetings of the Lake Forum and the second Harbour Summit are planned "
            "for November.",
            "Lake Forum",
            "2021-11",
        ),
        # an event held during another takes that event's date
        (
            "The next session of the Lake Forum will take place during the Harbour Summit in June.",
            "Lake Forum",
            "2021-06",
        ),
        # a date before both dates both
        (
            "This April I took part in the Lake Forum and in the summit of the Harbour Summit "
            "members.",
            "Harbour Summit",
            "2021-04",
        ),
        # another event named in a relative clause, a participle or after a possessive does
        # not take the main verb's date away from this one
        (
            "The Lake Forum, which hosts the Harbour Summit, will open on May 5.",
            "Lake Forum",
            "2021-05-05",
        ),
        (
            "The Lake Forum, including the Harbour Summit, will be held on May 5.",
            "Lake Forum",
            "2021-05-05",
        ),
        (
            "The Lake Forum and its Harbour Summit will be held on May 5.",
            "Lake Forum",
            "2021-05-05",
        ),
        (
            "Both the Lake Forum and our own Harbour Summit take place in June.",
            "Lake Forum",
            "2021-06",
        ),
        # a date inside a parenthesis that names another event is that event's
        (
            "The Lake Forum (the Harbour Summit was in May) opened on June 3.",
            "Lake Forum",
            "2021-06-03",
        ),
        (
            "The Lake Forum (the Harbour Summit was in May) opened on June 3.",
            "Harbour Summit",
            "2021-05",
        ),
        # "ahead of", "before", "after": this event is at another time than that one
        ("The Lake Forum will be held ahead of the Harbour Summit on May 5.", "Lake Forum", None),
        (
            "The Lake Forum will be held ahead of the Harbour Summit on May 5.",
            "Harbour Summit",
            "2021-05-05",
        ),
        ("The Lake Forum will be held before the Harbour Summit in September.", "Lake Forum", None),
        ("The Lake Forum will be held after the Harbour Summit in June.", "Lake Forum", None),
        (
            "The Lake Forum will be held shortly after the Harbour Summit on June 9.",
            "Lake Forum",
            None,
        ),
    ],
)
def test_a_date_of_another_event_in_the_sentence_is_its_own(text, name, expected):
    events = {e["name"]: e["date"] for e in _events(text, "News", "2021-03-04")}
    assert events[name] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a war's numeral tells two wars apart
        (
            "The monument honours those who fell in World War I and in World War II.",
            ["World War I", "World War II"],
        ),
        (
            "The First World War ended. World War II began later.",
            ["First World War", "World War II"],
        ),
        # and names one war however it is written
        ("The Second World War was long. World War Two changed Europe.", ["Second World War"]),
        ("World War II was long. The Second World War changed Europe.", ["World War II"]),
        # digits and digit ordinals are numerals too
        ("World War I ended in 1918. World War 2 began in 1939.", ["World War I", "World War 2"]),
        (
            "World War I ended in 1918. The 2nd World War began in 1939.",
            ["World War I", "2nd World War"],
        ),
        ("World War 2 was long. The Second World War changed Europe.", ["World War 2"]),
        ("The 2nd World War was long. World War II changed Europe.", ["2nd World War"]),
        # a games' numeral is its edition: a later plain mention is the same games
        (
            "The XXII Olympic Winter Games opened. The Olympic Winter Games ended.",
            ["XXII Olympic Winter Games"],
        ),
    ],
)
def test_a_wars_numeral_tells_wars_apart(text, expected):
    assert [e["name"] for e in _events(text, "News", "2019-05-06")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # each war dated by its own sentence, not by the year before its name
        (
            "World War I ended in 1918. World War II began in 1939.",
            [("World War I", "1918"), ("World War II", "1939")],
        ),
        (
            "World War I ended in 1918. World War 2 began in 1939.",
            [("World War I", "1918"), ("World War 2", "1939")],
        ),
    ],
)
def test_two_wars_keep_their_own_dates(text, expected):
    assert [(e["name"], e["date"]) for e in _events(text, "News", "2019-05-06")] == expected


class _CountedMention(dict):
    """An event mention that counts how often its start is read."""

    reads = 0

    def __getitem__(self, key):
        if key == "start":
            _CountedMention.reads += 1
        return super().__getitem__(key)


def _distinct_name(i: int) -> str:
    letters, vowels, name = "bcdfghklmnprstvz", "aeiou", ""
    i += 1000
    while i:
        name, i = name + letters[i % 16] + vowels[i % 5], i // 16
    return name.capitalize()


@pytest.mark.parametrize("n", [200])
def test_the_other_events_of_a_sentence_are_found_without_a_scan_of_the_document(monkeypatch, n):
    """Each mention's date looks at the events of its own sentence only: the mentions read
    grow with the document, not with its square (work counted, not timed)."""
    import pipeline.nlp.events as events_module

    found = events_module.find_events

    def counted(*args, **kwargs):
        return [_CountedMention(m) for m in found(*args, **kwargs)]

    monkeypatch.setattr(events_module, "find_events", counted)

    def reads(count: int) -> int:
        text = " ".join(f"The {_distinct_name(i)} Forum opened in June." for i in range(count))
        _CountedMention.reads = 0
        records = _events(text, "News", "2021-03-04")
        assert len(records) == count and all(r["date"] == "2021-06" for r in records)
        return _CountedMention.reads

    small, large = reads(n), reads(2 * n)
    assert large < 3 * small, (small, large)


@pytest.mark.parametrize("n", [150])
def test_a_documents_mentions_are_grouped_without_a_scan_of_its_events(monkeypatch, n):
    """Each mention finds the event it names through its words, and an undated event's next
    sentence is searched for other events by position: the groups and mentions read grow with
    the document, not with its square (work counted, not timed). Many events of one head
    ("... Forum") are the hard case: they all share a word."""
    import pipeline.nlp.events as events_module

    found = events_module.find_events
    inspected = {"groups": 0}

    class CountedGroup(events_module._Group):
        def __getattribute__(self, name):
            if name == "kind":
                inspected["groups"] += 1
            return super().__getattribute__(name)

    def counted(*args, **kwargs):
        return [_CountedMention(m) for m in found(*args, **kwargs)]

    monkeypatch.setattr(events_module, "find_events", counted)
    monkeypatch.setattr(events_module, "_Group", CountedGroup)

    def work(count: int) -> int:
        text = " ".join(
            f"The {_distinct_name(i)} Forum opened in June. "
            f"The {_distinct_name(i)} Summit met. The summit was useful. The Forum ended."
            for i in range(count)
        )
        _CountedMention.reads, inspected["groups"] = 0, 0
        records = _events(text, "News", "2021-03-04")
        assert len(records) == 2 * count
        assert sum(r["date"] == "2021-06" for r in records) == count
        return _CountedMention.reads + inspected["groups"]

    small, large = work(n), work(2 * n)
    assert large < 3 * small, (small, large)


def test_merging_two_groups_keeps_the_first_and_the_indexes_of_the_others():
    """`_Groups.merge` (round ef's described anniversaries): the kept group takes the merged
    one's mentions in page order, the merged group leaves, and the groups after it are still
    found by their words where they now stand: named again, and refined ("the Lake Forum",
    then "the Pine Lake Forum")."""
    from pipeline.nlp.events import _Groups

    def mention(name, kind, start):
        return {"name": name, "kind": kind, "start": start, "end": start + len(name)}

    named = mention("90th anniversary of Pine District", "anniversary", 10)
    described = mention("its 90th anniversary", "anniversary", 60)
    again = mention("90th anniversary of Pine District", "anniversary", 200)
    forum = mention("Lake Forum", "forum", 120)
    groups = _Groups()
    groups.add(named, frozenset({"90th", "anniversary", "pine", "district"}))
    groups.add(described, frozenset({"its", "90th", "anniversary"}))
    groups.add(forum, frozenset({"lake", "forum"}))
    groups.add(again, frozenset({"90th", "anniversary", "pine", "district"}))
    kept, merged, other = list(groups)
    assert kept.mentions == [named, again] and merged.mentions == [described]

    groups.merge(kept, merged)
    assert list(groups) == [kept, other]
    assert kept.mentions == [named, described, again]  # page order
    assert kept.core == frozenset({"90th", "anniversary", "pine", "district"})

    forum_again = mention("Lake Forum", "forum", 300)
    groups.add(forum_again, frozenset({"lake", "forum"}))
    refined = mention("Pine Lake Forum", "forum", 400)
    groups.add(refined, frozenset({"pine", "lake", "forum"}))
    assert list(groups) == [kept, other]
    assert other.mentions == [forum, forum_again, refined]
    assert other.core == frozenset({"pine", "lake", "forum"})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an announcement's first sentence dates the events the President will take part in
        (
            "On May 5, the President will pay a working visit to Oslo.\n\n"
            "Both presidents will take part in the Lake Forum.",
            "2021-05-05",
        ),
        (
            "On May 5, the President will pay a working visit to Oslo.\n\n"
            "The two leaders are expected to take part in the Lake Forum.",
            "2021-05-05",
        ),
        # a range of days: the month
        (
            "On May 5–6, the President will pay an official visit to Norway.\n\n"
            "The two leaders will attend the Lake Forum.",
            "2021-05",
        ),
        # the event's own date wins
        (
            "On May 5, the President will pay a working visit to Oslo.\n\n"
            "The two leaders will attend the Lake Forum in June.",
            "2021-06",
        ),
        # no announcement: the report's month, as before
        (
            "The President will pay a working visit to Oslo.\n\n"
            "Both presidents will take part in the Lake Forum.",
            "2021-04",
        ),
        # (a report's past: the page's day, round ao's present_day_cues)
        (
            "On May 5, the President visited Oslo.\n\nThe two leaders took part in the Lake Forum.",
            "2021-04-20",
        ),
        # a later sentence that does not say the President will take part
        (
            "On May 5, the President will pay a working visit to Oslo.\n\n"
            "Many events will be staged as part of the programme, including the Lake Forum.",
            "2021-04",
        ),
        (
            "On May 5, the President will pay a working visit to Oslo.\n\n"
            "The talks will focus on the Lake Forum.",
            None,
        ),
    ],
)
def test_an_announcement_dates_the_events_the_president_will_take_part_in(text, expected):
    events = _events(text, "News", "2021-04-20")
    assert [(e["name"], e["date"]) for e in events] == [("Lake Forum", expected)]
