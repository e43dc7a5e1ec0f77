"""Themed years named as events (issue 12, round cw; events.json's `themed_years`): a capitalised
head and an "of" tail ("the Year of the Lake Environment"), maybe a place ("the Year of
Pineland in Lakeland"), a cross year whose tail may be of plain words ("the cross-year of culture
and tourism"), a lowercase head after an opener ("reciprocal years of ..."); not a count of years
("90 Years of the Lake Victory"), not the years of a war or a rule. Their dates: a month of their
clause cut to the year unless a ceremony is named right before, the year after the page's after
"the upcoming year", none for a past or proposed year, else the page's year. The sentences are
invented."""

import pytest
from conftest import found_event_names as _found
from conftest import page_event_dates as _dates
from conftest import page_event_names as _names

from pipeline.nlp.rules import installed_rules

RULES = installed_rules()
WITHOUT = RULES.edited("events", drop=["themed_years"])

# -- names ---------------------------------------------------------------------------------

NAMED_CASES = [
    (
        "This spring was declared the Year of the Lake Environment in Lakeland.",
        ["Year of the Lake Environment in Lakeland"],
    ),
    (
        "The two leaders opened the Year of Pineland in Lakeland and the Year of Lakeland in "
        "Pineland.",
        ["Year of Pineland in Lakeland", "Year of Lakeland in Pineland"],
    ),
    (
        "Greetings went to the opening of the cross years of Lake-Pine Scientific, Technical "
        "and Innovative Cooperation.",
        ["cross years of Lake-Pine Scientific, Technical and Innovative Cooperation"],
    ),
    (
        "The ministers agreed to hold years of Lake-Pine scientific and technical cooperation "
        "in 2032.",
        ["years of Lake-Pine scientific and technical cooperation"],
    ),
    (
        "A cross-year of culture and tourism will follow in 2032, the envoy wrote.",
        ["cross-year of culture and tourism"],
    ),
    (
        "The 2031–2032 Years of Interregional Cooperation should help the provinces.",
        ["2031–2032 Years of Interregional Cooperation"],
    ),
    (
        "Next spring the Cross Years of Lakeland and Pineland close in Pinetown.",
        ["Cross Years of Lakeland and Pineland"],
    ),
    (
        "They will sign papers on the Year of Lake-Pine interregional and twin-town exchanges "
        "and on fisheries.",
        ["Year of Lake-Pine interregional and twin-town exchanges"],
    ),
    (
        "The envoys discussed reciprocal years of Lakeland and Pineland.",
        ["years of Lakeland and Pineland"],
    ),
    (
        "Pupils joined the cross year of school exchanges aimed at bringing towns together.",
        ["cross year of school exchanges"],
    ),
    (
        "The Year of Folk Crafts and Songs of Our Villages, in Lakeland, was a joy.",
        ["Year of Folk Crafts and Songs of Our Villages"],
    ),
]


@pytest.mark.parametrize("text, names", NAMED_CASES)
def test_a_themed_year_is_named(text, names):
    assert _found(text) == names
    assert _found(text, WITHOUT) == []


@pytest.mark.parametrize(
    "text",
    [
        "The veterans received the 90 Years of the Lake Victory medal.",  # a count of years
        "The first Years of Pine Rule were hard for the villages.",
        "Over the years of Lake rule the town grew.",  # a lowercase head without an opener
        "In the year of the big flood the mill stood still.",
        "Two years of Lakeland growth have passed.",
        "We wish you a happy New Year of Hope and Peace.",  # "New Year"
        "The Year ahead of us will be long for Lakeland.",  # no "of" tail
        "It was a year of Lakeland hopes.",  # a lowercase head without an opener
    ],
)
def test_no_themed_year(text):
    assert _found(text) == []


def test_the_years_of_a_war_name_the_war_only():
    assert _found("He recalled the years of the Great Pine War.") == ["Great Pine War"]


def test_a_year_marked_by_an_anniversary_is_the_anniversary_s():
    found = _found("The forum coincides with the 60th anniversary of the Year of Lakeland.")
    assert "Year of Lakeland" not in found


# -- grouping and the page's own meeting ---------------------------------------------------


def test_a_year_named_with_and_without_its_place_is_one_event():
    text = (
        "The Premier declared 2032 the Year of Lake Theatre.\n\n"
        "The Year of Lake Theatre in Lakeland will open in January."
    )
    assert _names(text, date="2031-04-15") == ["Year of Lake Theatre"]


def test_a_themed_year_is_not_the_page_s_own_ceremony():
    text = "The Premier spoke at the final gala of the Cross Years of Lakeland and Pineland."
    names = _names(text, title="Final gala of the Cross Years of Lakeland and Pineland")
    assert names == ["Cross Years of Lakeland and Pineland"]


# -- dates ---------------------------------------------------------------------------------

DATE_CASES = [
    # nothing dates it: the page's year
    ("The Year of the Lake Environment is almost over.", "2031-12-20", "2031"),
    ("Pinetown staged a concert as part of the Year of Lake Crafts.", "2031-03-05", "2031"),
    # the year after the page's
    ("The coming year was named the Year of Lake Memory.", "2031-11-29", "2032"),
    # a month of its clause: cut to the year
    ("The Year of Lake Theatre was launched in June.", "2031-09-10", "2031"),
    # a past year, a proposed one, one to come late in the page's year: none
    ("The Year of Lake Crafts was held in Pineland.", "2031-05-05", None),
    ("It was suggested holding a Year of Lake Crafts.", "2031-05-05", None),
    ("Lakeland is preparing for the Year of Lake Crafts.", "2031-12-05", None),
    ("Lakeland is preparing for the Year of Lake Crafts.", "2031-03-05", "2031"),
    # a year its sentence gives
    ("We agreed to hold the Year of Lake Crafts in 2033.", "2031-05-05", "2033"),
]


@pytest.mark.parametrize("text, date, expected", DATE_CASES)
def test_a_themed_year_is_dated(text, date, expected):
    dates = _dates(text, "News", date)
    assert len(dates) == 1
    assert next(iter(dates.values())) == expected


def test_a_ceremony_before_the_name_keeps_the_page_s_day():
    text = (
        "The Premier sent greetings to the guests of the opening ceremony of the Year of "
        "Pineland in Lakeland."
    )
    dates = _dates(text, "Greetings to the guests", "2031-04-15")
    assert dates == {"Year of Pineland in Lakeland": "2031-04-15"}


@pytest.mark.parametrize(
    "text, date, with_dates, without_dates",
    [
        ("The Year of Lake Theatre was launched in June.", "2031-09-10", "2031", "2031-06"),
        ("The coming year was named the Year of Lake Memory.", "2031-11-29", "2032", None),
        (
            # a news report's day, the concert's: cut to the year
            "Pinetown staged a concert as part of the Year of Lake Crafts.",
            "2031-03-05",
            "2031",
            "2031-03-05",
        ),
        ("The Year of Lake Crafts is almost over.", "2031-12-20", "2031", None),
    ],
)
def test_the_dates_of_themed_years_are_the_rule_s(
    text, date, with_dates, without_dates, monkeypatch, events_component
):
    assert list(_dates(text, "News", date).values()) == [with_dates]
    rule = {k: v for k, v in RULES.get("events")["themed_years"].items() if k != "dates"}
    monkeypatch.setattr(
        events_component, "rules", events_component.rules.edited("events", themed_years=rule)
    )
    assert list(_dates(text, "News", date).values()) == [without_dates]
