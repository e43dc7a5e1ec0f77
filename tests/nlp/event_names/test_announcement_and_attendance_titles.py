"""The page's own event and its title (issue 12, round ci). A title announcing what is to come
("... will take part in the Lake Forum", "... to be held on ...") is published before the event:
the event it names is a fact of the page, not the page's own meeting (events.json
`own_event_title_cues_against` gains "will" and "to be held"). A title reporting its subject at
an event ("... attended the Millennium Lake Summit in Pineville") names the page's own event even
when the title's other words bring the Dice overlap under 0.5: every word of the name stands in
the title after an attendance verb (`own_event_attendance_titles`). Each case changes without its
rule; the rows where a rule must not fire stay as they were. The sentences are invented."""

import pytest
from conftest import page_event_names, without_title_cues

ANNOUNCED = [
    (
        "President will attend the Lake Forum",
        "The Lake Forum opens its first session in Pineville on May 3.",
        "Lake Forum",
    ),
    (
        "Lake Economic Summit will open on October 4",
        "The Lake Economic Summit will gather guests in Pineville on October 4.",
        "Lake Economic Summit",
    ),
    (
        "Pine Forum to be held on June 20",
        "The Pine Forum will open its doors to guests from forty regions.",
        "Pine Forum",
    ),
]


@pytest.mark.parametrize("title, text, name", ANNOUNCED)
def test_an_announcement_title_keeps_the_event_it_names(
    title, text, name, monkeypatch, events_component
):
    assert name in page_event_names(text, title=title, date="2031-04-15")
    monkeypatch.setattr(
        events_component, "rules", without_title_cues(events_component.rules, "will", "to be held")
    )
    assert name not in page_event_names(text, title=title, date="2031-04-15")


def _without_attendance(monkeypatch, component):
    monkeypatch.setattr(
        component, "rules", component.rules.edited("events", drop=["own_event_attendance_titles"])
    )


ATTENDED = [
    (
        "President Ivan Lakov attended the Millennium Lake Summit held in the city of Pineville on"
        " the coast",
        "Before leaving the Millennium Lake Summit, the President gave a news conference.",
        "Millennium Lake Summit",
    ),
    (
        "President Ivan Lakov took part in opening the Third Congress of the Pine party",
        "He came to the Pine Congress to thank the deputies for their work.",
        "Pine Congress",
    ),
    (
        "President Ivan Lakov and his wife attended the celebrations of the 300th anniversary of"
        " Hilltown",
        "The guests wished the city well on its 300th anniversary of Hilltown.",
        "300th anniversary of Hilltown",
    ),
]


@pytest.mark.parametrize("title, text, name", ATTENDED)
def test_an_attendance_title_holding_the_whole_name_leaves_the_own_event_out(
    title, text, name, monkeypatch, events_component
):
    assert name not in page_event_names(text, title=title, date="2031-04-15")
    _without_attendance(monkeypatch, events_component)
    assert name in page_event_names(text, title=title, date="2031-04-15")


NOT_ATTENDED = [
    # the title's verb is not one of attendance: the Dice overlap decides, as before
    (
        "President Ivan Lakov met with the mayor of Pineville and the chair of the Lake Summit's"
        " organising board",
        "They spoke of the Lake Summit and of the city's roads.",
    ),
    # a word of the name is missing from the title: another event
    (
        "President Ivan Lakov attended the Lake Summit in the city of Pineville last week",
        "He recalled the Pine Lake Forum held in the spring.",
    ),
    # the name's words stand before the verb, not after it
    (
        "Lake Summit guests from Pineville and Hilltown attended a concert given by the city's"
        " choir",
        "The Lake Summit's guests applauded the choir.",
    ),
    # a one-word name: too little to tell
    (
        "President Ivan Lakov attended the opening of the new Expo pavilion in Pineville today",
        "The Expo opened to visitors in the morning.",
    ),
    # another occurrence of the series, a year other than the page's right after its name
    # (round cj)
    (
        "President Ivan Lakov attended the Millennium Lake Summit held in the city of Pineville on"
        " the coast",
        "The leaders last met at the Millennium Lake Summit in August 2029.",
    ),
    # an announcement: "will attend" keeps the event, whatever the verb
    (
        "President Ivan Lakov will attend the Millennium Lake Summit in the city of Pineville",
        "The Millennium Lake Summit opens on Monday.",
    ),
]


@pytest.mark.parametrize("title, text", NOT_ATTENDED)
def test_the_attendance_rule_does_not_fire(title, text, monkeypatch, events_component):
    before = page_event_names(text, title=title, date="2031-04-15")
    _without_attendance(monkeypatch, events_component)
    assert page_event_names(text, title=title, date="2031-04-15") == before
