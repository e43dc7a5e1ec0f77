"""Work the dating does once instead of many times (issue 12's speed clause, round date64),
each shown to give the same dates as the work done in full:

- `dates_in_clause` reads its clause's tense only when a date found needs it, and hands its
  clause's quick tests to `_cross_month_ranges`;
- `date_in_name` reads no date pattern in a name with no "19" or "20" (every date it reads
  holds a year written so);
- `EventExtractor._title_announcement` reads the title's announced day once per document;
- `demonstrative_doc_day` reads no text for a name of ASCII words none of which is a cue's
  head ("on the sidelines of this summit": only a summit's name can be dated so).
"""

import re

import pytest

from pipeline.nlp import event_dates, event_page_dates
from pipeline.nlp.event_dates import (
    _DATE_PATTERNS,
    _NAME_DATE_KINDS,
    _YEAR_IN,
    _cross_month_ranges,
    date_in_name,
    dates_in_clause,
    resolve_date,
)
from pipeline.nlp.quick_tests import QuickText
from pipeline.nlp.rules import installed_rules

RULES = installed_rules()

# (sentence, the document's date, the dates found around "Lake Forum", nearest first): as
# before the change; the tense places the months without a year ("will meet" in November:
# the next year's June), and a year part said in the past in January is last year's
CLAUSES = [
    ("From June 28 to July 2 the Lake Forum will meet in Pinetown.", "2031-01-15", ["2031-06-28"]),
    ("From June 28 to July 2 the Lake Forum will meet in Pinetown.", "2031-11-20", ["2032-06-28"]),
    ("From June 28 to July 2, 2030 the Lake Forum met in Pinetown.", "2031-11-20", ["2030-06-28"]),
    ("At the end of the year, the Lake Forum was held in Pinetown.", "2031-01-15", []),
    ("At the end of the year, the Lake Forum was held in Pinetown.", "2031-11-20", ["2031"]),
    ("At the end of the year, the Lake Forum will be held in Pinetown.", "2031-01-15", ["2031"]),
    ("The Lake Forum is planned for March.", "2031-01-15", ["2031-03"]),
    ("The Lake Forum is planned for March.", "2031-11-20", ["2032-03"]),
    (
        "Back in October the Lake Forum met in Pinetown, and in May it will meet again.",
        "2031-01-15",
        ["2030-10"],
    ),
    ("The Lake Forum opens on May 9 in Pinetown.", "2031-11-20", ["2031-05-09"]),
    ("The Lake Forum took place in November.", "2031-01-15", ["2030-11"]),
    ("The Lake Forum took place in November.", "2031-11-20", ["2031-11"]),
    (
        "The Lake Forum will take place in March, not in the summer.",
        "2031-11-20",
        ["2032-03", "2032"],
    ),
    ("Next spring the Lake Forum will meet in Pinetown.", "2031-11-20", ["2032"]),
    ("In the summer the Lake Forum met in Pinetown.", "2031-11-20", ["2031"]),
    ("The Lake Forum met three days ago, on May 5.", "2031-01-15", ["2031-01-12", "2030-05-05"]),
    ("The Lake Forum met in Pinetown.", "2031-11-20", []),
    (
        "By 2033 the Lake Forum will have met in Pinetown on March 3, 2032.",
        "2031-01-15",
        ["2033", "2032-03-03"],
    ),
]


def _found(sentence: str, doc_date: str, **kwargs) -> list[str]:
    at = sentence.index("Lake Forum")
    return [f[1] for f in dates_in_clause(RULES, sentence, at, at + 10, doc_date, **kwargs)]


@pytest.mark.parametrize(("sentence", "doc_date", "expected"), CLAUSES)
def test_the_clause_dates_are_those_read_with_the_tense_read_first(sentence, doc_date, expected):
    assert _found(sentence, doc_date) == expected


@pytest.mark.parametrize(("sentence", "doc_date", "expected"), CLAUSES)
def test_the_tense_is_read_only_for_a_date_that_needs_it(sentence, doc_date, expected, monkeypatch):
    """Counts the work: the tense once at most; none for a clause where no pattern finds a
    date (a year part said in the past, left out in January, needs it)."""
    asked = []
    tense = event_dates._tense

    def counted(ruleset, clause):
        asked.append(clause)
        return tense(ruleset, clause)

    monkeypatch.setattr(event_dates, "_tense", counted)
    assert _found(sentence, doc_date) == expected
    assert len(asked) <= 1
    if sentence in NO_DATE:
        assert not asked


NO_DATE = ["The Lake Forum met in Pinetown.", "The Lake Forum met in Pinetown this morning."]


@pytest.mark.parametrize("sentence", NO_DATE)
def test_a_clause_with_no_date_reads_no_tense(sentence, monkeypatch):
    asked = []
    tense = event_dates._tense
    monkeypatch.setattr(
        event_dates,
        "_tense",
        lambda ruleset, clause: asked.append(clause) or tense(ruleset, clause),
    )
    assert _found(sentence, "2031-11-20") == []
    assert asked == []


@pytest.mark.parametrize("sentence", [c[0] for c in CLAUSES])
@pytest.mark.parametrize("span", [(0, None), (5, 40), (20, 30)])
def test_cross_month_ranges_with_the_clause_quick_tests_are_those_without(sentence, span):
    lo, hi = span[0], len(sentence) if span[1] is None else span[1]
    quick = QuickText(sentence, lo, hi)
    assert _cross_month_ranges(RULES, sentence, lo, hi, 2031, quick) == _cross_month_ranges(
        RULES, sentence, lo, hi, 2031
    )


def _date_in_name_read_in_full(name: str) -> str | None:
    """`date_in_name` without its quick test: every pattern read."""
    for pattern, kind in _DATE_PATTERNS:
        if kind in _NAME_DATE_KINDS:
            m = pattern.search(name)
            if m:
                return resolve_date(m, kind, None)
    m = _YEAR_IN.search(name)
    return m.group(1) if m else None


NAMES = [
    "Army-2015 Forum",
    "December 1999 parliamentary elections",
    "Lake War of 1941–1945",
    "March 3, 2030 Lake Summit",
    "8–14 March 2018 Lake Games",
    "January–March 2043 Lake Festival",
    "Lake Forum 2099",
    "20th Lake Forum",
    "the 19th Lake Congress",
    "Lake Cup 1812",
    "Lake Cup 2oo5",
    "Lake Cup ２０１５",  # full-width digits: no year of the patterns
    "Lake Cup 19٢٣",  # a year whose last digits are Arabic-Indic
    "Lake Summit",
    "",
]


@pytest.mark.parametrize("name", NAMES)
def test_a_name_without_19_or_20_has_the_date_of_every_pattern_read(name):
    assert date_in_name(name) == _date_in_name_read_in_full(name)


def test_the_names_include_dates_of_each_kind_read():
    """The table above holds a date of each kind `date_in_name` reads, so a quick test that
    missed one kind's year would fail it."""
    kinds = set()
    for name in NAMES:
        for pattern, kind in _DATE_PATTERNS:
            if kind in _NAME_DATE_KINDS and pattern.search(name):
                kinds.add(kind)
    assert kinds == set(_NAME_DATE_KINDS)
    assert any(_YEAR_IN.search(n) and re.search(r"(?<!\d)19\d", n) for n in NAMES)


def _events(text: str, title: str, date: str) -> list[dict]:
    from pipeline import extract_facts
    from pipeline.speech import Speech

    speech = Speech(
        doc_id="t", source="<test>", paragraphs=text.split("\n\n"), title=title, date=date
    )
    return list(extract_facts(speech, types="event"))


# (title, text, document's date): a title announcing the day, and several events the report
# says the President will take part in
PAGES = [
    (
        "Vladimir Putin will visit Northland on July 4",
        "The President will hold talks with the King of Northland.\n\n"
        "The two leaders will attend a session of the Lake Dialogue Forum.\n\n"
        "Later, the President will take part in the Pine Valley Festival.",
        "2019-07-01",
    ),
    (
        "Vladimir Putin held talks with the King of Northland",
        "The two leaders attended a session of the Lake Dialogue Forum.\n\n"
        "Later, the President took part in the Pine Valley Festival.",
        "2019-07-01",
    ),
]


@pytest.mark.parametrize(("title", "text", "date"), PAGES)
def test_the_title_announcement_is_read_once_per_document(
    title, text, date, monkeypatch, events_component
):
    from pipeline.nlp import events

    asked = []
    announced = events.title_announcement_date

    def counted(ruleset, title, doc_date):
        asked.append(title)
        return announced(ruleset, title, doc_date)

    monkeypatch.setattr(events, "title_announcement_date", counted)
    kept = _events(text, title, date)
    assert len(asked) == 1
    _events(text, title, date)
    assert len(asked) == 2  # a new document: read again
    # read for each mention, as before the change: the same events and dates
    monkeypatch.setattr(
        type(events_component),
        "_title_announcement",
        lambda self, doc: counted(
            self.rules, self._context(doc, "doc_title"), self._context(doc, "doc_date")
        ),
    )
    assert _events(text, title, date) == kept
    assert len(asked) > 3


# (text, event name): cues whose head is or is not a word of the name, in other cases, and
# with the characters a case-ignoring match takes for ASCII letters (long s, Kelvin sign,
# dotted and dotless i)
DEMONSTRATIVE = [
    ("Our talks are held on the sidelines of this Pine Summit.", "Pine Summit"),
    ("Our talks are held on the sidelines of this Pine Summit.", "Pine Valley Festival"),
    ("We talked on the margins of this FORUM in Lakeside.", "Lake forum for Cooperation"),
    ("We talked on the margins of this forum in Lakeside.", "Lake Dialogue"),
    ("Visit this exhibition, which is being held in Pinetown.", "Pinetown Exhibition"),
    ("Visit this exhibition, which is being held in Pinetown.", "Pinetown Show"),
    ("We met on the sidelines of this \u017fummit.", "Pine \u017fummit"),
    ("We met on the sidelines of this \u017fummit.", "Pine Summit"),
    ("We met on the sidelines of this \u017fummit.", "Pine Meeting"),
    ("We met on the sidelines of this summit.", "Pine \u017fummit"),
    ("We met on the sidelines of this SUMM\u0130T.", "Pine SUMM\u0130T"),
    ("We met on the sidelines of this summ\u0131t.", "Pine summ\u0131t"),
    ("We met on the sidelines of this \u212aongress.", "Lake Congress"),
    ("We met on the sidelines of this \u212aongress.", "Lake \u212aongress"),
    ("We met on the sidelines of today's games in Lakeside.", "Lake Games"),
    ("We met on the sidelines of today's games in Lakeside.", "Lake Regatta"),
    ("We met on the sidelines of this Lake Summit last year.", "Lake Summit"),
    ("", "Lake Summit"),
]


@pytest.mark.parametrize(("text", "name"), DEMONSTRATIVE)
@pytest.mark.parametrize("after", [0, 10])
def test_the_demonstrative_day_is_that_of_the_text_read_in_full(text, name, after, monkeypatch):
    gated = event_page_dates.demonstrative_doc_day(RULES, text, name, after)
    monkeypatch.setattr(event_page_dates, "_demonstrative_head_words", lambda ruleset: None)
    assert event_page_dates.demonstrative_doc_day(RULES, text, name, after) is gated


def test_the_demonstrative_rows_hold_cues_that_fire():
    """The table holds names the cue dates, some of them written with the characters a
    case-ignoring match takes, so a test of the name that missed them would fail it."""
    fired = [n for t, n in DEMONSTRATIVE if event_page_dates.demonstrative_doc_day(RULES, t, n, 0)]
    assert {"Pine Summit", "Lake forum for Cooperation", "Pine \u017fummit"} <= set(fired)


def test_a_name_without_a_head_reads_no_text(monkeypatch):
    """Counts the work: the text is not read for a name without a head word."""
    read = []
    hits = event_page_dates._demonstrative_hits(RULES)
    monkeypatch.setattr(
        event_page_dates,
        "_demonstrative_hits",
        lambda ruleset: lambda text: read.append(text) or hits(text),
    )
    text = "We talked on the margins of this forum in Lakeside."
    assert event_page_dates.demonstrative_doc_day(RULES, text, "Lake Dialogue", 0) is False
    assert read == []
    assert event_page_dates.demonstrative_doc_day(RULES, text, "Lake Forum", 0) is True
    assert read == [text]


def test_heads_not_of_ascii_letters_leave_the_name_untested():
    edited = RULES.edited(
        "events",
        demonstrative_doc_day_cues={
            **RULES.get("events", required=("heads",))["demonstrative_doc_day_cues"],
            "heads": ["summit", "round table"],
        },
    )
    assert event_page_dates._demonstrative_head_words(edited) is None
    assert event_page_dates._demonstrative_head_words(RULES) >= {"summit", "forum"}


@pytest.mark.parametrize("name", ["Lake War", "Great Pine War", "a.b (c)"])
@pytest.mark.parametrize("brackets", [("(",), ["(", "/"], ()])
def test_a_names_years_pattern_is_built_once_and_as_before(name, brackets):
    """`events._years_after` keeps the pattern of its arguments (a list or a tuple of links
    and brackets): the same object when asked again, and the pattern built afresh."""
    from pipeline.nlp import events

    links = ["of", "in"]
    pattern = events._years_after(links, name, brackets)
    assert events._years_after(tuple(links), name, list(brackets)) is pattern
    fresh = events._years_after_pattern.__wrapped__(tuple(links), name, tuple(brackets))
    assert pattern.pattern == fresh.pattern and pattern.flags == fresh.flags
    text = f"The {name} of 1700-1721, the {name} /1800-1810/ and the {name} (1900–1905)."
    assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in fresh.finditer(text)]
