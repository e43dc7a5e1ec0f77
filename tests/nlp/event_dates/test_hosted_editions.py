"""Dates of a recurring competition named by its bare series name on the pages of the years the
country hosted an edition of it (issue 12 round ev80, events.json's `hosted_editions`,
`event_gazetteer.hosted_edition_year`): "the World Cup" on a page of 2017 speaks of the edition
being prepared, on a page of 2019 of the one held, and takes that edition's year where nothing
else dates it. Another edition ("the next World Cup", "the World Cup in Lakeland"), another
series ("the Hockey World Cup", "the World Cup series") and pages outside the years keep no
date. The sentences are invented (docs/accuracy.md has no text of the archive's pages)."""

import pytest
from conftest import check_date_without_key, page_event_dates

from pipeline.nlp.event_gazetteer import hosted_edition_year
from pipeline.nlp.rules import installed_rules

KEY = "hosted_editions"

# (text, page date, event, date with the key, date without it)
DATED = [
    # being prepared: the hosted edition's year
    (
        "Pinetown is renovating its railway station for the World Cup.",
        "2017-03-10",
        "World Cup",
        "2018",
        None,
    ),
    # remembered after it was held
    (
        "The FIFA World Cup left a good legacy in our host cities.",
        "2019-05-20",
        "FIFA World Cup",
        "2018",
        None,
    ),
    (
        "Visitors came to Pinetown for the football World Cup.",
        "2018-10-02",
        "World Cup",
        "2018",
        None,
    ),
    # the other entry: the cup held the year before
    (
        "Our police officers gained experience during the Confederations Cup.",
        "2017-11-02",
        "Confederations Cup",
        "2017",
        None,
    ),
]


@pytest.mark.parametrize("case", DATED)
def test_a_bare_series_name_takes_the_hosted_editions_year(case, monkeypatch, events_component):
    check_date_without_key(case, "Working meeting", KEY, monkeypatch, events_component)


# (text, page date, event): no date with the key either
UNDATED = [
    # another edition
    ("We hope the next World Cup will be as successful.", "2019-05-20", "World Cup"),
    ("Our team played well at a World Cup.", "2017-03-10", "World Cup"),
    (
        "Pinetown is renovating its stadium for the World Cup in Lakeland.",
        "2017-03-10",
        "World Cup in Lakeland",
    ),
    # another series
    ("Our team played well at the Hockey World Cup.", "2017-03-10", "Hockey World Cup"),
    ("The World Cup series will open in Pinetown.", "2019-05-20", "World Cup"),
    # a page before the country was chosen, or long after the edition
    ("Pinetown is renovating its railway station for the World Cup.", "2009-03-10", "World Cup"),
    ("Pinetown is renovating its railway station for the World Cup.", "2021-03-10", "World Cup"),
    # review80: a listed name's leading word ("football World Cup", of which the name read is
    # "World Cup") between the word of `not_after` and the name
    ("We hope the next football World Cup will be as successful.", "2019-05-20", "World Cup"),
    # review80: quotes or brackets between that word and the name
    ("We hope the next “World Cup” will be as good.", "2019-05-20", "World Cup"),
    ("We hope the next (football) World Cup will be as good.", "2019-05-20", "World Cup"),
    # review80: a word of `not_before` joined to the name by a hyphen
    ("The stadium for the World Cup-series races is ready.", "2017-03-10", "World Cup"),
    # review80: another edition's year joined to the name by a hyphen
    ("Our team played well at the World Cup-2014.", "2017-03-10", "World Cup"),
]


@pytest.mark.parametrize(("text", "date", "event"), UNDATED)
def test_other_editions_series_and_years_keep_no_date(text, date, event):
    assert page_event_dates(text, "Working meeting", date)[event] is None


LAKE_CUP = installed_rules().edited(
    "events",
    hosted_editions=[
        {
            "names": ["lake cup", "pine lake cup"],
            "year": 2031,
            "pages_from": "2026-05-01",
            "pages_to": "2033-12-31",
            "not_after": ["next"],
            "not_before": ["series"],
        }
    ],
)


@pytest.mark.parametrize(
    ("name", "doc_date", "before", "after", "year"),
    [
        ("Lake Cup", "2029-01-10", "ahead of the ", ".", 2031),
        ("the Pine Lake Cup", "2033-12-31", "", " was a success", 2031),
        ("Lake  Cup", "2026-05-01", "", "", 2031),  # spaces and case do not matter
        ("Lake Cup", "2026-04-30", "", "", None),  # a day before the first page
        ("Lake Cup", "2034-01-01", "", "", None),
        ("Lake Cup", "2029", "", "", None),  # a page without its day
        ("Lake Cup", None, "", "", None),
        ("Lake Cup", "2029-01-10", "the next ", "", None),
        ("Lake Cup", "2029-01-10", "the ", " series", None),
        ("Lake Cup in Pinetown", "2029-01-10", "", "", None),  # its name exactly
        ("Lake Cups", "2029-01-10", "", "", None),
        # review80: the word of `not_after` before a listed name's leading word ("pine"), or
        # before quotes; a word of `not_before` after a hyphen; curly apostrophes as straight
        ("Lake Cup", "2029-01-10", "the next pine ", "", None),
        ("Lake Cup", "2029-01-10", "the next “", "”", None),
        ("Lake Cup", "2029-01-10", "the ", "-series", None),
        ("Lake Cup", "2029-01-10", "the pine ", "", 2031),  # "the Pine Lake Cup" is listed
        # review80: a year right after the name, joined by a hyphen or in brackets, names the
        # edition: another year is another edition
        ("Lake Cup", "2029-01-10", "the ", "-2027 was held in Pinetown", None),
        ("Lake Cup", "2029-01-10", "the ", " [2031]", 2031),
    ],
)
def test_hosted_edition_year(name, doc_date, before, after, year):
    assert hosted_edition_year(LAKE_CUP, name, doc_date, before, after) == year


def test_an_entrys_words_are_read_as_a_mention_is():
    """review80: the names and words of an entry match whatever their case, a leading "the"
    and their apostrophe (a mention is read lower case, without "the", so "The Lake Cup" in
    the file would otherwise never match, silently)."""
    rules = installed_rules().edited(
        "events",
        hosted_editions=[
            {
                "names": ["The Lake Cup"],
                "year": 2031,
                "pages_from": "2026-05-01",
                "pages_to": "2033-12-31",
                "not_after": ["Pinetown’s"],
            }
        ],
    )
    assert hosted_edition_year(rules, "Lake Cup", "2029-01-10") == 2031
    assert hosted_edition_year(rules, "Lake Cup", "2029-01-10", "at Pinetown's ") is None


def test_without_entries_nothing_is_dated():
    rules = installed_rules().edited("events", hosted_editions=[])
    assert hosted_edition_year(rules, "World Cup", "2017-03-10") is None


# round ev91: an entry with `places` names one edition by its host city or country ("the Rio
# Olympics", "the Olympic Games in Rio"); (text, page date, event, date with the key, without)
PLACED = [
    # remembered: the edition's year (a city that hosted once in the archive's years)
    (
        "Our skaters brought home three medals from the Salt Lake City Olympics.",
        "2002-03-20",
        "Salt Lake City Olympics",
        "2002",
        None,
    ),
    (
        "The sprinters trained in Pinetown after the Olympic Games in Rio.",
        "2017-05-11",
        "Olympic Games in Rio",
        "2016",
        None,
    ),
    # being prepared
    (
        "Each athlete will be tested three times before the Olympics in Rio.",
        "2016-03-01",
        "Olympics in Rio",
        "2016",
        None,
    ),
    (
        "The Paralympic team has shown its strength at the Sochi Paralympic Games.",
        "2016-06-01",
        "Sochi Paralympic Games",
        "2014",
        None,
    ),
    # the host country, on pages before the edition
    (
        "The ministers said the Olympic Games in South Korea were near.",
        "2017-10-10",
        "Olympic Games in South Korea",
        "2018",
        None,
    ),
]


@pytest.mark.parametrize("case", PLACED)
def test_a_series_named_with_its_host_takes_that_editions_year(case, monkeypatch, events_component):
    check_date_without_key(case, "Working meeting", KEY, monkeypatch, events_component)


PINE_GAMES = installed_rules().edited(
    "events",
    hosted_editions=[
        {
            "places": ["Pinetown", "the Pine Valley"],
            "names": ["games", "winter games"],
            "year": 2031,
            "pages_from": "2024-05-01",
            "pages_to": "2040-12-31",
            "not_after": ["first"],
            "not_before": ["bid"],
        }
    ],
)


@pytest.mark.parametrize(
    ("name", "doc_date", "before", "after", "year"),
    [
        ("Pinetown Games", "2029-01-10", "ahead of the ", ".", 2031),
        ("Games in Pinetown", "2035-01-10", "after the ", ".", 2031),
        ("Winter Games in Pine Valley", "2035-01-10", "after the ", ".", 2031),
        ("the Pine Valley Winter Games", "2035-01-10", "", ".", 2031),
        ("Games", "2029-01-10", "ahead of the Pinetown ", ".", 2031),  # the place read before
        ("Games", "2029-01-10", "ahead of the ", ".", None),  # named bare: any edition
        ("Winter Games", "2029-01-10", "", "", None),
        ("Games in Lakeside", "2029-01-10", "", "", None),  # another host
        ("Pinetown Games", "2024-04-30", "", "", None),  # before the host was chosen
        ("Pinetown Games", "2041-01-01", "", "", None),
        ("Games in Pinetown", "2029-01-10", "the first ", "", None),  # another edition
        ("Pinetown Games", "2029-01-10", "the ", " bid", None),  # another thing than the games
    ],
)
def test_an_entrys_places_name_its_edition(name, doc_date, before, after, year):
    assert hosted_edition_year(PINE_GAMES, name, doc_date, before, after) == year


# named bare, or for another edition of the host: no date
PLACED_UNDATED = [
    ("Our team is ready for the Olympics.", "2016-03-01", "Olympics"),
    (
        "Our grandfathers won medals at the first Olympics in Athens.",
        "2016-03-01",
        "Olympics in Athens",
    ),
]


@pytest.mark.parametrize(("text", "date", "event"), PLACED_UNDATED)
def test_a_bare_series_or_another_edition_of_the_host_keeps_no_date(text, date, event):
    assert page_event_dates(text, "Working meeting", date)[event] is None
