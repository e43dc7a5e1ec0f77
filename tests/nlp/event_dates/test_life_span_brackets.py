"""Event dates of issue 12 round bj: years in brackets right after a person's name are the
person's life ("Anna Lake (1901–1980)", "Ivan Pine (born 1950)"), never an event's date
(events.json's `life_span_brackets`). Rows that fail without the key, rows where the brackets
are no life span (a war's years, an office's term, a place's year) and an anniversary that
counts from a birth. The pages are invented."""

import pytest
from conftest import check_date_without_key
from conftest import page_event_dates as _dates

from pipeline.nlp.event_dates import life_spans, without_life_spans
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

# (page text, page date, event, with the rules, without the key)
LIFE_CASES = [
    (
        "The guests toured the Lake Rowing Exhibition, prepared by the archive of captain "
        "Anna Lake (1901–1980).",
        "2031-03-04",
        "Lake Rowing Exhibition",
        "2031-03-04",  # toured: the page's day (issue 12 round bp; before, its month)
        "1901",
    ),
    (
        "The Pine Poetry Festival, which honours the poet Ivan de Pine (born 1950), gathered "
        "many readers.",
        "2031-05-20",
        "Pine Poetry Festival",
        None,
        "1950",
    ),
    (
        "The Lake Chess Tournament, held in memory of the master Oleg Reed (1930-2010), "
        "gathered many players.",
        "2031-05-20",
        "Lake Chess Tournament",
        None,
        "1930",
    ),
    # a date of the event's own is still read
    (
        "The Lake Rowing Exhibition about captain Anna Lake (1901–1980) opened in May 2030.",
        "2031-03-04",
        "Lake Rowing Exhibition",
        "2030-05",
        "1901",
    ),
]

# brackets that are no person's life: read as before
KEPT_CASES = [
    # a single year after a place: the event held there that year
    ("The Lake Forum was held in Pinetown (2019).", "2031-03-04", "Lake Forum", "2019"),
    # a term of office is under the fewest years of a life
    (
        "The Lake Forum was founded by Anna Lake (2019–2022).",
        "2031-03-04",
        "Lake Forum",
        "2019",
    ),
]


@pytest.mark.parametrize("case", LIFE_CASES)
def test_life_years_date_no_event(case, monkeypatch, events_component):
    check_date_without_key(case, "Visit", "life_span_brackets", monkeypatch, events_component)


@pytest.mark.parametrize("case", KEPT_CASES)
def test_other_brackets_kept(case):
    text, date, event, expected = case
    assert _dates(text, "Visit", date)[event] == expected


def test_anniversary_counts_from_a_birth():
    # an anniversary keeps the life years: its count runs from the birth
    name = "100th anniversary of the birth of the composer Anna Lake"
    text = f"The town will mark the {name} (1931–1999)."
    assert _dates(text, "Visit", "2030-11-04")[name] == "2031"
    assert _dates(f"The town will mark the {name}.", "Visit", "2030-11-04")[name] is None


def test_life_spans():
    text = "the archive of Anna Lake (1901–1980) and of Ivan Pine (born in 1948, died in 1981)"
    assert [text[s:e] for s, e in life_spans(RULES, text)] == [
        "(1901–1980)",
        "(born in 1948, died in 1981)",
    ]
    blanked = without_life_spans(RULES, text)
    assert len(blanked) == len(text) and "1901" not in blanked and "1948" not in blanked
    for kept in (
        "the Lake War (1801–1825)",  # a war's years: an event head
        "Prime Minister (1998–1999)",  # an office
        "the Pine Union (1922–1991)",  # a state
        "held in Pinetown (2019)",  # a single year
        "Anna Lake (1998–2003)",  # too few years for a life
        "the village of pine (1901–1980)",  # no capitalised name
    ):
        assert life_spans(RULES, kept) == [], kept


# an undated first mention, then a mention whose name adds a year far from the page's:
# another occurrence, whose year is not the first's (`other_occurrence_name_years`)
# (page text, page date, event, with the rules, without the key)
OCCURRENCE_CASES = [
    (
        "Our stations are ready for the Lake Cup. We were asked about the 2030 Lake Cup in "
        "Pineland too.",
        "2026-09-08",
        "Lake Cup",
        None,
        "2030",
    ),
    (
        "Many sports are part of the Pine Games. Pinetown has used the legacy of the 2014 Pine "
        "Games well.",
        "2026-09-08",
        "Pine Games",
        None,
        "2014",
    ),
    # the page's year or the next: the same occurrence, talked of in its run-up
    (
        "Our stations are ready for the Lake Cup. We were asked about the 2027 Lake Cup in "
        "Pineland too.",
        "2026-09-08",
        "Lake Cup",
        "2027",
        "2027",
    ),
    # a war is one event whatever its years
    (
        "Veterans recalled the Lake War. The 1941-1945 Lake War shaped the region.",
        "2026-09-08",
        "Lake War",
        "1941",
        "1941",
    ),
]


@pytest.mark.parametrize("case", OCCURRENCE_CASES)
def test_other_occurrence_dates_no_group(case, monkeypatch, events_component):
    check_date_without_key(
        case, "Visit", "other_occurrence_name_years", monkeypatch, events_component
    )
